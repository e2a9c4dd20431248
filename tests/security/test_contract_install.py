"""``v2gstack.security.contract_install``: the names it had before the split into ``contract_key``,
``installation`` and ``cps`` still import from it, as the same objects; and the EXI round trip of a request.

The behaviour is tested where it lives: test_contract_key.py, test_installation.py, test_cps.py.
"""

from __future__ import annotations

from pathlib import Path

from tests.security.conftest import NOW
from tests.security.installation_helpers import NS
from tests.security.installation_helpers import request as _request
from v2gstack import exi
from v2gstack.security import contract_install as ci
from v2gstack.security import contract_key, cps, installation
from v2gstack.security.pki import Issued

PKIFixture = tuple[Path, dict[str, Issued]]

#: Every public name of contract_install.py at 7532c33 (before the split).
NAMES_BEFORE_THE_SPLIT = [
    "ALT_PUBLIC_KEY_OID",
    "AgreementPrivateKey",
    "AgreementPublicKey",
    "CERTIFICATE_MAX_LENGTH",
    "CM_NS",
    "CPSAnswer",
    "CPSCredentials",
    "CertificateProvisioningService",
    "ContractKey",
    "EncryptedKey",
    "IV_LENGTH",
    "KDF_OTHER_INFO",
    "MAX_SUB_CERTIFICATES",
    "OEM_PROVISIONING_CHAIN",
    "OpenedInstallation",
    "SECP521_DH_LENGTH",
    "SECP521_ENCRYPTED_LENGTH",
    "SECP521_KEY_LENGTH",
    "SECP521_ORDER",
    "SESSION_KEY_LENGTH",
    "SIGNED_INSTALLATION_DATA",
    "TAG_LENGTH",
    "X448_DH_LENGTH",
    "X448_ENCRYPTED_LENGTH",
    "X448_KEY_LENGTH",
    "alternate_public_key_extension",
    "build_installation_data",
    "build_installation_request",
    "decode_dh_public_key",
    "decrypt_private_key",
    "encode_dh_public_key",
    "encrypt_private_key",
    "generate_contract_key",
    "installation_aad",
    "key_agreement_public_key",
    "load_cps_credentials",
    "open_installation_data",
    "pcid_of",
    "response_code_for",
    "root_certificate_id",
    "session_key",
    "sign_installation_data",
    "sign_installation_request",
    "verify_installation_response",
]


def test_names_before_the_split_still_import() -> None:
    homes = (contract_key, installation, cps)
    for name in NAMES_BEFORE_THE_SPLIT:
        assert name in ci.__all__, name
        value = getattr(ci, name)
        assert any(getattr(home, name, None) is value for home in homes), name
    missing = [name for name in ci.__all__ if not hasattr(ci, name)]
    assert not missing


def test_request_survives_the_exi_codec(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    req = _request(issued)
    decoded = exi.decode(exi.encode(req), NS)
    assert ci.CertificateProvisioningService(issued, clock=lambda: NOW).answer(decoded)

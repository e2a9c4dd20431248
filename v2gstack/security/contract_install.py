"""ISO 15118-20 certificate installation: one import for the three modules that implement it.

* :mod:`.contract_key`: encrypting and decrypting the contract private key for one EV (ECDH on
  secp521r1 or X448, concatenation KDF with SHA-512, AES-256-GCM);
* :mod:`.installation`: ``SignedInstallationData`` and the CertificateInstallationReq/Res
  signatures, with what the CPS and the EV each check of the other's message;
* :mod:`.cps`: a certificate provisioning service simulator for tests and the demo.

Every name that was public here before the split still is. See docs/security.md, "Certificate
installation (ISO 15118-20)", for the scheme, its sources and what is our choice.
"""

from __future__ import annotations

from v2gstack.security.contract_key import (
    ALT_PUBLIC_KEY_OID,
    IV_LENGTH,
    KDF_OTHER_INFO,
    SECP521_DH_LENGTH,
    SECP521_ENCRYPTED_LENGTH,
    SECP521_KEY_LENGTH,
    SECP521_ORDER,
    SESSION_KEY_LENGTH,
    TAG_LENGTH,
    X448_DH_LENGTH,
    X448_ENCRYPTED_LENGTH,
    X448_KEY_LENGTH,
    AgreementPrivateKey,
    AgreementPublicKey,
    ContractKey,
    EncryptedKey,
    alternate_public_key_extension,
    decode_dh_public_key,
    decrypt_private_key,
    encode_dh_public_key,
    encrypt_private_key,
    generate_contract_key,
    installation_aad,
    key_agreement_public_key,
    pcid_of,
    session_key,
)
from v2gstack.security.cps import (
    CertificateProvisioningService,
    CPSAnswer,
    CPSCredentials,
    load_cps_credentials,
)
from v2gstack.security.installation import (
    CERTIFICATE_MAX_LENGTH,
    CM_NS,
    CPS_DOMAIN,
    MAX_SUB_CERTIFICATES,
    OEM_PROVISIONING_CHAIN,
    SIGNED_INSTALLATION_DATA,
    CheckedRequest,
    OpenedInstallation,
    build_installation_data,
    build_installation_request,
    open_installation_data,
    open_installation_response,
    response_code_for,
    root_certificate_id,
    sign_installation_data,
    sign_installation_request,
    verify_installation_request,
    verify_installation_response,
)

__all__ = [
    "ALT_PUBLIC_KEY_OID",
    "CERTIFICATE_MAX_LENGTH",
    "CM_NS",
    "CPS_DOMAIN",
    "IV_LENGTH",
    "KDF_OTHER_INFO",
    "MAX_SUB_CERTIFICATES",
    "OEM_PROVISIONING_CHAIN",
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
    "AgreementPrivateKey",
    "AgreementPublicKey",
    "CPSAnswer",
    "CPSCredentials",
    "CertificateProvisioningService",
    "CheckedRequest",
    "ContractKey",
    "EncryptedKey",
    "OpenedInstallation",
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
    "open_installation_response",
    "pcid_of",
    "response_code_for",
    "root_certificate_id",
    "session_key",
    "sign_installation_data",
    "sign_installation_request",
    "verify_installation_request",
    "verify_installation_response",
]

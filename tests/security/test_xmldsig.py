"""XML signatures over EXI fragments (ISO 15118-20 Plug & Charge): the real Josev-signed vector,
sign/verify round trips for P-521, Ed448 and P-256, one tamper case per failure reason, fuzzing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from v2gstack import exi
from v2gstack.exi.generated import iso20_cm, xmldsig
from v2gstack.exi.namespaces import ISO20_CM
from v2gstack.security.pki import Issued, KeyProfile, generate_key
from v2gstack.security.xmldsig import (
    SignatureAlgorithm,
    SignatureFailure,
    SignedPart,
    XmlSignatureError,
    algorithm_for,
    sign,
    verify,
)

PNC = "iso20-authorizationreq-josev-d459e1"
ELEMENT = f"{{{ISO20_CM}}}PnC_AReqAuthorizationMode"

PKI = tuple[Path, dict[str, Issued]]


@pytest.fixture(scope="module")
def josev(exi_vectors: list[dict[str, Any]]) -> Any:
    """The signed PnC AuthorizationReq captured from Josev (skips without ../shared)."""
    vector = next(v for v in exi_vectors if v["id"] == PNC)
    return exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"])


def _josev_parts(message: Any) -> tuple[xmldsig.Signature, list[SignedPart], x509.Certificate]:
    mode = message.pn_c_a_req_authorization_mode
    leaf = x509.load_der_x509_certificate(mode.contract_certificate_chain.certificate)
    return message.header.signature, [SignedPart(mode, ELEMENT)], leaf


def _reason(excinfo: pytest.ExceptionInfo[XmlSignatureError]) -> SignatureFailure:
    return excinfo.value.reason


def test_josev_vector_verifies(josev: Any) -> None:
    signature, parts, leaf = _josev_parts(josev)
    assert signature.signed_info.signature_method.algorithm == SignatureAlgorithm.ECDSA_SHA256.value
    verify(signature, parts, leaf)
    verify(signature, parts, leaf.public_key(), allowed=[SignatureAlgorithm.ECDSA_SHA256])  # type: ignore[arg-type]


def test_josev_vector_only_when_allowed(josev: Any) -> None:
    signature, parts, leaf = _josev_parts(josev)
    with pytest.raises(XmlSignatureError) as excinfo:
        verify(signature, parts, leaf, allowed=[SignatureAlgorithm.ECDSA_SHA512, SignatureAlgorithm.ED448])
    assert _reason(excinfo) is SignatureFailure.UNSUPPORTED_ALGORITHM


def _mode(challenge: bytes = bytes(range(16)), ident: str = "id1") -> iso20_cm.PnC_AReqAuthorizationMode:
    sub = iso20_cm.SubCertificates(certificate=[b"\x30\x00"])
    chain = iso20_cm.ContractCertificateChain(certificate=b"\x30\x03\x02\x01\x01", sub_certificates=sub)
    return iso20_cm.PnC_AReqAuthorizationMode(
        id=ident, gen_challenge=challenge, contract_certificate_chain=chain
    )


@pytest.mark.parametrize(
    ("profile", "algorithm", "length"),
    [
        (KeyProfile.SECP521R1, SignatureAlgorithm.ECDSA_SHA512, 132),
        (KeyProfile.ED448, SignatureAlgorithm.ED448, 114),
        (KeyProfile.SECP256R1, SignatureAlgorithm.ECDSA_SHA256, 64),
    ],
)
def test_round_trip(profile: KeyProfile, algorithm: SignatureAlgorithm, length: int) -> None:
    key = generate_key(profile)
    assert algorithm_for(key) is algorithm
    assert algorithm_for(key.public_key()) is algorithm
    parts = [SignedPart(_mode(), ELEMENT)]
    signature = sign(parts, key)
    info = signature.signed_info
    assert info.signature_method.algorithm == algorithm.value
    (reference,) = info.reference
    assert reference.uri == "#id1"
    assert reference.digest_method.algorithm == algorithm.digest_method
    assert len(signature.signature_value.value) == length
    verify(signature, parts, key.public_key())
    # The signature survives the EXI round trip of the xmldsig schema.
    data = exi.encode_fragment(signature, "{http://www.w3.org/2000/09/xmldsig#}Signature")
    verify(exi.decode_fragment(data, "http://www.w3.org/2000/09/xmldsig#"), parts, key.public_key())


def test_round_trip_with_certificates(pki_521: PKI, pki_448: PKI, pki_256: PKI) -> None:
    for _, issued in (pki_521, pki_448, pki_256):
        contract = issued["contract"]
        parts = [SignedPart(_mode(), ELEMENT)]
        verify(sign(parts, contract.key), parts, contract.certificate)


def test_tampered_part_and_value() -> None:
    key = generate_key(KeyProfile.SECP521R1)
    parts = [SignedPart(_mode(), ELEMENT)]
    signature = sign(parts, key)
    with pytest.raises(XmlSignatureError) as excinfo:
        verify(signature, [SignedPart(_mode(challenge=bytes(16)), ELEMENT)], key.public_key())
    assert _reason(excinfo) is SignatureFailure.DIGEST_MISMATCH
    value = bytearray(signature.signature_value.value)
    value[7] ^= 1
    forged = dataclasses.replace(signature, signature_value=xmldsig.SignatureValue(value=bytes(value)))
    with pytest.raises(XmlSignatureError) as excinfo:
        verify(forged, parts, key.public_key())
    assert _reason(excinfo) is SignatureFailure.SIGNATURE_INVALID

"""ISO 15118-20 certificate installation: the cryptography of ``SignedInstallationData``.

An EV without a contract sends CertificateInstallationReq (signed with its OEM provisioning key);
the certificate provisioning service (CPS, behind the SECC and the CSMS) answers with a contract
certificate chain and the contract private key encrypted for the EV, all signed by the CPS leaf.

Encryption of the contract key (ISO 15118-20 7.9.2.5.2 and 7.9.2.5.4, see docs/security.md,
"Certificate installation (ISO 15118-20)" for the sources and for what is our choice):

* key agreement: one-pass ephemeral-static Diffie-Hellman, the CPS side (party U) ephemeral, the
  EV (party V) static; secp521r1 ECDH with the OEM provisioning certificate's key, or X448 with the
  EV's separate X448 key (the provisioning certificate's "Alternate Subject Public Key")
  [V2G20-2535], [V2G20-2534];
* KDF: NIST SP 800-56A concatenation KDF with SHA-512, OtherInfo = AlgorithmID 0x01, PartyUInfo
  "U", PartyVInfo "V", 256-bit key [V2G20-2535];
* AES-256-GCM, random 96-bit IV, 128-bit tag, AAD = PCID || SKI of the contract certificate in
  upper-case hex [V2G20-2492], [V2G20-2494]; the element is IV || ciphertext || tag: 12 + 66 + 16 =
  94 bytes for a secp521r1 key padded to 528 bits, 12 + 56 + 16 = 84 bytes for the 448-bit key
  [V2G20-2497]..[V2G20-2502].

Everything here is pure (no I/O) except :func:`load_cps_credentials` (a CPS built from a directory).
XML signatures go through :mod:`v2gstack.security.xmldsig`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from cryptography import x509
from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
from cryptography.x509.oid import NameOID

from v2gstack.exi.generated import iso20_cm, iso20_ct
from v2gstack.exi.generated import xmldsig as dsig
from v2gstack.security import xmldsig
from v2gstack.security.errors import (
    ChainFailure,
    ChainValidationError,
    InstallationError,
    InstallationFailure,
    XmlSignatureError,
)
from v2gstack.security.pki.issue import (
    Issued,
    PrivateKey,
    issue_certificate,
    load_certificates,
    load_private_key,
    make_name,
)
from v2gstack.security.pki.profiles import CONTRACT_USAGE, DEFAULT_EMAID, YEAR, KeyProfile, usage_for
from v2gstack.security.pki.validate import validate_chain

CM_NS = "urn:iso:std:iso:15118:-20:CommonMessages"
#: The element the CPS signs in CertificateInstallationRes (the only one there with an Id).
SIGNED_INSTALLATION_DATA = f"{{{CM_NS}}}SignedInstallationData"
#: The element the EV signs in CertificateInstallationReq (the only one there with an Id).
OEM_PROVISIONING_CHAIN = f"{{{CM_NS}}}OEMProvisioningCertificateChain"

IV_LENGTH = 12  # 96-bit IV [V2G20-2497]
TAG_LENGTH = 16  # 128-bit tag [V2G20-2494]
SESSION_KEY_LENGTH = 32  # "exactly 256 bits" [V2G20-2535]
SECP521_KEY_LENGTH = 66  # 521 bits padded with 7 leading zero bits [V2G20-2497]
X448_KEY_LENGTH = 56  # 448 bits [V2G20-2500]
SECP521_ENCRYPTED_LENGTH = IV_LENGTH + SECP521_KEY_LENGTH + TAG_LENGTH  # 94 [V2G20-2499]
X448_ENCRYPTED_LENGTH = IV_LENGTH + X448_KEY_LENGTH + TAG_LENGTH  # 84 [V2G20-2502]
SECP521_DH_LENGTH = 133  # 0x04 || X || Y [V2G20-2489]
X448_DH_LENGTH = 57  # [V2G20-2489] NOTE 7; our reading: 0x04 || u (see docs)
#: OtherInfo of the concatenation KDF: AlgorithmID, PartyUInfo, PartyVInfo, one byte each [V2G20-2535].
KDF_OTHER_INFO = b"\x01" + b"U" + b"V"
#: Order of the secp521r1 base point (SEC 2), for [V2G20-2507].
SECP521_ORDER = int(
    "01FF" + "FFFFFFFF" * 7 + "FFFFFFFA" + "51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409",
    16,
)
#: X.509 (10/2019) 9.8.2 subjectAltPublicKeyInfo: where we carry the EV's X448 key (our choice).
ALT_PUBLIC_KEY_OID = x509.ObjectIdentifier("2.5.29.72")
CERTIFICATE_MAX_LENGTH = 1600  # certificateType maxLength in the -20 schema
MAX_SUB_CERTIFICATES = 3  # SubCertificatesType maxOccurs

ContractKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey
AgreementPublicKey = ec.EllipticCurvePublicKey | x448.X448PublicKey
AgreementPrivateKey = ec.EllipticCurvePrivateKey | x448.X448PrivateKey

_PROFILE_OF_CURVE = {
    iso20_cm.ecdhCurve.SECP521: KeyProfile.SECP521R1,
    iso20_cm.ecdhCurve.X448: KeyProfile.ED448,
}
_CONTRACT_VALIDITY = 2 * YEAR  # contract certificate, see profiles.roles()
_BACKDATE = timedelta(minutes=5)


def _fail(reason: InstallationFailure, detail: str) -> InstallationError:
    return InstallationError(reason, detail)


# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EncryptedKey:
    """A contract private key encrypted for one EV: what goes into SignedInstallationData."""

    curve: iso20_cm.ecdhCurve  # ECDHCurve
    dh_public_key: bytes  # DHPublicKey: the CPS's ephemeral public key
    encrypted: bytes  # SECP521_EncryptedPrivateKey or X448_EncryptedPrivateKey: IV || C || tag


class OpenedInstallation(NamedTuple):
    """What the EV gets out of SignedInstallationData: the contract chain (leaf first) and key."""

    chain: list[x509.Certificate]
    private_key: ContractKey


def session_key(shared_secret: bytes) -> bytes:
    """The 256-bit AES key from a DH shared secret: concatenation KDF, SHA-512 [V2G20-2535]."""
    kdf = ConcatKDFHash(algorithm=hashes.SHA512(), length=SESSION_KEY_LENGTH, otherinfo=KDF_OTHER_INFO)
    return kdf.derive(shared_secret)


def pcid_of(oem_provisioning_certificate: x509.Certificate) -> str:
    """The PCID: the common name of the OEM provisioning certificate."""
    names = oem_provisioning_certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    if not isinstance(value, str) or not value:
        raise _fail(InstallationFailure.MALFORMED, "OEM provisioning certificate has no common name (PCID)")
    return value


def installation_aad(pcid: str, contract_certificate: x509.Certificate) -> bytes:
    """AAD of the key encryption: PCID then the contract certificate's SKI in hex [V2G20-2492].

    The PCID is taken "with capital letters and digits without separators"; the SKI as upper-case
    hex digits. -20 gives 18 and 16 bytes for them; we take whatever length the certificates have
    (see docs/security.md).
    """
    letters = "".join(ch for ch in pcid.upper() if ch.isascii() and ch.isalnum())
    if not letters:
        raise _fail(InstallationFailure.MALFORMED, f"PCID {pcid!r} has no letters or digits")
    try:
        ski = contract_certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except (x509.ExtensionNotFound, ValueError) as exc:
        raise _fail(
            InstallationFailure.MALFORMED, "contract certificate has no subjectKeyIdentifier"
        ) from exc
    return letters.encode("ascii") + ski.hex().upper().encode("ascii")


def encode_dh_public_key(public_key: AgreementPublicKey) -> bytes:
    """DHPublicKey: the uncompressed point for secp521r1 [V2G20-2489]; 0x04 || u for X448 (our choice)."""
    if isinstance(public_key, x448.X448PublicKey):
        return b"\x04" + public_key.public_bytes_raw()
    return public_key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def decode_dh_public_key(data: bytes, curve: iso20_cm.ecdhCurve) -> AgreementPublicKey:
    """Parse DHPublicKey for ``curve``; X448 keys are accepted as 0x04 || u (57 bytes) or raw u (56)."""
    if curve is iso20_cm.ecdhCurve.SECP521:
        if len(data) != SECP521_DH_LENGTH or data[0] != 0x04:
            raise _fail(
                InstallationFailure.MALFORMED, f"DHPublicKey: need a {SECP521_DH_LENGTH}-byte 0x04 point"
            )
        try:
            return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP521R1(), data)
        except ValueError as exc:
            raise _fail(InstallationFailure.MALFORMED, "DHPublicKey is not a point on secp521r1") from exc
    if len(data) == X448_DH_LENGTH and data[0] == 0x04:
        data = data[1:]
    if len(data) != X448_KEY_LENGTH:
        raise _fail(InstallationFailure.MALFORMED, f"DHPublicKey: {len(data)} bytes is no X448 key")
    return x448.X448PublicKey.from_public_bytes(data)


def _curve(value: iso20_cm.ecdhCurve | str) -> iso20_cm.ecdhCurve:
    if isinstance(value, iso20_cm.ecdhCurve):
        return value
    try:
        return iso20_cm.ecdhCurve(value)
    except ValueError as exc:
        raise _fail(InstallationFailure.MALFORMED, f"unknown ECDHCurve {value!r}") from exc


def _contract_plaintext(contract_key: ContractKey) -> tuple[iso20_cm.ecdhCurve, bytes]:
    """The curve a contract key travels with and its plaintext bytes [V2G20-2497], [V2G20-2500]."""
    if isinstance(contract_key, ed448.Ed448PrivateKey):
        seed = contract_key.private_bytes_raw()
        if seed[X448_KEY_LENGTH:] != b"\x00":
            raise _fail(
                InstallationFailure.KEY_NOT_REPRESENTABLE,
                "an Ed448 contract key travels as its first 56 seed bytes; its 57th byte must be 0x00 "
                "(generate it with generate_contract_key)",
            )
        return iso20_cm.ecdhCurve.X448, seed[:X448_KEY_LENGTH]
    if isinstance(contract_key, ec.EllipticCurvePrivateKey) and isinstance(contract_key.curve, ec.SECP521R1):
        scalar = contract_key.private_numbers().private_value
        return iso20_cm.ecdhCurve.SECP521, scalar.to_bytes(SECP521_KEY_LENGTH, "big")
    raise _fail(
        InstallationFailure.UNSUPPORTED, f"contract key {type(contract_key).__name__} (need P-521 or Ed448)"
    )


def generate_contract_key(curve: iso20_cm.ecdhCurve) -> ContractKey:
    """A fresh contract key that :func:`encrypt_private_key` can carry.

    Ed448 (for ``X448``): the 57-byte RFC 8032 seed ends in 0x00, so that its first 56 bytes fit the
    448-bit plaintext of X448_EncryptedPrivateKey (our choice, see docs/security.md).
    """
    if curve is iso20_cm.ecdhCurve.X448:
        return ed448.Ed448PrivateKey.from_private_bytes(secrets.token_bytes(X448_KEY_LENGTH) + b"\x00")
    return ec.generate_private_key(ec.SECP521R1())


def _same_public_key(key: ContractKey, certificate: x509.Certificate) -> bool:
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    return key.public_key().public_bytes(*raw) == certificate.public_key().public_bytes(*raw)


# --------------------------------------------------------------------------------------------
# Encryption and decryption of the contract key
# --------------------------------------------------------------------------------------------


def encrypt_private_key(
    contract_key: ContractKey, ev_public_key: AgreementPublicKey, *, aad: bytes
) -> EncryptedKey:
    """Encrypt ``contract_key`` for the EV owning ``ev_public_key`` (CPS side, party U).

    A fresh ephemeral key pair on the curve of the contract key [V2G20-2487], [V2G20-2488];
    the session key from :func:`session_key` [V2G20-2535]; AES-256-GCM with a random 96-bit IV
    and ``aad`` (:func:`installation_aad`) [V2G20-2497], [V2G20-2500]; laid out as IV, ciphertext,
    tag [V2G20-2499], [V2G20-2502]. The ephemeral key and session key are only ever local
    variables (Python cannot wipe memory; [V2G20-2496] asks the sender to destroy them).
    """
    curve, plaintext = _contract_plaintext(contract_key)
    if curve is iso20_cm.ecdhCurve.X448:
        if not isinstance(ev_public_key, x448.X448PublicKey):
            raise _fail(InstallationFailure.CURVE_MISMATCH, "an Ed448 contract key needs the EV's X448 key")
        eph_x = x448.X448PrivateKey.generate()
        try:
            shared = eph_x.exchange(ev_public_key)
        except ValueError as exc:  # all-zero result: a small-order public key
            raise _fail(InstallationFailure.MALFORMED, "the EV's X448 key is of small order") from exc
        dh_public = encode_dh_public_key(eph_x.public_key())
    else:
        if not (
            isinstance(ev_public_key, ec.EllipticCurvePublicKey)
            and isinstance(ev_public_key.curve, ec.SECP521R1)
        ):
            raise _fail(
                InstallationFailure.CURVE_MISMATCH, "a P-521 contract key needs the EV's secp521r1 key"
            )
        eph_ec = ec.generate_private_key(ec.SECP521R1())
        shared = eph_ec.exchange(ec.ECDH(), ev_public_key)
        dh_public = encode_dh_public_key(eph_ec.public_key())
    iv = secrets.token_bytes(IV_LENGTH)
    sealed = AESGCM(session_key(shared)).encrypt(iv, plaintext, aad)  # ciphertext || 16-byte tag
    return EncryptedKey(curve=curve, dh_public_key=dh_public, encrypted=iv + sealed)


def decrypt_private_key(
    encrypted: bytes,
    dh_public_key: bytes,
    ev_private_key: AgreementPrivateKey,
    curve: iso20_cm.ecdhCurve | str,
    *,
    aad: bytes,
) -> ContractKey:
    """Decrypt a contract key on the EV side (party V); every failure is an :class:`InstallationError`.

    IV from the 12 most significant bytes, tag from the 16 least significant [V2G20-2505],
    [V2G20-2508]; a failed tag check rejects the data [V2G20-2504]; for secp521r1 the 7 padding
    bits must be zero [V2G20-2678], the key is the 521 low bits [V2G20-2506] and below the group
    order [V2G20-2507]. Whether the key belongs to the contract certificate is checked by
    :func:`open_installation_data`.
    """
    ecdh = _curve(curve)
    expected = SECP521_ENCRYPTED_LENGTH if ecdh is iso20_cm.ecdhCurve.SECP521 else X448_ENCRYPTED_LENGTH
    if len(encrypted) != expected:
        raise _fail(
            InstallationFailure.MALFORMED,
            f"{ecdh.value} encrypted key has {len(encrypted)} bytes, need {expected}",
        )
    peer = decode_dh_public_key(dh_public_key, ecdh)
    if isinstance(peer, x448.X448PublicKey):
        if not isinstance(ev_private_key, x448.X448PrivateKey):
            raise _fail(InstallationFailure.CURVE_MISMATCH, "ECDHCurve X448 needs the EV's X448 private key")
        try:
            shared = ev_private_key.exchange(peer)
        except ValueError as exc:
            raise _fail(InstallationFailure.MALFORMED, "DHPublicKey is an X448 key of small order") from exc
    else:
        if not (
            isinstance(ev_private_key, ec.EllipticCurvePrivateKey)
            and isinstance(ev_private_key.curve, ec.SECP521R1)
        ):
            raise _fail(
                InstallationFailure.CURVE_MISMATCH, "ECDHCurve SECP521 needs the EV's secp521r1 private key"
            )
        shared = ev_private_key.exchange(ec.ECDH(), peer)
    iv, sealed = encrypted[:IV_LENGTH], encrypted[IV_LENGTH:]
    try:
        plaintext = AESGCM(session_key(shared)).decrypt(iv, sealed, aad)
    except InvalidTag as exc:
        raise _fail(InstallationFailure.DECRYPTION, "AES-256-GCM tag does not verify") from exc
    if ecdh is iso20_cm.ecdhCurve.X448:
        return ed448.Ed448PrivateKey.from_private_bytes(plaintext + b"\x00")
    if plaintext[0] & 0xFE:
        raise _fail(InstallationFailure.INVALID_KEY, "the 7 padding bits of the 521-bit key are not zero")
    scalar = int.from_bytes(plaintext, "big")
    if not 0 < scalar < SECP521_ORDER:
        raise _fail(InstallationFailure.INVALID_KEY, "the 521-bit key is not below the secp521r1 group order")
    return ec.derive_private_key(scalar, ec.SECP521R1())


# --------------------------------------------------------------------------------------------
# SignedInstallationData
# --------------------------------------------------------------------------------------------


def _der(certificate: x509.Certificate) -> bytes:
    der = certificate.public_bytes(serialization.Encoding.DER)
    if len(der) > CERTIFICATE_MAX_LENGTH:
        raise _fail(
            InstallationFailure.MALFORMED, f"certificate of {len(der)} bytes exceeds {CERTIFICATE_MAX_LENGTH}"
        )
    return der


def _load(der: bytes, what: str) -> x509.Certificate:
    try:
        cert = x509.load_der_x509_certificate(der)
        cert.public_key()  # unknown key types fail here rather than later
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise _fail(InstallationFailure.MALFORMED, f"{what} is not a usable DER certificate") from exc
    return cert


def build_installation_data(
    contract_chain: Sequence[x509.Certificate],
    contract_key: ContractKey,
    ev_public_key: AgreementPublicKey,
    *,
    pcid: str,
    data_id: str = "SID1",
) -> iso20_cm.SignedInstallationData:
    """SignedInstallationData (unsigned) for one EV: chain (leaf, then 1 to 3 Sub-CAs) and encrypted key.

    ``pcid`` is the EV's (from its OEM provisioning certificate, :func:`pcid_of`); ``ev_public_key``
    its secp521r1 provisioning key or its X448 key (:func:`key_agreement_public_key`).
    """
    if not contract_chain:
        raise _fail(InstallationFailure.MALFORMED, "empty contract certificate chain")
    leaf, subs = contract_chain[0], list(contract_chain[1:])
    if not 1 <= len(subs) <= MAX_SUB_CERTIFICATES:
        raise _fail(
            InstallationFailure.MALFORMED,
            f"contract chain needs 1..{MAX_SUB_CERTIFICATES} Sub-CAs, got {len(subs)}",
        )
    if not _same_public_key(contract_key, leaf):
        raise _fail(
            InstallationFailure.INVALID_KEY, "contract key does not belong to the contract certificate"
        )
    sealed = encrypt_private_key(contract_key, ev_public_key, aad=installation_aad(pcid, leaf))
    chain = iso20_cm.ContractCertificateChain(
        certificate=_der(leaf), sub_certificates=iso20_cm.SubCertificates(certificate=[_der(c) for c in subs])
    )
    x448_branch = sealed.curve is iso20_cm.ecdhCurve.X448
    return iso20_cm.SignedInstallationData(
        id=data_id,
        contract_certificate_chain=chain,
        ecdh_curve=sealed.curve,
        dh_public_key=sealed.dh_public_key,
        secp521_encrypted_private_key=None if x448_branch else sealed.encrypted,
        x448_encrypted_private_key=sealed.encrypted if x448_branch else None,
    )


def open_installation_data(
    data: iso20_cm.SignedInstallationData, ev_private_key: AgreementPrivateKey, *, pcid: str
) -> OpenedInstallation:
    """EV side: the contract chain (leaf first) and the decrypted contract key.

    The element must match ECDHCurve ([V2G20-2487], [V2G20-2488], [V2G20-2493] NOTE 1); TPM keys
    are not supported; the key must belong to the contract certificate ([V2G20-2507],
    [V2G20-2510]). Does not check the CPS signature (:func:`verify_installation_response`) nor
    validate the chain (the EV need not hold the MO root).
    """
    chain_el = data.contract_certificate_chain
    subs = chain_el.sub_certificates.certificate if chain_el.sub_certificates is not None else []
    chain = [_load(chain_el.certificate, "contract certificate")]
    chain += [_load(der, f"contract Sub-CA {i}") for i, der in enumerate(subs, start=1)]
    given = {
        iso20_cm.ecdhCurve.SECP521: data.secp521_encrypted_private_key,
        iso20_cm.ecdhCurve.X448: data.x448_encrypted_private_key,
    }
    present = [v for v in (*given.values(), data.tpm_encrypted_private_key) if v is not None]
    if len(present) != 1:
        raise _fail(InstallationFailure.MALFORMED, f"{len(present)} encrypted private keys, need exactly one")
    if data.tpm_encrypted_private_key is not None:
        raise _fail(InstallationFailure.UNSUPPORTED, "TPM_EncryptedPrivateKey (EVCC with TPM 2.0)")
    curve = _curve(data.ecdh_curve)
    encrypted = given[curve]
    if encrypted is None:
        raise _fail(
            InstallationFailure.CURVE_MISMATCH, f"ECDHCurve {curve.value} with the other curve's key element"
        )
    key = decrypt_private_key(
        encrypted, data.dh_public_key, ev_private_key, curve, aad=installation_aad(pcid, chain[0])
    )
    if not _same_public_key(key, chain[0]):
        raise _fail(
            InstallationFailure.INVALID_KEY, "decrypted key does not belong to the contract certificate"
        )
    return OpenedInstallation(chain, key)


# --------------------------------------------------------------------------------------------
# The EV's key agreement key
# --------------------------------------------------------------------------------------------


def alternate_public_key_extension(public_key: x448.X448PublicKey) -> x509.UnrecognizedExtension:
    """subjectAltPublicKeyInfo (2.5.29.72) carrying the EV's X448 key, for an Ed448 provisioning certificate.

    -20 names an "Alternate Subject Public Key" of the OEM provisioning certificate [V2G20-2534];
    that it is this X.509 extension is our choice (docs/security.md). Add it non-critical.
    """
    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return x509.UnrecognizedExtension(ALT_PUBLIC_KEY_OID, der)


def key_agreement_public_key(oem_provisioning_certificate: x509.Certificate) -> AgreementPublicKey | None:
    """The EV key the CPS encrypts to: the secp521r1 key itself, or the X448 alternate key (if any)."""
    key = oem_provisioning_certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return key if isinstance(key.curve, ec.SECP521R1) else None
    try:
        ext = oem_provisioning_certificate.extensions.get_extension_for_oid(ALT_PUBLIC_KEY_OID)
    except (x509.ExtensionNotFound, ValueError):
        return None
    value = ext.value
    if not isinstance(value, x509.UnrecognizedExtension):
        return None
    try:
        alt = serialization.load_der_public_key(value.value)
    except (ValueError, UnsupportedAlgorithm):
        return None
    return alt if isinstance(alt, x448.X448PublicKey) else None


def root_certificate_id(root: x509.Certificate) -> dsig.X509IssuerSerial:
    """A RootCertificateID entry of ListOfRootCertificateIDs for ``root``."""
    return dsig.X509IssuerSerial(
        x509_issuer_name=root.subject.rfc4514_string(), x509_serial_number=root.serial_number
    )


def _names_root(entry: dsig.X509IssuerSerial, root: x509.Certificate) -> bool:
    def norm(name: str) -> str:
        return "".join(name.split()).casefold()

    return entry.x509_serial_number == root.serial_number and norm(entry.x509_issuer_name) == norm(
        root.subject.rfc4514_string()
    )


# --------------------------------------------------------------------------------------------
# XML signatures (v2gstack.security.xmldsig)
# --------------------------------------------------------------------------------------------


def _sign(obj: object, element: str, key: PrivateKey) -> dsig.Signature:
    return xmldsig.sign([xmldsig.SignedPart(obj, element)], key)


def _verify(
    signature: dsig.Signature, obj: object, element: str, cert: x509.Certificate, reason: InstallationFailure
) -> None:
    try:
        xmldsig.verify(signature, [xmldsig.SignedPart(obj, element)], cert)
    except XmlSignatureError as exc:
        raise _fail(reason, str(exc)) from exc


def sign_installation_data(data: iso20_cm.SignedInstallationData, cps_key: PrivateKey) -> dsig.Signature:
    """The CPS leaf's signature over SignedInstallationData (for the CertificateInstallationRes header)."""
    return _sign(data, SIGNED_INSTALLATION_DATA, cps_key)


def sign_installation_request(
    chain: iso20_cm.SignedCertificateChain, oem_provisioning_key: PrivateKey
) -> dsig.Signature:
    """The EV's signature over OEMProvisioningCertificateChain (for the CertificateInstallationReq header)."""
    return _sign(chain, OEM_PROVISIONING_CHAIN, oem_provisioning_key)


def build_installation_request(
    oem_provisioning_chain: Sequence[x509.Certificate],
    oem_provisioning_key: PrivateKey,
    trusted_roots: Sequence[x509.Certificate],
    *,
    session_id: bytes,
    time_stamp: int,
    maximum_contract_certificate_chains: int = 1,
    prioritized_emaids: Sequence[str] = (),
    chain_id: str = "OEMProvChain",
) -> iso20_cm.CertificateInstallationReq:
    """EV side: a signed CertificateInstallationReq (provisioning chain leaf first, then Sub-CAs)."""
    if not oem_provisioning_chain:
        raise _fail(InstallationFailure.MALFORMED, "empty OEM provisioning chain")
    subs = [_der(c) for c in oem_provisioning_chain[1:]]
    chain = iso20_cm.SignedCertificateChain(
        id=chain_id,
        certificate=_der(oem_provisioning_chain[0]),
        sub_certificates=iso20_cm.SubCertificates(certificate=subs) if subs else None,
    )
    header = iso20_ct.MessageHeader(
        session_id=session_id,
        time_stamp=time_stamp,
        signature=sign_installation_request(chain, oem_provisioning_key),
    )
    return iso20_cm.CertificateInstallationReq(
        header=header,
        oem_provisioning_certificate_chain=chain,
        list_of_root_certificate_i_ds=iso20_ct.ListOfRootCertificateIDs(
            root_certificate_id=[root_certificate_id(r) for r in trusted_roots]
        ),
        maximum_contract_certificate_chains=maximum_contract_certificate_chains,
        prioritized_emai_ds=iso20_cm.EMAIDList(emaid=list(prioritized_emaids))
        if prioritized_emaids
        else None,
    )


def verify_installation_response(
    response: iso20_cm.CertificateInstallationRes,
    v2g_roots: Sequence[x509.Certificate],
    now: datetime | None = None,
) -> None:
    """EV side: the CPS chain validates to a V2G root and its leaf signed SignedInstallationData."""
    signature = response.header.signature
    if signature is None:
        raise _fail(InstallationFailure.SIGNATURE, "CertificateInstallationRes carries no signature")
    chain_el = response.cps_certificate_chain
    leaf = _load(chain_el.certificate, "CPS certificate")
    subs = [
        _load(d, "CPS Sub-CA")
        for d in (chain_el.sub_certificates.certificate if chain_el.sub_certificates else [])
    ]
    try:
        validate_chain(leaf, subs, v2g_roots, now)
    except ChainValidationError as exc:
        raise _fail(InstallationFailure.SIGNATURE, f"CPS chain: {exc}") from exc
    _verify(
        signature,
        response.signed_installation_data,
        SIGNED_INSTALLATION_DATA,
        leaf,
        InstallationFailure.SIGNATURE,
    )


def response_code_for(error: InstallationError) -> iso20_ct.responseCode:
    """The ResponseCode an SECC sends when the CPS refused a request (our mapping, see docs)."""
    cause = error.__cause__
    if error.reason is InstallationFailure.PROVISIONING_CHAIN and isinstance(cause, ChainValidationError):
        if cause.reason is ChainFailure.EXPIRED:
            return iso20_ct.responseCode.WARNING_CertificateExpired
        if cause.reason is ChainFailure.NOT_YET_VALID:
            return iso20_ct.responseCode.WARNING_CertificateNotYetValid
        return iso20_ct.responseCode.WARNING_CertificateValidationError
    if error.reason is InstallationFailure.REQUEST_SIGNATURE:
        return iso20_ct.responseCode.FAILED_SignatureError
    if error.reason in (InstallationFailure.NO_MATCHING_ROOT, InstallationFailure.UNSUPPORTED):
        return iso20_ct.responseCode.WARNING_NoCertificateAvailable
    return iso20_ct.responseCode.FAILED


# --------------------------------------------------------------------------------------------
# Certificate provisioning service (simulator for tests and the demo)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CPSAnswer:
    """The parts of CertificateInstallationRes the backend supplies."""

    cps_certificate_chain: iso20_cm.CertificateChain
    signed_installation_data: iso20_cm.SignedInstallationData
    signature: dsig.Signature
    remaining_contract_certificate_chains: int

    def response(
        self,
        session_id: bytes,
        time_stamp: int,
        *,
        response_code: iso20_ct.responseCode = iso20_ct.responseCode.OK,
        evse_processing: iso20_ct.processing = iso20_ct.processing.Finished,
    ) -> iso20_cm.CertificateInstallationRes:
        """The whole CertificateInstallationRes; the signature goes into the header."""
        return iso20_cm.CertificateInstallationRes(
            header=iso20_ct.MessageHeader(
                session_id=session_id, time_stamp=time_stamp, signature=self.signature
            ),
            response_code=response_code,
            evse_processing=evse_processing,
            cps_certificate_chain=self.cps_certificate_chain,
            signed_installation_data=self.signed_installation_data,
            remaining_contract_certificate_chains=self.remaining_contract_certificate_chains,
        )


@dataclass(frozen=True)
class CPSCredentials:
    """What the simulated CPS holds: its signing chain, the MO Sub-CA that issues contracts, trust anchors."""

    cps_chain: tuple[x509.Certificate, ...]  # CPS leaf, CPS Sub-CA 2, CPS Sub-CA 1
    cps_key: PrivateKey
    v2g_root: x509.Certificate
    mo_sub_ca2: x509.Certificate
    mo_sub_ca2_key: PrivateKey
    mo_sub_ca1: x509.Certificate
    oem_roots: tuple[x509.Certificate, ...]


_CPS_FILES = ("cps", "cps_sub_ca2", "cps_sub_ca1", "v2g_root", "mo_sub_ca2", "mo_sub_ca1", "oem_root")


def _credentials(issued: Mapping[str, Issued]) -> CPSCredentials:
    missing = [name for name in _CPS_FILES if name not in issued]
    if missing:
        raise _fail(InstallationFailure.MALFORMED, f"PKI lacks {', '.join(missing)}")
    return CPSCredentials(
        cps_chain=tuple(issued[n].certificate for n in ("cps", "cps_sub_ca2", "cps_sub_ca1")),
        cps_key=issued["cps"].key,
        v2g_root=issued["v2g_root"].certificate,
        mo_sub_ca2=issued["mo_sub_ca2"].certificate,
        mo_sub_ca2_key=issued["mo_sub_ca2"].key,
        mo_sub_ca1=issued["mo_sub_ca1"].certificate,
        oem_roots=(issued["oem_root"].certificate,),
    )


def load_cps_credentials(directory: str | os.PathLike[str]) -> CPSCredentials:
    """The CPS material of a PKI directory written by ``v2gstack pki init`` (the only I/O in this module)."""
    base = Path(directory)

    def cert(name: str) -> x509.Certificate:
        return load_certificates(base / f"{name}.pem")[0]

    return CPSCredentials(
        cps_chain=(cert("cps"), cert("cps_sub_ca2"), cert("cps_sub_ca1")),
        cps_key=load_private_key(base / "cps.key"),
        v2g_root=cert("v2g_root"),
        mo_sub_ca2=cert("mo_sub_ca2"),
        mo_sub_ca2_key=load_private_key(base / "private" / "mo_sub_ca2.key"),
        mo_sub_ca1=cert("mo_sub_ca1"),
        oem_roots=(cert("oem_root"),),
    )


class CertificateProvisioningService:
    """A CPS (with the eMSP behind it) for tests and the demo: answers CertificateInstallationReq.

    Validates the OEM provisioning chain and the request signature, issues a fresh contract
    certificate (CN = EMAID) under MO Sub-CA 2 with a key on the EV's curve [V2G20-2487],
    [V2G20-2488], encrypts the key to the EV and signs SignedInstallationData with the CPS leaf.
    ``x448_keys`` maps PCIDs to X448 keys for Ed448 provisioning certificates without the
    alternate-key extension (a stand-in for the provisioning certificate pool).
    """

    def __init__(
        self,
        pki: CPSCredentials | Mapping[str, Issued] | str | os.PathLike[str],
        *,
        emaid: str = DEFAULT_EMAID,
        x448_keys: Mapping[str, x448.X448PublicKey] | None = None,
        clock: Callable[[], datetime] | None = None,
        require_request_signature: bool = True,
    ) -> None:
        if isinstance(pki, CPSCredentials):
            self.credentials = pki
        elif isinstance(pki, str | os.PathLike):
            self.credentials = load_cps_credentials(pki)
        else:
            self.credentials = _credentials(pki)
        self.emaid = emaid
        self.x448_keys = dict(x448_keys or {})
        self.clock = clock or (lambda: datetime.now(UTC))
        self.require_request_signature = require_request_signature

    def _check_request(self, req: iso20_cm.CertificateInstallationReq, now: datetime) -> x509.Certificate:
        """The OEM provisioning certificate, once its chain and the request signature check out."""
        chain_el = req.oem_provisioning_certificate_chain
        prov = _load(chain_el.certificate, "OEM provisioning certificate")
        subs = chain_el.sub_certificates.certificate if chain_el.sub_certificates is not None else []
        intermediates = [_load(der, "OEM Sub-CA") for der in subs]
        usage = (
            ("digital_signature", "key_agreement")
            if isinstance(prov.public_key(), ec.EllipticCurvePublicKey)
            else ("digital_signature",)
        )  # [V2G20-822]: an EC key used for ECDHE needs keyAgreement; Ed448 keys cannot carry it
        try:
            validate_chain(prov, intermediates, self.credentials.oem_roots, now, required_usage=usage)
        except ChainValidationError as exc:
            raise _fail(InstallationFailure.PROVISIONING_CHAIN, str(exc)) from exc
        if self.require_request_signature:
            signature = req.header.signature
            if signature is None:
                raise _fail(
                    InstallationFailure.REQUEST_SIGNATURE, "CertificateInstallationReq carries no signature"
                )
            _verify(signature, chain_el, OEM_PROVISIONING_CHAIN, prov, InstallationFailure.REQUEST_SIGNATURE)
        listed = req.list_of_root_certificate_i_ds.root_certificate_id
        if not any(_names_root(entry, self.credentials.v2g_root) for entry in listed):
            raise _fail(InstallationFailure.NO_MATCHING_ROOT, "the EV does not list the V2G root of this CPS")
        return prov

    def _ev_key(self, prov: x509.Certificate) -> AgreementPublicKey:
        key = key_agreement_public_key(prov)
        if key is None:
            key = self.x448_keys.get(pcid_of(prov))
        if key is None:
            raise _fail(
                InstallationFailure.UNSUPPORTED, "no key agreement key for this OEM provisioning certificate"
            )
        return key

    def issue_contract(
        self, curve: iso20_cm.ecdhCurve, emaid: str, now: datetime
    ) -> tuple[x509.Certificate, ContractKey]:
        """A contract certificate (CN = ``emaid``) under MO Sub-CA 2, with a fresh key for ``curve``."""
        creds = self.credentials
        key = generate_contract_key(curve)
        start = now - _BACKDATE
        cert = issue_certificate(
            make_name(emaid, "MO"),
            key.public_key(),
            (creds.mo_sub_ca2, creds.mo_sub_ca2_key),
            is_ca=False,
            usage=usage_for(CONTRACT_USAGE, _PROFILE_OF_CURVE[curve]),
            not_before=start,
            not_after=min(start + _CONTRACT_VALIDITY, creds.mo_sub_ca2.not_valid_after_utc),
        )
        return cert, key

    def answer(self, req: iso20_cm.CertificateInstallationReq) -> CPSAnswer:
        """CPSCertificateChain, signed SignedInstallationData and the count of further chains (0)."""
        now = self.clock()
        prov = self._check_request(req, now)
        ev_key = self._ev_key(prov)
        curve = (
            iso20_cm.ecdhCurve.X448 if isinstance(ev_key, x448.X448PublicKey) else iso20_cm.ecdhCurve.SECP521
        )
        emaids = req.prioritized_emai_ds.emaid if req.prioritized_emai_ds is not None else []
        contract, key = self.issue_contract(curve, emaids[0] if emaids else self.emaid, now)
        creds = self.credentials
        data = build_installation_data(
            [contract, creds.mo_sub_ca2, creds.mo_sub_ca1], key, ev_key, pcid=pcid_of(prov)
        )
        cps_leaf, *cps_subs = creds.cps_chain
        return CPSAnswer(
            cps_certificate_chain=iso20_cm.CertificateChain(
                certificate=_der(cps_leaf),
                sub_certificates=iso20_cm.SubCertificates(certificate=[_der(c) for c in cps_subs]),
            ),
            signed_installation_data=data,
            signature=sign_installation_data(data, creds.cps_key),
            remaining_contract_certificate_chains=0,
        )

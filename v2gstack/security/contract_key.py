"""ISO 15118-20 encryption of the contract private key for one EV (7.9.2.5.2 and 7.9.2.5.4).

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

Every ephemeral key is fresh, so every session key is used for one encryption only and the random
IV cannot repeat under a key. Pure functions, no I/O. What is our choice rather than the standard's
is listed in docs/security.md, "Certificate installation (ISO 15118-20)".
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
from cryptography.x509.oid import NameOID

from v2gstack.exi.generated import iso20_cm
from v2gstack.security.errors import InstallationError, InstallationFailure
from v2gstack.security.pki.validate import CERTIFICATE_PARSE_ERRORS

__all__ = [
    "ALT_PUBLIC_KEY_OID",
    "CERTIFICATE_PARSE_ERRORS",
    "IV_LENGTH",
    "KDF_OTHER_INFO",
    "SECP521_DH_LENGTH",
    "SECP521_ENCRYPTED_LENGTH",
    "SECP521_KEY_LENGTH",
    "SECP521_ORDER",
    "SESSION_KEY_LENGTH",
    "TAG_LENGTH",
    "X448_DH_LENGTH",
    "X448_ENCRYPTED_LENGTH",
    "X448_KEY_LENGTH",
    "AgreementPrivateKey",
    "AgreementPublicKey",
    "ContractKey",
    "EncryptedKey",
    "alternate_public_key_extension",
    "decode_dh_public_key",
    "decrypt_private_key",
    "ecdh_curve",
    "encode_dh_public_key",
    "encrypt_private_key",
    "generate_contract_key",
    "installation_aad",
    "key_agreement_public_key",
    "pcid_of",
    "same_public_key",
    "session_key",
]

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
#: X.509 (10/2019) 9.8.2 subjectAltPublicKeyInfo: where we carry the EV's X448 key (our choice; -20
#: names the extension "subjectAltKey", [V2G20-2479] NOTE 1, without a public profile).
ALT_PUBLIC_KEY_OID = x509.ObjectIdentifier("2.5.29.72")

_EXTENSION_ERRORS: tuple[type[Exception], ...] = (x509.ExtensionNotFound, *CERTIFICATE_PARSE_ERRORS)

ContractKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey
AgreementPublicKey = ec.EllipticCurvePublicKey | x448.X448PublicKey
AgreementPrivateKey = ec.EllipticCurvePrivateKey | x448.X448PrivateKey


def _fail(reason: InstallationFailure, detail: str) -> InstallationError:
    return InstallationError(reason, detail)


@dataclass(frozen=True)
class EncryptedKey:
    """A contract private key encrypted for one EV: what goes into SignedInstallationData."""

    curve: iso20_cm.ecdhCurve  # ECDHCurve
    dh_public_key: bytes  # DHPublicKey: the CPS's ephemeral public key
    encrypted: bytes  # SECP521_EncryptedPrivateKey or X448_EncryptedPrivateKey: IV || C || tag


def session_key(shared_secret: bytes) -> bytes:
    """The 256-bit AES key from a DH shared secret: concatenation KDF, SHA-512 [V2G20-2535]."""
    kdf = ConcatKDFHash(algorithm=hashes.SHA512(), length=SESSION_KEY_LENGTH, otherinfo=KDF_OTHER_INFO)
    return kdf.derive(shared_secret)


def ecdh_curve(value: object) -> iso20_cm.ecdhCurve:
    """ECDHCurve from a peer's value (the enum or its string), else ``MALFORMED``."""
    if isinstance(value, iso20_cm.ecdhCurve):
        return value
    if isinstance(value, str):
        for curve in iso20_cm.ecdhCurve:
            if curve.value == value:
                return curve
    text = repr(value)
    raise _fail(InstallationFailure.MALFORMED, f"unknown ECDHCurve {text[:40]}")


def pcid_of(oem_provisioning_certificate: x509.Certificate) -> str:
    """The PCID: the common name of the OEM provisioning certificate."""
    try:
        names = oem_provisioning_certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    except CERTIFICATE_PARSE_ERRORS as exc:
        raise _fail(InstallationFailure.MALFORMED, "OEM provisioning certificate subject unreadable") from exc
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
        raise _fail(InstallationFailure.MALFORMED, "PCID has no letters or digits")
    try:
        ski = contract_certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except _EXTENSION_ERRORS as exc:
        raise _fail(
            InstallationFailure.MALFORMED, "contract certificate has no usable subjectKeyIdentifier"
        ) from exc
    if not ski:
        raise _fail(InstallationFailure.MALFORMED, "contract certificate has an empty subjectKeyIdentifier")
    return letters.encode("ascii") + ski.hex().upper().encode("ascii")


def encode_dh_public_key(public_key: AgreementPublicKey) -> bytes:
    """DHPublicKey: the uncompressed point for secp521r1 [V2G20-2489]; 0x04 || u for X448 (our choice)."""
    if isinstance(public_key, x448.X448PublicKey):
        return b"\x04" + public_key.public_bytes_raw()
    return public_key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def decode_dh_public_key(data: bytes, curve: iso20_cm.ecdhCurve) -> AgreementPublicKey:
    """Parse DHPublicKey for ``curve``; X448 keys are accepted as 0x04 || u (57 bytes) or raw u (56).

    A secp521r1 point must lie on the curve with coordinates below p (the curve has cofactor 1, so
    no small subgroup is left to check); X448 keys of small order are caught at the exchange.
    """
    if not isinstance(data, bytes):
        raise _fail(InstallationFailure.MALFORMED, f"DHPublicKey is not binary: {type(data).__name__}")
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


def _x448_shared(private: x448.X448PrivateKey, public: x448.X448PublicKey, whose: str) -> bytes:
    """RFC 7748 X448; an all-zero result (a public key of small order) is refused (RFC 7748 6.2)."""
    try:
        shared = private.exchange(public)
    except ValueError as exc:  # OpenSSL refuses the all-zero output itself
        raise _fail(InstallationFailure.MALFORMED, f"{whose} X448 key is of small order") from exc
    if not any(shared):  # and we do not rely on that
        raise _fail(InstallationFailure.MALFORMED, f"{whose} X448 key is of small order")
    return shared


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


def generate_contract_key(curve: iso20_cm.ecdhCurve | str) -> ContractKey:
    """A fresh contract key that :func:`encrypt_private_key` can carry.

    Ed448 (for ``X448``): the 57-byte RFC 8032 seed ends in 0x00, so that its first 56 bytes fit the
    448-bit plaintext of X448_EncryptedPrivateKey (our choice, see docs/security.md).
    """
    if ecdh_curve(curve) is iso20_cm.ecdhCurve.X448:
        return ed448.Ed448PrivateKey.from_private_bytes(secrets.token_bytes(X448_KEY_LENGTH) + b"\x00")
    return ec.generate_private_key(ec.SECP521R1())


def same_public_key(key: ContractKey, certificate: x509.Certificate) -> bool:
    """Whether ``key`` is the private key of ``certificate`` (the public keys compared as DER)."""
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    try:
        theirs = certificate.public_key().public_bytes(*raw)
    except CERTIFICATE_PARSE_ERRORS:
        return False
    return key.public_key().public_bytes(*raw) == theirs


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
        shared = _x448_shared(eph_x, ev_public_key, "the EV's")
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
    ``open_installation_data``; call that (or ``open_installation_response``) rather than this:
    the ECDH here authenticates nothing, only the CPS signature does ([V2G20-2535] NOTE 11).
    """
    ecdh = ecdh_curve(curve)
    expected = SECP521_ENCRYPTED_LENGTH if ecdh is iso20_cm.ecdhCurve.SECP521 else X448_ENCRYPTED_LENGTH
    if not isinstance(encrypted, bytes) or len(encrypted) != expected:
        size = f"{len(encrypted)} bytes" if isinstance(encrypted, bytes) else type(encrypted).__name__
        raise _fail(
            InstallationFailure.MALFORMED, f"{ecdh.value} encrypted key is {size}, need {expected} bytes"
        )
    peer = decode_dh_public_key(dh_public_key, ecdh)
    if isinstance(peer, x448.X448PublicKey):
        if not isinstance(ev_private_key, x448.X448PrivateKey):
            raise _fail(InstallationFailure.CURVE_MISMATCH, "ECDHCurve X448 needs the EV's X448 private key")
        shared = _x448_shared(ev_private_key, peer, "DHPublicKey is an")
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
        raise _fail(InstallationFailure.INVALID_KEY, "the 521-bit key is not in [1, n - 1] of secp521r1")
    return ec.derive_private_key(scalar, ec.SECP521R1())


def alternate_public_key_extension(public_key: x448.X448PublicKey) -> x509.UnrecognizedExtension:
    """subjectAltPublicKeyInfo (2.5.29.72) carrying the EV's X448 key, for an Ed448 provisioning certificate.

    -20 names an "Alternate Subject Public Key" of the OEM provisioning certificate [V2G20-2534]
    ("subjectAltKey", [V2G20-2479] NOTE 1); that it is this X.509 extension is our choice
    (docs/security.md). Add it non-critical.
    """
    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return x509.UnrecognizedExtension(ALT_PUBLIC_KEY_OID, der)


def key_agreement_public_key(oem_provisioning_certificate: x509.Certificate) -> AgreementPublicKey | None:
    """The EV key the CPS encrypts to: the secp521r1 key itself, or the X448 alternate key (if any)."""
    try:
        key = oem_provisioning_certificate.public_key()
    except CERTIFICATE_PARSE_ERRORS:
        return None
    if isinstance(key, ec.EllipticCurvePublicKey):
        return key if isinstance(key.curve, ec.SECP521R1) else None
    try:
        ext = oem_provisioning_certificate.extensions.get_extension_for_oid(ALT_PUBLIC_KEY_OID)
    except _EXTENSION_ERRORS:
        return None
    if not isinstance(ext.value, x509.UnrecognizedExtension):
        return None
    try:
        alt = serialization.load_der_public_key(ext.value.value)
    except (ValueError, UnsupportedAlgorithm):
        return None
    return alt if isinstance(alt, x448.X448PublicKey) else None

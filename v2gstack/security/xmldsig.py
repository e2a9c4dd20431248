"""XML signatures over EXI fragments, as ISO 15118-20 signs Plug & Charge messages.

Detached signatures [V2G20-117] whose signed data is EXI [V2G20-119]: each referenced element is
digested as a schema-informed EXI fragment of its own schema set, and ``SignedInfo`` is signed as a
fragment of the xmldsig schema alone [V2G20-764] [V2G20-1449]. Canonicalization and the single
transform are ``canonical-exi`` [V2G20-765] [V2G20-766] [V2G20-767]; algorithm URIs follow
[V2G20-2473] .. [V2G20-2476]; ECDSA values are r || s at full length [V2G20-1000].
See docs/security.md, "XML signatures (Plug & Charge)".
"""

from __future__ import annotations

import enum
import hashlib
import hmac
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InternalError, InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from v2gstack import exi
from v2gstack.exi.generated import xmldsig
from v2gstack.exi.namespaces import XMLDSIG
from v2gstack.exi.values import WithUndeclared, XsiType
from v2gstack.security.errors import SignatureFailure, XmlSignatureError
from v2gstack.security.pki.issue import PrivateKey, PublicKey

__all__ = [
    "ALL_ALGORITHMS",
    "CANONICAL_EXI",
    "DIGEST_SHA256",
    "DIGEST_SHA512",
    "DIGEST_SHAKE256",
    "ISO20_ALGORITHMS",
    "SignatureAlgorithm",
    "SignatureFailure",
    "SignedPart",
    "XmlSignatureError",
    "algorithm_for",
    "digest",
    "sign",
    "signed_info_fragment",
    "verify",
]

#: CanonicalizationMethod and the one Transform of every Reference [V2G20-765] [V2G20-766].
CANONICAL_EXI = "http://www.w3.org/TR/canonical-exi/"
#: DigestMethod URIs: SHA-256 (RFC 6931, ISO 15118-2 and the P-256 peers), SHA-512 [V2G20-2475],
#: SHAKE256 [V2G20-2476] (64 bytes of output: our choice, -20 names no length).
DIGEST_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
DIGEST_SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"
DIGEST_SHAKE256 = "urn:iso:std:iso:15118:-20:Security:xmlenc#SHAKE256"
SHAKE256_LENGTH = 64

_SIGNED_INFO = f"{{{XMLDSIG}}}SignedInfo"
_DIGEST_LENGTHS = {DIGEST_SHA256: 32, DIGEST_SHA512: 64, DIGEST_SHAKE256: SHAKE256_LENGTH}
# Encoding a peer's (or a caller's) object can fail in the codec or on values of the wrong type.
_ENCODE_ERRORS = (
    exi.ExiError,
    TypeError,
    ValueError,
    AttributeError,
    LookupError,
    ArithmeticError,
    RecursionError,
)


class SignatureAlgorithm(enum.Enum):
    """A SignatureMethod; the value is its Algorithm URI."""

    ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"  # P-256 (-2 style peers)
    ECDSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512"  # secp521r1 [V2G20-2473]
    ED448 = "urn:iso:std:iso:15118:-20:Security:xmldsig#Ed448"  # [V2G20-2474]

    @property
    def digest_method(self) -> str:
        """The DigestMethod URI that goes with this SignatureMethod."""
        return _DIGEST_OF[self]

    @property
    def value_length(self) -> int:
        """Length in bytes of a SignatureValue: r || s at the curve's size, or an Ed448 signature."""
        return _VALUE_LENGTH[self]


#: The SignatureMethods ISO 15118-20 itself specifies ([V2G20-2473] [V2G20-2474]): what ``verify``
#: accepts unless told otherwise.
ISO20_ALGORITHMS: frozenset[SignatureAlgorithm] = frozenset(
    {SignatureAlgorithm.ECDSA_SHA512, SignatureAlgorithm.ED448}
)
#: Also ECDSA-SHA256 on P-256, which -2 style peers (Josev) send in -20 sessions: pass as ``allowed=``
#: where such peers must be accepted.
ALL_ALGORITHMS: frozenset[SignatureAlgorithm] = frozenset(SignatureAlgorithm)
_DIGEST_OF = {
    SignatureAlgorithm.ECDSA_SHA256: DIGEST_SHA256,
    SignatureAlgorithm.ECDSA_SHA512: DIGEST_SHA512,
    SignatureAlgorithm.ED448: DIGEST_SHAKE256,
}
_VALUE_LENGTH = {
    SignatureAlgorithm.ECDSA_SHA256: 64,
    SignatureAlgorithm.ECDSA_SHA512: 132,
    SignatureAlgorithm.ED448: 114,
}
_CURVE_OF = {SignatureAlgorithm.ECDSA_SHA256: "secp256r1", SignatureAlgorithm.ECDSA_SHA512: "secp521r1"}
_HASH_OF: dict[SignatureAlgorithm, type[hashes.SHA256] | type[hashes.SHA512]] = {
    SignatureAlgorithm.ECDSA_SHA256: hashes.SHA256,
    SignatureAlgorithm.ECDSA_SHA512: hashes.SHA512,
}
#: Group orders n (SEC 2): r and s of an ECDSA signature must lie in [1, n - 1] (FIPS 186-5 6.4.2).
_ORDER_OF = {
    SignatureAlgorithm.ECDSA_SHA256: int(
        "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16
    ),
    SignatureAlgorithm.ECDSA_SHA512: int(
        "01FF" + "FFFFFFFF" * 7 + "FFFFFFFA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409",
        16,
    ),
}
#: How much of a peer's string an error message quotes (messages end up in logs).
_QUOTE = 80


@dataclass(frozen=True, slots=True)
class SignedPart:
    """An element covered by a signature: a message object with an ``id`` and its element name.

    ``grammar`` picks another schema set for the fragment (``"iso2"`` for ISO 15118-2).
    """

    obj: Any
    element: str
    grammar: str | None = None


def _fail(reason: SignatureFailure, detail: str) -> XmlSignatureError:
    return XmlSignatureError(reason, detail)


def _show(value: object) -> str:
    """``repr`` of a peer's value for an error message, cut to a bounded length."""
    text = repr(value)
    return text if len(text) <= _QUOTE else f"{text[:_QUOTE]}...({len(text)} chars)"


def algorithm_for(key: PrivateKey | PublicKey) -> SignatureAlgorithm:
    """The SignatureMethod a key signs with: P-521 ECDSA-SHA512, P-256 ECDSA-SHA256, Ed448."""
    if isinstance(key, ed448.Ed448PrivateKey | ed448.Ed448PublicKey):
        return SignatureAlgorithm.ED448
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
        for algorithm, curve in _CURVE_OF.items():
            if key.curve.name == curve:
                return algorithm
        raise _fail(
            SignatureFailure.UNSUPPORTED_ALGORITHM, f"no XML signature method for curve {key.curve.name}"
        )
    raise _fail(SignatureFailure.UNSUPPORTED_ALGORITHM, f"no XML signature method for a {type(key).__name__}")


def _fragment(obj: Any, element: str, grammar: str | None = None) -> bytes:
    try:
        return exi.encode_fragment(obj, element, grammar)
    except _ENCODE_ERRORS as exc:
        raise _fail(
            SignatureFailure.MALFORMED, f"cannot encode {element} as an EXI fragment: {exc}"
        ) from None


def signed_info_fragment(info: xmldsig.SignedInfo) -> bytes:
    """The bytes a SignatureValue covers: ``SignedInfo`` as a fragment of the xmldsig schema [V2G20-1449]."""
    return _fragment(info, _SIGNED_INFO)


def _hash(method_uri: str, data: bytes) -> bytes:
    if method_uri == DIGEST_SHA256:
        return hashlib.sha256(data).digest()
    if method_uri == DIGEST_SHA512:
        return hashlib.sha512(data).digest()
    if method_uri == DIGEST_SHAKE256:
        return hashlib.shake_256(data).digest(SHAKE256_LENGTH)
    raise _fail(SignatureFailure.UNSUPPORTED_ALGORITHM, f"unknown DigestMethod {_show(method_uri)}")


def digest(part: SignedPart, method_uri: str) -> bytes:
    """DigestValue of a part: the digest of its EXI fragment [V2G20-119] [V2G20-764]."""
    if method_uri not in _DIGEST_LENGTHS:
        raise _fail(SignatureFailure.UNSUPPORTED_ALGORITHM, f"unknown DigestMethod {_show(method_uri)}")
    return _hash(method_uri, _fragment(part.obj, part.element, part.grammar))


def _part_ids(parts: Sequence[SignedPart]) -> dict[str, SignedPart]:
    """Parts by Id; every part needs a distinct, non-empty string Id to be referenced."""
    by_id: dict[str, SignedPart] = {}
    for part in parts:
        obj = part.obj
        while isinstance(obj, XsiType | WithUndeclared):  # a peer's part that deviates from the schema
            obj = obj.value
        ident = getattr(obj, "id", None)
        if not isinstance(ident, str) or not ident:
            raise _fail(
                SignatureFailure.REFERENCE_MISSING, f"signed part {part.element} has no Id to reference"
            )
        if ident in by_id:
            raise _fail(SignatureFailure.MALFORMED, f"two signed parts share the Id {_show(ident)}")
        by_id[ident] = part
    return by_id


def _raw_signature(key: PrivateKey, algorithm: SignatureAlgorithm, data: bytes) -> bytes:
    if isinstance(key, ed448.Ed448PrivateKey):
        return key.sign(data)  # PureEdDSA (RFC 8032 "Ed448", empty context) over the SignedInfo fragment
    der = key.sign(data, ec.ECDSA(_HASH_OF[algorithm]()))
    r, s = decode_dss_signature(der)
    half = algorithm.value_length // 2
    return r.to_bytes(half, "big") + s.to_bytes(half, "big")  # [V2G20-1000], RFC 4050 3.3


def sign(
    parts: Sequence[SignedPart], key: PrivateKey, *, algorithm: SignatureAlgorithm | None = None
) -> xmldsig.Signature:
    """Sign the parts with ``key``: one Reference ``#<id>`` per part, then the SignatureValue.

    ``algorithm`` defaults to the key's (``algorithm_for``); another one is a ``KEY_MISMATCH``.
    """
    expected = algorithm_for(key)
    if algorithm is not None and algorithm is not expected:
        raise _fail(SignatureFailure.KEY_MISMATCH, f"a {expected.name} key cannot sign {algorithm.name}")
    if not parts:
        raise _fail(SignatureFailure.MALFORMED, "a signature needs at least one signed part")
    references = [
        xmldsig.Reference(
            uri=f"#{ident}",
            transforms=xmldsig.Transforms(transform=[xmldsig.Transform(algorithm=CANONICAL_EXI)]),
            digest_method=xmldsig.DigestMethod(algorithm=expected.digest_method),
            digest_value=digest(part, expected.digest_method),
        )
        for ident, part in _part_ids(parts).items()
    ]
    info = xmldsig.SignedInfo(
        canonicalization_method=xmldsig.CanonicalizationMethod(algorithm=CANONICAL_EXI),
        signature_method=xmldsig.SignatureMethod(algorithm=expected.value),
        reference=references,
    )
    value = _raw_signature(key, expected, signed_info_fragment(info))
    return xmldsig.Signature(signed_info=info, signature_value=xmldsig.SignatureValue(value=value))


def verify(
    signature: xmldsig.Signature,
    parts: Sequence[SignedPart],
    key: PublicKey | x509.Certificate,
    *,
    allowed: Collection[SignatureAlgorithm] = ISO20_ALGORITHMS,
) -> None:
    """Check a signature over exactly ``parts`` with ``key``; raise ``XmlSignatureError`` if it fails.

    Order: shape ([V2G20-771]), algorithms, key, Reference/part matching, digests, SignatureValue.
    ``allowed`` defaults to the -20 methods; pass :data:`ALL_ALGORITHMS` to accept P-256 peers.
    """
    info, value = _shape(signature)
    algorithm = _signature_method(info, allowed)
    public = _public_key(key, algorithm)
    for reference, part in _match(info.reference, parts):
        _check_reference(reference, part, algorithm)
    _check_value(public, algorithm, signed_info_fragment(info), value)


def _empty(items: object) -> bool:
    return isinstance(items, list) and not items


def _shape(signature: object) -> tuple[xmldsig.SignedInfo, bytes]:
    """The SignedInfo and SignatureValue bytes, or MALFORMED; [V2G20-771] elements are refused."""

    def bad(what: str) -> XmlSignatureError:
        return _fail(SignatureFailure.MALFORMED, what)

    if not isinstance(signature, xmldsig.Signature):
        raise bad(f"not a Signature: {type(signature).__name__}")
    if signature.key_info is not None or not _empty(signature.object):
        raise bad("KeyInfo and Object are not used in V2G signatures [V2G20-771]")
    info = signature.signed_info
    if not isinstance(info, xmldsig.SignedInfo) or info.id is not None:
        raise bad("SignedInfo missing, of another type, or with an Id [V2G20-771]")
    method = info.canonicalization_method
    if not isinstance(method, xmldsig.CanonicalizationMethod) or not _empty(method.any):
        raise bad("CanonicalizationMethod missing or with content [V2G20-771]")
    if not isinstance(method.algorithm, str):
        raise bad("CanonicalizationMethod without an Algorithm")
    sig_method = info.signature_method
    if not isinstance(sig_method, xmldsig.SignatureMethod) or not isinstance(sig_method.algorithm, str):
        raise bad("SignatureMethod missing or without an Algorithm")
    if sig_method.hmac_output_length is not None or not _empty(sig_method.any):
        raise bad("SignatureMethod with HMACOutputLength or content [V2G20-771]")
    if not isinstance(info.reference, list) or not info.reference:
        raise bad("SignedInfo without a Reference")
    for reference in info.reference:
        _reference_shape(reference)
    holder = signature.signature_value
    if not isinstance(holder, xmldsig.SignatureValue) or holder.id is not None:
        raise bad("SignatureValue missing, of another type, or with an Id [V2G20-771]")
    if not isinstance(holder.value, bytes):
        raise bad(f"SignatureValue is not binary: {type(holder.value).__name__}")
    return info, holder.value


def _reference_shape(reference: object) -> None:
    """One Reference: a URI, no Type, one Transform without content, a DigestMethod and bytes."""
    if not isinstance(reference, xmldsig.Reference) or reference.type is not None:
        raise _fail(SignatureFailure.MALFORMED, "Reference of another type or with a Type [V2G20-771]")
    if not isinstance(reference.uri, str):
        raise _fail(SignatureFailure.MALFORMED, "Reference without a URI")
    where = f"Reference {_show(reference.uri)}"
    transforms = reference.transforms
    if not isinstance(transforms, xmldsig.Transforms) or not isinstance(transforms.transform, list):
        raise _fail(SignatureFailure.MALFORMED, f"{where} has no Transforms")
    if len(transforms.transform) != 1:
        raise _fail(SignatureFailure.MALFORMED, f"{where} needs one Transform [V2G20-767]")
    (transform,) = transforms.transform
    if not isinstance(transform, xmldsig.Transform) or not isinstance(transform.algorithm, str):
        raise _fail(SignatureFailure.MALFORMED, f"{where}: Transform without an Algorithm")
    if not _empty(transform.any) or not _empty(transform.x_path):
        raise _fail(SignatureFailure.MALFORMED, f"{where}: Transform content [V2G20-771]")
    method = reference.digest_method
    if not isinstance(method, xmldsig.DigestMethod) or not isinstance(method.algorithm, str):
        raise _fail(SignatureFailure.MALFORMED, f"{where} has no DigestMethod")
    if not _empty(method.any):
        raise _fail(SignatureFailure.MALFORMED, f"{where}: DigestMethod content [V2G20-771]")
    if not isinstance(reference.digest_value, bytes):
        raise _fail(SignatureFailure.MALFORMED, f"{where}: DigestValue is not binary")


def _signature_method(
    info: xmldsig.SignedInfo, allowed: Collection[SignatureAlgorithm]
) -> SignatureAlgorithm:
    if info.canonicalization_method.algorithm != CANONICAL_EXI:
        raise _fail(
            SignatureFailure.UNSUPPORTED_ALGORITHM,
            f"CanonicalizationMethod {_show(info.canonicalization_method.algorithm)} is not {CANONICAL_EXI} "
            "[V2G20-765]",
        )
    uri = info.signature_method.algorithm
    algorithm = next((a for a in SignatureAlgorithm if a.value == uri), None)
    if algorithm is None:
        raise _fail(SignatureFailure.UNSUPPORTED_ALGORITHM, f"unknown SignatureMethod {_show(uri)}")
    if algorithm not in allowed:
        raise _fail(
            SignatureFailure.UNSUPPORTED_ALGORITHM, f"SignatureMethod {algorithm.name} is not allowed here"
        )
    return algorithm


def _public_key(key: object, algorithm: SignatureAlgorithm) -> PublicKey:
    """The verifying key, which must be of the SignatureMethod's type [V2G20-2473] [V2G20-2474]."""
    if isinstance(key, x509.Certificate):
        try:
            key = key.public_key()
        except (ValueError, UnsupportedAlgorithm, InternalError) as exc:
            raise _fail(SignatureFailure.KEY_MISMATCH, f"the certificate's key is unusable: {exc}") from None
    if algorithm is SignatureAlgorithm.ED448:
        if isinstance(key, ed448.Ed448PublicKey):
            return key
    elif isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == _CURVE_OF[algorithm]:
        return key
    kind = key.curve.name if isinstance(key, ec.EllipticCurvePublicKey) else type(key).__name__
    raise _fail(SignatureFailure.KEY_MISMATCH, f"a {kind} key cannot verify {algorithm.name}")


def _match(
    references: list[xmldsig.Reference], parts: Sequence[SignedPart]
) -> list[tuple[xmldsig.Reference, SignedPart]]:
    """Pair every Reference with exactly one part and every part with exactly one Reference."""
    by_id = _part_ids(parts)
    pairs: list[tuple[xmldsig.Reference, SignedPart]] = []
    seen: set[str] = set()
    for reference in references:
        uri = reference.uri
        assert isinstance(uri, str)  # checked by _reference_shape
        ident = uri[1:] if uri.startswith("#") else None
        if ident is None or ident not in by_id:
            raise _fail(SignatureFailure.REFERENCE_UNEXPECTED, f"Reference {_show(uri)} names no signed part")
        if ident in seen:
            raise _fail(SignatureFailure.REFERENCE_UNEXPECTED, f"Reference {_show(uri)} appears twice")
        seen.add(ident)
        pairs.append((reference, by_id[ident]))
    missing = [ident for ident in by_id if ident not in seen]
    if missing:
        raise _fail(SignatureFailure.REFERENCE_MISSING, f"signed part(s) {missing} not referenced")
    return pairs


def _check_reference(reference: xmldsig.Reference, part: SignedPart, algorithm: SignatureAlgorithm) -> None:
    assert reference.transforms is not None  # checked by _reference_shape
    where = f"Reference {_show(reference.uri)}"
    (transform,) = reference.transforms.transform
    if transform.algorithm != CANONICAL_EXI:
        raise _fail(
            SignatureFailure.UNSUPPORTED_ALGORITHM,
            f"{where}: Transform {_show(transform.algorithm)}, not canonical-exi [V2G20-766]",
        )
    method = reference.digest_method.algorithm
    if method != algorithm.digest_method:
        raise _fail(
            SignatureFailure.UNSUPPORTED_ALGORITHM,
            f"{where}: DigestMethod {_show(method)} does not go with {algorithm.name} "
            f"(expected {algorithm.digest_method})",
        )
    value = reference.digest_value
    if len(value) != _DIGEST_LENGTHS[method]:
        raise _fail(
            SignatureFailure.MALFORMED,
            f"{where}: DigestValue of {len(value)} bytes, not {_DIGEST_LENGTHS[method]}",
        )
    if not hmac.compare_digest(value, digest(part, method)):
        raise _fail(SignatureFailure.DIGEST_MISMATCH, f"{where}: digest of {part.element}")


def _check_value(public: PublicKey, algorithm: SignatureAlgorithm, data: bytes, value: bytes) -> None:
    if len(value) != algorithm.value_length:
        raise _fail(
            SignatureFailure.MALFORMED,
            f"SignatureValue of {len(value)} bytes, not {algorithm.value_length} [V2G20-1000]",
        )
    try:
        if isinstance(public, ed448.Ed448PublicKey):
            public.verify(value, data)  # PureEdDSA, empty context; the library checks S < L (RFC 8032 5.2.7)
            return
        half = len(value) // 2
        r, s = int.from_bytes(value[:half], "big"), int.from_bytes(value[half:], "big")
        order = _ORDER_OF[algorithm]
        if not (0 < r < order and 0 < s < order):  # checked here, not left to the backend
            raise _fail(SignatureFailure.SIGNATURE_INVALID, f"{algorithm.name} r or s outside [1, n - 1]")
        public.verify(encode_dss_signature(r, s), data, ec.ECDSA(_HASH_OF[algorithm]()))
    except (InvalidSignature, ValueError):
        raise _fail(SignatureFailure.SIGNATURE_INVALID, f"{algorithm.name} SignatureValue") from None

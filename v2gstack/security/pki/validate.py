"""Certificate chain validation against the ISO 15118-20 certificate profiles.

Independent of OpenSSL's verifier so that every failure maps to one typed, named reason
(:class:`~v2gstack.security.errors.ChainFailure`). Checks, in this order: algorithms (strict
profile: keys on secp521r1 with ECDSA-SHA512 signatures, or Ed448), path building with signature
verification up to a trusted root, validity period, basic constraints, key usage, path length.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from cryptography import x509
from cryptography.exceptions import InternalError, InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import SignatureAlgorithmOID

from v2gstack.security.errors import ChainFailure, ChainValidationError

STRICT_SIGNATURES = frozenset({SignatureAlgorithmOID.ECDSA_WITH_SHA512, SignatureAlgorithmOID.ED448})
# -20 hierarchies have at most two Sub-CAs between a leaf and its root.
MAX_SUB_CAS = 2
_MAX_DEPTH = 8
#: What ``cryptography`` (44) raises while parsing parts of a malformed certificate: loading
#: (``InvalidVersion``), names (``KeyError``, ``TypeError``, ``UnicodeDecodeError``), extensions
#: (``DuplicateExtension``), keys (``UnsupportedAlgorithm``, ``InternalError``); found by mutating
#: certificates (tests/security/test_installation.py, test_validate.py). A peer's certificate must
#: give a typed error instead.
CERTIFICATE_PARSE_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    KeyError,
    UnsupportedAlgorithm,
    InternalError,
    x509.DuplicateExtension,
    x509.InvalidVersion,
)


def _name(cert: x509.Certificate) -> str:
    try:
        return cert.subject.rfc4514_string() or "<empty subject>"
    except CERTIFICATE_PARSE_ERRORS:
        return "<unreadable subject>"


def _fail(reason: ChainFailure, cert: x509.Certificate, detail: str) -> ChainValidationError:
    return ChainValidationError(reason, _name(cert), detail)


def check_algorithm(cert: x509.Certificate) -> None:
    """Strict profile: the key is secp521r1 or Ed448 and the signature ECDSA-SHA512 or Ed448."""
    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        if not isinstance(key.curve, ec.SECP521R1):
            raise _fail(ChainFailure.ALGORITHM, cert, f"EC key on curve {key.curve.name}, need secp521r1")
    elif not isinstance(key, ed448.Ed448PublicKey):
        raise _fail(ChainFailure.ALGORITHM, cert, f"{type(key).__name__} keys are not allowed")
    oid = cert.signature_algorithm_oid
    if oid not in STRICT_SIGNATURES:
        name = getattr(oid, "_name", oid.dotted_string)
        raise _fail(ChainFailure.ALGORITHM, cert, f"signature algorithm {name} is not allowed")


def _verify_signature(cert: x509.Certificate, issuer: x509.Certificate) -> None:
    try:
        cert.verify_directly_issued_by(issuer)
    except InvalidSignature as exc:
        raise _fail(ChainFailure.SIGNATURE, cert, f"signature does not verify with {_name(issuer)}") from exc
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise _fail(ChainFailure.SIGNATURE, cert, f"cannot verify against {_name(issuer)}: {exc}") from exc


def _ski(cert: x509.Certificate) -> bytes | None:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return None


def _aki(cert: x509.Certificate) -> bytes | None:
    try:
        return cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
    except x509.ExtensionNotFound:
        return None


def _issuer_candidates(cert: x509.Certificate, pool: Iterable[x509.Certificate]) -> list[x509.Certificate]:
    """Certificates in ``pool`` whose subject (and key identifier, when both carry one) fit."""
    aki = _aki(cert)
    found = []
    for cand in pool:
        if cand.subject != cert.issuer:
            continue
        ski = _ski(cand)
        if aki is not None and ski is not None and aki != ski:
            continue
        found.append(cand)
    return found


def build_path(
    leaf: x509.Certificate, intermediates: Sequence[x509.Certificate], roots: Sequence[x509.Certificate]
) -> list[x509.Certificate]:
    """Leaf, its intermediates and the trusted root, each signature verified on the way."""
    path = [leaf]
    current = leaf
    for _ in range(_MAX_DEPTH):
        anchors = _issuer_candidates(current, roots)
        if anchors:
            _verify_signature(current, anchors[0])
            path.append(anchors[0])
            return path
        parents = [c for c in _issuer_candidates(current, intermediates) if c not in path]
        if not parents:
            raise _fail(
                ChainFailure.UNKNOWN_ROOT,
                current,
                f"issuer {current.issuer.rfc4514_string()} is neither a trusted root nor an intermediate",
            )
        _verify_signature(current, parents[0])
        path.append(parents[0])
        current = parents[0]
    raise _fail(ChainFailure.PATH_LENGTH, leaf, f"no trusted root within {_MAX_DEPTH} certificates")


def _check_validity(cert: x509.Certificate, now: datetime) -> None:
    if now < cert.not_valid_before_utc:
        raise _fail(ChainFailure.NOT_YET_VALID, cert, f"valid from {cert.not_valid_before_utc.isoformat()}")
    if now > cert.not_valid_after_utc:
        raise _fail(ChainFailure.EXPIRED, cert, f"expired {cert.not_valid_after_utc.isoformat()}")


def _basic_constraints(cert: x509.Certificate) -> x509.BasicConstraints | None:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return None


def _key_usage(cert: x509.Certificate) -> x509.KeyUsage:
    try:
        return cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise _fail(ChainFailure.KEY_USAGE, cert, "keyUsage extension is missing") from exc


def _check_ca(cert: x509.Certificate, sub_cas_below: int) -> None:
    """A CA in the path: cA=TRUE, keyCertSign set, pathLen not exceeded."""
    bc = _basic_constraints(cert)
    if bc is None or not bc.ca:
        raise _fail(ChainFailure.BASIC_CONSTRAINTS, cert, "issues certificates but is not a CA (cA=FALSE)")
    if not _key_usage(cert).key_cert_sign:
        raise _fail(ChainFailure.KEY_USAGE, cert, "CA certificate without keyCertSign")
    if bc.path_length is not None and sub_cas_below > bc.path_length:
        raise _fail(
            ChainFailure.PATH_LENGTH,
            cert,
            f"pathLenConstraint {bc.path_length} but {sub_cas_below} Sub-CA(s) below it",
        )


def _check_leaf(cert: x509.Certificate, required_usage: Iterable[str]) -> None:
    bc = _basic_constraints(cert)
    if bc is not None and bc.ca:
        raise _fail(ChainFailure.BASIC_CONSTRAINTS, cert, "end-entity certificate has cA=TRUE")
    usage = _key_usage(cert)
    if usage.key_cert_sign:
        raise _fail(ChainFailure.KEY_USAGE, cert, "end-entity certificate with keyCertSign")
    missing = [flag for flag in required_usage if not getattr(usage, flag)]
    if missing:
        raise _fail(ChainFailure.KEY_USAGE, cert, f"keyUsage lacks {', '.join(missing)}")


def validate_chain(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    roots: Sequence[x509.Certificate],
    now: datetime | None = None,
    *,
    strict: bool = True,
    required_usage: Iterable[str] = ("digital_signature",),
    max_sub_cas: int = MAX_SUB_CAS,
) -> list[x509.Certificate]:
    """Validate ``leaf`` up to one of ``roots``; returns the path (leaf first, root last).

    Raises :class:`ChainValidationError` whose ``reason`` names the first failed check.
    ``strict=False`` skips only the algorithm restriction (compatibility profile).
    """
    when = now or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    try:
        if strict:
            for cert in (leaf, *intermediates):
                check_algorithm(cert)
        path = build_path(leaf, intermediates, roots)
        if strict:
            check_algorithm(path[-1])
        for cert in path:
            _check_validity(cert, when)
        _check_leaf(leaf, tuple(required_usage))
        for index, ca in enumerate(path[1:], start=1):
            _check_ca(ca, sub_cas_below=index - 1)
        if len(path) - 2 > max_sub_cas:
            detail = f"{len(path) - 2} Sub-CAs, at most {max_sub_cas} allowed"
            raise _fail(ChainFailure.PATH_LENGTH, leaf, detail)
        return path
    except CERTIFICATE_PARSE_ERRORS as exc:  # a certificate that loads but cannot be read through
        raise ChainValidationError(ChainFailure.MALFORMED, _name(leaf),
                                   f"unreadable certificate: {type(exc).__name__}: {exc}") from exc

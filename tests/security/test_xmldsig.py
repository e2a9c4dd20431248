"""XML signatures over EXI fragments (ISO 15118-20 Plug & Charge): the real Josev-signed vector,
sign/verify round trips for P-521, Ed448 and P-256, one tamper case per failure reason, fuzzing, and
the SignedInfo fragment against EXIficient."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import hashlib
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from v2gstack import exi
from v2gstack.exi.generated import iso20_cm, xmldsig
from v2gstack.exi.namespaces import ISO20_CM, XMLDSIG
from v2gstack.exi.testing import instances
from v2gstack.security.errors import SecurityError
from v2gstack.security.pki import Issued, KeyProfile, generate_key
from v2gstack.security.xmldsig import (
    ALL_ALGORITHMS,
    CANONICAL_EXI,
    DIGEST_SHA256,
    DIGEST_SHA512,
    DIGEST_SHAKE256,
    ISO20_ALGORITHMS,
    SignatureAlgorithm,
    SignatureFailure,
    SignedPart,
    XmlSignatureError,
    algorithm_for,
    digest,
    sign,
    signed_info_fragment,
    verify,
)

PNC = "iso20-authorizationreq-josev-d459e1"
ELEMENT = f"{{{ISO20_CM}}}PnC_AReqAuthorizationMode"
SIGNATURE = f"{{{XMLDSIG}}}Signature"
PKI = tuple[Path, dict[str, Issued]]
Path_ = tuple[str | int, ...]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

# Keys are generated once per module: P-521 and Ed448 generation is not free.
KEYS = {profile: generate_key(profile) for profile in KeyProfile}
P521, ED448, P256 = KEYS[KeyProfile.SECP521R1], KEYS[KeyProfile.ED448], KEYS[KeyProfile.SECP256R1]

REF: Path_ = ("signed_info", "reference", 0)
VALUE: Path_ = ("signature_value", "value")
DIGEST_VALUE: Path_ = (*REF, "digest_value")


def _mode(challenge: bytes = bytes(range(16)), ident: str = "id1") -> iso20_cm.PnC_AReqAuthorizationMode:
    sub = iso20_cm.SubCertificates(certificate=[b"\x30\x00"])
    chain = iso20_cm.ContractCertificateChain(certificate=b"\x30\x03\x02\x01\x01", sub_certificates=sub)
    return iso20_cm.PnC_AReqAuthorizationMode(
        id=ident, gen_challenge=challenge, contract_certificate_chain=chain
    )


PARTS = [SignedPart(_mode(), ELEMENT)]


def _fails(reason: SignatureFailure, call: Callable[[], object]) -> XmlSignatureError:
    with pytest.raises(XmlSignatureError) as excinfo:
        call()
    assert excinfo.value.reason is reason, str(excinfo.value)
    assert str(excinfo.value).startswith(reason.value)
    return excinfo.value


def _rejects(
    reason: SignatureFailure,
    signature: Any,
    parts: Sequence[SignedPart],
    key: Any,
    allowed: Collection[SignatureAlgorithm] = ALL_ALGORITHMS,
) -> XmlSignatureError:
    """``verify`` fails for ``reason`` (the arguments are bound now, not in a loop's closure)."""
    return _fails(reason, lambda: verify(signature, parts, key, allowed=allowed))


def _set(obj: Any, path: Path_, value: Any) -> None:
    for step in path[:-1]:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    last = path[-1]
    if isinstance(last, int):
        obj[last] = value
    else:
        setattr(obj, last, value)


def _get(obj: Any, path: Path_) -> Any:
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def _edited(signature: xmldsig.Signature, path: Path_, value: Any) -> xmldsig.Signature:
    """A deep copy of ``signature`` with the field at ``path`` set to ``value``."""
    changed = copy.deepcopy(signature)
    _set(changed, path, value)
    return changed


def _flip(data: bytes, index: int) -> bytes:
    out = bytearray(data)
    out[index] ^= 0xFF
    return bytes(out)


# --- the real vector: a PnC AuthorizationReq signed by Josev (P-256, ECDSA-SHA256) -------------------


@pytest.fixture(scope="module")
def josev(exi_vectors: list[dict[str, Any]]) -> tuple[Any, bytes]:
    """The decoded message and its EXI stream (``exi_vectors`` skips when ../shared is absent)."""
    vector = next(v for v in exi_vectors if v["id"] == PNC)
    data = bytes.fromhex(vector["hex"])
    return exi.decode(data, vector["namespace"]), data


def _josev_parts(message: Any) -> tuple[xmldsig.Signature, list[SignedPart], x509.Certificate]:
    mode = message.pn_c_a_req_authorization_mode
    leaf = x509.load_der_x509_certificate(mode.contract_certificate_chain.certificate)
    return message.header.signature, [SignedPart(mode, ELEMENT)], leaf


def test_josev_vector_verifies(josev: tuple[Any, bytes]) -> None:
    signature, parts, leaf = _josev_parts(josev[0])
    assert signature.signed_info.signature_method.algorithm == SignatureAlgorithm.ECDSA_SHA256.value
    verify(signature, parts, leaf, allowed=ALL_ALGORITHMS)
    public = leaf.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    verify(signature, parts, public, allowed={SignatureAlgorithm.ECDSA_SHA256})
    # P-256 is not an ISO 15118-20 method: refused unless the caller admits it
    _fails(SignatureFailure.UNSUPPORTED_ALGORITHM, lambda: verify(signature, parts, leaf))
    _rejects(SignatureFailure.UNSUPPORTED_ALGORITHM, signature, parts, leaf, allowed=ISO20_ALGORITHMS)
    _rejects(SignatureFailure.KEY_MISMATCH, signature, parts, P521.public_key())
    other = generate_key(KeyProfile.SECP256R1).public_key()
    _rejects(SignatureFailure.SIGNATURE_INVALID, signature, parts, other)


def _byte_fields(mode: Any) -> list[tuple[bytes, Callable[[bytes], Any]]]:
    """Every binary field of a PnC_AReqAuthorizationMode with a function rebuilding it with new bytes."""
    chain = mode.contract_certificate_chain

    def challenge(b: bytes) -> Any:
        return dataclasses.replace(mode, gen_challenge=b)

    def leaf(b: bytes) -> Any:
        return dataclasses.replace(mode, contract_certificate_chain=dataclasses.replace(chain, certificate=b))

    def sub_certificate(n: int) -> Callable[[bytes], Any]:
        def rebuild(b: bytes) -> Any:
            certificates = list(chain.sub_certificates.certificate)
            certificates[n] = b
            subs = iso20_cm.SubCertificates(certificate=certificates)
            return dataclasses.replace(
                mode, contract_certificate_chain=dataclasses.replace(chain, sub_certificates=subs)
            )

        return rebuild

    fields: list[tuple[bytes, Callable[[bytes], Any]]] = [
        (mode.gen_challenge, challenge),
        (chain.certificate, leaf),
    ]
    fields += [(c, sub_certificate(n)) for n, c in enumerate(chain.sub_certificates.certificate)]
    return fields


def test_josev_every_byte_of_the_signed_part(josev: tuple[Any, bytes]) -> None:
    signature, (part,), leaf = _josev_parts(josev[0])
    flipped = 0
    for value, rebuild in _byte_fields(part.obj):
        for index in range(len(value)):
            tampered = SignedPart(rebuild(_flip(value, index)), ELEMENT)
            _rejects(SignatureFailure.DIGEST_MISMATCH, signature, [tampered], leaf)
            flipped += 1
    assert flipped > 1500
    moved = SignedPart(dataclasses.replace(part.obj, id="id2"), ELEMENT)
    _rejects(SignatureFailure.REFERENCE_UNEXPECTED, signature, [moved], leaf)


def test_josev_every_byte_of_signature_and_digest_values(josev: tuple[Any, bytes]) -> None:
    signature, parts, leaf = _josev_parts(josev[0])
    for path, reason in (
        (VALUE, SignatureFailure.SIGNATURE_INVALID),
        (DIGEST_VALUE, SignatureFailure.DIGEST_MISMATCH),
    ):
        value = _get(signature, path)
        for index in range(len(value)):
            _rejects(reason, _edited(signature, path, _flip(value, index)), parts, leaf)


def test_josev_byte_flips_in_the_stream(josev: tuple[Any, bytes]) -> None:
    """Every byte of the whole message flipped: what still decodes verifies only if the signed part
    and the signature decode unchanged (the header's SessionID and TimeStamp are not signed)."""
    message, data = josev
    signature, (part,), leaf = _josev_parts(message)
    outcomes: dict[str, int] = {}
    for index in range(len(data)):
        try:
            tampered = exi.decode(_flip(data, index), ISO20_CM)
        except exi.ExiDecodeError:
            outcomes["undecodable"] = outcomes.get("undecodable", 0) + 1
            continue
        sig = getattr(getattr(tampered, "header", None), "signature", None)
        mode = getattr(tampered, "pn_c_a_req_authorization_mode", None)
        same = sig == signature and mode == part.obj
        try:
            verify(sig, [SignedPart(mode, ELEMENT)], leaf, allowed=ALL_ALGORITHMS)  # type: ignore[arg-type]
        except XmlSignatureError as exc:
            assert not same, f"byte {index}: unchanged content rejected: {exc}"
            outcomes[exc.reason.name] = outcomes.get(exc.reason.name, 0) + 1
            if sig == signature and getattr(mode, "id", None) == part.obj.id:
                assert exc.reason in (SignatureFailure.DIGEST_MISMATCH, SignatureFailure.MALFORMED), index
            elif mode == part.obj and sig is not None and sig.signed_info == signature.signed_info:
                assert exc.reason in (SignatureFailure.SIGNATURE_INVALID, SignatureFailure.MALFORMED), index
        else:
            assert same, f"byte {index}: a changed message verified"
            outcomes["verified"] = outcomes.get("verified", 0) + 1
    assert outcomes.get("DIGEST_MISMATCH", 0) > 1000, outcomes
    assert outcomes.get("SIGNATURE_INVALID", 0) > 30 and outcomes.get("verified", 0) >= 1, outcomes


# --- round trips -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "algorithm", "digest_uri", "length"),
    [
        (P521, SignatureAlgorithm.ECDSA_SHA512, DIGEST_SHA512, 132),
        (ED448, SignatureAlgorithm.ED448, DIGEST_SHAKE256, 114),
        (P256, SignatureAlgorithm.ECDSA_SHA256, DIGEST_SHA256, 64),
    ],
    ids=["P-521", "Ed448", "P-256"],
)
def test_round_trip(key: Any, algorithm: SignatureAlgorithm, digest_uri: str, length: int) -> None:
    assert algorithm_for(key) is algorithm
    assert algorithm_for(key.public_key()) is algorithm
    assert algorithm.digest_method == digest_uri
    assert algorithm.value_length == length
    signature = sign(PARTS, key)
    info = signature.signed_info
    assert info.canonicalization_method.algorithm == CANONICAL_EXI
    assert info.signature_method.algorithm == algorithm.value
    (reference,) = info.reference
    assert reference.uri == "#id1"
    assert reference.transforms == xmldsig.Transforms(transform=[xmldsig.Transform(algorithm=CANONICAL_EXI)])
    assert reference.digest_method.algorithm == digest_uri
    assert reference.digest_value == digest(PARTS[0], digest_uri)
    assert len(reference.digest_value) == (32 if digest_uri == DIGEST_SHA256 else 64)
    assert len(signature.signature_value.value) == length
    assert signature.key_info is None and signature.object == [] and info.id is None
    verify(signature, PARTS, key.public_key(), allowed=ALL_ALGORITHMS)
    verify(sign(PARTS, key, algorithm=algorithm), PARTS, key.public_key(), allowed=[algorithm])
    # The signature survives the EXI round trip of the xmldsig schema, as it travels in a header.
    decoded = exi.decode_fragment(exi.encode_fragment(signature, SIGNATURE), XMLDSIG)
    verify(decoded, PARTS, key.public_key(), allowed=ALL_ALGORITHMS)
    if algorithm in ISO20_ALGORITHMS:
        verify(decoded, PARTS, key.public_key())  # the default admits exactly the -20 methods


def test_round_trip_with_the_test_pkis(pki_521: PKI, pki_448: PKI, pki_256: PKI) -> None:
    for _, issued in (pki_521, pki_448, pki_256):
        contract = issued["contract"]
        verify(sign(PARTS, contract.key), PARTS, contract.certificate, allowed=ALL_ALGORITHMS)


def test_several_parts_in_any_order() -> None:
    parts = [SignedPart(_mode(ident="a"), ELEMENT), SignedPart(_mode(bytes(16), ident="b"), ELEMENT)]
    signature = sign(parts, P521)
    assert [r.uri for r in signature.signed_info.reference] == ["#a", "#b"]
    verify(signature, parts[::-1], P521.public_key())
    _rejects(SignatureFailure.REFERENCE_MISSING, sign(parts[:1], P521), parts, P521.public_key())
    _rejects(SignatureFailure.REFERENCE_UNEXPECTED, signature, parts[:1], P521.public_key())


def test_digests_are_of_the_exi_fragment() -> None:
    fragment = exi.encode_fragment(PARTS[0].obj, ELEMENT)
    assert digest(PARTS[0], DIGEST_SHA256) == hashlib.sha256(fragment).digest()
    assert digest(PARTS[0], DIGEST_SHA512) == hashlib.sha512(fragment).digest()
    assert digest(PARTS[0], DIGEST_SHAKE256) == hashlib.shake_256(fragment).digest(64)


# --- one tamper case (at least) per failure reason ----------------------------------------------------


def test_unsupported_algorithm() -> None:
    signature = sign(PARTS, P521)
    public = P521.public_key()
    edits: list[tuple[Path_, str]] = [
        (("signed_info", "signature_method", "algorithm"), "http://www.w3.org/2000/09/xmldsig#rsa-sha1"),
        # RFC 9231's Ed448 URI is not the one ISO 15118-20 uses [V2G20-2474].
        (
            ("signed_info", "signature_method", "algorithm"),
            "http://www.w3.org/2021/04/xmldsig-more#eddsa-ed448",
        ),
        (("signed_info", "canonicalization_method", "algorithm"), "http://www.w3.org/2001/10/xml-exc-c14n#"),
        ((*REF, "transforms", "transform", 0, "algorithm"), "urn:x"),
        ((*REF, "digest_method", "algorithm"), DIGEST_SHA256),  # not the digest of ECDSA-SHA512
        ((*REF, "digest_method", "algorithm"), DIGEST_SHAKE256),
        ((*REF, "digest_method", "algorithm"), "http://www.w3.org/2000/09/xmldsig#sha1"),
    ]
    for path, uri in edits:
        _rejects(SignatureFailure.UNSUPPORTED_ALGORITHM, _edited(signature, path, uri), PARTS, public)
    _rejects(
        SignatureFailure.UNSUPPORTED_ALGORITHM, signature, PARTS, public, allowed=[SignatureAlgorithm.ED448]
    )
    _fails(
        SignatureFailure.UNSUPPORTED_ALGORITHM, lambda: algorithm_for(ec.generate_private_key(ec.SECP384R1()))
    )
    ed25519_key: Any = ed25519.Ed25519PrivateKey.generate()
    _fails(SignatureFailure.UNSUPPORTED_ALGORITHM, lambda: algorithm_for(ed25519_key))
    _fails(SignatureFailure.UNSUPPORTED_ALGORITHM, lambda: digest(PARTS[0], "urn:unknown"))


def test_key_mismatch(pki_448: PKI) -> None:
    signature = sign(PARTS, P521)
    ed25519_key: Any = ed25519.Ed25519PrivateKey.generate().public_key()
    p384 = ec.generate_private_key(ec.SECP384R1()).public_key()
    for key in (ED448.public_key(), P256.public_key(), p384, ed25519_key, pki_448[1]["contract"].certificate):
        _rejects(SignatureFailure.KEY_MISMATCH, signature, PARTS, key)
    _rejects(SignatureFailure.KEY_MISMATCH, sign(PARTS, ED448), PARTS, P521.public_key())
    _fails(
        SignatureFailure.KEY_MISMATCH, lambda: sign(PARTS, P521, algorithm=SignatureAlgorithm.ECDSA_SHA256)
    )
    _fails(SignatureFailure.KEY_MISMATCH, lambda: sign(PARTS, P256, algorithm=SignatureAlgorithm.ED448))


def test_reference_missing() -> None:
    signature = sign(PARTS, P521)
    public = P521.public_key()
    _rejects(
        SignatureFailure.REFERENCE_MISSING,
        signature,
        [*PARTS, SignedPart(_mode(ident="id2"), ELEMENT)],
        public,
    )
    no_id = SignedPart(dataclasses.replace(_mode(), id=""), ELEMENT)
    _fails(SignatureFailure.REFERENCE_MISSING, lambda: sign([no_id], P521))
    _rejects(SignatureFailure.REFERENCE_MISSING, signature, [*PARTS, no_id], public)


def test_reference_unexpected() -> None:
    signature = sign(PARTS, P521)
    public = P521.public_key()
    for uri in ("#id2", "id1", "", "#", "http://example.com/#id1", "#id1 "):
        _rejects(SignatureFailure.REFERENCE_UNEXPECTED, _edited(signature, (*REF, "uri"), uri), PARTS, public)
    twice = [*signature.signed_info.reference, *signature.signed_info.reference]
    _rejects(
        SignatureFailure.REFERENCE_UNEXPECTED,
        _edited(signature, ("signed_info", "reference"), twice),
        PARTS,
        public,
    )
    _rejects(SignatureFailure.REFERENCE_UNEXPECTED, signature, [], public)


@pytest.mark.parametrize("key", [P521, ED448, P256], ids=["P-521", "Ed448", "P-256"])
def test_digest_and_signature_mismatch(key: Any) -> None:
    signature = sign(PARTS, key)
    public = key.public_key()
    other = [SignedPart(_mode(challenge=bytes(16)), ELEMENT)]
    _rejects(SignatureFailure.DIGEST_MISMATCH, signature, other, public)
    value = signature.signature_value.value
    for index in (0, len(value) // 2, len(value) - 1):
        _rejects(
            SignatureFailure.SIGNATURE_INVALID, _edited(signature, VALUE, _flip(value, index)), PARTS, public
        )
    # SignedInfo covers every Reference: a valid Reference for another part is caught by the signature.
    swapped = _edited(signature, ("signed_info", "reference"), sign(other, key).signed_info.reference)
    _rejects(SignatureFailure.SIGNATURE_INVALID, swapped, other, public)
    for raw in (bytes(len(value)), b"\xff" * len(value)):  # r = s = 0, and r, s beyond the group order
        _rejects(SignatureFailure.SIGNATURE_INVALID, _edited(signature, VALUE, raw), PARTS, public)


#: Group orders (SEC 2), checked below against the curves themselves rather than taken on trust.
ORDERS = {
    "secp256r1": int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16),
    "secp521r1": int(
        "01FF" + "FFFFFFFF" * 7 + "FFFFFFFA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409",
        16,
    ),
}
PRIMES = {"secp256r1": 2**224 * (2**32 - 1) + 2**192 + 2**96 - 1, "secp521r1": 2**521 - 1}


@pytest.mark.parametrize("key", [P521, P256], ids=["P-521", "P-256"])
def test_ecdsa_r_and_s_must_lie_in_1_to_n_minus_1(key: Any) -> None:
    """r = 0, s = 0, r = n, s = n and beyond are refused; (r, n - s) is the other valid signature."""
    curve = key.curve
    n, p = ORDERS[curve.name], PRIMES[curve.name]
    g = ec.derive_private_key(1, curve).public_key().public_numbers()
    minus_g = ec.derive_private_key(n - 1, curve).public_key().public_numbers()
    assert (minus_g.x, minus_g.y) == (g.x, p - g.y)  # (n - 1) G = -G: n is the order
    signature = sign(PARTS, key)
    public = key.public_key()
    value = signature.signature_value.value
    half = len(value) // 2
    r, s = int.from_bytes(value[:half], "big"), int.from_bytes(value[half:], "big")

    def raw(r_: int, s_: int) -> bytes:
        return r_.to_bytes(half, "big") + s_.to_bytes(half, "big")

    bad = [(0, s), (r, 0), (n, s), (r, n)]
    if n + max(r, s) < 256**half:  # P-521: 66 bytes hold values beyond n
        bad += [(r + n, s), (r, s + n)]
    for r_, s_ in bad:
        _rejects(SignatureFailure.SIGNATURE_INVALID, _edited(signature, VALUE, raw(r_, s_)), PARTS, public)
    # ECDSA is malleable: (r, n - s) verifies too. Nothing here uses a SignatureValue as an identifier
    # (replays are bound by GenChallenge [V2G20-2565]), and peers do not normalize s, so it is accepted.
    verify(_edited(signature, VALUE, raw(r, n - s)), PARTS, public, allowed=ALL_ALGORITHMS)


def test_error_messages_quote_peer_strings_briefly() -> None:
    """A peer's 100 000-character URI does not end up whole in the exception (and the log)."""
    signature = sign(PARTS, P521)
    cases = [
        ((*REF, "uri"), SignatureFailure.REFERENCE_UNEXPECTED),
        (("signed_info", "signature_method", "algorithm"), SignatureFailure.UNSUPPORTED_ALGORITHM),
    ]
    for path, reason in cases:
        error = _rejects(reason, _edited(signature, path, "#" + "x" * 100_000), PARTS, P521.public_key())
        assert len(str(error)) < 300 and "(100003 chars)" in str(error)


def test_malformed() -> None:
    signature = sign(PARTS, P521)
    public = P521.public_key()
    value = signature.signature_value.value
    transforms = (*REF, "transforms", "transform")
    edits: list[tuple[Path_, Any]] = [
        (VALUE, value[:-1]),  # [V2G20-1000]: r and s at full length
        (VALUE, value + b"\0"),
        (VALUE, b"\x30\x06\x02\x01\x01\x02\x01\x01"),  # DER, not r || s
        (VALUE, "not base64 !"),
        (("signature_value", "id"), "sv"),  # [V2G20-771] lists the optional parts that are not used
        (DIGEST_VALUE, bytes(32)),
        (DIGEST_VALUE, "AAAA"),
        (("key_info",), xmldsig.KeyInfo(key_name=["k"])),
        (("object",), [xmldsig.Object()]),
        (("signed_info", "id"), "si"),
        (("signed_info", "signature_method", "hmac_output_length"), 128),
        (("signed_info", "signature_method", "algorithm"), 7),
        ((*REF, "type"), "urn:t"),
        ((*REF, "uri"), None),
        ((*REF, "transforms"), None),
        (transforms, [xmldsig.Transform(algorithm=CANONICAL_EXI)] * 2),  # [V2G20-767]
        (transforms, []),
        ((*transforms, 0, "x_path"), ["/"]),
        (("signed_info", "reference"), []),
        (("signed_info", "reference"), [signature.signed_info]),
        (("signed_info",), None),
        (("signature_value",), None),
    ]
    for path, new in edits:
        error = _rejects(SignatureFailure.MALFORMED, _edited(signature, path, new), PARTS, public)
        assert error.detail, path
    _rejects(SignatureFailure.MALFORMED, "<Signature/>", PARTS, public)
    _rejects(SignatureFailure.MALFORMED, signature.signed_info, PARTS, public)
    unencodable = SignedPart(xmldsig.SignatureValue(id="id1", value=b""), ELEMENT)  # the wrong class
    _fails(SignatureFailure.MALFORMED, lambda: sign([unencodable], P521))
    _rejects(SignatureFailure.MALFORMED, signature, [unencodable], public)
    _fails(SignatureFailure.MALFORMED, lambda: sign([], P521))
    _fails(SignatureFailure.MALFORMED, lambda: sign([*PARTS, *PARTS], P521))


def test_parts_that_deviate_from_the_schema() -> None:
    """A peer's signed part with undeclared content (EXI second level) is digested as it was sent."""
    from v2gstack.exi.values import UndeclaredItem, WithUndeclared

    wrapped = WithUndeclared(_mode(), (UndeclaredItem(at=1, kind="text", value="x"),))
    parts = [SignedPart(wrapped, ELEMENT)]
    signature = sign(parts, P521)
    verify(signature, parts, P521.public_key())
    _rejects(SignatureFailure.DIGEST_MISMATCH, signature, PARTS, P521.public_key())


def test_error_type() -> None:
    error = _rejects(SignatureFailure.KEY_MISMATCH, sign(PARTS, P521), PARTS, P256.public_key())
    assert isinstance(error, SecurityError)
    assert "ECDSA_SHA512" in str(error) and error.detail in str(error)


# --- fuzzing: for any input a peer can send, verify raises XmlSignatureError or accepts ------------------

_URIS = st.sampled_from(
    [a.value for a in SignatureAlgorithm]
    + [CANONICAL_EXI, DIGEST_SHA256, DIGEST_SHA512, DIGEST_SHAKE256, "#id1", "#", "", "id1"]
)
_VALUES = st.one_of(
    st.none(),
    _URIS,
    st.text(max_size=8),
    st.binary(max_size=140),
    st.integers(-(2**70), 2**70),
    st.just([]),
    st.lists(st.none(), min_size=1, max_size=2),
    instances(xmldsig.Reference),
    instances(xmldsig.Transforms),
    instances(xmldsig.KeyInfo),
)
#: Values of the right type for a field, so that edits also reach the checks behind the shape checks.
_PLAUSIBLE: dict[str | int, st.SearchStrategy[Any]] = {
    "algorithm": st.one_of(_URIS, st.text(max_size=8)),
    "uri": st.sampled_from(["#id1", "#id2", "#", "", "id1"]),
    "id": st.one_of(st.none(), st.sampled_from(["id1", "x"])),
    "digest_value": st.one_of(st.binary(min_size=32, max_size=32), st.binary(min_size=64, max_size=64)),
    "value": st.sampled_from([64, 114, 132]).flatmap(lambda n: st.binary(min_size=n, max_size=n)),
    "reference": st.lists(instances(xmldsig.Reference), max_size=2),
    "transform": st.lists(instances(xmldsig.Transform), max_size=2),
    "hmac_output_length": st.one_of(st.none(), st.integers(0, 512)),
}
_PATHS: list[Path_] = [
    ("signed_info",),
    ("signature_value",),
    ("key_info",),
    ("object",),
    ("id",),
    ("signed_info", "id"),
    ("signed_info", "canonicalization_method"),
    ("signed_info", "canonicalization_method", "algorithm"),
    ("signed_info", "canonicalization_method", "any"),
    ("signed_info", "signature_method", "algorithm"),
    ("signed_info", "signature_method", "hmac_output_length"),
    ("signed_info", "reference"),
    REF,
    (*REF, "uri"),
    (*REF, "id"),
    (*REF, "type"),
    (*REF, "transforms"),
    (*REF, "transforms", "transform"),
    (*REF, "transforms", "transform", 0, "algorithm"),
    (*REF, "transforms", "transform", 0, "x_path"),
    (*REF, "digest_method", "algorithm"),
    DIGEST_VALUE,
    VALUE,
    ("signature_value", "id"),
]
_SIGNED = {algorithm_for(key): (key, sign(PARTS, key)) for key in (P521, ED448, P256)}


def _verify_or_reject(signature: Any, original: xmldsig.Signature, key: Any) -> None:
    """Only XmlSignatureError may escape, and only the original SignedInfo and value may verify."""
    try:
        verify(signature, PARTS, key.public_key(), allowed=ALL_ALGORITHMS)
    except XmlSignatureError:
        return
    assert isinstance(signature, xmldsig.Signature)
    assert signature.signed_info == original.signed_info
    assert signature.signature_value.value == original.signature_value.value


@FUZZ
@given(st.sampled_from(sorted(_SIGNED, key=lambda a: a.name)), st.data())
def test_fuzz_edited_signatures(algorithm: SignatureAlgorithm, data: st.DataObject) -> None:
    key, original = _SIGNED[algorithm]
    signature = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_PATHS))
        new = data.draw(st.one_of(_PLAUSIBLE.get(path[-1], _VALUES), _VALUES))
        with contextlib.suppress(AttributeError, IndexError, TypeError, KeyError):
            _set(signature, path, new)  # fails only where an earlier edit removed the path
    _verify_or_reject(signature, original, key)


@settings(FUZZ, max_examples=60)
@given(instances(xmldsig.Signature))
def test_fuzz_schema_valid_signatures(signature: xmldsig.Signature) -> None:
    with pytest.raises(XmlSignatureError):
        verify(signature, PARTS, P521.public_key())


@FUZZ
@given(st.sampled_from(sorted(_SIGNED, key=lambda a: a.name)), st.data())
def test_fuzz_signature_bytes(algorithm: SignatureAlgorithm, data: st.DataObject) -> None:
    """Bit flips and truncations of the Signature's EXI fragment, decoded as a peer's would be."""
    key, original = _SIGNED[algorithm]
    stream = bytearray(exi.encode_fragment(original, SIGNATURE))
    for _ in range(data.draw(st.integers(1, 4))):
        bit = data.draw(st.integers(8, len(stream) * 8 - 1))
        stream[bit // 8] ^= 0x80 >> (bit % 8)
    cut = data.draw(st.integers(1, len(stream)))
    try:
        decoded = exi.decode_fragment(bytes(stream[:cut]), XMLDSIG)
    except exi.ExiDecodeError:
        return
    _verify_or_reject(decoded, original, key)


@FUZZ
@given(st.binary(min_size=1, max_size=300))
def test_fuzz_random_bytes(data: bytes) -> None:
    try:
        decoded = exi.decode_fragment(b"\x80" + data, XMLDSIG)
    except exi.ExiDecodeError:
        return
    with pytest.raises(XmlSignatureError):
        verify(decoded, PARTS, P521.public_key())


# --- the SignedInfo fragment against EXIficient ------------------------------------------------------------


@pytest.mark.exificient
def test_signed_info_fragment_matches_exificient() -> None:
    """Our SignedInfo fragments (the bytes the SignatureValue covers) are EXIficient's, byte for byte.

    (The Josev vector's own SignedInfo is covered by its signature verifying, see above.)
    """
    from tests.exi.oracle import require_exificient

    backend = require_exificient()
    two = [*PARTS, SignedPart(_mode(ident="id2"), ELEMENT)]
    infos = [s.signed_info for _, s in _SIGNED.values()]
    infos += [sign(two, key).signed_info for key in (P521, ED448)]
    for info in infos:
        xml = exi.to_xml(info, f"{{{XMLDSIG}}}SignedInfo")
        assert backend.encode_xml_fragment(xml, XMLDSIG) == signed_info_fragment(info), xml

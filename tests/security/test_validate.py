"""Chain validation: a valid chain per profile, and one test per rejection reason."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed448

from tests.security.conftest import NOW
from v2gstack.security.errors import ChainFailure, ChainValidationError
from v2gstack.security.pki import (
    Issued,
    KeyProfile,
    generate_key,
    issue_certificate,
    make_name,
    validate_chain,
)
from v2gstack.security.pki.issue import PrivateKey

PKIFixture = tuple[Path, dict[str, Issued]]


def _cas(issued: dict[str, Issued], *names: str) -> list[x509.Certificate]:
    return [issued[n].certificate for n in names]


def _issue(
    issuer: Issued | PrivateKey,
    *,
    cn: str = "test leaf",
    ca: bool = False,
    usage: tuple[str, ...] = ("digital_signature",),
    path_length: int | None = None,
    start: datetime = NOW - timedelta(days=1),
    days: int = 30,
    profile: KeyProfile = KeyProfile.SECP521R1,
) -> tuple[x509.Certificate, PrivateKey]:
    key = generate_key(profile)
    signer = (issuer.certificate, issuer.key) if isinstance(issuer, Issued) else issuer
    cert = issue_certificate(
        make_name(cn, "CPO"),
        key.public_key(),
        signer,
        is_ca=ca,
        usage=usage,
        not_before=start,
        not_after=start + timedelta(days=days),
        path_length=path_length,
    )
    return cert, key


def _reason(exc: pytest.ExceptionInfo[ChainValidationError]) -> ChainFailure:
    return exc.value.reason


@pytest.mark.parametrize("fixture", ["pki_521", "pki_448"])
@pytest.mark.parametrize(
    ("leaf", "subs", "root"),
    [
        ("secc", ("cpo_sub_ca2", "cpo_sub_ca1"), "v2g_root"),
        ("vehicle", ("oem_sub_ca2", "oem_sub_ca1"), "oem_root"),
        ("oem_prov", ("oem_sub_ca2", "oem_sub_ca1"), "oem_root"),
        ("contract", ("mo_sub_ca2", "mo_sub_ca1"), "mo_root"),
        ("cps", ("cps_sub_ca2", "cps_sub_ca1"), "v2g_root"),
    ],
)
def test_valid_chains(
    request: pytest.FixtureRequest, fixture: str, leaf: str, subs: tuple[str, ...], root: str
) -> None:
    issued: dict[str, Issued] = request.getfixturevalue(fixture)[1]
    # Intermediates in any order, plus unrelated roots among the anchors.
    path = validate_chain(
        issued[leaf].certificate, _cas(issued, *reversed(subs)), _cas(issued, "mo_root", root), NOW
    )
    assert path == _cas(issued, leaf, *subs, root)


def test_expired(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    cert, _ = _issue(issued["cpo_sub_ca2"], start=NOW - timedelta(days=60), days=30)
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(cert, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.EXPIRED
    assert "test leaf" in exc.value.subject


def test_expired_intermediate_at_a_later_time(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    later = NOW + timedelta(days=400)  # CPO Sub-CA 2 (1 year) has expired, the SECC leaf (90 d) too
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(
            issued["secc"].certificate,
            _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"),
            _cas(issued, "v2g_root"),
            later,
        )
    assert _reason(exc) is ChainFailure.EXPIRED


def test_not_yet_valid(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    cert, _ = _issue(issued["cpo_sub_ca2"], start=NOW + timedelta(days=2))
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(cert, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.NOT_YET_VALID


def test_path_length_exceeded(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    sub3_cert, sub3_key = _issue(
        issued["cpo_sub_ca2"], cn="Sub-CA 3", ca=True, usage=("key_cert_sign", "crl_sign")
    )
    sub3 = Issued(issued["cpo_sub_ca2"].role, sub3_cert, sub3_key)
    leaf, _ = _issue(sub3)
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(
            leaf, [sub3_cert, *_cas(issued, "cpo_sub_ca2", "cpo_sub_ca1")], _cas(issued, "v2g_root"), NOW
        )
    assert _reason(exc) is ChainFailure.PATH_LENGTH
    assert "Sub-CA 2" in exc.value.subject  # the CA whose pathLen 0 is exceeded


def test_too_many_sub_cas_even_without_path_len(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    root_key = generate_key(KeyProfile.SECP521R1)
    root_cert = issue_certificate(
        make_name("root", "V2G"),
        root_key.public_key(),
        root_key,
        is_ca=True,
        usage=("key_cert_sign",),
        not_before=NOW - timedelta(days=1),
        not_after=NOW + timedelta(days=9),
    )
    parent = Issued(issued["v2g_root"].role, root_cert, root_key)
    chain = []
    for i in range(3):
        cert, key = _issue(parent, cn=f"sub {i}", ca=True, usage=("key_cert_sign",))
        chain.append(cert)
        parent = Issued(issued["v2g_root"].role, cert, key)
    leaf, _ = _issue(parent)
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(leaf, chain, [root_cert], NOW)
    assert _reason(exc) is ChainFailure.PATH_LENGTH
    assert validate_chain(leaf, chain, [root_cert], NOW, max_sub_cas=3)[-1] == root_cert


def test_ca_without_key_cert_sign(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    sub_cert, sub_key = _issue(
        issued["cpo_sub_ca1"], cn="CRL-only CA", ca=True, usage=("crl_sign",), path_length=0
    )
    leaf, _ = _issue(Issued(issued["cpo_sub_ca2"].role, sub_cert, sub_key))
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(leaf, [sub_cert, issued["cpo_sub_ca1"].certificate], _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.KEY_USAGE
    assert "keyCertSign" in str(exc.value)


def test_leaf_with_wrong_usage(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    leaf, _ = _issue(issued["cpo_sub_ca2"], usage=("key_agreement",))
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(leaf, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.KEY_USAGE
    assert "digital_signature" in str(exc.value)


def test_leaf_that_can_sign_certificates(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    leaf, _ = _issue(issued["cpo_sub_ca2"], usage=("digital_signature", "key_cert_sign"))
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(leaf, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.KEY_USAGE


def test_end_entity_used_as_issuer(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    leaf, _ = _issue(issued["secc"])
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(
            leaf,
            _cas(issued, "secc", "cpo_sub_ca2", "cpo_sub_ca1"),
            _cas(issued, "v2g_root"),
            NOW,
            max_sub_cas=3,
        )
    assert _reason(exc) is ChainFailure.BASIC_CONSTRAINTS


def test_bad_signature(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    # Names and key identifiers say "CPO Sub-CA 2", but another key signed it.
    forged, _ = _issue(
        Issued(
            issued["cpo_sub_ca2"].role, issued["cpo_sub_ca2"].certificate, generate_key(KeyProfile.SECP521R1)
        )
    )
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(forged, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.SIGNATURE


def test_unknown_root(pki_521: PKIFixture, pki_other: PKIFixture) -> None:
    issued, other = pki_521[1], pki_other[1]
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(
            other["secc"].certificate,
            _cas(other, "cpo_sub_ca2", "cpo_sub_ca1"),
            _cas(issued, "v2g_root"),
            NOW,
        )
    assert _reason(exc) is ChainFailure.UNKNOWN_ROOT


def test_missing_intermediate_is_unknown_root(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(issued["secc"].certificate, _cas(issued, "cpo_sub_ca2"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.UNKNOWN_ROOT
    assert "Sub-CA 1" in str(exc.value)


def test_p256_rejected_in_strict_accepted_in_compat(pki_256: PKIFixture) -> None:
    issued = pki_256[1]
    args = (
        issued["secc"].certificate,
        _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"),
        _cas(issued, "v2g_root"),
        NOW,
    )
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(*args)
    assert _reason(exc) is ChainFailure.ALGORITHM
    assert "secp256r1" in str(exc.value)
    assert len(validate_chain(*args, strict=False)) == 4


def test_p521_key_with_sha256_signature_rejected(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    sub2 = issued["cpo_sub_ca2"]
    key = generate_key(KeyProfile.SECP521R1)
    from cryptography.hazmat.primitives import hashes

    leaf = (
        x509.CertificateBuilder()
        .subject_name(make_name("sha256 leaf", "CPO"))
        .issuer_name(sub2.certificate.subject)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=1))
        .sign(sub2.key, hashes.SHA256())
    )
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(leaf, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW)
    assert _reason(exc) is ChainFailure.ALGORITHM
    assert "ecdsa-with-SHA256" in str(exc.value)


def test_ed448_leaf_under_p521_cas_is_fine(pki_521: PKIFixture) -> None:
    """Both -20 algorithms may be mixed inside one chain."""
    issued = pki_521[1]
    leaf, _ = _issue(issued["cpo_sub_ca2"], profile=KeyProfile.ED448)
    assert (
        len(validate_chain(leaf, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW))
        == 4
    )


def test_naive_time_rejected(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    with pytest.raises(ValueError, match="timezone"):
        validate_chain(issued["secc"].certificate, [], [], datetime(2030, 1, 1))


def _with_duplicate_extension(cert: x509.Certificate, key: PrivateKey) -> x509.Certificate:
    """``cert`` re-signed with two private extensions, then the second's OID patched to the first's:
    it loads, but reading its extensions raises x509.DuplicateExtension (a peer can send this)."""
    builder = (
        x509.CertificateBuilder()
        .subject_name(cert.subject)
        .issuer_name(cert.issuer)
        .public_key(cert.public_key())
        .serial_number(cert.serial_number)
        .not_valid_before(cert.not_valid_before_utc)
        .not_valid_after(cert.not_valid_after_utc)
        .add_extension(x509.UnrecognizedExtension(x509.ObjectIdentifier("1.2.3.4"), b"\x05\x00"), False)
        .add_extension(x509.UnrecognizedExtension(x509.ObjectIdentifier("1.2.3.5"), b"\x05\x00"), False)
    )
    algorithm = None if isinstance(key, ed448.Ed448PrivateKey) else hashes.SHA512()
    der = builder.sign(key, algorithm).public_bytes(serialization.Encoding.DER)
    patched = der.replace(b"\x06\x03\x2a\x03\x05", b"\x06\x03\x2a\x03\x04")
    broken = x509.load_der_x509_certificate(patched)
    with pytest.raises(x509.DuplicateExtension):
        _ = broken.extensions
    return broken


@pytest.mark.parametrize("strict", [True, False])
def test_unreadable_extensions_are_malformed(pki_521: PKIFixture, strict: bool) -> None:
    issued = pki_521[1]
    leaf = _with_duplicate_extension(issued["secc"].certificate, issued["cpo_sub_ca2"].key)
    with pytest.raises(ChainValidationError) as exc:
        validate_chain(leaf, _cas(issued, "cpo_sub_ca2", "cpo_sub_ca1"), _cas(issued, "v2g_root"), NOW,
                       strict=strict)
    assert _reason(exc) is ChainFailure.MALFORMED
    assert "DuplicateExtension" in str(exc.value)

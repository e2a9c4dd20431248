"""Every generated certificate against the ISO 15118 certificate profiles (docs/security.md).

The expectation table below is written out on purpose instead of being read from
``v2gstack.security.pki.profiles``: it is the profile as documented, and the generator has to meet
it. Certificates are loaded back from the PEM files ``write_pki`` wrote, for all three key profiles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtensionOID, NameOID, SignatureAlgorithmOID

from v2gstack.security.errors import ChainFailure, ChainValidationError, PKIError
from v2gstack.security.pki import (
    CHAIN_FILES,
    CertRole,
    Issued,
    KeyProfile,
    build_pki,
    load_certificates,
    roles,
    validate_chain,
)
from v2gstack.security.pki.profiles import check_roles

PKIFixture = tuple[Path, dict[str, Issued]]
DAY = timedelta(days=1)
YEAR = 365 * DAY

DS, NR, KE, KA = "digital_signature", "content_commitment", "key_encipherment", "key_agreement"
CA = frozenset({"key_cert_sign", "crl_sign"})
# RFC 8410 as clarified by RFC 9295: the only usages an Ed448 key may carry.
ED448_POSSIBLE = frozenset({DS, NR, "key_cert_sign", "crl_sign"})
USAGE_FLAGS = (DS, NR, KE, "data_encipherment", KA, "key_cert_sign", "crl_sign")


@dataclass(frozen=True)
class Expect:
    issuer: str | None
    cn: str
    dc: str
    ca: bool
    path_len: int | None
    usage: frozenset[str]  # for EC keys; Ed448 keys carry usage & ED448_POSSIBLE
    max_validity: timedelta | None  # None: the operator of the hierarchy decides
    min_validity: timedelta = timedelta(0)


SECC_ID = "DEV2GSV2GSTACKTESTSECC00000000000000001"
PCID = VIN = "WV2GSTACK00000001"
EMAID = "DEV2G123456789"

EXPECTED: dict[str, Expect] = {
    # V2G root: always 40 years (Hubject root certificate pool); roots carry no pathLen.
    "v2g_root": Expect(None, "V2G Root CA", "V2G", True, None, CA, 40 * YEAR, 35 * YEAR),
    "cpo_sub_ca1": Expect("v2g_root", "CPO Sub-CA 1", "V2G", True, 1, CA, 4 * YEAR),
    "cpo_sub_ca2": Expect("cpo_sub_ca1", "CPO Sub-CA 2", "V2G", True, 0, CA, 2 * YEAR, YEAR),
    "secc": Expect("cpo_sub_ca2", SECC_ID, "CPO", False, None, frozenset({DS, KA}), 90 * DAY, 60 * DAY),
    "cps_sub_ca1": Expect("v2g_root", "CPS Sub-CA 1", "CPS", True, 1, CA, 4 * YEAR),
    "cps_sub_ca2": Expect("cps_sub_ca1", "CPS Sub-CA 2", "CPS", True, 0, CA, 2 * YEAR, YEAR),
    "cps": Expect("cps_sub_ca2", "CPS Leaf", "CPS", False, None, frozenset({DS}), 90 * DAY, 60 * DAY),
    "oem_root": Expect(None, "OEM Root CA", "OEM", True, None, CA, 40 * YEAR, 35 * YEAR),
    "oem_sub_ca1": Expect("oem_root", "OEM Sub-CA 1", "OEM", True, 1, CA, None),
    "oem_sub_ca2": Expect("oem_sub_ca1", "OEM Sub-CA 2", "OEM", True, 0, CA, None),
    "oem_prov": Expect("oem_sub_ca2", PCID, "OEM", False, None, frozenset({DS, KA}), None),
    "vehicle": Expect("oem_sub_ca2", VIN, "OEM", False, None, frozenset({DS}), None),
    "mo_root": Expect(None, "MO Root CA", "MO", True, None, CA, 40 * YEAR, 35 * YEAR),
    "mo_sub_ca1": Expect("mo_root", "MO Sub-CA 1", "MO", True, 1, CA, None),
    "mo_sub_ca2": Expect("mo_sub_ca1", "MO Sub-CA 2", "MO", True, 0, CA | {DS, NR}, None),
    # Contract: 4 weeks to 2 years; the four usages of the -2 contract profile.
    "contract": Expect(
        "mo_sub_ca2", EMAID, "MO", False, None, frozenset({DS, NR, KE, KA}), 2 * YEAR, 28 * DAY
    ),
}


@dataclass(frozen=True)
class Algorithm:
    key_type: type
    curve: str | None
    signature: x509.ObjectIdentifier
    max_der: int  # certificateType maxLength: 1600 bytes in the -20 schema, 800 in -2


ALGORITHMS = {
    "pki_521": Algorithm(
        ec.EllipticCurvePublicKey, "secp521r1", SignatureAlgorithmOID.ECDSA_WITH_SHA512, 1600
    ),
    "pki_448": Algorithm(ed448.Ed448PublicKey, None, SignatureAlgorithmOID.ED448, 1600),
    "pki_256": Algorithm(
        ec.EllipticCurvePublicKey, "secp256r1", SignatureAlgorithmOID.ECDSA_WITH_SHA256, 800
    ),
}
FIXTURES = tuple(ALGORITHMS)


def _load(directory: Path, name: str) -> x509.Certificate:
    (cert,) = load_certificates(directory / f"{name}.pem")
    return cert


def _usage_flags(cert: x509.Certificate) -> frozenset[str]:
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    return frozenset(flag for flag in USAGE_FLAGS if getattr(ku, flag))


def _span(cert: x509.Certificate) -> timedelta:
    return cert.not_valid_after_utc - cert.not_valid_before_utc


def test_table_covers_every_generated_certificate(pki_521: PKIFixture) -> None:
    assert set(EXPECTED) == set(pki_521[1]) == {role.name for role in roles()}


@pytest.mark.parametrize("fixture", FIXTURES)
@pytest.mark.parametrize("name", list(EXPECTED))
def test_certificate_matches_profile(request: pytest.FixtureRequest, fixture: str, name: str) -> None:
    directory: Path = request.getfixturevalue(fixture)[0]
    exp, alg = EXPECTED[name], ALGORITHMS[fixture]
    cert = _load(directory, name)
    assert cert.version is x509.Version.v3

    # Subject: CN, O, C, DC in this order, each exactly once; issuer is the parent's subject.
    assert [a.oid for a in cert.subject] == [
        NameOID.COMMON_NAME,
        NameOID.ORGANIZATION_NAME,
        NameOID.COUNTRY_NAME,
        NameOID.DOMAIN_COMPONENT,
    ]
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == exp.cn
    assert cert.subject.get_attributes_for_oid(NameOID.DOMAIN_COMPONENT)[0].value == exp.dc
    assert re.fullmatch(r"[A-Z]{2}", str(cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value))
    parent = cert if exp.issuer is None else _load(directory, exp.issuer)
    assert cert.issuer == parent.subject

    # Validity: within the profile's bounds and inside the issuer's period.
    assert exp.min_validity <= _span(cert)
    if exp.max_validity is not None:
        assert _span(cert) <= exp.max_validity
    assert parent.not_valid_before_utc <= cert.not_valid_before_utc <= datetime.now(UTC)
    assert cert.not_valid_after_utc <= parent.not_valid_after_utc

    # Extensions: exactly these, with this criticality.
    wanted = {ExtensionOID.BASIC_CONSTRAINTS, ExtensionOID.KEY_USAGE, ExtensionOID.SUBJECT_KEY_IDENTIFIER}
    if exp.issuer is not None:
        wanted.add(ExtensionOID.AUTHORITY_KEY_IDENTIFIER)
    assert {e.oid for e in cert.extensions} == wanted
    critical = {e.oid for e in cert.extensions if e.critical}
    assert critical == {ExtensionOID.BASIC_CONSTRAINTS, ExtensionOID.KEY_USAGE}
    bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert (bc.ca, bc.path_length) == (exp.ca, exp.path_len)
    usage = exp.usage & ED448_POSSIBLE if fixture == "pki_448" else exp.usage
    assert _usage_flags(cert) == usage
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(cert.public_key())
    if exp.issuer is not None:
        aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
        parent_ski = parent.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        assert aki.key_identifier == parent_ski.digest

    # Algorithms and size.
    key = cert.public_key()
    assert isinstance(key, alg.key_type)
    if isinstance(key, ec.EllipticCurvePublicKey):
        assert key.curve.name == alg.curve
    assert cert.signature_algorithm_oid == alg.signature
    cert.verify_directly_issued_by(parent)
    assert len(cert.public_bytes(serialization.Encoding.DER)) <= alg.max_der


def test_identifier_syntax() -> None:
    # SECCID (-20): country, operator ID, "S", controller ID of >= 32 characters; 39 to 64 in all.
    assert re.fullmatch(r"[A-Z]{2}[A-Z0-9]{3}S[A-Z0-9]{32,}", SECC_ID) and 39 <= len(SECC_ID) <= 64
    # EMAID: country, provider ID, 9-character eMA instance, optional check digit; <= 15 for -2.
    assert re.fullmatch(r"[A-Z]{2}[A-Z0-9]{3}[A-Z0-9]{9}[A-Z0-9]?", EMAID)
    # VIN (ISO 3779): 17 characters without I, O, Q; the PCID starts with the OEM's WMI.
    assert re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", VIN) and PCID[:3] == VIN[:3]


@pytest.mark.parametrize("fixture", FIXTURES)
@pytest.mark.parametrize("chain", list(CHAIN_FILES))
def test_chain_files_and_path_length(request: pytest.FixtureRequest, fixture: str, chain: str) -> None:
    directory: Path = request.getfixturevalue(fixture)[0]
    certs = load_certificates(directory / f"{chain}.pem")
    leaf_name = chain.removesuffix("_chain")
    # Leaf, its Sub-CA 2, its Sub-CA 1, no root (-20 SubCertificates: at most 3).
    sub2 = EXPECTED[leaf_name].issuer
    assert sub2 is not None
    sub1 = EXPECTED[sub2].issuer
    assert sub1 is not None
    root = EXPECTED[sub1].issuer
    assert root is not None and EXPECTED[root].issuer is None
    assert certs == [_load(directory, n) for n in (leaf_name, sub2, sub1)]
    # pathLenConstraint of each CA admits exactly the Sub-CAs below it in this chain.
    for below, ca in enumerate(certs[1:]):
        bc = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
        assert bc.ca and bc.path_length == below
    roots = [_load(directory, root)]
    if fixture == "pki_256":
        with pytest.raises(ChainValidationError) as exc:
            validate_chain(certs[0], certs[1:], roots)
        assert exc.value.reason is ChainFailure.ALGORITHM
        assert validate_chain(certs[0], certs[1:], roots, strict=False)[-1] == roots[0]
    else:
        assert validate_chain(certs[0], certs[1:], roots)[-1] == roots[0]


def test_no_ocsp_by_default_aia_on_request() -> None:
    issued = build_pki(KeyProfile.ED448, ocsp_url="http://127.0.0.1:8080/ocsp")
    for name, item in issued.items():
        cert = item.certificate
        try:
            aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess)
        except x509.ExtensionNotFound:
            assert EXPECTED[name].issuer is None, f"{name} lacks authorityInfoAccess"
            continue
        assert EXPECTED[name].issuer is not None, f"root {name} names an OCSP responder"
        assert not aia.critical
        assert [(d.access_method, d.access_location.value) for d in aia.value] == [
            (AuthorityInformationAccessOID.OCSP, "http://127.0.0.1:8080/ocsp")
        ]


def _role(name: str) -> int:
    return next(i for i, r in enumerate(roles()) if r.name == name)


def _with(name: str, **changes: Any) -> tuple[CertRole, ...]:
    table = list(roles())
    table[_role(name)] = replace(table[_role(name)], **changes)
    return tuple(table)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (_with("secc", validity=91 * DAY), "exceeds its maximum"),
        (_with("cpo_sub_ca2", validity=5 * YEAR, max_validity=None), "outlives its issuer"),
        (_with("cpo_sub_ca1", path_length=0), "pathLen 0 but 1 Sub-CA"),
        (_with("cpo_sub_ca2", is_ca=False), "is not a CA"),
        (tuple(r for r in roles() if r.name != "mo_sub_ca1"), "is not generated before it"),
    ],
)
def test_inconsistent_role_table_is_refused(table: tuple[CertRole, ...], message: str) -> None:
    with pytest.raises(PKIError, match=message):
        check_roles(table)
    with pytest.raises(PKIError, match=message):
        build_pki(KeyProfile.ED448, role_list=table)


def test_default_table_is_consistent() -> None:
    check_roles(roles())

"""Test PKI generation: file layout, permissions, certificate profiles, CLI."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import NameOID, SignatureAlgorithmOID

from v2gstack.cli import main
from v2gstack.security.errors import PKIError
from v2gstack.security.pki import Issued, KeyProfile, init_pki, load_certificates, load_private_key
from v2gstack.security.pki.issue import key_usage, write_private

PKIFixture = tuple[Path, dict[str, Issued]]

CERTS = [
    "v2g_root",
    "cpo_sub_ca1",
    "cpo_sub_ca2",
    "secc",
    "oem_root",
    "oem_sub_ca1",
    "oem_sub_ca2",
    "oem_prov",
    "vehicle",
    "mo_root",
    "mo_sub_ca1",
    "mo_sub_ca2",
    "contract",
    "cps_sub_ca1",
    "cps_sub_ca2",
    "cps",
]
LEAVES = ("secc", "oem_prov", "vehicle", "contract", "cps")
CAS = tuple(c for c in CERTS if c not in LEAVES)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_layout_and_key_permissions(pki_521: PKIFixture) -> None:
    directory, _ = pki_521
    for name in CERTS:
        assert (directory / f"{name}.pem").is_file(), name
    for name in LEAVES:
        assert _mode(directory / f"{name}.key") == 0o600, name
    for name in CAS:
        assert not (directory / f"{name}.key").exists()
        assert _mode(directory / "private" / f"{name}.key") == 0o600, name
    assert _mode(directory / "private") == 0o700


def test_chain_files_leaf_first(pki_521: PKIFixture) -> None:
    directory, issued = pki_521
    for chain, members in {
        "secc_chain": ("secc", "cpo_sub_ca2", "cpo_sub_ca1"),
        "vehicle_chain": ("vehicle", "oem_sub_ca2", "oem_sub_ca1"),
    }.items():
        certs = load_certificates(directory / f"{chain}.pem")
        assert certs == [issued[m].certificate for m in members]


def test_keys_match_certificates(pki_448: PKIFixture) -> None:
    directory, issued = pki_448
    for name in LEAVES:
        key = load_private_key(directory / f"{name}.key")
        assert isinstance(key, ed448.Ed448PrivateKey)
        assert key.public_key() == issued[name].certificate.public_key()


def test_keys_created_owner_only_even_with_open_umask(tmp_path: Path) -> None:
    stale = tmp_path / "old.key"
    stale.write_bytes(b"x")
    stale.chmod(0o644)
    old = os.umask(0)
    try:
        write_private(stale, b"secret")
        issued = init_pki(tmp_path / "pki", KeyProfile.ED448)
    finally:
        os.umask(old)
    assert _mode(stale) == 0o600 and stale.read_bytes() == b"secret"
    assert _mode(tmp_path / "pki" / "secc.key") == 0o600
    assert _mode(tmp_path / "pki" / "private" / "v2g_root.key") == 0o600
    assert len(issued) == len(CERTS)


def _ext(cert: x509.Certificate, cls: type[x509.ExtensionType]) -> x509.Extension[x509.ExtensionType]:
    return cert.extensions.get_extension_for_class(cls)


@pytest.mark.parametrize(
    ("name", "path_len"),
    [
        ("v2g_root", None),
        ("cpo_sub_ca1", 1),
        ("cpo_sub_ca2", 0),
        ("oem_sub_ca1", 1),
        ("mo_sub_ca2", 0),
        ("cps_sub_ca1", 1),
        ("cps_sub_ca2", 0),
        ("oem_root", None),
        ("mo_root", None),
    ],
)
def test_ca_profile(pki_521: PKIFixture, name: str, path_len: int | None) -> None:
    cert = pki_521[1][name].certificate
    bc = _ext(cert, x509.BasicConstraints)
    assert bc.critical and bc.value.ca and bc.value.path_length == path_len  # type: ignore[attr-defined]
    ku = _ext(cert, x509.KeyUsage)
    assert ku.critical
    assert ku.value.key_cert_sign and ku.value.crl_sign  # type: ignore[attr-defined]
    assert not ku.value.digital_signature  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "dc", "agreement"),
    [
        ("secc", "CPO", True),
        ("oem_prov", "OEM", True),
        ("vehicle", "OEM", False),
        ("contract", "MO", True),
        ("cps", "CPS", False),
    ],
)
def test_leaf_profile(pki_521: PKIFixture, name: str, dc: str, agreement: bool) -> None:
    cert = pki_521[1][name].certificate
    bc = _ext(cert, x509.BasicConstraints)
    assert bc.critical and not bc.value.ca  # type: ignore[attr-defined]
    ku = _ext(cert, x509.KeyUsage).value
    assert ku.digital_signature and not ku.key_cert_sign  # type: ignore[attr-defined]
    assert ku.key_agreement is agreement  # type: ignore[attr-defined]
    dcs = cert.subject.get_attributes_for_oid(NameOID.DOMAIN_COMPONENT)
    assert [a.value for a in dcs] == [dc]


def test_identities_in_common_names(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    cn = {
        n: issued[n].certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value for n in LEAVES
    }
    assert cn["secc"] == "DE*V2G*E12345*1"  # EVSE ID
    assert cn["contract"] == "DEV2GC1234567890"  # EMAID


def test_key_identifiers_link_the_chain(pki_521: PKIFixture) -> None:
    issued = pki_521[1]
    for item in issued.values():
        cert = item.certificate
        ski = _ext(cert, x509.SubjectKeyIdentifier).value
        assert ski == x509.SubjectKeyIdentifier.from_public_key(cert.public_key())
        if item.role.issuer is None:
            assert cert.issuer == cert.subject
            continue
        parent = issued[item.role.issuer].certificate
        aki = _ext(cert, x509.AuthorityKeyIdentifier).value
        assert aki.key_identifier == _ext(parent, x509.SubjectKeyIdentifier).value.digest  # type: ignore[attr-defined]
        assert cert.issuer == parent.subject


@pytest.mark.parametrize(
    ("fixture", "sig_oid", "key_type"),
    [
        ("pki_521", SignatureAlgorithmOID.ECDSA_WITH_SHA512, ec.EllipticCurvePublicKey),
        ("pki_448", SignatureAlgorithmOID.ED448, ed448.Ed448PublicKey),
    ],
)
def test_algorithms_per_profile(
    request: pytest.FixtureRequest, fixture: str, sig_oid: x509.ObjectIdentifier, key_type: type
) -> None:
    issued: dict[str, Issued] = request.getfixturevalue(fixture)[1]
    for item in issued.values():
        assert item.certificate.signature_algorithm_oid == sig_oid
        key = item.certificate.public_key()
        assert isinstance(key, key_type)
        if isinstance(key, ec.EllipticCurvePublicKey):
            assert key.curve.name == "secp521r1"


def test_validity_leaf_shorter_than_its_cas(pki_521: PKIFixture) -> None:
    issued = pki_521[1]

    def span(n: str) -> float:
        c = issued[n].certificate
        return (c.not_valid_after_utc - c.not_valid_before_utc).total_seconds()

    assert span("secc") < span("cpo_sub_ca2") < span("cpo_sub_ca1") < span("v2g_root")


def test_unknown_key_usage_flag_is_typed_error() -> None:
    with pytest.raises(PKIError, match="unknown key usage"):
        key_usage(["digital_signature", "fly"])


def test_load_errors_are_typed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    with pytest.raises(PKIError, match="not a PEM certificate"):
        load_certificates(bad)
    with pytest.raises(PKIError, match="cannot load private key"):
        load_private_key(bad)
    with pytest.raises(PKIError, match="cannot read"):
        load_certificates(tmp_path / "missing.pem")


def test_cli_init_and_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "pki"
    assert main(["pki", "init", str(directory), "--profile", "ed448"]) == 0
    assert (directory / "secc_chain.pem").is_file()
    assert (
        main(["pki", "verify", str(directory / "secc_chain.pem"), "--root", str(directory / "v2g_root.pem")])
        == 0
    )
    assert capsys.readouterr().out.rstrip().endswith("OK")
    # The vehicle certificate does not chain to the V2G root.
    rc = main(
        ["pki", "verify", str(directory / "vehicle_chain.pem"), "--root", str(directory / "v2g_root.pem")]
    )
    assert rc == 1
    assert "unknown root" in capsys.readouterr().err

"""Test PKI generation: file layout, permissions, key files, CLI (profiles: test_pki_profiles.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed448

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

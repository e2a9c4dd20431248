"""Session-scoped test PKIs (generation is cheap, but shared by the TLS tests too)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from v2gstack.security.pki import Issued, KeyProfile, build_pki, write_pki

#: The moment the session PKIs are issued at, and chains are validated at: fixed when the tests are
#: collected, so a PKI built minutes later in a long run is not "not yet valid" at that moment.
NOW = datetime.now(UTC)


@pytest.fixture(scope="session")
def pki_521(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Issued]]:
    issued = build_pki(KeyProfile.SECP521R1, now=NOW)
    directory = tmp_path_factory.mktemp("pki521")
    write_pki(issued, directory)
    return directory, issued


@pytest.fixture(scope="session")
def pki_448(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Issued]]:
    issued = build_pki(KeyProfile.ED448, now=NOW)
    directory = tmp_path_factory.mktemp("pki448")
    write_pki(issued, directory)
    return directory, issued


@pytest.fixture(scope="session")
def pki_256(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Issued]]:
    issued = build_pki(KeyProfile.SECP256R1, now=NOW)
    directory = tmp_path_factory.mktemp("pki256")
    write_pki(issued, directory)
    return directory, issued


@pytest.fixture(scope="session")
def pki_other(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Issued]]:
    """A second, unrelated secp521r1 PKI: its roots are unknown to the first one."""
    issued = build_pki(KeyProfile.SECP521R1, now=NOW)
    directory = tmp_path_factory.mktemp("pki_other")
    write_pki(issued, directory)
    return directory, issued

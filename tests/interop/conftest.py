"""Fixtures of the interop suite: a veth link per test, the peer's PKI once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import require_root
from tests.interop import peer
from v2gstack.testing.netns import VethLink, reap_stale, veth_namespaces


@pytest.fixture
def link() -> Iterator[VethLink]:
    """Namespaces `evse` and `ev` joined by a veth pair, removed after the test whatever happens."""
    require_root()
    reap_stale("v2gio")  # links of earlier runs that were killed before their teardown
    with veth_namespaces("v2gio") as pair:
        yield pair


@pytest.fixture
def require_peer(tmp_path: Path) -> None:
    reason = peer.unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    stray = peer.stray_dotenv(tmp_path, peer.package_dir() / "shared")
    if stray:
        pytest.fail(f"the peer would read these .env files: {', '.join(map(str, stray))}")


@pytest.fixture(scope="session")
def peer_pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The peer's own test PKI (create_certs.sh: P-256, AES-encrypted keys, password 12345)."""
    if peer.unavailable_reason() is not None:
        pytest.skip(str(peer.unavailable_reason()))
    return peer.make_peer_pki(tmp_path_factory.mktemp("peer-pki") / "pki")

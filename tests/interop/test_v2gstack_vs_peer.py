"""The interop matrix: our SECC vs the peer's EVCC and our EVCC vs the peer's SECC,
ISO 15118-20 DC and DC_BPT, without TLS and with TLS 1.3 (our compatibility profile).

Each test skips, saying why, until `v2gstack secc` / `v2gstack evcc` exist; then it runs as is.
For TLS both sides use one PKI, ours (`v2gstack pki init`), laid out for the peer by
`peer.peer_pki_from_v2gstack` (which file goes where: docs/interop.md, "TLS").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.interop import ours, peer
from tests.interop.harness import SessionResult, run_session
from v2gstack.testing.netns import VethLink

pytestmark = [pytest.mark.interop, pytest.mark.netns, pytest.mark.timeout(240),
              pytest.mark.usefixtures("require_peer")]

CYCLES = 2
SERVICES = ["dc", "dc-bpt"]
TLS = [pytest.param(False, id="tcp"), pytest.param(True, id="tls13")]


def _require_cli(command: str) -> None:
    reason = ours.cli_unavailable(command)
    if reason is not None:
        pytest.skip(reason)


@pytest.fixture(scope="module")
def shared_pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(our PKI directory, the same PKI in the peer's layout)."""
    _require_cli("pki")
    base = tmp_path_factory.mktemp("interop-pki")
    done = subprocess.run([sys.executable, "-m", "v2gstack", "pki", "init", str(base / "ours")],
                          capture_output=True, text=True, timeout=120, cwd=REPO, check=False)
    if done.returncode != 0:
        pytest.skip(f"`v2gstack pki init` failed: {done.stderr.strip()}")
    return base / "ours", peer.peer_pki_from_v2gstack(base / "ours", base / "peer")


def _check(result: SessionResult, service: str) -> None:
    print(result.report(logs=False))
    assert result.ok(), result.report()
    assert result.evcc.trace.requests().count("SessionStopReq") == 1
    assert "DC_ChargeLoopReq" in result.evcc.trace.requests()
    # the peer logs the selected service; our side's log has no bodies
    for side in (result.evcc, result.secc):
        if side.spec.name.startswith("iso15118"):
            selected = peer.selected_service_id(side.trace.messages)
            assert selected == peer.SERVICE_ID[service], side.trace.names()


@pytest.mark.xfail(strict=True, reason="peer deviation (docs/interop.md): its EVCC rejects a "
                   "ScheduleExchangeRes without AbsolutePriceSchedule/PriceLevelSchedule, "
                   "which -20 makes optional; needs a named tolerance")
@pytest.mark.parametrize("tls", TLS)
@pytest.mark.parametrize("service", SERVICES)
def test_our_secc_vs_peer_evcc(
    link: VethLink, tmp_path: Path, service: str, tls: bool, request: pytest.FixtureRequest
) -> None:
    _require_cli("secc")
    ours_pki, peer_pki = request.getfixturevalue("shared_pki") if tls else (None, None)
    secc = ours.secc_spec(link.evse.iface, tmp_path, services=(service,), pki=ours_pki)
    evcc = peer.evcc_spec(link.ev.iface, tmp_path, service=service, tls=tls, pki=peer_pki, cycles=CYCLES)
    result = run_session(link, secc, evcc, log_dir=tmp_path / "logs", session_timeout=90)
    _check(result, service)
    assert result.evcc.trace.sdp_security == ("TLS" if tls else "NO_TLS")


@pytest.mark.skip(reason="open (docs/interop.md): our EVCC's PreCharge waits for an EVSE voltage the peer's "
                  "simulated SECC never reports and only ends at the 60 s Ongoing timeout; to be fixed")
@pytest.mark.parametrize("tls", TLS)
@pytest.mark.parametrize("service", SERVICES)
def test_our_evcc_vs_peer_secc(
    link: VethLink, tmp_path: Path, service: str, tls: bool, request: pytest.FixtureRequest
) -> None:
    _require_cli("evcc")
    ours_pki, peer_pki = request.getfixturevalue("shared_pki") if tls else (None, None)
    secc = peer.secc_spec(link.evse.iface, tmp_path, services=(service,), tls=tls, pki=peer_pki)
    evcc = ours.evcc_spec(link.ev.iface, tmp_path, service=service, pki=ours_pki, cycles=CYCLES)
    result = run_session(link, secc, evcc, log_dir=tmp_path / "logs", session_timeout=90)
    _check(result, service)
    assert result.secc.trace.sdp_security == ("TLS" if tls else "NO_TLS")

"""The harness proven on the peer against itself: iso15118 SECC vs iso15118 EVCC, ISO 15118-20 DC,
DC_BPT, AC and AC_BPT (scheduled control mode: the only one the peer's EVCC picks against its own
SECC, docs/interop.md Q17).

Each test runs one full session (SDP over ff02::1 on a veth pair, then V2GTP/EXI over
link-local TCP or TLS 1.3) with a short charge loop and prints the message sequence and every
exchange's latency; on failure, both sides' full logs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.interop import peer
from tests.interop.harness import SessionResult, run_session
from v2gstack.testing.netns import VethLink

pytestmark = [pytest.mark.interop, pytest.mark.netns, pytest.mark.timeout(180),
              pytest.mark.usefixtures("require_peer")]

CYCLES = 2

SEQUENCE_HEAD = [
    "supportedAppProtocolReq", "SessionSetupReq", "AuthorizationSetupReq", "AuthorizationReq",
    "ServiceDiscoveryReq", "ServiceDetailReq", "ServiceSelectionReq",
]
DC_SEQUENCE = [
    *SEQUENCE_HEAD,
    "DC_ChargeParameterDiscoveryReq", "ScheduleExchangeReq", "DC_CableCheckReq", "DC_PreChargeReq",
    "PowerDeliveryReq", "DC_ChargeLoopReq", "PowerDeliveryReq", "DC_WeldingDetectionReq", "SessionStopReq",
]
AC_SEQUENCE = [
    *SEQUENCE_HEAD,
    "AC_ChargeParameterDiscoveryReq", "ScheduleExchangeReq", "PowerDeliveryReq", "AC_ChargeLoopReq",
    "PowerDeliveryReq", "SessionStopReq",
]


def _run(link: VethLink, tmp_path: Path, service: str, *, pki: Path | None) -> SessionResult:
    tls = pki is not None
    secc = peer.secc_spec(link.evse.iface, tmp_path, services=(service,), tls=tls, pki=pki)
    evcc = peer.evcc_spec(link.ev.iface, tmp_path, service=service, tls=tls, pki=pki, cycles=CYCLES)
    result = run_session(link, secc, evcc, log_dir=tmp_path / "logs")
    print(result.report(logs=False))
    return result


def _check(result: SessionResult, service: str, *, tls: bool) -> None:
    assert result.ok(), result.report()
    ev = result.evcc.trace
    requests = ev.requests()
    # the full -20 sequence of the service, in this order (repeats of a request collapse)
    dc = service.startswith("dc")
    collapsed = [name for i, name in enumerate(requests) if i == 0 or requests[i - 1] != name]
    assert collapsed == (DC_SEQUENCE if dc else AC_SEQUENCE), result.report()
    loop = "DC_ChargeLoop" if dc else "AC_ChargeLoop"
    assert requests.count(f"{loop}Req") == CYCLES + 1  # the peer's EV counts from 0
    assert peer.selected_service_id(ev.messages) == peer.SERVICE_ID[service]
    assert peer.selected_control_mode(ev.messages) == "scheduled"  # Q17: the first set its SECC offers
    assert ev.sdp_security == result.secc.trace.sdp_security == ("TLS" if tls else "NO_TLS")
    # BPT messages carry the BPT_ variant of the parameters
    cpd = next(m for m in ev.messages if m.name == f"{loop[:2]}_ChargeParameterDiscoveryReq")
    expected = ("BPT_" if service.endswith("-bpt") else "") + f"{loop[:2]}_CPDReqEnergyTransferMode"
    assert cpd.body is not None and expected in cpd.body
    for name, found in peer.control_mode_elements(ev.messages, service).items():
        assert found == {peer.control_mode_element(name, "scheduled", service)}, (name, found)
    # Q16: its SECC logs two errors on every AC charge loop request against its own EVCC too
    assert len(result.secc.known_errors()) == (0 if dc else 2 * (CYCLES + 1)), result.secc.trace.errors


@pytest.mark.parametrize("service", ["dc", "dc-bpt", "ac", "ac-bpt"])
def test_peer_secc_vs_peer_evcc_tcp(link: VethLink, tmp_path: Path, service: str) -> None:
    _check(_run(link, tmp_path, service, pki=None), service, tls=False)


@pytest.mark.parametrize("service", ["dc", "dc-bpt"])
def test_peer_secc_vs_peer_evcc_tls13_own_pki(
    link: VethLink, tmp_path: Path, service: str, peer_pki: Path
) -> None:
    _check(_run(link, tmp_path, service, pki=peer_pki), service, tls=True)


def test_peer_secc_vs_peer_evcc_tls13_v2gstack_pki(link: VethLink, tmp_path: Path) -> None:
    """Both peer sides on *our* PKI (secp521r1, ECDSA-SHA512), laid out by peer_pki_from_v2gstack.

    The precondition of the TLS rows of the matrix: the peer loads our unencrypted keys, its
    EVCC accepts our SECC chain under our V2G root, its SECC accepts our vehicle chain under
    our OEM root (the key exchange stays on P-256, the only group the peer offers).
    """
    ours = tmp_path / "v2gstack-pki"
    done = subprocess.run([sys.executable, "-m", "v2gstack", "pki", "init", str(ours)],
                          capture_output=True, text=True, timeout=120, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    pki = peer.peer_pki_from_v2gstack(ours, tmp_path / "peer-layout")
    _check(_run(link, tmp_path, "dc", pki=pki), "dc", tls=True)

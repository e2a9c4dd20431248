"""Log parsers of the harness, on recorded logs (no namespaces, no peer process needed)."""

from __future__ import annotations

from pathlib import Path

from tests.interop import ours, peer
from tests.interop.harness import SideResult
from tests.interop.trace import compare_sequences, parse_iso15118_log

DATA = Path(__file__).parent / "data"


def _peer_log(name: str) -> str:
    return (DATA / name).read_text()


def test_peer_evcc_log_full_dc_session() -> None:
    trace = parse_iso15118_log(_peer_log("iso15118_evcc_dc.log"), "evcc")
    requests = trace.requests()
    assert requests[:3] == ["supportedAppProtocolReq", "SessionSetupReq", "AuthorizationSetupReq"]
    assert requests[-1] == "SessionStopReq"
    assert requests.count("DC_ChargeLoopReq") == 4
    assert trace.completed() and trace.problems() == []
    assert trace.sdp_security == "NO_TLS"
    assert peer.selected_service_id(trace.messages) == peer.SERVICE_ID["dc"]
    exchanges = trace.exchanges()
    assert len(exchanges) == len(requests)  # every request answered
    assert all(0 < ex.latency < 5 for ex in exchanges)
    setup = exchanges[1]
    assert setup.name == "SessionSetup"
    assert setup.response.response_code == "OK_NewSessionEstablished"
    assert setup.request.body is not None and setup.request.body["EVCCID"]


def test_peer_secc_log_mirrors_evcc_log() -> None:
    evcc = parse_iso15118_log(_peer_log("iso15118_evcc_dc.log"), "evcc")
    secc = parse_iso15118_log(_peer_log("iso15118_secc_dc.log"), "secc")
    assert compare_sequences(evcc, secc) == []
    assert secc.completed()
    assert [m.direction for m in secc.messages[:2]] == ["received", "sent"]
    assert secc.sdp_security == "NO_TLS"


def test_peer_log_validation_error_is_a_failure() -> None:
    trace = parse_iso15118_log(_peer_log("iso15118_evcc_validation_error.log"), "evcc")
    assert not trace.completed()
    problems = trace.problems()
    assert "no SessionStopReq" in problems
    assert any("V2GMessageValidationError" in p for p in problems)
    assert any("validation failed" in e for e in trace.errors)
    assert any("SDPFailedError" in e for e in trace.errors)  # from the traceback's last line
    assert trace.requests()[-1] == "ScheduleExchangeReq"


def test_peer_log_failed_response_code_and_truncation() -> None:
    lines = _peer_log("iso15118_evcc_dc.log").splitlines()
    bad = [line.replace('"ResponseCode":"OK"', '"ResponseCode":"FAILED_SequenceError"', 1)
           if '"PowerDeliveryRes"' in line else line for line in lines]
    trace = parse_iso15118_log("\n".join(bad), "evcc")
    assert ("PowerDeliveryRes", "FAILED_SequenceError") in trace.failed_responses()
    assert not trace.completed()
    cut = [line for line in lines if "SessionStopRes" not in line]
    assert not parse_iso15118_log("\n".join(cut), "evcc").completed()
    assert compare_sequences(parse_iso15118_log("\n".join(cut), "evcc"),
                             parse_iso15118_log(_peer_log("iso15118_secc_dc.log"), "secc"))


def test_peer_secc_log_ac_dynamic_control_mode_and_known_errors(tmp_path: Path) -> None:
    """Our EVCC (AC, dynamic) against the peer's SECC over TLS 1.3: what the AC and dynamic rows read."""
    trace = parse_iso15118_log(_peer_log("iso15118_secc_ac_dynamic.log"), "secc")
    assert trace.completed() and trace.problems() == []
    assert peer.selected_service_id(trace.messages) == peer.SERVICE_ID["ac"]
    assert peer.selected_control_mode(trace.messages) == "dynamic"  # ParameterSetID 2 of its three
    elements = peer.control_mode_elements(trace.messages, "ac")
    assert elements == {
        "ScheduleExchangeReq": {"Dynamic_SEReqControlMode"},
        "ScheduleExchangeRes": {"Dynamic_SEResControlMode"},
        "PowerDeliveryReq": {"Dynamic_EVPPTControlMode"},
        "AC_ChargeLoopReq": {"Dynamic_AC_CLReqControlMode"},
        "AC_ChargeLoopRes": {"Dynamic_AC_CLResControlMode"},
    }
    for name, found in elements.items():
        assert found == {peer.control_mode_element(name, "dynamic", "ac")}
    # Q16: two errors per AC charge loop request, known for an AC SECC, so not problems of the session
    spec = peer.secc_spec("v2g0", tmp_path, services=("ac",))
    side = SideResult(spec, 0, _peer_log("iso15118_secc_ac_dynamic.log"), "", trace, 0.0, 1.0)
    assert len(side.known_errors()) == 4 and side.unexpected_errors() == []
    strict = SideResult(peer.secc_spec("v2g0", tmp_path / "dc", services=("dc",)), 0, "", "", trace, 0.0, 1.0)
    assert len(strict.unexpected_errors()) == 4


def test_control_mode_names() -> None:
    element = peer.control_mode_element
    assert element("DC_ChargeLoopReq", "dynamic", "dc-bpt") == "BPT_Dynamic_DC_CLReqControlMode"
    assert element("AC_ChargeLoopRes", "scheduled", "ac") == "Scheduled_AC_CLResControlMode"
    assert element("ScheduleExchangeRes", "scheduled", "ac-bpt") == "Scheduled_SEResControlMode"
    assert element("PowerDeliveryReq", "dynamic", "dc") == "Dynamic_EVPPTControlMode"
    dc = parse_iso15118_log(_peer_log("iso15118_evcc_dc.log"), "evcc")
    assert peer.selected_control_mode(dc.messages) == "scheduled"
    assert set(peer.control_mode_elements(dc.messages, "dc")) == {
        "ScheduleExchangeReq", "ScheduleExchangeRes", "PowerDeliveryReq",
        "DC_ChargeLoopReq", "DC_ChargeLoopRes",
    }


OUR_SECC_LOG = """\
22:08:56 SECC listening on v2g0s port 50123 (TCP), SDP on port 15118
2026-05-04T10:00:01.000 - supportedAppProtocolReq -> supportedAppProtocolRes OK_SuccessfulNegotiation 10.82 ms
2026-05-04T10:00:02.000 fe80::1 4036 SessionSetupReq -> SessionSetupRes OK_NewSessionEstablished 2.90 ms
2026-05-04T10:00:03.000 fe80::1 4036 SessionStopReq -> SessionStopRes OK 0.50 ms
"""


def test_our_log_contract() -> None:
    trace = ours.parse_v2gstack_log(OUR_SECC_LOG, "secc")
    assert trace.names() == ["supportedAppProtocolReq", "supportedAppProtocolRes", "SessionSetupReq",
                             "SessionSetupRes", "SessionStopReq", "SessionStopRes"]
    assert [m.direction for m in trace.messages[:2]] == ["received", "sent"]
    latencies = [round(ex.latency * 1000, 2) for ex in trace.exchanges()]
    assert latencies == [10.82, 2.9, 0.5]
    assert trace.completed()
    failed = ours.parse_v2gstack_log(
        OUR_SECC_LOG.replace("SessionStopRes OK", "SessionStopRes FAILED") + "session stopped: timeout\n",
        "secc",
    )
    assert failed.failed_responses() == [("SessionStopRes", "FAILED")]
    assert failed.stop_reasons == ["timeout"]
    assert not failed.completed()
    # without timestamps, exchanges are laid end to end from 0
    bare = ours.parse_v2gstack_log("x SessionSetupReq -> SessionSetupRes OK 2.00 ms\n", "evcc")
    assert [m.direction for m in bare.messages] == ["sent", "received"]
    assert bare.exchanges()[0].latency == 0.002

"""BCB-toggle validation (CM_VALIDATE, ISO 15118-3 9.4) on a fake clock: EV and EVSE cores."""

from __future__ import annotations

from typing import Any

import pytest

from tests.slac.harness import Bus, Node
from v2gstack.slac import frames as f
from v2gstack.slac.codec import encode, parse_frame
from v2gstack.slac.ev import EvConfig, EvSlac, EvState
from v2gstack.slac.events import CpRequest, CpState, FailReason, SlacFailed, SlacMatched, Step
from v2gstack.slac.evse import EvseConfig, EvseSlac, SessionState
from v2gstack.slac.simmodem import SimulatedModem
from v2gstack.slac.timing import SlacTimings, validate_timer, validate_window

EV = "02:00:00:00:00:01"
EV2 = "02:00:00:00:00:07"
EVSE = "02:00:00:00:00:02"
EVSE2 = "02:00:00:00:00:03"
MODEM = "00:b0:52:00:00:01"


def failures(node: Node) -> list[SlacFailed]:
    return [e for e in node.events if isinstance(e, SlacFailed)]


def matches(node: Node) -> list[SlacMatched]:
    return [e for e in node.events if isinstance(e, SlacMatched)]


def validate_cnfs(frames: list[tuple[float, bytes]]) -> list[tuple[float, int, int]]:
    return [(t, m.toggle_num, m.result) for t, raw in frames
            if (m := parse_frame(raw).msg) and isinstance(m, f.CmValidateCnf)]


def capture(bus: Bus, name: str) -> list[tuple[float, bytes]]:
    seen: list[tuple[float, bytes]] = []
    inner = bus.drop

    def drop(n: str, raw: bytes) -> bool:
        if n == name:
            seen.append((bus.now, raw))
        return inner(n, raw)

    bus.drop = drop
    return seen


def make(wired: bool = True, ev: dict[str, Any] | None = None, evse: dict[str, Any] | None = None) -> Bus:
    evse_core = EvseSlac(EvseConfig(evse_mac=EVSE, **{"bcb_validation": True, **(evse or {})}))
    ev_core = EvSlac(EvConfig(ev_mac=EV, **{"use_validate": True, "bcb_toggles": 2, **(ev or {})}))
    bus = Bus([Node("evse", evse_core), Node("ev", ev_core)], [SimulatedModem(MODEM, host_mac=EVSE)],
              cp_wires={"ev": "evse"} if wired else {})
    bus.apply(bus.node("evse"), evse_core.set_cp_state(CpState.B, 0.0))
    bus.apply(bus.node("ev"), ev_core.start(0.0))
    return bus


def test_timer_field_is_window_in_100_ms_steps_from_100_ms() -> None:
    assert validate_window(0) == pytest.approx(0.1) and validate_window(1) == pytest.approx(0.2)
    assert validate_timer(1.5) == 14 and validate_window(14) == pytest.approx(1.5)
    assert validate_timer(1.51) == 15
    assert validate_timer(3.5) == 34 and validate_timer(1000.0) == 255


def test_toggles_counted_by_the_evse_validate_the_match() -> None:
    bus = make()
    cnfs = capture(bus, "CM_VALIDATE.CNF")
    reqs = capture(bus, "CM_VALIDATE.REQ")
    bus.run(10.0)
    (ev_match,), (evse_match,) = matches(bus.node("ev")), matches(bus.node("evse"))
    assert ev_match.nmk == evse_match.nmk
    step1, step2 = (parse_frame(raw).msg for _, raw in reqs)
    assert (step1.timer, step1.result) == (0, 1)
    assert step2.timer == validate_timer(5 * 0.3) == 14  # two toggles of 2 x 300 ms and a last B
    (_, n1, r1), (t2, n2, r2) = validate_cnfs(cnfs)
    assert (n1, r1) == (0, 1) and (n2, r2) == (2, 2)
    assert t2 == pytest.approx(reqs[1][0] + 1.5)  # the EVSE answers when the window is over
    # the EV drove its control pilot B-C-B twice, each state TP_EV_vald_state_duration
    toggles = [(t, state) for t, who, state in bus.cp_log if who == "ev"]
    assert [s for _, s in toggles] == ["C", "B", "C", "B"]
    start = reqs[1][0]
    assert [t - start for t, _ in toggles] == pytest.approx([0.3, 0.6, 0.9, 1.2])
    assert bus.sent("CM_SLAC_MATCH.REQ")[0] == pytest.approx(t2)


def test_evse_counts_only_b_to_c_edges_inside_the_validation() -> None:
    core = EvseSlac(EvseConfig(evse_mac=EVSE, bcb_validation=True))
    core.set_cp_state(CpState.B, 0.0)
    _to_wait_match(core, EV, b"\x01" * 8, 0.0)
    for t, state in ((0.1, CpState.C), (0.2, CpState.B), (0.3, CpState.C)):  # before step 1: not counted
        core.set_cp_state(state, t)
    core.set_cp_state(CpState.B, 0.4)
    step = core.receive(encode(EVSE, EV, f.CmValidateReq(timer=0, result=1)), 0.5)
    assert _cnf(step) == (0, 1)
    core.receive(encode(EVSE, EV, f.CmValidateReq(timer=9, result=1)), 0.6)  # 1 s window
    c, d, b = CpState.C, CpState.D, CpState.B
    for t, state in ((0.7, c), (0.8, d), (0.9, b), (1.0, d), (1.1, b)):
        core.set_cp_state(state, t)
    assert core.next_deadline() == pytest.approx(1.6)
    assert not core.handle_timeout(1.59).frames
    assert _cnf(core.handle_timeout(1.6)) == (2, 2)  # B->C and B->D; C->D is no edge


def test_ev_plugged_elsewhere_fails_validation_and_the_evse_gives_up() -> None:
    """The EV's toggles do not reach this EVSE's control pilot: it counts 0, the EV does not match."""
    bus = make(wired=False, ev={"timings": SlacTimings(C_conn_max_match=1)})
    cnfs = capture(bus, "CM_VALIDATE.CNF")
    bus.run(10.0)
    (_, _, _), (t2, toggles, result) = validate_cnfs(cnfs)
    assert (toggles, result) == (0, 2)
    assert not matches(bus.node("ev")) and not matches(bus.node("evse"))
    assert failures(bus.node("ev"))[0].reason is FailReason.VALIDATION_FAILED
    (fail,) = failures(bus.node("evse"))
    assert fail.reason is FailReason.MATCH_AFTER_VALIDATION_TIMEOUT
    assert fail.at == pytest.approx(t2 + 0.4)  # TT_match_sequence
    assert bus.cp_log[-1][2] == "B"


def test_crosstalk_ev_validates_the_next_evse_and_matches_its_own() -> None:
    """A neighbour's modem hears the EV louder (crosstalk); validation finds the EVSE it is plugged into."""
    mine, neighbour = (EvseSlac(EvseConfig(evse_mac=mac, bcb_validation=True)) for mac in (EVSE, EVSE2))
    ev = EvSlac(EvConfig(ev_mac=EV, use_validate=True, bcb_toggles=3))
    modems = [SimulatedModem(MODEM, EVSE, attenuation=30), SimulatedModem(MODEM, EVSE2, attenuation=12)]
    bus = Bus([Node("mine", mine), Node("neighbour", neighbour), Node("ev", ev)], modems,
              cp_wires={"ev": "mine"})
    for name in ("mine", "neighbour"):
        bus.apply(bus.node(name), bus.node(name).core.set_cp_state(CpState.B, 0.0))  # type: ignore[attr-defined]
    bus.apply(bus.node("ev"), ev.start(0.0))
    bus.run(15.0)
    assert matches(bus.node("ev"))[0].evse_mac == EVSE
    assert matches(bus.node("mine")) and not matches(bus.node("neighbour"))
    assert bus.sent("CM_VALIDATE.REQ", "ev") and len(bus.sent("CM_VALIDATE.REQ", "ev")) == 4
    assert failures(bus.node("neighbour"))[0].reason is FailReason.MATCH_AFTER_VALIDATION_TIMEOUT


def _cnf(step: Step) -> tuple[int, int]:
    (raw,) = [r for r in step.frames if parse_frame(r).name == "CM_VALIDATE.CNF"]
    msg = parse_frame(raw).msg
    return msg.toggle_num, msg.result


def _to_wait_match(core: EvseSlac, ev: str, run: bytes, now: float) -> None:
    """Drive one EV session of ``core`` through sounding to WAIT_MATCH with frames."""
    core.receive(encode("ff:ff:ff:ff:ff:ff", ev, f.CmSlacParmReq(run_id=run)), now)
    core.receive(encode("ff:ff:ff:ff:ff:ff", ev, f.CmStartAttenCharInd(num_sounds=1, run_id=run)), now)
    core.receive(encode(EVSE, MODEM, f.CmAttenProfileInd(pev_mac=ev, aag=[10] * 58)), now)
    core.receive(encode(EVSE, ev, f.CmAttenCharRsp(source_address=ev, run_id=run)), now)
    assert core.session_states()[(ev, run)] is SessionState.WAIT_MATCH


def test_second_ev_gets_not_ready_while_one_validates() -> None:
    core = EvseSlac(EvseConfig(evse_mac=EVSE, bcb_validation=True))
    core.set_cp_state(CpState.B, 0.0)
    _to_wait_match(core, EV, b"\x01" * 8, 0.0)
    _to_wait_match(core, EV2, b"\x02" * 8, 0.0)
    assert _cnf(core.receive(encode(EVSE, EV, f.CmValidateReq(timer=0, result=1)), 0.1)) == (0, 1)
    assert _cnf(core.receive(encode(EVSE, EV2, f.CmValidateReq(timer=0, result=1)), 0.15)) == (0, 0)
    core.receive(encode(EVSE, EV, f.CmValidateReq(timer=5, result=1)), 0.2)
    assert core.session_states()[(EV, b"\x01" * 8)] is SessionState.VALIDATE_TOGGLES
    core.handle_timeout(0.8)  # window over: the port is free again
    assert _cnf(core.receive(encode(EVSE, EV2, f.CmValidateReq(timer=0, result=1)), 0.85)) == (0, 1)


def test_evse_repeats_step1_cnf_then_fails_without_step2() -> None:
    core = EvseSlac(EvseConfig(evse_mac=EVSE, bcb_validation=True))
    core.set_cp_state(CpState.B, 0.0)
    _to_wait_match(core, EV, b"\x01" * 8, 0.0)
    core.receive(encode(EVSE, EV, f.CmValidateReq(timer=0, result=1)), 1.0)
    repeats = []
    for t in (1.4, 1.8):
        assert core.next_deadline() == pytest.approx(t)
        repeats.append(_cnf(core.handle_timeout(t)))
    assert repeats == [(0, 1), (0, 1)]  # C_EV_match_retry repetitions every TT_match_sequence
    step = core.handle_timeout(2.2)
    assert [e.reason for e in step.events if isinstance(e, SlacFailed)] == [FailReason.VALIDATE_STEP2_TIMEOUT]
    assert not step.frames and not core.session_states()


def test_evse_caps_the_window_at_tt_evse_vald_toggle_and_ignores_other_signal_types() -> None:
    core = EvseSlac(EvseConfig(evse_mac=EVSE, bcb_validation=True))
    core.set_cp_state(CpState.B, 0.0)
    _to_wait_match(core, EV, b"\x01" * 8, 0.0)
    assert not core.receive(encode(EVSE, EV, f.CmValidateReq(signal_type=1, timer=0, result=1)), 0.1).frames
    core.receive(encode(EVSE, EV, f.CmValidateReq(timer=0, result=1)), 0.1)
    core.receive(encode(EVSE, EV, f.CmValidateReq(timer=200, result=1)), 0.2)  # asks for 20.1 s
    assert core.next_deadline() == pytest.approx(0.2 + 3.5)


def test_evse_without_validation_answers_failure_and_ev_matches_on_attenuation() -> None:
    bus = make(evse={"bcb_validation": False})
    cnfs = capture(bus, "CM_VALIDATE.CNF")
    bus.run(5.0)
    assert [(n, r) for _, n, r in validate_cnfs(cnfs)] == [(0, 3)]
    assert matches(bus.node("ev")) and not bus.cp_log


def test_ev_requiring_validation_does_not_match_an_evse_that_cannot_validate() -> None:
    bus = make(evse={"bcb_validation": False},
               ev={"validation_required": True, "timings": SlacTimings(C_conn_max_match=1)})
    bus.run(5.0)
    assert not matches(bus.node("ev")) and not bus.sent("CM_SLAC_MATCH.REQ")
    assert failures(bus.node("ev"))[0].reason is FailReason.VALIDATION_FAILED


def test_ev_without_step2_cnf_releases_the_pilot_and_fails() -> None:
    bus = make(ev={"timings": SlacTimings(C_conn_max_match=1)})
    seen = {"n": 0}

    def drop(name: str, raw: bytes) -> bool:
        if name == "CM_VALIDATE.CNF":
            seen["n"] += 1
            return seen["n"] == 2
        return False

    bus.drop = drop
    bus.run(10.0)
    ev: EvSlac = bus.node("ev").core  # type: ignore[assignment]
    assert ev.state is EvState.FAILED
    (fail,) = failures(bus.node("ev"))
    assert fail.reason is FailReason.VALIDATION_FAILED and "no CM_VALIDATE.CNF" in fail.detail
    assert [s for _, who, s in bus.cp_log if who == "ev"] == ["C", "B", "C", "B"]
    requests = [e for e in bus.node("ev").events if isinstance(e, CpRequest)]
    assert requests[-1].state is CpState.B and requests[-1].at < fail.at


def test_service_driver_hands_cp_requests_to_the_cp_driver() -> None:
    """EvSlacService's driver calls ``cp_driver`` for each CpRequest and still queues the event."""
    import asyncio

    from v2gstack.slac.runner import _Driver

    class Wire:
        def send(self, frame: bytes) -> None: ...
        def start(self, on_frame: Any) -> None: ...
        def close(self) -> None: ...

    async def scenario() -> tuple[list[CpState], int]:
        driver = _Driver(EvSlac(EvConfig(ev_mac=EV)), Wire())  # type: ignore[arg-type]
        seen: list[CpState] = []
        driver.on_cp = seen.append
        driver.apply(Step(events=[CpRequest(CpState.C, 0.0), CpRequest(CpState.B, 0.3)]))
        driver.close()
        return seen, driver.events.qsize()

    assert asyncio.run(scenario()) == ([CpState.C, CpState.B], 2)

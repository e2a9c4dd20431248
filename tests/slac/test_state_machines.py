"""EVSE and EV SLAC cores on a fake clock: the happy path, every timer and retry, CP changes."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.slac.harness import Bus, Node
from v2gstack.slac import frames as f
from v2gstack.slac.codec import encode, parse_frame
from v2gstack.slac.ev import EvConfig, EvSlac, EvState
from v2gstack.slac.events import CpState, FailReason, SlacFailed, SlacMatched, SlacNotStarted
from v2gstack.slac.evse import EvseConfig, EvseSlac, SessionState
from v2gstack.slac.keys import derive_nid
from v2gstack.slac.simmodem import SimulatedModem

EV = "02:00:00:00:00:01"
EVSE = "02:00:00:00:00:02"
EVSE2 = "02:00:00:00:00:03"
MODEM = "00:b0:52:00:00:01"
RUN = b"\x01" * 8


def failures(node: Node) -> list[SlacFailed]:
    return [e for e in node.events if isinstance(e, SlacFailed)]


def matches(node: Node) -> list[SlacMatched]:
    return [e for e in node.events if isinstance(e, SlacMatched)]


def make(drop: Any = None, attenuation: Any = 20, ev: dict[str, Any] | None = None,
         evse: dict[str, Any] | None = None, set_key_result: int = 0) -> Bus:
    evse_core = EvseSlac(EvseConfig(evse_mac=EVSE, **(evse or {})))
    ev_core = EvSlac(EvConfig(ev_mac=EV, **(ev or {})))
    modem = SimulatedModem(MODEM, host_mac=EVSE, attenuation=attenuation, set_key_result=set_key_result)
    bus = Bus([Node("evse", evse_core), Node("ev", ev_core)], [modem], drop)
    bus.apply(bus.node("evse"), evse_core.set_cp_state(CpState.B, 0.0))
    bus.apply(bus.node("ev"), ev_core.start(0.0))
    return bus


def test_happy_path_matches_both_sides_with_the_same_key() -> None:
    bus = make()
    bus.run(5.0)
    (evse_match,), (ev_match,) = matches(bus.node("evse")), matches(bus.node("ev"))
    assert evse_match.nmk == ev_match.nmk and evse_match.nid == ev_match.nid == derive_nid(evse_match.nmk)
    assert evse_match.ev_mac == EV and ev_match.evse_mac == EVSE
    assert evse_match.attenuation_db == 20.0 and evse_match.sounds == 10
    assert ev_match.at < 1.0
    assert bus.modems[0].nmk == evse_match.nmk
    assert bus.sent("CM_START_ATTEN_CHAR.IND") == pytest.approx([0.0, 0.02, 0.04])
    assert len(bus.sent("CM_MNBC_SOUND.IND")) == 10


def test_attenuation_averaged_per_group_over_profiles() -> None:
    levels = itertools.cycle([10, 20, 30, 40, 50])
    bus = make(attenuation=lambda mac: [next(levels) + g % 2 for g in range(58)])
    atten_inds: list[Any] = []
    bus.drop = lambda name, raw: bool(name == "CM_ATTEN_CHAR.IND" and atten_inds.append(raw))
    bus.run(0.8)
    msg = parse_frame(atten_inds[0]).msg
    # each sound draws 58 values from the cycle, so every group sees each level twice over 10 sounds
    assert msg.num_sounds == 10
    assert all(28 <= a <= 32 for a in msg.aag)


def test_profiles_fewer_than_announced_finish_at_tt_evse_match_mnbc() -> None:
    sounds = {"n": 0}

    def drop(name: str, raw: bytes) -> bool:
        if name == "CM_ATTEN_PROFILE.IND":
            sounds["n"] += 1
            return sounds["n"] > 4
        return False

    bus = make(drop=drop, ev={"timings": f_timings(TT_EV_atten_results=2.0)})
    bus.run(5.0)
    ind = bus.sent("CM_ATTEN_CHAR.IND")[0]
    start = bus.sent("CM_START_ATTEN_CHAR.IND")[0]
    assert ind == pytest.approx(start + 0.6)
    assert matches(bus.node("evse"))[0].sounds == 4


def f_timings(**kw: Any) -> Any:
    from v2gstack.slac.timing import SlacTimings
    return SlacTimings(**kw)


def evse_alone(**cfg: Any) -> tuple[EvseSlac, list[Any]]:
    core = EvseSlac(EvseConfig(evse_mac=EVSE, **cfg))
    events = list(core.set_cp_state(CpState.B, 0.0).events)
    return core, events


def test_tt_evse_slac_init_and_quick_fallback() -> None:
    core, events = evse_alone(no_slac_after=3.0)
    assert core.next_deadline() == 3.0
    events += core.handle_timeout(3.0).events
    assert [e.waited for e in events if isinstance(e, SlacNotStarted)] == [3.0]
    assert core.next_deadline() == 40.0
    events += core.handle_timeout(39.9).events
    assert not [e for e in events if isinstance(e, SlacFailed)]
    events += core.handle_timeout(40.0).events
    assert [e.reason for e in events if isinstance(e, SlacFailed)] == [FailReason.SLAC_INIT_TIMEOUT]
    assert core.next_deadline() is None


def test_tt_match_sequence_without_start_atten_char() -> None:
    core, _ = evse_alone()
    step = core.receive(encode("ff:ff:ff:ff:ff:ff", EV, f.CmSlacParmReq(run_id=RUN)), 1.0)
    assert parse_frame(step.frames[0]).name == "CM_SLAC_PARM.CNF"
    assert step.deadline == pytest.approx(1.4)
    step = core.handle_timeout(1.4)
    assert [e.reason for e in step.events if isinstance(e, SlacFailed)] == [FailReason.START_ATTEN_TIMEOUT]


def test_no_profiles_fail_at_tt_evse_match_mnbc() -> None:
    bus = make(drop=lambda name, raw: name == "CM_ATTEN_PROFILE.IND")
    bus.run(0.7)
    (fail,) = failures(bus.node("evse"))
    assert fail.reason is FailReason.NO_SOUNDS
    assert fail.at == pytest.approx(0.6)


def test_atten_char_ind_repeated_then_fails() -> None:
    bus = make(drop=lambda name, raw: name in ("CM_ATTEN_CHAR.RSP", "CM_SLAC_MATCH.REQ"),
               ev={"timings": f_timings(C_conn_max_match=1)})
    bus.run(5.0)
    inds = bus.sent("CM_ATTEN_CHAR.IND")
    assert len(inds) == 3  # first + C_EV_match_retry repetitions
    assert inds[1] - inds[0] == pytest.approx(0.2) and inds[2] - inds[1] == pytest.approx(0.2)
    (fail,) = failures(bus.node("evse"))[:1]
    assert fail.reason is FailReason.ATTEN_CHAR_RSP_TIMEOUT
    assert fail.at == pytest.approx(inds[2] + 0.2)


def test_tt_evse_match_session_without_match_req() -> None:
    bus = make(drop=lambda name, raw: name == "CM_SLAC_MATCH.REQ",
               ev={"timings": f_timings(C_conn_max_match=1)})
    bus.run(20.0)
    fail = failures(bus.node("evse"))[0]
    rsp = bus.sent("CM_ATTEN_CHAR.RSP")[0]
    assert fail.reason is FailReason.MATCH_SESSION_TIMEOUT
    assert fail.at == pytest.approx(rsp + 10.0)
    assert failures(bus.node("ev"))[0].reason is FailReason.MATCH_CNF_TIMEOUT
    assert len(bus.sent("CM_SLAC_MATCH.REQ")) == 3


def test_set_key_timeout_and_failure() -> None:
    bus = make(drop=lambda name, raw: name == "CM_SET_KEY.CNF", ev={"timings": f_timings(C_conn_max_match=1)})
    bus.run(3.0)
    assert failures(bus.node("evse"))[0].reason is FailReason.SET_KEY_TIMEOUT
    bus = make(set_key_result=1, ev={"timings": f_timings(C_conn_max_match=1)})
    bus.run(3.0)
    assert failures(bus.node("evse"))[0].reason is FailReason.SET_KEY_FAILED
    assert not matches(bus.node("evse"))


def test_attenuation_too_high_is_refused() -> None:
    bus = make(attenuation=40, evse={"max_attenuation_db": 35.0},
               ev={"timings": f_timings(C_conn_max_match=1)})
    bus.run(3.0)
    assert failures(bus.node("evse"))[0].reason is FailReason.ATTENUATION_TOO_HIGH
    assert not bus.sent("CM_ATTEN_CHAR.IND")
    assert failures(bus.node("ev"))[0].reason is FailReason.ATTEN_RESULTS_TIMEOUT


def test_cp_state_a_stops_matching() -> None:
    bus = make()
    bus.run(0.1)
    evse: EvseSlac = bus.node("evse").core  # type: ignore[assignment]
    assert evse.session_states()
    step = evse.set_cp_state(CpState.A, 0.1)
    assert [e.reason for e in step.events if isinstance(e, SlacFailed)] == [FailReason.CP_STATE]
    assert evse.next_deadline() is None and not evse.session_states()
    # unplugged: frames are ignored
    step = evse.receive(encode("ff:ff:ff:ff:ff:ff", EV, f.CmSlacParmReq(run_id=RUN)), 0.2)
    assert not step.frames


def test_concurrent_sessions_bounded_and_keyed_by_mac_and_run_id() -> None:
    core, _ = evse_alone(max_sessions=3)
    evicted = []
    for i in range(6):
        step = core.receive(encode("ff:ff:ff:ff:ff:ff", EV, f.CmSlacParmReq(run_id=bytes([i]) * 8)), 0.01 * i)
        evicted += [e for e in step.events if isinstance(e, SlacFailed)]
    assert len(core.session_states()) == 3
    assert [e.reason for e in evicted] == [FailReason.EVICTED] * 3
    assert set(core.session_states()) == {(EV, bytes([i]) * 8) for i in (3, 4, 5)}


def test_ev_restarting_slac_gets_a_new_session_and_matches() -> None:
    drops = {"n": 0}

    def drop(name: str, raw: bytes) -> bool:  # the first attempt never sees a CM_SLAC_PARM.CNF
        if name == "CM_SLAC_PARM.CNF" and drops["n"] < 3:
            drops["n"] += 1
            return True
        return False

    bus = make(drop=drop)
    bus.run(5.0)
    ev: EvSlac = bus.node("ev").core  # type: ignore[assignment]
    assert ev.state is EvState.MATCHED and ev.attempt == 2
    parm = bus.sent("CM_SLAC_PARM.REQ")
    assert parm[:3] == pytest.approx([0.0, 0.2, 0.4])  # TT_match_response, C_EV_match_retry
    assert parm[3] == pytest.approx(0.6 + 0.4)  # TT_matching_rate pause, then a new RunID
    assert matches(bus.node("evse"))[0].run_id == ev.run_id


def test_lost_match_cnf_is_sent_again() -> None:
    seen = {"n": 0}

    def drop(name: str, raw: bytes) -> bool:
        if name == "CM_SLAC_MATCH.CNF":
            seen["n"] += 1
            return seen["n"] == 1
        return False

    bus = make(drop=drop)
    bus.run(5.0)
    assert len(bus.sent("CM_SLAC_MATCH.CNF")) == 2
    assert len(matches(bus.node("evse"))) == 1 and len(matches(bus.node("ev"))) == 1


def test_validation_requested_by_ev_is_answered() -> None:
    bus = make(ev={"use_validate": True})
    bus.run(5.0)
    assert len(bus.sent("CM_VALIDATE.CNF")) == 1
    assert matches(bus.node("ev"))


def test_ev_tt_ev_atten_results_and_final_failure() -> None:
    bus = make(drop=lambda name, raw: name == "CM_ATTEN_CHAR.IND")
    bus.run(30.0)
    (fail,) = failures(bus.node("ev"))
    assert fail.reason is FailReason.ATTEN_RESULTS_TIMEOUT
    starts = bus.sent("CM_SLAC_PARM.REQ", "ev")
    assert len(starts) == 3  # C_conn_max_match attempts
    assert fail.at == pytest.approx(bus.sent("CM_START_ATTEN_CHAR.IND")[-3] + 1.2)


def test_ev_picks_the_evse_with_the_lowest_attenuation() -> None:
    far, near = EvseSlac(EvseConfig(evse_mac=EVSE)), EvseSlac(EvseConfig(evse_mac=EVSE2))
    ev = EvSlac(EvConfig(ev_mac=EV))
    modems = [SimulatedModem(MODEM, EVSE, attenuation=50), SimulatedModem(MODEM, EVSE2, attenuation=12)]
    bus = Bus([Node("far", far), Node("near", near), Node("ev", ev)], modems)
    for name in ("far", "near"):
        bus.apply(bus.node(name), bus.node(name).core.set_cp_state(CpState.B, 0.0))  # type: ignore[attr-defined]
    bus.apply(bus.node("ev"), ev.start(0.0))
    bus.run(15.0)
    assert matches(bus.node("ev"))[0].evse_mac == EVSE2
    assert matches(bus.node("near")) and not matches(bus.node("far"))
    assert failures(bus.node("far"))[0].reason is FailReason.MATCH_SESSION_TIMEOUT


def test_malformed_and_foreign_frames_are_ignored() -> None:
    core, _ = evse_alone()
    for junk in (b"", b"\x00" * 60, encode(EVSE, EV, f.CmSlacParmReq())[:20]):
        step = core.receive(junk, 0.0)
        assert not step.frames and not step.events
    assert core.malformed == 3
    # a CM_SLAC_PARM.REQ unicast to another EVSE and one with application type 1 are not ours
    assert not core.receive(encode(EVSE2, EV, f.CmSlacParmReq(run_id=RUN)), 0.0).frames
    assert not core.receive(encode(EVSE, EV, f.CmSlacParmReq(application_type=1)), 0.0).frames
    # a CM_SLAC_MATCH.REQ for a session that does not exist
    assert not core.receive(encode(EVSE, EV, f.CmSlacMatchReq(pev_mac=EV, evse_mac=EVSE)), 0.0).frames
    assert SessionState.MATCHED.value == "matched"


def test_ev_gives_up_without_parm_cnf() -> None:
    ev = EvSlac(EvConfig(ev_mac=EV, timings=f_timings(C_conn_max_match=1)))
    sent = [(0.0, parse_frame(raw).name) for raw in ev.start(0.0).frames]
    for _ in range(2):
        t = ev.next_deadline()
        assert t is not None
        sent += [(t, parse_frame(raw).name) for raw in ev.handle_timeout(t).frames]
    step = ev.handle_timeout(ev.next_deadline() or 0.0)
    assert [n for _, n in sent] == ["CM_SLAC_PARM.REQ"] * 3
    assert [t for t, _ in sent] == pytest.approx([0.0, 0.2, 0.4])
    assert [e.reason for e in step.events if isinstance(e, SlacFailed)] == [FailReason.PARM_CNF_TIMEOUT]
    assert ev.state is EvState.FAILED and ev.next_deadline() is None


def test_atten_char_rsp_with_failure_result_ends_the_session() -> None:
    bus = make(ev={"timings": f_timings(C_conn_max_match=1)})
    rsp: list[bytes] = []
    bus.drop = lambda name, raw: (name == "CM_ATTEN_CHAR.RSP" and not rsp.append(raw)) or (
        name == "CM_SLAC_MATCH.REQ")
    bus.run(0.3)
    evse: EvseSlac = bus.node("evse").core  # type: ignore[assignment]
    assert list(evse.session_states().values()) == [SessionState.WAIT_ATTEN_RSP]
    msg = parse_frame(rsp[0]).msg
    msg.result = 1
    step = evse.receive(encode(EVSE, EV, msg), 0.3)
    assert [e.reason for e in step.events if isinstance(e, SlacFailed)] == [FailReason.ATTEN_CHAR_RSP_FAILED]
    assert not evse.session_states()


def test_ev_validate_cnf_timeout_after_retries() -> None:
    bus = make(drop=lambda name, raw: name == "CM_VALIDATE.CNF",
               ev={"use_validate": True, "timings": f_timings(C_conn_max_match=1)})
    bus.run(5.0)
    reqs = bus.sent("CM_VALIDATE.REQ")
    assert len(reqs) == 3 and reqs[2] - reqs[0] == pytest.approx(0.4)
    (fail,) = failures(bus.node("ev"))
    assert fail.reason is FailReason.VALIDATE_CNF_TIMEOUT and fail.at == pytest.approx(reqs[2] + 0.2)


def test_ev_refuses_a_nid_that_does_not_derive_from_the_nmk() -> None:
    ev = EvSlac(EvConfig(ev_mac=EV, run_id_source=lambda: RUN, timings=f_timings(C_conn_max_match=1)))
    ev.start(0.0)
    ev.receive(encode(EV, EVSE, f.CmSlacParmCnf(forwarding_sta=EV, run_id=RUN)), 0.01)
    ev.receive(encode(EV, EVSE, f.CmAttenCharInd(source_address=EV, run_id=RUN, num_sounds=10, aag=[9] * 58)),
               0.05)
    now = 0.05
    while (deadline := ev.next_deadline()) is not None and ev.state is EvState.SOUNDING:
        now = deadline
        ev.handle_timeout(now)
    assert ev.state is EvState.WAIT_MATCH_CNF
    nmk = bytes(range(16))
    bad = f.CmSlacMatchCnf(pev_mac=EV, evse_mac=EVSE, run_id=RUN, nmk=nmk, nid=b"\x01" * 7)
    step = ev.receive(encode(EV, EVSE, bad), now + 0.01)
    assert [e.reason for e in step.events if isinstance(e, SlacFailed)] == [FailReason.NID_MISMATCH]
    assert ev.result is None


def test_ev_sets_the_key_on_its_own_modem_and_times_out_without_it() -> None:
    ev_modem = "00:b0:52:00:00:02"
    bus = make(ev={"modem_mac": ev_modem})
    bus.modems.append(SimulatedModem(ev_modem, host_mac=EV))
    bus.run(5.0)
    (match,) = matches(bus.node("ev"))
    assert bus.modems[1].nmk == match.nmk and bus.modems[1].nid == match.nid
    assert match.at >= bus.sent("CM_SET_KEY.CNF")[-1]
    bus = make(ev={"modem_mac": ev_modem, "timings": f_timings(C_conn_max_match=1)})  # no EV modem
    bus.run(5.0)
    assert not matches(bus.node("ev"))
    assert failures(bus.node("ev"))[0].reason is FailReason.SET_KEY_TIMEOUT


def test_repeated_match_req_answered_until_tt_match_join() -> None:
    bus = make(evse={"link_poll_interval": None})
    req: list[bytes] = []
    inner = bus.drop
    bus.drop = lambda name, raw: bool(name == "CM_SLAC_MATCH.REQ" and req.append(raw)) or inner(name, raw)
    bus.run(1.0)
    evse: EvseSlac = bus.node("evse").core  # type: ignore[assignment]
    (match,) = matches(bus.node("evse"))
    assert [parse_frame(r).name for r in evse.receive(req[0], 5.0).frames] == ["CM_SLAC_MATCH.CNF"]
    evse.handle_timeout(match.at + 12.0)
    assert not evse.receive(req[0], match.at + 12.1).frames

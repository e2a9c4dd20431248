"""Link supervision after the match (EVSE core, fake clock): link up, loss, join timeout, CP, terminate."""

from __future__ import annotations

from typing import Any

import pytest

from tests.slac.harness import Bus, Node
from v2gstack.slac import frames as f
from v2gstack.slac.codec import encode, parse_frame
from v2gstack.slac.ev import EvConfig, EvSlac
from v2gstack.slac.events import CpState, FailReason, SlacLinkLost, SlacLinkUp, SlacMatched
from v2gstack.slac.evse import EvseConfig, EvseSlac
from v2gstack.slac.keys import derive_nid
from v2gstack.slac.simmodem import SimulatedModem

EV = "02:00:00:00:00:01"
EVSE = "02:00:00:00:00:02"
MODEM = "00:b0:52:00:00:01"


def make(**evse: Any) -> tuple[Bus, EvseSlac, SimulatedModem, SlacMatched]:
    core = EvseSlac(EvseConfig(evse_mac=EVSE, **evse))
    ev = EvSlac(EvConfig(ev_mac=EV))
    modem = SimulatedModem(MODEM, host_mac=EVSE)
    bus = Bus([Node("evse", core), Node("ev", ev)], [modem])
    bus.apply(bus.node("evse"), core.set_cp_state(CpState.B, 0.0))
    bus.apply(bus.node("ev"), ev.start(0.0))
    bus.run(0.3)
    (match,) = [e for e in bus.node("evse").events if isinstance(e, SlacMatched)]
    return bus, core, modem, match


def lost(bus: Bus) -> list[SlacLinkLost]:
    return [e for e in bus.node("evse").events if isinstance(e, SlacLinkLost)]


def polls(bus: Bus) -> list[float]:
    return bus.sent("VS_PL_LNK_STATUS.REQ", "evse")


def test_link_up_reported_then_loss_after_two_no_link_answers_and_the_evse_leaves() -> None:
    bus, core, modem, match = make()
    bus.run(2.0)
    (up,) = [e for e in bus.node("evse").events if isinstance(e, SlacLinkUp)]
    assert up.ev_mac == EV and up.nid == match.nid
    assert up.at == pytest.approx(match.at + 0.5)  # first poll, link_poll_interval, within TP_link_ready
    assert polls(bus)[:3] == pytest.approx([match.at + 0.5, match.at + 1.0, match.at + 1.5])
    assert core.link_up and not lost(bus)
    modem.peer_joined = False  # the EV left the AVLN
    gone_at = bus.now
    bus.run(5.0)
    (event,) = lost(bus)
    assert event.reason is FailReason.LINK_DOWN and event.ev_mac == EV and event.nid == match.nid
    first_poll_after = min(t for t in polls(bus) if t > gone_at)
    assert event.at == pytest.approx(first_poll_after + 0.5)  # link_loss_polls = 2 answers "no link"
    # leaving: a new NMK on the local modem, and no more polling
    assert modem.nmk is not None and modem.nmk != match.nmk and modem.nid == derive_nid(modem.nmk)
    assert max(polls(bus)) < event.at + 1e-9 and core.next_deadline() is None and not core.link_up


def test_silent_modem_is_a_lost_link() -> None:
    bus, core, _, match = make()
    bus.run(1.2)
    assert core.link_up
    bus.drop = lambda name, raw: name == "VS_PL_LNK_STATUS.CNF"
    bus.run(5.0)
    (event,) = lost(bus)
    assert event.reason is FailReason.MODEM_SILENT
    assert event.at == pytest.approx(match.at + 2.0)  # polls at +1.0 and +1.5 unanswered


def test_no_link_within_tt_match_join() -> None:
    bus, core, modem, match = make()
    modem.peer_joined = False  # the EV never joins
    bus.run(20.0)
    assert not [e for e in bus.node("evse").events if isinstance(e, SlacLinkUp)]
    (event,) = lost(bus)
    assert event.reason is FailReason.LINK_JOIN_TIMEOUT
    assert event.at == pytest.approx(match.at + 12.0)
    assert not core.session_states()


def test_unplug_after_the_match_ends_the_link_and_leaves() -> None:
    bus, core, _modem, match = make()
    bus.run(1.0)
    step = core.set_cp_state(CpState.A, 1.0)
    (event,) = [e for e in step.events if isinstance(e, SlacLinkLost)]
    assert event.reason is FailReason.CP_STATE and event.ev_mac == EV
    (leave,) = [parse_frame(raw) for raw in step.frames]
    assert leave.name == "CM_SET_KEY.REQ" and leave.dst == MODEM and leave.msg.new_key != match.nmk
    assert core.next_deadline() is None


def test_terminate_leaves_and_stops_polling() -> None:
    bus, core, _, _match = make()
    bus.run(1.0)
    step = core.terminate(1.0)
    assert [e.reason for e in step.events if isinstance(e, SlacLinkLost)] == [FailReason.TERMINATED]
    assert [parse_frame(raw).name for raw in step.frames] == ["CM_SET_KEY.REQ"]
    assert core.next_deadline() is None
    assert not core.terminate(1.1).events  # nothing left to terminate


def test_no_new_matching_while_the_link_is_up() -> None:
    bus, core, _modem, _ = make()
    bus.run(1.0)
    parm = encode("ff:ff:ff:ff:ff:ff", EV, f.CmSlacParmReq(run_id=b"\x09" * 8))
    assert core.link_up and not core.receive(parm, 1.0).frames
    core.set_cp_state(CpState.A, 1.1)
    core.set_cp_state(CpState.B, 1.2)
    assert [parse_frame(raw).name for raw in core.receive(parm, 1.3).frames] == ["CM_SLAC_PARM.CNF"]


def test_without_polling_no_link_frames_but_unplug_still_reported() -> None:
    bus, core, _, _ = make(link_poll_interval=None, leave_on_link_loss=False)
    bus.run(20.0)
    assert not polls(bus) and not [e for e in bus.node("evse").events if isinstance(e, SlacLinkUp)]
    step = core.set_cp_state(CpState.E, 20.0)
    assert [e.reason for e in step.events if isinstance(e, SlacLinkLost)] == [FailReason.CP_STATE]
    assert not step.frames  # leave_on_link_loss=False


def test_unanswered_polls_before_the_link_is_up_only_bound_by_tt_match_join() -> None:
    """A QCA modem restarts to apply the new NMK and may be silent: no MODEM_SILENT before link up."""
    bus, _, _, match = make()
    bus.drop = lambda name, raw: name == "VS_PL_LNK_STATUS.CNF"
    bus.run(20.0)
    (event,) = lost(bus)
    assert event.reason is FailReason.LINK_JOIN_TIMEOUT and event.at == pytest.approx(match.at + 12.0)

"""EVCC MobilityNeedsMode (fake clock): which parameter set the EV selects and, with MobilityNeedsMode 2,
what it does with the DepartureTime, MinimumSOC and TargetSOC the SECC sends in ScheduleExchangeRes and the
dynamic ChargeLoopRes ([V2G20-1648], [V2G20-1649], [V2G20-1292], [V2G20-1294], [V2G20-2668], [V2G20-2669]).

Our SECC offers MobilityNeedsMode 1 only, so the in-memory runs alter its responses (``alter_response``) into
those of an SECC that provides mobility needs, as the iso15118 PyPI SECC does (docs/interop.md Q17)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.evcc.steps import drive_to
from tests.evcc.test_session_memory import FakeClock
from v2gstack.evcc.client import SessionReport
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import InMemoryRun, run_in_memory
from v2gstack.evcc.report import mobility_line, session_line
from v2gstack.evcc.session import EvccConfig, EvccSession
from v2gstack.evcc.types import MobilityNeeds, MobilityNeedsMode
from v2gstack.secc import messages as m
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import ControlMode, EnergyService

SERVICES = [EnergyService.DC, EnergyService.DC_BPT, EnergyService.AC, EnergyService.AC_BPT]
DYNAMIC = ControlMode.DYNAMIC
SECC = MobilityNeedsMode.SECC


# -- which parameter set -----------------------------------------------------------------------------------


def parameter_set(pid: int, control_mode: int, mobility: int | None) -> Any:
    params = [m.cm.Parameter(name="Connector", int_value=2),
              m.cm.Parameter(name="ControlMode", int_value=control_mode)]
    if mobility is not None:
        params.append(m.cm.Parameter(name="MobilityNeedsMode", int_value=mobility))
    return m.cm.ParameterSet(parameter_set_id=pid, parameter=params)


#: What the iso15118 PyPI SECC offers (Q17): Scheduled/1, Dynamic/2, Dynamic/1.
PEER_SETS = [(1, 1, 1), (2, 2, 2), (3, 2, 1)]


def selected(config: EvccConfig, sets: list[tuple[int, int, int | None]]) -> tuple[EvccSession, int | None]:
    """The parameter set the EV selects in ServiceSelectionReq (None: it stopped instead)."""
    core, _ = drive_to(config, "ServiceDetailReq")
    res = m.cm.ServiceDetailRes(header=m.header(core.session_id), response_code=m.code("OK"),
                                service_id=config.service.value,
                                service_parameter_list=m.cm.ServiceParameterList(
                                    parameter_set=[parameter_set(*s) for s in sets]))
    request = core.receive(res, 1.0)
    assert request is not None
    if request.name != "ServiceSelectionReq":
        return core, None
    return core, int(request.message.selected_energy_transfer_service.parameter_set_id)


@pytest.mark.parametrize(("mode", "preference", "pid", "mobility"), [
    (DYNAMIC, MobilityNeedsMode.EVCC, 3, MobilityNeedsMode.EVCC),   # the default: the EV's own needs
    (DYNAMIC, SECC, 2, SECC),
    (ControlMode.SCHEDULED, MobilityNeedsMode.EVCC, 1, MobilityNeedsMode.EVCC),
    (ControlMode.SCHEDULED, SECC, 1, MobilityNeedsMode.EVCC),     # 2 only with Dynamic ([V2G20-2663])
])
def test_the_ev_selects_by_control_mode_and_mobility_needs_mode(
        mode: ControlMode, preference: MobilityNeedsMode, pid: int, mobility: MobilityNeedsMode) -> None:
    assert EvccConfig().mobility_needs is MobilityNeedsMode.EVCC and EvccConfig().accept_secc_needs
    core, chosen = selected(EvccConfig(mode=mode, mobility_needs=preference), PEER_SETS)
    assert chosen == pid and core.result.mobility_needs_mode is mobility


def test_the_other_mobility_needs_mode_when_the_preferred_one_is_not_offered() -> None:
    core, chosen = selected(EvccConfig(mode=DYNAMIC), [(1, 1, 1), (2, 2, 2)])
    assert chosen == 2 and core.result.mobility_needs_mode is SECC
    core, chosen = selected(EvccConfig(mode=DYNAMIC, mobility_needs=SECC), [(5, 2, 1)])
    assert chosen == 5 and core.result.mobility_needs_mode is MobilityNeedsMode.EVCC


def test_absent_counts_as_1_and_unknown_or_misplaced_values_are_not_selected() -> None:
    sets: list[tuple[int, int, int | None]] = [(4, 2, 7), (5, 2, 0), (6, 2, None)]
    core, chosen = selected(EvccConfig(mode=DYNAMIC, mobility_needs=SECC), sets)
    assert chosen == 6 and core.result.mobility_needs_mode is MobilityNeedsMode.EVCC
    core, chosen = selected(EvccConfig(), [(1, 1, 2), (2, 2, 2)])  # Scheduled with 2: not selectable
    assert chosen is None
    stop = m.cm.SessionStopRes(header=m.header(core.session_id), response_code=m.code("OK"))
    assert core.receive(stop, 2.0) is None
    assert not core.result.completed and core.result.reason == "control mode SCHEDULED not offered"


# -- an SECC that provides mobility needs, in memory ----------------------------------------------------


def secc_providing(schedule: MobilityNeeds, loop: Callable[[int], MobilityNeeds | None] = lambda i: None,
                   ack_max_delay: int = 10, offer_mode_2: bool = True) -> Callable[[Any], None]:
    """``alter_response`` for run_in_memory: our SECC's Dynamic parameter set says MobilityNeedsMode 2 (unless
    not ``offer_mode_2``), its Finished dynamic ScheduleExchangeRes carries ``schedule`` and ChargeLoopRes
    number i ``loop(i)``."""
    loops = [0]

    def put(element: Any, needs: MobilityNeeds) -> None:
        element.departure_time = needs.departure_time
        element.minimum_soc = needs.minimum_soc
        element.target_soc = needs.target_soc

    def alter(res: Any) -> None:
        name = type(res).__name__
        if name == "ServiceDetailRes" and offer_mode_2:
            for pset in res.service_parameter_list.parameter_set:
                values = {p.name: p for p in pset.parameter}
                if values["ControlMode"].int_value == 2:
                    values["MobilityNeedsMode"].int_value = 2
        elif name == "ScheduleExchangeRes" and res.evse_processing.value == "Finished":
            if res.dynamic_se_res_control_mode is not None:
                put(res.dynamic_se_res_control_mode, schedule)
        elif name.endswith("ChargeLoopRes"):
            needs = loop(loops[0])
            loops[0] += 1
            if needs is not None and "Dynamic" in type(res.cl_res_control_mode).__name__:
                put(res.cl_res_control_mode, needs)
                res.cl_res_control_mode.ack_max_delay = ack_max_delay

    return alter


def run(config: EvccConfig, alter: Callable[[Any], None],
        ev: SimulatedEV | None = None) -> tuple[InMemoryRun, list[Any], SimulatedEV]:
    """The EV against our SECC engine (responses altered), through the codec; also the ChargeLoopReqs the SECC
    decoded."""
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock)
    engine = SeccSession(evse.capabilities(), clock())
    loops: list[Any] = []
    receive = engine.receive

    def spy(message: Any, payload_type: int, now: float, raw: bytes | None = None) -> Any:
        if type(message).__name__.endswith("ChargeLoopReq"):
            loops.append(message)
        return receive(message, payload_type, now, raw=raw)

    engine.receive = spy  # type: ignore[method-assign]
    ev = ev or SimulatedEV()
    result = asyncio.run(run_in_memory(config, ev, evse, clock, advance=clock.advance, secc=engine,
                                       alter_response=alter))
    return result, loops, ev


def sent(request: Any) -> MobilityNeeds:
    """The mobility needs a ChargeLoopReq carries."""
    display = request.display_parameters
    return MobilityNeeds(request.cl_req_control_mode.departure_time, display.minimum_soc, display.target_soc)


def energy_target(request: Any) -> float:
    return float(request.cl_req_control_mode.ev_target_energy_request.to_float())


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_mobility_needs_mode_2_adopts_the_seccs_needs(service: EnergyService) -> None:
    """[V2G20-1648]: from ScheduleExchangeRes into the next ChargeLoopReq; [V2G20-1292]/[V2G20-2668]: a new
    TargetSOC in a ChargeLoopRes goes into the next ChargeLoopReq (well within AckMaxDelay)."""
    alter = secc_providing(MobilityNeeds(3600, 30, 85),
                           lambda i: MobilityNeeds(3600, 30, 90) if i >= 2 else None)
    config = EvccConfig(service=service, mode=DYNAMIC, mobility_needs=SECC, cycles=5)
    run_, loops, ev = run(config, alter)
    r = run_.result
    assert r.completed, r.reason
    assert r.mobility_needs_mode is SECC
    assert r.ev_needs == MobilityNeeds(7200, 20, 80)  # its own initial needs, always provided (Table 205)
    assert r.secc_needs == MobilityNeeds(3600, 30, 90)
    assert len(loops) == 5
    first = sent(loops[0])
    assert (first.minimum_soc, first.target_soc) == (30, 85)
    assert first.departure_time is not None and 3590 <= first.departure_time <= 3600
    assert [sent(req).target_soc for req in loops] == [85, 85, 85, 90, 90]
    capacity = ev.capacity_wh
    present = loops[0].display_parameters.present_soc
    assert energy_target(loops[0]) == pytest.approx((85 - present) / 100 * capacity, abs=capacity / 100)
    assert energy_target(loops[4]) > energy_target(loops[2])  # the higher target asks for more energy
    assert (ev.min_soc, ev.target_soc) == (30.0, 90.0)
    in_force = r.needs_in_force
    assert in_force is not None and (in_force.minimum_soc, in_force.target_soc) == (30, 90)
    assert r.mobility_updates == [
        "ScheduleExchangeRes: MinimumSOC 30 % adopted (was 20 %)",
        "ScheduleExchangeRes: TargetSOC 85 % adopted (was 80 %)",
        "ScheduleExchangeRes: DepartureTime 3600 s adopted (was 7200 s)",
        f"{'DC' if service.is_dc else 'AC'}_ChargeLoopRes: TargetSOC 90 % adopted (was 85 %)",
    ]
    line = mobility_line(SessionReport(r))
    assert line is not None and line.startswith(
        "mobility needs: MobilityNeedsMode 2 (SECC may provide); EV: DepartureTime 7200 s, MinimumSOC 20 %, "
        "TargetSOC 80 %; SECC: DepartureTime 3600 s, MinimumSOC 30 %, TargetSOC 90 %; "
        "in force: DepartureTime ")
    assert ", MobilityNeedsMode 2 (DepartureTime " in session_line(0, SessionReport(r))


def test_the_peers_values_repeated_in_every_response_are_adopted_once() -> None:
    """Q17: the iso15118 SECC sends DepartureTime 7200, MinimumSOC 30, TargetSOC 80 everywhere."""
    peer = MobilityNeeds(7200, 30, 80)
    run_, loops, _ = run(EvccConfig(service=EnergyService.AC, mode=DYNAMIC, mobility_needs=SECC, cycles=4),
                         secc_providing(peer, lambda i: peer))
    r = run_.result
    assert r.completed and r.mobility_updates == ["ScheduleExchangeRes: MinimumSOC 30 % adopted (was 20 %)"]
    assert all(sent(req).minimum_soc == 30 for req in loops)
    assert r.needs_in_force == MobilityNeeds(7200, 30, 80)


def test_an_ev_that_cannot_accept_sends_its_own_values() -> None:
    """[V2G20-1649], [V2G20-1294]/[V2G20-2669]: different values than the SECC's in the next ChargeLoopReq."""
    alter = secc_providing(MobilityNeeds(3600, 30, 85), lambda i: MobilityNeeds(1800, 40, 90))
    config = EvccConfig(service=EnergyService.DC, mode=DYNAMIC, mobility_needs=SECC, accept_secc_needs=False,
                        cycles=3)
    run_, loops, ev = run(config, alter)
    r = run_.result
    assert r.completed, r.reason
    assert [sent(req) for req in loops] == [MobilityNeeds(7200, 20, 80)] * 3
    assert (ev.min_soc, ev.target_soc) == (20.0, 80.0) and r.needs_in_force == r.ev_needs
    assert r.secc_needs == MobilityNeeds(1800, 40, 90)
    assert "ScheduleExchangeRes: TargetSOC 85 % refused (the EV cannot accept it)" in r.mobility_updates
    assert "DC_ChargeLoopRes: DepartureTime 1800 s refused (the EV cannot accept it)" in r.mobility_updates


def test_minimum_above_target_is_refused() -> None:
    """[V2G20-1640]: the SECC only sends MinimumSOC <= TargetSOC; an EV does not adopt a pair that breaks it
    (here the SECC's MinimumSOC against the EV's own TargetSOC)."""
    run_, loops, ev = run(EvccConfig(service=EnergyService.AC, mode=DYNAMIC, mobility_needs=SECC, cycles=2),
                          secc_providing(MobilityNeeds(minimum_soc=90)))
    r = run_.result
    assert r.completed and (ev.min_soc, ev.target_soc) == (20.0, 80.0)
    assert r.mobility_updates == ["ScheduleExchangeRes: MinimumSOC 90 % refused (MinimumSOC 90 % above "
                                  "TargetSOC 80 %, [V2G20-1640])"]
    assert all(sent(req) == MobilityNeeds(7200, 20, 80) for req in loops)


def test_mobility_needs_mode_1_ignores_seccs_values_and_requests_are_as_before() -> None:
    """Values an SECC sends although MobilityNeedsMode 1 was selected are not for this EV (Table 109: "Only
    used when service parameter MobilityNeedsMode was set to 2"): noted once, not adopted, not echoed."""
    peer = MobilityNeeds(7200, 30, 80)
    alter = secc_providing(peer, lambda i: peer, offer_mode_2=False)
    config = EvccConfig(service=EnergyService.DC, mode=DYNAMIC, mobility_needs=SECC, cycles=3)
    run_, loops, ev = run(config, alter)
    r = run_.result
    assert r.completed and r.mobility_needs_mode is MobilityNeedsMode.EVCC  # the only one offered
    assert r.mobility_updates == [
        "ScheduleExchangeRes: DepartureTime 7200 s ignored (MobilityNeedsMode 1)",
        "ScheduleExchangeRes: MinimumSOC 30 % ignored (MobilityNeedsMode 1)",
        "ScheduleExchangeRes: TargetSOC 80 % ignored (MobilityNeedsMode 1)",
    ]
    assert (ev.min_soc, ev.target_soc) == (20.0, 80.0) and r.secc_needs is None
    for req in loops:  # as before MobilityNeedsMode existed here
        assert req.cl_req_control_mode.departure_time is None and req.display_parameters.minimum_soc is None
    line = mobility_line(SessionReport(r))
    assert line is not None and line.startswith("mobility needs: MobilityNeedsMode 1 (provided by the EV)")
    assert "MobilityNeedsMode" not in session_line(0, SessionReport(r))


def test_nothing_to_say_without_mobility_needs_from_the_secc() -> None:
    run_, _, _ = run(EvccConfig(service=EnergyService.AC, mode=DYNAMIC, cycles=2), lambda res: None)
    assert run_.result.completed and run_.result.mobility_needs_mode is MobilityNeedsMode.EVCC
    assert mobility_line(SessionReport(run_.result)) is None


def test_departure_time_counts_down_from_the_responses_arrival() -> None:
    """[V2G20-2104]: the offset from the message; the EV counts from when it got the response (its own clock)
    and never sends less than 1 s ([V2G20-2103]); DepartureTime 0 is refused."""
    core = EvccSession(EvccConfig(mode=DYNAMIC, mobility_needs=SECC), SimulatedEV(), 0.0)
    core._mobility = SECC
    core._secc_needs(m.cm.Dynamic_SEResControlMode(departure_time=100), "ScheduleExchangeRes", 10.0)
    needs = core._loop_needs(50.0)
    assert needs is not None and needs.departure_time == 60
    late = core._loop_needs(500.0)
    assert late is not None and late.departure_time == 1
    core._secc_needs(m.cm.Dynamic_SEResControlMode(departure_time=0), "ScheduleExchangeRes", 500.0)
    assert core.result.mobility_updates[-1] == ("ScheduleExchangeRes: DepartureTime 0 s refused (not larger "
                                                "than 0, [V2G20-2103])")
    scheduled = EvccSession(EvccConfig(mobility_needs=SECC), SimulatedEV(), 0.0)
    scheduled._mobility = SECC
    assert scheduled._loop_needs(1.0) is None  # scheduled mode: no mobility needs in the loop request

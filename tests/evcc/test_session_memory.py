"""The EVCC core against the SECC engine in memory: every service x control mode, fake clock, no sockets."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import InMemoryRun, run_in_memory
from v2gstack.evcc.session import EvccConfig, EvccSession, Stage
from v2gstack.evcc.timing import EvccTiming
from v2gstack.secc import messages as m
from v2gstack.secc.session import Control, SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import AuthorizationStatus, ControlMode, EnergyService, IsolationStatus

SERVICES = [EnergyService.DC, EnergyService.DC_BPT, EnergyService.AC, EnergyService.AC_BPT]
COMBOS = [(s, mode) for s in SERVICES for mode in ControlMode]


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self, step: float = 0.05) -> None:
        self.t = 1000.0
        self.step = step

    def __call__(self) -> float:
        return self.t

    def advance(self) -> None:
        self.t += self.step


def run(config: EvccConfig, evse: SimulatedEVSE | None = None, ev: SimulatedEV | None = None,
        clock: FakeClock | None = None, **kw: Any) -> InMemoryRun:
    clock = clock or FakeClock()
    evse = evse or SimulatedEVSE(clock=clock)
    return asyncio.run(run_in_memory(config, ev or SimulatedEV(), evse, clock, advance=clock.advance, **kw))


def requests_of(r: InMemoryRun) -> list[str]:
    return [e.request for e in r.exchanges]


def squash(names: list[str]) -> list[str]:
    """Collapse repeats (Ongoing loops, charge loops) into one entry."""
    out: list[str] = []
    for name in names:
        if not out or out[-1] != name:
            out.append(name)
    return out


@pytest.mark.parametrize(("service", "mode"), COMBOS, ids=lambda v: v.name)
def test_full_session(service: EnergyService, mode: ControlMode) -> None:
    r = run(EvccConfig(service=service, mode=mode, cycles=6))
    res = r.result
    assert res.completed, res.reason
    assert res.reason == "terminated" and not res.paused
    assert res.cycles == 6
    assert res.energy_in_wh > 0 and res.energy_out_wh == 0
    assert res.soc > 40.0
    expected = ["supportedAppProtocolReq", "SessionSetupReq", "AuthorizationSetupReq", "AuthorizationReq",
                "ServiceDiscoveryReq", "ServiceDetailReq", "ServiceSelectionReq"]
    if service.is_dc:
        expected += ["DC_ChargeParameterDiscoveryReq", "ScheduleExchangeReq", "DC_CableCheckReq",
                     "DC_PreChargeReq", "PowerDeliveryReq", "DC_ChargeLoopReq", "PowerDeliveryReq",
                     "DC_WeldingDetectionReq", "SessionStopReq"]
    else:
        expected += ["AC_ChargeParameterDiscoveryReq", "ScheduleExchangeReq", "PowerDeliveryReq",
                     "AC_ChargeLoopReq", "PowerDeliveryReq", "SessionStopReq"]
    assert squash(requests_of(r)) == expected
    assert requests_of(r).count(("DC_" if service.is_dc else "AC_") + "ChargeLoopReq") == 6
    assert r.secc.ended and r.secc.end_reason is not None and r.secc.end_reason.name == "SESSION_STOPPED"
    assert r.secc.ctx.service is service and r.secc.ctx.control_mode is mode


@pytest.mark.parametrize(("service", "mode"), [
    (EnergyService.DC_BPT, ControlMode.DYNAMIC),
    (EnergyService.AC_BPT, ControlMode.DYNAMIC),
    (EnergyService.AC_BPT, ControlMode.SCHEDULED),
], ids=lambda v: v.name)
def test_bpt_energy_flows_both_ways(service: EnergyService, mode: ControlMode) -> None:
    """The charger's setpoint goes negative halfway (in DC scheduled mode the EV sets the current)."""
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock)

    def flip(engine: SeccSession, index: int) -> None:
        if index == 4:
            evse.dynamic_setpoint = -20_000.0

    r = run(EvccConfig(service=service, mode=mode, cycles=10), evse=evse, clock=clock, on_cycle=flip)
    assert r.result.completed, r.result.reason
    assert r.result.energy_in_wh > 0 and r.result.energy_out_wh > 0


def test_dc_scheduled_bpt_ev_discharges_on_its_own() -> None:
    cfg = EvccConfig(service=EnergyService.DC_BPT, mode=ControlMode.SCHEDULED, cycles=12,
                     discharge_from_cycle=4)
    r = run(cfg)
    assert r.result.completed and r.result.energy_in_wh > 0 and r.result.energy_out_wh > 0
    plain = run(EvccConfig(service=EnergyService.DC_BPT, mode=ControlMode.SCHEDULED, cycles=12))
    assert plain.result.energy_out_wh == 0


def test_non_bpt_service_never_discharges() -> None:
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock, dynamic_setpoint=-20_000.0)
    r = run(EvccConfig(service=EnergyService.DC, mode=ControlMode.DYNAMIC, cycles=5), evse=evse, clock=clock)
    assert r.result.completed and r.result.energy_out_wh == 0


@pytest.mark.parametrize("note", [Control.STOP, Control.PAUSE], ids=lambda v: v.name)
def test_evse_notification_stops_early(note: Control) -> None:
    def stop(engine: SeccSession, index: int) -> None:
        if index == 2:
            engine.control(note, 0.0)

    r = run(EvccConfig(service=EnergyService.DC, cycles=10), on_cycle=stop)
    res = r.result
    assert res.completed, res.reason
    assert res.cycles == 3  # the response to loop index 2 carries the notification
    assert res.evse_notification == ("Terminate" if note is Control.STOP else "Pause")
    assert res.paused is (note is Control.PAUSE)
    assert requests_of(r)[-1] == "SessionStopReq"


def test_pause_then_resume_with_old_session_id() -> None:
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock)
    first = run(EvccConfig(service=EnergyService.AC, cycles=10, pause_after=2), evse=evse, clock=clock)
    assert first.result.completed and first.result.paused and first.result.cycles == 2
    sid = first.result.session_id
    assert sid in first.secc.ctx.paused
    again = SeccSession(evse.capabilities(), clock(), paused=first.secc.ctx.paused)
    second = run(EvccConfig(service=EnergyService.AC, cycles=3, resume_session_id=sid), evse=evse,
                 clock=clock, secc=again)
    assert second.result.completed, second.result.reason
    assert second.result.session_id == sid and sid not in again.ctx.paused  # resumed, entry consumed


def test_resume_with_unknown_session_id_fails() -> None:
    r = run(EvccConfig(service=EnergyService.AC, cycles=3, resume_session_id=b"\x01" * 8))
    assert not r.result.completed and "resumption refused" in r.result.reason


def test_ongoing_authorization_and_cable_check_repeat() -> None:
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock, cable_check_duration=0.3)
    states = iter([AuthorizationStatus.PENDING] * 3)

    async def authorize(session: Any) -> AuthorizationStatus:
        return next(states, AuthorizationStatus.ACCEPTED)

    evse.authorize = authorize  # type: ignore[method-assign]
    r = run(EvccConfig(service=EnergyService.DC, cycles=2), evse=evse, clock=clock)
    assert r.result.completed, r.result.reason
    assert requests_of(r).count("AuthorizationReq") == 4
    assert requests_of(r).count("DC_CableCheckReq") > 2


def test_ongoing_timeout_fails_the_session() -> None:
    clock = FakeClock(step=1.0)
    evse = SimulatedEVSE(clock=clock, authorization=AuthorizationStatus.PENDING)
    timing = EvccTiming(ongoing=5.0)
    r = run(EvccConfig(service=EnergyService.AC, timing=timing), evse=evse, clock=clock)
    assert not r.result.completed and "Ongoing timeout" in r.result.reason


def test_failed_response_code_ends_the_session() -> None:
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock, isolation_result=IsolationStatus.FAULT)
    r = run(EvccConfig(service=EnergyService.DC), evse=evse, clock=clock)
    assert not r.result.completed
    assert r.result.reason == "DC_CableCheckRes: FAILED"


def test_rejected_authorization_stops_the_session_as_failed() -> None:
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock, authorization=AuthorizationStatus.REJECTED)
    r = run(EvccConfig(service=EnergyService.DC), evse=evse, clock=clock)
    assert not r.result.completed and "WARNING_EIMAuthorizationFailure" in r.result.reason
    assert requests_of(r)[-1] == "SessionStopReq"


def test_service_not_offered() -> None:
    clock = FakeClock()
    evse = SimulatedEVSE(clock=clock, services=(EnergyService.DC,))
    r = run(EvccConfig(service=EnergyService.DC_BPT), evse=evse, clock=clock)
    assert not r.result.completed and "not offered" in r.result.reason


def test_timeouts_per_message_and_wrong_response() -> None:
    ev = SimulatedEV()
    core = EvccSession(EvccConfig(service=EnergyService.DC), ev, 0.0)
    first = core.start(0.0)
    assert first.name == "supportedAppProtocolReq" and first.timeout == 2.0
    ok = m.sap.responseCode.OK_SuccessfulNegotiation
    res = m.sap.supportedAppProtocolRes(response_code=ok, schema_id=1)
    setup = core.receive(res, 19.5)
    assert setup is not None and setup.timeout == pytest.approx(0.5)  # communication setup: 20 s in all
    assert core.stage is Stage.SESSION_SETUP
    wrong = m.cm.SessionStopRes(header=m.header(b"\x00" * 8), response_code=m.code("OK"))
    assert core.receive(wrong, 20.0) is None
    assert not core.result.completed and "expected SessionSetupRes" in core.result.reason
    assert EvccTiming().timeout_for("ServiceDetail") == 5.0
    assert EvccTiming().timeout_for("ChargeLoop") == 0.5
    late = EvccSession(EvccConfig(), SimulatedEV(), 0.0)
    late.start(0.0)
    late.timeout(2.0)
    assert late.ended and late.result.reason == "timeout waiting for supportedAppProtocolRes"


@pytest.mark.parametrize("service", [EnergyService.DC_BPT, EnergyService.AC], ids=lambda v: v.name)
def test_schedule_renegotiation_mid_loop(service: EnergyService) -> None:
    def renegotiate(engine: SeccSession, index: int) -> None:
        if index == 2:
            engine.control(Control.RENEGOTIATE, 0.0)

    r = run(EvccConfig(service=service, cycles=6), on_cycle=renegotiate)
    res = r.result
    assert res.completed, res.reason
    assert res.renegotiations == 1 and res.cycles == 6
    loop = ("DC_" if service.is_dc else "AC_") + "ChargeLoopReq"
    names = squash(requests_of(r))
    i = names.index(loop)
    assert names[i:i + 5] == [loop, "PowerDeliveryReq", "ScheduleExchangeReq", "PowerDeliveryReq", loop]
    assert requests_of(r).count("DC_CableCheckReq") <= 1  # no second cable check or pre-charge


@pytest.mark.parametrize("service", [EnergyService.DC, EnergyService.AC_BPT], ids=lambda v: v.name)
def test_service_renegotiation_asked_by_the_charger(service: EnergyService) -> None:
    """EVSENotification ServiceRenegotiation: the EV stops power, ends with
    SessionStop(ServiceRenegotiation), selects the service again ([V2G20-1643]) and charges on."""
    def renegotiate(engine: SeccSession, index: int) -> None:
        if index == 2:
            engine.control(Control.RENEGOTIATE_SERVICE, 0.0)

    r = run(EvccConfig(service=service, cycles=6), on_cycle=renegotiate)
    res = r.result
    assert res.completed, res.reason
    assert res.service_renegotiations == 1
    names = squash(requests_of(r))
    assert names.count("SessionStopReq") == 2 and names.count("ServiceDiscoveryReq") == 2
    first_stop = names.index("SessionStopReq")
    assert names[first_stop + 1] == "ServiceDiscoveryReq"
    assert names.count("AuthorizationReq") == 1  # the session (and its authorization) goes on
    assert names[-1] == "SessionStopReq"

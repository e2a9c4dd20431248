"""Engine rules from the -20 text: resume, charge-loop timing, standby, one loop budget, fail-safe ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.secc.driver import Driver
from v2gstack.secc import messages as m
from v2gstack.secc.events import CloseConnection, StopPower
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.timing import Timing
from v2gstack.secc.types import (
    AuthorizationStatus,
    ControlMode,
    DCPresent,
    EnergyService,
    IsolationStatus,
    LoopStatus,
    StopReason,
)


def code(res: Any) -> str:
    return str(res.response_code.value)


def _paused(service: EnergyService = EnergyService.DC_BPT,
            mode: ControlMode = ControlMode.DYNAMIC) -> tuple[Driver, bytes]:
    d = Driver()
    d.to_charge_loop(service, mode)
    d.power("Stop")
    d.welding()
    assert code(d.stop("Pause")) == "OK" and d.session.end_reason is StopReason.SESSION_PAUSED
    return d, d.sid


def _resumer(d: Driver) -> Driver:
    d2 = Driver(d.evse)
    d2.now = d.now
    d2.session.ctx.paused = d.session.ctx.paused
    return d2


def test_resume_goes_straight_to_charge_parameter_discovery() -> None:
    """[V2G20-1032]: after OK_OldSessionJoined only ChargeParameterDiscoveryReq may follow; the
    authorization and the selected service and mode still hold."""
    d, old = _paused()
    d2 = _resumer(d)
    res = d2.setup(old_sid=old)
    assert code(res) == "OK_OldSessionJoined" and res.header.session_id == old
    assert d2.session.state == "ChargeParameterDiscovery"
    assert d2.session.ctx.service is EnergyService.DC_BPT
    assert d2.session.ctx.control_mode is ControlMode.DYNAMIC
    assert code(d2.dc_cpd(bpt=True)) == "OK"
    assert code(d2.schedule(dynamic=True)) == "OK"
    assert d2.session.state == "CableCheck"


def test_resume_rejects_a_replayed_authorization() -> None:
    d, old = _paused()
    d2 = _resumer(d)
    d2.setup(old_sid=old)
    assert code(d2.send(m.cm.AuthorizationSetupReq(header=d2.hdr()))) == "FAILED_SequenceError"
    assert d2.session.ended and d2.stops


def test_an_expired_paused_session_is_not_resumed() -> None:
    d, old = _paused()
    d2 = _resumer(d)
    d2.now += Timing().paused_session_lifetime + 1
    d2.session.ctx.now = d2.now
    res = d2.setup(old_sid=old)
    assert code(res) == "OK_NewSessionEstablished" and res.header.session_id != old
    assert old not in d.session.ctx.paused  # dropped, not kept forever


def test_charge_loop_timeout_applies_only_after_a_charge_loop_response() -> None:
    """Tables 216/217: 0.5 s after DC_ChargeLoopRes; after PowerDeliveryRes (Start) the general value."""
    d = Driver()
    d.to_charge_loop()
    assert d.session.next_deadline == pytest.approx(d.now + Timing().sequence)
    d.advance(0.6)
    assert not d.session.ended
    assert code(d.dc_loop()) == "OK"
    assert d.session.next_deadline == pytest.approx(d.now + Timing().charge_loop_sequence)
    d.advance(0.6)
    assert d.session.end_reason is StopReason.SEQUENCE_TIMEOUT


def test_standby_keeps_power_on_and_the_loop_going() -> None:
    """[V2G20-2117]: in Standby the contactors stay closed and the EV goes on with ChargeLoopReq."""
    d = Driver()
    d.to_charge_loop()
    d.dc_loop()
    assert code(d.power("Standby")) == "OK"
    assert d.session.state == "ChargeLoop" and d.session.ctx.power_on
    assert not d.evse.stop_calls and not d.stops
    assert code(d.dc_loop(current=0.0)) == "OK"
    assert code(d.power("Start")) == "OK" and d.session.state == "ChargeLoop"
    assert code(d.dc_loop()) == "OK"
    assert code(d.power("Stop")) == "OK" and d.session.state == "WeldingDetection"
    assert d.evse.stop_calls  # the real stop


def test_meter_reading_shares_the_charge_loop_budget() -> None:
    """One 0.25 s budget for the whole ChargeLoopRes: a meter that does not answer within what the
    loop call left gives a response without MeterInfo, in time, not FAILED."""
    d = Driver()
    d.to_charge_loop()
    d.auto_firmware = False
    assert d.dc_loop() is None
    [loop_call] = d.pending_calls
    d.now += 0.2
    status = LoopStatus(dc=DCPresent(voltage=400.0, current=100.0))
    assert d.firmware(loop_call, status) is None  # now waiting for the meter
    meter_call = d.pending_calls[-1]
    assert meter_call.method == "meter_reading"
    [res] = d.advance(0.06)  # 0.26 s after the request: the budget is used up
    assert code(res) == "OK" and res.meter_info is None
    assert not d.session.ended


def test_meter_reading_is_sent_when_it_comes_in_time() -> None:
    d = Driver()
    d.to_charge_loop()
    res = d.dc_loop()
    assert res.meter_info is not None


def _dc_until(d: Driver, step: str) -> None:
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.schedule(dynamic=False)
    if step == "precharge":
        d.cable_check()


def _ongoing_timeout(d: Driver) -> None:
    d.evse.authorization = AuthorizationStatus.PENDING
    d.setup()
    d.authorize()
    for _ in range(7):
        d.now += 10.5
        d.send(d.auth_req())


def _cable_check_fault(d: Driver) -> None:
    d.evse.isolation_result = IsolationStatus.FAULT
    _dc_until(d, "cable_check")
    d.cable_check()


def _cable_check_limit(d: Driver) -> None:
    d.evse.cable_check_duration = 1000.0
    _dc_until(d, "cable_check")
    for _ in range(10):
        d.now += 5.0
        d.cable_check()


def _precharge_limit(d: Driver) -> None:
    _dc_until(d, "precharge")
    for _ in range(12):
        d.now += 1.0
        d.precharge(finished=False)


def _pause(d: Driver) -> None:
    d.to_charge_loop()
    d.power("Stop")
    d.welding()
    d.stop("Pause")


def _undecodable(d: Driver) -> None:
    d.setup()
    d._process(d.session.abort(StopReason.PROTOCOL_ERROR, "undecodable", d.now))


def _sequence_error(d: Driver) -> None:
    d.setup()
    d.cable_check()


END_PATHS: dict[str, tuple[Callable[[Driver], None], StopReason]] = {
    "ongoing-timeout": (_ongoing_timeout, StopReason.ONGOING_TIMEOUT),
    "cable-check-fault": (_cable_check_fault, StopReason.EVSE_REQUEST),
    "cable-check-limit": (_cable_check_limit, StopReason.ONGOING_TIMEOUT),
    "precharge-limit": (_precharge_limit, StopReason.ONGOING_TIMEOUT),
    "pause": (_pause, StopReason.SESSION_PAUSED),
    "undecodable-input": (_undecodable, StopReason.PROTOCOL_ERROR),
    "sequence-error": (_sequence_error, StopReason.PROTOCOL_ERROR),
}


@pytest.mark.parametrize("path", list(END_PATHS))
def test_every_end_stops_power_once_before_closing(path: str) -> None:
    run, reason = END_PATHS[path]
    evse = SimulatedEVSE()
    d = Driver(evse)
    evse.clock = lambda: d.now
    run(d)
    assert d.session.ended and d.session.end_reason is reason
    stops = [i for i, a in enumerate(d.actions) if isinstance(a, StopPower)]
    closes = [i for i, a in enumerate(d.actions) if isinstance(a, CloseConnection)]
    assert len(stops) == 1 and closes and stops[0] < closes[0]
    assert d.evse.stop_calls[-1].reason is reason


def test_precharge_limit_fails_the_precharge_request() -> None:
    d = Driver()
    _precharge_limit(d)
    last = [a for a in d.actions if type(a).__name__ == "SendResponse"][-1]
    assert type(last.message).__name__ == "DC_PreChargeRes" and code(last.message) == "FAILED"

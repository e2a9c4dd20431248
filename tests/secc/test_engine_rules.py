"""Engine rules from the -20 text: resume, charge-loop timing, standby, one loop budget, fail-safe ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.secc.driver import Driver, run_now
from v2gstack.secc import messages as m
from v2gstack.secc.events import CloseConnection, Notify, StopPower
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


def _events(d: Driver, kind: str) -> list[dict[str, object]]:
    return [a.event.data for a in d.actions if isinstance(a, Notify) and a.event.kind == kind]


def test_firmware_hears_the_ev_needs_and_soc_when_they_change() -> None:
    d = Driver()
    d.to_charge_loop(EnergyService.DC_BPT, ControlMode.DYNAMIC)
    needs = _events(d, "ev_needs")
    assert needs and needs[0]["max_charge_power"] == 100000.0 and needs[0]["max_discharge_power"] == 30000.0
    assert needs[-1]["target_energy"] == 30000.0 and needs[-1]["departure_time"] == 3600
    display = m.ct.DisplayParameters(present_soc=42)
    mode = m.dc.BPT_Dynamic_DC_CLReqControlMode(
        ev_target_energy_request=m.rational(30000), ev_maximum_energy_request=m.rational(40000),
        ev_minimum_energy_request=m.rational(0), ev_maximum_charge_power=m.rational(50000),
        ev_minimum_charge_power=m.rational(0), ev_maximum_charge_current=m.rational(100),
        ev_maximum_voltage=m.rational(500), ev_minimum_voltage=m.rational(300),
        ev_maximum_discharge_power=m.rational(20000), ev_minimum_discharge_power=m.rational(0),
        ev_maximum_discharge_current=m.rational(50))
    for _ in range(3):
        d.send(m.dc.DC_ChargeLoopReq(header=d.hdr(), meter_info_requested=False, display_parameters=display,
                                     ev_present_voltage=m.rational(400), cl_req_control_mode=mode))
    assert _events(d, "ev_soc") == [{"soc": 42}]  # said once, not every cycle


@pytest.mark.parametrize(("setpoint", "charge_max", "discharge_max"),
                         [(None, 150000.0, 30000.0), (11000.0, 11000.0, 0.0), (-7000.0, 0.0, 7000.0)])
def test_dc_dynamic_limits_follow_the_firmware_setpoint(setpoint: float | None, charge_max: float,
                                                         discharge_max: float) -> None:
    """A grid or fleet setpoint (negative: V2G discharge) narrows the EVSE limits the EV follows."""
    evse = SimulatedEVSE()
    evse.dynamic_setpoint = setpoint
    d = Driver(evse)
    d.to_charge_loop(EnergyService.DC_BPT, ControlMode.DYNAMIC)
    lim = evse.capabilities().dc_limits
    assert lim is not None
    mode = m.dc.BPT_Dynamic_DC_CLReqControlMode(
        ev_target_energy_request=m.rational(30000), ev_maximum_energy_request=m.rational(40000),
        ev_minimum_energy_request=m.rational(0), ev_maximum_charge_power=m.rational(50000),
        ev_minimum_charge_power=m.rational(0), ev_maximum_charge_current=m.rational(100),
        ev_maximum_voltage=m.rational(500), ev_minimum_voltage=m.rational(300),
        ev_maximum_discharge_power=m.rational(20000), ev_minimum_discharge_power=m.rational(0),
        ev_maximum_discharge_current=m.rational(50))
    res = d.dc_loop(mode=mode)
    got = res.cl_res_control_mode
    expect_charge = min(charge_max, lim.max_charge_power)
    expect_discharge = lim.max_discharge_power if setpoint is None else min(discharge_max,
                                                                             lim.max_discharge_power)
    assert got.evse_maximum_charge_power.to_float() == pytest.approx(expect_charge)
    assert got.evse_maximum_discharge_power.to_float() == pytest.approx(expect_discharge)


def test_charger_side_service_renegotiation() -> None:
    from v2gstack.secc.session import Control

    d = Driver()
    d.to_charge_loop()
    d._process(d.session.control(Control.RENEGOTIATE_SERVICE, d.now))
    for _ in range(2):  # said until the EV acts on it
        res = d.dc_loop()
        assert res.evse_status.evse_notification.value == "ServiceRenegotiation"
    d.power("Stop")
    d.welding()
    assert code(d.stop("ServiceRenegotiation")) == "OK"
    assert d.session.state == "ServiceDiscovery" and d.session.ctx.notification is None


@pytest.mark.parametrize("where", ["authorization", "cable_check"])
def test_grid_stop_ends_an_ongoing_loop(where: str) -> None:
    """Authorization and CableCheck responses carry no EVSEStatus: a charger-side stop during their
    Ongoing loop ends the session with FAILED (and stops power)."""
    from v2gstack.secc.session import Control

    evse = SimulatedEVSE(authorization=AuthorizationStatus.PENDING, cable_check_duration=100.0)
    d = Driver(evse)
    evse.clock = lambda: d.now
    d.setup()
    if where == "authorization":
        assert d.authorize().evse_processing.value == "Ongoing"
        d._process(d.session.control(Control.STOP, d.now))
        res = d.send(d.auth_req())
    else:
        evse.authorization = AuthorizationStatus.ACCEPTED
        d.authorize()
        d.select(EnergyService.DC, ControlMode.SCHEDULED)
        d.dc_cpd()
        d.schedule(dynamic=False)
        assert d.cable_check().evse_processing.value == "Ongoing"
        d._process(d.session.control(Control.STOP, d.now))
        res = d.cable_check()
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.EVSE_REQUEST and d.stops


def test_slow_firmware_in_schedule_exchange_and_cable_check_answers_ongoing() -> None:
    """Performance time: both messages have EVSEProcessing, so a slow firmware means Ongoing."""
    d = Driver()
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.auto_firmware = False
    assert d.schedule(dynamic=False) is None
    [res] = d.advance(Timing().performance + 0.01)
    assert code(res) == "OK" and res.evse_processing.value == "Ongoing"
    [late] = d.pending_calls
    assert d.firmware(late, run_now(getattr(d.evse, late.method)(*late.args))) is None  # kept
    assert d.schedule(dynamic=False).evse_processing.value == "Finished"  # the late offer is used
    d.auto_firmware = False
    d.pending_calls.clear()
    assert d.cable_check() is None
    [res] = d.advance(Timing().performance + 0.01)
    assert code(res) == "OK" and res.evse_processing.value == "Ongoing"
    assert not d.session.ended


def test_response_codes_of_service_and_authorization_choices() -> None:
    d = Driver()
    d.setup()
    d.authorize()
    d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
    res = d.send(m.cm.ServiceDetailReq(header=d.hdr(), service_id=999))
    assert code(res) == "FAILED_ServiceIDInvalid" and d.session.ended

    d = Driver()
    d.setup()
    d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    pnc = m.minimal(m.cm.AuthorizationReq, header=d.hdr(),
                    selected_authorization_service=m.cm.authorization.PnC)
    assert code(d.send(pnc)) == "WARNING_AuthorizationSelectionInvalid"

    evse = SimulatedEVSE(authorization=AuthorizationStatus.WAITING_FOR_CUSTOMER)
    d = Driver(evse)
    d.setup()
    res = d.authorize()
    assert res.evse_processing.value == "Ongoing_WaitingForCustomerInteraction"


def test_service_renegotiation_refused_when_not_announced() -> None:
    import dataclasses

    class NoRenegotiation(SimulatedEVSE):
        def capabilities(self) -> Any:
            return dataclasses.replace(super().capabilities(), service_renegotiation_supported=False)

    d = Driver(NoRenegotiation())
    d.to_charge_loop()
    d.power("Stop")
    d.welding()
    assert code(d.stop("ServiceRenegotiation")) == "FAILED_NoServiceRenegotiationSupported"
    assert d.session.ended and d.stops


def test_a_signed_header_passes_through() -> None:
    """xmldsig content in a request header (before Plug & Charge) is carried, not rejected."""
    from v2gstack.exi.generated import xmldsig

    d = Driver()
    d.setup()
    header = m.header(d.sid)
    header.signature = m.minimal(xmldsig.Signature, signature_value=m.minimal(xmldsig.SignatureValue,
                                                                             value=b"\x01" * 64))
    res = d.send(m.cm.AuthorizationSetupReq(header=header))  # Driver round-trips it through EXI
    assert code(res) == "OK" and not d.session.ended

"""The pure SECC engine with a fake clock: the sequence, response codes, timers and the fail-safe."""

from __future__ import annotations

import pytest

from tests.secc.driver import Driver
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.timing import Timing
from v2gstack.secc.types import (
    AuthorizationStatus,
    ControlMode,
    EnergyService,
    IsolationStatus,
    StopReason,
)


def code(res: object) -> str:
    return res.response_code.value  # type: ignore[attr-defined,no-any-return]


def test_full_dc_session_terminates_cleanly() -> None:
    d = Driver()
    d.to_charge_loop()
    for _ in range(5):
        d.now += 0.1
        res = d.dc_loop()
        assert code(res) == "OK" and res.meter_info is not None
    assert res.evse_present_current.to_float() == pytest.approx(100.0)
    assert code(d.power("Stop")) == "OK"
    assert code(d.welding()) == "OK"
    assert code(d.stop()) == "OK"
    assert d.session.ended and d.session.end_reason is StopReason.SESSION_STOPPED
    assert d.closed
    # power stopped at PowerDelivery Stop and, fail-safe, once more at the session end
    reasons = [c.reason for c in d.evse.stop_calls]
    assert reasons == [StopReason.POWER_DELIVERY_STOP, StopReason.SESSION_STOPPED]


def test_sap_picks_highest_priority_supported_protocol() -> None:
    d = Driver()
    protos = [
        m.sap.AppProtocol(protocol_namespace="urn:iso:15118:2:2013:MsgDef", version_number_major=2,
                          version_number_minor=0, schema_id=1, priority=1),
        m.sap.AppProtocol(protocol_namespace=ns.ISO20_AC, version_number_major=1,
                          version_number_minor=0, schema_id=2, priority=3),
        m.sap.AppProtocol(protocol_namespace=ns.ISO20_DC, version_number_major=1,
                          version_number_minor=0, schema_id=3, priority=2),
    ]
    res = d.send(m.sap.supportedAppProtocolReq(app_protocol=protos))
    assert res.response_code.value == "OK_SuccessfulNegotiation" and res.schema_id == 3
    assert d.session.ctx.protocol_namespace == ns.ISO20_DC


def test_sap_without_common_protocol_fails_and_ends() -> None:
    d = Driver()
    proto = m.sap.AppProtocol(protocol_namespace="urn:din:70121:2012:MsgDef", version_number_major=2,
                              version_number_minor=0, schema_id=1, priority=1)
    res = d.send(m.sap.supportedAppProtocolReq(app_protocol=[proto]))
    assert res.response_code.value == "Failed_NoNegotiation"
    assert d.session.ended and d.stops and d.closed


def test_out_of_order_request_is_a_sequence_error() -> None:
    d = Driver()
    d.setup()
    res = d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
    assert code(res) == "FAILED_SequenceError"
    assert d.session.ended and d.stops[0].reason is StopReason.PROTOCOL_ERROR and d.closed


def test_unknown_session_id() -> None:
    d = Driver()
    d.setup()
    res = d.send(m.cm.AuthorizationSetupReq(header=m.header(b"\x01" * 8)))
    assert code(res) == "FAILED_UnknownSession" and d.session.ended


def test_wrong_payload_type_is_rejected() -> None:
    d = Driver()
    d.setup()
    res = d.send(m.cm.AuthorizationSetupReq(header=d.hdr()), payload_type=m.PT_DC)
    assert code(res) == "FAILED" and d.session.ended


def test_wrong_charge_parameter_for_selected_service() -> None:
    d = Driver()
    d.setup()
    d.authorize()
    d.select(EnergyService.DC_BPT, ControlMode.SCHEDULED)
    assert code(d.dc_cpd(bpt=False)) == "FAILED_WrongChargeParameter"
    assert d.session.ended


def test_invalid_service_selection() -> None:
    d = Driver()
    d.setup()
    d.authorize()
    d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
    sel = m.cm.SelectedService(service_id=EnergyService.AC.value, parameter_set_id=1)  # AC in a DC session
    res = d.send(m.cm.ServiceSelectionReq(header=d.hdr(), selected_energy_transfer_service=sel))
    assert code(res) == "FAILED_ServiceSelectionInvalid"


def test_communication_setup_timeout() -> None:
    d = Driver()
    d.sap()
    d.advance(19.9)
    assert not d.session.ended
    d.advance(0.2)
    assert d.session.ended and d.stops[0].reason is StopReason.COMMUNICATION_SETUP_TIMEOUT


def test_sequence_timeout_between_requests() -> None:
    d = Driver()
    d.setup()
    assert d.session.next_deadline == pytest.approx(d.now + 60.0)
    d.advance(59.0)
    assert not d.session.ended
    d.advance(1.5)
    assert d.session.end_reason is StopReason.SEQUENCE_TIMEOUT and d.closed


def test_charge_loop_sequence_timeout_is_tighter_and_stops_power() -> None:
    d = Driver()
    d.to_charge_loop()
    d.dc_loop()
    assert d.session.next_deadline == pytest.approx(d.now + Timing().charge_loop_sequence)
    d.advance(0.6)
    assert d.session.end_reason is StopReason.SEQUENCE_TIMEOUT
    assert d.evse.stop_calls[-1].reason is StopReason.SEQUENCE_TIMEOUT


def test_connection_lost_stops_power_once() -> None:
    d = Driver()
    d.to_charge_loop()
    d.dc_loop()
    d._process(d.session.connection_lost(d.now))
    d._process(d.session.connection_lost(d.now))
    assert [s.reason for s in d.stops] == [StopReason.CONNECTION_LOST]


def test_authorization_pending_then_accepted_with_ongoing() -> None:
    evse = SimulatedEVSE(authorization=AuthorizationStatus.PENDING)
    d = Driver(evse)
    evse.clock = lambda: d.now
    d.setup()
    res = d.authorize()
    assert res.evse_processing.value == "Ongoing"
    evse.authorization = AuthorizationStatus.ACCEPTED
    d.now += 1
    res = d.send(d.auth_req())
    assert res.evse_processing.value == "Finished" and code(res) == "OK"


def test_authorization_rejected_allows_only_session_stop() -> None:
    d = Driver(SimulatedEVSE(authorization=AuthorizationStatus.REJECTED))
    d.setup()
    assert code(d.authorize()) == "WARNING_EIMAuthorizationFailure"
    assert code(d.stop()) == "OK" and d.session.end_reason is StopReason.SESSION_STOPPED


def test_ongoing_timeout_ends_authorization_loop() -> None:
    d = Driver(SimulatedEVSE(authorization=AuthorizationStatus.PENDING))
    d.setup()
    d.authorize()
    auth = d.auth_req()
    for _ in range(6):
        d.now += 10.5
        res = d.send(auth)
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.ONGOING_TIMEOUT


def test_slow_firmware_gets_ongoing_then_its_late_answer_is_used() -> None:
    d = Driver(auto_firmware=False)
    d.sap()
    d.send(m.cm.SessionSetupReq(header=m.header(b"\x00" * 8), evccid="EV1"))
    d.sid = d.session.ctx.session_id
    d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    auth = d.auth_req()
    assert d.send(auth) is None  # waiting for firmware
    [call] = d.pending_calls
    res = d.advance(Timing().performance + 0.01)[-1]
    assert res.evse_processing.value == "Ongoing"
    assert d.firmware(call, AuthorizationStatus.ACCEPTED) is None  # late: kept for the next request
    res = d.send(auth)
    assert res.evse_processing.value == "Finished" and code(res) == "OK"


def test_firmware_failure_answers_failed_and_stops_power() -> None:
    d = Driver(auto_firmware=False)
    d.setup()
    d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    d.send(d.auth_req())
    [call] = d.pending_calls
    res = d.firmware(call, RuntimeError("backend down"), failed=True)
    assert code(res) == "FAILED" and d.session.end_reason is StopReason.FIRMWARE_ERROR and d.stops


def test_charge_loop_firmware_timeout_is_failed_not_ongoing() -> None:
    d = Driver()
    d.to_charge_loop()
    d.auto_firmware = False
    assert d.dc_loop() is None
    res = d.advance(Timing().performance_charge_loop + 0.01)[-1]
    assert code(res) == "FAILED" and d.session.ended and d.stops


def test_cable_check_ongoing_until_done_and_fault_fails() -> None:
    evse = SimulatedEVSE(cable_check_duration=2.0)
    d = Driver(evse)
    evse.clock = lambda: d.now
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.schedule(dynamic=False)
    assert d.cable_check().evse_processing.value == "Ongoing"
    d.now += 2.5
    assert d.cable_check().evse_processing.value == "Finished"

    evse2 = SimulatedEVSE(isolation_result=IsolationStatus.FAULT)
    d2 = Driver(evse2)
    d2.setup()
    d2.authorize()
    d2.select(EnergyService.DC, ControlMode.SCHEDULED)
    d2.dc_cpd()
    d2.schedule(dynamic=False)
    assert code(d2.cable_check()) == "FAILED" and d2.session.ended


def test_power_delivery_refused_by_firmware() -> None:
    class Refusing(SimulatedEVSE):
        async def start_power(self, session: object) -> bool:  # type: ignore[override]
            return False

    d = Driver(Refusing())
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.schedule(dynamic=False)
    d.cable_check()
    d.precharge(finished=True)
    assert code(d.power("Start")) == "FAILED_PowerDeliveryNotApplied" and d.session.ended


def test_session_stop_during_charge_loop_is_sequence_error_and_stops_power() -> None:
    d = Driver()
    d.to_charge_loop()
    d.dc_loop()
    assert code(d.stop()) == "FAILED_SequenceError"
    assert d.evse.stop_calls and d.session.ended


def test_grid_stop_request_reaches_the_ev_in_evse_status() -> None:
    from v2gstack.secc.session import Control

    d = Driver()
    d.to_charge_loop()
    d._process(d.session.control(Control.STOP, d.now))
    res = d.dc_loop()
    assert res.evse_status is not None and res.evse_status.evse_notification.value == "Terminate"


@pytest.mark.parametrize("service", [EnergyService.DC, EnergyService.DC_BPT])
@pytest.mark.parametrize("mode", [ControlMode.SCHEDULED, ControlMode.DYNAMIC])
def test_every_dc_service_and_mode(service: EnergyService, mode: ControlMode) -> None:
    d = Driver()
    d.to_charge_loop(service, mode)
    r = m.rational
    if mode is ControlMode.DYNAMIC:
        fields = dict(ev_target_energy_request=r(30000), ev_maximum_energy_request=r(40000),
                      ev_minimum_energy_request=r(0), ev_maximum_charge_power=r(100000),
                      ev_minimum_charge_power=r(0), ev_maximum_charge_current=r(200),
                      ev_maximum_voltage=r(800), ev_minimum_voltage=r(300))
        if service.is_bpt:
            loop_mode: object = m.dc.BPT_Dynamic_DC_CLReqControlMode(
                **fields, ev_maximum_discharge_power=r(30000), ev_minimum_discharge_power=r(0),
                ev_maximum_discharge_current=r(60))
        else:
            loop_mode = m.dc.Dynamic_DC_CLReqControlMode(**fields)
    elif service.is_bpt:
        loop_mode = m.dc.BPT_Scheduled_DC_CLReqControlMode(ev_target_current=r(-50), ev_target_voltage=r(400))
    else:
        loop_mode = m.dc.Scheduled_DC_CLReqControlMode(ev_target_current=r(50), ev_target_voltage=r(400))
    res = d.dc_loop(mode=loop_mode)
    assert code(res) == "OK"
    current = res.evse_present_current.to_float()
    if service.is_bpt and mode is ControlMode.SCHEDULED:
        assert current < 0  # discharging on the EV's request
    else:
        assert current > 0


def test_pause_and_resume_with_old_session_id() -> None:
    d = Driver()
    d.to_charge_loop()
    d.dc_loop()
    d.power("Stop")
    d.welding()
    assert code(d.stop("Pause")) == "OK"
    assert d.session.end_reason is StopReason.SESSION_PAUSED
    old = d.sid
    d2 = Driver(d.evse)
    d2.session.ctx.paused = d.session.ctx.paused
    res = d2.setup(old_sid=old)
    assert code(res) == "OK_OldSessionJoined" and res.header.session_id == old
    assert d2.session.ctx.service is EnergyService.DC


def test_service_renegotiation_returns_to_discovery() -> None:
    d = Driver()
    d.to_charge_loop()
    d.power("Stop")
    d.welding()
    assert code(d.stop("ServiceRenegotiation")) == "OK"
    assert d.session.state == "ServiceDiscovery" and not d.session.ended


def test_schedule_renegotiation_from_the_charge_loop() -> None:
    d = Driver()
    d.to_charge_loop()
    d.dc_loop()
    assert code(d.power("ScheduleRenegotiation")) == "OK"
    assert code(d.schedule(dynamic=False)) == "OK"
    assert d.session.state == "PowerDelivery"
    assert code(d.power("Start")) == "OK" and d.session.state == "ChargeLoop"


def test_a_paused_session_cannot_be_taken_over_by_another_ev() -> None:
    d = Driver()
    d.to_charge_loop()
    d.power("Stop")
    d.welding()
    d.stop("Pause")
    paused = d.session.ctx.paused
    intruder = Driver(d.evse)
    intruder.session.ctx.paused = paused
    intruder.sap()
    res = intruder.send(m.cm.SessionSetupReq(header=m.header(d.sid), evccid="SOMEONEELSE"))
    assert code(res) == "OK_NewSessionEstablished" and res.header.session_id != d.sid
    owner = Driver(d.evse)
    owner.session.ctx.paused = paused
    assert code(owner.setup(old_sid=d.sid)) == "OK_OldSessionJoined"

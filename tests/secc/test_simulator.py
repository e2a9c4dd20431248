"""The simulated charger's power stage (fake clock): the DC output stays within the charger's voltage range
and says when a charger limit cut what the EV asked for; the AC outlet delivers the least of the EV's limits,
its own and the schedule entry in force (or the dynamic setpoint). Also the control modes it offers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.secc.driver import Driver, run_now
from v2gstack.secc import messages as m
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import (
    ACChargeTargets,
    ControlMode,
    DCChargeTargets,
    EnergyService,
    EVChargingNeeds,
    LoopStatus,
    PowerScheduleEntry,
    SessionEvent,
    SessionInfo,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def session(service: EnergyService, mode: ControlMode = ControlMode.SCHEDULED) -> SessionInfo:
    return SessionInfo(session_id=b"\x01" * 8, evcc_id="WMIV2GSTACK0000001", service=service,
                       control_mode=mode)


def powered(service: EnergyService, mode: ControlMode = ControlMode.SCHEDULED,
            **kw: Any) -> tuple[SimulatedEVSE, SessionInfo, Clock]:
    """A charger with its contactors closed for one session (after ScheduleExchange)."""
    clock = Clock()
    evse = SimulatedEVSE(clock=clock, **kw)
    info = session(service, mode)
    run_now(evse.schedule(info, EVChargingNeeds(max_charge_power=11_000.0, max_discharge_power=7_000.0)))
    assert run_now(evse.start_power(info))
    return evse, info, clock


def dc(evse: SimulatedEVSE, info: SessionInfo, clock: Clock, targets: DCChargeTargets) -> LoopStatus:
    clock.now += 0.1
    status = run_now(evse.dc_charge_loop(info, targets))
    assert isinstance(status, LoopStatus) and status.dc is not None
    return status


# -- DC --------------------------------------------------------------------------------------------------


def test_precharge_ramps_to_the_target_within_the_chargers_range() -> None:
    clock = Clock()
    evse = SimulatedEVSE(clock=clock)
    info = session(EnergyService.DC)
    for target, expected in ((690.0, 690.0), (20_000.0, 920.0), (50.0, 150.0)):
        for _ in range(5):
            clock.now += 1.0
            present = run_now(evse.precharge(info, target, 2.0))
        assert present.voltage == pytest.approx(expected) and present.current == 0.0


@pytest.mark.parametrize(("target", "battery", "voltage", "limited"), [
    (860.0, 690.0, 690.0, False),      # constant current: the battery holds the output below the EV's target
    (700.0, 720.0, 700.0, False),      # constant voltage: the output at the EV's target
    (200.0, 20_000.0, 200.0, False),   # the iso15118 EV: target 200 V, "present" 20 kV (Q13, Q20)
    (20_000.0, 20_000.0, 920.0, True),  # nothing above the charger's maximum, and it says so
    (1000.0, 950.0, 920.0, True),
    (400.0, 100.0, 150.0, True),       # nor below its minimum
], ids=["cc", "cv", "peer-scheduled", "20kV", "above-max", "below-min"])
def test_dc_present_voltage_follows_the_output_within_its_range(target: float, battery: float, voltage: float,
                                                                limited: bool) -> None:
    evse, info, clock = powered(EnergyService.DC)
    status = dc(evse, info, clock, DCChargeTargets(present_voltage=battery, target_voltage=target,
                                                   target_current=50.0, max_voltage=1000.0))
    assert status.dc is not None and status.dc.voltage == pytest.approx(voltage)
    assert status.voltage_limit_reached is limited
    assert not status.current_limit_reached and not status.power_limit_reached


@pytest.mark.parametrize(("ev_max", "battery", "voltage", "limited"), [
    (860.0, 690.0, 690.0, False),
    (400.0, 20_000.0, 400.0, False),   # the iso15118 EV's dynamic loop: EVMaximumVoltage 400 V (Q20)
    (1000.0, 950.0, 920.0, True),
    (None, 20_000.0, 920.0, True),
])
def test_dc_dynamic_mode_voltage_ceiling_is_the_evs_maximum(ev_max: float | None, battery: float,
                                                            voltage: float, limited: bool) -> None:
    evse, info, clock = powered(EnergyService.DC, ControlMode.DYNAMIC)
    status = dc(evse, info, clock, DCChargeTargets(present_voltage=battery, max_voltage=ev_max,
                                                   max_charge_power=50_000.0))
    assert status.dc is not None and status.dc.voltage == pytest.approx(voltage)
    assert status.voltage_limit_reached is limited


def test_dc_current_and_power_limit_flags_say_which_limit_cut_the_request() -> None:
    evse, info, clock = powered(EnergyService.DC, current_slew=1e9)
    plain = dc(evse, info, clock, DCChargeTargets(present_voltage=400.0, target_voltage=800.0,
                                                  target_current=100.0))
    assert plain.dc is not None and plain.dc.current == pytest.approx(100.0)
    assert not (plain.current_limit_reached or plain.power_limit_reached or plain.voltage_limit_reached)
    current = dc(evse, info, clock, DCChargeTargets(present_voltage=400.0, target_voltage=800.0,
                                                    target_current=350.0))
    assert current.dc is not None and current.dc.current == pytest.approx(300.0)  # 120 kW: within power
    assert current.current_limit_reached and not current.power_limit_reached
    power = dc(evse, info, clock, DCChargeTargets(present_voltage=690.0, target_voltage=800.0,
                                                  target_current=250.0))
    assert power.dc is not None and power.dc.current == pytest.approx(150_000.0 / 690.0)
    assert power.power_limit_reached and not power.current_limit_reached


def test_dc_dynamic_power_limit_flag() -> None:
    evse, info, clock = powered(EnergyService.DC, ControlMode.DYNAMIC, current_slew=1e9)
    below = dc(evse, info, clock, DCChargeTargets(present_voltage=700.0, max_voltage=860.0,
                                                  max_charge_power=100_000.0))
    assert below.dc is not None and below.dc.current == pytest.approx(100_000.0 / 700.0)
    assert not below.power_limit_reached
    above = dc(evse, info, clock, DCChargeTargets(present_voltage=700.0, max_voltage=860.0,
                                                  max_charge_power=200_000.0))
    assert above.dc is not None and above.dc.current == pytest.approx(150_000.0 / 700.0)
    assert above.power_limit_reached


def test_dc_bpt_discharge_current_limit_flag() -> None:
    evse, info, clock = powered(EnergyService.DC_BPT, current_slew=1e9)
    status = dc(evse, info, clock, DCChargeTargets(present_voltage=400.0, target_voltage=800.0,
                                                   target_current=-200.0))
    assert status.dc is not None and status.dc.current == pytest.approx(-120.0)
    assert status.current_limit_reached and not status.power_limit_reached


def test_dc_charge_loop_response_through_the_engine() -> None:
    """What the EV sees: an EV that claims 20 kV gets the charger's 920 V with EVSEVoltageLimitAchieved."""
    d = Driver()
    d.to_charge_loop()
    r = m.rational
    mode = m.dc.Scheduled_DC_CLReqControlMode(ev_target_current=r(20), ev_target_voltage=r(20_000))
    res = d.send(m.dc.DC_ChargeLoopReq(header=d.hdr(), meter_info_requested=False,
                                       ev_present_voltage=r(20_000), cl_req_control_mode=mode))
    assert res.response_code.value == "OK"
    assert res.evse_present_voltage.to_float() == pytest.approx(920.0)
    assert res.evse_voltage_limit_achieved is True
    res = d.dc_loop(current=100.0)  # EVTargetVoltage 400 V, EVPresentVoltage 400 V
    assert res.evse_present_voltage.to_float() == pytest.approx(400.0)
    assert res.evse_voltage_limit_achieved is False


# -- AC --------------------------------------------------------------------------------------------------


def ac(evse: SimulatedEVSE, info: SessionInfo, clock: Clock, **targets: Any) -> float:
    clock.now += 0.1
    status = run_now(evse.ac_charge_loop(info, ACChargeTargets(present_active_power=0.0, **targets)))
    assert isinstance(status, LoopStatus) and status.ac_active_power is not None
    return float(status.ac_active_power)


def test_ac_scheduled_without_ev_limit_in_the_loop_uses_charge_parameter_discovery() -> None:
    """The iso15118 EV's scheduled AC loop carries no EVMaximumChargePower: the outlet delivers the 11 kW it
    gave in ChargeParameterDiscovery, not its own 22 kW (Q20)."""
    evse, info, clock = powered(EnergyService.AC)
    assert ac(evse, info, clock) == pytest.approx(11_000.0)
    assert ac(evse, info, clock, max_charge_power=7_000.0) == pytest.approx(7_000.0)
    assert ac(evse, info, clock, max_charge_power=30_000.0) == pytest.approx(22_000.0)


def test_ac_ev_limits_from_the_ev_needs_event() -> None:
    """Firmware hears the EV's needs (``ev_needs``) before it is asked for a schedule."""
    clock = Clock()
    evse = SimulatedEVSE(clock=clock)
    info = session(EnergyService.AC)
    evse.on_event(SessionEvent("ev_needs", info.session_id_hex, {"max_charge_power": 9_000.0,
                                                                "min_charge_power": 0.0}))
    run_now(evse.start_power(info))
    assert ac(evse, info, clock) == pytest.approx(9_000.0)


def test_ac_scheduled_follows_the_schedule_entry_in_force() -> None:
    schedule = (PowerScheduleEntry(duration=60, power=5_000.0),
                PowerScheduleEntry(duration=60, power=16_000.0))
    evse, info, clock = powered(EnergyService.AC, charge_schedule=schedule)
    assert ac(evse, info, clock) == pytest.approx(5_000.0)
    clock.now += 60.0
    assert ac(evse, info, clock) == pytest.approx(11_000.0)  # the EV's limit below the entry's 16 kW
    assert ac(evse, info, clock, max_charge_power=20_000.0) == pytest.approx(16_000.0)
    clock.now += 60.0
    assert ac(evse, info, clock) == 0.0  # the schedule is over


def test_ac_setpoint_and_dynamic_mode() -> None:
    evse, info, clock = powered(EnergyService.AC, ControlMode.DYNAMIC,
                                charge_schedule=(PowerScheduleEntry(duration=60, power=1_000.0),))
    assert ac(evse, info, clock, max_charge_power=11_000.0) == pytest.approx(11_000.0)  # no schedule
    evse.dynamic_setpoint = 4_000.0
    assert ac(evse, info, clock, max_charge_power=11_000.0) == pytest.approx(4_000.0)


def test_ac_bpt_discharge_within_both_sides_limits() -> None:
    evse, info, clock = powered(EnergyService.AC_BPT, dynamic_setpoint=-20_000.0)
    assert ac(evse, info, clock) == pytest.approx(-7_000.0)  # the EV's 7 kW (ChargeParameterDiscovery)
    assert ac(evse, info, clock, max_discharge_power=30_000.0) == pytest.approx(-11_000.0)  # the outlet's
    plain, plain_info, plain_clock = powered(EnergyService.AC, dynamic_setpoint=-20_000.0)
    assert ac(plain, plain_info, plain_clock) == 0.0  # AC cannot discharge


def test_ac_nothing_before_power_is_on() -> None:
    clock = Clock()
    evse = SimulatedEVSE(clock=clock)
    info = session(EnergyService.AC)
    run_now(evse.schedule(info, EVChargingNeeds(max_charge_power=11_000.0)))
    assert ac(evse, info, clock) == 0.0


def test_the_control_modes_offered_in_order() -> None:
    """``control_modes`` (what `v2gstack secc --control-modes` sets): ServiceDetailRes has one parameter set
    per offered mode, in the given order (its ID: the ControlMode value); default: Scheduled, then Dynamic."""
    scheduled, dynamic = ControlMode.SCHEDULED, ControlMode.DYNAMIC
    for modes in ((dynamic,), (dynamic, scheduled), (scheduled,)):
        d = Driver(SimulatedEVSE(control_modes=modes))
        assert d.evse.capabilities().control_modes == modes
        d.setup()
        d.authorize()
        d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
        res = d.send(m.cm.ServiceDetailReq(header=d.hdr(), service_id=EnergyService.DC.value))
        sets = res.service_parameter_list.parameter_set
        assert [s.parameter_set_id for s in sets] == [mode.value for mode in modes]
        assert [next(p.int_value for p in s.parameter if p.name == "ControlMode") for s in sets] == [
            mode.value for mode in modes]
    assert SimulatedEVSE().capabilities().control_modes == (scheduled, dynamic)

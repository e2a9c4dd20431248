"""PowerDeliveryReq from the EVCC: the EVPowerProfile says which ScheduleTuple the EV selected (scheduled
mode) and how it plans to draw power; BPT adds BPT_ChannelSelection; Stop carries neither."""

from __future__ import annotations

from typing import Any

import pytest

from tests.evcc.steps import drive_to, roundtrip
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig, EvccSession, Request
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.types import ControlMode, EnergyService

r = m.rational


def offer(tuple_id: int, anchor: int, steps: list[tuple[int, float]], tolerance: bool) -> Any:
    """A ScheduleExchangeRes (scheduled, Finished) with one ScheduleTuple."""
    entries = [m.cm.PowerScheduleEntry(duration=d, power=r(p)) for d, p in steps]
    power = m.cm.PowerSchedule(time_anchor=anchor, power_tolerance=r(2000) if tolerance else None,
                               power_schedule_entries=m.cm.PowerScheduleEntryList(power_schedule_entry=entries))
    mode = m.cm.Scheduled_SEResControlMode(schedule_tuple=[m.cm.ScheduleTuple(
        schedule_tuple_id=tuple_id, charging_schedule=m.cm.ChargingSchedule(power_schedule=power))])
    return m.cm.ScheduleExchangeRes(header=m.header(b"\x00" * 8), response_code=m.code("OK"),
                                    evse_processing=m.ct.processing.Finished,
                                    scheduled_se_res_control_mode=mode)


def to_power_delivery(core: EvccSession, schedule_res: Any) -> Request:
    """Answer ScheduleExchange with ``schedule_res``, then cable check and pre-charge at the target."""
    ok, finished = m.code("OK"), m.ct.processing.Finished
    request = core.receive(roundtrip(schedule_res, ns.ISO20_CM), 1.0)
    assert request is not None and request.name == "DC_CableCheckReq"
    request = core.receive(m.dc.DC_CableCheckRes(header=m.header(core.session_id), response_code=ok,
                                                 evse_processing=finished), 1.1)
    assert request is not None and request.name == "DC_PreChargeReq"
    target = request.message.ev_target_voltage
    for t in (1.2, 1.3):  # within tolerance: Finished, then PowerDelivery
        request = core.receive(m.dc.DC_PreChargeRes(header=m.header(core.session_id), response_code=ok,
                                                    evse_present_voltage=target), t)
    assert request is not None and request.name == "PowerDeliveryReq"
    return request


def test_scheduled_start_selects_the_offered_tuple_within_the_evs_limits() -> None:
    core, _ = drive_to(EvccConfig(service=EnergyService.DC), "ScheduleExchangeReq")
    request = to_power_delivery(core, offer(7, 1_700_000_000, [(600, 150_000.0), (3000, 50_000.0)], True))
    sent = roundtrip(request.message, request.namespace)  # what the SECC decodes
    assert sent.charge_progress.value == "Start" and sent.bpt_channel_selection is None
    profile = sent.ev_power_profile
    assert profile.dynamic_evppt_control_mode is None and profile.time_anchor == 1_700_000_000
    assert profile.scheduled_evppt_control_mode.selected_schedule_tuple_id == 7
    assert profile.scheduled_evppt_control_mode.power_tolerance_acceptance.value == "PowerToleranceConfirmed"
    entries = profile.ev_power_profile_entries.ev_power_profile_entry
    steps = [(e.duration, e.power.to_float()) for e in entries]
    assert steps == [(600, SimulatedEV().max_charge_power), (3000, 50_000.0)]  # 150 kW capped at the EV's 120


def test_no_power_tolerance_no_acceptance() -> None:
    core, _ = drive_to(EvccConfig(service=EnergyService.DC), "ScheduleExchangeReq")
    request = to_power_delivery(core, offer(1, 0, [(86400, 11_000.0)], False))
    assert request.message.ev_power_profile.scheduled_evppt_control_mode.power_tolerance_acceptance is None


@pytest.mark.parametrize("service", [EnergyService.DC_BPT, EnergyService.AC_BPT], ids=lambda s: s.name)
def test_dynamic_bpt_start(service: EnergyService) -> None:
    config = EvccConfig(service=service, mode=ControlMode.DYNAMIC)
    _, request = drive_to(config, "PowerDeliveryReq")
    sent = roundtrip(request.message, request.namespace)
    assert sent.charge_progress.value == "Start" and sent.bpt_channel_selection.value == "Charge"
    profile = sent.ev_power_profile
    assert profile.scheduled_evppt_control_mode is None and profile.dynamic_evppt_control_mode is not None
    (entry,) = profile.ev_power_profile_entries.ev_power_profile_entry
    ev = SimulatedEV()
    top = ev.max_charge_power if service.is_dc else ev.ac_max_charge_power
    assert entry.duration == config.departure_time and entry.power.to_float() == top


def test_scheduled_bpt_discharging_ev_selects_the_discharge_channel() -> None:
    ev = SimulatedEV(discharge_request=10_000.0)
    _, request = drive_to(EvccConfig(service=EnergyService.DC_BPT), "PowerDeliveryReq", ev)
    assert request.message.bpt_channel_selection.value == "Discharge"
    assert request.message.ev_power_profile.scheduled_evppt_control_mode.selected_schedule_tuple_id == 1


def test_stop_carries_no_profile() -> None:
    core, request = drive_to(EvccConfig(service=EnergyService.AC, cycles=0), "PowerDeliveryReq")
    assert request.message.ev_power_profile is not None
    res = m.cm.PowerDeliveryRes(header=m.header(core.session_id), response_code=m.code("OK"))
    stop = core.receive(res, 1.0)
    assert stop is not None and stop.name == "PowerDeliveryReq"
    assert stop.message.charge_progress.value == "Stop"
    assert stop.message.ev_power_profile is None and stop.message.bpt_channel_selection is None

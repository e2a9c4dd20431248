"""Named tolerances on the pure SECC engine (fake clock): off by default, and what each one changes."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tests.secc.driver import Driver
from v2gstack.cli import build_parser
from v2gstack.secc.server import SeccServerConfig
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import (
    ControlMode,
    EnergyService,
    EVChargingNeeds,
    PowerScheduleEntry,
    ScheduleOffer,
    SessionInfo,
    StopReason,
)

PRICE_ALWAYS = Tolerances(price_schedule_always=True)


class StepEVSE(SimulatedEVSE):
    """A charger whose schedule has three power steps (the price schedule must follow them)."""

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        return ScheduleOffer(schedule=(PowerScheduleEntry(600, 50_000.0), PowerScheduleEntry(1800, 22_000.0),
                                       PowerScheduleEntry(86400, 11_000.0)))


def driver(tolerances: Tolerances | None, evse: SimulatedEVSE | None = None) -> Driver:
    """The test Driver on a session built the way the server builds it (``tolerances=`` or not)."""
    d = Driver(evse)
    if tolerances is not None:
        d.session = SeccSession(d.evse.capabilities(), d.now, tolerances=tolerances)
    return d


def schedule_res(d: Driver, service: EnergyService = EnergyService.DC,
                 mode: ControlMode = ControlMode.SCHEDULED) -> Any:
    d.setup()
    d.authorize()
    d.select(service, mode)
    d.dc_cpd(bpt=service.is_bpt)
    res = d.schedule(dynamic=mode is ControlMode.DYNAMIC)
    assert res.response_code.value == "OK" and res.evse_processing.value == "Finished"
    return res


def charging_schedule(res: Any) -> Any:
    (schedule_tuple,) = res.scheduled_se_res_control_mode.schedule_tuple
    return schedule_tuple.charging_schedule


def test_every_tolerance_is_off_by_default() -> None:
    assert [f.name for f in dataclasses.fields(Tolerances)] == ["price_schedule_always",
                                                               "precharge_target_clamped"]
    for default in (Tolerances(), SeccServerConfig().tolerances, Driver().session.ctx.tolerances):
        assert default.enabled() == ()
        assert not any(getattr(default, f.name) for f in dataclasses.fields(Tolerances))


def test_without_the_tolerance_no_price_schedule_is_sent() -> None:
    """-20 makes the price schedule optional; by default the SECC, which has no tariff, sends none."""
    schedule = charging_schedule(schedule_res(Driver()))
    assert schedule.power_schedule.power_schedule_entries.power_schedule_entry
    assert schedule.price_level_schedule is None and schedule.absolute_price_schedule is None


@pytest.mark.parametrize("service", [EnergyService.DC, EnergyService.DC_BPT], ids=lambda s: s.name)
def test_price_schedule_always_sends_one_level_covering_the_power_schedule(service: EnergyService) -> None:
    d = driver(PRICE_ALWAYS, StepEVSE(clock=lambda: d.now))
    schedule = charging_schedule(schedule_res(d, service))  # decoded after an EXI round trip
    power = schedule.power_schedule
    prices = schedule.price_level_schedule
    assert schedule.absolute_price_schedule is None  # claims no amount of money
    assert prices is not None
    assert prices.time_anchor == power.time_anchor
    assert prices.price_schedule_id == 1 and prices.number_of_price_levels == 1
    entries = prices.price_level_schedule_entries.price_level_schedule_entry
    steps = [(e.duration, e.price_level) for e in entries]
    assert steps == [(600, 0), (1800, 0), (86400, 0)]
    assert [e.duration for e in power.power_schedule_entries.power_schedule_entry] == [s for s, _ in steps]


def test_price_schedule_follows_the_supporting_point_limit() -> None:
    """The power schedule is cut to the EV's MaximumSupportingPoints; the price schedule with it."""
    from v2gstack.secc import messages as m

    d = driver(PRICE_ALWAYS, StepEVSE(clock=lambda: d.now))
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    res = d.send(m.cm.ScheduleExchangeReq(header=d.hdr(), maximum_supporting_points=2,
                                          scheduled_se_req_control_mode=m.cm.Scheduled_SEReqControlMode()))
    schedule = charging_schedule(res)
    prices = schedule.price_level_schedule.price_level_schedule_entries.price_level_schedule_entry
    assert len(schedule.power_schedule.power_schedule_entries.power_schedule_entry) == len(prices) == 2


class SlowScheduleEVSE(SimulatedEVSE):
    """Firmware whose schedule is not ready at the first ScheduleExchangeReq (the EV hears Ongoing)."""

    asked = 0

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        self.asked += 1
        return ScheduleOffer(ready=self.asked > 1)


@pytest.mark.parametrize("tolerances", [Tolerances(), PRICE_ALWAYS], ids=["default", "price-schedule-always"])
def test_ongoing_placeholder_follows_the_tolerance(tolerances: Tolerances) -> None:
    """An Ongoing ScheduleExchangeRes still carries a (placeholder) ScheduleTuple; a peer that rejects a
    tuple without a price schedule rejects that one too, so the tolerance covers it as well."""
    d = driver(tolerances, SlowScheduleEVSE(clock=lambda: d.now))
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    res = d.schedule(dynamic=False)
    assert res.evse_processing.value == "Ongoing"
    prices = charging_schedule(res).price_level_schedule
    if tolerances.price_schedule_always:
        assert prices is not None and prices.number_of_price_levels == 1
    else:
        assert prices is None
    assert d.schedule(dynamic=False).evse_processing.value == "Finished"


def test_dynamic_mode_is_unchanged_by_the_tolerance() -> None:
    res = schedule_res(driver(PRICE_ALWAYS), mode=ControlMode.DYNAMIC)
    dynamic = res.dynamic_se_res_control_mode
    assert dynamic is not None and res.scheduled_se_res_control_mode is None
    assert dynamic.price_level_schedule is None and dynamic.absolute_price_schedule is None


def test_a_whole_session_completes_with_the_tolerance() -> None:
    d = driver(PRICE_ALWAYS)
    d.to_charge_loop()
    d.now += 0.1
    assert d.dc_loop().response_code.value == "OK"
    assert d.power("Stop").response_code.value == "OK"
    assert d.welding().response_code.value == "OK"
    assert d.stop().response_code.value == "OK"
    assert d.session.end_reason is StopReason.SESSION_STOPPED


def test_names_round_trip_and_unknown_names_are_refused() -> None:
    assert Tolerances.names() == ("price-schedule-always", "precharge-target-clamped")
    assert Tolerances.from_names(["price-schedule-always"]) == PRICE_ALWAYS
    assert Tolerances.from_names([]) == Tolerances()
    assert PRICE_ALWAYS.enabled() == ("price-schedule-always",)
    with pytest.raises(ValueError, match="unknown tolerance"):
        Tolerances.from_names(["price_schedule_always"])


def test_cli_option() -> None:
    parser = build_parser()
    assert parser.parse_args(["secc", "--no-tls"]).tolerate == []
    args = parser.parse_args(["secc", "--no-tls", "--tolerate", "price-schedule-always"])
    assert Tolerances.from_names(args.tolerate) == PRICE_ALWAYS
    with pytest.raises(SystemExit):
        parser.parse_args(["secc", "--no-tls", "--tolerate", "everything"])


def _precharge(d: Driver, target: float, present: float) -> Any:
    from v2gstack.secc import messages as m

    d.setup()
    d.authorize()
    d.select(EnergyService.DC, ControlMode.SCHEDULED)
    d.dc_cpd()
    d.schedule(dynamic=False)
    d.cable_check()
    return d.send(m.dc.DC_PreChargeReq(header=d.hdr(), ev_processing=m.ct.processing.Ongoing,
                                       ev_present_voltage=m.rational(present),
                                       ev_target_voltage=m.rational(target)))


def test_an_out_of_range_precharge_target_fails_by_default() -> None:
    res = _precharge(Driver(), target=20_000.0, present=400.0)
    assert res.response_code.value == "FAILED_WrongChargeParameter"


@pytest.mark.parametrize(("present", "expected"), [(400.0, 400.0), (5_000.0, 920.0), (10.0, 150.0)])
def test_precharge_target_clamped_uses_the_battery_voltage_or_the_range(present: float,
                                                                        expected: float) -> None:
    """Q13: a 20 kV target is replaced by the EV's present voltage when in range, else the nearest
    end of the charger's range (the simulated charger's: 150-920 V)."""
    evse = SimulatedEVSE()
    lim = evse.capabilities().dc_limits
    assert lim is not None and (lim.min_voltage, lim.max_voltage) == (150.0, 920.0)
    d = driver(Tolerances(precharge_target_clamped=True), evse)
    res = _precharge(d, target=20_000.0, present=present)
    assert res.response_code.value == "OK" and not d.session.ended
    [call] = [a for a in d.actions if getattr(a, "method", "") == "precharge"]
    assert call.args[1] == expected

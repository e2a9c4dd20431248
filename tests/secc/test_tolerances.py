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
CLAMPED = Tolerances(precharge_target_clamped=True)


class StepEVSE(SimulatedEVSE):
    """A charger whose schedule has three power steps (the price schedule must follow them)."""

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        return ScheduleOffer(schedule=(PowerScheduleEntry(600, 50_000.0), PowerScheduleEntry(1800, 22_000.0),
                                       PowerScheduleEntry(86400, 11_000.0)))


class SlowScheduleEVSE(SimulatedEVSE):
    """Firmware whose schedule is not ready at the first ScheduleExchangeReq (the EV hears Ongoing)."""

    asked = 0

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        self.asked += 1
        return ScheduleOffer(ready=self.asked > 1)


def driver(tolerances: Tolerances | None, evse: SimulatedEVSE | None = None) -> Driver:
    """The test Driver on a session built the way the server builds it (``tolerances=`` or not)."""
    d = Driver(evse)
    if tolerances is not None:
        d.session = SeccSession(d.evse.capabilities(), d.now, tolerances=tolerances)
    return d


def test_every_tolerance_is_off_by_default() -> None:
    assert [f.name for f in dataclasses.fields(Tolerances)] == ["price_schedule_always",
                                                               "precharge_target_clamped",
                                                               "p256_contract_signature"]
    for default in (Tolerances(), SeccServerConfig().tolerances, Driver().session.ctx.tolerances):
        assert default.enabled() == ()
        assert not any(getattr(default, f.name) for f in dataclasses.fields(Tolerances))


def test_price_schedule_always_is_a_deprecated_no_op() -> None:
    """-20 requires a price schedule in every ChargingSchedule ([V2G20-2176]): the SECC sends one by default
    now, so the former tolerance (Q6) changes nothing; it is still accepted (code and command lines)."""
    def control_mode(tolerances: Tolerances | None, ready: bool) -> Any:
        evse = StepEVSE() if ready else SlowScheduleEVSE()
        d = driver(tolerances, evse)
        evse.clock = lambda: d.now
        d.setup()
        d.authorize()
        d.select(EnergyService.DC_BPT, ControlMode.SCHEDULED)
        d.dc_cpd(bpt=True)
        mode = d.schedule(dynamic=False).scheduled_se_res_control_mode
        for one in mode.schedule_tuple:  # the anchors are the request's time stamp (wall clock)
            for schedule in (one.charging_schedule, one.discharging_schedule):
                if schedule is not None:
                    schedule.power_schedule.time_anchor = schedule.price_level_schedule.time_anchor = 0
        return mode

    for ready in (True, False):
        default, deprecated = control_mode(None, ready), control_mode(PRICE_ALWAYS, ready)
        assert default == deprecated
        assert default.schedule_tuple[0].charging_schedule.price_level_schedule.number_of_price_levels == 0


def test_a_whole_session_completes_with_the_deprecated_tolerance() -> None:
    d = driver(PRICE_ALWAYS)
    d.to_charge_loop()
    d.now += 0.1
    assert d.dc_loop().response_code.value == "OK"
    assert d.power("Stop").response_code.value == "OK"
    assert d.welding().response_code.value == "OK"
    assert d.stop().response_code.value == "OK"
    assert d.session.end_reason is StopReason.SESSION_STOPPED


def test_names_round_trip_and_unknown_names_are_refused() -> None:
    assert Tolerances.names() == ("price-schedule-always", "precharge-target-clamped",
                                  "p256-contract-signature")
    assert Tolerances.from_names(["precharge-target-clamped"]) == CLAMPED
    assert Tolerances.from_names([]) == Tolerances()
    assert CLAMPED.enabled() == ("precharge-target-clamped",) and CLAMPED.ignored() == ()
    with pytest.raises(ValueError, match="unknown tolerance"):
        Tolerances.from_names(["precharge_target_clamped"])


def test_a_deprecated_name_is_accepted_and_reported_as_ignored() -> None:
    deprecated = Tolerances.from_names(["price-schedule-always", "precharge-target-clamped"])
    assert deprecated.price_schedule_always  # old code reading the field still works
    assert deprecated.enabled() == ("precharge-target-clamped",)
    assert deprecated.ignored() == ("price-schedule-always",)
    assert set(Tolerances.DEPRECATED) == {"price-schedule-always"}
    assert "[V2G20-2176]" in Tolerances.DEPRECATED["price-schedule-always"]


def test_cli_option() -> None:
    parser = build_parser()
    assert parser.parse_args(["secc", "--no-tls"]).tolerate == []
    args = parser.parse_args(["secc", "--no-tls", "--tolerate", "precharge-target-clamped"])
    assert Tolerances.from_names(args.tolerate) == CLAMPED
    args = parser.parse_args(["secc", "--no-tls", "--tolerate", "price-schedule-always"])  # scripts
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

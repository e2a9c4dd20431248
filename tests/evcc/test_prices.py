"""The EVCC and prices: ServiceDetail's Pricing and the price schedules of ScheduleExchangeRes parsed into the
result (in memory against the SECC engine, fake clock), invalid or inconsistent ones noted, the summary line,
and the command line (``--tariff``)."""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import REPO
from v2gstack.cli import build_parser
from v2gstack.evcc import requests as q
from v2gstack.evcc.client import SessionReport
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import InMemoryRun, run_in_memory
from v2gstack.evcc.report import price_line
from v2gstack.evcc.session import EvccConfig, EvccSession
from v2gstack.evcc.types import EvccResult, PriceOffer, pricing_mismatch
from v2gstack.secc import messages as m
from v2gstack.secc.session import Control, SeccSession
from v2gstack.secc.simulator import EXAMPLE_PRICE_LEVELS, EXAMPLE_TARIFF, SimulatedEVSE, example_tariffs
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import (
    ControlMode,
    EnergyService,
    PriceLevel,
    PriceLevelSchedule,
    Pricing,
    Tariff,
)

SERVICES = [EnergyService.DC, EnergyService.DC_BPT, EnergyService.AC, EnergyService.AC_BPT]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def step(self) -> None:
        self.now += 0.01


def run(evse: SimulatedEVSE, config: EvccConfig, tolerances: Tolerances | None = None) -> InMemoryRun:
    clock = Clock()
    evse.clock = clock
    engine = SeccSession(evse.capabilities(), clock(), tolerances=tolerances or Tolerances())
    return asyncio.run(run_in_memory(config, SimulatedEV(), evse, clock, advance=clock.step, secc=engine))


def same(received: Tariff | None, offered: Tariff | None) -> bool:
    """Equal but for the time anchor the SECC filled in (the power schedule's)."""
    if received is None or offered is None:
        return received is offered
    return dataclasses.replace(received, time_anchor=offered.time_anchor) == offered


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
@pytest.mark.parametrize("kind", list(Pricing), ids=lambda k: k.name)
def test_the_ev_gets_the_chargers_tariffs(service: EnergyService, kind: Pricing) -> None:
    charge, refund = example_tariffs(kind)
    result = run(SimulatedEVSE(tariff=charge, discharge_tariff=refund),
                 EvccConfig(service=service, mode=ControlMode.SCHEDULED, cycles=2)).result
    assert result.completed, result.reason
    assert result.pricing is kind and result.price_errors == []
    (offer,) = result.prices
    assert offer.schedule_tuple_id == 1 and same(offer.charging, charge)
    bpt_priced = service.is_bpt and refund is not None
    assert offer.has_discharging is bpt_priced and same(offer.discharging, refund if bpt_priced else None)


@pytest.mark.parametrize("kind", [Pricing.ABSOLUTE, Pricing.PRICE_LEVELS], ids=lambda k: k.name)
def test_dynamic_mode_prices(kind: Pricing) -> None:
    charge, refund = example_tariffs(kind)
    result = run(SimulatedEVSE(tariff=charge, discharge_tariff=refund),
                 EvccConfig(service=EnergyService.AC_BPT, mode=ControlMode.DYNAMIC, cycles=2)).result
    assert result.completed and result.pricing is kind and result.price_errors == []
    (offer,) = result.prices
    assert offer.schedule_tuple_id is None and not offer.has_discharging and same(offer.charging, charge)
    assert offer.summary().startswith("dynamic: ")


def test_a_renegotiation_replaces_the_prices() -> None:
    """After a schedule renegotiation the result holds the new ScheduleTuple's prices (ID 2)."""
    evse = SimulatedEVSE(tariff=EXAMPLE_TARIFF)

    def renegotiate(engine: SeccSession, index: int) -> None:
        if index == 1:
            engine.control(Control.RENEGOTIATE, 0.0)

    clock = Clock()
    evse.clock = clock
    engine = SeccSession(evse.capabilities(), clock())
    result = asyncio.run(run_in_memory(EvccConfig(cycles=4), SimulatedEV(), evse, clock, advance=clock.step,
                                       secc=engine, on_cycle=renegotiate)).result
    assert result.completed and result.renegotiations == 1
    (offer,) = result.prices
    assert offer.schedule_tuple_id == 2 and same(offer.charging, EXAMPLE_TARIFF)


def test_the_tolerance_placeholder_is_no_price_and_no_contradiction() -> None:
    """Against a SECC with price-schedule-always and Pricing 0 the EV sees a schedule that ranks nothing (one
    level at 0) or says there is no price information (no levels): either way consistent with Pricing 0."""
    result = run(SimulatedEVSE(), EvccConfig(cycles=1), Tolerances(price_schedule_always=True)).result
    assert result.pricing is Pricing.NONE and result.price_errors == []
    (offer,) = result.prices
    if offer.charging is None:
        assert "no price schedule" in offer.summary()
    else:
        assert isinstance(offer.charging, PriceLevelSchedule) and not offer.charging.states_prices
        assert "none stated" in offer.summary()


def test_no_price_levels_means_no_price_information() -> None:
    """NumberOfPriceLevels 0 (all levels 0) is a schedule without price information ([V2G20-2166] NOTE 1):
    no prices, no error, and no contradiction with Pricing 0; a single level at 0 is kept as it is."""
    def levels(count: int) -> Any:
        return m.cm.PriceLevelSchedule(time_anchor=0, price_schedule_id=1, number_of_price_levels=count,
                                       price_level_schedule_entries=m.cm.PriceLevelScheduleEntryList(
                                           price_level_schedule_entry=[m.cm.PriceLevelScheduleEntry(
                                               duration=60, price_level=0)]))

    assert q.price_offers(_response(levels(0))) == ([PriceOffer(7, None, None, False)], [])
    (one,), errors = q.price_offers(_response(levels(1)))
    assert errors == [] and isinstance(one.charging, PriceLevelSchedule) and not one.charging.states_prices


def _response(levels: Any) -> Any:
    """A Finished scheduled ScheduleExchangeRes whose one tuple carries ``levels`` (a PriceLevelSchedule)."""
    power = m.cm.PowerSchedule(time_anchor=0, power_schedule_entries=m.cm.PowerScheduleEntryList(
        power_schedule_entry=[m.cm.PowerScheduleEntry(duration=60, power=m.rational(1000))]))
    one = m.cm.ScheduleTuple(schedule_tuple_id=7, charging_schedule=m.cm.ChargingSchedule(
        power_schedule=power, price_level_schedule=levels))
    return m.cm.ScheduleExchangeRes(header=m.header(b"\x01" * 8, 0), response_code=m.code("OK"),
                                    evse_processing=m.ct.processing.Finished,
                                    scheduled_se_res_control_mode=m.cm.Scheduled_SEResControlMode(
                                        schedule_tuple=[one]))


def test_an_invalid_price_schedule_is_ignored_and_noted() -> None:
    """A PriceLevel above NumberOfPriceLevels is schema-valid but breaks -20: the EV ignores the schedule
    ([V2G20-1569]) and says why."""
    bad = m.cm.PriceLevelSchedule(time_anchor=0, price_schedule_id=1, number_of_price_levels=2,
                                  price_level_schedule_entries=m.cm.PriceLevelScheduleEntryList(
                                      price_level_schedule_entry=[m.cm.PriceLevelScheduleEntry(duration=60,
                                                                                               price_level=5)]))
    offers, errors = q.price_offers(_response(bad))
    assert offers == [PriceOffer(7, None, None, False)]
    (error,) = errors
    assert "ScheduleTuple 7 charging: invalid PriceLevelSchedule ignored" in error and "above" in error


@pytest.mark.parametrize(("announced", "tariff", "mismatch"), [
    (Pricing.NONE, None, False),
    (Pricing.NONE, EXAMPLE_TARIFF, True),
    (Pricing.NONE, EXAMPLE_PRICE_LEVELS, True),
    (Pricing.NONE, PriceLevelSchedule(1, (PriceLevel(60, 0),)), False),
    (Pricing.ABSOLUTE, EXAMPLE_TARIFF, False),
    (Pricing.ABSOLUTE, None, True),
    (Pricing.ABSOLUTE, EXAMPLE_PRICE_LEVELS, True),
    (Pricing.PRICE_LEVELS, EXAMPLE_PRICE_LEVELS, False),
    (Pricing.PRICE_LEVELS, EXAMPLE_TARIFF, True),
])
def test_pricing_mismatch(announced: Pricing, tariff: Tariff | None, mismatch: bool) -> None:
    assert pricing_mismatch(announced, tariff) is mismatch


def test_prices_that_contradict_service_detail_are_noted() -> None:
    """ServiceDetail said Pricing 1 but the tuple has a PriceLevelSchedule: kept, and noted."""
    session = EvccSession(EvccConfig(), SimulatedEV(), 0.0)
    pset = m.cm.ParameterSet(parameter_set_id=1, parameter=[m.cm.Parameter(name="ControlMode", int_value=1),
                                                            m.cm.Parameter(name="Pricing", int_value=1)])
    session._note_pricing(pset)
    levels = m.price_schedule(EXAMPLE_PRICE_LEVELS, 0)
    session._note_prices(_response(levels))
    result = session.result
    assert result.pricing is Pricing.ABSOLUTE and same(result.prices[0].charging, EXAMPLE_PRICE_LEVELS)
    assert result.price_errors == ["ScheduleTuple 7 charging: PriceLevelSchedule, but ServiceDetail said "
                                   "Pricing 1 (ABSOLUTE)"]
    session._note_pricing(m.cm.ParameterSet(parameter_set_id=1, parameter=[
        m.cm.Parameter(name="Pricing", int_value=9)]))
    assert result.pricing is None and result.price_errors[-1] == "ServiceDetail: unknown Pricing 9"


def test_price_line() -> None:
    result = EvccResult(pricing=Pricing.ABSOLUTE, prices=[PriceOffer(3, EXAMPLE_TARIFF)])
    line = price_line(SessionReport(result=result))
    assert line == ("prices: Pricing 1 (ABSOLUTE); tuple 3: absolute, 0.39-0.55 EUR/kWh (2 stacks, parking "
                    "fee, 1 tax rule, overstay fee, max 150 EUR)")
    assert price_line(SessionReport(result=EvccResult())) is None
    both = PriceOffer(1, EXAMPLE_PRICE_LEVELS, None, True)
    assert both.summary() == ("tuple 1: charge price levels, 1/2/3 of 3 over 3 entries; "
                              "discharge no price schedule")


# -- the command line ------------------------------------------------------------------------------------
def test_tariff_options_are_registered() -> None:
    parser = build_parser()
    for command in ("secc", "demo"):
        assert parser.parse_args([command]).tariff == "none"
        assert parser.parse_args([command, "--tariff", "levels"]).tariff == "levels"
    from v2gstack.cli.secc import tariff_kind

    assert [tariff_kind(n) for n in ("none", "absolute", "levels")] == list(Pricing)


def test_demo_shows_the_prices_the_ev_received() -> None:
    proc = subprocess.run([sys.executable, "-m", "v2gstack", "demo", "--no-tls", "--service", "dc-bpt",
                           "--mode", "scheduled", "--tariff", "absolute", "--cycles", "1", "--pacing", "0"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert ("prices: Pricing 1 (ABSOLUTE); tuple 1: charge absolute, 0.39-0.55 EUR/kWh (2 stacks, parking "
            "fee, 1 tax rule, overstay fee, max 150 EUR); discharge absolute, 0.25 EUR/kWh (1 stack)"
            ) in proc.stdout

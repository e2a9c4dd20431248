"""Prices in ScheduleExchange (pure SECC engine, fake clock): the typed tariffs, their schema limits, the
mapping into ScheduleTuples (charging and BPT discharging, ScheduleTupleIDs), EXI round trips (also against
EXIficient), ServiceDetail's Pricing, dynamic mode, and the "no price information" schedule of a tariff-free
offer ([V2G20-2176], [V2G20-2166])."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
import time
from decimal import Decimal
from typing import Any

import pytest

from tests.conftest import REPO
from tests.secc.driver import Driver, run_now
from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.events import CallFirmware, Notify
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import (
    EXAMPLE_FEED_IN_LEVELS,
    EXAMPLE_FEED_IN_TARIFF,
    EXAMPLE_PRICE_LEVELS,
    EXAMPLE_TARIFF,
    SimulatedEVSE,
    example_tariffs,
)
from v2gstack.secc.states.schedule_exchange import MAX_SCHEDULE_TUPLE_ID
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import (
    AbsolutePriceSchedule,
    AdditionalService,
    ControlMode,
    EnergyService,
    EVChargingNeeds,
    EVSECapabilities,
    OverstayRule,
    OverstayRules,
    PowerScheduleEntry,
    PriceAlgorithm,
    PriceLevel,
    PriceLevelSchedule,
    PriceRule,
    PriceRuleStack,
    Pricing,
    ScheduleOffer,
    ScheduleTupleOffer,
    SessionInfo,
    StopReason,
    Tariff,
    TaxRule,
    rational_parts,
)

D = Decimal
DAY = 86400
SERVICES = [EnergyService.DC, EnergyService.DC_BPT, EnergyService.AC, EnergyService.AC_BPT]

#: Every element of AbsolutePriceScheduleType filled, at the schema's text limits.
FULL = AbsolutePriceSchedule(
    currency="EUR", language="DEU", price_algorithm=PriceAlgorithm.STACKED_ENERGY,
    price_schedule_id=2**32 - 1, description="d" * 160, time_anchor=1_700_000_000, minimum_cost=D("0.5"),
    maximum_cost=D("99.99"),
    price_rule_stacks=(
        PriceRuleStack(3600, (PriceRule(D("0.35")),
                              PriceRule(D("0.4"), D(11_000), parking_fee=D("1.5"), parking_fee_period=3600,
                                        carbon_dioxide_emission=65535, renewable_generation_percentage=100),
                              PriceRule(D("-0.01"), D("1.5E+5")))),
        PriceRuleStack(2**32 - 1, (PriceRule(D(0)),)),
    ),
    tax_rules=(TaxRule(1, D("0.19"), name="n" * 80, included_in_price=True),
               TaxRule(2**32 - 1, D("0.07"), applies_to_energy_fee=False, applies_to_parking_fee=False,
                       applies_to_overstay_fee=False, applies_minimum_maximum_cost=False)),
    overstay=OverstayRules((OverstayRule(600, D("0.1"), 60, "o" * 160), OverstayRule(7200, D(1), 3600)),
                           time_threshold=1800, power_threshold=D(500)),
    additional_services=(AdditionalService("s" * 80, D("9.5")), AdditionalService("valet", D(20))),
    id="price-schedule_1")
LEVELS = PriceLevelSchedule(4, (PriceLevel(900, 1), PriceLevel(1800, 4), PriceLevel(2**32 - 1, 2)),
                            price_schedule_id=7, description="levels", time_anchor=1_700_000_100,
                            id="levels1")


class TariffEVSE(SimulatedEVSE):
    """A charger whose ScheduleOffer is whatever the test sets (announced Pricing from the offer)."""

    def __init__(self, offer: ScheduleOffer, pricing: Pricing | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.offer = offer
        self.pricing = offer.pricing if pricing is None else pricing
        self.asked: list[EVChargingNeeds] = []

    def capabilities(self) -> EVSECapabilities:
        return dataclasses.replace(super().capabilities(), pricing=self.pricing)

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        self.asked.append(needs)
        return self.offer


def driver(evse: SimulatedEVSE, tolerances: Tolerances | None = None) -> Driver:
    d = Driver(evse)
    evse.clock = lambda: d.now
    if tolerances is not None:
        d.session = SeccSession(evse.capabilities(), d.now, tolerances=tolerances)
    return d


def to_schedule(d: Driver, service: EnergyService = EnergyService.DC,
                mode: ControlMode = ControlMode.SCHEDULED, points: int = 1024) -> Any:
    """Set up to ScheduleExchange; returns the decoded ScheduleExchangeRes (after an EXI round trip)."""
    d.setup(ns.ISO20_DC if service.is_dc else ns.ISO20_AC)
    d.authorize()
    d.select(service, mode)
    if service.is_dc:
        d.dc_cpd(bpt=service.is_bpt)
    else:
        r = m.rational
        fields: dict[str, Any] = dict(ev_maximum_charge_power=r(11000), ev_minimum_charge_power=r(0))
        cpd: Any = (m.ac.BPT_AC_CPDReqEnergyTransferMode(**fields, ev_maximum_discharge_power=r(7000),
                                                         ev_minimum_discharge_power=r(0))
                    if service.is_bpt else m.ac.AC_CPDReqEnergyTransferMode(**fields))
        d.send(m.ac.AC_ChargeParameterDiscoveryReq(header=d.hdr(), ac_cpd_req_energy_transfer_mode=cpd))
    return schedule_req(d, mode, points)


def schedule_req(d: Driver, mode: ControlMode = ControlMode.SCHEDULED, points: int = 1024) -> Any:
    if mode is ControlMode.DYNAMIC:
        r = m.rational
        dyn = m.cm.Dynamic_SEReqControlMode(departure_time=3600, ev_target_energy_request=r(30000),
                                            ev_maximum_energy_request=r(40000),
                                            ev_minimum_energy_request=r(0))
        return d.send(m.cm.ScheduleExchangeReq(header=d.hdr(), maximum_supporting_points=points,
                                               dynamic_se_req_control_mode=dyn))
    return d.send(m.cm.ScheduleExchangeReq(header=d.hdr(), maximum_supporting_points=points,
                                           scheduled_se_req_control_mode=m.cm.Scheduled_SEReqControlMode()))


def tariff_in(schedule: Any) -> Tariff | None:
    element = schedule.absolute_price_schedule or schedule.price_level_schedule
    return None if element is None else m.tariff_of(element)


def anchored(tariff: Tariff, anchor: int) -> Tariff:
    return tariff if tariff.time_anchor is not None else dataclasses.replace(tariff, time_anchor=anchor)


def pricing_parameters(res: Any) -> list[int]:
    return [p.int_value for pset in res.service_parameter_list.parameter_set for p in pset.parameter
            if p.name == "Pricing"]


# -- the types ------------------------------------------------------------------------------------------
def test_amounts_are_exact_decimals() -> None:
    rule = PriceRule(0.35, 11000, parking_fee="1.20")  # type: ignore[arg-type]
    assert rule.energy_fee == D("0.35") and isinstance(rule.energy_fee, Decimal)
    assert rule.power_range_start == D(11000) and rule.parking_fee == D("1.2")
    assert rational_parts(D("0.35")) == (-2, 35)
    assert rational_parts(D("150000")) == (4, 15)
    assert rational_parts(D("32767E+127")) == (127, 32767)
    assert rational_parts(D("1E+131")) == (127, 10000)  # the exponent is brought into range
    assert rational_parts(0) == (0, 0)
    assert m.decimal(m.exact(D("-0.001"))) == D("-0.001")


@pytest.mark.parametrize("value", [D("0.123456"), 0.1 + 0.2, D("32768"), D("1E+132"), D("1E-129"),
                                   float("nan"), "cheap", True, None])
def test_an_amount_that_no_rational_number_equals_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="EnergyFee"):
        PriceRule(value)  # type: ignore[arg-type]


def _stack(rules: int = 1) -> PriceRuleStack:
    return PriceRuleStack(3600, tuple(PriceRule(D("0.3"), D(1000 * i)) for i in range(rules)))


def _absolute(**kw: Any) -> AbsolutePriceSchedule:
    fields: dict[str, Any] = dict(currency="EUR", language="ENG", price_rule_stacks=(_stack(),))
    fields.update(kw)
    return AbsolutePriceSchedule(**fields)


SCHEMA_ERRORS: list[tuple[str, Any, str]] = [
    ("currency too long", lambda: _absolute(currency="EURO"), "Currency"),
    ("currency empty", lambda: _absolute(currency=""), "Currency"),
    ("language too long", lambda: _absolute(language="ENGL"), "Language"),
    ("algorithm too long", lambda: _absolute(price_algorithm="u" * 256), "PriceAlgorithm"),
    ("no stack", lambda: _absolute(price_rule_stacks=()), "PriceRuleStacks"),
    ("1025 stacks", lambda: _absolute(price_rule_stacks=(_stack(),) * 1025), "PriceRuleStacks"),
    ("9 rules", lambda: _stack(9), "PriceRules"),
    ("no rule", lambda: PriceRuleStack(3600, ()), "PriceRules"),
    ("ranges not rising", lambda: PriceRuleStack(60, (PriceRule(D(1), D(50)), PriceRule(D(1), D(50)))),
     "PowerRangeStart"),
    ("negative duration", lambda: PriceRuleStack(-1, (PriceRule(D(1)),)), "Duration"),
    ("duration above unsignedInt", lambda: PriceRuleStack(2**32, (PriceRule(D(1)),)), "Duration"),
    ("11 tax rules", lambda: _absolute(tax_rules=tuple(TaxRule(i, D(0)) for i in range(1, 12))), "TaxRules"),
    ("same tax rule ID", lambda: _absolute(tax_rules=(TaxRule(1, D(0)), TaxRule(1, D(0)))), "TaxRuleID"),
    ("tax rule ID 0", lambda: TaxRule(0, D("0.19")), "TaxRuleID"),
    ("tax rule name too long", lambda: TaxRule(1, D("0.19"), name="n" * 81), "TaxRuleName"),
    ("6 additional services", lambda: _absolute(additional_services=(AdditionalService("x", D(1)),) * 6),
     "AdditionalSelectedServices"),
    ("service name too long", lambda: AdditionalService("s" * 81, D(1)), "ServiceName"),
    ("6 overstay rules", lambda: OverstayRules((OverstayRule(0, D(1), 60),) * 6), "OverstayRules"),
    ("no overstay rule", lambda: OverstayRules(()), "OverstayRules"),
    ("overstay description too long", lambda: OverstayRule(0, D(1), 60, "o" * 161),
     "OverstayRuleDescription"),
    ("description too long", lambda: _absolute(description="d" * 161), "PriceScheduleDescription"),
    ("price schedule ID 0", lambda: _absolute(price_schedule_id=0), "PriceScheduleID"),
    ("price schedule ID above numericIDType", lambda: _absolute(price_schedule_id=2**32), "PriceScheduleID"),
    ("negative time anchor", lambda: _absolute(time_anchor=-1), "TimeAnchor"),
    ("minimum above maximum", lambda: _absolute(minimum_cost=D(10), maximum_cost=D(5)), "MinimumCost"),
    ("CO2 above unsignedShort", lambda: PriceRule(D(1), carbon_dioxide_emission=65536), "CarbonDioxide"),
    ("renewable above 100 %", lambda: PriceRule(D(1), renewable_generation_percentage=101), "Renewable"),
    ("Id not an xs:ID", lambda: _absolute(id="1st"), "xs:ID"),
    ("101 price levels", lambda: PriceLevelSchedule(101, (PriceLevel(60, 1),)), "NumberOfPriceLevels"),
    ("level above the number", lambda: PriceLevelSchedule(3, (PriceLevel(60, 4),)),
     "above NumberOfPriceLevels"),
    ("levels without price information", lambda: PriceLevelSchedule(0, (PriceLevel(60, 1),)), "above"),
    ("more distinct levels than stated", lambda: PriceLevelSchedule(2, (PriceLevel(60, 0), PriceLevel(60, 1),
                                                                        PriceLevel(60, 2))), "V2G20-2164"),
    ("no price level entry", lambda: PriceLevelSchedule(1, ()), "PriceLevelScheduleEntries"),
    ("1025 price level entries", lambda: PriceLevelSchedule(1, (PriceLevel(60, 1),) * 1025),
     "PriceLevelScheduleEntries"),
    ("price level above unsignedByte", lambda: PriceLevel(60, 256), "PriceLevel"),
]


@pytest.mark.parametrize(("build", "match"), [(b, w) for _, b, w in SCHEMA_ERRORS],
                         ids=[name for name, _, _ in SCHEMA_ERRORS])
def test_schema_limits_are_checked_when_the_tariff_is_made(build: Any, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        build()


def test_the_limits_themselves_are_allowed() -> None:
    most = _absolute(price_rule_stacks=[_stack(8)] * 1024, tax_rules=[TaxRule(i, D(0)) for i in range(1, 11)],
                     additional_services=[AdditionalService("a" * 80, D(1))] * 5)
    assert len(most.price_rule_stacks) == 1024 and isinstance(most.tax_rules, tuple)
    assert PriceLevelSchedule(100, [PriceLevel(60, 100)] * 1024).entries[0] == PriceLevel(60, 100)
    assert PriceLevelSchedule(0, (PriceLevel(60, 0),)).states_prices is False
    assert FULL.id == "price-schedule_1" and LEVELS.number_of_price_levels == 4


OFFER_ERRORS: list[tuple[str, Any, str]] = [
    ("three alternatives",
     lambda: ScheduleOffer(alternatives=(ScheduleTupleOffer((PowerScheduleEntry(60, 1),)),) * 3),
     "at most 3"),
    ("alternative without power", lambda: ScheduleOffer(alternatives=(ScheduleTupleOffer(()),)),
     "needs a power schedule"),
    ("absolute and levels", lambda: ScheduleOffer(tariff=EXAMPLE_TARIFF, alternatives=(ScheduleTupleOffer(
        (PowerScheduleEntry(60, 1),), EXAMPLE_PRICE_LEVELS),)), "priced alike"),
    ("one tuple unpriced", lambda: ScheduleOffer(tariff=EXAMPLE_TARIFF, alternatives=(ScheduleTupleOffer(
        (PowerScheduleEntry(60, 1),)),)), "priced alike"),
    ("discharge unpriced", lambda: ScheduleOffer(tariff=EXAMPLE_TARIFF,
                                                 discharge_schedule=(PowerScheduleEntry(60, -1000),)),
     "priced alike"),
    ("two numbers of levels", lambda: ScheduleOffer(tariff=EXAMPLE_PRICE_LEVELS, alternatives=(
        ScheduleTupleOffer((PowerScheduleEntry(60, 1),), PriceLevelSchedule(2, (PriceLevel(60, 2),))),)),
     "V2G20-2162"),
    ("two currencies in a tuple", lambda: ScheduleOffer(
        tariff=EXAMPLE_TARIFF, discharge_schedule=(PowerScheduleEntry(60, -1000),),
        discharge_tariff=dataclasses.replace(EXAMPLE_FEED_IN_TARIFF, currency="USD")), "V2G20-1835"),
    ("discharge power positive", lambda: ScheduleOffer(discharge_schedule=(PowerScheduleEntry(60, 1000),)),
     "power <= 0"),
    ("discharge tariff alone", lambda: ScheduleOffer(discharge_tariff=EXAMPLE_FEED_IN_TARIFF),
     "needs a discharge"),
    ("same Id twice", lambda: ScheduleOffer(tariff=FULL, alternatives=(ScheduleTupleOffer(
        (PowerScheduleEntry(60, 1),), FULL),)), "Id"),
]


@pytest.mark.parametrize(("build", "match"), [(b, w) for _, b, w in OFFER_ERRORS],
                         ids=[name for name, _, _ in OFFER_ERRORS])
def test_an_inconsistent_offer_is_refused_when_made(build: Any, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        build()


def test_existing_offers_still_work() -> None:
    """Firmware written before prices existed: every new field is optional."""
    offer = ScheduleOffer(schedule=(PowerScheduleEntry(600, 50_000.0),), departure_time=3600)
    assert offer.pricing is Pricing.NONE and offer.tuples()[0].tariff is None
    assert ScheduleOffer(ready=False).pricing is Pricing.NONE
    assert EVSECapabilities("E", (EnergyService.DC,)).pricing_for(EnergyService.DC) is Pricing.NONE


# -- EXI round trips -------------------------------------------------------------------------------------
@pytest.mark.parametrize("tariff", [FULL, LEVELS, EXAMPLE_TARIFF, EXAMPLE_PRICE_LEVELS],
                         ids=["full", "levels", "example", "example-levels"])
def test_price_schedule_element_round_trip(tariff: Tariff) -> None:
    element = m.price_schedule(tariff, 1_700_000_000)
    absolute = isinstance(tariff, AbsolutePriceSchedule)
    power = m.cm.PowerSchedule(time_anchor=0, power_schedule_entries=m.cm.PowerScheduleEntryList(
        power_schedule_entry=[m.cm.PowerScheduleEntry(duration=60, power=m.rational(1))]))
    schedule = m.cm.ChargingSchedule(power_schedule=power,
                                     absolute_price_schedule=element if absolute else None,
                                     price_level_schedule=None if absolute else element)
    data = exi.encode(m.cm.ScheduleExchangeRes(
        header=m.header(b"\x01" * 8, 0), response_code=m.code("OK"), evse_processing=m.ct.processing.Finished,
        scheduled_se_res_control_mode=m.cm.Scheduled_SEResControlMode(
            schedule_tuple=[m.cm.ScheduleTuple(schedule_tuple_id=1, charging_schedule=schedule)])))
    back = exi.decode(data, ns.ISO20_CM).scheduled_se_res_control_mode.schedule_tuple[0].charging_schedule
    assert tariff_in(back) == anchored(tariff, 1_700_000_000)


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
@pytest.mark.parametrize("kind", [Pricing.ABSOLUTE, Pricing.PRICE_LEVELS], ids=lambda k: k.name)
def test_offer_to_exi_and_back(service: EnergyService, kind: Pricing) -> None:
    """The firmware's tariffs come back unchanged from the bytes the SECC sends (the Driver decodes every
    response from its EXI encoding); BPT services also carry the DischargingSchedule with the refund."""
    charge, refund = example_tariffs(kind)
    assert charge is not None and refund is not None
    d = driver(SimulatedEVSE(tariff=charge, discharge_tariff=refund))
    res = to_schedule(d, service)
    (one,) = res.scheduled_se_res_control_mode.schedule_tuple
    anchor = res.scheduled_se_res_control_mode.schedule_tuple[0].charging_schedule.power_schedule.time_anchor
    assert tariff_in(one.charging_schedule) == anchored(charge, anchor)
    if service.is_bpt:
        assert tariff_in(one.discharging_schedule) == anchored(refund, anchor)
        steps = one.discharging_schedule.power_schedule.power_schedule_entries.power_schedule_entry
        limits = d.evse.dc_limits if service.is_dc else d.evse.ac_limits
        assert [(e.duration, e.power.to_float()) for e in steps] == [(DAY, -limits.max_discharge_power)]
    else:
        assert one.discharging_schedule is None


@pytest.mark.exificient
def test_scheduled_response_with_prices_matches_exificient() -> None:
    """The ScheduleExchangeRes with every price element is schema-valid and byte-identical with EXIficient."""
    from tests.exi.oracle import require_exificient
    from tests.exi.test_differential_exificient import check_against_exificient, schema_problem

    oracle = require_exificient()
    offer = ScheduleOffer(schedule=(PowerScheduleEntry(600, 50_000.0), PowerScheduleEntry(DAY, 11_000.0)),
                          tariff=FULL, discharge_schedule=(PowerScheduleEntry(DAY, -25_000.0),),
                          discharge_tariff=EXAMPLE_FEED_IN_TARIFF,
                          alternatives=(ScheduleTupleOffer((PowerScheduleEntry(DAY, 22_000.0),),
                                                           EXAMPLE_TARIFF),))
    d = driver(TariffEVSE(offer))
    to_schedule(d, EnergyService.DC_BPT)
    sent = [a for a in d.actions if type(getattr(a, "message", None)).__name__ == "ScheduleExchangeRes"][-1]
    root = f"{{{ns.ISO20_CM}}}ScheduleExchangeRes"
    assert schema_problem(oracle, ns.ISO20_CM, exi.to_xml(sent.message, root)) is None
    check_against_exificient(exi, oracle, root, sent.message, "cm")
    levels = ScheduleOffer(tariff=LEVELS, discharge_schedule=(PowerScheduleEntry(DAY, -1000.0),),
                           discharge_tariff=dataclasses.replace(LEVELS, id="levels2"))
    d = driver(TariffEVSE(levels))
    to_schedule(d, EnergyService.DC_BPT, ControlMode.SCHEDULED)
    sent = [a for a in d.actions if type(getattr(a, "message", None)).__name__ == "ScheduleExchangeRes"][-1]
    assert schema_problem(oracle, ns.ISO20_CM, exi.to_xml(sent.message, root)) is None
    check_against_exificient(exi, oracle, root, sent.message, "cm")


# -- ServiceDetail and ScheduleExchange agree -------------------------------------------------------------
@pytest.mark.parametrize("kind", list(Pricing), ids=lambda k: k.name)
@pytest.mark.parametrize("mode", list(ControlMode), ids=lambda v: v.name)
def test_service_detail_announces_what_schedule_exchange_sends(kind: Pricing, mode: ControlMode) -> None:
    charge, _ = example_tariffs(kind)
    d = driver(SimulatedEVSE(tariff=charge))
    d.setup()
    d.authorize()
    d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
    detail = d.send(m.cm.ServiceDetailReq(header=d.hdr(), service_id=EnergyService.DC.value))
    assert pricing_parameters(detail) == [kind.value] * len(detail.service_parameter_list.parameter_set)
    sel = m.cm.SelectedService(service_id=EnergyService.DC.value, parameter_set_id=mode.value)
    d.send(m.cm.ServiceSelectionReq(header=d.hdr(), selected_energy_transfer_service=sel))
    d.dc_cpd()
    res = schedule_req(d, mode)
    assert res.response_code.value == "OK"
    if mode is ControlMode.SCHEDULED:
        sent = [tariff_in(t.charging_schedule) for t in res.scheduled_se_res_control_mode.schedule_tuple]
    else:
        sent = [tariff_in(res.dynamic_se_res_control_mode)]
    assert {Pricing.of(t) for t in sent} == {kind}


def test_pricing_per_service() -> None:
    """``service_pricing`` overrides ``pricing`` per service: prices for DC, none for DC_BPT."""

    class PerService(SimulatedEVSE):
        def capabilities(self) -> EVSECapabilities:
            return dataclasses.replace(super().capabilities(), pricing=Pricing.ABSOLUTE,
                                       service_pricing={EnergyService.DC_BPT: Pricing.NONE})

        async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
            return ScheduleOffer(tariff=EXAMPLE_TARIFF if session.service is EnergyService.DC else None)

    for service, kind in ((EnergyService.DC, Pricing.ABSOLUTE), (EnergyService.DC_BPT, Pricing.NONE)):
        d = driver(PerService())
        d.setup()
        d.authorize()
        d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
        detail = d.send(m.cm.ServiceDetailReq(header=d.hdr(), service_id=service.value))
        assert set(pricing_parameters(detail)) == {kind.value}
        sel = m.cm.SelectedService(service_id=service.value, parameter_set_id=1)
        d.send(m.cm.ServiceSelectionReq(header=d.hdr(), selected_energy_transfer_service=sel))
        d.dc_cpd(bpt=service.is_bpt)
        res = schedule_req(d)
        (one,) = res.scheduled_se_res_control_mode.schedule_tuple
        assert Pricing.of(tariff_in(one.charging_schedule)) is kind


@pytest.mark.parametrize(("announced", "offer"), [
    (Pricing.NONE, ScheduleOffer(tariff=EXAMPLE_TARIFF)),
    (Pricing.ABSOLUTE, ScheduleOffer()),
    (Pricing.ABSOLUTE, ScheduleOffer(tariff=EXAMPLE_PRICE_LEVELS)),
    (Pricing.PRICE_LEVELS, ScheduleOffer(tariff=EXAMPLE_TARIFF)),
], ids=["none-but-priced", "absolute-but-unpriced", "absolute-but-levels", "levels-but-absolute"])
def test_an_offer_that_contradicts_service_detail_fails_the_session(announced: Pricing,
                                                                     offer: ScheduleOffer) -> None:
    d = driver(TariffEVSE(offer, pricing=announced))
    res = to_schedule(d)
    assert res.response_code.value == "FAILED" and d.closed
    assert [s.reason for s in d.stops] == [StopReason.FIRMWARE_ERROR]
    (ended,) = [a.event for a in d.actions if isinstance(a, Notify) and a.event.kind == "session_ended"]
    assert "ServiceDetail announced Pricing" in str(ended.data["detail"])


def test_a_tariff_that_breaks_a_limit_fails_in_firmware_not_on_the_wire() -> None:
    """Firmware that builds an invalid tariff gets a ValueError in its own schedule(); the EV gets FAILED."""

    class Broken(SimulatedEVSE):
        async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
            return ScheduleOffer(tariff=_absolute(currency="EURO"))

    class Adapter(Driver):
        """Reports a raising firmware call to the engine, as the server's adapter does."""

        def _process(self, actions: list[Any]) -> list[Any]:
            out: list[Any] = []
            for action in actions:
                if isinstance(action, CallFirmware) and action.method == "schedule":
                    self.actions.append(action)
                    try:
                        run_now(self.evse.schedule(*action.args))
                    except ValueError as exc:
                        out += self._process(self.session.firmware_result(action.call_id, exc, self.now,
                                                                          failed=True))
                        continue
                out += super()._process([action])
            return out

    d = Adapter(Broken())
    assert to_schedule(d).response_code.value == "FAILED"
    (ended,) = [a.event for a in d.actions if isinstance(a, Notify) and a.event.kind == "session_ended"]
    assert "Currency" in str(ended.data["detail"])


# -- the mapping -----------------------------------------------------------------------------------------
def test_schedule_tuple_ids_are_unique_for_the_session() -> None:
    """Three tuples get IDs 1, 2, 3 in offer order; a schedule renegotiation goes on with 4, 5, 6
    ([V2G20-1560]); the Ongoing placeholder shows the next ID without using it up."""
    alternatives = (ScheduleTupleOffer((PowerScheduleEntry(DAY, 22_000.0),), EXAMPLE_TARIFF),
                    ScheduleTupleOffer((PowerScheduleEntry(DAY, 11_000.0),), EXAMPLE_TARIFF))
    evse = TariffEVSE(ScheduleOffer(tariff=EXAMPLE_TARIFF, alternatives=alternatives))
    d = driver(evse)
    res = to_schedule(d)
    tuples = res.scheduled_se_res_control_mode.schedule_tuple
    assert [t.schedule_tuple_id for t in tuples] == [1, 2, 3]
    powers = [t.charging_schedule.power_schedule.power_schedule_entries.power_schedule_entry[0].power
              for t in tuples]
    powers = [p.to_float() for p in powers]
    assert powers == [0.0, 22_000.0, 11_000.0]
    d.cable_check()
    d.precharge(finished=True)
    d.power("Start")
    d.dc_loop()
    assert d.power("ScheduleRenegotiation").response_code.value == "OK"
    evse.offer = ScheduleOffer(ready=False)
    ongoing = schedule_req(d)
    assert ongoing.evse_processing.value == "Ongoing"
    assert [t.schedule_tuple_id for t in ongoing.scheduled_se_res_control_mode.schedule_tuple] == [4]
    evse.offer = ScheduleOffer(tariff=EXAMPLE_TARIFF, alternatives=alternatives)
    again = schedule_req(d)
    assert [t.schedule_tuple_id for t in again.scheduled_se_res_control_mode.schedule_tuple] == [4, 5, 6]


def test_schedule_tuple_ids_stay_within_255() -> None:
    """The SECC uses IDs 1..255 ([V2G20-773]); an offer needing more than are left fails."""
    d = driver(TariffEVSE(ScheduleOffer(tariff=EXAMPLE_TARIFF, alternatives=(
        ScheduleTupleOffer((PowerScheduleEntry(DAY, 1.0),), EXAMPLE_TARIFF),))))
    d.session.ctx.next_schedule_tuple_id = MAX_SCHEDULE_TUPLE_ID - 1
    res = to_schedule(d)
    assert [t.schedule_tuple_id for t in res.scheduled_se_res_control_mode.schedule_tuple] == [254, 255]
    d2 = driver(TariffEVSE(ScheduleOffer(tariff=EXAMPLE_TARIFF, alternatives=(
        ScheduleTupleOffer((PowerScheduleEntry(DAY, 1.0),), EXAMPLE_TARIFF),))))
    d2.session.ctx.next_schedule_tuple_id = MAX_SCHEDULE_TUPLE_ID
    assert to_schedule(d2).response_code.value == "FAILED"


def test_tariffs_without_their_own_anchor_take_the_power_schedules() -> None:
    d = driver(TariffEVSE(ScheduleOffer(tariff=EXAMPLE_TARIFF)))
    schedule = to_schedule(d).scheduled_se_res_control_mode.schedule_tuple[0].charging_schedule
    assert schedule.absolute_price_schedule.time_anchor == schedule.power_schedule.time_anchor
    d = driver(TariffEVSE(ScheduleOffer(tariff=FULL)))
    schedule = to_schedule(d).scheduled_se_res_control_mode.schedule_tuple[0].charging_schedule
    assert schedule.absolute_price_schedule.time_anchor == FULL.time_anchor


def test_price_entries_follow_the_supporting_point_limit() -> None:
    """MaximumSupportingPoints applies to the entries of PowerScheduleType and PriceRuleType (-20 Table 44):
    PriceRuleStacks and PriceLevelScheduleEntries are cut with the power schedule."""
    stacks = tuple(PriceRuleStack(600, (PriceRule(D(i) / 100),)) for i in range(20))
    power = tuple(PowerScheduleEntry(600, 10_000.0) for _ in range(20))
    d = driver(TariffEVSE(ScheduleOffer(schedule=power, tariff=_absolute(price_rule_stacks=stacks))))
    schedule = to_schedule(d, points=12).scheduled_se_res_control_mode.schedule_tuple[0].charging_schedule
    assert len(schedule.power_schedule.power_schedule_entries.power_schedule_entry) == 12
    assert len(schedule.absolute_price_schedule.price_rule_stacks.price_rule_stack) == 12
    levels = PriceLevelSchedule(2, tuple(PriceLevel(600, 1 + i % 2) for i in range(20)))
    d = driver(TariffEVSE(ScheduleOffer(schedule=power, tariff=levels)))
    schedule = to_schedule(d, points=12).scheduled_se_res_control_mode.schedule_tuple[0].charging_schedule
    assert len(schedule.price_level_schedule.price_level_schedule_entries.price_level_schedule_entry) == 12


def test_no_discharging_schedule_for_a_service_that_cannot_discharge() -> None:
    offer = ScheduleOffer(tariff=EXAMPLE_TARIFF, discharge_schedule=(PowerScheduleEntry(DAY, -10_000.0),),
                          discharge_tariff=EXAMPLE_FEED_IN_TARIFF)
    for service, expected in ((EnergyService.DC, False), (EnergyService.DC_BPT, True)):
        (one,) = to_schedule(driver(TariffEVSE(offer)), service).scheduled_se_res_control_mode.schedule_tuple
        assert (one.discharging_schedule is not None) is expected


@pytest.mark.parametrize("service", [EnergyService.DC_BPT, EnergyService.AC_BPT], ids=lambda s: s.name)
def test_bpt_discharge_prices_are_the_refund(service: EnergyService) -> None:
    """The DischargingSchedule carries negative power and its own tariff (a refund, [V2G20-2168]); with
    price levels both share NumberOfPriceLevels ([V2G20-2162])."""
    d = driver(SimulatedEVSE(tariff=EXAMPLE_PRICE_LEVELS, discharge_tariff=EXAMPLE_FEED_IN_LEVELS))
    (one,) = to_schedule(d, service).scheduled_se_res_control_mode.schedule_tuple
    charge, refund = tariff_in(one.charging_schedule), tariff_in(one.discharging_schedule)
    assert isinstance(charge, PriceLevelSchedule) and isinstance(refund, PriceLevelSchedule)
    assert charge.number_of_price_levels == refund.number_of_price_levels == 3
    assert [(e.duration, e.level) for e in refund.entries] == [(14 * 3600, 1), (10 * 3600, 3)]
    power = one.discharging_schedule.power_schedule.power_schedule_entries.power_schedule_entry
    assert all(e.power.to_float() < 0 for e in power)


@pytest.mark.parametrize("kind", [Pricing.ABSOLUTE, Pricing.PRICE_LEVELS], ids=lambda k: k.name)
def test_dynamic_mode_sends_the_tariff_alone(kind: Pricing) -> None:
    charge, refund = example_tariffs(kind)
    assert charge is not None
    d = driver(SimulatedEVSE(tariff=charge, discharge_tariff=refund))
    res = to_schedule(d, EnergyService.DC_BPT, ControlMode.DYNAMIC)
    dynamic = res.dynamic_se_res_control_mode
    assert res.scheduled_se_res_control_mode is None
    anchor = (dynamic.absolute_price_schedule or dynamic.price_level_schedule).time_anchor
    assert abs(anchor - time.time()) < 60  # the request's time stamp
    assert tariff_in(dynamic) == anchored(charge, anchor)


# -- a tariff-free offer: "no price information" ([V2G20-2176], [V2G20-2166]) ----------------------------
STEPS = (PowerScheduleEntry(600, 50_000.0), PowerScheduleEntry(1800, 22_000.0),
         PowerScheduleEntry(DAY, 11_000.0))


def no_price_information(schedule: Any, durations: list[int]) -> None:
    """``schedule`` (a decoded ChargingScheduleType) carries the PriceLevelSchedule of [V2G20-2166] NOTE 1:
    NumberOfPriceLevels 0, every PriceLevel 0, covering the power schedule entry by entry on its anchor."""
    assert schedule.absolute_price_schedule is None  # no amount of money is claimed
    levels = schedule.price_level_schedule
    assert levels is not None, "[V2G20-2176]: every ChargingSchedule carries a price schedule"
    assert levels.number_of_price_levels == 0 and levels.price_schedule_id == 1
    assert levels.time_anchor == schedule.power_schedule.time_anchor
    entries = levels.price_level_schedule_entries.price_level_schedule_entry
    assert [(e.duration, e.price_level) for e in entries] == [(d, 0) for d in durations]
    power = schedule.power_schedule.power_schedule_entries.power_schedule_entry
    assert [e.duration for e in power] == durations
    tariff = tariff_in(schedule)
    assert tariff is not None and Pricing.of(tariff) is Pricing.NONE and not tariff.states_prices


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_a_tariff_free_offer_says_no_price_information(service: EnergyService) -> None:
    """Every ChargingSchedule, and a BPT DischargingSchedule (the same ChargingScheduleType), of every
    ScheduleTuple; ServiceDetail says Pricing 0 for it, which is the truth."""
    offer = ScheduleOffer(schedule=STEPS, discharge_schedule=(PowerScheduleEntry(DAY, -10_000.0),),
                          alternatives=(ScheduleTupleOffer((PowerScheduleEntry(DAY, 7_000.0),)),))
    d = driver(TariffEVSE(offer))
    first, second = to_schedule(d, service).scheduled_se_res_control_mode.schedule_tuple
    (detail,) = [a.message for a in d.actions
                 if type(getattr(a, "message", None)).__name__ == "ServiceDetailRes"]
    assert set(pricing_parameters(detail)) == {Pricing.NONE.value}
    no_price_information(first.charging_schedule, [600, 1800, DAY])
    no_price_information(second.charging_schedule, [DAY])
    if service.is_bpt:
        no_price_information(first.discharging_schedule, [DAY])
    else:
        assert first.discharging_schedule is None
    assert second.discharging_schedule is None


def test_the_ongoing_placeholder_says_no_price_information() -> None:
    """An Ongoing ScheduleExchangeRes carries a placeholder ScheduleTuple (the schema wants one); its
    ChargingSchedule is a ChargingScheduleType like any other."""
    d = driver(TariffEVSE(ScheduleOffer(ready=False)))
    res = to_schedule(d)
    assert res.evse_processing.value == "Ongoing"
    (one,) = res.scheduled_se_res_control_mode.schedule_tuple
    power = one.charging_schedule.power_schedule.power_schedule_entries.power_schedule_entry
    no_price_information(one.charging_schedule, [e.duration for e in power])


def test_no_price_information_follows_the_supporting_point_limit() -> None:
    d = driver(TariffEVSE(ScheduleOffer(schedule=STEPS)))
    (one,) = to_schedule(d, points=2).scheduled_se_res_control_mode.schedule_tuple
    no_price_information(one.charging_schedule, [600, 1800])


def test_dynamic_mode_carries_no_price_schedule_without_a_tariff() -> None:
    """[V2G20-2176] is about ChargingScheduleType; Dynamic_SEResControlMode has none, and its price
    schedule stays optional."""
    res = to_schedule(driver(TariffEVSE(ScheduleOffer())), mode=ControlMode.DYNAMIC)
    dynamic = res.dynamic_se_res_control_mode
    assert dynamic.price_level_schedule is None and dynamic.absolute_price_schedule is None


def test_firmware_may_say_no_price_information_itself() -> None:
    """A PriceLevelSchedule with NumberOfPriceLevels 0 is of kind Pricing.NONE: firmware may give one (its
    own entries and ID) where ServiceDetail says Pricing 0; a level above 0 with it is refused."""
    mine = PriceLevelSchedule(0, (PriceLevel(3600, 0), PriceLevel(DAY, 0)), price_schedule_id=7)
    offer = ScheduleOffer(schedule=STEPS, tariff=mine)
    assert offer.pricing is Pricing.NONE
    (one,) = to_schedule(driver(TariffEVSE(offer))).scheduled_se_res_control_mode.schedule_tuple
    sent = tariff_in(one.charging_schedule)
    assert isinstance(sent, PriceLevelSchedule) and sent.price_schedule_id == 7
    assert sent.entries == mine.entries
    with pytest.raises(ValueError, match="above NumberOfPriceLevels"):
        PriceLevelSchedule(0, (PriceLevel(3600, 1),))


@pytest.mark.parametrize("tolerances", [Tolerances(), Tolerances(price_schedule_always=True)],
                         ids=["default", "deprecated-price-schedule-always"])
def test_a_tariff_leaves_nothing_to_fill(tolerances: Tolerances) -> None:
    """An offer priced by firmware goes out as it is, with or without the deprecated tolerance."""
    d = driver(SimulatedEVSE(tariff=EXAMPLE_PRICE_LEVELS, discharge_tariff=EXAMPLE_FEED_IN_LEVELS),
               tolerances)
    (one,) = to_schedule(d, EnergyService.DC_BPT).scheduled_se_res_control_mode.schedule_tuple
    assert tariff_in(one.charging_schedule) == anchored(EXAMPLE_PRICE_LEVELS,
                                                        one.charging_schedule.power_schedule.time_anchor)
    assert one.discharging_schedule.price_level_schedule.number_of_price_levels == 3


@pytest.mark.exificient
def test_no_price_information_matches_exificient() -> None:
    """The tariff-free ScheduleExchangeRes (BPT, two tuples, Finished and Ongoing) is schema-valid and
    byte-identical with EXIficient."""
    from tests.exi.oracle import require_exificient
    from tests.exi.test_differential_exificient import check_against_exificient, schema_problem

    oracle = require_exificient()
    root = f"{{{ns.ISO20_CM}}}ScheduleExchangeRes"
    offers = (ScheduleOffer(schedule=STEPS, discharge_schedule=(PowerScheduleEntry(DAY, -10_000.0),),
                            alternatives=(ScheduleTupleOffer((PowerScheduleEntry(DAY, 7_000.0),)),)),
              ScheduleOffer(ready=False))
    for offer in offers:
        d = driver(TariffEVSE(offer))
        to_schedule(d, EnergyService.DC_BPT)
        sent = [a for a in d.actions
                if type(getattr(a, "message", None)).__name__ == "ScheduleExchangeRes"][-1]
        assert schema_problem(oracle, ns.ISO20_CM, exi.to_xml(sent.message, root)) is None
        check_against_exificient(exi, oracle, root, sent.message, "cm")


# -- the example firmware --------------------------------------------------------------------------------
def _example() -> Any:
    path = REPO / "examples" / "firmware_integration.py"
    spec = importlib.util.spec_from_file_location("firmware_integration_prices", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("service", [EnergyService.DC, EnergyService.DC_BPT], ids=lambda s: s.name)
def test_example_firmware_offers_its_tariff(service: EnergyService) -> None:
    module = _example()
    d = Driver(module.MyCharger())
    d.setup()
    d.send(m.cm.AuthorizationSetupReq(header=d.hdr()))
    d.send(d.auth_req())
    d.send(m.cm.ServiceDiscoveryReq(header=d.hdr()))
    assert set(pricing_parameters(d.send(m.cm.ServiceDetailReq(header=d.hdr(),
                                                                service_id=service.value)))) == {1}
    sel = m.cm.SelectedService(service_id=service.value, parameter_set_id=1)
    d.send(m.cm.ServiceSelectionReq(header=d.hdr(), selected_energy_transfer_service=sel))
    d.dc_cpd(bpt=service.is_bpt)
    (one,) = schedule_req(d).scheduled_se_res_control_mode.schedule_tuple
    anchor = one.charging_schedule.power_schedule.time_anchor
    assert tariff_in(one.charging_schedule) == anchored(module.TARIFF, anchor)
    if service.is_bpt:
        assert tariff_in(one.discharging_schedule) == anchored(module.FEED_IN, anchor)


def test_example_firmware_plug_and_charge_hooks() -> None:
    """The example's hooks: PnC offered with installation; a contract its backend accepts is ACCEPTED, an
    installation its backend fails is refused (WARNING_NoCertificateAvailable)."""
    from datetime import UTC, datetime

    from v2gstack.secc.types import (
        AuthorizationMode,
        AuthorizationStatus,
        ChainCheck,
        ContractCertificate,
        ContractRejection,
        InstallationRefusal,
    )

    module = _example()
    charger = module.MyCharger()
    caps = charger.capabilities()
    assert AuthorizationMode.PNC in caps.authorization_modes and caps.certificate_installation_service
    info = SessionInfo(session_id=b"\x01" * 8, evcc_id="EV")
    contract = ContractCertificate("DEV2G1234567890", (), ChainCheck.VALIDATED,
                                   datetime(2030, 1, 1, tzinfo=UTC))
    charger.backend.authorize = _async_returning("Accepted")
    assert run_now(charger.authorize_contract(info, contract)) is AuthorizationStatus.ACCEPTED
    charger.backend.authorize = _async_returning("Expired")
    assert run_now(charger.authorize_contract(info, contract)) is ContractRejection.CERTIFICATE_EXPIRED
    from v2gstack.secc.types import CertificateInstallationRequest

    request = CertificateInstallationRequest(b"\x80", "PCID", (), (), 1, (), ChainCheck.NO_TRUST_ANCHORS)
    answer = run_now(charger.install_certificate(info, request))
    assert answer.refusal is InstallationRefusal.NO_CERTIFICATE_AVAILABLE
    charger.backend.get_15118_ev_certificate = _async_returning(("Accepted", "gAA="))
    assert run_now(charger.install_certificate(info, request)).exi == b"\x80\x00"


def _async_returning(value: Any) -> Any:
    async def call(*args: Any) -> Any:
        return value

    return call

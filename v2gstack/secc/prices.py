"""Prices: the -20 tariff types firmware puts into a :class:`~v2gstack.secc.types.ScheduleOffer` and the EV
receives (AbsolutePriceSchedule, PriceLevelSchedule and their parts), the ServiceDetail ``Pricing`` kind, and
the checks against the -20 schema limits they run on construction.

Amounts are exact decimals (never rounded: each must equal a -20 RationalNumber). Everything here is also
importable from :mod:`v2gstack.secc.types` and :mod:`v2gstack.secc`.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeAlias


class Pricing(enum.IntEnum):
    """The ServiceDetail parameter ``Pricing`` (-20 service parameter tables, e.g. Table 205): which kind of
    price schedule ScheduleExchange carries for a parameter set."""

    NONE = 0
    ABSOLUTE = 1
    PRICE_LEVELS = 2

    @classmethod
    def of(cls, tariff: Tariff | None) -> Pricing:
        """The kind of ``tariff``: NONE for None and for a PriceLevelSchedule with NumberOfPriceLevels 0,
        which says that there is no price information ([V2G20-2166] NOTE 1)."""
        if tariff is None:
            return cls.NONE
        if isinstance(tariff, AbsolutePriceSchedule):
            return cls.ABSOLUTE
        return cls.NONE if tariff.number_of_price_levels == 0 else cls.PRICE_LEVELS


# Limits from the -20 schemas (V2G_CI_CommonMessages.xsd, V2G_CI_CommonTypes.xsd): numericIDType
# 1..2^32-1, xs:unsignedInt durations, nameType 80 / descriptionType 160 / identifierType 255 characters,
# currencyType and languageType 3, and the maxOccurs of each list.
_UINT8 = 255
_UINT16 = 65535
_UINT32 = 2**32 - 1
_UINT64 = 2**64 - 1
_NCNAME = re.compile(r"[A-Za-z_][\w.\-]*\Z")


def _decimal(value: object, what: str) -> Decimal:
    """``value`` (Decimal, int, float by its repr, or str) as a finite Decimal; ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise ValueError(f"{what}: {value!r} is not a number")
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{what}: {value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{what}: {value!r} is not a finite number")
    return number


def rational_parts(value: object, what: str = "value") -> tuple[int, int]:
    """(Exponent, Value) of the -20 RationalNumber exactly equal to ``value`` (Value an xs:short, Exponent
    an xs:byte: at most five significant digits). Money is not rounded behind the firmware's back: a
    ValueError naming ``what`` says when no RationalNumber equals ``value``."""
    number = _decimal(value, what)
    if not number:
        return 0, 0
    sign, digits, exponent = number.normalize().as_tuple()
    assert isinstance(exponent, int)
    mantissa = int("".join(map(str, digits))) * (-1 if sign else 1)
    if not -32768 <= mantissa <= 32767:
        raise ValueError(f"{what}: {value} has more significant digits than a -20 RationalNumber holds "
                         "(its Value is a 16-bit integer); round it")
    while exponent > 127 and -32768 <= mantissa * 10 <= 32767:
        mantissa, exponent = mantissa * 10, exponent - 1
    if not -128 <= exponent <= 127:
        raise ValueError(f"{what}: {value} is out of the range of a -20 RationalNumber")
    return exponent, mantissa


def _amount(obj: object, name: str, what: str, *, optional: bool = False) -> None:
    """Normalise the attribute ``name`` of a frozen dataclass to an exact Decimal (None stays None where
    ``optional``)."""
    value = getattr(obj, name)
    if value is None and optional:
        return
    number = _decimal(value, what)
    rational_parts(number, what)
    object.__setattr__(obj, name, number)


def _integer(value: object, low: int, high: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} must be an integer in [{low}, {high}] (-20 schema), not {value!r}")


def _text(value: str | None, longest: int, what: str, *, empty: bool = True) -> None:
    if value is None:
        return
    if not isinstance(value, str) or len(value) > longest or (not empty and not value):
        raise ValueError(f"{what} must be a string of {'0' if empty else '1'} to {longest} characters "
                         f"(-20 schema), not {value!r}")


def _items(obj: object, name: str, low: int, high: int, what: str) -> tuple[Any, ...]:
    """The attribute ``name`` as a tuple of ``low`` to ``high`` items (lists are accepted)."""
    value = getattr(obj, name)
    items = tuple(value) if isinstance(value, Iterable) and not isinstance(value, str) else (value,)
    if not low <= len(items) <= high:
        raise ValueError(f"{what}: {len(items)} given, the -20 schema allows {low} to {high}")
    object.__setattr__(obj, name, items)
    return items


def _identifier(value: str | None, what: str) -> None:
    if value is not None and not (isinstance(value, str) and _NCNAME.match(value)):
        raise ValueError(f"{what} must be an xs:ID (an XML name without a colon), not {value!r}")


class PriceAlgorithm(enum.StrEnum):
    """The PriceAlgorithm identifiers of -20 (8.3.5.3.49.1): how an energy fee sum follows from the
    PriceRules of a stack. Any other URN may be given as a plain string."""

    #: [V2G20-1894]: the EnergyFee of the PriceRule for the present power applies.
    POWER = "urn:iso:std:iso:15118:-20:PriceAlgorithm:1-Power"
    #: [V2G20-1895]: all energy of a stack's time span at the EnergyFee matching its peak power.
    PEAK_POWER = "urn:iso:std:iso:15118:-20:PriceAlgorithm:2-PeakPower"
    #: [V2G20-1896]: each power band's energy at that band's EnergyFee.
    STACKED_ENERGY = "urn:iso:std:iso:15118:-20:PriceAlgorithm:3-StackedEnergy"


@dataclass(frozen=True, slots=True)
class PriceRule:
    """One PriceRule (-20 PriceRuleType): the fees from ``power_range_start`` up to the next rule's.

    Amounts are exact decimals in the schedule's currency (int, float or str are accepted and converted;
    each must be an exact -20 RationalNumber, at most five significant digits)."""

    #: Currency per kWh (0: the energy is free).
    energy_fee: Decimal
    #: W; the rule applies from this power up to the next rule's PowerRangeStart.
    power_range_start: Decimal = Decimal(0)
    #: Currency per ``parking_fee_period``.
    parking_fee: Decimal | None = None
    #: Seconds.
    parking_fee_period: int | None = None
    #: g/kWh (xs:unsignedShort).
    carbon_dioxide_emission: int | None = None
    #: Percent of renewable generation (0..100).
    renewable_generation_percentage: int | None = None

    def __post_init__(self) -> None:
        _amount(self, "energy_fee", "PriceRule EnergyFee")
        _amount(self, "power_range_start", "PriceRule PowerRangeStart")
        _amount(self, "parking_fee", "PriceRule ParkingFee", optional=True)
        if self.parking_fee_period is not None:
            _integer(self.parking_fee_period, 0, _UINT32, "PriceRule ParkingFeePeriod")
        if self.carbon_dioxide_emission is not None:
            _integer(self.carbon_dioxide_emission, 0, _UINT16, "PriceRule CarbonDioxideEmission")
        if self.renewable_generation_percentage is not None:
            _integer(self.renewable_generation_percentage, 0, 100, "PriceRule RenewableGenerationPercentage")


@dataclass(frozen=True, slots=True)
class PriceRuleStack:
    """The PriceRules (1 to 8) that hold for ``duration`` seconds; the stacks follow each other from the
    schedule's TimeAnchor ([V2G20-1902]-[V2G20-1904]) and all rules of a stack start together
    ([V2G20-1901]). PowerRangeStart values rise from rule to rule (each rule holds up to the next)."""

    duration: int
    rules: tuple[PriceRule, ...]

    def __post_init__(self) -> None:
        _integer(self.duration, 0, _UINT32, "PriceRuleStack Duration")
        rules = _items(self, "rules", 1, 8, "PriceRules of a PriceRuleStack")
        starts = [rule.power_range_start for rule in rules]
        if any(a >= b for a, b in itertools.pairwise(starts)):
            raise ValueError(f"the PowerRangeStart values of a PriceRuleStack must rise strictly, not "
                             f"{[str(s) for s in starts]}")


@dataclass(frozen=True, slots=True)
class TaxRule:
    """One TaxRule (-20 TaxRuleType) and what it applies to."""

    tax_rule_id: int
    #: The rate as the tariff states it (a RationalNumber, e.g. 0.19).
    tax_rate: Decimal
    applies_to_energy_fee: bool = True
    applies_to_parking_fee: bool = True
    applies_to_overstay_fee: bool = True
    applies_minimum_maximum_cost: bool = True
    #: TaxRuleName (at most 80 characters).
    name: str | None = None
    #: TaxIncludedInPrice: the fees already include this tax.
    included_in_price: bool | None = None

    def __post_init__(self) -> None:
        _integer(self.tax_rule_id, 1, _UINT32, "TaxRuleID")
        _amount(self, "tax_rate", "TaxRate")
        _text(self.name, 80, "TaxRuleName")


@dataclass(frozen=True, slots=True)
class OverstayRule:
    """One OverstayRule: from ``start_time`` seconds on, ``fee`` per ``fee_period`` seconds."""

    start_time: int
    fee: Decimal
    fee_period: int
    #: OverstayRuleDescription (at most 160 characters).
    description: str | None = None

    def __post_init__(self) -> None:
        _integer(self.start_time, 0, _UINT32, "OverstayRule StartTime")
        _amount(self, "fee", "OverstayFee")
        _integer(self.fee_period, 0, _UINT32, "OverstayFeePeriod")
        _text(self.description, 160, "OverstayRuleDescription")


@dataclass(frozen=True, slots=True)
class OverstayRules:
    """OverstayRules: 1 to 5 rules, and when overstay begins (after ``time_threshold`` seconds, or below
    ``power_threshold`` W)."""

    rules: tuple[OverstayRule, ...]
    time_threshold: int | None = None
    power_threshold: Decimal | None = None

    def __post_init__(self) -> None:
        _items(self, "rules", 1, 5, "OverstayRules")
        if self.time_threshold is not None:
            _integer(self.time_threshold, 0, _UINT32, "OverstayTimeThreshold")
        _amount(self, "power_threshold", "OverstayPowerThreshold", optional=True)


@dataclass(frozen=True, slots=True)
class AdditionalService:
    """An AdditionalSelectedService and its fee (e.g. a car wash)."""

    name: str
    fee: Decimal

    def __post_init__(self) -> None:
        _text(self.name, 80, "AdditionalService ServiceName")
        _amount(self, "fee", "AdditionalService ServiceFee")


@dataclass(frozen=True, slots=True)
class AbsolutePriceSchedule:
    """A tariff in money (-20 AbsolutePriceScheduleType, 8.3.5.3.49): currency, language, the price
    algorithm and 1 to 1024 price rule stacks, with optional tax rules (at most 10), minimum and maximum
    cost, overstay rules and additional services (at most 5). Validated against the schema limits on
    construction (ValueError)."""

    #: ISO 4217 code (at most 3 characters), e.g. "EUR".
    currency: str
    #: Language of the texts (ISO 639, at most 3 characters), e.g. "ENG".
    language: str
    price_rule_stacks: tuple[PriceRuleStack, ...]
    #: A :class:`PriceAlgorithm` or another URN (at most 255 characters).
    price_algorithm: str = PriceAlgorithm.POWER
    price_schedule_id: int = 1
    #: PriceScheduleDescription (at most 160 characters).
    description: str | None = None
    #: Seconds since the epoch (as the header TimeStamp) at which the first stack starts; None: the time
    #: anchor of the power schedule it goes with (the EV's request time).
    time_anchor: int | None = None
    #: Minimum and maximum cost of the session, in the currency.
    minimum_cost: Decimal | None = None
    maximum_cost: Decimal | None = None
    tax_rules: tuple[TaxRule, ...] = ()
    overstay: OverstayRules | None = None
    additional_services: tuple[AdditionalService, ...] = ()
    #: The Id attribute, for a signature over the schedule (None: none).
    id: str | None = None

    def __post_init__(self) -> None:
        _text(self.currency, 3, "Currency", empty=False)
        _text(self.language, 3, "Language", empty=False)
        _text(self.price_algorithm, 255, "PriceAlgorithm", empty=False)
        _items(self, "price_rule_stacks", 1, 1024, "PriceRuleStacks")
        _integer(self.price_schedule_id, 1, _UINT32, "PriceScheduleID")
        _text(self.description, 160, "PriceScheduleDescription")
        if self.time_anchor is not None:
            _integer(self.time_anchor, 0, _UINT64, "TimeAnchor")
        _amount(self, "minimum_cost", "MinimumCost", optional=True)
        _amount(self, "maximum_cost", "MaximumCost", optional=True)
        if (self.minimum_cost is not None and self.maximum_cost is not None
                and self.minimum_cost > self.maximum_cost):
            raise ValueError(f"MinimumCost {self.minimum_cost} is above MaximumCost {self.maximum_cost}")
        taxes = _items(self, "tax_rules", 0, 10, "TaxRules")
        if len({tax.tax_rule_id for tax in taxes}) != len(taxes):
            raise ValueError("the TaxRuleIDs of a price schedule must differ")
        _items(self, "additional_services", 0, 5, "AdditionalSelectedServices")
        _identifier(self.id, "AbsolutePriceSchedule Id")

    def summary(self) -> str:
        """One line: currency, energy fee range, stacks and what else the tariff has."""
        fees = [rule.energy_fee for stack in self.price_rule_stacks for rule in stack.rules]
        low, high = min(fees), max(fees)
        fee = f"{low:f}" if low == high else f"{low:f}-{high:f}"
        extra = [f"{len(self.price_rule_stacks)} stack{'s' if len(self.price_rule_stacks) > 1 else ''}"]
        if any(rule.parking_fee is not None for stack in self.price_rule_stacks for rule in stack.rules):
            extra.append("parking fee")
        if self.tax_rules:
            extra.append(f"{len(self.tax_rules)} tax rule{'s' if len(self.tax_rules) > 1 else ''}")
        if self.overstay is not None:
            extra.append("overstay fee")
        if self.additional_services:
            extra.append(f"{len(self.additional_services)} additional service(s)")
        if self.maximum_cost is not None:
            extra.append(f"max {self.maximum_cost:f} {self.currency}")
        return f"absolute, {fee} {self.currency}/kWh ({', '.join(extra)})"


@dataclass(frozen=True, slots=True)
class PriceLevel:
    """One PriceLevelScheduleEntry: ``level`` for ``duration`` seconds (a higher level costs more)."""

    duration: int
    level: int

    def __post_init__(self) -> None:
        _integer(self.duration, 0, _UINT32, "PriceLevelScheduleEntry Duration")
        _integer(self.level, 0, _UINT8, "PriceLevel")


@dataclass(frozen=True, slots=True)
class PriceLevelSchedule:
    """A tariff in relative price levels (-20 PriceLevelScheduleType, 8.3.5.3.62): 1 to 1024 entries, each
    a level of ``number_of_price_levels`` for a duration; levels rank periods by cost without stating an
    amount. Validated on construction (ValueError)."""

    #: NumberOfPriceLevels: the distinct levels used ([V2G20-2164]); at most 100, what every EVCC and SECC
    #: supports ([V2G20-2165]); 0 says the schedule has no price information (then every level is 0,
    #: [V2G20-2166]).
    number_of_price_levels: int
    entries: tuple[PriceLevel, ...]
    price_schedule_id: int = 1
    #: PriceScheduleDescription (at most 160 characters).
    description: str | None = None
    #: Seconds since the epoch, the present or the near past ([V2G20-2163]); None: the time anchor of the
    #: power schedule it goes with.
    time_anchor: int | None = None
    #: The Id attribute, for a signature over the schedule (None: none).
    id: str | None = None

    def __post_init__(self) -> None:
        _integer(self.number_of_price_levels, 0, 100, "NumberOfPriceLevels")
        entries = _items(self, "entries", 1, 1024, "PriceLevelScheduleEntries")
        top = self.number_of_price_levels
        used = {entry.level for entry in entries}
        if max(used) > top:
            raise ValueError(f"PriceLevel {max(used)} is above NumberOfPriceLevels {top}")
        if len(used) > max(top, 1):
            raise ValueError(f"{len(used)} distinct PriceLevels used, NumberOfPriceLevels says {top} "
                             "([V2G20-2164])")
        _integer(self.price_schedule_id, 1, _UINT32, "PriceScheduleID")
        _text(self.description, 160, "PriceScheduleDescription")
        if self.time_anchor is not None:
            _integer(self.time_anchor, 0, _UINT64, "TimeAnchor")
        _identifier(self.id, "PriceLevelSchedule Id")

    def summary(self) -> str:
        """One line: the number of levels and the levels used."""
        if not self.states_prices:
            count = self.number_of_price_levels
            return f"price levels, none stated ({count} level{'' if count == 1 else 's'})"
        levels = sorted({entry.level for entry in self.entries})
        return (f"price levels, {'/'.join(map(str, levels))} of {self.number_of_price_levels} over "
                f"{len(self.entries)} entr{'ies' if len(self.entries) > 1 else 'y'}")

    @property
    def states_prices(self) -> bool:
        """False for a schedule that ranks nothing (at most one level, every entry at 0): NumberOfPriceLevels
        0, which says there is no price information ([V2G20-2166] NOTE 1; what the SECC sends for a
        tariff-free offer), or a single level at 0 (what the ``price-schedule-always`` tolerance sent)."""
        return not (self.number_of_price_levels <= 1 and all(e.level == 0 for e in self.entries))


#: A price schedule: in money, or in relative levels.
Tariff: TypeAlias = AbsolutePriceSchedule | PriceLevelSchedule


def check_tuple_tariffs(tariffs: Sequence[Tariff | None]) -> None:
    """The charge and discharge tariffs of one ScheduleTuple use one currency ([V2G20-1835])."""
    currencies = {t.currency for t in tariffs if isinstance(t, AbsolutePriceSchedule)}
    if len(currencies) > 1:
        raise ValueError(f"the charge and discharge tariffs of a ScheduleTuple use one currency "
                         f"([V2G20-1835]), not {sorted(currencies)}")


def check_offer_tariffs(tariffs: Sequence[Tariff | None]) -> None:
    """The tariffs of every schedule of one offer: priced alike ([V2G20-1869], [V2G20-2176]), one
    NumberOfPriceLevels ([V2G20-2162]), distinct Ids."""
    kinds = {Pricing.of(t) for t in tariffs}
    if len(kinds) > 1:
        raise ValueError("every schedule of an offer is priced alike: all with an AbsolutePriceSchedule, "
                         "all with a PriceLevelSchedule, or none ([V2G20-1869], [V2G20-2176])")
    levels = {t.number_of_price_levels for t in tariffs if isinstance(t, PriceLevelSchedule)}
    if len(levels) > 1:
        raise ValueError(f"the PriceLevelSchedules of an offer have one NumberOfPriceLevels "
                         f"([V2G20-2162]), not {sorted(levels)}")
    ids = [t.id for t in tariffs if t is not None and t.id is not None]
    if len(set(ids)) != len(ids):
        raise ValueError("the Id attributes of the price schedules of an offer must differ")

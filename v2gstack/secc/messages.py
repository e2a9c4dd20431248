"""The session engine's view of the generated ISO 15118-20 message classes.

Everything the states need from the EXI layer goes through here: message names, V2GTP payload types,
headers, RationalNumber conversion and minimal FAILED responses, so the states read like the standard.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from v2gstack.exi import namespaces as ns
from v2gstack.exi._rt import S
from v2gstack.exi.generated import iso20_ac as ac
from v2gstack.exi.generated import iso20_cm as cm
from v2gstack.exi.generated import iso20_ct as ct
from v2gstack.exi.generated import iso20_dc as dc
from v2gstack.exi.generated import sap
from v2gstack.secc.prices import (
    AbsolutePriceSchedule,
    AdditionalService,
    OverstayRule,
    OverstayRules,
    PriceLevel,
    PriceLevelSchedule,
    PriceRule,
    PriceRuleStack,
    Tariff,
    TaxRule,
    rational_parts,
)

__all__ = ["ac", "cm", "ct", "dc", "sap"]

PT_SAP = 0x8001
PT_COMMON = 0x8002
PT_AC = 0x8003
PT_DC = 0x8004

_MODULE_INFO: dict[str, tuple[str, int]] = {
    sap.__name__: (ns.SAP, PT_SAP),
    cm.__name__: (ns.ISO20_CM, PT_COMMON),
    dc.__name__: (ns.ISO20_DC, PT_DC),
    ac.__name__: (ns.ISO20_AC, PT_AC),
}

#: Namespace URI of each V2GTP payload type of a -20 session (after SupportedAppProtocol).
PAYLOAD_NAMESPACES: dict[int, str] = {PT_SAP: ns.SAP, PT_COMMON: ns.ISO20_CM, PT_AC: ns.ISO20_AC,
                                      PT_DC: ns.ISO20_DC}

_REQUEST_MODULE: dict[str, Any] = {}
for _module in (sap, cm, dc, ac):
    for _name in dir(_module):
        if _name.endswith("Req") and isinstance(getattr(_module, _name), type):
            _REQUEST_MODULE[_name] = _module


def message_name(message: Any) -> str:
    """The root element name of a message object (its class name)."""
    return type(message).__name__


def where(message_or_cls: Any) -> tuple[str, int]:
    """(namespace URI, V2GTP payload type) of a message class or object."""
    cls = message_or_cls if isinstance(message_or_cls, type) else type(message_or_cls)
    return _MODULE_INFO[cls.__module__]


def payload_type_of(request_name: str) -> int:
    """The payload type a request must arrive with ([V2G20] V2GTP payload type per namespace)."""
    module = _REQUEST_MODULE.get(request_name)
    return _MODULE_INFO[module.__name__][1] if module is not None else -1


def session_matches(message: Any, session_id: bytes) -> bool:
    header = getattr(message, "header", None)
    return header is not None and header.session_id == session_id


def header(session_id: bytes, wall_time: float | None = None) -> ct.MessageHeader:
    """A response header: the session's ID and the time in seconds since the epoch."""
    stamp = int(time.time() if wall_time is None else wall_time)
    return ct.MessageHeader(session_id=session_id, time_stamp=stamp)


_RATIONALS: dict[float, tuple[int, int]] = {}
_RATIONALS_MAX = 4096


def rational(value: float) -> ct.RationalNumber:
    """``value`` as a RationalNumber (as ``RationalNumber.from_float``, memoised: the charge loop
    sends the same few values over and over)."""
    value = float(value)
    known = _RATIONALS.get(value)
    if known is None:
        made = ct.RationalNumber.from_float(value)
        if len(_RATIONALS) >= _RATIONALS_MAX:
            _RATIONALS.clear()
        known = _RATIONALS[value] = (made.exponent, made.value)
    return ct.RationalNumber(exponent=known[0], value=known[1])


def number(value: ct.RationalNumber | None) -> float | None:
    """A RationalNumber as the nearest float (Python's int division is correctly rounded)."""
    if value is None:
        return None
    mantissa: int = value.value
    exponent: int = value.exponent
    scale: int = 10 ** abs(exponent)
    return mantissa / scale if exponent < 0 else float(mantissa * scale)


def exact(value: Decimal, what: str = "value") -> ct.RationalNumber:
    """``value`` as the RationalNumber exactly equal to it (money is never rounded); ValueError when there
    is none (see :func:`v2gstack.secc.prices.rational_parts`)."""
    exponent, mantissa = rational_parts(value, what)
    return ct.RationalNumber(exponent=exponent, value=mantissa)


def decimal(value: ct.RationalNumber) -> Decimal:
    """A RationalNumber as the exactly equal Decimal."""
    return Decimal(value.value).scaleb(value.exponent)


def code(name: str) -> ct.responseCode:
    return ct.responseCode[name]


# -- minimal responses -------------------------------------------------------------------------------
def _default_simple(s: S) -> Any:
    if s.kind == "bool":
        return False
    if s.kind == "enum" and s.enum is not None:
        return next(iter(s.enum))
    if s.kind in ("int", "uint", "nbit"):
        lo = s.lo if s.lo is not None else 0
        return max(lo, 0) if s.hi is None or s.hi >= 0 else s.hi
    if s.kind in ("hex", "b64"):
        return b"\x00" * (s.min_len or 0)
    return "x" * (s.min_len or 0)


def _chosen(fields: Any, values: dict[str, Any], prefer: str) -> dict[int, int]:
    """The alternative a minimal instance uses in each required choice group: the one ``values``
    already fills, else the one whose element matches the mode in ``prefer`` (Scheduled/Dynamic),
    else the first."""
    groups: dict[int, list[Any]] = {}
    for f in fields:
        if f.group and f.gmin >= 1:
            groups.setdefault(f.group, []).append(f)
    mode = next((w for w in ("Scheduled", "Dynamic") if w in prefer), None)
    chosen: dict[int, int] = {}
    for group, members in groups.items():
        given = [f.alt for f in members if f.attr in values]
        matching = [f.alt for f in members if mode and any(n[1].startswith(mode) for n in f.names)]
        chosen[group] = (given or matching or [min(f.alt for f in members)])[0]
    return chosen


def minimal(cls: type, prefer: str = "", **values: Any) -> Any:
    """An instance of ``cls`` with every required field set to a neutral value.

    ``prefer`` picks, among substitution-group alternatives, the first element whose name contains it
    (e.g. "Scheduled_DC"), and in a required xs:choice the alternative of that control mode; ``values``
    override fields. Choice groups come from the generated field metadata (``group``/``alt``/``amin``).
    """
    fields = cls._exi_fields  # type: ignore[attr-defined]
    chosen = _chosen(fields, values, prefer)
    kwargs: dict[str, Any] = {}
    for f in fields:
        in_choice = f.group in chosen and chosen[f.group] == f.alt and f.amin >= 1
        if f.attr in values or not (f.min >= 1 or in_choice):
            continue
        options = [n for n in f.names if not prefer or prefer in n[1]] or list(f.names)
        content = options[0][2]
        if isinstance(content, S):
            value = _default_simple(content)
        elif isinstance(content, type) and hasattr(content, "_exi_fields"):
            value = minimal(content, prefer)
        else:
            value = None
        count = max(f.min, f.amin if in_choice else 0, 1)
        kwargs[f.attr] = [value] * count if f.max != 1 else value
    kwargs.update(values)
    return cls(**kwargs)


def response_class(request_name: str) -> type | None:
    """The response class that answers ``request_name``."""
    module = _REQUEST_MODULE.get(request_name)
    if module is None:
        return None
    found = getattr(module, request_name[:-3] + "Res", None)
    return found if isinstance(found, type) else None


def failed_response(request_name: str, response_code: str, ctx: Any) -> tuple[Any, str, int] | None:
    """A minimal response to ``request_name`` with a FAILED code, or None if there is none."""
    cls = response_class(request_name)
    if cls is None:
        return None
    if cls is sap.supportedAppProtocolRes:
        msg: Any = sap.supportedAppProtocolRes(response_code=sap.responseCode.Failed_NoNegotiation)
    else:
        prefer = "Scheduled_DC" if cls.__module__ == dc.__name__ else "Scheduled_AC"
        if ctx.service is not None and ctx.service.is_bpt:
            prefer = "BPT_" + prefer
        if cls is cm.CertificateInstallationRes:
            msg = installation_response(ctx.session_id or b"\x00" * 8, response_code)
            return msg, ns.ISO20_CM, PT_COMMON
        if ctx.control_mode is not None and ctx.control_mode.name == "DYNAMIC":
            prefer = prefer.replace("Scheduled", "Dynamic")
        msg = minimal(cls, prefer, header=header(ctx.session_id or b"\x00" * 8),
                      response_code=code(response_code))
    namespace, payload_type = where(cls)
    return msg, namespace, payload_type


def installation_response(session_id: bytes, response_code: str, processing: str = "Finished") -> Any:
    """A CertificateInstallationRes without a contract: the schema still requires CPSCertificateChain and
    SignedInstallationData, so they hold the smallest schema-conformant values ("arbitrary XSD conform
    values ... minimal size", [V2G20-2225]): empty certificates, zero-filled fixed-length keys."""
    return minimal(cm.CertificateInstallationRes, header=header(session_id),
                   response_code=code(response_code), evse_processing=ct.processing[processing],
                   signed_installation_data=minimal(cm.SignedInstallationData, id="id1"))


# -- price schedules ---------------------------------------------------------------------------------
def _optional(value: Decimal | None, what: str) -> ct.RationalNumber | None:
    return None if value is None else exact(value, what)


def _price_rule(rule: PriceRule) -> Any:
    return cm.PriceRule(
        energy_fee=exact(rule.energy_fee, "EnergyFee"),
        parking_fee=_optional(rule.parking_fee, "ParkingFee"),
        parking_fee_period=rule.parking_fee_period, carbon_dioxide_emission=rule.carbon_dioxide_emission,
        renewable_generation_percentage=rule.renewable_generation_percentage,
        power_range_start=exact(rule.power_range_start, "PowerRangeStart"))


def _absolute(tariff: AbsolutePriceSchedule, anchor: int, max_entries: int) -> Any:
    stacks = [cm.PriceRuleStack(duration=stack.duration, price_rule=[_price_rule(r) for r in stack.rules])
              for stack in tariff.price_rule_stacks[:max_entries]]
    taxes = [cm.TaxRule(tax_rule_id=t.tax_rule_id, tax_rule_name=t.name,
                        tax_rate=exact(t.tax_rate, "TaxRate"), tax_included_in_price=t.included_in_price,
                        applies_to_energy_fee=t.applies_to_energy_fee,
                        applies_to_parking_fee=t.applies_to_parking_fee,
                        applies_to_overstay_fee=t.applies_to_overstay_fee,
                        applies_minimum_maximum_cost=t.applies_minimum_maximum_cost)
             for t in tariff.tax_rules]
    overstay = None
    if tariff.overstay is not None:
        rules = [cm.OverstayRule(overstay_rule_description=o.description, start_time=o.start_time,
                                 overstay_fee=exact(o.fee, "OverstayFee"), overstay_fee_period=o.fee_period)
                 for o in tariff.overstay.rules]
        overstay = cm.OverstayRuleList(
            overstay_time_threshold=tariff.overstay.time_threshold,
            overstay_power_threshold=_optional(tariff.overstay.power_threshold, "OverstayPowerThreshold"),
            overstay_rule=rules)
    services = [cm.AdditionalService(service_name=a.name, service_fee=exact(a.fee, "ServiceFee"))
                for a in tariff.additional_services]
    extras = cm.AdditionalServiceList(additional_service=services) if services else None
    return cm.AbsolutePriceSchedule(
        id=tariff.id, time_anchor=anchor if tariff.time_anchor is None else tariff.time_anchor,
        price_schedule_id=tariff.price_schedule_id, price_schedule_description=tariff.description,
        currency=tariff.currency, language=tariff.language, price_algorithm=str(tariff.price_algorithm),
        minimum_cost=_optional(tariff.minimum_cost, "MinimumCost"),
        maximum_cost=_optional(tariff.maximum_cost, "MaximumCost"),
        tax_rules=cm.TaxRuleList(tax_rule=taxes) if taxes else None,
        price_rule_stacks=cm.PriceRuleStackList(price_rule_stack=stacks), overstay_rules=overstay,
        additional_selected_services=extras)


def price_schedule(tariff: Tariff, anchor: int, max_entries: int = 1024) -> Any:
    """The -20 element of ``tariff``: an AbsolutePriceSchedule or a PriceLevelSchedule. A tariff without
    its own time anchor takes ``anchor`` (the power schedule's). At most ``max_entries`` PriceRuleStacks or
    PriceLevelScheduleEntries go out: the EV's MaximumSupportingPoints applies to the entries of
    PowerScheduleType and PriceRuleType (-20 Table 44), like the power schedule the tariff is cut to it."""
    if isinstance(tariff, AbsolutePriceSchedule):
        return _absolute(tariff, anchor, max_entries)
    entries = [cm.PriceLevelScheduleEntry(duration=e.duration, price_level=e.level)
               for e in tariff.entries[:max_entries]]
    return cm.PriceLevelSchedule(
        id=tariff.id, time_anchor=anchor if tariff.time_anchor is None else tariff.time_anchor,
        price_schedule_id=tariff.price_schedule_id, price_schedule_description=tariff.description,
        number_of_price_levels=tariff.number_of_price_levels,
        price_level_schedule_entries=cm.PriceLevelScheduleEntryList(price_level_schedule_entry=entries))


def tariff_of(schedule: Any) -> Tariff:
    """The typed tariff of a decoded AbsolutePriceSchedule or PriceLevelSchedule (the inverse of
    :func:`price_schedule`); ValueError when its content breaks the -20 rules the types check."""
    if isinstance(schedule, cm.PriceLevelSchedule):
        entries = schedule.price_level_schedule_entries.price_level_schedule_entry
        return PriceLevelSchedule(
            number_of_price_levels=schedule.number_of_price_levels,
            entries=tuple(PriceLevel(e.duration, e.price_level) for e in entries),
            price_schedule_id=schedule.price_schedule_id, description=schedule.price_schedule_description,
            time_anchor=schedule.time_anchor, id=schedule.id)

    def dec(value: ct.RationalNumber | None) -> Decimal | None:
        return None if value is None else decimal(value)

    stacks = tuple(
        PriceRuleStack(stack.duration, tuple(
            PriceRule(energy_fee=decimal(r.energy_fee), power_range_start=decimal(r.power_range_start),
                      parking_fee=dec(r.parking_fee), parking_fee_period=r.parking_fee_period,
                      carbon_dioxide_emission=r.carbon_dioxide_emission,
                      renewable_generation_percentage=r.renewable_generation_percentage)
            for r in stack.price_rule))
        for stack in schedule.price_rule_stacks.price_rule_stack)
    taxes = tuple(
        TaxRule(tax_rule_id=t.tax_rule_id, tax_rate=decimal(t.tax_rate),
                applies_to_energy_fee=t.applies_to_energy_fee,
                applies_to_parking_fee=t.applies_to_parking_fee,
                applies_to_overstay_fee=t.applies_to_overstay_fee,
                applies_minimum_maximum_cost=t.applies_minimum_maximum_cost, name=t.tax_rule_name,
                included_in_price=t.tax_included_in_price)
        for t in (schedule.tax_rules.tax_rule if schedule.tax_rules is not None else ()))
    overstay = None
    if schedule.overstay_rules is not None:
        o = schedule.overstay_rules
        overstay = OverstayRules(
            rules=tuple(OverstayRule(r.start_time, decimal(r.overstay_fee), r.overstay_fee_period,
                                     r.overstay_rule_description) for r in o.overstay_rule),
            time_threshold=o.overstay_time_threshold, power_threshold=dec(o.overstay_power_threshold))
    services = schedule.additional_selected_services
    return AbsolutePriceSchedule(
        currency=schedule.currency, language=schedule.language, price_rule_stacks=stacks,
        price_algorithm=schedule.price_algorithm, price_schedule_id=schedule.price_schedule_id,
        description=schedule.price_schedule_description, time_anchor=schedule.time_anchor,
        minimum_cost=dec(schedule.minimum_cost), maximum_cost=dec(schedule.maximum_cost), tax_rules=taxes,
        overstay=overstay,
        additional_services=tuple(AdditionalService(a.service_name, decimal(a.service_fee))
                                  for a in (services.additional_service if services is not None else ())),
        id=schedule.id)

"""ScheduleExchange: power schedules and their prices (scheduled mode) or the go-ahead for dynamic control.

Scheduled mode: one ScheduleTuple per tuple of the firmware's :class:`~v2gstack.secc.types.ScheduleOffer`
(at most 3), each with its ChargingSchedule (power schedule and tariff) and, for BPT services, its
DischargingSchedule; every one of them with a price schedule ([V2G20-2176]), "no price information"
([V2G20-2166] NOTE 1) when the offer has no tariff. Dynamic mode: Dynamic_SEResControlMode with the offer's
tariff, if any.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Sequence
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareFailed, FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.prices import Tariff
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, failed, header, reply
from v2gstack.secc.types import ControlMode, PowerScheduleEntry, ScheduleOffer, ScheduleTupleOffer, StopReason

NAME = "ScheduleExchange"
#: PriceScheduleID of the "no price information" PriceLevelSchedule of a tariff-free offer.
PRICE_SCHEDULE_ID = 1
#: The SECC uses ScheduleTupleIDs 1 to 255 ([V2G20-773]).
MAX_SCHEDULE_TUPLE_ID = 255


def _res(ctx: SessionContext, processing: str, **kw: Any) -> Any:
    return m.cm.ScheduleExchangeRes(header=header(ctx), response_code=m.code("OK"),
                                    evse_processing=m.ct.processing[processing], **kw)


def next_tuple_id(ctx: SessionContext) -> int:
    """The ScheduleTupleID the next offer starts with: IDs are unique "during the entire charging session"
    ([V2G20-1560]), renegotiations and a pause included, so they count up from 1 (``ctx``, and the pause
    record, keep the count)."""
    return ctx.next_schedule_tuple_id


def _ongoing(ctx: SessionContext, dynamic: bool) -> Any:
    """EVSEProcessing=Ongoing. The schema still requires one control-mode element (a choice with
    minOccurs 1), so the selected mode's goes along, as empty as the schema allows; with Ongoing the
    EV waits and asks again, nothing in it is an offer (its ScheduleTupleID is the one the offer will
    have, none is used up; its ChargingSchedule says "no price information", [V2G20-2176])."""
    if dynamic:
        return _res(ctx, "Ongoing", dynamic_se_res_control_mode=m.cm.Dynamic_SEResControlMode())
    mode = m.minimal(m.cm.Scheduled_SEResControlMode)
    mode.schedule_tuple[0].schedule_tuple_id = min(next_tuple_id(ctx), MAX_SCHEDULE_TUPLE_ID)
    return _res(ctx, "Ongoing", scheduled_se_res_control_mode=_priced(mode))


def _next_state(ctx: SessionContext) -> str:
    if ctx.scratch.pop("renegotiating", False) or ctx.service is None or not ctx.service.is_dc:
        return "PowerDelivery"
    return "CableCheck"


def _no_prices(wall: int, durations: list[int]) -> Any:
    """The PriceLevelSchedule (-20 8.3.5.3.62) of a schedule without price information: NumberOfPriceLevels
    0 and every PriceLevel 0 ([V2G20-2166] and its NOTE 1: what is sent when "the secondary actor is not
    providing any price indication information for this schedule"). PriceLevelScheduleEntries needs at
    least one entry (schema: minOccurs 1), so there is one per power schedule entry with its duration, on
    the same time anchor: it covers exactly the power schedule (and is cut with it to the EV's
    MaximumSupportingPoints). Not an AbsolutePriceSchedule with a fee of 0, which would claim free energy."""
    entries = [m.cm.PriceLevelScheduleEntry(duration=d, price_level=0) for d in durations]
    return m.cm.PriceLevelSchedule(
        time_anchor=wall, price_schedule_id=PRICE_SCHEDULE_ID, number_of_price_levels=0,
        price_level_schedule_entries=m.cm.PriceLevelScheduleEntryList(price_level_schedule_entry=entries))


def _priced(mode: Any) -> Any:
    """``mode`` (a Scheduled_SEResControlMode) with a price schedule in every ChargingSchedule and
    DischargingSchedule (both ChargingScheduleType): [V2G20-2176] "The SECC shall either provide an
    AbsolutePriceSchedule or a PriceLevelSchedule as part of the ChargingScheduleType", although the schema
    and Table 134 make the choice optional. An offer priced by firmware is priced throughout
    (:class:`~v2gstack.secc.types.ScheduleOffer`); a tariff-free one gets :func:`_no_prices`, which goes
    with ServiceDetail ``Pricing`` 0 (docs/secc.md, "Prices")."""
    for schedule_tuple in mode.schedule_tuple:
        for schedule in (schedule_tuple.charging_schedule, schedule_tuple.discharging_schedule):
            if schedule is None or schedule.absolute_price_schedule is not None:
                continue
            if schedule.price_level_schedule is None:
                power = schedule.power_schedule
                durations = [e.duration for e in power.power_schedule_entries.power_schedule_entry]
                schedule.price_level_schedule = _no_prices(power.time_anchor, durations)
    return mode


def _charging_schedule(steps: Sequence[PowerScheduleEntry], tariff: Tariff | None, points: int,
                       wall: int) -> Any:
    """A ChargingScheduleType (also the DischargingSchedule's type): the power steps cut to the EV's
    MaximumSupportingPoints, on the time anchor ``wall``, and the tariff's price schedule (cut the same
    way, -20 Table 44)."""
    entries = [m.cm.PowerScheduleEntry(duration=e.duration, power=m.rational(e.power))
               for e in steps[:points]]
    schedule = m.cm.ChargingSchedule(power_schedule=m.cm.PowerSchedule(
        time_anchor=wall, power_schedule_entries=m.cm.PowerScheduleEntryList(power_schedule_entry=entries)))
    if tariff is not None:
        prices = m.price_schedule(tariff, wall, points)
        if isinstance(prices, m.cm.AbsolutePriceSchedule):
            schedule.absolute_price_schedule = prices
        else:
            schedule.price_level_schedule = prices
    return schedule


def _schedule_tuple(ctx: SessionContext, tuple_id: int, offer: ScheduleTupleOffer, points: int,
                    wall: int) -> Any:
    """One ScheduleTuple. The DischargingSchedule goes only to a BPT service (the others cannot
    discharge); its power values are <= 0 and its prices are a refund ([V2G20-2168] NOTEs 3 and 4)."""
    bpt = ctx.service is not None and ctx.service.is_bpt
    discharging = None
    if bpt and offer.discharge_schedule:
        discharging = _charging_schedule(offer.discharge_schedule, offer.discharge_tariff, points, wall)
    charging = _charging_schedule(offer.schedule, offer.tariff, points, wall)
    return m.cm.ScheduleTuple(schedule_tuple_id=tuple_id, charging_schedule=charging,
                              discharging_schedule=discharging)


def _scheduled(ctx: SessionContext, offer: ScheduleOffer, max_points: int, wall: int) -> Any | None:
    """Scheduled_SEResControlMode with one ScheduleTuple per tuple of the offer (the main one first), with
    fresh ScheduleTupleIDs ([V2G20-1560], within 1..255, [V2G20-773]); None when the session has used them
    all up. Every schedule carries a price schedule (:func:`_priced`)."""
    tuples = offer.tuples()
    first = next_tuple_id(ctx)
    if first + len(tuples) - 1 > MAX_SCHEDULE_TUPLE_ID:
        return None
    ctx.next_schedule_tuple_id = first + len(tuples)
    ctx.offered_tuple_ids = tuple(range(first, first + len(tuples)))
    points = max(1, min(max_points, 1024))
    return _priced(m.cm.Scheduled_SEResControlMode(
        schedule_tuple=[_schedule_tuple(ctx, first + i, t, points, wall) for i, t in enumerate(tuples)]))


def _dynamic(offer: ScheduleOffer, max_points: int, wall: int) -> Any:
    """Dynamic_SEResControlMode: the departure time and the offer's tariff (the control mode has one price
    schedule, no power schedule to go with it; anchored at the request time unless the tariff has its
    own)."""
    mode = m.cm.Dynamic_SEResControlMode(departure_time=offer.departure_time)
    if offer.tariff is not None:
        prices = m.price_schedule(offer.tariff, wall, max(1, min(max_points, 1024)))
        if isinstance(prices, m.cm.AbsolutePriceSchedule):
            mode.absolute_price_schedule = prices
        else:
            mode.price_level_schedule = prices
    return mode


def _check_pricing(ctx: SessionContext, offer: ScheduleOffer) -> None:
    """The offer's kind of prices must be what ServiceDetail announced for the service (its ``Pricing``
    parameter, from ``EVSECapabilities.pricing``): a firmware error otherwise (FAILED)."""
    announced = ctx.capabilities.pricing_for(ctx.service)
    if offer.pricing is not announced:
        raise FirmwareFailed("schedule", ValueError(
            f"the offer's prices are {offer.pricing.name} but ServiceDetail announced Pricing "
            f"{announced.value} ({announced.name}) for {ctx.service.name if ctx.service else 'the service'}; "
            "set EVSECapabilities.pricing (or service_pricing) to the tariff kind the offers carry"))


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """The EV's control-mode element must match the selected mode (FAILED_WrongChargeParameter).
    Firmware not ready (or too slow): Ongoing, bounded by the Ongoing timeout. An offer whose prices do
    not match the announced Pricing, or more ScheduleTuples than IDs left: FAILED."""
    dynamic = ctx.control_mode is ControlMode.DYNAMIC
    given = req.dynamic_se_req_control_mode if dynamic else req.scheduled_se_req_control_mode
    if given is None:
        return failed(ctx, "ScheduleExchangeReq", "FAILED_WrongChargeParameter")
    ctx.needs = dataclasses.replace(
        ctx.needs, departure_time=given.departure_time,
        target_energy=m.number(given.ev_target_energy_request),
        max_energy=m.number(given.ev_maximum_energy_request),
        min_energy=m.number(given.ev_minimum_energy_request),
        target_soc=getattr(given, "target_soc", None) or ctx.needs.target_soc,
        min_soc=getattr(given, "minimum_soc", None))
    if ctx.ongoing_expired():
        return failed(ctx, "ScheduleExchangeReq", "FAILED", StopReason.ONGOING_TIMEOUT)
    try:
        offer = yield ctx.call("schedule", ctx.info, ctx.needs)
    except FirmwareTimeout:
        offer = ScheduleOffer(ready=False)
    if not offer.ready:
        return reply(ctx, _ongoing(ctx, dynamic), NAME, ongoing=True)
    _check_pricing(ctx, offer)
    wall = int(req.header.time_stamp)
    if dynamic:
        ctx.offered_tuple_ids = ()
        res = _res(ctx, "Finished", dynamic_se_res_control_mode=_dynamic(offer, req.maximum_supporting_points,
                                                                         wall))
    else:
        scheduled = _scheduled(ctx, offer, req.maximum_supporting_points, wall)
        if scheduled is None:
            return failed(ctx, "ScheduleExchangeReq", "FAILED", StopReason.PROTOCOL_ERROR)
        res = _res(ctx, "Finished", scheduled_se_res_control_mode=scheduled)
    if offer.go_to_pause:
        res.go_to_pause = True
    return reply(ctx, res, _next_state(ctx))


STATE = State(NAME, {"ScheduleExchangeReq": handle, "SessionStopReq": session_stop.handle})

"""ScheduleExchange: a power schedule (scheduled mode) or the go-ahead for dynamic control."""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, failed, header, reply
from v2gstack.secc.types import ControlMode, ScheduleOffer, StopReason

NAME = "ScheduleExchange"
#: PriceScheduleID of the price schedule sent under the tolerance ``price_schedule_always``.
PRICE_SCHEDULE_ID = 1


def _res(ctx: SessionContext, processing: str, **kw: Any) -> Any:
    return m.cm.ScheduleExchangeRes(header=header(ctx), response_code=m.code("OK"),
                                    evse_processing=m.ct.processing[processing], **kw)


def _ongoing(ctx: SessionContext, dynamic: bool) -> Any:
    """EVSEProcessing=Ongoing. The schema still requires one control-mode element (a choice with
    minOccurs 1), so the selected mode's goes along, as empty as the schema allows; with Ongoing the
    EV waits and asks again, nothing in it is an offer."""
    if dynamic:
        return _res(ctx, "Ongoing", dynamic_se_res_control_mode=m.cm.Dynamic_SEResControlMode())
    mode = _priced(ctx, m.minimal(m.cm.Scheduled_SEResControlMode))
    return _res(ctx, "Ongoing", scheduled_se_res_control_mode=mode)


def _next_state(ctx: SessionContext) -> str:
    if ctx.scratch.pop("renegotiating", False) or ctx.service is None or not ctx.service.is_dc:
        return "PowerDelivery"
    return "CableCheck"


def _price_levels(wall: int, durations: list[int]) -> Any:
    """A PriceLevelSchedule (-20 8.3.5.3.62) that claims no price, for the tolerance
    ``price_schedule_always``: one price level (``NumberOfPriceLevels`` 1), every entry at level 0,
    one entry per power schedule entry with the same duration, on the same time anchor, so it
    covers exactly the power schedule. Price levels only rank periods by cost; with a single level
    nothing is said about cost, which is the truth for a charger without a tariff (an
    AbsolutePriceSchedule with an energy fee of 0 would claim free energy)."""
    entries = [m.cm.PriceLevelScheduleEntry(duration=d, price_level=0) for d in durations]
    return m.cm.PriceLevelSchedule(
        time_anchor=wall, price_schedule_id=PRICE_SCHEDULE_ID, number_of_price_levels=1,
        price_level_schedule_entries=m.cm.PriceLevelScheduleEntryList(price_level_schedule_entry=entries))


def _priced(ctx: SessionContext, mode: Any) -> Any:
    """``mode`` (a Scheduled_SEResControlMode) with a price schedule in every ChargingSchedule that has
    none, when ``ctx.tolerances.price_schedule_always``; as it is otherwise. The price schedule is
    optional in ChargingScheduleType (-20 8.3.5.3.40, ``<xs:choice minOccurs="0">``)."""
    if ctx.tolerances.price_schedule_always:
        for schedule_tuple in mode.schedule_tuple:
            schedule = schedule_tuple.charging_schedule
            if schedule.absolute_price_schedule is None and schedule.price_level_schedule is None:
                power = schedule.power_schedule
                durations = [e.duration for e in power.power_schedule_entries.power_schedule_entry]
                schedule.price_level_schedule = _price_levels(power.time_anchor, durations)
    return mode


def _scheduled(ctx: SessionContext, offer: ScheduleOffer, max_points: int, wall: int) -> Any:
    """One ScheduleTuple with the firmware's power schedule, cut to the EV's MaximumSupportingPoints
    (price schedule: :func:`_priced`)."""
    entries = [m.cm.PowerScheduleEntry(duration=e.duration, power=m.rational(e.power))
               for e in offer.schedule[: max(1, min(max_points, 1024))]]
    schedule = m.cm.ChargingSchedule(power_schedule=m.cm.PowerSchedule(
        time_anchor=wall, power_schedule_entries=m.cm.PowerScheduleEntryList(power_schedule_entry=entries)))
    return _priced(ctx, m.cm.Scheduled_SEResControlMode(
        schedule_tuple=[m.cm.ScheduleTuple(schedule_tuple_id=1, charging_schedule=schedule)]))


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """The EV's control-mode element must match the selected mode (FAILED_WrongChargeParameter).
    Firmware not ready (or too slow): Ongoing, bounded by the Ongoing timeout."""
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
    if dynamic:
        mode = m.cm.Dynamic_SEResControlMode(departure_time=offer.departure_time)
        res = _res(ctx, "Finished", dynamic_se_res_control_mode=mode)
    else:
        wall = int(req.header.time_stamp)
        res = _res(ctx, "Finished",
                   scheduled_se_res_control_mode=_scheduled(ctx, offer, req.maximum_supporting_points, wall))
    if offer.go_to_pause:
        res.go_to_pause = True
    return reply(ctx, res, _next_state(ctx))


STATE = State(NAME, {"ScheduleExchangeReq": handle, "SessionStopReq": session_stop.handle})

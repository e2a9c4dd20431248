"""PowerDelivery: start (contactors close), stop, standby, or schedule renegotiation."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, consume_notification, evse_status, header, reply
from v2gstack.secc.types import StopReason

NAME = "PowerDelivery"


def _res(ctx: SessionContext, code: str = "OK") -> Any:
    return m.cm.PowerDeliveryRes(header=header(ctx), response_code=m.code(code), evse_status=evse_status(ctx))


def _after_stop(ctx: SessionContext) -> str:
    return "WeldingDetection" if ctx.service is not None and ctx.service.is_dc else "SessionStop"


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """Start: firmware closes the contactors (refusal: FAILED_PowerDeliveryNotApplied). Stop: firmware
    stops power before we answer. Standby: contactors stay closed and the EV goes on sending
    ChargeLoopReq with its (zero) targets ([V2G20-2117], [V2G20-1393]). ScheduleRenegotiation: back to
    ScheduleExchange."""
    progress = req.charge_progress.value
    if req.ev_processing.value == "Ongoing" and progress == "Start":
        return reply(ctx, _res(ctx), NAME)  # the EV is not ready yet; it asks again
    if progress == "Start":
        if ctx.power_on:
            return reply(ctx, _res(ctx), "ChargeLoop")
        ok = yield ctx.call("start_power", ctx.info)
        if not ok:
            return reply(ctx, _res(ctx, "FAILED_PowerDeliveryNotApplied"), None,
                         end_reason=StopReason.EVSE_REQUEST)
        ctx.power_on = True
        return reply(ctx, _res(ctx), "ChargeLoop")
    if progress == "ScheduleRenegotiation":
        ctx.scratch["renegotiating"] = True
        consume_notification(ctx)
        return reply(ctx, _res(ctx), "ScheduleExchange")
    if progress == "Standby":
        return reply(ctx, _res(ctx), "ChargeLoop" if ctx.power_on else NAME)
    if ctx.power_on:
        yield ctx.call("stop_power", ctx.info, StopReason.POWER_DELIVERY_STOP)
        ctx.power_on = False
    return reply(ctx, _res(ctx), _after_stop(ctx))


STATE = State(NAME, {"PowerDeliveryReq": handle, "SessionStopReq": session_stop.handle})

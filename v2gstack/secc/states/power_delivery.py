"""PowerDelivery: start (contactors close), stop, standby, or schedule renegotiation.

In scheduled mode the EV names the ScheduleTuple it follows (EVPowerProfile, Scheduled_EVPPTControlMode,
SelectedScheduleTupleID). It must be one of the last ScheduleExchangeRes ([V2G20-479]); the SECC keeps it
for firmware (``SessionInfo.schedule_tuple_id`` and ``schedule_tuple_index`` in every later call, e.g.
``start_power``, and a ``schedule_selected`` event when it changes).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, consume_notification, evse_status, failed, header, reply
from v2gstack.secc.types import StopReason

NAME = "PowerDelivery"


def _res(ctx: SessionContext, code: str = "OK") -> Any:
    return m.cm.PowerDeliveryRes(header=header(ctx), response_code=m.code(code), evse_status=evse_status(ctx))


def _after_stop(ctx: SessionContext) -> str:
    return "WeldingDetection" if ctx.service is not None and ctx.service.is_dc else "SessionStop"


def selected_tuple(ctx: SessionContext, req: Any) -> int | None:
    """The SelectedScheduleTupleID of the request's EVPowerProfile (None: no scheduled-mode profile)."""
    profile = req.ev_power_profile
    scheduled = profile.scheduled_evppt_control_mode if profile is not None else None
    return None if scheduled is None else int(scheduled.selected_schedule_tuple_id)


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """A SelectedScheduleTupleID that the last ScheduleExchangeRes did not offer:
    FAILED_ScheduleSelectionInvalid, before anything else happens (no contactor closes). [V2G20-479] names
    "FAILED_TariffSelectionInvalid", which the -20 schema's responseCodeType does not have;
    FAILED_ScheduleSelectionInvalid is the schema's code for it (as EVerest libiso15118 and the ``iso15118``
    PyPI SECC answer). Start: firmware closes the contactors (refusal: FAILED_PowerDeliveryNotApplied).
    Stop: firmware stops power before we answer. Standby: contactors stay closed and the EV goes on sending
    ChargeLoopReq with its (zero) targets ([V2G20-2117], [V2G20-1393]). ScheduleRenegotiation: back to
    ScheduleExchange."""
    selected = selected_tuple(ctx, req)
    if selected is not None:
        if selected not in ctx.offered_tuple_ids:
            code = "FAILED_ScheduleSelectionInvalid"
            return failed(ctx, "PowerDeliveryReq", code, StopReason.PROTOCOL_ERROR)
        ctx.schedule_tuple_id = selected
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

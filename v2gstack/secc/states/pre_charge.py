"""DC_PreCharge: bring the output to the battery voltage before the contactors close."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, failed, header, reply
from v2gstack.secc.types import StopReason

NAME = "PreCharge"
#: The pre-charge current limit -20 gives the EVSE (2 A).
PRECHARGE_CURRENT = 2.0


def _tolerated_target(present: float, low: float, high: float) -> float:
    """Tolerance ``precharge_target_clamped``: the EV's present voltage when it is in range (what the
    output must match before the contactors close), else the nearest end of the range."""
    return present if low <= present <= high else min(max(present, low), high)


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """[V2G20-2005]/[V2G20-2006]: after EVProcessing=Ongoing only DC_PreChargeReq may follow; after
    Finished, PowerDeliveryReq. The pre-charge loop is bounded by its own time limit."""
    started = ctx.scratch.setdefault("precharge_started", ctx.now)
    if ctx.now - started > ctx.timing.pre_charge:
        return failed(ctx, "DC_PreChargeReq", "FAILED", StopReason.ONGOING_TIMEOUT)
    target = req.ev_target_voltage.to_float()
    limits = ctx.capabilities.dc_limits
    if limits is not None and not limits.min_voltage <= target <= limits.max_voltage:
        if not ctx.tolerances.precharge_target_clamped:
            return failed(ctx, "DC_PreChargeReq", "FAILED_WrongChargeParameter")
        target = _tolerated_target(req.ev_present_voltage.to_float(), limits.min_voltage, limits.max_voltage)
    present = yield ctx.call("precharge", ctx.info, target, PRECHARGE_CURRENT)
    res = m.dc.DC_PreChargeRes(header=header(ctx), response_code=m.code("OK"),
                               evse_present_voltage=m.rational(present.voltage))
    finished = req.ev_processing.value == "Finished"
    if finished:
        ctx.scratch.pop("precharge_started", None)
    return reply(ctx, res, "PowerDelivery" if finished else NAME)


STATE = State(NAME, {"DC_PreChargeReq": handle, "SessionStopReq": session_stop.handle})

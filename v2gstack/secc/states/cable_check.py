"""DC_CableCheck: the isolation test, answered Ongoing while it runs."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, grid_terminates, header, reply
from v2gstack.secc.types import IsolationStatus, StopReason

NAME = "CableCheck"


def _res(ctx: SessionContext, code: str, processing: str) -> Any:
    return m.dc.DC_CableCheckRes(header=header(ctx), response_code=m.code(code),
                                 evse_processing=m.ct.processing[processing])


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """Valid/Warning: Finished (pre-charge next). Fault or no IMD: FAILED. Still running or firmware
    slow: Ongoing, until the cable-check time limit ends the session."""
    started = ctx.scratch.setdefault("cable_check_started", ctx.now)
    if ctx.now - started > ctx.timing.cable_check:
        return reply(ctx, _res(ctx, "FAILED", "Finished"), None, end_reason=StopReason.ONGOING_TIMEOUT)
    if grid_terminates(ctx):
        return reply(ctx, _res(ctx, "FAILED", "Finished"), None, end_reason=StopReason.EVSE_REQUEST)
    try:
        status = yield ctx.call("cable_check", ctx.info)
    except FirmwareTimeout:
        status = IsolationStatus.ONGOING
    if status is IsolationStatus.ONGOING:
        return reply(ctx, _res(ctx, "OK", "Ongoing"), NAME, ongoing=True)
    if status in (IsolationStatus.VALID, IsolationStatus.WARNING):
        ctx.scratch.pop("cable_check_started", None)
        return reply(ctx, _res(ctx, "OK", "Finished"), "PreCharge")
    return reply(ctx, _res(ctx, "FAILED", "Finished"), None, end_reason=StopReason.EVSE_REQUEST)


STATE = State(NAME, {"DC_CableCheckReq": handle, "SessionStopReq": session_stop.handle})

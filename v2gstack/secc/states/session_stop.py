"""SessionStop: terminate, pause (kept for resumption) or go back to service renegotiation."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states._base import State, header, reply
from v2gstack.secc.types import StopReason

NAME = "SessionStop"


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """SessionStopReq. Power is off by now; the session ends after the response unless the EV asks
    for service renegotiation, which -20 allows when the SECC announced support for it."""
    kind = req.charging_session.value
    if kind == "ServiceRenegotiation":
        if not ctx.capabilities.service_renegotiation_supported:
            res = m.cm.SessionStopRes(header=header(ctx),
                                      response_code=m.code("FAILED_NoServiceRenegotiationSupported"))
            return reply(ctx, res, None)
        res = m.cm.SessionStopRes(header=header(ctx), response_code=m.code("OK"))
        ctx.service = None
        ctx.control_mode = None
        ctx.notification = None  # a charger-side ServiceRenegotiation request is done
        return reply(ctx, res, "ServiceDiscovery")
    res = m.cm.SessionStopRes(header=header(ctx), response_code=m.code("OK"))
    if kind == "Pause":
        return reply(ctx, res, None, end_reason=StopReason.SESSION_PAUSED, pause=True)
    return reply(ctx, res, None, end_reason=StopReason.SESSION_STOPPED)
    yield


STATE = State(NAME, {"SessionStopReq": handle})

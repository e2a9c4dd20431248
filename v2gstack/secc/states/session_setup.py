"""SessionSetup: a new SessionID, or the paused session joined again with its old one."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states._base import State, reply

NAME = "SessionSetup"


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """An EV that presents the SessionID of a paused session resumes it (OK_OldSessionJoined);
    any other SessionID gets a fresh one (OK_NewSessionEstablished)."""
    ctx.evcc_id = req.evccid
    paused = ctx.paused.get(req.header.session_id)
    if paused is not None and paused.evcc_id == req.evccid:  # only its own EV may resume it
        del ctx.paused[req.header.session_id]
        ctx.session_id = paused.session_id
        ctx.service = paused.service
        ctx.control_mode = paused.control_mode
        code = "OK_OldSessionJoined"
    else:
        ctx.session_id = ctx.new_session_id()
        code = "OK_NewSessionEstablished"
    res = m.cm.SessionSetupRes(header=m.header(ctx.session_id), response_code=m.code(code),
                               evseid=ctx.capabilities.evse_id)
    return reply(ctx, res, "AuthorizationSetup")
    yield


STATE = State(NAME, {"SessionSetupReq": handle}, checks_session=False)

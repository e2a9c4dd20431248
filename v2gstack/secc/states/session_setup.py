"""SessionSetup: a new SessionID, or the paused session joined again with its old one."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, PausedSession, Reply, SessionContext
from v2gstack.secc.states._base import State, reply

NAME = "SessionSetup"


def _resumable(ctx: SessionContext, req: Any) -> PausedSession | None:
    """The paused session this EV may join: its SessionID, the same EV ([V2G20-2545]: EVCCID here),
    not older than ``Timing.paused_session_lifetime``. Expired entries are dropped."""
    sid = req.header.session_id
    paused = ctx.paused.get(sid)
    if paused is None:
        return None
    if ctx.now - paused.paused_at > ctx.timing.paused_session_lifetime:
        del ctx.paused[sid]
        return None
    if paused.evcc_id != req.evccid or paused.service is None:  # only its own EV may resume it
        return None
    del ctx.paused[sid]
    return paused


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """An EV that presents the SessionID of a paused session resumes it: OK_OldSessionJoined with the
    stored SessionID ([V2G20-2622], [V2G20-2623]); its authorization and selected service still hold,
    so the next request must be ChargeParameterDiscoveryReq ([V2G20-1032]), and its ScheduleTupleIDs
    continue where they stopped ([V2G20-1560]). Any other SessionID gets a
    fresh one (OK_NewSessionEstablished) and the full sequence."""
    ctx.evcc_id = req.evccid
    paused = _resumable(ctx, req)
    if paused is not None:
        ctx.session_id = paused.session_id
        ctx.service = paused.service
        ctx.control_mode = paused.control_mode
        ctx.authorization, ctx.emaid = paused.authorization, paused.emaid
        ctx.next_schedule_tuple_id = paused.next_schedule_tuple_id  # unique for the charging session
        code, next_state = "OK_OldSessionJoined", "ChargeParameterDiscovery"
    else:
        ctx.session_id = ctx.new_session_id()
        code, next_state = "OK_NewSessionEstablished", "AuthorizationSetup"
    res = m.cm.SessionSetupRes(header=m.header(ctx.session_id), response_code=m.code(code),
                               evseid=ctx.capabilities.evse_id)
    return reply(ctx, res, next_state)
    yield


STATE = State(NAME, {"SessionSetupReq": handle}, checks_session=False)

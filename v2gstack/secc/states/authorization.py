"""Authorization: ask firmware (EIM) and keep the EV waiting with Ongoing until it decides."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, grid_terminates, header, reply
from v2gstack.secc.types import AuthorizationMode, AuthorizationStatus, StopReason

NAME = "Authorization"


def _res(ctx: SessionContext, code: str, processing: str) -> Any:
    return m.cm.AuthorizationRes(header=header(ctx), response_code=m.code(code),
                                 evse_processing=m.ct.processing[processing])


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """EIM: firmware decides. Pending -> Ongoing (bounded by the Ongoing timeout), rejected ->
    WARNING_EIMAuthorizationFailure and only SessionStop may follow."""
    selected = req.selected_authorization_service.value
    offered = [mode.value for mode in ctx.capabilities.authorization_modes]
    if selected not in offered or selected != AuthorizationMode.EIM.value:
        # Plug & Charge arrives in a later release; until then it is not offered.
        return reply(ctx, _res(ctx, "WARNING_AuthorizationSelectionInvalid", "Finished"), "SessionStop")
    if ctx.ongoing_expired():
        return reply(ctx, _res(ctx, "FAILED", "Finished"), None, end_reason=StopReason.ONGOING_TIMEOUT)
    if grid_terminates(ctx):
        return reply(ctx, _res(ctx, "FAILED", "Finished"), None, end_reason=StopReason.EVSE_REQUEST)
    try:
        status = yield ctx.call("authorize", ctx.info)
    except FirmwareTimeout:
        status = AuthorizationStatus.PENDING
    if status is AuthorizationStatus.ACCEPTED:
        return reply(ctx, _res(ctx, "OK", "Finished"), "ServiceDiscovery")
    if status is AuthorizationStatus.REJECTED:
        return reply(ctx, _res(ctx, "WARNING_EIMAuthorizationFailure", "Finished"), "SessionStop")
    processing = ("Ongoing_WaitingForCustomerInteraction"
                  if status is AuthorizationStatus.WAITING_FOR_CUSTOMER else "Ongoing")
    return reply(ctx, _res(ctx, "OK", processing), NAME, ongoing=True)


STATE = State(NAME, {"AuthorizationReq": handle, "SessionStopReq": session_stop.handle})

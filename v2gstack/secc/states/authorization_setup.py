"""AuthorizationSetup: tell the EV which authorization services we offer (EIM; PnC later)."""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, header, reply
from v2gstack.secc.types import AuthorizationMode

NAME = "AuthorizationSetup"


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    caps = ctx.capabilities
    services = [m.cm.authorization[mode.value] for mode in caps.authorization_modes]
    res = m.cm.AuthorizationSetupRes(
        header=header(ctx),
        response_code=m.code("OK"),
        authorization_services=services,
        certificate_installation_service=caps.certificate_installation_service,
    )
    if AuthorizationMode.PNC in caps.authorization_modes:
        challenge = os.urandom(16)
        ctx.scratch["gen_challenge"] = challenge
        res.pn_c_as_res_authorization_mode = m.cm.PnC_ASResAuthorizationMode(gen_challenge=challenge)
    else:
        res.eim_as_res_authorization_mode = m.cm.EIM_ASResAuthorizationMode()
    return reply(ctx, res, "Authorization")
    yield


STATE = State(NAME, {"AuthorizationSetupReq": handle, "SessionStopReq": session_stop.handle})

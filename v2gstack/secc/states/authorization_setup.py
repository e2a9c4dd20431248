"""AuthorizationSetup: tell the EV which authorization services we offer (EIM, Plug & Charge)."""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import certificate_installation, session_stop
from v2gstack.secc.states._base import State, header, reply
from v2gstack.secc.types import AuthorizationMode

NAME = "AuthorizationSetup"
#: SupportedProvidersList: at most 128 ProviderIDs of at most 80 characters (-20 schema).
MAX_PROVIDERS, MAX_PROVIDER_LENGTH = 128, 80


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """The offered services in the capabilities' order. With PnC the response carries
    PnC_ASResAuthorizationMode: a fresh random 16-byte GenChallenge for every AuthorizationSetup (the EV
    signs it back, [V2G20-2565]) and the capabilities' SupportedProviders, if any; else the (empty)
    EIM_ASResAuthorizationMode. CertificateInstallationService is announced when the capabilities offer it
    together with PnC; then the EV may send CertificateInstallationReq next ([V2G20-1576])."""
    caps = ctx.capabilities
    services = [m.cm.authorization[mode.value] for mode in caps.authorization_modes]
    install = certificate_installation.offered(ctx)
    ctx.scratch[certificate_installation.ALLOWED] = install
    res = m.cm.AuthorizationSetupRes(
        header=header(ctx),
        response_code=m.code("OK"),
        authorization_services=services,
        certificate_installation_service=install,
    )
    ctx.gen_challenge = None
    if AuthorizationMode.PNC in caps.authorization_modes:
        ctx.gen_challenge = os.urandom(16)
        providers = [p[:MAX_PROVIDER_LENGTH] for p in caps.supported_providers[:MAX_PROVIDERS]]
        res.pn_c_as_res_authorization_mode = m.cm.PnC_ASResAuthorizationMode(
            gen_challenge=ctx.gen_challenge,
            supported_providers=m.cm.SupportedProvidersList(provider_id=providers) if providers else None)
    else:
        res.eim_as_res_authorization_mode = m.cm.EIM_ASResAuthorizationMode()
    return reply(ctx, res, "Authorization")
    yield


STATE = State(NAME, {"AuthorizationSetupReq": handle, "SessionStopReq": session_stop.handle})

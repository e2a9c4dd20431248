"""SupportedAppProtocol: pick the protocol of the EV's list that we support with the best priority."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states._base import State
from v2gstack.secc.types import StopReason

NAME = "SupportedAppProtocol"

#: Protocols this SECC speaks: namespace -> major version.
SUPPORTED: dict[str, int] = {ns.ISO20_DC: 1, ns.ISO20_AC: 1}


def _offered(ctx: SessionContext) -> dict[str, int]:
    services = ctx.capabilities.services
    wanted = ctx.scratch.get("supported_namespaces") or tuple(SUPPORTED)
    out = {}
    for uri in wanted:
        if uri == ns.ISO20_DC and not any(s.is_dc for s in services):
            continue
        if uri == ns.ISO20_AC and not any(s.is_ac for s in services):
            continue
        if uri in SUPPORTED:
            out[uri] = SUPPORTED[uri]
    return out


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """Choose the EV's highest-priority (lowest Priority value) protocol we support; else
    Failed_NoNegotiation and the session ends."""
    offered = _offered(ctx)
    candidates = [p for p in req.app_protocol if offered.get(p.protocol_namespace) == p.version_number_major]
    codes = m.sap.responseCode
    if not candidates:
        res = m.sap.supportedAppProtocolRes(response_code=codes.Failed_NoNegotiation)
        return Reply(res, ns.SAP, m.PT_SAP, None, end_reason=StopReason.PROTOCOL_ERROR)
    best = min(candidates, key=lambda p: p.priority)
    ctx.protocol_namespace = best.protocol_namespace
    minor_ok = best.version_number_minor == 0
    code = codes.OK_SuccessfulNegotiation if minor_ok else codes.OK_SuccessfulNegotiationWithMinorDeviation
    res = m.sap.supportedAppProtocolRes(response_code=code, schema_id=best.schema_id)
    return Reply(res, ns.SAP, m.PT_SAP, "SessionSetup")
    yield  # a generator without firmware calls


STATE = State(NAME, {"supportedAppProtocolReq": handle}, checks_session=False)

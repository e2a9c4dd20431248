"""CertificateInstallation: an EV without (a usable) contract asks for one; the backend answers.

Allowed when AuthorizationSetupRes announced CertificateInstallationService (the capabilities offer it and
Plug & Charge): instead of the first AuthorizationReq ([V2G20-1576]), after a refused authorization attempt
([V2G20-1978], [V2G20-2226], [V2G20-2228], [V2G20-2230]) and after OK_CertificateExpiresSoon ([V2G20-2232];
state ``ServiceDiscoveryOrInstallation``). The SECC checks the request (:mod:`v2gstack.secc.installation`),
then asks :meth:`EVSEController.install_certificate`, which typically passes the EXI on to the CSMS (OCPP
Get15118EVCertificate) and returns its answer. While firmware has not answered the EV gets Ongoing and
repeats the unaltered request ([V2G20-1578]; state ``CertificateInstallation``), bounded by the Ongoing
timeout, after which the answer is WARNING_NoCertificateAvailable ([V2G20-2207], [V2G20-2225]).

After a Finished response the EV authorizes (AuthorizationReq, [V2G20-1581], [V2G20-1580]); another
CertificateInstallationReq is allowed only after OK with RemainingContractCertificateChains > 0
([V2G20-1579]) or after WARNING_eMSPUnknown ([V2G20-1580]), and at most :data:`MAX_INSTALLATIONS` times.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack import exi
from v2gstack.secc import installation
from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.contract import Refusal
from v2gstack.secc.states import service_discovery, session_stop
from v2gstack.secc.states._base import SequenceError, State, grid_terminates, reply
from v2gstack.secc.types import AuthorizationMode, InstallationRefusal, StopReason

NAME = "CertificateInstallation"
#: After AuthorizationRes OK_CertificateExpiresSoon: ServiceDiscoveryReq or CertificateInstallationReq.
AFTER_EXPIRES_SOON = "ServiceDiscoveryOrInstallation"
#: CertificateInstallationReq handled per session at most (our bound: each costs a backend round trip).
MAX_INSTALLATIONS = 8
#: ctx.scratch keys: may the next request be a CertificateInstallationReq; the request being answered
#: Ongoing (its checked form and its body); how many were handled.
ALLOWED, PENDING, BODY, COUNT = "install_allowed", "install_request", "install_body", "install_count"


def offered(ctx: SessionContext) -> bool:
    """Whether AuthorizationSetupRes announces CertificateInstallationService: the capabilities offer it, and
    Plug & Charge, without which an installed contract is of no use in this session."""
    caps = ctx.capabilities
    return caps.certificate_installation_service and AuthorizationMode.PNC in caps.authorization_modes


def _res(ctx: SessionContext, code: str, processing: str = "Finished") -> Any:
    return m.installation_response(ctx.session_id, code, processing)


def _encoded(req: Any) -> bytes:
    """The request's EXI when the caller handed over only the object (tests, in-process adapters)."""
    try:
        return exi.encode(req)
    except Exception:  # an object the codec cannot write: the checks refuse it anyway
        return b""


def _finished(ctx: SessionContext, code: str, *, again: bool = False) -> Reply:
    """A final answer: on to Authorization; another CertificateInstallationReq only when ``again``."""
    ctx.scratch.pop(PENDING, None)
    ctx.scratch.pop(BODY, None)
    ctx.scratch[ALLOWED] = again and ctx.scratch.get(COUNT, 0) < MAX_INSTALLATIONS
    if code.startswith("FAILED"):
        return reply(ctx, _res(ctx, code), None, end_reason=StopReason.PROTOCOL_ERROR)
    return reply(ctx, _res(ctx, code), "Authorization")


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """The checks of :mod:`v2gstack.secc.installation`, then firmware's answer forwarded or refused."""
    ours = ctx.scratch.get(BODY) is not None
    if not ctx.scratch.get(ALLOWED) and not ours:
        raise SequenceError("CertificateInstallationReq not allowed here")
    if ctx.ongoing_since is not None and not ours:
        raise SequenceError("CertificateInstallationReq during the Authorization Ongoing loop")
    if ours and installation.body(req) != ctx.scratch[BODY]:
        raise SequenceError("CertificateInstallationReq changed while Ongoing")  # [V2G20-1578]
    if grid_terminates(ctx):  # no EVSEStatus in CertificateInstallationRes to ask the EV to stop
        return reply(ctx, _res(ctx, "FAILED"), None, end_reason=StopReason.EVSE_REQUEST)
    if ctx.ongoing_expired():
        return _finished(ctx, InstallationRefusal.NO_CERTIFICATE_AVAILABLE.value)
    checked = ctx.scratch.get(PENDING)
    if not ours:
        ctx.scratch[COUNT] = ctx.scratch.get(COUNT, 0) + 1
        raw = ctx.raw_request if ctx.raw_request is not None else _encoded(req)
        checked = installation.check(req, raw, ctx.contract_trust, ctx.wall_clock())
        if isinstance(checked, Refusal):
            return _finished(ctx, checked.code)
        ctx.scratch[PENDING] = checked
    try:
        answer = yield ctx.call("install_certificate", ctx.info, checked,
                                budget=ctx.timing.performance_certificate_installation)
    except FirmwareTimeout:
        if ctx.ongoing_expired():
            return _finished(ctx, InstallationRefusal.NO_CERTIFICATE_AVAILABLE.value)
        ctx.scratch[BODY] = installation.body(req)
        return reply(ctx, _res(ctx, "OK", "Ongoing"), NAME, ongoing=True)
    out = installation.forwarded(answer, ctx.session_id)
    if isinstance(out, InstallationRefusal):
        return _finished(ctx, out.value, again=out is InstallationRefusal.EMSP_UNKNOWN)
    code = str(out.response_code.value)
    again = (code == "OK" and out.remaining_contract_certificate_chains > 0) or code == "WARNING_eMSPUnknown"
    final = _finished(ctx, code, again=again)
    return Reply(out, final.namespace, final.payload_type, final.next_state, end_reason=final.end_reason)


STATE = State(NAME, {"CertificateInstallationReq": handle, "SessionStopReq": session_stop.handle})
#: [V2G20-2232]: after OK_CertificateExpiresSoon the EV may install a new contract before ServiceDiscovery.
EXPIRES_SOON_STATE = State(AFTER_EXPIRES_SOON, {
    "ServiceDiscoveryReq": service_discovery.handle,
    "CertificateInstallationReq": handle,
    "SessionStopReq": session_stop.handle,
})

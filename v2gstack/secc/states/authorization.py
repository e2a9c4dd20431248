"""Authorization: EIM or Plug & Charge; firmware decides, the EV waits with Ongoing meanwhile.

EIM asks :meth:`EVSEController.authorize`. PnC first runs the SECC's own checks
(:mod:`v2gstack.secc.contract`: GenChallenge, header signature, contract chain), then asks
:meth:`EVSEController.authorize_contract` with the contract. Pending answers Ongoing ([V2G20-1977]),
bounded by the Ongoing timeout; a charger-side stop during the loop ends the session with FAILED.

A WARNING ends the attempt, not the session ([V2G20-1978], [V2G20-2226], [V2G20-2228], [V2G20-2230]):
the EV may try again with another offered service or (PnC) another contract certificate chain, or stop.
The same attempt again is a sequence error (-20 NOTEs to those requirements: the SECC may end a session
stuck on it). When no other attempt is possible (EIM refused, PnC not offered) only SessionStop follows.
Where announced, CertificateInstallationReq may come instead of an AuthorizationReq
(:mod:`v2gstack.secc.states.certificate_installation`).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import contract
from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.states import certificate_installation, session_stop
from v2gstack.secc.states._base import SequenceError, State, grid_terminates, header, reply
from v2gstack.secc.types import AuthorizationMode, AuthorizationStatus, ContractRejection, StopReason

NAME = "Authorization"
_EIM, _PNC = AuthorizationMode.EIM.value, AuthorizationMode.PNC.value
#: Refused attempts after which the SECC ends the session (our bound: every PnC attempt costs signature
#: and chain verification, and -20 lets the SECC end a session that keeps failing).
MAX_REFUSED = 8


def _res(ctx: SessionContext, code: str, processing: str = "Finished") -> Any:
    return m.cm.AuthorizationRes(header=header(ctx), response_code=m.code(code),
                                 evse_processing=m.ct.processing[processing])


def _attempt(req: Any) -> tuple[Any, ...]:
    """What identifies an authorization attempt: the service, and for PnC the certificate chain."""
    selected = req.selected_authorization_service.value
    mode = req.pn_c_a_req_authorization_mode
    if selected != _PNC or mode is None:
        return (selected,)
    chain = mode.contract_certificate_chain
    subs = chain.sub_certificates.certificate if chain.sub_certificates is not None else []
    return (selected, bytes(chain.certificate), *(bytes(s) for s in subs))


def _refused(ctx: SessionContext) -> set[tuple[Any, ...]]:
    refused: set[tuple[Any, ...]] = ctx.scratch.setdefault("auth_refused", set())
    return refused


def _warning(ctx: SessionContext, code: str, attempt: tuple[Any, ...]) -> Reply:
    """A WARNING: remember the attempt; stay for another one if any is left, else only SessionStop."""
    _refused(ctx).add(attempt)
    offered = [mode.value for mode in ctx.capabilities.authorization_modes]
    another = (_PNC in offered or (_EIM in offered and (_EIM,) not in _refused(ctx))
               or bool(ctx.scratch.get(certificate_installation.ALLOWED)))
    return reply(ctx, _res(ctx, code), NAME if another else "SessionStop")


def _accepted(ctx: SessionContext, mode: AuthorizationMode, code: str = "OK") -> Reply:
    """Authorized: ServiceDiscovery next; after OK_CertificateExpiresSoon also CertificateInstallationReq
    when installation was announced ([V2G20-2232])."""
    ctx.authorization = mode
    ctx.scratch.pop("auth_attempt", None)
    renew = code == "OK_CertificateExpiresSoon" and certificate_installation.offered(ctx)
    ctx.scratch[certificate_installation.ALLOWED] = renew
    after = certificate_installation.AFTER_EXPIRES_SOON if renew else "ServiceDiscovery"
    return reply(ctx, _res(ctx, code), after)


def _ongoing(ctx: SessionContext, attempt: tuple[Any, ...], status: Any) -> Reply:
    ctx.scratch["auth_attempt"] = attempt
    processing = ("Ongoing_WaitingForCustomerInteraction"
                  if status is AuthorizationStatus.WAITING_FOR_CUSTOMER else "Ongoing")
    return reply(ctx, _res(ctx, "OK", processing), NAME, ongoing=True)


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """Checks common to EIM and PnC, then the one of the selected service. A service that was not
    offered: WARNING_AuthorizationSelectionInvalid ([V2G20-2209], [V2G20-2226]). While Ongoing the next
    request must be the unaltered AuthorizationReq ([V2G20-1977])."""
    attempt = _attempt(req)
    if ctx.ongoing_expired():
        return reply(ctx, _res(ctx, "FAILED"), None, end_reason=StopReason.ONGOING_TIMEOUT)
    if grid_terminates(ctx):
        return reply(ctx, _res(ctx, "FAILED"), None, end_reason=StopReason.EVSE_REQUEST)
    if attempt in _refused(ctx):
        raise SequenceError("AuthorizationReq repeats an attempt that was refused")
    if len(_refused(ctx)) >= MAX_REFUSED:
        raise SequenceError(f"{MAX_REFUSED} authorization attempts refused")
    if ctx.ongoing_since is not None and attempt != ctx.scratch.get("auth_attempt"):
        raise SequenceError("AuthorizationReq changed while authorization was Ongoing")
    offered = [mode.value for mode in ctx.capabilities.authorization_modes]
    if attempt[0] not in offered:
        return _warning(ctx, "WARNING_AuthorizationSelectionInvalid", attempt)
    if attempt[0] == _PNC:
        return (yield from _pnc(ctx, req, attempt))
    return (yield from _eim(ctx, attempt))


def _eim(ctx: SessionContext, attempt: tuple[Any, ...]) -> Generator[FirmwareRequest, Any, Reply]:
    """EIM: firmware decides ([V2G20-1200]); rejected: WARNING_EIMAuthorizationFailure ([V2G20-2219],
    [V2G20-2230])."""
    try:
        status = yield ctx.call("authorize", ctx.info)
    except FirmwareTimeout:
        status = AuthorizationStatus.PENDING
    if status is AuthorizationStatus.ACCEPTED:
        return _accepted(ctx, AuthorizationMode.EIM)
    if status is AuthorizationStatus.REJECTED:
        return _warning(ctx, "WARNING_EIMAuthorizationFailure", attempt)
    return _ongoing(ctx, attempt, status)


def _pnc(ctx: SessionContext, req: Any, attempt: tuple[Any, ...]) -> Generator[FirmwareRequest, Any, Reply]:
    """PnC: the SECC's checks (:mod:`v2gstack.secc.contract`), then firmware decides with the contract.
    Accepted: OK, or OK_CertificateExpiresSoon when the contract expires within 14 days ([V2G20-2218]);
    refused: the WARNING code firmware names ([V2G20-1978], [V2G20-2210]-[V2G20-2215])."""
    mode = req.pn_c_a_req_authorization_mode
    if mode is None:  # PnC selected but the EIM element sent: no specific code ([V2G20-458])
        return reply(ctx, _res(ctx, "FAILED"), None, end_reason=StopReason.PROTOCOL_ERROR)
    now = ctx.wall_clock()
    verdict = contract.check(mode, req.header.signature, ctx.gen_challenge, ctx.contract_trust, now,
                             ctx.tolerances)
    if isinstance(verdict, contract.Refusal):
        if verdict.fatal:
            return reply(ctx, _res(ctx, verdict.code), None, end_reason=StopReason.PROTOCOL_ERROR)
        return _warning(ctx, verdict.code, attempt)
    try:
        status = yield ctx.call("authorize_contract", ctx.info, verdict)
    except FirmwareTimeout:
        status = AuthorizationStatus.PENDING
    if status is AuthorizationStatus.ACCEPTED:
        ctx.emaid = verdict.emaid
        code = "OK_CertificateExpiresSoon" if contract.expires_soon(verdict, now) else "OK"
        return _accepted(ctx, AuthorizationMode.PNC, code)
    if status is AuthorizationStatus.REJECTED:
        status = ContractRejection.GENERAL
    if isinstance(status, ContractRejection):
        return _warning(ctx, status.value, attempt)
    return _ongoing(ctx, attempt, status)


STATE = State(NAME, {
    "AuthorizationReq": handle,
    "CertificateInstallationReq": certificate_installation.handle,
    "SessionStopReq": session_stop.handle,
})

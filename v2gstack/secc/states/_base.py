"""What every state module uses: the State record, replies, headers and EVSEStatus."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import Handler, Reply, SessionContext
from v2gstack.secc.types import EVSENotification, StopReason


@dataclass(frozen=True)
class State:
    """A state: the requests it accepts, each with its handler."""

    name: str
    handlers: Mapping[str, Handler]
    #: Requests must carry the session's SessionID (all but SupportedAppProtocol and SessionSetup).
    checks_session: bool = True


class SequenceError(Exception):
    """Raised by a handler when its request is not allowed in the session's current situation."""


def header(ctx: SessionContext) -> Any:
    return m.header(ctx.session_id)


def reply(ctx: SessionContext, message: Any, next_state: str | None, *, ongoing: bool = False,
          end_reason: StopReason | None = None, pause: bool = False) -> Reply:
    namespace, payload_type = m.where(message)
    if next_state is None and end_reason is None:
        end_reason = StopReason.PROTOCOL_ERROR
    return Reply(message, namespace, payload_type, next_state, ongoing=ongoing, end_reason=end_reason,
                 pause=pause)


def is_failed(code: Any) -> bool:
    return str(code.value).startswith("FAILED")


def evse_status(ctx: SessionContext) -> Any:
    """EVSEStatus carrying a pending charger-side request (None when there is none)."""
    if ctx.notification is None:
        return None
    return m.ct.EVSEStatus(notification_max_delay=0,
                           evse_notification=m.ct.evseNotification[ctx.notification.value])


_STICKY = (EVSENotification.TERMINATE, EVSENotification.PAUSE, EVSENotification.SERVICE_RENEGOTIATION)


def consume_notification(ctx: SessionContext) -> EVSENotification | None:
    """ScheduleRenegotiation/ExitStandby style notifications are said once; Terminate, Pause and
    ServiceRenegotiation stay until the EV acts on them (it stops power first)."""
    note = ctx.notification
    if note not in _STICKY:
        ctx.notification = None
    return note


def grid_terminates(ctx: SessionContext) -> bool:
    """The charger side asked to stop while the EV waits in an Ongoing loop whose response has no
    EVSEStatus to say so (Authorization, CableCheck): the SECC ends the session with FAILED."""
    return ctx.notification is EVSENotification.TERMINATE


def failed(ctx: SessionContext, request: str, code: str, end_reason: StopReason | None = None) -> Reply:
    """A minimal response to ``request`` with a FAILED ``code``; the session ends after it."""
    built = m.failed_response(request, code, ctx)
    if built is None:
        raise SequenceError(f"no response type for {request}")
    return reply(ctx, built[0], None, end_reason=end_reason)

"""The sans-I/O SECC session: decoded requests and a clock in, responses, firmware calls and a deadline out.

One :class:`SeccSession` serves one TCP/TLS connection. It never sleeps and never does I/O: the caller
feeds it ``receive()``, ``firmware_result()``, ``timer()``, ``control()`` and ``connection_lost()`` with
the current time and carries out the returned :mod:`actions <v2gstack.secc.events>`. ``next_deadline``
says when ``timer()`` must be called at the latest.

Each state lives in its own module under :mod:`v2gstack.secc.states`; a state is the set of requests
it accepts and the handler for each. Handlers are generators that ``yield`` firmware calls and return a
:class:`~v2gstack.secc.context.Reply`, which keeps them readable and the engine free of callbacks.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import (
    FirmwareFailed,
    FirmwareRequest,
    FirmwareTimeout,
    PausedSession,
    Reply,
    SessionContext,
)
from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.events import Action, CallFirmware, CloseConnection, Notify, SendResponse, StopPower
from v2gstack.secc.states import INITIAL_STATE, STATES, SequenceError
from v2gstack.secc.timing import Timing
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import EVSECapabilities, EVSENotification, SessionEvent, StopReason


class Control(enum.Enum):
    """Commands from the charger/grid side (see :class:`~v2gstack.secc.controller.SessionControl`)."""

    STOP = "stop"
    PAUSE = "pause"
    RENEGOTIATE = "renegotiate"
    RENEGOTIATE_SERVICE = "renegotiate_service"


_NOTIFY_FOR = {
    Control.STOP: EVSENotification.TERMINATE,
    Control.PAUSE: EVSENotification.PAUSE,
    Control.RENEGOTIATE: EVSENotification.SCHEDULE_RENEGOTIATION,
    Control.RENEGOTIATE_SERVICE: EVSENotification.SERVICE_RENEGOTIATION,
}


class SeccSession:
    """One V2G communication session on the SECC side (pure; see the module docstring)."""

    def __init__(
        self,
        capabilities: EVSECapabilities,
        now: float,
        *,
        timing: Timing | None = None,
        paused: dict[bytes, PausedSession] | None = None,
        supported_namespaces: tuple[str, ...] | None = None,
        tolerances: Tolerances | None = None,
        contract_trust: ContractTrust | None = None,
    ) -> None:
        self.ctx = SessionContext(capabilities=capabilities, timing=timing or Timing(), now=now,
                                  tolerances=tolerances or Tolerances(),
                                  contract_trust=contract_trust or ContractTrust())
        if paused is not None:
            self.ctx.paused = paused
        if supported_namespaces is not None:
            self.ctx.scratch["supported_namespaces"] = supported_namespaces
        self.state: str | None = INITIAL_STATE
        self.ended = False
        self.end_reason: StopReason | None = None
        self._setup_deadline: float | None = now + self.ctx.timing.communication_setup
        self._sequence_deadline: float | None = None
        self._pending: Generator[FirmwareRequest, Any, Reply] | None = None
        self._pending_request: str = ""
        self._pending_method: str = ""
        self._pending_deadline: float | None = None
        self._inflight: dict[str, int] = {}
        self._cached: dict[str, tuple[bool, Any]] = {}
        self._next_call_id = 1
        self._power_stopped = False
        self._told_needs = self.ctx.needs
        self._told_soc: int | None = None
        self._told_tuple: int | None = None

    # -- inputs --------------------------------------------------------------------------------
    @property
    def next_deadline(self) -> float | None:
        """The latest time at which ``timer()`` must be called (None: no timer running)."""
        deadlines = (self._setup_deadline, self._sequence_deadline, self._pending_deadline)
        times = [t for t in deadlines if t is not None]
        return min(times) if times and not self.ended else None

    def receive(self, message: Any, payload_type: int, now: float, *,
                raw: bytes | None = None) -> list[Action]:
        """Handle one decoded request that arrived with V2GTP ``payload_type``; ``raw`` is its EXI stream
        as received (handlers that pass a request on, e.g. CertificateInstallationReq to a backend)."""
        self.ctx.now = now
        self.ctx.raw_request = raw
        out: list[Action] = []
        if self.ended:
            return out
        name = m.message_name(message)
        if self._pending is not None:
            return self._end(out, StopReason.PROTOCOL_ERROR, f"{name} arrived before the previous response")
        self._sequence_deadline = None
        state = STATES[self.state] if self.state else None
        handler = state.handlers.get(name) if state else None
        if handler is None:
            return self._sequence_error(out, message, name)
        expected_pt = m.payload_type_of(name)
        if payload_type != expected_pt:
            return self._fail(out, message, "FAILED", StopReason.PROTOCOL_ERROR,
                              f"{name} came with payload type {payload_type:#06x}, not {expected_pt:#06x}")
        if state is not None and state.checks_session and not m.session_matches(message, self.ctx.session_id):
            return self._fail(out, message, "FAILED_UnknownSession", StopReason.PROTOCOL_ERROR,
                              f"{name} carries an unknown SessionID")
        self._pending_request = name
        self._drive(out, handler(self.ctx, message), None, False)
        return out

    def firmware_result(self, call_id: int, result: Any, now: float, *, failed: bool = False) -> list[Action]:
        """The firmware call ``call_id`` returned ``result`` (or raised it, when ``failed``)."""
        self.ctx.now = now
        out: list[Action] = []
        method = next((k for k, v in self._inflight.items() if v == call_id), None)
        if method is None or self.ended:
            return out
        del self._inflight[method]
        if self._pending is not None and self._pending_method == method:
            gen, self._pending = self._pending, None
            self._pending_deadline = None
            self._drive(out, gen, result, failed)
        else:  # answered after its deadline: keep it for the next request that asks
            self._cached[method] = (failed, result)
        return out

    def timer(self, now: float) -> list[Action]:
        """Call at (or after) ``next_deadline``."""
        self.ctx.now = now
        out: list[Action] = []
        if self.ended:
            return out
        if self._setup_deadline is not None and now >= self._setup_deadline:
            return self._end(out, StopReason.COMMUNICATION_SETUP_TIMEOUT, "no SessionSetupReq in time")
        if self._sequence_deadline is not None and now >= self._sequence_deadline:
            return self._end(out, StopReason.SEQUENCE_TIMEOUT, f"no request in time in state {self.state}")
        if self._pending is not None and self._pending_deadline is not None and now >= self._pending_deadline:
            gen, self._pending = self._pending, None
            self._pending_deadline = None
            self._drive(out, gen, FirmwareTimeout(self._pending_method), True)
        return out

    def control(self, command: Control, now: float) -> list[Action]:
        """A stop, pause or renegotiation request from the charger side."""
        self.ctx.now = now
        if not self.ended:
            self.ctx.notification = _NOTIFY_FOR[command]
        return []

    def connection_lost(self, now: float) -> list[Action]:
        """The link to the EV is gone: stop power at once."""
        self.ctx.now = now
        out: list[Action] = []
        if not self.ended:
            self._end(out, StopReason.CONNECTION_LOST, "connection lost", close=False)
        elif not self._power_stopped:
            self._stop_power(out, StopReason.CONNECTION_LOST)
        return out

    def abort(self, reason: StopReason, why: str, now: float) -> list[Action]:
        """End the session for a reason outside the message flow (undecodable input, shutdown)."""
        self.ctx.now = now
        out: list[Action] = []
        if not self.ended:
            self._end(out, reason, why)
        return out

    # -- driving handlers -----------------------------------------------------------------------
    def _drive(self, out: list[Action], gen: Generator[FirmwareRequest, Any, Reply], value: Any,
               throw: bool) -> None:
        try:
            while True:
                request = gen.throw(self._as_exception(value)) if throw else gen.send(value)
                cached = self._cached.pop(request.method, None)
                if cached is not None:
                    throw, value = cached
                    self._pending_method = request.method
                    continue
                self._pending, self._pending_method = gen, request.method
                self._pending_deadline = self.ctx.now + request.budget
                if request.method not in self._inflight:
                    call_id = self._next_call_id
                    self._next_call_id += 1
                    self._inflight[request.method] = call_id
                    out.append(CallFirmware(call_id, request.method, request.args))
                return
        except StopIteration as done:
            self._after_reply(out, done.value)
        except SequenceError as exc:
            self._fail_pending(out, "FAILED_SequenceError", StopReason.PROTOCOL_ERROR, str(exc))
        except FirmwareTimeout:
            self._fail_pending(out, "FAILED", StopReason.FIRMWARE_ERROR, "firmware did not answer in time")
        except FirmwareFailed as exc:
            self._fail_pending(out, "FAILED", StopReason.FIRMWARE_ERROR, str(exc))

    def _as_exception(self, value: Any) -> BaseException:
        if isinstance(value, FirmwareTimeout | FirmwareFailed):
            return value
        error = value if isinstance(value, BaseException) else RuntimeError(repr(value))
        return FirmwareFailed(self._pending_method, error)

    def _after_reply(self, out: list[Action], reply: Reply) -> None:
        ctx = self.ctx
        out.append(SendResponse(reply.message, reply.namespace, reply.payload_type))
        self._announce(out)
        if self._setup_deadline is not None and ctx.session_id:
            self._setup_deadline = None  # SessionSetup done
        if reply.ongoing:
            if ctx.ongoing_since is None:
                ctx.ongoing_since = ctx.now
        else:
            ctx.ongoing_since = None
        previous, self.state = self.state, reply.next_state
        if previous != self.state:
            self._notify(out, "state", {"from": previous, "to": self.state})
        if reply.next_state is None:
            if reply.pause:
                ctx.paused[ctx.session_id] = PausedSession(
                    ctx.session_id, ctx.evcc_id, ctx.service, ctx.control_mode, ctx.now,
                    authorization=ctx.authorization, emaid=ctx.emaid,
                    next_schedule_tuple_id=ctx.next_schedule_tuple_id)
            reason = reply.end_reason or StopReason.SESSION_STOPPED
            normal = reason in (StopReason.SESSION_STOPPED, StopReason.SESSION_PAUSED)
            self._end(out, reason, "session finished" if normal else "failed",
                      delay=ctx.timing.close_delay if normal else ctx.timing.failed_close_delay)
            return
        loop = type(reply.message).__name__.endswith("_ChargeLoopRes")
        timeout = ctx.timing.charge_loop_sequence if loop else ctx.timing.sequence
        self._sequence_deadline = ctx.now + timeout

    # -- ending ------------------------------------------------------------------------------------
    def _stop_power(self, out: list[Action], reason: StopReason) -> None:
        self._power_stopped = True
        self.ctx.power_on = False
        out.append(StopPower(reason))

    def _end(self, out: list[Action], reason: StopReason, why: str, *, close: bool = True,
             delay: float = 0.0) -> list[Action]:
        """End the session: stop power first (fail-safe), then close."""
        if not self._power_stopped:
            self._stop_power(out, reason)
        self.ended = True
        self.end_reason = reason
        self.state = None
        self._pending = None
        self._setup_deadline = self._sequence_deadline = self._pending_deadline = None
        self._notify(out, "session_ended", {"reason": reason.name, "detail": why})
        if close:
            out.append(CloseConnection(why, delay))
        return out

    def _fail(self, out: list[Action], request: Any, code: str, reason: StopReason, why: str) -> list[Action]:
        """Answer ``request`` with a FAILED response code, then end the session."""
        response = m.failed_response(m.message_name(request), code, self.ctx)
        if response is not None:
            out.append(SendResponse(*response))
        return self._end(out, reason, why, delay=self.ctx.timing.failed_close_delay)

    def _fail_pending(self, out: list[Action], code: str, reason: StopReason, why: str) -> None:
        response = m.failed_response(self._pending_request, code, self.ctx)
        if response is not None:
            out.append(SendResponse(*response))
        self._end(out, reason, why, delay=self.ctx.timing.failed_close_delay)

    def _sequence_error(self, out: list[Action], message: Any, name: str) -> list[Action]:
        """A request out of order: FAILED_SequenceError, then end the session."""
        return self._fail(out, message, "FAILED_SequenceError", StopReason.PROTOCOL_ERROR,
                          f"{name} is not allowed in state {self.state}")

    def _announce(self, out: list[Action]) -> None:
        """Tell firmware what changed about the EV: its charging needs ("ev_needs", the fields of
        :class:`EVChargingNeeds`), its state of charge ("ev_soc") and the ScheduleTuple it selected in
        PowerDeliveryReq ("schedule_selected": schedule_tuple_id, schedule_tuple_index)."""
        ctx = self.ctx
        if ctx.needs != self._told_needs:
            self._told_needs = ctx.needs
            self._notify(out, "ev_needs", dataclasses.asdict(ctx.needs))
        if ctx.ev_soc != self._told_soc:
            self._told_soc = ctx.ev_soc
            self._notify(out, "ev_soc", {"soc": ctx.ev_soc})
        if ctx.schedule_tuple_id != self._told_tuple:
            self._told_tuple = ctx.schedule_tuple_id
            self._notify(out, "schedule_selected", {"schedule_tuple_id": ctx.schedule_tuple_id,
                                                    "schedule_tuple_index": ctx.selected_tuple_index})

    def _notify(self, out: list[Action], kind: str, data: dict[str, object]) -> None:
        out.append(Notify(SessionEvent(kind, self.ctx.session_id.hex().upper(), data)))

"""The asyncio SECC server: SDP plus a TCP or TLS listener, one isolated session per connection.

Each connection runs a :class:`~v2gstack.secc.session.SeccSession` in its own task. A reader task turns
V2GTP frames into events; the connection loop feeds them, firmware results and timer expiries to the
pure core and carries out its actions. Whatever goes wrong in one connection (bad bytes, a firmware
exception, a dropped link) ends that session only, and always with ``stop_power`` first.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import ssl
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from ipaddress import IPv6Address
from typing import Any

from cryptography import x509

from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.context import PausedSession
from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.controller import EVSEController
from v2gstack.secc.events import CallFirmware, CloseConnection, Notify, SendResponse, StopPower
from v2gstack.secc.session import Control, SeccSession
from v2gstack.secc.timing import Timing
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import StopReason
from v2gstack.transport import V2GTPParser
from v2gstack.transport.connection import ConnectionSink, V2GTPConnection
from v2gstack.transport.sdp_logic import SDPResponder, TLSPolicy
from v2gstack.transport.sdp_server import SDPServer, interface_responder, start_sdp_server
from v2gstack.transport.v2gtp import V2GTPMessage

#: Payload types a -20 session accepts after SupportedAppProtocol, per negotiated namespace.
_SESSION_PAYLOAD_TYPES = {
    ns.ISO20_DC: frozenset({m.PT_COMMON, m.PT_DC}),
    ns.ISO20_AC: frozenset({m.PT_COMMON, m.PT_AC}),
}
#: The SECC's TCP/TLS server port must be in the dynamic range (ISO 15118-20 V2GTP/TCP port requirements).
DYNAMIC_PORTS = range(49152, 65536)
#: How long a firmware stop_power() may take before we log it as hanging.
STOP_POWER_TIMEOUT = 2.0
MAX_PAUSED_SESSIONS = 256


@dataclass
class SeccServerConfig:
    """Where and how the SECC listens."""

    #: Unicast mode: SDP and TCP/TLS on this address (e.g. "::1"; no root needed).
    host: str | None = "::1"
    #: Multicast mode: SDP on ff02::1 of this interface, the server on its link-local address.
    interface: str | None = None
    sdp_port: int = 15118
    tcp_port: int = 0
    tls: ssl.SSLContext | None = None
    timing: Timing = field(default_factory=Timing)
    max_sessions: int = 256
    #: Opt-in deviations for known peers (see :mod:`v2gstack.secc.tolerances`); all off by default.
    tolerances: Tolerances = field(default_factory=Tolerances)
    log: Callable[[str], None] | None = None
    #: Run TLS handshakes in a thread pool, off the event loop the sessions share (see
    #: :mod:`v2gstack.transport.connection`); False runs them inline.
    handshake_threads: bool = True
    #: Plug & Charge trust anchors (MO roots, V2G root) for contract certificate chains; empty leaves the
    #: chain to firmware (``EVSEController.authorize_contract``).
    contract_roots: tuple[x509.Certificate, ...] = ()
    #: Accept contract signatures and certificates outside the -20 algorithms (P-256/ECDSA-SHA256, as
    #: ISO 15118-2 style PKIs use); off by default.
    contract_compat: bool = False
    #: Certificate installation: OEM roots the OEM provisioning chain of a CertificateInstallationReq must
    #: validate against; empty leaves that chain to the backend (it validates it, [V2G20-1548] NOTE 2).
    oem_roots: tuple[x509.Certificate, ...] = ()


@dataclass
class ServerStats:
    completed: int = 0
    failed: int = 0
    active: int = 0
    end_reasons: dict[str, int] = field(default_factory=dict)


class _Control:
    """The :class:`SessionControl` handed to firmware: feeds commands to the session in order."""

    def __init__(self, submit: Callable[[tuple[Any, ...]], None]) -> None:
        self._submit = submit

    def request_stop(self) -> None:
        self._submit(("control", Control.STOP))

    def request_pause(self) -> None:
        self._submit(("control", Control.PAUSE))

    def request_renegotiation(self) -> None:
        self._submit(("control", Control.RENEGOTIATE))

    def request_service_renegotiation(self) -> None:
        self._submit(("control", Control.RENEGOTIATE_SERVICE))


class SeccServer:
    """Start with :meth:`start`; stop with :meth:`close`."""

    def __init__(self, controller: EVSEController, config: SeccServerConfig) -> None:
        self.controller = controller
        self.config = config
        self.stats = ServerStats()
        self.paused: dict[bytes, PausedSession] = {}
        self.tcp_port = 0
        self.sdp_port = config.sdp_port
        self._server: asyncio.Server | None = None
        self._sdp: SDPServer | None = None
        self._connections: set[_Connection] = set()

    @classmethod
    async def start(cls, controller: EVSEController, config: SeccServerConfig) -> SeccServer:
        self = cls(controller, config)
        await self._start()
        return self

    def _log(self, text: str) -> None:
        if self.config.log is not None:
            self.config.log(text)

    async def _start(self) -> None:
        cfg = self.config
        if (cfg.host is None) == (cfg.interface is None):
            raise ValueError("give exactly one of host (unicast) or interface (multicast)")
        if cfg.interface is not None:
            from v2gstack.transport.netif import link_local_address, resolve_interface

            _, index = resolve_interface(cfg.interface)
            bind: Any = f"{link_local_address(cfg.interface)}%{index}"
        else:
            bind = cfg.host
        self._server = await self._listen(bind)
        self.tcp_port = self._server.sockets[0].getsockname()[1]
        policy = TLSPolicy.REQUIRE_TLS if cfg.tls is not None else TLSPolicy.NO_TLS
        tls_port = self.tcp_port if cfg.tls is not None else None
        tcp_port = None if cfg.tls is not None else self.tcp_port
        if cfg.interface is not None:
            responder = interface_responder(cfg.interface, policy=policy, tcp_port=tcp_port,
                                            tls_port=tls_port)
            self._sdp = await start_sdp_server(responder, interface=cfg.interface, port=cfg.sdp_port)
        else:
            assert cfg.host is not None
            responder = SDPResponder(address=IPv6Address(cfg.host), policy=policy, tcp_port=tcp_port,
                                     tls_port=tls_port)
            self._sdp = await start_sdp_server(responder, host=cfg.host, port=cfg.sdp_port)
        self.sdp_port = self._sdp.sockname[1]
        where = cfg.interface or cfg.host
        self._log(f"SECC listening on {where} port {self.tcp_port} ({'TLS' if cfg.tls else 'TCP'}), "
                  f"SDP on port {self.sdp_port}")

    async def _listen(self, bind: Any) -> asyncio.Server:
        """Listen on the configured port, or on a free one of the dynamic range (49152-65535)."""
        cfg = self.config
        loop = asyncio.get_running_loop()

        def factory() -> V2GTPConnection:
            return V2GTPConnection(self._accept, V2GTPParser(allowed_payload_types={m.PT_SAP}), tls=cfg.tls,
                                   executor=True if cfg.handshake_threads else None)

        if cfg.tcp_port:
            return await loop.create_server(factory, bind, cfg.tcp_port)
        error: OSError | None = None
        for port in random.sample(DYNAMIC_PORTS, 64):
            try:
                return await loop.create_server(factory, bind, port)
            except OSError as exc:  # in use: try another
                error = exc
        raise OSError(f"no free TCP port in 49152-65535: {error}")

    def _accept(self, conn: V2GTPConnection) -> ConnectionSink:
        if len(self._connections) >= self.config.max_sessions:
            self._log(f"{conn.peer}: refusing connection: too many sessions")
            conn.abort()
            return _Refused()
        connection = _Connection(self, conn)
        self._connections.add(connection)
        self.stats.active += 1
        return connection

    def _finished(self, connection: _Connection) -> None:
        self.stats.active -= 1
        self._connections.discard(connection)
        while len(self.paused) > MAX_PAUSED_SESSIONS:
            self.paused.pop(next(iter(self.paused)))

    async def close(self) -> None:
        """Stop listening and end every session (firmware is told to stop power for each)."""
        if self._sdp is not None:
            self._sdp.close()
        if self._server is not None:
            self._server.close()
        connections = list(self._connections)
        for connection in connections:
            connection.shutdown()
        if connections:
            await asyncio.wait([c.done for c in connections], timeout=STOP_POWER_TIMEOUT + 2.0)
        if self._server is not None:
            await self._server.wait_closed()

    async def __aenter__(self) -> SeccServer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class _Refused:
    """The sink of a connection refused at accept (too many sessions)."""

    def connection_ready(self, conn: V2GTPConnection) -> None:
        pass

    def frame_received(self, frame: V2GTPMessage) -> None:
        pass

    def connection_closed(self, error: BaseException | None) -> None:
        pass


class _Connection:
    """One TCP/TLS connection and its session: the sink of a :class:`V2GTPConnection`.

    Events (frames, firmware results, timer expiries, control commands, the end of the link) are fed
    to the pure core strictly in order. The actions it returns run synchronously where they can
    (encode and send, notify, start a firmware call as a task); ``stop_power`` and a delayed close are
    awaited in a task, and while one runs, new events wait. Both come only with the session's end, after
    which frames are dropped, so nothing piles up meanwhile.
    """

    def __init__(self, server: SeccServer, conn: V2GTPConnection) -> None:
        self.server = server
        self.controller = server.controller
        self.conn = conn
        self.peer = conn.peer
        self.loop = asyncio.get_running_loop()
        cfg = server.config
        self.session = SeccSession(self.controller.capabilities(), self.loop.time(),
                                   timing=cfg.timing, paused=server.paused, tolerances=cfg.tolerances,
                                   contract_trust=ContractTrust(tuple(cfg.contract_roots),
                                                                strict=not cfg.contract_compat,
                                                                oem_roots=tuple(cfg.oem_roots)))
        self.events: deque[tuple[Any, ...]] = deque()
        self.busy = False  # awaiting stop_power or a delayed close
        self.pumping = False
        self.closing = False
        self.link_gone = asyncio.Event()  # set when the connection is gone
        self.finished = False
        self.tasks: set[asyncio.Task[Any]] = set()
        self.timer: asyncio.TimerHandle | None = None
        self.timer_at: float | None = None
        self.received_at = 0.0
        self.request_name = ""
        self.done: asyncio.Future[None] = self.loop.create_future()
        self._arm_timer()

    # -- ConnectionSink ------------------------------------------------------------------------------
    def connection_ready(self, conn: V2GTPConnection) -> None:
        pass  # the communication-setup timer has run since accept, over the TLS handshake too

    def frame_received(self, frame: V2GTPMessage) -> None:
        if not self.session.ended:  # after the end (e.g. during the close delay) frames are dropped
            self._submit(("msg", frame))

    def connection_closed(self, error: BaseException | None) -> None:
        self.link_gone.set()  # ends a close delay early: the EV closed first
        self._submit(("eof",) if error is None else ("error", error))

    # -- driving the core ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Server shutdown: end the session (stop power first) and close."""
        self._submit(("shutdown",))

    def _submit(self, event: tuple[Any, ...]) -> None:
        self.events.append(event)
        if not self.busy and not self.pumping:
            self._pump()

    def _pump(self) -> None:
        self.pumping = True
        try:
            while self.events and not self.busy:
                event = self.events.popleft()
                try:
                    actions = self._actions_for(event)
                except Exception as exc:  # never let one session take the server down
                    self.server._log(f"{self.peer}: internal error {exc!r}")
                    actions = self.session.abort(StopReason.PROTOCOL_ERROR, repr(exc), self.loop.time())
                self._run(deque(actions))
        finally:
            self.pumping = False
        if not self.busy:
            self._after_pump()

    def _after_pump(self) -> None:
        if self.link_gone.is_set() and (self.session.ended or self.closing) and not self.events:
            self._finish()
            return
        if self.closing and not self.link_gone.is_set():
            self.conn.close()  # connection_closed follows and finishes
            return
        self._arm_timer()

    def _actions_for(self, event: tuple[Any, ...]) -> list[Any]:
        now = self.loop.time()
        kind = event[0]
        session = self.session
        if kind == "msg":
            if session.ended:
                return []
            frame = event[1]
            namespace = m.PAYLOAD_NAMESPACES.get(frame.payload_type)
            try:
                if namespace is None:
                    raise exi.ExiDecodeError(f"no -20 grammar for payload type {frame.payload_type:#06x}")
                message = exi.decode(frame.payload, namespace)
            except exi.ExiError as exc:
                self.server._log(f"{self.peer}: undecodable request: {exc}")
                return session.abort(StopReason.PROTOCOL_ERROR, str(exc), now)
            self.received_at = time.perf_counter()
            self.request_name = m.message_name(message)
            return session.receive(message, frame.payload_type, now, raw=frame.payload)
        if kind == "fw":
            _, call_id, result, failed = event
            return session.firmware_result(call_id, result, now, failed=failed)
        if kind == "timer":
            return session.timer(now)
        if kind == "control":
            return session.control(event[1], now)
        if kind == "eof":
            self.closing = True
            return session.connection_lost(now)
        if kind == "error":
            self.closing = True
            if not session.ended:
                self.server._log(f"{self.peer}: connection error: {event[1]!r}")
                return session.abort(StopReason.PROTOCOL_ERROR, repr(event[1]), now)
            return session.connection_lost(now)
        if kind == "shutdown":
            self.closing = True
            return session.abort(StopReason.SERVER_SHUTDOWN, "server shutdown", now)
        raise AssertionError(f"unknown event {kind}")

    def _run(self, actions: deque[Any]) -> None:
        """Carry out ``actions`` in order; hand the rest to a task at the first one that must wait."""
        while actions:
            action = actions[0]
            if isinstance(action, StopPower) or (isinstance(action, CloseConnection) and action.delay > 0):
                self.busy = True  # StopPower only comes with the session's end: frames are dropped
                self._spawn(self._run_async(actions))
                return
            actions.popleft()
            self._run_sync(action, actions)

    def _run_sync(self, action: Any, actions: deque[Any]) -> None:
        if isinstance(action, SendResponse):
            actions.extendleft(reversed(self._send(action)))
        elif isinstance(action, CallFirmware):
            self._spawn(self._call(action))
        elif isinstance(action, Notify):
            self._notify(action)
        elif isinstance(action, CloseConnection):
            self.closing = True

    async def _run_async(self, actions: deque[Any]) -> None:
        try:
            while actions:
                action = actions.popleft()
                if isinstance(action, StopPower):
                    # Fail-safe first, awaited (bounded) before anything else happens on this session.
                    await self._stop_power(action.reason)
                elif isinstance(action, CloseConnection) and action.delay > 0:
                    # [V2G20-1633]: wait for the EV to close TCP, at most the close delay
                    self.closing = True
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.link_gone.wait(), action.delay)
                else:
                    self._run_sync(action, actions)
        finally:
            self.busy = False
            self._pump()

    def _arm_timer(self) -> None:
        """Make sure ``session.timer`` runs by the core's next deadline.

        Lazy: deadlines move later with every message, so an armed timer is only replaced when the new
        deadline is earlier; a timer that fires early re-arms itself for the current deadline.
        """
        deadline = self.session.next_deadline
        if deadline is None:
            return  # a stale timer firing finds nothing due
        if self.timer is not None and self.timer_at is not None and self.timer_at <= deadline:
            return
        if self.timer is not None:
            self.timer.cancel()
        self.timer_at = deadline
        self.timer = self.loop.call_at(deadline, self._on_timer)

    def _on_timer(self) -> None:
        self.timer = self.timer_at = None
        deadline = self.session.next_deadline
        if deadline is not None and deadline > self.loop.time():
            self._arm_timer()  # moved later since this timer was armed
            return
        self._submit(("timer",))

    def _spawn(self, coro: Any) -> None:
        task = self.loop.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self.timer is not None:
            self.timer.cancel()
        for task in list(self.tasks):
            task.cancel()
        self._count()
        self.server._finished(self)
        self.done.set_result(None)

    def _count(self) -> None:
        stats = self.server.stats
        reason = self.session.end_reason
        name = reason.name if reason else "UNKNOWN"
        stats.end_reasons[name] = stats.end_reasons.get(name, 0) + 1
        normal = reason in (StopReason.SESSION_STOPPED, StopReason.SESSION_PAUSED)
        if normal:
            stats.completed += 1
        else:
            stats.failed += 1
        sid = self.session.ctx.session_id.hex().upper() or "-"
        self.server._log(f"{self.peer} {sid} session stopped: {'normal' if normal else name}")

    # -- actions -------------------------------------------------------------------------------------
    async def _call(self, call: CallFirmware) -> None:
        try:
            result = await getattr(self.controller, call.method)(*call.args)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._submit(("fw", call.call_id, exc, True))
        else:
            self._submit(("fw", call.call_id, result, False))

    async def _stop_power(self, reason: StopReason) -> None:
        info = self.session.ctx.info if self.session.ctx.session_id else None
        try:
            await asyncio.wait_for(self.controller.stop_power(info, reason), STOP_POWER_TIMEOUT)
        except Exception as exc:
            self.server._log(f"{self.peer}: firmware stop_power failed: {exc!r}")

    def _send(self, action: SendResponse) -> list[Any]:
        """Encode and send; returns the actions of ending the session if that fails."""
        try:
            payload = exi.encode(action.message)
        except exi.ExiError as exc:
            self.server._log(f"{self.peer}: cannot encode {type(action.message).__name__}: {exc}")
            return self.session.abort(StopReason.PROTOCOL_ERROR, str(exc), self.loop.time())
        if action.payload_type == m.PT_SAP and self.session.ctx.protocol_namespace:
            types = _SESSION_PAYLOAD_TYPES[self.session.ctx.protocol_namespace]
            self.conn.parser.allowed_payload_types = types
        try:
            self.conn.send(action.payload_type, payload)
        except ConnectionError as exc:
            self.closing = True
            return self.session.abort(StopReason.PROTOCOL_ERROR, repr(exc), self.loop.time())
        if self.server.config.log is not None:
            latency = (time.perf_counter() - self.received_at) * 1000.0
            code = getattr(action.message, "response_code", None)
            code_text = code.value if code is not None else ""
            sid = self.session.ctx.session_id.hex().upper() or "-"
            self.server._log(f"{self.peer} {sid} {self.request_name} -> {type(action.message).__name__} "
                             f"{code_text} {latency:.2f} ms")
        return []

    def _notify(self, action: Notify) -> None:
        event = action.event
        try:
            if event.kind == "state" and event.data.get("from") == "SessionSetup":
                self.controller.session_started(self.session.ctx.info, _Control(self._submit))
            self.controller.on_event(event)
        except Exception as exc:
            self.server._log(f"{self.peer}: firmware on_event failed: {exc!r}")

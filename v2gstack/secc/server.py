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
from collections.abc import Callable
from dataclasses import dataclass, field
from ipaddress import IPv6Address
from typing import Any

from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.context import PausedSession
from v2gstack.secc.controller import EVSEController
from v2gstack.secc.events import CallFirmware, CloseConnection, Notify, SendResponse, StopPower
from v2gstack.secc.session import Control, SeccSession
from v2gstack.secc.timing import Timing
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import StopReason
from v2gstack.transport import V2GTPError, V2GTPParser
from v2gstack.transport.sdp_logic import SDPResponder, TLSPolicy
from v2gstack.transport.sdp_server import SDPServer, interface_responder, start_sdp_server
from v2gstack.transport.stream import read_message, write_message

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


@dataclass
class ServerStats:
    completed: int = 0
    failed: int = 0
    active: int = 0
    end_reasons: dict[str, int] = field(default_factory=dict)


class _Control:
    """The :class:`SessionControl` handed to firmware: enqueues commands for the connection loop."""

    def __init__(self, queue: asyncio.Queue[tuple[Any, ...]]) -> None:
        self._queue = queue

    def request_stop(self) -> None:
        self._queue.put_nowait(("control", Control.STOP))

    def request_pause(self) -> None:
        self._queue.put_nowait(("control", Control.PAUSE))

    def request_renegotiation(self) -> None:
        self._queue.put_nowait(("control", Control.RENEGOTIATE))


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
        self._connections: set[asyncio.Task[None]] = set()

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
        if cfg.tcp_port:
            return await asyncio.start_server(self._on_connection, bind, cfg.tcp_port, ssl=cfg.tls)
        error: OSError | None = None
        for port in random.sample(DYNAMIC_PORTS, 64):
            try:
                return await asyncio.start_server(self._on_connection, bind, port, ssl=cfg.tls)
            except OSError as exc:  # in use: try another
                error = exc
        raise OSError(f"no free TCP port in 49152-65535: {error}")

    async def close(self) -> None:
        """Stop listening and end every session (firmware is told to stop power for each)."""
        if self._sdp is not None:
            self._sdp.close()
        if self._server is not None:
            self._server.close()
        for task in list(self._connections):
            task.cancel()
        if self._connections:
            await asyncio.gather(*self._connections, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def __aenter__(self) -> SeccServer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        if len(self._connections) >= self.config.max_sessions:
            self._log("refusing connection: too many sessions")
            writer.close()
            return
        self._connections.add(task)
        self.stats.active += 1
        try:
            await _Connection(self, reader, writer).run()
        except asyncio.CancelledError:
            pass  # server shutdown: the session already stopped power and closed
        finally:
            self.stats.active -= 1
            self._connections.discard(task)
            while len(self.paused) > MAX_PAUSED_SESSIONS:
                self.paused.pop(next(iter(self.paused)))


class _Connection:
    """One TCP/TLS connection and its session."""

    def __init__(self, server: SeccServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.server = server
        self.controller = server.controller
        self.reader = reader
        self.writer = writer
        self.queue: asyncio.Queue[tuple[Any, ...]] = asyncio.Queue()
        self.loop = asyncio.get_running_loop()
        self.session = SeccSession(self.controller.capabilities(), self.loop.time(),
                                   timing=server.config.timing, paused=server.paused,
                                   tolerances=server.config.tolerances)
        self.parser = V2GTPParser(allowed_payload_types={m.PT_SAP})
        self.peer = str(writer.get_extra_info("peername", ("?",))[0])
        self.tasks: set[asyncio.Task[Any]] = set()
        self.closing = False
        self.received_at = 0.0
        self.request_name = ""

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _read_loop(self) -> None:
        try:
            while True:
                message = await read_message(self.reader, self.parser)
                if message is None:
                    self.queue.put_nowait(("eof",))
                    return
                self.queue.put_nowait(("msg", message))
        except (V2GTPError, ConnectionError, ssl.SSLError, OSError) as exc:
            self.queue.put_nowait(("error", exc))

    async def run(self) -> None:
        self._spawn(self._read_loop())
        try:
            while not self.closing:
                deadline = self.session.next_deadline
                timeout = None if deadline is None else max(0.0, deadline - self.loop.time())
                try:
                    event = await asyncio.wait_for(self.queue.get(), timeout)
                except TimeoutError:
                    await self._do(self.session.timer(self.loop.time()))
                    continue
                await self._handle(event)
        except asyncio.CancelledError:
            now = self.loop.time()
            await self._do(self.session.abort(StopReason.SERVER_SHUTDOWN, "server shutdown", now))
            raise
        except Exception as exc:  # never let one session take the server down
            self.server._log(f"{self.peer}: internal error {exc!r}")
            await self._do(self.session.abort(StopReason.PROTOCOL_ERROR, repr(exc), self.loop.time()))
        finally:
            if not self.session.ended or not self.closing:
                await self._do(self.session.connection_lost(self.loop.time()))
            for task in list(self.tasks):
                task.cancel()
            self.writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.writer.wait_closed(), 1.0)
            self._count()

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

    async def _handle(self, event: tuple[Any, ...]) -> None:
        now = self.loop.time()
        kind = event[0]
        if kind == "msg":
            frame = event[1]
            namespace = m.PAYLOAD_NAMESPACES.get(frame.payload_type)
            try:
                if namespace is None:
                    raise exi.ExiDecodeError(f"no -20 grammar for payload type {frame.payload_type:#06x}")
                message = exi.decode(frame.payload, namespace)
            except exi.ExiError as exc:
                self.server._log(f"{self.peer}: undecodable request: {exc}")
                await self._do(self.session.abort(StopReason.PROTOCOL_ERROR, str(exc), now))
                return
            self.received_at = time.perf_counter()
            self.request_name = m.message_name(message)
            await self._do(self.session.receive(message, frame.payload_type, now))
        elif kind == "fw":
            _, call_id, result, failed = event
            await self._do(self.session.firmware_result(call_id, result, now, failed=failed))
        elif kind == "control":
            await self._do(self.session.control(event[1], now))
        elif kind == "eof":
            await self._do(self.session.connection_lost(now))
            self.closing = True
        elif kind == "error":
            self.server._log(f"{self.peer}: connection error: {event[1]!r}")
            await self._do(self.session.abort(StopReason.PROTOCOL_ERROR, repr(event[1]), now))
            self.closing = True

    async def _call(self, call: CallFirmware) -> None:
        try:
            result = await getattr(self.controller, call.method)(*call.args)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.queue.put_nowait(("fw", call.call_id, exc, True))
        else:
            self.queue.put_nowait(("fw", call.call_id, result, False))

    async def _stop_power(self, reason: StopReason) -> None:
        info = self.session.ctx.info if self.session.ctx.session_id else None
        try:
            await asyncio.wait_for(self.controller.stop_power(info, reason), STOP_POWER_TIMEOUT)
        except Exception as exc:
            self.server._log(f"{self.peer}: firmware stop_power failed: {exc!r}")

    async def _do(self, actions: list[Any]) -> None:
        for action in actions:
            if isinstance(action, StopPower):
                # Fail-safe first, awaited here (bounded): a task could be cancelled by the teardown.
                await self._stop_power(action.reason)
            elif isinstance(action, SendResponse):
                await self._send(action)
            elif isinstance(action, CallFirmware):
                self._spawn(self._call(action))
            elif isinstance(action, Notify):
                self._notify(action)
            elif isinstance(action, CloseConnection):
                self.closing = True
                if action.delay:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(self.writer.drain(), action.delay + 1.0)
                    await asyncio.sleep(action.delay)

    async def _send(self, action: SendResponse) -> None:
        try:
            payload = exi.encode(action.message)
        except exi.ExiError as exc:
            self.server._log(f"{self.peer}: cannot encode {type(action.message).__name__}: {exc}")
            await self._do(self.session.abort(StopReason.PROTOCOL_ERROR, str(exc), self.loop.time()))
            return
        if action.payload_type == m.PT_SAP and self.session.ctx.protocol_namespace:
            self.parser.allowed_payload_types = _SESSION_PAYLOAD_TYPES[self.session.ctx.protocol_namespace]
        try:
            await write_message(self.writer, action.payload_type, payload)
        except (ConnectionError, OSError) as exc:
            self.queue.put_nowait(("error", exc))
            return
        latency = (time.perf_counter() - self.received_at) * 1000.0
        code = getattr(action.message, "response_code", None)
        code_text = code.value if code is not None else ""
        sid = self.session.ctx.session_id.hex().upper() or "-"
        self.server._log(f"{self.peer} {sid} {self.request_name} -> {type(action.message).__name__} "
                         f"{code_text} {latency:.2f} ms")

    def _notify(self, action: Notify) -> None:
        event = action.event
        try:
            if event.kind == "state" and event.data.get("from") == "SessionSetup":
                self.controller.session_started(self.session.ctx.info, _Control(self.queue))
            self.controller.on_event(event)
        except Exception as exc:
            self.server._log(f"{self.peer}: firmware on_event failed: {exc!r}")

"""The asyncio EVCC: SDP discovery, a TCP or TLS connection, and the session core over V2GTP.

This is the thin I/O adapter around :class:`~v2gstack.evcc.session.EvccSession`: it writes each request,
waits for the response within the request's timeout, decodes it and feeds it back, measuring the
latency (request written -> response read) per message type.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from v2gstack import exi
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig, EvccResult, EvccSession, Request
from v2gstack.secc import messages as m
from v2gstack.transport import V2GTPError, V2GTPParser
from v2gstack.transport.connection import V2GTPConnection
from v2gstack.transport.sdp import SDPRequest, Security, TransportProtocol
from v2gstack.transport.sdp_client import DiscoveredSECC, discover_secc
from v2gstack.transport.sdp_logic import SDP_MAX_REQUESTS, SDP_RESPONSE_TIMEOUT
from v2gstack.transport.v2gtp import V2GTPMessage


@dataclass(frozen=True, slots=True)
class ExchangeRecord:
    """One request/response pair as the EVCC saw it."""

    request: str
    response: str
    response_code: str
    latency: float  # seconds from request written to response read
    sent_wall: float = 0.0  # wall-clock time (time.time()) the request was written


@dataclass
class SessionReport:
    """The result of one session plus what the adapter measured."""

    result: EvccResult
    exchanges: list[ExchangeRecord] = field(default_factory=list)
    tls_version: str | None = None

    @property
    def latencies(self) -> dict[str, list[float]]:
        """Latency samples (seconds) per request type."""
        out: dict[str, list[float]] = {}
        for record in self.exchanges:
            out.setdefault(record.request, []).append(record.latency)
        return out


@dataclass
class ClientConfig:
    """Where to find the SECC and how to talk to it."""

    host: str | None = "::1"
    interface: str | None = None
    sdp_port: int = 15118
    #: TLS client context (ask for TLS in SDP); None asks for plain TCP.
    tls: ssl.SSLContext | None = None
    #: Seconds the EV waits before each request after the first (0: as fast as possible).
    pacing: float = 0.0
    session: EvccConfig = field(default_factory=EvccConfig)
    #: SDP: seconds to wait for each answer, and how many requests to send before giving up.
    sdp_response_timeout: float = SDP_RESPONSE_TIMEOUT
    sdp_max_requests: int = SDP_MAX_REQUESTS
    #: Run the TLS handshake in a worker thread (keeps many sessions on one loop responsive).
    handshake_threads: bool = True


async def discover(config: ClientConfig) -> DiscoveredSECC:
    """Find the SECC by SDP, asking for (and accepting only) the security the config wants."""
    security = Security.TLS if config.tls is not None else Security.NO_TLS
    return await discover_secc(SDPRequest(security, TransportProtocol.TCP), interface=config.interface,
                               host=None if config.interface else config.host, port=config.sdp_port,
                               accept_security=frozenset({security}),
                               response_timeout=config.sdp_response_timeout,
                               max_requests=config.sdp_max_requests)


class EvccConnection:
    """The EVCC's end of a V2GTP connection: send a request, await the next response frame.

    Frames are delivered one at a time: while one waits unread, the connection holds delivery (and
    reading), so an SECC that floods us cannot make us buffer more than one read.
    """

    def __init__(self, conn: V2GTPConnection) -> None:
        self.conn = conn
        self._frame: V2GTPMessage | None = None
        self._waiter: asyncio.Future[V2GTPMessage | None] | None = None
        self._closed = asyncio.Event()
        self._error: BaseException | None = None

    # ConnectionSink
    def connection_ready(self, conn: V2GTPConnection) -> None:
        pass

    def frame_received(self, frame: V2GTPMessage) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(frame)
        else:
            self._frame = frame
            self.conn.hold(True)

    def connection_closed(self, error: BaseException | None) -> None:
        self._error = error
        self._closed.set()
        if self._waiter is not None and not self._waiter.done():
            if error is None:
                self._waiter.set_result(None)
            else:
                self._waiter.set_exception(error)

    # API
    @property
    def ssl_object(self) -> ssl.SSLObject | None:
        return self.conn.ssl_object

    def send(self, payload_type: int, payload: bytes) -> None:
        if self._closed.is_set():
            raise ConnectionError("connection closed")
        self.conn.send(payload_type, payload)

    async def next_frame(self) -> V2GTPMessage | None:
        """The next V2GTP message; None when the SECC closed cleanly; raises on errors."""
        if self._frame is not None:
            frame, self._frame = self._frame, None
            self.conn.hold(False)
            return frame
        if self._closed.is_set():
            if self._error is not None:
                raise self._error
            return None
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            return await self._waiter
        finally:
            self._waiter = None

    async def close(self) -> None:
        """Close (TLS close_notify first) and wait briefly until the connection is gone."""
        self.conn.close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closed.wait(), 1.0)


async def connect(secc: DiscoveredSECC, tls: ssl.SSLContext | None, *, timeout: float = 20.0,
                  handshake_threads: bool = True) -> EvccConnection:
    """Open the TCP or TLS connection to a discovered SECC (see :func:`open_connection`)."""
    return await open_connection(secc.host(), secc.port, tls, timeout=timeout,
                                 handshake_threads=handshake_threads)


async def open_connection(host: str, port: int, tls: ssl.SSLContext | None, *, timeout: float = 20.0,
                          handshake_threads: bool = True) -> EvccConnection:
    """Open a TCP or TLS connection to an SECC at ``host``/``port`` (TCP_NODELAY on).

    ``timeout`` bounds TCP connect plus TLS handshake (the communication-setup time by default);
    raises TimeoutError when it runs out. The TLS handshake runs in a worker thread unless
    ``handshake_threads`` is False (see :mod:`v2gstack.transport.connection`).
    """
    loop = asyncio.get_running_loop()
    holder: list[EvccConnection] = []

    def sink(conn: V2GTPConnection) -> EvccConnection:
        holder.append(EvccConnection(conn))
        return holder[0]

    def factory() -> V2GTPConnection:
        parser = V2GTPParser(allowed_payload_types=set(m.PAYLOAD_NAMESPACES))
        return V2GTPConnection(sink, parser, tls=tls, server_side=False,
                               executor=True if handshake_threads else None)

    async with asyncio.timeout(timeout):
        _, protocol = await loop.create_connection(factory, host, port)
        try:
            await protocol.ready
        except BaseException:
            protocol.abort()
            raise
    return holder[0]


async def run_session(
    connection: EvccConnection,
    config: EvccConfig,
    ev: SimulatedEV,
    *,
    pacing: float = 0.0,
    on_exchange: Callable[[ExchangeRecord], None] | None = None,
    on_cycle: Callable[[int], None] | None = None,
) -> SessionReport:
    """Run one session on an open connection; never raises for what the peer does."""
    loop = asyncio.get_running_loop()
    core = EvccSession(config, ev, loop.time(), wall_start=time.time())
    core.on_cycle = on_cycle
    report = SessionReport(core.result)
    request: Request | None = core.start(loop.time())
    first = True
    while request is not None:
        if pacing > 0 and not first:
            await asyncio.sleep(pacing)
        first = False
        try:
            payload = exi.encode(request.message)
        except exi.ExiError as exc:
            core.connection_lost(loop.time(), f"cannot encode {request.name}: {exc}")
            break
        sent, sent_wall = time.perf_counter(), time.time()
        try:
            async with asyncio.timeout(request.timeout):  # a SECC that stops answering cannot stall us
                connection.send(request.payload_type, payload)
                frame = await connection.next_frame()
        except TimeoutError:
            core.timeout(loop.time())
            break
        except (V2GTPError, ConnectionError, ssl.SSLError, OSError) as exc:
            core.connection_lost(loop.time(), f"connection error {exc!r}")
            break
        latency = time.perf_counter() - sent
        if frame is None:
            core.connection_lost(loop.time(), "SECC closed the connection")
            break
        try:
            response = exi.decode(frame.payload, m.PAYLOAD_NAMESPACES[frame.payload_type])
        except exi.ExiError as exc:
            core.connection_lost(loop.time(), f"undecodable response: {exc}")
            break
        code = getattr(response, "response_code", None)
        record = ExchangeRecord(request.name, type(response).__name__,
                                str(code.value) if code is not None else "", latency, sent_wall)
        report.exchanges.append(record)
        if on_exchange is not None:
            on_exchange(record)
        request = core.receive(response, loop.time())
    report.result = core.result
    return report


async def run_evcc(
    config: ClientConfig,
    ev: SimulatedEV | None = None,
    *,
    on_exchange: Callable[[ExchangeRecord], None] | None = None,
    on_cycle: Callable[[int], None] | None = None,
) -> SessionReport:
    """Discover the SECC, connect and run one session; the connection is closed afterwards."""
    secc = await discover(config)
    connection = await connect(secc, config.tls, timeout=config.session.timing.communication_setup,
                               handshake_threads=config.handshake_threads)
    try:
        report = await run_session(connection, config.session, ev or SimulatedEV(), pacing=config.pacing,
                                   on_exchange=on_exchange, on_cycle=on_cycle)
        ssl_object = connection.ssl_object
        report.tls_version = ssl_object.version() if ssl_object is not None else None
        return report
    finally:
        await connection.close()


def percentile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``samples`` by nearest rank (0.0 for no samples)."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, int(q * len(ordered) + 0.999999) - 1))
    return ordered[index]

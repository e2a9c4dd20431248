"""A V2GTP connection over TCP or TLS as an asyncio protocol, with TLS handshakes off the event loop.

The SECC serves many sessions on one event loop. Its TLS 1.3 handshakes (secp521r1 key exchange,
signature and chain verification: milliseconds of CPU each) would otherwise run inline and delay the
messages of every session already charging. Here TLS runs on an :class:`ssl.SSLObject` over memory BIOs:
handshake steps go to a small thread pool (OpenSSL releases the GIL while it works; the threads run at
a lower OS priority), record encryption and decryption stay on the loop, where they are cheap.

The connection delivers whole V2GTP frames to a :class:`ConnectionSink`, one at a time and only while
the sink does not hold delivery, so frames arriving during a hold stay in the kernel (reading is paused):
memory per connection is bounded by one read and one message.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Protocol

from v2gstack.transport.errors import TransportError, V2GTPError
from v2gstack.transport.v2gtp import V2GTPMessage, V2GTPParser, encode_message

#: A peer that does not read its responses cannot make us buffer more than this.
MAX_WRITE_BUFFER = 1 << 20
#: Niceness added to the handshake threads (Linux: per thread), so charging sessions come first.
HANDSHAKE_NICENESS = 5


class TLSHandshakeTimeout(TransportError):
    """The TLS handshake did not complete in time."""


class ConnectionSink(Protocol):
    """What a :class:`V2GTPConnection` reports to (the SECC's or EVCC's session adapter)."""

    def connection_ready(self, conn: V2GTPConnection) -> None:
        """TCP is up and, with TLS, the handshake is complete: frames may be sent."""

    def frame_received(self, frame: V2GTPMessage) -> None:
        """One whole V2GTP message (its payload type passed the parser's check)."""

    def connection_closed(self, error: BaseException | None) -> None:
        """The connection is gone: ``None`` for a clean end at a message boundary, else why."""


_executor: Executor | None = None
_executor_lock = threading.Lock()


def _lower_priority() -> None:
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HANDSHAKE_NICENESS)


def handshake_executor() -> Executor:
    """The shared pool that runs TLS handshake steps (two threads, or one per core up to four)."""
    global _executor
    with _executor_lock:
        if _executor is None:
            workers = max(2, min(4, os.cpu_count() or 1))
            _executor = ThreadPoolExecutor(workers, thread_name_prefix="v2gstack-tls",
                                           initializer=_lower_priority)
        return _executor


class V2GTPConnection(asyncio.Protocol):
    """One TCP or TLS connection carrying V2GTP (server or client side).

    ``executor`` runs the TLS handshake steps: the shared :func:`handshake_executor` by default,
    ``None`` for inline on the loop. ``handshake_timeout`` bounds TCP accept/connect to handshake end.
    """

    def __init__(
        self,
        sink_factory: Callable[[V2GTPConnection], ConnectionSink],
        parser: V2GTPParser,
        *,
        tls: ssl.SSLContext | None = None,
        server_side: bool = True,
        server_hostname: str | None = None,
        executor: Executor | bool | None = True,
        handshake_timeout: float | None = None,
    ) -> None:
        self.parser = parser
        self.peer = "?"
        self._sink_factory = sink_factory
        self._sink: ConnectionSink | None = None
        self._tls = tls
        self._server_side = server_side
        self._server_hostname = server_hostname
        self._executor: Executor | None = handshake_executor() if executor is True else (executor or None)
        self._handshake_timeout = handshake_timeout
        self._transport: asyncio.Transport | None = None
        self._sslobj: ssl.SSLObject | None = None
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._handshaking = tls is not None
        self._step_running = False
        self._early: list[bytes] = []  # bytes received while a handshake step runs in a thread
        self._hold = False
        self._closed = False
        self._ready = False
        self._error: BaseException | None = None
        self._timeout_handle: asyncio.TimerHandle | None = None
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    # -- public ------------------------------------------------------------------------------------
    @property
    def ssl_object(self) -> ssl.SSLObject | None:
        """The TLS object once the handshake is done (for :func:`v2gstack.security.tls.negotiated`)."""
        return self._sslobj if self._ready else None

    @property
    def closed(self) -> bool:
        return self._closed

    def send(self, payload_type: int, payload: bytes) -> None:
        """Send one V2GTP message; silently dropped once the connection is closed.

        Raises :class:`ConnectionError` (and aborts) when the peer stopped reading: the write buffer
        would pass :data:`MAX_WRITE_BUFFER`.
        """
        if self._closed or self._transport is None:
            return
        data = encode_message(payload_type, payload)
        if self._sslobj is not None:
            self._sslobj.write(data)
            data = self._outgoing.read()
        if self._transport.get_write_buffer_size() + len(data) > MAX_WRITE_BUFFER:
            self.abort()
            raise ConnectionError("peer does not read: write buffer full")
        self._transport.write(data)

    def hold(self, hold: bool) -> None:
        """Stop (True) or resume (False) delivering frames; while held, reading is paused too."""
        if hold == self._hold:
            return
        self._hold = hold
        if self._transport is None or self._closed:
            return
        if hold:
            self._transport.pause_reading()
        else:
            self._transport.resume_reading()
            self._deliver()

    def close(self) -> None:
        """Close gracefully (TLS close_notify first); :meth:`ConnectionSink.connection_closed` follows."""
        if self._closed or self._transport is None:
            return
        if self._sslobj is not None and self._ready:
            with contextlib.suppress(ssl.SSLError, ValueError):
                self._sslobj.unwrap()
            self._flush()
        self._transport.close()

    def abort(self) -> None:
        """Drop the connection at once."""
        if self._transport is not None and not self._closed:
            self._transport.abort()

    # -- asyncio.Protocol ----------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        peername = transport.get_extra_info("peername")
        self.peer = str(peername[0]) if peername else "?"
        self._sink = self._sink_factory(self)
        if transport.is_closing():  # the sink refused the connection
            return
        if self._tls is None:
            self._became_ready()
            return
        self._sslobj = self._tls.wrap_bio(self._incoming, self._outgoing, server_side=self._server_side,
                                          server_hostname=self._server_hostname)
        if self._handshake_timeout is not None:
            loop = asyncio.get_running_loop()
            self._timeout_handle = loop.call_later(self._handshake_timeout, self._handshake_expired)
        if not self._server_side:
            self._step()  # the client speaks first

    def data_received(self, data: bytes) -> None:
        if self._closed:
            return
        if self._handshaking:
            self._early.append(data)
            if not self._step_running:
                self._step()
            return
        if self._sslobj is None:
            self.parser.feed(data)
        else:
            self._incoming.write(data)
            if not self._decrypt():
                return
        self._deliver()

    def eof_received(self) -> bool | None:
        return False  # close the transport; connection_lost reports to the sink

    def connection_lost(self, exc: Exception | None) -> None:
        if self._closed:
            return
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        error: BaseException | None = exc or self._error
        if error is None and self._handshaking:
            error = ConnectionError("connection closed during the TLS handshake")
        if error is None:
            self._deliver()  # frames that came with the end of the stream
            try:
                self.parser.end_of_stream()
            except V2GTPError as framing:
                self._error = framing
            error = self._error
        self._closed = True
        if not self.ready.done():
            self.ready.set_exception(error or ConnectionError("connection closed"))
            self.ready.exception()  # retrieved: nobody need be waiting for it
        if self._sink is not None:
            self._sink.connection_closed(error)

    # -- TLS -----------------------------------------------------------------------------------------
    def _step(self) -> None:
        """Feed what arrived and run one handshake step (in the pool, or inline)."""
        for chunk in self._early:
            self._incoming.write(chunk)
        self._early.clear()
        if self._executor is None:
            self._step_done(self._handshake_step())
            return
        self._step_running = True
        future = asyncio.get_running_loop().run_in_executor(self._executor, self._handshake_step)
        future.add_done_callback(lambda f: self._step_done(f.exception() or f.result()))

    def _handshake_step(self) -> BaseException | bool:
        """One ``do_handshake`` call: True when done, False when it needs more bytes, or the error."""
        assert self._sslobj is not None
        try:
            self._sslobj.do_handshake()
        except ssl.SSLWantReadError:
            return False
        except (ssl.SSLError, OSError, ValueError) as exc:
            return exc
        return True

    def _step_done(self, outcome: BaseException | bool) -> None:
        self._step_running = False
        if self._closed:
            return
        self._flush()
        if isinstance(outcome, BaseException):
            self._fail(outcome)
            return
        if not outcome:
            if self._early:
                self._step()
            return
        self._handshaking = False
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        for chunk in self._early:  # application data right behind the Finished message
            self._incoming.write(chunk)
        self._early.clear()
        self._became_ready()
        if self._decrypt():
            self._deliver()

    def _handshake_expired(self) -> None:
        if self._handshaking and not self._closed:
            self._fail(TLSHandshakeTimeout(f"TLS handshake not done within {self._handshake_timeout} s"))

    def _decrypt(self) -> bool:
        """Decrypt what the incoming BIO holds into the parser; False if the connection ended."""
        assert self._sslobj is not None
        try:
            while True:
                chunk = self._sslobj.read(65536)
                if not chunk:
                    break
                self.parser.feed(chunk)
        except ssl.SSLWantReadError:
            pass
        except ssl.SSLZeroReturnError:  # close_notify: the peer closed cleanly
            self._flush()
            self._deliver()
            assert self._transport is not None
            self._transport.close()
            return False
        except ssl.SSLError as exc:
            self._fail(exc)
            return False
        self._flush()  # e.g. a KeyUpdate answer, session tickets
        return True

    def _flush(self) -> None:
        data = self._outgoing.read()
        if data and self._transport is not None and not self._transport.is_closing():
            self._transport.write(data)

    def _fail(self, exc: BaseException) -> None:
        """Drop the connection; the sink hears ``exc`` in ``connection_closed``."""
        if self._error is None:
            self._error = exc
        if self._transport is not None:
            self._transport.abort()

    # -- delivery ------------------------------------------------------------------------------------
    def _became_ready(self) -> None:
        self._ready = True
        if not self.ready.done():
            self.ready.set_result(None)
        assert self._sink is not None
        self._sink.connection_ready(self)

    def _deliver(self) -> None:
        """Hand complete frames to the sink, one at a time, while it does not hold delivery."""
        sink = self._sink
        if sink is None:
            return
        while not self._hold and not self._closed and self._error is None:
            try:
                frame = self.parser.next_message()
            except V2GTPError as exc:
                self._fail(exc)
                return
            if frame is None:
                return
            sink.frame_received(frame)

"""V2GTPConnection: framing over TCP and TLS, handshakes in threads or inline, holds, errors, limits."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path
from typing import Any

import pytest

from tests.transport._aio import arun
from v2gstack.security.pki import KeyProfile, init_pki
from v2gstack.security.tls import client_context, negotiated, server_context
from v2gstack.transport import connection as connection_module
from v2gstack.transport.connection import TLSHandshakeTimeout, V2GTPConnection
from v2gstack.transport.errors import V2GTPHeaderError, V2GTPIncompleteError
from v2gstack.transport.v2gtp import V2GTPMessage, V2GTPParser, encode_message


class Sink:
    """Records what a connection reports; optionally echoes every frame back."""

    def __init__(self, conn: V2GTPConnection, echo: bool = False) -> None:
        self.conn = conn
        self.echo = echo
        self.frames: list[V2GTPMessage] = []
        self.ready = False
        self.closed: asyncio.Future[BaseException | None] = asyncio.get_running_loop().create_future()

    def connection_ready(self, conn: V2GTPConnection) -> None:
        self.ready = True

    def frame_received(self, frame: V2GTPMessage) -> None:
        self.frames.append(frame)
        if self.echo:
            self.conn.send(frame.payload_type, b"echo:" + frame.payload)

    def connection_closed(self, error: BaseException | None) -> None:
        self.closed.set_result(error)


class Server:
    def __init__(self, tls: ssl.SSLContext | None = None, echo: bool = True, **kw: Any) -> None:
        self.tls, self.echo, self.kw = tls, echo, kw
        self.sinks: list[Sink] = []
        self.port = 0
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> Server:
        def sink(conn: V2GTPConnection) -> Sink:
            self.sinks.append(Sink(conn, self.echo))
            return self.sinks[-1]

        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(
            lambda: V2GTPConnection(sink, V2GTPParser(allowed_payload_types=None), tls=self.tls, **self.kw),
            "::1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


async def _client(port: int, tls: ssl.SSLContext | None = None, **kw: Any) -> tuple[V2GTPConnection, Sink]:
    loop = asyncio.get_running_loop()
    holder: list[Sink] = []

    def sink(conn: V2GTPConnection) -> Sink:
        holder.append(Sink(conn))
        return holder[0]

    _, conn = await loop.create_connection(
        lambda: V2GTPConnection(sink, V2GTPParser(allowed_payload_types=None), tls=tls, server_side=False,
                                **kw), "::1", port)
    await asyncio.wait_for(conn.ready, 10)
    return conn, holder[0]


async def _wait_frames(sink: Sink, n: int) -> None:
    for _ in range(500):
        if len(sink.frames) >= n:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"only {len(sink.frames)} of {n} frames arrived")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pki")
    init_pki(path, KeyProfile.SECP521R1)
    return path


@arun
async def test_tcp_frames_in_any_chunking_in_order() -> None:
    async with Server() as server:
        _reader, writer = await asyncio.open_connection("::1", server.port)
        data = b"".join(encode_message(0x8002, bytes([i]) * i) for i in range(1, 40))
        for i in range(0, len(data), 7):  # split headers and payloads everywhere
            writer.write(data[i:i + 7])
            await writer.drain()
        await _wait_frames(server.sinks[0], 39)
        assert [f.payload for f in server.sinks[0].frames] == [bytes([i]) * i for i in range(1, 40)]
        writer.close()
        assert await asyncio.wait_for(server.sinks[0].closed, 5) is None


@arun
async def test_hold_stops_delivery_until_released() -> None:
    async with Server(echo=False) as server:
        _reader, writer = await asyncio.open_connection("::1", server.port)
        writer.write(encode_message(0x8002, b"a"))
        await writer.drain()
        await _wait_frames(server.sinks[0], 1)
        sink = server.sinks[0]
        sink.conn.hold(True)
        writer.write(encode_message(0x8002, b"b") + encode_message(0x8002, b"c"))
        await writer.drain()
        await asyncio.sleep(0.1)
        assert len(sink.frames) == 1
        sink.conn.hold(False)
        await _wait_frames(sink, 3)
        assert [f.payload for f in sink.frames] == [b"a", b"b", b"c"]
        writer.close()


@arun
async def test_bad_header_and_truncated_stream_are_typed_errors() -> None:
    async with Server() as server:
        _, writer = await asyncio.open_connection("::1", server.port)
        writer.write(b"\x02\xfd\x80\x02\x00\x00\x00\x00")
        assert isinstance(await asyncio.wait_for(server.sinks[0].closed, 5), V2GTPHeaderError)
        _, writer = await asyncio.open_connection("::1", server.port)
        writer.write(encode_message(0x8002, b"whole")[:10])
        writer.close()
        assert isinstance(await asyncio.wait_for(server.sinks[1].closed, 5), V2GTPIncompleteError)


@pytest.mark.parametrize("threads", [True, False], ids=["handshake-in-thread", "inline"])
@arun
async def test_tls13_echo_and_negotiated_parameters(pki: Path, threads: bool) -> None:
    async with Server(server_context(pki), executor=True if threads else None) as server:
        conn, sink = await _client(server.port, client_context(pki), executor=True if threads else None)
        # the first request goes out right behind the client's Finished message
        for i in range(5):
            conn.send(0x8002, b"req%d" % i)
        await _wait_frames(sink, 5)
        assert [f.payload for f in sink.frames] == [b"echo:req%d" % i for i in range(5)]
        assert conn.ssl_object is not None
        info = negotiated(conn.ssl_object)
        assert (info.version, info.cipher) == ("TLSv1.3", "TLS_AES_256_GCM_SHA384")
        assert server.sinks[0].ready
        conn.close()
        assert await asyncio.wait_for(server.sinks[0].closed, 5) is None


@arun
async def test_tls_handshake_failure_reaches_both_sides(pki: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    init_pki(other, KeyProfile.SECP521R1)  # a vehicle certificate from an unknown root
    async with Server(server_context(pki)) as server:
        with pytest.raises((ssl.SSLError, ConnectionError)):
            await _client(server.port, client_context(other))
        error = await asyncio.wait_for(server.sinks[0].closed, 5)
        assert isinstance(error, ssl.SSLError | ConnectionError)


@arun
async def test_tls_handshake_timeout(pki: Path) -> None:
    async with Server(server_context(pki), handshake_timeout=0.2) as server:
        _, writer = await asyncio.open_connection("::1", server.port)  # never says ClientHello
        assert isinstance(await asyncio.wait_for(server.sinks[0].closed, 5), TLSHandshakeTimeout)
        writer.close()


@arun
async def test_peer_that_does_not_read_cannot_grow_our_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection_module, "MAX_WRITE_BUFFER", 256 * 1024)
    async with Server(echo=False) as server:
        _reader, writer = await asyncio.open_connection("::1", server.port)
        writer.write(encode_message(0x8002, b"x"))
        await _wait_frames(server.sinks[0], 1)
        conn = server.sinks[0].conn
        with pytest.raises(ConnectionError):
            for _ in range(10_000):  # 640 MB if nothing stopped it
                conn.send(0x8002, b"y" * 65536)
                await asyncio.sleep(0)
        await asyncio.wait_for(server.sinks[0].closed, 5)
        assert conn.closed
        writer.close()

"""Asyncio V2GTP helpers over StreamReader and a real loopback TCP connection."""

from __future__ import annotations

import asyncio

import pytest

from tests.transport._aio import arun
from v2gstack.transport.errors import HeaderCheck, V2GTPHeaderError, V2GTPIncompleteError
from v2gstack.transport.stream import read_message, write_message
from v2gstack.transport.v2gtp import V2GTPMessage, V2GTPParser, encode_message


def reader_with(data: bytes, *, eof: bool = True) -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    if eof:
        reader.feed_eof()
    return reader


@arun
async def test_reads_messages_then_none_on_clean_eof() -> None:
    reader = reader_with(encode_message(0x8001, b"sap") + encode_message(0x8002, b"x" * 5000))
    parser = V2GTPParser()
    assert await read_message(reader, parser) == V2GTPMessage(0x8001, b"sap")
    assert await read_message(reader, parser) == V2GTPMessage(0x8002, b"x" * 5000)
    assert await read_message(reader, parser) is None


@arun
async def test_does_not_read_past_the_message() -> None:
    rest = encode_message(0x8002, b"second") + b"trailing"
    reader = reader_with(encode_message(0x8002, b"first") + rest)
    assert await read_message(reader, V2GTPParser()) == V2GTPMessage(0x8002, b"first")
    assert await reader.read() == rest


@arun
async def test_eof_inside_a_message_raises() -> None:
    reader = reader_with(encode_message(0x8002, b"abcdef")[:-1])
    with pytest.raises(V2GTPIncompleteError):
        await read_message(reader, V2GTPParser())


@arun
async def test_bad_header_raises_typed_error() -> None:
    reader = reader_with(bytes.fromhex("01fe8002") + (1 << 31).to_bytes(4, "big"), eof=False)
    with pytest.raises(V2GTPHeaderError) as info:
        await asyncio.wait_for(read_message(reader, V2GTPParser()), 5)
    assert info.value.check is HeaderCheck.PAYLOAD_LENGTH


@arun
async def test_over_tcp_loopback_in_small_pieces() -> None:
    received: list[V2GTPMessage | None] = []
    done = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        parser = V2GTPParser()
        while True:
            message = await read_message(reader, parser)
            received.append(message)
            if message is None:
                break
            await write_message(writer, message.payload_type, message.payload[::-1])
        writer.close()
        done.set()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        wire = encode_message(0x8001, b"hello") + encode_message(0x8004, bytes(range(256)) * 40)
        for i in range(0, len(wire), 333):  # split across many writes
            writer.write(wire[i : i + 333])
            await writer.drain()
        parser = V2GTPParser()
        first = await asyncio.wait_for(read_message(reader, parser), 5)
        second = await asyncio.wait_for(read_message(reader, parser), 5)
        writer.close()
        await asyncio.wait_for(done.wait(), 5)
    assert first == V2GTPMessage(0x8001, b"olleh")
    assert second == V2GTPMessage(0x8004, (bytes(range(256)) * 40)[::-1])
    assert received[-1] is None and len(received) == 3

"""Asyncio helpers: read and write V2GTP messages on a stream (TCP or TLS alike).

These are thin adapters over :class:`~v2gstack.transport.v2gtp.V2GTPParser`; timeouts (e.g. the
SECC's sequence timeouts) are the session layer's, by wrapping the call in ``asyncio.timeout``.
"""

from __future__ import annotations

import asyncio

from v2gstack.transport.v2gtp import V2GTPMessage, V2GTPParser, encode_message

#: Upper bound of one ``StreamReader.read`` call; a read never asks for more than is still needed.
READ_CHUNK = 64 * 1024


async def read_message(reader: asyncio.StreamReader, parser: V2GTPParser) -> V2GTPMessage | None:
    """The next whole V2GTP message, or None on a clean end of stream at a message boundary.

    Raises :class:`~v2gstack.transport.errors.V2GTPHeaderError` on a bad header (the caller closes
    the connection, per V2GTP header processing) and
    :class:`~v2gstack.transport.errors.V2GTPIncompleteError` if the peer closes mid-message.
    Reads at most the bytes the message in progress still needs, so nothing beyond one message
    is ever taken from the reader or buffered.
    """
    while True:
        message = parser.next_message()
        if message is not None:
            return message
        data = await reader.read(min(parser.bytes_needed, READ_CHUNK))
        if not data:
            parser.end_of_stream()
            return None
        parser.feed(data)


async def write_message(
    writer: asyncio.StreamWriter, payload_type: int, payload: bytes, *, drain: bool = True
) -> None:
    """Write one V2GTP message (header + payload) and, by default, wait for the buffer to drain."""
    writer.write(encode_message(payload_type, payload))
    if drain:
        await writer.drain()

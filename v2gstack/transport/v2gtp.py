"""V2G Transfer Protocol (V2GTP) framing: header codec and a sans-I/O stream parser.

Every V2G message travels in a V2GTP message: an 8-byte header (protocol version 0x01, its
bitwise inverse 0xFE, a 2-byte payload type, a 4-byte payload length, all big endian) followed
by the payload (ISO 15118-2 clause 7.8 "V2G Transfer Protocol"; ISO 15118-20 keeps the header
and adds payload types, Table "V2GTP payload types"). A node that receives a header with a wrong
version, wrong inverse version, a payload type it does not support or a length it cannot take
closes the TCP connection (V2GTP header processing in both parts); :class:`V2GTPHeaderError`
carries which check failed so the connection handler can do exactly that.
"""

from __future__ import annotations

import enum
import struct
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from v2gstack.transport.errors import HeaderCheck, V2GTPHeaderError, V2GTPIncompleteError

PROTOCOL_VERSION = 0x01
INVERSE_PROTOCOL_VERSION = 0xFE
HEADER_LENGTH = 8
_HEADER = struct.Struct(">BBHI")

#: Default cap on a payload. The largest ISO 15118-20 messages are CertificateInstallationReq/Res
#: (two chains of up to three certificates of at most 1600 bytes each, a list of up to 20 root
#: certificate IDs, an encrypted key and XML signatures: roughly 10-15 kB of EXI) and
#: ScheduleExchangeReq/Res with the schema's maximum of entries (up to 1024 power/price entries
#: per schedule, several schedule tuples: a few tens of kB in the worst case). 64 KiB covers all
#: of them with margin while bounding what one connection can make us buffer. The session layer
#: may lower it (e.g. while only SupportedAppProtocol is allowed) through the parser attribute.
DEFAULT_MAX_PAYLOAD_LENGTH = 64 * 1024


class PayloadType(enum.IntEnum):
    """V2GTP payload types (ISO 15118-20 V2GTP payload type table; -2 and DIN use 0x8001 only)."""

    SAP = 0x8001  # SupportedAppProtocol (-20); every EXI message in ISO 15118-2 and DIN 70121
    MAINSTREAM = 0x8002  # -20 common messages
    AC_MAINSTREAM = 0x8003
    DC_MAINSTREAM = 0x8004
    ACDP_MAINSTREAM = 0x8005
    WPT_MAINSTREAM = 0x8006
    SCHEDULE_RENEGOTIATION = 0x8101
    METERING_CONFIRMATION = 0x8102
    ACDP_SYSTEM_STATUS = 0x8103
    PARKING_STATUS = 0x8104
    SDP_REQUEST = 0x9000
    SDP_RESPONSE = 0x9001
    SDP_REQUEST_WIRELESS = 0x9002
    SDP_RESPONSE_WIRELESS = 0x9003


#: Payload types an ISO 15118-20 SECC accepts on its TCP/TLS connection.
ISO20_STREAM_PAYLOAD_TYPES: frozenset[int] = frozenset(
    {
        PayloadType.SAP,
        PayloadType.MAINSTREAM,
        PayloadType.AC_MAINSTREAM,
        PayloadType.DC_MAINSTREAM,
        PayloadType.ACDP_MAINSTREAM,
        PayloadType.WPT_MAINSTREAM,
        PayloadType.SCHEDULE_RENEGOTIATION,
        PayloadType.METERING_CONFIRMATION,
        PayloadType.ACDP_SYSTEM_STATUS,
        PayloadType.PARKING_STATUS,
    }
)
#: ISO 15118-2 and DIN SPEC 70121 carry every EXI message with payload type 0x8001.
ISO2_STREAM_PAYLOAD_TYPES: frozenset[int] = frozenset({PayloadType.SAP})
#: Payload types an SDP server (SECC) accepts in a datagram.
SDP_REQUEST_PAYLOAD_TYPES: frozenset[int] = frozenset(
    {PayloadType.SDP_REQUEST, PayloadType.SDP_REQUEST_WIRELESS}
)
#: Payload types an SDP client (EVCC) accepts in a datagram.
SDP_RESPONSE_PAYLOAD_TYPES: frozenset[int] = frozenset(
    {PayloadType.SDP_RESPONSE, PayloadType.SDP_RESPONSE_WIRELESS}
)


@dataclass(frozen=True, slots=True)
class V2GTPMessage:
    """One whole V2GTP message: its payload type and payload bytes."""

    payload_type: int
    payload: bytes

    def encode(self) -> bytes:
        """Header + payload."""
        return encode_message(self.payload_type, self.payload)


def encode_header(payload_type: int, payload_length: int) -> bytes:
    """The 8-byte V2GTP header for a payload of this type and length."""
    if not 0 <= payload_type <= 0xFFFF:
        raise ValueError(f"payload type {payload_type:#x} does not fit in 2 bytes")
    if not 0 <= payload_length <= 0xFFFFFFFF:
        raise ValueError(f"payload length {payload_length} does not fit in 4 bytes")
    return _HEADER.pack(PROTOCOL_VERSION, INVERSE_PROTOCOL_VERSION, payload_type, payload_length)


def encode_message(payload_type: int, payload: bytes) -> bytes:
    """A whole V2GTP message: header + payload."""
    return encode_header(payload_type, len(payload)) + bytes(payload)


def check_header(
    header: bytes,
    *,
    max_payload_length: int,
    allowed_payload_types: Iterable[int] | None,
) -> tuple[int, int]:
    """Validate an 8-byte header and return (payload type, payload length).

    Checks in the order of the header fields: version, inverse version, payload type (against
    ``allowed_payload_types``; None accepts any), payload length (against the cap).
    """
    version, inverse, payload_type, length = _HEADER.unpack(header[:HEADER_LENGTH])
    if version != PROTOCOL_VERSION:
        raise V2GTPHeaderError(
            HeaderCheck.VERSION, version, f"got {version:#04x}, expected {PROTOCOL_VERSION:#04x}"
        )
    if inverse != INVERSE_PROTOCOL_VERSION:
        raise V2GTPHeaderError(
            HeaderCheck.INVERSE_VERSION,
            inverse,
            f"got {inverse:#04x}, expected {INVERSE_PROTOCOL_VERSION:#04x}",
        )
    if allowed_payload_types is not None and payload_type not in allowed_payload_types:
        raise V2GTPHeaderError(
            HeaderCheck.PAYLOAD_TYPE, payload_type, f"payload type {payload_type:#06x} is not supported here"
        )
    if length > max_payload_length:
        raise V2GTPHeaderError(
            HeaderCheck.PAYLOAD_LENGTH,
            length,
            f"payload length {length} exceeds the maximum {max_payload_length}",
        )
    return payload_type, length


def decode_datagram(
    data: bytes, *, allowed_payload_types: Iterable[int] | None, max_payload_length: int = 1024
) -> V2GTPMessage:
    """Decode a datagram that must hold exactly one V2GTP message (SDP over UDP)."""
    if len(data) < HEADER_LENGTH:
        raise V2GTPIncompleteError(f"datagram of {len(data)} bytes is shorter than a V2GTP header")
    payload_type, length = check_header(
        data, max_payload_length=max_payload_length, allowed_payload_types=allowed_payload_types
    )
    if len(data) != HEADER_LENGTH + length:
        raise V2GTPIncompleteError(
            f"datagram has {len(data) - HEADER_LENGTH} payload bytes, header declares {length}"
        )
    return V2GTPMessage(payload_type, bytes(data[HEADER_LENGTH:]))


class V2GTPParser:
    """Sans-I/O V2GTP stream parser: feed bytes in any chunking, pull whole messages.

    ``feed`` frames eagerly: it checks version, inverse version and the declared length as soon
    as a header is complete, before any payload is buffered, so the partial message kept is
    never larger than header + ``max_payload_length``. Complete messages wait in a queue (bounded
    by what the caller fed, which the asyncio helper limits to the bytes still needed). The
    payload type is checked when a message is pulled, against ``allowed_payload_types`` at that
    moment, so the session layer may change the allowed set after the SupportedAppProtocol
    handshake. The first error is sticky: messages completed before it are still delivered, then
    every ``next_message`` call raises it; data fed afterwards is dropped.
    """

    def __init__(
        self,
        *,
        max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH,
        allowed_payload_types: Iterable[int] | None = ISO20_STREAM_PAYLOAD_TYPES,
    ) -> None:
        if not 0 <= max_payload_length <= 0xFFFFFFFF:
            raise ValueError("max_payload_length must fit the 4-byte length field")
        self.max_payload_length = max_payload_length
        self.allowed_payload_types: frozenset[int] | None = (
            None if allowed_payload_types is None else frozenset(allowed_payload_types)
        )
        self._buffer = bytearray()
        self._current: tuple[int, int] | None = None  # (type, length) of the header in _buffer
        self._ready: deque[V2GTPMessage] = deque()
        self._error: V2GTPHeaderError | V2GTPIncompleteError | None = None

    @property
    def buffered(self) -> int:
        """Bytes held of the message in progress (not counting queued whole messages)."""
        return len(self._buffer)

    @property
    def pending(self) -> int:
        """Whole messages waiting to be pulled."""
        return len(self._ready)

    @property
    def bytes_needed(self) -> int:
        """Bytes still missing to complete the message in progress (a header counts as 8)."""
        if self._current is None:
            return HEADER_LENGTH - len(self._buffer)
        return HEADER_LENGTH + self._current[1] - len(self._buffer)

    @property
    def failed(self) -> bool:
        """True once a framing error was detected (it is raised after queued messages)."""
        return self._error is not None

    def feed(self, data: bytes) -> None:
        """Take received bytes; frames complete messages into the queue."""
        if self._error is not None or not data:
            return
        view = memoryview(data)
        while view:
            take = min(self.bytes_needed, len(view))
            self._buffer += view[:take]
            view = view[take:]
            if self._current is None:
                if len(self._buffer) < HEADER_LENGTH:
                    break
                try:
                    # The payload type is checked at pull time (see the class docstring).
                    self._current = check_header(
                        bytes(self._buffer),
                        max_payload_length=self.max_payload_length,
                        allowed_payload_types=None,
                    )
                except V2GTPHeaderError as exc:
                    self._fail(exc)
                    return
            if self.bytes_needed == 0:
                payload_type = self._current[0]
                self._ready.append(V2GTPMessage(payload_type, bytes(self._buffer[HEADER_LENGTH:])))
                self._buffer = bytearray()
                self._current = None

    def next_message(self) -> V2GTPMessage | None:
        """The next whole message, None if none is complete yet; raises a framing error."""
        if self._ready:
            message = self._ready.popleft()
            allowed = self.allowed_payload_types
            if allowed is not None and message.payload_type not in allowed:
                exc = V2GTPHeaderError(
                    HeaderCheck.PAYLOAD_TYPE,
                    message.payload_type,
                    f"payload type {message.payload_type:#06x} is not supported here",
                )
                self._fail(exc)
                raise exc
            return message
        if self._error is not None:
            raise self._error
        return None

    def end_of_stream(self) -> None:
        """The peer closed its side (call once ``next_message`` returned None).

        Raises :class:`V2GTPIncompleteError` if the stream stopped inside a message, or the pending
        framing error; returns quietly on a clean end at a message boundary.
        """
        if self._error is None and self._buffer:
            self._fail(
                V2GTPIncompleteError(
                    f"stream ended inside a V2GTP message ({len(self._buffer)} of "
                    f"{len(self._buffer) + self.bytes_needed} bytes received)"
                )
            )
        if self._error is not None:
            raise self._error

    def _fail(self, exc: V2GTPHeaderError | V2GTPIncompleteError) -> None:
        self._error = exc
        self._buffer = bytearray()
        self._current = None
        if isinstance(exc, V2GTPHeaderError) and exc.check is HeaderCheck.PAYLOAD_TYPE:
            self._ready.clear()

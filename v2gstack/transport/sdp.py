"""SECC Discovery Protocol (SDP) message codecs.

SDP messages travel over UDP inside V2GTP (ISO 15118-2 clause 7.10.1 "SECC Discovery Protocol";
ISO 15118-20 keeps them and adds the wireless variants):

* request, payload type 0x9000, 2 bytes: security, transport protocol;
* response, payload type 0x9001, 20 bytes: SECC IPv6 address (16), SECC port (2), security,
  transport protocol;
* wireless request, payload type 0x9002, 61 bytes: security, transport protocol, P2PS/PPD
  (2-byte bit field), coupling type (1), EVID (20 ASCII characters), EVSEID (36 ASCII characters);
* wireless response, payload type 0x9003, 58 bytes: the 20 bytes of the response, then
  DiagStatus (1), coupling type (1), EVSEID (36 ASCII characters).

The P2PS/PPD bit field and the coupling type are kept as raw integers: their value tables are
defined in ISO 15118-20 (and the ACD/WPT parts) and are not interpreted at this layer.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass
from ipaddress import IPv6Address

from v2gstack.transport.errors import SDPDecodeError, SDPEncodeError
from v2gstack.transport.v2gtp import (
    SDP_REQUEST_PAYLOAD_TYPES,
    SDP_RESPONSE_PAYLOAD_TYPES,
    PayloadType,
    decode_datagram,
    encode_message,
)

#: UDP port of the SDP server (ISO 15118-2/-20, "SDP server port"; DIN SPEC 70121 alike).
SDP_SERVER_PORT = 15118
#: The EVCC sends its requests to the IPv6 link-local all-nodes multicast address [V2G2-139].
SDP_MULTICAST_ADDRESS = IPv6Address("ff02::1")

EVID_LENGTH = 20
EVSEID_LENGTH = 36
REQUEST_LENGTH = 2
RESPONSE_LENGTH = 20
WIRELESS_REQUEST_LENGTH = 2 + 2 + 1 + EVID_LENGTH + EVSEID_LENGTH  # 61
WIRELESS_RESPONSE_LENGTH = RESPONSE_LENGTH + 1 + 1 + EVSEID_LENGTH  # 58
#: Largest SDP payload accepted in a datagram (the wireless request).
MAX_SDP_PAYLOAD_LENGTH = WIRELESS_REQUEST_LENGTH

_RESPONSE = struct.Struct(">16sHBB")
_WIRELESS_REQUEST_TAIL = struct.Struct(">HB20s36s")
_WIRELESS_RESPONSE_TAIL = struct.Struct(">BB36s")


class Security(enum.IntEnum):
    """SDP security field: 0x00 secured with TLS, 0x10 no transport layer security."""

    TLS = 0x00
    NO_TLS = 0x10


class TransportProtocol(enum.IntEnum):
    """SDP transport protocol field: 0x00 TCP; 0x10 is reserved for UDP (never served here)."""

    TCP = 0x00
    UDP = 0x10


class DiagStatus(enum.IntEnum):
    """DiagStatus of the wireless SDP response (ISO 15118-20 wireless SDP)."""

    ONGOING = 0x00
    FINISHED_WITH_EVSEID = 0x01
    FINISHED_WITHOUT_EVSEID = 0x02
    ERROR_NO_SECC = 0x10


def _enum_field(cls: type[enum.IntEnum], value: int, name: str) -> int:
    try:
        return cls(value)
    except ValueError:
        raise SDPDecodeError(f"{name} {value:#04x} is a reserved value") from None


def _enum_out(cls: type[enum.IntEnum], value: int, name: str) -> int:
    try:
        return int(cls(value))
    except ValueError:
        raise SDPEncodeError(f"{name} {value!r} is not a valid {cls.__name__}") from None


def _check_length(payload: bytes, expected: int, what: str) -> None:
    if len(payload) != expected:
        raise SDPDecodeError(f"{what} payload has {len(payload)} bytes, expected {expected}")


def _ascii_field(raw: bytes, name: str) -> str:
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        raise SDPDecodeError(f"{name} is not ASCII: {raw!r}") from None


def _encode_ascii(value: str, width: int, name: str) -> bytes:
    try:
        raw = value.encode("ascii")
    except UnicodeEncodeError:
        raise SDPEncodeError(f"{name} must be ASCII: {value!r}") from None
    if len(raw) != width:
        raise SDPEncodeError(f"{name} must be exactly {width} characters, got {len(raw)}")
    return raw


def _encode_endpoint(address: IPv6Address, port: int, security: int, transport: int) -> bytes:
    if not 0 <= port <= 0xFFFF:
        raise SDPEncodeError(f"port {port} does not fit in 2 bytes")
    if not isinstance(address, IPv6Address):
        raise SDPEncodeError(f"address must be an IPv6Address, got {address!r}")
    return _RESPONSE.pack(
        address.packed,
        port,
        _enum_out(Security, security, "security"),
        _enum_out(TransportProtocol, transport, "transport protocol"),
    )


def _decode_endpoint(payload: bytes) -> tuple[IPv6Address, int, Security, TransportProtocol]:
    raw_address, port, security, transport = _RESPONSE.unpack(payload[:RESPONSE_LENGTH])
    return (
        IPv6Address(raw_address),
        port,
        Security(_enum_field(Security, security, "security")),
        TransportProtocol(_enum_field(TransportProtocol, transport, "transport protocol")),
    )


@dataclass(frozen=True, slots=True)
class SDPRequest:
    """SECC Discovery Request (payload type 0x9000)."""

    security: Security
    transport: TransportProtocol = TransportProtocol.TCP

    payload_type = PayloadType.SDP_REQUEST

    def to_payload(self) -> bytes:
        return bytes(
            (
                _enum_out(Security, self.security, "security"),
                _enum_out(TransportProtocol, self.transport, "transport protocol"),
            )
        )

    @classmethod
    def from_payload(cls, payload: bytes) -> SDPRequest:
        _check_length(payload, REQUEST_LENGTH, "SDP request")
        return cls(
            Security(_enum_field(Security, payload[0], "security")),
            TransportProtocol(_enum_field(TransportProtocol, payload[1], "transport protocol")),
        )


@dataclass(frozen=True, slots=True)
class SDPResponse:
    """SECC Discovery Response (payload type 0x9001): where the SECC's V2G server listens."""

    address: IPv6Address
    port: int
    security: Security
    transport: TransportProtocol = TransportProtocol.TCP

    payload_type = PayloadType.SDP_RESPONSE

    def to_payload(self) -> bytes:
        return _encode_endpoint(self.address, self.port, self.security, self.transport)

    @classmethod
    def from_payload(cls, payload: bytes) -> SDPResponse:
        _check_length(payload, RESPONSE_LENGTH, "SDP response")
        return cls(*_decode_endpoint(payload))


@dataclass(frozen=True, slots=True)
class WirelessSDPRequest:
    """SECC Discovery Request for wireless communication (payload type 0x9002, ISO 15118-20).

    ``evid`` and ``evseid`` are fixed-width ASCII fields, kept verbatim (padding included).
    """

    security: Security
    transport: TransportProtocol
    p2ps_ppd: int
    coupling_type: int
    evid: str
    evseid: str

    payload_type = PayloadType.SDP_REQUEST_WIRELESS

    def to_payload(self) -> bytes:
        if not 0 <= self.p2ps_ppd <= 0xFFFF or not 0 <= self.coupling_type <= 0xFF:
            raise SDPEncodeError("P2PS/PPD must fit 2 bytes and the coupling type 1 byte")
        return bytes(
            (
                _enum_out(Security, self.security, "security"),
                _enum_out(TransportProtocol, self.transport, "transport protocol"),
            )
        ) + (
            _WIRELESS_REQUEST_TAIL.pack(
                self.p2ps_ppd,
                self.coupling_type,
                _encode_ascii(self.evid, EVID_LENGTH, "EVID"),
                _encode_ascii(self.evseid, EVSEID_LENGTH, "EVSEID"),
            )
        )

    @classmethod
    def from_payload(cls, payload: bytes) -> WirelessSDPRequest:
        _check_length(payload, WIRELESS_REQUEST_LENGTH, "wireless SDP request")
        head = SDPRequest.from_payload(payload[:REQUEST_LENGTH])
        p2ps_ppd, coupling, evid, evseid = _WIRELESS_REQUEST_TAIL.unpack(payload[REQUEST_LENGTH:])
        return cls(
            head.security,
            head.transport,
            p2ps_ppd,
            coupling,
            _ascii_field(evid, "EVID"),
            _ascii_field(evseid, "EVSEID"),
        )


@dataclass(frozen=True, slots=True)
class WirelessSDPResponse:
    """SECC Discovery Response for wireless communication (payload type 0x9003, ISO 15118-20)."""

    address: IPv6Address
    port: int
    security: Security
    transport: TransportProtocol
    diag_status: DiagStatus
    coupling_type: int
    evseid: str

    payload_type = PayloadType.SDP_RESPONSE_WIRELESS

    def to_payload(self) -> bytes:
        if not 0 <= self.coupling_type <= 0xFF:
            raise SDPEncodeError("the coupling type must fit 1 byte")
        return _encode_endpoint(self.address, self.port, self.security, self.transport) + (
            _WIRELESS_RESPONSE_TAIL.pack(
                _enum_out(DiagStatus, self.diag_status, "DiagStatus"),
                self.coupling_type,
                _encode_ascii(self.evseid, EVSEID_LENGTH, "EVSEID"),
            )
        )

    @classmethod
    def from_payload(cls, payload: bytes) -> WirelessSDPResponse:
        _check_length(payload, WIRELESS_RESPONSE_LENGTH, "wireless SDP response")
        address, port, security, transport = _decode_endpoint(payload)
        diag, coupling, evseid = _WIRELESS_RESPONSE_TAIL.unpack(payload[RESPONSE_LENGTH:])
        return cls(
            address,
            port,
            security,
            transport,
            DiagStatus(_enum_field(DiagStatus, diag, "DiagStatus")),
            coupling,
            _ascii_field(evseid, "EVSEID"),
        )


AnySDPRequest = SDPRequest | WirelessSDPRequest
AnySDPResponse = SDPResponse | WirelessSDPResponse


def encode_sdp(message: AnySDPRequest | AnySDPResponse) -> bytes:
    """The whole datagram (V2GTP header + SDP payload) for an SDP message."""
    payload = message.to_payload()
    return encode_message(message.payload_type, payload)


def decode_sdp_request(datagram: bytes) -> AnySDPRequest:
    """Parse a datagram received by the SDP server (typed error if it is not a valid request)."""
    message = decode_datagram(
        datagram, allowed_payload_types=SDP_REQUEST_PAYLOAD_TYPES, max_payload_length=MAX_SDP_PAYLOAD_LENGTH
    )
    if message.payload_type == PayloadType.SDP_REQUEST:
        return SDPRequest.from_payload(message.payload)
    return WirelessSDPRequest.from_payload(message.payload)


def decode_sdp_response(datagram: bytes) -> AnySDPResponse:
    """Parse a datagram received by the SDP client (typed error if it is not a valid response)."""
    message = decode_datagram(
        datagram, allowed_payload_types=SDP_RESPONSE_PAYLOAD_TYPES, max_payload_length=MAX_SDP_PAYLOAD_LENGTH
    )
    if message.payload_type == PayloadType.SDP_RESPONSE:
        return SDPResponse.from_payload(message.payload)
    return WirelessSDPResponse.from_payload(message.payload)

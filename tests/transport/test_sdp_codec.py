"""SDP message codecs: byte layouts, round trips and every malformed case."""

from __future__ import annotations

import contextlib
from ipaddress import IPv6Address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from v2gstack.errors import V2GStackError
from v2gstack.transport.errors import SDPDecodeError, SDPEncodeError, V2GTPHeaderError, V2GTPIncompleteError
from v2gstack.transport.sdp import (
    DiagStatus,
    SDPRequest,
    SDPResponse,
    Security,
    TransportProtocol,
    WirelessSDPRequest,
    WirelessSDPResponse,
    decode_sdp_request,
    decode_sdp_response,
    encode_sdp,
)
from v2gstack.transport.v2gtp import encode_message

LL = IPv6Address("fe80::1234:56ff:fe78:9abc")
EVID = "WMIV1234567890ABCDEX"
EVSEID = "DE*ABC*E123456789012345678901234567"[:36].ljust(36, "0")


def test_request_bytes() -> None:
    assert encode_sdp(SDPRequest(Security.TLS)) == bytes.fromhex("01fe9000000000020000")
    assert encode_sdp(SDPRequest(Security.NO_TLS)) == bytes.fromhex("01fe9000000000021000")


def test_response_bytes() -> None:
    wire = encode_sdp(SDPResponse(LL, 0xC350, Security.TLS))
    assert wire[:8] == bytes.fromhex("01fe900100000014")
    assert wire[8:24] == LL.packed
    assert wire[24:] == bytes.fromhex("c3500000")
    assert decode_sdp_response(wire) == SDPResponse(LL, 50000, Security.TLS, TransportProtocol.TCP)


def test_wireless_request_layout() -> None:
    request = WirelessSDPRequest(Security.NO_TLS, TransportProtocol.TCP, 0x0102, 0x40, EVID, EVSEID)
    wire = encode_sdp(request)
    assert wire[:8] == bytes.fromhex("01fe90020000003d")  # 61-byte payload
    payload = wire[8:]
    assert payload[:5] == bytes.fromhex("1000010240")
    assert payload[5:25] == EVID.encode()
    assert payload[25:] == EVSEID.encode()
    assert decode_sdp_request(wire) == request


def test_wireless_response_layout() -> None:
    response = WirelessSDPResponse(
        LL, 15119, Security.TLS, TransportProtocol.TCP, DiagStatus.FINISHED_WITH_EVSEID, 0x10, EVSEID
    )
    wire = encode_sdp(response)
    assert wire[:8] == bytes.fromhex("01fe90030000003a")  # 58-byte payload
    assert wire[8 + 20 : 8 + 22] == bytes.fromhex("0110")
    assert decode_sdp_response(wire) == response


security = st.sampled_from(Security)
transport = st.sampled_from(TransportProtocol)
addresses = st.builds(IPv6Address, st.integers(0, (1 << 128) - 1))
ascii_text = st.text(st.characters(min_codepoint=0, max_codepoint=127))
ports = st.integers(0, 0xFFFF)


@given(security, transport)
def test_request_round_trip(sec: Security, tp: TransportProtocol) -> None:
    message = SDPRequest(sec, tp)
    assert decode_sdp_request(encode_sdp(message)) == message


@given(addresses, ports, security, transport)
def test_response_round_trip(addr: IPv6Address, port: int, sec: Security, tp: TransportProtocol) -> None:
    message = SDPResponse(addr, port, sec, tp)
    assert decode_sdp_response(encode_sdp(message)) == message


@given(
    security,
    transport,
    st.integers(0, 0xFFFF),
    st.integers(0, 0xFF),
    ascii_text.map(lambda s: (s * 20)[:20].ljust(20)),
    ascii_text.map(lambda s: (s * 36)[:36].ljust(36)),
)
def test_wireless_request_round_trip(
    sec: Security, tp: TransportProtocol, p2ps: int, coupling: int, evid: str, evseid: str
) -> None:
    message = WirelessSDPRequest(sec, tp, p2ps, coupling, evid, evseid)
    assert decode_sdp_request(encode_sdp(message)) == message


@given(addresses, ports, security, st.sampled_from(DiagStatus), st.integers(0, 0xFF))
def test_wireless_response_round_trip(
    addr: IPv6Address, port: int, sec: Security, diag: DiagStatus, coupling: int
) -> None:
    message = WirelessSDPResponse(addr, port, sec, TransportProtocol.TCP, diag, coupling, EVSEID)
    assert decode_sdp_response(encode_sdp(message)) == message


MALFORMED_REQUESTS = {
    "short datagram": b"\x01\xfe\x90",
    "bad version": bytes.fromhex("02fe9000000000020000"),
    "bad inverse": bytes.fromhex("01ef9000000000020000"),
    "response type": bytes.fromhex("01fe9001000000020000"),
    "exi type": bytes.fromhex("01fe8001000000020000"),
    "length says 3": bytes.fromhex("01fe9000000000030000"),
    "trailing byte": bytes.fromhex("01fe900000000002000000"),
    "payload too short": encode_message(0x9000, b"\x00"),
    "payload too long": encode_message(0x9000, b"\x00\x00\x00"),
    "reserved security": encode_message(0x9000, b"\x01\x00"),
    "reserved transport": encode_message(0x9000, b"\x00\x01"),
    "wireless too short": encode_message(0x9002, b"\x00" * 60),
    "wireless non-ASCII EVID": encode_message(0x9002, b"\x00\x00\x00\x01\x40" + b"\xff" * 20 + b"0" * 36),
    "wireless non-ASCII EVSEID": encode_message(0x9002, b"\x00\x00\x00\x01\x40" + b"0" * 20 + b"\x80" * 36),
    "huge declared length": bytes.fromhex("01fe9000ffffffff0000"),
}


@pytest.mark.parametrize("wire", MALFORMED_REQUESTS.values(), ids=MALFORMED_REQUESTS.keys())
def test_malformed_requests_raise_typed_errors(wire: bytes) -> None:
    with pytest.raises((SDPDecodeError, V2GTPHeaderError, V2GTPIncompleteError)):
        decode_sdp_request(wire)


GOOD_RESPONSE = SDPResponse(LL, 50000, Security.TLS).to_payload()
MALFORMED_RESPONSES = {
    "request type": encode_message(0x9000, GOOD_RESPONSE),
    "short": encode_message(0x9001, GOOD_RESPONSE[:-1]),
    "long": encode_message(0x9001, GOOD_RESPONSE + b"\x00"),
    "reserved security": encode_message(0x9001, GOOD_RESPONSE[:18] + b"\x20\x00"),
    "reserved transport": encode_message(0x9001, GOOD_RESPONSE[:18] + b"\x00\x11"),
    "wireless short": encode_message(0x9003, GOOD_RESPONSE + b"\x01\x10"),
    "wireless reserved diag": encode_message(0x9003, GOOD_RESPONSE + b"\x07\x10" + b"0" * 36),
    "wireless non-ASCII EVSEID": encode_message(0x9003, GOOD_RESPONSE + b"\x01\x10" + b"\xc3" * 36),
}


@pytest.mark.parametrize("wire", MALFORMED_RESPONSES.values(), ids=MALFORMED_RESPONSES.keys())
def test_malformed_responses_raise_typed_errors(wire: bytes) -> None:
    with pytest.raises(V2GStackError):
        decode_sdp_response(wire)


@given(st.binary(max_size=80))
def test_random_datagrams_only_raise_typed_errors(blob: bytes) -> None:
    for decode in (decode_sdp_request, decode_sdp_response):
        with contextlib.suppress(V2GStackError):
            decode(blob)


@pytest.mark.parametrize(
    "message",
    [
        SDPRequest(0x20),  # type: ignore[arg-type]
        SDPResponse(LL, 70000, Security.TLS),
        SDPResponse(LL, 1, Security.TLS, 0x01),  # type: ignore[arg-type]
        SDPResponse("fe80::1", 1, Security.TLS),  # type: ignore[arg-type]
        WirelessSDPRequest(Security.TLS, TransportProtocol.TCP, 0x1_0000, 0, EVID, EVSEID),
        WirelessSDPRequest(Security.TLS, TransportProtocol.TCP, 0, 0x100, EVID, EVSEID),
        WirelessSDPRequest(Security.TLS, TransportProtocol.TCP, 0, 0, EVID[:-1], EVSEID),
        WirelessSDPRequest(Security.TLS, TransportProtocol.TCP, 0, 0, EVID[:-1] + "é", EVSEID),
        WirelessSDPResponse(LL, 1, Security.TLS, TransportProtocol.TCP, DiagStatus.ONGOING, 0, EVSEID + "0"),
        WirelessSDPResponse(LL, 1, Security.TLS, TransportProtocol.TCP, 0x03, 0, EVSEID),  # type: ignore[arg-type]
        WirelessSDPResponse(LL, 1, Security.TLS, TransportProtocol.TCP, DiagStatus.ONGOING, -1, EVSEID),
    ],
)
def test_encoding_out_of_range_fields_raises_typed_error(message: object) -> None:
    with pytest.raises(SDPEncodeError):
        encode_sdp(message)  # type: ignore[arg-type]

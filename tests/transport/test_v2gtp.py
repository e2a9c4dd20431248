"""V2GTP header codec and the sans-I/O stream parser."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from v2gstack.errors import V2GStackError
from v2gstack.transport.errors import HeaderCheck, V2GTPHeaderError, V2GTPIncompleteError
from v2gstack.transport.v2gtp import (
    DEFAULT_MAX_PAYLOAD_LENGTH,
    HEADER_LENGTH,
    ISO2_STREAM_PAYLOAD_TYPES,
    ISO20_STREAM_PAYLOAD_TYPES,
    PayloadType,
    V2GTPMessage,
    V2GTPParser,
    decode_datagram,
    encode_header,
    encode_message,
)


def drain(parser: V2GTPParser) -> list[V2GTPMessage]:
    out = []
    while (message := parser.next_message()) is not None:
        out.append(message)
    return out


def test_header_layout_is_big_endian() -> None:
    assert encode_header(0x8002, 0x01020304) == bytes.fromhex("01fe800201020304")
    assert encode_message(PayloadType.SDP_REQUEST, b"\x10\x00") == bytes.fromhex("01fe9000000000021000")


def test_payload_type_values() -> None:
    assert PayloadType.SAP == 0x8001
    assert PayloadType.WPT_MAINSTREAM == 0x8006
    assert PayloadType.PARKING_STATUS == 0x8104
    assert PayloadType.SDP_RESPONSE_WIRELESS == 0x9003
    assert PayloadType.MAINSTREAM in ISO20_STREAM_PAYLOAD_TYPES
    assert PayloadType.SDP_REQUEST not in ISO20_STREAM_PAYLOAD_TYPES
    assert {0x8001} == ISO2_STREAM_PAYLOAD_TYPES


@pytest.mark.parametrize(("ptype", "length"), [(-1, 0), (0x10000, 0), (0x8001, -1), (0x8001, 1 << 32)])
def test_encode_header_rejects_out_of_range(ptype: int, length: int) -> None:
    with pytest.raises(ValueError):
        encode_header(ptype, length)


@pytest.mark.parametrize(
    ("header", "check", "value"),
    [
        (bytes.fromhex("02fe800200000000"), HeaderCheck.VERSION, 0x02),
        (bytes.fromhex("01ff800200000000"), HeaderCheck.INVERSE_VERSION, 0xFF),
        (bytes.fromhex("01fe900000000000"), HeaderCheck.PAYLOAD_TYPE, 0x9000),
        (bytes.fromhex("01fe123400000000"), HeaderCheck.PAYLOAD_TYPE, 0x1234),
        (bytes.fromhex("01fe8002ffffffff"), HeaderCheck.PAYLOAD_LENGTH, 0xFFFFFFFF),
    ],
)
def test_parser_reports_which_header_check_failed(header: bytes, check: HeaderCheck, value: int) -> None:
    parser = V2GTPParser()
    parser.feed(header)
    with pytest.raises(V2GTPHeaderError) as info:
        parser.next_message()
    assert info.value.check is check
    assert info.value.value == value
    assert isinstance(info.value, V2GStackError)
    assert check.value in str(info.value)


def test_oversized_length_rejected_before_payload_is_buffered() -> None:
    parser = V2GTPParser(max_payload_length=1000)
    parser.feed(encode_header(0x8002, 1001))
    assert parser.failed
    assert parser.buffered == 0
    parser.feed(b"\x00" * 5000)  # dropped after the error
    assert parser.buffered == 0
    with pytest.raises(V2GTPHeaderError) as info:
        parser.next_message()
    assert info.value.check is HeaderCheck.PAYLOAD_LENGTH


def test_length_at_the_limit_is_accepted() -> None:
    parser = V2GTPParser(max_payload_length=1000)
    parser.feed(encode_message(0x8002, b"x" * 1000))
    message = parser.next_message()
    assert message is not None and len(message.payload) == 1000


def test_default_limit_fits_a_large_message() -> None:
    assert DEFAULT_MAX_PAYLOAD_LENGTH >= 32 * 1024
    parser = V2GTPParser()
    payload = bytes(range(256)) * 100  # 25.6 kB, e.g. a CertificateInstallationReq with chains
    parser.feed(encode_message(0x8002, payload))
    assert drain(parser) == [V2GTPMessage(0x8002, payload)]


def test_buffer_never_exceeds_header_plus_max_payload() -> None:
    limit = 300
    parser = V2GTPParser(max_payload_length=limit)
    stream = b"".join(encode_message(0x8002, bytes([i]) * limit) for i in range(5))
    peak = 0
    for i in range(0, len(stream), 7):
        parser.feed(stream[i : i + 7])
        peak = max(peak, parser.buffered)
        drain(parser)
    assert peak <= HEADER_LENGTH + limit


def test_messages_before_an_error_are_delivered_then_the_error_is_sticky() -> None:
    parser = V2GTPParser()
    good = encode_message(0x8002, b"ok")
    parser.feed(good + bytes.fromhex("01fd800200000000") + good)
    assert parser.next_message() == V2GTPMessage(0x8002, b"ok")
    for _ in range(2):
        with pytest.raises(V2GTPHeaderError):
            parser.next_message()
    with pytest.raises(V2GTPHeaderError):
        parser.end_of_stream()


def test_payload_type_is_checked_against_the_set_at_pull_time() -> None:
    parser = V2GTPParser(allowed_payload_types={PayloadType.SAP})
    parser.feed(encode_message(0x8001, b"sap") + encode_message(0x8004, b"dc"))
    assert parser.next_message() == V2GTPMessage(0x8001, b"sap")
    parser.allowed_payload_types = ISO20_STREAM_PAYLOAD_TYPES  # after the SAP handshake
    assert parser.next_message() == V2GTPMessage(0x8004, b"dc")


def test_wrong_payload_type_drops_the_rest() -> None:
    parser = V2GTPParser(allowed_payload_types=ISO2_STREAM_PAYLOAD_TYPES)
    parser.feed(encode_message(0x8002, b"a") + encode_message(0x8001, b"b"))
    with pytest.raises(V2GTPHeaderError) as info:
        parser.next_message()
    assert info.value.check is HeaderCheck.PAYLOAD_TYPE
    with pytest.raises(V2GTPHeaderError):
        parser.next_message()


def test_any_payload_type_when_unrestricted() -> None:
    parser = V2GTPParser(allowed_payload_types=None)
    parser.feed(encode_message(0xA123, b"vendor"))
    assert parser.next_message() == V2GTPMessage(0xA123, b"vendor")


def test_end_of_stream_inside_a_message() -> None:
    parser = V2GTPParser()
    parser.feed(encode_message(0x8002, b"abcdef")[:-2])
    assert parser.next_message() is None
    assert parser.bytes_needed == 2
    with pytest.raises(V2GTPIncompleteError, match="12 of 14 bytes"):
        parser.end_of_stream()
    with pytest.raises(V2GTPIncompleteError):
        parser.next_message()


def test_end_of_stream_inside_a_header() -> None:
    parser = V2GTPParser()
    parser.feed(b"\x01\xfe\x80")
    assert parser.bytes_needed == 5
    with pytest.raises(V2GTPIncompleteError):
        parser.end_of_stream()


def test_clean_end_of_stream() -> None:
    parser = V2GTPParser()
    parser.end_of_stream()
    parser.feed(encode_message(0x8002, b""))
    assert parser.next_message() == V2GTPMessage(0x8002, b"")
    parser.end_of_stream()


def test_bad_max_payload_length() -> None:
    with pytest.raises(ValueError):
        V2GTPParser(max_payload_length=-1)


def test_decode_datagram() -> None:
    data = encode_message(0x9000, b"\x00\x00")
    assert decode_datagram(data, allowed_payload_types={0x9000}) == V2GTPMessage(0x9000, b"\x00\x00")
    with pytest.raises(V2GTPIncompleteError):
        decode_datagram(data[:5], allowed_payload_types={0x9000})
    with pytest.raises(V2GTPIncompleteError):
        decode_datagram(data[:-1], allowed_payload_types={0x9000})
    with pytest.raises(V2GTPIncompleteError):
        decode_datagram(data + b"\x00", allowed_payload_types={0x9000})
    with pytest.raises(V2GTPHeaderError):
        decode_datagram(data, allowed_payload_types={0x9001})
    with pytest.raises(V2GTPHeaderError):
        decode_datagram(encode_message(0x9000, b"x" * 100), allowed_payload_types=None, max_payload_length=64)


payload_types = st.sampled_from(sorted(ISO20_STREAM_PAYLOAD_TYPES))
messages = st.lists(st.builds(V2GTPMessage, payload_types, st.binary(max_size=300)), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(messages, st.data())
def test_any_chunking_yields_the_same_messages(msgs: list[V2GTPMessage], data: st.DataObject) -> None:
    stream = b"".join(m.encode() for m in msgs)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=20)))
    parser = V2GTPParser(max_payload_length=300)
    got: list[V2GTPMessage] = []
    start = 0
    for cut in [*cuts, len(stream)]:
        parser.feed(stream[start:cut])
        start = cut
        got.extend(drain(parser))
    assert got == msgs
    parser.end_of_stream()
    assert parser.buffered == 0


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(1, 16))
def test_arbitrary_bytes_only_raise_typed_errors(blob: bytes, step: int) -> None:
    parser = V2GTPParser(max_payload_length=64, allowed_payload_types=None)
    try:
        for i in range(0, len(blob), step):
            parser.feed(blob[i : i + step])
            drain(parser)
        parser.end_of_stream()
    except V2GStackError:
        pass
    assert parser.buffered <= HEADER_LENGTH + 64


def test_header_struct_matches_field_sizes() -> None:
    version, inverse, ptype, length = struct.unpack(">BBHI", encode_header(0x8101, 7))
    assert (version, inverse, ptype, length) == (1, 0xFE, 0x8101, 7)

"""Pure SDP logic: the SECC responder policy and the EVCC retry core on a fake clock."""

from __future__ import annotations

from ipaddress import IPv6Address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from v2gstack.transport.errors import SDPConfigError, SDPTimeoutError
from v2gstack.transport.sdp import (
    DiagStatus,
    SDPRequest,
    SDPResponse,
    Security,
    TransportProtocol,
    WirelessSDPRequest,
    WirelessSDPResponse,
    decode_sdp_response,
    encode_sdp,
)
from v2gstack.transport.sdp_logic import (
    SDP_MAX_REQUESTS,
    SDP_RESPONSE_TIMEOUT,
    SDPResponder,
    SDPRetryCore,
    TLSPolicy,
    WirelessSDPConfig,
)

ADDR = IPv6Address("fe80::1")
EVSEID = "DE*V2G*E0000000000000000000000000001"
EVID = "ZZ000000000000000001"
TCP, TLS = 61341, 64109


def responder(policy: TLSPolicy, tcp: int | None = TCP, tls: int | None = TLS) -> SDPResponder:
    return SDPResponder(address=ADDR, policy=policy, tcp_port=tcp, tls_port=tls)


@pytest.mark.parametrize(
    ("policy", "tcp", "tls", "asked", "port", "security"),
    [
        (TLSPolicy.REQUIRE_TLS, TCP, TLS, Security.TLS, TLS, Security.TLS),
        (TLSPolicy.REQUIRE_TLS, TCP, TLS, Security.NO_TLS, TLS, Security.TLS),
        (TLSPolicy.REQUIRE_TLS, None, TLS, Security.NO_TLS, TLS, Security.TLS),
        (TLSPolicy.HONOUR_EV, TCP, TLS, Security.TLS, TLS, Security.TLS),
        (TLSPolicy.HONOUR_EV, TCP, TLS, Security.NO_TLS, TCP, Security.NO_TLS),
        (TLSPolicy.HONOUR_EV, TCP, None, Security.TLS, TCP, Security.NO_TLS),
        (TLSPolicy.HONOUR_EV, None, TLS, Security.NO_TLS, TLS, Security.TLS),
        (TLSPolicy.NO_TLS, TCP, TLS, Security.TLS, TCP, Security.NO_TLS),
        (TLSPolicy.NO_TLS, TCP, None, Security.NO_TLS, TCP, Security.NO_TLS),
    ],
)
def test_policy_table(
    policy: TLSPolicy, tcp: int | None, tls: int | None, asked: Security, port: int, security: Security
) -> None:
    reply = responder(policy, tcp, tls).handle_datagram(encode_sdp(SDPRequest(asked)))
    assert reply is not None
    assert decode_sdp_response(reply) == SDPResponse(ADDR, port, security, TransportProtocol.TCP)


@pytest.mark.parametrize(
    ("policy", "tcp", "tls"),
    [
        (TLSPolicy.REQUIRE_TLS, TCP, None),
        (TLSPolicy.NO_TLS, None, TLS),
        (TLSPolicy.HONOUR_EV, None, None),
        (TLSPolicy.HONOUR_EV, 0, TLS),
        (TLSPolicy.HONOUR_EV, TCP, 70000),
    ],
)
def test_inconsistent_configuration_is_rejected(policy: TLSPolicy, tcp: int | None, tls: int | None) -> None:
    with pytest.raises(SDPConfigError):
        responder(policy, tcp, tls)


def test_ignores_malformed_and_udp_requests() -> None:
    r = responder(TLSPolicy.HONOUR_EV)
    assert r.handle_datagram(b"garbage") is None
    assert r.handle_datagram(encode_sdp(SDPRequest(Security.TLS, TransportProtocol.UDP))) is None
    assert r.handle_datagram(encode_sdp(SDPResponse(ADDR, 1, Security.TLS))) is None
    assert r.ignored == 3
    assert r.handle_datagram(encode_sdp(SDPRequest(Security.TLS))) is not None


def test_wireless_requests_need_a_wireless_configuration() -> None:
    request = encode_sdp(WirelessSDPRequest(Security.TLS, TransportProtocol.TCP, 0x0100, 0x00, EVID, EVSEID))
    assert responder(TLSPolicy.HONOUR_EV).handle_datagram(request) is None
    wireless = WirelessSDPConfig(evseid=EVSEID, coupling_type=0x00)
    r = SDPResponder(address=ADDR, policy=TLSPolicy.REQUIRE_TLS, tls_port=TLS, wireless=wireless)
    reply = r.handle_datagram(request)
    assert reply is not None
    assert decode_sdp_response(reply) == WirelessSDPResponse(
        ADDR, TLS, Security.TLS, TransportProtocol.TCP, DiagStatus.FINISHED_WITH_EVSEID, 0x00, EVSEID
    )


@pytest.mark.parametrize(("evseid", "coupling"), [("short", 0), (EVSEID, 256), ("é" * 36, 0)])
def test_wireless_config_validation(evseid: str, coupling: int) -> None:
    with pytest.raises(SDPConfigError):
        WirelessSDPConfig(evseid=evseid, coupling_type=coupling)


def test_standard_constants() -> None:
    assert SDP_RESPONSE_TIMEOUT == 0.25
    assert SDP_MAX_REQUESTS == 50


def test_retry_core_sends_50_requests_250ms_apart_then_times_out() -> None:
    core = SDPRetryCore(SDPRequest(Security.TLS))
    t0 = 1000.0
    sent_at = []
    now = t0
    with pytest.raises(SDPTimeoutError) as info:
        for _ in range(200):
            datagram = core.poll(now)
            if datagram is not None:
                assert datagram == encode_sdp(SDPRequest(Security.TLS))
                sent_at.append(now)
            assert core.poll(now) is None  # nothing more is due at the same instant
            deadline = core.deadline
            assert deadline is not None
            now = deadline
    assert len(sent_at) == 50
    assert sent_at == pytest.approx([t0 + 0.25 * i for i in range(50)])
    assert info.value.requests_sent == 50
    assert info.value.elapsed == pytest.approx(12.5)
    assert core.done and core.deadline is None
    with pytest.raises(SDPTimeoutError):
        core.poll(now + 100)  # stays failed


def test_retry_core_polled_early_does_not_resend() -> None:
    core = SDPRetryCore(SDPRequest(Security.TLS), response_timeout=1.0, max_requests=2)
    assert core.poll(0.0) is not None
    assert core.poll(0.999) is None
    assert core.poll(1.0) is not None
    assert core.requests_sent == 2
    assert core.poll(1.5) is None
    with pytest.raises(SDPTimeoutError):
        core.poll(2.0)


def test_retry_core_accepts_a_valid_response_and_stops() -> None:
    core = SDPRetryCore(SDPRequest(Security.TLS))
    response = SDPResponse(ADDR, TLS, Security.TLS)
    assert core.receive(encode_sdp(response), 0.0) is None  # not started: ignored
    core.poll(0.0)
    core.poll(0.25)
    assert core.receive(b"\x01\xfe junk", 0.3) is None
    assert core.receive(encode_sdp(SDPRequest(Security.TLS)), 0.3) is None
    assert core.ignored == 2
    assert core.receive(encode_sdp(response), 0.3) == response
    assert core.done and core.result == response and core.deadline is None
    assert core.poll(10.0) is None
    assert core.receive(encode_sdp(SDPResponse(ADDR, 1, Security.TLS)), 0.4) is None
    assert core.requests_sent == 2


def test_retry_core_filters_kind_transport_and_security() -> None:
    core = SDPRetryCore(SDPRequest(Security.TLS), accept_security=frozenset({Security.TLS}))
    core.poll(0.0)
    wireless = WirelessSDPResponse(
        ADDR, TLS, Security.TLS, TransportProtocol.TCP, DiagStatus.ONGOING, 0, EVSEID
    )
    assert core.receive(encode_sdp(wireless), 0.1) is None
    assert core.receive(encode_sdp(SDPResponse(ADDR, TCP, Security.NO_TLS)), 0.1) is None
    assert core.receive(encode_sdp(SDPResponse(ADDR, TCP, Security.TLS, TransportProtocol.UDP)), 0.1) is None
    assert core.ignored == 3
    assert core.receive(encode_sdp(SDPResponse(ADDR, TLS, Security.TLS)), 0.1) is not None


def test_wireless_retry_core_takes_only_wireless_responses() -> None:
    request = WirelessSDPRequest(Security.TLS, TransportProtocol.TCP, 0x0100, 0x00, EVID, " " * 36)
    core = SDPRetryCore(request)
    assert core.poll(5.0) == encode_sdp(request)
    assert core.receive(encode_sdp(SDPResponse(ADDR, TLS, Security.TLS)), 5.1) is None
    wireless = WirelessSDPResponse(
        ADDR, TLS, Security.TLS, TransportProtocol.TCP, DiagStatus.FINISHED_WITH_EVSEID, 0, EVSEID
    )
    assert core.receive(encode_sdp(wireless), 5.1) == wireless


@pytest.mark.parametrize(("timeout", "count"), [(0.0, 50), (0.25, 0)])
def test_retry_core_configuration(timeout: float, count: int) -> None:
    with pytest.raises(SDPConfigError):
        SDPRetryCore(SDPRequest(Security.TLS), response_timeout=timeout, max_requests=count)


@given(st.binary(max_size=100))
def test_responder_never_raises_on_peer_input(blob: bytes) -> None:
    r = responder(TLSPolicy.HONOUR_EV)
    reply = r.handle_datagram(blob)
    assert reply is None or decode_sdp_response(reply).port in (TCP, TLS)


@given(st.binary(min_size=2, max_size=2))
def test_responder_answers_exactly_the_valid_two_byte_requests(payload: bytes) -> None:
    reply = responder(TLSPolicy.HONOUR_EV).handle_datagram(b"\x01\xfe\x90\x00\x00\x00\x00\x02" + payload)
    valid = payload[0] in (0x00, 0x10) and payload[1] == 0x00
    assert (reply is not None) == valid

"""Asyncio SDP server and client over loopback (::1), no root needed."""

from __future__ import annotations

import asyncio
import socket
from ipaddress import IPv6Address

import pytest

from tests.transport._aio import arun
from v2gstack.transport.errors import NetworkInterfaceError, SDPTimeoutError
from v2gstack.transport.netif import link_local_address, resolve_interface
from v2gstack.transport.sdp import (
    SDPRequest,
    SDPResponse,
    Security,
    TransportProtocol,
    decode_sdp_request,
    encode_sdp,
)
from v2gstack.transport.sdp_client import DiscoveredSECC, discover_secc
from v2gstack.transport.sdp_logic import SDPResponder, TLSPolicy
from v2gstack.transport.sdp_server import start_sdp_server

LOOPBACK = IPv6Address("::1")


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback (::1)")


@arun
async def test_discovery_over_loopback_honours_policy() -> None:
    responder = SDPResponder(address=LOOPBACK, policy=TLSPolicy.HONOUR_EV, tcp_port=50001, tls_port=50002)
    async with await start_sdp_server(responder, host="::1", port=0) as server:
        _host, port = server.sockname
        tls = await discover_secc(host="::1", port=port)
        plain = await discover_secc(SDPRequest(Security.NO_TLS), host="::1", port=port)
    assert tls == DiscoveredSECC(SDPResponse(LOOPBACK, 50002, Security.TLS, TransportProtocol.TCP), 0)
    assert (plain.port, plain.security) == (50001, Security.NO_TLS)
    assert tls.host() == "::1"


@arun
async def test_server_survives_garbage_and_keeps_serving() -> None:
    responder = SDPResponder(address=LOOPBACK, policy=TLSPolicy.REQUIRE_TLS, tls_port=50002)
    async with await start_sdp_server(responder, host="::1", port=0) as server:
        _host, port = server.sockname
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
            for junk in (b"", b"\x01", b"\x01\xfe\x90\x00\xff\xff\xff\xff", b"\x00" * 5000, b"x" * 60000):
                sock.sendto(junk, ("::1", port))
            await asyncio.sleep(0.05)
        found = await discover_secc(SDPRequest(Security.NO_TLS), host="::1", port=port)
    assert (found.port, found.security) == (50002, Security.TLS)
    assert responder.ignored == 3  # datagrams over 2 kB are dropped before parsing


class _LossyFakeServer(asyncio.DatagramProtocol):
    """Answers only the n-th request, with garbage first: exercises the client's retries."""

    def __init__(self, answer_on: int) -> None:
        self.answer_on = answer_on
        self.requests: list[SDPRequest] = []
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        request = decode_sdp_request(data)
        assert isinstance(request, SDPRequest)
        self.requests.append(request)
        assert self.transport is not None
        if len(self.requests) == self.answer_on:
            self.transport.sendto(b"\x01\xfe\x90\x01\x00\x00\x00\x01\x00", addr)  # malformed
            self.transport.sendto(encode_sdp(SDPResponse(LOOPBACK, 4242, Security.TLS)), addr)


@arun
async def test_client_retries_until_answered() -> None:
    loop = asyncio.get_running_loop()
    transport, fake = await loop.create_datagram_endpoint(
        lambda: _LossyFakeServer(answer_on=3), local_addr=("::1", 0)
    )
    try:
        port = transport.get_extra_info("sockname")[1]
        found = await discover_secc(host="::1", port=port, response_timeout=0.05, max_requests=10)
    finally:
        transport.close()
    assert found.port == 4242
    assert len(fake.requests) == 3
    assert all(r == SDPRequest(Security.TLS) for r in fake.requests)


@arun
async def test_client_times_out_with_typed_error() -> None:
    loop = asyncio.get_running_loop()
    transport, fake = await loop.create_datagram_endpoint(
        lambda: _LossyFakeServer(answer_on=0), local_addr=("::1", 0)
    )
    try:
        port = transport.get_extra_info("sockname")[1]
        started = loop.time()
        with pytest.raises(SDPTimeoutError) as info:
            await discover_secc(host="::1", port=port, response_timeout=0.03, max_requests=4)
        elapsed = loop.time() - started
    finally:
        transport.close()
    assert info.value.requests_sent == 4
    assert len(fake.requests) == 4
    assert 0.1 <= elapsed < 2.0


@arun
async def test_client_to_closed_port_times_out() -> None:
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
        sock.bind(("::1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SDPTimeoutError):  # ICMP port unreachable must not end the retries early
        await discover_secc(host="::1", port=port, response_timeout=0.02, max_requests=3)


@arun
async def test_mode_arguments_are_exclusive() -> None:
    responder = SDPResponder(address=LOOPBACK, policy=TLSPolicy.NO_TLS, tcp_port=1)
    with pytest.raises(ValueError):
        await start_sdp_server(responder)
    with pytest.raises(ValueError):
        await start_sdp_server(responder, interface="lo", host="::1")
    with pytest.raises(ValueError):
        await discover_secc()


@arun
async def test_unknown_interface_is_a_typed_error() -> None:
    responder = SDPResponder(address=LOOPBACK, policy=TLSPolicy.NO_TLS, tcp_port=1)
    with pytest.raises(NetworkInterfaceError):
        await start_sdp_server(responder, interface="nosuchif0", port=0)
    with pytest.raises(NetworkInterfaceError):
        await discover_secc(interface="nosuchif0")


def test_interface_helpers() -> None:
    name, index = resolve_interface("lo")
    assert resolve_interface(index) == (name, index)
    with pytest.raises(NetworkInterfaceError):
        resolve_interface(999_999)
    with pytest.raises(NetworkInterfaceError, match="link-local"):
        link_local_address("lo")  # loopback has ::1 only


@arun
async def test_interface_mode_ignores_requests_from_other_interfaces() -> None:
    # bound to the wildcard address on lo's index: a unicast request from ::1 has no link-local
    # scope on that interface, so the server must stay silent (unicast mode answers it, above)
    responder = SDPResponder(address=LOOPBACK, policy=TLSPolicy.NO_TLS, tcp_port=1)
    try:
        server = await start_sdp_server(responder, interface="lo", port=0)
    except OSError as exc:
        pytest.skip(f"cannot join ff02::1 on lo here: {exc}")
    async with server:
        with pytest.raises(SDPTimeoutError):
            await discover_secc(host="::1", port=server.sockname[1], response_timeout=0.03, max_requests=3)
    assert responder.ignored == 0  # filtered before it reached the responder

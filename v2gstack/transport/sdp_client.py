"""Asyncio SDP client (EVCC side): discovers the SECC's V2G server.

Interface mode multicasts the request to ff02::1 on the interface [V2G2-139]; unicast mode sends
it to a given host and port (loopback tests, benches). Retries and the final timeout come from
the pure :class:`~v2gstack.transport.sdp_logic.SDPRetryCore`.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass
from ipaddress import IPv6Address

from v2gstack.transport.errors import NetworkInterfaceError
from v2gstack.transport.netif import resolve_interface
from v2gstack.transport.sdp import (
    SDP_MULTICAST_ADDRESS,
    SDP_SERVER_PORT,
    AnySDPRequest,
    AnySDPResponse,
    SDPRequest,
    Security,
    TransportProtocol,
)
from v2gstack.transport.sdp_logic import SDP_MAX_REQUESTS, SDP_RESPONSE_TIMEOUT, SDPRetryCore

log = logging.getLogger(__name__)

_QUEUE_LIMIT = 64  # datagrams waiting for the client; more are dropped (bounded memory)


@dataclass(frozen=True, slots=True)
class DiscoveredSECC:
    """The SECC's answer and the interface index needed to reach a link-local address."""

    response: AnySDPResponse
    scope_id: int

    @property
    def address(self) -> IPv6Address:
        return self.response.address

    @property
    def port(self) -> int:
        return self.response.port

    @property
    def security(self) -> Security:
        return self.response.security

    @property
    def transport(self) -> TransportProtocol:
        return self.response.transport

    def host(self) -> str:
        """The address as a connectable host string (``fe80::1%3`` for link-local addresses)."""
        if self.address.is_link_local and self.scope_id:
            return f"{self.address}%{self.scope_id}"
        return str(self.address)


class _SDPClientProtocol(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue(maxsize=_QUEUE_LIMIT)

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        try:
            self.queue.put_nowait(data)
        except asyncio.QueueFull:
            log.debug("SDP client queue full, dropping datagram from %s", addr)

    def error_received(self, exc: Exception) -> None:
        # e.g. ICMP port unreachable in unicast mode: the retry logic carries on
        log.debug("SDP client socket error: %s", exc)


def _destination(
    interface: str | int | None, host: str | None, port: int
) -> tuple[socket.socket, tuple[str, int, int, int], int]:
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    try:
        if interface is not None:
            _name, ifindex = resolve_interface(interface)
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, ifindex)
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 1)
            sock.bind(("::", 0, 0, 0))
            return sock, (str(SDP_MULTICAST_ADDRESS), port, 0, ifindex), ifindex
        assert host is not None
        try:
            infos = socket.getaddrinfo(host, port, socket.AF_INET6, socket.SOCK_DGRAM)
        except socket.gaierror as exc:
            raise NetworkInterfaceError(f"cannot resolve SDP server host {host!r}: {exc}") from None
        dest = infos[0][4]
        sock.bind(("::", 0, 0, 0))
        scope = int(dest[3]) if len(dest) > 3 else 0
        return sock, (str(dest[0]), int(dest[1]), 0, scope), scope
    except BaseException:
        sock.close()
        raise


async def discover_secc(
    request: AnySDPRequest | None = None,
    *,
    interface: str | int | None = None,
    host: str | None = None,
    port: int = SDP_SERVER_PORT,
    response_timeout: float = SDP_RESPONSE_TIMEOUT,
    max_requests: int = SDP_MAX_REQUESTS,
    accept_security: frozenset[Security] = frozenset(Security),
) -> DiscoveredSECC:
    """Run SDP until a valid response arrives; raises :class:`SDPTimeoutError` if none does.

    ``request`` defaults to asking for TLS over TCP. Give exactly one of ``interface`` (multicast
    to ff02::1) or ``host`` (unicast).
    """
    if (interface is None) == (host is None):
        raise ValueError("give exactly one of interface (multicast mode) or host (unicast mode)")
    core = SDPRetryCore(
        request if request is not None else SDPRequest(Security.TLS),
        response_timeout=response_timeout,
        max_requests=max_requests,
        accept_security=accept_security,
    )
    sock, destination, scope_id = _destination(interface, host, port)
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(_SDPClientProtocol, sock=sock)
    try:
        while True:
            datagram = core.poll(loop.time())  # raises SDPTimeoutError when exhausted
            if datagram is not None:
                transport.sendto(datagram, destination)
            deadline = core.deadline
            assert deadline is not None
            try:
                async with asyncio.timeout_at(deadline):
                    data = await protocol.queue.get()
            except TimeoutError:
                continue
            response = core.receive(data, loop.time())
            if response is not None:
                return DiscoveredSECC(response, scope_id)
    finally:
        transport.close()

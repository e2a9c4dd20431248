"""Asyncio SDP server (SECC side): answers SECC Discovery Requests over UDP.

Two modes:

* interface mode: binds UDP port 15118 (configurable) on the wildcard address, joins ff02::1 on
  the given interface (the EVCC multicasts its request there [V2G2-139]) and only answers
  requests that arrived from a link-local source on that interface;
* unicast mode (``host``, e.g. ``::1``): binds to that address only, no multicast, no root needed.

The response is sent back to the request's source address and port. The decision what to
announce is the pure :class:`~v2gstack.transport.sdp_logic.SDPResponder`'s.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import struct
from typing import cast

from v2gstack.transport.errors import NetworkInterfaceError
from v2gstack.transport.netif import link_local_address, resolve_interface
from v2gstack.transport.sdp import SDP_MULTICAST_ADDRESS, SDP_SERVER_PORT
from v2gstack.transport.sdp_logic import SDPResponder, TLSPolicy, WirelessSDPConfig

log = logging.getLogger(__name__)

_RECEIVE_LIMIT = 2048  # an SDP request is at most 69 bytes; larger datagrams are dropped anyway


class _SDPServerProtocol(asyncio.DatagramProtocol):
    def __init__(self, responder: SDPResponder, ifindex: int | None) -> None:
        self.responder = responder
        self.ifindex = ifindex
        self.transport: asyncio.DatagramTransport | None = None
        self.closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        if self.ifindex is not None and (len(addr) < 4 or addr[3] != self.ifindex):
            log.debug("SDP request from %s not on interface %s: ignored", addr, self.ifindex)
            return
        if len(data) > _RECEIVE_LIMIT:
            return
        try:
            reply = self.responder.handle_datagram(data)
        except Exception:  # defence in depth: nothing a peer sends may stop the server
            log.exception("SDP responder failed on %r from %s", data[:64], addr)
            return
        if reply is not None and self.transport is not None:
            self.transport.sendto(reply, addr)

    def error_received(self, exc: Exception) -> None:
        log.debug("SDP server socket error: %s", exc)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)


class SDPServer:
    """A running SDP server; close it with ``close()`` + ``await wait_closed()`` or ``async with``."""

    def __init__(self, transport: asyncio.DatagramTransport, protocol: _SDPServerProtocol) -> None:
        self._transport = transport
        self._protocol = protocol

    @property
    def responder(self) -> SDPResponder:
        return self._protocol.responder

    @property
    def sockname(self) -> tuple[str, int]:
        """(host, port) the server is bound to (the port is useful when started on port 0)."""
        name = self._transport.get_extra_info("sockname")
        return str(name[0]), int(name[1])

    def close(self) -> None:
        self._transport.close()

    async def wait_closed(self) -> None:
        await self._protocol.closed

    async def __aenter__(self) -> SDPServer:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()
        await self.wait_closed()


def _interface_socket(ifindex: int, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(("::", port, 0, 0))
        mreq = SDP_MULTICAST_ADDRESS.packed + struct.pack("@I", ifindex)
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    except OSError:
        sock.close()
        raise
    return sock


def _host_socket(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, socket.AF_INET6, socket.SOCK_DGRAM)
    except socket.gaierror as exc:
        raise NetworkInterfaceError(f"cannot resolve SDP server host {host!r}: {exc}") from None
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(infos[0][4])
    except OSError:
        sock.close()
        raise
    return sock


async def start_sdp_server(
    responder: SDPResponder,
    *,
    interface: str | int | None = None,
    host: str | None = None,
    port: int = SDP_SERVER_PORT,
) -> SDPServer:
    """Start answering SDP requests: on ``interface`` (multicast) or on ``host`` (unicast)."""
    if (interface is None) == (host is None):
        raise ValueError("give exactly one of interface (multicast mode) or host (unicast mode)")
    ifindex: int | None = None
    if interface is not None:
        _name, ifindex = resolve_interface(interface)
        sock = _interface_socket(ifindex, port)
    else:
        assert host is not None
        sock = _host_socket(host, port)
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: _SDPServerProtocol(responder, ifindex), sock=sock
    )
    return SDPServer(transport, protocol)


def interface_responder(
    interface: str | int,
    *,
    policy: TLSPolicy,
    tcp_port: int | None = None,
    tls_port: int | None = None,
    wireless: WirelessSDPConfig | None = None,
) -> SDPResponder:
    """A responder announcing the interface's link-local address (where the V2G servers listen)."""
    return SDPResponder(
        address=link_local_address(interface),
        policy=policy,
        tcp_port=tcp_port,
        tls_port=tls_port,
        wireless=wireless,
    )

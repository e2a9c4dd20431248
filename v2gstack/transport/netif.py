"""Network interface helpers for SDP: resolve an interface, find its IPv6 link-local address."""

from __future__ import annotations

import socket
from ipaddress import IPv6Address
from pathlib import Path

from v2gstack.transport.errors import NetworkInterfaceError

_IF_INET6 = Path("/proc/net/if_inet6")
_SCOPE_LINK = 0x20
_IFA_F_DADFAILED = 0x08
_IFA_F_TENTATIVE = 0x40


def resolve_interface(interface: str | int) -> tuple[str, int]:
    """(name, index) of an interface given by name or index."""
    try:
        if isinstance(interface, int):
            return socket.if_indextoname(interface), interface
        return interface, socket.if_nametoindex(interface)
    except OSError as exc:
        raise NetworkInterfaceError(f"no network interface {interface!r}: {exc}") from None


def link_local_address(interface: str | int) -> IPv6Address:
    """The interface's IPv6 link-local address (fe80::/10) that passed duplicate address detection.

    The SECC announces this address in its SDP response (its V2G server listens on it). Linux
    only (reads /proc/net/if_inet6); raises :class:`NetworkInterfaceError` if there is none yet,
    e.g. while DAD is still running on a fresh link.
    """
    name, _index = resolve_interface(interface)
    try:
        lines = _IF_INET6.read_text().splitlines()
    except OSError as exc:
        raise NetworkInterfaceError(f"cannot list IPv6 addresses ({_IF_INET6}): {exc}") from None
    tentative = False
    for line in lines:
        fields = line.split()
        if len(fields) != 6 or fields[5] != name:
            continue
        address_hex, _ifindex, _prefix, scope, flags, _ = fields
        if int(scope, 16) != _SCOPE_LINK:
            continue
        if int(flags, 16) & (_IFA_F_TENTATIVE | _IFA_F_DADFAILED):
            tentative = True
            continue
        return IPv6Address(bytes.fromhex(address_hex))
    detail = " (only tentative ones: DAD not finished)" if tentative else ""
    raise NetworkInterfaceError(f"interface {name} has no usable IPv6 link-local address{detail}")

"""AF_PACKET raw socket for ethertype 0x88E1, driven by an asyncio event loop (Linux only).

Frames are accepted only when addressed to our MAC, to broadcast, or to an extra address the
caller asks for (a simulated modem): a veth or a bridge delivers frames meant for other hosts.
Our own outgoing frames, which packet sockets also see, are dropped.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Iterable

from v2gstack.slac.codec import mac_str
from v2gstack.slac.errors import TransportError
from v2gstack.slac.mmtypes import BROADCAST, ETH_MIN_FRAME, ETHERTYPE_HOMEPLUG

PACKET_OUTGOING = 4
MAX_READS_PER_WAKEUP = 64
"""Frames read per readiness callback, so a flood cannot starve the event loop."""


class RawSocketTransport:
    """Send and receive HomePlug frames on one interface."""

    def __init__(self, iface: str, extra_macs: Iterable[str] = ()) -> None:
        self.iface = iface
        try:
            self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETHERTYPE_HOMEPLUG))
            self.sock.bind((iface, ETHERTYPE_HOMEPLUG))
        except (OSError, AttributeError) as exc:
            raise TransportError(f"cannot open a raw socket on {iface!r}: {exc}") from exc
        self.sock.setblocking(False)
        self.mac = mac_str(self.sock.getsockname()[4][:6])
        self.accept = {self.mac, BROADCAST, *(m.lower() for m in extra_macs)}
        self._loop: asyncio.AbstractEventLoop | None = None

    def send(self, frame: bytes) -> None:
        if len(frame) < ETH_MIN_FRAME:
            frame = frame + b"\x00" * (ETH_MIN_FRAME - len(frame))
        try:
            self.sock.send(frame)
        except BlockingIOError:
            pass  # the interface queue is full: like a lost frame, the protocol retries
        except OSError as exc:
            raise TransportError(f"send on {self.iface}: {exc}") from exc

    def read_ready(self) -> list[bytes]:
        """Frames waiting in the socket that are for us (at most MAX_READS_PER_WAKEUP)."""
        frames: list[bytes] = []
        for _ in range(MAX_READS_PER_WAKEUP):
            try:
                data, addr = self.sock.recvfrom(2048)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                raise TransportError(f"receive on {self.iface}: {exc}") from exc
            if addr[2] == PACKET_OUTGOING or len(data) < 14:
                continue
            if mac_str(data[0:6]) in self.accept:
                frames.append(data)
        return frames

    def start(self, on_frame: Callable[[bytes], None]) -> None:
        """Call ``on_frame`` from the running event loop for each accepted frame."""
        self._loop = asyncio.get_running_loop()

        def readable() -> None:
            for frame in self.read_ready():
                on_frame(frame)

        self._loop.add_reader(self.sock.fileno(), readable)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.remove_reader(self.sock.fileno())
            self._loop = None
        self.sock.close()

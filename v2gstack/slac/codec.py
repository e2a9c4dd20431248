"""Encoding and defensive parsing of SLAC Ethernet frames.

:func:`parse_frame` is the single entry point for bytes from the wire: whatever the input it
returns a :class:`Frame` or raises :class:`~v2gstack.slac.errors.FrameError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scapy.layers.l2 import Ether

from v2gstack.slac import vendor as _vendor  # noqa: F401  (registers the vendor layers)
from v2gstack.slac.errors import FrameError
from v2gstack.slac.frames import MMTYPE_OF, PAYLOAD_CLASSES, HomePlugMM
from v2gstack.slac.mmtypes import ETHERTYPE_HOMEPLUG, MMTYPE_NAMES, is_vendor

ETH_HEADER = 14
MAX_FRAME = 1518
"""Longest frame accepted (Ethernet maximum without FCS, with a VLAN tag)."""
SLAC_MMV = 1
"""ISO 15118-3 Annex A: SLAC messages use MMV 0x01 (HomePlug AV 1.1)."""


def mac_str(raw: bytes) -> str:
    return ":".join(f"{b:02x}" for b in raw)


def mac_bytes(mac: str) -> bytes:
    try:
        raw = bytes.fromhex(mac.replace(":", "").replace("-", ""))
    except ValueError as exc:
        raise FrameError(f"not a MAC address: {mac!r}") from exc
    if len(raw) != 6:
        raise FrameError(f"not a MAC address: {mac!r}")
    return raw


@dataclass(frozen=True)
class Frame:
    """A parsed management frame: Ethernet addresses, header and the typed message layer."""

    dst: str
    src: str
    mmv: int
    mmtype: int
    msg: Any
    """The message layer (an instance of one of the classes in :mod:`.frames`/:mod:`.vendor`)."""

    @property
    def name(self) -> str:
        return MMTYPE_NAMES.get(self.mmtype, f"0x{self.mmtype:04x}")


def encode(dst: str, src: str, msg: Any, *, mmv: int | None = None) -> bytes:
    """Ethernet frame carrying ``msg``, padded to 60 bytes. MMV 1 for CM_*, 0 for vendor MMEs."""
    mmtype = MMTYPE_OF.get(type(msg))
    if mmtype is None:
        raise FrameError(f"{type(msg).__name__} is not a registered management message")
    if mmv is None:
        mmv = 0 if is_vendor(mmtype) else SLAC_MMV
    pkt = Ether(dst=dst, src=src, type=ETHERTYPE_HOMEPLUG) / HomePlugMM(mmv=mmv, mmtype=mmtype) / msg
    return bytes(pkt)


def _header_len(mmv: int, mmtype: int) -> int:
    return 3 + (2 if mmv != 0 else 0) + (3 if is_vendor(mmtype) else 0)


def parse_frame(data: bytes | bytearray | memoryview) -> Frame:
    """Parse one Ethernet frame of ethertype 0x88E1; raise FrameError on anything unexpected."""
    raw = bytes(data)
    if len(raw) < ETH_HEADER + 3:
        raise FrameError(f"truncated frame: {len(raw)} bytes")
    if len(raw) > MAX_FRAME:
        raise FrameError(f"frame too long: {len(raw)} bytes")
    ethertype = int.from_bytes(raw[12:14], "big")
    if ethertype != ETHERTYPE_HOMEPLUG:
        raise FrameError(f"not a HomePlug frame (ethertype 0x{ethertype:04x})")
    mmv, mmtype = raw[14], int.from_bytes(raw[15:17], "little")
    if mmv not in (0, 1, 2):
        raise FrameError(f"unknown MMV {mmv}")
    cls = PAYLOAD_CLASSES.get(mmtype)
    if cls is None:
        raise FrameError(f"unsupported MMTYPE 0x{mmtype:04x}")
    if not is_vendor(mmtype) and mmv != SLAC_MMV:
        raise FrameError(f"{MMTYPE_NAMES[mmtype]} with MMV {mmv}, expected {SLAC_MMV}")
    hlen = _header_len(mmv, mmtype)
    if len(raw) < ETH_HEADER + hlen:
        raise FrameError(f"truncated {MMTYPE_NAMES[mmtype]} header")
    try:
        hdr = HomePlugMM(raw[ETH_HEADER:])
    except Exception as exc:  # scapy raises assorted exceptions on odd input
        raise FrameError(f"cannot dissect {MMTYPE_NAMES[mmtype]}: {exc}") from exc
    if mmv != 0 and (hdr.fmi & 0xF0):
        raise FrameError("fragmented management messages are not supported")
    msg = hdr.payload
    if not isinstance(msg, cls):
        raise FrameError(f"cannot dissect {MMTYPE_NAMES[mmtype]}: truncated body or foreign vendor OUI")
    body = raw[ETH_HEADER + hlen:]
    try:
        rebuilt = bytes(msg)
    except Exception as exc:
        raise FrameError(f"inconsistent {MMTYPE_NAMES[mmtype]}: {exc}") from exc
    if len(rebuilt) > len(body) or body[: len(rebuilt)] != rebuilt:
        raise FrameError(f"truncated or inconsistent {MMTYPE_NAMES[mmtype]} ({len(body)} body bytes)")
    return Frame(mac_str(raw[0:6]), mac_str(raw[6:12]), mmv, mmtype, msg)

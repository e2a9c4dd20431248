"""Bytes from the wire: only FrameError may come out of parse_frame, whatever the input."""

from __future__ import annotations

import contextlib
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from v2gstack.slac import frames as f
from v2gstack.slac.codec import encode, parse_frame
from v2gstack.slac.errors import FrameError

EV = "02:00:00:00:00:01"
EVSE = "02:00:00:00:00:02"
GOOD = [
    encode(EVSE, EV, f.CmSlacMatchReq(pev_mac=EV, evse_mac=EVSE, run_id=b"\x01" * 8)),
    encode(EV, EVSE, f.CmAttenCharInd(source_address=EV, aag=list(range(58)))),
    encode(EVSE, EV, f.CmAttenProfileInd(pev_mac=EV, aag=[1] * 58)),
    encode(EV, EVSE, f.CmSlacParmReq(security_type=1, cipher_suites=[1, 2])),
]


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "truncated"),
        (GOOD[0][:16], "truncated"),
        (GOOD[0][:12] + b"\x08\x00" + GOOD[0][14:], "not a HomePlug"),
        (GOOD[0][:14] + b"\x07" + GOOD[0][15:], "unknown MMV"),
        (GOOD[0][:14] + b"\x00" + GOOD[0][15:], "MMV 0"),
        (GOOD[0][:14] + b"\x02" + GOOD[0][15:], "MMV 2"),
        (GOOD[0][:15] + b"\x34\x12" + GOOD[0][17:], "unsupported MMTYPE"),
        (GOOD[0][:40], "truncated"),
        (GOOD[1][:100], "announces 58 entries, got 29"),
        (GOOD[0][:17] + b"\x21" + GOOD[0][18:], "fragmented"),
        (GOOD[0] + bytes(2000), "too long"),
    ],
)
def test_bad_frames_raise_frame_error(raw: bytes, fragment: str) -> None:
    with pytest.raises(FrameError, match=fragment):
        parse_frame(raw)


def test_vendor_frame_with_foreign_oui_rejected() -> None:
    raw = bytes.fromhex("00b05200000102000000000288e100b8a000aabbcc") + bytes(40)
    with pytest.raises(FrameError, match="OUI"):
        parse_frame(raw)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_only_raise_frame_error(raw: bytes) -> None:
    with contextlib.suppress(FrameError):
        parse_frame(b"\x02" * 12 + b"\x88\xe1" + raw)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(GOOD), st.integers(0, 140), st.binary(min_size=1, max_size=3), st.integers(0, 140))
def test_mutated_valid_frames_only_raise_frame_error(good: bytes, pos: int, junk: bytes, cut: int) -> None:
    mutated = (good[:pos] + junk + good[pos + len(junk):])[: max(cut, 14)]
    with contextlib.suppress(FrameError):
        parse_frame(mutated)


def test_coexists_with_scapy_contrib_homeplug_layers() -> None:
    """Loading scapy's own HomePlug layers before ours leaves both working."""
    code = (
        "from scapy.contrib.homepluggp import *\n"
        "from scapy.contrib.homeplugav import HomePlugAV\n"
        "from scapy.layers.l2 import Ether\n"
        "from v2gstack.slac import frames as f\n"
        "from v2gstack.slac.codec import encode, parse_frame\n"
        "raw = encode('ff:ff:ff:ff:ff:ff', '02:00:00:00:00:01', f.CmSlacParmReq(run_id=b'\\x01'*8))\n"
        "assert raw.hex().startswith('ffffffffffff02000000000188e1016460000000')\n"
        "assert isinstance(parse_frame(raw).msg, f.CmSlacParmReq)\n"
        "assert Ether(raw).haslayer(HomePlugAV)\n"
        "assert bytes(Ether()/HomePlugAV())[12:14] == b'\\x88\\xe1'\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr


def test_ether_dissection_bound_when_alone() -> None:
    code = (
        "from scapy.layers.l2 import Ether\n"
        "from v2gstack.slac import frames as f\n"
        "from v2gstack.slac.codec import encode\n"
        "raw = encode('ff:ff:ff:ff:ff:ff', '02:00:00:00:00:01', f.CmSlacParmReq(run_id=b'\\x01'*8))\n"
        "assert Ether(raw)[f.CmSlacParmReq].run_id == b'\\x01'*8\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr

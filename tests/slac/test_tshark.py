"""Independent check: Wireshark's homeplug-av dissector (tshark) reads our frames."""

from __future__ import annotations

import subprocess
from pathlib import Path

from scapy.layers.l2 import Ether
from scapy.utils import wrpcap

from tests.conftest import require_tool
from tests.slac.harness import Bus, Node
from tests.slac.test_frames import BUILT
from v2gstack.slac.codec import encode
from v2gstack.slac.ev import EvConfig, EvSlac
from v2gstack.slac.events import CpState
from v2gstack.slac.evse import EvseConfig, EvseSlac
from v2gstack.slac.simmodem import SimulatedModem

FIELDS = [
    "frame.len", "homeplug_av.mmhdr.mmver", "homeplug_av.mmhdr.mmtype", "homeplug_av.mmhdr.mmtype.qualcomm",
    "homeplug_av.gp.cm_slac_parm.runid", "homeplug_av.gp.cm_mnbc_sound.countdown",
    "homeplug_av.gp.cm_atten_char.groups_count", "homeplug_av.gp.cm_atten_profile_ind.pev_mac",
    "homeplug_av.gp.cm_slac_match.nid", "homeplug_av.gp.cm_slac_match.nmk",
    "homeplug_av.gp.cm_validate.result",
    "homeplug_av.vendor.oui", "homeplug_av.nw_info.my_nonce", "homeplug_av.nw_info.your_nonce",
]


def _tshark(pcap: Path, *args: str) -> str:
    tshark = require_tool("tshark")
    res = subprocess.run([tshark, "-r", str(pcap), *args], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    return res.stdout


def _exchange() -> list[bytes]:
    """Every frame of a complete matching between our EV and EVSE cores."""
    evse = EvseSlac(EvseConfig(evse_mac="02:00:00:00:00:02"))
    ev = EvSlac(EvConfig(ev_mac="02:00:00:00:00:01"))
    bus = Bus([Node("evse", evse), Node("ev", ev)], [SimulatedModem(host_mac="02:00:00:00:00:02")])
    frames: list[bytes] = []
    bus.drop = lambda name, raw: bool(frames.append(raw))
    bus.apply(bus.node("evse"), evse.set_cp_state(CpState.B, 0.0))
    bus.apply(bus.node("ev"), ev.start(0.0))
    bus.run(2.0)
    return frames


def test_tshark_reads_our_frames_without_malformed(tmp_path: Path) -> None:
    pcap = tmp_path / "slac.pcap"
    frames = [encode(d, s, m) for d, s, m in BUILT.values()]
    wrpcap(str(pcap), [Ether(raw) for raw in frames])
    verbose = _tshark(pcap, "-V")
    assert "HomePlug AV protocol" in verbose
    assert "Malformed" not in verbose and "Expert Info" not in verbose
    rows = [line.split("|") for line in _tshark(pcap, "-T", "fields", "-E", "separator=|",
                                                *[x for f in FIELDS for x in ("-e", f)]).splitlines()]
    by_type = {row[2] or row[3]: dict(zip(FIELDS, row, strict=True)) for row in rows}
    assert all(row[0] == str(len(raw)) for row, raw in zip(rows, frames, strict=True))
    assert by_type["0x6064"]["homeplug_av.mmhdr.mmver"] == "1"
    assert by_type["0x6064"]["homeplug_av.gp.cm_slac_parm.runid"] == "01:02:03:04:05:06:07:08"
    assert by_type["0x6076"]["homeplug_av.gp.cm_mnbc_sound.countdown"] == "9"
    assert by_type["0x6086"]["homeplug_av.gp.cm_atten_profile_ind.pev_mac"] == "02:00:00:00:00:01"
    assert by_type["0x606e"]["homeplug_av.gp.cm_atten_char.groups_count"] == "58"
    assert by_type["0x607d"]["homeplug_av.gp.cm_slac_match.nid"] == "b1:c9:13:b5:aa:07:02"
    assert by_type["0x607d"]["homeplug_av.gp.cm_slac_match.nmk"] == "3452235445aef2d455feff31a3b303ad"
    assert by_type["0x6079"]["homeplug_av.gp.cm_validate.result"] == "0x03"
    # little-endian nonces: tshark reads 0x11223344 from the bytes 44 33 22 11
    assert by_type["0x6009"]["homeplug_av.nw_info.my_nonce"] == "0x11223344"
    assert by_type["0x6009"]["homeplug_av.nw_info.your_nonce"] == "0xaaaaaaaa"
    vendor = [r for r in rows if r[1] == "0"]
    assert len(vendor) == 3 and all(r[FIELDS.index("homeplug_av.vendor.oui")] == "0x00b052" for r in vendor)


def test_tshark_reads_a_whole_matching_exchange(tmp_path: Path) -> None:
    frames = _exchange()
    pcap = tmp_path / "exchange.pcap"
    wrpcap(str(pcap), [Ether(raw) for raw in frames])
    summary = _tshark(pcap)
    assert "Malformed" not in _tshark(pcap, "-V")
    for name in ("CM_SLAC_PARM.REQ", "CM_SLAC_PARM.CNF", "CM_START_ATTEN_CHAR.IND", "CM_MNBC_SOUND.IND",
                 "CM_ATTEN_PROFILE.IND", "CM_ATTEN_CHAR.IND", "CM_ATTEN_CHAR.RSP", "CM_SLAC_MATCH.REQ",
                 "CM_SET_KEY.REQ", "CM_SET_KEY.CNF", "CM_SLAC_MATCH.CNF"):
        assert name in summary, name
    assert summary.count("CM_MNBC_SOUND.IND") == 10


def test_tshark_reads_the_vs_atten_char_header(tmp_path: Path) -> None:
    """Wireshark has no VS_ATTEN_CHAR body dissector either: it reads our MMV 0 header and OUI,
    names the type unknown and reports nothing malformed."""
    from v2gstack.slac import vendor as v

    pcap = tmp_path / "atten.pcap"
    frames = [encode("00:b0:52:00:00:01", "02:00:00:00:00:02", v.VsAttenCharReq(body=b"\x01\x02")),
              encode("02:00:00:00:00:02", "00:b0:52:00:00:01", v.VsAttenCharCnf(body=bytes(range(64))))]
    wrpcap(str(pcap), [Ether(raw) for raw in frames])
    verbose = _tshark(pcap, "-V")
    assert "Malformed" not in verbose and "Expert Info" not in verbose
    assert "Unknown (0xa14c)" in verbose and "Unknown (0xa14d)" in verbose
    fields = ["frame.len", "homeplug_av.mmhdr.mmver", "homeplug_av.mmhdr.mmtype.qualcomm",
              "homeplug_av.vendor.oui"]
    args = [x for f in fields for x in ("-e", f)]
    rows = _tshark(pcap, "-T", "fields", "-E", "separator=|", *args).splitlines()
    assert rows == ["60|0|0xa14c|0x00b052", "84|0|0xa14d|0x00b052"]

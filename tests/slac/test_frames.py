"""SLAC frames: byte-identical with the shared reference vectors, and dissected field by field."""

from __future__ import annotations

from typing import Any

import pytest

from v2gstack.slac import frames as f
from v2gstack.slac import vendor as v
from v2gstack.slac.codec import encode, parse_frame

EV = "02:00:00:00:00:01"
EVSE = "02:00:00:00:00:02"
MODEM = "00:b0:52:00:00:01"
BCAST = "ff:ff:ff:ff:ff:ff"
RUN_ID = bytes.fromhex("0102030405060708")
NMK = bytes.fromhex("3452235445aef2d455feff31a3b303ad")
NID = bytes.fromhex("b1c913b5aa0702")
AAG = [10 + i for i in range(58)]

# Each reference frame rebuilt from the inputs stated in slac_frames.json.
BUILT: dict[str, tuple[str, str, Any]] = {
    "CM_SLAC_PARM.REQ": (BCAST, EV, f.CmSlacParmReq(run_id=RUN_ID)),
    "CM_SLAC_PARM.CNF": (EV, EVSE, f.CmSlacParmCnf(num_sounds=10, time_out=6, resp_type=1,
                                                    forwarding_sta=EV, run_id=RUN_ID)),
    "CM_START_ATTEN_CHAR.IND": (BCAST, EV, f.CmStartAttenCharInd(num_sounds=10, time_out=6, resp_type=1,
                                                                 forwarding_sta=EV, run_id=RUN_ID)),
    "CM_MNBC_SOUND.IND": (BCAST, EV, f.CmMnbcSoundInd(sender_id=b"\x56" * 17, cnt=9, run_id=RUN_ID,
                                                      rnd=bytes(range(0xA0, 0xB0)))),
    "CM_ATTEN_PROFILE.IND": (EVSE, MODEM, f.CmAttenProfileInd(pev_mac=EV, aag=AAG)),
    "CM_ATTEN_CHAR.IND": (EV, EVSE, f.CmAttenCharInd(source_address=EV, run_id=RUN_ID, num_sounds=10,
                                                     aag=AAG)),
    "CM_ATTEN_CHAR.RSP": (EVSE, EV, f.CmAttenCharRsp(source_address=EV, run_id=RUN_ID, result=0)),
    "CM_VALIDATE.REQ": (EVSE, EV, f.CmValidateReq(signal_type=0, timer=0, result=1)),
    "CM_VALIDATE.CNF": (EV, EVSE, f.CmValidateCnf(signal_type=0, toggle_num=0, result=3)),
    "CM_SLAC_MATCH.REQ": (EVSE, EV, f.CmSlacMatchReq(pev_id=b"\x50" * 17, pev_mac=EV, evse_id=b"\x45" * 17,
                                                     evse_mac=EVSE, run_id=RUN_ID)),
    "CM_SLAC_MATCH.CNF": (EV, EVSE, f.CmSlacMatchCnf(pev_id=b"\x50" * 17, pev_mac=EV, evse_id=b"\x45" * 17,
                                                     evse_mac=EVSE, run_id=RUN_ID, nid=NID, nmk=NMK)),
    "CM_SET_KEY.REQ": (MODEM, EVSE, f.CmSetKeyReq(key_type=1, my_nonce=0xAAAAAAAA, your_nonce=0, pid=4,
                                                  nid=NID, new_eks=1, new_key=NMK)),
    "CM_SET_KEY.CNF": (EVSE, MODEM, f.CmSetKeyCnf(result=0, my_nonce=0x11223344, your_nonce=0xAAAAAAAA,
                                                  pid=4)),
    "VS_PL_LNK_STATUS.REQ": (MODEM, EVSE, v.VsPlLnkStatusReq()),
    "VS_PL_LNK_STATUS.CNF": (EVSE, MODEM, v.VsPlLnkStatusCnf(status=0, link_status=1)),
    "VS_RS_DEV.REQ": (MODEM, EVSE, v.VsRsDevReq()),
}

# Field values to find when dissecting the reference frames.
EXPECTED_FIELDS: dict[str, dict[str, Any]] = {
    "CM_SLAC_PARM.REQ": {"application_type": 0, "security_type": 0, "run_id": RUN_ID},
    "CM_SLAC_PARM.CNF": {"m_sound_target": BCAST, "num_sounds": 10, "time_out": 6, "resp_type": 1,
                         "forwarding_sta": EV, "run_id": RUN_ID},
    "CM_START_ATTEN_CHAR.IND": {"num_sounds": 10, "time_out": 6, "forwarding_sta": EV, "run_id": RUN_ID},
    "CM_MNBC_SOUND.IND": {"sender_id": b"\x56" * 17, "cnt": 9, "run_id": RUN_ID,
                          "rnd": bytes(range(0xA0, 0xB0))},
    "CM_ATTEN_PROFILE.IND": {"pev_mac": EV, "num_groups": 58, "aag": AAG},
    "CM_ATTEN_CHAR.IND": {"source_address": EV, "run_id": RUN_ID, "num_sounds": 10, "num_groups": 58,
                          "aag": AAG},
    "CM_ATTEN_CHAR.RSP": {"source_address": EV, "run_id": RUN_ID, "result": 0},
    "CM_VALIDATE.REQ": {"signal_type": 0, "timer": 0, "result": 1},
    "CM_VALIDATE.CNF": {"toggle_num": 0, "result": 3},
    "CM_SLAC_MATCH.REQ": {"mvf_length": 0x3E, "pev_mac": EV, "evse_mac": EVSE, "evse_id": b"\x45" * 17},
    "CM_SLAC_MATCH.CNF": {"mvf_length": 0x56, "nid": NID, "nmk": NMK, "run_id": RUN_ID},
    "CM_SET_KEY.REQ": {"key_type": 1, "my_nonce": 0xAAAAAAAA, "pid": 4, "nid": NID, "new_key": NMK},
    "CM_SET_KEY.CNF": {"result": 0, "my_nonce": 0x11223344, "your_nonce": 0xAAAAAAAA, "pid": 4},
    "VS_PL_LNK_STATUS.CNF": {"status": 0, "link_status": 1},
}


def _vector_frames(slac_vectors: dict[str, Any]) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = slac_vectors["frames"]
    return frames


def test_every_reference_frame_is_covered(slac_vectors: dict[str, Any]) -> None:
    assert {fr["message"] for fr in _vector_frames(slac_vectors)} == set(BUILT)


def test_build_matches_reference_bytes(slac_vectors: dict[str, Any]) -> None:
    for ref in _vector_frames(slac_vectors):
        dst, src, msg = BUILT[ref["message"]]
        assert encode(dst, src, msg).hex() == ref["frame_hex"], ref["message"]


def test_dissect_reference_frames(slac_vectors: dict[str, Any]) -> None:
    for ref in _vector_frames(slac_vectors):
        frame = parse_frame(bytes.fromhex(ref["frame_hex"]))
        assert frame.name == ref["message"]
        expected_mmv = 0 if ref["message"].startswith("VS_") else 1
        assert frame.mmv == expected_mmv
        for name, value in EXPECTED_FIELDS.get(ref["message"], {}).items():
            assert getattr(frame.msg, name) == value, (ref["message"], name)


def test_header_is_mmv1_with_fmi_for_cm_and_oui_for_vendor() -> None:
    cm = encode(BCAST, EV, f.CmSlacParmReq(run_id=RUN_ID))
    assert cm[14:19] == bytes.fromhex("0164600000")
    vs = encode(MODEM, EVSE, v.VsRsDevReq())
    assert vs[14:20] == bytes.fromhex("001ca000b052")


def test_short_frames_padded_to_60_bytes_and_long_not() -> None:
    assert len(encode(EV, EVSE, f.CmValidateCnf())) == 60
    assert len(encode(EV, EVSE, f.CmAttenCharInd(aag=AAG))) == 14 + 5 + 110


def test_answers_pairs_request_and_confirmation_by_run_id() -> None:
    req = f.HomePlugMM() / f.CmSlacParmReq(run_id=RUN_ID)
    cnf = f.HomePlugMM() / f.CmSlacParmCnf(run_id=RUN_ID)
    other = f.HomePlugMM() / f.CmSlacParmCnf(run_id=b"\x09" * 8)
    ind = f.HomePlugMM() / f.CmAttenCharInd(run_id=RUN_ID)
    rsp = f.HomePlugMM() / f.CmAttenCharRsp(run_id=RUN_ID)
    assert cnf.answers(req)
    assert not req.answers(cnf)
    assert not other.answers(req)
    assert not cnf.answers(ind)
    assert rsp.answers(ind)
    assert cnf.hashret() == req.hashret()


def test_security_type_1_carries_cipher_suites() -> None:
    raw = encode(BCAST, EV, f.CmSlacParmReq(security_type=1, run_id=RUN_ID, cipher_suites=[0, 1]))
    msg = parse_frame(raw).msg
    assert msg.cipher_suite_set_size == 2
    assert msg.cipher_suites == [0, 1]


def test_vendor_nw_info_round_trip() -> None:
    sta = v.NwInfoStation(mac=EV, tei=2, bridged_mac=EV, avg_phy_rate_tx=9, avg_phy_rate_rx=8)
    net = v.NwInfoNetwork(nid=NID, snid=3, tei=1, station_role=2, cco_mac=EVSE, cco_tei=1, stations=[sta])
    msg = parse_frame(encode(EVSE, MODEM, v.VsNwInfoCnf(networks=[net]))).msg
    assert msg.num_networks == 1
    assert msg.networks[0].nid == NID
    assert msg.networks[0].stations[0].mac == EV
    assert msg.networks[0].stations[0].avg_phy_rate_rx == 8


@pytest.mark.parametrize("message", ["CM_SLAC_MATCH.CNF", "CM_SET_KEY.CNF"])
def test_set_key_and_match_integers_little_endian(message: str) -> None:
    dst, src, msg = BUILT[message]
    raw = encode(dst, src, msg)
    if message == "CM_SET_KEY.CNF":
        assert raw[20:24] == bytes.fromhex("44332211")
    else:
        assert raw[21:23] == bytes.fromhex("5600")


def test_scapy_ether_dissection_round_trips_with_padding() -> None:
    from scapy.layers.l2 import Ether

    for dst, src, msg in BUILT.values():
        raw = encode(dst, src, msg)
        pkt = Ether(raw)
        assert bytes(pkt) == raw
        pkt.clear_cache()  # rebuilt from fields: padding is not doubled
        assert bytes(pkt) == raw


@pytest.mark.parametrize(("cls", "mmtype"), [(v.VsAttenCharReq, 0xA14C), (v.VsAttenCharCnf, 0xA14D),
                                             (v.VsAttenCharInd, 0xA14E), (v.VsAttenCharRsp, 0xA14F)])
def test_vs_atten_char_opaque_body_round_trip(cls: Any, mmtype: int) -> None:
    body = bytes(range(1, 61))  # longer than the Ethernet minimum: no padding to tell apart
    raw = encode(EVSE, MODEM, cls(body=body))
    assert raw[14:20] == bytes([0x00]) + mmtype.to_bytes(2, "little") + bytes.fromhex("00b052")
    assert raw[20:] == body
    frame = parse_frame(raw)
    assert frame.mmv == 0 and frame.mmtype == mmtype and isinstance(frame.msg, cls)
    assert frame.name == cls().name
    assert frame.msg.body == body


def test_vs_atten_char_short_body_keeps_the_padding() -> None:
    raw = encode(MODEM, EVSE, v.VsAttenCharReq(body=b"\x05\x06"))
    assert len(raw) == 60
    assert parse_frame(raw).msg.body == b"\x05\x06" + bytes(60 - 22)

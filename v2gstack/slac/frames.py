"""Scapy layers for the HomePlug Green PHY management messages used by SLAC (ISO 15118-3 Annex A).

Our own layers, independent of ``scapy.contrib.homeplugav``/``homepluggp``:

* the header carries MMV 0x01 followed by FMI and FMSN for CM_* messages (HomePlug AV 1.1), and
  dissects MMV 0 (no FMI/FMSN) and MMV 2 correctly; vendor MMTYPEs carry the OUI;
* multi-octet integers (MVF length, nonces, PRN) are little-endian as on the wire;
* ``answers()`` pairs REQ/CNF and IND/RSP of the same message and RunID only;
* a frame under an Ether layer is zero-padded to the 60-byte Ethernet minimum.
"""

from __future__ import annotations

import struct
from typing import Any

from scapy.fields import (
    ByteEnumField,
    ByteField,
    ConditionalField,
    FieldLenField,
    FieldListField,
    LEIntField,
    LEShortEnumField,
    LEShortField,
    MACField,
    StrFixedLenField,
    X3BytesField,
    XByteField,
)
from scapy.layers.l2 import Ether
from scapy.packet import Packet, Raw, bind_bottom_up, bind_top_down

from v2gstack.slac.errors import FrameError
from v2gstack.slac.mmtypes import (
    BROADCAST,
    ETH_MIN_FRAME,
    ETHERTYPE_HOMEPLUG,
    MMTYPE_NAMES,
    QCA_OUI,
    MMType,
    Mode,
    base_of,
    is_vendor,
)

PAYLOAD_CLASSES: dict[int, type[Packet]] = {}
"""MMTYPE -> message layer; filled by :func:`register` (here and in :mod:`.vendor`)."""

ZERO_MAC = "00:00:00:00:00:00"
NUM_GROUPS = 58
"""Number of carrier groups (AAG entries) in Green PHY attenuation profiles."""


MMTYPE_OF: dict[type[Packet], int] = {}
"""Message layer -> MMTYPE (inverse of :data:`PAYLOAD_CLASSES`)."""


def register(mmtype: int, cls: type[Packet]) -> None:
    """Dissect ``mmtype`` as ``cls``; building ``HomePlugMM()/cls()`` fills in the MMTYPE."""
    PAYLOAD_CLASSES[mmtype] = cls
    MMTYPE_OF[cls] = mmtype
    bind_top_down(HomePlugMM, cls, mmtype=mmtype)


class HomePlugMM(Packet):
    """Management message header: MMV, MMTYPE, then FMI/FMSN (MMV >= 1), then OUI (vendor)."""

    name = "HomePlug MM (v2gstack)"
    fields_desc = [
        ByteEnumField("mmv", 1, {0: "AV1.0", 1: "AV1.1", 2: "AV2.0"}),
        LEShortEnumField("mmtype", 0, MMTYPE_NAMES),
        ConditionalField(XByteField("fmi", 0), lambda p: p.mmv != 0),
        ConditionalField(ByteField("fmsn", 0), lambda p: p.mmv != 0),
        ConditionalField(X3BytesField("oui", QCA_OUI), lambda p: is_vendor(p.mmtype)),
    ]

    def guess_payload_class(self, payload: bytes) -> Any:
        cls = PAYLOAD_CLASSES.get(self.mmtype)
        if cls is None or (is_vendor(self.mmtype) and self.oui != QCA_OUI):
            return Raw
        return cls

    def post_build(self, pkt: bytes, pay: bytes) -> bytes:
        out = pkt + pay
        if isinstance(self.underlayer, Ether):
            missing = ETH_MIN_FRAME - 14 - len(out) - len(self.build_padding())
            if missing > 0:
                out += b"\x00" * missing
        return out

    def hashret(self) -> bytes:
        return struct.pack("<H", base_of(self.mmtype)) + bytes(getattr(self.payload, "run_id", b""))

    def answers(self, other: Any) -> int:
        if not isinstance(other, HomePlugMM) or base_of(self.mmtype) != base_of(other.mmtype):
            return 0
        pair = (self.mmtype & 3, other.mmtype & 3)
        if pair not in ((Mode.CNF, Mode.REQ), (Mode.RSP, Mode.IND)):
            return 0
        mine, theirs = getattr(self.payload, "run_id", None), getattr(other.payload, "run_id", None)
        return int(mine is None or theirs is None or mine == theirs)

    def mysummary(self) -> str:
        return str(self.sprintf("HomePlugMM %mmtype%"))


class CheckedPacket(Packet):
    """A layer whose counted lists must hold exactly the announced number of entries."""

    def post_dissection(self, pkt: Any) -> None:
        for field in self.fields_desc:
            inner = getattr(field, "fld", field)  # unwrap ConditionalField
            count_from = getattr(inner, "count_from", None)
            if count_from is None or inner.name not in self.fields:
                continue
            expected = count_from(self)
            if expected is not None and len(self.fields[inner.name]) != expected:
                raise FrameError(f"{self.name}: {inner.name} announces {expected} entries, "
                                 f"got {len(self.fields[inner.name])}")


class MMEPayload(CheckedPacket):
    """Base of the message layers: the bytes after a message are Ethernet padding."""

    def extract_padding(self, s: bytes) -> tuple[bytes, bytes]:
        return b"", s


def _app_sec() -> list[Any]:
    return [ByteField("application_type", 0), ByteField("security_type", 0)]


def _run_id() -> Any:
    return StrFixedLenField("run_id", b"\x00" * 8, 8)


def _aag_list(count: str) -> Any:
    return FieldListField("aag", [], ByteField("", 0), count_from=lambda p: getattr(p, count))


class CmSlacParmReq(MMEPayload):
    name = "CM_SLAC_PARM.REQ"
    fields_desc = [
        *_app_sec(),
        _run_id(),
        ConditionalField(FieldLenField("cipher_suite_set_size", None, fmt="B", count_of="cipher_suites"),
                         lambda p: p.security_type == 1),
        ConditionalField(FieldListField("cipher_suites", [], LEShortField("", 0),
                                        count_from=lambda p: p.cipher_suite_set_size),
                         lambda p: p.security_type == 1),
    ]


class CmSlacParmCnf(MMEPayload):
    name = "CM_SLAC_PARM.CNF"
    fields_desc = [
        MACField("m_sound_target", BROADCAST),
        ByteField("num_sounds", 10),
        ByteField("time_out", 6),
        ByteField("resp_type", 1),
        MACField("forwarding_sta", ZERO_MAC),
        *_app_sec(),
        _run_id(),
        ConditionalField(LEShortField("cipher_suite", 0), lambda p: p.security_type == 1),
    ]


class CmStartAttenCharInd(MMEPayload):
    name = "CM_START_ATTEN_CHAR.IND"
    fields_desc = [
        *_app_sec(),
        ByteField("num_sounds", 10),
        ByteField("time_out", 6),
        ByteField("resp_type", 1),
        MACField("forwarding_sta", ZERO_MAC),
        _run_id(),
    ]


class CmMnbcSoundInd(MMEPayload):
    name = "CM_MNBC_SOUND.IND"
    fields_desc = [
        *_app_sec(),
        StrFixedLenField("sender_id", b"\x00" * 17, 17),
        ByteField("cnt", 0),
        _run_id(),
        StrFixedLenField("reserved", b"\x00" * 8, 8),
        StrFixedLenField("rnd", b"\x00" * 16, 16),
    ]


class CmAttenProfileInd(MMEPayload):
    name = "CM_ATTEN_PROFILE.IND"
    fields_desc = [
        MACField("pev_mac", ZERO_MAC),
        FieldLenField("num_groups", None, fmt="B", count_of="aag"),
        ByteField("reserved", 0),
        _aag_list("num_groups"),
    ]


def _atten_char_common() -> list[Any]:
    return [
        *_app_sec(),
        MACField("source_address", ZERO_MAC),
        _run_id(),
        StrFixedLenField("source_id", b"\x00" * 17, 17),
        StrFixedLenField("resp_id", b"\x00" * 17, 17),
    ]


class CmAttenCharInd(MMEPayload):
    name = "CM_ATTEN_CHAR.IND"
    fields_desc = [
        *_atten_char_common(),
        ByteField("num_sounds", 0),
        FieldLenField("num_groups", None, fmt="B", count_of="aag"),
        _aag_list("num_groups"),
    ]


class CmAttenCharRsp(MMEPayload):
    name = "CM_ATTEN_CHAR.RSP"
    fields_desc = [*_atten_char_common(), ByteField("result", 0)]


VALIDATE_RESULTS = {0: "not_ready", 1: "ready", 2: "success", 3: "failure", 4: "not_required"}


class CmValidateReq(MMEPayload):
    name = "CM_VALIDATE.REQ"
    fields_desc = [ByteField("signal_type", 0), ByteField("timer", 0),
                   ByteEnumField("result", 1, VALIDATE_RESULTS)]


class CmValidateCnf(MMEPayload):
    name = "CM_VALIDATE.CNF"
    fields_desc = [ByteField("signal_type", 0), ByteField("toggle_num", 0),
                   ByteEnumField("result", 3, VALIDATE_RESULTS)]


def _match_common(mvf_length: int) -> list[Any]:
    return [
        *_app_sec(),
        LEShortField("mvf_length", mvf_length),
        StrFixedLenField("pev_id", b"\x00" * 17, 17),
        MACField("pev_mac", ZERO_MAC),
        StrFixedLenField("evse_id", b"\x00" * 17, 17),
        MACField("evse_mac", ZERO_MAC),
        _run_id(),
        StrFixedLenField("reserved", b"\x00" * 8, 8),
    ]


class CmSlacMatchReq(MMEPayload):
    name = "CM_SLAC_MATCH.REQ"
    fields_desc = _match_common(0x3E)


class CmSlacMatchCnf(MMEPayload):
    name = "CM_SLAC_MATCH.CNF"
    fields_desc = [
        *_match_common(0x56),
        StrFixedLenField("nid", b"\x00" * 7, 7),
        ByteField("reserved2", 0),
        StrFixedLenField("nmk", b"\x00" * 16, 16),
    ]


KEY_TYPES = {0: "DAK", 1: "NMK", 2: "NEK", 3: "TEK", 4: "hash_key", 5: "nonce_only"}


class CmSetKeyReq(MMEPayload):
    name = "CM_SET_KEY.REQ"
    fields_desc = [
        ByteEnumField("key_type", 1, KEY_TYPES),
        LEIntField("my_nonce", 0),
        LEIntField("your_nonce", 0),
        ByteField("pid", 4),
        LEShortField("prn", 0),
        ByteField("pmn", 0),
        ByteField("cco_capability", 0),
        StrFixedLenField("nid", b"\x00" * 7, 7),
        ByteField("new_eks", 1),
        StrFixedLenField("new_key", b"\x00" * 16, 16),
    ]


class CmSetKeyCnf(MMEPayload):
    name = "CM_SET_KEY.CNF"
    fields_desc = [
        ByteEnumField("result", 0, {0: "success", 1: "failure"}),
        LEIntField("my_nonce", 0),
        LEIntField("your_nonce", 0),
        ByteField("pid", 4),
        LEShortField("prn", 0),
        ByteField("pmn", 0),
        ByteField("cco_capability", 0),
    ]


for _mmtype, _cls in (
    (MMType.CM_SLAC_PARM_REQ, CmSlacParmReq),
    (MMType.CM_SLAC_PARM_CNF, CmSlacParmCnf),
    (MMType.CM_START_ATTEN_CHAR_IND, CmStartAttenCharInd),
    (MMType.CM_MNBC_SOUND_IND, CmMnbcSoundInd),
    (MMType.CM_ATTEN_PROFILE_IND, CmAttenProfileInd),
    (MMType.CM_ATTEN_CHAR_IND, CmAttenCharInd),
    (MMType.CM_ATTEN_CHAR_RSP, CmAttenCharRsp),
    (MMType.CM_VALIDATE_REQ, CmValidateReq),
    (MMType.CM_VALIDATE_CNF, CmValidateCnf),
    (MMType.CM_SLAC_MATCH_REQ, CmSlacMatchReq),
    (MMType.CM_SLAC_MATCH_CNF, CmSlacMatchCnf),
    (MMType.CM_SET_KEY_REQ, CmSetKeyReq),
    (MMType.CM_SET_KEY_CNF, CmSetKeyCnf),
):
    register(_mmtype, _cls)



def _bind_to_ether() -> None:
    """Bind to Ether 0x88E1 without taking the ethertype away from another HomePlug layer.

    Building ``Ether()/HomePlugMM()`` always fills in the ethertype. Dissection by ``Ether(raw)`` is
    bound only when no other layer (e.g. ``scapy.contrib.homeplugav``) already claims 0x88E1;
    :func:`v2gstack.slac.codec.parse_frame` never depends on that binding.
    """
    bind_top_down(Ether, HomePlugMM, type=ETHERTYPE_HOMEPLUG)
    claimed = any(fval.get("type") == ETHERTYPE_HOMEPLUG for fval, _ in Ether.payload_guess)
    if not claimed:
        bind_bottom_up(Ether, HomePlugMM, type=ETHERTYPE_HOMEPLUG)


_bind_to_ether()

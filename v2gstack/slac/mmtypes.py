"""Management message types (MMTYPE) used by SLAC, and their names.

HomePlug AV 1.1 / Green PHY: the two low bits of an MMTYPE give the mode (REQ=0, CNF=1, IND=2,
RSP=3); ISO 15118-3 Annex A lists the SLAC messages. Qualcomm vendor-specific MMTYPEs live in
0xA000-0xBFFF and carry the OUI 00:B0:52 after the header.
"""

from __future__ import annotations

from enum import IntEnum

ETHERTYPE_HOMEPLUG = 0x88E1
QCA_OUI = 0x00B052
BROADCAST = "ff:ff:ff:ff:ff:ff"
QCA_LOCAL_MODEM = "00:b0:52:00:00:01"
"""Address every Qualcomm modem answers on its host interface (its own "localcast")."""
ETH_MIN_FRAME = 60
"""Ethernet minimum frame length without FCS; shorter frames are zero-padded."""


class Mode(IntEnum):
    REQ = 0
    CNF = 1
    IND = 2
    RSP = 3


class MMType(IntEnum):
    CM_SET_KEY_REQ = 0x6008
    CM_SET_KEY_CNF = 0x6009
    CM_SLAC_PARM_REQ = 0x6064
    CM_SLAC_PARM_CNF = 0x6065
    CM_START_ATTEN_CHAR_IND = 0x606A
    CM_ATTEN_CHAR_IND = 0x606E
    CM_ATTEN_CHAR_RSP = 0x606F
    CM_MNBC_SOUND_IND = 0x6076
    CM_VALIDATE_REQ = 0x6078
    CM_VALIDATE_CNF = 0x6079
    CM_SLAC_MATCH_REQ = 0x607C
    CM_SLAC_MATCH_CNF = 0x607D
    CM_ATTEN_PROFILE_IND = 0x6086
    VS_SW_VER_REQ = 0xA000
    VS_SW_VER_CNF = 0xA001
    VS_RS_DEV_REQ = 0xA01C
    VS_RS_DEV_CNF = 0xA01D
    VS_NW_INFO_REQ = 0xA038
    VS_NW_INFO_CNF = 0xA039
    VS_PL_LNK_STATUS_REQ = 0xA0B8
    VS_PL_LNK_STATUS_CNF = 0xA0B9
    VS_ATTEN_CHAR_REQ = 0xA14C
    VS_ATTEN_CHAR_CNF = 0xA14D
    VS_ATTEN_CHAR_IND = 0xA14E
    VS_ATTEN_CHAR_RSP = 0xA14F


MMTYPE_NAMES: dict[int, str] = {m.value: m.name.replace("_REQ", ".REQ").replace("_CNF", ".CNF")
                                .replace("_IND", ".IND").replace("_RSP", ".RSP") for m in MMType}


def is_vendor(mmtype: int) -> bool:
    """Vendor-specific MMTYPE range (carries an OUI after the header)."""
    return 0xA000 <= mmtype <= 0xBFFF


def mode_of(mmtype: int) -> Mode:
    return Mode(mmtype & 0x3)


def base_of(mmtype: int) -> int:
    return mmtype & ~0x3

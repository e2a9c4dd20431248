"""Qualcomm Atheros (QCA7000/7005) vendor-specific management messages used around SLAC.

These MMEs use MMV 0 (no FMI/FMSN) and carry the Qualcomm OUI 00:B0:52 right after the MMTYPE
(the OUI is a field of :class:`~v2gstack.slac.frames.HomePlugMM`). MMTYPEs as in Qualcomm's
Open PLC Utils ``mme/qualcomm.h``.

VS_ATTEN_CHAR (0xA14C): ``qualcomm.h`` and ``MMEName.c`` give its MMTYPE and name, but no public
source (Open PLC Utils, Wireshark's homeplug-av dissector, EVerest libslac, pyPLC) gives its body,
so the body is kept as opaque bytes: frames with it are recognised, logged and passed through.
"""

from __future__ import annotations

from scapy.fields import (
    ByteEnumField,
    ByteField,
    FieldLenField,
    MACField,
    PacketListField,
    StrField,
    StrFixedLenField,
    StrLenField,
)

from v2gstack.slac.frames import ZERO_MAC, CheckedPacket, MMEPayload, register
from v2gstack.slac.mmtypes import MMType

MSTATUS = {0: "success", 1: "failure"}
LINK_STATUS = {0: "no_link", 1: "connected"}


class VsPlLnkStatusReq(MMEPayload):
    """Ask the modem whether it is in an AVLN with a peer (powerline link up)."""

    name = "VS_PL_LNK_STATUS.REQ"
    fields_desc = []


class VsPlLnkStatusCnf(MMEPayload):
    name = "VS_PL_LNK_STATUS.CNF"
    fields_desc = [ByteEnumField("status", 0, MSTATUS), ByteEnumField("link_status", 0, LINK_STATUS)]


class VsRsDevReq(MMEPayload):
    """Soft-reset the modem (it leaves its AVLN and restarts from its stored parameters)."""

    name = "VS_RS_DEV.REQ"
    fields_desc = []


class VsRsDevCnf(MMEPayload):
    name = "VS_RS_DEV.CNF"
    fields_desc = [ByteEnumField("status", 0, MSTATUS)]


class VsSwVerReq(MMEPayload):
    name = "VS_SW_VER.REQ"
    fields_desc = []


class VsSwVerCnf(MMEPayload):
    name = "VS_SW_VER.CNF"
    fields_desc = [
        ByteEnumField("status", 0, MSTATUS),
        ByteField("device_id", 0),
        FieldLenField("version_length", None, fmt="B", length_of="version"),
        StrLenField("version", b"", length_from=lambda p: p.version_length),
    ]


class NwInfoStation(CheckedPacket):
    """One station of a network in VS_NW_INFO.CNF (MMV 0 layout)."""

    name = "NW_INFO station"
    fields_desc = [
        MACField("mac", ZERO_MAC),
        ByteField("tei", 0),
        MACField("bridged_mac", ZERO_MAC),
        ByteField("avg_phy_rate_tx", 0),
        ByteField("avg_phy_rate_rx", 0),
    ]

    def extract_padding(self, s: bytes) -> tuple[bytes, bytes]:
        return b"", s


class NwInfoNetwork(CheckedPacket):
    """One AVLN the modem belongs to, with its stations (MMV 0 layout)."""

    name = "NW_INFO network"
    fields_desc = [
        StrFixedLenField("nid", b"\x00" * 7, 7),
        ByteField("snid", 0),
        ByteField("tei", 0),
        ByteEnumField("station_role", 0, {0: "STA", 1: "proxy_CCo", 2: "CCo"}),
        MACField("cco_mac", ZERO_MAC),
        ByteField("cco_tei", 0),
        FieldLenField("num_stations", None, fmt="B", count_of="stations"),
        PacketListField("stations", [], NwInfoStation, count_from=lambda p: p.num_stations),
    ]

    def extract_padding(self, s: bytes) -> tuple[bytes, bytes]:
        return b"", s


class VsNwInfoReq(MMEPayload):
    name = "VS_NW_INFO.REQ"
    fields_desc = []


class VsNwInfoCnf(MMEPayload):
    name = "VS_NW_INFO.CNF"
    fields_desc = [
        FieldLenField("num_networks", None, fmt="B", count_of="networks"),
        PacketListField("networks", [], NwInfoNetwork, count_from=lambda p: p.num_networks),
    ]


class _VsAttenChar(MMEPayload):
    """VS_ATTEN_CHAR: body layout not public; ``body`` holds every byte after the OUI.

    The length of the real body is unknown, so a dissected ``body`` also holds the Ethernet
    zero padding of short frames.
    """

    fields_desc = [StrField("body", b"")]


class VsAttenCharReq(_VsAttenChar):
    name = "VS_ATTEN_CHAR.REQ"


class VsAttenCharCnf(_VsAttenChar):
    name = "VS_ATTEN_CHAR.CNF"


class VsAttenCharInd(_VsAttenChar):
    name = "VS_ATTEN_CHAR.IND"


class VsAttenCharRsp(_VsAttenChar):
    name = "VS_ATTEN_CHAR.RSP"


for _mmtype, _cls in (
    (MMType.VS_PL_LNK_STATUS_REQ, VsPlLnkStatusReq),
    (MMType.VS_PL_LNK_STATUS_CNF, VsPlLnkStatusCnf),
    (MMType.VS_RS_DEV_REQ, VsRsDevReq),
    (MMType.VS_RS_DEV_CNF, VsRsDevCnf),
    (MMType.VS_SW_VER_REQ, VsSwVerReq),
    (MMType.VS_SW_VER_CNF, VsSwVerCnf),
    (MMType.VS_NW_INFO_REQ, VsNwInfoReq),
    (MMType.VS_NW_INFO_CNF, VsNwInfoCnf),
    (MMType.VS_ATTEN_CHAR_REQ, VsAttenCharReq),
    (MMType.VS_ATTEN_CHAR_CNF, VsAttenCharCnf),
    (MMType.VS_ATTEN_CHAR_IND, VsAttenCharInd),
    (MMType.VS_ATTEN_CHAR_RSP, VsAttenCharRsp),
):
    register(_mmtype, _cls)

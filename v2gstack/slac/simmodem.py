"""A simulated PLC modem (sans-I/O), standing in for the charger's QCA7000 on a veth or in tests.

It turns each CM_MNBC_SOUND.IND it hears into a CM_ATTEN_PROFILE.IND to its host (with
configurable attenuation per group), answers CM_SET_KEY.REQ, VS_PL_LNK_STATUS.REQ and
VS_RS_DEV.REQ addressed to it. Its powerline link is up while it has an NMK and ``peer_joined``
(set it False to play an EV that left the logical network).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from v2gstack.slac import frames as f
from v2gstack.slac import vendor as v
from v2gstack.slac.codec import encode, parse_frame
from v2gstack.slac.errors import FrameError
from v2gstack.slac.mmtypes import BROADCAST, QCA_LOCAL_MODEM, MMType


class SimulatedModem:
    """Frames in, frames out. ``host_mac`` None: learnt from the first CM_SLAC_PARM.CNF seen."""

    def __init__(self, modem_mac: str = QCA_LOCAL_MODEM, host_mac: str | None = None,
                 attenuation: Callable[[str], list[int]] | list[int] | int = 20,
                 set_key_result: int = 0) -> None:
        self.modem_mac = modem_mac
        self.host_mac = host_mac
        self._attenuation = attenuation
        self.set_key_result = set_key_result
        self.nmk: bytes | None = None
        self.nid: bytes | None = None
        self.set_key_count = 0
        self.profiles_sent = 0
        self.peer_joined = True
        """Another station (the EV) is in our logical network; with an NMK this is "link up"."""

    @property
    def link(self) -> bool:
        return self.nmk is not None and self.peer_joined

    def profile_for(self, ev_mac: str) -> list[int]:
        att = self._attenuation
        if callable(att):
            return att(ev_mac)
        if isinstance(att, int):
            return [att] * f.NUM_GROUPS
        return list(att)

    def receive(self, data: bytes) -> list[bytes]:
        """Frames the modem sends in reaction to ``data`` (malformed input is ignored)."""
        try:
            fr = parse_frame(data)
        except FrameError:
            return []
        msg: Any = fr.msg
        if fr.mmtype == MMType.CM_SLAC_PARM_CNF and self.host_mac is None:
            self.host_mac = fr.src
        if fr.mmtype == MMType.CM_MNBC_SOUND_IND:
            self.profiles_sent += 1
            return [encode(self.host_mac or BROADCAST, self.modem_mac,
                           f.CmAttenProfileInd(pev_mac=fr.src, aag=self.profile_for(fr.src)))]
        if fr.dst != self.modem_mac:
            return []
        if fr.mmtype == MMType.CM_SET_KEY_REQ:
            self.set_key_count += 1
            if self.set_key_result == 0:
                self.nmk, self.nid = bytes(msg.new_key), bytes(msg.nid)
            return [encode(fr.src, self.modem_mac, f.CmSetKeyCnf(
                result=self.set_key_result, my_nonce=secrets.randbits(32), your_nonce=msg.my_nonce,
                pid=msg.pid, prn=msg.prn, pmn=msg.pmn + 1, cco_capability=0))]
        if fr.mmtype == MMType.VS_PL_LNK_STATUS_REQ:
            return [encode(fr.src, self.modem_mac,
                           v.VsPlLnkStatusCnf(status=0, link_status=int(self.link)))]
        if fr.mmtype == MMType.VS_RS_DEV_REQ:
            self.nmk = self.nid = None
            return [encode(fr.src, self.modem_mac, v.VsRsDevCnf(status=0))]
        return []

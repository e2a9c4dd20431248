"""SLAC (ISO 15118-3 Annex A) over HomePlug Green PHY: frames, state machines, transport, modem.

* :mod:`.frames`, :mod:`.vendor`, :mod:`.codec` - scapy layers, ``encode`` and ``parse_frame``;
* :mod:`.evse`, :mod:`.ev` - sans-I/O state machines; :mod:`.timing` - the timing table;
* :mod:`.runner` - asyncio services on an AF_PACKET socket (:mod:`.transport`);
* :mod:`.modem`, :mod:`.simmodem` - the local PLC modem, real (QCA7000) and simulated.

Scapy is imported by the frame modules; importing this package alone stays light.
"""

from __future__ import annotations

from v2gstack.slac.errors import FrameError, ModemError, SlacError, TransportError
from v2gstack.slac.events import (
    CpState,
    FailReason,
    SlacEvent,
    SlacFailed,
    SlacMatched,
    SlacNotStarted,
    SlacStep,
    Step,
)
from v2gstack.slac.keys import derive_nid, nmk_from_password, random_nmk
from v2gstack.slac.timing import DEFAULT_TIMINGS, SlacTimings

__all__ = [
    "DEFAULT_TIMINGS",
    "CpState",
    "FailReason",
    "FrameError",
    "ModemError",
    "SlacError",
    "SlacEvent",
    "SlacFailed",
    "SlacMatched",
    "SlacNotStarted",
    "SlacStep",
    "SlacTimings",
    "Step",
    "TransportError",
    "derive_nid",
    "nmk_from_password",
    "random_nmk",
]

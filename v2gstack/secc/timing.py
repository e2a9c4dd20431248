"""Every timer the SECC enforces, in one table, with the standard's defaults.

All values are seconds and configurable. Sources: ISO 15118-20 clause 8.7 (timing), its general
timing table (communication setup, sequence, ongoing) and the per-message tables for the common, DC
and AC messages. Where -20 gives the EVCC's message timeout, the SECC's performance time here leaves
a margin below it, so an answer always reaches the EV before it gives up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timing:
    """Timer values in seconds."""

    #: V2G_SECC_CommunicationSetup_Timeout: from TCP/TLS accept until SessionSetupReq.
    communication_setup: float = 20.0
    #: V2G_SECC_Sequence_Timeout: from a response until the next request.
    sequence: float = 60.0
    #: V2G_SECC_Sequence_Timeout inside the charge loop (after ChargeLoopRes), where power flows and
    #: a silent EV must be noticed quickly.
    charge_loop_sequence: float = 0.5
    #: V2G_SECC_Ongoing_Timeout: the longest an EVSEProcessing=Ongoing loop may last.
    ongoing: float = 60.0
    #: Cable check (isolation test) may run this long before the SECC answers FAILED.
    cable_check: float = 40.0
    #: Pre-charge loop limit (EV side V2G_EVCC_PreCharge_Timeout; the SECC enforces it too).
    pre_charge: float = 10.0
    #: After SessionStopRes, close the connection after this delay (lets the response drain).
    close_delay: float = 0.05
    #: V2G_SECC_Msg_Performance_Time for most messages (EVCC timeout 2 s).
    performance: float = 1.5
    #: Performance time for the charge loop (EVCC timeout 0.5 s).
    performance_charge_loop: float = 0.25

    def scaled(self, factor: float) -> Timing:
        """A copy with every value multiplied by ``factor`` (handy for fast tests)."""
        return Timing(**{name: getattr(self, name) * factor for name in self.__slots__})

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
    #: V2G_SECC_Sequence_Timeout after a DC_/AC_ChargeLoopRes ([V2G20-1500] Table 216, [V2G20-1502]
    #: Table 217: 0.5 s), where power flows and a silent EV must be noticed quickly. After every other
    #: response (PowerDeliveryRes Start included) the general value applies.
    charge_loop_sequence: float = 0.5
    #: V2G_SECC_Ongoing_Timeout: the longest an EVSEProcessing=Ongoing loop may last.
    ongoing: float = 60.0
    #: Cable check (isolation test) may run this long before the SECC answers FAILED.
    cable_check: float = 40.0
    #: Pre-charge loop limit (EV side V2G_EVCC_PreCharge_Timeout; the SECC enforces it too).
    pre_charge: float = 10.0
    #: After SessionStopRes the SECC waits this long for the EV to close TCP before it closes itself
    #: ([V2G20-1633]: at least 5 s); it finishes at once when the EV closes first.
    close_delay: float = 5.0
    #: After a FAILED response (the session ends on an error) the SECC closes once the response has had
    #: this long to leave; the EV is expected to close at once anyway.
    failed_close_delay: float = 0.05
    #: V2G_SECC_Msg_Performance_Time for most messages (EVCC timeout 2 s).
    performance: float = 1.5
    #: Performance time for CertificateInstallationRes (the EVCC waits 5 s for it; -2 gives the SECC 4.5 s).
    #: Firmware (its backend) slower than this: Ongoing, until the Ongoing timeout ([V2G20-1578]).
    performance_certificate_installation: float = 4.5
    #: Performance time for the charge loop (ISO 15118-20 Tables 216/217: 0.25 s; EVCC timeout 0.5 s).
    #: One budget for the whole ChargeLoopRes, meter reading included.
    performance_charge_loop: float = 0.25
    #: How long a paused session may be resumed with its SessionID (our choice: -20 sets no limit).
    paused_session_lifetime: float = 24 * 3600.0

    def scaled(self, factor: float) -> Timing:
        """A copy with every value multiplied by ``factor`` (handy for fast tests)."""
        return Timing(**{name: getattr(self, name) * factor for name in self.__slots__})

"""The EVCC's timeouts (ISO 15118-20 EVCC message and general timeouts), in one table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EvccTiming:
    """Timeouts in seconds; the session adapter enforces them per request."""

    #: V2G_EVCC_Msg_Timeout for most messages.
    general: float = 2.0
    #: V2G_EVCC_Msg_Timeout for ServiceDetail and CertificateInstallation.
    long: float = 5.0
    #: V2G_EVCC_Msg_Timeout for the charge loop (DC_/AC_ChargeLoop).
    charge_loop: float = 0.5
    #: V2G_EVCC_Ongoing_Timeout: the longest an Ongoing loop (or pre-charge, welding) may last.
    ongoing: float = 60.0
    #: V2G_EVCC_CommunicationSetup_Timeout: connection up until SessionSetupRes.
    communication_setup: float = 20.0
    #: V2G_EVCC_PreCharge_Timeout: from the first DC_PreChargeReq until the EVSE present voltage matches
    #: the target (10 s in ISO 15118-20; 7 s in -2 and DIN 70121).
    pre_charge: float = 10.0
    #: V2G_EVCC_DC_CableCheck_Timeout: from the first DC_CableCheckReq of a charging session until a Finished
    #: DC_CableCheckRes (40 s, -20 Table 223, [V2G20-1774], 8.5.5.2.1, [V2G20-1398]).
    cable_check: float = 40.0

    def timeout_for(self, stage: str) -> float:
        """Message timeout while waiting for the response of ``stage`` (a Stage value)."""
        if stage in ("ServiceDetail", "CertificateInstallation"):
            return self.long
        if stage == "ChargeLoop":
            return self.charge_loop
        return self.general

    def scaled(self, factor: float) -> EvccTiming:
        return EvccTiming(**{name: getattr(self, name) * factor for name in self.__slots__})

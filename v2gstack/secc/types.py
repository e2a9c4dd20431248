"""Plain data exchanged between the session engine and charger firmware.

Units are SI throughout: volts, amperes, watts, watt-hours, seconds. Power is signed where a direction
matters: positive means the vehicle charges, negative means it discharges into the grid (V2G, BPT).
"""

from __future__ import annotations

import base64
import binascii
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# The price types live in prices.py; re-exported so that imports from this module keep working.
from v2gstack.secc.prices import AbsolutePriceSchedule as AbsolutePriceSchedule
from v2gstack.secc.prices import AdditionalService as AdditionalService
from v2gstack.secc.prices import OverstayRule as OverstayRule
from v2gstack.secc.prices import OverstayRules as OverstayRules
from v2gstack.secc.prices import PriceAlgorithm as PriceAlgorithm
from v2gstack.secc.prices import PriceLevel as PriceLevel
from v2gstack.secc.prices import PriceLevelSchedule as PriceLevelSchedule
from v2gstack.secc.prices import PriceRule as PriceRule
from v2gstack.secc.prices import PriceRuleStack as PriceRuleStack
from v2gstack.secc.prices import Pricing as Pricing
from v2gstack.secc.prices import Tariff as Tariff
from v2gstack.secc.prices import TaxRule as TaxRule
from v2gstack.secc.prices import _items, check_offer_tariffs, check_tuple_tariffs
from v2gstack.secc.prices import rational_parts as rational_parts


class EnergyService(enum.IntEnum):
    """Energy transfer services and their ISO 15118-20 ServiceID values."""

    AC = 1
    DC = 2
    WPT = 3
    DC_ACDP = 4
    AC_BPT = 5
    DC_BPT = 6
    DC_ACDP_BPT = 7

    @property
    def is_dc(self) -> bool:
        return self in (EnergyService.DC, EnergyService.DC_BPT)

    @property
    def is_ac(self) -> bool:
        return self in (EnergyService.AC, EnergyService.AC_BPT)

    @property
    def is_bpt(self) -> bool:
        return self in (EnergyService.AC_BPT, EnergyService.DC_BPT, EnergyService.DC_ACDP_BPT)

    @classmethod
    def parse(cls, text: str) -> EnergyService:
        """Parse the command-line spelling: ``dc``, ``dc-bpt``, ``ac``, ``ac-bpt``."""
        try:
            return cls[text.strip().upper().replace("-", "_")]
        except KeyError:
            raise ValueError(f"unknown energy service {text!r} (dc, dc-bpt, ac, ac-bpt)") from None


class ControlMode(enum.IntEnum):
    """Control mode service parameter values (1 = Scheduled, 2 = Dynamic)."""

    SCHEDULED = 1
    DYNAMIC = 2

    @classmethod
    def parse(cls, text: str) -> ControlMode:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown control mode {text!r} (scheduled, dynamic)") from None


class AuthorizationMode(enum.Enum):
    """Authorization services (-20 authorizationType): external identification means or Plug & Charge."""

    EIM = "EIM"
    PNC = "PnC"


class AuthorizationStatus(enum.Enum):
    """Firmware's answer to an authorization request."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    #: Still waiting (e.g. for an RFID card or a backend); the EV is told "Ongoing".
    PENDING = "pending"
    #: Waiting for the driver (e.g. at a payment terminal): "Ongoing_WaitingForCustomerInteraction".
    WAITING_FOR_CUSTOMER = "waiting_for_customer"


class ContractRejection(enum.Enum):
    """Why firmware (its backend) refused a Plug & Charge contract; the value is the AuthorizationRes
    ResponseCode the EV gets ([V2G20-1978]). :attr:`AuthorizationStatus.REJECTED` means ``GENERAL``.
    A cancelled contract ([V2G20-2210] names WARNING_ContractCancelled, which the -20 schema lacks) is
    ``GENERAL`` too."""

    GENERAL = "WARNING_GeneralPnCAuthorizationError"
    #: [V2G20-2211]: the eMSP of the EMAID is not known.
    EMSP_UNKNOWN = "WARNING_eMSPUnknown"
    #: [V2G20-2212]
    CERTIFICATE_EXPIRED = "WARNING_CertificateExpired"
    #: [V2G20-2213]
    CERTIFICATE_NOT_YET_VALID = "WARNING_CertificateNotYetValid"
    #: [V2G20-2214]: e.g. OCSP said revoked (the SECC itself does no revocation check).
    CERTIFICATE_REVOKED = "WARNING_CertificateRevoked"
    #: [V2G20-2215]: the chain does not validate (e.g. against the backend's roots).
    CERTIFICATE_INVALID = "WARNING_CertificateValidationError"


class ChainCheck(enum.Enum):
    """What the SECC itself established about a contract certificate chain before asking firmware."""

    #: Validated (signatures, validity, usages, path) up to one of the configured contract roots.
    VALIDATED = "validated"
    #: No contract roots are configured: only the validity periods were checked; the backend decides.
    NO_TRUST_ANCHORS = "no trust anchors"


@dataclass(frozen=True, slots=True)
class ContractCertificate:
    """A Plug & Charge contract presented in AuthorizationReq, after the SECC's own checks passed: the
    GenChallenge matched, the header signature verified with the leaf's key, and the chain validated
    (or no roots are configured). Handed to :meth:`EVSEController.authorize_contract`, e.g. for an OCPP
    Authorize with the EMAID and the certificate chain."""

    #: EMAID: the leaf certificate's subject CN.
    emaid: str
    #: DER certificates as the EV sent them: the leaf first, then its SubCertificates.
    chain: tuple[bytes, ...]
    check: ChainCheck
    #: The leaf's notAfter (UTC).
    not_after: datetime
    #: Subject of the trusted root the chain validated against (RFC 4514), when ``check`` is VALIDATED.
    root: str | None = None

    @property
    def validated(self) -> bool:
        return self.check is ChainCheck.VALIDATED

    def pem(self) -> str:
        """The chain as PEM text, leaf first (what OCPP 2.0.1 Authorize takes as ``certificate``)."""
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding

        return "".join(x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM).decode()
                       for der in self.chain)


class InstallationRefusal(enum.Enum):
    """Why no contract certificate is installed; the value is the CertificateInstallationRes ResponseCode.

    WARNING codes end the installation attempt, not the session: the EV may authorize next (EIM, or PnC
    with a contract it already has); ``FAILED`` codes end the session."""

    #: [V2G20-2207]: no contract certificate could be retrieved (no backend, backend error, timeout).
    NO_CERTIFICATE_AVAILABLE = "WARNING_NoCertificateAvailable"
    #: [V2G20-2206]: after a complete search, no contract for the PCID of the OEM provisioning certificate.
    NO_CONTRACT_MATCHING_PCID = "WARNING_NoContractMatchingPCIDFound"
    #: [V2G20-2208]: an eMSP of the EV's PrioritizedEMAIDs is unknown (the EV may ask again without them).
    EMSP_UNKNOWN = "WARNING_eMSPUnknown"
    #: [V2G20-2203]: a certificate of the OEM provisioning chain is expired.
    CERTIFICATE_EXPIRED = "WARNING_CertificateExpired"
    #: [V2G20-2204]: a certificate of the OEM provisioning chain is not yet valid.
    CERTIFICATE_NOT_YET_VALID = "WARNING_CertificateNotYetValid"
    #: [V2G20-2205]: the OEM provisioning chain does not validate (also: its curve is not supported).
    CERTIFICATE_INVALID = "WARNING_CertificateValidationError"
    #: [V2G20-461]: the backend found the request's signature invalid (the session ends).
    SIGNATURE_ERROR = "FAILED_SignatureError"
    #: Any other failure the backend reports (the session ends).
    FAILED = "FAILED"


@dataclass(frozen=True, slots=True)
class RootCertificateID:
    """One entry of the EV's ListOfRootCertificateIDs: a root it trusts, by issuer name and serial."""

    issuer: str
    serial: int


@dataclass(frozen=True)
class CertificateInstallationRequest:
    """A CertificateInstallationReq the SECC has checked (its signature over the OEM provisioning chain
    verified, the chain validated against the OEM roots or, without roots, within its validity), handed to
    :meth:`EVSEController.install_certificate`.

    For OCPP 2.0.1 ``Get15118EVCertificateRequest``: ``exiRequest`` = :meth:`exi_base64`,
    ``iso15118SchemaVersion`` = :attr:`schema`, ``action`` = Install."""

    #: The request's EXI stream (V2GTP payload) exactly as received.
    exi: bytes
    #: PCID: the OEM provisioning certificate's subject CN.
    pcid: str
    #: DER certificates as the EV sent them: the OEM provisioning certificate, then its Sub-CAs.
    oem_provisioning_chain: tuple[bytes, ...]
    #: The roots the EV trusts (ListOfRootCertificateIDs): the CPS must chain to one of them.
    root_certificate_ids: tuple[RootCertificateID, ...]
    maximum_contract_certificate_chains: int
    prioritized_emaids: tuple[str, ...]
    #: VALIDATED against the configured OEM roots, or NO_TRUST_ANCHORS (validity periods only).
    check: ChainCheck
    #: The decoded request (for in-process backends such as ``SimulatedCPS``); not part of equality.
    message: Any = field(default=None, compare=False, repr=False)
    #: OCPP ``iso15118SchemaVersion`` of the request.
    schema: str = "urn:iso:std:iso:15118:-20:CommonMessages"

    def exi_base64(self) -> str:
        """The request's EXI stream in base64 (OCPP ``exiRequest``)."""
        return base64.b64encode(self.exi).decode("ascii")


@dataclass(frozen=True, slots=True)
class CertificateInstallationAnswer:
    """Firmware's (its backend's) answer to a CertificateInstallationRequest: either the EXI stream of a
    CertificateInstallationRes (OCPP ``Get15118EVCertificateResponse.exiResponse``, base64-decoded), which
    the SECC checks and forwards with its own header, or a refusal. Neither: NO_CERTIFICATE_AVAILABLE."""

    exi: bytes | None = None
    refusal: InstallationRefusal | None = None

    @classmethod
    def from_base64(cls, exi_response: str) -> CertificateInstallationAnswer:
        """The answer of an OCPP ``Get15118EVCertificateResponse`` with status Accepted; text that is not
        base64 is NO_CERTIFICATE_AVAILABLE."""
        try:
            return cls(exi=base64.b64decode(exi_response, validate=True))
        except (binascii.Error, ValueError):
            return cls(refusal=InstallationRefusal.NO_CERTIFICATE_AVAILABLE)

    @classmethod
    def refused(cls, reason: InstallationRefusal = InstallationRefusal.NO_CERTIFICATE_AVAILABLE
                ) -> CertificateInstallationAnswer:
        return cls(refusal=reason)


class IsolationStatus(enum.Enum):
    """Outcome of the DC isolation test (cable check)."""

    VALID = "Valid"
    WARNING = "Warning"
    FAULT = "Fault"
    NO_IMD = "No_IMD"
    #: The test is still running; the EV is told "Ongoing".
    ONGOING = "Ongoing"


class StopReason(enum.Enum):
    """Why the session engine told firmware to stop power transfer."""

    SESSION_STOPPED = "session stopped by the EV"
    SESSION_PAUSED = "session paused"
    POWER_DELIVERY_STOP = "EV requested PowerDelivery Stop/Standby"
    SEQUENCE_TIMEOUT = "no request from the EV within the sequence timeout"
    COMMUNICATION_SETUP_TIMEOUT = "no SessionSetup within the communication setup timeout"
    ONGOING_TIMEOUT = "Ongoing loop exceeded its timeout"
    PROTOCOL_ERROR = "protocol error"
    FIRMWARE_ERROR = "firmware failed"
    CONNECTION_LOST = "connection to the EV lost"
    EVSE_REQUEST = "stop requested by the charger or grid side"
    SERVER_SHUTDOWN = "SECC shutting down"


class EVSENotification(enum.Enum):
    """What the SECC asks of the EV in EVSEStatus (evseNotificationType)."""

    PAUSE = "Pause"
    EXIT_STANDBY = "ExitStandby"
    TERMINATE = "Terminate"
    SCHEDULE_RENEGOTIATION = "ScheduleRenegotiation"
    SERVICE_RENEGOTIATION = "ServiceRenegotiation"
    METERING_CONFIRMATION = "MeteringConfirmation"


@dataclass(frozen=True, slots=True)
class DCLimits:
    """The charger's DC limits; the discharge fields matter for DC_BPT only (magnitudes, >= 0)."""

    max_charge_power: float
    max_charge_current: float
    max_voltage: float
    min_voltage: float = 0.0
    min_charge_power: float = 0.0
    min_charge_current: float = 0.0
    max_discharge_power: float = 0.0
    min_discharge_power: float = 0.0
    max_discharge_current: float = 0.0
    min_discharge_current: float = 0.0
    power_ramp_limitation: float | None = None


@dataclass(frozen=True, slots=True)
class ACLimits:
    """The charger's AC limits (total over all phases); discharge fields for AC_BPT only."""

    max_charge_power: float
    nominal_voltage: float = 230.0
    nominal_frequency: float = 50.0
    phases: int = 3
    min_charge_power: float = 0.0
    max_discharge_power: float = 0.0
    min_discharge_power: float = 0.0
    max_power_asymmetry: float | None = None


@dataclass(frozen=True, slots=True)
class EVSECapabilities:
    """What the charger offers; asked once per session at SessionSetup."""

    evse_id: str
    services: tuple[EnergyService, ...]
    control_modes: tuple[ControlMode, ...] = (ControlMode.SCHEDULED, ControlMode.DYNAMIC)
    authorization_modes: tuple[AuthorizationMode, ...] = (AuthorizationMode.EIM,)
    dc_limits: DCLimits | None = None
    ac_limits: ACLimits | None = None
    free_service: bool = False
    service_renegotiation_supported: bool = True
    certificate_installation_service: bool = False
    #: Plug & Charge: eMSP provider IDs announced in AuthorizationSetupRes (SupportedProviders; at most
    #: 128, each at most 80 characters). Empty: the element is left out.
    supported_providers: tuple[str, ...] = ()
    #: ServiceDetail ``Pricing`` of every offered service: the kind of price schedule the firmware's
    #: :class:`ScheduleOffer` carries (NONE: no tariff, the SECC sends a PriceLevelSchedule without price
    #: information in scheduled mode, [V2G20-2176], [V2G20-2166]; ABSOLUTE: :class:`AbsolutePriceSchedule`,
    #: PRICE_LEVELS: :class:`PriceLevelSchedule`). The SECC checks every offer against it.
    pricing: Pricing = Pricing.NONE
    #: Exceptions to ``pricing`` per service (e.g. prices for DC only).
    service_pricing: Mapping[EnergyService, Pricing] = field(default_factory=dict, hash=False)

    def pricing_for(self, service: EnergyService | None) -> Pricing:
        """The ``Pricing`` announced for ``service``."""
        if service is None:
            return self.pricing
        return self.service_pricing.get(service, self.pricing)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """Identifies a session towards firmware."""

    session_id: bytes
    evcc_id: str
    service: EnergyService | None = None
    control_mode: ControlMode | None = None
    #: How the session was authorized (None: not yet).
    authorization: AuthorizationMode | None = None
    #: The contract's EMAID when authorized by Plug & Charge.
    emaid: str | None = None
    #: Scheduled mode: the ScheduleTupleID the EV selected in its PowerDeliveryReq (EVPowerProfile,
    #: SelectedScheduleTupleID); None before that, without one, or in dynamic mode.
    schedule_tuple_id: int | None = None
    #: Which tuple of the firmware's last :class:`ScheduleOffer` that is: 0 the main schedule, 1 and 2 its
    #: ``alternatives`` (None as for ``schedule_tuple_id``).
    schedule_tuple_index: int | None = None

    @property
    def session_id_hex(self) -> str:
        return self.session_id.hex().upper()


@dataclass(frozen=True, slots=True)
class EVChargingNeeds:
    """What the EV told us about its needs (ChargeParameterDiscovery and ScheduleExchange)."""

    max_charge_power: float | None = None
    min_charge_power: float | None = None
    max_charge_current: float | None = None
    min_charge_current: float | None = None
    max_voltage: float | None = None
    min_voltage: float | None = None
    max_discharge_power: float | None = None
    min_discharge_power: float | None = None
    max_discharge_current: float | None = None
    min_discharge_current: float | None = None
    target_energy: float | None = None
    max_energy: float | None = None
    min_energy: float | None = None
    departure_time: int | None = None
    target_soc: int | None = None
    min_soc: int | None = None


@dataclass(frozen=True, slots=True)
class PowerScheduleEntry:
    """One step of a charging schedule: ``power`` watts for ``duration`` seconds."""

    duration: int
    power: float


@dataclass(frozen=True, slots=True)
class ScheduleTupleOffer:
    """One ScheduleTuple: the power schedule and its tariff for charging and, for BPT services, the
    discharge power schedule (power <= 0, [V2G20-2168] NOTE 3) with its tariff (a refund for energy fed
    back, [V2G20-2168] NOTE 4)."""

    schedule: tuple[PowerScheduleEntry, ...]
    tariff: Tariff | None = None
    discharge_schedule: tuple[PowerScheduleEntry, ...] = ()
    discharge_tariff: Tariff | None = None

    def __post_init__(self) -> None:
        _check_tuple(self)

    def tariffs(self) -> list[Tariff | None]:
        """The tariff of each schedule it carries: charging, then discharging when there is one."""
        return [self.tariff, self.discharge_tariff] if self.discharge_schedule else [self.tariff]


def _check_tuple(offer: ScheduleTupleOffer | ScheduleOffer) -> None:
    """The checks of one ScheduleTuple's content (also run for the main tuple of a ScheduleOffer)."""
    if not isinstance(offer.schedule, tuple):
        object.__setattr__(offer, "schedule", tuple(offer.schedule))
    discharge = _items(offer, "discharge_schedule", 0, 1024, "discharge PowerScheduleEntries")
    if any(entry.power > 0 for entry in discharge):
        raise ValueError("a discharge schedule has power <= 0 W (negative: discharge, [V2G20-2168] NOTE 3)")
    if offer.discharge_tariff is not None and not discharge:
        raise ValueError("a discharge tariff needs a discharge schedule")
    check_tuple_tariffs([offer.tariff, offer.discharge_tariff] if discharge else [offer.tariff])


@dataclass(frozen=True, slots=True)
class ScheduleOffer:
    """Firmware's answer to ScheduleExchange.

    In scheduled mode ``schedule`` holds the power steps (at least one); in dynamic mode it is ignored.
    ``ready=False`` keeps the EV waiting (EVSEProcessing Ongoing).

    Prices: ``tariff`` prices the charging schedule (in dynamic mode it goes into Dynamic_SEResControlMode);
    for BPT services ``discharge_schedule`` (power <= 0) and ``discharge_tariff`` make the DischargingSchedule
    of the same ScheduleTuple. ``alternatives`` are up to two further ScheduleTuples (scheduled mode). The
    kind of tariff must be the same for every schedule of the offer, and every schedule priced or none
    ([V2G20-1869], [V2G20-2176]): :attr:`pricing` is that kind, which must equal the ``Pricing`` the
    capabilities announce for the service (ServiceDetail). Checked on construction (ValueError).
    """

    ready: bool = True
    schedule: tuple[PowerScheduleEntry, ...] = (PowerScheduleEntry(duration=86400, power=0.0),)
    departure_time: int | None = None
    go_to_pause: bool = False
    tariff: Tariff | None = None
    discharge_schedule: tuple[PowerScheduleEntry, ...] = ()
    discharge_tariff: Tariff | None = None
    alternatives: tuple[ScheduleTupleOffer, ...] = ()

    def __post_init__(self) -> None:
        _check_tuple(self)
        tuples = _items(self, "alternatives", 0, 2, "alternative ScheduleTuples (Scheduled_SEResControlMode "
                                                    "has at most 3)")
        if any(not t.schedule for t in tuples):
            raise ValueError("an alternative ScheduleTuple needs a power schedule")
        check_offer_tariffs([t for one in self.tuples() for t in one.tariffs()])

    def tuples(self) -> list[ScheduleTupleOffer]:
        """Every ScheduleTuple offered: the main one (``schedule`` and its tariffs), then ``alternatives``."""
        main = ScheduleTupleOffer(self.schedule, self.tariff, self.discharge_schedule, self.discharge_tariff)
        return [main, *self.alternatives]

    @property
    def pricing(self) -> Pricing:
        """The kind of price schedule the offer carries (the ServiceDetail ``Pricing`` it needs)."""
        return Pricing.of(self.tariff)


@dataclass(frozen=True, slots=True)
class DCPresent:
    """Present output of the DC supply."""

    voltage: float
    current: float


@dataclass(frozen=True, slots=True)
class DCChargeTargets:
    """What the EV asks for in a DC charge-loop request (targets in scheduled mode, limits in dynamic)."""

    present_voltage: float
    target_voltage: float | None = None
    target_current: float | None = None
    max_charge_power: float | None = None
    min_charge_power: float | None = None
    max_charge_current: float | None = None
    max_voltage: float | None = None
    min_voltage: float | None = None
    max_discharge_power: float | None = None
    min_discharge_power: float | None = None
    max_discharge_current: float | None = None
    soc: int | None = None
    target_energy: float | None = None


@dataclass(frozen=True, slots=True)
class ACChargeTargets:
    """What the EV reports in an AC charge-loop request."""

    present_active_power: float
    target_energy: float | None = None
    max_charge_power: float | None = None
    min_charge_power: float | None = None
    max_discharge_power: float | None = None
    min_discharge_power: float | None = None
    soc: int | None = None


@dataclass(frozen=True, slots=True)
class LoopStatus:
    """Firmware's answer in every charge-loop cycle.

    ``target_power`` is the setpoint in dynamic mode (positive charge, negative discharge); a grid or
    fleet controller may change it at any time and the next cycle carries it to the EV.
    ``dc`` is the present DC output (DC services); ``ac_active_power`` the present AC power (AC).
    """

    dc: DCPresent | None = None
    ac_active_power: float | None = None
    target_power: float | None = None
    current_limit_reached: bool = False
    voltage_limit_reached: bool = False
    power_limit_reached: bool = False


@dataclass(frozen=True, slots=True)
class MeterReading:
    """A meter reading for MeterInfo (energy in Wh, both directions)."""

    meter_id: str
    imported_wh: int
    exported_wh: int = 0
    timestamp: int | None = None


@dataclass(frozen=True, slots=True)
class SessionEvent:
    """A notification out: ``kind`` names it, ``data`` carries its values (all plain data)."""

    kind: str
    session_id: str
    data: dict[str, object] = field(default_factory=dict)

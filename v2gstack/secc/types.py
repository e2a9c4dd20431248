"""Plain data exchanged between the session engine and charger firmware.

Units are SI throughout: volts, amperes, watts, watt-hours, seconds. Power is signed where a direction
matters: positive means the vehicle charges, negative means it discharges into the grid (V2G, BPT).
"""

from __future__ import annotations

import base64
import binascii
import enum
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeAlias


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


class Pricing(enum.IntEnum):
    """The ServiceDetail parameter ``Pricing`` (-20 service parameter tables, e.g. Table 205): which kind of
    price schedule ScheduleExchange carries for a parameter set."""

    NONE = 0
    ABSOLUTE = 1
    PRICE_LEVELS = 2

    @classmethod
    def of(cls, tariff: Tariff | None) -> Pricing:
        """The kind of ``tariff``: NONE for None and for a PriceLevelSchedule with NumberOfPriceLevels 0,
        which says that there is no price information ([V2G20-2166] NOTE 1)."""
        if tariff is None:
            return cls.NONE
        if isinstance(tariff, AbsolutePriceSchedule):
            return cls.ABSOLUTE
        return cls.NONE if tariff.number_of_price_levels == 0 else cls.PRICE_LEVELS


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


# -- tariffs (price schedules) ---------------------------------------------------------------------
# Limits from the -20 schemas (V2G_CI_CommonMessages.xsd, V2G_CI_CommonTypes.xsd): numericIDType
# 1..2^32-1, xs:unsignedInt durations, nameType 80 / descriptionType 160 / identifierType 255 characters,
# currencyType and languageType 3, and the maxOccurs of each list.
_UINT8 = 255
_UINT16 = 65535
_UINT32 = 2**32 - 1
_UINT64 = 2**64 - 1
_NCNAME = re.compile(r"[A-Za-z_][\w.\-]*\Z")


def _decimal(value: object, what: str) -> Decimal:
    """``value`` (Decimal, int, float by its repr, or str) as a finite Decimal; ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise ValueError(f"{what}: {value!r} is not a number")
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{what}: {value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{what}: {value!r} is not a finite number")
    return number


def rational_parts(value: object, what: str = "value") -> tuple[int, int]:
    """(Exponent, Value) of the -20 RationalNumber exactly equal to ``value`` (Value an xs:short, Exponent
    an xs:byte: at most five significant digits). Money is not rounded behind the firmware's back: a
    ValueError naming ``what`` says when no RationalNumber equals ``value``."""
    number = _decimal(value, what)
    if not number:
        return 0, 0
    sign, digits, exponent = number.normalize().as_tuple()
    assert isinstance(exponent, int)
    mantissa = int("".join(map(str, digits))) * (-1 if sign else 1)
    if not -32768 <= mantissa <= 32767:
        raise ValueError(f"{what}: {value} has more significant digits than a -20 RationalNumber holds "
                         "(its Value is a 16-bit integer); round it")
    while exponent > 127 and -32768 <= mantissa * 10 <= 32767:
        mantissa, exponent = mantissa * 10, exponent - 1
    if not -128 <= exponent <= 127:
        raise ValueError(f"{what}: {value} is out of the range of a -20 RationalNumber")
    return exponent, mantissa


def _amount(obj: object, name: str, what: str, *, optional: bool = False) -> None:
    """Normalise the attribute ``name`` of a frozen dataclass to an exact Decimal (None stays None where
    ``optional``)."""
    value = getattr(obj, name)
    if value is None and optional:
        return
    number = _decimal(value, what)
    rational_parts(number, what)
    object.__setattr__(obj, name, number)


def _integer(value: object, low: int, high: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} must be an integer in [{low}, {high}] (-20 schema), not {value!r}")


def _text(value: str | None, longest: int, what: str, *, empty: bool = True) -> None:
    if value is None:
        return
    if not isinstance(value, str) or len(value) > longest or (not empty and not value):
        raise ValueError(f"{what} must be a string of {'0' if empty else '1'} to {longest} characters "
                         f"(-20 schema), not {value!r}")


def _items(obj: object, name: str, low: int, high: int, what: str) -> tuple[Any, ...]:
    """The attribute ``name`` as a tuple of ``low`` to ``high`` items (lists are accepted)."""
    value = getattr(obj, name)
    items = tuple(value) if isinstance(value, Iterable) and not isinstance(value, str) else (value,)
    if not low <= len(items) <= high:
        raise ValueError(f"{what}: {len(items)} given, the -20 schema allows {low} to {high}")
    object.__setattr__(obj, name, items)
    return items


def _identifier(value: str | None, what: str) -> None:
    if value is not None and not (isinstance(value, str) and _NCNAME.match(value)):
        raise ValueError(f"{what} must be an xs:ID (an XML name without a colon), not {value!r}")


class PriceAlgorithm(enum.StrEnum):
    """The PriceAlgorithm identifiers of -20 (8.3.5.3.49.1): how an energy fee sum follows from the
    PriceRules of a stack. Any other URN may be given as a plain string."""

    #: [V2G20-1894]: the EnergyFee of the PriceRule for the present power applies.
    POWER = "urn:iso:std:iso:15118:-20:PriceAlgorithm:1-Power"
    #: [V2G20-1895]: all energy of a stack's time span at the EnergyFee matching its peak power.
    PEAK_POWER = "urn:iso:std:iso:15118:-20:PriceAlgorithm:2-PeakPower"
    #: [V2G20-1896]: each power band's energy at that band's EnergyFee.
    STACKED_ENERGY = "urn:iso:std:iso:15118:-20:PriceAlgorithm:3-StackedEnergy"


@dataclass(frozen=True, slots=True)
class PriceRule:
    """One PriceRule (-20 PriceRuleType): the fees from ``power_range_start`` up to the next rule's.

    Amounts are exact decimals in the schedule's currency (int, float or str are accepted and converted;
    each must be an exact -20 RationalNumber, at most five significant digits)."""

    #: Currency per kWh (0: the energy is free).
    energy_fee: Decimal
    #: W; the rule applies from this power up to the next rule's PowerRangeStart.
    power_range_start: Decimal = Decimal(0)
    #: Currency per ``parking_fee_period``.
    parking_fee: Decimal | None = None
    #: Seconds.
    parking_fee_period: int | None = None
    #: g/kWh (xs:unsignedShort).
    carbon_dioxide_emission: int | None = None
    #: Percent of renewable generation (0..100).
    renewable_generation_percentage: int | None = None

    def __post_init__(self) -> None:
        _amount(self, "energy_fee", "PriceRule EnergyFee")
        _amount(self, "power_range_start", "PriceRule PowerRangeStart")
        _amount(self, "parking_fee", "PriceRule ParkingFee", optional=True)
        if self.parking_fee_period is not None:
            _integer(self.parking_fee_period, 0, _UINT32, "PriceRule ParkingFeePeriod")
        if self.carbon_dioxide_emission is not None:
            _integer(self.carbon_dioxide_emission, 0, _UINT16, "PriceRule CarbonDioxideEmission")
        if self.renewable_generation_percentage is not None:
            _integer(self.renewable_generation_percentage, 0, 100, "PriceRule RenewableGenerationPercentage")


@dataclass(frozen=True, slots=True)
class PriceRuleStack:
    """The PriceRules (1 to 8) that hold for ``duration`` seconds; the stacks follow each other from the
    schedule's TimeAnchor ([V2G20-1902]-[V2G20-1904]) and all rules of a stack start together
    ([V2G20-1901]). PowerRangeStart values rise from rule to rule (each rule holds up to the next)."""

    duration: int
    rules: tuple[PriceRule, ...]

    def __post_init__(self) -> None:
        _integer(self.duration, 0, _UINT32, "PriceRuleStack Duration")
        rules = _items(self, "rules", 1, 8, "PriceRules of a PriceRuleStack")
        starts = [rule.power_range_start for rule in rules]
        if any(a >= b for a, b in itertools.pairwise(starts)):
            raise ValueError(f"the PowerRangeStart values of a PriceRuleStack must rise strictly, not "
                             f"{[str(s) for s in starts]}")


@dataclass(frozen=True, slots=True)
class TaxRule:
    """One TaxRule (-20 TaxRuleType) and what it applies to."""

    tax_rule_id: int
    #: The rate as the tariff states it (a RationalNumber, e.g. 0.19).
    tax_rate: Decimal
    applies_to_energy_fee: bool = True
    applies_to_parking_fee: bool = True
    applies_to_overstay_fee: bool = True
    applies_minimum_maximum_cost: bool = True
    #: TaxRuleName (at most 80 characters).
    name: str | None = None
    #: TaxIncludedInPrice: the fees already include this tax.
    included_in_price: bool | None = None

    def __post_init__(self) -> None:
        _integer(self.tax_rule_id, 1, _UINT32, "TaxRuleID")
        _amount(self, "tax_rate", "TaxRate")
        _text(self.name, 80, "TaxRuleName")


@dataclass(frozen=True, slots=True)
class OverstayRule:
    """One OverstayRule: from ``start_time`` seconds on, ``fee`` per ``fee_period`` seconds."""

    start_time: int
    fee: Decimal
    fee_period: int
    #: OverstayRuleDescription (at most 160 characters).
    description: str | None = None

    def __post_init__(self) -> None:
        _integer(self.start_time, 0, _UINT32, "OverstayRule StartTime")
        _amount(self, "fee", "OverstayFee")
        _integer(self.fee_period, 0, _UINT32, "OverstayFeePeriod")
        _text(self.description, 160, "OverstayRuleDescription")


@dataclass(frozen=True, slots=True)
class OverstayRules:
    """OverstayRules: 1 to 5 rules, and when overstay begins (after ``time_threshold`` seconds, or below
    ``power_threshold`` W)."""

    rules: tuple[OverstayRule, ...]
    time_threshold: int | None = None
    power_threshold: Decimal | None = None

    def __post_init__(self) -> None:
        _items(self, "rules", 1, 5, "OverstayRules")
        if self.time_threshold is not None:
            _integer(self.time_threshold, 0, _UINT32, "OverstayTimeThreshold")
        _amount(self, "power_threshold", "OverstayPowerThreshold", optional=True)


@dataclass(frozen=True, slots=True)
class AdditionalService:
    """An AdditionalSelectedService and its fee (e.g. a car wash)."""

    name: str
    fee: Decimal

    def __post_init__(self) -> None:
        _text(self.name, 80, "AdditionalService ServiceName")
        _amount(self, "fee", "AdditionalService ServiceFee")


@dataclass(frozen=True, slots=True)
class AbsolutePriceSchedule:
    """A tariff in money (-20 AbsolutePriceScheduleType, 8.3.5.3.49): currency, language, the price
    algorithm and 1 to 1024 price rule stacks, with optional tax rules (at most 10), minimum and maximum
    cost, overstay rules and additional services (at most 5). Validated against the schema limits on
    construction (ValueError)."""

    #: ISO 4217 code (at most 3 characters), e.g. "EUR".
    currency: str
    #: Language of the texts (ISO 639, at most 3 characters), e.g. "ENG".
    language: str
    price_rule_stacks: tuple[PriceRuleStack, ...]
    #: A :class:`PriceAlgorithm` or another URN (at most 255 characters).
    price_algorithm: str = PriceAlgorithm.POWER
    price_schedule_id: int = 1
    #: PriceScheduleDescription (at most 160 characters).
    description: str | None = None
    #: Seconds since the epoch (as the header TimeStamp) at which the first stack starts; None: the time
    #: anchor of the power schedule it goes with (the EV's request time).
    time_anchor: int | None = None
    #: Minimum and maximum cost of the session, in the currency.
    minimum_cost: Decimal | None = None
    maximum_cost: Decimal | None = None
    tax_rules: tuple[TaxRule, ...] = ()
    overstay: OverstayRules | None = None
    additional_services: tuple[AdditionalService, ...] = ()
    #: The Id attribute, for a signature over the schedule (None: none).
    id: str | None = None

    def __post_init__(self) -> None:
        _text(self.currency, 3, "Currency", empty=False)
        _text(self.language, 3, "Language", empty=False)
        _text(self.price_algorithm, 255, "PriceAlgorithm", empty=False)
        _items(self, "price_rule_stacks", 1, 1024, "PriceRuleStacks")
        _integer(self.price_schedule_id, 1, _UINT32, "PriceScheduleID")
        _text(self.description, 160, "PriceScheduleDescription")
        if self.time_anchor is not None:
            _integer(self.time_anchor, 0, _UINT64, "TimeAnchor")
        _amount(self, "minimum_cost", "MinimumCost", optional=True)
        _amount(self, "maximum_cost", "MaximumCost", optional=True)
        if (self.minimum_cost is not None and self.maximum_cost is not None
                and self.minimum_cost > self.maximum_cost):
            raise ValueError(f"MinimumCost {self.minimum_cost} is above MaximumCost {self.maximum_cost}")
        taxes = _items(self, "tax_rules", 0, 10, "TaxRules")
        if len({tax.tax_rule_id for tax in taxes}) != len(taxes):
            raise ValueError("the TaxRuleIDs of a price schedule must differ")
        _items(self, "additional_services", 0, 5, "AdditionalSelectedServices")
        _identifier(self.id, "AbsolutePriceSchedule Id")

    def summary(self) -> str:
        """One line: currency, energy fee range, stacks and what else the tariff has."""
        fees = [rule.energy_fee for stack in self.price_rule_stacks for rule in stack.rules]
        low, high = min(fees), max(fees)
        fee = f"{low:f}" if low == high else f"{low:f}-{high:f}"
        extra = [f"{len(self.price_rule_stacks)} stack{'s' if len(self.price_rule_stacks) > 1 else ''}"]
        if any(rule.parking_fee is not None for stack in self.price_rule_stacks for rule in stack.rules):
            extra.append("parking fee")
        if self.tax_rules:
            extra.append(f"{len(self.tax_rules)} tax rule{'s' if len(self.tax_rules) > 1 else ''}")
        if self.overstay is not None:
            extra.append("overstay fee")
        if self.additional_services:
            extra.append(f"{len(self.additional_services)} additional service(s)")
        if self.maximum_cost is not None:
            extra.append(f"max {self.maximum_cost:f} {self.currency}")
        return f"absolute, {fee} {self.currency}/kWh ({', '.join(extra)})"


@dataclass(frozen=True, slots=True)
class PriceLevel:
    """One PriceLevelScheduleEntry: ``level`` for ``duration`` seconds (a higher level costs more)."""

    duration: int
    level: int

    def __post_init__(self) -> None:
        _integer(self.duration, 0, _UINT32, "PriceLevelScheduleEntry Duration")
        _integer(self.level, 0, _UINT8, "PriceLevel")


@dataclass(frozen=True, slots=True)
class PriceLevelSchedule:
    """A tariff in relative price levels (-20 PriceLevelScheduleType, 8.3.5.3.62): 1 to 1024 entries, each
    a level of ``number_of_price_levels`` for a duration; levels rank periods by cost without stating an
    amount. Validated on construction (ValueError)."""

    #: NumberOfPriceLevels: the distinct levels used ([V2G20-2164]); at most 100, what every EVCC and SECC
    #: supports ([V2G20-2165]); 0 says the schedule has no price information (then every level is 0,
    #: [V2G20-2166]).
    number_of_price_levels: int
    entries: tuple[PriceLevel, ...]
    price_schedule_id: int = 1
    #: PriceScheduleDescription (at most 160 characters).
    description: str | None = None
    #: Seconds since the epoch, the present or the near past ([V2G20-2163]); None: the time anchor of the
    #: power schedule it goes with.
    time_anchor: int | None = None
    #: The Id attribute, for a signature over the schedule (None: none).
    id: str | None = None

    def __post_init__(self) -> None:
        _integer(self.number_of_price_levels, 0, 100, "NumberOfPriceLevels")
        entries = _items(self, "entries", 1, 1024, "PriceLevelScheduleEntries")
        top = self.number_of_price_levels
        used = {entry.level for entry in entries}
        if max(used) > top:
            raise ValueError(f"PriceLevel {max(used)} is above NumberOfPriceLevels {top}")
        if len(used) > max(top, 1):
            raise ValueError(f"{len(used)} distinct PriceLevels used, NumberOfPriceLevels says {top} "
                             "([V2G20-2164])")
        _integer(self.price_schedule_id, 1, _UINT32, "PriceScheduleID")
        _text(self.description, 160, "PriceScheduleDescription")
        if self.time_anchor is not None:
            _integer(self.time_anchor, 0, _UINT64, "TimeAnchor")
        _identifier(self.id, "PriceLevelSchedule Id")

    def summary(self) -> str:
        """One line: the number of levels and the levels used."""
        if not self.states_prices:
            count = self.number_of_price_levels
            return f"price levels, none stated ({count} level{'' if count == 1 else 's'})"
        levels = sorted({entry.level for entry in self.entries})
        return (f"price levels, {'/'.join(map(str, levels))} of {self.number_of_price_levels} over "
                f"{len(self.entries)} entr{'ies' if len(self.entries) > 1 else 'y'}")

    @property
    def states_prices(self) -> bool:
        """False for a schedule that ranks nothing (at most one level, every entry at 0): NumberOfPriceLevels
        0, which says there is no price information ([V2G20-2166] NOTE 1; what the SECC sends for a
        tariff-free offer), or a single level at 0 (what the ``price-schedule-always`` tolerance sent)."""
        return not (self.number_of_price_levels <= 1 and all(e.level == 0 for e in self.entries))


#: A price schedule: in money, or in relative levels.
Tariff: TypeAlias = AbsolutePriceSchedule | PriceLevelSchedule


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
    tariffs = [offer.tariff, offer.discharge_tariff] if discharge else [offer.tariff]
    currencies = {t.currency for t in tariffs if isinstance(t, AbsolutePriceSchedule)}
    if len(currencies) > 1:
        raise ValueError(f"the charge and discharge tariffs of a ScheduleTuple use one currency "
                         f"([V2G20-1835]), not {sorted(currencies)}")


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
        tariffs = [t for one in self.tuples() for t in one.tariffs()]
        kinds = {Pricing.of(t) for t in tariffs}
        if len(kinds) > 1:
            raise ValueError("every schedule of an offer is priced alike: all with an AbsolutePriceSchedule, "
                             "all with a PriceLevelSchedule, or none ([V2G20-1869], [V2G20-2176])")
        levels = {t.number_of_price_levels for t in tariffs if isinstance(t, PriceLevelSchedule)}
        if len(levels) > 1:
            raise ValueError(f"the PriceLevelSchedules of an offer have one NumberOfPriceLevels "
                             f"([V2G20-2162]), not {sorted(levels)}")
        ids = [t.id for t in tariffs if t is not None and t.id is not None]
        if len(set(ids)) != len(ids):
            raise ValueError("the Id attributes of the price schedules of an offer must differ")

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

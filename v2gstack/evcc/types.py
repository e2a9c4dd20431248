"""Data of the EVCC session core: stages, configuration, requests out and the result."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.x509.oid import NameOID

from v2gstack.evcc.timing import EvccTiming
from v2gstack.evcc.tolerances import EvccTolerances
from v2gstack.secc.prices import AbsolutePriceSchedule, PriceLevelSchedule, Pricing, Tariff
from v2gstack.secc.types import ControlMode, EnergyService
from v2gstack.security.errors import PKIError
from v2gstack.security.pki import PrivateKey, load_certificates, load_private_key

#: The EV's key agreement key for certificate installation: its secp521r1 OEM provisioning key, or a
#: separate X448 key with an Ed448 provisioning certificate ([V2G20-2534]).
AgreementKey = ec.EllipticCurvePrivateKey | x448.X448PrivateKey


class Stage(enum.Enum):
    """Which response the EVCC waits for."""

    SAP = "SupportedAppProtocol"
    SESSION_SETUP = "SessionSetup"
    AUTHORIZATION_SETUP = "AuthorizationSetup"
    AUTHORIZATION = "Authorization"
    SERVICE_DISCOVERY = "ServiceDiscovery"
    SERVICE_DETAIL = "ServiceDetail"
    SERVICE_SELECTION = "ServiceSelection"
    CERTIFICATE_INSTALLATION = "CertificateInstallation"
    CHARGE_PARAMETER_DISCOVERY = "ChargeParameterDiscovery"
    SCHEDULE_EXCHANGE = "ScheduleExchange"
    CABLE_CHECK = "CableCheck"
    PRE_CHARGE = "PreCharge"
    POWER_DELIVERY_START = "PowerDeliveryStart"
    CHARGE_LOOP = "ChargeLoop"
    POWER_DELIVERY_STOP = "PowerDeliveryStop"
    POWER_DELIVERY_RENEGOTIATE = "PowerDeliveryRenegotiate"
    WELDING_DETECTION = "WeldingDetection"
    SESSION_STOP = "SessionStop"


@dataclass(frozen=True)
class EVContract:
    """The EV's Plug & Charge contract: the contract certificate (DER), its Sub-CA certificates (DER,
    Sub-CA 2 first, as ContractCertificateChain/SubCertificates carries them) and the private key that
    signs PnC_AReqAuthorizationMode."""

    certificate: bytes
    sub_certificates: tuple[bytes, ...]
    key: PrivateKey

    @classmethod
    def from_files(cls, chain: str | os.PathLike[str], key: str | os.PathLike[str]) -> EVContract:
        """A PEM chain file (the leaf first, then its Sub-CAs) and a PEM private key; raises PKIError."""
        leaf, *subs = load_certificates(chain)
        return cls(leaf.public_bytes(Encoding.DER), tuple(c.public_bytes(Encoding.DER) for c in subs),
                   load_private_key(key))

    @classmethod
    def from_pki(cls, directory: str | os.PathLike[str]) -> EVContract:
        """A test PKI directory's contract: ``contract_chain.pem``, ``contract.key`` (docs/security.md)."""
        base = Path(directory)
        return cls.from_files(base / "contract_chain.pem", base / "contract.key")

    @property
    def emaid(self) -> str:
        """The contract certificate's subject CN."""
        subject = x509.load_der_x509_certificate(self.certificate).subject
        names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else ""

    def write(self, directory: str | os.PathLike[str]) -> None:
        """Write ``contract.pem``, ``contract_chain.pem`` and ``contract.key`` (mode 0600) into ``directory``
        (the layout :meth:`from_pki` reads); raises OSError."""
        base = Path(directory)
        base.mkdir(parents=True, exist_ok=True)
        pems = [x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM)
                for der in (self.certificate, *self.sub_certificates)]
        (base / "contract.pem").write_bytes(pems[0])
        (base / "contract_chain.pem").write_bytes(b"".join(pems))
        key = self.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        fd = os.open(base / "contract.key", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key)


@dataclass(frozen=True)
class EVProvisioning:
    """What an EV without a contract needs for ISO 15118-20 certificate installation: its OEM provisioning
    certificate chain (the certificate first, then its Sub-CAs) and key, which signs
    CertificateInstallationReq ([V2G20-1548]); the V2G roots it trusts (ListOfRootCertificateIDs; the CPS
    chain of the response must validate to one); and, for an Ed448 provisioning certificate, the separate
    X448 key the contract key is encrypted to ([V2G20-2534]; None: the secp521r1 provisioning key)."""

    chain: tuple[x509.Certificate, ...]
    key: PrivateKey
    v2g_roots: tuple[x509.Certificate, ...]
    agreement_key: AgreementKey | None = None
    #: PrioritizedEMAIDs (at most MaximumContractCertificateChains of them, [V2G20-1551]; we ask for one).
    prioritized_emaids: tuple[str, ...] = ()

    @property
    def pcid(self) -> str:
        """The PCID: the provisioning certificate's subject CN."""
        names = self.chain[0].subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else ""

    def key_for_agreement(self) -> AgreementKey:
        """The private key the CPS encrypted the contract key to."""
        if self.agreement_key is not None:
            return self.agreement_key
        if isinstance(self.key, ed448.Ed448PrivateKey):
            raise PKIError("an Ed448 OEM provisioning certificate needs a separate X448 key")
        return self.key

    @classmethod
    def from_pki(cls, directory: str | os.PathLike[str]) -> EVProvisioning:
        """A test PKI directory's ``oem_prov_chain.pem``, ``oem_prov.key`` and ``v2g_root.pem``; for an Ed448
        PKI the X448 key ``oem_prov_x448.key``, generated there on first use. Raises PKIError, OSError."""
        from v2gstack.secc.cps import ev_x448_key

        base = Path(directory)
        chain = tuple(load_certificates(base / "oem_prov_chain.pem"))
        if not chain:
            raise PKIError(f"{base / 'oem_prov_chain.pem'}: no certificate")
        key = load_private_key(base / "oem_prov.key")
        agreement = ev_x448_key(base) if isinstance(key, ed448.Ed448PrivateKey) else None
        return cls(chain, key, tuple(load_certificates(base / "v2g_root.pem")), agreement)


class MobilityNeedsMode(enum.IntEnum):
    """The ServiceDetail parameter MobilityNeedsMode (-20 service parameter tables, e.g. Table 205)."""

    #: Mobility needs provided by the EVCC.
    EVCC = 1
    #: Mobility needs provided by the SECC allowed: the EVCC still gives its initial needs (DepartureTime,
    #: MinimumSOC, TargetSOC), the SECC may send new ones. Offered only with ControlMode 2 ([V2G20-2663]).
    SECC = 2


@dataclass(frozen=True, slots=True)
class MobilityNeeds:
    """DepartureTime (s from the message that carried it, [V2G20-2104]), MinimumSOC and TargetSOC (%); None:
    not given."""

    departure_time: int | None = None
    minimum_soc: int | None = None
    target_soc: int | None = None

    def summary(self) -> str:
        """``DepartureTime 7200 s, MinimumSOC 30 %, TargetSOC 80 %`` (only the values given)."""
        parts = []
        if self.departure_time is not None:
            parts.append(f"DepartureTime {self.departure_time} s")
        if self.minimum_soc is not None:
            parts.append(f"MinimumSOC {self.minimum_soc} %")
        if self.target_soc is not None:
            parts.append(f"TargetSOC {self.target_soc} %")
        return ", ".join(parts) or "none"


@dataclass
class EvccConfig:
    """What the session does: service, control mode, charge-loop cycles, and test hooks."""

    service: EnergyService = EnergyService.DC
    mode: ControlMode = ControlMode.SCHEDULED
    cycles: int = 10
    evcc_id: str = "WMIV2GSTACK0000001"
    timing: EvccTiming = field(default_factory=EvccTiming)
    #: Pause (SessionStop Pause) instead of terminating after this many loops.
    pause_after: int | None = None
    #: Resume a paused session: SessionSetup with this SessionID.
    resume_session_id: bytes | None = None
    #: Scheduled BPT: from this loop on the EV asks to discharge at ``discharge_power`` watts.
    discharge_from_cycle: int | None = None
    discharge_power: float = 20_000.0
    #: Pre-charge ends when the EVSE present voltage is this close to the EV's target voltage (V).
    precharge_tolerance: float = 20.0
    #: At most this many DC_PreChargeReq with EVProcessing=Ongoing (besides the time limit
    #: ``timing.pre_charge``); then pre-charge has failed.
    precharge_max_requests: int = 100
    #: Opt-in deviations for known SECCs (all off: a real EV's behaviour).
    tolerances: EvccTolerances = field(default_factory=EvccTolerances)
    #: Welding detection ends when the EVSE voltage is below this (V).
    welding_voltage: float = 60.0
    #: DepartureTime sent in ScheduleExchange (seconds from now).
    departure_time: int = 7200
    #: The MobilityNeedsMode the EV prefers among the parameter sets of its control mode: EVCC (its own
    #: needs only) or SECC (the SECC may provide new ones). When the SECC offers only the other, the EV takes
    #: that; scheduled mode always takes MobilityNeedsMode 1 ([V2G20-2663]).
    mobility_needs: MobilityNeedsMode = MobilityNeedsMode.EVCC
    #: With MobilityNeedsMode 2: adopt the DepartureTime, MinimumSOC and TargetSOC the SECC sends and send
    #: them back in the next ChargeLoopReq ([V2G20-1648], [V2G20-1292], [V2G20-2668]). False: an EV that
    #: cannot, and keeps sending its own, different values ([V2G20-1649], [V2G20-1294], [V2G20-2669]).
    accept_secc_needs: bool = True
    #: Plug & Charge contract: with one, the EV selects PnC whenever the SECC offers it, else EIM.
    contract: EVContract | None = None
    #: After a refused PnC attempt (a WARNING), try EIM when the SECC offers it ([V2G20-1583] allows
    #: it) instead of stopping the session.
    eim_fallback: bool = False
    #: Certificate installation: without a contract, an EV with these credentials asks for one when the
    #: SECC announces CertificateInstallationService and PnC, then authorizes with it (PnC).
    provisioning: EVProvisioning | None = None


@dataclass(frozen=True, slots=True)
class Request:
    """Send ``message`` with V2GTP ``payload_type``; wait at most ``timeout`` s for the response."""

    message: Any
    name: str
    namespace: str
    payload_type: int
    timeout: float


@dataclass(frozen=True, slots=True)
class PriceOffer:
    """The prices the SECC sent with one ScheduleTuple (scheduled mode) or with Dynamic_SEResControlMode
    (``schedule_tuple_id`` None): the charging schedule's tariff and, for BPT, the discharging schedule's
    (a refund). None: that schedule had no price schedule, or an invalid one the EV ignores ([V2G20-1569])."""

    schedule_tuple_id: int | None
    charging: Tariff | None = None
    discharging: Tariff | None = None
    #: The ScheduleTuple has a DischargingSchedule (with or without prices).
    has_discharging: bool = False

    def summary(self) -> str:
        """``tuple 3: charge <tariff>; discharge <tariff>`` (dynamic mode: ``dynamic: <tariff>``)."""
        where = "dynamic" if self.schedule_tuple_id is None else f"tuple {self.schedule_tuple_id}"
        text = f"{where}: {'charge ' if self.has_discharging else ''}{_tariff_text(self.charging)}"
        if self.has_discharging:
            text += f"; discharge {_tariff_text(self.discharging)}"
        return text


def _tariff_text(tariff: Tariff | None) -> str:
    return "no price schedule" if tariff is None else tariff.summary()


def pricing_mismatch(announced: Pricing, tariff: Tariff | None) -> bool:
    """``tariff`` is not the kind ServiceDetail announced (a PriceLevelSchedule that ranks nothing, such as
    a SECC tolerance's placeholder, counts as no prices)."""
    if announced is Pricing.NONE:
        return isinstance(tariff, AbsolutePriceSchedule) or (
            isinstance(tariff, PriceLevelSchedule) and tariff.states_prices)
    return Pricing.of(tariff) is not announced


@dataclass
class EvccResult:
    """How the session went."""

    completed: bool = False
    paused: bool = False
    reason: str = ""
    session_id: bytes = b""
    messages: int = 0
    cycles: int = 0
    evse_notification: str | None = None
    #: Schedule renegotiations the charger asked for (and the EV carried out).
    renegotiations: int = 0
    #: Service renegotiations the charger asked for (SessionStop(ServiceRenegotiation), then the
    #: service selected again).
    service_renegotiations: int = 0
    #: What an enabled tolerance let pass that a real EV would have aborted on (one line each).
    tolerated: list[str] = field(default_factory=list)
    #: The authorization service the session used last ("EIM" or "PnC"; None: not reached).
    authorization: str | None = None
    #: The ResponseCode of a refused PnC attempt (a WARNING) before an EIM fallback, if any.
    pnc_refused: str | None = None
    #: Certificate installation: the CertificateInstallationRes ResponseCode ("OK", a WARNING), or why it
    #: did not happen or was rejected ("not offered", "rejected: ..."); None: not wanted.
    installation: str | None = None
    #: The contract installed in this session (in memory; ``EVContract.write`` stores it).
    installed_contract: EVContract | None = None
    #: ServiceDetail's ``Pricing`` of the selected parameter set (None: not reached, or absent).
    pricing: Pricing | None = None
    #: The prices of the last Finished ScheduleExchangeRes, one entry per ScheduleTuple.
    prices: list[PriceOffer] = field(default_factory=list)
    #: Price schedules the EV ignored as invalid, and prices that disagree with ``pricing`` (one line each).
    price_errors: list[str] = field(default_factory=list)
    #: MobilityNeedsMode of the selected parameter set (None: not reached).
    mobility_needs_mode: MobilityNeedsMode | None = None
    #: The EV's own mobility needs, as sent in its first ScheduleExchangeReq.
    ev_needs: MobilityNeeds | None = None
    #: The values the SECC provided last (ScheduleExchangeRes or a ChargeLoopRes; None: none).
    secc_needs: MobilityNeeds | None = None
    #: The mobility needs in force when the session ended: the EV's own and any SECC values it adopted
    #: (DepartureTime as the EV sent it last).
    needs_in_force: MobilityNeeds | None = None
    #: One line per SECC-provided value that changed what the EV had: adopted, refused (and why) or ignored
    #: (MobilityNeedsMode 1).
    mobility_updates: list[str] = field(default_factory=list)
    energy_in_wh: float = 0.0
    energy_out_wh: float = 0.0
    soc: float = 0.0
    started: float = 0.0
    ended: float = 0.0

    @property
    def duration(self) -> float:
        return self.ended - self.started


#: Response expected in each stage (DC_/AC_ variants are resolved by the session).
RESPONSES = {
    Stage.SAP: "supportedAppProtocolRes",
    Stage.SESSION_SETUP: "SessionSetupRes",
    Stage.AUTHORIZATION_SETUP: "AuthorizationSetupRes",
    Stage.AUTHORIZATION: "AuthorizationRes",
    Stage.CERTIFICATE_INSTALLATION: "CertificateInstallationRes",
    Stage.SERVICE_DISCOVERY: "ServiceDiscoveryRes",
    Stage.SERVICE_DETAIL: "ServiceDetailRes",
    Stage.SERVICE_SELECTION: "ServiceSelectionRes",
    Stage.SCHEDULE_EXCHANGE: "ScheduleExchangeRes",
    Stage.CABLE_CHECK: "DC_CableCheckRes",
    Stage.PRE_CHARGE: "DC_PreChargeRes",
    Stage.POWER_DELIVERY_START: "PowerDeliveryRes",
    Stage.POWER_DELIVERY_STOP: "PowerDeliveryRes",
    Stage.POWER_DELIVERY_RENEGOTIATE: "PowerDeliveryRes",
    Stage.WELDING_DETECTION: "DC_WeldingDetectionRes",
    Stage.SESSION_STOP: "SessionStopRes",
}

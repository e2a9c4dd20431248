"""Data of the EVCC session core: stages, configuration, requests out and the result."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding

from v2gstack.evcc.timing import EvccTiming
from v2gstack.evcc.tolerances import EvccTolerances
from v2gstack.secc.types import ControlMode, EnergyService
from v2gstack.security.pki import PrivateKey, load_certificates, load_private_key


class Stage(enum.Enum):
    """Which response the EVCC waits for."""

    SAP = "SupportedAppProtocol"
    SESSION_SETUP = "SessionSetup"
    AUTHORIZATION_SETUP = "AuthorizationSetup"
    AUTHORIZATION = "Authorization"
    SERVICE_DISCOVERY = "ServiceDiscovery"
    SERVICE_DETAIL = "ServiceDetail"
    SERVICE_SELECTION = "ServiceSelection"
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
    #: Plug & Charge contract: with one, the EV selects PnC whenever the SECC offers it, else EIM.
    contract: EVContract | None = None
    #: After a refused PnC attempt (a WARNING), try EIM when the SECC offers it ([V2G20-1583] allows
    #: it) instead of stopping the session.
    eim_fallback: bool = False


@dataclass(frozen=True, slots=True)
class Request:
    """Send ``message`` with V2GTP ``payload_type``; wait at most ``timeout`` s for the response."""

    message: Any
    name: str
    namespace: str
    payload_type: int
    timeout: float


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

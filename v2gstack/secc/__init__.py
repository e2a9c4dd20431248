"""The SECC: session engine (sans-I/O), the firmware interface, and a simulated charger.

Firmware implements :class:`EVSEController`; everything else is the library's business.
"""

from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.controller import CertificateBackend, EVSEController, SessionControl
from v2gstack.secc.timing import Timing
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import (
    ACChargeTargets,
    ACLimits,
    AuthorizationMode,
    AuthorizationStatus,
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
    ChainCheck,
    ContractCertificate,
    ContractRejection,
    ControlMode,
    DCChargeTargets,
    DCLimits,
    DCPresent,
    EnergyService,
    EVChargingNeeds,
    EVSECapabilities,
    EVSENotification,
    InstallationRefusal,
    IsolationStatus,
    LoopStatus,
    MeterReading,
    PowerScheduleEntry,
    RootCertificateID,
    ScheduleOffer,
    SessionEvent,
    SessionInfo,
    StopReason,
)

__all__ = [
    "ACChargeTargets",
    "ACLimits",
    "AuthorizationMode",
    "AuthorizationStatus",
    "CertificateBackend",
    "CertificateInstallationAnswer",
    "CertificateInstallationRequest",
    "ChainCheck",
    "ContractCertificate",
    "ContractRejection",
    "ContractTrust",
    "ControlMode",
    "DCChargeTargets",
    "DCLimits",
    "DCPresent",
    "EVChargingNeeds",
    "EVSECapabilities",
    "EVSEController",
    "EVSENotification",
    "EnergyService",
    "InstallationRefusal",
    "IsolationStatus",
    "LoopStatus",
    "MeterReading",
    "PowerScheduleEntry",
    "RootCertificateID",
    "ScheduleOffer",
    "SessionControl",
    "SessionEvent",
    "SessionInfo",
    "StopReason",
    "Timing",
    "Tolerances",
]

"""Per-session data shared by the state handlers, and the vocabulary handlers use to talk to the engine."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from v2gstack.secc.contract import ContractTrust
from v2gstack.secc.timing import Timing
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import (
    AuthorizationMode,
    ControlMode,
    EnergyService,
    EVChargingNeeds,
    EVSECapabilities,
    EVSENotification,
    SessionInfo,
    StopReason,
)


class FirmwareTimeout(Exception):
    """Thrown into a handler when firmware did not answer within the performance time."""


class FirmwareFailed(Exception):
    """Thrown into a handler when a firmware call raised; carries the original exception."""

    def __init__(self, method: str, error: BaseException) -> None:
        super().__init__(f"firmware {method}() failed: {error!r}")
        self.method = method
        self.error = error


@dataclass(frozen=True, slots=True)
class FirmwareRequest:
    """Yielded by a handler: call ``EVSEController.<method>(*args)`` and send me the result."""

    method: str
    args: tuple[Any, ...]
    #: Performance time budget for this call, seconds.
    budget: float


@dataclass(frozen=True, slots=True)
class Reply:
    """What a handler returns: the response and where the session goes next."""

    message: Any
    namespace: str
    payload_type: int
    #: Name of the next state (what we wait for next); None ends the session after sending.
    next_state: str | None
    #: The response says EVSEProcessing=Ongoing (the Ongoing timer runs while it repeats).
    ongoing: bool = False
    #: Why the session ends, when ``next_state`` is None.
    end_reason: StopReason | None = None
    #: The session ends in a pause (kept for resumption).
    pause: bool = False


Handler = Callable[["SessionContext", Any], Generator[FirmwareRequest, Any, Reply]]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class PausedSession:
    """What survives a pause, for resumption with the same SessionID."""

    session_id: bytes
    evcc_id: str
    service: EnergyService | None
    control_mode: ControlMode | None
    paused_at: float
    #: How the session was authorized, and the contract's EMAID for PnC: they still hold after resumption.
    authorization: AuthorizationMode | None = None
    emaid: str | None = None
    #: The next unused ScheduleTupleID: IDs stay unique for the whole charging session, a pause included
    #: ([V2G20-1560]).
    next_schedule_tuple_id: int = 1


@dataclass
class SessionContext:
    """Everything a session knows. Handlers read and update it; only the engine changes the state."""

    capabilities: EVSECapabilities
    timing: Timing
    now: float = 0.0
    #: Opt-in deviations for known peers (all off by default).
    tolerances: Tolerances = field(default_factory=Tolerances)
    session_id: bytes = b""
    evcc_id: str = ""
    #: Namespace URI of the protocol chosen in SupportedAppProtocol (-20 DC or AC).
    protocol_namespace: str = ""
    service: EnergyService | None = None
    control_mode: ControlMode | None = None
    needs: EVChargingNeeds = field(default_factory=EVChargingNeeds)
    power_on: bool = False
    #: Grid/charger side request waiting to be told to the EV in the next EVSEStatus.
    notification: EVSENotification | None = None
    #: The EV's present state of charge (DisplayParameters in the charge loop), when it says it.
    ev_soc: int | None = None
    #: When the current EVSEProcessing=Ongoing loop started (None: not in one).
    ongoing_since: float | None = None
    paused: dict[bytes, PausedSession] = field(default_factory=dict)
    scratch: dict[str, Any] = field(default_factory=dict)
    #: Plug & Charge: the contract trust anchors and algorithm policy.
    contract_trust: ContractTrust = field(default_factory=ContractTrust)
    #: Plug & Charge: the GenChallenge of the last AuthorizationSetupRes (None: PnC not offered).
    gen_challenge: bytes | None = None
    #: How the session was authorized, and the contract's EMAID for PnC.
    authorization: AuthorizationMode | None = None
    emaid: str | None = None
    #: Wall-clock time for certificate validity (the engine's ``now`` is monotonic).
    wall_clock: Callable[[], datetime] = utc_now
    #: The EXI stream of the request being handled, as received (None: the caller gave only the object).
    raw_request: bytes | None = None
    #: The next unused ScheduleTupleID of the charging session ([V2G20-773], [V2G20-1560]).
    next_schedule_tuple_id: int = 1
    #: The ScheduleTupleIDs of the last offer (Finished scheduled ScheduleExchangeRes), in offer order: the
    #: ones a PowerDeliveryReq may select ([V2G20-479]). Empty in dynamic mode.
    offered_tuple_ids: tuple[int, ...] = ()
    #: The ScheduleTupleID the EV selected in its last PowerDeliveryReq (scheduled mode; None: none yet).
    schedule_tuple_id: int | None = None

    @property
    def info(self) -> SessionInfo:
        return SessionInfo(
            session_id=self.session_id,
            evcc_id=self.evcc_id,
            service=self.service,
            control_mode=self.control_mode,
            authorization=self.authorization,
            emaid=self.emaid,
            schedule_tuple_id=self.schedule_tuple_id,
            schedule_tuple_index=self.selected_tuple_index,
        )

    @property
    def selected_tuple_index(self) -> int | None:
        """Where the selected ScheduleTupleID is in the last offer (0: the main schedule, 1 and 2 the
        alternatives; None: none selected, or the selection is from an earlier offer)."""
        if self.schedule_tuple_id is None or self.schedule_tuple_id not in self.offered_tuple_ids:
            return None
        return self.offered_tuple_ids.index(self.schedule_tuple_id)

    def call(self, method: str, *args: Any, budget: float | None = None) -> FirmwareRequest:
        """A firmware call to ``yield``; the default budget is the general performance time."""
        return FirmwareRequest(method, args, self.timing.performance if budget is None else budget)

    @staticmethod
    def new_session_id() -> bytes:
        """A fresh random 8-byte SessionID (never all zero)."""
        while True:
            sid = os.urandom(8)
            if any(sid):
                return sid

    def ongoing_expired(self) -> bool:
        """True when the current Ongoing loop has lasted longer than the Ongoing timeout."""
        return self.ongoing_since is not None and self.now - self.ongoing_since > self.timing.ongoing

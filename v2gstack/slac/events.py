"""Inputs and outputs of the sans-I/O SLAC state machines (EVSE and EV side)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CpState(StrEnum):
    """IEC 61851-1 control-pilot states. B, C and D start matching; A, E and F stop it."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def plugged(self) -> bool:
        return self in (CpState.B, CpState.C, CpState.D)


class FailReason(StrEnum):
    """Why a matching session (or the whole port) failed; the value names the timer or check."""

    SLAC_INIT_TIMEOUT = "TT_EVSE_SLAC_init"
    START_ATTEN_TIMEOUT = "TT_match_sequence"
    NO_SOUNDS = "TT_EVSE_match_MNBC"
    ATTEN_CHAR_RSP_TIMEOUT = "TT_match_response:CM_ATTEN_CHAR.RSP"
    ATTEN_CHAR_RSP_FAILED = "CM_ATTEN_CHAR.RSP:result"
    MATCH_SESSION_TIMEOUT = "TT_EVSE_match_session"
    ATTENUATION_TOO_HIGH = "attenuation_too_high"
    VALIDATION_FAILED = "validation_failed"
    SET_KEY_TIMEOUT = "TT_match_response:CM_SET_KEY.CNF"
    SET_KEY_FAILED = "CM_SET_KEY.CNF:result"
    CP_STATE = "control_pilot"
    EVICTED = "too_many_sessions"
    # EV side
    PARM_CNF_TIMEOUT = "TT_match_response:CM_SLAC_PARM.CNF"
    ATTEN_RESULTS_TIMEOUT = "TT_EV_atten_results"
    VALIDATE_CNF_TIMEOUT = "TT_match_response:CM_VALIDATE.CNF"
    MATCH_CNF_TIMEOUT = "TT_match_response:CM_SLAC_MATCH.CNF"
    NID_MISMATCH = "CM_SLAC_MATCH.CNF:nid"
    # BCB-toggle validation (ISO 15118-3 9.4)
    VALIDATE_STEP2_TIMEOUT = "TT_match_sequence:CM_VALIDATE.REQ"
    MATCH_AFTER_VALIDATION_TIMEOUT = "TT_match_sequence:CM_SLAC_MATCH.REQ"
    # link supervision after the match (EVSE)
    LINK_JOIN_TIMEOUT = "TT_match_join"
    LINK_DOWN = "link_status:no_link"
    MODEM_SILENT = "link_status:no_answer"
    TERMINATED = "terminated"


@dataclass(frozen=True)
class SlacMatched:
    """Matching succeeded: the EV will join the AVLN of ``nmk``/``nid``."""

    ev_mac: str
    evse_mac: str
    run_id: bytes
    nmk: bytes
    nid: bytes
    attenuation_db: float
    """Average attenuation over all groups, after averaging each group over the profiles."""
    sounds: int
    at: float


@dataclass(frozen=True)
class SlacFailed:
    reason: FailReason
    detail: str
    at: float
    ev_mac: str | None = None
    run_id: bytes | None = None


@dataclass(frozen=True)
class SlacNotStarted:
    """Quick fallback: the EV sent no CM_SLAC_PARM.REQ within ``no_slac_after`` of plug-in.

    Matching stays possible until TT_EVSE_SLAC_init; the charger may start basic IEC 61851
    charging meanwhile.
    """

    waited: float
    at: float


@dataclass(frozen=True)
class SlacStep:
    """Progress, for logs: ``what`` happened to session (ev_mac, run_id)."""

    what: str
    at: float
    ev_mac: str | None = None
    run_id: bytes | None = None


@dataclass(frozen=True)
class SlacLinkUp:
    """After the match the local modem reports a powerline link: the EV joined the AVLN.

    The D-LINK_READY.indication (link established) of ISO 15118-3: the SECC may start SDP.
    """

    ev_mac: str
    nid: bytes
    at: float


@dataclass(frozen=True)
class SlacLinkLost:
    """The matched link is gone (D-LINK_READY.indication "no link"): the SECC ends its session.

    ``reason``: no link within TT_match_join, the modem reports no link or stops answering, the
    control pilot left B/C/D, or :meth:`~v2gstack.slac.evse.EvseSlac.terminate` was called.
    """

    reason: FailReason
    detail: str
    at: float
    ev_mac: str
    nid: bytes


@dataclass(frozen=True)
class CpRequest:
    """Output action of the EV core: drive the control pilot to ``state`` (C: close S2, B: open it).

    Emitted for the BCB toggles of validation (ISO 15118-3 9.4); the EV's CP driver carries it out.
    """

    state: CpState
    at: float


SlacEvent = SlacMatched | SlacFailed | SlacNotStarted | SlacStep | CpRequest | SlacLinkUp | SlacLinkLost


@dataclass
class Step:
    """What an input produced: frames to send now (in order), events, and the next deadline."""

    frames: list[bytes] = field(default_factory=list)
    events: list[SlacEvent] = field(default_factory=list)
    deadline: float | None = None

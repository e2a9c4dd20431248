"""Sans-I/O EVSE side of SLAC (ISO 15118-3 Annex A.9): one charge port, several EV sessions.

Feed it control-pilot changes (:meth:`EvseSlac.set_cp_state`), received frames
(:meth:`EvseSlac.receive`) and expired deadlines (:meth:`EvseSlac.handle_timeout`), each with the
current time; every call returns a :class:`~v2gstack.slac.events.Step` with the frames to send,
the events and the next deadline. Sessions are keyed by (EV MAC, RunID) and bounded. After the
match the core supervises the link (VS_PL_LNK_STATUS polling of the local modem, the control
pilot) and reports ``SlacLinkUp`` and ``SlacLinkLost`` (:mod:`~v2gstack.slac.events`).
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from v2gstack.slac import frames as f
from v2gstack.slac import vendor as v
from v2gstack.slac.codec import Frame, encode, parse_frame
from v2gstack.slac.errors import FrameError, SlacError
from v2gstack.slac.events import (
    CpState,
    FailReason,
    SlacEvent,
    SlacFailed,
    SlacLinkLost,
    SlacLinkUp,
    SlacMatched,
    SlacNotStarted,
    SlacStep,
    Step,
)
from v2gstack.slac.keys import derive_nid, random_nmk
from v2gstack.slac.mmtypes import BROADCAST, QCA_LOCAL_MODEM, MMType
from v2gstack.slac.timing import DEFAULT_TIMINGS, SlacTimings, validate_window

VALIDATE_NOT_READY, VALIDATE_READY, VALIDATE_SUCCESS, VALIDATE_FAILURE = 0, 1, 2, 3
"""CM_VALIDATE result codes (ISO 15118-3 Annex A, CM_VALIDATE.CNF)."""
VALIDATE_NOT_SUPPORTED = VALIDATE_FAILURE
"""CM_VALIDATE.CNF result sent back when ``bcb_validation`` is off: no BCB-toggle validation here."""
SIGNAL_TYPE_BCB = 0
"""CM_VALIDATE signal type 0x00: the EV toggles S2 on the control pilot (B-C-B)."""


@dataclass(frozen=True)
class EvseConfig:
    evse_mac: str
    modem_mac: str = QCA_LOCAL_MODEM
    evse_id: bytes = b"\x00" * 17
    timings: SlacTimings = DEFAULT_TIMINGS
    max_sessions: int = 4
    """Concurrent matching sessions per port; the oldest is dropped when a new one comes."""
    max_attenuation_db: float | None = None
    """Refuse EVs whose average attenuation is above this (no CM_ATTEN_CHAR.IND is sent)."""
    no_slac_after: float | None = None
    """Quick fallback: report :class:`SlacNotStarted` this long after plug-in without SLAC."""
    bcb_validation: bool = False
    """Run BCB-toggle validation when an EV asks (ISO 15118-3 9.4); needs the CP driver to pass
    every B/C change to :meth:`EvseSlac.set_cp_state`. Off: CM_VALIDATE.REQ gets result 3."""
    set_key_timeout: float = 0.5
    link_poll_interval: float | None = 0.5
    """After the match, ask the local modem for its link (VS_PL_LNK_STATUS.REQ, Qualcomm) this
    often; None: no polling (the link then ends only with the control pilot or :meth:`terminate`)."""
    link_loss_polls: int = 2
    """Consecutive polls answered "no link", or unanswered, that make the link lost."""
    leave_on_link_loss: bool = True
    """When the link ends, set a fresh NMK on the local modem (CM_SET_KEY.REQ): the EVSE leaves the
    EV's logical network within TP_match_leave and the next EV starts clean."""
    nmk_source: Callable[[], bytes] = random_nmk
    nonce_source: Callable[[], int] = lambda: secrets.randbits(32)

    def __post_init__(self) -> None:
        if self.max_sessions < 1:
            raise SlacError("max_sessions must be at least 1")
        if self.link_loss_polls < 1 or (self.link_poll_interval is not None and self.link_poll_interval <= 0):
            raise SlacError("link_loss_polls must be at least 1 and link_poll_interval positive")


class SessionState(Enum):
    WAIT_START_ATTEN = "wait CM_START_ATTEN_CHAR.IND"
    SOUNDING = "sounding"
    WAIT_ATTEN_RSP = "wait CM_ATTEN_CHAR.RSP"
    WAIT_MATCH = "wait CM_SLAC_MATCH.REQ"
    VALIDATE_STEP2 = "validation: wait CM_VALIDATE.REQ step 2"
    VALIDATE_TOGGLES = "validation: counting BCB toggles"
    WAIT_SET_KEY = "wait CM_SET_KEY.CNF"
    MATCHED = "matched"


@dataclass
class _Session:
    ev_mac: str
    run_id: bytes
    nmk: bytes
    nid: bytes
    state: SessionState
    deadline: float
    expected_sounds: int = 0
    profiles: int = 0
    sums: list[int] = field(default_factory=lambda: [0] * f.NUM_GROUPS)
    average: list[int] = field(default_factory=list)
    attenuation_db: float = 0.0
    retries: int = 0
    nonce: int = 0
    pev_id: bytes = b"\x00" * 17
    toggle_baseline: int = 0
    validated: bool = False


@dataclass
class _Link:
    """The matched EV's link, supervised until it ends."""

    ev_mac: str
    nid: bytes
    join_deadline: float
    next_poll: float | None
    up: bool = False
    outstanding: bool = False
    misses: int = 0
    downs: int = 0


class EvseSlac:
    """EVSE SLAC core for one charge port."""

    def __init__(self, config: EvseConfig) -> None:
        self.config = config
        self.t = config.timings
        self.cp = CpState.A
        self.malformed = 0
        """Frames dropped because they could not be parsed."""
        self._sessions: OrderedDict[tuple[str, bytes], _Session] = OrderedDict()
        self._init_deadline: float | None = None
        self._no_slac_deadline: float | None = None
        self._plugged_at = 0.0
        self._bc_edges = 0
        """B -> C/D transitions of the control pilot seen so far (BCB toggles)."""
        self._validating: _Session | None = None
        """The session whose EV runs the BCB-toggle validation; one at a time per port."""
        self._link: _Link | None = None
        self._out: list[bytes] = []
        self._events: list[SlacEvent] = []

    # -- public interface --------------------------------------------------------------------

    def set_cp_state(self, state: CpState, now: float) -> Step:
        """B/C/D after A/E/F starts TT_EVSE_SLAC_init; A/E/F ends every session; B -> C counts a toggle."""
        if self.cp is CpState.B and state in (CpState.C, CpState.D):
            self._bc_edges += 1
        was_plugged, self.cp = self.cp.plugged, state
        if state.plugged and not was_plugged:
            self._plugged_at = now
            self._init_deadline = now + self.t.TT_EVSE_SLAC_init
            if self.config.no_slac_after is not None:
                self._no_slac_deadline = now + self.config.no_slac_after
            self._step("plugged in, waiting for CM_SLAC_PARM.REQ", now)
        elif not state.plugged and was_plugged:
            if self._link is not None:
                self._link_lost(FailReason.CP_STATE, f"control pilot went to state {state.value}", now)
            for s in list(self._sessions.values()):
                if s.state is not SessionState.MATCHED:
                    self._fail(s, FailReason.CP_STATE, f"control pilot went to state {state.value}", now)
            self._sessions.clear()
            self._validating = None
            self._init_deadline = self._no_slac_deadline = None
        return self._flush()

    def receive(self, data: bytes, now: float) -> Step:
        """Handle one frame from the wire; anything malformed or unexpected is ignored."""
        try:
            frame = parse_frame(data)
        except FrameError:
            self.malformed += 1
            return self._flush()
        if self.cp.plugged and frame.src != self.config.evse_mac and frame.dst in (
                self.config.evse_mac, BROADCAST):
            handler = self._HANDLERS.get(frame.mmtype)
            if handler is not None:
                handler(self, frame, frame.msg, now)
        return self._flush()

    def handle_timeout(self, now: float) -> Step:
        """Fire every deadline that is due at ``now``."""
        if self._init_deadline is not None and now >= self._init_deadline:
            self._init_deadline = self._no_slac_deadline = None
            self._events.append(SlacFailed(FailReason.SLAC_INIT_TIMEOUT,
                                           "no CM_SLAC_PARM.REQ after plug-in", now))
        if self._no_slac_deadline is not None and now >= self._no_slac_deadline:
            self._no_slac_deadline = None
            self._events.append(SlacNotStarted(now - self._plugged_at, now))
        for s in list(self._sessions.values()):
            if now >= s.deadline:
                self._on_session_timeout(s, now)
        link = self._link
        if link is not None and link.next_poll is not None and now >= link.next_poll:
            self._poll_link(link, now)
        return self._flush()

    def terminate(self, now: float) -> Step:
        """D-LINK_TERMINATE.request from the SECC: stop supervising the link and leave the AVLN."""
        if self._link is not None:
            self._link_lost(FailReason.TERMINATED, "terminated by the upper layer", now)
        return self._flush()

    def next_deadline(self) -> float | None:
        times = [s.deadline for s in self._sessions.values()]
        times += [t for t in (self._init_deadline, self._no_slac_deadline) if t is not None]
        if self._link is not None and self._link.next_poll is not None:
            times.append(self._link.next_poll)
        return min(times, default=None)

    @property
    def link_up(self) -> bool:
        """A matched EV's link is up (confirmed by the modem)."""
        return self._link is not None and self._link.up

    def session_states(self) -> dict[tuple[str, bytes], SessionState]:
        return {key: s.state for key, s in self._sessions.items()}

    # -- message handlers ----------------------------------------------------------------------

    def _on_parm_req(self, fr: Frame, msg: Any, now: float) -> None:
        """New matching session; none while a matched link is up (ISO 15118-5 PLCLinkStatus tests)."""
        if msg.application_type != 0 or msg.security_type != 0 or self.link_up:
            return
        key = (fr.src, bytes(msg.run_id))
        s = self._sessions.get(key)
        if s is None:
            while len(self._sessions) >= self.config.max_sessions:
                _, old = self._sessions.popitem(last=False)
                self._fail(old, FailReason.EVICTED, "dropped for a newer session", now, drop=False)
            nmk = self.config.nmk_source()
            s = _Session(fr.src, key[1], nmk, derive_nid(nmk), SessionState.WAIT_START_ATTEN, 0.0)
            self._sessions[key] = s
            self._init_deadline = self._no_slac_deadline = None
        elif s.state is not SessionState.WAIT_START_ATTEN:
            return
        s.deadline = now + self.t.TT_match_sequence
        self._send(fr.src, f.CmSlacParmCnf(
            num_sounds=self.t.C_EV_match_MNBC, time_out=self.t.mnbc_timeout_units, resp_type=1,
            forwarding_sta=fr.src, run_id=s.run_id))
        self._step("CM_SLAC_PARM.REQ -> CNF", now, s)

    def _on_start_atten(self, fr: Frame, msg: Any, now: float) -> None:
        s = self._sessions.get((fr.src, bytes(msg.run_id)))
        if s is None or s.state is not SessionState.WAIT_START_ATTEN:
            return
        s.state = SessionState.SOUNDING
        s.expected_sounds = msg.num_sounds or self.t.C_EV_match_MNBC
        s.deadline = now + self.t.TT_EVSE_match_MNBC
        self._step("CM_START_ATTEN_CHAR.IND, sounding", now, s)

    def _on_atten_profile(self, fr: Frame, msg: Any, now: float) -> None:
        if len(msg.aag) != f.NUM_GROUPS:
            return
        for s in reversed(self._sessions.values()):
            if s.ev_mac == msg.pev_mac and s.state is SessionState.SOUNDING:
                s.sums = [a + b for a, b in zip(s.sums, msg.aag, strict=True)]
                s.profiles += 1
                if s.profiles >= s.expected_sounds:
                    self._finish_sounding(s, now)
                return

    def _on_atten_rsp(self, fr: Frame, msg: Any, now: float) -> None:
        s = self._sessions.get((fr.src, bytes(msg.run_id)))
        if s is None or s.state is not SessionState.WAIT_ATTEN_RSP:
            return
        if msg.result != 0:
            self._fail(s, FailReason.ATTEN_CHAR_RSP_FAILED, f"EV answered result {msg.result}", now)
            return
        s.state = SessionState.WAIT_MATCH
        s.deadline = now + self.t.TT_EVSE_match_session
        self._step("CM_ATTEN_CHAR.RSP, waiting for CM_SLAC_MATCH.REQ", now, s)

    def _on_validate(self, fr: Frame, msg: Any, now: float) -> None:
        """CM_VALIDATE.REQ (ISO 15118-3 9.4): step 1 (Timer 0) -> READY, step 2 -> count toggles.

        CM_VALIDATE carries no RunID: the EV's latest session past the sounding answers.
        """
        if msg.signal_type != SIGNAL_TYPE_BCB:
            return
        s = next((o for o in reversed(self._sessions.values()) if o.ev_mac == fr.src and o.state in (
            SessionState.WAIT_ATTEN_RSP, SessionState.WAIT_MATCH, SessionState.VALIDATE_STEP2,
            SessionState.VALIDATE_TOGGLES)), None)
        if s is None:
            return
        if not self.config.bcb_validation:
            self._send(fr.src, f.CmValidateCnf(signal_type=SIGNAL_TYPE_BCB, toggle_num=0,
                                               result=VALIDATE_NOT_SUPPORTED))
            self._step("CM_VALIDATE.REQ -> CNF (validation not supported)", now, s)
            return
        owner = self._validating
        if owner is not None and owner.ev_mac != s.ev_mac:  # another EV is toggling on this port
            self._send(fr.src, f.CmValidateCnf(signal_type=SIGNAL_TYPE_BCB, toggle_num=0,
                                               result=VALIDATE_NOT_READY))
            self._step("CM_VALIDATE.REQ -> CNF not ready (another EV is validating)", now, s)
            return
        if s.state is SessionState.VALIDATE_TOGGLES:
            return
        if msg.timer == 0:  # step 1, or step 1 repeated
            self._validating = s
            s.state, s.retries = SessionState.VALIDATE_STEP2, 0
            s.toggle_baseline = self._bc_edges  # the EV toggles only after step 2: count from here
            s.deadline = now + self.t.TT_match_sequence
            self._send_validate_ready(s)
            self._step("CM_VALIDATE.REQ step 1 -> CNF ready", now, s)
        elif s.state is SessionState.VALIDATE_STEP2:
            if msg.result != VALIDATE_READY:  # the EV ends the validation with us
                self._validating = None
                s.state, s.validated = SessionState.WAIT_MATCH, True
                s.deadline = now + self.t.TT_match_sequence
                self._step(f"CM_VALIDATE.REQ step 2 with result {msg.result}: validation ended", now, s)
                return
            window = min(validate_window(msg.timer), self.t.TT_EVSE_vald_toggle)
            s.state = SessionState.VALIDATE_TOGGLES
            s.deadline = now + window
            self._step(f"CM_VALIDATE.REQ step 2, counting BCB toggles for {window:.1f} s", now, s)

    def _send_validate_ready(self, s: _Session) -> None:
        self._send(s.ev_mac, f.CmValidateCnf(signal_type=SIGNAL_TYPE_BCB, toggle_num=0,
                                             result=VALIDATE_READY))

    def _end_toggle_window(self, s: _Session, now: float) -> None:
        """TT_EVSE_vald_toggle over: report the B -> C edges counted since step 1 (ISO 15118-3 9.4)."""
        toggles = max(0, min(255, self._bc_edges - s.toggle_baseline))
        self._validating = None
        self._send(s.ev_mac, f.CmValidateCnf(signal_type=SIGNAL_TYPE_BCB, toggle_num=toggles,
                                             result=VALIDATE_SUCCESS))
        s.state, s.validated = SessionState.WAIT_MATCH, True
        s.deadline = now + self.t.TT_match_sequence
        self._step(f"toggle window over: {toggles} BCB toggle(s) -> CM_VALIDATE.CNF", now, s)

    def _on_match_req(self, fr: Frame, msg: Any, now: float) -> None:
        s = self._sessions.get((fr.src, bytes(msg.run_id)))
        if s is None or msg.pev_mac != fr.src or msg.evse_mac != self.config.evse_mac:
            return
        if s.state is SessionState.MATCHED:  # our CNF was lost: send it again
            self._send_match_cnf(s)
            return
        if s.state in (SessionState.WAIT_START_ATTEN, SessionState.SOUNDING, SessionState.WAIT_SET_KEY):
            return
        if self._validating is s:
            self._validating = None
        s.pev_id = bytes(msg.pev_id)
        s.nonce = self.config.nonce_source() & 0xFFFFFFFF
        s.state = SessionState.WAIT_SET_KEY
        s.deadline = now + self.config.set_key_timeout
        self._send(self.config.modem_mac, f.CmSetKeyReq(
            key_type=1, my_nonce=s.nonce, your_nonce=0, pid=4, prn=0, pmn=0, cco_capability=0,
            nid=s.nid, new_eks=1, new_key=s.nmk))
        self._step("CM_SLAC_MATCH.REQ, setting the NMK on the local modem", now, s)

    def _on_set_key_cnf(self, fr: Frame, msg: Any, now: float) -> None:
        for s in list(self._sessions.values()):
            if s.state is SessionState.WAIT_SET_KEY and msg.your_nonce == s.nonce:
                if msg.result != 0:
                    self._fail(s, FailReason.SET_KEY_FAILED, f"modem answered result {msg.result}", now)
                    return
                s.state = SessionState.MATCHED
                s.deadline = now + self.t.TT_match_join
                self._send_match_cnf(s)
                for key in [k for k, o in self._sessions.items() if o is not s]:
                    del self._sessions[key]
                self._validating = None
                self._events.append(SlacMatched(s.ev_mac, self.config.evse_mac, s.run_id, s.nmk, s.nid,
                                                s.attenuation_db, s.profiles, now))
                interval = self.config.link_poll_interval
                self._link = _Link(s.ev_mac, s.nid, now + self.t.TT_match_join,
                                   None if interval is None else now + interval)
                return

    def _on_link_status_cnf(self, fr: Frame, msg: Any, now: float) -> None:
        """VS_PL_LNK_STATUS.CNF from the local modem: the link is up, or one more "no link"."""
        link = self._link
        if link is None or fr.src != self.config.modem_mac or not link.outstanding:
            return
        link.outstanding, link.misses = False, 0
        if msg.status == 0 and msg.link_status == 1:
            link.downs = 0
            if not link.up:
                link.up = True
                self._events.append(SlacLinkUp(link.ev_mac, link.nid, now))
            return
        link.downs += 1
        if link.up and link.downs >= self.config.link_loss_polls:
            self._link_lost(FailReason.LINK_DOWN, f"modem reported no link {link.downs} times", now)

    _HANDLERS: dict[int, Callable[[EvseSlac, Frame, Any, float], None]] = {
        MMType.CM_SLAC_PARM_REQ: _on_parm_req,
        MMType.CM_START_ATTEN_CHAR_IND: _on_start_atten,
        MMType.CM_ATTEN_PROFILE_IND: _on_atten_profile,
        MMType.CM_ATTEN_CHAR_RSP: _on_atten_rsp,
        MMType.CM_VALIDATE_REQ: _on_validate,
        MMType.CM_SLAC_MATCH_REQ: _on_match_req,
        MMType.CM_SET_KEY_CNF: _on_set_key_cnf,
        MMType.VS_PL_LNK_STATUS_CNF: _on_link_status_cnf,
    }

    # -- timers and helpers --------------------------------------------------------------------

    def _on_session_timeout(self, s: _Session, now: float) -> None:
        st = s.state
        if st is SessionState.WAIT_START_ATTEN:
            self._fail(s, FailReason.START_ATTEN_TIMEOUT, "no CM_START_ATTEN_CHAR.IND", now)
        elif st is SessionState.SOUNDING:
            self._finish_sounding(s, now)
        elif st is SessionState.WAIT_ATTEN_RSP:
            if s.retries < self.t.C_EV_match_retry:
                s.retries += 1
                s.deadline = now + self.t.TT_match_response
                self._send_atten_char(s)
                self._step(f"CM_ATTEN_CHAR.IND repeated ({s.retries})", now, s)
            else:
                self._fail(s, FailReason.ATTEN_CHAR_RSP_TIMEOUT,
                           f"no CM_ATTEN_CHAR.RSP after {s.retries + 1} indications", now)
        elif st is SessionState.WAIT_MATCH and s.validated:
            self._fail(s, FailReason.MATCH_AFTER_VALIDATION_TIMEOUT, "no CM_SLAC_MATCH.REQ after validation",
                       now)
        elif st is SessionState.WAIT_MATCH:
            self._fail(s, FailReason.MATCH_SESSION_TIMEOUT, "no CM_SLAC_MATCH.REQ", now)
        elif st is SessionState.VALIDATE_STEP2:
            if s.retries < self.t.C_EV_match_retry:  # repeat the step-1 CNF
                s.retries += 1
                s.deadline = now + self.t.TT_match_sequence
                self._send_validate_ready(s)
                self._step(f"CM_VALIDATE.CNF ready repeated ({s.retries})", now, s)
            else:
                self._fail(s, FailReason.VALIDATE_STEP2_TIMEOUT, "no CM_VALIDATE.REQ step 2", now)
        elif st is SessionState.VALIDATE_TOGGLES:
            self._end_toggle_window(s, now)
        elif st is SessionState.WAIT_SET_KEY:
            self._fail(s, FailReason.SET_KEY_TIMEOUT, "local modem did not confirm CM_SET_KEY", now)
        else:  # MATCHED for TT_match_join: stop answering repeated CM_SLAC_MATCH.REQ
            self._sessions.pop((s.ev_mac, s.run_id), None)

    def _poll_link(self, link: _Link, now: float) -> None:
        """Poll the modem; once the link is up an unanswered poll is a miss; TT_match_join bounds the join.

        Before the link is up only TT_match_join counts: a QCA modem restarts to apply a new NMK
        and may not answer meanwhile.
        """
        interval = self.config.link_poll_interval
        assert interval is not None
        if link.outstanding and link.up:
            link.misses += 1
        if link.misses >= self.config.link_loss_polls:
            self._link_lost(FailReason.MODEM_SILENT, f"modem did not answer {link.misses} link polls", now)
        elif not link.up and now >= link.join_deadline:
            self._link_lost(FailReason.LINK_JOIN_TIMEOUT, "no link within TT_match_join", now)
        else:
            link.outstanding = True
            link.next_poll = min(now + interval, link.join_deadline) if not link.up else now + interval
            self._send(self.config.modem_mac, v.VsPlLnkStatusReq())

    def _link_lost(self, reason: FailReason, detail: str, now: float) -> None:
        """The link ended: report it and leave the logical network (a fresh NMK on the modem)."""
        link, self._link = self._link, None
        assert link is not None
        for key in [k for k, s in self._sessions.items() if s.state is SessionState.MATCHED]:
            del self._sessions[key]
        self._events.append(SlacLinkLost(reason, detail, now, link.ev_mac, link.nid))
        if self.config.leave_on_link_loss:
            nmk = self.config.nmk_source()
            self._send(self.config.modem_mac, f.CmSetKeyReq(
                key_type=1, my_nonce=self.config.nonce_source() & 0xFFFFFFFF, your_nonce=0, pid=4, prn=0,
                pmn=0, cco_capability=0, nid=derive_nid(nmk), new_eks=1, new_key=nmk))
            self._events.append(SlacStep("left the logical network (new NMK on the local modem)", now,
                                         link.ev_mac))

    def _finish_sounding(self, s: _Session, now: float) -> None:
        """Average each group over the profiles received, then send CM_ATTEN_CHAR.IND."""
        if s.profiles == 0:
            self._fail(s, FailReason.NO_SOUNDS, "no CM_ATTEN_PROFILE.IND during the sounding window", now)
            return
        s.average = [min(255, round(total / s.profiles)) for total in s.sums]
        s.attenuation_db = sum(s.average) / len(s.average)
        limit = self.config.max_attenuation_db
        if limit is not None and s.attenuation_db > limit:
            self._fail(s, FailReason.ATTENUATION_TOO_HIGH,
                       f"average attenuation {s.attenuation_db:.1f} dB > {limit} dB", now)
            return
        s.state = SessionState.WAIT_ATTEN_RSP
        s.retries = 0
        s.deadline = now + self.t.TT_match_response
        self._send_atten_char(s)
        self._step(f"{s.profiles} profiles, {s.attenuation_db:.1f} dB -> CM_ATTEN_CHAR.IND", now, s)

    def _send_atten_char(self, s: _Session) -> None:
        self._send(s.ev_mac, f.CmAttenCharInd(source_address=s.ev_mac, run_id=s.run_id,
                                              num_sounds=s.profiles, aag=s.average))

    def _send_match_cnf(self, s: _Session) -> None:
        self._send(s.ev_mac, f.CmSlacMatchCnf(
            pev_id=s.pev_id, pev_mac=s.ev_mac, evse_id=self.config.evse_id,
            evse_mac=self.config.evse_mac, run_id=s.run_id, nid=s.nid, nmk=s.nmk))

    def _fail(self, s: _Session, reason: FailReason, detail: str, now: float, drop: bool = True) -> None:
        if self._validating is s:
            self._validating = None
        if drop:
            self._sessions.pop((s.ev_mac, s.run_id), None)
        self._events.append(SlacFailed(reason, detail, now, s.ev_mac, s.run_id))

    def _send(self, dst: str, msg: Any) -> None:
        self._out.append(encode(dst, self.config.evse_mac, msg))

    def _step(self, what: str, now: float, s: _Session | None = None) -> None:
        self._events.append(SlacStep(what, now, s.ev_mac if s else None, s.run_id if s else None))

    def _flush(self) -> Step:
        step = Step(self._out, self._events, self.next_deadline())
        self._out, self._events = [], []
        return step

"""Sans-I/O EV side of SLAC (ISO 15118-3 Annex A.9), for tests, examples and bench setups.

CM_SLAC_PARM.REQ (repeated while unanswered), C_EV_start_atten_char_inds x CM_START_ATTEN_CHAR.IND
and num_sounds x CM_MNBC_SOUND.IND paced by TP_EV_batch_msg_interval, a CM_ATTEN_CHAR.RSP for
each CM_ATTEN_CHAR.IND, the EVSE with the lowest attenuation, optionally the BCB-toggle validation
(CM_VALIDATE, ISO 15118-3 9.4; the toggles are :class:`~v2gstack.slac.events.CpRequest` outputs),
then CM_SLAC_MATCH.REQ and, with a local modem, CM_SET_KEY.REQ with the received NMK.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from v2gstack.slac import frames as f
from v2gstack.slac.codec import Frame, encode, parse_frame
from v2gstack.slac.errors import FrameError
from v2gstack.slac.events import (
    CpRequest,
    CpState,
    FailReason,
    SlacEvent,
    SlacFailed,
    SlacMatched,
    SlacStep,
    Step,
)
from v2gstack.slac.keys import derive_nid
from v2gstack.slac.mmtypes import BROADCAST, MMType
from v2gstack.slac.timing import DEFAULT_TIMINGS, VALIDATE_TIMER_UNIT, SlacTimings, validate_timer

VALIDATE_NOT_READY, VALIDATE_READY, VALIDATE_SUCCESS, VALIDATE_NOT_REQUIRED = 0, 1, 2, 4

MAX_CANDIDATES = 8
"""EVSEs remembered per attempt (answers beyond are ignored: bounded memory)."""


@dataclass(frozen=True)
class EvConfig:
    ev_mac: str
    modem_mac: str | None = None
    """The EV's own PLC modem; when set, the NMK is set on it after matching."""
    pev_id: bytes = b"\x00" * 17
    timings: SlacTimings = DEFAULT_TIMINGS
    use_validate: bool = False
    """Ask the chosen EVSE for BCB-toggle validation (CM_VALIDATE) before CM_SLAC_MATCH.REQ."""
    validation_required: bool = False
    """With ``use_validate``: do not match an EVSE that answers step 1 with failure (it cannot
    validate); by default such an EVSE is matched on attenuation alone."""
    bcb_toggles: int | None = None
    """BCB toggles to make (1 .. C_EV_vald_nb_toggles); None draws a number at random each time."""
    run_id_source: Callable[[], bytes] = lambda: secrets.token_bytes(8)
    nonce_source: Callable[[], int] = lambda: secrets.randbits(32)


class EvState(Enum):
    IDLE = "idle"
    WAIT_PARM_CNF = "wait CM_SLAC_PARM.CNF"
    SOUNDING = "sounding"
    WAIT_VALIDATE_CNF = "wait CM_VALIDATE.CNF"
    VALIDATING = "BCB toggles, wait CM_VALIDATE.CNF step 2"
    WAIT_MATCH_CNF = "wait CM_SLAC_MATCH.CNF"
    WAIT_SET_KEY = "wait CM_SET_KEY.CNF"
    PAUSE = "pause before a new attempt"
    MATCHED = "matched"
    FAILED = "failed"


class EvSlac:
    """EV SLAC core: :meth:`start`, then feed frames and timeouts like :class:`EvseSlac`."""

    def __init__(self, config: EvConfig) -> None:
        self.config = config
        self.t = config.timings
        self.state = EvState.IDLE
        self.attempt = 0
        self.run_id = b""
        self.malformed = 0
        self._deadline: float | None = None
        self._atten_deadline: float | None = None
        self._batch: list[Any] = []
        self._retries = 0
        self._candidates: dict[str, float | None] = {}
        self._chosen = ""
        self._nonce = 0
        self._toggles: list[tuple[float, CpState]] = []
        self._toggles_made = 0
        self._cp_closed = False
        self._result: SlacMatched | None = None
        self._out: list[bytes] = []
        self._events: list[SlacEvent] = []

    def start(self, now: float) -> Step:
        """Begin a matching attempt (with a new RunID)."""
        self._begin(now)
        return self._flush()

    def _begin(self, now: float) -> None:
        self.attempt += 1
        self.run_id = self.config.run_id_source()
        self._candidates, self._chosen, self._retries = {}, "", 0
        self._atten_deadline = None
        self._batch = []
        self._send_parm_req(now)
        self._step(f"attempt {self.attempt}: CM_SLAC_PARM.REQ", now)

    def receive(self, data: bytes, now: float) -> Step:
        try:
            fr = parse_frame(data)
        except FrameError:
            self.malformed += 1
            return self._flush()
        if fr.dst == self.config.ev_mac and fr.src != self.config.ev_mac:
            handler = self._HANDLERS.get(fr.mmtype)
            if handler is not None:
                handler(self, fr, fr.msg, now)
        return self._flush()

    def handle_timeout(self, now: float) -> Step:
        while self._toggles and now >= self._toggles[0][0]:
            self._set_cp(self._toggles.pop(0)[1], now)
        if self.state is EvState.SOUNDING:
            self._pump_batch(now)
            if self._atten_deadline is not None and (now >= self._atten_deadline or self._all_reported()):
                self._decide(now)
        elif self._deadline is not None and now >= self._deadline:
            self._on_timeout(now)
        return self._flush()

    def next_deadline(self) -> float | None:
        times = [t for t in (self._deadline, self._atten_deadline) if t is not None]
        if self._toggles:
            times.append(self._toggles[0][0])
        return min(times, default=None)

    @property
    def result(self) -> SlacMatched | None:
        return self._result

    # -- handlers ------------------------------------------------------------------------------

    def _on_parm_cnf(self, fr: Frame, msg: Any, now: float) -> None:
        if bytes(msg.run_id) != self.run_id or self.state not in (EvState.WAIT_PARM_CNF, EvState.SOUNDING):
            return
        if fr.src not in self._candidates and len(self._candidates) < MAX_CANDIDATES:
            self._candidates[fr.src] = None
        if self.state is EvState.SOUNDING:
            return
        sounds = msg.num_sounds or self.t.C_EV_match_MNBC
        common = {"num_sounds": sounds, "time_out": msg.time_out, "resp_type": 1,
                  "forwarding_sta": self.config.ev_mac, "run_id": self.run_id}
        self._batch = [f.CmStartAttenCharInd(**common) for _ in range(self.t.C_EV_start_atten_char_inds)]
        self._batch += [f.CmMnbcSoundInd(sender_id=self.config.pev_id, cnt=sounds - 1 - i, run_id=self.run_id,
                                         rnd=secrets.token_bytes(16)) for i in range(sounds)]
        self.state = EvState.SOUNDING
        self._deadline = now
        self._atten_deadline = now + self.t.TT_EV_atten_results
        self._step(f"CM_SLAC_PARM.CNF from {fr.src}, sounding", now)
        self._pump_batch(now)  # the first CM_START_ATTEN_CHAR.IND goes out at once

    def _on_atten_char(self, fr: Frame, msg: Any, now: float) -> None:
        if (self.state is not EvState.SOUNDING or bytes(msg.run_id) != self.run_id
                or msg.source_address != self.config.ev_mac or fr.src not in self._candidates):
            return
        self._send(fr.src, f.CmAttenCharRsp(source_address=self.config.ev_mac, run_id=self.run_id,
                                            source_id=msg.source_id, resp_id=msg.resp_id, result=0))
        if msg.aag:
            self._candidates[fr.src] = sum(msg.aag) / len(msg.aag)
        self._step(f"CM_ATTEN_CHAR.IND from {fr.src} -> RSP", now)
        if self._all_reported():
            self._decide(now)

    def _pump_batch(self, now: float) -> None:
        """Send the sounding messages that are due, TP_EV_batch_msg_interval apart."""
        while self._batch and self._deadline is not None and now >= self._deadline:
            self._send(BROADCAST, self._batch.pop(0))
            self._deadline = self._deadline + self.t.TP_EV_batch_msg_interval if self._batch else None

    def _all_reported(self) -> bool:
        return not self._batch and all(v is not None for v in self._candidates.values())

    def _on_validate_cnf(self, fr: Frame, msg: Any, now: float) -> None:
        """CM_VALIDATE.CNF: step 1 READY starts the toggles; step 2 must count what we toggled."""
        if fr.src != self._chosen:
            return
        if self.state is EvState.WAIT_VALIDATE_CNF:
            self._on_validate_step1(msg.result, now)
        elif self.state is EvState.VALIDATING:
            self._toggles = []
            self._set_cp(CpState.B, now)
            if msg.result == VALIDATE_SUCCESS and msg.toggle_num == self._toggles_made:
                self._step(f"CM_VALIDATE.CNF: {msg.toggle_num} toggle(s) counted, validated", now)
                self._send_match_req(now, first=True)
            else:
                self._validation_failed(f"EVSE counted {msg.toggle_num} toggle(s) (result {msg.result}), "
                                        f"we made {self._toggles_made}", now)

    def _on_validate_step1(self, result: int, now: float) -> None:
        if result == VALIDATE_READY:
            self._start_toggles(now)
        elif result == VALIDATE_NOT_READY:  # another EV is validating there: asked again on timeout
            self._step("CM_VALIDATE.CNF not ready", now)
        elif result == VALIDATE_NOT_REQUIRED or not self.config.validation_required:
            self._step(f"CM_VALIDATE.CNF result {result}: matching without validation", now)
            self._send_match_req(now, first=True)
        else:
            self._validation_failed(f"EVSE answered step 1 with result {result}", now)

    def _start_toggles(self, now: float) -> None:
        """Step 2 (ISO 15118-3 9.4): announce the window, then toggle B-C-B n times."""
        n = self.config.bcb_toggles or secrets.randbelow(self.t.C_EV_vald_nb_toggles) + 1
        d = self.t.TP_EV_vald_state_duration
        needed = max(self.t.TP_EV_vald_toggle_min, (2 * n + 1) * d)  # n toggles and a last state B
        timer = validate_timer(min(self.t.TT_EVSE_vald_toggle, needed))
        window = (timer + 1) * VALIDATE_TIMER_UNIT
        self._send(self._chosen, f.CmValidateReq(signal_type=0, timer=timer, result=VALIDATE_READY))
        self._toggles = [(now + (2 * i + k) * d, state) for i in range(n)
                         for k, state in ((1, CpState.C), (2, CpState.B))]
        self._toggles_made = n
        self.state = EvState.VALIDATING
        self._deadline = now + window + self.t.TT_match_response
        self._step(f"CM_VALIDATE.CNF ready: {n} BCB toggle(s) in a {window:.1f} s window", now)

    def _validation_failed(self, detail: str, now: float) -> None:
        """Validation with the chosen EVSE failed: try the next best EVSE, else the attempt fails."""
        self._candidates.pop(self._chosen, None)
        self._step(f"validation with {self._chosen} failed: {detail}", now)
        if any(a is not None for a in self._candidates.values()):
            self._decide(now)
        else:
            self._attempt_failed(FailReason.VALIDATION_FAILED, detail, now)

    def _set_cp(self, state: CpState, now: float) -> None:
        closed = state is CpState.C
        if closed != self._cp_closed:
            self._cp_closed = closed
            self._events.append(CpRequest(state, now))

    def _on_match_cnf(self, fr: Frame, msg: Any, now: float) -> None:
        if (self.state is not EvState.WAIT_MATCH_CNF or fr.src != self._chosen
                or bytes(msg.run_id) != self.run_id or msg.pev_mac != self.config.ev_mac):
            return
        nmk, nid = bytes(msg.nmk), bytes(msg.nid)
        if derive_nid(nmk, (nid[6] >> 4) & 0x3) != nid:
            self._attempt_failed(FailReason.NID_MISMATCH, "NID does not derive from the NMK", now)
            return
        atten = self._candidates.get(fr.src) or 0.0
        self._result = SlacMatched(self.config.ev_mac, fr.src, self.run_id, nmk, nid, atten,
                                   0, now)
        if self.config.modem_mac is None:
            self._matched(now)
            return
        self.state = EvState.WAIT_SET_KEY
        self._deadline = now + self.t.TT_match_response
        self._nonce = self.config.nonce_source() & 0xFFFFFFFF
        self._send(self.config.modem_mac, f.CmSetKeyReq(my_nonce=self._nonce, nid=nid, new_key=nmk))
        self._step("CM_SLAC_MATCH.CNF, setting the NMK on the EV modem", now)

    def _on_set_key_cnf(self, fr: Frame, msg: Any, now: float) -> None:
        if self.state is EvState.WAIT_SET_KEY and msg.your_nonce == self._nonce:
            self._matched(now)

    _HANDLERS: dict[int, Callable[[EvSlac, Frame, Any, float], None]] = {
        MMType.CM_SLAC_PARM_CNF: _on_parm_cnf,
        MMType.CM_ATTEN_CHAR_IND: _on_atten_char,
        MMType.CM_VALIDATE_CNF: _on_validate_cnf,
        MMType.CM_SLAC_MATCH_CNF: _on_match_cnf,
        MMType.CM_SET_KEY_CNF: _on_set_key_cnf,
    }

    # -- steps ---------------------------------------------------------------------------------

    def _decide(self, now: float) -> None:
        """Pick the EVSE with the lowest average attenuation among those that answered."""
        self._atten_deadline = None
        self._batch = []
        results = {mac: a for mac, a in self._candidates.items() if a is not None}
        if not results:
            self._attempt_failed(FailReason.ATTEN_RESULTS_TIMEOUT, "no CM_ATTEN_CHAR.IND", now)
            return
        self._chosen = min(results, key=lambda mac: results[mac])
        self._step(f"chose {self._chosen} ({results[self._chosen]:.1f} dB)", now)
        if self.config.use_validate:
            self.state = EvState.WAIT_VALIDATE_CNF
            self._retries = 0
            self._deadline = now + self.t.TT_match_response
            self._send(self._chosen, f.CmValidateReq(signal_type=0, timer=0, result=VALIDATE_READY))
        else:
            self._send_match_req(now, first=True)

    def _send_parm_req(self, now: float) -> None:
        self.state = EvState.WAIT_PARM_CNF
        self._deadline = now + self.t.TT_match_response
        self._send(BROADCAST, f.CmSlacParmReq(run_id=self.run_id))

    def _send_match_req(self, now: float, first: bool) -> None:
        if first:
            self._retries = 0
        self.state = EvState.WAIT_MATCH_CNF
        self._deadline = now + self.t.TT_match_response
        self._send(self._chosen, f.CmSlacMatchReq(pev_id=self.config.pev_id, pev_mac=self.config.ev_mac,
                                                  evse_mac=self._chosen, run_id=self.run_id))

    def _on_timeout(self, now: float) -> None:
        st = self.state
        if st is EvState.PAUSE:
            self._begin(now)
            return
        retry = self._retries < self.t.C_EV_match_retry
        self._retries += 1
        if st is EvState.WAIT_PARM_CNF:
            if retry:
                self._send_parm_req(now)
            else:
                self._attempt_failed(FailReason.PARM_CNF_TIMEOUT, "no CM_SLAC_PARM.CNF", now)
        elif st is EvState.WAIT_VALIDATE_CNF:
            if retry:
                self._deadline = now + self.t.TT_match_response
                self._send(self._chosen, f.CmValidateReq(signal_type=0, timer=0, result=VALIDATE_READY))
            else:
                self._attempt_failed(FailReason.VALIDATE_CNF_TIMEOUT, "no CM_VALIDATE.CNF", now)
        elif st is EvState.VALIDATING:
            self._toggles = []
            self._set_cp(CpState.B, now)
            self._validation_failed("no CM_VALIDATE.CNF after the toggle window", now)
        elif st is EvState.WAIT_MATCH_CNF:
            if retry:
                self._send_match_req(now, first=False)
            else:
                self._attempt_failed(FailReason.MATCH_CNF_TIMEOUT, "no CM_SLAC_MATCH.CNF", now)
        elif st is EvState.WAIT_SET_KEY:
            self._attempt_failed(FailReason.SET_KEY_TIMEOUT, "EV modem did not confirm CM_SET_KEY", now)

    def _attempt_failed(self, reason: FailReason, detail: str, now: float) -> None:
        self._atten_deadline = None
        self._toggles = []
        self._set_cp(CpState.B, now)
        if self.attempt < self.t.C_conn_max_match:
            self.state = EvState.PAUSE
            self._deadline = now + self.t.TT_matching_rate
            self._step(f"attempt {self.attempt} failed ({reason.value}: {detail})", now)
        else:
            self.state = EvState.FAILED
            self._deadline = None
            self._events.append(SlacFailed(reason, detail, now, self.config.ev_mac, self.run_id))

    def _matched(self, now: float) -> None:
        self.state = EvState.MATCHED
        self._deadline = None
        if self._result is not None:
            self._events.append(self._result)

    def _send(self, dst: str, msg: Any) -> None:
        self._out.append(encode(dst, self.config.ev_mac, msg))

    def _step(self, what: str, now: float) -> None:
        self._events.append(SlacStep(what, now, self.config.ev_mac, self.run_id))

    def _flush(self) -> Step:
        step = Step(self._out, self._events, self.next_deadline())
        self._out, self._events = [], []
        return step

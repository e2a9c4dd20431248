"""DC steps of an EVCC session: cable check, pre-charge and welding detection, with their timers
(V2G_EVCC_DC_CableCheck_Timeout, V2G_EVCC_DC_PreCharge_Timeout; -20 Table 223)."""

from __future__ import annotations

from typing import Any

from v2gstack.evcc import requests as q
from v2gstack.evcc.base import SessionBase
from v2gstack.evcc.types import Request, Stage
from v2gstack.secc import messages as m


class DCSteps(SessionBase):
    """From the first DC_CableCheckReq to PowerDeliveryReq (Start), and welding detection after Stop."""

    _cable_check_started: float | None  # first DC_CableCheckReq of the charging session
    _precharge_done: bool  # the Finished DC_PreChargeReq was sent
    _precharge_started: float | None
    _precharge_requests: int  # DC_PreChargeReq with EVProcessing Ongoing
    _precharge_target: float  # V
    _precharge_present: float | None  # the EVSEPresentVoltage last reported (V)

    def _reset_dc(self) -> None:
        """A charging session starts (again after a service renegotiation): fresh cable check, pre-charge."""
        self._cable_check_started = None
        self._precharge_done, self._precharge_started, self._precharge_requests = False, None, 0
        self._precharge_target = 0.0
        self._precharge_present = None

    def _dc_time_left(self, stage: Stage, now: float) -> float | None:
        """What is left of the DC timer that bounds a request in ``stage`` (None: none does)."""
        t = self.config.timing
        if stage is Stage.PRE_CHARGE and self._precharge_limited():
            assert self._precharge_started is not None
            return max(0.0, self._precharge_started + t.pre_charge - now)
        if stage is Stage.CABLE_CHECK and self._cable_check_started is not None:
            return max(0.0, self._cable_check_started + t.cable_check - now)
        return None

    def _dc_timer_failure(self, now: float) -> str | None:
        """Why the session fails when no response came in time and a DC timer has run out (None: none has)."""
        if self._precharge_expired(now):
            return self._precharge_failure(now, "waiting for DC_PreChargeRes")
        if self.stage is Stage.CABLE_CHECK and self._cable_check_expired(now):
            return self._cable_check_failure(now, "waiting for DC_CableCheckRes")
        return None

    # -- cable check ---------------------------------------------------------------------------------
    def _cable_check_req(self, now: float) -> Request:
        """DC_CableCheckReq; the first one of the charging session starts V2G_EVCC_DC_CableCheck_Timer
        (-20 8.5.5.2.1)."""
        if self._cable_check_started is None:
            self._cable_check_started = now
        return self._send(Stage.CABLE_CHECK, m.dc.DC_CableCheckReq(header=self._hdr(now)), now)

    def _cable_check_expired(self, now: float) -> bool:
        started = self._cable_check_started
        return started is not None and now - started >= self.config.timing.cable_check

    def _cable_check_failure(self, now: float, what: str) -> str:
        started = self._cable_check_started if self._cable_check_started is not None else now
        return (f"cable check failed ({what}): no Finished DC_CableCheckRes within "
                f"V2G_EVCC_DC_CableCheck_Timeout ({self.config.timing.cable_check:g} s), "
                f"after {now - started:.1f} s")

    def _on_cable_check(self, msg: Any, code: str, now: float) -> Request | None:
        """Repeat DC_CableCheckReq while the SECC answers Ongoing ([V2G20-1397]), bounded by
        V2G_EVCC_DC_CableCheck_Timeout (40 s from the first request, Table 223): once the timer has reached
        it the EV stops waiting and ends the session ([V2G20-1398]); a Finished response before then goes
        on to pre-charge ([V2G20-1399]). The general Ongoing timeout (60 s) does not apply here."""
        if self._cable_check_expired(now):
            return self._finish(now, False, self._cable_check_failure(now, "time limit"))
        if msg.evse_processing.value != "Finished":
            return self._cable_check_req(now)
        return self._precharge_req(now, finished=False)

    # -- pre-charge ------------------------------------------------------------------------------------
    def _precharge_req(self, now: float, *, finished: bool) -> Request:
        if self._precharge_started is None:
            self._precharge_started = now
        self._precharge_requests += 0 if finished else 1
        req = q.precharge(self.ev, self._hdr(now), finished=finished)
        self._precharge_target = req.ev_target_voltage.to_float()
        self._precharge_done = finished
        return self._send(Stage.PRE_CHARGE, req, now)

    def _precharge_limited(self) -> bool:
        """The pre-charge time limit runs (and ends the session when it expires) until the EV is Finished."""
        return (self._precharge_started is not None and not self._precharge_done
                and not self.config.tolerances.precharge_voltage_unreached)

    def _precharge_expired(self, now: float) -> bool:
        return (self.stage is Stage.PRE_CHARGE and self._precharge_limited()
                and self._precharge_started is not None
                and now - self._precharge_started >= self.config.timing.pre_charge)

    def _precharge_failure(self, now: float, what: str) -> str:
        """Why pre-charge failed, with the numbers a charger vendor needs to see."""
        started = self._precharge_started if self._precharge_started is not None else now
        present = "none" if self._precharge_present is None else f"{self._precharge_present:g} V"
        return (f"pre-charge failed ({what}): EVSE present voltage {present}, target "
                f"{self._precharge_target:g} V +/- {self.config.precharge_tolerance:g} V, after "
                f"{now - started:.1f} s (limit {self.config.timing.pre_charge:g} s) and "
                f"{self._precharge_requests} requests (limit {self.config.precharge_max_requests})")

    def _on_precharge(self, msg: Any, code: str, now: float) -> Request | None:
        """ISO 15118-20 DC_PreCharge, EV side: repeat DC_PreChargeReq (EVProcessing=Ongoing) until the
        EVSEPresentVoltage is within ``precharge_tolerance`` of the EVTargetVoltage, then send one with
        EVProcessing=Finished and, on its response, PowerDeliveryReq (Start). The loop is bounded by
        V2G_EVCC_PreCharge_Timeout (``timing.pre_charge``) and ``precharge_max_requests``: past either,
        the EV stops the session (it never closes its contactors onto a voltage difference), unless the
        tolerance ``precharge_voltage_unreached`` lets it finish pre-charge anyway."""
        if self._precharge_done:  # the response to our Finished request
            return self._power_delivery(now, Stage.POWER_DELIVERY_START)
        self._precharge_present = present = msg.evse_present_voltage.to_float()
        if abs(present - self._precharge_target) <= self.config.precharge_tolerance:
            return self._precharge_req(now, finished=True)
        started = self._precharge_started if self._precharge_started is not None else now
        in_time = now - started < self.config.timing.pre_charge
        if in_time and self._precharge_requests < self.config.precharge_max_requests:
            return self._precharge_req(now, finished=False)
        why = self._precharge_failure(now, "request limit" if in_time else "time limit")
        if not self.config.tolerances.precharge_voltage_unreached:
            return self._finish(now, False, why)
        self.result.tolerated.append(f"precharge-voltage-unreached: {why}")
        return self._precharge_req(now, finished=True)

    # -- welding detection -------------------------------------------------------------------------------
    def _welding_req(self, now: float) -> Request:
        req = m.dc.DC_WeldingDetectionReq(header=self._hdr(now), ev_processing=m.ct.processing.Ongoing)
        return self._send(Stage.WELDING_DETECTION, req, now)

    def _on_welding(self, msg: Any, code: str, now: float) -> Request | None:
        if msg.evse_present_voltage.to_float() < self.config.welding_voltage:
            self._ongoing_since = None
            return self._session_stop(now, "")
        if not self._ongoing(now):
            return self._finish(now, False, "welding detection: voltage did not drop in time")
        return self._welding_req(now)

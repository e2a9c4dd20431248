"""The sans-I/O EVCC session: responses and a clock in, the next request (with its timeout) out.

One :class:`EvccSession` drives one ISO 15118-20 session over one TCP/TLS connection. It never sleeps
and never does I/O: ``start(now)`` gives the first request, ``receive(response, now)`` the next one
(or None when the session is over; see ``result``). Each :class:`Request` carries the time the EVCC
waits for its response; the adapter enforces it and calls ``timeout(now)`` when it runs out.

This module keeps the sequence (the handler per stage, the timeouts, power and the charge loop); the steps of
one concern each live in a mixin of their own (``base.py`` says which).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from v2gstack.evcc import requests as q
from v2gstack.evcc.authorization import AuthorizationSteps
from v2gstack.evcc.dc import DCSteps
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.mobility import MobilityNeedsSteps
from v2gstack.evcc.prices import PriceSteps
from v2gstack.evcc.types import (
    RESPONSES,
    EvccConfig,
    EvccResult,
    MobilityNeeds,
    MobilityNeedsMode,
    Request,
    Stage,
)
from v2gstack.secc import messages as m
from v2gstack.secc.types import ControlMode

__all__ = ["EvccConfig", "EvccResult", "EvccSession", "MobilityNeedsMode", "Request", "Stage"]


class EvccSession(AuthorizationSteps, MobilityNeedsSteps, PriceSteps, DCSteps):
    """One EVCC session (pure; see the module docstring)."""

    def __init__(self, config: EvccConfig, ev: SimulatedEV, now: float, *, wall_start: float = 0.0) -> None:
        self.config = config
        self.ev = ev
        self.stage = None
        self.result = EvccResult(started=now, soc=ev.soc)
        self.session_id = b"\x00" * 8
        self._wall_offset = wall_start - now
        self._start = now
        self._ongoing_since = None
        self._parameter_set_id = 0
        self._power = 0.0  # W the charger reported last (signed; + charges the EV)
        self._power_since: float | None = None
        self._stop_kind = m.cm.chargingSession.Terminate
        self._energy_base = (ev.energy_in_wh, ev.energy_out_wh)
        self._done = False
        self._schedule: q.ChosenSchedule | None = None  # scheduled mode: the tuple the EV follows
        self._renegotiating = False
        self._final: tuple[bool, str] = (True, "")
        self._init_authorization()
        self._init_mobility()
        self._reset_dc()
        #: Called with the loop index before each charge-loop request (demo hook: change the setpoint).
        self.on_cycle: Callable[[int], None] | None = None

    # -- inputs ------------------------------------------------------------------------------------
    @property
    def ended(self) -> bool:
        return self._done

    def start(self, now: float) -> Request:
        """The first request: SupportedAppProtocolReq."""
        return self._send(Stage.SAP, q.supported_app_protocol(self.config.service), now)

    def receive(self, message: Any, now: float) -> Request | None:
        """Handle one decoded response; return the next request, or None when the session is over."""
        if self.stage is None:
            return None
        expected = self._response_name(self.stage)
        name = type(message).__name__
        if name != expected:
            return self._finish(now, False, f"expected {expected}, got {name}")
        self.result.messages += 1
        code = str(message.response_code.value)
        if code.upper().startswith("FAILED"):
            return self._finish(now, False, f"{name}: {code}")
        try:
            return _HANDLERS[self.stage](self, message, code, now)
        except (AttributeError, TypeError, ValueError, KeyError) as exc:  # schema-valid but unusable
            return self._finish(now, False, f"{name}: unusable response ({exc!r})")

    def timeout(self, now: float) -> None:
        """No response within the request's timeout: the session fails."""
        if self.stage is None:
            return
        why = self._dc_timer_failure(now)
        self._finish(now, False, why or f"timeout waiting for {self._response_name(self.stage)}")

    def connection_lost(self, now: float, why: str = "connection lost") -> None:
        if self.stage is not None:
            self._finish(now, False, f"{why} while waiting for {self._response_name(self.stage)}")

    def _response_name(self, stage: Stage) -> str:
        prefix = "DC_" if self.config.service.is_dc else "AC_"
        if stage is Stage.CHARGE_PARAMETER_DISCOVERY:
            return prefix + "ChargeParameterDiscoveryRes"
        if stage is Stage.CHARGE_LOOP:
            return prefix + "ChargeLoopRes"
        return RESPONSES[stage]

    # -- helpers -----------------------------------------------------------------------------------
    def _send(self, stage: Stage, message: Any, now: float) -> Request:
        self.stage = stage
        t = self.config.timing
        timeout = t.timeout_for(stage.value)
        if stage in (Stage.SAP, Stage.SESSION_SETUP):
            timeout = min(timeout, max(0.0, self._start + t.communication_setup - now))
        if self._ongoing_since is not None:
            timeout = min(timeout, max(0.0, self._ongoing_since + t.ongoing - now))
        left = self._dc_time_left(stage, now)
        if left is not None:
            timeout = min(timeout, left)
        namespace, payload_type = m.where(message)
        return Request(message, type(message).__name__, namespace, payload_type, timeout)

    def _finish(self, now: float, completed: bool, reason: str) -> Request | None:
        """End the session; returns None (no next request)."""
        self._integrate(now, 0.0)
        res = self.result
        res.completed, res.reason, res.ended = completed, reason, now
        res.session_id = self.session_id
        res.energy_in_wh = self.ev.energy_in_wh - self._energy_base[0]
        res.energy_out_wh = self.ev.energy_out_wh - self._energy_base[1]
        res.soc = self.ev.soc
        if res.ev_needs is not None:
            res.needs_in_force = self._needs_in_force()
        self.stage = None
        self._done = True
        return None

    def _integrate(self, now: float, new_power: float) -> None:
        """The battery took the last reported power since the last report; ``new_power`` from now on."""
        if self._power_since is not None:
            self.ev.apply(self._power, max(0.0, now - self._power_since))
        self._power, self._power_since = new_power, now

    def _notification(self, message: Any) -> str | None:
        status = getattr(message, "evse_status", None)
        if status is None:
            return None
        value = str(status.evse_notification.value)
        known = ("Terminate", "Pause", "ScheduleRenegotiation", "ServiceRenegotiation")
        return value if value in known else None

    # -- per-stage handlers -------------------------------------------------------------------------
    def _on_sap(self, msg: Any, code: str, now: float) -> Request | None:
        sid = self.config.resume_session_id or b"\x00" * 8
        req = m.cm.SessionSetupReq(header=q.header(sid, now + self._wall_offset), evccid=self.config.evcc_id)
        return self._send(Stage.SESSION_SETUP, req, now)

    def _on_session_setup(self, msg: Any, code: str, now: float) -> Request | None:
        self.session_id = msg.header.session_id
        if self.config.resume_session_id is not None and code != "OK_OldSessionJoined":
            return self._finish(now, False, f"resumption refused: {code}")
        if code == "OK_OldSessionJoined":  # authorization and service still hold: [V2G20-1032]
            req = q.charge_parameter_discovery(self.ev, self.config.service, self._hdr(now))
            return self._send(Stage.CHARGE_PARAMETER_DISCOVERY, req, now)
        return self._send(Stage.AUTHORIZATION_SETUP, m.cm.AuthorizationSetupReq(header=self._hdr(now)), now)

    def _on_service_discovery(self, msg: Any, code: str, now: float) -> Request | None:
        offered = [s.service_id for s in msg.energy_transfer_service_list.service]
        service = self.config.service
        if service.value not in offered:
            return self._session_stop(now, f"service {service.name} not offered ({offered})", completed=False)
        req = m.cm.ServiceDetailReq(header=self._hdr(now), service_id=service.value)
        return self._send(Stage.SERVICE_DETAIL, req, now)

    def _on_service_detail(self, msg: Any, code: str, now: float) -> Request | None:
        chosen = self._choose_parameter_set(msg.service_parameter_list.parameter_set)
        if chosen is None:
            why = f"control mode {self.config.mode.name} not offered"
            return self._session_stop(now, why, completed=False)
        pset, self._mobility = chosen
        self._parameter_set_id = pset.parameter_set_id
        self.result.mobility_needs_mode = self._mobility
        self._note_pricing(pset)
        selected = m.cm.SelectedService(service_id=self.config.service.value,
                                        parameter_set_id=self._parameter_set_id)
        req = m.cm.ServiceSelectionReq(header=self._hdr(now), selected_energy_transfer_service=selected)
        return self._send(Stage.SERVICE_SELECTION, req, now)

    def _on_service_selection(self, msg: Any, code: str, now: float) -> Request | None:
        req = q.charge_parameter_discovery(self.ev, self.config.service, self._hdr(now))
        return self._send(Stage.CHARGE_PARAMETER_DISCOVERY, req, now)

    def _schedule_req(self, now: float) -> Request:
        c = self.config
        if self.result.ev_needs is None:  # the initial needs the EV always provides (Table 205)
            self.result.ev_needs = MobilityNeeds(c.departure_time, round(self.ev.min_soc),
                                                 round(self.ev.target_soc))
        req = q.schedule_exchange(self.ev, c.service, c.mode, self._hdr(now), self._departure(now))
        return self._send(Stage.SCHEDULE_EXCHANGE, req, now)

    def _on_cpd(self, msg: Any, code: str, now: float) -> Request | None:
        return self._schedule_req(now)

    def _on_schedule_exchange(self, msg: Any, code: str, now: float) -> Request | None:
        if msg.evse_processing.value != "Finished":
            if not self._ongoing(now):
                return self._finish(now, False, "schedule exchange: Ongoing timeout")
            return self._schedule_req(now)
        self._ongoing_since = None
        self._note_prices(msg)
        if msg.scheduled_se_res_control_mode is not None:
            self._schedule = q.ChosenSchedule.first_of(msg.scheduled_se_res_control_mode)
        if msg.dynamic_se_res_control_mode is not None:
            self._secc_needs(msg.dynamic_se_res_control_mode, "ScheduleExchangeRes", now)
        if self._renegotiating:  # power is still on: straight back to the loop
            self._renegotiating = False
            return self._power_delivery(now, Stage.POWER_DELIVERY_START)
        if self.config.service.is_dc:
            return self._cable_check_req(now)
        return self._power_delivery(now, Stage.POWER_DELIVERY_START)

    def _power_delivery(self, now: float, stage: Stage) -> Request:
        """PowerDeliveryReq. With Start (or ScheduleRenegotiation) the EV says which ScheduleTuple it
        selected and how it plans to draw power: EVPowerProfile, with Scheduled_EVPPTControlMode's
        SelectedScheduleTupleID in scheduled mode (-20 8.3.4.3.8.2); BPT services add
        BPT_ChannelSelection (Charge, or Discharge when the EV starts by discharging)."""
        progress = {Stage.POWER_DELIVERY_START: m.cm.chargeProgress.Start,
                    Stage.POWER_DELIVERY_RENEGOTIATE: m.cm.chargeProgress.ScheduleRenegotiation,
                    }.get(stage, m.cm.chargeProgress.Stop)
        req = m.cm.PowerDeliveryReq(header=self._hdr(now), ev_processing=m.ct.processing.Finished,
                                    charge_progress=progress)
        if progress is not m.cm.chargeProgress.Stop:
            c = self.config
            chosen = self._schedule if c.mode is ControlMode.SCHEDULED else None
            req.ev_power_profile = q.power_profile(self.ev, c.service, chosen, int(now + self._wall_offset),
                                                   self._departure(now))
            if c.service.is_bpt:
                discharging = self.ev.discharge_request is not None
                req.bpt_channel_selection = m.cm.channelSelection["Discharge" if discharging else "Charge"]
        return self._send(stage, req, now)

    def _loop_req(self, now: float) -> Request:
        c = self.config
        index = self.result.cycles
        if c.discharge_from_cycle is not None and index >= c.discharge_from_cycle:
            self.ev.discharge_request = c.discharge_power
        if self.on_cycle is not None:
            self.on_cycle(index)
        req = q.charge_loop(self.ev, c.service, c.mode, self._hdr(now), present_ac_power=self._power,
                            needs=self._loop_needs(now))
        return self._send(Stage.CHARGE_LOOP, req, now)

    def _on_power_delivery_start(self, msg: Any, code: str, now: float) -> Request | None:
        self._integrate(now, self._power)  # 0 at the first start; unchanged after a renegotiation
        note = self._notification(msg)
        if note in ("Terminate", "Pause"):
            return self._stop_early(now, note)
        if self.config.cycles <= 0:
            return self._power_delivery(now, Stage.POWER_DELIVERY_STOP)
        return self._loop_req(now)

    def _on_charge_loop(self, msg: Any, code: str, now: float) -> Request | None:
        self._integrate(now, _delivered_power(msg))
        self.result.cycles += 1
        if self.config.mode is ControlMode.DYNAMIC:
            self._secc_needs(msg.cl_res_control_mode, type(msg).__name__, now)
        note = self._notification(msg)
        if note == "ScheduleRenegotiation" and self.result.cycles < self.config.cycles:
            self.result.renegotiations += 1
            self._renegotiating = True
            return self._power_delivery(now, Stage.POWER_DELIVERY_RENEGOTIATE)
        if note in ("Terminate", "Pause", "ServiceRenegotiation"):
            return self._stop_early(now, note)
        c = self.config
        if c.pause_after is not None and self.result.cycles >= c.pause_after:
            self._stop_kind = m.cm.chargingSession.Pause
            return self._power_delivery(now, Stage.POWER_DELIVERY_STOP)
        if self.result.cycles >= c.cycles:
            return self._power_delivery(now, Stage.POWER_DELIVERY_STOP)
        return self._loop_req(now)

    def _stop_early(self, now: float, note: str) -> Request:
        self.result.evse_notification = note
        if note == "Pause":
            self._stop_kind = m.cm.chargingSession.Pause
        elif note == "ServiceRenegotiation" and not self.result.service_renegotiations:
            # stop power, then select the service again ([V2G20-1643]); once: asked again, we stop
            self._stop_kind = m.cm.chargingSession.ServiceRenegotiation
        return self._power_delivery(now, Stage.POWER_DELIVERY_STOP)

    def _on_power_delivery_renegotiate(self, msg: Any, code: str, now: float) -> Request | None:
        self._integrate(now, self._power)
        return self._schedule_req(now)

    def _on_power_delivery_stop(self, msg: Any, code: str, now: float) -> Request | None:
        self._integrate(now, 0.0)
        if self.config.service.is_dc:
            return self._welding_req(now)
        return self._session_stop(now, "")

    def _session_stop(self, now: float, why: str, *, completed: bool = True) -> Request:
        self._final = (completed, why)
        req = m.cm.SessionStopReq(header=self._hdr(now), charging_session=self._stop_kind)
        return self._send(Stage.SESSION_STOP, req, now)

    def _on_session_stop(self, msg: Any, code: str, now: float) -> Request | None:
        if self._stop_kind is m.cm.chargingSession.ServiceRenegotiation:
            return self._renegotiate_service(now)
        completed, why = self._final
        paused = self._stop_kind is m.cm.chargingSession.Pause
        self.result.paused = paused and completed
        if not why:
            why = "paused" if paused else "terminated"
        return self._finish(now, completed, why)

    def _renegotiate_service(self, now: float) -> Request | None:
        """After SessionStopRes(OK) for ServiceRenegotiation: back to ServiceDiscovery ([V2G20-1643])
        with a fresh pre-charge."""
        self._stop_kind = m.cm.chargingSession.Terminate
        self.result.service_renegotiations += 1
        self.result.evse_notification = None
        self._reset_dc()
        self._ongoing_since = None
        return self._send(Stage.SERVICE_DISCOVERY, m.cm.ServiceDiscoveryReq(header=self._hdr(now)), now)




def _delivered_power(msg: Any) -> float:
    """Power the charger reports in a charge-loop response (W, + charges the EV)."""
    if isinstance(msg, m.dc.DC_ChargeLoopRes):
        return float(msg.evse_present_voltage.to_float() * msg.evse_present_current.to_float())
    present = getattr(msg.cl_res_control_mode, "evse_present_active_power", None)
    return 0.0 if present is None else float(present.to_float())


Handler = Callable[[EvccSession, Any, str, float], "Request | None"]

_HANDLERS: dict[Stage, Handler] = {
    Stage.SAP: EvccSession._on_sap,
    Stage.SESSION_SETUP: EvccSession._on_session_setup,
    Stage.AUTHORIZATION_SETUP: EvccSession._on_authorization_setup,
    Stage.AUTHORIZATION: EvccSession._on_authorization,
    Stage.CERTIFICATE_INSTALLATION: EvccSession._on_certificate_installation,
    Stage.SERVICE_DISCOVERY: EvccSession._on_service_discovery,
    Stage.SERVICE_DETAIL: EvccSession._on_service_detail,
    Stage.SERVICE_SELECTION: EvccSession._on_service_selection,
    Stage.CHARGE_PARAMETER_DISCOVERY: EvccSession._on_cpd,
    Stage.SCHEDULE_EXCHANGE: EvccSession._on_schedule_exchange,
    Stage.CABLE_CHECK: EvccSession._on_cable_check,
    Stage.PRE_CHARGE: EvccSession._on_precharge,
    Stage.POWER_DELIVERY_START: EvccSession._on_power_delivery_start,
    Stage.CHARGE_LOOP: EvccSession._on_charge_loop,
    Stage.POWER_DELIVERY_STOP: EvccSession._on_power_delivery_stop,
    Stage.POWER_DELIVERY_RENEGOTIATE: EvccSession._on_power_delivery_renegotiate,
    Stage.WELDING_DETECTION: EvccSession._on_welding,
    Stage.SESSION_STOP: EvccSession._on_session_stop,
}

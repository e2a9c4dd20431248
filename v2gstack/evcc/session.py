"""The sans-I/O EVCC session: responses and a clock in, the next request (with its timeout) out.

One :class:`EvccSession` drives one ISO 15118-20 session over one TCP/TLS connection. It never sleeps
and never does I/O: ``start(now)`` gives the first request, ``receive(response, now)`` the next one
(or None when the session is over; see ``result``). Each :class:`Request` carries the time the EVCC
waits for its response; the adapter enforces it and calls ``timeout(now)`` when it runs out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from v2gstack.evcc import requests as q
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.types import (
    RESPONSES,
    EvccConfig,
    EvccResult,
    EVContract,
    MobilityNeeds,
    MobilityNeedsMode,
    Request,
    Stage,
    pricing_mismatch,
)
from v2gstack.secc import messages as m
from v2gstack.secc.prices import Pricing
from v2gstack.secc.types import ControlMode
from v2gstack.security.errors import SecurityError, XmlSignatureError

__all__ = ["EvccConfig", "EvccResult", "EvccSession", "MobilityNeedsMode", "Request", "Stage"]


class EvccSession:
    """One EVCC session (pure; see the module docstring)."""

    def __init__(self, config: EvccConfig, ev: SimulatedEV, now: float, *, wall_start: float = 0.0) -> None:
        self.config = config
        self.ev = ev
        self.stage: Stage | None = None
        self.result = EvccResult(started=now, soc=ev.soc)
        self.session_id = b"\x00" * 8
        self._wall_offset = wall_start - now
        self._start = now
        self._ongoing_since: float | None = None
        self._parameter_set_id = 0
        self._power = 0.0  # W the charger reported last (signed; + charges the EV)
        self._power_since: float | None = None
        self._stop_kind = m.cm.chargingSession.Terminate
        self._energy_base = (ev.energy_in_wh, ev.energy_out_wh)
        self._done = False
        self._precharge_done = False
        self._precharge_started: float | None = None
        self._precharge_requests = 0
        self._precharge_target = 0.0
        self._precharge_present: float | None = None
        self._schedule: q.ChosenSchedule | None = None  # scheduled mode: the tuple the EV follows
        self._renegotiating = False
        self._pnc: q.SignedPnC | None = None  # the PnC attempt under way (None: EIM)
        self._eim_offered = False
        self._contract: EVContract | None = config.contract  # the configured one, or one installed now
        self._challenge: bytes | None = None  # GenChallenge of AuthorizationSetupRes (PnC offered)
        self._install_req: Any = None  # the CertificateInstallationReq, repeated unaltered while Ongoing
        self._final: tuple[bool, str] = (True, "")
        self._cable_check_started: float | None = None  # first DC_CableCheckReq of the charging session
        self._mobility = MobilityNeedsMode.EVCC  # MobilityNeedsMode of the selected parameter set
        self._departure_at: float | None = None  # an adopted SECC DepartureTime (None: the configured one)
        self._departure_sent = config.departure_time  # the DepartureTime the EV sent last
        self._noted: set[tuple[str, object, str]] = set()  # mobility-needs notes made (no repeats)
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
        if self._precharge_expired(now):
            self._finish(now, False, self._precharge_failure(now, "waiting for DC_PreChargeRes"))
            return
        if self.stage is Stage.CABLE_CHECK and self._cable_check_expired(now):
            self._finish(now, False, self._cable_check_failure(now, "waiting for DC_CableCheckRes"))
            return
        self._finish(now, False, f"timeout waiting for {self._response_name(self.stage)}")

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
    def _hdr(self, now: float) -> Any:
        return q.header(self.session_id, now + self._wall_offset)

    def _send(self, stage: Stage, message: Any, now: float) -> Request:
        self.stage = stage
        t = self.config.timing
        timeout = t.timeout_for(stage.value)
        if stage in (Stage.SAP, Stage.SESSION_SETUP):
            timeout = min(timeout, max(0.0, self._start + t.communication_setup - now))
        if self._ongoing_since is not None:
            timeout = min(timeout, max(0.0, self._ongoing_since + t.ongoing - now))
        if stage is Stage.PRE_CHARGE and self._precharge_limited():
            assert self._precharge_started is not None
            timeout = min(timeout, max(0.0, self._precharge_started + t.pre_charge - now))
        if stage is Stage.CABLE_CHECK and self._cable_check_started is not None:
            timeout = min(timeout, max(0.0, self._cable_check_started + t.cable_check - now))
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

    def _ongoing(self, now: float) -> bool:
        """Start or continue an Ongoing loop; False when it has lasted too long."""
        if self._ongoing_since is None:
            self._ongoing_since = now
        return now - self._ongoing_since <= self.config.timing.ongoing

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

    def _authorization_req(self, now: float) -> Request:
        self.result.authorization = "EIM" if self._pnc is None else "PnC"
        return self._send(Stage.AUTHORIZATION, q.authorization(self._hdr(now), self._pnc), now)

    def _on_authorization_setup(self, msg: Any, code: str, now: float) -> Request | None:
        """Without a contract but with OEM provisioning credentials the EV asks for a contract when the SECC
        announces CertificateInstallationService and PnC ([V2G20-1576]); else it authorizes
        ([V2G20-1577])."""
        offered = msg.authorization_services
        self._eim_offered = m.cm.authorization.EIM in offered
        setup = msg.pn_c_as_res_authorization_mode
        if m.cm.authorization.PnC in offered and setup is not None:
            self._challenge = bytes(setup.gen_challenge)
        provisioning = self.config.provisioning
        if self._contract is None and provisioning is not None:
            if not (msg.certificate_installation_service and self._challenge is not None):
                self.result.installation = "not offered"
            else:
                try:
                    self._install_req = q.certificate_installation(provisioning, self.session_id,
                                                                   int(now + self._wall_offset))
                except SecurityError as exc:
                    return self._finish(now, False, f"cannot build the CertificateInstallationReq: {exc}")
                return self._send(Stage.CERTIFICATE_INSTALLATION, self._install_req, now)
        return self._authorize(now)

    def _authorize(self, now: float) -> Request | None:
        """With a contract the EV selects PnC when the SECC offers it: it signs the GenChallenge of
        PnC_ASResAuthorizationMode with its contract chain ([V2G20-2564], [V2G20-2565]); else EIM."""
        if self._contract is not None and self._challenge is not None:
            try:
                self._pnc = q.SignedPnC.make(self._contract, self._challenge)
            except XmlSignatureError as exc:
                return self._finish(now, False, f"cannot sign the PnC AuthorizationReq: {exc}")
            return self._authorization_req(now)
        if not self._eim_offered:
            return self._finish(now, False, "the SECC does not offer EIM")
        return self._authorization_req(now)

    def _on_certificate_installation(self, msg: Any, code: str, now: float) -> Request | None:
        """Ongoing: the unaltered request again ([V2G20-1578]). OK: verify the CPS signature and chain,
        decrypt the contract key (any failure rejects the response, [V2G20-2504]), then authorize with the
        new contract ([V2G20-1581]; we ask for one chain, so no further ones are requested, [V2G20-2571]).
        A WARNING: authorize without it, EIM when offered ([V2G20-1580])."""
        if code == "OK" and msg.evse_processing.value != "Finished":
            if not self._ongoing(now):
                return self._finish(now, False, "certificate installation: Ongoing timeout")
            return self._send(Stage.CERTIFICATE_INSTALLATION, self._install_req, now)
        self._ongoing_since = None
        self.result.installation = code
        provisioning = self.config.provisioning
        if code == "OK" and provisioning is not None:
            try:
                self._contract = q.installed_contract(msg, provisioning)
            except SecurityError as exc:
                self.result.installation = f"rejected: {exc}"
            else:
                self.result.installed_contract = self._contract
        return self._authorize(now)

    def _on_authorization(self, msg: Any, code: str, now: float) -> Request | None:
        """Finished OK (or OK_CertificateExpiresSoon): on to ServiceDiscovery. A WARNING: stop, or after a
        refused PnC attempt fall back to EIM when configured and offered ([V2G20-1583])."""
        if code.startswith("WARNING"):
            if self._pnc is not None and self.config.eim_fallback and self._eim_offered:
                self._pnc, self.result.pnc_refused = None, code
                self._ongoing_since = None
                return self._authorization_req(now)
            return self._session_stop(now, f"authorization refused: {code}", completed=False)
        if msg.evse_processing.value != "Finished":
            if not self._ongoing(now):
                return self._finish(now, False, "authorization: Ongoing timeout")
            return self._authorization_req(now)
        self._ongoing_since = None
        return self._send(Stage.SERVICE_DISCOVERY, m.cm.ServiceDiscoveryReq(header=self._hdr(now)), now)

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

    def _choose_parameter_set(self, sets: Any) -> tuple[Any, MobilityNeedsMode] | None:
        """The first parameter set with the configured ControlMode and the preferred MobilityNeedsMode, else
        the first with that ControlMode and the other MobilityNeedsMode (an absent parameter counts as 1,
        an unknown value makes the set unusable). MobilityNeedsMode 2 goes only with ControlMode 2
        ([V2G20-2663]; Table 205: "Value 2 can be selected only if Dynamic ControlMode was selected")."""
        wanted = self.config.mode
        candidates: list[tuple[Any, MobilityNeedsMode]] = []
        for pset in sets:
            values = {p.name: p.int_value for p in pset.parameter}
            if values.get("ControlMode") != wanted.value:
                continue
            raw = values.get("MobilityNeedsMode")
            try:
                mobility = MobilityNeedsMode.EVCC if raw is None else MobilityNeedsMode(raw)
            except ValueError:
                continue
            if mobility is MobilityNeedsMode.SECC and wanted is not ControlMode.DYNAMIC:
                continue
            candidates.append((pset, mobility))
        preferred = [c for c in candidates if c[1] is self.config.mobility_needs]
        ordered = preferred or candidates
        return ordered[0] if ordered else None

    def _note_pricing(self, pset: Any) -> None:
        """The selected parameter set's ``Pricing`` (0 none, 1 absolute, 2 price levels): what the price
        schedules of ScheduleExchange should be."""
        self.result.pricing = None
        for parameter in pset.parameter:
            if parameter.name == "Pricing":
                try:
                    self.result.pricing = Pricing(parameter.int_value)
                except ValueError:
                    self.result.price_errors.append(f"ServiceDetail: unknown Pricing {parameter.int_value!r}")

    def _note_prices(self, msg: Any) -> None:
        """Keep the typed price schedules of a Finished ScheduleExchangeRes (a renegotiation replaces
        them) and note every one that is invalid or not of the kind ServiceDetail announced."""
        prices, errors = q.price_offers(msg)
        self.result.prices = prices
        self.result.price_errors.extend(errors)
        announced = self.result.pricing
        if announced is None:
            return
        said = f"ServiceDetail said Pricing {announced.value} ({announced.name})"
        for offer in prices:
            tuple_id = offer.schedule_tuple_id
            where = "dynamic" if tuple_id is None else f"ScheduleTuple {tuple_id}"
            schedules = [("charging", offer.charging)]
            if offer.has_discharging:
                schedules.append(("discharging", offer.discharging))
            for which, tariff in schedules:
                if pricing_mismatch(announced, tariff):
                    got = "no price schedule" if tariff is None else type(tariff).__name__
                    self.result.price_errors.append(f"{where} {which}: {got}, but {said}")

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

    # -- mobility needs ------------------------------------------------------------------------------
    def _remaining(self, now: float) -> int:
        """The DepartureTime in force now: the configured one, or what is left of an adopted SECC one (> 0,
        [V2G20-2103])."""
        if self._departure_at is None:
            return self.config.departure_time
        return max(1, round(self._departure_at - now))

    def _departure(self, now: float) -> int:
        """The DepartureTime of a request sent now (remembered as the one sent last)."""
        self._departure_sent = self._remaining(now)
        return self._departure_sent

    def _needs_in_force(self) -> MobilityNeeds:
        return MobilityNeeds(self._departure_sent, round(self.ev.min_soc), round(self.ev.target_soc))

    def _loop_needs(self, now: float) -> MobilityNeeds | None:
        """MobilityNeedsMode 2, dynamic mode: the needs every ChargeLoopReq carries."""
        if self._mobility is not MobilityNeedsMode.SECC or self.config.mode is not ControlMode.DYNAMIC:
            return None
        self._departure(now)
        return self._needs_in_force()

    def _note_needs(self, where: str, field: str, value: object, verdict: str) -> None:
        key = (field, value, verdict)
        if key not in self._noted:
            self._noted.add(key)
            unit = " s" if field == "DepartureTime" else " %"
            self.result.mobility_updates.append(f"{where}: {field} {value}{unit} {verdict}")

    def _secc_needs(self, element: Any, where: str, now: float) -> None:
        """DepartureTime, MinimumSOC, TargetSOC in Dynamic_SEResControlMode or a Dynamic ChargeLoopRes.
        With MobilityNeedsMode 2 the EV adopts them ([V2G20-1648], [V2G20-1292], [V2G20-2668]) and sends them
        in the next ChargeLoopReq, or, when it cannot (``accept_secc_needs`` False, MinimumSOC above TargetSOC
        ([V2G20-1640]), DepartureTime 0 ([V2G20-2103])), keeps sending its own ([V2G20-1649], [V2G20-1294],
        [V2G20-2669]). A DepartureTime counts from the response's arrival: the SECC's clock is not the EV's.
        With MobilityNeedsMode 1 the values are not for this EV (Table 109) and are ignored."""
        given = MobilityNeeds(getattr(element, "departure_time", None), getattr(element, "minimum_soc", None),
                              getattr(element, "target_soc", None))
        if given == MobilityNeeds():
            return
        if self._mobility is not MobilityNeedsMode.SECC:
            for field, value in (("DepartureTime", given.departure_time), ("MinimumSOC", given.minimum_soc),
                                 ("TargetSOC", given.target_soc)):
                if value is not None:
                    self._note_needs(where, field, value, "ignored (MobilityNeedsMode 1)")
            return
        self.result.secc_needs = given
        ev = self.ev
        refusal = None if self.config.accept_secc_needs else "refused (the EV cannot accept it)"
        minimum = given.minimum_soc if given.minimum_soc is not None else round(ev.min_soc)
        target = given.target_soc if given.target_soc is not None else round(ev.target_soc)
        if refusal is None and minimum > target:
            refusal = f"refused (MinimumSOC {minimum} % above TargetSOC {target} %, [V2G20-1640])"
        for field, value, current in (("MinimumSOC", given.minimum_soc, round(ev.min_soc)),
                                      ("TargetSOC", given.target_soc, round(ev.target_soc))):
            if value is not None and value != current:
                self._note_needs(where, field, value, refusal or f"adopted (was {current} %)")
        if refusal is None:
            if given.minimum_soc is not None:
                ev.min_soc = float(given.minimum_soc)
            if given.target_soc is not None:
                ev.target_soc = float(given.target_soc)
        departure = given.departure_time
        if departure is None:
            return
        if not self.config.accept_secc_needs:
            if departure != self._remaining(now):
                self._note_needs(where, "DepartureTime", departure, "refused (the EV cannot accept it)")
        elif departure <= 0:
            self._note_needs(where, "DepartureTime", departure, "refused (not larger than 0, [V2G20-2103])")
        else:
            was = self._remaining(now)
            if abs(departure - was) >= 1:
                self._note_needs(where, "DepartureTime", departure, f"adopted (was {was} s)")
            self._departure_at = now + departure

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
        self._precharge_done, self._precharge_started, self._precharge_requests = False, None, 0
        self._precharge_present = None
        self._cable_check_started = None
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

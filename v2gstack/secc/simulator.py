"""A simulated charger: a DC supply model (and an AC variant) behind :class:`EVSEController`.

Used by the demo, the examples and the tests. The model is simple but physical enough to exercise the
session engine: the isolation test takes time, pre-charge ramps the output voltage to the target (within
the charger's voltage range), the output current follows the EV's target (or the dynamic setpoint) at a
bounded slew rate within the charger's limits, discharge (BPT) reverses it, and energy is metered in both
directions. In the charge loop the DC output is a current source with a voltage ceiling: the voltage is the
battery's while that is below the EV's target voltage (scheduled mode; the EV's maximum voltage in dynamic
mode), never outside the charger's own range; the limit-achieved flags say when a charger limit cut what was
asked for. The AC outlet delivers the least of the EV's limits (charge loop, else ChargeParameterDiscovery),
its own, and the schedule entry in force (scheduled mode) or the dynamic setpoint. It can offer a tariff
(``tariff``, and ``discharge_tariff`` for BPT); :func:`example_tariffs` has the demo's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from v2gstack.secc.controller import CertificateBackend, EVSEController, SessionControl
from v2gstack.secc.types import (
    AbsolutePriceSchedule,
    ACChargeTargets,
    ACLimits,
    AuthorizationMode,
    AuthorizationStatus,
    CertificateInstallationAnswer,
    CertificateInstallationRequest,
    ContractCertificate,
    ContractRejection,
    ControlMode,
    DCChargeTargets,
    DCLimits,
    DCPresent,
    EnergyService,
    EVChargingNeeds,
    EVSECapabilities,
    IsolationStatus,
    LoopStatus,
    MeterReading,
    OverstayRule,
    OverstayRules,
    PowerScheduleEntry,
    PriceLevel,
    PriceLevelSchedule,
    PriceRule,
    PriceRuleStack,
    Pricing,
    ScheduleOffer,
    SessionEvent,
    SessionInfo,
    StopReason,
    Tariff,
    TaxRule,
)

DEFAULT_DC_LIMITS = DCLimits(
    max_charge_power=150_000.0,
    max_charge_current=300.0,
    max_voltage=920.0,
    min_voltage=150.0,
    max_discharge_power=50_000.0,
    max_discharge_current=120.0,
)
DEFAULT_AC_LIMITS = ACLimits(max_charge_power=22_000.0, max_discharge_power=11_000.0)
#: The control modes offered by default, in this order (as :class:`EVSECapabilities` has it).
DEFAULT_CONTROL_MODES = (ControlMode.SCHEDULED, ControlMode.DYNAMIC)

#: The demo's tariff in money: EUR, cheaper below 50 kW, a parking fee in the day stack, VAT included, a
#: blocking fee after four hours and a cap on the session's cost.
EXAMPLE_TARIFF = AbsolutePriceSchedule(
    currency="EUR", language="ENG", description="v2gstack demo tariff",
    price_rule_stacks=(
        PriceRuleStack(8 * 3600, (PriceRule(Decimal("0.39")), PriceRule(Decimal("0.49"), Decimal(50_000)))),
        PriceRuleStack(16 * 3600, (
            PriceRule(Decimal("0.45"), parking_fee=Decimal("1.2"), parking_fee_period=3600),
            PriceRule(Decimal("0.55"), Decimal(50_000), parking_fee=Decimal("1.2"),
                      parking_fee_period=3600))),
    ),
    tax_rules=(TaxRule(1, Decimal("0.19"), name="VAT", included_in_price=True),),
    overstay=OverstayRules((OverstayRule(4 * 3600, Decimal("0.1"), 60, "blocking fee after 4 h"),)),
    maximum_cost=Decimal(150))
#: The demo's refund for energy fed back (BPT), in the same currency ([V2G20-1835]).
EXAMPLE_FEED_IN_TARIFF = AbsolutePriceSchedule(
    currency="EUR", language="ENG", description="v2gstack demo feed-in refund", price_schedule_id=2,
    price_rule_stacks=(PriceRuleStack(24 * 3600, (PriceRule(Decimal("0.25")),)),))
#: The demo's tariff in price levels: off-peak, mid, peak over a day (3 levels).
EXAMPLE_PRICE_LEVELS = PriceLevelSchedule(3, (PriceLevel(6 * 3600, 1), PriceLevel(8 * 3600, 2),
                                              PriceLevel(10 * 3600, 3)))
#: The demo's discharge price levels: the same three levels ([V2G20-2162]); feeding back at peak pays most.
EXAMPLE_FEED_IN_LEVELS = PriceLevelSchedule(3, (PriceLevel(14 * 3600, 1), PriceLevel(10 * 3600, 3)),
                                            price_schedule_id=2)


def example_tariffs(kind: Pricing) -> tuple[Tariff | None, Tariff | None]:
    """The demo's (charge, discharge) tariffs of ``kind`` (both None for Pricing.NONE)."""
    if kind is Pricing.ABSOLUTE:
        return EXAMPLE_TARIFF, EXAMPLE_FEED_IN_TARIFF
    if kind is Pricing.PRICE_LEVELS:
        return EXAMPLE_PRICE_LEVELS, EXAMPLE_FEED_IN_LEVELS
    return None, None


@dataclass
class _Output:
    """State of the simulated power stage of one session."""

    voltage: float = 0.0
    current: float = 0.0
    contactors_closed: bool = False
    last_update: float | None = None
    imported_wh: float = 0.0
    exported_wh: float = 0.0
    isolation_started: float | None = None
    #: What the EV said in ChargeParameterDiscovery and ScheduleExchange (its limits, where a charge-loop
    #: request lacks them).
    needs: EVChargingNeeds | None = None
    #: The charging schedule offered last (scheduled mode) and when (``clock``).
    schedule: tuple[PowerScheduleEntry, ...] = ()
    schedule_since: float = 0.0


@dataclass(frozen=True, slots=True)
class _Current:
    """The DC current the output regulates to and which charger limit, if any, cut what was asked for."""

    amperes: float
    current_limited: bool = False
    power_limited: bool = False


@dataclass
class StopCall:
    """A record of one stop_power call (tests check the fail-safe with it)."""

    at: float
    session_id: str | None
    reason: StopReason


@dataclass
class SimulatedEVSE(EVSEController):
    """A charger that simulates its DC supply or AC outlet. Thread-unsafe, one event loop."""

    services: tuple[EnergyService, ...] = (
        EnergyService.DC,
        EnergyService.DC_BPT,
        EnergyService.AC,
        EnergyService.AC_BPT,
    )
    evse_id: str = "DE*V2G*E0001*1"
    dc_limits: DCLimits = DEFAULT_DC_LIMITS
    ac_limits: ACLimits = DEFAULT_AC_LIMITS
    #: The -20 control modes offered, in this order: ServiceDetailRes has one parameter set per mode
    #: (ParameterSetID = the ControlMode value); EVs that take the first set run the first mode.
    control_modes: tuple[ControlMode, ...] = DEFAULT_CONTROL_MODES
    clock: Callable[[], float] = time.monotonic
    #: Seconds the isolation test takes; the EV sees "Ongoing" until then.
    cable_check_duration: float = 0.0
    isolation_result: IsolationStatus = IsolationStatus.VALID
    #: Output voltage slew rate during pre-charge, V/s.
    voltage_slew: float = 20_000.0
    #: Output current slew rate, A/s.
    current_slew: float = 10_000.0
    #: Dynamic-mode setpoint in W (negative: discharge). None: whatever the EV asks for.
    dynamic_setpoint: float | None = None
    authorization: AuthorizationStatus = AuthorizationStatus.ACCEPTED
    #: Authorization services offered (add AuthorizationMode.PNC for Plug & Charge).
    authorization_modes: tuple[AuthorizationMode, ...] = (AuthorizationMode.EIM,)
    #: Plug & Charge answer; None: the library default (accept the chains validated against the roots).
    contract_authorization: AuthorizationStatus | ContractRejection | None = None
    #: The contracts firmware was asked about, in order.
    contracts: list[ContractCertificate] = field(default_factory=list)
    #: Certificate installation backend (e.g. ``SimulatedCPS``); set: CertificateInstallationService is
    #: offered (with PnC). None: not offered, and the library default refuses.
    certificate_service: CertificateBackend | None = None
    #: The CertificateInstallationReqs firmware was asked about, in order.
    installations: list[CertificateInstallationRequest] = field(default_factory=list)
    #: The tariff of every offer (its kind is the Pricing ServiceDetail announces); None: no prices.
    tariff: Tariff | None = None
    #: BPT services: the refund for discharging; with it the offer has a discharge schedule (the charger's
    #: maximum discharge power) priced by it. Needs ``tariff`` of the same kind.
    discharge_tariff: Tariff | None = None
    #: The charging schedule offered in scheduled mode (power steps, W); empty: the maximum charge power for a
    #: day. The AC outlet delivers at most the entry in force.
    charge_schedule: tuple[PowerScheduleEntry, ...] = ()
    stop_calls: list[StopCall] = field(default_factory=list)
    events: list[SessionEvent] = field(default_factory=list)
    controls: dict[str, SessionControl] = field(default_factory=dict)
    _outputs: dict[str, _Output] = field(default_factory=dict)

    # -- identity and notifications -------------------------------------------------------------
    def capabilities(self) -> EVSECapabilities:
        return EVSECapabilities(
            evse_id=self.evse_id,
            services=self.services,
            control_modes=self.control_modes,
            dc_limits=self.dc_limits,
            ac_limits=self.ac_limits,
            authorization_modes=self.authorization_modes,
            certificate_installation_service=self.certificate_service is not None,
            pricing=Pricing.of(self.tariff),
        )

    def session_started(self, session: SessionInfo, control: SessionControl) -> None:
        self.controls[session.session_id_hex] = control

    def on_event(self, event: SessionEvent) -> None:
        self.events.append(event)
        if event.kind == "ev_needs":
            out = self._outputs.setdefault(event.session_id, _Output())
            fields = {f for f in EVChargingNeeds.__dataclass_fields__}
            out.needs = EVChargingNeeds(**{k: v for k, v in event.data.items() if k in fields})  # type: ignore[arg-type]

    async def authorize(self, session: SessionInfo) -> AuthorizationStatus:
        return self.authorization

    async def authorize_contract(self, session: SessionInfo,
                                 contract: ContractCertificate) -> AuthorizationStatus | ContractRejection:
        self.contracts.append(contract)
        if self.contract_authorization is None:
            return await super().authorize_contract(session, contract)
        return self.contract_authorization

    async def install_certificate(self, session: SessionInfo,
                                  request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
        self.installations.append(request)
        if self.certificate_service is None:
            return await super().install_certificate(session, request)
        return await self.certificate_service.install_certificate(request)

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        """``charge_schedule`` (default: full power for a day) at ``tariff``; for BPT services with a
        ``discharge_tariff`` also the maximum discharge power for a day at that refund. Remembers the
        schedule and the EV's needs for the charge loop."""
        dc = session.service is not None and session.service.is_dc
        charge = self.dc_limits.max_charge_power if dc else self.ac_limits.max_charge_power
        discharge: tuple[PowerScheduleEntry, ...] = ()
        if self.discharge_tariff is not None and session.service is not None and session.service.is_bpt:
            most = self.dc_limits.max_discharge_power if dc else self.ac_limits.max_discharge_power
            discharge = (PowerScheduleEntry(duration=86400, power=-most),)
        schedule = self.charge_schedule or (PowerScheduleEntry(duration=86400, power=charge),)
        out = self.output(session)
        out.needs, out.schedule, out.schedule_since = needs, schedule, self.clock()
        return ScheduleOffer(schedule=schedule, tariff=self.tariff, discharge_schedule=discharge,
                             discharge_tariff=self.discharge_tariff if discharge else None)

    def _schedule_power(self, out: _Output) -> float | None:
        """The power of the schedule entry in force (W; 0 after its end); None: no schedule offered."""
        if not out.schedule:
            return None
        elapsed = self.clock() - out.schedule_since
        for entry in out.schedule:
            if elapsed < entry.duration:
                return entry.power
            elapsed -= entry.duration
        return 0.0

    # -- DC supply model -----------------------------------------------------------------------
    def output(self, session: SessionInfo) -> _Output:
        return self._outputs.setdefault(session.session_id_hex, _Output())

    def _advance(self, out: _Output) -> float:
        """Integrate energy since the last update; return the elapsed time."""
        now = self.clock()
        dt = 0.0 if out.last_update is None else max(0.0, now - out.last_update)
        out.last_update = now
        energy_wh = out.voltage * out.current * dt / 3600.0
        if energy_wh >= 0:
            out.imported_wh += energy_wh
        else:
            out.exported_wh -= energy_wh
        return dt

    @staticmethod
    def _approach(value: float, target: float, max_step: float) -> float:
        if abs(target - value) <= max_step:
            return target
        return value + max_step if target > value else value - max_step

    async def cable_check(self, session: SessionInfo) -> IsolationStatus:
        out = self.output(session)
        now = self.clock()
        if out.isolation_started is None:
            out.isolation_started = now
        if now - out.isolation_started < self.cable_check_duration:
            return IsolationStatus.ONGOING
        return self.isolation_result

    async def precharge(self, session: SessionInfo, target_voltage: float, max_current: float) -> DCPresent:
        out = self.output(session)
        dt = self._advance(out)
        lim = self.dc_limits
        target = min(max(target_voltage, lim.min_voltage), lim.max_voltage)
        # The first request jumps a step so the model makes progress even when called back to back.
        out.voltage = self._approach(out.voltage, target, max(self.voltage_slew * dt, 50.0))
        out.current = 0.0
        return DCPresent(voltage=out.voltage, current=out.current)

    async def start_power(self, session: SessionInfo) -> bool:
        out = self.output(session)
        self._advance(out)
        out.contactors_closed = True
        return True

    def _dc_current_target(self, session: SessionInfo, t: DCChargeTargets, voltage: float) -> _Current:
        """The current asked for (scheduled: the EV's target; dynamic: the setpoint or the EV's maximum power,
        within both sides' power limits), then cut to the charger's current and power limits."""
        lim = self.dc_limits
        bpt = session.service is EnergyService.DC_BPT
        power_limited = False
        if t.target_current is not None:  # scheduled mode: the EV sets the current
            wanted = t.target_current
        else:  # dynamic mode: the charger decides within both sides' limits
            ev_max = t.max_charge_power if t.max_charge_power is not None else lim.max_charge_power
            wanted_power = ev_max if self.dynamic_setpoint is None else self.dynamic_setpoint
            if wanted_power < 0 and bpt:
                ev_dis = t.max_discharge_power if t.max_discharge_power is not None else 0.0
                power_limited = -wanted_power > lim.max_discharge_power
                wanted_power = -min(-wanted_power, ev_dis, lim.max_discharge_power)
            else:
                asked = min(max(wanted_power, 0.0), ev_max)
                power_limited = asked > lim.max_charge_power or (
                    self.dynamic_setpoint is not None and self.dynamic_setpoint < ev_max)
                wanted_power = min(asked, lim.max_charge_power)
            wanted = wanted_power / voltage if voltage > 1.0 else 0.0
        if wanted >= 0:
            most = lim.max_charge_current
            if voltage > 1.0 and lim.max_charge_power / voltage < most:
                most = lim.max_charge_power / voltage
                power_limited = power_limited or wanted > most
            return _Current(min(wanted, most), wanted > lim.max_charge_current, power_limited)
        if not bpt:
            return _Current(0.0)
        most = lim.max_discharge_current
        if voltage > 1.0 and lim.max_discharge_power / voltage < most:
            most = lim.max_discharge_power / voltage
            power_limited = power_limited or -wanted > most
        return _Current(-min(-wanted, most), -wanted > lim.max_discharge_current, power_limited)

    def _dc_voltage(self, targets: DCChargeTargets) -> tuple[float, bool]:
        """The output voltage in the charge loop and whether the charger's voltage range cut it. The output
        regulates to the EV's target voltage (scheduled mode; dynamic: the EV's maximum voltage), a ceiling
        while the battery holds the voltage lower (constant-current phase), and never leaves the charger's
        own range [min_voltage, max_voltage]."""
        lim = self.dc_limits
        ceiling = targets.target_voltage if targets.target_voltage is not None else targets.max_voltage
        wanted = targets.present_voltage if ceiling is None else min(ceiling, targets.present_voltage)
        voltage = min(max(wanted, lim.min_voltage), lim.max_voltage)
        return voltage, voltage != wanted

    async def dc_charge_loop(self, session: SessionInfo, targets: DCChargeTargets) -> LoopStatus:
        out = self.output(session)
        dt = self._advance(out)
        out.voltage, voltage_limited = self._dc_voltage(targets)
        current = _Current(0.0)
        if not out.contactors_closed:
            out.current = 0.0
        else:
            current = self._dc_current_target(session, targets, out.voltage)
            out.current = self._approach(out.current, current.amperes, max(self.current_slew * dt, 25.0))
        return LoopStatus(
            dc=DCPresent(voltage=out.voltage, current=out.current),
            target_power=self.dynamic_setpoint,
            current_limit_reached=current.current_limited,
            voltage_limit_reached=voltage_limited,
            power_limit_reached=current.power_limited,
        )

    async def ac_charge_loop(self, session: SessionInfo, targets: ACChargeTargets) -> LoopStatus:
        """The least of what the EV takes (its maximum power in the loop request, else in
        ChargeParameterDiscovery), the outlet's maximum, and the schedule entry in force (scheduled mode) or
        the dynamic setpoint; a negative setpoint discharges (AC_BPT) within both sides' discharge limits."""
        out = self.output(session)
        self._advance(out)
        lim = self.ac_limits
        out.voltage = lim.nominal_voltage
        needs = out.needs
        if not out.contactors_closed:
            power = 0.0
        elif self.dynamic_setpoint is not None and self.dynamic_setpoint < 0:
            ev_give = targets.max_discharge_power
            if ev_give is None and needs is not None:
                ev_give = needs.max_discharge_power
            allowed = lim.max_discharge_power if session.service is EnergyService.AC_BPT else 0.0
            if ev_give is not None:
                allowed = min(allowed, ev_give)
            power = -min(-self.dynamic_setpoint, allowed)
        else:
            ev_max = targets.max_charge_power
            if ev_max is None and needs is not None:
                ev_max = needs.max_charge_power
            caps = [lim.max_charge_power]
            if ev_max is not None:
                caps.append(ev_max)
            if session.control_mode is not ControlMode.DYNAMIC:
                entry = self._schedule_power(out)
                if entry is not None:
                    caps.append(max(entry, 0.0))
            if self.dynamic_setpoint is not None:
                caps.append(self.dynamic_setpoint)
            power = max(0.0, min(caps))
        out.current = power / lim.nominal_voltage
        return LoopStatus(ac_active_power=power, target_power=power)

    async def stop_power(self, session: SessionInfo | None, reason: StopReason) -> None:
        sid = session.session_id_hex if session is not None else None
        self.stop_calls.append(StopCall(at=self.clock(), session_id=sid, reason=reason))
        if session is not None:
            out = self.output(session)
            self._advance(out)
            out.current = 0.0
            out.contactors_closed = False

    async def welding_detection(self, session: SessionInfo) -> DCPresent:
        out = self.output(session)
        dt = self._advance(out)
        out.voltage = self._approach(out.voltage, 0.0, max(self.voltage_slew * dt, 100.0))
        return DCPresent(voltage=out.voltage, current=0.0)

    async def meter_reading(self, session: SessionInfo) -> MeterReading | None:
        out = self.output(session)
        self._advance(out)
        return MeterReading(
            meter_id="SIM-METER-1",
            imported_wh=int(out.imported_wh),
            exported_wh=int(out.exported_wh),
        )

"""A simulated charger: a DC supply model (and an AC variant) behind :class:`EVSEController`.

Used by the demo, the examples and the tests. The model is simple but physical enough to exercise the
session engine: the isolation test takes time, pre-charge ramps the output voltage, the output current
follows the EV's target (or the dynamic setpoint) at a bounded slew rate within the charger's limits,
discharge (BPT) reverses it, and energy is metered in both directions. It can offer a tariff
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
    stop_calls: list[StopCall] = field(default_factory=list)
    events: list[SessionEvent] = field(default_factory=list)
    controls: dict[str, SessionControl] = field(default_factory=dict)
    _outputs: dict[str, _Output] = field(default_factory=dict)

    # -- identity and notifications -------------------------------------------------------------
    def capabilities(self) -> EVSECapabilities:
        return EVSECapabilities(
            evse_id=self.evse_id,
            services=self.services,
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
        """Full power for a day at ``tariff``; for BPT services with a ``discharge_tariff`` also the
        maximum discharge power for a day at that refund."""
        dc = session.service is not None and session.service.is_dc
        charge = self.dc_limits.max_charge_power if dc else self.ac_limits.max_charge_power
        discharge: tuple[PowerScheduleEntry, ...] = ()
        if self.discharge_tariff is not None and session.service is not None and session.service.is_bpt:
            most = self.dc_limits.max_discharge_power if dc else self.ac_limits.max_discharge_power
            discharge = (PowerScheduleEntry(duration=86400, power=-most),)
        return ScheduleOffer(schedule=(PowerScheduleEntry(duration=86400, power=charge),),
                             tariff=self.tariff, discharge_schedule=discharge,
                             discharge_tariff=self.discharge_tariff if discharge else None)

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
        target = min(target_voltage, self.dc_limits.max_voltage)
        # The first request jumps a step so the model makes progress even when called back to back.
        out.voltage = self._approach(out.voltage, target, max(self.voltage_slew * dt, 50.0))
        out.current = 0.0
        return DCPresent(voltage=out.voltage, current=out.current)

    async def start_power(self, session: SessionInfo) -> bool:
        out = self.output(session)
        self._advance(out)
        out.contactors_closed = True
        return True

    def _dc_current_target(self, session: SessionInfo, t: DCChargeTargets, voltage: float) -> float:
        lim = self.dc_limits
        bpt = session.service is EnergyService.DC_BPT
        if t.target_current is not None:  # scheduled mode: the EV sets the current
            wanted = t.target_current
        else:  # dynamic mode: the charger decides within both sides' limits
            ev_max = t.max_charge_power if t.max_charge_power is not None else lim.max_charge_power
            wanted_power = ev_max if self.dynamic_setpoint is None else self.dynamic_setpoint
            if wanted_power < 0 and bpt:
                ev_dis = t.max_discharge_power if t.max_discharge_power is not None else 0.0
                wanted_power = -min(-wanted_power, ev_dis, lim.max_discharge_power)
            else:
                wanted_power = min(max(wanted_power, 0.0), ev_max, lim.max_charge_power)
            wanted = wanted_power / voltage if voltage > 1.0 else 0.0
        if wanted >= 0:
            wanted = min(wanted, lim.max_charge_current)
            if voltage > 1.0:
                wanted = min(wanted, lim.max_charge_power / voltage)
        elif bpt:
            wanted = -min(-wanted, lim.max_discharge_current)
            if voltage > 1.0:
                wanted = -min(-wanted, lim.max_discharge_power / voltage)
        else:
            wanted = 0.0
        return wanted

    async def dc_charge_loop(self, session: SessionInfo, targets: DCChargeTargets) -> LoopStatus:
        out = self.output(session)
        dt = self._advance(out)
        out.voltage = targets.present_voltage  # the battery clamps the output voltage
        if not out.contactors_closed:
            out.current = 0.0
        else:
            wanted = self._dc_current_target(session, targets, out.voltage)
            out.current = self._approach(out.current, wanted, max(self.current_slew * dt, 25.0))
        power = out.voltage * out.current
        return LoopStatus(
            dc=DCPresent(voltage=out.voltage, current=out.current),
            target_power=self.dynamic_setpoint,
            current_limit_reached=abs(out.current) >= self.dc_limits.max_charge_current,
            power_limit_reached=power >= self.dc_limits.max_charge_power,
        )

    async def ac_charge_loop(self, session: SessionInfo, targets: ACChargeTargets) -> LoopStatus:
        out = self.output(session)
        self._advance(out)
        lim = self.ac_limits
        out.voltage = lim.nominal_voltage
        if not out.contactors_closed:
            power = 0.0
        elif self.dynamic_setpoint is not None and self.dynamic_setpoint < 0:
            allowed = lim.max_discharge_power if session.service is EnergyService.AC_BPT else 0.0
            power = -min(-self.dynamic_setpoint, allowed)
        else:
            ev_max = lim.max_charge_power if targets.max_charge_power is None else targets.max_charge_power
            wanted = ev_max if self.dynamic_setpoint is None else self.dynamic_setpoint
            power = min(wanted, ev_max, lim.max_charge_power)
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

"""How charger firmware plugs into v2gstack: implement EVSEController, start an SeccServer.

Run it (no root, no TLS) and point an EVCC at it:

    python examples/firmware_integration.py &
    v2gstack evcc --host ::1 --sdp-port 15200 --no-tls --service dc-bpt --mode scheduled --cycles 10

The EV's summary ends with ``prices: Pricing 1 (ABSOLUTE); tuple 1: charge absolute, ...``: the tariff below.
Replace the bodies below with calls into your power electronics, isolation monitor, meter and
backend. Everything else (SDP, TLS, V2GTP, EXI, the -20 sequence and its timers) is the library's.
Plug & Charge needs TLS in the field: give ``SeccServerConfig`` a ``tls`` context and ``contract_roots``.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

from v2gstack.secc import (
    AbsolutePriceSchedule,
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
    EVSEController,
    IsolationStatus,
    LoopStatus,
    MeterReading,
    PowerScheduleEntry,
    PriceRule,
    PriceRuleStack,
    Pricing,
    ScheduleOffer,
    SessionControl,
    SessionEvent,
    SessionInfo,
    StopReason,
    TaxRule,
)
from v2gstack.secc.server import SeccServer, SeccServerConfig

#: The tariff shown to the EV in every ScheduleExchange: EUR per kWh, dearer from 50 kW on, VAT included.
#: Amounts are exact decimals (at most five significant digits, as a -20 RationalNumber holds them); a
#: tariff that breaks a -20 limit raises ValueError right here, not in the middle of a session.
TARIFF = AbsolutePriceSchedule(
    currency="EUR", language="ENG", description="24/7 tariff",
    price_rule_stacks=(PriceRuleStack(duration=24 * 3600, rules=(
        PriceRule(energy_fee=Decimal("0.49")),
        PriceRule(energy_fee=Decimal("0.59"), power_range_start=Decimal(50_000)))),),
    tax_rules=(TaxRule(tax_rule_id=1, tax_rate=Decimal("0.19"), name="VAT", included_in_price=True),))
#: What the driver is paid per kWh fed back (DC_BPT): the DischargingSchedule's tariff, same currency.
FEED_IN = AbsolutePriceSchedule(
    currency="EUR", language="ENG", description="feed-in refund", price_schedule_id=2,
    price_rule_stacks=(PriceRuleStack(duration=24 * 3600, rules=(PriceRule(energy_fee=Decimal("0.2")),)),))


class Backend:
    """Stand-in for the charger's OCPP 2.0.1 client (replace with yours)."""

    async def authorize(self, emaid: str, certificate_pem: str) -> str:
        """OCPP Authorize with idToken type eMAID and the contract chain: an idTokenInfo.status."""
        return "Accepted"

    async def get_15118_ev_certificate(self, exi_request: str, schema: str) -> tuple[str, str | None]:
        """OCPP Get15118EVCertificate (action Install): (status, exiResponse)."""
        return "Failed", None


class MyCharger(EVSEController):
    """A 50 kW bidirectional DC charger. Every method is a hook into the charger's own firmware."""

    def __init__(self) -> None:
        self.output_voltage = 0.0
        self.output_current = 0.0
        self.contactors_closed = False
        self.energy_wh = 0.0
        #: Set by a grid/fleet controller at any time: W, negative = discharge (V2G).
        self.grid_setpoint: float | None = None
        self.controls: dict[str, SessionControl] = {}
        self.backend = Backend()

    def capabilities(self) -> EVSECapabilities:
        return EVSECapabilities(
            evse_id="DE*ABC*E1234567*1",
            services=(EnergyService.DC, EnergyService.DC_BPT),
            dc_limits=DCLimits(max_charge_power=50_000, max_charge_current=125, max_voltage=920,
                               min_voltage=200, max_discharge_power=25_000, max_discharge_current=60),
            # Plug & Charge besides EIM, and installing contracts for EVs that have none (via the backend).
            authorization_modes=(AuthorizationMode.EIM, AuthorizationMode.PNC),
            certificate_installation_service=True,
            # ServiceDetail says Pricing 1: every ScheduleExchange carries an AbsolutePriceSchedule.
            pricing=Pricing.ABSOLUTE,
        )

    def session_started(self, session: SessionInfo, control: SessionControl) -> None:
        # Keep the handle: the backend may later call control.request_stop() or request_pause().
        self.controls[session.session_id_hex] = control

    def on_event(self, event: SessionEvent) -> None:
        print(f"[firmware] {event.kind} {event.data}")

    async def authorize(self, session: SessionInfo) -> AuthorizationStatus:
        # EIM: ask the RFID reader / backend. PENDING keeps the EV waiting politely.
        return AuthorizationStatus.ACCEPTED

    async def authorize_contract(self, session: SessionInfo,
                                 contract: ContractCertificate) -> AuthorizationStatus | ContractRejection:
        # Plug & Charge: the SECC has checked the GenChallenge, the signature and (with contract_roots) the
        # chain; the backend decides. Slow answers are fine: return PENDING and the EV is told Ongoing.
        status = await self.backend.authorize(contract.emaid, contract.pem())
        if status == "Accepted":
            return AuthorizationStatus.ACCEPTED
        if status == "Expired":
            return ContractRejection.CERTIFICATE_EXPIRED
        return ContractRejection.GENERAL

    async def install_certificate(self, session: SessionInfo,
                                  request: CertificateInstallationRequest) -> CertificateInstallationAnswer:
        # Certificate installation: forward the EV's request as OCPP Get15118EVCertificate, hand back the
        # CPS's response (the SECC checks it and forwards it to the EV) or refuse.
        status, exi_response = await self.backend.get_15118_ev_certificate(request.exi_base64(),
                                                                           request.schema)
        if status == "Accepted" and exi_response is not None:
            return CertificateInstallationAnswer.from_base64(exi_response)
        return CertificateInstallationAnswer.refused()

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        # Scheduled mode: the power limit over time and its price; DC_BPT also what may be fed back
        # (power <= 0) and the refund for it. Dynamic mode sends the tariff alone.
        day = 24 * 3600
        limit = 50_000.0 if self.grid_setpoint is None else max(0.0, self.grid_setpoint)
        schedule = (PowerScheduleEntry(duration=day, power=limit),)
        if session.service is EnergyService.DC_BPT:
            return ScheduleOffer(schedule=schedule, tariff=TARIFF, discharge_tariff=FEED_IN,
                                 discharge_schedule=(PowerScheduleEntry(duration=day, power=-25_000.0),))
        return ScheduleOffer(schedule=schedule, tariff=TARIFF)

    async def cable_check(self, session: SessionInfo) -> IsolationStatus:
        # Start the IMD measurement on the first call, report ONGOING until it has a result.
        return IsolationStatus.VALID

    async def precharge(self, session: SessionInfo, target_voltage: float, max_current: float) -> DCPresent:
        self.output_voltage = target_voltage  # the real supply ramps; report what it measures
        return DCPresent(self.output_voltage, 0.0)

    async def start_power(self, session: SessionInfo) -> bool:
        self.contactors_closed = True  # close contactors; return False to refuse
        return True

    async def dc_charge_loop(self, session: SessionInfo, targets: DCChargeTargets) -> LoopStatus:
        self.output_voltage = targets.present_voltage
        if targets.target_current is not None:  # scheduled mode: the EV asks for a current
            self.output_current = targets.target_current
        else:  # dynamic mode: the charger (or the grid) decides
            wanted = targets.max_charge_power or 0.0
            power = self.grid_setpoint if self.grid_setpoint is not None else wanted
            self.output_current = power / max(self.output_voltage, 1.0)
        present = DCPresent(self.output_voltage, self.output_current)
        return LoopStatus(dc=present, target_power=self.grid_setpoint)

    async def stop_power(self, session: SessionInfo | None, reason: StopReason) -> None:
        # The fail-safe: called on every session end, error, timeout and dropped link. Be quick.
        self.output_current = 0.0
        self.contactors_closed = False
        print(f"[firmware] power stopped: {reason.value}")

    async def welding_detection(self, session: SessionInfo) -> DCPresent:
        self.output_voltage = 0.0
        return DCPresent(self.output_voltage, 0.0)

    async def meter_reading(self, session: SessionInfo) -> MeterReading | None:
        return MeterReading(meter_id="METER-1", imported_wh=int(self.energy_wh))


async def main() -> None:
    charger = MyCharger()
    server = await SeccServer.start(charger, SeccServerConfig(host="::1", sdp_port=15200, log=print))
    try:
        await asyncio.sleep(3600)
    finally:
        await server.close()


if __name__ == "__main__":
    asyncio.run(main())

"""How charger firmware plugs into v2gstack: implement EVSEController, start an SeccServer.

Run it (no root, no TLS) and point an EVCC at it:

    python examples/firmware_integration.py &
    v2gstack evcc --host ::1 --sdp-port 15200 --no-tls --service dc-bpt --mode dynamic --cycles 10

Replace the bodies below with calls into your power electronics, isolation monitor, meter and
backend. Everything else (SDP, TLS, V2GTP, EXI, the -20 sequence and its timers) is the library's.
"""

from __future__ import annotations

import asyncio

from v2gstack.secc import (
    AuthorizationStatus,
    DCChargeTargets,
    DCLimits,
    DCPresent,
    EnergyService,
    EVSECapabilities,
    EVSEController,
    IsolationStatus,
    LoopStatus,
    MeterReading,
    SessionControl,
    SessionEvent,
    SessionInfo,
    StopReason,
)
from v2gstack.secc.server import SeccServer, SeccServerConfig


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

    def capabilities(self) -> EVSECapabilities:
        return EVSECapabilities(
            evse_id="DE*ABC*E1234567*1",
            services=(EnergyService.DC, EnergyService.DC_BPT),
            dc_limits=DCLimits(max_charge_power=50_000, max_charge_current=125, max_voltage=920,
                               min_voltage=200, max_discharge_power=25_000, max_discharge_current=60),
        )

    def session_started(self, session: SessionInfo, control: SessionControl) -> None:
        # Keep the handle: the backend may later call control.request_stop() or request_pause().
        self.controls[session.session_id_hex] = control

    def on_event(self, event: SessionEvent) -> None:
        print(f"[firmware] {event.kind} {event.data}")

    async def authorize(self, session: SessionInfo) -> AuthorizationStatus:
        # EIM: ask the RFID reader / backend. PENDING keeps the EV waiting politely.
        return AuthorizationStatus.ACCEPTED

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

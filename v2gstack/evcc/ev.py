"""A simulated electric vehicle: a battery with a state of charge, a voltage curve and power limits.

The EVCC asks it what to request in each message and tells it what the charger delivered, so energy and
state of charge evolve realistically across a session, in both directions for BPT.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SimulatedEV:
    """Battery model. Power is positive when charging, negative when discharging (watts)."""

    capacity_wh: float = 77_000.0
    soc: float = 40.0
    target_soc: float = 80.0
    min_soc: float = 20.0
    max_charge_power: float = 120_000.0
    max_charge_current: float = 250.0
    max_discharge_power: float = 30_000.0
    max_discharge_current: float = 80.0
    max_voltage: float = 860.0
    min_voltage: float = 300.0
    nominal_voltage: float = 700.0
    #: Voltage span from empty to full around the nominal voltage.
    voltage_swing: float = 100.0
    #: AC: maximum power the on-board charger takes (W).
    ac_max_charge_power: float = 11_000.0
    ac_max_discharge_power: float = 7_000.0
    #: Scheduled-mode BPT: the EV discharges at this power (W) when it is set (V2G demo).
    discharge_request: float | None = None
    energy_in_wh: float = 0.0
    energy_out_wh: float = 0.0

    @property
    def battery_voltage(self) -> float:
        """Open-circuit voltage: linear in SOC around the nominal voltage."""
        return self.nominal_voltage + (self.soc - 50.0) / 100.0 * self.voltage_swing

    @property
    def energy_to_target_wh(self) -> float:
        return max(0.0, (self.target_soc - self.soc) / 100.0 * self.capacity_wh)

    @property
    def energy_to_full_wh(self) -> float:
        return max(0.0, (100.0 - self.soc) / 100.0 * self.capacity_wh)

    @property
    def energy_to_min_wh(self) -> float:
        """Energy the EV needs to reach its minimum SOC (negative when it is above it)."""
        return (self.min_soc - self.soc) / 100.0 * self.capacity_wh

    @property
    def full(self) -> bool:
        return self.soc >= self.target_soc

    def target_current(self) -> float:
        """Scheduled-mode DC target current: negative while discharging on request."""
        if self.discharge_request is not None and self.soc > self.min_soc:
            return -min(self.discharge_request / self.battery_voltage, self.max_discharge_current)
        if self.full:
            return 0.0
        return min(self.max_charge_current, self.max_charge_power / self.battery_voltage)

    def apply(self, power_w: float, seconds: float) -> None:
        """Take ``power_w`` (negative: give) for ``seconds``; SOC stays within 0..100."""
        energy_wh = power_w * seconds / 3600.0
        if energy_wh >= 0:
            self.energy_in_wh += energy_wh
        else:
            self.energy_out_wh -= energy_wh
        self.soc = min(100.0, max(0.0, self.soc + energy_wh / self.capacity_wh * 100.0))

"""The simulated charger behind `v2gstack secc`: :class:`SimulatedEVSE` with the command line's choices."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import ControlMode, EVSECapabilities

#: What `v2gstack secc` offers without ``--control-modes`` (the :class:`EVSECapabilities` default).
DEFAULT_CONTROL_MODES = (ControlMode.SCHEDULED, ControlMode.DYNAMIC)


@dataclass
class CliEVSE(SimulatedEVSE):
    """A :class:`SimulatedEVSE` whose capabilities offer ``control_modes`` (``--control-modes``), in this
    order: ServiceDetailRes has one parameter set per mode, ParameterSetID = ControlMode value."""

    control_modes: tuple[ControlMode, ...] = DEFAULT_CONTROL_MODES

    def capabilities(self) -> EVSECapabilities:
        return dataclasses.replace(super().capabilities(), control_modes=self.control_modes)


def parse_control_modes(text: str) -> tuple[ControlMode, ...]:
    """``scheduled,dynamic`` -> (SCHEDULED, DYNAMIC), in the given order; ValueError for an unknown or
    repeated mode, or none."""
    modes = tuple(ControlMode.parse(name) for name in text.split(",") if name.strip())
    if not modes:
        raise ValueError("no control mode given (scheduled, dynamic)")
    if len(set(modes)) != len(modes):
        raise ValueError(f"a control mode is named twice in {text!r}")
    return modes

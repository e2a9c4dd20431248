"""`v2gstack secc` offering only some control modes: a test-side stand-in for a missing CLI option.

    python -m tests.interop.secc_control_modes dynamic -- --iface IF --services dc --no-tls ...

runs exactly ``v2gstack secc ARGS`` (same parser, log lines and simulated charger), except that the
charger's capabilities list only the control modes named before ``--`` (comma separated, in offer
order), so ServiceDetailRes carries one parameter set per named mode and no other.

Why: the peer's EVCC takes the first parameter set the SECC offers (its simulator's
``select_energy_service_v20``: ``parameter_sets[0]``) and has no setting for the control mode; our SECC
offers Scheduled first (``EVSECapabilities.control_modes``), and ``v2gstack secc`` has no option to
change that. Firmware sets it through :class:`v2gstack.secc.types.EVSECapabilities`; this module does
the same for the simulated charger. Remove it once ``v2gstack secc`` can choose the offered modes.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence

from v2gstack.cli import main as cli_main
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import ControlMode, EVSECapabilities


def offer_only(modes: tuple[ControlMode, ...]) -> None:
    """Make every :class:`SimulatedEVSE` of this process offer ``modes`` (in this order) only."""
    original = SimulatedEVSE.capabilities

    def capabilities(self: SimulatedEVSE) -> EVSECapabilities:
        return dataclasses.replace(original(self), control_modes=modes)

    SimulatedEVSE.capabilities = capabilities  # type: ignore[method-assign]


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    if len(args) < 2 or args[1] != "--":
        usage = "usage: python -m tests.interop.secc_control_modes MODE[,MODE] -- SECC-ARGS..."
        print(usage, file=sys.stderr)
        return 2
    modes = tuple(ControlMode.parse(name.strip()) for name in args[0].split(",") if name.strip())
    offer_only(modes)
    print("control modes offered: " + ", ".join(mode.name.lower() for mode in modes), flush=True)
    return cli_main(["secc", *args[2:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

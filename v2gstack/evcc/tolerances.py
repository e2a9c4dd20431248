"""Named EVCC tolerances: opt-in deviations from what a real EV does, for SECCs (simulators) that need
them to get through a session. All off by default; docs/interop.md lists the peer quirk behind each.
"""

from __future__ import annotations

from dataclasses import dataclass

from v2gstack.secc.tolerances import NamedFlags


@dataclass(frozen=True, slots=True)
class EvccTolerances(NamedFlags):
    """Deviations the EVCC may make for a known SECC. All off: the EV behaves as ISO 15118-20 asks."""

    #: When pre-charge runs out of time (V2G_EVCC_PreCharge_Timeout) or of requests with the EVSE present
    #: voltage still outside the tolerance of the target, finish pre-charge anyway (EVProcessing=Finished)
    #: and go on instead of aborting the session. A real EV never does this: it would close its contactors
    #: onto a voltage difference. For SECC simulators whose present voltage ignores the target (the
    #: ``iso15118`` PyPI SECC reports 1 V throughout); the session result records that it happened.
    precharge_voltage_unreached: bool = False

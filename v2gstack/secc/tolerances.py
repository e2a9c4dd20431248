"""Named tolerances: opt-in deviations from our default, standard-conforming behaviour for peers that
need them. Every tolerance is off by default; each one names the peer behaviour it works around.

See docs/interop.md for the peer quirks that motivate them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Tolerances:
    """Deviations the SECC may make for a known peer. All off: the SECC follows ISO 15118-20 only."""

    #: Send a price schedule in every ScheduleExchangeRes (scheduled mode) even when the charger has no
    #: tariff to offer. -20 makes the price schedule optional; some EVCCs (the ``iso15118`` PyPI stack)
    #: reject a ScheduleTuple without one.
    price_schedule_always: bool = False

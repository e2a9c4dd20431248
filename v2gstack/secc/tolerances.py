"""Named tolerances: opt-in deviations from our default, standard-conforming behaviour for peers that
need them. Every tolerance is off by default; each one names the peer behaviour it works around.

See docs/interop.md for the peer quirks that motivate them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Self


@dataclass(frozen=True, slots=True)
class NamedFlags:
    """Boolean dataclass fields named on the command line (``price-schedule-always``), all off by default.

    Base of :class:`Tolerances` and of the EVCC's :class:`~v2gstack.evcc.tolerances.EvccTolerances`.
    """

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """Command-line spellings of every flag."""
        return tuple(f.name.replace("_", "-") for f in fields(cls))

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Self:
        """The flags named (command-line spelling) on, the others off; ValueError for an unknown name."""
        chosen = cls()
        for name in names:
            if name not in cls.names():
                raise ValueError(f"unknown tolerance {name!r} ({', '.join(cls.names())})")
            chosen = replace(chosen, **{name.replace("-", "_"): True})
        return chosen

    def enabled(self) -> tuple[str, ...]:
        """Command-line spellings of the flags that are on."""
        return tuple(f.name.replace("_", "-") for f in fields(self) if getattr(self, f.name))


@dataclass(frozen=True, slots=True)
class Tolerances(NamedFlags):
    """Deviations the SECC may make for a known peer. All off: the SECC follows ISO 15118-20 only."""

    #: Send a price schedule in every ScheduleExchangeRes (scheduled mode) even when the charger has no
    #: tariff to offer. -20 makes the price schedule optional; some EVCCs (the ``iso15118`` PyPI stack)
    #: reject a ScheduleTuple without one. The schedule sent is a PriceLevelSchedule with a single level
    #: (see :mod:`v2gstack.secc.states.schedule_exchange`): it claims no price.
    price_schedule_always: bool = False
    #: A DC_PreChargeReq whose EVTargetVoltage lies outside the charger's voltage range is answered
    #: FAILED_WrongChargeParameter by default. With this tolerance the SECC pre-charges instead to the
    #: EV's present (battery) voltage when that is in range, else to the nearest end of the range. The
    #: ``iso15118`` PyPI EVCC asks for 20 kV, above even its own EVMaximumVoltage (docs/interop.md Q13).
    precharge_target_clamped: bool = False

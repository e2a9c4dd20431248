"""Named tolerances: opt-in deviations from our default, standard-conforming behaviour for peers that
need them. Every tolerance is off by default; each one names the peer behaviour it works around.

See docs/interop.md for the peer quirks that motivate them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import ClassVar, Self


@dataclass(frozen=True, slots=True)
class NamedFlags:
    """Boolean dataclass fields named on the command line (``price-schedule-always``), all off by default.

    Base of :class:`Tolerances` and of the EVCC's :class:`~v2gstack.evcc.tolerances.EvccTolerances`.
    """

    #: Flags kept so that old callers and command lines still work, which no longer change anything:
    #: command-line spelling -> why. Accepted by :meth:`from_names`, left out of :meth:`enabled`.
    DEPRECATED: ClassVar[Mapping[str, str]] = {}

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
        """Command-line spellings of the flags that are on and change something (not :attr:`DEPRECATED`)."""
        return tuple(name for name in self._on() if name not in self.DEPRECATED)

    def ignored(self) -> tuple[str, ...]:
        """Command-line spellings of the :attr:`DEPRECATED` flags that are on (they do nothing)."""
        return tuple(name for name in self._on() if name in self.DEPRECATED)

    def _on(self) -> list[str]:
        return [f.name.replace("_", "-") for f in fields(self) if getattr(self, f.name)]


@dataclass(frozen=True, slots=True)
class Tolerances(NamedFlags):
    """Deviations the SECC may make for a known peer. All off: the SECC follows ISO 15118-20 only."""

    DEPRECATED: ClassVar[Mapping[str, str]] = {
        "price-schedule-always": "every scheduled-mode ChargingSchedule now carries a price schedule by "
                                 "default ([V2G20-2176]; without a tariff a PriceLevelSchedule with "
                                 "NumberOfPriceLevels 0, [V2G20-2166])",
    }

    #: Deprecated, does nothing (kept so that existing code and command lines still work). It used to add
    #: a price schedule to tariff-free scheduled offers for the ``iso15118`` PyPI EVCC (docs/interop.md Q6);
    #: -20 requires one in every ChargingSchedule ([V2G20-2176]), so the SECC now always sends it.
    price_schedule_always: bool = False
    #: A DC_PreChargeReq whose EVTargetVoltage lies outside the charger's voltage range is answered
    #: FAILED_WrongChargeParameter by default. With this tolerance the SECC pre-charges instead to the
    #: EV's present (battery) voltage when that is in range, else to the nearest end of the range. The
    #: ``iso15118`` PyPI EVCC asks for 20 kV, above even its own EVMaximumVoltage (docs/interop.md Q13).
    precharge_target_clamped: bool = False
    #: A Plug & Charge AuthorizationReq signed with ECDSA-SHA256 on a P-256 contract key (ISO 15118-2 style)
    #: is refused with FAILED_SignatureError by default: -20 signs with ECDSA-SHA512 on secp521r1 or Ed448
    #: ([V2G20-2473], [V2G20-2474]). With this tolerance :mod:`v2gstack.secc.contract` also admits that
    #: signature and P-256/ECDSA-SHA256 certificates in the contract chain (nothing else: no other curve,
    #: no RSA). The ``iso15118`` PyPI EVCC can sign with nothing else (docs/interop.md Q18).
    #: ``SeccServerConfig.contract_compat`` admits every algorithm and so includes this.
    p256_contract_signature: bool = False

"""Mobility needs of an EVCC session: the parameter set's MobilityNeedsMode, the EV's DepartureTime,
MinimumSOC and TargetSOC, and what it does with the values an SECC provides (MobilityNeedsMode 2)."""

from __future__ import annotations

from typing import Any

from v2gstack.evcc.base import SessionBase
from v2gstack.evcc.types import MobilityNeeds, MobilityNeedsMode
from v2gstack.secc.types import ControlMode


class MobilityNeedsSteps(SessionBase):
    """The choice of parameter set by MobilityNeedsMode, and the mobility needs in force."""

    _mobility: MobilityNeedsMode  # MobilityNeedsMode of the selected parameter set
    _departure_at: float | None  # an adopted SECC DepartureTime (None: the configured one)
    _departure_sent: int  # the DepartureTime the EV sent last
    _noted: set[tuple[str, object, str]]  # mobility-needs notes made (no repeats)

    def _init_mobility(self) -> None:
        """The state before ServiceDetail: MobilityNeedsMode 1, the configured DepartureTime."""
        self._mobility = MobilityNeedsMode.EVCC
        self._departure_at = None
        self._departure_sent = self.config.departure_time
        self._noted = set()

    def _choose_parameter_set(self, sets: Any) -> tuple[Any, MobilityNeedsMode] | None:
        """The first parameter set with the configured ControlMode and the preferred MobilityNeedsMode, else
        the first with that ControlMode and the other MobilityNeedsMode (an absent parameter counts as 1,
        an unknown value makes the set unusable). MobilityNeedsMode 2 goes only with ControlMode 2
        ([V2G20-2663]; Table 205: "Value 2 can be selected only if Dynamic ControlMode was selected")."""
        wanted = self.config.mode
        candidates: list[tuple[Any, MobilityNeedsMode]] = []
        for pset in sets:
            values = {p.name: p.int_value for p in pset.parameter}
            if values.get("ControlMode") != wanted.value:
                continue
            raw = values.get("MobilityNeedsMode")
            try:
                mobility = MobilityNeedsMode.EVCC if raw is None else MobilityNeedsMode(raw)
            except ValueError:
                continue
            if mobility is MobilityNeedsMode.SECC and wanted is not ControlMode.DYNAMIC:
                continue
            candidates.append((pset, mobility))
        preferred = [c for c in candidates if c[1] is self.config.mobility_needs]
        ordered = preferred or candidates
        return ordered[0] if ordered else None

    def _remaining(self, now: float) -> int:
        """The DepartureTime in force now: the configured one, or what is left of an adopted SECC one (> 0,
        [V2G20-2103])."""
        if self._departure_at is None:
            return self.config.departure_time
        return max(1, round(self._departure_at - now))

    def _departure(self, now: float) -> int:
        """The DepartureTime of a request sent now (remembered as the one sent last)."""
        self._departure_sent = self._remaining(now)
        return self._departure_sent

    def _needs_in_force(self) -> MobilityNeeds:
        return MobilityNeeds(self._departure_sent, round(self.ev.min_soc), round(self.ev.target_soc))

    def _loop_needs(self, now: float) -> MobilityNeeds | None:
        """MobilityNeedsMode 2, dynamic mode: the needs every ChargeLoopReq carries."""
        if self._mobility is not MobilityNeedsMode.SECC or self.config.mode is not ControlMode.DYNAMIC:
            return None
        self._departure(now)
        return self._needs_in_force()

    def _note_needs(self, where: str, field: str, value: object, verdict: str) -> None:
        key = (field, value, verdict)
        if key not in self._noted:
            self._noted.add(key)
            unit = " s" if field == "DepartureTime" else " %"
            self.result.mobility_updates.append(f"{where}: {field} {value}{unit} {verdict}")

    def _secc_needs(self, element: Any, where: str, now: float) -> None:
        """DepartureTime, MinimumSOC, TargetSOC in Dynamic_SEResControlMode or a Dynamic ChargeLoopRes.
        With MobilityNeedsMode 2 the EV adopts them ([V2G20-1648], [V2G20-1292], [V2G20-2668]) and sends them
        in the next ChargeLoopReq, or, when it cannot (``accept_secc_needs`` False, MinimumSOC above TargetSOC
        ([V2G20-1640]), DepartureTime 0 ([V2G20-2103])), keeps sending its own ([V2G20-1649], [V2G20-1294],
        [V2G20-2669]). A DepartureTime counts from the response's arrival: the SECC's clock is not the EV's.
        With MobilityNeedsMode 1 the values are not for this EV (Table 109) and are ignored."""
        given = MobilityNeeds(getattr(element, "departure_time", None), getattr(element, "minimum_soc", None),
                              getattr(element, "target_soc", None))
        if given == MobilityNeeds():
            return
        if self._mobility is not MobilityNeedsMode.SECC:
            for field, value in (("DepartureTime", given.departure_time), ("MinimumSOC", given.minimum_soc),
                                 ("TargetSOC", given.target_soc)):
                if value is not None:
                    self._note_needs(where, field, value, "ignored (MobilityNeedsMode 1)")
            return
        self.result.secc_needs = given
        ev = self.ev
        refusal = None if self.config.accept_secc_needs else "refused (the EV cannot accept it)"
        minimum = given.minimum_soc if given.minimum_soc is not None else round(ev.min_soc)
        target = given.target_soc if given.target_soc is not None else round(ev.target_soc)
        if refusal is None and minimum > target:
            refusal = f"refused (MinimumSOC {minimum} % above TargetSOC {target} %, [V2G20-1640])"
        for field, value, current in (("MinimumSOC", given.minimum_soc, round(ev.min_soc)),
                                      ("TargetSOC", given.target_soc, round(ev.target_soc))):
            if value is not None and value != current:
                self._note_needs(where, field, value, refusal or f"adopted (was {current} %)")
        if refusal is None:
            if given.minimum_soc is not None:
                ev.min_soc = float(given.minimum_soc)
            if given.target_soc is not None:
                ev.target_soc = float(given.target_soc)
        departure = given.departure_time
        if departure is None:
            return
        if not self.config.accept_secc_needs:
            if departure != self._remaining(now):
                self._note_needs(where, "DepartureTime", departure, "refused (the EV cannot accept it)")
        elif departure <= 0:
            self._note_needs(where, "DepartureTime", departure, "refused (not larger than 0, [V2G20-2103])")
        else:
            was = self._remaining(now)
            if abs(departure - was) >= 1:
                self._note_needs(where, "DepartureTime", departure, f"adopted (was {was} s)")
            self._departure_at = now + departure

"""What the parts of an EVCC session share: the state every step reads and the helpers it calls.

:class:`~v2gstack.evcc.session.EvccSession` is put together from one mixin per concern, as the SECC has one
module per state: ``authorization.py`` (AuthorizationSetup, certificate installation, EIM or Plug & Charge
Authorization), ``mobility.py`` (the parameter set's MobilityNeedsMode and the needs in force),
``prices.py`` (ServiceDetail ``Pricing`` and the price schedules received) and ``dc.py`` (cable check,
pre-charge, welding detection). Each subclasses :class:`SessionBase`; ``session.py`` keeps the sequence and
implements the abstract helpers.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from v2gstack.evcc import requests as q
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.types import EvccConfig, EvccResult, Request, Stage


class SessionBase(ABC):
    """The state and helpers the parts of an EVCC session share (see the module docstring)."""

    config: EvccConfig
    ev: SimulatedEV
    result: EvccResult
    #: Which response the session waits for (None: ended or not started).
    stage: Stage | None
    session_id: bytes
    _wall_offset: float  # wall-clock time minus the session's clock
    _ongoing_since: float | None  # start of the Ongoing loop under way

    def _hdr(self, now: float) -> Any:
        return q.header(self.session_id, now + self._wall_offset)

    def _ongoing(self, now: float) -> bool:
        """Start or continue an Ongoing loop; False when it has lasted too long."""
        if self._ongoing_since is None:
            self._ongoing_since = now
        return now - self._ongoing_since <= self.config.timing.ongoing

    @abstractmethod
    def _send(self, stage: Stage, message: Any, now: float) -> Request:
        """``message`` as the next request; the session then waits in ``stage``."""

    @abstractmethod
    def _finish(self, now: float, completed: bool, reason: str) -> Request | None:
        """End the session; returns None (no next request)."""

    @abstractmethod
    def _session_stop(self, now: float, why: str, *, completed: bool = True) -> Request:
        """SessionStopReq; the session ends with ``why`` once it is answered."""

    @abstractmethod
    def _power_delivery(self, now: float, stage: Stage) -> Request:
        """PowerDeliveryReq for ``stage`` (Start, Stop, ScheduleRenegotiation)."""

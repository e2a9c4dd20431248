"""Thin asyncio adapters: a raw socket, a timer and a sans-I/O SLAC core.

The SECC starts SLAC for a charge port with :class:`EvseSlacService` and reads results from its
event queue::

    service = EvseSlacService("eth1", EvseConfig(evse_mac=...))   # evse_mac: from the interface
    service.start()
    service.set_cp_state(CpState.B)
    event = await service.wait_final()       # SlacMatched or SlacFailed/SlacNotStarted
    lost = await service.wait_link_lost()    # after SlacMatched: the link ended, stop the session
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from typing import Protocol

from v2gstack.slac.ev import EvConfig, EvSlac
from v2gstack.slac.events import (
    CpRequest,
    CpState,
    SlacEvent,
    SlacFailed,
    SlacLinkLost,
    SlacMatched,
    SlacNotStarted,
    Step,
)
from v2gstack.slac.evse import EvseConfig, EvseSlac
from v2gstack.slac.modem import QcaModem
from v2gstack.slac.simmodem import SimulatedModem
from v2gstack.slac.transport import RawSocketTransport

MAX_QUEUED_EVENTS = 1000


class _Core(Protocol):
    def receive(self, data: bytes, now: float) -> Step: ...
    def handle_timeout(self, now: float) -> Step: ...
    def next_deadline(self) -> float | None: ...


class _Driver:
    """Feeds frames and timer expiries into a core, sends what it returns, queues its events."""

    def __init__(self, core: _Core, transport: RawSocketTransport) -> None:
        self.core = core
        self.transport = transport
        self.events: asyncio.Queue[SlacEvent] = asyncio.Queue(MAX_QUEUED_EVENTS)
        self.taps: list[Callable[[bytes], None]] = []
        """Extra consumers of received frames (a modem waiting for confirmations)."""
        self.local: Callable[[bytes], list[bytes]] | None = None
        """In-process peer (a simulated modem) that also sees our outgoing frames."""
        self.on_cp: Callable[[CpState], None] | None = None
        """The EV's control-pilot driver: carries out :class:`CpRequest` outputs (BCB toggles)."""
        self._timer: asyncio.TimerHandle | None = None
        self._loop = asyncio.get_running_loop()

    def now(self) -> float:
        return self._loop.time()

    def start(self) -> None:
        self.transport.start(self.on_frame)

    def on_frame(self, data: bytes) -> None:
        for tap in self.taps:
            tap(data)
        if self.local is not None:
            self._send_all(self.local(data), to_core=True)
        self.apply(self.core.receive(data, self.now()))

    def apply(self, step: Step) -> None:
        self._send_all(step.frames, to_core=False)
        for event in step.events:
            if isinstance(event, CpRequest) and self.on_cp is not None:
                self.on_cp(event.state)
            if self.events.full():
                self.events.get_nowait()  # drop the oldest: progress events must not grow memory
            self.events.put_nowait(event)
        self._arm(self.core.next_deadline())

    def _send_all(self, frames: list[bytes], to_core: bool) -> None:
        for frame in frames:
            if to_core:  # from the in-process modem: to our core and to the wire
                self.apply(self.core.receive(frame, self.now()))
                self.transport.send(frame)
                continue
            self.transport.send(frame)
            if self.local is not None:
                self._send_all(self.local(frame), to_core=True)

    def _arm(self, deadline: float | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if deadline is not None:
            self._timer = self._loop.call_at(deadline, self._fire)

    def _fire(self) -> None:
        self._timer = None
        self.apply(self.core.handle_timeout(self.now()))

    def close(self) -> None:
        self._arm(None)
        self.transport.close()


class EvseSlacService:
    """EVSE SLAC on one interface. ``config.evse_mac`` defaults to the interface's MAC."""

    def __init__(self, iface: str, config: EvseConfig | None = None) -> None:
        self.transport = RawSocketTransport(iface)
        base = config or EvseConfig(evse_mac=self.transport.mac)
        self.config = dataclasses.replace(base, evse_mac=base.evse_mac or self.transport.mac)
        self.core = EvseSlac(self.config)
        self._driver = _Driver(self.core, self.transport)
        self.modem = QcaModem(self.transport.send, self.config.evse_mac, self.config.modem_mac)
        self._driver.taps.append(self.modem.feed)

    @property
    def events(self) -> asyncio.Queue[SlacEvent]:
        return self._driver.events

    def start(self) -> None:
        self._driver.start()

    def set_cp_state(self, state: CpState) -> None:
        self._driver.apply(self.core.set_cp_state(state, self._driver.now()))

    async def wait_final(self) -> SlacMatched | SlacFailed | SlacNotStarted:
        """The next matching result; progress and link events before it are skipped."""
        while True:
            event = await self.events.get()
            if isinstance(event, (SlacMatched, SlacFailed, SlacNotStarted)):
                return event

    async def wait_link_lost(self) -> SlacLinkLost:
        """The next end of a matched link (skipping every other event): the SECC stops its session."""
        while True:
            event = await self.events.get()
            if isinstance(event, SlacLinkLost):
                return event

    def terminate(self) -> None:
        """D-LINK_TERMINATE.request: the SECC is done; leave the EV's logical network."""
        self._driver.apply(self.core.terminate(self._driver.now()))

    def close(self) -> None:
        self._driver.close()


class EvSlacService:
    """EV SLAC on one interface; ``simulated_modem`` stands in for the charger's modem.

    ``cp_driver`` switches the EV's S2 (state C or B) for the BCB toggles of validation.
    """

    def __init__(self, iface: str, config: EvConfig | None = None,
                 simulated_modem: SimulatedModem | None = None, use_validate: bool = False,
                 cp_driver: Callable[[CpState], None] | None = None) -> None:
        extra = [simulated_modem.modem_mac] if simulated_modem else []
        self.transport = RawSocketTransport(iface, extra_macs=extra)
        self.config = config or EvConfig(ev_mac=self.transport.mac, use_validate=use_validate)
        self.core = EvSlac(self.config)
        self._driver = _Driver(self.core, self.transport)
        if simulated_modem is not None:
            self._driver.local = simulated_modem.receive
        self._driver.on_cp = cp_driver

    @property
    def events(self) -> asyncio.Queue[SlacEvent]:
        return self._driver.events

    def start(self) -> None:
        self._driver.start()
        self._driver.apply(self.core.start(self._driver.now()))

    def close(self) -> None:
        self._driver.close()

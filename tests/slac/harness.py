"""An in-memory "powerline" joining sans-I/O SLAC cores and simulated modems, on a fake clock."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from v2gstack.slac.codec import parse_frame
from v2gstack.slac.events import CpRequest, SlacEvent, Step
from v2gstack.slac.simmodem import SimulatedModem


class Core(Protocol):
    def receive(self, data: bytes, now: float) -> Step: ...
    def handle_timeout(self, now: float) -> Step: ...
    def next_deadline(self) -> float | None: ...


@dataclass
class Node:
    name: str
    core: Core
    events: list[SlacEvent] = field(default_factory=list)


class Bus:
    """Every frame reaches every other node and every modem; ``drop`` filters frames by name.

    ``cp_wires`` maps an EV node to the EVSE node whose control pilot it drives: the EV's
    :class:`CpRequest` outputs (BCB toggles) become that EVSE's ``set_cp_state`` inputs.
    """

    def __init__(self, nodes: list[Node], modems: list[SimulatedModem],
                 drop: Callable[[str, bytes], bool] | None = None,
                 cp_wires: dict[str, str] | None = None) -> None:
        self.nodes = nodes
        self.cp_wires = cp_wires or {}
        self.cp_log: list[tuple[float, str, str]] = []
        self.modems = modems
        self.drop = drop or (lambda name, raw: False)
        self.now = 0.0
        self.log: list[tuple[float, str, str]] = []
        self._queue: deque[tuple[object, bytes]] = deque()

    def node(self, name: str) -> Node:
        return next(n for n in self.nodes if n.name == name)

    def apply(self, node: Node, step: Step) -> None:
        node.events.extend(step.events)
        for raw in step.frames:
            self._queue.append((node, raw))
        for event in step.events:
            if isinstance(event, CpRequest):
                self.cp_log.append((self.now, node.name, event.state.value))
                if node.name in self.cp_wires:
                    evse = self.node(self.cp_wires[node.name])
                    self.apply(evse, evse.core.set_cp_state(event.state, self.now))  # type: ignore[attr-defined]

    def _deliver(self) -> None:
        while self._queue:
            sender, raw = self._queue.popleft()
            name = parse_frame(raw).name
            self.log.append((self.now, getattr(sender, "name", "modem"), name))
            if self.drop(name, raw):
                continue
            for node in self.nodes:
                if node is not sender:
                    self.apply(node, node.core.receive(raw, self.now))
            for modem in self.modems:
                if modem is not sender:
                    for out in modem.receive(raw):
                        self._queue.append((modem, out))

    def run(self, until: float) -> None:
        """Deliver frames and fire deadlines in time order up to ``until``."""
        self._deliver()
        while True:
            deadlines = [d for n in self.nodes if (d := n.core.next_deadline()) is not None]
            if not deadlines or min(deadlines) > until:
                break
            self.now = max(self.now, min(deadlines))
            for node in self.nodes:
                d = node.core.next_deadline()
                if d is not None and d <= self.now:
                    self.apply(node, node.core.handle_timeout(self.now))
            self._deliver()
        self.now = max(self.now, until)

    def sent(self, name: str, sender: str | None = None) -> list[float]:
        return [t for t, who, n in self.log if n == name and (sender is None or who == sender)]

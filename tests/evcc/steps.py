"""Step the pure EVCC core against the SECC engine (simulated charger, fake clock) up to a chosen request,
so a test can answer from there on with responses of its own."""

from __future__ import annotations

from typing import Any

from tests.secc.driver import run_now
from v2gstack import exi
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig, EvccSession, Request
from v2gstack.secc.events import CallFirmware, SendResponse
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE


def roundtrip(message: Any, namespace: str) -> Any:
    """``message`` as the other side decodes it."""
    return exi.decode(exi.encode(message), namespace)


def drive_to(config: EvccConfig, request_name: str,
             ev: SimulatedEV | None = None) -> tuple[EvccSession, Request]:
    """The EVCC core and its first request named ``request_name`` (not yet answered), at time 0."""
    now = 0.0
    evse = SimulatedEVSE(clock=lambda: now)
    engine = SeccSession(evse.capabilities(), now)
    core = EvccSession(config, ev or SimulatedEV(), now)
    request: Request | None = core.start(now)
    while request is not None and request.name != request_name:
        decoded = roundtrip(request.message, request.namespace)
        actions = list(engine.receive(decoded, request.payload_type, now))
        response = None
        while actions:
            action = actions.pop(0)
            if isinstance(action, CallFirmware):
                result = run_now(getattr(evse, action.method)(*action.args))
                actions += engine.firmware_result(action.call_id, result, now)
            elif isinstance(action, SendResponse):
                response = roundtrip(action.message, action.namespace)
        assert response is not None, request.name
        request = core.receive(response, now)
    assert request is not None, core.result.reason
    return core, request

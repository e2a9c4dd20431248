"""Run an EVCC session against the SECC engine in memory: no sockets, a clock of the caller's choice.

Every message still goes through ``exi.encode``/``exi.decode``, so the pair is exercised exactly as on
the wire minus V2GTP framing. Used by the tests (with a fake clock) and the SECC processing benchmark.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from v2gstack import exi
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig, EvccResult, EvccSession, Request
from v2gstack.secc.controller import EVSEController
from v2gstack.secc.events import CallFirmware, CloseConnection, SendResponse, StopPower
from v2gstack.secc.session import SeccSession
from v2gstack.secc.timing import Timing


@dataclass
class Exchange:
    """One request/response pair as seen in memory."""

    request: str
    response: str
    secc_seconds: float  # decode + engine + firmware + encode on the SECC side (by ``perf``)


@dataclass
class InMemoryRun:
    result: EvccResult
    secc: SeccSession
    exchanges: list[Exchange] = field(default_factory=list)


async def _serve(secc: SeccSession, evse: EVSEController, actions: list[Any], now: float) -> Any:
    """Carry out the engine's actions; return the response it asked to send (or None)."""
    response = None
    while actions:
        action = actions.pop(0)
        if isinstance(action, CallFirmware):
            try:
                value = await getattr(evse, action.method)(*action.args)
                actions += secc.firmware_result(action.call_id, value, now)
            except Exception as exc:  # firmware errors go back into the engine, as in the server
                actions += secc.firmware_result(action.call_id, exc, now, failed=True)
        elif isinstance(action, SendResponse):
            response = action
        elif isinstance(action, StopPower):
            await evse.stop_power(secc.ctx.info, action.reason)
        elif isinstance(action, CloseConnection):
            pass
    return response


async def run_in_memory(
    config: EvccConfig,
    ev: SimulatedEV,
    evse: EVSEController,
    clock: Callable[[], float],
    *,
    advance: Callable[[], None] | None = None,
    perf: Callable[[], float] | None = None,
    secc: SeccSession | None = None,
    timing: Timing | None = None,
    on_cycle: Callable[[SeccSession, int], None] | None = None,
    max_messages: int = 10_000,
    decode_requests: bool = True,
    alter_response: Callable[[Any], None] | None = None,
) -> InMemoryRun:
    """Drive ``EvccSession`` against a ``SeccSession`` until the EVCC is done.

    ``advance`` is called after each exchange (a fake clock steps forward); ``perf`` times the SECC's
    share of each exchange; ``secc`` lets a test resume a paused session on the same paused table;
    ``on_cycle(engine, index)`` runs before each charge-loop request (e.g. a charger-side stop).
    ``decode_requests=False`` hands the SECC the EVCC's request objects (with their encoded EXI as the raw
    bytes) instead of decoding that EXI: for requests the codec writes but cannot read back yet.
    ``alter_response(message)`` may change each SECC response before it is encoded (a test SECC that says
    what ours does not, e.g. another SECC's parameter sets or mobility needs).
    """
    now = clock()
    engine = secc or SeccSession(evse.capabilities(), now, timing=timing)
    evcc = EvccSession(config, ev, now)
    run = InMemoryRun(result=evcc.result, secc=engine)
    if on_cycle is not None:
        hook = on_cycle
        evcc.on_cycle = lambda index: hook(engine, index)
    request: Request | None = evcc.start(now)
    sent = 0
    while request is not None and sent < max_messages:
        sent += 1
        try:
            data = exi.encode(request.message)
            now = clock()
            t0 = perf() if perf else 0.0
            decoded = exi.decode(data, request.namespace) if decode_requests else request.message
            actions = engine.receive(decoded, request.payload_type, now, raw=data)
            out = await _serve(engine, evse, actions, now)
            if out is not None and alter_response is not None:
                alter_response(out.message)
            wire = exi.encode(out.message) if out is not None else None
            spent = (perf() - t0) if perf else 0.0
            if advance is not None:
                advance()
            now = clock()
            if wire is None or out is None:
                evcc.connection_lost(now, "SECC sent no response")
                break
            response = exi.decode(wire, out.namespace)
        except exi.ExiError as exc:
            evcc.connection_lost(clock(), f"EXI error: {exc}")
            break
        run.exchanges.append(Exchange(request.name, type(response).__name__, spent))
        request = evcc.receive(response, now)
    if not evcc.ended:
        evcc.connection_lost(clock(), "message limit reached")
    run.result = evcc.result
    return run

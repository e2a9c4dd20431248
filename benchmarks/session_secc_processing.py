"""SECC processing time per request, in process: EXI decode + session engine + firmware + EXI encode.

The EVCC core drives the SECC engine in memory (v2gstack.evcc.inmemory); for each request the clock
runs from the start of decoding the request's EXI bytes to the end of encoding the response, and so
covers the state machine and the (simulated, instantaneous) firmware calls, but no sockets, V2GTP
framing or TLS. Codecs are warmed up by one untimed session first. ``--clock wall`` (default) is
time.perf_counter; ``--clock cpu`` is this thread's CPU time (time.thread_time), which leaves out
time the scheduler gave to other processes (use it on a loaded machine and say so).

    python benchmarks/session_secc_processing.py [--sessions 100] [--cycles 20] [--service dc-bpt]
        [--mode dynamic] [--clock wall|cpu]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session_common import pct, summary_ms


async def _run(args: argparse.Namespace) -> int:
    from v2gstack.evcc.ev import SimulatedEV
    from v2gstack.evcc.inmemory import Exchange, run_in_memory
    from v2gstack.evcc.session import EvccConfig
    from v2gstack.secc.simulator import SimulatedEVSE
    from v2gstack.secc.types import ControlMode, EnergyService

    config = EvccConfig(service=EnergyService.parse(args.service), mode=ControlMode.parse(args.mode),
                        cycles=args.cycles)
    evse = SimulatedEVSE()
    await run_in_memory(config, SimulatedEV(), evse, time.monotonic)  # warm-up
    exchanges: list[Exchange] = []
    failed = 0
    gc.collect()
    perf = time.thread_time if args.clock == "cpu" else time.perf_counter
    for _ in range(args.sessions):
        run = await run_in_memory(config, SimulatedEV(), evse, time.monotonic, perf=perf)
        failed += not run.result.completed
        exchanges += run.exchanges
    per_type: dict[str, list[float]] = {}
    for x in exchanges:
        per_type.setdefault(x.request, []).append(x.secc_seconds)
    print(f"{config.service.name} {config.mode.name.lower()}, {args.cycles} loops, {args.sessions} sessions, "
          f"failed {failed}, clock {args.clock}")
    print("all requests ", summary_ms([x.secc_seconds for x in exchanges]))
    for name, samples in sorted(per_type.items(), key=lambda kv: -pct(kv[1], 0.99)):
        print(f"  {name:<32} n={len(samples):<5} p50 {pct(samples, 0.5) * 1e3:.3f} ms  "
              f"p99 {pct(samples, 0.99) * 1e3:.3f} ms")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--service", default="dc-bpt")
    parser.add_argument("--mode", default="dynamic")
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    return asyncio.run(_run(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())

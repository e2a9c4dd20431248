"""Many EVs at once against one SECC process: per-message response time and failed sessions.

The SECC (SeccServer + SimulatedEVSE, no log) runs in its own process; this process runs ``--sessions``
EVCC sessions concurrently on one event loop (SDP, TLS 1.3 with the secp521r1 test PKI, DC_BPT
dynamic, ``--cycles`` loops, pacing off). Response time is what each EVCC measures from writing a
request to reading its response, so it includes the client loop's own queueing. Warm-up: one
session first (codec imports in both processes).

``--ramp S`` spreads the session starts evenly over S seconds (EVs do not all plug in within the same
millisecond; with 0 all 100 TLS handshakes hit the SECC at once).

    python benchmarks/session_concurrent.py [--sessions 100] [--cycles 20] [--no-tls] [--pacing 0]
        [--ramp 0] [--inline-handshakes]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session_common import SeccProcess, pct, summary_ms


async def _main(args: argparse.Namespace, secc: SeccProcess, pki: str | None) -> int:
    from v2gstack.errors import V2GStackError
    from v2gstack.evcc.client import ClientConfig, SessionReport, run_evcc
    from v2gstack.evcc.ev import SimulatedEV
    from v2gstack.evcc.session import EvccConfig
    from v2gstack.secc.types import ControlMode, EnergyService
    from v2gstack.security.tls import client_context

    tls = client_context(pki) if pki else None

    async def one(i: int) -> SessionReport | str:
        if i > 0 and args.ramp > 0:
            await asyncio.sleep(args.ramp * i / args.sessions)
        session = EvccConfig(service=EnergyService.DC_BPT, mode=ControlMode.DYNAMIC, cycles=args.cycles,
                             evcc_id=f"WMIV2GSTACK{i:07d}")
        config = ClientConfig(host="::1", sdp_port=secc.sdp_port, tls=tls, pacing=args.pacing,
                              handshake_threads=not args.inline_handshakes,
                              session=session)
        try:
            return await run_evcc(config, SimulatedEV())
        except (V2GStackError, OSError) as exc:
            return repr(exc)

    await one(-1)
    await asyncio.sleep(0.1)  # the warm-up session's close delay
    secc.start_measuring()
    await asyncio.sleep(0.02)
    cpu0 = time.process_time()
    started = time.perf_counter()
    outcomes = await asyncio.gather(*(one(i) for i in range(args.sessions)))
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    reports = [o for o in outcomes if not isinstance(o, str)]
    failures = [o if isinstance(o, str) else o.result.reason for o in outcomes
                if isinstance(o, str) or not o.result.completed]
    latencies = [x.latency for r in reports for x in r.exchanges]
    loops = [x.latency for r in reports for x in r.exchanges if x.request == "DC_ChargeLoopReq"]
    print(f"{args.sessions} concurrent sessions, DC_BPT dynamic, {args.cycles} loops, "
          f"{'TLS 1.3' if tls else 'TCP'}, pacing {args.pacing} s, starts over {args.ramp} s")
    print("all responses ", summary_ms(latencies))
    print("charge loop   ", summary_ms(loops))
    by_type: dict[str, list[float]] = {}
    for r in reports:
        for x in r.exchanges:
            by_type.setdefault(x.request, []).append(x.latency)
    worst = sorted(by_type, key=lambda k: pct(by_type[k], 0.99), reverse=True)[:3]
    print("slowest types ", ", ".join(f"{k} p99 {pct(by_type[k], 0.99) * 1e3:.1f} ms" for k in worst))
    print(f"wall time {wall:.2f} s, {len(latencies) / wall:.0f} messages/s; "
          f"p99 {pct(latencies, 0.99) * 1e3:.2f} ms")
    print(f"EVCC process CPU {cpu:.2f} s ({cpu / wall:.0%} of the wall time)")
    print(f"failed sessions: {len(failures)}")
    for reason in sorted(set(failures)):
        print(f"  {failures.count(reason)} x {reason}")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--pacing", type=float, default=0.0)
    parser.add_argument("--ramp", type=float, default=0.0)
    parser.add_argument("--no-tls", action="store_true")
    parser.add_argument("--inline-handshakes", action="store_true",
                        help="TLS handshakes on the event loop (both sides) instead of worker threads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as pki_dir:
        pki = None
        if not args.no_tls:
            from v2gstack.security.pki import KeyProfile, init_pki

            init_pki(pki_dir, KeyProfile.SECP521R1)
            pki = pki_dir
        secc = SeccProcess(pki, handshake_threads=not args.inline_handshakes)
        try:
            code = asyncio.run(_main(args, secc, pki))
        finally:
            completed, failed = secc.close()
        print(f"SECC counted {completed} completed, {failed} failed (warm-up included); "
              f"SECC process CPU {secc.cpu_seconds:.2f} s after the warm-up")
        return code


if __name__ == "__main__":
    sys.exit(main())

"""One full ISO 15118-20 session on loopback: DC_BPT, dynamic mode, TLS 1.3, 20 charge-loop cycles.

The SECC (SeccServer + SimulatedEVSE) runs in its own process; the EVCC here discovers it by SDP,
connects with TLS 1.3 (secp521r1 test PKI, mutual authentication) and runs the session with EV pacing
off. A warm-up session first loads the EXI codecs (a one-time cost of each process, excluded: see
benchmarks/exi_import.py); then ``--count`` sessions are timed, each split into SDP, TCP+TLS connect
and the V2G messages themselves.

``--in-process`` runs the SECC on the same event loop instead (one core, no process hop).

    python benchmarks/session_full.py [--count 30] [--cycles 20] [--no-tls] [--in-process]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _session_common import SeccProcess, summary_ms


async def _one(args: argparse.Namespace, sdp_port: int, tls: object) -> tuple[float, float, float, bool]:
    import ssl

    from v2gstack.evcc.client import ClientConfig, connect, discover, run_session
    from v2gstack.evcc.ev import SimulatedEV
    from v2gstack.evcc.session import EvccConfig
    from v2gstack.secc.types import ControlMode, EnergyService

    session = EvccConfig(service=EnergyService.DC_BPT, mode=ControlMode.DYNAMIC, cycles=args.cycles)
    config = ClientConfig(host="::1", sdp_port=sdp_port, tls=tls if isinstance(tls, ssl.SSLContext) else None,
                          session=session)
    t0 = time.perf_counter()
    secc = await discover(config)
    t1 = time.perf_counter()
    connection = await connect(secc, config.tls)
    t2 = time.perf_counter()
    report = await run_session(connection, session, SimulatedEV())
    t3 = time.perf_counter()
    await connection.close()
    return t1 - t0, t2 - t1, t3 - t2, report.result.completed


async def _main(args: argparse.Namespace, sdp_port: int, pki: str | None) -> int:
    from v2gstack.security.tls import client_context

    tls = client_context(pki) if pki else None
    await _one(args, sdp_port, tls)  # warm-up: codec imports
    rows = [await _one(args, sdp_port, tls) for _ in range(args.count)]
    failed = sum(not ok for *_, ok in rows)
    print(f"DC_BPT dynamic, {args.cycles} loops, {'TLS 1.3' if tls else 'TCP'}, pacing off, "
          f"{args.count} sessions")
    print("total     ", summary_ms([a + b + c for a, b, c, _ in rows]))
    print("  SDP     ", summary_ms([a for a, _, _, _ in rows]))
    print("  connect ", summary_ms([b for _, b, _, _ in rows]))
    print("  messages", summary_ms([c for _, _, c, _ in rows]))
    print(f"failed: {failed}")
    return 1 if failed else 0


async def _in_process(args: argparse.Namespace, pki: str | None) -> int:
    from v2gstack.secc.server import SeccServer, SeccServerConfig
    from v2gstack.secc.simulator import SimulatedEVSE
    from v2gstack.security.tls import server_context

    tls = server_context(pki) if pki else None
    server = await SeccServer.start(SimulatedEVSE(), SeccServerConfig(host="::1", sdp_port=0, tls=tls))
    try:
        return await _main(args, server.sdp_port, pki)
    finally:
        while server.stats.active:
            await asyncio.sleep(0.01)
        await server.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--no-tls", action="store_true")
    parser.add_argument("--in-process", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as pki_dir:
        pki = None
        if not args.no_tls:
            from v2gstack.security.pki import KeyProfile, init_pki

            init_pki(pki_dir, KeyProfile.SECP521R1)
            pki = pki_dir
        if args.in_process:
            return asyncio.run(_in_process(args, pki))
        secc = SeccProcess(pki)
        try:
            code = asyncio.run(_main(args, secc.sdp_port, pki))
        finally:
            completed, failed = secc.close()
        print(f"SECC counted {completed} completed, {failed} failed (warm-up included)")
        return code


if __name__ == "__main__":
    sys.exit(main())

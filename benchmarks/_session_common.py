"""Helpers shared by the session benchmarks: a SECC server process and percentiles."""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.synchronize
import statistics
import time
from collections.abc import Sequence


def pct(samples: Sequence[float], q: float) -> float:
    """Nearest-rank quantile ``q`` (0..1)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, int(q * len(ordered) + 0.999999) - 1))]


def summary_ms(samples: Sequence[float]) -> str:
    return (f"n={len(samples)} p50 {pct(samples, 0.5) * 1e3:.2f} ms  p99 {pct(samples, 0.99) * 1e3:.2f} ms  "
            f"mean {statistics.fmean(samples) * 1e3:.2f} ms  max {max(samples) * 1e3:.2f} ms")


def _serve(pki_dir: str | None, ports: multiprocessing.Queue[tuple[float, ...]],
           stop: multiprocessing.synchronize.Event, mark: multiprocessing.synchronize.Event,
           handshake_threads: bool = True) -> None:
    from v2gstack.secc.server import SeccServer, SeccServerConfig
    from v2gstack.secc.simulator import SimulatedEVSE
    from v2gstack.security.tls import server_context

    async def main() -> None:
        tls = server_context(pki_dir) if pki_dir else None
        config = SeccServerConfig(host="::1", sdp_port=0, tls=tls, handshake_threads=handshake_threads,
                                  max_sessions=1024)
        server = await SeccServer.start(SimulatedEVSE(), config)
        ports.put((server.sdp_port, server.tcp_port))
        base = 0.0
        while not stop.is_set():
            if mark.is_set() and not base:
                base = time.process_time()
            await asyncio.sleep(0.005)
        for _ in range(200):  # sessions still in their post-SessionStop close delay
            if not server.stats.active:
                break
            await asyncio.sleep(0.01)
        ports.put((server.stats.completed, server.stats.failed, time.process_time() - base))
        await server.close()

    asyncio.run(main())


class SeccProcess:
    """A SeccServer with a SimulatedEVSE in its own process (no log), so it has a core of its own."""

    def __init__(self, pki_dir: str | None, handshake_threads: bool = True) -> None:
        self.ports: multiprocessing.Queue[tuple[float, ...]] = multiprocessing.Queue()
        self.stop = multiprocessing.Event()
        self.mark = multiprocessing.Event()
        args = (pki_dir, self.ports, self.stop, self.mark, handshake_threads)
        self.proc = multiprocessing.Process(target=_serve, args=args, daemon=True)
        self.proc.start()
        sdp_port, tcp_port = self.ports.get(timeout=30)
        self.sdp_port, self.tcp_port = int(sdp_port), int(tcp_port)
        self.cpu_seconds = 0.0

    def start_measuring(self) -> None:
        """From now on count the SECC's CPU time (call after the warm-up)."""
        self.mark.set()

    def close(self) -> tuple[int, int]:
        """Stop it; returns the server's (completed, failed) session counts; ``cpu_seconds`` is the CPU
        time the SECC process used since :meth:`start_measuring` (or since it started)."""
        self.stop.set()
        completed, failed, self.cpu_seconds = self.ports.get(timeout=30)
        self.proc.join(10)
        return int(completed), int(failed)

"""TLS 1.3 mutual-authentication handshake latency on loopback, per PKI key profile.

The SECC (our strict server context) runs in its own process so that client and server do not
share one interpreter lock; the EVCC (our strict client context) connects ``--count`` times. One
sample spans TCP connect, the full handshake with both certificate chains verified, and the first
application byte the server sends once *it* has verified the vehicle certificate (in TLS 1.3 the
client finishes before the server has checked the client's certificate). No session resumption.

    python benchmarks/tls_handshake.py [--count 100] [--profile secp521r1 ed448] [--json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import socket
import ssl
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _serve(pki_dir: str, count: int, ready: multiprocessing.synchronize.Event, port_box: list[int]) -> None:
    from v2gstack.security.tls import server_context

    ctx = server_context(pki_dir)
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port_box.append(sock.getsockname()[1])
        ready.set()
        for _ in range(count + 1):  # one warm-up connection
            conn, _ = sock.accept()
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"!")
                tls.recv(1)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(profile: str, count: int) -> dict[str, float | int | str]:
    from v2gstack.security.pki import KeyProfile, init_pki
    from v2gstack.security.tls import client_context, negotiated

    with tempfile.TemporaryDirectory() as tmp:
        init_pki(tmp, KeyProfile(profile))
        manager = multiprocessing.Manager()
        port_box = manager.list()
        ready = multiprocessing.Event()
        server = multiprocessing.Process(target=_serve, args=(tmp, count, ready, port_box), daemon=True)
        server.start()
        try:
            if not ready.wait(30):
                raise RuntimeError("server did not start")
            port = port_box[0]
            client = client_context(tmp)
            samples: list[float] = []
            params = None
            for i in range(count + 1):
                start = time.perf_counter()
                with socket.create_connection(("127.0.0.1", port)) as raw:
                    raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    tls = client.wrap_socket(raw)
                    if tls.recv(1) != b"!":
                        raise RuntimeError("server did not answer")
                    elapsed = time.perf_counter() - start
                    params = negotiated(tls)
                    tls.sendall(b".")
                    tls.close()
                if i:  # drop the warm-up
                    samples.append(elapsed * 1000)
            server.join(30)
        finally:
            if server.is_alive():
                server.terminate()
            manager.shutdown()
    assert params is not None
    return {
        "profile": profile,
        "count": count,
        "median_ms": round(statistics.median(samples), 2),
        "p90_ms": round(_percentile(samples, 0.9), 2),
        "min_ms": round(min(samples), 2),
        "max_ms": round(max(samples), 2),
        "cipher": params.cipher or "",
        "group": params.group or "",
        "signature": params.peer_signature or "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="handshakes per profile (default 100)")
    parser.add_argument(
        "--profile", nargs="+", default=["secp521r1", "ed448"], choices=["secp521r1", "ed448"]
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be positive")
    results = [measure(p, args.count) for p in args.profile]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{platform.python_version()}, {ssl.OPENSSL_VERSION}, {multiprocessing.cpu_count()} cores")
    print("| PKI | handshakes | median ms | p90 ms | min ms | max ms | suite / group / signature |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['profile']} | {r['count']} | {r['median_ms']} | {r['p90_ms']} "
            f"| {r['min_ms']} | {r['max_ms']} "
            f"| {r['cipher']} / {r['group']} / {r['signature']} |"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())

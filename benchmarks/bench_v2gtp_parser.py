"""Throughput of the sans-I/O V2GTP parser for several chunk sizes.

Run: python benchmarks/bench_v2gtp_parser.py
"""

from __future__ import annotations

import time

from v2gstack.transport.v2gtp import V2GTPParser, encode_message


def run(payload_size: int, count: int, chunk: int) -> float:
    stream = b"".join(encode_message(0x8002, bytes([i % 256]) * payload_size) for i in range(count))
    parser = V2GTPParser()
    got = 0
    start = time.perf_counter()
    for i in range(0, len(stream), chunk):
        parser.feed(stream[i : i + chunk])
        while parser.next_message() is not None:
            got += 1
    elapsed = time.perf_counter() - start
    assert got == count
    return len(stream) / elapsed / 1e6


def main() -> None:
    print(f"{'payload':>8} {'msgs':>6} {'chunk':>6} {'MB/s':>8}")
    for payload_size, count in ((100, 20000), (4000, 2000), (60000, 100)):
        for chunk in (1460, 16384, 65536):
            print(f"{payload_size:>8} {count:>6} {chunk:>6} {run(payload_size, count, chunk):>8.1f}")


if __name__ == "__main__":
    main()

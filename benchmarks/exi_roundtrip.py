"""EXI encode+decode round trip: our codec (typed) against EXIficient through JPype (XML text).

    python benchmarks/exi_roundtrip.py [--iterations N] [--warmup N] [--split]

For each message: (a) ours, typed message -> bytes -> typed message (``exi.encode``/``exi.decode``);
(b) EXIficient, XML text -> bytes -> XML text (``encode_xml``/``decode_xml``). Every round trip is
timed on its own after a warm-up (the JVM's JIT needs tens of thousands of calls); the table gives the
median, p99 and mean in microseconds per round trip, and whether both codecs wrote the same bytes.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exi_messages import MESSAGES


def measure(round_trip: Callable[[], object], warmup: int, iterations: int) -> list[float]:
    """Microseconds of each of ``iterations`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        round_trip()
    gc.collect()
    clock = time.perf_counter_ns
    samples = []
    for _ in range(iterations):
        start = clock()
        round_trip()
        samples.append((clock() - start) / 1000)
    return samples


def summary(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * len(ordered)))]
    return statistics.median(ordered), p99, statistics.fmean(ordered)


def ours(namespace: str, xml: str) -> tuple[Callable[[], object], bytes] | str:
    """Our codec's round trip on the typed message parsed from ``xml``, or why it cannot run."""
    try:
        from v2gstack import exi

        codec: Any = exi
        message = codec.from_xml(xml)
        data: bytes = codec.encode(message)
        if codec.decode(data, namespace) != message:
            return "decode(encode(m)) != m"
    except Exception as exc:  # report, do not hide: a missing or failing codec is a result too
        return f"unavailable: {type(exc).__name__}: {exc}"
    encode, decode = codec.encode, codec.decode
    return (lambda: decode(encode(message), namespace)), data


def split_ours(namespace: str, xml: str) -> dict[str, Callable[[], object]]:
    """Our encode alone and our decode alone, for --split."""
    from v2gstack import exi

    codec: Any = exi
    message = codec.from_xml(xml)
    data = codec.encode(message)
    return {"  encode": lambda: codec.encode(message), "  decode": lambda: codec.decode(data, namespace)}


def exificient(namespace: str, xml: str) -> tuple[Callable[[], object], bytes] | str:
    """EXIficient's round trip on XML text, or why it cannot run."""
    try:
        from v2gstack.exi.exificient import get_backend

        backend = get_backend()
        data = backend.encode_xml(xml, namespace)
        backend.decode_xml(data, namespace)
    except Exception as exc:
        return f"unavailable: {type(exc).__name__}: {exc}"
    encode, decode = backend.encode_xml, backend.decode_xml
    return (lambda: decode(encode(xml, namespace), namespace)), data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=20000, help="timed round trips per codec")
    parser.add_argument("--warmup", type=int, default=20000, help="untimed round trips first")
    parser.add_argument("--split", action="store_true", help="also time our encode and decode alone")
    args = parser.parse_args(argv)

    print(f"python {sys.version.split()[0]}, {args.warmup} warm-up + {args.iterations} timed round trips")
    header = (f"{'message':40} {'codec':11} {'bytes':>5} {'median us':>10} {'p99 us':>9} {'mean us':>9}"
              "  same bytes")
    print(header)
    print("-" * len(header))
    for name, (namespace, xml) in MESSAGES.items():
        results: dict[str, bytes] = {}
        for label, setup in (("ours", ours), ("EXIficient", exificient)):
            prepared = setup(namespace, xml)
            if isinstance(prepared, str):
                print(f"{name:40} {label:11} {prepared}")
                continue
            round_trip, data = prepared
            results[label] = data
            median, p99, mean = summary(measure(round_trip, args.warmup, args.iterations))
            same = "" if len(results) < 2 else ("yes" if len(set(results.values())) == 1 else "NO")
            print(f"{name:40} {label:11} {len(data):5} {median:10.1f} {p99:9.1f} {mean:9.1f}  {same}")
            if args.split and label == "ours":
                for part, call in split_ours(namespace, xml).items():
                    median, p99, mean = summary(measure(call, args.warmup, args.iterations))
                    print(f"{'':40} {part:11} {'':5} {median:10.1f} {p99:9.1f} {mean:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

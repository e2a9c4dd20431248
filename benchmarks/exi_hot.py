"""Round trip, encode and decode times of the hot ISO 15118 messages, and A/B runs against another tree.

    python benchmarks/exi_hot.py [--repeats N] [--number N]
    python benchmarks/exi_hot.py --ab /tmp/exi_base [--rounds 5]

The first form times, in this process, ``exi.decode(exi.encode(m))`` (round trip), ``exi.encode(m)``
and ``exi.decode(data)`` for each message: ``--repeats`` batches of ``--number`` calls each, after one
untimed batch; it prints the median (and the minimum) of the batch means in microseconds per call.

The second form alternates fresh interpreters of this tree and of the tree at ``--ab`` (e.g. a
``git worktree`` of an older commit, imported through ``PYTHONPATH``; nothing is installed) for
``--rounds`` rounds, and prints the median of each tree's per-round medians, so both share whatever
else the machine is doing.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
VECTORS = HERE.parents[1] / "shared" / "vectors" / "exi_vectors.json"

#: name -> (namespace alias, vector id in ../shared/vectors, or None for benchmarks/exi_messages.py)
HOT: dict[str, tuple[str, str | None]] = {
    "DC_ChargeLoopReq (BPT dynamic, 87 B)": ("dc", None),
    "DC_ChargeLoopRes (BPT dynamic)": ("dc", "iso20dc-dc_chargeloopres_bptdynamic-wwcp-cbv2g-116a6c"),
    "AC_ChargeLoopReq (BPT dynamic)": ("ac", "iso20ac-ac_chargeloopreq_bptdynamic-wwcp-cbv2g-f2da52"),
    "AC_ChargeLoopRes (josev)": ("ac", "iso20ac-ac_chargeloopres-josev-4ebb3e"),
    "SessionSetupReq": ("cm", "iso20-sessionsetupreq-josev-b917dd"),
    "supportedAppProtocolReq": ("sap", "sap-supportedappprotocolreq-josev-7c2997"),
}


def streams() -> dict[str, tuple[str, bytes]]:
    from exi_messages import DC_CHARGE_LOOP_REQ_BPT_DYNAMIC

    from v2gstack import exi

    vectors = {v["id"]: v for v in json.loads(VECTORS.read_text())["vectors"]} if VECTORS.exists() else {}
    out = {}
    for name, (namespace, vid) in HOT.items():
        if vid is None:
            out[name] = (namespace, exi.encode(exi.from_xml(DC_CHARGE_LOOP_REQ_BPT_DYNAMIC)))
        elif vid in vectors:
            out[name] = (namespace, bytes.fromhex(vectors[vid]["hex"]))
    return out


def batch_means(call: Any, number: int, repeats: int) -> list[float]:
    clock = time.perf_counter_ns
    for _ in range(number):
        call()
    gc.collect()
    means = []
    for _ in range(repeats):
        start = clock()
        for _ in range(number):
            call()
        means.append((clock() - start) / number / 1000)
    return means


def measure(number: int, repeats: int) -> dict[str, dict[str, tuple[float, float]]]:
    from v2gstack import exi

    encode, decode = exi.encode, exi.decode
    results: dict[str, dict[str, tuple[float, float]]] = {}
    for name, (namespace, data) in streams().items():
        message = decode(data, namespace)
        if encode(message) != data:
            raise SystemExit(f"{name}: encode(decode(data)) != data")
        calls = {
            "round trip": functools.partial(lambda m, n: decode(encode(m), n), message, namespace),
            "encode": functools.partial(encode, message),
            "decode": functools.partial(decode, data, namespace),
        }
        results[name] = {}
        for part, call in calls.items():
            means = batch_means(call, number, repeats)
            results[name][part] = (statistics.median(means), min(means))
    return results


def ab(other: Path, rounds: int, number: int, repeats: int) -> int:
    trees = {"this": HERE.parent, "other": other.resolve()}
    runs: dict[str, list[dict[str, dict[str, list[float]]]]] = {k: [] for k in trees}
    loads = []
    for r in range(rounds):
        for label, tree in (trees.items() if r % 2 == 0 else reversed(trees.items())):
            env = dict(os.environ, PYTHONPATH=str(tree))
            out = subprocess.run([sys.executable, str(HERE / "exi_hot.py"), "--json", "--number", str(number),
                                  "--repeats", str(repeats)], env=env, cwd="/tmp", capture_output=True,
                                 text=True, check=True).stdout
            runs[label].append(json.loads(out))
        loads.append(os.getloadavg()[0])
    print(f"{rounds} alternating rounds; load average (1 min) after each: "
          + " ".join(f"{x:.2f}" for x in loads))
    print("us per call: median of the rounds' medians, and the minimum over all batches")
    print(f"{'message':40} {'part':11} {'this':>7} {'other':>7} {'ratio':>6}  "
          f"{'this min':>8} {'other min':>9}")
    for name in runs["this"][0]:
        for part in runs["this"][0][name]:
            med = [statistics.median(x[name][part][0] for x in runs[k]) for k in trees]
            low = [min(x[name][part][1] for x in runs[k]) for k in trees]
            print(f"{name:40} {part:11} {med[0]:7.2f} {med[1]:7.2f} {med[0] / med[1]:6.2f}  "
                  f"{low[0]:8.2f} {low[1]:9.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000, help="calls per timed batch")
    parser.add_argument("--repeats", type=int, default=7, help="timed batches")
    parser.add_argument("--ab", type=Path, help="another tree to alternate with (e.g. /tmp/exi_base)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ab is not None:
        return ab(args.ab, args.rounds, args.number, args.repeats)
    sys.path.insert(0, str(HERE))
    if not os.environ.get("PYTHONPATH"):
        sys.path.insert(0, str(HERE.parent))
    results = measure(args.number, args.repeats)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"python {sys.version.split()[0]}, {args.repeats} batches of {args.number} calls; us per call")
    print(f"{'message':40} {'part':11} {'median':>7} {'min':>7}")
    for name, parts in results.items():
        for part, (median, low) in parts.items():
            print(f"{name:40} {part:11} {median:7.2f} {low:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

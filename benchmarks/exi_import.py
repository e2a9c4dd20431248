"""Cold start of our EXI codec: ``import v2gstack.exi`` plus a first decode, in fresh processes.

    python benchmarks/exi_import.py [--runs N]

Each run starts a new interpreter that times, with ``time.perf_counter``, the import of
``v2gstack.exi`` and the first ``exi.decode`` of a DC_ChargeLoopReq (BPT dynamic). The interpreter's
own start-up is not included; it is printed separately (``python -c pass``) for scale.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO))

from exi_messages import DC_CHARGE_LOOP_REQ_BPT_DYNAMIC  # noqa: E402

from v2gstack.exi import namespaces  # noqa: E402

_CHILD = """
import sys, time
start = time.perf_counter()
import v2gstack.exi as exi
imported = time.perf_counter()
exi.decode(bytes.fromhex(sys.argv[1]), sys.argv[2])
decoded = time.perf_counter()
print((imported - start) * 1000, (decoded - start) * 1000)
"""


def _stream() -> bytes:
    """The EXI stream to decode, made by our encoder in this (parent) process."""
    from v2gstack import exi

    data: bytes = exi.encode(exi.from_xml(DC_CHARGE_LOOP_REQ_BPT_DYNAMIC))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    hex_stream = _stream().hex()
    imports, totals, bare = [], [], []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", _CHILD, hex_stream, namespaces.ISO20_DC], cwd=REPO,
                              capture_output=True, text=True, check=True)
        imported, total = (float(x) for x in done.stdout.split())
        imports.append(imported)
        totals.append(total)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append((time.perf_counter() - start) * 1000)
    print(f"{args.runs} fresh processes, median (min-max) in ms")
    print(f"import v2gstack.exi:               {statistics.median(imports):7.1f} "
          f"({min(imports):.1f}-{max(imports):.1f})")
    print(f"import + first decode:             {statistics.median(totals):7.1f} "
          f"({min(totals):.1f}-{max(totals):.1f})")
    print(f"(interpreter start-up, not counted: {statistics.median(bare):6.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

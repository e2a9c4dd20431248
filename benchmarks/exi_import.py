"""Cold start of our EXI codec: ``import v2gstack.exi`` plus a first decode, in fresh processes.

    python benchmarks/exi_import.py [--runs N] [--no-bytecode]

Each run starts a new interpreter that times, with ``time.perf_counter``, the import of
``v2gstack.exi`` and the first ``exi.decode`` of a DC_ChargeLoopReq (BPT dynamic); the same span is
also given in CPU time of the process (``time.process_time``), which other work on a shared machine
disturbs much less than the elapsed time. The interpreter's own start-up is not included; it is
printed separately (``python -c pass``) for scale.
``--no-bytecode`` makes every child compile the sources (no cached ``.pyc`` read or written, as in a
fresh checkout or in CI); by default cached byte code is used when present.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO))

from exi_messages import DC_CHARGE_LOOP_REQ_BPT_DYNAMIC  # noqa: E402

from v2gstack.exi import namespaces  # noqa: E402

_CHILD = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
import v2gstack.exi as exi
imported = time.perf_counter()
exi.decode(bytes.fromhex(sys.argv[1]), sys.argv[2])
decoded, cpu_decoded = time.perf_counter(), time.process_time()
print((imported - start) * 1000, (decoded - start) * 1000, (cpu_decoded - cpu) * 1000)
"""


def _stream() -> bytes:
    """The EXI stream to decode, made by our encoder in this (parent) process."""
    from v2gstack import exi

    data: bytes = exi.encode(exi.from_xml(DC_CHARGE_LOOP_REQ_BPT_DYNAMIC))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module (no .pyc)")
    args = parser.parse_args(argv)
    hex_stream = _stream().hex()
    env = dict(os.environ)
    if args.no_bytecode:  # an empty cache prefix: nothing cached is found, nothing is written
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="v2g-nopyc-")
    imports, totals, cpus, bare = [], [], [], []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", _CHILD, hex_stream, namespaces.ISO20_DC], cwd=REPO,
                              capture_output=True, text=True, check=True, env=env)
        imported, total, cpu = (float(x) for x in done.stdout.split())
        imports.append(imported)
        totals.append(total)
        cpus.append(cpu)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append((time.perf_counter() - start) * 1000)
    mode = "no cached byte code" if args.no_bytecode else "cached byte code when present"
    print(f"{args.runs} fresh processes ({mode}), median (min-max) in ms")
    print(f"import v2gstack.exi:               {statistics.median(imports):7.1f} "
          f"({min(imports):.1f}-{max(imports):.1f})")
    print(f"import + first decode:             {statistics.median(totals):7.1f} "
          f"({min(totals):.1f}-{max(totals):.1f})")
    print(f"import + first decode, CPU time:   {statistics.median(cpus):7.1f} "
          f"({min(cpus):.1f}-{max(cpus):.1f})")
    print(f"(interpreter start-up, not counted: {statistics.median(bare):6.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The EXI benchmark scripts still run (tiny sizes): a smoke test, never a timing assertion."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def _run(script: str, *args: str) -> str:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), *args], capture_output=True,
                          text=True, timeout=240, cwd=REPO, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done.stdout


def test_exi_hot_runs() -> None:
    out = _run("exi_hot.py", "--number", "3", "--repeats", "1")
    assert "DC_ChargeLoopReq" in out and "round trip" in out


def test_exi_import_runs() -> None:
    out = _run("exi_import.py", "--runs", "1")
    assert "import + first decode, CPU time" in out

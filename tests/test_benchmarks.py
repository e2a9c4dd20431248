"""The session benchmarks still run (tiny sizes): a smoke test, never a timing assertion.

Performance is measured by running these scripts by hand (docs/performance.md); this only catches a
benchmark broken by an API change, as happened once to session_full.py.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

SMOKE = {
    "session_full.py": ["--count", "1", "--cycles", "2"],
    "session_concurrent.py": ["--sessions", "3", "--cycles", "2"],
    "session_secc_processing.py": ["--sessions", "2", "--cycles", "2"],
}


@pytest.mark.parametrize("script", sorted(SMOKE))
def test_session_benchmark_runs(script: str) -> None:
    # The scripts import v2gstack: from the tree under test, not whatever is installed.
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), *SMOKE[script]],
                          capture_output=True, text=True, timeout=240, cwd=REPO, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "p99" in done.stdout

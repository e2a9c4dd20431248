"""`v2gstack evcc --iface` against `v2gstack secc --iface` across a veth pair (SDP multicast, link-local)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.transport.test_sdp_netns import VethPair, veth_pair  # noqa: F401  (fixture)
from v2gstack.security.pki import KeyProfile, init_pki

pytestmark = [pytest.mark.netns, pytest.mark.timeout(120)]


def _v2gstack(ns: str, *args: str) -> list[str]:
    return ["ip", "netns", "exec", ns, sys.executable, "-m", "v2gstack", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}


@pytest.mark.parametrize("tls", [True, False], ids=["tls", "tcp"])
def test_evcc_over_interface(veth_pair: VethPair, tls: bool, tmp_path: Path) -> None:  # noqa: F811
    security = ["--no-tls"]
    if tls:
        init_pki(tmp_path, KeyProfile.SECP521R1)
        security = ["--pki", str(tmp_path)]
    secc = subprocess.Popen(_v2gstack(veth_pair.secc_ns, "secc", "--iface", veth_pair.secc_if, *security),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_env(), cwd=REPO)
    try:
        assert secc.stdout is not None
        for line in secc.stdout:  # wait until it listens
            if "listening" in line.lower():
                break
        else:
            pytest.fail("the SECC did not start")
        ev = subprocess.run(_v2gstack(veth_pair.ev_ns, "evcc", "--iface", veth_pair.ev_if, *security,
                                      "--service", "dc-bpt", "--mode", "dynamic", "--cycles", "3",
                                      "--sessions", "2"),
                            capture_output=True, text=True, env=_env(), cwd=REPO, timeout=60)
    finally:
        secc.terminate()
        secc.communicate(timeout=10)
    assert ev.returncode == 0, ev.stdout + ev.stderr
    assert "2/2 sessions completed" in ev.stdout
    assert ev.stdout.count("DC_ChargeLoopReq -> DC_ChargeLoopRes OK") == 6

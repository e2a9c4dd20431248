"""End to end: `v2gstack slac evse` and `v2gstack slac ev --simulate-modem` in two network
namespaces joined by a veth pair, each side a subprocess (`ip netns exec NS python -m v2gstack`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from tests.conftest import REPO, require_root

EV_MAC = "02:00:00:00:00:01"
EVSE_MAC = "02:00:00:00:00:02"
MATCHED = re.compile(r"^MATCHED ev_mac=(\S+) evse_mac=(\S+) nid=([0-9a-f]{14}) nmk=([0-9a-f]{32}) "
                     r"run_id=([0-9a-f]{16}) attenuation_db=(\S+) elapsed=(\S+)$", re.M)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


@pytest.fixture
def veth_pair() -> Iterator[tuple[str, str, str, str]]:
    """Namespaces (evse, ev) and their veth ends, removed afterwards even on failure."""
    require_root()
    tag = f"v2gslac{os.getpid() % 100000}"
    ns_evse, ns_ev, if_evse, if_ev = f"{tag}e", f"{tag}v", f"{tag}a", f"{tag}b"
    try:
        _ip("netns", "add", ns_evse)
        _ip("netns", "add", ns_ev)
        _ip("link", "add", if_evse, "type", "veth", "peer", "name", if_ev)
        for ns, ifname, mac in ((ns_evse, if_evse, EVSE_MAC), (ns_ev, if_ev, EV_MAC)):
            _ip("link", "set", ifname, "netns", ns)
            _ip("-n", ns, "link", "set", ifname, "address", mac)
            _ip("-n", ns, "link", "set", ifname, "up")
        yield ns_evse, if_evse, ns_ev, if_ev
    finally:
        for ns in (ns_evse, ns_ev):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=20)
        subprocess.run(["ip", "link", "del", if_evse], capture_output=True, timeout=20)


def _v2gstack(ns: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-m", "v2gstack", "slac", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=REPO)


@pytest.mark.netns
@pytest.mark.timeout(90)
def test_ev_and_evse_match_over_veth_in_under_a_second(veth_pair: tuple[str, str, str, str]) -> None:
    ns_evse, if_evse, ns_ev, if_ev = veth_pair
    evse = _v2gstack(ns_evse, "evse", "--iface", if_evse, "--once", "--timeout", "30")
    try:
        assert evse.stdout is not None
        first = evse.stdout.readline()  # the EVSE is listening once it printed its first line
        assert "EVSE" in first, first
        started = time.monotonic()
        ev = _v2gstack(ns_ev, "ev", "--iface", if_ev, "--simulate-modem", "--timeout", "20")
        ev_out, _ = ev.communicate(timeout=40)
        wall = time.monotonic() - started
        evse_out = first + evse.communicate(timeout=40)[0]
    finally:
        evse.kill()
    assert ev.returncode == 0, ev_out
    assert evse.returncode == 0, evse_out
    ev_match, evse_match = MATCHED.search(ev_out), MATCHED.search(evse_out)
    assert ev_match and evse_match, (ev_out, evse_out)
    assert ev_match.group(1, 2, 3, 4, 5) == evse_match.group(1, 2, 3, 4, 5)
    assert ev_match.group(1) == EV_MAC and ev_match.group(2) == EVSE_MAC
    ev_elapsed = float(ev_match.group(7))
    print(f"\nSLAC over veth: EV matched {ev_elapsed:.3f} s after its first CM_SLAC_PARM.REQ "
          f"(wall time incl. interpreter start {wall:.2f} s)")
    assert ev_elapsed < 1.0


@pytest.mark.netns
@pytest.mark.timeout(90)
def test_evse_reports_link_up_then_lost_when_the_ev_side_goes_away(
        veth_pair: tuple[str, str, str, str]) -> None:
    """After the match the EVSE polls the (simulated) modem: LINK_UP while the EV side lingers,
    LINK_LOST (the modem stops answering) once it has exited."""
    ns_evse, if_evse, ns_ev, if_ev = veth_pair
    evse = _v2gstack(ns_evse, "evse", "--iface", if_evse, "--timeout", "30")
    lines: list[str] = []
    try:
        assert evse.stdout is not None
        lines.append(evse.stdout.readline())
        assert "EVSE" in lines[0], lines
        ev = _v2gstack(ns_ev, "ev", "--iface", if_ev, "--simulate-modem", "--linger", "1.5",
                       "--timeout", "20")
        for line in evse.stdout:
            lines.append(line)
            if line.startswith(("LINK_LOST", "FAILED")):
                break
        ev_out, _ = ev.communicate(timeout=40)
    finally:
        evse.kill()
        evse.wait(timeout=20)
    out = "".join(lines)
    assert ev.returncode == 0, ev_out
    elapsed = {line.split()[0]: float(line.rsplit("elapsed=", 1)[1]) for line in lines
               if line.startswith(("MATCHED", "LINK_UP", "LINK_LOST"))}
    assert set(elapsed) == {"MATCHED", "LINK_UP", "LINK_LOST"}, out
    assert 0 < elapsed["LINK_UP"] - elapsed["MATCHED"] <= 1.0, out  # TP_link_ready_notification
    assert "LINK_LOST reason=link_status:no_answer ev_mac=02:00:00:00:00:01" in out
    # the EV side stayed 1.5 s after its match; two unanswered 0.5 s polls follow
    assert 1.5 <= elapsed["LINK_LOST"] - elapsed["MATCHED"] <= 6.0, out
    print(f"\nlink up {elapsed['LINK_UP'] - elapsed['MATCHED']:.3f} s after the match, "
          f"lost {elapsed['LINK_LOST'] - elapsed['MATCHED']:.3f} s after it")

"""v2gstack.testing.netns: the link works, and teardown is complete even when the body fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_root
from v2gstack.testing.netns import IFNAMSIZ, link_names, namespace_exists, reap_stale, veth_namespaces

pytestmark = [pytest.mark.netns, pytest.mark.timeout(60)]

UDP_ECHO = r"""
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("::", 15999))
print("bound", flush=True)
data, peer = s.recvfrom(100)
s.sendto(data.upper(), peer)
"""

UDP_CLIENT = r"""
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.settimeout(5)
s.sendto(b"hello", (sys.argv[1], 15999, 0, socket.if_nametoindex(sys.argv[2])))
print(s.recvfrom(100)[0].decode())
"""


def test_names_fit_interface_limit() -> None:
    for tag in ("1", "4194304x999"):
        evse_ns, evse_if, ev_ns, ev_if = link_names("v2ginterop", tag)
        assert len(evse_if) <= IFNAMSIZ and len(ev_if) <= IFNAMSIZ
        assert evse_if != ev_if and evse_ns != ev_ns


def test_multicast_link_local_and_guaranteed_teardown(tmp_path: Path) -> None:
    require_root()
    with pytest.raises(RuntimeError, match="boom"), veth_namespaces("v2gtst") as link:
        server_ll = link.evse.link_local()
        assert server_ll.is_link_local and link.ev.link_local().is_link_local
        server = link.evse.spawn([sys.executable, "-c", UDP_ECHO], log_dir=tmp_path, name="echo")
        while "bound" not in server.stdout():
            assert server.poll() is None, server.stderr()
        # to ff02::1 across the veth: multicast works, unlike on loopback
        done = link.ev.run([sys.executable, "-c", UDP_CLIENT, "ff02::1", link.ev.iface], timeout=20)
        assert done.stdout.strip() == "HELLO", done.stderr
        sleeper = link.ev.spawn(["sleep", "600"], log_dir=tmp_path, name="sleeper")
        names = (link.evse.name, link.ev.name)
        raise RuntimeError("boom")
    assert not any(namespace_exists(n) for n in names)
    assert sleeper.poll() is not None
    with pytest.raises(ProcessLookupError):
        os.kill(sleeper.pid, 0)


def test_reap_stale_removes_only_links_of_dead_runs() -> None:
    require_root()
    finished = subprocess.Popen(["true"])
    finished.wait()
    stale, alive = f"v2greap{finished.pid}x0evse", f"v2greap{os.getpid()}x0ev"
    try:
        for name in (stale, alive):
            subprocess.run(["ip", "netns", "add", name], check=True)
        assert reap_stale("v2greap") == [stale]
        assert not namespace_exists(stale) and namespace_exists(alive)
    finally:
        for name in (stale, alive):
            subprocess.run(["ip", "netns", "del", name], check=False, capture_output=True)

"""SDP for real: multicast to ff02::1 over a veth pair between two network namespaces.

The SECC side (SDP server + a V2GTP TCP echo server on its link-local address) runs in one
namespace, the EVCC side (SDP client, then one V2GTP exchange) in the other, each in a
subprocess under ``ip netns exec``. Namespaces are removed in the fixture teardown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.conftest import REPO, require_root

pytestmark = [pytest.mark.netns, pytest.mark.timeout(90)]


@dataclass(frozen=True)
class VethPair:
    secc_ns: str
    secc_if: str
    ev_ns: str
    ev_if: str


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=check, timeout=20)


@pytest.fixture
def veth_pair() -> Iterator[VethPair]:
    require_root()
    tag = str(os.getpid())
    pair = VethPair(f"v2gsdpS{tag}", f"vsS{tag}", f"v2gsdpE{tag}", f"vsE{tag}")
    assert len(pair.secc_if) <= 15
    try:
        _ip("netns", "add", pair.secc_ns)
        _ip("netns", "add", pair.ev_ns)
        _ip("link", "add", pair.secc_if, "type", "veth", "peer", "name", pair.ev_if)
        for ns, ifname in ((pair.secc_ns, pair.secc_if), (pair.ev_ns, pair.ev_if)):
            _ip("link", "set", ifname, "netns", ns)
            # no DAD, so the link-local address is usable as soon as the link is up
            _ip("netns", "exec", ns, "sysctl", "-qw", f"net.ipv6.conf.{ifname}.accept_dad=0")
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("-n", ns, "link", "set", ifname, "up")
        yield pair
    finally:
        _ip("link", "del", pair.secc_if, check=False)  # only if it never moved into a namespace
        _ip("netns", "del", pair.secc_ns, check=False)
        _ip("netns", "del", pair.ev_ns, check=False)


SECC_SCRIPT = r"""
import asyncio, json, sys
from v2gstack.transport import *
from v2gstack.transport.netif import link_local_address

IFACE, POLICY = sys.argv[1], TLSPolicy(sys.argv[2])

async def echo(reader, writer):
    parser = V2GTPParser()
    while (message := await read_message(reader, parser)) is not None:
        await write_message(writer, message.payload_type, b"echo:" + message.payload)
    writer.close()

async def main():
    address = link_local_address(IFACE)
    tcp = await asyncio.start_server(echo, f"{address}%{IFACE}", 0)
    tcp_port = tcp.sockets[0].getsockname()[1]
    responder = interface_responder(IFACE, policy=POLICY, tcp_port=tcp_port, tls_port=65000)
    async with await start_sdp_server(responder, interface=IFACE):
        print(json.dumps({"address": str(address), "tcp_port": tcp_port}), flush=True)
        await asyncio.sleep(30)

asyncio.run(main())
"""

EV_SCRIPT = r"""
import asyncio, json, sys
from v2gstack.transport import *

IFACE, SECURITY = sys.argv[1], Security(int(sys.argv[2]))

async def main():
    found = await discover_secc(SDPRequest(SECURITY), interface=IFACE, response_timeout=0.25, max_requests=20)
    result = {"address": str(found.address), "port": found.port, "security": int(found.security)}
    if found.security is Security.NO_TLS:
        reader, writer = await asyncio.open_connection(found.host(), found.port)
        await write_message(writer, PayloadType.SAP, b"hello")
        message = await asyncio.wait_for(read_message(reader, V2GTPParser()), 5)
        result["echo"] = message.payload.decode()
        writer.close()
    print(json.dumps(result), flush=True)

asyncio.run(main())
"""


def _in_ns(ns: str, script: str, *args: str) -> list[str]:
    return ["ip", "netns", "exec", ns, sys.executable, "-c", script, *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _start_secc(pair: VethPair, policy: str) -> tuple[subprocess.Popen[str], dict[str, object]]:
    secc = subprocess.Popen(
        _in_ns(pair.secc_ns, SECC_SCRIPT, pair.secc_if, policy),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=REPO,
    )
    assert secc.stdout is not None
    line = secc.stdout.readline()
    if not line:
        secc.kill()
        pytest.fail(f"SECC side did not start: {secc.communicate(timeout=10)[1]}")
    return secc, json.loads(line)


def _run_ev(pair: VethPair, security: int) -> dict[str, object]:
    ev = subprocess.run(
        _in_ns(pair.ev_ns, EV_SCRIPT, pair.ev_if, str(security)),
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=30,
    )
    assert ev.returncode == 0, ev.stderr
    result: dict[str, object] = json.loads(ev.stdout)
    return result


def test_multicast_discovery_then_v2gtp_over_link_local(veth_pair: VethPair) -> None:
    secc, info = _start_secc(veth_pair, "honour-ev")
    try:
        plain = _run_ev(veth_pair, 0x10)
        tls = _run_ev(veth_pair, 0x00)
    finally:
        secc.kill()
        secc.communicate(timeout=10)
    assert str(info["address"]).startswith("fe80:")
    expected_plain = {"address": info["address"], "port": info["tcp_port"], "security": 0x10}
    assert plain == {**expected_plain, "echo": "echo:hello"}
    assert tls == {"address": info["address"], "port": 65000, "security": 0x00}


def test_multicast_discovery_without_server_times_out(veth_pair: VethPair) -> None:
    script = (
        "import asyncio, sys\n"
        "from v2gstack.transport import SDPTimeoutError, discover_secc\n"
        "try:\n"
        "    asyncio.run(discover_secc(interface=sys.argv[1], response_timeout=0.05, max_requests=4))\n"
        "except SDPTimeoutError as exc:\n"
        "    print(exc.requests_sent)\n"
    )
    ev = subprocess.run(
        _in_ns(veth_pair.ev_ns, script, veth_pair.ev_if),
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=30,
    )
    assert ev.returncode == 0, ev.stderr
    assert ev.stdout.strip() == "4"

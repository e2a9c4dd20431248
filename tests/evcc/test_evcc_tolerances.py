"""``v2gstack evcc --tolerate NAME`` against our SECC server on loopback: what the interop rows run, and
the EVCC tolerance over real sockets."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

import pytest

from tests.evcc.test_loopback import REPO
from tests.interop.ours import parse_v2gstack_log
from v2gstack.cli import build_parser
from v2gstack.evcc.demo import wait_idle
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import DCPresent, SessionInfo

TOLERATE = ["--tolerate", "precharge-voltage-unreached"]


class StuckEVSE(SimulatedEVSE):
    """Pre-charge output that ignores the target, like the ``iso15118`` SECC simulator (1 V)."""

    async def precharge(self, session: SessionInfo, target_voltage: float, max_current: float) -> DCPresent:
        return DCPresent(voltage=1.0, current=0.0)


def run(evse: SimulatedEVSE, *extra: str) -> tuple[int, str]:
    async def main() -> tuple[int, str]:
        server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0))
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "v2gstack", "evcc", "--host", "::1", "--sdp-port",
                str(server.sdp_port), "--no-tls", "--service", "dc", "--cycles", "2", *extra,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, cwd=REPO,
                env=dict(os.environ, PYTHONPATH=str(REPO)))
            out, _ = await asyncio.wait_for(proc.communicate(), 60)
            await wait_idle(server)
            assert proc.returncode is not None
            return proc.returncode, out.decode()
        finally:
            await server.close()

    return asyncio.run(main())


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(["evcc", *argv])


def test_evcc_command_takes_evcc_tolerances_only() -> None:
    assert parse(["--no-tls"]).tolerate == []
    args = parse(["--no-tls", "--service", "dc-bpt", "--cycles", "3", *TOLERATE])
    assert (args.service, args.cycles, args.mode, args.sessions, args.tolerate) == (
        "dc-bpt", 3, "scheduled", 1, ["precharge-voltage-unreached"])
    with pytest.raises(SystemExit):
        parse(["--no-tls", "--tolerate", "price-schedule-always"])  # an SECC tolerance


def test_tolerance_changes_nothing_when_the_voltage_is_reached() -> None:
    code, out = run(SimulatedEVSE(), *TOLERATE)
    assert code == 0, out
    assert "ev0 tolerating: precharge-voltage-unreached" in out and "tolerated" not in out
    trace = parse_v2gstack_log(out, "evcc")
    assert trace.completed() and not trace.errors, out
    assert trace.requests().count("DC_ChargeLoopReq") == 2


@pytest.mark.parametrize("tolerate", [False, True], ids=["strict", "tolerant"])
def test_charger_that_never_reaches_the_voltage(tolerate: bool) -> None:
    code, out = run(StuckEVSE(), *(TOLERATE if tolerate else []))
    trace = parse_v2gstack_log(out, "evcc")
    precharges = trace.requests().count("DC_PreChargeReq")
    if tolerate:
        assert code == 0 and trace.completed(), out
        assert precharges == 101 and "; tolerated precharge-voltage-unreached: pre-charge failed" in out
    else:
        assert code == 1 and precharges == 100 and "PowerDeliveryReq" not in trace.requests(), out
        (reason,) = trace.stop_reasons
        assert reason.startswith("pre-charge failed (request limit): EVSE present voltage 1 V"), out

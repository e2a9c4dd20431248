"""Full EVCC sessions against the asyncio SECC server over real loopback sockets (SDP + TCP/TLS)."""

from __future__ import annotations

import asyncio
import os
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from v2gstack.evcc.client import ClientConfig, ExchangeRecord, SessionReport, run_evcc
from v2gstack.evcc.demo import wait_idle
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import ControlMode, EnergyService, StopReason
from v2gstack.security.pki import KeyProfile, init_pki
from v2gstack.security.tls import client_context, server_context

REPO = Path(__file__).resolve().parents[2]
SERVICES = [EnergyService.DC, EnergyService.DC_BPT, EnergyService.AC, EnergyService.AC_BPT]


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("evcc-pki")
    init_pki(directory, KeyProfile.SECP521R1)
    return directory


async def _session(evse: SimulatedEVSE, config: EvccConfig, server_tls: ssl.SSLContext | None,
                   client_tls: ssl.SSLContext | None) -> tuple[SessionReport, SeccServer]:
    server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0, tls=server_tls))
    try:
        client = ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_tls, session=config)
        report = await run_evcc(client, SimulatedEV())
        await wait_idle(server)
        return report, server
    finally:
        await server.close()


@pytest.mark.parametrize("tls", [True, False], ids=["tls", "tcp"])
@pytest.mark.parametrize("mode", list(ControlMode), ids=lambda v: v.name)
@pytest.mark.parametrize("service", SERVICES, ids=lambda v: v.name)
def test_full_session_over_loopback(service: EnergyService, mode: ControlMode, tls: bool, pki: Path) -> None:
    evse = SimulatedEVSE()
    server_tls = server_context(pki) if tls else None
    client_tls = client_context(pki) if tls else None
    report, server = asyncio.run(_session(evse, EvccConfig(service=service, mode=mode, cycles=5),
                                          server_tls, client_tls))
    result = report.result
    assert result.completed, result.reason
    assert result.cycles == 5 and result.energy_in_wh > 0
    assert report.tls_version == ("TLSv1.3" if tls else None)
    assert server.stats.completed == 1 and server.stats.failed == 0
    loop_name = ("DC_" if service.is_dc else "AC_") + "ChargeLoopReq"
    assert len(report.latencies[loop_name]) == 5
    assert all(r.latency > 0 for r in report.exchanges)
    stops = (StopReason.SESSION_STOPPED, StopReason.POWER_DELIVERY_STOP)
    assert evse.stop_calls and evse.stop_calls[-1].reason in stops


def test_tls_client_refuses_a_plain_tcp_secc(pki: Path) -> None:
    """Asking for TLS and getting a TCP-only SDP answer must not silently downgrade."""
    async def main() -> None:
        evse = SimulatedEVSE()
        server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0))
        try:
            client = ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_context(pki),
                                  session=EvccConfig(), sdp_response_timeout=0.1, sdp_max_requests=3)
            from v2gstack.transport.errors import SDPTimeoutError

            with pytest.raises(SDPTimeoutError):
                await asyncio.wait_for(run_evcc(client), 10)
        finally:
            await server.close()

    asyncio.run(main())


def test_ev_disappearing_mid_charge_loop_stops_power_within_100ms(pki: Path) -> None:
    async def main() -> None:
        evse = SimulatedEVSE()  # its clock is time.monotonic, like ours
        server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0,
                                                               tls=server_context(pki)))
        closed_at: list[float] = []
        try:
            client = ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_context(pki),
                                  session=EvccConfig(service=EnergyService.DC_BPT, mode=ControlMode.DYNAMIC,
                                                     cycles=50))
            task: asyncio.Task[SessionReport] | None = None
            loops = 0

            def on_exchange(record: ExchangeRecord) -> None:
                nonlocal loops
                loops += record.request == "DC_ChargeLoopReq"
                if loops == 3 and not closed_at and task is not None:
                    closed_at.append(time.monotonic())  # just before the close: a strict reference
                    task.cancel()  # run_evcc's finally closes the socket at once

            task = asyncio.ensure_future(run_evcc(client, on_exchange=on_exchange))
            with pytest.raises(asyncio.CancelledError):
                await task
            deadline = time.monotonic() + 1.0
            while not evse.stop_calls and time.monotonic() < deadline:
                await asyncio.sleep(0.001)
        finally:
            await server.close()
        assert closed_at and evse.stop_calls, "stop_power was never called"
        first = evse.stop_calls[0]
        assert first.reason is StopReason.CONNECTION_LOST
        assert first.at - closed_at[0] < 0.100

    asyncio.run(main())


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "v2gstack", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO)


def test_evcc_command_runs_concurrent_sessions(pki: Path) -> None:
    async def main() -> tuple[int, str, SeccServer]:
        evse = SimulatedEVSE()
        server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0,
                                                               tls=server_context(pki)))
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "v2gstack", "evcc", "--host", "::1", "--sdp-port", str(server.sdp_port),
                "--pki", str(pki), "--service", "ac-bpt", "--mode", "dynamic", "--cycles", "4",
                "--sessions", "3", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
                cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
            out, _ = await asyncio.wait_for(proc.communicate(), 60)
            await wait_idle(server)
            assert proc.returncode is not None
            return proc.returncode, out.decode(), server
        finally:
            await server.close()

    code, out, server = asyncio.run(main())
    assert code == 0, out
    assert "3/3 sessions completed" in out and "AC_ChargeLoopReq" in out and "p99 ms" in out
    assert server.stats.completed == 3
    # the per-exchange log lines follow the interop harness's contract (tests/interop/ours.py)
    from tests.interop.ours import parse_v2gstack_log

    trace = parse_v2gstack_log(out, "evcc")
    assert not trace.stop_reasons and not trace.errors
    assert trace.requests().count("AC_ChargeLoopReq") == 12
    assert trace.requests().count("supportedAppProtocolReq") == 3
    assert out.count("session stopped: normal") == 3


def test_evcc_command_exits_1_when_a_session_fails() -> None:
    async def main() -> tuple[int, str]:
        evse = SimulatedEVSE(services=(EnergyService.DC,))
        server = await SeccServer.start(evse, SeccServerConfig(host="::1", sdp_port=0))
        try:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "v2gstack", "evcc", "--host", "::1", "--sdp-port", str(server.sdp_port),
                "--no-tls", "--service", "dc-bpt", "--sessions", "2", stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
            out, _ = await asyncio.wait_for(proc.communicate(), 60)
            assert proc.returncode is not None
            return proc.returncode, out.decode()
        finally:
            await server.close()

    code, out = asyncio.run(main())
    assert code == 1, out
    assert "0/2 sessions completed" in out and "not offered" in out
    assert out.count("session stopped: service DC_BPT not offered") == 2


def test_secc_and_evcc_commands_without_a_security_choice_agree_on_plain_tcp() -> None:
    """`[--pki DIR | --no-tls]` is optional on both commands: without either both use plain TCP (and
    say so), so the two commands given the same arguments find each other."""
    import socket

    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
        probe.bind(("::1", 0))
        sdp_port = str(probe.getsockname()[1])
    env = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "v2gstack", "secc", "--host", "::1", "--sdp-port", sdp_port]
    secc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=REPO)
    try:
        assert secc.stdout is not None
        assert "listening" in secc.stdout.readline()
        proc = _cli("evcc", "--host", "::1", "--sdp-port", sdp_port, "--cycles", "2", "-q")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "plain TCP without TLS" in proc.stderr
    finally:
        secc.terminate()
        _, err = secc.communicate(timeout=30)
    assert secc.returncode == 0 and "plain TCP without TLS" in err


def test_demo_command_runs() -> None:
    proc = _cli("demo", "--cycles", "6", "--pacing", "0.01")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "TLSv1.3" in proc.stdout and "completed" in proc.stdout
    assert proc.stdout.count("DC_ChargeLoopReq") == 6
    energy = proc.stdout.strip().splitlines()[-1]
    assert "from the EV 0.000 Wh" not in energy  # BPT: energy went both ways


def test_demo_command_plain_tcp_ac() -> None:
    proc = _cli("demo", "--service", "ac", "--mode", "scheduled", "--no-tls", "--cycles", "3",
                "--pacing", "0")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "over TCP" in proc.stdout


def test_loopback_example_runs() -> None:
    import importlib.util

    path = REPO / "examples" / "secc_evcc_loopback.py"
    spec = importlib.util.spec_from_file_location("secc_evcc_loopback", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert asyncio.run(module.main(EnergyService.AC_BPT, ControlMode.DYNAMIC, cycles=4)) is True


def test_pause_and_resume_on_a_new_connection(pki: Path) -> None:
    async def main() -> tuple[SessionReport, SessionReport, SeccServer]:
        evse = SimulatedEVSE()
        config = SeccServerConfig(host="::1", sdp_port=0, tls=server_context(pki))
        server = await SeccServer.start(evse, config)
        try:
            def client(session: EvccConfig) -> ClientConfig:
                return ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_context(pki),
                                    session=session)

            ev = SimulatedEV()
            first = await run_evcc(client(EvccConfig(service=EnergyService.DC, cycles=9, pause_after=2)), ev)
            await wait_idle(server)
            sid = first.result.session_id
            second = await run_evcc(client(EvccConfig(service=EnergyService.DC, cycles=3,
                                                       resume_session_id=sid)), ev)
            await wait_idle(server)
            return first, second, server
        finally:
            await server.close()

    first, second, server = asyncio.run(main())
    assert first.result.completed and first.result.paused and first.result.cycles == 2
    assert second.result.completed, second.result.reason
    assert second.result.session_id == first.result.session_id
    assert second.exchanges[1].response_code == "OK_OldSessionJoined"
    assert server.stats.completed == 2

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from v2gstack.cli import build_parser

if TYPE_CHECKING:
    from v2gstack.evcc.types import EvccConfig


def test_help_lists_commands() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "v2gstack", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "usage: v2gstack" in out


def test_every_command_registers_a_handler() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, sp in sub.choices.items():  # type: ignore[union-attr]
        assert sp.get_default("func") is not None or any(
            a.dest == "subcommand" for a in sp._actions
        ), name


# -- Plug & Charge on the command line -----------------------------------------------------------------------
def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    import os

    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo))
    return subprocess.run([sys.executable, "-m", "v2gstack", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=repo)


def test_pnc_options_are_registered() -> None:
    parser = build_parser()
    for command in ("demo", "secc", "evcc"):
        assert parser.parse_args([command, "--pnc"]).pnc is True
        assert parser.parse_args([command]).pnc is False


def test_demo_pnc_runs_a_plug_and_charge_session() -> None:
    proc = _cli("demo", "--pnc", "--service", "ac", "--mode", "scheduled", "--cycles", "2", "--pacing", "0")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    [auth] = [line for line in lines if line.strip().startswith("AuthorizationReq")]
    assert "AuthorizationRes" in auth and " OK " in auth
    assert "authorization: PnC, contract DEV2G123456789 (chain validated against" in proc.stdout
    assert "TLSv1.3" in proc.stdout


def test_demo_without_pnc_says_eim() -> None:
    proc = _cli("demo", "--no-tls", "--service", "ac", "--cycles", "1", "--pacing", "0")
    assert proc.returncode == 0 and "authorization: EIM" in proc.stdout, proc.stdout + proc.stderr


def test_evcc_pnc_needs_a_pki() -> None:
    proc = _cli("evcc", "--pnc", "--no-tls")
    assert proc.returncode == 2 and "--pnc needs --pki" in proc.stderr


def test_secc_and_evcc_commands_with_pnc(tmp_path: Path) -> None:
    """`v2gstack secc --pnc --pki DIR` trusts DIR's MO root; `v2gstack evcc --pnc --pki DIR` presents DIR's
    contract: a PnC session over TLS between the two commands."""
    import os
    import socket

    from v2gstack.security.pki import KeyProfile, init_pki

    init_pki(tmp_path, KeyProfile.SECP521R1)
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
        probe.bind(("::1", 0))
        sdp_port = str(probe.getsockname()[1])
    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo))
    command = [sys.executable, "-m", "v2gstack", "secc", "--host", "::1", "--sdp-port", sdp_port, "--pnc",
               "--pki", str(tmp_path)]
    secc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=repo)
    try:
        assert secc.stdout is not None
        assert "listening" in secc.stdout.readline()
        assert "offering Plug & Charge; contract roots: " in secc.stdout.readline()
        proc = _cli("evcc", "--host", "::1", "--sdp-port", sdp_port, "--pki", str(tmp_path), "--pnc",
                    "--cycles", "2")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "AuthorizationReq -> AuthorizationRes OK" in proc.stdout
        assert "completed (terminated), PnC authorization" in proc.stdout
        assert "1/1 sessions completed" in proc.stdout and "authorization PnC" in proc.stdout
    finally:
        secc.terminate()
        out, err = secc.communicate(timeout=30)
    assert secc.returncode == 0, err
    assert "AuthorizationReq -> AuthorizationRes OK" in out


# -- certificate installation on the command line -------------------------------------------------------
def test_installation_options_are_registered() -> None:
    parser = build_parser()
    assert parser.parse_args(["demo", "--install-contract"]).install_contract is True
    assert parser.parse_args(["secc", "--cert-install"]).cert_install is True
    args = parser.parse_args(["evcc", "--pnc", "--install-contract", "--save-contract", "out"])
    assert args.install_contract is True and args.save_contract == "out"
    assert parser.parse_args(["evcc"]).install_contract is False


def test_installation_options_need_their_companions() -> None:
    proc = _cli("evcc", "--install-contract", "--no-tls")
    assert proc.returncode == 2 and "--install-contract and --save-contract need --pnc" in proc.stderr
    proc = _cli("secc", "--pnc", "--cert-install", "--no-tls")
    assert proc.returncode == 2 and "--cert-install needs --pnc and --pki" in proc.stderr


def test_pki_init_ed448_writes_the_ev_x448_key(tmp_path: Path) -> None:
    from v2gstack.secc.cps import EV_X448_KEY_FILE, load_x448_key

    proc = _cli("pki", "init", str(tmp_path / "ed448"), "--profile", "ed448")
    assert proc.returncode == 0, proc.stderr
    assert load_x448_key(tmp_path / "ed448" / EV_X448_KEY_FILE) is not None
    assert _cli("pki", "init", str(tmp_path / "p521")).returncode == 0
    assert not (tmp_path / "p521" / EV_X448_KEY_FILE).exists()


def test_demo_installs_a_contract_then_uses_it() -> None:
    proc = _cli("demo", "--install-contract", "--service", "ac", "--mode", "scheduled", "--cycles", "2",
                "--pacing", "0")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "CertificateInstallationReq" in proc.stdout
    assert "certificate installation: OK, contract DEV2G123456789 installed" in proc.stdout
    assert "authorization: PnC, contract DEV2G123456789 (chain validated against" in proc.stdout


def test_secc_cert_install_and_evcc_install_contract(tmp_path: Path) -> None:
    """`v2gstack secc --pnc --pki DIR --cert-install` answers from a CPS built from DIR; `v2gstack evcc --pnc
    --install-contract --pki DIR` gets a contract from it, saves it and authorizes with it."""
    import os
    import socket

    from v2gstack.security.pki import KeyProfile, init_pki

    init_pki(tmp_path, KeyProfile.SECP521R1)
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
        probe.bind(("::1", 0))
        sdp_port = str(probe.getsockname()[1])
    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo))
    command = [sys.executable, "-m", "v2gstack", "secc", "--host", "::1", "--sdp-port", sdp_port, "--pnc",
               "--pki", str(tmp_path), "--cert-install"]
    secc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=repo)
    try:
        assert secc.stdout is not None
        assert "listening" in secc.stdout.readline()
        assert "offering Plug & Charge" in secc.stdout.readline()
        assert "offering certificate installation" in secc.stdout.readline()
        saved = tmp_path / "installed"
        proc = _cli("evcc", "--host", "::1", "--sdp-port", sdp_port, "--pki", str(tmp_path), "--pnc",
                    "--install-contract", "--save-contract", str(saved), "--cycles", "2")
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "CertificateInstallationReq -> CertificateInstallationRes OK" in proc.stdout
        assert "PnC authorization with the contract installed now (DEV2G123456789)" in proc.stdout
        assert (saved / "contract_chain.pem").exists() and (saved / "contract.key").exists()
    finally:
        secc.terminate()
        secc.communicate(timeout=30)


# -- control modes offered by `v2gstack secc` ---------------------------------------------------------------
def test_control_modes_option() -> None:
    from v2gstack.secc.types import ControlMode

    parser = build_parser()
    both = (ControlMode.SCHEDULED, ControlMode.DYNAMIC)
    assert parser.parse_args(["secc"]).control_modes == both  # the default, as before the option
    assert parser.parse_args(["secc", "--control-modes", "dynamic"]).control_modes == (ControlMode.DYNAMIC,)
    reverse = parser.parse_args(["secc", "--control-modes", "Dynamic, scheduled"]).control_modes
    assert reverse == (ControlMode.DYNAMIC, ControlMode.SCHEDULED)
    for bad in ("", "manual", "dynamic,dynamic"):
        proc = _cli("secc", "--control-modes", bad)
        assert proc.returncode == 2 and "--control-modes" in proc.stderr, proc.stderr


def test_secc_offering_dynamic_only(tmp_path: Path) -> None:
    """`v2gstack secc --control-modes dynamic`: an EV asking for scheduled mode finds no parameter set for it
    and stops; one asking for dynamic mode charges."""
    import os
    import socket

    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
        probe.bind(("::1", 0))
        sdp_port = str(probe.getsockname()[1])
    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo))
    command = [sys.executable, "-m", "v2gstack", "secc", "--host", "::1", "--sdp-port", sdp_port, "--no-tls",
               "--services", "ac", "--control-modes", "dynamic"]
    secc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=repo)
    try:
        assert secc.stdout is not None
        assert "listening" in secc.stdout.readline()
        assert "offering control modes: dynamic" in secc.stdout.readline()
        ev = ("evcc", "--host", "::1", "--sdp-port", sdp_port, "--no-tls", "--service", "ac", "--cycles", "1")
        refused = _cli(*ev, "--mode", "scheduled")
        assert refused.returncode != 0 and "control mode SCHEDULED not offered" in refused.stdout, (
            refused.stdout + refused.stderr)
        charged = _cli(*ev, "--mode", "dynamic")
        assert charged.returncode == 0, charged.stdout + charged.stderr
        assert "1/1 sessions completed" in charged.stdout
    finally:
        secc.terminate()
        secc.communicate(timeout=30)


# -- P-256 contracts: the tolerance p256-contract-signature (Q18) ------------------------------------------
def test_tls_compat_relaxes_contracts_only_without_the_named_tolerance() -> None:
    from v2gstack.cli.secc import contract_compat
    from v2gstack.secc.tolerances import Tolerances

    parser = build_parser()

    def compat(*args: str) -> bool:
        parsed = parser.parse_args(["secc", *args])
        return contract_compat(parsed, Tolerances.from_names(parsed.tolerate))

    assert compat("--tls-compat")  # what --tls-compat always did: existing command lines keep working
    assert not compat("--tls-compat", "--tolerate", "p256-contract-signature")  # the narrow tolerance instead
    assert not compat()
    assert not compat("--tolerate", "p256-contract-signature")


def test_secc_with_the_p256_tolerance_authorizes_a_p256_contract(tmp_path: Path) -> None:
    """`v2gstack secc --pnc --pki DIR --tls-compat --tolerate p256-contract-signature` on a P-256 PKI: the
    EV's ECDSA-SHA256 contract signature is accepted through the named tolerance (contract_compat stays off),
    and the old spelling without it still works, with a deprecation warning."""
    import os
    import socket

    from v2gstack.security.pki import KeyProfile, init_pki

    init_pki(tmp_path, KeyProfile.SECP256R1)
    repo = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(repo))
    for named in (True, False):
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
            probe.bind(("::1", 0))
            sdp_port = str(probe.getsockname()[1])
        command = [sys.executable, "-m", "v2gstack", "secc", "--host", "::1", "--sdp-port", sdp_port, "--pnc",
                   "--pki", str(tmp_path), "--tls-compat", "--services", "ac",
                   *(["--tolerate", "p256-contract-signature"] if named else [])]
        secc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                cwd=repo)
        try:
            assert secc.stdout is not None
            if named:
                assert "tolerating: p256-contract-signature" in secc.stdout.readline()
            assert "listening" in secc.stdout.readline()
            proc = _cli("evcc", "--host", "::1", "--sdp-port", sdp_port, "--pki", str(tmp_path),
                        "--tls-compat", "--pnc", "--service", "ac", "--cycles", "1")
            assert proc.returncode == 0, proc.stdout + proc.stderr
            assert "AuthorizationReq -> AuthorizationRes OK" in proc.stdout
        finally:
            secc.terminate()
            _, err = secc.communicate(timeout=30)
        assert ("deprecated" in err) is not named, err


# -- `v2gstack evcc --mobility-needs` ----------------------------------------------------------------------
def test_mobility_needs_option() -> None:
    parser = build_parser()
    assert parser.parse_args(["evcc"]).mobility_needs == "evcc"  # the default, as before the option
    assert parser.parse_args(["evcc", "--mobility-needs", "secc"]).mobility_needs == "secc"
    proc = _cli("evcc", "--mobility-needs", "both")
    assert proc.returncode == 2 and "--mobility-needs" in proc.stderr, proc.stderr


def _evcc_in_memory(monkeypatch: Any, capsys: Any, *args: str,
                    alter: Callable[[Any], None] | None = None) -> tuple[list[EvccConfig], str]:
    """``v2gstack evcc ARGS`` with every session run in memory against our SECC engine (its responses
    altered by ``alter``): the EvccConfigs the command built and what it printed."""
    from tests.evcc.test_session_memory import FakeClock
    from v2gstack.cli import main
    from v2gstack.evcc import client
    from v2gstack.evcc.ev import SimulatedEV
    from v2gstack.evcc.inmemory import run_in_memory
    from v2gstack.secc.simulator import SimulatedEVSE

    configs: list[EvccConfig] = []

    async def run_evcc(config: client.ClientConfig, ev: SimulatedEV, **_: Any) -> client.SessionReport:
        assert config.session is not None
        configs.append(config.session)
        clock = FakeClock()
        evse = SimulatedEVSE(clock=clock)
        run = await run_in_memory(config.session, ev, evse, clock, advance=clock.advance,
                                  alter_response=alter)
        return client.SessionReport(run.result)

    monkeypatch.setattr(client, "run_evcc", run_evcc)
    assert main(["evcc", "--no-tls", "--quiet", "--service", "ac", "--cycles", "2", *args]) == 0
    return configs, capsys.readouterr().out


def test_evcc_mobility_needs_reaches_the_session_and_its_line_is_printed(monkeypatch: Any,
                                                                         capsys: Any) -> None:
    """`--mobility-needs secc` is EvccConfig.mobility_needs; against an SECC that provides needs (our SECC's
    responses altered into those of one, as in tests/evcc/test_mobility_needs.py) the command prints
    report.mobility_line after the stop and prices lines; against our SECC as it is (MobilityNeedsMode 1
    only), nothing."""
    from tests.evcc.test_mobility_needs import secc_providing
    from v2gstack.evcc.types import MobilityNeeds, MobilityNeedsMode

    configs, out = _evcc_in_memory(monkeypatch, capsys, "--mode", "dynamic", "--mobility-needs", "secc",
                                   alter=secc_providing(MobilityNeeds(3600, 30, 90)))
    assert [c.mobility_needs for c in configs] == [MobilityNeedsMode.SECC]
    lines = out.splitlines()
    stop = lines.index("ev0 session stopped: normal")
    assert lines[stop + 1].startswith("ev0 prices: ")
    mobility = lines[stop + 2]
    assert mobility.startswith("ev0 mobility needs: MobilityNeedsMode 2 (SECC may provide); "), out
    assert "SECC: DepartureTime 3600 s, MinimumSOC 30 %, TargetSOC 90 %" in mobility
    assert "ScheduleExchangeRes: MinimumSOC 30 % adopted (was 20 %)" in mobility
    assert "MobilityNeedsMode 2 (DepartureTime" in out  # the session line says it too

    configs, out = _evcc_in_memory(monkeypatch, capsys, "--mode", "dynamic")
    assert [c.mobility_needs for c in configs] == [MobilityNeedsMode.EVCC]  # the default, as before
    assert "ev0 session stopped: normal" in out and "mobility needs" not in out, out

"""Our side for the harness: `v2gstack secc` and `v2gstack evcc` as :class:`SideSpec`s.

The CLI is being built; its interface is fixed (docs/interop.md). Until a command exists,
:func:`cli_unavailable` says why, and the matrix tests skip with that reason.

Log contract (what :func:`parse_v2gstack_log` reads), one line per request/response exchange,
anywhere in the line::

    [<ISO 8601 time> ...] <ReqName> -> <ResName> [<ResponseCode>] <latency> ms

e.g. ``2026-05-04T10:00:00.123 fe80::1 0A1B2C3D4E5F6071 SessionSetupReq -> SessionSetupRes
OK_NewSessionEstablished 1.25 ms``. The latency is measured by the side that logs the line
(SECC: request received to response written; EVCC: request written to response decoded). A
leading ISO 8601 time, if present, places the exchange on the shared clock; otherwise
exchanges are placed one after another from time 0. Lines ``session stopped: <reason>`` with
a reason other than ``normal`` are recorded as abnormal stops.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from tests.conftest import REPO
from tests.interop.harness import SideSpec
from tests.interop.trace import Direction, Message, Role, Trace

_EXCHANGE = re.compile(
    r"(?P<req>\b\w+Req) -> (?P<res>\w+Res)(?: (?P<code>[A-Z][A-Za-z_]*))? (?P<ms>\d+(?:\.\d+)?) ms"
)
_TIME = re.compile(r"^\[?(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)")
_STOP = re.compile(r"session stopped: (?P<reason>.*)$")


@functools.cache
def cli_unavailable(command: str) -> str | None:
    """Why `v2gstack COMMAND` cannot be used yet (None if `--help` works)."""
    done = subprocess.run(
        [sys.executable, "-m", "v2gstack", command, "--help"],
        capture_output=True, text=True, timeout=60, check=False, cwd=REPO, env=_env(),
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"`v2gstack {command}` is not available yet ({last})"
    return None


@functools.cache
def cli_has_option(command: str, option: str) -> bool:
    """Whether `v2gstack COMMAND --help` lists ``option`` (for options that land after the command)."""
    done = subprocess.run(
        [sys.executable, "-m", "v2gstack", command, "--help"],
        capture_output=True, text=True, timeout=60, check=False, cwd=REPO, env=_env(),
    )
    listed = re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", done.stdout)
    return done.returncode == 0 and listed is not None


def _env() -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONUNBUFFERED"] = "1"  # log lines reach the file as they happen
    return env


def _tls_args(pki: Path | None, compat: bool) -> list[str]:
    if pki is None:
        return ["--no-tls"]
    return ["--pki", str(pki), *(["--tls-compat"] if compat else [])]


def _tolerate_args(names: tuple[str, ...]) -> list[str]:
    return [arg for name in names for arg in ("--tolerate", name)]


def secc_spec(
    iface: str,
    work_dir: Path,
    *,
    services: tuple[str, ...] = ("dc", "dc-bpt"),
    pki: Path | None = None,
    tls_compat: bool = True,
    tolerate: tuple[str, ...] = (),
    control_modes: tuple[str, ...] | None = None,
    pnc: bool = False,
) -> SideSpec:
    """`v2gstack secc` on ``iface``; ready once it logs a line containing ``listening``.

    ``tolerate``: SECC tolerances by name (``--tolerate``, :class:`v2gstack.secc.tolerances.Tolerances`).
    ``control_modes``: offer these (``scheduled``, ``dynamic``, in this order) instead of the default
    Scheduled, Dynamic (``--control-modes``).
    ``pnc``: offer Plug & Charge besides EIM (``--pnc``; contract roots from ``pki``).
    """
    cwd = work_dir / "v2gstack-secc"
    cwd.mkdir(parents=True)
    modes = ["--control-modes", ",".join(control_modes)] if control_modes is not None else []
    argv = [sys.executable, "-m", "v2gstack", "secc", "--iface", iface, "--services", ",".join(services),
            *_tls_args(pki, tls_compat), *modes, *(["--pnc"] if pnc else []), *_tolerate_args(tolerate)]
    return SideSpec("v2gstack-secc", "secc", argv, _env(), cwd, parse_v2gstack_log,
                    ready=lambda output: "listening" in output.lower(), log_stream="both")


def evcc_spec(
    iface: str,
    work_dir: Path,
    *,
    service: str = "dc",
    pki: Path | None = None,
    tls_compat: bool = True,
    mode: str = "scheduled",
    cycles: int = 2,
    sessions: int = 1,
    tolerate: tuple[str, ...] = (),
    pnc: bool = False,
) -> SideSpec:
    """`v2gstack evcc` on ``iface``: discovers the SECC by SDP, runs ``sessions`` sessions.

    ``tolerate``: EVCC tolerances by name (:class:`v2gstack.evcc.tolerances.EvccTolerances`),
    ``--tolerate NAME`` each. ``pnc``: Plug & Charge with the contract of ``pki`` when offered (``--pnc``).
    """
    cwd = work_dir / "v2gstack-evcc"
    cwd.mkdir(parents=True)
    argv = [sys.executable, "-m", "v2gstack", "evcc", "--iface", iface, "--service", service,
            "--mode", mode, "--cycles", str(cycles), "--sessions", str(sessions),
            *_tls_args(pki, tls_compat), *(["--pnc"] if pnc else []), *_tolerate_args(tolerate)]
    return SideSpec("v2gstack-evcc", "evcc", argv, _env(), cwd, parse_v2gstack_log, log_stream="both")


def parse_v2gstack_log(text: str, role: Role) -> Trace:
    """The :class:`Trace` of our side from its per-exchange log lines (module docstring)."""
    trace = Trace(role)
    clock = 0.0
    for line in text.splitlines():
        if stop := _STOP.search(line):
            if stop["reason"].strip() != "normal":
                trace.stop_reasons.append(stop["reason"].strip())
            continue
        match = _EXCHANGE.search(line)
        if match is None:
            if " ERROR " in f" {line} " or line.startswith("Traceback"):
                trace.errors.append(line.strip())
            continue
        stamp = _TIME.match(line)
        start = datetime.fromisoformat(stamp["time"]).timestamp() if stamp else clock
        latency = float(match["ms"]) / 1000.0
        first: Direction = "received" if role == "secc" else "sent"
        second: Direction = "sent" if role == "secc" else "received"
        body = {"ResponseCode": match["code"]} if match["code"] else None
        trace.messages.append(Message(start, first, match["req"]))
        trace.messages.append(Message(start + latency, second, match["res"], body))
        clock = start + latency
    return trace

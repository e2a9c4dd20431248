"""Run an SECC and an EVCC against each other across a veth pair, then judge both logs.

The SECC side runs in ``link.evse``, the EVCC in ``link.ev`` (see :mod:`v2gstack.testing.netns`).
Each side is a :class:`SideSpec`: a command line, its environment and working directory, a
readiness test on its output (SECC only) and a parser from its log to a :class:`Trace`. Specs for
the ``iso15118`` peer are in :mod:`tests.interop.peer`, for our CLI in :mod:`tests.interop.ours`.

:func:`run_session` starts the SECC, waits until it is ready, starts the EVCC, waits for it to
exit, gives the SECC a moment to log the end of the session, stops it (SIGINT, then SIGKILL of
its process group) and returns a :class:`SessionResult` with both traces, exit codes, logs and
times. ``result.report()`` is what a failing test prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.interop.trace import Role, Trace, compare_sequences
from v2gstack.testing.netns import Namespace, Process, VethLink

Parser = Callable[[str, Role], Trace]


@dataclass
class SideSpec:
    """How to run one side of a session."""

    name: str  # used for log file names, e.g. "iso15118-secc"
    role: Role
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    parse: Parser
    ready: Callable[[str], bool] | None = None  # on stdout+stderr so far; None = ready at once
    # which of stdout/stderr carries the message log ("both" concatenates stdout then stderr)
    log_stream: str = "stdout"
    # EVCC only: output showing it gave up but will not exit by itself (then it is stopped
    # after ``gave_up_grace`` seconds instead of at the session deadline)
    gave_up: Callable[[str], bool] | None = None
    # substrings of error lines this side is known to log in a session that is otherwise fine (a
    # documented peer quirk): such lines are not problems, :meth:`SideResult.known_errors` lists them
    known_errors: tuple[str, ...] = ()


@dataclass
class SideResult:
    spec: SideSpec
    returncode: int | None  # None: still running at the deadline (then killed)
    stdout: str
    stderr: str
    trace: Trace
    started: float
    ended: float

    def known_errors(self) -> list[str]:
        """Logged errors that are documented quirks of this side (``SideSpec.known_errors``)."""
        return [e for e in self.trace.errors if any(k in e for k in self.spec.known_errors)]

    def unexpected_errors(self) -> list[str]:
        return [e for e in self.trace.errors if not any(k in e for k in self.spec.known_errors)]

    @property
    def log(self) -> str:
        if self.spec.log_stream == "stderr":
            return self.stderr
        if self.spec.log_stream == "both":
            return self.stdout + "\n" + self.stderr
        return self.stdout


@dataclass
class SessionResult:
    secc: SideResult
    evcc: SideResult
    secc_ready_after: float  # seconds from SECC start to readiness
    evcc_timed_out: bool
    log_dir: Path
    notes: list[str] = field(default_factory=list)

    @property
    def elapsed(self) -> float:
        """Seconds from the SECC's start to the EVCC's exit (NaN if the EVCC never ran)."""
        return self.evcc.ended - self.secc.started

    def problems(self) -> list[str]:
        """Everything wrong with this session (empty: both sides completed it cleanly)."""
        found = list(self.notes)
        if self.evcc_timed_out:
            found.append("EVCC did not exit before the deadline")
        elif self.evcc.returncode != 0:
            found.append(f"EVCC exit status {self.evcc.returncode}")
        for side in (self.secc, self.evcc):
            found += [f"{side.spec.name}: {p}" for p in side.trace.problems()]
            found += [f"{side.spec.name}: error logged: {e}" for e in side.unexpected_errors()]
        found += compare_sequences(self.evcc.trace, self.secc.trace)
        return found

    def ok(self) -> bool:
        return not self.problems()

    def report(self, *, logs: bool = True) -> str:
        """Problems, message sequence, latency tables and (optionally) both full logs."""
        parts = [
            f"session {self.secc.spec.name} <-> {self.evcc.spec.name}: "
            f"{'OK' if self.ok() else 'FAILED'} in {self.elapsed:.1f} s "
            f"(SECC ready after {self.secc_ready_after:.1f} s); logs in {self.log_dir}",
        ]
        parts += [f"  problem: {p}" for p in self.problems()]
        for side in (self.secc, self.evcc):
            if known := side.known_errors():
                parts.append(f"  known quirk: {side.spec.name} logged {len(known)} error(s) like: {known[0]}")
        parts.append("EVCC requests: " + " ".join(self.evcc.trace.requests()))
        for side in (self.evcc, self.secc):
            parts.append(f"--- {side.spec.name} latencies ---\n{side.trace.latency_table()}")
        if logs:
            for side in (self.secc, self.evcc):
                parts.append(f"=== {side.spec.name} stdout (exit {side.returncode}) ===\n{side.stdout}")
                parts.append(f"=== {side.spec.name} stderr ===\n{side.stderr}")
        return "\n".join(parts)


def _output(process: Process) -> str:
    return process.stdout() + process.stderr()


def wait_ready(process: Process, ready: Callable[[str], bool] | None, timeout: float) -> float:
    """Seconds until ``ready(output)`` holds; raises RuntimeError if the process exits or times out."""
    start = time.monotonic()
    while ready is not None and not ready(_output(process)):
        if process.poll() is not None:
            raise RuntimeError(f"{process.name} exited with {process.poll()} before it was ready")
        if time.monotonic() - start > timeout:
            raise RuntimeError(f"{process.name} not ready after {timeout:.0f} s")
        time.sleep(0.1)
    return time.monotonic() - start


def _finish(spec: SideSpec, process: Process, returncode: int | None) -> SideResult:
    stdout, stderr = process.stdout(), process.stderr()
    text = {"stdout": stdout, "stderr": stderr}.get(spec.log_stream, stdout + "\n" + stderr)
    return SideResult(spec, returncode, stdout, stderr, spec.parse(text, spec.role), process.started,
                      time.monotonic())


def _spawn(ns: Namespace, spec: SideSpec, log_dir: Path) -> Process:
    return ns.spawn(spec.argv, log_dir=log_dir, name=spec.name, env=spec.env, cwd=spec.cwd)


def run_session(
    link: VethLink,
    secc: SideSpec,
    evcc: SideSpec,
    *,
    log_dir: Path,
    ready_timeout: float = 60.0,
    session_timeout: float = 120.0,
    secc_linger: float = 8.0,
    gave_up_grace: float = 3.0,
) -> SessionResult:
    """One SECC, one EVCC run to completion (or the deadline); both stopped before returning.

    ``secc_linger``: after the EVCC exits, how long the SECC may take to log the end of the
    session (its SessionStopRes) before it is stopped.
    """
    notes: list[str] = []
    secc_proc = _spawn(link.evse, secc, log_dir)
    try:
        ready_after = wait_ready(secc_proc, secc.ready, ready_timeout)
    except RuntimeError as exc:
        code = secc_proc.poll()
        secc_proc.stop()
        never = SideResult(evcc, None, "", "", Trace(evcc.role), float("nan"), float("nan"))
        return SessionResult(_finish(secc, secc_proc, code), never, float("nan"), False, log_dir, [str(exc)])
    evcc_proc = _spawn(link.ev, evcc, log_dir)
    code, timed_out = _wait_evcc(evcc_proc, evcc, session_timeout, gave_up_grace)
    evcc_result = _finish(evcc, evcc_proc, code)
    if code is None and not timed_out:
        notes.append(f"{evcc.name} gave up (see its log) and was stopped")
    deadline = time.monotonic() + secc_linger
    while time.monotonic() < deadline and secc_proc.poll() is None:
        if "SessionStopRes" in secc.parse(_output(secc_proc), secc.role).names():
            break
        time.sleep(0.2)
    secc_code = secc_proc.poll()
    secc_proc.stop()
    return SessionResult(_finish(secc, secc_proc, secc_code), evcc_result, ready_after, timed_out, log_dir,
                         notes)


def _wait_evcc(process: Process, spec: SideSpec, timeout: float, grace: float) -> tuple[int | None, bool]:
    """(exit status or None if it had to be stopped, whether the deadline passed)."""
    deadline = time.monotonic() + timeout
    gave_up_at: float | None = None
    while (code := process.wait(0.2)) is None:
        now = time.monotonic()
        if now > deadline:
            process.stop()
            return None, True
        if gave_up_at is None and spec.gave_up is not None and spec.gave_up(_output(process)):
            gave_up_at = now
        if gave_up_at is not None and now - gave_up_at > grace:
            process.stop()
            return None, False
    return code, False

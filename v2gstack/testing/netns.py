"""Two network namespaces joined by a veth pair, for tests that need a real link.

SDP multicasts to ff02::1 on an interface with an IPv6 link-local address; loopback has none.
:func:`veth_namespaces` creates two namespaces (one per side), moves one end of a fresh veth pair
into each, disables duplicate address detection (so the link-local address is usable at once),
brings the links up, waits for the link-local addresses, and on exit kills every process still
inside the namespaces and deletes them, whatever happened inside the ``with`` block::

    with veth_namespaces("v2gio") as link:
        proc = link.evse.spawn(["python", "-m", "server", link.evse.iface], log_dir=tmp)
        result = link.ev.run(["python", "-m", "client", link.ev.iface], timeout=30)

Needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN) and iproute2's ``ip``. Linux only.
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from ipaddress import IPv6Address
from pathlib import Path

IFNAMSIZ = 15  # usable characters of a Linux interface name
_counter = itertools.count()


class NetnsError(RuntimeError):
    """A namespace, link or process could not be set up."""


def ip(*args: str, check: bool = True, timeout: float = 20.0) -> subprocess.CompletedProcess[str]:
    """Run ``ip ARGS`` and return the completed process (raises :class:`NetnsError` if check)."""
    done = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=timeout, check=False)
    if check and done.returncode != 0:
        raise NetnsError(f"ip {' '.join(args)}: {done.stderr.strip() or done.returncode}")
    return done


@dataclass
class Process:
    """A command started in a namespace, in its own process group, output going to files."""

    name: str
    popen: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path
    started: float = field(default_factory=time.monotonic)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def poll(self) -> int | None:
        return self.popen.poll()

    def wait(self, timeout: float) -> int | None:
        """Exit status, or None if the process is still running after ``timeout`` seconds."""
        try:
            return self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, grace: float = 3.0) -> int:
        """SIGINT to the whole process group, then SIGKILL after ``grace`` seconds; the exit status."""
        if self.popen.poll() is None:
            self._signal_group(signal.SIGINT)
            if self.wait(grace) is None:
                self._signal_group(signal.SIGKILL)
        status = self.popen.wait(timeout=10)
        # children that ignored the interrupt (e.g. a JVM) must not outlive their leader
        self._signal_group(signal.SIGKILL)
        return status

    def _signal_group(self, sig: signal.Signals) -> None:
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, sig)

    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace") if self.stdout_path.exists() else ""

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""


@dataclass
class Namespace:
    """One side of the link: a named network namespace and its end of the veth pair."""

    name: str
    iface: str
    processes: list[Process] = field(default_factory=list)

    def command(self, argv: Sequence[str]) -> list[str]:
        """``argv`` wrapped so that it runs inside this namespace."""
        return ["ip", "netns", "exec", self.name, *argv]

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 30.0,
        env: Mapping[str, str] | None = None,
        cwd: str | Path | None = None,
        check: bool = False,
    ) -> subprocess.CompletedProcess[str]:
        """Run a short command inside the namespace and capture its output."""
        return subprocess.run(
            self.command(argv),
            capture_output=True,
            text=True,
            timeout=timeout,
            env=None if env is None else dict(env),
            cwd=cwd,
            check=check,
        )

    def spawn(
        self,
        argv: Sequence[str],
        *,
        log_dir: str | Path,
        name: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | Path | None = None,
    ) -> Process:
        """Start ``argv`` inside the namespace as a new session (own process group).

        stdout and stderr go to ``LOG_DIR/NAME.stdout`` and ``LOG_DIR/NAME.stderr``. The process
        is remembered and killed when the namespaces are torn down, if still alive.
        """
        label = name or Path(argv[0]).name
        directory = Path(log_dir)
        directory.mkdir(parents=True, exist_ok=True)
        out_path, err_path = directory / f"{label}.stdout", directory / f"{label}.stderr"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            popen = subprocess.Popen(
                self.command(argv),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=None if env is None else dict(env),
                cwd=cwd,
                start_new_session=True,
            )
        process = Process(label, popen, out_path, err_path)
        self.processes.append(process)
        return process

    def link_local(self) -> IPv6Address:
        """The link-local address of this side's interface (raises if there is none yet)."""
        done = ip("-n", self.name, "-6", "-o", "addr", "show", "dev", self.iface, "scope", "link")
        for line in done.stdout.splitlines():
            words = line.split()
            if "inet6" in words and "tentative" not in words:
                return IPv6Address(words[words.index("inet6") + 1].split("/")[0])
        raise NetnsError(f"{self.iface} in {self.name} has no usable link-local address")

    def pids(self) -> list[int]:
        """Every process currently inside this namespace."""
        done = ip("netns", "pids", self.name, check=False)
        return [int(word) for word in done.stdout.split() if word.isdigit()]

    def kill_all(self) -> None:
        """Stop the processes started here (their groups), then SIGKILL anything left inside."""
        for process in self.processes:
            process.stop(grace=1.0)
        for pid in self.pids():
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@dataclass(frozen=True)
class VethLink:
    """Two namespaces joined by one veth pair: ``evse`` (charger side) and ``ev`` (vehicle side)."""

    evse: Namespace
    ev: Namespace


def link_names(prefix: str, tag: str | None = None) -> tuple[str, str, str, str]:
    """(evse namespace, evse interface, ev namespace, ev interface), unique per process and call.

    Interface names are ``PREFIX`` cut to fit, the tag (pid and a counter) and ``s``/``e``;
    namespace names carry the full prefix. Raises if the tag alone leaves no room.
    """
    tag = tag or f"{os.getpid()}x{next(_counter)}"
    room = IFNAMSIZ - len(tag) - 1
    if room < 1:
        raise NetnsError(f"tag {tag!r} too long for an interface name")
    short = prefix[:room]
    return f"{prefix}{tag}evse", f"{short}{tag}s", f"{prefix}{tag}ev", f"{short}{tag}e"


def _set_up(link: VethLink) -> None:
    for ns in (link.evse, link.ev):
        ip("netns", "add", ns.name)
        for key in ("all", "default"):
            ns.run(["sysctl", "-qw", f"net.ipv6.conf.{key}.accept_dad=0"], check=True)
        ip("-n", ns.name, "link", "set", "lo", "up")
    ip("link", "add", link.evse.iface, "type", "veth", "peer", "name", link.ev.iface)
    for ns in (link.evse, link.ev):
        ip("link", "set", ns.iface, "netns", ns.name)
        ns.run(["sysctl", "-qw", f"net.ipv6.conf.{ns.iface}.accept_dad=0"], check=True)
        ip("-n", ns.name, "link", "set", ns.iface, "up")


def wait_link_local(link: VethLink, timeout: float = 10.0) -> None:
    """Block until both sides have a usable link-local address."""
    deadline = time.monotonic() + timeout
    for ns in (link.evse, link.ev):
        while True:
            try:
                ns.link_local()
                break
            except NetnsError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


def tear_down(link: VethLink) -> list[str]:
    """Kill everything inside both namespaces and delete them; returns the problems met."""
    problems: list[str] = []
    for ns in (link.evse, link.ev):
        try:
            ns.kill_all()
        except (OSError, subprocess.SubprocessError, NetnsError) as exc:
            problems.append(f"{ns.name}: {exc}")
    # the veth end still in the root namespace if setup failed half way; deleting either end
    # removes both
    ip("link", "del", link.evse.iface, check=False)
    for ns in (link.evse, link.ev):
        done = ip("netns", "del", ns.name, check=False)
        if done.returncode != 0 and "No such file" not in done.stderr:
            problems.append(f"netns del {ns.name}: {done.stderr.strip()}")
    return problems


@contextmanager
def veth_namespaces(prefix: str = "v2g", *, tag: str | None = None) -> Iterator[VethLink]:
    """Namespaces ``evse`` and ``ev`` joined by a veth pair; always torn down on exit."""
    evse_ns, evse_if, ev_ns, ev_if = link_names(prefix, tag)
    link = VethLink(Namespace(evse_ns, evse_if), Namespace(ev_ns, ev_if))
    with ExitStack() as stack:
        stack.callback(tear_down, link)
        _set_up(link)
        wait_link_local(link)
        yield link


def namespace_exists(name: str) -> bool:
    return name in ip("netns", "list", check=False).stdout.split()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap_stale(prefix: str) -> list[str]:
    """Remove links left by dead runs: namespaces ``PREFIX<pid>x<n>evse|ev`` whose creating
    process ``pid`` no longer exists (killed before its teardown could run, e.g. SIGKILL or an
    outer ``timeout``). Kills what is still inside them; returns the namespaces removed."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)x\d+(?:evse|ev)$")
    removed: list[str] = []
    for name in ip("netns", "list", check=False).stdout.split():
        match = pattern.match(name)
        if match is None or _pid_alive(int(match[1])):
            continue
        Namespace(name, "").kill_all()
        if ip("netns", "del", name, check=False).returncode == 0:
            removed.append(name)
    return removed

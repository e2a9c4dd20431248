"""A loopback TLS listener that records each handshake's outcome, and an `openssl s_client` runner."""

from __future__ import annotations

import queue
import re
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from v2gstack.security.tls import Negotiated, negotiated


@dataclass
class Outcome:
    """Server-side result of one connection: the negotiated parameters, or the error."""

    negotiated: Negotiated | None
    error: str | None
    peer_subject: str | None = None


@dataclass
class Listener:
    port: int
    outcomes: queue.Queue[Outcome]

    def next_outcome(self, timeout: float = 15.0) -> Outcome:
        return self.outcomes.get(timeout=timeout)


def _serve_one(ctx: ssl.SSLContext, conn: socket.socket, outcomes: queue.Queue[Outcome]) -> None:
    conn.settimeout(15)
    try:
        tls = ctx.wrap_socket(conn, server_side=True)
    except (ssl.SSLError, OSError) as exc:
        outcomes.put(Outcome(None, f"{type(exc).__name__}: {exc}"))
        conn.close()
        return
    try:
        params = negotiated(tls)
        peer = tls.getpeercert()
        subject = str(peer.get("subject")) if peer else None
        outcomes.put(Outcome(params, None, subject))
        tls.sendall(f"OK {params.cipher} {params.group}\n".encode())
        tls.unwrap()  # close_notify, so that s_client ends cleanly
    except (ssl.SSLError, OSError):
        pass  # the peer went away first: the handshake outcome is already recorded
    except Exception as exc:  # recorded for the test to see
        outcomes.put(Outcome(None, f"after handshake: {type(exc).__name__}: {exc}"))
    finally:
        tls.close()


@contextmanager
def tls_listener(ctx: ssl.SSLContext) -> Iterator[Listener]:
    """Serve ``ctx`` on 127.0.0.1 (ephemeral port) in a thread until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    outcomes: queue.Queue[Outcome] = queue.Queue()
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            _serve_one(ctx, conn, outcomes)

    thread = threading.Thread(target=loop, name="tls-listener", daemon=True)
    thread.start()
    try:
        yield Listener(sock.getsockname()[1], outcomes)
    finally:
        stop.set()
        thread.join(timeout=5)
        sock.close()


@dataclass
class SClient:
    returncode: int
    output: str

    def field(self, pattern: str) -> str | None:
        match = re.search(pattern, self.output, re.MULTILINE)
        return match.group(1).strip() if match else None

    @property
    def cipher(self) -> str | None:
        return self.field(r"^New, TLSv1\.3, Cipher is (\S+)")

    @property
    def temp_key(self) -> str | None:
        return self.field(r"^Server Temp Key: (.+)$")

    @property
    def peer_signature(self) -> str | None:
        """``ECDSA+SHA512`` or ``Ed448`` (type and, where there is one, the digest)."""
        kind = self.field(r"^Peer signature type: (\S+)")
        digest = self.field(r"^Peer signing digest: (\S+)")
        if kind is None:
            return None
        return f"{kind}+{digest}" if digest and kind == "ECDSA" else kind

    @property
    def ca_names(self) -> list[str]:
        """The distinguished names listed after "Acceptable client certificate CA names"."""
        lines = self.output.splitlines()
        if "Acceptable client certificate CA names" not in lines:
            return []
        names = []
        for line in lines[lines.index("Acceptable client certificate CA names") + 1 :]:
            if " = " not in line or ":" in line:
                break
            names.append(line.strip())
        return names


def s_client(openssl: str, port: int, *args: str | Path, timeout: float = 20) -> SClient:
    """Run ``openssl s_client`` against 127.0.0.1:port; stdin is empty, the server closes."""
    cmd = [openssl, "s_client", "-connect", f"127.0.0.1:{port}", "-ign_eof", *map(str, args)]
    res = subprocess.run(cmd, input="", capture_output=True, text=True, timeout=timeout)
    return SClient(res.returncode, res.stdout + res.stderr)

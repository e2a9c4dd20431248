"""What one side of a session saw: messages with times, response codes, errors, the verdict.

``parse_iso15118_log(text, role)`` reads the log of the ``iso15118`` PyPI stack (its default
logging format, ``LEVEL    YYYY-mm-dd HH:MM:SS,mmm - logger (line): text``, with
``MESSAGE_LOG_JSON`` on, which is its default). The lines used:

* ``Message to encode (ns=...): {json}`` then ``Sent <Name>``: a message this side sent;
* ``Decoded message (ns=...): {json}`` then ``<Name> received``: a message it received;
* ``Reason: ...``: why the communication session stopped;
* ``ERROR`` lines and tracebacks.

The same :class:`Trace` is what a parser of v2gstack's own log lines must produce, so the tests
compare both sides with one vocabulary.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Role = Literal["secc", "evcc"]
Direction = Literal["sent", "received"]

_LINE = re.compile(
    r"^(?P<level>[A-Z]+)\s+(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - "
    r"(?P<logger>\S+) \((?P<lineno>\d+)\): (?P<text>.*)$"
)
_ENCODE = re.compile(r"^Message to encode \(ns=[^)]*\): (?P<json>\{.*\})\s*$")
_DECODE = re.compile(r"^Decoded message \(ns=[^)]*\): (?P<json>\{.*\})\s*$")
_SENT = re.compile(r"^Sent (?P<name>\w+)\s*$")
_RECEIVED = re.compile(r"^(?P<name>\w+) received\s*$")
_REASON = re.compile(r"^Reason: (?P<reason>.*)$")
# "SDPResponse received: [...]" (EVCC) / "Sending SDPResponse: [...]" (SECC)
_SDP_RESPONSE = re.compile(r"SDPResponse.*Security: (?P<security>[A-Z_]+)")
# the peer's reason for an orderly end; an error stop says what went wrong instead
_NORMAL_STOP = "Communication session terminated"


@dataclass(frozen=True)
class Message:
    """One V2G message as logged by one side."""

    time: float  # seconds since the epoch, local clock of the host (both sides share it)
    direction: Direction
    name: str  # e.g. "SessionSetupReq", "DC_ChargeLoopRes", "supportedAppProtocolReq"
    body: dict[str, Any] | None = None  # the message's JSON (the peer logs it), if known

    @property
    def response_code(self) -> str | None:
        if not self.body:
            return None
        code = self.body.get("ResponseCode")
        return code if isinstance(code, str) else None

    @property
    def is_request(self) -> bool:
        return self.name.endswith("Req")


@dataclass(frozen=True)
class Exchange:
    """A request and its response as one side saw them; ``latency`` in seconds.

    On the requester (EVCC) this is the round trip from ``Sent XReq`` to ``XRes received``
    (network, the peer's decode/process/encode and our own decode); on the responder (SECC) it
    is the processing time from ``XReq received`` to ``Sent XRes`` (including its encode).
    """

    request: Message
    response: Message

    @property
    def name(self) -> str:
        return self.request.name[: -len("Req")]

    @property
    def latency(self) -> float:
        return self.response.time - self.request.time


@dataclass
class Trace:
    role: Role
    messages: list[Message] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stop_reasons: list[str] = field(default_factory=list)
    sdp_security: str | None = None  # "TLS" or "NO_TLS" from the SDP response, if logged

    def names(self) -> list[str]:
        return [m.name for m in self.messages]

    def requests(self) -> list[str]:
        """The request names in order (the message sequence of the session)."""
        return [m.name for m in self.messages if m.is_request]

    def exchanges(self) -> list[Exchange]:
        """Requests paired with the next response of the same name."""
        pairs: list[Exchange] = []
        pending: Message | None = None
        for message in self.messages:
            if message.is_request:
                pending = message
            elif pending is not None and message.name == pending.name[:-3] + "Res":
                pairs.append(Exchange(pending, message))
                pending = None
        return pairs

    def failed_responses(self) -> list[tuple[str, str]]:
        """(response name, code) for every response whose code is not OK/OK_*."""
        bad: list[tuple[str, str]] = []
        for message in self.messages:
            code = message.response_code
            if code is not None and not code.startswith("OK"):
                bad.append((message.name, code))
        return bad

    def completed(self) -> bool:
        """SessionStop was exchanged with ResponseCode OK and the session stopped normally."""
        stop_res = [m for m in self.messages if m.name == "SessionStopRes"]
        stop_req = [m for m in self.messages if m.name == "SessionStopReq"]
        return (
            bool(stop_req)
            and bool(stop_res)
            and stop_res[-1].response_code in (None, "OK")
            and not self.failed_responses()
            and all(r.startswith(_NORMAL_STOP) for r in self.stop_reasons)
        )

    def problems(self) -> list[str]:
        """Human-readable reasons why :meth:`completed` is False (empty if it is True)."""
        found: list[str] = []
        if "SessionStopReq" not in self.names():
            found.append("no SessionStopReq")
        if "SessionStopRes" not in self.names():
            found.append("no SessionStopRes")
        found += [f"{name}: ResponseCode {code}" for name, code in self.failed_responses()]
        found += [f"stopped: {r}" for r in self.stop_reasons if not r.startswith(_NORMAL_STOP)]
        return found

    def latency_table(self) -> str:
        rows = [f"{'exchange':32} {'latency ms':>10}  code"]
        for ex in self.exchanges():
            rows.append(f"{ex.name:32} {ex.latency * 1000:10.0f}  {ex.response.response_code or ''}")
        return "\n".join(rows)


def _timestamp(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def _json_name(raw: str) -> tuple[str, dict[str, Any]] | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or len(data) != 1:
        return None
    ((name, body),) = data.items()
    return (name, body) if isinstance(body, dict) else (name, {})


def parse_iso15118_log(text: str, role: Role) -> Trace:
    """The :class:`Trace` of one side from the ``iso15118`` stack's log (see module docstring)."""
    trace = Trace(role)
    to_send: tuple[str, dict[str, Any]] | None = None
    decoded: tuple[str, dict[str, Any]] | None = None
    in_traceback = False
    for line in text.splitlines():
        match = _LINE.match(line)
        if match is None:
            # continuation lines: tracebacks (logger.exception) and multi-line messages
            if line.startswith("Traceback (most recent call last)"):
                in_traceback = True
            elif in_traceback and line and not line.startswith(" "):
                trace.errors.append(line.strip())
                in_traceback = False
            continue
        in_traceback = False
        level, body = match["level"], match["text"]
        when = _timestamp(match["time"])
        if level in ("ERROR", "CRITICAL"):
            trace.errors.append(body)
        if m := _ENCODE.match(body):
            to_send = _json_name(m["json"])
        elif m := _DECODE.match(body):
            decoded = _json_name(m["json"])
        elif m := _SENT.match(body):
            name = m["name"]
            content = to_send[1] if to_send and to_send[0] == name else None
            trace.messages.append(Message(when, "sent", name, content))
            to_send = None
        elif m := _RECEIVED.match(body):
            name = m["name"]
            content = decoded[1] if decoded and decoded[0] == name else None
            trace.messages.append(Message(when, "received", name, content))
            decoded = None
        elif m := _REASON.match(body):
            trace.stop_reasons.append(m["reason"].strip())
        elif m := _SDP_RESPONSE.search(body):
            trace.sdp_security = m["security"]
    return trace


def compare_sequences(evcc: Trace, secc: Trace) -> list[str]:
    """Differences between what the EVCC sent and what the SECC received (and vice versa)."""
    problems: list[str] = []
    ev_sent = [m.name for m in evcc.messages if m.direction == "sent"]
    se_recv = [m.name for m in secc.messages if m.direction == "received"]
    se_sent = [m.name for m in secc.messages if m.direction == "sent"]
    ev_recv = [m.name for m in evcc.messages if m.direction == "received"]
    if ev_sent != se_recv:
        problems.append(f"EVCC sent {ev_sent} but SECC received {se_recv}")
    if se_sent != ev_recv:
        problems.append(f"SECC sent {se_sent} but EVCC received {ev_recv}")
    return problems

"""What the sans-I/O session core returns: actions for its I/O adapter to carry out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from v2gstack.secc.types import SessionEvent, StopReason


@dataclass(frozen=True, slots=True)
class SendResponse:
    """Encode ``message`` in ``namespace`` and send it with V2GTP ``payload_type``."""

    message: Any
    namespace: str
    payload_type: int


@dataclass(frozen=True, slots=True)
class CallFirmware:
    """Run ``EVSEController.<method>(*args)``; report back with ``firmware_result(call_id, ...)``."""

    call_id: int
    method: str
    args: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class StopPower:
    """Fail-safe: tell firmware to stop power transfer now."""

    reason: StopReason


@dataclass(frozen=True, slots=True)
class CloseConnection:
    """Close the TCP/TLS connection after ``delay`` seconds (0: at once)."""

    reason: str
    delay: float = 0.0


@dataclass(frozen=True, slots=True)
class Notify:
    """Pass a notification on to firmware (``EVSEController.on_event``)."""

    event: SessionEvent


Action = SendResponse | CallFirmware | StopPower | CloseConnection | Notify

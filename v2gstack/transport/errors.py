"""Typed errors of the transport layer (V2GTP framing and SDP)."""

from __future__ import annotations

import enum

from v2gstack.errors import V2GStackError


class TransportError(V2GStackError):
    """Base class of every V2GTP and SDP error."""


class HeaderCheck(enum.Enum):
    """Which V2GTP header check failed (ISO 15118-2/-20, V2GTP header processing)."""

    VERSION = "protocol version"
    INVERSE_VERSION = "inverse protocol version"
    PAYLOAD_TYPE = "payload type"
    PAYLOAD_LENGTH = "payload length"


class V2GTPError(TransportError):
    """Base class of V2GTP framing errors; on any of them the node closes the TCP connection."""


class V2GTPHeaderError(V2GTPError):
    """A V2GTP header failed a check; ``check`` says which one, ``value`` the offending value."""

    def __init__(self, check: HeaderCheck, value: int, message: str) -> None:
        super().__init__(f"V2GTP header error ({check.value}): {message}")
        self.check = check
        self.value = value


class V2GTPIncompleteError(V2GTPError):
    """The stream or datagram ended inside a V2GTP message (or a datagram has trailing bytes)."""


class SDPError(TransportError):
    """Base class of SECC Discovery Protocol errors."""


class SDPDecodeError(SDPError):
    """An SDP payload is malformed (wrong length or a reserved field value)."""


class SDPEncodeError(SDPError):
    """An SDP message cannot be encoded (a field is out of range)."""


class SDPConfigError(SDPError):
    """The SDP responder or client was configured inconsistently (e.g. TLS required, no TLS port)."""


class SDPTimeoutError(SDPError):
    """The EVCC sent every SDP request it may send and received no valid response."""

    def __init__(self, requests_sent: int, elapsed: float) -> None:
        super().__init__(f"no SDP response after {requests_sent} requests in {elapsed:.3f} s")
        self.requests_sent = requests_sent
        self.elapsed = elapsed


class NetworkInterfaceError(TransportError):
    """A network interface is unknown or has no usable IPv6 link-local address."""

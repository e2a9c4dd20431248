"""Sans-I/O SDP logic: the SECC's responder policy and the EVCC's retry core.

Neither touches a socket or a clock: the responder maps a received datagram to the datagram to
send back (or None to ignore it); the retry core is driven with ``now`` and says what to send
and when it next needs to be polled. The asyncio adapters live in ``sdp_server``/``sdp_client``.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from ipaddress import IPv6Address

from v2gstack.transport.errors import SDPConfigError, SDPTimeoutError, TransportError
from v2gstack.transport.sdp import (
    EVSEID_LENGTH,
    AnySDPRequest,
    AnySDPResponse,
    DiagStatus,
    SDPRequest,
    SDPResponse,
    Security,
    TransportProtocol,
    WirelessSDPRequest,
    WirelessSDPResponse,
    decode_sdp_request,
    decode_sdp_response,
    encode_sdp,
)

log = logging.getLogger(__name__)

#: Time the EVCC waits for an SDP response before it sends the request again
#: (ISO 15118-2 [V2G2-160], 250 ms; DIN SPEC 70121 alike).
SDP_RESPONSE_TIMEOUT = 0.25
#: Most SDP requests the EVCC sends before it gives up: SDP_max_request (ISO 15118-2 [V2G2-161]).
SDP_MAX_REQUESTS = 50


class TLSPolicy(enum.Enum):
    """Which of the SECC's servers the SDP response announces.

    * ``REQUIRE_TLS``: always the TLS server, whatever the EV asked for. ISO 15118-20 makes TLS
      (1.3) mandatory for its sessions, so a -20-only SECC uses this; the response's security
      field (0x00) tells an EV that asked for "no TLS" what it gets; the EV then decides whether
      to connect.
    * ``HONOUR_EV``: the server matching the EV's security field; if the SECC runs only the other
      one, that one is announced (again, the response's security field says so).
    * ``NO_TLS``: always the plain TCP server (DIN SPEC 70121 style, test benches).
    """

    REQUIRE_TLS = "require-tls"
    HONOUR_EV = "honour-ev"
    NO_TLS = "no-tls"


@dataclass(frozen=True, slots=True)
class WirelessSDPConfig:
    """What the SECC puts in wireless SDP responses (ISO 15118-20 wireless SDP)."""

    evseid: str
    coupling_type: int
    diag_status: DiagStatus = DiagStatus.FINISHED_WITH_EVSEID

    def __post_init__(self) -> None:
        if len(self.evseid) != EVSEID_LENGTH or not self.evseid.isascii():
            raise SDPConfigError(f"EVSEID must be {EVSEID_LENGTH} ASCII characters")
        if not 0 <= self.coupling_type <= 0xFF:
            raise SDPConfigError("coupling type must fit one byte")


class SDPResponder:
    """The SECC's SDP decision: which endpoint to announce for a request, or to ignore it.

    Requests that are malformed, ask for a transport other than TCP, or are wireless requests
    while no :class:`WirelessSDPConfig` is set are ignored (no response), so a peer cannot make
    the server fail; ``ignored`` counts them.
    """

    def __init__(
        self,
        *,
        address: IPv6Address,
        policy: TLSPolicy,
        tcp_port: int | None = None,
        tls_port: int | None = None,
        wireless: WirelessSDPConfig | None = None,
    ) -> None:
        for name, port in (("tcp_port", tcp_port), ("tls_port", tls_port)):
            if port is not None and not 0 < port <= 0xFFFF:
                raise SDPConfigError(f"{name} {port} is not a valid port")
        if policy is TLSPolicy.REQUIRE_TLS and tls_port is None:
            raise SDPConfigError("policy REQUIRE_TLS needs a TLS server port")
        if policy is TLSPolicy.NO_TLS and tcp_port is None:
            raise SDPConfigError("policy NO_TLS needs a TCP server port")
        if tcp_port is None and tls_port is None:
            raise SDPConfigError("the SECC needs a TCP or a TLS server port to announce")
        self.address = address
        self.policy = policy
        self.tcp_port = tcp_port
        self.tls_port = tls_port
        self.wireless = wireless
        self.ignored = 0

    def choose(self, requested: Security) -> tuple[int, Security]:
        """The (port, security) to announce for an EV that asked for ``requested``."""
        if self.policy is TLSPolicy.REQUIRE_TLS:
            assert self.tls_port is not None
            return self.tls_port, Security.TLS
        if self.policy is TLSPolicy.NO_TLS:
            assert self.tcp_port is not None
            return self.tcp_port, Security.NO_TLS
        if requested is Security.TLS and self.tls_port is not None:
            return self.tls_port, Security.TLS
        if self.tcp_port is not None:
            return self.tcp_port, Security.NO_TLS
        assert self.tls_port is not None  # the constructor guarantees one of the two
        return self.tls_port, Security.TLS

    def respond(self, request: AnySDPRequest) -> AnySDPResponse | None:
        """The response for a decoded request, or None to ignore it."""
        if request.transport is not TransportProtocol.TCP:
            return None
        port, security = self.choose(request.security)
        if isinstance(request, SDPRequest):
            return SDPResponse(self.address, port, security, TransportProtocol.TCP)
        if self.wireless is None:
            return None
        return WirelessSDPResponse(
            self.address,
            port,
            security,
            TransportProtocol.TCP,
            self.wireless.diag_status,
            self.wireless.coupling_type,
            self.wireless.evseid,
        )

    def handle_datagram(self, datagram: bytes) -> bytes | None:
        """The datagram to send back for a received one, or None to stay silent."""
        try:
            request = decode_sdp_request(datagram)
        except TransportError as exc:
            self.ignored += 1
            log.debug("ignoring SDP datagram: %s", exc)
            return None
        response = self.respond(request)
        if response is None:
            self.ignored += 1
            log.debug("ignoring SDP request %s", request)
            return None
        return encode_sdp(response)


class SDPRetryCore:
    """The EVCC's SDP client as a pure state machine driven by a clock.

    Sends the request, waits ``response_timeout`` for a response and sends it again, up to
    ``max_requests`` requests in all ([V2G2-160], [V2G2-161]); after the last one has timed out,
    ``poll`` raises :class:`SDPTimeoutError`. Responses of the wrong kind (wireless for a wired
    request or the other way round), for a transport other than TCP, or whose security is not in
    ``accept_security`` are ignored, like malformed datagrams.
    """

    def __init__(
        self,
        request: AnySDPRequest,
        *,
        response_timeout: float = SDP_RESPONSE_TIMEOUT,
        max_requests: int = SDP_MAX_REQUESTS,
        accept_security: frozenset[Security] = frozenset(Security),
    ) -> None:
        if response_timeout <= 0 or max_requests < 1:
            raise SDPConfigError("response_timeout must be > 0 and max_requests >= 1")
        self.request = request
        self.response_timeout = response_timeout
        self.max_requests = max_requests
        self.accept_security = accept_security
        self.requests_sent = 0
        self.ignored = 0
        self.result: AnySDPResponse | None = None
        self._datagram = encode_sdp(request)
        self._started_at: float | None = None
        self._deadline: float | None = None
        self._failed = False

    @property
    def deadline(self) -> float | None:
        """When ``poll`` must next be called; None before the start and once finished."""
        return None if self.done else self._deadline

    @property
    def done(self) -> bool:
        return self.result is not None or self._failed

    def poll(self, now: float) -> bytes | None:
        """The datagram to send now (first request or a retry), or None if nothing is due.

        Raises :class:`SDPTimeoutError` once ``max_requests`` requests went unanswered.
        """
        if self.result is not None:
            return None
        if self._failed:
            raise SDPTimeoutError(self.requests_sent, now - (self._started_at or now))
        if self._started_at is None:
            self._started_at = now
        else:
            assert self._deadline is not None
            if now < self._deadline:
                return None
            if self.requests_sent >= self.max_requests:
                self._failed = True
                raise SDPTimeoutError(self.requests_sent, now - self._started_at)
        self.requests_sent += 1
        self._deadline = now + self.response_timeout
        return self._datagram

    def receive(self, datagram: bytes, now: float) -> AnySDPResponse | None:
        """Take a received datagram; returns the response if it ends the discovery."""
        if self.done or self._started_at is None:
            return None
        try:
            response = decode_sdp_response(datagram)
        except TransportError as exc:
            self.ignored += 1
            log.debug("ignoring datagram on the SDP client: %s", exc)
            return None
        wireless = isinstance(self.request, WirelessSDPRequest)
        if (
            isinstance(response, WirelessSDPResponse) != wireless
            or response.transport is not TransportProtocol.TCP
            or response.security not in self.accept_security
        ):
            self.ignored += 1
            return None
        self.result = response
        return response

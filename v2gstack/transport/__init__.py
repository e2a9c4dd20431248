"""Transport layer: V2GTP framing and the SECC Discovery Protocol (SDP).

Sans-I/O cores (:mod:`.v2gtp`, :mod:`.sdp`, :mod:`.sdp_logic`) and thin asyncio adapters
(:mod:`.stream`, :mod:`.sdp_server`, :mod:`.sdp_client`). See docs/transport.md.
"""

from __future__ import annotations

from v2gstack.transport.errors import (
    HeaderCheck,
    NetworkInterfaceError,
    SDPConfigError,
    SDPDecodeError,
    SDPEncodeError,
    SDPError,
    SDPTimeoutError,
    TransportError,
    V2GTPError,
    V2GTPHeaderError,
    V2GTPIncompleteError,
)
from v2gstack.transport.sdp import (
    SDP_SERVER_PORT,
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
from v2gstack.transport.sdp_client import DiscoveredSECC, discover_secc
from v2gstack.transport.sdp_logic import (
    SDP_MAX_REQUESTS,
    SDP_RESPONSE_TIMEOUT,
    SDPResponder,
    SDPRetryCore,
    TLSPolicy,
    WirelessSDPConfig,
)
from v2gstack.transport.sdp_server import SDPServer, interface_responder, start_sdp_server
from v2gstack.transport.stream import read_message, write_message
from v2gstack.transport.v2gtp import (
    DEFAULT_MAX_PAYLOAD_LENGTH,
    ISO2_STREAM_PAYLOAD_TYPES,
    ISO20_STREAM_PAYLOAD_TYPES,
    PayloadType,
    V2GTPMessage,
    V2GTPParser,
    encode_message,
)

__all__ = [
    "DEFAULT_MAX_PAYLOAD_LENGTH",
    "ISO2_STREAM_PAYLOAD_TYPES",
    "ISO20_STREAM_PAYLOAD_TYPES",
    "SDP_MAX_REQUESTS",
    "SDP_RESPONSE_TIMEOUT",
    "SDP_SERVER_PORT",
    "DiagStatus",
    "DiscoveredSECC",
    "HeaderCheck",
    "NetworkInterfaceError",
    "PayloadType",
    "SDPConfigError",
    "SDPDecodeError",
    "SDPEncodeError",
    "SDPError",
    "SDPRequest",
    "SDPResponder",
    "SDPResponse",
    "SDPRetryCore",
    "SDPServer",
    "SDPTimeoutError",
    "Security",
    "TLSPolicy",
    "TransportError",
    "TransportProtocol",
    "V2GTPError",
    "V2GTPHeaderError",
    "V2GTPIncompleteError",
    "V2GTPMessage",
    "V2GTPParser",
    "WirelessSDPConfig",
    "WirelessSDPRequest",
    "WirelessSDPResponse",
    "decode_sdp_request",
    "decode_sdp_response",
    "discover_secc",
    "encode_message",
    "encode_sdp",
    "interface_responder",
    "read_message",
    "start_sdp_server",
    "write_message",
]

"""The EVCC adapter against SECCs that misbehave: it must end the session as failed, never raise or hang."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from v2gstack import exi
from v2gstack.evcc.client import SessionReport, open_connection, run_session
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig
from v2gstack.evcc.timing import EvccTiming
from v2gstack.secc import messages as m
from v2gstack.transport.v2gtp import encode_message

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
FAST = EvccTiming(general=0.2, long=0.2, charge_loop=0.1, ongoing=0.5, communication_setup=0.5)


async def _against(handler: Handler) -> SessionReport:
    server = await asyncio.start_server(handler, "::1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        connection = await open_connection("::1", port, None)
        try:
            session = run_session(connection, EvccConfig(timing=FAST), SimulatedEV())
            return await asyncio.wait_for(session, 5)
        finally:
            await connection.close()
    finally:
        server.close()


def _sap_ok() -> bytes:
    ok = m.sap.responseCode.OK_SuccessfulNegotiation
    res = m.sap.supportedAppProtocolRes(response_code=ok, schema_id=1)
    return encode_message(m.PT_SAP, exi.encode(res))


async def _silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read(100)
    await asyncio.sleep(2)


async def _garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read(100)
    writer.write(b"\x01\xfe\x80\x01\x00\x00\x00\x04\xff\xff\xff\xff")  # bad EXI in a good frame
    await writer.drain()
    await asyncio.sleep(1)


async def _bad_header(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read(100)
    writer.write(b"\x02\xfd\x80\x01\x00\x00\x00\x00")
    await writer.drain()
    await asyncio.sleep(1)


async def _hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read(100)
    writer.close()


async def _silent_after_sap(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answers SAP, then never answers SessionSetup: the communication-setup/message timeout ends it."""
    await reader.read(100)
    writer.write(_sap_ok())
    await writer.drain()
    await asyncio.sleep(2)


async def _wrong_message(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.read(100)
    writer.write(_sap_ok())
    await writer.drain()
    await reader.read(100)
    res = m.cm.SessionStopRes(header=m.header(b"\x01" * 8), response_code=m.code("OK"))
    writer.write(encode_message(m.PT_COMMON, exi.encode(res)))
    await writer.drain()
    await asyncio.sleep(1)


@pytest.mark.parametrize(("handler", "reason"), [
    (_silent, "timeout waiting for supportedAppProtocolRes"),
    (_garbage, "undecodable response"),
    (_bad_header, "connection error"),
    (_hang_up, "SECC closed the connection"),
    (_silent_after_sap, "timeout waiting for SessionSetupRes"),
    (_wrong_message, "expected SessionSetupRes, got SessionStopRes"),
], ids=lambda v: getattr(v, "__name__", "reason"))
def test_misbehaving_secc_fails_the_session(handler: Handler, reason: str) -> None:
    report = asyncio.run(_against(handler))
    assert not report.result.completed
    assert reason in report.result.reason


def test_connect_gives_up_on_a_secc_that_never_finishes_the_tls_handshake(tmp_path: Path) -> None:
    from ipaddress import IPv6Address

    from v2gstack.evcc.client import connect
    from v2gstack.security.pki import KeyProfile, init_pki
    from v2gstack.security.tls import client_context
    from v2gstack.transport.sdp import SDPResponse, Security, TransportProtocol
    from v2gstack.transport.sdp_client import DiscoveredSECC

    init_pki(tmp_path, KeyProfile.SECP521R1)

    async def main() -> float:
        server = await asyncio.start_server(_silent, "::1", 0)
        port = server.sockets[0].getsockname()[1]
        found = DiscoveredSECC(SDPResponse(IPv6Address("::1"), port, Security.TLS, TransportProtocol.TCP), 0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            with pytest.raises(TimeoutError):
                await connect(found, client_context(tmp_path), timeout=0.3)
            return loop.time() - started
        finally:
            server.close()

    assert asyncio.run(main()) < 1.0

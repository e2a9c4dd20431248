"""The asyncio SECC server over real loopback sockets: isolation between sessions, fail-safe timing."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from tests.secc.driver import EVCCID
from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import StopReason
from v2gstack.transport import V2GTPParser
from v2gstack.transport.stream import read_message, write_message


class Client:
    """A bare V2GTP/EXI client for poking at the server."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.parser = V2GTPParser(allowed_payload_types=None)
        self.sid = b"\x00" * 8

    @classmethod
    async def connect(cls, port: int, ssl: Any = None) -> Client:
        reader, writer = await asyncio.open_connection("::1", port, ssl=ssl)
        return cls(reader, writer)

    async def ask(self, message: Any) -> Any:
        _, pt = m.where(message)
        await write_message(self.writer, pt, exi.encode(message))
        frame = await asyncio.wait_for(read_message(self.reader, self.parser), 5)
        assert frame is not None
        return exi.decode(frame.payload, m.PAYLOAD_NAMESPACES[frame.payload_type])

    async def hello(self) -> None:
        proto = m.sap.AppProtocol(protocol_namespace=ns.ISO20_DC, version_number_major=1,
                                  version_number_minor=0, schema_id=1, priority=1)
        res = await self.ask(m.sap.supportedAppProtocolReq(app_protocol=[proto]))
        assert res.response_code.value == "OK_SuccessfulNegotiation"
        res = await self.ask(m.cm.SessionSetupReq(header=m.header(self.sid), evccid=EVCCID))
        self.sid = res.header.session_id


def _server(evse: SimulatedEVSE, tls: Any = None) -> SeccServerConfig:
    return SeccServerConfig(host="::1", sdp_port=0, tls=tls)


def test_garbage_on_one_connection_does_not_disturb_another() -> None:
    async def main() -> None:
        evse = SimulatedEVSE()
        async with await SeccServer.start(evse, _server(evse)) as server:
            good = await Client.connect(server.tcp_port)
            await good.hello()
            bad_reader, bad_writer = await asyncio.open_connection("::1", server.tcp_port)
            bad_writer.write(b"\x01\xfe\x80\x01\x00\x00\x00\x04\xde\xad\xbe\xef")  # not EXI
            await bad_writer.drain()
            assert await asyncio.wait_for(bad_reader.read(), 5) == b""  # closed by the server
            bad_reader2, bad_writer2 = await asyncio.open_connection("::1", server.tcp_port)
            bad_writer2.write(b"GET / HTTP/1.1\r\n\r\n")  # not V2GTP at all
            assert await asyncio.wait_for(bad_reader2.read(), 5) == b""
            res = await good.ask(m.cm.AuthorizationSetupReq(header=m.header(good.sid)))
            assert res.response_code.value == "OK"
            assert server.stats.failed == 2

    asyncio.run(main())


def test_dropped_link_stops_power_within_100_ms() -> None:
    async def main() -> None:
        evse = SimulatedEVSE()
        async with await SeccServer.start(evse, _server(evse)) as server:
            c = await Client.connect(server.tcp_port)
            await c.hello()
            header = m.header(c.sid)
            await c.ask(m.cm.AuthorizationSetupReq(header=header))
            eim = m.cm.EIM_AReqAuthorizationMode()
            await c.ask(m.cm.AuthorizationReq(header=header, eim_a_req_authorization_mode=eim,
                                              selected_authorization_service=m.cm.authorization.EIM))
            evse.stop_calls.clear()
            t0 = time.perf_counter()
            c.writer.transport.abort()  # the EV vanishes
            while not evse.stop_calls and time.perf_counter() - t0 < 1.0:
                await asyncio.sleep(0.001)
            elapsed = time.perf_counter() - t0
            assert evse.stop_calls, "stop_power was never called"
            assert evse.stop_calls[0].reason is StopReason.CONNECTION_LOST
            assert elapsed < 0.1, f"stop_power came {elapsed * 1000:.1f} ms after the link dropped"

    asyncio.run(main())


def test_tls_session_setup_and_sdp(tmp_path: Path) -> None:
    from v2gstack.security.pki import KeyProfile, init_pki
    from v2gstack.security.tls import client_context, server_context
    from v2gstack.transport import SDPRequest, Security, TransportProtocol, discover_secc

    init_pki(tmp_path, KeyProfile.SECP521R1)

    async def main() -> None:
        evse = SimulatedEVSE()
        async with await SeccServer.start(evse, _server(evse, tls=server_context(tmp_path))) as server:
            found = await discover_secc(SDPRequest(Security.TLS, TransportProtocol.TCP), host="::1",
                                        port=server.sdp_port)
            assert found.port == server.tcp_port and found.security is Security.TLS
            assert 49152 <= server.tcp_port <= 65535  # the dynamic port range -20 requires
            c = await Client.connect(found.port, ssl=client_context(tmp_path))
            await c.hello()
            assert len(c.sid) == 8 and any(c.sid)

    asyncio.run(main())


@pytest.mark.parametrize("payload", [b"", b"\x01\xfe\x80\x01\x00\x10\x00\x00"])
def test_truncated_or_oversized_frames_close_the_connection(payload: bytes) -> None:
    async def main() -> None:
        evse = SimulatedEVSE()
        async with await SeccServer.start(evse, _server(evse)) as server:
            reader, writer = await asyncio.open_connection("::1", server.tcp_port)
            writer.write(payload)
            await writer.drain()
            writer.write_eof()
            assert await asyncio.wait_for(reader.read(), 5) == b""

    asyncio.run(main())


async def _authorized(server: SeccServer) -> Client:
    c = await Client.connect(server.tcp_port)
    await c.hello()
    header = m.header(c.sid)
    await c.ask(m.cm.AuthorizationSetupReq(header=header))
    eim = m.cm.EIM_AReqAuthorizationMode()
    await c.ask(m.cm.AuthorizationReq(header=header, eim_a_req_authorization_mode=eim,
                                      selected_authorization_service=m.cm.authorization.EIM))
    return c


async def _stop_latency(evse: SimulatedEVSE, t0: float) -> float:
    while not evse.stop_calls and time.perf_counter() - t0 < 2.0:
        await asyncio.sleep(0.001)
    assert evse.stop_calls, "stop_power was never called"
    return time.perf_counter() - t0


@pytest.mark.parametrize("trigger", ["v2gtp-header-error", "undecodable-exi", "wrong-payload-type",
                                     "sequence-error", "server-shutdown"])
def test_every_abnormal_end_stops_power_within_100_ms(trigger: str) -> None:
    """Fail-safe: from the trigger reaching the SECC to firmware's stop_power, under 100 ms."""
    async def main() -> None:
        evse = SimulatedEVSE()
        server = await SeccServer.start(evse, _server(evse))
        try:
            c = await _authorized(server)
            evse.stop_calls.clear()
            t0 = time.perf_counter()
            if trigger == "v2gtp-header-error":
                c.writer.write(b"\x02\xfd\x80\x02\x00\x00\x00\x00")
            elif trigger == "wrong-payload-type":  # an AC message in a DC session: closed, no answer
                c.writer.write(b"\x01\xfe\x80\x03\x00\x00\x00\x01\x80")
            elif trigger == "undecodable-exi":
                c.writer.write(b"\x01\xfe\x80\x02\x00\x00\x00\x03\xff\xff\xff")
            elif trigger == "sequence-error":
                req = m.cm.PowerDeliveryReq(header=m.header(c.sid), ev_processing=m.ct.processing.Finished,
                                            charge_progress=m.cm.chargeProgress.Start)
                res = await c.ask(req)
                assert res.response_code.value == "FAILED_SequenceError"
            else:
                await server.close()
            elapsed = await _stop_latency(evse, t0)
            assert elapsed < 0.1, f"stop_power came {elapsed * 1000:.1f} ms after the trigger"
            if trigger != "sequence-error":
                assert await asyncio.wait_for(c.reader.read(), 3) == b""  # and the link is closed
        finally:
            await server.close()

    asyncio.run(main())


def test_sequence_timeout_stops_power_on_time() -> None:
    from v2gstack.secc.timing import Timing

    async def main() -> None:
        evse = SimulatedEVSE()
        config = SeccServerConfig(host="::1", sdp_port=0, timing=Timing(sequence=0.3))
        async with await SeccServer.start(evse, config) as server:
            ev = await _authorized(server)  # keeps the connection open, silent
            evse.stop_calls.clear()
            t0 = time.perf_counter()
            elapsed = await _stop_latency(evse, t0)
            assert evse.stop_calls[0].reason is StopReason.SEQUENCE_TIMEOUT
            assert 0.25 <= elapsed < 0.3 + 0.1, f"stop_power {elapsed * 1000:.1f} ms after the last response"
            assert await asyncio.wait_for(ev.reader.read(), 3) == b""

    asyncio.run(main())


def _stop_req(sid: bytes) -> Any:
    return m.cm.SessionStopReq(header=m.header(sid), charging_session=m.cm.chargingSession.Terminate)


def test_after_session_stop_the_secc_waits_for_the_ev_to_close() -> None:
    """[V2G20-1633]: after SessionStopRes the SECC leaves closing to the EV for the close delay, and
    finishes as soon as the EV closes."""
    from v2gstack.secc.timing import Timing

    async def main() -> None:
        evse = SimulatedEVSE()
        config = SeccServerConfig(host="::1", sdp_port=0, timing=Timing(close_delay=0.5))
        async with await SeccServer.start(evse, config) as server:
            polite = await _authorized(server)
            assert (await polite.ask(_stop_req(polite.sid))).response_code.value == "OK"
            t0 = time.perf_counter()
            await asyncio.sleep(0.1)
            assert server.stats.active == 1  # still waiting for the EV
            polite.writer.close()
            while server.stats.active and time.perf_counter() - t0 < 2:
                await asyncio.sleep(0.005)
            assert server.stats.active == 0 and time.perf_counter() - t0 < 0.3
            silent = await _authorized(server)
            assert (await silent.ask(_stop_req(silent.sid))).response_code.value == "OK"
            t0 = time.perf_counter()
            assert await asyncio.wait_for(silent.reader.read(), 3) == b""  # the SECC closed
            assert 0.45 <= time.perf_counter() - t0 < 1.0
            assert server.stats.completed == 2
            failing = await _authorized(server)  # a FAILED response: closed at once, not after the delay
            req = m.cm.PowerDeliveryReq(header=m.header(failing.sid), ev_processing=m.ct.processing.Finished,
                                        charge_progress=m.cm.chargeProgress.Start)
            assert (await failing.ask(req)).response_code.value == "FAILED_SequenceError"
            t0 = time.perf_counter()
            assert await asyncio.wait_for(failing.reader.read(), 3) == b""
            assert time.perf_counter() - t0 < 0.3

    asyncio.run(main())

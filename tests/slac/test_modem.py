"""QcaModem (the real-modem client) against the simulated modem, without sockets."""

from __future__ import annotations

import asyncio

import pytest

from v2gstack.slac.errors import ModemError
from v2gstack.slac.keys import derive_nid
from v2gstack.slac.modem import QcaModem
from v2gstack.slac.simmodem import SimulatedModem

HOST = "02:00:00:00:00:02"
NMK = bytes(range(16))


def _wire(sim: SimulatedModem, lose: bool = False) -> QcaModem:
    modem: QcaModem

    def send(frame: bytes) -> None:
        for answer in ([] if lose else sim.receive(frame)):
            asyncio.get_running_loop().call_soon(modem.feed, answer)

    modem = QcaModem(send, HOST, sim.modem_mac, timeout=0.05)
    return modem


def test_set_key_link_status_and_reset() -> None:
    sim = SimulatedModem(host_mac=HOST)

    async def scenario() -> list[bool]:
        modem = _wire(sim)
        before = await modem.link_status()
        await modem.set_key(NMK, derive_nid(NMK))
        after = await modem.link_status()
        await modem.reset()
        return [before, after, await modem.link_status()]

    assert asyncio.run(scenario()) == [False, True, False]
    assert sim.set_key_count == 1


def test_refused_and_unanswered_requests_raise_modem_error() -> None:
    async def refused() -> None:
        await _wire(SimulatedModem(host_mac=HOST, set_key_result=1)).set_key(NMK, derive_nid(NMK))

    async def silent() -> None:
        await _wire(SimulatedModem(host_mac=HOST), lose=True).link_status()

    with pytest.raises(ModemError, match="refused"):
        asyncio.run(refused())
    with pytest.raises(ModemError, match="did not answer"):
        asyncio.run(silent())


def test_atten_char_passes_raw_bytes_both_ways() -> None:
    """VS_ATTEN_CHAR has no public layout: QcaModem sends the caller's bytes, returns the CNF body."""
    from v2gstack.slac import vendor as v
    from v2gstack.slac.codec import encode, parse_frame

    seen: list[bytes] = []
    answer = bytes(range(70))

    async def scenario() -> bytes:
        modem: QcaModem

        def send(frame: bytes) -> None:
            req = parse_frame(frame)
            seen.append(bytes(req.msg.body))
            loop = asyncio.get_running_loop()
            # a confirmation for another host and another MMTYPE first: both ignored
            loop.call_soon(modem.feed, encode("02:00:00:00:00:09", req.dst, v.VsAttenCharCnf(body=b"x" * 50)))
            loop.call_soon(modem.feed, encode(HOST, req.dst, v.VsRsDevCnf(status=0)))
            loop.call_soon(modem.feed, encode(HOST, req.dst, v.VsAttenCharCnf(body=answer)))

        modem = QcaModem(send, HOST, timeout=0.5)
        return await modem.atten_char(b"\x01\x02")

    assert asyncio.run(scenario()) == answer
    assert seen[0][:2] == b"\x01\x02"

"""The local PLC modem behind an interface: set key, link status, reset.

:class:`QcaModem` talks to a Qualcomm QCA7000/7005 with CM_SET_KEY and the vendor MMEs
VS_PL_LNK_STATUS and VS_RS_DEV (and VS_ATTEN_CHAR as raw bytes: its layout is not public); it
needs the frames received on the interface passed to :meth:`QcaModem.feed`. The sans-I/O
:class:`~v2gstack.slac.simmodem.SimulatedModem` stands in for it in tests.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from typing import Any, Protocol

from v2gstack.slac import frames as f
from v2gstack.slac import vendor as v
from v2gstack.slac.codec import Frame, encode, parse_frame
from v2gstack.slac.errors import FrameError, ModemError
from v2gstack.slac.mmtypes import QCA_LOCAL_MODEM, MMType


class PlcModem(Protocol):
    async def set_key(self, nmk: bytes, nid: bytes) -> None: ...
    async def link_status(self) -> bool: ...
    async def reset(self) -> None: ...


class QcaModem:
    """A Qualcomm modem reached through ``send`` (e.g. ``RawSocketTransport.send``)."""

    def __init__(self, send: Callable[[bytes], None], host_mac: str,
                 modem_mac: str = QCA_LOCAL_MODEM, timeout: float = 0.5) -> None:
        self._send = send
        self.host_mac = host_mac
        self.modem_mac = modem_mac
        self.timeout = timeout
        self._waiting: dict[int, asyncio.Future[Frame]] = {}

    def feed(self, data: bytes) -> None:
        """Offer a received frame; confirmations we wait for complete their request."""
        try:
            fr = parse_frame(data)
        except FrameError:
            return
        fut = self._waiting.get(fr.mmtype)
        if fut is not None and not fut.done() and fr.dst == self.host_mac:
            fut.set_result(fr)

    async def _request(self, msg: Any, cnf: MMType) -> Any:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Frame] = loop.create_future()
        self._waiting[cnf] = fut
        try:
            self._send(encode(self.modem_mac, self.host_mac, msg))
            return (await asyncio.wait_for(fut, self.timeout)).msg
        except TimeoutError as exc:
            raise ModemError(f"modem {self.modem_mac} did not answer with {cnf.name}") from exc
        finally:
            self._waiting.pop(cnf, None)

    async def set_key(self, nmk: bytes, nid: bytes) -> None:
        nonce = secrets.randbits(32)
        cnf = await self._request(f.CmSetKeyReq(my_nonce=nonce, nid=nid, new_key=nmk), MMType.CM_SET_KEY_CNF)
        if cnf.result != 0 or cnf.your_nonce != nonce:
            raise ModemError(f"CM_SET_KEY refused (result {cnf.result})")

    async def link_status(self) -> bool:
        cnf = await self._request(v.VsPlLnkStatusReq(), MMType.VS_PL_LNK_STATUS_CNF)
        return bool(cnf.status == 0 and cnf.link_status == 1)

    async def reset(self) -> None:
        cnf = await self._request(v.VsRsDevReq(), MMType.VS_RS_DEV_CNF)
        if cnf.status != 0:
            raise ModemError(f"VS_RS_DEV refused (status {cnf.status})")

    async def atten_char(self, body: bytes = b"") -> bytes:
        """VS_ATTEN_CHAR.REQ with ``body``; the VS_ATTEN_CHAR.CNF body (after the OUI) as bytes.

        Qualcomm has not published this message's fields, so the request body is the caller's and
        the answer is not interpreted (it may end with Ethernet padding).
        """
        cnf = await self._request(v.VsAttenCharReq(body=body), MMType.VS_ATTEN_CHAR_CNF)
        return bytes(cnf.body)

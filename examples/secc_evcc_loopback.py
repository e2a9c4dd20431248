"""A SECC and a simulated EV talking ISO 15118-20 over TLS 1.3 on loopback, through the library API.

Run:  python examples/secc_evcc_loopback.py [dc|dc-bpt|ac|ac-bpt] [scheduled|dynamic]

Same as `v2gstack demo`: a throw-away test PKI, a SeccServer with a SimulatedEVSE, SDP discovery
on [::1], then one session printed message by message.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile

from v2gstack.evcc.client import ClientConfig, ExchangeRecord, run_evcc
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.session import EvccConfig
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import ControlMode, EnergyService
from v2gstack.security.pki import KeyProfile, init_pki
from v2gstack.security.tls import client_context, server_context


async def main(service: EnergyService, mode: ControlMode, cycles: int = 10) -> bool:
    with tempfile.TemporaryDirectory() as pki:
        init_pki(pki, KeyProfile.SECP521R1)
        charger = SimulatedEVSE()
        server = await SeccServer.start(charger, SeccServerConfig(host="::1", sdp_port=0,
                                                                  tls=server_context(pki)))
        ev = SimulatedEV()

        def show(x: ExchangeRecord) -> None:
            print(f"{x.request:<32} {x.response_code:<26} {x.latency * 1e3:6.2f} ms  SOC {ev.soc:.4f} %")

        def grid(index: int) -> None:  # V2G: from the middle loop on the grid asks for 20 kW back
            if service.is_bpt and index == cycles // 2:
                charger.dynamic_setpoint = -20_000.0

        session = EvccConfig(service=service, mode=mode, cycles=cycles)
        if service is EnergyService.DC_BPT and mode is ControlMode.SCHEDULED:
            session.discharge_from_cycle = cycles // 2  # here the EV itself sets the current
        config = ClientConfig(host="::1", sdp_port=server.sdp_port, tls=client_context(pki), pacing=0.02,
                              session=session)
        try:
            report = await run_evcc(config, ev, on_exchange=show, on_cycle=grid)
        finally:
            while server.stats.active:  # let the SECC finish its post-SessionStop close delay
                await asyncio.sleep(0.01)
            await server.close()
        r = report.result
        print(f"{'completed' if r.completed else 'failed'}: {r.reason}; {r.messages} messages, "
              f"{r.duration * 1e3:.0f} ms; to EV {r.energy_in_wh:.3f} Wh, from EV {r.energy_out_wh:.3f} Wh")
        return r.completed


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = EnergyService.parse(args[0]) if args else EnergyService.DC_BPT
    control = ControlMode.parse(args[1]) if len(args) > 1 else ControlMode.DYNAMIC
    sys.exit(0 if asyncio.run(main(chosen, control)) else 1)

"""SECC and EVCC in one process on loopback: the `v2gstack demo` command and its library form.

The charger is a :class:`~v2gstack.secc.simulator.SimulatedEVSE` behind a
:class:`~v2gstack.secc.server.SeccServer`; the vehicle a :class:`~v2gstack.evcc.ev.SimulatedEV` driven by
:func:`~v2gstack.evcc.client.run_evcc`. With TLS, a throw-away test PKI is generated first. For BPT
services energy flows both ways: from the middle loop on the charger's setpoint goes negative (dynamic
mode, and AC scheduled mode) or the EV asks to discharge (DC scheduled mode). With ``pnc`` the charger
offers Plug & Charge, trusts the test PKI's MO root and V2G root, and the EV authorizes with the PKI's
contract certificate. With ``install_contract`` the EV starts without one: the charger offers certificate
installation answered by a simulated CPS (:class:`~v2gstack.secc.cps.SimulatedCPS`) built from the same PKI,
the EV installs the contract it gets and authorizes with it. With ``pricing`` the charger offers an example
tariff and the EV's summary shows the prices it received.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509

from v2gstack.evcc.client import ClientConfig, ExchangeRecord, SessionReport, run_evcc
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.report import mobility_line, price_line
from v2gstack.evcc.session import EvccConfig
from v2gstack.evcc.types import EVContract, EVProvisioning
from v2gstack.secc.prices import Pricing
from v2gstack.secc.server import SeccServer, SeccServerConfig
from v2gstack.secc.simulator import SimulatedEVSE, example_tariffs
from v2gstack.secc.types import AuthorizationMode, ControlMode, EnergyService

#: Grid setpoint (W) the simulated charger switches to halfway through a BPT demo.
DISCHARGE_SETPOINT = -20_000.0


@dataclass
class DemoOptions:
    service: EnergyService = EnergyService.DC_BPT
    mode: ControlMode = ControlMode.DYNAMIC
    tls: bool = True
    cycles: int = 20
    pacing: float = 0.02
    #: Plug & Charge instead of EIM (a test PKI is generated for the contract, with or without TLS).
    pnc: bool = False
    #: Plug & Charge with a contract installed first by CertificateInstallation (implies ``pnc``).
    install_contract: bool = False
    #: The charger offers the example tariff of this kind (and a discharge refund for BPT services).
    pricing: Pricing = Pricing.NONE


async def wait_idle(server: SeccServer, limit: float = 1.0) -> None:
    """Wait (bounded) until the server has no connection left, e.g. in its post-SessionStop delay."""
    deadline = time.monotonic() + limit
    while server.stats.active and time.monotonic() < deadline:
        await asyncio.sleep(0.005)


async def run_demo(options: DemoOptions, out: Callable[[str], None] = print) -> SessionReport:
    """Run one demo session and print it; returns the EVCC's report."""
    with tempfile.TemporaryDirectory(prefix="v2gstack-demo-") as pki_dir:
        server_tls = client_tls = None
        contract: EVContract | None = None
        provisioning: EVProvisioning | None = None
        roots: tuple[x509.Certificate, ...] = ()
        oem_roots: tuple[x509.Certificate, ...] = ()
        pnc = options.pnc or options.install_contract
        tariff, refund = example_tariffs(options.pricing)
        evse = SimulatedEVSE(tariff=tariff, discharge_tariff=refund)
        if options.tls or pnc:
            from v2gstack.security.pki import KeyProfile, init_pki
            from v2gstack.security.tls import client_context, server_context

            issued = init_pki(pki_dir, KeyProfile.SECP521R1)
            if options.tls:
                server_tls, client_tls = server_context(pki_dir), client_context(pki_dir)
            if pnc:
                evse.authorization_modes = (AuthorizationMode.EIM, AuthorizationMode.PNC)
                roots = (issued["mo_root"].certificate, issued["v2g_root"].certificate)
            if options.install_contract:
                from v2gstack.secc.cps import SimulatedCPS

                provisioning = EVProvisioning.from_pki(pki_dir)
                evse.certificate_service = SimulatedCPS(pki_dir)
                oem_roots = (issued["oem_root"].certificate,)
            elif pnc:
                contract = EVContract.from_pki(pki_dir)
        config = SeccServerConfig(host="::1", sdp_port=0, tls=server_tls, contract_roots=roots,
                                  oem_roots=oem_roots)
        server = await SeccServer.start(evse, config)
        try:
            return await _session(options, evse, server, client_tls, (contract, provisioning), out)
        finally:
            await wait_idle(server)
            await server.close()


async def _session(options: DemoOptions, evse: SimulatedEVSE, server: SeccServer, tls: object,
                   credentials: tuple[EVContract | None, EVProvisioning | None],
                   out: Callable[[str], None]) -> SessionReport:
    import ssl

    half = options.cycles // 2
    bpt = options.service.is_bpt
    contract, provisioning = credentials
    session = EvccConfig(service=options.service, mode=options.mode, cycles=options.cycles, contract=contract,
                         provisioning=provisioning)
    ev_discharges = bpt and options.service.is_dc and options.mode is ControlMode.SCHEDULED
    if ev_discharges:
        session.discharge_from_cycle = half
    ev = SimulatedEV()

    def on_cycle(index: int) -> None:
        if bpt and not ev_discharges and index == half:
            evse.dynamic_setpoint = DISCHARGE_SETPOINT

    def on_exchange(record: ExchangeRecord) -> None:
        extra = ""
        if "ChargeLoop" in record.request:
            extra = f"  SOC {ev.soc:.4f} %  in {ev.energy_in_wh:.3f} Wh  out {ev.energy_out_wh:.3f} Wh"
        out(f"  {record.request:<32} -> {record.response:<32} {record.response_code:<26} "
            f"{record.latency * 1e3:7.2f} ms{extra}")

    out(f"SECC on [::1]:{server.tcp_port} ({'TLS 1.3' if tls else 'TCP'}), SDP on port {server.sdp_port}; "
        f"{options.service.name} {options.mode.name.lower()}, {options.cycles} loops")
    config = ClientConfig(host="::1", sdp_port=server.sdp_port,
                          tls=tls if isinstance(tls, ssl.SSLContext) else None,
                          pacing=options.pacing, session=session)
    report = await run_evcc(config, ev, on_exchange=on_exchange, on_cycle=on_cycle)
    r = report.result
    out(f"{'completed' if r.completed else 'FAILED'} ({r.reason}); {r.messages} messages in "
        f"{r.duration * 1e3:.1f} ms over {report.tls_version or 'TCP'}")
    if r.installation is not None:
        out(_installation_line(r.installation, r.installed_contract))
    out(_authorization_line(r.authorization, evse))
    prices = price_line(report)
    if prices is not None:
        out(prices)
    mobility = mobility_line(report)
    if mobility is not None:
        out(mobility)
    out(f"energy to the EV {r.energy_in_wh:.3f} Wh, from the EV {r.energy_out_wh:.3f} Wh, "
        f"SOC {r.soc:.4f} %")
    return report


def _authorization_line(used: str | None, evse: SimulatedEVSE) -> str:
    """Which authorization the session used; for PnC the contract the charger saw."""
    if used != "PnC" or not evse.contracts:
        return f"authorization: {used or 'none'}"
    seen = evse.contracts[-1]
    trust = f"chain validated against {seen.root}" if seen.validated else "chain not validated"
    return f"authorization: PnC, contract {seen.emaid} ({trust})"


def _installation_line(code: str, installed: EVContract | None) -> str:
    """What certificate installation gave the EV."""
    if installed is not None:
        return f"certificate installation: {code}, contract {installed.emaid} installed"
    return f"certificate installation: {code}, no contract installed"

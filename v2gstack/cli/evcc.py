"""`v2gstack evcc`: a simulated EV that finds the SECC by SDP and runs ISO 15118-20 sessions."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from v2gstack.evcc.client import SessionReport


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("evcc", help="run simulated EV sessions against a SECC (SDP + TCP/TLS)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--iface", metavar="IF", help="discover by SDP multicast on this interface")
    where.add_argument("--host", metavar="ADDR", help="discover by SDP unicast to this address (default ::1)")
    parser.add_argument("--sdp-port", type=int, default=15118, metavar="N", help="SDP port (default 15118)")
    sec = parser.add_mutually_exclusive_group()
    sec.add_argument("--pki", metavar="DIR", help="test PKI directory: TLS 1.3 with the vehicle certificate")
    sec.add_argument("--no-tls", action="store_true",
                     help="plain TCP (test benches only; also the default, with a warning, without --pki)")
    parser.add_argument("--tls-compat", action="store_true", help="TLS compatibility profile")
    parser.add_argument("--service", choices=["dc", "dc-bpt", "ac", "ac-bpt"], default="dc")
    parser.add_argument("--mode", choices=["scheduled", "dynamic"], default="scheduled")
    parser.add_argument("--mobility-needs", choices=["evcc", "secc"], default="evcc",
                        help="MobilityNeedsMode the EV prefers among the parameter sets of its control mode: "
                             "evcc (1, its own needs; the default) or secc (2, the SECC may provide "
                             "DepartureTime, MinimumSOC and TargetSOC; dynamic mode only); when only the "
                             "other is offered the EV takes that")
    parser.add_argument("--pnc", action="store_true",
                        help="Plug & Charge with the contract of the --pki directory (contract_chain.pem, "
                             "contract.key) when the SECC offers it; EIM otherwise")
    parser.add_argument("--install-contract", action="store_true",
                        help="with --pnc: start without a contract and ask the SECC to install one, "
                             "using the --pki directory's OEM provisioning certificate (oem_prov_chain.pem, "
                             "oem_prov.key; Ed448: the X448 key oem_prov_x448.key, made on first use), then "
                             "authorize with it")
    parser.add_argument("--save-contract", metavar="DIR",
                        help="write an installed contract to DIR (contract_chain.pem, contract.key)")
    parser.add_argument("--cycles", type=int, default=10, metavar="N", help="charge-loop cycles per session")
    parser.add_argument("--sessions", type=int, default=1, metavar="K", help="sessions run at once")
    parser.add_argument("--pacing", type=float, default=0.0, metavar="S",
                        help="seconds the EV waits before each request (default 0)")
    from v2gstack.evcc.tolerances import EvccTolerances

    parser.add_argument("--tolerate", action="append", default=[], metavar="NAME",
                        choices=EvccTolerances.names(),
                        help="EVCC tolerance for a known SECC, repeatable (docs/interop.md): "
                             + ", ".join(EvccTolerances.names()))
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no line per message exchange, only the summary")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    import asyncio

    if not args.pki and not args.no_tls:
        print("v2gstack evcc: warning: no --pki given: plain TCP without TLS "
              "(ISO 15118-20 requires TLS 1.3; give --pki DIR)", file=sys.stderr)
    if args.sessions < 1 or args.cycles < 0:
        print("error: --sessions must be >= 1 and --cycles >= 0", file=sys.stderr)
        return 2
    if args.pnc and not args.pki:
        print("error: --pnc needs --pki DIR (the contract certificate and key)", file=sys.stderr)
        return 2
    if (args.install_contract or args.save_contract) and not args.pnc:
        print("error: --install-contract and --save-contract need --pnc", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_main(args))
    except KeyboardInterrupt:
        return 130


async def _main(args: argparse.Namespace) -> int:
    import asyncio

    from v2gstack.errors import V2GStackError
    from v2gstack.evcc.client import ClientConfig, ExchangeRecord, run_evcc
    from v2gstack.evcc.ev import SimulatedEV
    from v2gstack.evcc.report import exchange_line, latency_table, session_line
    from v2gstack.evcc.session import EvccConfig
    from v2gstack.evcc.tolerances import EvccTolerances
    from v2gstack.evcc.types import EVContract, EVProvisioning, MobilityNeedsMode
    from v2gstack.secc.types import ControlMode, EnergyService

    tolerances = EvccTolerances.from_names(args.tolerate)
    tls = None
    contract = None
    provisioning = None
    if args.pki:
        from v2gstack.security.tls import TLSProfile, client_context

        try:
            profile = TLSProfile.COMPAT if args.tls_compat else TLSProfile.STRICT
            tls = client_context(args.pki, profile=profile)
            if args.install_contract:
                provisioning = EVProvisioning.from_pki(args.pki)
            elif args.pnc:
                contract = EVContract.from_pki(args.pki)
        except (V2GStackError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    service, mode = EnergyService.parse(args.service), ControlMode.parse(args.mode)
    mobility_needs = MobilityNeedsMode[args.mobility_needs.upper()]

    async def one(index: int) -> SessionReport | str:
        session = EvccConfig(service=service, mode=mode, cycles=args.cycles,
                             evcc_id=f"WMIV2GSTACK{index:07d}", tolerances=tolerances, contract=contract,
                             provisioning=provisioning, mobility_needs=mobility_needs)
        config = ClientConfig(host=None if args.iface else (args.host or "::1"), interface=args.iface,
                              sdp_port=args.sdp_port, tls=tls, pacing=args.pacing, session=session)
        label = f"ev{index}"
        if tolerances.enabled():
            print(f"{label} tolerating: {', '.join(tolerances.enabled())}", flush=True)

        def log(record: ExchangeRecord) -> None:
            if not args.quiet:
                print(exchange_line(label, record), flush=True)

        try:
            report = await run_evcc(config, SimulatedEV(), on_exchange=log)
        except (V2GStackError, OSError, ValueError) as exc:
            print(f"{label} session stopped: {type(exc).__name__}: {exc}", flush=True)
            return f"{type(exc).__name__}: {exc}"
        for line in session_output(report):
            print(f"{label} {line}", flush=True)
        installed = report.result.installed_contract
        if installed is not None and args.save_contract:
            target = args.save_contract if args.sessions == 1 else f"{args.save_contract}/{label}"
            try:
                installed.write(target)
                print(f"{label} contract {installed.emaid} written to {target}", flush=True)
            except OSError as exc:
                print(f"{label} cannot write the contract: {exc}", flush=True)
        return report

    started = time.perf_counter()
    outcomes = await asyncio.gather(*(one(i) for i in range(args.sessions)))
    total = time.perf_counter() - started
    reports = [o for o in outcomes if not isinstance(o, str)]
    ok = 0
    for i, outcome in enumerate(outcomes):
        if isinstance(outcome, str):
            print(f"session {i}: FAILED ({outcome})")
        else:
            ok += outcome.result.completed
            if args.sessions <= 10 or not outcome.result.completed:
                print(session_line(i, outcome))
    print("\n".join(latency_table(reports)))
    used = sorted({r.result.authorization for r in reports if r.result.authorization})
    print(f"{ok}/{args.sessions} sessions completed ({args.service}, {args.mode}, {args.cycles} cycles, "
          f"{'TLS' if tls else 'TCP'}, authorization {'/'.join(used) or 'none'}); total time {total:.3f} s")
    return 0 if ok == args.sessions else 1


def session_output(report: SessionReport) -> list[str]:
    """What ``v2gstack evcc`` prints when a session has ended: the stop line, then the prices and the mobility
    needs when they have something to say."""
    from v2gstack.evcc.report import mobility_line, price_line, stop_line

    return [stop_line(report), *(line for line in (price_line(report), mobility_line(report)) if line)]

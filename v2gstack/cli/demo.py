"""`v2gstack demo`: SECC and simulated EV in one process on loopback, message by message."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="run a SECC and a simulated EV on loopback (TLS 1.3)")
    parser.add_argument("--service", choices=["dc", "dc-bpt", "ac", "ac-bpt"], default="dc-bpt")
    parser.add_argument("--mode", choices=["scheduled", "dynamic"], default="dynamic")
    parser.add_argument("--no-tls", action="store_true", help="plain TCP instead of TLS 1.3")
    parser.add_argument("--pnc", action="store_true",
                        help="Plug & Charge: the EV authorizes with the test PKI's contract certificate")
    parser.add_argument("--install-contract", action="store_true",
                        help="Plug & Charge with a contract installed first (CertificateInstallation from a "
                             "simulated CPS; implies --pnc)")
    parser.add_argument("--tariff", choices=["none", "absolute", "levels"], default="none",
                        help="the charger offers example prices (an AbsolutePriceSchedule in EUR, or three "
                             "price levels; BPT: also a discharge refund); the EV prints what it received")
    parser.add_argument("--cycles", type=int, default=20, metavar="N", help="charge-loop cycles")
    parser.add_argument("--pacing", type=float, default=0.02, metavar="S",
                        help="seconds the EV waits before each request (default 0.02)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    import asyncio

    from v2gstack.cli.secc import tariff_kind
    from v2gstack.evcc.demo import DemoOptions, run_demo
    from v2gstack.secc.types import ControlMode, EnergyService

    options = DemoOptions(service=EnergyService.parse(args.service), mode=ControlMode.parse(args.mode),
                          tls=not args.no_tls, cycles=max(0, args.cycles), pacing=max(0.0, args.pacing),
                          pnc=args.pnc or args.install_contract, install_contract=args.install_contract,
                          pricing=tariff_kind(args.tariff))
    report = asyncio.run(run_demo(options))
    return 0 if report.result.completed else 1

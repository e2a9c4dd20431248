"""``python -m v2gstack.testing.evcc [v2gstack evcc options] [--tolerate NAME]...``: one EVCC session.

The interop suite runs our EVCC against SECCs that need an EVCC tolerance
(:class:`~v2gstack.evcc.tolerances.EvccTolerances`, docs/interop.md), which the ``v2gstack evcc``
command line does not take yet. This takes exactly its options (its own parser) plus ``--tolerate``,
runs one session and prints the same lines: one per exchange, ``session stopped: <reason>``, the
session summary (with what a tolerance let pass) and the latency table. Exit status 0 when the
session completed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from v2gstack.errors import V2GStackError
from v2gstack.evcc.client import ClientConfig, ExchangeRecord, SessionReport, run_evcc
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.report import exchange_line, latency_table, session_line, stop_line
from v2gstack.evcc.session import EvccConfig
from v2gstack.evcc.tolerances import EvccTolerances
from v2gstack.secc.types import ControlMode, EnergyService

LABEL = "ev0"


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """``v2gstack evcc`` options (from its own parser) plus ``--tolerate NAME`` (repeatable)."""
    from v2gstack.cli import evcc

    parser = argparse.ArgumentParser(prog="python -m v2gstack.testing.evcc")
    commands = parser.add_subparsers(dest="command", required=True)
    evcc.register(commands)
    commands.choices["evcc"].add_argument(
        "--tolerate", action="append", default=[], metavar="NAME", choices=EvccTolerances.names(),
        help="EVCC tolerance for a known SECC, repeatable: " + ", ".join(EvccTolerances.names()))
    return parser.parse_args(["evcc", *argv])


async def session(args: argparse.Namespace) -> SessionReport:
    """Discover the SECC, run one session, print a line per exchange; raises what run_evcc raises."""
    tls = None
    if args.pki:
        from v2gstack.security.tls import TLSProfile, client_context

        tls = client_context(args.pki, profile=TLSProfile.COMPAT if args.tls_compat else TLSProfile.STRICT)
    tolerances = EvccTolerances.from_names(args.tolerate)
    if tolerances.enabled():
        print(f"{LABEL} tolerating: {', '.join(tolerances.enabled())}", flush=True)
    core = EvccConfig(service=EnergyService.parse(args.service), mode=ControlMode.parse(args.mode),
                      cycles=args.cycles, tolerances=tolerances)
    config = ClientConfig(host=None if args.iface else (args.host or "::1"), interface=args.iface,
                          sdp_port=args.sdp_port, tls=tls, pacing=args.pacing, session=core)

    def log(record: ExchangeRecord) -> None:
        if not args.quiet:
            print(exchange_line(LABEL, record), flush=True)

    return await run_evcc(config, SimulatedEV(), on_exchange=log)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if not args.pki and not args.no_tls:
        print("warning: no --pki given: plain TCP without TLS (as v2gstack evcc)", file=sys.stderr)
    if args.sessions != 1 or args.cycles < 0:
        print("error: one session only (--sessions 1) and --cycles >= 0", file=sys.stderr)
        return 2
    try:
        report = asyncio.run(session(args))
    except (V2GStackError, OSError, ValueError) as exc:
        print(f"{LABEL} session stopped: {type(exc).__name__}: {exc}", flush=True)
        return 1
    print(f"{LABEL} {stop_line(report)}", flush=True)
    print(session_line(0, report))
    print("\n".join(latency_table([report])), flush=True)
    return 0 if report.result.completed else 1


if __name__ == "__main__":
    sys.exit(main())

"""`v2gstack secc`: run an SECC with the simulated charger until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from v2gstack.errors import V2GStackError
from v2gstack.secc.tolerances import Tolerances

if TYPE_CHECKING:
    from cryptography import x509

    from v2gstack.secc.prices import Pricing
    from v2gstack.secc.types import ControlMode


def register(sub: Any) -> None:
    p = sub.add_parser("secc", help="run an SECC (simulated charger) until interrupted",
                       description="Run an ISO 15118-20 SECC with the simulated charger; one log line "
                                   "per message. Stop it with Ctrl-C (or SIGTERM).")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--iface", metavar="IF",
                       help="serve SDP by multicast on this interface (its link-local address)")
    where.add_argument("--host", metavar="ADDR",
                       help="serve SDP by unicast on this address (default ::1, no root needed)")
    p.add_argument("--sdp-port", type=int, default=15118, metavar="N", help="UDP port of SDP (default 15118)")
    p.add_argument("--port", type=int, default=0, metavar="N", help="TCP/TLS port (default: any free port)")
    tls = p.add_mutually_exclusive_group()
    tls.add_argument("--pki", metavar="DIR", help="PKI directory (v2gstack pki init DIR) for TLS 1.3")
    tls.add_argument("--no-tls", action="store_true",
                     help="plain TCP, no TLS (also the default, with a warning, when --pki is not given)")
    p.add_argument("--tls-compat", action="store_true",
                   help="TLS compatibility profile for peers limited to P-256/X25519 (off by default); with "
                        "--pnc it also admits contracts of any algorithm unless --tolerate "
                        "p256-contract-signature is given (deprecated)")
    p.add_argument("--keylog", metavar="FILE", help="write TLS secrets here (SSLKEYLOGFILE format)")
    p.add_argument("--services", default="dc,dc-bpt,ac,ac-bpt",
                   help="energy services offered, comma separated (default: dc,dc-bpt,ac,ac-bpt)")
    p.add_argument("--pnc", action="store_true",
                   help="offer Plug & Charge besides EIM; with --pki contract chains are validated against "
                        "its MO root and V2G root (without --pki every contract is refused)")
    p.add_argument("--cert-install", action="store_true",
                   help="with --pnc and --pki: offer certificate installation, answered by a simulated CPS "
                        "built from the --pki directory (its CPS chain, MO Sub-CA, OEM root)")
    p.add_argument("--control-modes", default="scheduled,dynamic", type=_control_modes, metavar="LIST",
                   help="ISO 15118-20 control modes offered, in this order (one ServiceDetail parameter set "
                        "each; an EV may take the first): scheduled, dynamic or both, comma separated "
                        "(default: scheduled,dynamic)")
    p.add_argument("--tariff", choices=["none", "absolute", "levels"], default="none",
                   help="prices the simulated charger offers in ScheduleExchange (and announces as Pricing "
                        "in ServiceDetail): an example AbsolutePriceSchedule in EUR, or three price levels; "
                        "BPT services also get a discharge refund (default: none)")
    p.add_argument("--tolerate", action="append", default=[], metavar="NAME", choices=Tolerances.names(),
                   help="opt-in deviation for a known peer, repeatable (docs/interop.md): "
                        + ", ".join(n for n in Tolerances.names() if n not in Tolerances.DEPRECATED)
                        + " (default: none, strict ISO 15118-20; deprecated, accepted and ignored: "
                        + ", ".join(Tolerances.DEPRECATED) + ")")
    p.set_defaults(func=run)


def _control_modes(text: str) -> tuple[ControlMode, ...]:
    """argparse type of ``--control-modes``: ``scheduled,dynamic`` -> (SCHEDULED, DYNAMIC), in the given
    order; an unknown or repeated mode, or none, is an error."""
    from v2gstack.secc.types import ControlMode

    try:
        modes = tuple(ControlMode.parse(name) for name in text.split(",") if name.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not modes:
        raise argparse.ArgumentTypeError("no control mode given (scheduled, dynamic)")
    if len(set(modes)) != len(modes):
        raise argparse.ArgumentTypeError(f"a control mode is named twice in {text!r}")
    return modes


def _log(line: str) -> None:
    print(f"{datetime.now().isoformat(timespec='milliseconds')} {line}", flush=True)


async def _serve(args: argparse.Namespace) -> int:
    from v2gstack.secc.server import SeccServer, SeccServerConfig
    from v2gstack.secc.simulator import DEFAULT_CONTROL_MODES, SimulatedEVSE, example_tariffs
    from v2gstack.secc.types import AuthorizationMode, EnergyService

    services = tuple(EnergyService.parse(s) for s in args.services.split(",") if s.strip())
    tls = None
    if args.pki:
        from v2gstack.security.tls import TLSProfile, server_context

        profile = TLSProfile.COMPAT if args.tls_compat else TLSProfile.STRICT
        tls = server_context(args.pki, profile=profile, keylog=args.keylog)
    modes = (AuthorizationMode.EIM, AuthorizationMode.PNC) if args.pnc else (AuthorizationMode.EIM,)
    roots = contract_roots(args.pki) if args.pnc and args.pki else ()
    cps = oem_roots = None
    if args.cert_install:
        from v2gstack.secc.cps import SimulatedCPS
        from v2gstack.security.pki import load_certificates

        cps = SimulatedCPS(args.pki)
        oem_roots = tuple(load_certificates(f"{args.pki}/oem_root.pem"))
    tolerances = Tolerances.from_names(args.tolerate)
    for name in tolerances.ignored():
        print(f"v2gstack secc: warning: --tolerate {name} is deprecated and does nothing: "
              f"{Tolerances.DEPRECATED[name]}", file=sys.stderr, flush=True)
    if tolerances.enabled():
        _log("tolerating: " + ", ".join(tolerances.enabled()))
    compat = contract_compat(args, tolerances)
    if compat and args.pnc:
        print("v2gstack secc: warning: --tls-compat also admits Plug & Charge contract signatures and "
              "certificates of any algorithm (deprecated); for P-256 contracts name --tolerate "
              "p256-contract-signature, which replaces this", file=sys.stderr, flush=True)
    config = SeccServerConfig(host=None if args.iface else (args.host or "::1"), interface=args.iface,
                              sdp_port=args.sdp_port, tcp_port=args.port, tls=tls, tolerances=tolerances,
                              log=_log, contract_roots=roots, contract_compat=compat,
                              oem_roots=oem_roots or ())
    tariff, refund = example_tariffs(tariff_kind(args.tariff))
    evse = SimulatedEVSE(services=services, authorization_modes=modes, certificate_service=cps, tariff=tariff,
                         discharge_tariff=refund, control_modes=args.control_modes)
    server = await SeccServer.start(evse, config)
    if tariff is not None:
        _log(f"offering prices: {tariff.summary()}")
    if args.pnc:
        names = ", ".join(c.subject.rfc4514_string() for c in roots)
        _log(f"offering Plug & Charge; contract roots: {names}" if roots
             else "offering Plug & Charge without contract roots (no --pki): every contract is refused")
    if cps is not None:
        _log(f"offering certificate installation (simulated CPS from {args.pki})")
    if args.control_modes != DEFAULT_CONTROL_MODES:
        _log("offering control modes: " + ", ".join(mode.name.lower() for mode in args.control_modes))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await server.close()
    s = server.stats
    _log(f"SECC stopped: {s.completed} sessions completed, {s.failed} failed")
    return 0


def contract_compat(args: argparse.Namespace, tolerances: Tolerances) -> bool:
    """``SeccServerConfig.contract_compat`` (contracts of any algorithm): what ``--tls-compat`` always meant,
    kept for existing command lines, unless ``--tolerate p256-contract-signature`` is named, which admits
    exactly the P-256 contracts such peers send (docs/interop.md Q18) and nothing more."""
    return bool(args.tls_compat) and not tolerances.p256_contract_signature


def tariff_kind(name: str) -> Pricing:
    """The command-line spelling of a tariff kind (``none``, ``absolute``, ``levels``)."""
    from v2gstack.secc.prices import Pricing

    return {"absolute": Pricing.ABSOLUTE, "levels": Pricing.PRICE_LEVELS}.get(name, Pricing.NONE)


def contract_roots(pki: str) -> tuple[x509.Certificate, ...]:
    """The Plug & Charge trust anchors of a test PKI directory: its MO root and V2G root."""
    from pathlib import Path

    from v2gstack.security.pki import load_certificates

    return tuple(cert for name in ("mo_root.pem", "v2g_root.pem") if (Path(pki) / name).exists()
                 for cert in load_certificates(Path(pki) / name))


def run(args: argparse.Namespace) -> int:
    if args.cert_install and not (args.pnc and args.pki):
        print("v2gstack secc: --cert-install needs --pnc and --pki DIR (the simulated CPS's PKI)",
              file=sys.stderr)
        return 2
    if not args.pki and not args.no_tls:
        print("v2gstack secc: warning: no --pki given: plain TCP without TLS "
              "(ISO 15118-20 requires TLS 1.3; give --pki DIR)", file=sys.stderr)
    try:
        return asyncio.run(_serve(args))
    except KeyboardInterrupt:
        return 0
    except (OSError, ValueError, V2GStackError) as exc:
        print(f"v2gstack secc: {exc}", file=sys.stderr)
        return 1

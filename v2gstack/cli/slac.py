"""`v2gstack slac evse|ev`: run one side of SLAC (ISO 15118-3) on a network interface.

Output lines (stable, parsed by scripts): progress lines start with ``[+S.SSSs]``; success is::

    MATCHED ev_mac=02:00:00:00:00:01 evse_mac=02:00:00:00:00:02 nid=<14 hex> nmk=<32 hex> \
run_id=<16 hex> attenuation_db=<float> elapsed=<seconds>

and failure ``FAILED reason=<timer or check> detail="..."``. Hex without separators, lowercase.
After a match the EVSE side supervises the link and prints ``LINK_UP ev_mac=.. nid=.. elapsed=..``
and ``LINK_LOST reason=<reason> ev_mac=.. detail="..." elapsed=..``.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

EXIT_MATCHED, EXIT_FAILED, EXIT_TIMEOUT = 0, 1, 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("slac", help="SLAC matching (ISO 15118-3) on a HomePlug GP interface")
    sides = parser.add_subparsers(dest="subcommand", metavar="SIDE")
    sides.required = True

    evse = sides.add_parser("evse", help="the charger side; the control pilot is taken as state B")
    evse.add_argument("--iface", required=True)
    evse.add_argument("--once", action="store_true", help="exit 0 after the first match")
    evse.add_argument("--max-attenuation", type=float, default=None, metavar="DB")
    evse.add_argument("--no-slac-after", type=float, default=None, metavar="S",
                      help="report NO_SLAC when the EV has not started SLAC after S seconds")
    evse.add_argument("--timeout", type=float, default=None, metavar="S",
                      help="give up after S seconds (exit 2)")
    evse.set_defaults(func=_run_evse)

    ev = sides.add_parser("ev", help="the vehicle side (for tests and bench setups)")
    ev.add_argument("--iface", required=True)
    ev.add_argument("--simulate-modem", action="store_true",
                    help="also act as the charger's modem: CM_ATTEN_PROFILE.IND from our soundings")
    ev.add_argument("--attenuation", type=int, default=20, metavar="DB",
                    help="attenuation the simulated modem reports per group")
    ev.add_argument("--validate", action="store_true", help="send CM_VALIDATE.REQ before matching")
    ev.add_argument("--timeout", type=float, default=30.0, metavar="S")
    ev.add_argument("--linger", type=float, default=0.0, metavar="S",
                    help="stay S seconds after matching (the simulated modem keeps answering), then exit")
    ev.set_defaults(func=_run_ev)


def _print_event(event: Any, t0: float) -> int | None:
    """Print one event; return an exit code when it ends a --once run."""
    from v2gstack.slac.events import (
        CpRequest,
        FailReason,
        SlacFailed,
        SlacLinkLost,
        SlacLinkUp,
        SlacMatched,
        SlacNotStarted,
        SlacStep,
    )

    elapsed = time.monotonic() - t0
    if isinstance(event, CpRequest):
        print(f"[+{elapsed:.3f}s] control pilot -> {event.state.value} (BCB toggle)", flush=True)
    elif isinstance(event, SlacStep):
        who = f" {event.ev_mac} run_id={event.run_id.hex()}" if event.ev_mac and event.run_id else ""
        print(f"[+{elapsed:.3f}s]{who} {event.what}", flush=True)
    elif isinstance(event, SlacMatched):
        print(f"MATCHED ev_mac={event.ev_mac} evse_mac={event.evse_mac} nid={event.nid.hex()} "
              f"nmk={event.nmk.hex()} run_id={event.run_id.hex()} "
              f"attenuation_db={event.attenuation_db:.1f} elapsed={elapsed:.3f}", flush=True)
        return EXIT_MATCHED
    elif isinstance(event, SlacLinkUp):
        print(f"LINK_UP ev_mac={event.ev_mac} nid={event.nid.hex()} elapsed={elapsed:.3f}", flush=True)
    elif isinstance(event, SlacLinkLost):
        print(f'LINK_LOST reason={event.reason.value} ev_mac={event.ev_mac} detail="{event.detail}" '
              f"elapsed={elapsed:.3f}", flush=True)
    elif isinstance(event, SlacNotStarted):
        print(f"[+{elapsed:.3f}s] NO_SLAC after {event.waited:.1f}s (matching still possible)", flush=True)
    elif isinstance(event, SlacFailed):
        who = f" ev_mac={event.ev_mac}" if event.ev_mac else ""
        print(f'FAILED reason={event.reason.value}{who} detail="{event.detail}"', flush=True)
        if event.reason in (FailReason.SLAC_INIT_TIMEOUT,) or event.ev_mac is None:
            return EXIT_FAILED
    return None


async def _evse(args: argparse.Namespace) -> int:
    from v2gstack.slac.events import CpState, SlacFailed
    from v2gstack.slac.evse import EvseConfig
    from v2gstack.slac.runner import EvseSlacService

    config = EvseConfig(evse_mac="", max_attenuation_db=args.max_attenuation,
                        no_slac_after=args.no_slac_after)
    service = EvseSlacService(args.iface, config)
    t0 = time.monotonic()
    print(f"[+0.000s] EVSE {service.config.evse_mac} on {args.iface}, control pilot B", flush=True)
    service.start()
    service.set_cp_state(CpState.B)
    deadline = None if args.timeout is None else t0 + args.timeout
    try:
        while True:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                event = await asyncio.wait_for(service.events.get(), remaining)
            except TimeoutError:
                print(f'FAILED reason=timeout detail="nothing matched within {args.timeout}s"', flush=True)
                return EXIT_TIMEOUT
            code = _print_event(event, t0)
            if code is not None and (args.once or isinstance(event, SlacFailed)):
                return code
    finally:
        service.close()


async def _ev(args: argparse.Namespace) -> int:
    from v2gstack.slac.events import SlacFailed
    from v2gstack.slac.runner import EvSlacService
    from v2gstack.slac.simmodem import SimulatedModem

    modem = SimulatedModem(attenuation=args.attenuation) if args.simulate_modem else None
    service = EvSlacService(args.iface, simulated_modem=modem, use_validate=args.validate)
    t0 = time.monotonic()
    print(f"[+0.000s] EV {service.config.ev_mac} on {args.iface}", flush=True)
    service.start()
    try:
        while True:
            try:
                remaining = max(0.0, t0 + args.timeout - time.monotonic())
                event = await asyncio.wait_for(service.events.get(), remaining)
            except TimeoutError:
                print(f'FAILED reason=timeout detail="not matched within {args.timeout}s"', flush=True)
                return EXIT_TIMEOUT
            code = _print_event(event, t0)
            if code == EXIT_MATCHED and args.linger > 0:
                await _drain(service.events, t0, args.linger)
            if code is not None or isinstance(event, SlacFailed):
                return code if code is not None else EXIT_FAILED
    finally:
        service.close()


async def _drain(events: Any, t0: float, seconds: float) -> None:
    """Keep the service running ``seconds`` more, printing its events."""
    end = time.monotonic() + seconds
    while (remaining := end - time.monotonic()) > 0:
        try:
            _print_event(await asyncio.wait_for(events.get(), remaining), t0)
        except TimeoutError:
            return


def _run_evse(args: argparse.Namespace) -> int:
    from v2gstack.slac.errors import SlacError

    try:
        return asyncio.run(_evse(args))
    except SlacError as exc:
        print(f'FAILED reason=error detail="{exc}"', flush=True)
        return EXIT_FAILED


def _run_ev(args: argparse.Namespace) -> int:
    from v2gstack.slac.errors import SlacError

    try:
        return asyncio.run(_ev(args))
    except SlacError as exc:
        print(f'FAILED reason=error detail="{exc}"', flush=True)
        return EXIT_FAILED

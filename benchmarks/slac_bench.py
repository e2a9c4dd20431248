"""SLAC performance figures: frame parse/encode throughput and the CPU cost of one full matching
(up to the EVSE's SlacLinkUp), without and with BCB-toggle validation.

Run: python benchmarks/slac_bench.py  (no network, no root; the matching uses the in-memory cores).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.slac.harness import Bus, Node
from v2gstack.slac import frames as f
from v2gstack.slac.codec import encode, parse_frame
from v2gstack.slac.ev import EvConfig, EvSlac
from v2gstack.slac.events import CpState, SlacLinkUp, SlacMatched
from v2gstack.slac.evse import EvseConfig, EvseSlac
from v2gstack.slac.simmodem import SimulatedModem

EV, EVSE = "02:00:00:00:00:01", "02:00:00:00:00:02"


def rate(label: str, fn: object, n: int) -> None:
    t0 = time.perf_counter()
    for _ in range(n):
        fn()  # type: ignore[operator]
    dt = time.perf_counter() - t0
    print(f"{label:<40} {n / dt:>10.0f} /s   {dt / n * 1e6:8.1f} us each")


def one_match(validate: bool = False, until: float = 1.0) -> tuple[float, float]:
    """Protocol time (fake clock) of the EV's match and of the EVSE's SlacLinkUp."""
    evse = EvseSlac(EvseConfig(evse_mac=EVSE, bcb_validation=validate))
    ev = EvSlac(EvConfig(ev_mac=EV, use_validate=validate, bcb_toggles=3))
    bus = Bus([Node("evse", evse), Node("ev", ev)], [SimulatedModem(host_mac=EVSE)], cp_wires={"ev": "evse"})
    bus.apply(bus.node("evse"), evse.set_cp_state(CpState.B, 0.0))
    bus.apply(bus.node("ev"), ev.start(0.0))
    bus.run(until)
    (match,) = [e for e in bus.node("ev").events if isinstance(e, SlacMatched)]
    (up,) = [e for e in bus.node("evse").events if isinstance(e, SlacLinkUp)]
    return match.at, up.at


def main() -> None:
    atten = encode(EV, EVSE, f.CmAttenCharInd(source_address=EV, aag=list(range(58))))
    parm = encode("ff:ff:ff:ff:ff:ff", EV, f.CmSlacParmReq(run_id=b"\x01" * 8))
    rate("parse_frame CM_SLAC_PARM.REQ", lambda: parse_frame(parm), 2000)
    rate("parse_frame CM_ATTEN_CHAR.IND", lambda: parse_frame(atten), 2000)
    rate("encode CM_ATTEN_CHAR.IND", lambda: encode(EV, EVSE, f.CmAttenCharInd(aag=[1] * 58)), 2000)
    one_match()  # warm-up (scapy's first builds and dissections of each layer are slower)
    for label, validate, until in (("full matching (in-memory, fake clock)", False, 1.0),
                                   ("with BCB validation, 3 toggles", True, 3.0)):
        t0 = time.perf_counter()
        sim_time, up = one_match(validate, until)
        print(f"{label:<40} CPU {1e3 * (time.perf_counter() - t0):.1f} ms, "
              f"protocol time {sim_time * 1e3:.0f} ms, link up at {up * 1e3:.0f} ms")


if __name__ == "__main__":
    main()

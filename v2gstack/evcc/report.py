"""Plain-text summaries of EVCC sessions: latency percentiles per message type, energy, duration."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from v2gstack.evcc.client import ExchangeRecord, SessionReport, percentile
from v2gstack.evcc.types import MobilityNeedsMode


def exchange_line(label: str, record: ExchangeRecord) -> str:
    """``<ISO 8601 time> <label> <Req> -> <Res> <ResponseCode> <latency> ms`` (the interop log format)."""
    stamp = datetime.fromtimestamp(record.sent_wall).isoformat(timespec="milliseconds")
    return (f"{stamp} {label} {record.request} -> {record.response} {record.response_code} "
            f"{record.latency * 1e3:.2f} ms")


def stop_line(report: SessionReport) -> str:
    """``session stopped: normal`` for a completed session, else the reason it ended."""
    r = report.result
    if r.completed:
        return "session stopped: " + ("paused" if r.paused else "normal")
    return f"session stopped: {r.reason}"


def latency_table(reports: Sequence[SessionReport]) -> list[str]:
    """One line per request type: count, p50 and p99 latency in milliseconds (all sessions pooled)."""
    pooled: dict[str, list[float]] = {}
    for report in reports:
        for name, samples in report.latencies.items():
            pooled.setdefault(name, []).extend(samples)
    width = max((len(name) for name in pooled), default=10)
    lines = [f"{'message':<{width}}  {'n':>6}  {'p50 ms':>8}  {'p99 ms':>8}"]
    for name, samples in pooled.items():
        lines.append(f"{name:<{width}}  {len(samples):>6}  {percentile(samples, 0.5) * 1e3:>8.2f}  "
                     f"{percentile(samples, 0.99) * 1e3:>8.2f}")
    return lines


def price_line(report: SessionReport) -> str | None:
    """``prices: Pricing 1 (ABSOLUTE); tuple 1: absolute, 0.39-0.55 EUR/kWh (...)`` and any price schedule
    the EV ignored or found inconsistent; None when the session did not get to ServiceDetail."""
    r = report.result
    if r.pricing is None and not r.prices and not r.price_errors:
        return None
    said = "Pricing ?" if r.pricing is None else f"Pricing {r.pricing.value} ({r.pricing.name})"
    parts = [said, *(offer.summary() for offer in r.prices)]
    parts += r.price_errors
    return "prices: " + "; ".join(parts)


def mobility_line(report: SessionReport) -> str | None:
    """``mobility needs: MobilityNeedsMode 2 (SECC may provide); EV: ...; SECC: ...; in force: ...`` and what
    became of the SECC's values; None when there is nothing to say (MobilityNeedsMode 1, no SECC values)."""
    r = report.result
    if r.mobility_needs_mode is None or (r.mobility_needs_mode is MobilityNeedsMode.EVCC
                                         and not r.mobility_updates):
        return None
    who = "SECC may provide" if r.mobility_needs_mode is MobilityNeedsMode.SECC else "provided by the EV"
    parts = [f"MobilityNeedsMode {r.mobility_needs_mode.value} ({who})"]
    if r.ev_needs is not None:
        parts.append(f"EV: {r.ev_needs.summary()}")
    if r.secc_needs is not None:
        parts.append(f"SECC: {r.secc_needs.summary()}")
    if r.needs_in_force is not None:
        parts.append(f"in force: {r.needs_in_force.summary()}")
    return "mobility needs: " + "; ".join(parts + r.mobility_updates)


def session_line(index: int, report: SessionReport) -> str:
    r = report.result
    state = "completed" if r.completed else "FAILED"
    tolerated = "".join(f"; tolerated {what}" for what in r.tolerated)
    auth = f"{r.authorization or 'no'} authorization"
    if r.pnc_refused:
        auth += f" (PnC refused: {r.pnc_refused})"
    if r.installed_contract is not None:
        auth += f" with the contract installed now ({r.installed_contract.emaid})"
    elif r.installation is not None:
        auth += f" (certificate installation: {r.installation})"
    needs = ""
    if r.mobility_needs_mode is MobilityNeedsMode.SECC and r.needs_in_force is not None:
        needs = f", MobilityNeedsMode 2 ({r.needs_in_force.summary()})"
    return (f"session {index}: {state} ({r.reason}), {auth}{needs}, {r.messages} messages, {r.cycles} loops, "
            f"energy in {r.energy_in_wh:.3f} Wh / out {r.energy_out_wh:.3f} Wh, SOC {r.soc:.3f} %, "
            f"{r.duration * 1e3:.1f} ms{tolerated}")

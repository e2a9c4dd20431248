"""EVCC cable check with a fake clock: V2G_EVCC_DC_CableCheck_Timeout (40 s, -20 Table 223) runs from the
first DC_CableCheckReq of the charging session and bounds the whole Ongoing loop ([V2G20-1397] to
[V2G20-1399]); the general Ongoing timeout (60 s) does not apply to it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.evcc.steps import drive_to
from tests.evcc.test_session_memory import FakeClock, requests_of
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import run_in_memory
from v2gstack.evcc.session import EvccConfig, EvccSession, Request, Stage
from v2gstack.evcc.timing import EvccTiming
from v2gstack.secc import messages as m
from v2gstack.secc.session import Control, SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import EnergyService


def to_cable_check(config: EvccConfig | None = None) -> tuple[EvccSession, Request]:
    """The EVCC core at its first DC_CableCheckReq (sent at t=0, against the SECC engine up to there)."""
    core, request = drive_to(config or EvccConfig(), "DC_CableCheckReq")
    assert core.stage is Stage.CABLE_CHECK
    return core, request


def res(core: EvccSession, processing: str) -> Any:
    return m.dc.DC_CableCheckRes(header=m.header(core.session_id), response_code=m.code("OK"),
                                 evse_processing=m.ct.processing[processing])


def test_the_default_is_40_s() -> None:
    assert EvccTiming().cable_check == 40.0
    assert EvccTiming().scaled(0.5).cable_check == 20.0
    assert EvccTiming().ongoing == 60.0  # longer: the cable check timer is what ends that loop


def test_ongoing_repeats_until_finished_then_pre_charge() -> None:
    core, request = to_cable_check()
    assert request.timeout == 2.0
    for now in (1.0, 10.0, 39.0):
        request = core.receive(res(core, "Ongoing"), now)
        assert request is not None and request.name == "DC_CableCheckReq"
    assert request.timeout == pytest.approx(1.0)  # the message timeout never outlasts the cable check timer
    request = core.receive(res(core, "Finished"), 39.9)  # [V2G20-1399]: before the timeout
    assert request is not None and request.name == "DC_PreChargeReq"


@pytest.mark.parametrize("processing", ["Ongoing", "Finished"])
def test_at_40_s_the_ev_stops_waiting(processing: str) -> None:
    """[V2G20-1398]: timer equal to or larger than the timeout: stop waiting, whatever arrives then. With the
    Ongoing timeout (60 s) alone the EV would still be repeating at 45 s."""
    core, _ = to_cable_check()
    request = core.receive(res(core, "Ongoing"), 20.0)
    assert request is not None
    assert core.receive(res(core, processing), 40.0) is None
    assert core.ended and not core.result.completed
    assert core.result.reason.startswith("cable check failed (time limit): no Finished DC_CableCheckRes "
                                         "within V2G_EVCC_DC_CableCheck_Timeout (40 s), after 40.0 s")


def test_the_timer_is_not_restarted_by_repeats() -> None:
    core, _ = to_cable_check()
    now, request = 0.0, None
    for _ in range(100):
        now += 1.5
        request = core.receive(res(core, "Ongoing"), now)
        if request is None:
            break
        assert request.timeout <= 2.0
    assert core.ended and now == pytest.approx(40.5) and "after 40.5 s" in core.result.reason


def test_timeout_while_waiting_for_the_response() -> None:
    core, _ = to_cable_check()
    request = core.receive(res(core, "Ongoing"), 39.5)
    assert request is not None and request.timeout == pytest.approx(0.5)
    core.timeout(40.0)
    assert core.ended and core.result.reason.startswith(
        "cable check failed (waiting for DC_CableCheckRes): no Finished DC_CableCheckRes")


def test_configurable() -> None:
    core, request = to_cable_check(EvccConfig(timing=EvccTiming(cable_check=5.0)))
    assert request.timeout == 2.0
    request = core.receive(res(core, "Ongoing"), 4.0)
    assert request is not None and request.timeout == pytest.approx(1.0)
    assert core.receive(res(core, "Ongoing"), 5.0) is None
    assert "V2G_EVCC_DC_CableCheck_Timeout (5 s)" in core.result.reason


def test_against_a_slow_isolation_test_in_memory() -> None:
    """The SECC's isolation test outlasts the EV's timer: the EV ends the session at its own limit, before the
    SECC's (40 s, which would answer FAILED)."""
    clock = FakeClock(step=0.5)
    evse = SimulatedEVSE(clock=clock, cable_check_duration=30.0)
    config = EvccConfig(service=EnergyService.DC, timing=EvccTiming(cable_check=10.0))
    run = asyncio.run(run_in_memory(config, SimulatedEV(), evse, clock, advance=clock.advance))
    result = run.result
    assert not result.completed and result.reason.startswith("cable check failed (time limit)")
    assert requests_of(run)[-1] == "DC_CableCheckReq" and "DC_PreChargeReq" not in requests_of(run)
    quick_evse = SimulatedEVSE(clock=clock, cable_check_duration=5.0)
    quick = asyncio.run(run_in_memory(config, SimulatedEV(), quick_evse, clock, advance=clock.advance))
    assert quick.result.completed, quick.result.reason


def test_a_new_charging_session_after_service_renegotiation_starts_a_new_timer() -> None:
    """After SessionStop(ServiceRenegotiation) the second cable check gets its own 1 s, although the first
    DC_CableCheckReq was sent long before."""
    clock = FakeClock(step=0.05)
    evse = SimulatedEVSE(clock=clock)

    def renegotiate(engine: SeccSession, index: int) -> None:
        if index == 30:
            engine.control(Control.RENEGOTIATE_SERVICE, clock())

    config = EvccConfig(service=EnergyService.DC, cycles=40, timing=EvccTiming(cable_check=1.0))
    run = asyncio.run(run_in_memory(config, SimulatedEV(), evse, clock, advance=clock.advance,
                                    on_cycle=renegotiate))
    assert run.result.completed, run.result.reason
    assert run.result.service_renegotiations == 1
    assert requests_of(run).count("DC_CableCheckReq") == 2

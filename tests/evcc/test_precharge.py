"""EVCC pre-charge with a fake clock: ends within the voltage tolerance of the target, bounded by the
pre-charge time limit and a number of requests; the tolerance ``precharge_voltage_unreached`` (off by
default) finishes it anyway for SECC simulators whose present voltage never follows the target.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.evcc.steps import drive_to
from tests.evcc.test_session_memory import FakeClock, requests_of
from v2gstack.evcc.client import SessionReport
from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.inmemory import run_in_memory
from v2gstack.evcc.report import session_line
from v2gstack.evcc.session import EvccConfig, EvccSession, Request, Stage
from v2gstack.evcc.timing import EvccTiming
from v2gstack.evcc.tolerances import EvccTolerances
from v2gstack.secc import messages as m
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import DCPresent, EnergyService, SessionInfo, StopReason

UNREACHED = EvccTolerances(precharge_voltage_unreached=True)
TARGET = SimulatedEV().battery_voltage  # 690 V at the default 40 % SOC


def to_precharge(config: EvccConfig) -> tuple[EvccSession, Request]:
    """The EVCC core at its first DC_PreChargeReq (against the SECC engine up to there)."""
    core, request = drive_to(config, "DC_PreChargeReq")
    assert core.stage is Stage.PRE_CHARGE
    return core, request


def res(core: EvccSession, volts: float) -> Any:
    return m.dc.DC_PreChargeRes(header=m.header(core.session_id), response_code=m.code("OK"),
                                evse_present_voltage=m.rational(volts))


def processing(request: Request) -> str:
    return str(request.message.ev_processing.value)


def test_defaults_are_a_real_evs() -> None:
    config = EvccConfig()
    assert config.tolerances.enabled() == () and not config.tolerances.precharge_voltage_unreached
    assert EvccTiming().pre_charge == 10.0
    assert config.precharge_tolerance == 20.0 and config.precharge_max_requests == 100
    assert EvccTolerances.names() == ("precharge-voltage-unreached",)
    assert EvccTolerances.from_names(["precharge-voltage-unreached"]) == UNREACHED


def test_precharge_ends_when_the_present_voltage_is_within_tolerance_of_the_target() -> None:
    core, request = to_precharge(EvccConfig())
    assert processing(request) == "Ongoing"
    assert request.message.ev_target_voltage.to_float() == pytest.approx(TARGET)
    now = 0.0
    for volts in (0.0, 300.0, TARGET - 20.5):  # still more than 20 V away
        now += 0.2
        request = core.receive(res(core, volts), now)
        assert request is not None and request.name == "DC_PreChargeReq" and processing(request) == "Ongoing"
    request = core.receive(res(core, TARGET - 20.0), now + 0.2)  # the tolerance is inclusive
    assert request is not None and request.name == "DC_PreChargeReq" and processing(request) == "Finished"
    request = core.receive(res(core, TARGET - 20.0), now + 0.4)
    assert request is not None and request.name == "PowerDeliveryReq"
    assert request.message.charge_progress.value == "Start"
    assert core.result.tolerated == []


def test_overshoot_above_the_target_counts_too() -> None:
    core, _ = to_precharge(EvccConfig())
    request = core.receive(res(core, TARGET + 25.0), 0.1)
    assert request is not None and processing(request) == "Ongoing"
    request = core.receive(res(core, TARGET + 15.0), 0.2)
    assert request is not None and processing(request) == "Finished"


def test_time_limit_aborts_the_session_with_the_numbers() -> None:
    core, _ = to_precharge(EvccConfig())
    request: Request | None = None
    for second in range(1, 10):
        request = core.receive(res(core, 1.0), float(second))
        assert request is not None and processing(request) == "Ongoing"
    assert request is not None and request.timeout == pytest.approx(1.0)  # capped at the limit (10 s)
    assert core.receive(res(core, 1.0), 10.0) is None
    result = core.result
    assert core.ended and not result.completed and result.tolerated == []
    assert result.reason.startswith("pre-charge failed (time limit): EVSE present voltage 1 V, target 690 V")
    assert "after 10.0 s (limit 10 s) and 10 requests" in result.reason


def test_no_response_before_the_limit_is_a_precharge_failure() -> None:
    core, _ = to_precharge(EvccConfig(timing=EvccTiming(pre_charge=3.0)))
    request = core.receive(res(core, 1.0), 2.5)
    assert request is not None and request.timeout == pytest.approx(0.5)
    core.timeout(3.0)
    assert core.ended and core.result.reason.startswith("pre-charge failed (waiting for DC_PreChargeRes)")


def test_request_limit_aborts_before_the_time_limit() -> None:
    core, _ = to_precharge(EvccConfig(precharge_max_requests=5))
    sent = 1
    while (request := core.receive(res(core, 1.0), sent * 0.01)) is not None:
        assert processing(request) == "Ongoing"
        sent += 1
    assert sent == 5
    assert core.result.reason.startswith("pre-charge failed (request limit)")
    assert "and 5 requests (limit 5)" in core.result.reason


def test_tolerance_finishes_precharge_at_the_limit_and_records_it() -> None:
    core, first = to_precharge(EvccConfig(tolerances=UNREACHED, precharge_max_requests=1000))
    assert first.timeout == 2.0
    request: Request | None = None
    for second in range(1, 10):
        request = core.receive(res(core, 1.0), float(second))
        assert request is not None and processing(request) == "Ongoing"
    assert request is not None and request.timeout == 2.0  # no limit to cap the message timeout at
    request = core.receive(res(core, 1.0), 10.0)
    assert request is not None and processing(request) == "Finished"
    request = core.receive(res(core, 1.0), 10.5)
    assert request is not None and request.name == "PowerDeliveryReq"
    (note,) = core.result.tolerated
    assert note.startswith("precharge-voltage-unreached: pre-charge failed (time limit): EVSE present "
                           "voltage 1 V")


class StuckEVSE(SimulatedEVSE):
    """A charger whose present voltage ignores the target, like the ``iso15118`` PyPI SECC simulator."""

    async def precharge(self, session: SessionInfo, target_voltage: float, max_current: float) -> DCPresent:
        return DCPresent(voltage=1.0, current=0.0)


@pytest.mark.parametrize("tolerances", [EvccTolerances(), UNREACHED], ids=["strict", "tolerant"])
def test_whole_session_against_a_charger_that_never_reaches_the_voltage(tolerances: EvccTolerances) -> None:
    clock = FakeClock(step=0.05)
    evse = StuckEVSE(clock=clock)
    config = EvccConfig(service=EnergyService.DC, cycles=2, tolerances=tolerances)
    run = asyncio.run(run_in_memory(config, SimulatedEV(), evse, clock, advance=clock.advance))
    result = run.result
    precharges = requests_of(run).count("DC_PreChargeReq")
    if tolerances.precharge_voltage_unreached:
        assert result.completed, result.reason
        assert precharges == 101  # 100 Ongoing (the request limit), then Finished
        assert len(result.tolerated) == 1
        assert "; tolerated precharge-voltage-unreached: " in session_line(0, SessionReport(result))
        assert run.secc.end_reason is StopReason.SESSION_STOPPED
    else:
        assert not result.completed and result.reason.startswith("pre-charge failed (request limit)")
        assert precharges == 100 and "PowerDeliveryReq" not in requests_of(run)
        assert result.tolerated == []

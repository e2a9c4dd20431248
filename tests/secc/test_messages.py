"""The SECC's message helpers: minimal FAILED responses for every request, RationalNumber shortcuts."""

from __future__ import annotations

import random

import pytest

from v2gstack import exi
from v2gstack.exi.generated import iso20_ct as ct
from v2gstack.secc import messages as m
from v2gstack.secc.context import SessionContext
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.timing import Timing
from v2gstack.secc.types import ControlMode, EnergyService

REQUESTS = sorted(m._REQUEST_MODULE)


@pytest.mark.parametrize("service", [None, *EnergyService.__members__.values()], ids=str)
@pytest.mark.parametrize("mode", [ControlMode.SCHEDULED, ControlMode.DYNAMIC], ids=str)
def test_every_request_has_an_encodable_failed_response(service: EnergyService | None,
                                                         mode: ControlMode) -> None:
    ctx = SessionContext(capabilities=SimulatedEVSE().capabilities(), timing=Timing(),
                         session_id=b"\x01" * 8, service=service, control_mode=mode)
    for name in REQUESTS:
        built = m.failed_response(name, "FAILED", ctx)
        assert built is not None, name
        message, namespace, _ = built
        assert type(message).__name__ == name[:-3] + "Res" or name == "supportedAppProtocolReq"
        assert exi.decode(exi.encode(message), namespace) == message, name


def test_minimal_fills_the_required_choice_of_the_mode() -> None:
    scheduled = m.minimal(m.cm.ScheduleExchangeRes, "Scheduled_DC")
    dynamic = m.minimal(m.cm.ScheduleExchangeRes, "Dynamic_DC")
    assert scheduled.scheduled_se_res_control_mode is not None
    assert scheduled.dynamic_se_res_control_mode is None
    assert dynamic.dynamic_se_res_control_mode is not None
    assert dynamic.scheduled_se_res_control_mode is None
    detail = m.minimal(m.cm.ServiceDetailRes)
    parameter = detail.service_parameter_list.parameter_set[0].parameter[0]
    kinds = ("bool_value", "byte_value", "short_value", "int_value", "rational_number", "finite_string")
    assert sum(getattr(parameter, a) is not None for a in kinds) == 1


def test_rational_and_number_agree_with_the_exact_conversions() -> None:
    rng = random.Random(15118)
    for _ in range(20_000):
        r = ct.RationalNumber(exponent=rng.randint(-128, 127), value=rng.randint(-32768, 32767))
        assert m.number(r) == r.to_float(), r
    for value in (0.0, -0.0, 400.0, 0.1, 123.456, 1e-7, -32768.0, 99999.0, 230.5, -11000.0):
        assert m.rational(value) == ct.RationalNumber.from_float(value)
        assert m.rational(value) is not m.rational(value)  # fresh objects: callers may mutate them

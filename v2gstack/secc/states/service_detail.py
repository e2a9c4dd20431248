"""ServiceDetail: the parameter sets of one service; a set per control mode the charger supports.

Parameter names and values follow the -20 service parameter tables: Connector, ControlMode
(1 Scheduled, 2 Dynamic), MobilityNeedsMode (1 provided by the EVCC), Pricing (0 none, 1 absolute prices,
2 price levels: what ``EVSECapabilities.pricing_for`` the service says, and what ScheduleExchange then
carries, in either control mode); BPT adds
BPTChannel (1 unified) and GeneratorMode (1 grid following); AC adds EVSENominalVoltage and, for
AC_BPT, GridCodeIslandingDetectionMethod.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import service_selection, session_stop
from v2gstack.secc.states._base import State, failed, header, reply
from v2gstack.secc.states.service_discovery import offered_services, parameter_sets
from v2gstack.secc.types import ControlMode, EnergyService

NAME = "ServiceDetail"


def _int(name: str, value: int) -> Any:
    return m.cm.Parameter(name=name, int_value=value)


def _parameters(ctx: SessionContext, service: EnergyService, mode: ControlMode) -> list[Any]:
    params = [
        _int("Connector", 2 if service.is_dc else (2 if _phases(ctx) > 1 else 1)),
        _int("ControlMode", mode.value),
    ]
    if service.is_ac:
        limits = ctx.capabilities.ac_limits
        params.append(_int("EVSENominalVoltage", int(limits.nominal_voltage if limits else 230)))
    params += [_int("MobilityNeedsMode", 1), _int("Pricing", ctx.capabilities.pricing_for(service).value)]
    if service.is_bpt:
        params += [_int("BPTChannel", 1), _int("GeneratorMode", 1)]
        if service.is_ac:
            params.append(_int("GridCodeIslandingDetectionMethod", 1))
    return params


def _phases(ctx: SessionContext) -> int:
    return ctx.capabilities.ac_limits.phases if ctx.capabilities.ac_limits else 3


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """Unknown or not offered ServiceID: FAILED_ServiceIDInvalid."""
    offered = {s.value: s for s in offered_services(ctx)}
    service = offered.get(req.service_id)
    if service is None:
        return failed(ctx, "ServiceDetailReq", "FAILED_ServiceIDInvalid")
    sets = [m.cm.ParameterSet(parameter_set_id=pid, parameter=_parameters(ctx, service, mode))
            for pid, mode in parameter_sets(ctx, service).items()]
    res = m.cm.ServiceDetailRes(header=header(ctx), response_code=m.code("OK"), service_id=service.value,
                                service_parameter_list=m.cm.ServiceParameterList(parameter_set=sets))
    return reply(ctx, res, NAME)
    yield


STATE = State(NAME, {
    "ServiceDetailReq": handle,
    "ServiceSelectionReq": service_selection.handle,
    "SessionStopReq": session_stop.handle,
})

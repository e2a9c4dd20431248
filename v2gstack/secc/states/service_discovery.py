"""ServiceDiscovery: the energy transfer services the charger offers for the negotiated protocol."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, failed, header, reply
from v2gstack.secc.types import ControlMode, EnergyService

NAME = "ServiceDiscovery"


def offered_services(ctx: SessionContext) -> list[EnergyService]:
    """The services of the charger that fit the protocol chosen in SupportedAppProtocol."""
    dc = ctx.protocol_namespace == ns.ISO20_DC
    return [s for s in ctx.capabilities.services if (s.is_dc if dc else s.is_ac)]


def parameter_sets(ctx: SessionContext, service: EnergyService) -> dict[int, ControlMode]:
    """ParameterSetID -> control mode of a service: the ID is the control mode's value."""
    return {mode.value: mode for mode in ctx.capabilities.control_modes}


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    services = offered_services(ctx)
    if req.supported_service_i_ds is not None:
        wanted = set(req.supported_service_i_ds.service_id)
        services = [s for s in services if s.value in wanted]
    if not services:  # nothing in common: -20 has no empty service list
        return failed(ctx, "ServiceDiscoveryReq", "FAILED_NoEnergyTransferServiceSelected")
    service_list = m.cm.ServiceList(service=[
        m.cm.Service(service_id=s.value, free_service=ctx.capabilities.free_service) for s in services])
    res = m.cm.ServiceDiscoveryRes(
        header=header(ctx), response_code=m.code("OK"),
        service_renegotiation_supported=ctx.capabilities.service_renegotiation_supported,
        energy_transfer_service_list=service_list)
    return reply(ctx, res, "ServiceDetail")
    yield


STATE = State(NAME, {"ServiceDiscoveryReq": handle, "SessionStopReq": session_stop.handle})

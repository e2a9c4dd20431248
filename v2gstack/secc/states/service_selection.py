"""ServiceSelection: the EV picks one offered service and one of its parameter sets."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states._base import failed, header, reply
from v2gstack.secc.states.service_discovery import offered_services, parameter_sets

NAME = "ServiceSelection"


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """A service we did not offer, or a parameter set it does not have: FAILED_ServiceSelectionInvalid."""
    selected = req.selected_energy_transfer_service
    service = {s.value: s for s in offered_services(ctx)}.get(selected.service_id)
    mode = parameter_sets(ctx, service).get(selected.parameter_set_id) if service else None
    if service is None or mode is None:
        return failed(ctx, "ServiceSelectionReq", "FAILED_ServiceSelectionInvalid")
    ctx.service, ctx.control_mode = service, mode
    res = m.cm.ServiceSelectionRes(header=header(ctx), response_code=m.code("OK"))
    return reply(ctx, res, "ChargeParameterDiscovery")
    yield

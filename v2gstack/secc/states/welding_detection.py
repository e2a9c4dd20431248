"""DC_WeldingDetection: after the stop, the EV checks its contactors; we report the output voltage."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, header, reply

NAME = "WeldingDetection"


def handle(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    present = yield ctx.call("welding_detection", ctx.info)
    res = m.dc.DC_WeldingDetectionRes(header=header(ctx), response_code=m.code("OK"),
                                      evse_present_voltage=m.rational(present.voltage))
    finished = req.ev_processing.value == "Finished"
    return reply(ctx, res, "SessionStop" if finished else NAME)


STATE = State(NAME, {"DC_WeldingDetectionReq": handle, "SessionStopReq": session_stop.handle})

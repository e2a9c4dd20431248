"""DC_/AC_ChargeLoop: targets in, present values and limits out, once per cycle, while power flows."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, FirmwareTimeout, Reply, SessionContext
from v2gstack.secc.states import power_delivery
from v2gstack.secc.states._base import State, consume_notification, evse_status, failed, header, reply
from v2gstack.secc.types import ACChargeTargets, ControlMode, DCChargeTargets, EnergyService

NAME = "ChargeLoop"
r = m.rational
n = m.number

#: (service, control mode) -> (request control-mode class name, response control-mode class name)
_DC_MODES = {
    (EnergyService.DC, ControlMode.SCHEDULED): ("Scheduled_DC_CLReqControlMode",
                                                "Scheduled_DC_CLResControlMode"),
    (EnergyService.DC, ControlMode.DYNAMIC): ("Dynamic_DC_CLReqControlMode", "Dynamic_DC_CLResControlMode"),
    (EnergyService.DC_BPT, ControlMode.SCHEDULED): ("BPT_Scheduled_DC_CLReqControlMode",
                                                    "BPT_Scheduled_DC_CLResControlMode"),
    (EnergyService.DC_BPT, ControlMode.DYNAMIC): ("BPT_Dynamic_DC_CLReqControlMode",
                                                  "BPT_Dynamic_DC_CLResControlMode"),
}
_AC_MODES = {
    (EnergyService.AC, ControlMode.SCHEDULED): ("Scheduled_AC_CLReqControlMode",
                                                "Scheduled_AC_CLResControlMode"),
    (EnergyService.AC, ControlMode.DYNAMIC): ("Dynamic_AC_CLReqControlMode", "Dynamic_AC_CLResControlMode"),
    (EnergyService.AC_BPT, ControlMode.SCHEDULED): ("BPT_Scheduled_AC_CLReqControlMode",
                                                    "BPT_Scheduled_AC_CLResControlMode"),
    (EnergyService.AC_BPT, ControlMode.DYNAMIC): ("BPT_Dynamic_AC_CLReqControlMode",
                                                  "BPT_Dynamic_AC_CLResControlMode"),
}


def _wrong(ctx: SessionContext, request: str) -> Reply:
    return failed(ctx, request, "FAILED_WrongChargeParameter")


def _meter(ctx: SessionContext, reading: Any) -> Any:
    if reading is None:
        return None
    return m.ct.MeterInfo(meter_id=reading.meter_id, charged_energy_reading_wh=reading.imported_wh,
                          bpt_discharged_energy_reading_wh=reading.exported_wh or None)


def _dc_targets(mode: Any, present_voltage: float, soc: int | None) -> DCChargeTargets:
    get = getattr
    return DCChargeTargets(
        present_voltage=present_voltage,
        target_voltage=n(get(mode, "ev_target_voltage", None)),
        target_current=n(get(mode, "ev_target_current", None)),
        max_charge_power=n(get(mode, "ev_maximum_charge_power", None)),
        min_charge_power=n(get(mode, "ev_minimum_charge_power", None)),
        max_charge_current=n(get(mode, "ev_maximum_charge_current", None)),
        max_voltage=n(get(mode, "ev_maximum_voltage", None)),
        min_voltage=n(get(mode, "ev_minimum_voltage", None)),
        max_discharge_power=n(get(mode, "ev_maximum_discharge_power", None)),
        min_discharge_power=n(get(mode, "ev_minimum_discharge_power", None)),
        max_discharge_current=n(get(mode, "ev_maximum_discharge_current", None)),
        soc=soc,
        target_energy=n(get(mode, "ev_target_energy_request", None)),
    )


def _dc_res_mode(ctx: SessionContext, cls_name: str, setpoint: float | None) -> Any:
    """Dynamic mode: the EVSE's power limits for this cycle. A firmware setpoint (``target_power``:
    positive charge, negative discharge, a V2G dispatch) narrows them so the EV follows it."""
    cls = getattr(m.dc, cls_name)
    lim = ctx.capabilities.dc_limits
    assert lim is not None
    if "Dynamic" not in cls_name:
        return cls()
    bpt = cls_name.startswith("BPT")
    charge_max, charge_min = lim.max_charge_power, lim.min_charge_power
    discharge_max, discharge_min = lim.max_discharge_power, lim.min_discharge_power
    if setpoint is not None:
        charge = max(setpoint, 0.0)
        charge_max, charge_min = min(charge_max, charge), min(charge_min, charge)
        if bpt:
            discharge = max(-setpoint, 0.0)
            discharge_max, discharge_min = min(discharge_max, discharge), min(discharge_min, discharge)
    fields: dict[str, Any] = dict(
        evse_maximum_charge_power=r(charge_max), evse_minimum_charge_power=r(charge_min),
        evse_maximum_charge_current=r(lim.max_charge_current), evse_maximum_voltage=r(lim.max_voltage))
    if bpt:
        fields.update(evse_maximum_discharge_power=r(discharge_max),
                      evse_minimum_discharge_power=r(discharge_min),
                      evse_maximum_discharge_current=r(lim.max_discharge_current),
                      evse_minimum_voltage=r(lim.min_voltage))
    return cls(**fields)


def _meter_reading(ctx: SessionContext, req: Any, started: float) -> Generator[FirmwareRequest, Any, Any]:
    """The meter reading when the EV asked for one, within what is left of the loop's single
    performance budget (Tables 216/217: 0.25 s for the whole response); None when it is used up or
    the meter is too slow (MeterInfo is optional)."""
    if not req.meter_info_requested:
        return None
    left = started + ctx.timing.performance_charge_loop - ctx.now
    if left <= 0:
        return None
    try:
        return (yield ctx.call("meter_reading", ctx.info, budget=left))
    except FirmwareTimeout:
        return None


def _soc(ctx: SessionContext, req: Any) -> int | None:
    """The EV's displayed SOC, if it says one; remembered in the context (firmware hears changes)."""
    display = req.display_parameters
    soc = None if display is None else display.present_soc
    if soc is not None:
        ctx.ev_soc = soc
    return soc


def handle_dc(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """The control-mode element must be the one of the selected service and mode; else
    FAILED_WrongChargeParameter. Firmware applies the targets and reports the present output."""
    assert ctx.service is not None and ctx.control_mode is not None
    names = _DC_MODES.get((ctx.service, ctx.control_mode))
    if names is None or type(req.cl_req_control_mode).__name__ != names[0]:
        return _wrong(ctx, "DC_ChargeLoopReq")
    started = ctx.now
    soc = _soc(ctx, req)
    targets = _dc_targets(req.cl_req_control_mode, req.ev_present_voltage.to_float(), soc)
    status = yield ctx.call("dc_charge_loop", ctx.info, targets, budget=ctx.timing.performance_charge_loop)
    meter = yield from _meter_reading(ctx, req, started)
    present = status.dc
    res = m.dc.DC_ChargeLoopRes(
        header=header(ctx), response_code=m.code("OK"), evse_status=evse_status(ctx),
        meter_info=_meter(ctx, meter),
        evse_present_current=r(present.current if present else 0.0),
        evse_present_voltage=r(present.voltage if present else 0.0),
        evse_power_limit_achieved=status.power_limit_reached,
        evse_current_limit_achieved=status.current_limit_reached,
        evse_voltage_limit_achieved=status.voltage_limit_reached,
        cl_res_control_mode=_dc_res_mode(ctx, names[1], status.target_power),
    )
    consume_notification(ctx)
    return reply(ctx, res, NAME)


def _ac_res_mode(ctx: SessionContext, cls_name: str, status: Any) -> Any:
    cls = getattr(m.ac, cls_name)
    power = status.ac_active_power or 0.0
    if "Dynamic" in cls_name:
        target = status.target_power if status.target_power is not None else power
        return cls(evse_target_active_power=r(target), evse_present_active_power=r(power))
    return cls(evse_present_active_power=r(power))


def handle_ac(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    assert ctx.service is not None and ctx.control_mode is not None
    started = ctx.now
    names = _AC_MODES.get((ctx.service, ctx.control_mode))
    mode = req.cl_req_control_mode
    if names is None or type(mode).__name__ != names[0]:
        return _wrong(ctx, "AC_ChargeLoopReq")
    soc = _soc(ctx, req)
    targets = ACChargeTargets(
        present_active_power=n(mode.ev_present_active_power) or 0.0,
        target_energy=n(getattr(mode, "ev_target_energy_request", None)),
        max_charge_power=n(getattr(mode, "ev_maximum_charge_power", None)),
        min_charge_power=n(getattr(mode, "ev_minimum_charge_power", None)),
        max_discharge_power=n(getattr(mode, "ev_maximum_discharge_power", None)),
        min_discharge_power=n(getattr(mode, "ev_minimum_discharge_power", None)),
        soc=soc)
    status = yield ctx.call("ac_charge_loop", ctx.info, targets, budget=ctx.timing.performance_charge_loop)
    meter = yield from _meter_reading(ctx, req, started)
    res = m.ac.AC_ChargeLoopRes(header=header(ctx), response_code=m.code("OK"), evse_status=evse_status(ctx),
                                meter_info=_meter(ctx, meter),
                                cl_res_control_mode=_ac_res_mode(ctx, names[1], status))
    consume_notification(ctx)
    return reply(ctx, res, NAME)


STATE = State(NAME, {
    "DC_ChargeLoopReq": handle_dc,
    "AC_ChargeLoopReq": handle_ac,
    "PowerDeliveryReq": power_delivery.handle,
})

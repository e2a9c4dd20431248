"""DC_/AC_ChargeParameterDiscovery: learn the EV's limits, tell it ours (BPT forms for BPT services)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from v2gstack.secc import messages as m
from v2gstack.secc.context import FirmwareRequest, Reply, SessionContext
from v2gstack.secc.states import session_stop
from v2gstack.secc.states._base import State, failed, header, reply
from v2gstack.secc.types import ACLimits, DCLimits, EnergyService, EVChargingNeeds

NAME = "ChargeParameterDiscovery"
r = m.rational
n = m.number


def _wrong(ctx: SessionContext, request: str) -> Reply:
    return failed(ctx, request, "FAILED_WrongChargeParameter")


def _dc_res(ctx: SessionContext, lim: DCLimits) -> Any:
    common = dict(
        evse_maximum_charge_power=r(lim.max_charge_power), evse_minimum_charge_power=r(lim.min_charge_power),
        evse_maximum_charge_current=r(lim.max_charge_current),
        evse_minimum_charge_current=r(lim.min_charge_current),
        evse_maximum_voltage=r(lim.max_voltage), evse_minimum_voltage=r(lim.min_voltage),
    )
    if lim.power_ramp_limitation is not None:
        common["evse_power_ramp_limitation"] = r(lim.power_ramp_limitation)
    if ctx.service is EnergyService.DC_BPT:
        mode: Any = m.dc.BPT_DC_CPDResEnergyTransferMode(
            **common, evse_maximum_discharge_power=r(lim.max_discharge_power),
            evse_minimum_discharge_power=r(lim.min_discharge_power),
            evse_maximum_discharge_current=r(lim.max_discharge_current),
            evse_minimum_discharge_current=r(lim.min_discharge_current))
    else:
        mode = m.dc.DC_CPDResEnergyTransferMode(**common)
    return m.dc.DC_ChargeParameterDiscoveryRes(header=header(ctx), response_code=m.code("OK"),
                                               dc_cpd_res_energy_transfer_mode=mode)


def handle_dc(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    """The request's BPT form must match the selected service: else FAILED_WrongChargeParameter."""
    mode = req.dc_cpd_req_energy_transfer_mode
    bpt = isinstance(mode, m.dc.BPT_DC_CPDReqEnergyTransferMode)
    lim = ctx.capabilities.dc_limits
    if ctx.service is None or not ctx.service.is_dc or bpt != ctx.service.is_bpt or lim is None:
        return _wrong(ctx, "DC_ChargeParameterDiscoveryReq")
    ctx.needs = EVChargingNeeds(
        max_charge_power=n(mode.ev_maximum_charge_power), min_charge_power=n(mode.ev_minimum_charge_power),
        max_charge_current=n(mode.ev_maximum_charge_current),
        min_charge_current=n(mode.ev_minimum_charge_current),
        max_voltage=n(mode.ev_maximum_voltage), min_voltage=n(mode.ev_minimum_voltage),
        max_discharge_power=n(mode.ev_maximum_discharge_power) if bpt else None,
        min_discharge_power=n(mode.ev_minimum_discharge_power) if bpt else None,
        max_discharge_current=n(mode.ev_maximum_discharge_current) if bpt else None,
        min_discharge_current=n(mode.ev_minimum_discharge_current) if bpt else None,
        target_soc=mode.target_soc,
    )
    return reply(ctx, _dc_res(ctx, lim), "ScheduleExchange")
    yield


def _ac_res(ctx: SessionContext, lim: ACLimits) -> Any:
    common = dict(
        evse_maximum_charge_power=r(lim.max_charge_power), evse_minimum_charge_power=r(lim.min_charge_power),
        evse_nominal_frequency=r(lim.nominal_frequency),
    )
    if ctx.service is EnergyService.AC_BPT:
        mode: Any = m.ac.BPT_AC_CPDResEnergyTransferMode(
            **common, evse_maximum_discharge_power=r(lim.max_discharge_power),
            evse_minimum_discharge_power=r(lim.min_discharge_power))
    else:
        mode = m.ac.AC_CPDResEnergyTransferMode(**common)
    return m.ac.AC_ChargeParameterDiscoveryRes(header=header(ctx), response_code=m.code("OK"),
                                               ac_cpd_res_energy_transfer_mode=mode)


def handle_ac(ctx: SessionContext, req: Any) -> Generator[FirmwareRequest, Any, Reply]:
    mode = req.ac_cpd_req_energy_transfer_mode
    bpt = isinstance(mode, m.ac.BPT_AC_CPDReqEnergyTransferMode)
    lim = ctx.capabilities.ac_limits
    if ctx.service is None or not ctx.service.is_ac or bpt != ctx.service.is_bpt or lim is None:
        return _wrong(ctx, "AC_ChargeParameterDiscoveryReq")
    ctx.needs = EVChargingNeeds(
        max_charge_power=n(mode.ev_maximum_charge_power), min_charge_power=n(mode.ev_minimum_charge_power),
        max_discharge_power=n(mode.ev_maximum_discharge_power) if bpt else None,
        min_discharge_power=n(mode.ev_minimum_discharge_power) if bpt else None,
    )
    return reply(ctx, _ac_res(ctx, lim), "ScheduleExchange")
    yield


STATE = State(NAME, {
    "DC_ChargeParameterDiscoveryReq": handle_dc,
    "AC_ChargeParameterDiscoveryReq": handle_ac,
    "SessionStopReq": session_stop.handle,
})

"""Our ScheduleExchangeRes through the peer's own decoder (EXIficient, then its pydantic models), in
process and without a network: the price schedule the ``iso15118`` EVCC requires in every ChargingSchedule
(Q6), as -20 does ([V2G20-2176]).

The bytes are what our engine sends (tests.secc.driver): by default, without a tariff, a PriceLevelSchedule
with NumberOfPriceLevels 0 ("no price information", [V2G20-2166] NOTE 1), which the peer takes; the same
response with the price schedules taken out is what our SECC sent before, and the peer rejects it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.secc.driver import Driver
from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.events import SendResponse
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.tolerances import Tolerances
from v2gstack.secc.types import ControlMode, EnergyService, EVChargingNeeds, ScheduleOffer, SessionInfo

pytestmark = [pytest.mark.interop, pytest.mark.timeout(120), pytest.mark.usefixtures("require_peer")]

SERVICES = [EnergyService.DC, EnergyService.DC_BPT, EnergyService.AC, EnergyService.AC_BPT]


@pytest.fixture(scope="module")
def peer_exi() -> Iterator[Any]:
    """The peer's EXI front end (``iso15118.shared.exi_codec.EXI``) on its EXIficient JVM."""
    from tests.interop import peer

    if peer.unavailable_reason() is not None:
        pytest.skip(str(peer.unavailable_reason()))
    from iso15118.shared.exi_codec import EXI
    from iso15118.shared.exificient_exi_codec import ExificientEXICodec
    from iso15118.shared.settings import SettingKey, shared_settings

    shared_settings.update({SettingKey.MESSAGE_LOG_JSON: False, SettingKey.MESSAGE_LOG_EXI: False})
    codec = ExificientEXICodec()  # type: ignore[no-untyped-call]
    front = EXI()  # type: ignore[no-untyped-call]
    front.set_exi_codec(codec)
    yield front
    codec.gateway.shutdown()


class NotReadyEVSE(SimulatedEVSE):
    """Firmware whose schedule is never ready: the EV hears EVSEProcessing=Ongoing."""

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        return ScheduleOffer(ready=False)


def _ac_cpd(d: Driver, bpt: bool) -> None:
    r = m.rational
    if bpt:
        mode: Any = m.ac.BPT_AC_CPDReqEnergyTransferMode(
            ev_maximum_charge_power=r(11000), ev_minimum_charge_power=r(0),
            ev_maximum_discharge_power=r(7000), ev_minimum_discharge_power=r(0))
    else:
        mode = m.ac.AC_CPDReqEnergyTransferMode(ev_maximum_charge_power=r(11000),
                                                ev_minimum_charge_power=r(0))
    d.send(m.ac.AC_ChargeParameterDiscoveryReq(header=d.hdr(), ac_cpd_req_energy_transfer_mode=mode))


def our_schedule_exchange_res(service: EnergyService, tolerances: Tolerances, *, ready: bool = True,
                              mode: ControlMode = ControlMode.SCHEDULED) -> bytes:
    """The EXI bytes of the ScheduleExchangeRes our engine sends in ``mode`` (Finished, or Ongoing when
    not ``ready``), in a DC or AC session as ``service`` has it."""
    d = Driver(None if ready else NotReadyEVSE())
    d.session = SeccSession(d.evse.capabilities(), d.now, tolerances=tolerances)
    d.setup(ns.ISO20_DC if service.is_dc else ns.ISO20_AC)
    d.authorize()
    d.select(service, mode)
    if service.is_dc:
        d.dc_cpd(bpt=service.is_bpt)
    else:
        _ac_cpd(d, service.is_bpt)
    d.schedule(dynamic=mode is ControlMode.DYNAMIC)
    sent = [a for a in d.actions if isinstance(a, SendResponse)][-1]
    assert type(sent.message).__name__ == "ScheduleExchangeRes"
    return exi.encode(sent.message)


def _without_price_schedules(data: bytes) -> bytes:
    """``data`` (a scheduled ScheduleExchangeRes) with every price schedule taken out: what our SECC sent
    before [V2G20-2176] was followed, and what -20's schema alone would allow."""
    res = exi.decode(data, ns.ISO20_CM)
    for one in res.scheduled_se_res_control_mode.schedule_tuple:
        for schedule in (one.charging_schedule, one.discharging_schedule):
            if schedule is not None:
                schedule.price_level_schedule = schedule.absolute_price_schedule = None
    return exi.encode(res)


@pytest.mark.parametrize("ready", [True, False], ids=["finished", "ongoing"])
@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_peer_accepts_our_schedule_without_price_information(peer_exi: Any, service: EnergyService,
                                                             ready: bool) -> None:
    res = peer_exi.from_exi(our_schedule_exchange_res(service, Tolerances(), ready=ready), ns.ISO20_CM)
    assert type(res).__name__ == "ScheduleExchangeRes"
    assert res.evse_processing.value == ("Finished" if ready else "Ongoing")
    (schedule_tuple,) = res.scheduled_params.schedule_tuples
    prices = schedule_tuple.charging_schedule.price_level_schedule
    assert prices is not None and schedule_tuple.charging_schedule.absolute_price_schedule is None
    assert prices.num_price_levels == 0 and {e.price_level for e in prices.schedule_entries.entries} == {0}


@pytest.mark.parametrize("ready", [True, False], ids=["finished", "ongoing"])
@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_peer_rejects_a_charging_schedule_without_price_schedule(peer_exi: Any, service: EnergyService,
                                                                 ready: bool) -> None:
    """Q6: the peer enforces [V2G20-2176] (which is why the former tolerance existed)."""
    from iso15118.shared.exceptions import V2GMessageValidationError

    data = _without_price_schedules(our_schedule_exchange_res(service, Tolerances(), ready=ready))
    with pytest.raises(V2GMessageValidationError) as caught:
        peer_exi.from_exi(data, ns.ISO20_CM)
    reason = caught.value.reason
    assert "ChargingSchedule" in reason and "Exactly one field must be set" in reason, reason
    assert "PriceLevelSchedule" in reason and "AbsolutePriceSchedule" in reason, reason


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_peer_accepts_a_dynamic_response_without_price_schedule(peer_exi: Any,
                                                                service: EnergyService) -> None:
    """Q6 is about ChargingScheduleType: in dynamic mode the price schedule is optional for the peer too, as
    in -20."""
    res = peer_exi.from_exi(our_schedule_exchange_res(service, Tolerances(), mode=ControlMode.DYNAMIC),
                            ns.ISO20_CM)
    assert type(res).__name__ == "ScheduleExchangeRes" and res.dynamic_params is not None
    assert res.dynamic_params.price_level_schedule is None
    assert res.dynamic_params.absolute_price_schedule is None

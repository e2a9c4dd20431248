"""The ScheduleTuple the EV selects in PowerDeliveryReq (pure SECC engine, fake clock): checked against the
offer ([V2G20-479]), handed to firmware (``SessionInfo``, the ``schedule_selected`` event), and
ScheduleTupleIDs unique for the whole charging session, a pause included ([V2G20-1560])."""

from __future__ import annotations

from typing import Any

from tests.secc.driver import Driver
from v2gstack.secc import messages as m
from v2gstack.secc.events import CallFirmware, Notify
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.types import (
    ControlMode,
    EnergyService,
    EVChargingNeeds,
    PowerScheduleEntry,
    ScheduleOffer,
    ScheduleTupleOffer,
    SessionInfo,
    StopReason,
)

DAY = 86400


class ThreeTuples(SimulatedEVSE):
    """Firmware offering three ScheduleTuples (full, 22 kW, 11 kW) and recording what start_power saw."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.started: list[SessionInfo] = []

    async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
        return ScheduleOffer(schedule=(PowerScheduleEntry(DAY, 150_000.0),), alternatives=(
            ScheduleTupleOffer((PowerScheduleEntry(DAY, 22_000.0),)),
            ScheduleTupleOffer((PowerScheduleEntry(DAY, 11_000.0),))))

    async def start_power(self, session: SessionInfo) -> bool:
        self.started.append(session)
        return True


def driver(evse: SimulatedEVSE | None = None) -> Driver:
    d = Driver(evse or ThreeTuples())
    d.evse.clock = lambda: d.now
    return d


def profile(tuple_id: int | None, dynamic: bool = False) -> Any:
    """An EVPowerProfile: Scheduled_EVPPTControlMode naming ``tuple_id``, or Dynamic_EVPPTControlMode."""
    entries = m.cm.EVPowerProfileEntryList(ev_power_profile_entry=[
        m.cm.PowerScheduleEntry(duration=3600, power=m.rational(11_000))])
    if dynamic:
        return m.cm.EVPowerProfile(time_anchor=0, dynamic_evppt_control_mode=m.cm.Dynamic_EVPPTControlMode(),
                                   ev_power_profile_entries=entries)
    mode = m.cm.Scheduled_EVPPTControlMode(selected_schedule_tuple_id=tuple_id)
    return m.cm.EVPowerProfile(time_anchor=0, scheduled_evppt_control_mode=mode,
                               ev_power_profile_entries=entries)


def power(d: Driver, progress: str, power_profile: Any = None) -> Any:
    return d.send(m.cm.PowerDeliveryReq(header=d.hdr(), ev_processing=m.ct.processing.Finished,
                                        charge_progress=m.cm.chargeProgress[progress],
                                        ev_power_profile=power_profile))


def offered_ids(res: Any) -> list[int]:
    return [t.schedule_tuple_id for t in res.scheduled_se_res_control_mode.schedule_tuple]


def to_power_delivery(d: Driver, mode: ControlMode = ControlMode.SCHEDULED) -> Any:
    d.setup()
    d.authorize()
    d.select(EnergyService.DC, mode)
    d.dc_cpd()
    res = d.schedule(dynamic=mode is ControlMode.DYNAMIC)
    d.cable_check()
    d.precharge(finished=True)
    return res


def selections(d: Driver) -> list[dict[str, object]]:
    return [a.event.data for a in d.actions if isinstance(a, Notify) and a.event.kind == "schedule_selected"]


def test_the_selected_tuple_reaches_firmware() -> None:
    """start_power and every later call see the ScheduleTupleID and which tuple of the offer it is; the
    ``schedule_selected`` event says so once."""
    d = driver()
    assert offered_ids(to_power_delivery(d)) == [1, 2, 3]
    assert d.session.ctx.info.schedule_tuple_id is None
    assert power(d, "Start", profile(2)).response_code.value == "OK"
    [started] = d.evse.started
    assert (started.schedule_tuple_id, started.schedule_tuple_index) == (2, 1)
    d.now += 0.1
    d.dc_loop()
    loop = [a for a in d.actions if isinstance(a, CallFirmware) and a.method == "dc_charge_loop"][-1]
    assert (loop.args[0].schedule_tuple_id, loop.args[0].schedule_tuple_index) == (2, 1)
    assert selections(d) == [{"schedule_tuple_id": 2, "schedule_tuple_index": 1}]


def test_a_tuple_that_was_not_offered_is_refused_before_power_flows() -> None:
    """[V2G20-479]: FAILED_ScheduleSelectionInvalid (the schema's code for what the text calls
    FAILED_TariffSelectionInvalid); the session ends, the contactors never close."""
    for wrong in (0, 4, 255):
        d = driver()
        to_power_delivery(d)
        res = power(d, "Start", profile(wrong))
        assert res.response_code.value == "FAILED_ScheduleSelectionInvalid" and d.session.ended
        assert d.evse.started == [] and d.session.end_reason is StopReason.PROTOCOL_ERROR
        assert d.stops and d.closed


def test_only_the_last_offer_counts_after_a_renegotiation() -> None:
    """A schedule renegotiation offers IDs 4, 5, 6 ([V2G20-1560]); the old ones may no longer be selected.
    Until the EV selects a new one, firmware sees the old ID without an index into the new offer."""
    d = driver()
    to_power_delivery(d)
    assert power(d, "Start", profile(1)).response_code.value == "OK"
    d.now += 0.1
    d.dc_loop()
    assert power(d, "ScheduleRenegotiation", profile(1)).response_code.value == "OK"  # still following 1
    assert offered_ids(d.schedule(dynamic=False)) == [4, 5, 6]
    assert (d.session.ctx.info.schedule_tuple_id, d.session.ctx.info.schedule_tuple_index) == (1, None)
    assert power(d, "Start", profile(6)).response_code.value == "OK"
    assert (d.session.ctx.info.schedule_tuple_id, d.session.ctx.info.schedule_tuple_index) == (6, 2)
    assert [s["schedule_tuple_id"] for s in selections(d)] == [1, 6]
    assert len(d.evse.started) == 1  # power stayed on through the renegotiation

    d = driver()
    to_power_delivery(d)
    power(d, "Start", profile(1))
    d.now += 0.1
    d.dc_loop()
    power(d, "ScheduleRenegotiation", profile(1))
    d.schedule(dynamic=False)
    assert power(d, "Start", profile(2)).response_code.value == "FAILED_ScheduleSelectionInvalid"


def test_without_a_power_profile_nothing_is_selected() -> None:
    """EVs that send no EVPowerProfile keep working; firmware sees no selection."""
    d = driver()
    to_power_delivery(d)
    assert power(d, "Start").response_code.value == "OK"
    assert d.evse.started[0].schedule_tuple_id is None and selections(d) == []


def test_dynamic_mode_has_no_schedule_to_select() -> None:
    d = driver()
    to_power_delivery(d, ControlMode.DYNAMIC)
    assert power(d, "Start", profile(None, dynamic=True)).response_code.value == "OK"
    assert d.evse.started[0].schedule_tuple_id is None
    d = driver()
    to_power_delivery(d, ControlMode.DYNAMIC)  # a scheduled profile names a tuple nobody offered
    assert power(d, "Start", profile(1)).response_code.value == "FAILED_ScheduleSelectionInvalid"


def test_existing_firmware_and_session_info_are_unchanged() -> None:
    """The new SessionInfo fields have defaults; a SessionInfo made as before still works."""
    info = SessionInfo(b"\x01" * 8, "EVCCID", EnergyService.DC, ControlMode.SCHEDULED)
    assert info.schedule_tuple_id is None and info.schedule_tuple_index is None
    d = Driver()  # the plain simulated charger (its start_power knows nothing of the selection)
    d.to_charge_loop()
    assert d.session.state == "ChargeLoop"


def test_schedule_tuple_ids_continue_after_a_pause() -> None:
    """The same charging session resumed ([V2G20-2622]) goes on with the next ScheduleTupleID instead of
    starting at 1 again ([V2G20-1560]); the Ongoing placeholder shows it too."""
    d = driver()
    assert offered_ids(to_power_delivery(d)) == [1, 2, 3]
    power(d, "Start", profile(1))
    d.now += 0.1
    d.dc_loop()
    power(d, "Stop")
    d.welding()
    assert d.stop("Pause").response_code.value == "OK"
    (paused,) = d.session.ctx.paused.values()
    assert paused.next_schedule_tuple_id == 4

    class SlowThenThree(ThreeTuples):
        asked = 0

        async def schedule(self, session: SessionInfo, needs: EVChargingNeeds) -> ScheduleOffer:
            self.asked += 1
            return ScheduleOffer(ready=False) if self.asked == 1 else await super().schedule(session, needs)

    resumed = driver(SlowThenThree())
    resumed.session.ctx.paused = d.session.ctx.paused
    assert resumed.setup(old_sid=d.sid).response_code.value == "OK_OldSessionJoined"
    resumed.dc_cpd()
    ongoing = resumed.schedule(dynamic=False)
    assert ongoing.evse_processing.value == "Ongoing" and offered_ids(ongoing) == [4]
    assert offered_ids(resumed.schedule(dynamic=False)) == [4, 5, 6]
    resumed.cable_check()
    resumed.precharge(finished=True)
    assert power(resumed, "Start", profile(1)).response_code.value == "FAILED_ScheduleSelectionInvalid"


def test_a_new_session_starts_at_one() -> None:
    """Another EV (or an unknown SessionID) is a new charging session: IDs from 1."""
    d = driver()
    to_power_delivery(d)
    power(d, "Start", profile(1))
    d.now += 0.1
    d.dc_loop()
    power(d, "Stop")
    d.welding()
    d.stop("Pause")
    other = driver()
    other.session.ctx.paused = d.session.ctx.paused
    assert offered_ids(to_power_delivery(other)) == [1, 2, 3]

"""Drive the pure SECC engine with a fake clock and a SimulatedEVSE, without sockets or sleeping."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from v2gstack import exi
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.events import CallFirmware, CloseConnection, SendResponse, StopPower
from v2gstack.secc.session import SeccSession
from v2gstack.secc.simulator import SimulatedEVSE
from v2gstack.secc.timing import Timing
from v2gstack.secc.types import ControlMode, EnergyService

EVCCID = "WMIV1234567890ABCDEX"


def run_now(coro: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine that never awaits (the simulator's) to completion."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    raise AssertionError("coroutine awaited something")


class Driver:
    """An EV script against one SeccSession: ``send(request)`` returns the decoded response."""

    def __init__(self, evse: SimulatedEVSE | None = None, timing: Timing | None = None,
                 auto_firmware: bool = True) -> None:
        self.now = 0.0
        self.evse = evse or SimulatedEVSE(clock=lambda: self.now)
        self.session = SeccSession(self.evse.capabilities(), self.now, timing=timing)
        self.auto_firmware = auto_firmware
        self.actions: list[Any] = []
        self.pending_calls: list[CallFirmware] = []
        self.sid = b"\x00" * 8

    def _process(self, actions: list[Any]) -> list[Any]:
        responses = []
        queue = list(actions)
        while queue:
            action = queue.pop(0)
            self.actions.append(action)
            if isinstance(action, SendResponse):
                # every response must survive an EXI round trip
                data = exi.encode(action.message)
                responses.append(exi.decode(data, action.namespace))
            elif isinstance(action, StopPower):
                run_now(self.evse.stop_power(None, action.reason))
            elif isinstance(action, CallFirmware):
                if self.auto_firmware:
                    result = run_now(getattr(self.evse, action.method)(*action.args))
                    queue.extend(self.session.firmware_result(action.call_id, result, self.now))
                else:
                    self.pending_calls.append(action)
        return responses

    def send(self, request: Any, payload_type: int | None = None) -> Any:
        pt = payload_type if payload_type is not None else m.where(request)[1]
        responses = self._process(self.session.receive(request, pt, self.now))
        return responses[-1] if responses else None

    def advance(self, seconds: float) -> list[Any]:
        self.now += seconds
        return self._process(self.session.timer(self.now))

    def firmware(self, call: CallFirmware, result: Any, failed: bool = False) -> Any:
        responses = self._process(self.session.firmware_result(call.call_id, result, self.now, failed=failed))
        return responses[-1] if responses else None

    @property
    def closed(self) -> bool:
        return any(isinstance(a, CloseConnection) for a in self.actions)

    @property
    def stops(self) -> list[StopPower]:
        return [a for a in self.actions if isinstance(a, StopPower)]

    # -- request builders ---------------------------------------------------------------------
    def hdr(self) -> Any:
        return m.header(self.sid)

    def sap(self, namespace: str = ns.ISO20_DC) -> Any:
        proto = m.sap.AppProtocol(protocol_namespace=namespace, version_number_major=1,
                                  version_number_minor=0, schema_id=1, priority=1)
        return self.send(m.sap.supportedAppProtocolReq(app_protocol=[proto]))

    def setup(self, namespace: str = ns.ISO20_DC, old_sid: bytes | None = None) -> Any:
        self.sap(namespace)
        res = self.send(m.cm.SessionSetupReq(header=m.header(old_sid or b"\x00" * 8), evccid=EVCCID))
        self.sid = res.header.session_id
        return res

    def auth_req(self) -> Any:
        return m.cm.AuthorizationReq(header=self.hdr(), selected_authorization_service=m.cm.authorization.EIM,
                                     eim_a_req_authorization_mode=m.cm.EIM_AReqAuthorizationMode())

    def authorize(self) -> Any:
        self.send(m.cm.AuthorizationSetupReq(header=self.hdr()))
        return self.send(self.auth_req())

    def select(self, service: EnergyService, mode: ControlMode) -> Any:
        self.send(m.cm.ServiceDiscoveryReq(header=self.hdr()))
        self.send(m.cm.ServiceDetailReq(header=self.hdr(), service_id=service.value))
        sel = m.cm.SelectedService(service_id=service.value, parameter_set_id=mode.value)
        return self.send(m.cm.ServiceSelectionReq(header=self.hdr(), selected_energy_transfer_service=sel))

    def dc_cpd(self, bpt: bool = False) -> Any:
        r = m.rational
        fields = dict(ev_maximum_charge_power=r(100000), ev_minimum_charge_power=r(0),
                      ev_maximum_charge_current=r(200), ev_minimum_charge_current=r(0),
                      ev_maximum_voltage=r(800), ev_minimum_voltage=r(300))
        mode: Any
        if bpt:
            mode = m.dc.BPT_DC_CPDReqEnergyTransferMode(**fields, ev_maximum_discharge_power=r(30000),
                                                        ev_minimum_discharge_power=r(0),
                                                        ev_maximum_discharge_current=r(60),
                                                        ev_minimum_discharge_current=r(0))
        else:
            mode = m.dc.DC_CPDReqEnergyTransferMode(**fields)
        return self.send(m.dc.DC_ChargeParameterDiscoveryReq(header=self.hdr(),
                                                             dc_cpd_req_energy_transfer_mode=mode))

    def schedule(self, dynamic: bool) -> Any:
        r = m.rational
        if dynamic:
            mode = m.cm.Dynamic_SEReqControlMode(departure_time=3600, ev_target_energy_request=r(30000),
                                                 ev_maximum_energy_request=r(40000),
                                                 ev_minimum_energy_request=r(1000))
            return self.send(m.cm.ScheduleExchangeReq(header=self.hdr(), maximum_supporting_points=12,
                                                      dynamic_se_req_control_mode=mode))
        return self.send(m.cm.ScheduleExchangeReq(header=self.hdr(), maximum_supporting_points=12,
                                                  scheduled_se_req_control_mode=m.cm.Scheduled_SEReqControlMode()))

    def cable_check(self) -> Any:
        return self.send(m.dc.DC_CableCheckReq(header=self.hdr()))

    def precharge(self, finished: bool, target: float = 400.0) -> Any:
        proc = m.ct.processing.Finished if finished else m.ct.processing.Ongoing
        return self.send(m.dc.DC_PreChargeReq(header=self.hdr(), ev_processing=proc,
                                              ev_present_voltage=m.rational(target),
                                              ev_target_voltage=m.rational(target)))

    def power(self, progress: str) -> Any:
        return self.send(m.cm.PowerDeliveryReq(header=self.hdr(), ev_processing=m.ct.processing.Finished,
                                               charge_progress=m.cm.chargeProgress[progress]))

    def dc_loop(self, current: float = 100.0, mode: Any = None) -> Any:
        r = m.rational
        mode = mode or m.dc.Scheduled_DC_CLReqControlMode(ev_target_current=r(current),
                                                          ev_target_voltage=r(400))
        return self.send(m.dc.DC_ChargeLoopReq(header=self.hdr(), meter_info_requested=True,
                                               ev_present_voltage=r(400), cl_req_control_mode=mode))

    def welding(self) -> Any:
        finished = m.ct.processing.Finished
        return self.send(m.dc.DC_WeldingDetectionReq(header=self.hdr(), ev_processing=finished))

    def stop(self, kind: str = "Terminate") -> Any:
        return self.send(m.cm.SessionStopReq(header=self.hdr(), charging_session=m.cm.chargingSession[kind]))

    def to_charge_loop(self, service: EnergyService = EnergyService.DC,
                       mode: ControlMode = ControlMode.SCHEDULED) -> None:
        self.setup()
        self.authorize()
        self.select(service, mode)
        self.dc_cpd(bpt=service.is_bpt)
        self.schedule(dynamic=mode is ControlMode.DYNAMIC)
        self.cable_check()
        self.precharge(finished=True)
        assert self.power("Start").response_code.value == "OK"

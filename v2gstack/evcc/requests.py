"""Request builders: turn the simulated battery's state into ISO 15118-20 EVCC requests.

Pure functions of the :class:`~v2gstack.evcc.ev.SimulatedEV`, the session ID and the wall-clock time
stamp; the session core decides which one to send when.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding

from v2gstack.evcc.ev import SimulatedEV
from v2gstack.evcc.types import EVContract, EVProvisioning, MobilityNeeds, PriceOffer
from v2gstack.exi import namespaces as ns
from v2gstack.secc import messages as m
from v2gstack.secc.prices import Tariff
from v2gstack.secc.types import ControlMode, EnergyService
from v2gstack.security import xmldsig

r = m.rational

#: Control-mode element of the charge-loop request per (service, control mode).
LOOP_MODE_CLASS: dict[tuple[EnergyService, ControlMode], type] = {
    (EnergyService.DC, ControlMode.SCHEDULED): m.dc.Scheduled_DC_CLReqControlMode,
    (EnergyService.DC, ControlMode.DYNAMIC): m.dc.Dynamic_DC_CLReqControlMode,
    (EnergyService.DC_BPT, ControlMode.SCHEDULED): m.dc.BPT_Scheduled_DC_CLReqControlMode,
    (EnergyService.DC_BPT, ControlMode.DYNAMIC): m.dc.BPT_Dynamic_DC_CLReqControlMode,
    (EnergyService.AC, ControlMode.SCHEDULED): m.ac.Scheduled_AC_CLReqControlMode,
    (EnergyService.AC, ControlMode.DYNAMIC): m.ac.Dynamic_AC_CLReqControlMode,
    (EnergyService.AC_BPT, ControlMode.SCHEDULED): m.ac.BPT_Scheduled_AC_CLReqControlMode,
    (EnergyService.AC_BPT, ControlMode.DYNAMIC): m.ac.BPT_Dynamic_AC_CLReqControlMode,
}

#: SchemaID we give each protocol in SupportedAppProtocolReq.
SCHEMA_IDS = {ns.ISO20_DC: 1, ns.ISO20_AC: 2}


def protocol_for(service: EnergyService) -> str:
    """The -20 namespace whose messages carry ``service`` (DC or AC)."""
    return ns.ISO20_DC if service.is_dc else ns.ISO20_AC


def supported_app_protocol(service: EnergyService) -> Any:
    uri = protocol_for(service)
    proto = m.sap.AppProtocol(protocol_namespace=uri, version_number_major=1, version_number_minor=0,
                              schema_id=SCHEMA_IDS[uri], priority=1)
    return m.sap.supportedAppProtocolReq(app_protocol=[proto])


def header(session_id: bytes, wall: float) -> Any:
    return m.ct.MessageHeader(session_id=session_id, time_stamp=int(wall))


#: The element a PnC AuthorizationReq's header Signature covers ([V2G20-2564]).
PNC_ELEMENT = f"{{{ns.ISO20_CM}}}PnC_AReqAuthorizationMode"


@dataclass(frozen=True, slots=True)
class SignedPnC:
    """PnC_AReqAuthorizationMode and the header Signature over it. Made once per attempt: a repeated
    (Ongoing) AuthorizationReq must be unaltered ([V2G20-1977]), only its header time stamp changes."""

    mode: Any
    signature: Any

    @classmethod
    def make(cls, contract: EVContract, challenge: bytes, ident: str = "id1") -> SignedPnC:
        """The GenChallenge of AuthorizationSetupRes and the contract chain, signed with the contract key
        (ECDSA-SHA512 for P-521, Ed448; raises XmlSignatureError for other keys). SubCertificates must
        hold 1 to 3 certificates (-20 schema)."""
        chain = m.cm.ContractCertificateChain(
            certificate=contract.certificate,
            sub_certificates=m.cm.SubCertificates(certificate=list(contract.sub_certificates)))
        mode = m.cm.PnC_AReqAuthorizationMode(id=ident, gen_challenge=challenge,
                                              contract_certificate_chain=chain)
        return cls(mode, xmldsig.sign([xmldsig.SignedPart(mode, PNC_ELEMENT)], contract.key))


def authorization(hdr: Any, pnc: SignedPnC | None) -> Any:
    """AuthorizationReq: EIM, or PnC with the signed mode element (the Signature goes into the header)."""
    if pnc is None:
        return m.cm.AuthorizationReq(header=hdr, selected_authorization_service=m.cm.authorization.EIM,
                                     eim_a_req_authorization_mode=m.cm.EIM_AReqAuthorizationMode())
    hdr.signature = pnc.signature
    return m.cm.AuthorizationReq(header=hdr, selected_authorization_service=m.cm.authorization.PnC,
                                 pn_c_a_req_authorization_mode=pnc.mode)


def certificate_installation(provisioning: EVProvisioning, session_id: bytes, wall: int) -> Any:
    """A signed CertificateInstallationReq ([V2G20-1548]) for one contract chain, listing the EV's V2G roots;
    raises SecurityError (InstallationError, XmlSignatureError) when the credentials cannot make one."""
    from v2gstack.security.installation import build_installation_request

    return build_installation_request(list(provisioning.chain), provisioning.key,
                                      list(provisioning.v2g_roots), session_id=session_id, time_stamp=wall,
                                      prioritized_emaids=provisioning.prioritized_emaids[:1])


def installed_contract(res: Any, provisioning: EVProvisioning) -> EVContract:
    """The contract of an OK CertificateInstallationRes: the CPS chain validates to one of the EV's V2G roots
    and its leaf signed SignedInstallationData; the contract key decrypts and belongs to the contract
    certificate. Raises SecurityError (InstallationError, PKIError) otherwise ([V2G20-2504])."""
    from v2gstack.security.installation import open_installation_response

    opened = open_installation_response(res, list(provisioning.v2g_roots), provisioning.key_for_agreement(),
                                        pcid=provisioning.pcid)
    leaf, *subs = (cert.public_bytes(Encoding.DER) for cert in opened.chain)
    return EVContract(leaf, tuple(subs), opened.private_key)


def _energy(ev: SimulatedEV, bpt: bool) -> dict[str, Any]:
    """Target/maximum/minimum energy requests (minimum may be negative for BPT: the EV can give)."""
    minimum = ev.energy_to_min_wh if bpt else max(0.0, ev.energy_to_min_wh)
    return dict(ev_target_energy_request=r(ev.energy_to_target_wh),
                ev_maximum_energy_request=r(ev.energy_to_full_wh),
                ev_minimum_energy_request=r(minimum))


def charge_parameter_discovery(ev: SimulatedEV, service: EnergyService, hdr: Any) -> Any:
    """DC_/AC_ChargeParameterDiscoveryReq, in the BPT form for BPT services."""
    if service.is_dc:
        common: dict[str, Any] = dict(
            ev_maximum_charge_power=r(ev.max_charge_power), ev_minimum_charge_power=r(0.0),
            ev_maximum_charge_current=r(ev.max_charge_current), ev_minimum_charge_current=r(0.0),
            ev_maximum_voltage=r(ev.max_voltage), ev_minimum_voltage=r(ev.min_voltage),
            target_soc=int(ev.target_soc))
        if service.is_bpt:
            mode: Any = m.dc.BPT_DC_CPDReqEnergyTransferMode(
                **common, ev_maximum_discharge_power=r(ev.max_discharge_power),
                ev_minimum_discharge_power=r(0.0),
                ev_maximum_discharge_current=r(ev.max_discharge_current),
                ev_minimum_discharge_current=r(0.0))
        else:
            mode = m.dc.DC_CPDReqEnergyTransferMode(**common)
        return m.dc.DC_ChargeParameterDiscoveryReq(header=hdr, dc_cpd_req_energy_transfer_mode=mode)
    ac_common: dict[str, Any] = dict(ev_maximum_charge_power=r(ev.ac_max_charge_power),
                                     ev_minimum_charge_power=r(0.0))
    if service.is_bpt:
        ac_mode: Any = m.ac.BPT_AC_CPDReqEnergyTransferMode(
            **ac_common, ev_maximum_discharge_power=r(ev.ac_max_discharge_power),
            ev_minimum_discharge_power=r(0.0))
    else:
        ac_mode = m.ac.AC_CPDReqEnergyTransferMode(**ac_common)
    return m.ac.AC_ChargeParameterDiscoveryReq(header=hdr, ac_cpd_req_energy_transfer_mode=ac_mode)


def schedule_exchange(ev: SimulatedEV, service: EnergyService, mode: ControlMode, hdr: Any,
                      departure_time: int) -> Any:
    """ScheduleExchangeReq with the energy requests of the battery model."""
    energy = _energy(ev, service.is_bpt)
    if mode is ControlMode.DYNAMIC:
        dynamic = m.cm.Dynamic_SEReqControlMode(
            departure_time=departure_time, minimum_soc=int(ev.min_soc), target_soc=int(ev.target_soc),
            **energy)
        return m.cm.ScheduleExchangeReq(header=hdr, maximum_supporting_points=1024,
                                        dynamic_se_req_control_mode=dynamic)
    scheduled = m.cm.Scheduled_SEReqControlMode(departure_time=departure_time, **energy)
    return m.cm.ScheduleExchangeReq(header=hdr, maximum_supporting_points=1024,
                                    scheduled_se_req_control_mode=scheduled)


def _dc_loop_mode(ev: SimulatedEV, service: EnergyService, mode: ControlMode, departure: int | None) -> Any:
    cls = LOOP_MODE_CLASS[(service, mode)]
    bpt = service.is_bpt
    fields: dict[str, Any] = dict(
        ev_maximum_charge_power=r(ev.max_charge_power), ev_maximum_charge_current=r(ev.max_charge_current),
        ev_maximum_voltage=r(ev.max_voltage))
    if mode is ControlMode.DYNAMIC:
        fields.update(_energy(ev, bpt), ev_minimum_charge_power=r(0.0), ev_minimum_voltage=r(ev.min_voltage),
                      departure_time=departure)
        if bpt:
            fields.update(ev_maximum_discharge_power=r(ev.max_discharge_power),
                          ev_minimum_discharge_power=r(0.0),
                          ev_maximum_discharge_current=r(ev.max_discharge_current))
        return cls(**fields)
    fields.update(ev_target_current=r(ev.target_current()), ev_target_voltage=r(ev.max_voltage))
    if bpt:
        fields.update(ev_maximum_discharge_power=r(ev.max_discharge_power),
                      ev_maximum_discharge_current=r(ev.max_discharge_current))
    return cls(**fields)


def _ac_loop_mode(ev: SimulatedEV, service: EnergyService, mode: ControlMode, present_power: float,
                  departure: int | None) -> Any:
    cls = LOOP_MODE_CLASS[(service, mode)]
    fields: dict[str, Any] = dict(ev_present_active_power=r(present_power),
                                  ev_maximum_charge_power=r(0.0 if ev.full else ev.ac_max_charge_power))
    if mode is ControlMode.DYNAMIC:
        fields.update(_energy(ev, service.is_bpt), ev_minimum_charge_power=r(0.0),
                      ev_present_reactive_power=r(0.0), departure_time=departure)
    if service.is_bpt:
        fields.update(ev_maximum_discharge_power=r(ev.ac_max_discharge_power),
                      ev_minimum_discharge_power=r(0.0))
    return cls(**fields)


def charge_loop(ev: SimulatedEV, service: EnergyService, mode: ControlMode, hdr: Any,
                present_ac_power: float = 0.0, needs: MobilityNeeds | None = None) -> Any:
    """DC_/AC_ChargeLoopReq with the control-mode element of ``service`` x ``mode``. DisplayParameters
    carry the SOC and ChargingComplete (optional in -20, but some SECCs require it: docs/interop.md Q14).
    ``needs`` (MobilityNeedsMode 2, dynamic mode): the mobility needs in force go with every request, the
    DepartureTime in the control-mode element, MinimumSOC and TargetSOC in DisplayParameters, so the SECC
    sees whether the EV took its values ([V2G20-1648], [V2G20-1292], [V2G20-2668])."""
    display = m.ct.DisplayParameters(present_soc=round(ev.soc), target_soc=int(ev.target_soc),
                                     charging_complete=ev.full)
    departure = None
    if needs is not None and mode is ControlMode.DYNAMIC:
        departure = needs.departure_time
        display.minimum_soc = needs.minimum_soc
        if needs.target_soc is not None:
            display.target_soc = needs.target_soc
    if service.is_dc:
        return m.dc.DC_ChargeLoopReq(header=hdr, display_parameters=display, meter_info_requested=False,
                                     ev_present_voltage=r(ev.battery_voltage),
                                     cl_req_control_mode=_dc_loop_mode(ev, service, mode, departure))
    return m.ac.AC_ChargeLoopReq(header=hdr, display_parameters=display, meter_info_requested=False,
                                 cl_req_control_mode=_ac_loop_mode(ev, service, mode, present_ac_power,
                                                                   departure))


@dataclass(frozen=True, slots=True)
class ChosenSchedule:
    """The ScheduleTuple the EV follows (scheduled mode): its ID, time anchor and power steps (W)."""

    tuple_id: int
    time_anchor: int
    steps: tuple[tuple[int, float], ...]
    #: The SECC gave a PowerTolerance with the power schedule (the EV then confirms it).
    power_tolerance: bool = False

    @classmethod
    def first_of(cls, scheduled: Any) -> ChosenSchedule:
        """The first ScheduleTuple of a Scheduled_SEResControlMode (our EV takes the first offer)."""
        chosen = scheduled.schedule_tuple[0]
        power = chosen.charging_schedule.power_schedule
        entries = power.power_schedule_entries.power_schedule_entry
        steps = tuple((e.duration, e.power.to_float()) for e in entries)
        return cls(chosen.schedule_tuple_id, power.time_anchor, steps, power.power_tolerance is not None)


def price_offers(res: Any) -> tuple[list[PriceOffer], list[str]]:
    """The price schedules of a Finished ScheduleExchangeRes, typed: one :class:`PriceOffer` per
    ScheduleTuple (scheduled mode) or one for Dynamic_SEResControlMode, and a line for each price schedule
    that breaks the -20 rules the types check (the EV ignores it, [V2G20-1569]). A PriceLevelSchedule with
    NumberOfPriceLevels 0 says there is no price information ([V2G20-2166] NOTE 1): no prices (None)."""
    errors: list[str] = []

    def tariff(schedule: Any, where: str) -> Tariff | None:
        element = None if schedule is None else (
            schedule.absolute_price_schedule or schedule.price_level_schedule)
        if element is None:
            return None
        if getattr(element, "number_of_price_levels", None) == 0:  # [V2G20-2166] NOTE 1: no price information
            return None
        try:
            return m.tariff_of(element)
        except (ValueError, TypeError, AttributeError, ArithmeticError) as exc:  # never fails the session
            errors.append(f"{where}: invalid {type(element).__name__} ignored ({exc})")
            return None

    scheduled = res.scheduled_se_res_control_mode
    if scheduled is None:
        dynamic = res.dynamic_se_res_control_mode
        return [PriceOffer(None, tariff(dynamic, "Dynamic_SEResControlMode"))], errors
    offers = []
    for one in scheduled.schedule_tuple:
        where = f"ScheduleTuple {one.schedule_tuple_id}"
        offers.append(PriceOffer(one.schedule_tuple_id, tariff(one.charging_schedule, f"{where} charging"),
                                 tariff(one.discharging_schedule, f"{where} discharging"),
                                 one.discharging_schedule is not None))
    return offers, errors


def power_profile(ev: SimulatedEV, service: EnergyService, chosen: ChosenSchedule | None, wall: int,
                  departure_time: int) -> Any:
    """EVPowerProfile for PowerDeliveryReq: in scheduled mode ``chosen`` names the selected ScheduleTuple
    (SelectedScheduleTupleID) and the EV plans to follow its steps within its own limits; in dynamic
    mode (``chosen`` None) one step at the EV's maximum power until the departure time."""
    top = ev.max_charge_power if service.is_dc else ev.ac_max_charge_power
    give = ev.max_discharge_power if service.is_dc else ev.ac_max_discharge_power
    bottom = -give if service.is_bpt else 0.0
    if chosen is None:
        entries = [m.cm.PowerScheduleEntry(duration=departure_time, power=r(top))]
        return m.cm.EVPowerProfile(
            time_anchor=wall, dynamic_evppt_control_mode=m.cm.Dynamic_EVPPTControlMode(),
            ev_power_profile_entries=m.cm.EVPowerProfileEntryList(ev_power_profile_entry=entries))
    entries = [m.cm.PowerScheduleEntry(duration=duration, power=r(min(top, max(bottom, power))))
               for duration, power in chosen.steps]
    acceptance = m.cm.powerToleranceAcceptance.PowerToleranceConfirmed if chosen.power_tolerance else None
    mode = m.cm.Scheduled_EVPPTControlMode(selected_schedule_tuple_id=chosen.tuple_id,
                                           power_tolerance_acceptance=acceptance)
    return m.cm.EVPowerProfile(time_anchor=chosen.time_anchor, scheduled_evppt_control_mode=mode,
                               ev_power_profile_entries=m.cm.EVPowerProfileEntryList(ev_power_profile_entry=entries))


def precharge(ev: SimulatedEV, hdr: Any, finished: bool) -> Any:
    processing = m.ct.processing.Finished if finished else m.ct.processing.Ongoing
    return m.dc.DC_PreChargeReq(header=hdr, ev_processing=processing, ev_present_voltage=r(0.0),
                                ev_target_voltage=r(ev.battery_voltage))

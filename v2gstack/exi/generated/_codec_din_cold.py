"""Rarely used (cold) part of the din codec, imported on first use (do not edit)."""
# ruff: noqa
# mypy: disable-error-code="no-redef"

from __future__ import annotations

import sys
from typing import Any

from v2gstack.exi._rt import (
    ExiDecodeError,
    Invalid as _Invalid,
    bad_code as _bad_code,
    d_bin,
    d_int,
    d_str,
    d_uint,
    d_uint_more,
    e_bin,
    e_int,
    e_str,
    e_uint,
    e_int_in,
    e_uint_in,
    e_sel_bin,
    e_sel_str,
    d_sel_bin,
    d_sel_str,
    fail as _fail,
    second_ee as _second_ee,
    spill as _spill,
    undeclared as _undeclared,
    Unlocated as _Unlocated,
    unsupported as _unsupported,
)
from v2gstack.exi._rt import Redo as _Redo
from v2gstack.exi._wild import dec_any as _dec_any
from v2gstack.exi._wild import enc_any as _enc_any
from v2gstack.exi.generated import din as _din
from v2gstack.exi.generated import xmldsig as _xmldsig

_BOOL = {True: 1, False: 0}
_WINDOW = (1 << 8192) - 1
_new = object.__new__
from v2gstack.exi.generated._codec_din import _BOOL
from v2gstack.exi.generated._codec_din import _T10
from v2gstack.exi.generated._codec_din import _T100
from v2gstack.exi.generated._codec_din import _T101
from v2gstack.exi.generated._codec_din import _T102
from v2gstack.exi.generated._codec_din import _T103
from v2gstack.exi.generated._codec_din import _T104
from v2gstack.exi.generated._codec_din import _T105
from v2gstack.exi.generated._codec_din import _T106
from v2gstack.exi.generated._codec_din import _T107
from v2gstack.exi.generated._codec_din import _T108
from v2gstack.exi.generated._codec_din import _T109
from v2gstack.exi.generated._codec_din import _T11
from v2gstack.exi.generated._codec_din import _T110
from v2gstack.exi.generated._codec_din import _T111
from v2gstack.exi.generated._codec_din import _T112
from v2gstack.exi.generated._codec_din import _T113
from v2gstack.exi.generated._codec_din import _T114
from v2gstack.exi.generated._codec_din import _T115
from v2gstack.exi.generated._codec_din import _T116
from v2gstack.exi.generated._codec_din import _T117
from v2gstack.exi.generated._codec_din import _T118
from v2gstack.exi.generated._codec_din import _T119
from v2gstack.exi.generated._codec_din import _T12
from v2gstack.exi.generated._codec_din import _T120
from v2gstack.exi.generated._codec_din import _T121
from v2gstack.exi.generated._codec_din import _T122
from v2gstack.exi.generated._codec_din import _T124
from v2gstack.exi.generated._codec_din import _T125
from v2gstack.exi.generated._codec_din import _T13
from v2gstack.exi.generated._codec_din import _T14
from v2gstack.exi.generated._codec_din import _T15
from v2gstack.exi.generated._codec_din import _T16
from v2gstack.exi.generated._codec_din import _T17
from v2gstack.exi.generated._codec_din import _T18
from v2gstack.exi.generated._codec_din import _T21
from v2gstack.exi.generated._codec_din import _T22
from v2gstack.exi.generated._codec_din import _T23
from v2gstack.exi.generated._codec_din import _T24
from v2gstack.exi.generated._codec_din import _T25
from v2gstack.exi.generated._codec_din import _T26
from v2gstack.exi.generated._codec_din import _T27
from v2gstack.exi.generated._codec_din import _T3
from v2gstack.exi.generated._codec_din import _T38
from v2gstack.exi.generated._codec_din import _T39
from v2gstack.exi.generated._codec_din import _T4
from v2gstack.exi.generated._codec_din import _T40
from v2gstack.exi.generated._codec_din import _T41
from v2gstack.exi.generated._codec_din import _T42
from v2gstack.exi.generated._codec_din import _T43
from v2gstack.exi.generated._codec_din import _T44
from v2gstack.exi.generated._codec_din import _T45
from v2gstack.exi.generated._codec_din import _T46
from v2gstack.exi.generated._codec_din import _T47
from v2gstack.exi.generated._codec_din import _T5
from v2gstack.exi.generated._codec_din import _T57
from v2gstack.exi.generated._codec_din import _T58
from v2gstack.exi.generated._codec_din import _T59
from v2gstack.exi.generated._codec_din import _T6
from v2gstack.exi.generated._codec_din import _T60
from v2gstack.exi.generated._codec_din import _T61
from v2gstack.exi.generated._codec_din import _T66
from v2gstack.exi.generated._codec_din import _T67
from v2gstack.exi.generated._codec_din import _T68
from v2gstack.exi.generated._codec_din import _T69
from v2gstack.exi.generated._codec_din import _T7
from v2gstack.exi.generated._codec_din import _T70
from v2gstack.exi.generated._codec_din import _T71
from v2gstack.exi.generated._codec_din import _T72
from v2gstack.exi.generated._codec_din import _T73
from v2gstack.exi.generated._codec_din import _T74
from v2gstack.exi.generated._codec_din import _T75
from v2gstack.exi.generated._codec_din import _T76
from v2gstack.exi.generated._codec_din import _T77
from v2gstack.exi.generated._codec_din import _T78
from v2gstack.exi.generated._codec_din import _T79
from v2gstack.exi.generated._codec_din import _T8
from v2gstack.exi.generated._codec_din import _T80
from v2gstack.exi.generated._codec_din import _T81
from v2gstack.exi.generated._codec_din import _T82
from v2gstack.exi.generated._codec_din import _T83
from v2gstack.exi.generated._codec_din import _T84
from v2gstack.exi.generated._codec_din import _T85
from v2gstack.exi.generated._codec_din import _T86
from v2gstack.exi.generated._codec_din import _T87
from v2gstack.exi.generated._codec_din import _T88
from v2gstack.exi.generated._codec_din import _T9
from v2gstack.exi.generated._codec_din import _T93
from v2gstack.exi.generated._codec_din import _T94
from v2gstack.exi.generated._codec_din import _T95
from v2gstack.exi.generated._codec_din import _T96
from v2gstack.exi.generated._codec_din import _T97
from v2gstack.exi.generated._codec_din import _T98
from v2gstack.exi.generated._codec_din import _T99
from v2gstack.exi.generated._codec_din import _WINDOW
from v2gstack.exi.generated._codec_din import _ds0
from v2gstack.exi.generated._codec_din import _ds10
from v2gstack.exi.generated._codec_din import _new
from v2gstack.exi.generated._codec_din import d_din_AC_EVSEStatus
from v2gstack.exi.generated._codec_din import d_din_ChargingStatusReq
from v2gstack.exi.generated._codec_din import d_din_ChargingStatusRes
from v2gstack.exi.generated._codec_din import d_din_CurrentDemandReq
from v2gstack.exi.generated._codec_din import d_din_CurrentDemandRes
from v2gstack.exi.generated._codec_din import d_din_DC_EVSEStatus
from v2gstack.exi.generated._codec_din import d_din_DC_EVStatus
from v2gstack.exi.generated._codec_din import d_din_MeterInfo
from v2gstack.exi.generated._codec_din import d_din_PhysicalValue
from v2gstack.exi.generated._codec_din import d_din_SessionSetupReq
from v2gstack.exi.generated._codec_din import d_din_SessionSetupRes
from v2gstack.exi.generated._codec_din import d_xmldsig_Signature
from v2gstack.exi.generated._codec_din import e_din_AC_EVSEStatus
from v2gstack.exi.generated._codec_din import e_din_DC_EVSEStatus
from v2gstack.exi.generated._codec_din import e_din_DC_EVStatus
from v2gstack.exi.generated._codec_din import e_din_MeterInfo
from v2gstack.exi.generated._codec_din import e_din_PhysicalValue
from v2gstack.exi.generated._codec_din import e_xmldsig_Signature


def _mk80(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.WeldingDetectionRes)
    o.response_code = a0
    o.dc_evse_status = a1
    o.evse_present_voltage = a2
    return o


def _mk79(a0: Any) -> Any:
    o = _new(_din.WeldingDetectionReq)
    o.dc_ev_status = a0
    return o


def _mk78(a0: Any, a1: Any) -> Any:
    o = _new(_din.V2G_Message)
    o.header = a0
    o.body = a1
    return o


def _mk77(a0: Any) -> Any:
    o = _new(_din.SubCertificates)
    o.certificate = a0
    return o


def _mk76(a0: Any) -> Any:
    o = _new(_din.SessionStopRes)
    o.response_code = a0
    return o


def _mk75() -> Any:
    o = _new(_din.SessionStop)
    return o


def _mk72(a0: Any) -> Any:
    o = _new(_din.ServiceTagList)
    o.service = a0
    return o


def _mk71(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_din.ServiceTag)
    o.service_id = a0
    o.service_name = a1
    o.service_category = a2
    o.service_scope = a3
    return o


def _mk70(a0: Any) -> Any:
    o = _new(_din.ServicePaymentSelectionRes)
    o.response_code = a0
    return o


def _mk69(a0: Any, a1: Any) -> Any:
    o = _new(_din.ServicePaymentSelectionReq)
    o.selected_payment_option = a0
    o.selected_service_list = a1
    return o


def _mk68(a0: Any) -> Any:
    o = _new(_din.ServiceParameterList)
    o.parameter_set = a0
    return o


def _mk67(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_din.ServiceDiscoveryRes)
    o.response_code = a0
    o.payment_options = a1
    o.charge_service = a2
    o.service_list = a3
    return o


def _ds16(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 4)) & 15
    if x & 9:
        _fail(p, 'ServiceCategory')
    p += 4
    v = _T113[(x >> 1 & 3)]
    return v, p


def _mk66(a0: Any, a1: Any) -> Any:
    o = _new(_din.ServiceDiscoveryReq)
    o.service_scope = a0
    o.service_category = a1
    return o


def _mk65(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.ServiceDetailRes)
    o.response_code = a0
    o.service_id = a1
    o.service_parameter_list = a2
    return o


def _mk64(a0: Any) -> Any:
    o = _new(_din.ServiceDetailReq)
    o.service_id = a0
    return o


def _mk63(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.ServiceCharge)
    o.service_tag = a0
    o.free_service = a1
    o.energy_transfer_type = a2
    return o


def _mk62(a0: Any, a1: Any) -> Any:
    o = _new(_din.Service)
    o.service_tag = a0
    o.free_service = a1
    return o


def _mk61(a0: Any) -> Any:
    o = _new(_din.SelectedServiceList)
    o.selected_service = a0
    return o


def _mk60(a0: Any, a1: Any) -> Any:
    o = _new(_din.SelectedService)
    o.service_id = a0
    o.parameter_set_id = a1
    return o


def _mk59(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.SalesTariffEntry)
    o.time_interval = a0
    o.e_price_level = a1
    o.consumption_cost = a2
    return o


def _ds15(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'NumEPriceLevels')
    p += 10
    v = (x >> 1 & 255)
    return v, p


def _mk58(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_din.SalesTariff)
    o.id = a0
    o.sales_tariff_id = a1
    o.sales_tariff_description = a2
    o.num_e_price_levels = a3
    o.sales_tariff_entry = a4
    return o


def _mk57() -> Any:
    o = _new(_din.SASchedules)
    return o


def _mk56(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.SAScheduleTuple)
    o.sa_schedule_tuple_id = a0
    o.p_max_schedule = a1
    o.sales_tariff = a2
    return o


def _mk55(a0: Any) -> Any:
    o = _new(_din.SAScheduleList)
    o.sa_schedule_tuple = a0
    return o


def _ds14(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'duration')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'duration')
    p += 1
    return v, p


def _mk54(a0: Any, a1: Any) -> Any:
    o = _new(_din.RelativeTimeInterval)
    o.start = a0
    o.duration = a1
    return o


def _mk53(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.PreChargeRes)
    o.response_code = a0
    o.dc_evse_status = a1
    o.evse_present_voltage = a2
    return o


def _mk52(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.PreChargeReq)
    o.dc_ev_status = a0
    o.ev_target_voltage = a1
    o.ev_target_current = a2
    return o


def _mk51(a0: Any, a1: Any) -> Any:
    o = _new(_din.PowerDeliveryRes)
    o.response_code = a0
    o.evse_status = a1
    return o


def _mk50(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.PowerDeliveryReq)
    o.ready_to_charge_state = a0
    o.charging_profile = a1
    o.ev_power_delivery_parameter = a2
    return o


def _ds12(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 3)) & 7
    if x & 5:
        _fail(p, 'PaymentOption')
    p += 3
    v = _T86[(x >> 1 & 1)]
    return v, p


def _mk48(a0: Any) -> Any:
    o = _new(_din.PaymentOptions)
    o.payment_option = a0
    return o


def _mk47(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.PaymentDetailsRes)
    o.response_code = a0
    o.gen_challenge = a1
    o.date_time_now = a2
    return o


def _mk46(a0: Any, a1: Any) -> Any:
    o = _new(_din.PaymentDetailsReq)
    o.contract_id = a0
    o.contract_signature_cert_chain = a1
    return o


def _mk45(a0: Any, a1: Any) -> Any:
    o = _new(_din.ParameterSet)
    o.parameter_set_id = a0
    o.parameter = a1
    return o


def _ds11(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 512:
        _fail(p, 'intValue')
    p += 10
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if x & 256:
        v = -v - 1
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'intValue')
    p += 1
    return v, p


def _ds9(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'byteValue')
    p += 10
    v = (x >> 1 & 255) - 128
    return v, p


def _mk44(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_din.Parameter)
    o.name = a0
    o.value_type = a1
    o.bool_value = a2
    o.byte_value = a3
    o.short_value = a4
    o.int_value = a5
    o.physical_value = a6
    o.string_value = a7
    return o


def _mk43(a0: Any, a1: Any) -> Any:
    o = _new(_din.PMaxScheduleEntry)
    o.time_interval = a0
    o.p_max = a1
    return o


def _mk42(a0: Any, a1: Any) -> Any:
    o = _new(_din.PMaxSchedule)
    o.p_max_schedule_id = a0
    o.p_max_schedule_entry = a1
    return o


def _mk41(a0: Any, a1: Any) -> Any:
    o = _new(_din.Notification)
    o.fault_code = a0
    o.fault_msg = a1
    return o


def _mk40(a0: Any, a1: Any) -> Any:
    o = _new(_din.MeteringReceiptRes)
    o.response_code = a0
    o.ac_evse_status = a1
    return o


def _ds8(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 512:
        _fail(p, 'SAScheduleTupleID')
    p += 10
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if x & 256:
        v = -v - 1
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'SAScheduleTupleID')
    p += 1
    return v, p


def _mk39(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_din.MeteringReceiptReq)
    o.id = a0
    o.session_id = a1
    o.sa_schedule_tuple_id = a2
    o.meter_info = a3
    return o


def _mk37(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.MessageHeader)
    o.session_id = a0
    o.notification = a1
    o.signature = a2
    return o


def _mk36(a0: Any) -> Any:
    o = _new(_din.ListOfRootCertificateIDs)
    o.root_certificate_id = a0
    return o


def _mk35() -> Any:
    o = _new(_din.Interval)
    return o


def _mk34(a0: Any) -> Any:
    o = _new(_din.Entry)
    o.time_interval = a0
    return o


def _mk33() -> Any:
    o = _new(_din.EVStatus)
    return o


def _mk32() -> Any:
    o = _new(_din.EVSEStatus)
    return o


def _mk31() -> Any:
    o = _new(_din.EVSEChargeParameter)
    return o


def _mk30() -> Any:
    o = _new(_din.EVPowerDeliveryParameter)
    return o


def _mk29() -> Any:
    o = _new(_din.EVChargeParameter)
    return o


def _mk26(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any) -> Any:
    o = _new(_din.DC_EVSEChargeParameter)
    o.dc_evse_status = a0
    o.evse_maximum_current_limit = a1
    o.evse_maximum_power_limit = a2
    o.evse_maximum_voltage_limit = a3
    o.evse_minimum_current_limit = a4
    o.evse_minimum_voltage_limit = a5
    o.evse_current_regulation_tolerance = a6
    o.evse_peak_current_ripple = a7
    o.evse_energy_to_be_delivered = a8
    return o


def _mk25(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.DC_EVPowerDeliveryParameter)
    o.dc_ev_status = a0
    o.bulk_charging_complete = a1
    o.charging_complete = a2
    return o


def _ds2(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 257:
        _fail(p, 'FullSOC')
    p += 9
    v = (x >> 1 & 127)
    return v, p


def _mk24(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_din.DC_EVChargeParameter)
    o.dc_ev_status = a0
    o.ev_maximum_current_limit = a1
    o.ev_maximum_power_limit = a2
    o.ev_maximum_voltage_limit = a3
    o.ev_energy_capacity = a4
    o.ev_energy_request = a5
    o.full_soc = a6
    o.bulk_soc = a7
    return o


def _ds1(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 5)) & 31
    if x & 17:
        _fail(p, 'amountMultiplier')
    p += 5
    v = (x >> 1 & 7) - 3
    return v, p


def _mk21(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.Cost)
    o.cost_kind = a0
    o.amount = a1
    o.amount_multiplier = a2
    return o


def _mk20(a0: Any, a1: Any) -> Any:
    o = _new(_din.ContractAuthenticationRes)
    o.response_code = a0
    o.evse_processing = a1
    return o


def _mk19(a0: Any, a1: Any) -> Any:
    o = _new(_din.ContractAuthenticationReq)
    o.id = a0
    o.gen_challenge = a1
    return o


def _mk18(a0: Any, a1: Any) -> Any:
    o = _new(_din.ConsumptionCost)
    o.start_value = a0
    o.cost = a1
    return o


def _mk15(a0: Any, a1: Any) -> Any:
    o = _new(_din.ProfileEntry)
    o.charging_profile_entry_start = a0
    o.charging_profile_entry_max_power = a1
    return o


def _mk14(a0: Any, a1: Any) -> Any:
    o = _new(_din.ChargingProfile)
    o.sa_schedule_tuple_id = a0
    o.profile_entry = a1
    return o


def _mk13(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_din.ChargeParameterDiscoveryRes)
    o.response_code = a0
    o.evse_processing = a1
    o.sa_schedules = a2
    o.evse_charge_parameter = a3
    return o


def _mk12(a0: Any, a1: Any) -> Any:
    o = _new(_din.ChargeParameterDiscoveryReq)
    o.ev_requested_energy_transfer_type = a0
    o.ev_charge_parameter = a1
    return o


def _mk11(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_din.CertificateUpdateRes)
    o.id = a0
    o.response_code = a1
    o.contract_signature_cert_chain = a2
    o.contract_signature_encrypted_private_key = a3
    o.dh_params = a4
    o.contract_id = a5
    o.retry_counter = a6
    return o


def _mk10(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_din.CertificateUpdateReq)
    o.id = a0
    o.contract_signature_cert_chain = a1
    o.contract_id = a2
    o.list_of_root_certificate_i_ds = a3
    o.dh_params = a4
    return o


def _mk9(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_din.CertificateInstallationRes)
    o.id = a0
    o.response_code = a1
    o.contract_signature_cert_chain = a2
    o.contract_signature_encrypted_private_key = a3
    o.dh_params = a4
    o.contract_id = a5
    return o


def _mk8(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_din.CertificateInstallationReq)
    o.id = a0
    o.oem_provisioning_cert = a1
    o.list_of_root_certificate_i_ds = a2
    o.dh_params = a3
    return o


def _mk7(a0: Any, a1: Any) -> Any:
    o = _new(_din.CertificateChain)
    o.certificate = a0
    o.sub_certificates = a1
    return o


def _mk6(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_din.CableCheckRes)
    o.response_code = a0
    o.dc_evse_status = a1
    o.evse_processing = a2
    return o


def _mk5(a0: Any) -> Any:
    o = _new(_din.CableCheckReq)
    o.dc_ev_status = a0
    return o


def _mk4() -> Any:
    o = _new(_din.BodyBase)
    return o


def _mk3(a0: Any) -> Any:
    o = _new(_din.Body)
    o.body_element = a0
    return o


def _mk1(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_din.AC_EVSEChargeParameter)
    o.ac_evse_status = a0
    o.evse_max_voltage = a1
    o.evse_max_current = a2
    o.evse_min_current = a3
    return o


def _mk0(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_din.AC_EVChargeParameter)
    o.departure_time = a0
    o.e_amount = a1
    o.ev_max_voltage = a2
    o.ev_max_current = a3
    o.ev_min_current = a4
    return o


def e_din_AC_EVChargeParameter(o: Any, a: int) -> int:
    n1 = o.departure_time
    a = e_uint_in(a << 2, n1, 0, 4294967295) << 1
    a <<= 1
    a = e_din_PhysicalValue(o.e_amount, a)
    a <<= 1
    a = e_din_PhysicalValue(o.ev_max_voltage, a)
    a <<= 1
    a = e_din_PhysicalValue(o.ev_max_current, a)
    a <<= 1
    a = e_din_PhysicalValue(o.ev_min_current, a)
    a <<= 1
    return a


def d_din_AC_EVChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'AC_EVChargeParameter')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'AC_EVChargeParameter')
        p += 2
        f1, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
        f2, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
        f3, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
        f4, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_EVChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_EVChargeParameter (near grammar state {s}): {exc}') from None
    return _mk0(f0, f1, f2, f3, f4), p


def e_din_AC_EVSEChargeParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_AC_EVSEStatus(o.ac_evse_status, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_max_voltage, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_max_current, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_min_current, a)
    a <<= 1
    return a


def d_din_AC_EVSEChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f0, p = d_din_AC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f1, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f2, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f3, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_EVSEChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_EVSEChargeParameter (near grammar state {s}): {exc}') from None
    return _mk1(f0, f1, f2, f3), p


def e_din_Body(o: Any, a: int) -> int:
    s = 0
    v0 = o.body_element
    if v0 is not None:
        c, fn = _T3[type(v0)]
        a = fn(v0, (a << 6) | c)
        s = 1
    c, w = _T4[s]
    a = (a << w) | c
    return a


def d_din_Body(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 6)) & 63
        p += 6
        if c == 0:
            f0, p = d_din_BodyBase(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_din_CableCheckReq(D, T, p)
            s = 1
        elif c == 2:
            f0, p = d_din_CableCheckRes(D, T, p)
            s = 1
        elif c == 3:
            f0, p = d_din_CertificateInstallationReq(D, T, p)
            s = 1
        elif c == 4:
            f0, p = d_din_CertificateInstallationRes(D, T, p)
            s = 1
        elif c == 5:
            f0, p = d_din_CertificateUpdateReq(D, T, p)
            s = 1
        elif c == 6:
            f0, p = d_din_CertificateUpdateRes(D, T, p)
            s = 1
        elif c == 7:
            f0, p = d_din_ChargeParameterDiscoveryReq(D, T, p)
            s = 1
        elif c == 8:
            f0, p = d_din_ChargeParameterDiscoveryRes(D, T, p)
            s = 1
        elif c == 9:
            f0, p = d_din_ChargingStatusReq(D, T, p)
            s = 1
        elif c == 10:
            f0, p = d_din_ChargingStatusRes(D, T, p)
            s = 1
        elif c == 11:
            f0, p = d_din_ContractAuthenticationReq(D, T, p)
            s = 1
        elif c == 12:
            f0, p = d_din_ContractAuthenticationRes(D, T, p)
            s = 1
        elif c == 13:
            f0, p = d_din_CurrentDemandReq(D, T, p)
            s = 1
        elif c == 14:
            f0, p = d_din_CurrentDemandRes(D, T, p)
            s = 1
        elif c == 15:
            f0, p = d_din_MeteringReceiptReq(D, T, p)
            s = 1
        elif c == 16:
            f0, p = d_din_MeteringReceiptRes(D, T, p)
            s = 1
        elif c == 17:
            f0, p = d_din_PaymentDetailsReq(D, T, p)
            s = 1
        elif c == 18:
            f0, p = d_din_PaymentDetailsRes(D, T, p)
            s = 1
        elif c == 19:
            f0, p = d_din_PowerDeliveryReq(D, T, p)
            s = 1
        elif c == 20:
            f0, p = d_din_PowerDeliveryRes(D, T, p)
            s = 1
        elif c == 21:
            f0, p = d_din_PreChargeReq(D, T, p)
            s = 1
        elif c == 22:
            f0, p = d_din_PreChargeRes(D, T, p)
            s = 1
        elif c == 23:
            f0, p = d_din_ServiceDetailReq(D, T, p)
            s = 1
        elif c == 24:
            f0, p = d_din_ServiceDetailRes(D, T, p)
            s = 1
        elif c == 25:
            f0, p = d_din_ServiceDiscoveryReq(D, T, p)
            s = 1
        elif c == 26:
            f0, p = d_din_ServiceDiscoveryRes(D, T, p)
            s = 1
        elif c == 27:
            f0, p = d_din_ServicePaymentSelectionReq(D, T, p)
            s = 1
        elif c == 28:
            f0, p = d_din_ServicePaymentSelectionRes(D, T, p)
            s = 1
        elif c == 29:
            f0, p = d_din_SessionSetupReq(D, T, p)
            s = 1
        elif c == 30:
            f0, p = d_din_SessionSetupRes(D, T, p)
            s = 1
        elif c == 31:
            f0, p = d_din_SessionStop(D, T, p)
            s = 1
        elif c == 32:
            f0, p = d_din_SessionStopRes(D, T, p)
            s = 1
        elif c == 33:
            f0, p = d_din_WeldingDetectionReq(D, T, p)
            s = 1
        elif c == 34:
            f0, p = d_din_WeldingDetectionRes(D, T, p)
            s = 1
        elif c == 35:
            s = -1
        else:
            _bad_code(p, c, 'Body', 0)
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Body', 1)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Body (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Body (near grammar state {s}): {exc}') from None
    return _mk3(f0), p


def e_din_BodyBase(o: Any, a: int) -> int:
    if o.__class__ is not _din.BodyBase:
        raise _Invalid
    a <<= 1
    return a


def d_din_BodyBase(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BodyBase')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in BodyBase (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in BodyBase (near grammar state {s}): {exc}') from None
    return _mk4(), p


def e_din_CableCheckReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    return a


def d_din_CableCheckReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CableCheckReq')
        p += 1
        f0, p = d_din_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CableCheckReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CableCheckReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CableCheckReq (near grammar state {s}): {exc}') from None
    return _mk5(f0), p


def e_din_CableCheckRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_DC_EVSEStatus(o.dc_evse_status, a)
    a = (a << 5) | ((_T7[o.evse_processing]) << 2)
    return a


def d_din_CableCheckRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'CableCheckRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
        f1, p = d_din_DC_EVSEStatus(D, T, p)
        x = (D >> (T - p - 5)) & 31
        if x & 27:
            _fail(p, 'CableCheckRes')
        p += 5
        f2 = _T8[(x >> 2 & 1)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CableCheckRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CableCheckRes (near grammar state {s}): {exc}') from None
    return _mk6(f0, f1, f2), p


def e_din_CertificateChain(o: Any, a: int) -> int:
    if len(o.certificate) > 1200:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.certificate)
    s = 1
    v1 = o.sub_certificates
    if v1 is not None:
        a <<= 2
        a = e_din_SubCertificates(v1, a)
        s = 2
    c, w = _T9[s]
    a = (a << w) | c
    return a


def d_din_CertificateChain(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateChain')
        p += 1
        f0, p = d_sel_bin(D, T, p, 1200, 'Certificate')
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_din_SubCertificates(D, T, p)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'CertificateChain', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'CertificateChain', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateChain (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateChain (near grammar state {s}): {exc}') from None
    return _mk7(f0, f1), p


def e_din_CertificateInstallationReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T10[s]
    if len(o.oem_provisioning_cert) > 1200:
        raise _Invalid
    a = (a << w) | c
    a = e_sel_bin(a, o.oem_provisioning_cert)
    a <<= 1
    a = e_din_ListOfRootCertificateIDs(o.list_of_root_certificate_i_ds, a)
    if len(o.dh_params) > 256:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.dh_params)
    a <<= 1
    return a


def d_din_CertificateInstallationReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_sel_bin(D, T, p, 1200, 'OEMProvisioningCert')
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'CertificateInstallationReq', 0)
            return _mk8(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_sel_bin(D, T, p, 1200, 'OEMProvisioningCert')
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'CertificateInstallationReq', 1)
                return _mk8(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f2, p = d_din_ListOfRootCertificateIDs(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f3, p = d_sel_bin(D, T, p, 256, 'DHParams')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateInstallationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateInstallationReq (near grammar state {s}): {exc}') from None
    return _mk8(f0, f1, f2, f3), p


def e_din_CertificateInstallationRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_CertificateChain(o.contract_signature_cert_chain, a)
    if len(o.contract_signature_encrypted_private_key) > 128:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.contract_signature_encrypted_private_key)
    if len(o.dh_params) > 256:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.dh_params)
    if len(o.contract_id) > 24:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.contract_id)
    a <<= 1
    return a


def d_din_CertificateInstallationRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f0, p = d_str(D, T, p, None)
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'CertificateInstallationRes')
        p += 9
        f1 = _T6[(x >> 2 & 31)]
        f2, p = d_din_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f3, p = d_sel_bin(D, T, p, 128, 'ContractSignatureEncryptedPrivateKey')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f4, p = d_sel_bin(D, T, p, 256, 'DHParams')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f5, p = d_sel_str(D, T, p, 24, 'ContractID')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateInstallationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateInstallationRes (near grammar state {s}): {exc}') from None
    return _mk9(f0, f1, f2, f3, f4, f5), p


def e_din_CertificateUpdateReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T11[s]
    a = (a << w) | c
    a = e_din_CertificateChain(o.contract_signature_cert_chain, a)
    if len(o.contract_id) > 24:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.contract_id)
    a <<= 1
    a = e_din_ListOfRootCertificateIDs(o.list_of_root_certificate_i_ds, a)
    if len(o.dh_params) > 256:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.dh_params)
    a <<= 1
    return a


def d_din_CertificateUpdateReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_din_CertificateChain(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'CertificateUpdateReq', 0)
            return _mk10(f0, f1, f2, f3, f4), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_din_CertificateChain(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'CertificateUpdateReq', 1)
                return _mk10(f0, f1, f2, f3, f4), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f2, p = d_sel_str(D, T, p, 24, 'ContractID')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f3, p = d_din_ListOfRootCertificateIDs(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f4, p = d_sel_bin(D, T, p, 256, 'DHParams')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateUpdateReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateUpdateReq (near grammar state {s}): {exc}') from None
    return _mk10(f0, f1, f2, f3, f4), p


def e_din_CertificateUpdateRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_CertificateChain(o.contract_signature_cert_chain, a)
    if len(o.contract_signature_encrypted_private_key) > 128:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.contract_signature_encrypted_private_key)
    if len(o.dh_params) > 256:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.dh_params)
    if len(o.contract_id) > 24:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.contract_id)
    n11 = o.retry_counter
    a = e_int_in(a << 2, n11, -32768, 32767) << 1
    a <<= 1
    return a


def d_din_CertificateUpdateRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f0, p = d_str(D, T, p, None)
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'CertificateUpdateRes')
        p += 9
        f1 = _T6[(x >> 2 & 31)]
        f2, p = d_din_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f3, p = d_sel_bin(D, T, p, 128, 'ContractSignatureEncryptedPrivateKey')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f4, p = d_sel_bin(D, T, p, 256, 'DHParams')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f5, p = d_sel_str(D, T, p, 24, 'ContractID')
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'CertificateUpdateRes')
        p += 11
        f6 = x & 127
        if x & 128:
            f6, p = d_uint_more(D, T, p, f6, 7)
        if x & 256:
            f6 = -f6 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'CertificateUpdateRes')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateUpdateRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateUpdateRes (near grammar state {s}): {exc}') from None
    return _mk11(f0, f1, f2, f3, f4, f5, f6), p


def e_din_ChargeParameterDiscoveryReq(o: Any, a: int) -> int:
    a = (a << 6) | ((_T12[o.ev_requested_energy_transfer_type]) << 1)
    c, fn = _T14[type(o.ev_charge_parameter)]
    a = fn(o.ev_charge_parameter, (a << 2) | c)
    a <<= 1
    return a


def d_din_ChargeParameterDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 1
        x = (D >> (T - p - 8)) & 255
        if x & 196:
            _fail(p, 'ChargeParameterDiscoveryReq')
        p += 8
        f0 = _T13[(x >> 3 & 7)]
        c = (x & 3)
        if c == 0:
            f1, p = d_din_AC_EVChargeParameter(D, T, p)
            s = 2
        elif c == 1:
            f1, p = d_din_DC_EVChargeParameter(D, T, p)
            s = 2
        elif c == 2:
            f1, p = d_din_EVChargeParameter(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'ChargeParameterDiscoveryReq', 1)
            return _mk12(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk12(f0, f1), p


def e_din_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    a = (a << 12) | ((_T5[o.response_code]) << 5) | ((_T7[o.evse_processing]) << 1)
    c, fn = _T15[type(o.sa_schedules)]
    a = fn(o.sa_schedules, (a << 2) | c)
    c, fn = _T16[type(o.evse_charge_parameter)]
    a = fn(o.evse_charge_parameter, (a << 2) | c)
    a <<= 1
    return a


def d_din_ChargeParameterDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        s = 2
        x = (D >> (T - p - 14)) & 16383
        if x & 12404:
            _fail(p, 'ChargeParameterDiscoveryRes')
        p += 14
        f0 = _T6[(x >> 7 & 31)]
        f1 = _T8[(x >> 3 & 1)]
        c = (x & 3)
        if c == 0:
            f2, p = d_din_SAScheduleList(D, T, p)
            s = 3
        elif c == 1:
            f2, p = d_din_SASchedules(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ChargeParameterDiscoveryRes', 2)
            return _mk13(f0, f1, f2, f3), p
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_din_AC_EVSEChargeParameter(D, T, p)
            s = 4
        elif c == 1:
            f3, p = d_din_DC_EVSEChargeParameter(D, T, p)
            s = 4
        elif c == 2:
            f3, p = d_din_EVSEChargeParameter(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'ChargeParameterDiscoveryRes', 3)
            return _mk13(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk13(f0, f1, f2, f3), p


def e_din_ChargingProfile(o: Any, a: int) -> int:
    n14 = o.sa_schedule_tuple_id
    a = e_int_in(a << 2, n14, -32768, 32767) << 1
    s = 1
    for v in o.profile_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T17[s]
        a = (a << w) | c
        a = e_din_ProfileEntry(v, a)
    c, w = _T18[s]
    a = (a << w) | c
    return a


def d_din_ChargingProfile(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'ChargingProfile')
        p += 11
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if x & 256:
            f0 = -f0 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ChargingProfile')
        p += 2
        y, p = d_din_ProfileEntry(D, T, p)
        f1.append(y)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_ProfileEntry(D, T, p)
            f1.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ChargingProfile', 2)
        Df = D
        Tf = T
        nw = False
        while s == 3:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_ProfileEntry(D, T, p)
                    f1.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ChargingProfile', 3)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargingProfile (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargingProfile (near grammar state {s}): {exc}') from None
    return _mk14(f0, f1), p


def e_din_ConsumptionCost(o: Any, a: int) -> int:
    n29 = o.start_value
    a = e_uint_in(a << 2, n29, 0, 4294967295) << 1
    s = 1
    for v in o.cost:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T21[s]
        a = (a << w) | c
        a = e_din_Cost(v, a)
    c, w = _T22[s]
    a = (a << w) | c
    return a


def d_din_ConsumptionCost(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ConsumptionCost')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'ConsumptionCost')
        p += 3
        c = (x & 3)
        if c == 0:
            y, p = d_din_Cost(D, T, p)
            f1.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ConsumptionCost', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_Cost(D, T, p)
                    f1.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ConsumptionCost', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ConsumptionCost (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ConsumptionCost (near grammar state {s}): {exc}') from None
    return _mk18(f0, f1), p


def e_din_ContractAuthenticationReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    v1 = o.gen_challenge
    if v1 is not None:
        c, w, s = _T23[s]
        a = (a << w) | c
        a = e_sel_str(a, v1)
    c, w = _T24[s]
    a = (a << w) | c
    return a


def d_din_ContractAuthenticationReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_sel_str(D, T, p, None, 'GenChallenge')
            s = 2
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'ContractAuthenticationReq', 0)
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = d_sel_str(D, T, p, None, 'GenChallenge')
                s = 2
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'ContractAuthenticationReq', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ContractAuthenticationReq', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ContractAuthenticationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ContractAuthenticationReq (near grammar state {s}): {exc}') from None
    return _mk19(f0, f1), p


def e_din_ContractAuthenticationRes(o: Any, a: int) -> int:
    a = (a << 13) | ((_T5[o.response_code]) << 6) | ((_T7[o.evse_processing]) << 2)
    return a


def d_din_ContractAuthenticationRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 13)) & 8191
        if x & 6203:
            _fail(p, 'ContractAuthenticationRes')
        p += 13
        f0 = _T6[(x >> 6 & 31)]
        f1 = _T8[(x >> 2 & 1)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ContractAuthenticationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ContractAuthenticationRes (near grammar state {s}): {exc}') from None
    return _mk20(f0, f1), p


def e_din_Cost(o: Any, a: int) -> int:
    n30 = o.amount
    a = e_uint_in((a << 7) | ((_T25[o.cost_kind]) << 3), n30, 0, 4294967295) << 1
    s = 2
    v2 = o.amount_multiplier
    if v2 is not None:
        if not -3 <= v2 <= 3:
            raise _Invalid
        s = 3
        a = (a << 7) | (((v2 + 3)) << 1)
    c, w = _T27[s]
    a = (a << w) | c
    return a


def d_din_Cost(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 15)) & 32767
        if x & 26368:
            _fail(p, 'Cost')
        p += 15
        f0 = _T26[(x >> 11 & 3)]
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        s = 2
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'Cost')
        p += 3
        c = (x & 3)
        if c == 0:
            f2, p = _ds1(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'Cost', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Cost', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Cost (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Cost (near grammar state {s}): {exc}') from None
    return _mk21(f0, f1, f2), p


def e_din_DC_EVChargeParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    a = e_din_PhysicalValue(o.ev_maximum_current_limit, a)
    s = 2
    v2 = o.ev_maximum_power_limit
    if v2 is not None:
        a <<= 2
        a = e_din_PhysicalValue(v2, a)
        s = 3
    c, w, s = _T38[s]
    a = (a << w) | c
    a = e_din_PhysicalValue(o.ev_maximum_voltage_limit, a)
    v4 = o.ev_energy_capacity
    if v4 is not None:
        a <<= 3
        a = e_din_PhysicalValue(v4, a)
        s = 5
    v5 = o.ev_energy_request
    if v5 is not None:
        c, w, s = _T39[s]
        a = (a << w) | c
        a = e_din_PhysicalValue(v5, a)
    v6 = o.full_soc
    if v6 is not None:
        c, w, s = _T40[s]
        if not 0 <= v6 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v6) << 1)
    v7 = o.bulk_soc
    if v7 is not None:
        c, w, s = _T41[s]
        if not 0 <= v7 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v7) << 1)
    c, w = _T42[s]
    a = (a << w) | c
    return a


def d_din_DC_EVChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    f7: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVChargeParameter')
        p += 1
        f0, p = d_din_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVChargeParameter')
        p += 1
        f1, p = d_din_PhysicalValue(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_din_PhysicalValue(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_din_PhysicalValue(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVChargeParameter', 2)
            return _mk24(f0, f1, f2, f3, f4, f5, f6, f7), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_din_PhysicalValue(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVChargeParameter', 3)
                return _mk24(f0, f1, f2, f3, f4, f5, f6, f7), p
        s = 4
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f4, p = d_din_PhysicalValue(D, T, p)
            s = 5
        elif c == 1:
            f5, p = d_din_PhysicalValue(D, T, p)
            s = 6
        elif c == 2:
            f6, p = _ds2(D, T, p)
            s = 7
        elif c == 3:
            f7, p = _ds2(D, T, p)
            s = 8
        elif c == 4:
            s = -1
        else:
            _bad_code(p, c, 'DC_EVChargeParameter', 4)
        if s == 5:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f5, p = d_din_PhysicalValue(D, T, p)
                s = 6
            elif c == 1:
                f6, p = _ds2(D, T, p)
                s = 7
            elif c == 2:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 5)
        if s == 6:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f6, p = _ds2(D, T, p)
                s = 7
            elif c == 1:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 6)
        if s == 7:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 7)
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_EVChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_EVChargeParameter (near grammar state {s}): {exc}') from None
    return _mk24(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_din_DC_EVPowerDeliveryParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_DC_EVStatus(o.dc_ev_status, a)
    s = 1
    v1 = o.bulk_charging_complete
    if v1 is not None:
        s = 2
        a = (a << 5) | ((_BOOL[v1]) << 1)
    c, w, s = _T43[s]
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.charging_complete]) << 1)
    c, w = _T44[s]
    a = (a << w) | c
    return a


def d_din_DC_EVPowerDeliveryParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVPowerDeliveryParameter')
        p += 1
        f0, p = d_din_DC_EVStatus(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = _ds0(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds0(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVPowerDeliveryParameter', 1)
            return _mk25(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds0(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVPowerDeliveryParameter', 2)
                return _mk25(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVPowerDeliveryParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_EVPowerDeliveryParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_EVPowerDeliveryParameter (near grammar state {s}): {exc}') from None
    return _mk25(f0, f1, f2), p


def e_din_DC_EVSEChargeParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_DC_EVSEStatus(o.dc_evse_status, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_maximum_current_limit, a)
    s = 2
    v2 = o.evse_maximum_power_limit
    if v2 is not None:
        a <<= 2
        a = e_din_PhysicalValue(v2, a)
        s = 3
    c, w, s = _T45[s]
    a = (a << w) | c
    a = e_din_PhysicalValue(o.evse_maximum_voltage_limit, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_minimum_current_limit, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_minimum_voltage_limit, a)
    s = 6
    v6 = o.evse_current_regulation_tolerance
    if v6 is not None:
        a <<= 2
        a = e_din_PhysicalValue(v6, a)
        s = 7
    c, w, s = _T46[s]
    a = (a << w) | c
    a = e_din_PhysicalValue(o.evse_peak_current_ripple, a)
    v8 = o.evse_energy_to_be_delivered
    if v8 is not None:
        a <<= 2
        a = e_din_PhysicalValue(v8, a)
        s = 9
    c, w = _T47[s]
    a = (a << w) | c
    return a


def d_din_DC_EVSEChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    f7: Any = None
    f8: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f0, p = d_din_DC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f1, p = d_din_PhysicalValue(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_din_PhysicalValue(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_din_PhysicalValue(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVSEChargeParameter', 2)
            return _mk26(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_din_PhysicalValue(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVSEChargeParameter', 3)
                return _mk26(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f4, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f5, p = d_din_PhysicalValue(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = d_din_PhysicalValue(D, T, p)
            s = 7
        elif c == 1:
            f7, p = d_din_PhysicalValue(D, T, p)
            s = 8
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVSEChargeParameter', 6)
            return _mk26(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f7, p = d_din_PhysicalValue(D, T, p)
                s = 8
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVSEChargeParameter', 7)
                return _mk26(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        s = 8
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f8, p = d_din_PhysicalValue(D, T, p)
            s = 9
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'DC_EVSEChargeParameter', 8)
        if s == 9:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVSEChargeParameter', 9)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_EVSEChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_EVSEChargeParameter (near grammar state {s}): {exc}') from None
    return _mk26(f0, f1, f2, f3, f4, f5, f6, f7, f8), p


def e_din_EVChargeParameter(o: Any, a: int) -> int:
    if o.__class__ is not _din.EVChargeParameter:
        raise _Invalid
    a <<= 1
    return a


def d_din_EVChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVChargeParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVChargeParameter (near grammar state {s}): {exc}') from None
    return _mk29(), p


def e_din_EVPowerDeliveryParameter(o: Any, a: int) -> int:
    if o.__class__ is not _din.EVPowerDeliveryParameter:
        raise _Invalid
    a <<= 1
    return a


def d_din_EVPowerDeliveryParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPowerDeliveryParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPowerDeliveryParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPowerDeliveryParameter (near grammar state {s}): {exc}') from None
    return _mk30(), p


def e_din_EVSEChargeParameter(o: Any, a: int) -> int:
    if o.__class__ is not _din.EVSEChargeParameter:
        raise _Invalid
    a <<= 1
    return a


def d_din_EVSEChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVSEChargeParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVSEChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVSEChargeParameter (near grammar state {s}): {exc}') from None
    return _mk31(), p


def e_din_EVSEStatus(o: Any, a: int) -> int:
    if o.__class__ is not _din.EVSEStatus:
        raise _Invalid
    a <<= 1
    return a


def d_din_EVSEStatus(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVSEStatus')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVSEStatus (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVSEStatus (near grammar state {s}): {exc}') from None
    return _mk32(), p


def e_din_EVStatus(o: Any, a: int) -> int:
    if o.__class__ is not _din.EVStatus:
        raise _Invalid
    a <<= 1
    return a


def d_din_EVStatus(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVStatus')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVStatus (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVStatus (near grammar state {s}): {exc}') from None
    return _mk33(), p


def e_din_Entry(o: Any, a: int) -> int:
    if o.__class__ is not _din.Entry:
        raise _Invalid
    c, fn = _T57[type(o.time_interval)]
    a = fn(o.time_interval, (a << 2) | c)
    a <<= 1
    return a


def d_din_Entry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_din_RelativeTimeInterval(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_din_Interval(D, T, p)
            s = 1
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Entry', 0)
            return _mk34(f0), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Entry')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Entry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Entry (near grammar state {s}): {exc}') from None
    return _mk34(f0), p


def e_din_Interval(o: Any, a: int) -> int:
    if o.__class__ is not _din.Interval:
        raise _Invalid
    a <<= 1
    return a


def d_din_Interval(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Interval')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Interval (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Interval (near grammar state {s}): {exc}') from None
    return _mk35(), p


def e_din_ListOfRootCertificateIDs(o: Any, a: int) -> int:
    s = 0
    for v in o.root_certificate_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T58[s]
        if len(v) > 40:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_str(a, v)
    c, w = _T59[s]
    a = (a << w) | c
    return a


def d_din_ListOfRootCertificateIDs(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ListOfRootCertificateIDs')
        p += 1
        y, p = d_sel_str(D, T, p, 40, 'RootCertificateID')
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_sel_str(D, T, p, 40, 'RootCertificateID')
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ListOfRootCertificateIDs', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_sel_str(D, T, p, 40, 'RootCertificateID')
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ListOfRootCertificateIDs', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ListOfRootCertificateIDs (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ListOfRootCertificateIDs (near grammar state {s}): {exc}') from None
    return _mk36(f0), p


def e_din_MessageHeader(o: Any, a: int) -> int:
    if len(o.session_id) > 8:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.session_id)
    s = 1
    v1 = o.notification
    if v1 is not None:
        a <<= 2
        a = e_din_Notification(v1, a)
        s = 2
    v2 = o.signature
    if v2 is not None:
        c, w, s = _T60[s]
        a = (a << w) | c
        a = e_xmldsig_Signature(v2, a)
    c, w = _T61[s]
    a = (a << w) | c
    return a


def d_din_MessageHeader(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MessageHeader')
        p += 1
        f0, p = d_sel_bin(D, T, p, 8, 'SessionID')
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_din_Notification(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_xmldsig_Signature(D, T, p)
            s = 3
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'MessageHeader', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_xmldsig_Signature(D, T, p)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'MessageHeader', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'MessageHeader', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MessageHeader (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MessageHeader (near grammar state {s}): {exc}') from None
    return _mk37(f0, f1, f2), p


def e_din_MeteringReceiptReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T66[s]
    if len(o.session_id) > 8:
        raise _Invalid
    a = (a << w) | c
    a = e_sel_bin(a, o.session_id)
    v2 = o.sa_schedule_tuple_id
    if v2 is not None:
        a = e_int_in(a << 3, v2, -32768, 32767) << 1
        s = 3
    c, w, s = _T67[s]
    a = (a << w) | c
    a = e_din_MeterInfo(o.meter_info, a)
    c, w = _T68[s]
    a = (a << w) | c
    return a


def d_din_MeteringReceiptReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_sel_bin(D, T, p, 8, 'SessionID')
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'MeteringReceiptReq', 0)
            return _mk39(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_sel_bin(D, T, p, 8, 'SessionID')
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'MeteringReceiptReq', 1)
                return _mk39(f0, f1, f2, f3), p
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = _ds8(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_din_MeterInfo(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'MeteringReceiptReq', 2)
            return _mk39(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_din_MeterInfo(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'MeteringReceiptReq', 3)
                return _mk39(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringReceiptReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeteringReceiptReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeteringReceiptReq (near grammar state {s}): {exc}') from None
    return _mk39(f0, f1, f2, f3), p


def e_din_MeteringReceiptRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_AC_EVSEStatus(o.ac_evse_status, a)
    a <<= 1
    return a


def d_din_MeteringReceiptRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'MeteringReceiptRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
        f1, p = d_din_AC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringReceiptRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeteringReceiptRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeteringReceiptRes (near grammar state {s}): {exc}') from None
    return _mk40(f0, f1), p


def e_din_Notification(o: Any, a: int) -> int:
    s = 1
    v1 = o.fault_msg
    a = (a << 5) | ((_T69[o.fault_code]) << 1)
    if v1 is not None:
        if len(v1) > 64:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v1)
        s = 2
    c, w = _T71[s]
    a = (a << w) | c
    return a


def d_din_Notification(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 1
        x = (D >> (T - p - 7)) & 127
        if x & 100:
            _fail(p, 'Notification')
        p += 7
        f0 = _T70[(x >> 3 & 3)]
        c = (x & 3)
        if c == 0:
            f1, p = d_sel_str(D, T, p, 64, 'FaultMsg')
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'Notification', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Notification', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Notification (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Notification (near grammar state {s}): {exc}') from None
    return _mk41(f0, f1), p


def e_din_PMaxSchedule(o: Any, a: int) -> int:
    n41 = o.p_max_schedule_id
    a = e_int_in(a << 2, n41, -32768, 32767) << 1
    s = 1
    for v in o.p_max_schedule_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T72[s]
        a = (a << w) | c
        a = e_din_PMaxScheduleEntry(v, a)
    c, w = _T73[s]
    a = (a << w) | c
    return a


def d_din_PMaxSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'PMaxSchedule')
        p += 11
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if x & 256:
            f0 = -f0 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'PMaxSchedule')
        p += 2
        y, p = d_din_PMaxScheduleEntry(D, T, p)
        f1.append(y)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_PMaxScheduleEntry(D, T, p)
            f1.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'PMaxSchedule', 2)
        Df = D
        Tf = T
        nw = False
        while s == 3:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_PMaxScheduleEntry(D, T, p)
                    f1.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PMaxSchedule', 3)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PMaxSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PMaxSchedule (near grammar state {s}): {exc}') from None
    return _mk42(f0, f1), p


def e_din_PMaxScheduleEntry(o: Any, a: int) -> int:
    c, fn = _T74[type(o.time_interval)]
    a = fn(o.time_interval, (a << 2) | c)
    n42 = o.p_max
    a = e_int_in(a << 2, n42, -32768, 32767) << 1
    a <<= 1
    return a


def d_din_PMaxScheduleEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_din_RelativeTimeInterval(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_din_Interval(D, T, p)
            s = 1
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'PMaxScheduleEntry', 0)
            return _mk43(f0, f1), p
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'PMaxScheduleEntry')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if x & 256:
            f1 = -f1 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'PMaxScheduleEntry')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PMaxScheduleEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PMaxScheduleEntry (near grammar state {s}): {exc}') from None
    return _mk43(f0, f1), p


def e_din_Parameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.name)
    s = 2
    v2 = o.bool_value
    a = (a << 4) | (_T75[o.value_type])
    if v2 is not None:
        s = 3
        a = (a << 6) | ((_BOOL[v2]) << 1)
    v3 = o.byte_value
    if v3 is not None:
        c, w, s = _T77[s]
        h43 = v3 + 128
        if h43 >> 8:
            raise _Invalid
        a = (a << (w + 10)) | (c << 10) | ((h43) << 1)
    v4 = o.short_value
    if v4 is not None:
        c, w, s = _T78[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v4, -32768, 32767) << 1
    v5 = o.int_value
    if v5 is not None:
        c, w, s = _T79[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v5, -2147483648, 2147483647) << 1
    v6 = o.physical_value
    if v6 is not None:
        c, w, s = _T80[s]
        a = (a << w) | c
        a = e_din_PhysicalValue(v6, a)
    v7 = o.string_value
    if v7 is not None:
        c, w, s = _T81[s]
        a = (a << w) | c
        a = e_sel_str(a, v7)
    c, w = _T82[s]
    a = (a << w) | c
    return a


def d_din_Parameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    f7: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Parameter')
        p += 1
        f0, p = d_str(D, T, p, None)
        s = 2
        x = (D >> (T - p - 7)) & 127
        if x & 64:
            _fail(p, 'Parameter')
        p += 7
        f1 = _T76[(x >> 3 & 7)]
        c = (x & 7)
        if c == 0:
            f2, p = _ds0(D, T, p)
            s = 3
        elif c == 1:
            f3, p = _ds9(D, T, p)
            s = 4
        elif c == 2:
            f4, p = _ds10(D, T, p)
            s = 5
        elif c == 3:
            f5, p = _ds11(D, T, p)
            s = 6
        elif c == 4:
            f6, p = d_din_PhysicalValue(D, T, p)
            s = 7
        elif c == 5:
            f7, p = d_sel_str(D, T, p, None, 'stringValue')
            s = 8
        else:
            p = _second_ee(D, T, p, c, 6, 3, 'Parameter', 2)
            return _mk44(f0, f1, f2, f3, f4, f5, f6, f7), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 6)
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 7)
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Parameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Parameter (near grammar state {s}): {exc}') from None
    return _mk44(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_din_ParameterSet(o: Any, a: int) -> int:
    n44 = o.parameter_set_id
    a = e_int_in(a << 2, n44, -32768, 32767) << 1
    s = 1
    for v in o.parameter:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T83[s]
        a = (a << w) | c
        a = e_din_Parameter(v, a)
    c, w = _T84[s]
    a = (a << w) | c
    return a


def d_din_ParameterSet(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'ParameterSet')
        p += 11
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if x & 256:
            f0 = -f0 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ParameterSet')
        p += 2
        y, p = d_din_Parameter(D, T, p)
        f1.append(y)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_Parameter(D, T, p)
            f1.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ParameterSet', 2)
        Df = D
        Tf = T
        nw = False
        while s == 3:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_Parameter(D, T, p)
                    f1.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ParameterSet', 3)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ParameterSet (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ParameterSet (near grammar state {s}): {exc}') from None
    return _mk45(f0, f1), p


def e_din_PaymentDetailsReq(o: Any, a: int) -> int:
    if len(o.contract_id) > 24:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.contract_id)
    a <<= 1
    a = e_din_CertificateChain(o.contract_signature_cert_chain, a)
    a <<= 1
    return a


def d_din_PaymentDetailsReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentDetailsReq')
        p += 1
        f0, p = d_sel_str(D, T, p, 24, 'ContractID')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentDetailsReq')
        p += 1
        f1, p = d_din_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentDetailsReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentDetailsReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentDetailsReq (near grammar state {s}): {exc}') from None
    return _mk46(f0, f1), p


def e_din_PaymentDetailsRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_sel_str(a, o.gen_challenge)
    n45 = o.date_time_now
    a = e_int_in(a << 2, n45, -9223372036854775808, 9223372036854775807) << 1
    a <<= 1
    return a


def d_din_PaymentDetailsRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'PaymentDetailsRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
        f1, p = d_sel_str(D, T, p, None, 'GenChallenge')
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'PaymentDetailsRes')
        p += 11
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        if x & 256:
            f2 = -f2 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'PaymentDetailsRes')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentDetailsRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentDetailsRes (near grammar state {s}): {exc}') from None
    return _mk47(f0, f1, f2), p


def e_din_PaymentOptions(o: Any, a: int) -> int:
    s = 0
    for v in o.payment_option:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T87[s]
        a = (a << (w + 3)) | (c << 3) | ((_T85[v]) << 1)
    c, w = _T88[s]
    a = (a << w) | c
    return a


def d_din_PaymentOptions(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 4)) & 15
        if x & 13:
            _fail(p, 'PaymentOptions')
        p += 4
        y = _T86[(x >> 1 & 1)]
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = _ds12(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'PaymentOptions', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = _ds12(D, T, p)
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PaymentOptions', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentOptions (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentOptions (near grammar state {s}): {exc}') from None
    return _mk48(f0), p


def e_din_PowerDeliveryReq(o: Any, a: int) -> int:
    s = 1
    v1 = o.charging_profile
    a = (a << 4) | ((_BOOL[o.ready_to_charge_state]) << 1)
    if v1 is not None:
        a <<= 3
        a = e_din_ChargingProfile(v1, a)
        s = 2
    v2 = o.ev_power_delivery_parameter
    if v2 is not None:
        c, w, s, fn = _T93[(s, type(v2))]
        a = fn(v2, (a << w) | c)
    c, w = _T94[s]
    a = (a << w) | c
    return a


def d_din_PowerDeliveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        s = 1
        x = (D >> (T - p - 7)) & 127
        if x & 104:
            _fail(p, 'PowerDeliveryReq')
        p += 7
        f0 = (x >> 4 & 1) == 1
        c = (x & 7)
        if c == 0:
            f1, p = d_din_ChargingProfile(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_din_DC_EVPowerDeliveryParameter(D, T, p)
            s = 3
        elif c == 2:
            f2, p = d_din_EVPowerDeliveryParameter(D, T, p)
            s = 3
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'PowerDeliveryReq', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_din_DC_EVPowerDeliveryParameter(D, T, p)
                s = 3
            elif c == 1:
                f2, p = d_din_EVPowerDeliveryParameter(D, T, p)
                s = 3
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryReq', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryReq', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerDeliveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerDeliveryReq (near grammar state {s}): {exc}') from None
    return _mk50(f0, f1, f2), p


def e_din_PowerDeliveryRes(o: Any, a: int) -> int:
    a = (a << 8) | ((_T5[o.response_code]) << 1)
    c, fn = _T95[type(o.evse_status)]
    a = fn(o.evse_status, (a << 2) | c)
    a <<= 1
    return a


def d_din_PowerDeliveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 1
        x = (D >> (T - p - 10)) & 1023
        if x & 772:
            _fail(p, 'PowerDeliveryRes')
        p += 10
        f0 = _T6[(x >> 3 & 31)]
        c = (x & 3)
        if c == 0:
            f1, p = d_din_AC_EVSEStatus(D, T, p)
            s = 2
        elif c == 1:
            f1, p = d_din_DC_EVSEStatus(D, T, p)
            s = 2
        elif c == 2:
            f1, p = d_din_EVSEStatus(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'PowerDeliveryRes', 1)
            return _mk51(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PowerDeliveryRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerDeliveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerDeliveryRes (near grammar state {s}): {exc}') from None
    return _mk51(f0, f1), p


def e_din_PreChargeReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    a = e_din_PhysicalValue(o.ev_target_voltage, a)
    a <<= 1
    a = e_din_PhysicalValue(o.ev_target_current, a)
    a <<= 1
    return a


def d_din_PreChargeReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
        f0, p = d_din_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
        f1, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
        f2, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PreChargeReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PreChargeReq (near grammar state {s}): {exc}') from None
    return _mk52(f0, f1, f2), p


def e_din_PreChargeRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_DC_EVSEStatus(o.dc_evse_status, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_present_voltage, a)
    a <<= 1
    return a


def d_din_PreChargeRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'PreChargeRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
        f1, p = d_din_DC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeRes')
        p += 1
        f2, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PreChargeRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PreChargeRes (near grammar state {s}): {exc}') from None
    return _mk53(f0, f1, f2), p


def e_din_ProfileEntry(o: Any, a: int) -> int:
    n48 = o.charging_profile_entry_start
    a = e_uint_in(a << 2, n48, 0, 4294967295) << 1
    n49 = o.charging_profile_entry_max_power
    a = e_int_in(a << 2, n49, -32768, 32767) << 1
    a <<= 1
    return a


def d_din_ProfileEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ProfileEntry')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        x = (D >> (T - p - 12)) & 4095
        if x & 3584:
            _fail(p, 'ProfileEntry')
        p += 12
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if x & 256:
            f1 = -f1 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ProfileEntry')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ProfileEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ProfileEntry (near grammar state {s}): {exc}') from None
    return _mk15(f0, f1), p


def e_din_RelativeTimeInterval(o: Any, a: int) -> int:
    n50 = o.start
    a = e_uint_in(a << 2, n50, 0, 4294967295) << 1
    s = 1
    v1 = o.duration
    if v1 is not None:
        a = e_uint_in(a << 3, v1, 0, 4294967295) << 1
        s = 2
    c, w = _T96[s]
    a = (a << w) | c
    return a


def d_din_RelativeTimeInterval(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'RelativeTimeInterval')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'RelativeTimeInterval')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = _ds14(D, T, p)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'RelativeTimeInterval', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'RelativeTimeInterval', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in RelativeTimeInterval (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in RelativeTimeInterval (near grammar state {s}): {exc}') from None
    return _mk54(f0, f1), p


def e_din_SAScheduleList(o: Any, a: int) -> int:
    s = 0
    for v in o.sa_schedule_tuple:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T97[s]
        a = (a << w) | c
        a = e_din_SAScheduleTuple(v, a)
    c, w = _T98[s]
    a = (a << w) | c
    return a


def d_din_SAScheduleList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SAScheduleList')
        p += 1
        y, p = d_din_SAScheduleTuple(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_SAScheduleTuple(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SAScheduleList', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_SAScheduleTuple(D, T, p)
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SAScheduleList', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SAScheduleList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SAScheduleList (near grammar state {s}): {exc}') from None
    return _mk55(f0), p


def e_din_SAScheduleTuple(o: Any, a: int) -> int:
    n51 = o.sa_schedule_tuple_id
    a = e_int_in(a << 2, n51, -32768, 32767) << 1
    a <<= 1
    a = e_din_PMaxSchedule(o.p_max_schedule, a)
    s = 2
    v2 = o.sales_tariff
    if v2 is not None:
        a <<= 2
        a = e_din_SalesTariff(v2, a)
        s = 3
    c, w = _T99[s]
    a = (a << w) | c
    return a


def d_din_SAScheduleTuple(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'SAScheduleTuple')
        p += 11
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if x & 256:
            f0 = -f0 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'SAScheduleTuple')
        p += 2
        f1, p = d_din_PMaxSchedule(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_din_SalesTariff(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SAScheduleTuple', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SAScheduleTuple', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SAScheduleTuple (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SAScheduleTuple (near grammar state {s}): {exc}') from None
    return _mk56(f0, f1, f2), p


def e_din_SASchedules(o: Any, a: int) -> int:
    if o.__class__ is not _din.SASchedules:
        raise _Invalid
    a <<= 1
    return a


def d_din_SASchedules(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SASchedules')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SASchedules (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SASchedules (near grammar state {s}): {exc}') from None
    return _mk57(), p


def e_din_SalesTariff(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    n52 = o.sales_tariff_id
    a = e_int_in(a << 2, n52, -32768, 32767) << 1
    s = 2
    v2 = o.sales_tariff_description
    if v2 is not None:
        if len(v2) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v2)
        s = 3
    c, w, s = _T100[s]
    if not 0 <= o.num_e_price_levels <= 255:
        raise _Invalid
    a = (a << (w + 10)) | (c << 10) | ((o.num_e_price_levels) << 1)
    for v in o.sales_tariff_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T101[s]
        a = (a << w) | c
        a = e_din_SalesTariffEntry(v, a)
    c, w = _T102[s]
    a = (a << w) | c
    return a


def d_din_SalesTariff(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SalesTariff')
        p += 1
        f0, p = d_str(D, T, p, None)
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'SalesTariff')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if x & 256:
            f1 = -f1 - 1
        s = 2
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'SalesTariff')
        p += 3
        c = (x & 3)
        if c == 0:
            f2, p = d_sel_str(D, T, p, 32, 'SalesTariffDescription')
            s = 3
        elif c == 1:
            f3, p = _ds15(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'SalesTariff', 2)
            return _mk58(f0, f1, f2, f3, f4), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = _ds15(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'SalesTariff', 3)
                return _mk58(f0, f1, f2, f3, f4), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SalesTariff')
        p += 1
        y, p = d_din_SalesTariffEntry(D, T, p)
        f4.append(y)
        s = 5
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_SalesTariffEntry(D, T, p)
            f4.append(y)
            s = 6
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SalesTariff', 5)
        Df = D
        Tf = T
        nw = False
        while s == 6:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_SalesTariffEntry(D, T, p)
                    f4.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SalesTariff', 6)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SalesTariff (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SalesTariff (near grammar state {s}): {exc}') from None
    return _mk58(f0, f1, f2, f3, f4), p


def e_din_SalesTariffEntry(o: Any, a: int) -> int:
    c, fn = _T103[type(o.time_interval)]
    a = fn(o.time_interval, (a << 2) | c)
    if not 0 <= o.e_price_level <= 255:
        raise _Invalid
    a = (a << 11) | ((o.e_price_level) << 1)
    s = 2
    for v in o.consumption_cost:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T104[s]
        a = (a << w) | c
        a = e_din_ConsumptionCost(v, a)
    c, w = _T105[s]
    a = (a << w) | c
    return a


def d_din_SalesTariffEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = []
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_din_RelativeTimeInterval(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_din_Interval(D, T, p)
            s = 1
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'SalesTariffEntry', 0)
            return _mk59(f0, f1, f2), p
        s = 2
        x = (D >> (T - p - 13)) & 8191
        if x & 6148:
            _fail(p, 'SalesTariffEntry')
        p += 13
        f1 = (x >> 3 & 255)
        c = (x & 3)
        if c == 0:
            y, p = d_din_ConsumptionCost(D, T, p)
            f2.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SalesTariffEntry', 2)
        Df = D
        Tf = T
        nw = False
        while s == 3:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_ConsumptionCost(D, T, p)
                    f2.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SalesTariffEntry', 3)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SalesTariffEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SalesTariffEntry (near grammar state {s}): {exc}') from None
    return _mk59(f0, f1, f2), p


def e_din_SelectedService(o: Any, a: int) -> int:
    n53 = o.service_id
    a = e_uint_in(a << 2, n53, 0, 65535) << 1
    s = 1
    v1 = o.parameter_set_id
    if v1 is not None:
        a = e_int_in(a << 3, v1, -32768, 32767) << 1
        s = 2
    c, w = _T106[s]
    a = (a << w) | c
    return a


def d_din_SelectedService(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'SelectedService')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'SelectedService')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = _ds10(D, T, p)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SelectedService', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SelectedService', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SelectedService (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SelectedService (near grammar state {s}): {exc}') from None
    return _mk60(f0, f1), p


def e_din_SelectedServiceList(o: Any, a: int) -> int:
    s = 0
    for v in o.selected_service:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T107[s]
        a = (a << w) | c
        a = e_din_SelectedService(v, a)
    c, w = _T108[s]
    a = (a << w) | c
    return a


def d_din_SelectedServiceList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SelectedServiceList')
        p += 1
        y, p = d_din_SelectedService(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_SelectedService(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SelectedServiceList', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_SelectedService(D, T, p)
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SelectedServiceList', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SelectedServiceList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SelectedServiceList (near grammar state {s}): {exc}') from None
    return _mk61(f0), p


def e_din_Service(o: Any, a: int) -> int:
    if o.__class__ is not _din.Service:
        raise _Invalid
    a <<= 1
    a = e_din_ServiceTag(o.service_tag, a)
    a = (a << 5) | ((_BOOL[o.free_service]) << 2)
    return a


def d_din_Service(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Service')
        p += 1
        f0, p = d_din_ServiceTag(D, T, p)
        x = (D >> (T - p - 5)) & 31
        if x & 27:
            _fail(p, 'Service')
        p += 5
        f1 = (x >> 2 & 1) == 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Service (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Service (near grammar state {s}): {exc}') from None
    return _mk62(f0, f1), p


def e_din_ServiceCharge(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_ServiceTag(o.service_tag, a)
    a = (a << 12) | ((_BOOL[o.free_service]) << 9) | ((_T109[o.energy_transfer_type]) << 2)
    return a


def d_din_ServiceCharge(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceCharge')
        p += 1
        f0, p = d_din_ServiceTag(D, T, p)
        x = (D >> (T - p - 12)) & 4095
        if x & 3523:
            _fail(p, 'ServiceCharge')
        p += 12
        f1 = (x >> 9 & 1) == 1
        f2 = _T110[(x >> 2 & 15)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceCharge (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceCharge (near grammar state {s}): {exc}') from None
    return _mk63(f0, f1, f2), p


def e_din_ServiceDetailReq(o: Any, a: int) -> int:
    n54 = o.service_id
    a = e_uint_in(a << 2, n54, 0, 65535) << 1
    a <<= 1
    return a


def d_din_ServiceDetailReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ServiceDetailReq')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ServiceDetailReq')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDetailReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDetailReq (near grammar state {s}): {exc}') from None
    return _mk64(f0), p


def e_din_ServiceDetailRes(o: Any, a: int) -> int:
    n55 = o.service_id
    a = e_uint_in((a << 10) | ((_T5[o.response_code]) << 3), n55, 0, 65535) << 1
    s = 2
    v2 = o.service_parameter_list
    if v2 is not None:
        a <<= 2
        a = e_din_ServiceParameterList(v2, a)
        s = 3
    c, w = _T111[s]
    a = (a << w) | c
    return a


def d_din_ServiceDetailRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 18)) & 262143
        if x & 198400:
            _fail(p, 'ServiceDetailRes')
        p += 18
        f0 = _T6[(x >> 11 & 31)]
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        s = 2
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'ServiceDetailRes')
        p += 3
        c = (x & 3)
        if c == 0:
            f2, p = d_din_ServiceParameterList(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceDetailRes', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceDetailRes', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDetailRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDetailRes (near grammar state {s}): {exc}') from None
    return _mk65(f0, f1, f2), p


def e_din_ServiceDiscoveryReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.service_scope
    if v0 is not None:
        if len(v0) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v0)
        s = 1
    v1 = o.service_category
    if v1 is not None:
        c, w, s = _T114[s]
        a = (a << (w + 4)) | (c << 4) | ((_T112[v1]) << 1)
    c, w = _T115[s]
    a = (a << w) | c
    return a


def d_din_ServiceDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_sel_str(D, T, p, 32, 'ServiceScope')
            s = 1
        elif c == 1:
            f1, p = _ds16(D, T, p)
            s = 2
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'ServiceDiscoveryReq', 0)
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = _ds16(D, T, p)
                s = 2
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'ServiceDiscoveryReq', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceDiscoveryReq', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk66(f0, f1), p


def e_din_ServiceDiscoveryRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_PaymentOptions(o.payment_options, a)
    a <<= 1
    a = e_din_ServiceCharge(o.charge_service, a)
    s = 3
    v3 = o.service_list
    if v3 is not None:
        a <<= 2
        a = e_din_ServiceTagList(v3, a)
        s = 4
    c, w = _T116[s]
    a = (a << w) | c
    return a


def d_din_ServiceDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'ServiceDiscoveryRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
        f1, p = d_din_PaymentOptions(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDiscoveryRes')
        p += 1
        f2, p = d_din_ServiceCharge(D, T, p)
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_din_ServiceTagList(D, T, p)
            s = 4
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceDiscoveryRes', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceDiscoveryRes', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk67(f0, f1, f2, f3), p


def e_din_ServiceParameterList(o: Any, a: int) -> int:
    s = 0
    for v in o.parameter_set:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T117[s]
        a = (a << w) | c
        a = e_din_ParameterSet(v, a)
    c, w = _T118[s]
    a = (a << w) | c
    return a


def d_din_ServiceParameterList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceParameterList')
        p += 1
        y, p = d_din_ParameterSet(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_ParameterSet(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceParameterList', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_ParameterSet(D, T, p)
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ServiceParameterList', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceParameterList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceParameterList (near grammar state {s}): {exc}') from None
    return _mk68(f0), p


def e_din_ServicePaymentSelectionReq(o: Any, a: int) -> int:
    a = (a << 5) | ((_T85[o.selected_payment_option]) << 2)
    a = e_din_SelectedServiceList(o.selected_service_list, a)
    a <<= 1
    return a


def d_din_ServicePaymentSelectionReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 5)) & 31
        if x & 27:
            _fail(p, 'ServicePaymentSelectionReq')
        p += 5
        f0 = _T86[(x >> 2 & 1)]
        f1, p = d_din_SelectedServiceList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServicePaymentSelectionReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServicePaymentSelectionReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServicePaymentSelectionReq (near grammar state {s}): {exc}') from None
    return _mk69(f0, f1), p


def e_din_ServicePaymentSelectionRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    return a


def d_din_ServicePaymentSelectionRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'ServicePaymentSelectionRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServicePaymentSelectionRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServicePaymentSelectionRes (near grammar state {s}): {exc}') from None
    return _mk70(f0), p


def e_din_ServiceTag(o: Any, a: int) -> int:
    n60 = o.service_id
    a = e_uint_in(a << 2, n60, 0, 65535) << 1
    s = 1
    v1 = o.service_name
    if v1 is not None:
        if len(v1) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v1)
        s = 2
    c, w, s = _T119[s]
    v3 = o.service_scope
    a = (a << (w + 4)) | (c << 4) | ((_T112[o.service_category]) << 1)
    if v3 is not None:
        if len(v3) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v3)
        s = 4
    c, w = _T120[s]
    a = (a << w) | c
    return a


def d_din_ServiceTag(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ServiceTag')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'ServiceTag')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = d_sel_str(D, T, p, 32, 'ServiceName')
            s = 2
        elif c == 1:
            f2, p = _ds16(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ServiceTag', 1)
            return _mk71(f0, f1, f2, f3), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds16(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ServiceTag', 2)
                return _mk71(f0, f1, f2, f3), p
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_sel_str(D, T, p, 32, 'ServiceScope')
            s = 4
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceTag', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceTag', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceTag (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceTag (near grammar state {s}): {exc}') from None
    return _mk71(f0, f1, f2, f3), p


def e_din_ServiceTagList(o: Any, a: int) -> int:
    s = 0
    for v in o.service:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T121[s]
        a = (a << w) | c
        a = e_din_Service(v, a)
    c, w = _T122[s]
    a = (a << w) | c
    return a


def d_din_ServiceTagList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceTagList')
        p += 1
        y, p = d_din_Service(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_din_Service(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceTagList', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_din_Service(D, T, p)
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ServiceTagList', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceTagList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceTagList (near grammar state {s}): {exc}') from None
    return _mk72(f0), p


def e_din_SessionStop(o: Any, a: int) -> int:
    if o.__class__ is not _din.SessionStop:
        raise _Invalid
    a <<= 1
    return a


def d_din_SessionStop(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SessionStop')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SessionStop (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SessionStop (near grammar state {s}): {exc}') from None
    return _mk75(), p


def e_din_SessionStopRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    return a


def d_din_SessionStopRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'SessionStopRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SessionStopRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SessionStopRes (near grammar state {s}): {exc}') from None
    return _mk76(f0), p


def e_din_SubCertificates(o: Any, a: int) -> int:
    s = 0
    for v in o.certificate:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T124[s]
        if len(v) > 1200:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_bin(a, v)
    c, w = _T125[s]
    a = (a << w) | c
    return a


def d_din_SubCertificates(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SubCertificates')
        p += 1
        y, p = d_sel_bin(D, T, p, 1200, 'Certificate')
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_sel_bin(D, T, p, 1200, 'Certificate')
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SubCertificates', 1)
        Df = D
        Tf = T
        nw = False
        while s == 2:
            if nw:
                nw = False
            elif Tf - p > 16384:
                if T == Tf or T - p < 4096:
                    T = p + 8192
                    D = (Df >> (Tf - T)) & _WINDOW
            elif T != Tf:
                D = Df
                T = Tf
            p0 = p
            s0 = s
            try:
                c = (D >> (T - p - 2)) & 3
                p += 2
                if c == 0:
                    y, p = d_sel_bin(D, T, p, 1200, 'Certificate')
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SubCertificates', 2)
            except (ExiDecodeError, ValueError, _Redo):
                if T == Tf:
                    raise
                D = Df
                T = Tf
                p = p0
                s = s0
                nw = True
        D = Df
        T = Tf
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SubCertificates (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SubCertificates (near grammar state {s}): {exc}') from None
    return _mk77(f0), p


def e_din_V2G_Message(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_MessageHeader(o.header, a)
    a <<= 1
    a = e_din_Body(o.body, a)
    a <<= 1
    return a


def d_din_V2G_Message(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2G_Message')
        p += 1
        f0, p = d_din_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2G_Message')
        p += 1
        f1, p = d_din_Body(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2G_Message')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2G_Message (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2G_Message (near grammar state {s}): {exc}') from None
    return _mk78(f0, f1), p


def e_din_WeldingDetectionReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_din_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    return a


def d_din_WeldingDetectionReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionReq')
        p += 1
        f0, p = d_din_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WeldingDetectionReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WeldingDetectionReq (near grammar state {s}): {exc}') from None
    return _mk79(f0), p


def e_din_WeldingDetectionRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T5[o.response_code]) << 2)
    a = e_din_DC_EVSEStatus(o.dc_evse_status, a)
    a <<= 1
    a = e_din_PhysicalValue(o.evse_present_voltage, a)
    a <<= 1
    return a


def d_din_WeldingDetectionRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'WeldingDetectionRes')
        p += 9
        f0 = _T6[(x >> 2 & 31)]
        f1, p = d_din_DC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionRes')
        p += 1
        f2, p = d_din_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WeldingDetectionRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WeldingDetectionRes (near grammar state {s}): {exc}') from None
    return _mk80(f0, f1, f2), p

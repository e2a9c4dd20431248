"""Rarely used (cold) part of the iso2 codec, imported on first use (do not edit)."""
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
from v2gstack.exi.generated import iso2 as _iso2
from v2gstack.exi.generated import xmldsig as _xmldsig

_BOOL = {True: 1, False: 0}
_WINDOW = (1 << 8192) - 1
_new = object.__new__
from v2gstack.exi.generated._codec_iso2 import _BOOL
from v2gstack.exi.generated._codec_iso2 import _T10
from v2gstack.exi.generated._codec_iso2 import _T100
from v2gstack.exi.generated._codec_iso2 import _T101
from v2gstack.exi.generated._codec_iso2 import _T102
from v2gstack.exi.generated._codec_iso2 import _T103
from v2gstack.exi.generated._codec_iso2 import _T104
from v2gstack.exi.generated._codec_iso2 import _T105
from v2gstack.exi.generated._codec_iso2 import _T106
from v2gstack.exi.generated._codec_iso2 import _T107
from v2gstack.exi.generated._codec_iso2 import _T108
from v2gstack.exi.generated._codec_iso2 import _T109
from v2gstack.exi.generated._codec_iso2 import _T11
from v2gstack.exi.generated._codec_iso2 import _T110
from v2gstack.exi.generated._codec_iso2 import _T111
from v2gstack.exi.generated._codec_iso2 import _T112
from v2gstack.exi.generated._codec_iso2 import _T113
from v2gstack.exi.generated._codec_iso2 import _T114
from v2gstack.exi.generated._codec_iso2 import _T115
from v2gstack.exi.generated._codec_iso2 import _T116
from v2gstack.exi.generated._codec_iso2 import _T117
from v2gstack.exi.generated._codec_iso2 import _T118
from v2gstack.exi.generated._codec_iso2 import _T119
from v2gstack.exi.generated._codec_iso2 import _T12
from v2gstack.exi.generated._codec_iso2 import _T120
from v2gstack.exi.generated._codec_iso2 import _T121
from v2gstack.exi.generated._codec_iso2 import _T122
from v2gstack.exi.generated._codec_iso2 import _T123
from v2gstack.exi.generated._codec_iso2 import _T124
from v2gstack.exi.generated._codec_iso2 import _T125
from v2gstack.exi.generated._codec_iso2 import _T126
from v2gstack.exi.generated._codec_iso2 import _T127
from v2gstack.exi.generated._codec_iso2 import _T128
from v2gstack.exi.generated._codec_iso2 import _T129
from v2gstack.exi.generated._codec_iso2 import _T13
from v2gstack.exi.generated._codec_iso2 import _T130
from v2gstack.exi.generated._codec_iso2 import _T131
from v2gstack.exi.generated._codec_iso2 import _T133
from v2gstack.exi.generated._codec_iso2 import _T134
from v2gstack.exi.generated._codec_iso2 import _T135
from v2gstack.exi.generated._codec_iso2 import _T136
from v2gstack.exi.generated._codec_iso2 import _T137
from v2gstack.exi.generated._codec_iso2 import _T138
from v2gstack.exi.generated._codec_iso2 import _T16
from v2gstack.exi.generated._codec_iso2 import _T17
from v2gstack.exi.generated._codec_iso2 import _T18
from v2gstack.exi.generated._codec_iso2 import _T19
from v2gstack.exi.generated._codec_iso2 import _T20
from v2gstack.exi.generated._codec_iso2 import _T21
from v2gstack.exi.generated._codec_iso2 import _T22
from v2gstack.exi.generated._codec_iso2 import _T23
from v2gstack.exi.generated._codec_iso2 import _T24
from v2gstack.exi.generated._codec_iso2 import _T25
from v2gstack.exi.generated._codec_iso2 import _T26
from v2gstack.exi.generated._codec_iso2 import _T27
from v2gstack.exi.generated._codec_iso2 import _T28
from v2gstack.exi.generated._codec_iso2 import _T29
from v2gstack.exi.generated._codec_iso2 import _T3
from v2gstack.exi.generated._codec_iso2 import _T30
from v2gstack.exi.generated._codec_iso2 import _T31
from v2gstack.exi.generated._codec_iso2 import _T36
from v2gstack.exi.generated._codec_iso2 import _T37
from v2gstack.exi.generated._codec_iso2 import _T38
from v2gstack.exi.generated._codec_iso2 import _T39
from v2gstack.exi.generated._codec_iso2 import _T4
from v2gstack.exi.generated._codec_iso2 import _T40
from v2gstack.exi.generated._codec_iso2 import _T5
from v2gstack.exi.generated._codec_iso2 import _T53
from v2gstack.exi.generated._codec_iso2 import _T54
from v2gstack.exi.generated._codec_iso2 import _T55
from v2gstack.exi.generated._codec_iso2 import _T56
from v2gstack.exi.generated._codec_iso2 import _T57
from v2gstack.exi.generated._codec_iso2 import _T58
from v2gstack.exi.generated._codec_iso2 import _T59
from v2gstack.exi.generated._codec_iso2 import _T6
from v2gstack.exi.generated._codec_iso2 import _T60
from v2gstack.exi.generated._codec_iso2 import _T61
from v2gstack.exi.generated._codec_iso2 import _T62
from v2gstack.exi.generated._codec_iso2 import _T69
from v2gstack.exi.generated._codec_iso2 import _T7
from v2gstack.exi.generated._codec_iso2 import _T70
from v2gstack.exi.generated._codec_iso2 import _T71
from v2gstack.exi.generated._codec_iso2 import _T72
from v2gstack.exi.generated._codec_iso2 import _T73
from v2gstack.exi.generated._codec_iso2 import _T74
from v2gstack.exi.generated._codec_iso2 import _T79
from v2gstack.exi.generated._codec_iso2 import _T8
from v2gstack.exi.generated._codec_iso2 import _T80
from v2gstack.exi.generated._codec_iso2 import _T81
from v2gstack.exi.generated._codec_iso2 import _T82
from v2gstack.exi.generated._codec_iso2 import _T83
from v2gstack.exi.generated._codec_iso2 import _T84
from v2gstack.exi.generated._codec_iso2 import _T85
from v2gstack.exi.generated._codec_iso2 import _T86
from v2gstack.exi.generated._codec_iso2 import _T87
from v2gstack.exi.generated._codec_iso2 import _T88
from v2gstack.exi.generated._codec_iso2 import _T89
from v2gstack.exi.generated._codec_iso2 import _T9
from v2gstack.exi.generated._codec_iso2 import _T90
from v2gstack.exi.generated._codec_iso2 import _T91
from v2gstack.exi.generated._codec_iso2 import _T92
from v2gstack.exi.generated._codec_iso2 import _T93
from v2gstack.exi.generated._codec_iso2 import _T94
from v2gstack.exi.generated._codec_iso2 import _T95
from v2gstack.exi.generated._codec_iso2 import _T96
from v2gstack.exi.generated._codec_iso2 import _T97
from v2gstack.exi.generated._codec_iso2 import _T98
from v2gstack.exi.generated._codec_iso2 import _T99
from v2gstack.exi.generated._codec_iso2 import _WINDOW
from v2gstack.exi.generated._codec_iso2 import _ds5
from v2gstack.exi.generated._codec_iso2 import _new
from v2gstack.exi.generated._codec_iso2 import d_iso2_AC_EVSEStatus
from v2gstack.exi.generated._codec_iso2 import d_iso2_ChargingStatusReq
from v2gstack.exi.generated._codec_iso2 import d_iso2_ChargingStatusRes
from v2gstack.exi.generated._codec_iso2 import d_iso2_CurrentDemandReq
from v2gstack.exi.generated._codec_iso2 import d_iso2_CurrentDemandRes
from v2gstack.exi.generated._codec_iso2 import d_iso2_DC_EVSEStatus
from v2gstack.exi.generated._codec_iso2 import d_iso2_DC_EVStatus
from v2gstack.exi.generated._codec_iso2 import d_iso2_MeterInfo
from v2gstack.exi.generated._codec_iso2 import d_iso2_PhysicalValue
from v2gstack.exi.generated._codec_iso2 import d_iso2_SessionSetupReq
from v2gstack.exi.generated._codec_iso2 import d_iso2_SessionSetupRes
from v2gstack.exi.generated._codec_iso2 import d_xmldsig_Signature
from v2gstack.exi.generated._codec_iso2 import d_xmldsig_X509IssuerSerial
from v2gstack.exi.generated._codec_iso2 import e_iso2_AC_EVSEStatus
from v2gstack.exi.generated._codec_iso2 import e_iso2_DC_EVSEStatus
from v2gstack.exi.generated._codec_iso2 import e_iso2_DC_EVStatus
from v2gstack.exi.generated._codec_iso2 import e_iso2_MeterInfo
from v2gstack.exi.generated._codec_iso2 import e_iso2_PhysicalValue
from v2gstack.exi.generated._codec_iso2 import e_xmldsig_Signature
from v2gstack.exi.generated._codec_iso2 import e_xmldsig_X509IssuerSerial


def _mk84(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.WeldingDetectionRes)
    o.response_code = a0
    o.dc_evse_status = a1
    o.evse_present_voltage = a2
    return o


def _mk83(a0: Any) -> Any:
    o = _new(_iso2.WeldingDetectionReq)
    o.dc_ev_status = a0
    return o


def _mk82(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.V2G_Message)
    o.header = a0
    o.body = a1
    return o


def _mk81(a0: Any) -> Any:
    o = _new(_iso2.SupportedEnergyTransferMode)
    o.energy_transfer_mode = a0
    return o


def _mk80(a0: Any) -> Any:
    o = _new(_iso2.SubCertificates)
    o.certificate = a0
    return o


def _mk79(a0: Any) -> Any:
    o = _new(_iso2.SessionStopRes)
    o.response_code = a0
    return o


def _mk78(a0: Any) -> Any:
    o = _new(_iso2.SessionStopReq)
    o.charging_session = a0
    return o


def _mk75(a0: Any) -> Any:
    o = _new(_iso2.ServiceParameterList)
    o.parameter_set = a0
    return o


def _mk74(a0: Any) -> Any:
    o = _new(_iso2.ServiceList)
    o.service = a0
    return o


def _mk73(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso2.ServiceDiscoveryRes)
    o.response_code = a0
    o.payment_option_list = a1
    o.charge_service = a2
    o.service_list = a3
    return o


def _mk72(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.ServiceDiscoveryReq)
    o.service_scope = a0
    o.service_category = a1
    return o


def _mk71(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.ServiceDetailRes)
    o.response_code = a0
    o.service_id = a1
    o.service_parameter_list = a2
    return o


def _mk70(a0: Any) -> Any:
    o = _new(_iso2.ServiceDetailReq)
    o.service_id = a0
    return o


def _mk69(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso2.Service)
    o.service_id = a0
    o.service_name = a1
    o.service_category = a2
    o.service_scope = a3
    o.free_service = a4
    return o


def _mk68(a0: Any) -> Any:
    o = _new(_iso2.SelectedServiceList)
    o.selected_service = a0
    return o


def _mk67(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.SelectedService)
    o.service_id = a0
    o.parameter_set_id = a1
    return o


def _mk66(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.SalesTariffEntry)
    o.time_interval = a0
    o.e_price_level = a1
    o.consumption_cost = a2
    return o


def _ds19(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'NumEPriceLevels')
    p += 10
    v = (x >> 1 & 255)
    return v, p


def _mk65(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso2.SalesTariff)
    o.id = a0
    o.sales_tariff_id = a1
    o.sales_tariff_description = a2
    o.num_e_price_levels = a3
    o.sales_tariff_entry = a4
    return o


def _mk64() -> Any:
    o = _new(_iso2.SASchedules)
    return o


def _mk63(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.SAScheduleTuple)
    o.sa_schedule_tuple_id = a0
    o.p_max_schedule = a1
    o.sales_tariff = a2
    return o


def _mk62(a0: Any) -> Any:
    o = _new(_iso2.SAScheduleList)
    o.sa_schedule_tuple = a0
    return o


def _ds18(D: int, T: int, p: int) -> tuple[Any, int]:
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


def _mk61(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.RelativeTimeInterval)
    o.start = a0
    o.duration = a1
    return o


def _ds17(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 4)) & 15
    if x & 9:
        _fail(p, 'ChargingProfileEntryMaxNumberOfPhasesInUse')
    p += 4
    v = (x >> 1 & 3) + 1
    return v, p


def _mk60(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.ProfileEntry)
    o.charging_profile_entry_start = a0
    o.charging_profile_entry_max_power = a1
    o.charging_profile_entry_max_number_of_phases_in_use = a2
    return o


def _mk59(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.PreChargeRes)
    o.response_code = a0
    o.dc_evse_status = a1
    o.evse_present_voltage = a2
    return o


def _mk58(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.PreChargeReq)
    o.dc_ev_status = a0
    o.ev_target_voltage = a1
    o.ev_target_current = a2
    return o


def _mk57(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.PowerDeliveryRes)
    o.response_code = a0
    o.evse_status = a1
    return o


def _mk56(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso2.PowerDeliveryReq)
    o.charge_progress = a0
    o.sa_schedule_tuple_id = a1
    o.charging_profile = a2
    o.ev_power_delivery_parameter = a3
    return o


def _mk55(a0: Any) -> Any:
    o = _new(_iso2.PaymentServiceSelectionRes)
    o.response_code = a0
    return o


def _mk54(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.PaymentServiceSelectionReq)
    o.selected_payment_option = a0
    o.selected_service_list = a1
    return o


def _ds16(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 3)) & 7
    if x & 5:
        _fail(p, 'PaymentOption')
    p += 3
    v = _T98[(x >> 1 & 1)]
    return v, p


def _mk53(a0: Any) -> Any:
    o = _new(_iso2.PaymentOptionList)
    o.payment_option = a0
    return o


def _mk52(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.PaymentDetailsRes)
    o.response_code = a0
    o.gen_challenge = a1
    o.evse_time_stamp = a2
    return o


def _mk51(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.PaymentDetailsReq)
    o.e_maid = a0
    o.contract_signature_cert_chain = a1
    return o


def _mk50(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.ParameterSet)
    o.parameter_set_id = a0
    o.parameter = a1
    return o


def _ds15(D: int, T: int, p: int) -> tuple[Any, int]:
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


def _ds14(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'byteValue')
    p += 10
    v = (x >> 1 & 255) - 128
    return v, p


def _mk49(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso2.Parameter)
    o.name = a0
    o.bool_value = a1
    o.byte_value = a2
    o.short_value = a3
    o.int_value = a4
    o.physical_value = a5
    o.string_value = a6
    return o


def _mk48(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.PMaxScheduleEntry)
    o.time_interval = a0
    o.p_max = a1
    return o


def _mk47(a0: Any) -> Any:
    o = _new(_iso2.PMaxSchedule)
    o.p_max_schedule_entry = a0
    return o


def _mk46(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.Notification)
    o.fault_code = a0
    o.fault_msg = a1
    return o


def _mk45(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.MeteringReceiptRes)
    o.response_code = a0
    o.evse_status = a1
    return o


def _ds13(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'SAScheduleTupleID')
    p += 10
    v = (x >> 1 & 255) + 1
    return v, p


def _mk44(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso2.MeteringReceiptReq)
    o.id = a0
    o.session_id = a1
    o.sa_schedule_tuple_id = a2
    o.meter_info = a3
    return o


def _mk42(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.MessageHeader)
    o.session_id = a0
    o.notification = a1
    o.signature = a2
    return o


def _mk40(a0: Any) -> Any:
    o = _new(_iso2.ListOfRootCertificateIDs)
    o.root_certificate_id = a0
    return o


def _mk39() -> Any:
    o = _new(_iso2.Interval)
    return o


def _mk38(a0: Any) -> Any:
    o = _new(_iso2.Entry)
    o.time_interval = a0
    return o


def _mk37() -> Any:
    o = _new(_iso2.EVStatus)
    return o


def _mk36(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.EVSEStatus)
    o.notification_max_delay = a0
    o.evse_notification = a1
    return o


def _mk35() -> Any:
    o = _new(_iso2.EVSEChargeParameter)
    return o


def _mk34() -> Any:
    o = _new(_iso2.EVPowerDeliveryParameter)
    return o


def _mk33(a0: Any) -> Any:
    o = _new(_iso2.EVChargeParameter)
    o.departure_time = a0
    return o


def _mk32(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.EMAID)
    o.id = a0
    o.value = a1
    return o


def _mk31(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.DiffieHellmanPublickey)
    o.id = a0
    o.value = a1
    return o


def _mk29(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any) -> Any:
    o = _new(_iso2.DC_EVSEChargeParameter)
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


def _mk28(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.DC_EVPowerDeliveryParameter)
    o.dc_ev_status = a0
    o.bulk_charging_complete = a1
    o.charging_complete = a2
    return o


def _ds7(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 257:
        _fail(p, 'FullSOC')
    p += 9
    v = (x >> 1 & 127)
    return v, p


def _mk27(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any) -> Any:
    o = _new(_iso2.DC_EVChargeParameter)
    o.departure_time = a0
    o.dc_ev_status = a1
    o.ev_maximum_current_limit = a2
    o.ev_maximum_power_limit = a3
    o.ev_maximum_voltage_limit = a4
    o.ev_energy_capacity = a5
    o.ev_energy_request = a6
    o.full_soc = a7
    o.bulk_soc = a8
    return o


def _ds6(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 5)) & 31
    if x & 17:
        _fail(p, 'amountMultiplier')
    p += 5
    v = (x >> 1 & 7) - 3
    return v, p


def _mk24(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.Cost)
    o.cost_kind = a0
    o.amount = a1
    o.amount_multiplier = a2
    return o


def _mk23(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.ContractSignatureEncryptedPrivateKey)
    o.id = a0
    o.value = a1
    return o


def _mk22(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.ConsumptionCost)
    o.start_value = a0
    o.cost = a1
    return o


def _mk19(a0: Any) -> Any:
    o = _new(_iso2.ChargingProfile)
    o.profile_entry = a0
    return o


def _ds4(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 4)) & 15
    if x & 9:
        _fail(p, 'ServiceCategory')
    p += 4
    v = _T27[(x >> 1 & 3)]
    return v, p


def _mk18(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso2.ChargeService)
    o.service_id = a0
    o.service_name = a1
    o.service_category = a2
    o.service_scope = a3
    o.free_service = a4
    o.supported_energy_transfer_mode = a5
    return o


def _mk17(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso2.ChargeParameterDiscoveryRes)
    o.response_code = a0
    o.evse_processing = a1
    o.sa_schedules = a2
    o.evse_charge_parameter = a3
    return o


def _ds3(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 5)) & 31
    if x & 17:
        _fail(p, 'RequestedEnergyTransferMode')
    p += 5
    v = _T20[(x >> 1 & 7)]
    return v, p


def _ds2(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'MaxEntriesSAScheduleTuple')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'MaxEntriesSAScheduleTuple')
    p += 1
    return v, p


def _mk16(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.ChargeParameterDiscoveryReq)
    o.max_entries_sa_schedule_tuple = a0
    o.requested_energy_transfer_mode = a1
    o.ev_charge_parameter = a2
    return o


def _ds1(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 512:
        _fail(p, 'RetryCounter')
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
        _fail(p, 'RetryCounter')
    p += 1
    return v, p


def _mk15(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso2.CertificateUpdateRes)
    o.response_code = a0
    o.sa_provisioning_certificate_chain = a1
    o.contract_signature_cert_chain = a2
    o.contract_signature_encrypted_private_key = a3
    o.d_hpublickey = a4
    o.e_maid = a5
    o.retry_counter = a6
    return o


def _mk14(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso2.CertificateUpdateReq)
    o.id = a0
    o.contract_signature_cert_chain = a1
    o.e_maid = a2
    o.list_of_root_certificate_i_ds = a3
    return o


def _mk13(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso2.CertificateInstallationRes)
    o.response_code = a0
    o.sa_provisioning_certificate_chain = a1
    o.contract_signature_cert_chain = a2
    o.contract_signature_encrypted_private_key = a3
    o.d_hpublickey = a4
    o.e_maid = a5
    return o


def _mk12(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.CertificateInstallationReq)
    o.id = a0
    o.oem_provisioning_cert = a1
    o.list_of_root_certificate_i_ds = a2
    return o


def _mk11(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.CertificateChain)
    o.id = a0
    o.certificate = a1
    o.sub_certificates = a2
    return o


def _mk10(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.CableCheckRes)
    o.response_code = a0
    o.dc_evse_status = a1
    o.evse_processing = a2
    return o


def _mk8(a0: Any) -> Any:
    o = _new(_iso2.CableCheckReq)
    o.dc_ev_status = a0
    return o


def _mk7() -> Any:
    o = _new(_iso2.BodyBase)
    return o


def _mk6(a0: Any) -> Any:
    o = _new(_iso2.Body)
    o.body_element = a0
    return o


def _mk5(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.AuthorizationRes)
    o.response_code = a0
    o.evse_processing = a1
    return o


def _mk4(a0: Any, a1: Any) -> Any:
    o = _new(_iso2.AuthorizationReq)
    o.id = a0
    o.gen_challenge = a1
    return o


def _mk2(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso2.AC_EVSEChargeParameter)
    o.ac_evse_status = a0
    o.evse_nominal_voltage = a1
    o.evse_max_current = a2
    return o


def _ds0(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'DepartureTime')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'DepartureTime')
    p += 1
    return v, p


def _mk0(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso2.AC_EVChargeParameter)
    o.departure_time = a0
    o.e_amount = a1
    o.ev_max_voltage = a2
    o.ev_max_current = a3
    o.ev_min_current = a4
    return o


def e_iso2_AC_EVChargeParameter(o: Any, a: int) -> int:
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    c, w, s = _T3[s]
    a = (a << w) | c
    a = e_iso2_PhysicalValue(o.e_amount, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.ev_max_voltage, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.ev_max_current, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.ev_min_current, a)
    a <<= 1
    return a


def d_iso2_AC_EVChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = _ds0(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso2_PhysicalValue(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'AC_EVChargeParameter', 0)
            return _mk0(f0, f1, f2, f3, f4), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_iso2_PhysicalValue(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AC_EVChargeParameter', 1)
                return _mk0(f0, f1, f2, f3, f4), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
        f3, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
        f4, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVChargeParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_EVChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_EVChargeParameter (near grammar state {s}): {exc}') from None
    return _mk0(f0, f1, f2, f3, f4), p


def e_iso2_AC_EVSEChargeParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_AC_EVSEStatus(o.ac_evse_status, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_nominal_voltage, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_max_current, a)
    a <<= 1
    return a


def d_iso2_AC_EVSEChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f0, p = d_iso2_AC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f1, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_EVSEChargeParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_EVSEChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_EVSEChargeParameter (near grammar state {s}): {exc}') from None
    return _mk2(f0, f1, f2), p


def e_iso2_AuthorizationReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    v1 = o.gen_challenge
    if v1 is not None:
        c, w, s = _T6[s]
        if len(v1) > 16:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_bin(a, v1)
    c, w = _T7[s]
    a = (a << w) | c
    return a


def d_iso2_AuthorizationReq(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f1, p = d_sel_bin(D, T, p, 16, 'GenChallenge')
            s = 2
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'AuthorizationReq', 0)
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = d_sel_bin(D, T, p, 16, 'GenChallenge')
                s = 2
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'AuthorizationReq', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AuthorizationReq', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AuthorizationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AuthorizationReq (near grammar state {s}): {exc}') from None
    return _mk4(f0, f1), p


def e_iso2_AuthorizationRes(o: Any, a: int) -> int:
    a = (a << 14) | ((_T8[o.response_code]) << 7) | ((_T10[o.evse_processing]) << 2)
    return a


def d_iso2_AuthorizationRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 14)) & 16383
        if x & 12403:
            _fail(p, 'AuthorizationRes')
        p += 14
        f0 = _T9[(x >> 7 & 31)]
        f1 = _T11[(x >> 2 & 3)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AuthorizationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AuthorizationRes (near grammar state {s}): {exc}') from None
    return _mk5(f0, f1), p


def e_iso2_Body(o: Any, a: int) -> int:
    s = 0
    v0 = o.body_element
    if v0 is not None:
        c, fn = _T12[type(v0)]
        a = fn(v0, (a << 6) | c)
        s = 1
    c, w = _T13[s]
    a = (a << w) | c
    return a


def d_iso2_Body(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 6)) & 63
        p += 6
        if c == 0:
            f0, p = d_iso2_AuthorizationReq(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_iso2_AuthorizationRes(D, T, p)
            s = 1
        elif c == 2:
            f0, p = d_iso2_BodyBase(D, T, p)
            s = 1
        elif c == 3:
            f0, p = d_iso2_CableCheckReq(D, T, p)
            s = 1
        elif c == 4:
            f0, p = d_iso2_CableCheckRes(D, T, p)
            s = 1
        elif c == 5:
            f0, p = d_iso2_CertificateInstallationReq(D, T, p)
            s = 1
        elif c == 6:
            f0, p = d_iso2_CertificateInstallationRes(D, T, p)
            s = 1
        elif c == 7:
            f0, p = d_iso2_CertificateUpdateReq(D, T, p)
            s = 1
        elif c == 8:
            f0, p = d_iso2_CertificateUpdateRes(D, T, p)
            s = 1
        elif c == 9:
            f0, p = d_iso2_ChargeParameterDiscoveryReq(D, T, p)
            s = 1
        elif c == 10:
            f0, p = d_iso2_ChargeParameterDiscoveryRes(D, T, p)
            s = 1
        elif c == 11:
            f0, p = d_iso2_ChargingStatusReq(D, T, p)
            s = 1
        elif c == 12:
            f0, p = d_iso2_ChargingStatusRes(D, T, p)
            s = 1
        elif c == 13:
            f0, p = d_iso2_CurrentDemandReq(D, T, p)
            s = 1
        elif c == 14:
            f0, p = d_iso2_CurrentDemandRes(D, T, p)
            s = 1
        elif c == 15:
            f0, p = d_iso2_MeteringReceiptReq(D, T, p)
            s = 1
        elif c == 16:
            f0, p = d_iso2_MeteringReceiptRes(D, T, p)
            s = 1
        elif c == 17:
            f0, p = d_iso2_PaymentDetailsReq(D, T, p)
            s = 1
        elif c == 18:
            f0, p = d_iso2_PaymentDetailsRes(D, T, p)
            s = 1
        elif c == 19:
            f0, p = d_iso2_PaymentServiceSelectionReq(D, T, p)
            s = 1
        elif c == 20:
            f0, p = d_iso2_PaymentServiceSelectionRes(D, T, p)
            s = 1
        elif c == 21:
            f0, p = d_iso2_PowerDeliveryReq(D, T, p)
            s = 1
        elif c == 22:
            f0, p = d_iso2_PowerDeliveryRes(D, T, p)
            s = 1
        elif c == 23:
            f0, p = d_iso2_PreChargeReq(D, T, p)
            s = 1
        elif c == 24:
            f0, p = d_iso2_PreChargeRes(D, T, p)
            s = 1
        elif c == 25:
            f0, p = d_iso2_ServiceDetailReq(D, T, p)
            s = 1
        elif c == 26:
            f0, p = d_iso2_ServiceDetailRes(D, T, p)
            s = 1
        elif c == 27:
            f0, p = d_iso2_ServiceDiscoveryReq(D, T, p)
            s = 1
        elif c == 28:
            f0, p = d_iso2_ServiceDiscoveryRes(D, T, p)
            s = 1
        elif c == 29:
            f0, p = d_iso2_SessionSetupReq(D, T, p)
            s = 1
        elif c == 30:
            f0, p = d_iso2_SessionSetupRes(D, T, p)
            s = 1
        elif c == 31:
            f0, p = d_iso2_SessionStopReq(D, T, p)
            s = 1
        elif c == 32:
            f0, p = d_iso2_SessionStopRes(D, T, p)
            s = 1
        elif c == 33:
            f0, p = d_iso2_WeldingDetectionReq(D, T, p)
            s = 1
        elif c == 34:
            f0, p = d_iso2_WeldingDetectionRes(D, T, p)
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
    return _mk6(f0), p


def e_iso2_BodyBase(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.BodyBase:
        raise _Invalid
    a <<= 1
    return a


def d_iso2_BodyBase(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk7(), p


def e_iso2_CableCheckReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    return a


def d_iso2_CableCheckReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CableCheckReq')
        p += 1
        f0, p = d_iso2_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CableCheckReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CableCheckReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CableCheckReq (near grammar state {s}): {exc}') from None
    return _mk8(f0), p


def e_iso2_CableCheckRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_iso2_DC_EVSEStatus(o.dc_evse_status, a)
    a = (a << 6) | ((_T10[o.evse_processing]) << 2)
    return a


def d_iso2_CableCheckRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_iso2_DC_EVSEStatus(D, T, p)
        x = (D >> (T - p - 6)) & 63
        if x & 51:
            _fail(p, 'CableCheckRes')
        p += 6
        f2 = _T11[(x >> 2 & 3)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CableCheckRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CableCheckRes (near grammar state {s}): {exc}') from None
    return _mk10(f0, f1, f2), p


def e_iso2_CertificateChain(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T16[s]
    if len(o.certificate) > 800:
        raise _Invalid
    a = (a << w) | c
    a = e_sel_bin(a, o.certificate)
    v2 = o.sub_certificates
    if v2 is not None:
        a <<= 2
        a = e_iso2_SubCertificates(v2, a)
        s = 3
    c, w = _T17[s]
    a = (a << w) | c
    return a


def d_iso2_CertificateChain(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
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
            f1, p = d_sel_bin(D, T, p, 800, 'Certificate')
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'CertificateChain', 0)
            return _mk11(f0, f1, f2), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_sel_bin(D, T, p, 800, 'Certificate')
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'CertificateChain', 1)
                return _mk11(f0, f1, f2), p
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso2_SubCertificates(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'CertificateChain', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'CertificateChain', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateChain (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateChain (near grammar state {s}): {exc}') from None
    return _mk11(f0, f1, f2), p


def e_iso2_CertificateInstallationReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if len(o.oem_provisioning_cert) > 800:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.oem_provisioning_cert)
    a <<= 1
    a = e_iso2_ListOfRootCertificateIDs(o.list_of_root_certificate_i_ds, a)
    a <<= 1
    return a


def d_iso2_CertificateInstallationReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f0, p = d_str(D, T, p, None)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f1, p = d_sel_bin(D, T, p, 800, 'OEMProvisioningCert')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f2, p = d_iso2_ListOfRootCertificateIDs(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateInstallationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateInstallationReq (near grammar state {s}): {exc}') from None
    return _mk12(f0, f1, f2), p


def e_iso2_CertificateInstallationRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_iso2_CertificateChain(o.sa_provisioning_certificate_chain, a)
    a <<= 1
    a = e_iso2_CertificateChain(o.contract_signature_cert_chain, a)
    a <<= 1
    a = e_iso2_ContractSignatureEncryptedPrivateKey(o.contract_signature_encrypted_private_key, a)
    a <<= 1
    a = e_iso2_DiffieHellmanPublickey(o.d_hpublickey, a)
    a <<= 1
    a = e_iso2_EMAID(o.e_maid, a)
    a <<= 1
    return a


def d_iso2_CertificateInstallationRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'CertificateInstallationRes')
        p += 9
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_iso2_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f2, p = d_iso2_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f3, p = d_iso2_ContractSignatureEncryptedPrivateKey(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f4, p = d_iso2_DiffieHellmanPublickey(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f5, p = d_iso2_EMAID(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateInstallationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateInstallationRes (near grammar state {s}): {exc}') from None
    return _mk13(f0, f1, f2, f3, f4, f5), p


def e_iso2_CertificateUpdateReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    a <<= 1
    a = e_iso2_CertificateChain(o.contract_signature_cert_chain, a)
    if len(o.e_maid) > 15:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.e_maid)
    a <<= 1
    a = e_iso2_ListOfRootCertificateIDs(o.list_of_root_certificate_i_ds, a)
    a <<= 1
    return a


def d_iso2_CertificateUpdateReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f0, p = d_str(D, T, p, None)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f1, p = d_iso2_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f2, p = d_sel_str(D, T, p, 15, 'eMAID')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
        f3, p = d_iso2_ListOfRootCertificateIDs(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateUpdateReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateUpdateReq (near grammar state {s}): {exc}') from None
    return _mk14(f0, f1, f2, f3), p


def e_iso2_CertificateUpdateRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_iso2_CertificateChain(o.sa_provisioning_certificate_chain, a)
    a <<= 1
    a = e_iso2_CertificateChain(o.contract_signature_cert_chain, a)
    a <<= 1
    a = e_iso2_ContractSignatureEncryptedPrivateKey(o.contract_signature_encrypted_private_key, a)
    a <<= 1
    a = e_iso2_DiffieHellmanPublickey(o.d_hpublickey, a)
    a <<= 1
    a = e_iso2_EMAID(o.e_maid, a)
    s = 6
    v6 = o.retry_counter
    if v6 is not None:
        a = e_int_in(a << 3, v6, -32768, 32767) << 1
        s = 7
    c, w = _T18[s]
    a = (a << w) | c
    return a


def d_iso2_CertificateUpdateRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'CertificateUpdateRes')
        p += 9
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_iso2_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f2, p = d_iso2_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f3, p = d_iso2_ContractSignatureEncryptedPrivateKey(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f4, p = d_iso2_DiffieHellmanPublickey(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateUpdateRes')
        p += 1
        f5, p = d_iso2_EMAID(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = _ds1(D, T, p)
            s = 7
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'CertificateUpdateRes', 6)
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'CertificateUpdateRes', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateUpdateRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateUpdateRes (near grammar state {s}): {exc}') from None
    return _mk15(f0, f1, f2, f3, f4, f5, f6), p


def e_iso2_ChargeParameterDiscoveryReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.max_entries_sa_schedule_tuple
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 65535) << 1
        s = 1
    c, w, s = _T21[s]
    a = (a << (w + 5)) | (c << 5) | ((_T19[o.requested_energy_transfer_mode]) << 1)
    c, fn = _T22[type(o.ev_charge_parameter)]
    a = fn(o.ev_charge_parameter, (a << 2) | c)
    a <<= 1
    return a


def d_iso2_ChargeParameterDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = _ds2(D, T, p)
            s = 1
        elif c == 1:
            f1, p = _ds3(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'ChargeParameterDiscoveryReq', 0)
            return _mk16(f0, f1, f2), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = _ds3(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ChargeParameterDiscoveryReq', 1)
                return _mk16(f0, f1, f2), p
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso2_AC_EVChargeParameter(D, T, p)
            s = 3
        elif c == 1:
            f2, p = d_iso2_DC_EVChargeParameter(D, T, p)
            s = 3
        elif c == 2:
            f2, p = d_iso2_EVChargeParameter(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'ChargeParameterDiscoveryReq', 2)
            return _mk16(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk16(f0, f1, f2), p


def e_iso2_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    s = 2
    v2 = o.sa_schedules
    a = (a << 13) | ((_T8[o.response_code]) << 6) | ((_T10[o.evse_processing]) << 1)
    if v2 is not None:
        c, fn = _T23[type(v2)]
        a = fn(v2, (a << 3) | c)
        s = 3
    c, w, s, fn = _T24[(s, type(o.evse_charge_parameter))]
    a = fn(o.evse_charge_parameter, (a << w) | c)
    c, w = _T25[s]
    a = (a << w) | c
    return a


def d_iso2_ChargeParameterDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        s = 2
        x = (D >> (T - p - 16)) & 65535
        if x & 49608:
            _fail(p, 'ChargeParameterDiscoveryRes')
        p += 16
        f0 = _T9[(x >> 9 & 31)]
        f1 = _T11[(x >> 4 & 3)]
        c = (x & 7)
        if c == 0:
            f2, p = d_iso2_SAScheduleList(D, T, p)
            s = 3
        elif c == 1:
            f2, p = d_iso2_SASchedules(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso2_AC_EVSEChargeParameter(D, T, p)
            s = 4
        elif c == 3:
            f3, p = d_iso2_DC_EVSEChargeParameter(D, T, p)
            s = 4
        elif c == 4:
            f3, p = d_iso2_EVSEChargeParameter(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 5, 2, 'ChargeParameterDiscoveryRes', 2)
            return _mk17(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso2_AC_EVSEChargeParameter(D, T, p)
                s = 4
            elif c == 1:
                f3, p = d_iso2_DC_EVSEChargeParameter(D, T, p)
                s = 4
            elif c == 2:
                f3, p = d_iso2_EVSEChargeParameter(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 3, 2, 'ChargeParameterDiscoveryRes', 3)
                return _mk17(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk17(f0, f1, f2, f3), p


def e_iso2_ChargeService(o: Any, a: int) -> int:
    n38 = o.service_id
    a = e_uint_in(a << 2, n38, 0, 65535) << 1
    s = 1
    v1 = o.service_name
    if v1 is not None:
        if len(v1) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v1)
        s = 2
    c, w, s = _T28[s]
    v3 = o.service_scope
    a = (a << (w + 4)) | (c << 4) | ((_T26[o.service_category]) << 1)
    if v3 is not None:
        if len(v3) > 64:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v3)
        s = 4
    c, w, s = _T29[s]
    a = (a << (w + 4)) | (c << 4) | ((_BOOL[o.free_service]) << 2)
    a = e_iso2_SupportedEnergyTransferMode(o.supported_energy_transfer_mode, a)
    a <<= 1
    return a


def d_iso2_ChargeService(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ChargeService')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'ChargeService')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = d_sel_str(D, T, p, 32, 'ServiceName')
            s = 2
        elif c == 1:
            f2, p = _ds4(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ChargeService', 1)
            return _mk18(f0, f1, f2, f3, f4, f5), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds4(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ChargeService', 2)
                return _mk18(f0, f1, f2, f3, f4, f5), p
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_sel_str(D, T, p, 64, 'ServiceScope')
            s = 4
        elif c == 1:
            f4, p = _ds5(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ChargeService', 3)
            return _mk18(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = _ds5(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ChargeService', 4)
                return _mk18(f0, f1, f2, f3, f4, f5), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeService')
        p += 1
        f5, p = d_iso2_SupportedEnergyTransferMode(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeService')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeService (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeService (near grammar state {s}): {exc}') from None
    return _mk18(f0, f1, f2, f3, f4, f5), p


def e_iso2_ChargingProfile(o: Any, a: int) -> int:
    s = 0
    for v in o.profile_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 23:
            a = (a << 2) | 0
            s = s + 1 if s < 23 else 24
        else:
            c, w, s = _T30[s]
            a = (a << w) | c
        a = e_iso2_ProfileEntry(v, a)
    if 1 <= s <= 23:
        a = (a << 2) | 1
    else:
        c, w = _T31[s]
        a = (a << w) | c
    return a


def d_iso2_ChargingProfile(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargingProfile')
        p += 1
        y, p = d_iso2_ProfileEntry(D, T, p)
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_iso2_ProfileEntry(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 23:
                        s = 24
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ChargingProfile', 1)
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
        if s == 24:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ChargingProfile', 24)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargingProfile (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargingProfile (near grammar state {s}): {exc}') from None
    return _mk19(f0), p


def e_iso2_ConsumptionCost(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_PhysicalValue(o.start_value, a)
    s = 1
    for v in o.cost:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T36[s]
        a = (a << w) | c
        a = e_iso2_Cost(v, a)
    c, w = _T37[s]
    a = (a << w) | c
    return a


def d_iso2_ConsumptionCost(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ConsumptionCost')
        p += 1
        f0, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ConsumptionCost')
        p += 1
        y, p = d_iso2_Cost(D, T, p)
        f1.append(y)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_iso2_Cost(D, T, p)
            f1.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ConsumptionCost', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso2_Cost(D, T, p)
                f1.append(y)
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'ConsumptionCost', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ConsumptionCost', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ConsumptionCost (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ConsumptionCost (near grammar state {s}): {exc}') from None
    return _mk22(f0, f1), p


def e_iso2_ContractSignatureEncryptedPrivateKey(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if not o.value:
        return (a << 4) | 8
    if len(o.value) > 48:
        raise _Invalid
    a <<= 1
    a = e_bin(a, o.value)
    a <<= 1
    return a


def d_iso2_ContractSignatureEncryptedPrivateKey(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ContractSignatureEncryptedPrivateKey')
        p += 1
        f0, p = d_str(D, T, p, None)
        s = 1
        c = (D >> (T - p - 1)) & 1
        p += 1
        if c == 0:
            f1, p = d_bin(D, T, p, 48)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 1, 3, 'ContractSignatureEncryptedPrivateKey', 1)
            return _mk23(f0, b"" if f1 is None else f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ContractSignatureEncryptedPrivateKey')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ContractSignatureEncryptedPrivateKey (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ContractSignatureEncryptedPrivateKey (near grammar state {s}): {exc}') from None
    return _mk23(f0, b"" if f1 is None else f1), p


def e_iso2_Cost(o: Any, a: int) -> int:
    n51 = o.amount
    a = e_uint_in((a << 7) | ((_T38[o.cost_kind]) << 3), n51, 0, 4294967295) << 1
    s = 2
    v2 = o.amount_multiplier
    if v2 is not None:
        if not -3 <= v2 <= 3:
            raise _Invalid
        s = 3
        a = (a << 7) | (((v2 + 3)) << 1)
    c, w = _T40[s]
    a = (a << w) | c
    return a


def d_iso2_Cost(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T39[(x >> 11 & 3)]
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
            f2, p = _ds6(D, T, p)
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
    return _mk24(f0, f1, f2), p


def e_iso2_DC_EVChargeParameter(o: Any, a: int) -> int:
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    c, w, s = _T53[s]
    a = (a << w) | c
    a = e_iso2_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.ev_maximum_current_limit, a)
    s = 3
    v3 = o.ev_maximum_power_limit
    if v3 is not None:
        a <<= 2
        a = e_iso2_PhysicalValue(v3, a)
        s = 4
    c, w, s = _T54[s]
    a = (a << w) | c
    a = e_iso2_PhysicalValue(o.ev_maximum_voltage_limit, a)
    v5 = o.ev_energy_capacity
    if v5 is not None:
        a <<= 3
        a = e_iso2_PhysicalValue(v5, a)
        s = 6
    v6 = o.ev_energy_request
    if v6 is not None:
        c, w, s = _T55[s]
        a = (a << w) | c
        a = e_iso2_PhysicalValue(v6, a)
    v7 = o.full_soc
    if v7 is not None:
        c, w, s = _T56[s]
        if not 0 <= v7 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v7) << 1)
    v8 = o.bulk_soc
    if v8 is not None:
        c, w, s = _T57[s]
        if not 0 <= v8 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v8) << 1)
    c, w = _T58[s]
    a = (a << w) | c
    return a


def d_iso2_DC_EVChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = _ds0(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso2_DC_EVStatus(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'DC_EVChargeParameter', 0)
            return _mk27(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_iso2_DC_EVStatus(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVChargeParameter', 1)
                return _mk27(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVChargeParameter')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_iso2_PhysicalValue(D, T, p)
            s = 4
        elif c == 1:
            f4, p = d_iso2_PhysicalValue(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVChargeParameter', 3)
            return _mk27(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = d_iso2_PhysicalValue(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVChargeParameter', 4)
                return _mk27(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        s = 5
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f5, p = d_iso2_PhysicalValue(D, T, p)
            s = 6
        elif c == 1:
            f6, p = d_iso2_PhysicalValue(D, T, p)
            s = 7
        elif c == 2:
            f7, p = _ds7(D, T, p)
            s = 8
        elif c == 3:
            f8, p = _ds7(D, T, p)
            s = 9
        elif c == 4:
            s = -1
        else:
            _bad_code(p, c, 'DC_EVChargeParameter', 5)
        if s == 6:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f6, p = d_iso2_PhysicalValue(D, T, p)
                s = 7
            elif c == 1:
                f7, p = _ds7(D, T, p)
                s = 8
            elif c == 2:
                f8, p = _ds7(D, T, p)
                s = 9
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 6)
        if s == 7:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f7, p = _ds7(D, T, p)
                s = 8
            elif c == 1:
                f8, p = _ds7(D, T, p)
                s = 9
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 7)
        if s == 8:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f8, p = _ds7(D, T, p)
                s = 9
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 8)
        if s == 9:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DC_EVChargeParameter', 9)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_EVChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_EVChargeParameter (near grammar state {s}): {exc}') from None
    return _mk27(f0, f1, f2, f3, f4, f5, f6, f7, f8), p


def e_iso2_DC_EVPowerDeliveryParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_DC_EVStatus(o.dc_ev_status, a)
    s = 1
    v1 = o.bulk_charging_complete
    if v1 is not None:
        s = 2
        a = (a << 5) | ((_BOOL[v1]) << 1)
    c, w, s = _T59[s]
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.charging_complete]) << 1)
    c, w = _T60[s]
    a = (a << w) | c
    return a


def d_iso2_DC_EVPowerDeliveryParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVPowerDeliveryParameter')
        p += 1
        f0, p = d_iso2_DC_EVStatus(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = _ds5(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds5(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVPowerDeliveryParameter', 1)
            return _mk28(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds5(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVPowerDeliveryParameter', 2)
                return _mk28(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVPowerDeliveryParameter')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_EVPowerDeliveryParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_EVPowerDeliveryParameter (near grammar state {s}): {exc}') from None
    return _mk28(f0, f1, f2), p


def e_iso2_DC_EVSEChargeParameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_DC_EVSEStatus(o.dc_evse_status, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_maximum_current_limit, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_maximum_power_limit, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_maximum_voltage_limit, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_minimum_current_limit, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_minimum_voltage_limit, a)
    s = 6
    v6 = o.evse_current_regulation_tolerance
    if v6 is not None:
        a <<= 2
        a = e_iso2_PhysicalValue(v6, a)
        s = 7
    c, w, s = _T61[s]
    a = (a << w) | c
    a = e_iso2_PhysicalValue(o.evse_peak_current_ripple, a)
    v8 = o.evse_energy_to_be_delivered
    if v8 is not None:
        a <<= 2
        a = e_iso2_PhysicalValue(v8, a)
        s = 9
    c, w = _T62[s]
    a = (a << w) | c
    return a


def d_iso2_DC_EVSEChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0, p = d_iso2_DC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f1, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f3, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f4, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_EVSEChargeParameter')
        p += 1
        f5, p = d_iso2_PhysicalValue(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = d_iso2_PhysicalValue(D, T, p)
            s = 7
        elif c == 1:
            f7, p = d_iso2_PhysicalValue(D, T, p)
            s = 8
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_EVSEChargeParameter', 6)
            return _mk29(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f7, p = d_iso2_PhysicalValue(D, T, p)
                s = 8
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DC_EVSEChargeParameter', 7)
                return _mk29(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
        s = 8
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f8, p = d_iso2_PhysicalValue(D, T, p)
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
    return _mk29(f0, f1, f2, f3, f4, f5, f6, f7, f8), p


def e_iso2_DiffieHellmanPublickey(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if not o.value:
        return (a << 4) | 8
    if len(o.value) > 65:
        raise _Invalid
    a <<= 1
    a = e_bin(a, o.value)
    a <<= 1
    return a


def d_iso2_DiffieHellmanPublickey(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DiffieHellmanPublickey')
        p += 1
        f0, p = d_str(D, T, p, None)
        s = 1
        c = (D >> (T - p - 1)) & 1
        p += 1
        if c == 0:
            f1, p = d_bin(D, T, p, 65)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 1, 3, 'DiffieHellmanPublickey', 1)
            return _mk31(f0, b"" if f1 is None else f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DiffieHellmanPublickey')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DiffieHellmanPublickey (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DiffieHellmanPublickey (near grammar state {s}): {exc}') from None
    return _mk31(f0, b"" if f1 is None else f1), p


def e_iso2_EMAID(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if not o.value:
        return (a << 4) | 8
    if len(o.value) > 15:
        raise _Invalid
    a <<= 1
    a = e_str(a, o.value)
    a <<= 1
    return a


def d_iso2_EMAID(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EMAID')
        p += 1
        f0, p = d_str(D, T, p, None)
        s = 1
        c = (D >> (T - p - 1)) & 1
        p += 1
        if c == 0:
            f1, p = d_str(D, T, p, 15)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 1, 3, 'EMAID', 1)
            return _mk32(f0, "" if f1 is None else f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EMAID')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EMAID (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EMAID (near grammar state {s}): {exc}') from None
    return _mk32(f0, "" if f1 is None else f1), p


def e_iso2_EVChargeParameter(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.EVChargeParameter:
        raise _Invalid
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    c, w = _T69[s]
    a = (a << w) | c
    return a


def d_iso2_EVChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = _ds0(D, T, p)
            s = 1
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'EVChargeParameter', 0)
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'EVChargeParameter', 1)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVChargeParameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVChargeParameter (near grammar state {s}): {exc}') from None
    return _mk33(f0), p


def e_iso2_EVPowerDeliveryParameter(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.EVPowerDeliveryParameter:
        raise _Invalid
    a <<= 1
    return a


def d_iso2_EVPowerDeliveryParameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk34(), p


def e_iso2_EVSEChargeParameter(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.EVSEChargeParameter:
        raise _Invalid
    a <<= 1
    return a


def d_iso2_EVSEChargeParameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk35(), p


def e_iso2_EVSEStatus(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.EVSEStatus:
        raise _Invalid
    n178 = o.notification_max_delay
    a = e_uint_in(a << 2, n178, 0, 65535) << 1
    a = (a << 6) | ((_T4[o.evse_notification]) << 2)
    return a


def d_iso2_EVSEStatus(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'EVSEStatus')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        x = (D >> (T - p - 7)) & 127
        if x & 115:
            _fail(p, 'EVSEStatus')
        p += 7
        f1 = _T5[(x >> 2 & 3)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVSEStatus (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVSEStatus (near grammar state {s}): {exc}') from None
    return _mk36(f0, f1), p


def e_iso2_EVStatus(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.EVStatus:
        raise _Invalid
    a <<= 1
    return a


def d_iso2_EVStatus(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk37(), p


def e_iso2_Entry(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.Entry:
        raise _Invalid
    c, fn = _T70[type(o.time_interval)]
    a = fn(o.time_interval, (a << 2) | c)
    a <<= 1
    return a


def d_iso2_Entry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_iso2_RelativeTimeInterval(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_iso2_Interval(D, T, p)
            s = 1
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Entry', 0)
            return _mk38(f0), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Entry')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Entry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Entry (near grammar state {s}): {exc}') from None
    return _mk38(f0), p


def e_iso2_Interval(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.Interval:
        raise _Invalid
    a <<= 1
    return a


def d_iso2_Interval(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk39(), p


def e_iso2_ListOfRootCertificateIDs(o: Any, a: int) -> int:
    s = 0
    for v in o.root_certificate_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T71[s]
            a = (a << w) | c
        a = e_xmldsig_X509IssuerSerial(v, a)
    if 1 <= s <= 19:
        a = (a << 2) | 1
    else:
        c, w = _T72[s]
        a = (a << w) | c
    return a


def d_iso2_ListOfRootCertificateIDs(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ListOfRootCertificateIDs')
        p += 1
        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 19:
                        s = 20
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ListOfRootCertificateIDs', 1)
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
        if s == 20:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ListOfRootCertificateIDs', 20)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ListOfRootCertificateIDs (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ListOfRootCertificateIDs (near grammar state {s}): {exc}') from None
    return _mk40(f0), p


def e_iso2_MessageHeader(o: Any, a: int) -> int:
    if len(o.session_id) > 8:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.session_id)
    s = 1
    v1 = o.notification
    if v1 is not None:
        a <<= 2
        a = e_iso2_Notification(v1, a)
        s = 2
    v2 = o.signature
    if v2 is not None:
        c, w, s = _T73[s]
        a = (a << w) | c
        a = e_xmldsig_Signature(v2, a)
    c, w = _T74[s]
    a = (a << w) | c
    return a


def d_iso2_MessageHeader(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f1, p = d_iso2_Notification(D, T, p)
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
    return _mk42(f0, f1, f2), p


def e_iso2_MeteringReceiptReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T79[s]
    if len(o.session_id) > 8:
        raise _Invalid
    a = (a << w) | c
    a = e_sel_bin(a, o.session_id)
    v2 = o.sa_schedule_tuple_id
    if v2 is not None:
        if not 1 <= v2 <= 255:
            raise _Invalid
        s = 3
        a = (a << 12) | (((v2 - 1)) << 1)
    c, w, s = _T80[s]
    a = (a << w) | c
    a = e_iso2_MeterInfo(o.meter_info, a)
    c, w = _T81[s]
    a = (a << w) | c
    return a


def d_iso2_MeteringReceiptReq(D: int, T: int, p: int) -> tuple[Any, int]:
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
            return _mk44(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_sel_bin(D, T, p, 8, 'SessionID')
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'MeteringReceiptReq', 1)
                return _mk44(f0, f1, f2, f3), p
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = _ds13(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_iso2_MeterInfo(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'MeteringReceiptReq', 2)
            return _mk44(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso2_MeterInfo(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'MeteringReceiptReq', 3)
                return _mk44(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringReceiptReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeteringReceiptReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeteringReceiptReq (near grammar state {s}): {exc}') from None
    return _mk44(f0, f1, f2, f3), p


def e_iso2_MeteringReceiptRes(o: Any, a: int) -> int:
    a = (a << 8) | ((_T8[o.response_code]) << 1)
    c, fn = _T82[type(o.evse_status)]
    a = fn(o.evse_status, (a << 2) | c)
    a <<= 1
    return a


def d_iso2_MeteringReceiptRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 1
        x = (D >> (T - p - 10)) & 1023
        if x & 772:
            _fail(p, 'MeteringReceiptRes')
        p += 10
        f0 = _T9[(x >> 3 & 31)]
        c = (x & 3)
        if c == 0:
            f1, p = d_iso2_AC_EVSEStatus(D, T, p)
            s = 2
        elif c == 1:
            f1, p = d_iso2_DC_EVSEStatus(D, T, p)
            s = 2
        elif c == 2:
            f1, p = d_iso2_EVSEStatus(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'MeteringReceiptRes', 1)
            return _mk45(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringReceiptRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeteringReceiptRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeteringReceiptRes (near grammar state {s}): {exc}') from None
    return _mk45(f0, f1), p


def e_iso2_Notification(o: Any, a: int) -> int:
    s = 1
    v1 = o.fault_msg
    a = (a << 5) | ((_T83[o.fault_code]) << 1)
    if v1 is not None:
        if len(v1) > 64:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v1)
        s = 2
    c, w = _T85[s]
    a = (a << w) | c
    return a


def d_iso2_Notification(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T84[(x >> 3 & 3)]
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
    return _mk46(f0, f1), p


def e_iso2_PMaxSchedule(o: Any, a: int) -> int:
    s = 0
    for v in o.p_max_schedule_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 1023:
            a = (a << 2) | 0
            s = s + 1 if s < 1023 else 1024
        else:
            c, w, s = _T86[s]
            a = (a << w) | c
        a = e_iso2_PMaxScheduleEntry(v, a)
    if 1 <= s <= 1023:
        a = (a << 2) | 1
    else:
        c, w = _T87[s]
        a = (a << w) | c
    return a


def d_iso2_PMaxSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso2_PMaxScheduleEntry(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'PMaxSchedule', 0)
                return _mk47(f0), p
        rc = 0
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_iso2_PMaxScheduleEntry(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1024
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PMaxSchedule', 1)
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
        if s == 1024:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PMaxSchedule', 1024)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PMaxSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PMaxSchedule (near grammar state {s}): {exc}') from None
    return _mk47(f0), p


def e_iso2_PMaxScheduleEntry(o: Any, a: int) -> int:
    c, fn = _T88[type(o.time_interval)]
    a = fn(o.time_interval, (a << 2) | c)
    a <<= 1
    a = e_iso2_PhysicalValue(o.p_max, a)
    a <<= 1
    return a


def d_iso2_PMaxScheduleEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_iso2_RelativeTimeInterval(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_iso2_Interval(D, T, p)
            s = 1
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'PMaxScheduleEntry', 0)
            return _mk48(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PMaxScheduleEntry')
        p += 1
        f1, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PMaxScheduleEntry')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PMaxScheduleEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PMaxScheduleEntry (near grammar state {s}): {exc}') from None
    return _mk48(f0, f1), p


def e_iso2_Parameter(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.name)
    s = 1
    v1 = o.bool_value
    if v1 is not None:
        s = 2
        a = (a << 6) | ((_BOOL[v1]) << 1)
    v2 = o.byte_value
    if v2 is not None:
        c, w, s = _T89[s]
        h190 = v2 + 128
        if h190 >> 8:
            raise _Invalid
        a = (a << (w + 10)) | (c << 10) | ((h190) << 1)
    v3 = o.short_value
    if v3 is not None:
        c, w, s = _T90[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v3, -32768, 32767) << 1
    v4 = o.int_value
    if v4 is not None:
        c, w, s = _T91[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v4, -2147483648, 2147483647) << 1
    v5 = o.physical_value
    if v5 is not None:
        c, w, s = _T92[s]
        a = (a << w) | c
        a = e_iso2_PhysicalValue(v5, a)
    v6 = o.string_value
    if v6 is not None:
        c, w, s = _T93[s]
        a = (a << w) | c
        a = e_sel_str(a, v6)
    c, w = _T94[s]
    a = (a << w) | c
    return a


def d_iso2_Parameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'Parameter')
        p += 1
        f0, p = d_str(D, T, p, None)
        s = 1
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f1, p = _ds5(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds14(D, T, p)
            s = 3
        elif c == 2:
            f3, p = _ds1(D, T, p)
            s = 4
        elif c == 3:
            f4, p = _ds15(D, T, p)
            s = 5
        elif c == 4:
            f5, p = d_iso2_PhysicalValue(D, T, p)
            s = 6
        elif c == 5:
            f6, p = d_sel_str(D, T, p, None, 'stringValue')
            s = 7
        else:
            p = _second_ee(D, T, p, c, 6, 3, 'Parameter', 1)
            return _mk49(f0, f1, f2, f3, f4, f5, f6), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Parameter', 2)
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
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Parameter (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Parameter (near grammar state {s}): {exc}') from None
    return _mk49(f0, f1, f2, f3, f4, f5, f6), p


def e_iso2_ParameterSet(o: Any, a: int) -> int:
    n193 = o.parameter_set_id
    a = e_int_in(a << 2, n193, -32768, 32767) << 1
    s = 1
    for v in o.parameter:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 2 <= s <= 16:
            a = (a << 2) | 0
            s = s + 1 if s < 16 else 17
        else:
            c, w, s = _T95[s]
            a = (a << w) | c
        a = e_iso2_Parameter(v, a)
    if 2 <= s <= 16:
        a = (a << 2) | 1
    else:
        c, w = _T96[s]
        a = (a << w) | c
    return a


def d_iso2_ParameterSet(D: int, T: int, p: int) -> tuple[Any, int]:
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
        y, p = d_iso2_Parameter(D, T, p)
        f1.append(y)
        rc = 0
        s = 2
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
                    y, p = d_iso2_Parameter(D, T, p)
                    f1.append(y)
                    rc += 1
                    if rc == 15:
                        s = 17
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ParameterSet', 2)
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
        if s == 17:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ParameterSet', 17)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ParameterSet (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ParameterSet (near grammar state {s}): {exc}') from None
    return _mk50(f0, f1), p


def e_iso2_PaymentDetailsReq(o: Any, a: int) -> int:
    if len(o.e_maid) > 15:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.e_maid)
    a <<= 1
    a = e_iso2_CertificateChain(o.contract_signature_cert_chain, a)
    a <<= 1
    return a


def d_iso2_PaymentDetailsReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentDetailsReq')
        p += 1
        f0, p = d_sel_str(D, T, p, 15, 'eMAID')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentDetailsReq')
        p += 1
        f1, p = d_iso2_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentDetailsReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentDetailsReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentDetailsReq (near grammar state {s}): {exc}') from None
    return _mk51(f0, f1), p


def e_iso2_PaymentDetailsRes(o: Any, a: int) -> int:
    if len(o.gen_challenge) > 16:
        raise _Invalid
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_sel_bin(a, o.gen_challenge)
    n194 = o.evse_time_stamp
    a = e_int_in(a << 2, n194, -9223372036854775808, 9223372036854775807) << 1
    a <<= 1
    return a


def d_iso2_PaymentDetailsRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_sel_bin(D, T, p, 16, 'GenChallenge')
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
    return _mk52(f0, f1, f2), p


def e_iso2_PaymentOptionList(o: Any, a: int) -> int:
    s = 0
    for v in o.payment_option:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T99[s]
        a = (a << (w + 3)) | (c << 3) | ((_T97[v]) << 1)
    c, w = _T100[s]
    a = (a << w) | c
    return a


def d_iso2_PaymentOptionList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 4)) & 15
        if x & 13:
            _fail(p, 'PaymentOptionList')
        p += 4
        y = _T98[(x >> 1 & 1)]
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = _ds16(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'PaymentOptionList', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PaymentOptionList', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentOptionList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentOptionList (near grammar state {s}): {exc}') from None
    return _mk53(f0), p


def e_iso2_PaymentServiceSelectionReq(o: Any, a: int) -> int:
    a = (a << 5) | ((_T97[o.selected_payment_option]) << 2)
    a = e_iso2_SelectedServiceList(o.selected_service_list, a)
    a <<= 1
    return a


def d_iso2_PaymentServiceSelectionReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 5)) & 31
        if x & 27:
            _fail(p, 'PaymentServiceSelectionReq')
        p += 5
        f0 = _T98[(x >> 2 & 1)]
        f1, p = d_iso2_SelectedServiceList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PaymentServiceSelectionReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentServiceSelectionReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentServiceSelectionReq (near grammar state {s}): {exc}') from None
    return _mk54(f0, f1), p


def e_iso2_PaymentServiceSelectionRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    return a


def d_iso2_PaymentServiceSelectionRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'PaymentServiceSelectionRes')
        p += 9
        f0 = _T9[(x >> 2 & 31)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PaymentServiceSelectionRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PaymentServiceSelectionRes (near grammar state {s}): {exc}') from None
    return _mk55(f0), p


def e_iso2_PowerDeliveryReq(o: Any, a: int) -> int:
    if not 1 <= o.sa_schedule_tuple_id <= 255:
        raise _Invalid
    s = 2
    v2 = o.charging_profile
    a = (a << 16) | ((_T101[o.charge_progress]) << 12) | (((o.sa_schedule_tuple_id - 1)) << 1)
    if v2 is not None:
        a <<= 3
        a = e_iso2_ChargingProfile(v2, a)
        s = 3
    v3 = o.ev_power_delivery_parameter
    if v3 is not None:
        c, w, s, fn = _T103[(s, type(v3))]
        a = fn(v3, (a << w) | c)
    c, w = _T104[s]
    a = (a << w) | c
    return a


def d_iso2_PowerDeliveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        s = 2
        x = (D >> (T - p - 19)) & 524287
        if x & 421896:
            _fail(p, 'PowerDeliveryReq')
        p += 19
        f0 = _T102[(x >> 15 & 3)]
        f1 = (x >> 4 & 255) + 1
        c = (x & 7)
        if c == 0:
            f2, p = d_iso2_ChargingProfile(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_iso2_DC_EVPowerDeliveryParameter(D, T, p)
            s = 4
        elif c == 2:
            f3, p = d_iso2_EVPowerDeliveryParameter(D, T, p)
            s = 4
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'PowerDeliveryReq', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso2_DC_EVPowerDeliveryParameter(D, T, p)
                s = 4
            elif c == 1:
                f3, p = d_iso2_EVPowerDeliveryParameter(D, T, p)
                s = 4
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryReq', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryReq', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerDeliveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerDeliveryReq (near grammar state {s}): {exc}') from None
    return _mk56(f0, f1, f2, f3), p


def e_iso2_PowerDeliveryRes(o: Any, a: int) -> int:
    a = (a << 8) | ((_T8[o.response_code]) << 1)
    c, fn = _T105[type(o.evse_status)]
    a = fn(o.evse_status, (a << 2) | c)
    a <<= 1
    return a


def d_iso2_PowerDeliveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 3 & 31)]
        c = (x & 3)
        if c == 0:
            f1, p = d_iso2_AC_EVSEStatus(D, T, p)
            s = 2
        elif c == 1:
            f1, p = d_iso2_DC_EVSEStatus(D, T, p)
            s = 2
        elif c == 2:
            f1, p = d_iso2_EVSEStatus(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'PowerDeliveryRes', 1)
            return _mk57(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PowerDeliveryRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerDeliveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerDeliveryRes (near grammar state {s}): {exc}') from None
    return _mk57(f0, f1), p


def e_iso2_PreChargeReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.ev_target_voltage, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.ev_target_current, a)
    a <<= 1
    return a


def d_iso2_PreChargeReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
        f0, p = d_iso2_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
        f1, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PreChargeReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PreChargeReq (near grammar state {s}): {exc}') from None
    return _mk58(f0, f1, f2), p


def e_iso2_PreChargeRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_iso2_DC_EVSEStatus(o.dc_evse_status, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_present_voltage, a)
    a <<= 1
    return a


def d_iso2_PreChargeRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_iso2_DC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeRes')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PreChargeRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PreChargeRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PreChargeRes (near grammar state {s}): {exc}') from None
    return _mk59(f0, f1, f2), p


def e_iso2_ProfileEntry(o: Any, a: int) -> int:
    n221 = o.charging_profile_entry_start
    a = e_uint_in(a << 2, n221, 0, 4294967295) << 1
    a <<= 1
    a = e_iso2_PhysicalValue(o.charging_profile_entry_max_power, a)
    s = 2
    v2 = o.charging_profile_entry_max_number_of_phases_in_use
    if v2 is not None:
        if not 1 <= v2 <= 3:
            raise _Invalid
        s = 3
        a = (a << 6) | (((v2 - 1)) << 1)
    c, w = _T106[s]
    a = (a << w) | c
    return a


def d_iso2_ProfileEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
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
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ProfileEntry')
        p += 2
        f1, p = d_iso2_PhysicalValue(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = _ds17(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ProfileEntry', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ProfileEntry', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ProfileEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ProfileEntry (near grammar state {s}): {exc}') from None
    return _mk60(f0, f1, f2), p


def e_iso2_RelativeTimeInterval(o: Any, a: int) -> int:
    n224 = o.start
    a = e_uint_in(a << 2, n224, 0, 16777214) << 1
    s = 1
    v1 = o.duration
    if v1 is not None:
        a = e_uint_in(a << 3, v1, 0, 86400) << 1
        s = 2
    c, w = _T107[s]
    a = (a << w) | c
    return a


def d_iso2_RelativeTimeInterval(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f1, p = _ds18(D, T, p)
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
    return _mk61(f0, f1), p


def e_iso2_SAScheduleList(o: Any, a: int) -> int:
    s = 0
    for v in o.sa_schedule_tuple:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T108[s]
        a = (a << w) | c
        a = e_iso2_SAScheduleTuple(v, a)
    c, w = _T109[s]
    a = (a << w) | c
    return a


def d_iso2_SAScheduleList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SAScheduleList')
        p += 1
        y, p = d_iso2_SAScheduleTuple(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_iso2_SAScheduleTuple(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SAScheduleList', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso2_SAScheduleTuple(D, T, p)
                f0.append(y)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'SAScheduleList', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SAScheduleList', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SAScheduleList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SAScheduleList (near grammar state {s}): {exc}') from None
    return _mk62(f0), p


def e_iso2_SAScheduleTuple(o: Any, a: int) -> int:
    if not 1 <= o.sa_schedule_tuple_id <= 255:
        raise _Invalid
    a = (a << 12) | (((o.sa_schedule_tuple_id - 1)) << 2)
    a = e_iso2_PMaxSchedule(o.p_max_schedule, a)
    s = 2
    v2 = o.sales_tariff
    if v2 is not None:
        a <<= 2
        a = e_iso2_SalesTariff(v2, a)
        s = 3
    c, w = _T110[s]
    a = (a << w) | c
    return a


def d_iso2_SAScheduleTuple(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 12)) & 4095
        if x & 3075:
            _fail(p, 'SAScheduleTuple')
        p += 12
        f0 = (x >> 2 & 255) + 1
        f1, p = d_iso2_PMaxSchedule(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso2_SalesTariff(D, T, p)
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
    return _mk63(f0, f1, f2), p


def e_iso2_SASchedules(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.SASchedules:
        raise _Invalid
    a <<= 1
    return a


def d_iso2_SASchedules(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk64(), p


def e_iso2_SalesTariff(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T111[s]
    if not 1 <= o.sales_tariff_id <= 255:
        raise _Invalid
    v2 = o.sales_tariff_description
    a = (a << (w + 10)) | (c << 10) | (((o.sales_tariff_id - 1)) << 1)
    if v2 is not None:
        if len(v2) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v2)
        s = 3
    v3 = o.num_e_price_levels
    if v3 is not None:
        c, w, s = _T112[s]
        if not 0 <= v3 <= 255:
            raise _Invalid
        a = (a << (w + 10)) | (c << 10) | ((v3) << 1)
    for v in o.sales_tariff_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 5 <= s <= 1027:
            a = (a << 2) | 0
            s = s + 1 if s < 1027 else 1028
        else:
            c, w, s = _T113[s]
            a = (a << w) | c
        a = e_iso2_SalesTariffEntry(v, a)
    if 5 <= s <= 1027:
        a = (a << 2) | 1
    else:
        c, w = _T114[s]
        a = (a << w) | c
    return a


def d_iso2_SalesTariff(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f0, p = d_str(D, T, p, None)
                s = 1
            elif c == 1:
                f1, p = _ds13(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 2, 3, 'SalesTariff', 0)
                return _mk65(f0, f1, f2, f3, f4), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = _ds13(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'SalesTariff', 1)
                return _mk65(f0, f1, f2, f3, f4), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_sel_str(D, T, p, 32, 'SalesTariffDescription')
                s = 3
            elif c == 1:
                f3, p = _ds19(D, T, p)
                s = 4
            elif c == 2:
                y, p = d_iso2_SalesTariffEntry(D, T, p)
                f4.append(y)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 3, 2, 'SalesTariff', 2)
                return _mk65(f0, f1, f2, f3, f4), p
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = _ds19(D, T, p)
                s = 4
            elif c == 1:
                y, p = d_iso2_SalesTariffEntry(D, T, p)
                f4.append(y)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'SalesTariff', 3)
                return _mk65(f0, f1, f2, f3, f4), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso2_SalesTariffEntry(D, T, p)
                f4.append(y)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'SalesTariff', 4)
                return _mk65(f0, f1, f2, f3, f4), p
        rc = 0
        Df = D
        Tf = T
        nw = False
        while s == 5:
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
                    y, p = d_iso2_SalesTariffEntry(D, T, p)
                    f4.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1028
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SalesTariff', 5)
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
        if s == 1028:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SalesTariff', 1028)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SalesTariff (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SalesTariff (near grammar state {s}): {exc}') from None
    return _mk65(f0, f1, f2, f3, f4), p


def e_iso2_SalesTariffEntry(o: Any, a: int) -> int:
    c, fn = _T115[type(o.time_interval)]
    a = fn(o.time_interval, (a << 2) | c)
    s = 1
    v1 = o.e_price_level
    if v1 is not None:
        if not 0 <= v1 <= 255:
            raise _Invalid
        s = 2
        a = (a << 12) | ((v1) << 1)
    for v in o.consumption_cost:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T116[s]
        a = (a << w) | c
        a = e_iso2_ConsumptionCost(v, a)
    c, w = _T117[s]
    a = (a << w) | c
    return a


def d_iso2_SalesTariffEntry(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = d_iso2_RelativeTimeInterval(D, T, p)
            s = 1
        elif c == 1:
            f0, p = d_iso2_Interval(D, T, p)
            s = 1
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'SalesTariffEntry', 0)
            return _mk66(f0, f1, f2), p
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = _ds19(D, T, p)
            s = 2
        elif c == 1:
            y, p = d_iso2_ConsumptionCost(D, T, p)
            f2.append(y)
            s = 3
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'SalesTariffEntry', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso2_ConsumptionCost(D, T, p)
                f2.append(y)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'SalesTariffEntry', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso2_ConsumptionCost(D, T, p)
                f2.append(y)
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'SalesTariffEntry', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso2_ConsumptionCost(D, T, p)
                f2.append(y)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'SalesTariffEntry', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SalesTariffEntry', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SalesTariffEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SalesTariffEntry (near grammar state {s}): {exc}') from None
    return _mk66(f0, f1, f2), p


def e_iso2_SelectedService(o: Any, a: int) -> int:
    n225 = o.service_id
    a = e_uint_in(a << 2, n225, 0, 65535) << 1
    s = 1
    v1 = o.parameter_set_id
    if v1 is not None:
        a = e_int_in(a << 3, v1, -32768, 32767) << 1
        s = 2
    c, w = _T118[s]
    a = (a << w) | c
    return a


def d_iso2_SelectedService(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f1, p = _ds1(D, T, p)
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
    return _mk67(f0, f1), p


def e_iso2_SelectedServiceList(o: Any, a: int) -> int:
    s = 0
    for v in o.selected_service:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 15:
            a = (a << 2) | 0
            s = s + 1 if s < 15 else 16
        else:
            c, w, s = _T119[s]
            a = (a << w) | c
        a = e_iso2_SelectedService(v, a)
    if 1 <= s <= 15:
        a = (a << 2) | 1
    else:
        c, w = _T120[s]
        a = (a << w) | c
    return a


def d_iso2_SelectedServiceList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SelectedServiceList')
        p += 1
        y, p = d_iso2_SelectedService(D, T, p)
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_iso2_SelectedService(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 15:
                        s = 16
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SelectedServiceList', 1)
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
        if s == 16:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SelectedServiceList', 16)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SelectedServiceList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SelectedServiceList (near grammar state {s}): {exc}') from None
    return _mk68(f0), p


def e_iso2_Service(o: Any, a: int) -> int:
    if o.__class__ is not _iso2.Service:
        raise _Invalid
    n226 = o.service_id
    a = e_uint_in(a << 2, n226, 0, 65535) << 1
    s = 1
    v1 = o.service_name
    if v1 is not None:
        if len(v1) > 32:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v1)
        s = 2
    c, w, s = _T121[s]
    v3 = o.service_scope
    a = (a << (w + 4)) | (c << 4) | ((_T26[o.service_category]) << 1)
    if v3 is not None:
        if len(v3) > 64:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v3)
        s = 4
    c, w, s = _T122[s]
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.free_service]) << 1)
    c, w = _T123[s]
    a = (a << w) | c
    return a


def d_iso2_Service(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'Service')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'Service')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = d_sel_str(D, T, p, 32, 'ServiceName')
            s = 2
        elif c == 1:
            f2, p = _ds4(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'Service', 1)
            return _mk69(f0, f1, f2, f3, f4), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds4(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Service', 2)
                return _mk69(f0, f1, f2, f3, f4), p
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_sel_str(D, T, p, 64, 'ServiceScope')
            s = 4
        elif c == 1:
            f4, p = _ds5(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'Service', 3)
            return _mk69(f0, f1, f2, f3, f4), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = _ds5(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Service', 4)
                return _mk69(f0, f1, f2, f3, f4), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Service')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Service (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Service (near grammar state {s}): {exc}') from None
    return _mk69(f0, f1, f2, f3, f4), p


def e_iso2_ServiceDetailReq(o: Any, a: int) -> int:
    n227 = o.service_id
    a = e_uint_in(a << 2, n227, 0, 65535) << 1
    a <<= 1
    return a


def d_iso2_ServiceDetailReq(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk70(f0), p


def e_iso2_ServiceDetailRes(o: Any, a: int) -> int:
    n228 = o.service_id
    a = e_uint_in((a << 10) | ((_T8[o.response_code]) << 3), n228, 0, 65535) << 1
    s = 2
    v2 = o.service_parameter_list
    if v2 is not None:
        a <<= 2
        a = e_iso2_ServiceParameterList(v2, a)
        s = 3
    c, w = _T124[s]
    a = (a << w) | c
    return a


def d_iso2_ServiceDetailRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 11 & 31)]
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
            f2, p = d_iso2_ServiceParameterList(D, T, p)
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
    return _mk71(f0, f1, f2), p


def e_iso2_ServiceDiscoveryReq(o: Any, a: int) -> int:
    s = 0
    v0 = o.service_scope
    if v0 is not None:
        if len(v0) > 64:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v0)
        s = 1
    v1 = o.service_category
    if v1 is not None:
        c, w, s = _T125[s]
        a = (a << (w + 4)) | (c << 4) | ((_T26[v1]) << 1)
    c, w = _T126[s]
    a = (a << w) | c
    return a


def d_iso2_ServiceDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_sel_str(D, T, p, 64, 'ServiceScope')
            s = 1
        elif c == 1:
            f1, p = _ds4(D, T, p)
            s = 2
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'ServiceDiscoveryReq', 0)
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = _ds4(D, T, p)
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
    return _mk72(f0, f1), p


def e_iso2_ServiceDiscoveryRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_iso2_PaymentOptionList(o.payment_option_list, a)
    a <<= 1
    a = e_iso2_ChargeService(o.charge_service, a)
    s = 3
    v3 = o.service_list
    if v3 is not None:
        a <<= 2
        a = e_iso2_ServiceList(v3, a)
        s = 4
    c, w = _T127[s]
    a = (a << w) | c
    return a


def d_iso2_ServiceDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_iso2_PaymentOptionList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDiscoveryRes')
        p += 1
        f2, p = d_iso2_ChargeService(D, T, p)
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_iso2_ServiceList(D, T, p)
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
    return _mk73(f0, f1, f2, f3), p


def e_iso2_ServiceList(o: Any, a: int) -> int:
    s = 0
    for v in o.service:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T128[s]
            a = (a << w) | c
        a = e_iso2_Service(v, a)
    c, w = _T129[s]
    a = (a << w) | c
    return a


def d_iso2_ServiceList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceList')
        p += 1
        y, p = d_iso2_Service(D, T, p)
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_iso2_Service(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 7:
                        s = 8
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ServiceList', 1)
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
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceList', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceList (near grammar state {s}): {exc}') from None
    return _mk74(f0), p


def e_iso2_ServiceParameterList(o: Any, a: int) -> int:
    s = 0
    for v in o.parameter_set:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 254:
            a = (a << 2) | 0
            s = s + 1 if s < 254 else 255
        else:
            c, w, s = _T130[s]
            a = (a << w) | c
        a = e_iso2_ParameterSet(v, a)
    if 1 <= s <= 254:
        a = (a << 2) | 1
    else:
        c, w = _T131[s]
        a = (a << w) | c
    return a


def d_iso2_ServiceParameterList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceParameterList')
        p += 1
        y, p = d_iso2_ParameterSet(D, T, p)
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_iso2_ParameterSet(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 254:
                        s = 255
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ServiceParameterList', 1)
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
        if s == 255:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceParameterList', 255)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceParameterList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceParameterList (near grammar state {s}): {exc}') from None
    return _mk75(f0), p


def e_iso2_SessionStopReq(o: Any, a: int) -> int:
    a = (a << 5) | ((_T133[o.charging_session]) << 2)
    return a


def d_iso2_SessionStopReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 5)) & 31
        if x & 27:
            _fail(p, 'SessionStopReq')
        p += 5
        f0 = _T134[(x >> 2 & 1)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SessionStopReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SessionStopReq (near grammar state {s}): {exc}') from None
    return _mk78(f0), p


def e_iso2_SessionStopRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    return a


def d_iso2_SessionStopRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 9)) & 511
        if x & 387:
            _fail(p, 'SessionStopRes')
        p += 9
        f0 = _T9[(x >> 2 & 31)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SessionStopRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SessionStopRes (near grammar state {s}): {exc}') from None
    return _mk79(f0), p


def e_iso2_SubCertificates(o: Any, a: int) -> int:
    s = 0
    for v in o.certificate:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 3:
            a = (a << 2) | 0
            s = s + 1 if s < 3 else 4
        else:
            c, w, s = _T135[s]
            a = (a << w) | c
        if len(v) > 800:
            raise _Invalid
        a = e_sel_bin(a, v)
    c, w = _T136[s]
    a = (a << w) | c
    return a


def d_iso2_SubCertificates(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SubCertificates')
        p += 1
        y, p = d_sel_bin(D, T, p, 800, 'Certificate')
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = d_sel_bin(D, T, p, 800, 'Certificate')
                    f0.append(y)
                    rc += 1
                    if rc == 3:
                        s = 4
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SubCertificates', 1)
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
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SubCertificates', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SubCertificates (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SubCertificates (near grammar state {s}): {exc}') from None
    return _mk80(f0), p


def e_iso2_SupportedEnergyTransferMode(o: Any, a: int) -> int:
    s = 0
    for v in o.energy_transfer_mode:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 5:
            a = (a << 2) | 0
            s = s + 1 if s < 5 else 6
        else:
            c, w, s = _T137[s]
            a = (a << w) | c
        a = (a << 5) | ((_T19[v]) << 1)
    c, w = _T138[s]
    a = (a << w) | c
    return a


def d_iso2_SupportedEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 6)) & 63
        if x & 49:
            _fail(p, 'SupportedEnergyTransferMode')
        p += 6
        y = _T20[(x >> 1 & 7)]
        f0.append(y)
        rc = 0
        s = 1
        Df = D
        Tf = T
        nw = False
        while s == 1:
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
                    y, p = _ds3(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 5:
                        s = 6
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SupportedEnergyTransferMode', 1)
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
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SupportedEnergyTransferMode', 6)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SupportedEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SupportedEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk81(f0), p


def e_iso2_V2G_Message(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_MessageHeader(o.header, a)
    a <<= 1
    a = e_iso2_Body(o.body, a)
    a <<= 1
    return a


def d_iso2_V2G_Message(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2G_Message')
        p += 1
        f0, p = d_iso2_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2G_Message')
        p += 1
        f1, p = d_iso2_Body(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2G_Message')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2G_Message (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2G_Message (near grammar state {s}): {exc}') from None
    return _mk82(f0, f1), p


def e_iso2_WeldingDetectionReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso2_DC_EVStatus(o.dc_ev_status, a)
    a <<= 1
    return a


def d_iso2_WeldingDetectionReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionReq')
        p += 1
        f0, p = d_iso2_DC_EVStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WeldingDetectionReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WeldingDetectionReq (near grammar state {s}): {exc}') from None
    return _mk83(f0), p


def e_iso2_WeldingDetectionRes(o: Any, a: int) -> int:
    a = (a << 9) | ((_T8[o.response_code]) << 2)
    a = e_iso2_DC_EVSEStatus(o.dc_evse_status, a)
    a <<= 1
    a = e_iso2_PhysicalValue(o.evse_present_voltage, a)
    a <<= 1
    return a


def d_iso2_WeldingDetectionRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0 = _T9[(x >> 2 & 31)]
        f1, p = d_iso2_DC_EVSEStatus(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionRes')
        p += 1
        f2, p = d_iso2_PhysicalValue(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WeldingDetectionRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WeldingDetectionRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WeldingDetectionRes (near grammar state {s}): {exc}') from None
    return _mk84(f0, f1, f2), p

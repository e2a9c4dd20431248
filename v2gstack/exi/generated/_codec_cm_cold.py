"""Rarely used (cold) part of the cm codec, imported on first use (do not edit)."""
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
from v2gstack.exi.generated import iso20_cm as _iso20_cm
from v2gstack.exi.generated import iso20_ct as _iso20_ct
from v2gstack.exi.generated import xmldsig as _xmldsig

_BOOL = {True: 1, False: 0}
_WINDOW = (1 << 8192) - 1
_new = object.__new__
from v2gstack.exi.generated._codec_cm import _BOOL
from v2gstack.exi.generated._codec_cm import _T1
from v2gstack.exi.generated._codec_cm import _T10
from v2gstack.exi.generated._codec_cm import _T100
from v2gstack.exi.generated._codec_cm import _T101
from v2gstack.exi.generated._codec_cm import _T102
from v2gstack.exi.generated._codec_cm import _T103
from v2gstack.exi.generated._codec_cm import _T104
from v2gstack.exi.generated._codec_cm import _T105
from v2gstack.exi.generated._codec_cm import _T106
from v2gstack.exi.generated._codec_cm import _T107
from v2gstack.exi.generated._codec_cm import _T108
from v2gstack.exi.generated._codec_cm import _T109
from v2gstack.exi.generated._codec_cm import _T11
from v2gstack.exi.generated._codec_cm import _T110
from v2gstack.exi.generated._codec_cm import _T111
from v2gstack.exi.generated._codec_cm import _T112
from v2gstack.exi.generated._codec_cm import _T113
from v2gstack.exi.generated._codec_cm import _T114
from v2gstack.exi.generated._codec_cm import _T115
from v2gstack.exi.generated._codec_cm import _T116
from v2gstack.exi.generated._codec_cm import _T117
from v2gstack.exi.generated._codec_cm import _T118
from v2gstack.exi.generated._codec_cm import _T119
from v2gstack.exi.generated._codec_cm import _T12
from v2gstack.exi.generated._codec_cm import _T120
from v2gstack.exi.generated._codec_cm import _T121
from v2gstack.exi.generated._codec_cm import _T122
from v2gstack.exi.generated._codec_cm import _T123
from v2gstack.exi.generated._codec_cm import _T124
from v2gstack.exi.generated._codec_cm import _T125
from v2gstack.exi.generated._codec_cm import _T126
from v2gstack.exi.generated._codec_cm import _T127
from v2gstack.exi.generated._codec_cm import _T128
from v2gstack.exi.generated._codec_cm import _T129
from v2gstack.exi.generated._codec_cm import _T13
from v2gstack.exi.generated._codec_cm import _T130
from v2gstack.exi.generated._codec_cm import _T131
from v2gstack.exi.generated._codec_cm import _T132
from v2gstack.exi.generated._codec_cm import _T133
from v2gstack.exi.generated._codec_cm import _T134
from v2gstack.exi.generated._codec_cm import _T135
from v2gstack.exi.generated._codec_cm import _T136
from v2gstack.exi.generated._codec_cm import _T137
from v2gstack.exi.generated._codec_cm import _T138
from v2gstack.exi.generated._codec_cm import _T139
from v2gstack.exi.generated._codec_cm import _T14
from v2gstack.exi.generated._codec_cm import _T140
from v2gstack.exi.generated._codec_cm import _T141
from v2gstack.exi.generated._codec_cm import _T142
from v2gstack.exi.generated._codec_cm import _T143
from v2gstack.exi.generated._codec_cm import _T144
from v2gstack.exi.generated._codec_cm import _T145
from v2gstack.exi.generated._codec_cm import _T146
from v2gstack.exi.generated._codec_cm import _T147
from v2gstack.exi.generated._codec_cm import _T148
from v2gstack.exi.generated._codec_cm import _T149
from v2gstack.exi.generated._codec_cm import _T15
from v2gstack.exi.generated._codec_cm import _T150
from v2gstack.exi.generated._codec_cm import _T151
from v2gstack.exi.generated._codec_cm import _T152
from v2gstack.exi.generated._codec_cm import _T153
from v2gstack.exi.generated._codec_cm import _T154
from v2gstack.exi.generated._codec_cm import _T155
from v2gstack.exi.generated._codec_cm import _T156
from v2gstack.exi.generated._codec_cm import _T157
from v2gstack.exi.generated._codec_cm import _T158
from v2gstack.exi.generated._codec_cm import _T159
from v2gstack.exi.generated._codec_cm import _T16
from v2gstack.exi.generated._codec_cm import _T160
from v2gstack.exi.generated._codec_cm import _T161
from v2gstack.exi.generated._codec_cm import _T162
from v2gstack.exi.generated._codec_cm import _T163
from v2gstack.exi.generated._codec_cm import _T164
from v2gstack.exi.generated._codec_cm import _T165
from v2gstack.exi.generated._codec_cm import _T166
from v2gstack.exi.generated._codec_cm import _T167
from v2gstack.exi.generated._codec_cm import _T168
from v2gstack.exi.generated._codec_cm import _T169
from v2gstack.exi.generated._codec_cm import _T17
from v2gstack.exi.generated._codec_cm import _T170
from v2gstack.exi.generated._codec_cm import _T171
from v2gstack.exi.generated._codec_cm import _T172
from v2gstack.exi.generated._codec_cm import _T173
from v2gstack.exi.generated._codec_cm import _T174
from v2gstack.exi.generated._codec_cm import _T176
from v2gstack.exi.generated._codec_cm import _T177
from v2gstack.exi.generated._codec_cm import _T178
from v2gstack.exi.generated._codec_cm import _T179
from v2gstack.exi.generated._codec_cm import _T18
from v2gstack.exi.generated._codec_cm import _T180
from v2gstack.exi.generated._codec_cm import _T181
from v2gstack.exi.generated._codec_cm import _T182
from v2gstack.exi.generated._codec_cm import _T183
from v2gstack.exi.generated._codec_cm import _T184
from v2gstack.exi.generated._codec_cm import _T185
from v2gstack.exi.generated._codec_cm import _T186
from v2gstack.exi.generated._codec_cm import _T187
from v2gstack.exi.generated._codec_cm import _T188
from v2gstack.exi.generated._codec_cm import _T189
from v2gstack.exi.generated._codec_cm import _T19
from v2gstack.exi.generated._codec_cm import _T2
from v2gstack.exi.generated._codec_cm import _T20
from v2gstack.exi.generated._codec_cm import _T21
from v2gstack.exi.generated._codec_cm import _T22
from v2gstack.exi.generated._codec_cm import _T23
from v2gstack.exi.generated._codec_cm import _T24
from v2gstack.exi.generated._codec_cm import _T25
from v2gstack.exi.generated._codec_cm import _T26
from v2gstack.exi.generated._codec_cm import _T27
from v2gstack.exi.generated._codec_cm import _T28
from v2gstack.exi.generated._codec_cm import _T29
from v2gstack.exi.generated._codec_cm import _T3
from v2gstack.exi.generated._codec_cm import _T30
from v2gstack.exi.generated._codec_cm import _T31
from v2gstack.exi.generated._codec_cm import _T32
from v2gstack.exi.generated._codec_cm import _T33
from v2gstack.exi.generated._codec_cm import _T34
from v2gstack.exi.generated._codec_cm import _T35
from v2gstack.exi.generated._codec_cm import _T36
from v2gstack.exi.generated._codec_cm import _T37
from v2gstack.exi.generated._codec_cm import _T38
from v2gstack.exi.generated._codec_cm import _T39
from v2gstack.exi.generated._codec_cm import _T4
from v2gstack.exi.generated._codec_cm import _T40
from v2gstack.exi.generated._codec_cm import _T41
from v2gstack.exi.generated._codec_cm import _T42
from v2gstack.exi.generated._codec_cm import _T43
from v2gstack.exi.generated._codec_cm import _T44
from v2gstack.exi.generated._codec_cm import _T45
from v2gstack.exi.generated._codec_cm import _T46
from v2gstack.exi.generated._codec_cm import _T47
from v2gstack.exi.generated._codec_cm import _T48
from v2gstack.exi.generated._codec_cm import _T49
from v2gstack.exi.generated._codec_cm import _T5
from v2gstack.exi.generated._codec_cm import _T50
from v2gstack.exi.generated._codec_cm import _T51
from v2gstack.exi.generated._codec_cm import _T52
from v2gstack.exi.generated._codec_cm import _T53
from v2gstack.exi.generated._codec_cm import _T54
from v2gstack.exi.generated._codec_cm import _T55
from v2gstack.exi.generated._codec_cm import _T56
from v2gstack.exi.generated._codec_cm import _T57
from v2gstack.exi.generated._codec_cm import _T58
from v2gstack.exi.generated._codec_cm import _T59
from v2gstack.exi.generated._codec_cm import _T6
from v2gstack.exi.generated._codec_cm import _T60
from v2gstack.exi.generated._codec_cm import _T61
from v2gstack.exi.generated._codec_cm import _T62
from v2gstack.exi.generated._codec_cm import _T63
from v2gstack.exi.generated._codec_cm import _T64
from v2gstack.exi.generated._codec_cm import _T65
from v2gstack.exi.generated._codec_cm import _T66
from v2gstack.exi.generated._codec_cm import _T67
from v2gstack.exi.generated._codec_cm import _T68
from v2gstack.exi.generated._codec_cm import _T69
from v2gstack.exi.generated._codec_cm import _T7
from v2gstack.exi.generated._codec_cm import _T70
from v2gstack.exi.generated._codec_cm import _T71
from v2gstack.exi.generated._codec_cm import _T72
from v2gstack.exi.generated._codec_cm import _T73
from v2gstack.exi.generated._codec_cm import _T74
from v2gstack.exi.generated._codec_cm import _T75
from v2gstack.exi.generated._codec_cm import _T76
from v2gstack.exi.generated._codec_cm import _T77
from v2gstack.exi.generated._codec_cm import _T78
from v2gstack.exi.generated._codec_cm import _T79
from v2gstack.exi.generated._codec_cm import _T8
from v2gstack.exi.generated._codec_cm import _T80
from v2gstack.exi.generated._codec_cm import _T81
from v2gstack.exi.generated._codec_cm import _T82
from v2gstack.exi.generated._codec_cm import _T83
from v2gstack.exi.generated._codec_cm import _T84
from v2gstack.exi.generated._codec_cm import _T85
from v2gstack.exi.generated._codec_cm import _T86
from v2gstack.exi.generated._codec_cm import _T87
from v2gstack.exi.generated._codec_cm import _T88
from v2gstack.exi.generated._codec_cm import _T89
from v2gstack.exi.generated._codec_cm import _T9
from v2gstack.exi.generated._codec_cm import _T90
from v2gstack.exi.generated._codec_cm import _T91
from v2gstack.exi.generated._codec_cm import _T92
from v2gstack.exi.generated._codec_cm import _T93
from v2gstack.exi.generated._codec_cm import _T94
from v2gstack.exi.generated._codec_cm import _T95
from v2gstack.exi.generated._codec_cm import _T96
from v2gstack.exi.generated._codec_cm import _T97
from v2gstack.exi.generated._codec_cm import _T98
from v2gstack.exi.generated._codec_cm import _T99
from v2gstack.exi.generated._codec_cm import _WINDOW
from v2gstack.exi.generated._codec_cm import _new
from v2gstack.exi.generated._codec_cm import d_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_cm import d_xmldsig_X509IssuerSerial
from v2gstack.exi.generated._codec_cm import e_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_cm import e_xmldsig_X509IssuerSerial


def _mk106(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.V2GResponse)
    o.header = a0
    o.response_code = a1
    return o


def _mk105(a0: Any) -> Any:
    o = _new(_iso20_ct.V2GRequest)
    o.header = a0
    return o


def _mk104(a0: Any) -> Any:
    o = _new(_iso20_ct.V2GMessage)
    o.header = a0
    return o


def _mk103() -> Any:
    o = _new(_iso20_ct.Scheduled_CLResControlMode)
    return o


def _mk102(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ct.Scheduled_CLReqControlMode)
    o.ev_target_energy_request = a0
    o.ev_maximum_energy_request = a1
    o.ev_minimum_energy_request = a2
    return o


def _mk101(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_ct.Receipt)
    o.time_anchor = a0
    o.energy_costs = a1
    o.occupancy_costs = a2
    o.additional_services_costs = a3
    o.overstay_costs = a4
    o.tax_costs = a5
    return o


def _mk100(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_iso20_ct.MeterInfo)
    o.meter_id = a0
    o.charged_energy_reading_wh = a1
    o.bpt_discharged_energy_reading_wh = a2
    o.capacitive_energy_reading_va_rh = a3
    o.bpt_inductive_energy_reading_va_rh = a4
    o.meter_signature = a5
    o.meter_status = a6
    o.meter_timestamp = a7
    return o


def _mk97(a0: Any) -> Any:
    o = _new(_iso20_ct.ListOfRootCertificateIDs)
    o.root_certificate_id = a0
    return o


def _mk96(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.EVSEStatus)
    o.notification_max_delay = a0
    o.evse_notification = a1
    return o


def _mk95(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_ct.Dynamic_CLResControlMode)
    o.departure_time = a0
    o.minimum_soc = a1
    o.target_soc = a2
    o.ack_max_delay = a3
    return o


def _mk94(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_ct.Dynamic_CLReqControlMode)
    o.departure_time = a0
    o.ev_target_energy_request = a1
    o.ev_maximum_energy_request = a2
    o.ev_minimum_energy_request = a3
    return o


def _mk93(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any) -> Any:
    o = _new(_iso20_ct.DisplayParameters)
    o.present_soc = a0
    o.minimum_soc = a1
    o.target_soc = a2
    o.maximum_soc = a3
    o.remaining_time_to_minimum_soc = a4
    o.remaining_time_to_target_soc = a5
    o.remaining_time_to_maximum_soc = a6
    o.charging_complete = a7
    o.battery_energy_capacity = a8
    o.inlet_hot = a9
    return o


def _mk92(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.DetailedTax)
    o.tax_rule_id = a0
    o.amount = a1
    return o


def _mk91(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.DetailedCost)
    o.amount = a0
    o.cost_per_unit = a1
    return o


def _mk90(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.ChargeParameterDiscoveryRes)
    o.header = a0
    o.response_code = a1
    return o


def _mk89(a0: Any) -> Any:
    o = _new(_iso20_ct.ChargeParameterDiscoveryReq)
    o.header = a0
    return o


def _mk88(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_ct.ChargeLoopRes)
    o.header = a0
    o.response_code = a1
    o.evse_status = a2
    o.meter_info = a3
    o.receipt = a4
    return o


def _mk87(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ct.ChargeLoopReq)
    o.header = a0
    o.display_parameters = a1
    o.meter_info_requested = a2
    return o


def _mk86() -> Any:
    o = _new(_iso20_ct.CLResControlMode)
    return o


def _mk85() -> Any:
    o = _new(_iso20_ct.CLReqControlMode)
    return o


def _mk84(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.VehicleCheckOutRes)
    o.header = a0
    o.response_code = a1
    o.evse_check_out_status = a2
    return o


def _mk83(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.VehicleCheckOutReq)
    o.header = a0
    o.ev_check_out_status = a1
    o.check_out_time = a2
    return o


def _mk82(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_cm.VehicleCheckInRes)
    o.header = a0
    o.response_code = a1
    o.parking_space = a2
    o.device_location = a3
    o.target_distance = a4
    return o


def _mk81(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.VehicleCheckInReq)
    o.header = a0
    o.ev_check_in_status = a1
    o.parking_method = a2
    o.vehicle_frame = a3
    o.device_offset = a4
    o.vehicle_travel = a5
    return o


def _mk80(a0: Any) -> Any:
    o = _new(_iso20_cm.TaxRuleList)
    o.tax_rule = a0
    return o


def _mk79(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_iso20_cm.TaxRule)
    o.tax_rule_id = a0
    o.tax_rule_name = a1
    o.tax_rate = a2
    o.tax_included_in_price = a3
    o.applies_to_energy_fee = a4
    o.applies_to_parking_fee = a5
    o.applies_to_overstay_fee = a6
    o.applies_minimum_maximum_cost = a7
    return o


def _mk78(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.TargetPosition)
    o.target_offset_x = a0
    o.target_offset_y = a1
    return o


def _mk77(a0: Any) -> Any:
    o = _new(_iso20_cm.SupportedProvidersList)
    o.provider_id = a0
    return o


def _mk76(a0: Any) -> Any:
    o = _new(_iso20_cm.SubCertificates)
    o.certificate = a0
    return o


def _mk75(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.SignedMeteringData)
    o.id = a0
    o.session_id = a1
    o.meter_info = a2
    o.receipt = a3
    o.dynamic_smdt_control_mode = a4
    o.scheduled_smdt_control_mode = a5
    return o


def _mk74(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso20_cm.SignedInstallationData)
    o.id = a0
    o.contract_certificate_chain = a1
    o.ecdh_curve = a2
    o.dh_public_key = a3
    o.secp521_encrypted_private_key = a4
    o.x448_encrypted_private_key = a5
    o.tpm_encrypted_private_key = a6
    return o


def _mk73(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.SignedCertificateChain)
    o.id = a0
    o.certificate = a1
    o.sub_certificates = a2
    return o


def _mk72(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.SessionStopRes)
    o.header = a0
    o.response_code = a1
    return o


def _mk71(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.SessionStopReq)
    o.header = a0
    o.charging_session = a1
    o.ev_termination_code = a2
    o.ev_termination_explanation = a3
    return o


def _mk68(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.ServiceSelectionRes)
    o.header = a0
    o.response_code = a1
    return o


def _mk67(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.ServiceSelectionReq)
    o.header = a0
    o.selected_energy_transfer_service = a1
    o.selected_vas_list = a2
    return o


def _mk66(a0: Any) -> Any:
    o = _new(_iso20_cm.ServiceParameterList)
    o.parameter_set = a0
    return o


def _mk65(a0: Any) -> Any:
    o = _new(_iso20_cm.ServiceList)
    o.service = a0
    return o


def _ds12(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'ServiceID')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'ServiceID')
    p += 1
    return v, p


def _mk64(a0: Any) -> Any:
    o = _new(_iso20_cm.ServiceIDList)
    o.service_id = a0
    return o


def _mk63(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_cm.ServiceDiscoveryRes)
    o.header = a0
    o.response_code = a1
    o.service_renegotiation_supported = a2
    o.energy_transfer_service_list = a3
    o.vas_list = a4
    return o


def _mk62(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.ServiceDiscoveryReq)
    o.header = a0
    o.supported_service_i_ds = a1
    return o


def _mk61(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.ServiceDetailRes)
    o.header = a0
    o.response_code = a1
    o.service_id = a2
    o.service_parameter_list = a3
    return o


def _mk60(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.ServiceDetailReq)
    o.header = a0
    o.service_id = a1
    return o


def _mk59(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.Service)
    o.service_id = a0
    o.free_service = a1
    return o


def _mk58(a0: Any) -> Any:
    o = _new(_iso20_cm.SelectedServiceList)
    o.selected_service = a0
    return o


def _mk57(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.SelectedService)
    o.service_id = a0
    o.parameter_set_id = a1
    return o


def _mk56(a0: Any) -> Any:
    o = _new(_iso20_cm.Scheduled_SMDTControlMode)
    o.selected_schedule_tuple_id = a0
    return o


def _mk55(a0: Any) -> Any:
    o = _new(_iso20_cm.Scheduled_SEResControlMode)
    o.schedule_tuple = a0
    return o


def _mk54(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_cm.Scheduled_SEReqControlMode)
    o.departure_time = a0
    o.ev_target_energy_request = a1
    o.ev_maximum_energy_request = a2
    o.ev_minimum_energy_request = a3
    o.ev_energy_offer = a4
    return o


def _ds11(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 3)) & 7
    if x & 5:
        _fail(p, 'PowerToleranceAcceptance')
    p += 3
    v = _T98[(x >> 1 & 1)]
    return v, p


def _mk53(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.Scheduled_EVPPTControlMode)
    o.selected_schedule_tuple_id = a0
    o.power_tolerance_acceptance = a1
    return o


def _mk52(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.ScheduleTuple)
    o.schedule_tuple_id = a0
    o.charging_schedule = a1
    o.discharging_schedule = a2
    return o


def _mk51(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.ScheduleExchangeRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    o.go_to_pause = a3
    o.dynamic_se_res_control_mode = a4
    o.scheduled_se_res_control_mode = a5
    return o


def _mk50(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.ScheduleExchangeReq)
    o.header = a0
    o.maximum_supporting_points = a1
    o.dynamic_se_req_control_mode = a2
    o.scheduled_se_req_control_mode = a3
    return o


def _mk49(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.PriceSchedule)
    o.time_anchor = a0
    o.price_schedule_id = a1
    o.price_schedule_description = a2
    return o


def _mk48(a0: Any) -> Any:
    o = _new(_iso20_cm.PriceRuleStackList)
    o.price_rule_stack = a0
    return o


def _mk47(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.PriceRuleStack)
    o.duration = a0
    o.price_rule = a1
    return o


def _ds10(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'CarbonDioxideEmission')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'CarbonDioxideEmission')
    p += 1
    return v, p


def _mk46(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.PriceRule)
    o.energy_fee = a0
    o.parking_fee = a1
    o.parking_fee_period = a2
    o.carbon_dioxide_emission = a3
    o.renewable_generation_percentage = a4
    o.power_range_start = a5
    return o


def _mk45(a0: Any) -> Any:
    o = _new(_iso20_cm.PriceLevelScheduleEntryList)
    o.price_level_schedule_entry = a0
    return o


def _mk44(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.PriceLevelScheduleEntry)
    o.duration = a0
    o.price_level = a1
    return o


def _ds9(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'NumberOfPriceLevels')
    p += 10
    v = (x >> 1 & 255)
    return v, p


def _mk43(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.PriceLevelSchedule)
    o.id = a0
    o.time_anchor = a1
    o.price_schedule_id = a2
    o.price_schedule_description = a3
    o.number_of_price_levels = a4
    o.price_level_schedule_entries = a5
    return o


def _mk42(a0: Any) -> Any:
    o = _new(_iso20_cm.PowerScheduleEntryList)
    o.power_schedule_entry = a0
    return o


def _mk41(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.PowerScheduleEntry)
    o.duration = a0
    o.power = a1
    o.power_l2 = a2
    o.power_l3 = a3
    return o


def _mk40(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.PowerSchedule)
    o.time_anchor = a0
    o.available_energy = a1
    o.power_tolerance = a2
    o.power_schedule_entries = a3
    return o


def _mk39(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.PowerDeliveryRes)
    o.header = a0
    o.response_code = a1
    o.evse_status = a2
    return o


def _ds8(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 3)) & 7
    if x & 5:
        _fail(p, 'BPT_ChannelSelection')
    p += 3
    v = _T64[(x >> 1 & 1)]
    return v, p


def _mk38(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_cm.PowerDeliveryReq)
    o.header = a0
    o.ev_processing = a1
    o.charge_progress = a2
    o.ev_power_profile = a3
    o.bpt_channel_selection = a4
    return o


def _mk37(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.PnC_ASResAuthorizationMode)
    o.gen_challenge = a0
    o.supported_providers = a1
    return o


def _mk36(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.PnC_AReqAuthorizationMode)
    o.id = a0
    o.gen_challenge = a1
    o.contract_certificate_chain = a2
    return o


def _mk35(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.ParameterSet)
    o.parameter_set_id = a0
    o.parameter = a1
    return o


def _ds7(D: int, T: int, p: int) -> tuple[Any, int]:
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


def _ds6(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 512:
        _fail(p, 'shortValue')
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
        _fail(p, 'shortValue')
    p += 1
    return v, p


def _ds5(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 513:
        _fail(p, 'byteValue')
    p += 10
    v = (x >> 1 & 255) - 128
    return v, p


def _mk34(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso20_cm.Parameter)
    o.name = a0
    o.bool_value = a1
    o.byte_value = a2
    o.short_value = a3
    o.int_value = a4
    o.rational_number = a5
    o.finite_string = a6
    return o


def _mk33(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.OverstayRuleList)
    o.overstay_time_threshold = a0
    o.overstay_power_threshold = a1
    o.overstay_rule = a2
    return o


def _mk32(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.OverstayRule)
    o.overstay_rule_description = a0
    o.start_time = a1
    o.overstay_fee = a2
    o.overstay_fee_period = a3
    return o


def _mk31(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.MeteringConfirmationRes)
    o.header = a0
    o.response_code = a1
    return o


def _mk30(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.MeteringConfirmationReq)
    o.header = a0
    o.signed_metering_data = a1
    return o


def _mk29(a0: Any) -> Any:
    o = _new(_iso20_cm.EVPriceRuleStackList)
    o.ev_price_rule_stack = a0
    return o


def _mk28(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.EVPriceRuleStack)
    o.duration = a0
    o.ev_price_rule = a1
    return o


def _mk27(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.EVPriceRule)
    o.energy_fee = a0
    o.power_range_start = a1
    return o


def _mk26(a0: Any) -> Any:
    o = _new(_iso20_cm.EVPowerScheduleEntryList)
    o.ev_power_schedule_entry = a0
    return o


def _mk25(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.EVPowerScheduleEntry)
    o.duration = a0
    o.power = a1
    return o


def _mk24(a0: Any) -> Any:
    o = _new(_iso20_cm.EVPowerProfileEntryList)
    o.ev_power_profile_entry = a0
    return o


def _mk23(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.EVPowerProfile)
    o.time_anchor = a0
    o.dynamic_evppt_control_mode = a1
    o.scheduled_evppt_control_mode = a2
    o.ev_power_profile_entries = a3
    return o


def _mk22(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.EVPowerSchedule)
    o.time_anchor = a0
    o.ev_power_schedule_entries = a1
    return o


def _mk21(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.EVEnergyOffer)
    o.ev_power_schedule = a0
    o.ev_absolute_price_schedule = a1
    return o


def _mk20(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.EVAbsolutePriceSchedule)
    o.time_anchor = a0
    o.currency = a1
    o.price_algorithm = a2
    o.ev_price_rule_stacks = a3
    return o


def _mk19(a0: Any) -> Any:
    o = _new(_iso20_cm.EMAIDList)
    o.emaid = a0
    return o


def _mk18() -> Any:
    o = _new(_iso20_cm.EIM_ASResAuthorizationMode)
    return o


def _mk17() -> Any:
    o = _new(_iso20_cm.EIM_AReqAuthorizationMode)
    return o


def _mk16() -> Any:
    o = _new(_iso20_cm.Dynamic_SMDTControlMode)
    return o


def _ds4(D: int, T: int, p: int) -> tuple[Any, int]:
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


def _mk15(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_cm.Dynamic_SEResControlMode)
    o.departure_time = a0
    o.minimum_soc = a1
    o.target_soc = a2
    o.absolute_price_schedule = a3
    o.price_level_schedule = a4
    return o


def _ds3(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 257:
        _fail(p, 'MinimumSOC')
    p += 9
    v = (x >> 1 & 127)
    return v, p


def _mk14(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_iso20_cm.Dynamic_SEReqControlMode)
    o.departure_time = a0
    o.minimum_soc = a1
    o.target_soc = a2
    o.ev_target_energy_request = a3
    o.ev_maximum_energy_request = a4
    o.ev_minimum_energy_request = a5
    o.ev_maximum_v2_x_energy_request = a6
    o.ev_minimum_v2_x_energy_request = a7
    return o


def _mk13() -> Any:
    o = _new(_iso20_cm.Dynamic_EVPPTControlMode)
    return o


def _mk12(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.ContractCertificateChain)
    o.certificate = a0
    o.sub_certificates = a1
    return o


def _mk11(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.ChargingSchedule)
    o.power_schedule = a0
    o.absolute_price_schedule = a1
    o.price_level_schedule = a2
    return o


def _mk10(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.CertificateInstallationRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    o.cps_certificate_chain = a3
    o.signed_installation_data = a4
    o.remaining_contract_certificate_chains = a5
    return o


def _mk9(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_cm.CertificateInstallationReq)
    o.header = a0
    o.oem_provisioning_certificate_chain = a1
    o.list_of_root_certificate_i_ds = a2
    o.maximum_contract_certificate_chains = a3
    o.prioritized_emai_ds = a4
    return o


def _mk8(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.CertificateChain)
    o.certificate = a0
    o.sub_certificates = a1
    return o


def _ds2(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 3)) & 7
    if x & 5:
        _fail(p, 'CertificateInstallationService')
    p += 3
    v = (x >> 1 & 1) == 1
    return v, p


def _ds1(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 3)) & 7
    if x & 5:
        _fail(p, 'AuthorizationServices')
    p += 3
    v = _T11[(x >> 1 & 1)]
    return v, p


def _mk7(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_cm.AuthorizationSetupRes)
    o.header = a0
    o.response_code = a1
    o.authorization_services = a2
    o.certificate_installation_service = a3
    o.eim_as_res_authorization_mode = a4
    o.pn_c_as_res_authorization_mode = a5
    return o


def _mk6(a0: Any) -> Any:
    o = _new(_iso20_cm.AuthorizationSetupReq)
    o.header = a0
    return o


def _mk5(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_cm.AuthorizationRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    return o


def _mk4(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_cm.AuthorizationReq)
    o.header = a0
    o.selected_authorization_service = a1
    o.eim_a_req_authorization_mode = a2
    o.pn_c_a_req_authorization_mode = a3
    return o


def _mk3(a0: Any) -> Any:
    o = _new(_iso20_cm.AdditionalServiceList)
    o.additional_service = a0
    return o


def _mk2(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.RationalNumber)
    o.exponent = a0
    o.value = a1
    return o


def _mk1(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_cm.AdditionalService)
    o.service_name = a0
    o.service_fee = a1
    return o


def _ds0(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'TimeAnchor')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'TimeAnchor')
    p += 1
    return v, p


def _mk0(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any, a12: Any) -> Any:
    o = _new(_iso20_cm.AbsolutePriceSchedule)
    o.id = a0
    o.time_anchor = a1
    o.price_schedule_id = a2
    o.price_schedule_description = a3
    o.currency = a4
    o.language = a5
    o.price_algorithm = a6
    o.minimum_cost = a7
    o.maximum_cost = a8
    o.tax_rules = a9
    o.price_rule_stacks = a10
    o.overstay_rules = a11
    o.additional_selected_services = a12
    return o


def e_iso20_cm_AbsolutePriceSchedule(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T1[s]
    n1 = o.time_anchor
    a = e_uint_in((a << (w + 1)) | (c << 1), n1, 0, 18446744073709551615) << 1
    n2 = o.price_schedule_id
    a = e_uint_in(a << 2, n2, 1, 4294967295) << 1
    s = 3
    v3 = o.price_schedule_description
    if v3 is not None:
        if len(v3) > 160:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v3)
        s = 4
    c, w, s = _T2[s]
    if len(o.currency) > 3:
        raise _Invalid
    a = (a << w) | c
    a = e_sel_str(a, o.currency)
    if len(o.language) > 3:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.language)
    if len(o.price_algorithm) > 255:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.price_algorithm)
    s = 7
    v7 = o.minimum_cost
    if v7 is not None:
        a <<= 3
        a = e_iso20_ct_RationalNumber(v7, a)
        s = 8
    v8 = o.maximum_cost
    if v8 is not None:
        c, w, s = _T3[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v8, a)
    v9 = o.tax_rules
    if v9 is not None:
        c, w, s = _T4[s]
        a = (a << w) | c
        a = e_iso20_cm_TaxRuleList(v9, a)
    c, w, s = _T5[s]
    a = (a << w) | c
    a = e_iso20_cm_PriceRuleStackList(o.price_rule_stacks, a)
    v11 = o.overstay_rules
    if v11 is not None:
        a <<= 2
        a = e_iso20_cm_OverstayRuleList(v11, a)
        s = 12
    v12 = o.additional_selected_services
    if v12 is not None:
        c, w, s = _T6[s]
        a = (a << w) | c
        a = e_iso20_cm_AdditionalServiceList(v12, a)
    c, w = _T7[s]
    a = (a << w) | c
    return a


def d_iso20_cm_AbsolutePriceSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    f7: Any = None
    f8: Any = None
    f9: Any = None
    f10: Any = None
    f11: Any = None
    f12: Any = None
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
            f1, p = _ds0(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'AbsolutePriceSchedule', 0)
            return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = _ds0(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'AbsolutePriceSchedule', 1)
                return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'AbsolutePriceSchedule')
        p += 10
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        s = 3
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'AbsolutePriceSchedule')
        p += 3
        c = (x & 3)
        if c == 0:
            f3, p = d_sel_str(D, T, p, 160, 'PriceScheduleDescription')
            s = 4
        elif c == 1:
            f4, p = d_sel_str(D, T, p, 3, 'Currency')
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'AbsolutePriceSchedule', 3)
            return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = d_sel_str(D, T, p, 3, 'Currency')
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AbsolutePriceSchedule', 4)
                return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AbsolutePriceSchedule')
        p += 1
        f5, p = d_sel_str(D, T, p, 3, 'Language')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AbsolutePriceSchedule')
        p += 1
        f6, p = d_sel_str(D, T, p, 255, 'PriceAlgorithm')
        s = 7
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f7, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 8
        elif c == 1:
            f8, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 9
        elif c == 2:
            f9, p = d_iso20_cm_TaxRuleList(D, T, p)
            s = 10
        elif c == 3:
            f10, p = d_iso20_cm_PriceRuleStackList(D, T, p)
            s = 11
        else:
            p = _second_ee(D, T, p, c, 4, 2, 'AbsolutePriceSchedule', 7)
            return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        if s == 8:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 1:
                f9, p = d_iso20_cm_TaxRuleList(D, T, p)
                s = 10
            elif c == 2:
                f10, p = d_iso20_cm_PriceRuleStackList(D, T, p)
                s = 11
            else:
                p = _second_ee(D, T, p, c, 3, 2, 'AbsolutePriceSchedule', 8)
                return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        if s == 9:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f9, p = d_iso20_cm_TaxRuleList(D, T, p)
                s = 10
            elif c == 1:
                f10, p = d_iso20_cm_PriceRuleStackList(D, T, p)
                s = 11
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'AbsolutePriceSchedule', 9)
                return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        if s == 10:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f10, p = d_iso20_cm_PriceRuleStackList(D, T, p)
                s = 11
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AbsolutePriceSchedule', 10)
                return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p
        s = 11
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f11, p = d_iso20_cm_OverstayRuleList(D, T, p)
            s = 12
        elif c == 1:
            f12, p = d_iso20_cm_AdditionalServiceList(D, T, p)
            s = 13
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'AbsolutePriceSchedule', 11)
        if s == 12:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f12, p = d_iso20_cm_AdditionalServiceList(D, T, p)
                s = 13
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'AbsolutePriceSchedule', 12)
        if s == 13:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AbsolutePriceSchedule', 13)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AbsolutePriceSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AbsolutePriceSchedule (near grammar state {s}): {exc}') from None
    return _mk0(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12), p


def e_iso20_cm_AdditionalService(o: Any, a: int) -> int:
    if len(o.service_name) > 80:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.service_name)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.service_fee, a)
    a <<= 1
    return a


def d_iso20_cm_AdditionalService(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AdditionalService')
        p += 1
        f0, p = d_sel_str(D, T, p, 80, 'ServiceName')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AdditionalService')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AdditionalService')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AdditionalService (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AdditionalService (near grammar state {s}): {exc}') from None
    return _mk1(f0, f1), p


def e_iso20_cm_AdditionalServiceList(o: Any, a: int) -> int:
    s = 0
    for v in o.additional_service:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 4:
            a = (a << 2) | 0
            s = s + 1 if s < 4 else 5
        else:
            c, w, s = _T8[s]
            a = (a << w) | c
        a = e_iso20_cm_AdditionalService(v, a)
    c, w = _T9[s]
    a = (a << w) | c
    return a


def d_iso20_cm_AdditionalServiceList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AdditionalServiceList')
        p += 1
        y, p = d_iso20_cm_AdditionalService(D, T, p)
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
                    y, p = d_iso20_cm_AdditionalService(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 4:
                        s = 5
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'AdditionalServiceList', 1)
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
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AdditionalServiceList', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AdditionalServiceList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AdditionalServiceList (near grammar state {s}): {exc}') from None
    return _mk3(f0), p


def e_iso20_cm_AuthorizationReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.eim_a_req_authorization_mode
    a = (a << 4) | ((_T10[o.selected_authorization_service]) << 1)
    if v2 is not None:
        a <<= 2
        a = e_iso20_cm_EIM_AReqAuthorizationMode(v2, a)
        s = 3
    v3 = o.pn_c_a_req_authorization_mode
    if v3 is not None:
        c, w, s = _T12[s]
        a = (a << w) | c
        a = e_iso20_cm_PnC_AReqAuthorizationMode(v3, a)
    c, w = _T13[s]
    a = (a << w) | c
    return a


def d_iso20_cm_AuthorizationReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AuthorizationReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 6)) & 63
        if x & 52:
            _fail(p, 'AuthorizationReq')
        p += 6
        f1 = _T11[(x >> 3 & 1)]
        c = (x & 3)
        if c == 0:
            f2, p = d_iso20_cm_EIM_AReqAuthorizationMode(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_iso20_cm_PnC_AReqAuthorizationMode(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'AuthorizationReq', 2)
            return _mk4(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AuthorizationReq', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AuthorizationReq', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AuthorizationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AuthorizationReq (near grammar state {s}): {exc}') from None
    return _mk4(f0, f1, f2, f3), p


def e_iso20_cm_AuthorizationRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 15) | ((_T14[o.response_code]) << 7) | ((_T16[o.evse_processing]) << 2)
    return a


def d_iso20_cm_AuthorizationRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AuthorizationRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 15)) & 32767
        if x & 24691:
            _fail(p, 'AuthorizationRes')
        p += 15
        f1 = _T15[(x >> 7 & 63)]
        f2 = _T17[(x >> 2 & 3)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AuthorizationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AuthorizationRes (near grammar state {s}): {exc}') from None
    return _mk5(f0, f1, f2), p


def e_iso20_cm_AuthorizationSetupReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    return a


def d_iso20_cm_AuthorizationSetupReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AuthorizationSetupReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AuthorizationSetupReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AuthorizationSetupReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AuthorizationSetupReq (near grammar state {s}): {exc}') from None
    return _mk6(f0), p


def e_iso20_cm_AuthorizationSetupRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 9) | ((_T14[o.response_code]) << 1)
    s = 2
    for v in o.authorization_services:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T18[s]
        a = (a << (w + 3)) | (c << 3) | ((_T10[v]) << 1)
    c, w, s = _T19[s]
    v4 = o.eim_as_res_authorization_mode
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.certificate_installation_service]) << 1)
    if v4 is not None:
        a <<= 2
        a = e_iso20_cm_EIM_ASResAuthorizationMode(v4, a)
        s = 6
    v5 = o.pn_c_as_res_authorization_mode
    if v5 is not None:
        c, w, s = _T20[s]
        a = (a << w) | c
        a = e_iso20_cm_PnC_ASResAuthorizationMode(v5, a)
    c, w = _T21[s]
    a = (a << w) | c
    return a


def d_iso20_cm_AuthorizationSetupRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = []
    f3: Any = None
    f4: Any = None
    f5: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AuthorizationSetupRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 13)) & 8191
        if x & 6173:
            _fail(p, 'AuthorizationSetupRes')
        p += 13
        f1 = _T15[(x >> 5 & 63)]
        y = _T11[(x >> 1 & 1)]
        f2.append(y)
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = _ds1(D, T, p)
            f2.append(y)
            s = 4
        elif c == 1:
            f3, p = _ds2(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'AuthorizationSetupRes', 3)
            return _mk7(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = _ds2(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AuthorizationSetupRes', 4)
                return _mk7(f0, f1, f2, f3, f4, f5), p
        s = 5
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_iso20_cm_EIM_ASResAuthorizationMode(D, T, p)
            s = 6
        elif c == 1:
            f5, p = d_iso20_cm_PnC_ASResAuthorizationMode(D, T, p)
            s = 7
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'AuthorizationSetupRes', 5)
            return _mk7(f0, f1, f2, f3, f4, f5), p
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AuthorizationSetupRes', 6)
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AuthorizationSetupRes', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AuthorizationSetupRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AuthorizationSetupRes (near grammar state {s}): {exc}') from None
    return _mk7(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_CertificateChain(o: Any, a: int) -> int:
    if len(o.certificate) > 1600:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.certificate)
    s = 1
    v1 = o.sub_certificates
    if v1 is not None:
        a <<= 2
        a = e_iso20_cm_SubCertificates(v1, a)
        s = 2
    c, w = _T22[s]
    a = (a << w) | c
    return a


def d_iso20_cm_CertificateChain(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateChain')
        p += 1
        f0, p = d_sel_bin(D, T, p, 1600, 'Certificate')
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_cm_SubCertificates(D, T, p)
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
    return _mk8(f0, f1), p


def e_iso20_cm_CertificateInstallationReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    a = e_iso20_cm_SignedCertificateChain(o.oem_provisioning_certificate_chain, a)
    a <<= 1
    a = e_iso20_ct_ListOfRootCertificateIDs(o.list_of_root_certificate_i_ds, a)
    if not 0 <= o.maximum_contract_certificate_chains <= 255:
        raise _Invalid
    s = 4
    v4 = o.prioritized_emai_ds
    a = (a << 11) | ((o.maximum_contract_certificate_chains) << 1)
    if v4 is not None:
        a <<= 2
        a = e_iso20_cm_EMAIDList(v4, a)
        s = 5
    c, w = _T23[s]
    a = (a << w) | c
    return a


def d_iso20_cm_CertificateInstallationReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f1, p = d_iso20_cm_SignedCertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationReq')
        p += 1
        f2, p = d_iso20_ct_ListOfRootCertificateIDs(D, T, p)
        s = 4
        x = (D >> (T - p - 13)) & 8191
        if x & 6148:
            _fail(p, 'CertificateInstallationReq')
        p += 13
        f3 = (x >> 3 & 255)
        c = (x & 3)
        if c == 0:
            f4, p = d_iso20_cm_EMAIDList(D, T, p)
            s = 5
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'CertificateInstallationReq', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'CertificateInstallationReq', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateInstallationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateInstallationReq (near grammar state {s}): {exc}') from None
    return _mk9(f0, f1, f2, f3, f4), p


def e_iso20_cm_CertificateInstallationRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 15) | ((_T14[o.response_code]) << 7) | ((_T16[o.evse_processing]) << 2)
    a = e_iso20_cm_CertificateChain(o.cps_certificate_chain, a)
    a <<= 1
    a = e_iso20_cm_SignedInstallationData(o.signed_installation_data, a)
    if not 0 <= o.remaining_contract_certificate_chains <= 255:
        raise _Invalid
    a = (a << 12) | ((o.remaining_contract_certificate_chains) << 2)
    return a


def d_iso20_cm_CertificateInstallationRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 15)) & 32767
        if x & 24691:
            _fail(p, 'CertificateInstallationRes')
        p += 15
        f1 = _T15[(x >> 7 & 63)]
        f2 = _T17[(x >> 2 & 3)]
        f3, p = d_iso20_cm_CertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CertificateInstallationRes')
        p += 1
        f4, p = d_iso20_cm_SignedInstallationData(D, T, p)
        x = (D >> (T - p - 12)) & 4095
        if x & 3075:
            _fail(p, 'CertificateInstallationRes')
        p += 12
        f5 = (x >> 2 & 255)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CertificateInstallationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CertificateInstallationRes (near grammar state {s}): {exc}') from None
    return _mk10(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_ChargingSchedule(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_cm_PowerSchedule(o.power_schedule, a)
    s = 1
    v1 = o.absolute_price_schedule
    if v1 is not None:
        a <<= 2
        a = e_iso20_cm_AbsolutePriceSchedule(v1, a)
        s = 2
    v2 = o.price_level_schedule
    if v2 is not None:
        c, w, s = _T24[s]
        a = (a << w) | c
        a = e_iso20_cm_PriceLevelSchedule(v2, a)
    c, w = _T25[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ChargingSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargingSchedule')
        p += 1
        f0, p = d_iso20_cm_PowerSchedule(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_cm_AbsolutePriceSchedule(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_cm_PriceLevelSchedule(D, T, p)
            s = 3
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'ChargingSchedule', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ChargingSchedule', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ChargingSchedule', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargingSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargingSchedule (near grammar state {s}): {exc}') from None
    return _mk11(f0, f1, f2), p


def e_iso20_cm_ContractCertificateChain(o: Any, a: int) -> int:
    if len(o.certificate) > 1600:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.certificate)
    a <<= 1
    a = e_iso20_cm_SubCertificates(o.sub_certificates, a)
    a <<= 1
    return a


def d_iso20_cm_ContractCertificateChain(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ContractCertificateChain')
        p += 1
        f0, p = d_sel_bin(D, T, p, 1600, 'Certificate')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ContractCertificateChain')
        p += 1
        f1, p = d_iso20_cm_SubCertificates(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ContractCertificateChain')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ContractCertificateChain (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ContractCertificateChain (near grammar state {s}): {exc}') from None
    return _mk12(f0, f1), p


def e_iso20_cm_Dynamic_EVPPTControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_cm.Dynamic_EVPPTControlMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_cm_Dynamic_EVPPTControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_EVPPTControlMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Dynamic_EVPPTControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Dynamic_EVPPTControlMode (near grammar state {s}): {exc}') from None
    return _mk13(), p


def e_iso20_cm_Dynamic_SEReqControlMode(o: Any, a: int) -> int:
    n30 = o.departure_time
    a = e_uint_in(a << 2, n30, 0, 4294967295) << 1
    s = 1
    v1 = o.minimum_soc
    if v1 is not None:
        if not 0 <= v1 <= 100:
            raise _Invalid
        s = 2
        a = (a << 11) | ((v1) << 1)
    v2 = o.target_soc
    if v2 is not None:
        c, w, s = _T26[s]
        if not 0 <= v2 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v2) << 1)
    c, w, s = _T27[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_target_energy_request, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_energy_request, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_energy_request, a)
    s = 6
    v6 = o.ev_maximum_v2_x_energy_request
    if v6 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v6, a)
        s = 7
    v7 = o.ev_minimum_v2_x_energy_request
    if v7 is not None:
        c, w, s = _T28[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v7, a)
    c, w = _T29[s]
    a = (a << w) | c
    return a


def d_iso20_cm_Dynamic_SEReqControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'Dynamic_SEReqControlMode')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'Dynamic_SEReqControlMode')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = _ds3(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds3(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'Dynamic_SEReqControlMode', 1)
            return _mk14(f0, f1, f2, f3, f4, f5, f6, f7), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'Dynamic_SEReqControlMode', 2)
                return _mk14(f0, f1, f2, f3, f4, f5, f6, f7), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Dynamic_SEReqControlMode', 3)
                return _mk14(f0, f1, f2, f3, f4, f5, f6, f7), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_SEReqControlMode')
        p += 1
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_SEReqControlMode')
        p += 1
        f5, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 7
        elif c == 1:
            f7, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 8
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'Dynamic_SEReqControlMode', 6)
        if s == 7:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f7, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 8
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEReqControlMode', 7)
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEReqControlMode', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Dynamic_SEReqControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Dynamic_SEReqControlMode (near grammar state {s}): {exc}') from None
    return _mk14(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_iso20_cm_Dynamic_SEResControlMode(o: Any, a: int) -> int:
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 4, v0, 0, 4294967295) << 1
        s = 1
    v1 = o.minimum_soc
    if v1 is not None:
        c, w, s = _T30[s]
        if not 0 <= v1 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v1) << 1)
    v2 = o.target_soc
    if v2 is not None:
        c, w, s = _T31[s]
        if not 0 <= v2 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v2) << 1)
    v3 = o.absolute_price_schedule
    if v3 is not None:
        c, w, s = _T32[s]
        a = (a << w) | c
        a = e_iso20_cm_AbsolutePriceSchedule(v3, a)
    v4 = o.price_level_schedule
    if v4 is not None:
        c, w, s = _T33[s]
        a = (a << w) | c
        a = e_iso20_cm_PriceLevelSchedule(v4, a)
    c, w = _T34[s]
    a = (a << w) | c
    return a


def d_iso20_cm_Dynamic_SEResControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f0, p = _ds4(D, T, p)
            s = 1
        elif c == 1:
            f1, p = _ds3(D, T, p)
            s = 2
        elif c == 2:
            f2, p = _ds3(D, T, p)
            s = 3
        elif c == 3:
            f3, p = d_iso20_cm_AbsolutePriceSchedule(D, T, p)
            s = 4
        elif c == 4:
            f4, p = d_iso20_cm_PriceLevelSchedule(D, T, p)
            s = 5
        elif c == 5:
            s = -1
        else:
            _bad_code(p, c, 'Dynamic_SEResControlMode', 0)
        if s == 1:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f1, p = _ds3(D, T, p)
                s = 2
            elif c == 1:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 2:
                f3, p = d_iso20_cm_AbsolutePriceSchedule(D, T, p)
                s = 4
            elif c == 3:
                f4, p = d_iso20_cm_PriceLevelSchedule(D, T, p)
                s = 5
            elif c == 4:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEResControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_cm_AbsolutePriceSchedule(D, T, p)
                s = 4
            elif c == 2:
                f4, p = d_iso20_cm_PriceLevelSchedule(D, T, p)
                s = 5
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEResControlMode', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso20_cm_AbsolutePriceSchedule(D, T, p)
                s = 4
            elif c == 1:
                f4, p = d_iso20_cm_PriceLevelSchedule(D, T, p)
                s = 5
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEResControlMode', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEResControlMode', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_SEResControlMode', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Dynamic_SEResControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Dynamic_SEResControlMode (near grammar state {s}): {exc}') from None
    return _mk15(f0, f1, f2, f3, f4), p


def e_iso20_cm_Dynamic_SMDTControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_cm.Dynamic_SMDTControlMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_cm_Dynamic_SMDTControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_SMDTControlMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Dynamic_SMDTControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Dynamic_SMDTControlMode (near grammar state {s}): {exc}') from None
    return _mk16(), p


def e_iso20_cm_EIM_AReqAuthorizationMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_cm.EIM_AReqAuthorizationMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_cm_EIM_AReqAuthorizationMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EIM_AReqAuthorizationMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EIM_AReqAuthorizationMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EIM_AReqAuthorizationMode (near grammar state {s}): {exc}') from None
    return _mk17(), p


def e_iso20_cm_EIM_ASResAuthorizationMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_cm.EIM_ASResAuthorizationMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_cm_EIM_ASResAuthorizationMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EIM_ASResAuthorizationMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EIM_ASResAuthorizationMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EIM_ASResAuthorizationMode (near grammar state {s}): {exc}') from None
    return _mk18(), p


def e_iso20_cm_EMAIDList(o: Any, a: int) -> int:
    s = 0
    for v in o.emaid:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T35[s]
            a = (a << w) | c
        if len(v) > 255:
            raise _Invalid
        a = e_sel_str(a, v)
    c, w = _T36[s]
    a = (a << w) | c
    return a


def d_iso20_cm_EMAIDList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EMAIDList')
        p += 1
        y, p = d_sel_str(D, T, p, 255, 'EMAID')
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
                    y, p = d_sel_str(D, T, p, 255, 'EMAID')
                    f0.append(y)
                    rc += 1
                    if rc == 7:
                        s = 8
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'EMAIDList', 1)
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
                _bad_code(p, c, 'EMAIDList', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EMAIDList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EMAIDList (near grammar state {s}): {exc}') from None
    return _mk19(f0), p


def e_iso20_cm_EVAbsolutePriceSchedule(o: Any, a: int) -> int:
    n46 = o.time_anchor
    a = e_uint_in(a << 2, n46, 0, 18446744073709551615) << 1
    if len(o.currency) > 3:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.currency)
    if len(o.price_algorithm) > 255:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.price_algorithm)
    a <<= 1
    a = e_iso20_cm_EVPriceRuleStackList(o.ev_price_rule_stacks, a)
    a <<= 1
    return a


def d_iso20_cm_EVAbsolutePriceSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'EVAbsolutePriceSchedule')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'EVAbsolutePriceSchedule')
        p += 2
        f1, p = d_sel_str(D, T, p, 3, 'Currency')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVAbsolutePriceSchedule')
        p += 1
        f2, p = d_sel_str(D, T, p, 255, 'PriceAlgorithm')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVAbsolutePriceSchedule')
        p += 1
        f3, p = d_iso20_cm_EVPriceRuleStackList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVAbsolutePriceSchedule')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVAbsolutePriceSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVAbsolutePriceSchedule (near grammar state {s}): {exc}') from None
    return _mk20(f0, f1, f2, f3), p


def e_iso20_cm_EVEnergyOffer(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_cm_EVPowerSchedule(o.ev_power_schedule, a)
    a <<= 1
    a = e_iso20_cm_EVAbsolutePriceSchedule(o.ev_absolute_price_schedule, a)
    a <<= 1
    return a


def d_iso20_cm_EVEnergyOffer(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVEnergyOffer')
        p += 1
        f0, p = d_iso20_cm_EVPowerSchedule(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVEnergyOffer')
        p += 1
        f1, p = d_iso20_cm_EVAbsolutePriceSchedule(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVEnergyOffer')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVEnergyOffer (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVEnergyOffer (near grammar state {s}): {exc}') from None
    return _mk21(f0, f1), p


def e_iso20_cm_EVPowerProfile(o: Any, a: int) -> int:
    n57 = o.time_anchor
    a = e_uint_in(a << 2, n57, 0, 18446744073709551615) << 1
    s = 1
    v1 = o.dynamic_evppt_control_mode
    if v1 is not None:
        a <<= 2
        a = e_iso20_cm_Dynamic_EVPPTControlMode(v1, a)
        s = 2
    v2 = o.scheduled_evppt_control_mode
    if v2 is not None:
        c, w, s = _T37[s]
        a = (a << w) | c
        a = e_iso20_cm_Scheduled_EVPPTControlMode(v2, a)
    c, w, s = _T38[s]
    a = (a << w) | c
    a = e_iso20_cm_EVPowerProfileEntryList(o.ev_power_profile_entries, a)
    c, w = _T39[s]
    a = (a << w) | c
    return a


def d_iso20_cm_EVPowerProfile(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'EVPowerProfile')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'EVPowerProfile')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = d_iso20_cm_Dynamic_EVPPTControlMode(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_cm_Scheduled_EVPPTControlMode(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'EVPowerProfile', 1)
            return _mk23(f0, f1, f2, f3), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_cm_EVPowerProfileEntryList(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'EVPowerProfile', 2)
                return _mk23(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_cm_EVPowerProfileEntryList(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'EVPowerProfile', 3)
                return _mk23(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPowerProfile')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPowerProfile (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPowerProfile (near grammar state {s}): {exc}') from None
    return _mk23(f0, f1, f2, f3), p


def e_iso20_cm_EVPowerProfileEntryList(o: Any, a: int) -> int:
    s = 0
    for v in o.ev_power_profile_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 2047:
            a = (a << 2) | 0
            s = s + 1 if s < 2047 else 2048
        else:
            c, w, s = _T40[s]
            a = (a << w) | c
        a = e_iso20_cm_PowerScheduleEntry(v, a)
    if 1 <= s <= 2047:
        a = (a << 2) | 1
    else:
        c, w = _T41[s]
        a = (a << w) | c
    return a


def d_iso20_cm_EVPowerProfileEntryList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_PowerScheduleEntry(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'EVPowerProfileEntryList', 0)
                return _mk24(f0), p
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
                    y, p = d_iso20_cm_PowerScheduleEntry(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 2047:
                        s = 2048
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'EVPowerProfileEntryList', 1)
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
        if s == 2048:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'EVPowerProfileEntryList', 2048)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPowerProfileEntryList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPowerProfileEntryList (near grammar state {s}): {exc}') from None
    return _mk24(f0), p


def e_iso20_cm_EVPowerSchedule(o: Any, a: int) -> int:
    n59 = o.time_anchor
    a = e_uint_in(a << 2, n59, 0, 18446744073709551615) << 1
    a <<= 1
    a = e_iso20_cm_EVPowerScheduleEntryList(o.ev_power_schedule_entries, a)
    a <<= 1
    return a


def d_iso20_cm_EVPowerSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'EVPowerSchedule')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'EVPowerSchedule')
        p += 2
        f1, p = d_iso20_cm_EVPowerScheduleEntryList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPowerSchedule')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPowerSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPowerSchedule (near grammar state {s}): {exc}') from None
    return _mk22(f0, f1), p


def e_iso20_cm_EVPowerScheduleEntry(o: Any, a: int) -> int:
    n62 = o.duration
    a = e_uint_in(a << 2, n62, 0, 4294967295) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.power, a)
    a <<= 1
    return a


def d_iso20_cm_EVPowerScheduleEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'EVPowerScheduleEntry')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'EVPowerScheduleEntry')
        p += 2
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPowerScheduleEntry')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPowerScheduleEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPowerScheduleEntry (near grammar state {s}): {exc}') from None
    return _mk25(f0, f1), p


def e_iso20_cm_EVPowerScheduleEntryList(o: Any, a: int) -> int:
    s = 0
    for v in o.ev_power_schedule_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 1023:
            a = (a << 2) | 0
            s = s + 1 if s < 1023 else 1024
        else:
            c, w, s = _T42[s]
            a = (a << w) | c
        a = e_iso20_cm_EVPowerScheduleEntry(v, a)
    if 1 <= s <= 1023:
        a = (a << 2) | 1
    else:
        c, w = _T43[s]
        a = (a << w) | c
    return a


def d_iso20_cm_EVPowerScheduleEntryList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_EVPowerScheduleEntry(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'EVPowerScheduleEntryList', 0)
                return _mk26(f0), p
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
                    y, p = d_iso20_cm_EVPowerScheduleEntry(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1024
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'EVPowerScheduleEntryList', 1)
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
                _bad_code(p, c, 'EVPowerScheduleEntryList', 1024)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPowerScheduleEntryList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPowerScheduleEntryList (near grammar state {s}): {exc}') from None
    return _mk26(f0), p


def e_iso20_cm_EVPriceRule(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.energy_fee, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.power_range_start, a)
    a <<= 1
    return a


def d_iso20_cm_EVPriceRule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPriceRule')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPriceRule')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'EVPriceRule')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPriceRule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPriceRule (near grammar state {s}): {exc}') from None
    return _mk27(f0, f1), p


def e_iso20_cm_EVPriceRuleStack(o: Any, a: int) -> int:
    n87 = o.duration
    a = e_uint_in(a << 2, n87, 0, 4294967295) << 1
    s = 1
    for v in o.ev_price_rule:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 2 <= s <= 8:
            a = (a << 2) | 0
            s = s + 1 if s < 8 else 9
        else:
            c, w, s = _T44[s]
            a = (a << w) | c
        a = e_iso20_cm_EVPriceRule(v, a)
    c, w = _T45[s]
    a = (a << w) | c
    return a


def d_iso20_cm_EVPriceRuleStack(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'EVPriceRuleStack')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'EVPriceRuleStack')
        p += 2
        y, p = d_iso20_cm_EVPriceRule(D, T, p)
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
                    y, p = d_iso20_cm_EVPriceRule(D, T, p)
                    f1.append(y)
                    rc += 1
                    if rc == 7:
                        s = 9
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'EVPriceRuleStack', 2)
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
        if s == 9:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'EVPriceRuleStack', 9)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPriceRuleStack (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPriceRuleStack (near grammar state {s}): {exc}') from None
    return _mk28(f0, f1), p


def e_iso20_cm_EVPriceRuleStackList(o: Any, a: int) -> int:
    s = 0
    for v in o.ev_price_rule_stack:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 1023:
            a = (a << 2) | 0
            s = s + 1 if s < 1023 else 1024
        else:
            c, w, s = _T46[s]
            a = (a << w) | c
        a = e_iso20_cm_EVPriceRuleStack(v, a)
    if 1 <= s <= 1023:
        a = (a << 2) | 1
    else:
        c, w = _T47[s]
        a = (a << w) | c
    return a


def d_iso20_cm_EVPriceRuleStackList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_EVPriceRuleStack(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'EVPriceRuleStackList', 0)
                return _mk29(f0), p
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
                    y, p = d_iso20_cm_EVPriceRuleStack(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1024
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'EVPriceRuleStackList', 1)
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
                _bad_code(p, c, 'EVPriceRuleStackList', 1024)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVPriceRuleStackList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVPriceRuleStackList (near grammar state {s}): {exc}') from None
    return _mk29(f0), p


def e_iso20_cm_MeteringConfirmationReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    a = e_iso20_cm_SignedMeteringData(o.signed_metering_data, a)
    a <<= 1
    return a


def d_iso20_cm_MeteringConfirmationReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringConfirmationReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringConfirmationReq')
        p += 1
        f1, p = d_iso20_cm_SignedMeteringData(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringConfirmationReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeteringConfirmationReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeteringConfirmationReq (near grammar state {s}): {exc}') from None
    return _mk30(f0, f1), p


def e_iso20_cm_MeteringConfirmationRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T14[o.response_code]) << 2)
    return a


def d_iso20_cm_MeteringConfirmationRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'MeteringConfirmationRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'MeteringConfirmationRes')
        p += 10
        f1 = _T15[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeteringConfirmationRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeteringConfirmationRes (near grammar state {s}): {exc}') from None
    return _mk31(f0, f1), p


def e_iso20_cm_OverstayRule(o: Any, a: int) -> int:
    s = 0
    v0 = o.overstay_rule_description
    if v0 is not None:
        if len(v0) > 160:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v0)
        s = 1
    c, w, s = _T48[s]
    n97 = o.start_time
    a = e_uint_in((a << (w + 1)) | (c << 1), n97, 0, 4294967295) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.overstay_fee, a)
    n101 = o.overstay_fee_period
    a = e_uint_in(a << 2, n101, 0, 4294967295) << 1
    a <<= 1
    return a


def d_iso20_cm_OverstayRule(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = d_sel_str(D, T, p, 160, 'OverstayRuleDescription')
            s = 1
        elif c == 1:
            f1, p = _ds4(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'OverstayRule', 0)
            return _mk32(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = _ds4(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'OverstayRule', 1)
                return _mk32(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'OverstayRule')
        p += 1
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'OverstayRule')
        p += 10
        f3 = x & 127
        if x & 128:
            f3, p = d_uint_more(D, T, p, f3, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'OverstayRule')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in OverstayRule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in OverstayRule (near grammar state {s}): {exc}') from None
    return _mk32(f0, f1, f2, f3), p


def e_iso20_cm_OverstayRuleList(o: Any, a: int) -> int:
    s = 0
    v0 = o.overstay_time_threshold
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    v1 = o.overstay_power_threshold
    if v1 is not None:
        c, w, s = _T49[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v1, a)
    for v in o.overstay_rule:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 3 <= s <= 6:
            a = (a << 2) | 0
            s = s + 1 if s < 6 else 7
        else:
            c, w, s = _T50[s]
            a = (a << w) | c
        a = e_iso20_cm_OverstayRule(v, a)
    c, w = _T51[s]
    a = (a << w) | c
    return a


def d_iso20_cm_OverstayRuleList(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = _ds4(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 2:
            y, p = d_iso20_cm_OverstayRule(D, T, p)
            f2.append(y)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 3, 3, 'OverstayRuleList', 0)
            return _mk33(f0, f1, f2), p
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 2
            elif c == 1:
                y, p = d_iso20_cm_OverstayRule(D, T, p)
                f2.append(y)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'OverstayRuleList', 1)
                return _mk33(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_OverstayRule(D, T, p)
                f2.append(y)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'OverstayRuleList', 2)
                return _mk33(f0, f1, f2), p
        rc = 0
        s = 3
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
                    y, p = d_iso20_cm_OverstayRule(D, T, p)
                    f2.append(y)
                    rc += 1
                    if rc == 4:
                        s = 7
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'OverstayRuleList', 3)
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
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'OverstayRuleList', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in OverstayRuleList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in OverstayRuleList (near grammar state {s}): {exc}') from None
    return _mk33(f0, f1, f2), p


def e_iso20_cm_Parameter(o: Any, a: int) -> int:
    if len(o.name) > 80:
        raise _Invalid
    a <<= 1
    a = e_str(a, o.name)
    s = 1
    v1 = o.bool_value
    if v1 is not None:
        s = 2
        a = (a << 6) | ((_BOOL[v1]) << 1)
    v2 = o.byte_value
    if v2 is not None:
        c, w, s = _T52[s]
        h105 = v2 + 128
        if h105 >> 8:
            raise _Invalid
        a = (a << (w + 10)) | (c << 10) | ((h105) << 1)
    v3 = o.short_value
    if v3 is not None:
        c, w, s = _T53[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v3, -32768, 32767) << 1
    v4 = o.int_value
    if v4 is not None:
        c, w, s = _T54[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v4, -2147483648, 2147483647) << 1
    v5 = o.rational_number
    if v5 is not None:
        c, w, s = _T55[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v5, a)
    v6 = o.finite_string
    if v6 is not None:
        c, w, s = _T56[s]
        if len(v6) > 80:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_str(a, v6)
    c, w = _T57[s]
    a = (a << w) | c
    return a


def d_iso20_cm_Parameter(D: int, T: int, p: int) -> tuple[Any, int]:
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
        f0, p = d_str(D, T, p, 80)
        s = 1
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f1, p = _ds2(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds5(D, T, p)
            s = 3
        elif c == 2:
            f3, p = _ds6(D, T, p)
            s = 4
        elif c == 3:
            f4, p = _ds7(D, T, p)
            s = 5
        elif c == 4:
            f5, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 6
        elif c == 5:
            f6, p = d_sel_str(D, T, p, 80, 'finiteString')
            s = 7
        else:
            p = _second_ee(D, T, p, c, 6, 3, 'Parameter', 1)
            return _mk34(f0, f1, f2, f3, f4, f5, f6), p
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
    return _mk34(f0, f1, f2, f3, f4, f5, f6), p


def e_iso20_cm_ParameterSet(o: Any, a: int) -> int:
    n109 = o.parameter_set_id
    a = e_uint_in(a << 2, n109, 0, 65535) << 1
    s = 1
    for v in o.parameter:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 2 <= s <= 32:
            a = (a << 2) | 0
            s = s + 1 if s < 32 else 33
        else:
            c, w, s = _T58[s]
            a = (a << w) | c
        a = e_iso20_cm_Parameter(v, a)
    if 2 <= s <= 32:
        a = (a << 2) | 1
    else:
        c, w = _T59[s]
        a = (a << w) | c
    return a


def d_iso20_cm_ParameterSet(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ParameterSet')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ParameterSet')
        p += 2
        y, p = d_iso20_cm_Parameter(D, T, p)
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
                    y, p = d_iso20_cm_Parameter(D, T, p)
                    f1.append(y)
                    rc += 1
                    if rc == 31:
                        s = 33
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
        if s == 33:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ParameterSet', 33)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ParameterSet (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ParameterSet (near grammar state {s}): {exc}') from None
    return _mk35(f0, f1), p


def e_iso20_cm_PnC_AReqAuthorizationMode(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if len(o.gen_challenge) > 16:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.gen_challenge)
    a <<= 1
    a = e_iso20_cm_ContractCertificateChain(o.contract_certificate_chain, a)
    a <<= 1
    return a


def d_iso20_cm_PnC_AReqAuthorizationMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PnC_AReqAuthorizationMode')
        p += 1
        f0, p = d_str(D, T, p, None)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PnC_AReqAuthorizationMode')
        p += 1
        f1, p = d_sel_bin(D, T, p, 16, 'GenChallenge')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PnC_AReqAuthorizationMode')
        p += 1
        f2, p = d_iso20_cm_ContractCertificateChain(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PnC_AReqAuthorizationMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PnC_AReqAuthorizationMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PnC_AReqAuthorizationMode (near grammar state {s}): {exc}') from None
    return _mk36(f0, f1, f2), p


def e_iso20_cm_PnC_ASResAuthorizationMode(o: Any, a: int) -> int:
    if len(o.gen_challenge) > 16:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.gen_challenge)
    s = 1
    v1 = o.supported_providers
    if v1 is not None:
        a <<= 2
        a = e_iso20_cm_SupportedProvidersList(v1, a)
        s = 2
    c, w = _T60[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PnC_ASResAuthorizationMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PnC_ASResAuthorizationMode')
        p += 1
        f0, p = d_sel_bin(D, T, p, 16, 'GenChallenge')
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_cm_SupportedProvidersList(D, T, p)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'PnC_ASResAuthorizationMode', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PnC_ASResAuthorizationMode', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PnC_ASResAuthorizationMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PnC_ASResAuthorizationMode (near grammar state {s}): {exc}') from None
    return _mk37(f0, f1), p


def e_iso20_cm_PowerDeliveryReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 3
    v3 = o.ev_power_profile
    a = (a << 10) | ((_T16[o.ev_processing]) << 6) | ((_T61[o.charge_progress]) << 1)
    if v3 is not None:
        a <<= 2
        a = e_iso20_cm_EVPowerProfile(v3, a)
        s = 4
    v4 = o.bpt_channel_selection
    if v4 is not None:
        c, w, s = _T65[s]
        a = (a << (w + 3)) | (c << 3) | ((_T63[v4]) << 1)
    c, w = _T66[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PowerDeliveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PowerDeliveryReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 3
        x = (D >> (T - p - 12)) & 4095
        if x & 3300:
            _fail(p, 'PowerDeliveryReq')
        p += 12
        f1 = _T17[(x >> 8 & 3)]
        f2 = _T62[(x >> 3 & 3)]
        c = (x & 3)
        if c == 0:
            f3, p = d_iso20_cm_EVPowerProfile(D, T, p)
            s = 4
        elif c == 1:
            f4, p = _ds8(D, T, p)
            s = 5
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'PowerDeliveryReq', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = _ds8(D, T, p)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryReq', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryReq', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerDeliveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerDeliveryReq (near grammar state {s}): {exc}') from None
    return _mk38(f0, f1, f2, f3, f4), p


def e_iso20_cm_PowerDeliveryRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.evse_status
    a = (a << 9) | ((_T14[o.response_code]) << 1)
    if v2 is not None:
        a <<= 2
        a = e_iso20_ct_EVSEStatus(v2, a)
        s = 3
    c, w = _T69[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PowerDeliveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PowerDeliveryRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 11)) & 2047
        if x & 1540:
            _fail(p, 'PowerDeliveryRes')
        p += 11
        f1 = _T15[(x >> 3 & 63)]
        c = (x & 3)
        if c == 0:
            f2, p = d_iso20_ct_EVSEStatus(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'PowerDeliveryRes', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PowerDeliveryRes', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerDeliveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerDeliveryRes (near grammar state {s}): {exc}') from None
    return _mk39(f0, f1, f2), p


def e_iso20_cm_PowerSchedule(o: Any, a: int) -> int:
    n115 = o.time_anchor
    a = e_uint_in(a << 2, n115, 0, 18446744073709551615) << 1
    s = 1
    v1 = o.available_energy
    if v1 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v1, a)
        s = 2
    v2 = o.power_tolerance
    if v2 is not None:
        c, w, s = _T70[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w, s = _T71[s]
    a = (a << w) | c
    a = e_iso20_cm_PowerScheduleEntryList(o.power_schedule_entries, a)
    c, w = _T72[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PowerSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'PowerSchedule')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'PowerSchedule')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_cm_PowerScheduleEntryList(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'PowerSchedule', 1)
            return _mk40(f0, f1, f2, f3), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_cm_PowerScheduleEntryList(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'PowerSchedule', 2)
                return _mk40(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_cm_PowerScheduleEntryList(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'PowerSchedule', 3)
                return _mk40(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PowerSchedule')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerSchedule (near grammar state {s}): {exc}') from None
    return _mk40(f0, f1, f2, f3), p


def e_iso20_cm_PowerScheduleEntry(o: Any, a: int) -> int:
    n124 = o.duration
    a = e_uint_in(a << 2, n124, 0, 4294967295) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.power, a)
    s = 2
    v2 = o.power_l2
    if v2 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v2, a)
        s = 3
    v3 = o.power_l3
    if v3 is not None:
        c, w, s = _T73[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v3, a)
    c, w = _T74[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PowerScheduleEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'PowerScheduleEntry')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'PowerScheduleEntry')
        p += 2
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'PowerScheduleEntry', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'PowerScheduleEntry', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PowerScheduleEntry', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerScheduleEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerScheduleEntry (near grammar state {s}): {exc}') from None
    return _mk41(f0, f1, f2, f3), p


def e_iso20_cm_PowerScheduleEntryList(o: Any, a: int) -> int:
    s = 0
    for v in o.power_schedule_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 1023:
            a = (a << 2) | 0
            s = s + 1 if s < 1023 else 1024
        else:
            c, w, s = _T75[s]
            a = (a << w) | c
        a = e_iso20_cm_PowerScheduleEntry(v, a)
    if 1 <= s <= 1023:
        a = (a << 2) | 1
    else:
        c, w = _T76[s]
        a = (a << w) | c
    return a


def d_iso20_cm_PowerScheduleEntryList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_PowerScheduleEntry(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'PowerScheduleEntryList', 0)
                return _mk42(f0), p
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
                    y, p = d_iso20_cm_PowerScheduleEntry(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1024
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PowerScheduleEntryList', 1)
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
                _bad_code(p, c, 'PowerScheduleEntryList', 1024)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PowerScheduleEntryList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PowerScheduleEntryList (near grammar state {s}): {exc}') from None
    return _mk42(f0), p


def e_iso20_cm_PriceLevelSchedule(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T77[s]
    n134 = o.time_anchor
    a = e_uint_in((a << (w + 1)) | (c << 1), n134, 0, 18446744073709551615) << 1
    n135 = o.price_schedule_id
    a = e_uint_in(a << 2, n135, 1, 4294967295) << 1
    s = 3
    v3 = o.price_schedule_description
    if v3 is not None:
        if len(v3) > 160:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v3)
        s = 4
    c, w, s = _T78[s]
    if not 0 <= o.number_of_price_levels <= 255:
        raise _Invalid
    a = (a << (w + 11)) | (c << 11) | ((o.number_of_price_levels) << 2)
    a = e_iso20_cm_PriceLevelScheduleEntryList(o.price_level_schedule_entries, a)
    a <<= 1
    return a


def d_iso20_cm_PriceLevelSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
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
            f1, p = _ds0(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'PriceLevelSchedule', 0)
            return _mk43(f0, f1, f2, f3, f4, f5), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = _ds0(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'PriceLevelSchedule', 1)
                return _mk43(f0, f1, f2, f3, f4, f5), p
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'PriceLevelSchedule')
        p += 10
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        s = 3
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'PriceLevelSchedule')
        p += 3
        c = (x & 3)
        if c == 0:
            f3, p = d_sel_str(D, T, p, 160, 'PriceScheduleDescription')
            s = 4
        elif c == 1:
            f4, p = _ds9(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'PriceLevelSchedule', 3)
            return _mk43(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = _ds9(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'PriceLevelSchedule', 4)
                return _mk43(f0, f1, f2, f3, f4, f5), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PriceLevelSchedule')
        p += 1
        f5, p = d_iso20_cm_PriceLevelScheduleEntryList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PriceLevelSchedule')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceLevelSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceLevelSchedule (near grammar state {s}): {exc}') from None
    return _mk43(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_PriceLevelScheduleEntry(o: Any, a: int) -> int:
    n136 = o.duration
    a = e_uint_in(a << 2, n136, 0, 4294967295) << 1
    if not 0 <= o.price_level <= 255:
        raise _Invalid
    a = (a << 12) | ((o.price_level) << 2)
    return a


def d_iso20_cm_PriceLevelScheduleEntry(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'PriceLevelScheduleEntry')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        x = (D >> (T - p - 13)) & 8191
        if x & 7171:
            _fail(p, 'PriceLevelScheduleEntry')
        p += 13
        f1 = (x >> 2 & 255)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceLevelScheduleEntry (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceLevelScheduleEntry (near grammar state {s}): {exc}') from None
    return _mk44(f0, f1), p


def e_iso20_cm_PriceLevelScheduleEntryList(o: Any, a: int) -> int:
    s = 0
    for v in o.price_level_schedule_entry:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 1023:
            a = (a << 2) | 0
            s = s + 1 if s < 1023 else 1024
        else:
            c, w, s = _T79[s]
            a = (a << w) | c
        a = e_iso20_cm_PriceLevelScheduleEntry(v, a)
    if 1 <= s <= 1023:
        a = (a << 2) | 1
    else:
        c, w = _T80[s]
        a = (a << w) | c
    return a


def d_iso20_cm_PriceLevelScheduleEntryList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_PriceLevelScheduleEntry(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'PriceLevelScheduleEntryList', 0)
                return _mk45(f0), p
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
                    y, p = d_iso20_cm_PriceLevelScheduleEntry(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1024
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PriceLevelScheduleEntryList', 1)
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
                _bad_code(p, c, 'PriceLevelScheduleEntryList', 1024)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceLevelScheduleEntryList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceLevelScheduleEntryList (near grammar state {s}): {exc}') from None
    return _mk45(f0), p


def e_iso20_cm_PriceRule(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.energy_fee, a)
    s = 1
    v1 = o.parking_fee
    if v1 is not None:
        a <<= 3
        a = e_iso20_ct_RationalNumber(v1, a)
        s = 2
    v2 = o.parking_fee_period
    if v2 is not None:
        c, w, s = _T81[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v2, 0, 4294967295) << 1
    v3 = o.carbon_dioxide_emission
    if v3 is not None:
        c, w, s = _T82[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v3, 0, 65535) << 1
    v4 = o.renewable_generation_percentage
    if v4 is not None:
        c, w, s = _T83[s]
        if not 0 <= v4 <= 255:
            raise _Invalid
        a = (a << (w + 10)) | (c << 10) | ((v4) << 1)
    c, w, s = _T84[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.power_range_start, a)
    c, w = _T85[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PriceRule(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'PriceRule')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 1
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds4(D, T, p)
            s = 3
        elif c == 2:
            f3, p = _ds10(D, T, p)
            s = 4
        elif c == 3:
            f4, p = _ds9(D, T, p)
            s = 5
        elif c == 4:
            f5, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 6
        else:
            p = _second_ee(D, T, p, c, 5, 2, 'PriceRule', 1)
            return _mk46(f0, f1, f2, f3, f4, f5), p
        if s == 2:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f2, p = _ds4(D, T, p)
                s = 3
            elif c == 1:
                f3, p = _ds10(D, T, p)
                s = 4
            elif c == 2:
                f4, p = _ds9(D, T, p)
                s = 5
            elif c == 3:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            else:
                p = _second_ee(D, T, p, c, 4, 2, 'PriceRule', 2)
                return _mk46(f0, f1, f2, f3, f4, f5), p
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = _ds10(D, T, p)
                s = 4
            elif c == 1:
                f4, p = _ds9(D, T, p)
                s = 5
            elif c == 2:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            else:
                p = _second_ee(D, T, p, c, 3, 2, 'PriceRule', 3)
                return _mk46(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = _ds9(D, T, p)
                s = 5
            elif c == 1:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'PriceRule', 4)
                return _mk46(f0, f1, f2, f3, f4, f5), p
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'PriceRule', 5)
                return _mk46(f0, f1, f2, f3, f4, f5), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'PriceRule')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceRule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceRule (near grammar state {s}): {exc}') from None
    return _mk46(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_PriceRuleStack(o: Any, a: int) -> int:
    n150 = o.duration
    a = e_uint_in(a << 2, n150, 0, 4294967295) << 1
    s = 1
    for v in o.price_rule:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 2 <= s <= 8:
            a = (a << 2) | 0
            s = s + 1 if s < 8 else 9
        else:
            c, w, s = _T86[s]
            a = (a << w) | c
        a = e_iso20_cm_PriceRule(v, a)
    c, w = _T87[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PriceRuleStack(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'PriceRuleStack')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'PriceRuleStack')
        p += 2
        y, p = d_iso20_cm_PriceRule(D, T, p)
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
                    y, p = d_iso20_cm_PriceRule(D, T, p)
                    f1.append(y)
                    rc += 1
                    if rc == 7:
                        s = 9
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PriceRuleStack', 2)
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
        if s == 9:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PriceRuleStack', 9)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceRuleStack (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceRuleStack (near grammar state {s}): {exc}') from None
    return _mk47(f0, f1), p


def e_iso20_cm_PriceRuleStackList(o: Any, a: int) -> int:
    s = 0
    for v in o.price_rule_stack:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 1023:
            a = (a << 2) | 0
            s = s + 1 if s < 1023 else 1024
        else:
            c, w, s = _T88[s]
            a = (a << w) | c
        a = e_iso20_cm_PriceRuleStack(v, a)
    if 1 <= s <= 1023:
        a = (a << 2) | 1
    else:
        c, w = _T89[s]
        a = (a << w) | c
    return a


def d_iso20_cm_PriceRuleStackList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if s == 0:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_iso20_cm_PriceRuleStack(D, T, p)
                f0.append(y)
                s = 1
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'PriceRuleStackList', 0)
                return _mk48(f0), p
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
                    y, p = d_iso20_cm_PriceRuleStack(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 1023:
                        s = 1024
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PriceRuleStackList', 1)
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
                _bad_code(p, c, 'PriceRuleStackList', 1024)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceRuleStackList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceRuleStackList (near grammar state {s}): {exc}') from None
    return _mk48(f0), p


def e_iso20_cm_PriceSchedule(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_cm.PriceSchedule:
        raise _Invalid
    n151 = o.time_anchor
    a = e_uint_in(a << 2, n151, 0, 18446744073709551615) << 1
    n152 = o.price_schedule_id
    a = e_uint_in(a << 2, n152, 1, 4294967295) << 1
    s = 2
    v2 = o.price_schedule_description
    if v2 is not None:
        if len(v2) > 160:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v2)
        s = 3
    c, w = _T90[s]
    a = (a << w) | c
    return a


def d_iso20_cm_PriceSchedule(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'PriceSchedule')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'PriceSchedule')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        s = 2
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'PriceSchedule')
        p += 3
        c = (x & 3)
        if c == 0:
            f2, p = d_sel_str(D, T, p, 160, 'PriceScheduleDescription')
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'PriceSchedule', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'PriceSchedule', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in PriceSchedule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PriceSchedule (near grammar state {s}): {exc}') from None
    return _mk49(f0, f1, f2), p


def e_iso20_cm_ScheduleExchangeReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    if not 12 <= o.maximum_supporting_points <= 1024:
        raise _Invalid
    s = 2
    v2 = o.dynamic_se_req_control_mode
    a = (a << 13) | (((o.maximum_supporting_points - 12)) << 1)
    if v2 is not None:
        a <<= 2
        a = e_iso20_cm_Dynamic_SEReqControlMode(v2, a)
        s = 3
    v3 = o.scheduled_se_req_control_mode
    if v3 is not None:
        c, w, s = _T91[s]
        a = (a << w) | c
        a = e_iso20_cm_Scheduled_SEReqControlMode(v3, a)
    c, w = _T92[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ScheduleExchangeReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ScheduleExchangeReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 15)) & 32767
        if x & 24580:
            _fail(p, 'ScheduleExchangeReq')
        p += 15
        f1 = (x >> 3 & 1023) + 12
        c = (x & 3)
        if c == 0:
            f2, p = d_iso20_cm_Dynamic_SEReqControlMode(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_iso20_cm_Scheduled_SEReqControlMode(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ScheduleExchangeReq', 2)
            return _mk50(f0, f1, f2, f3), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ScheduleExchangeReq', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ScheduleExchangeReq', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ScheduleExchangeReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ScheduleExchangeReq (near grammar state {s}): {exc}') from None
    return _mk50(f0, f1, f2, f3), p


def e_iso20_cm_ScheduleExchangeRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 3
    v3 = o.go_to_pause
    a = (a << 14) | ((_T14[o.response_code]) << 6) | ((_T16[o.evse_processing]) << 1)
    if v3 is not None:
        s = 4
        a = (a << 5) | ((_BOOL[v3]) << 1)
    v4 = o.dynamic_se_res_control_mode
    if v4 is not None:
        c, w, s = _T93[s]
        a = (a << w) | c
        a = e_iso20_cm_Dynamic_SEResControlMode(v4, a)
    v5 = o.scheduled_se_res_control_mode
    if v5 is not None:
        c, w, s = _T94[s]
        a = (a << w) | c
        a = e_iso20_cm_Scheduled_SEResControlMode(v5, a)
    c, w = _T95[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ScheduleExchangeRes(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'ScheduleExchangeRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 3
        x = (D >> (T - p - 16)) & 65535
        if x & 49380:
            _fail(p, 'ScheduleExchangeRes')
        p += 16
        f1 = _T15[(x >> 8 & 63)]
        f2 = _T17[(x >> 3 & 3)]
        c = (x & 3)
        if c == 0:
            f3, p = _ds2(D, T, p)
            s = 4
        elif c == 1:
            f4, p = d_iso20_cm_Dynamic_SEResControlMode(D, T, p)
            s = 5
        elif c == 2:
            f5, p = d_iso20_cm_Scheduled_SEResControlMode(D, T, p)
            s = 6
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'ScheduleExchangeRes', 3)
            return _mk51(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_cm_Dynamic_SEResControlMode(D, T, p)
                s = 5
            elif c == 1:
                f5, p = d_iso20_cm_Scheduled_SEResControlMode(D, T, p)
                s = 6
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'ScheduleExchangeRes', 4)
                return _mk51(f0, f1, f2, f3, f4, f5), p
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ScheduleExchangeRes', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ScheduleExchangeRes', 6)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ScheduleExchangeRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ScheduleExchangeRes (near grammar state {s}): {exc}') from None
    return _mk51(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_ScheduleTuple(o: Any, a: int) -> int:
    n153 = o.schedule_tuple_id
    a = e_uint_in(a << 2, n153, 1, 4294967295) << 1
    a <<= 1
    a = e_iso20_cm_ChargingSchedule(o.charging_schedule, a)
    s = 2
    v2 = o.discharging_schedule
    if v2 is not None:
        a <<= 2
        a = e_iso20_cm_ChargingSchedule(v2, a)
        s = 3
    c, w = _T96[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ScheduleTuple(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ScheduleTuple')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ScheduleTuple')
        p += 2
        f1, p = d_iso20_cm_ChargingSchedule(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso20_cm_ChargingSchedule(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ScheduleTuple', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ScheduleTuple', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ScheduleTuple (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ScheduleTuple (near grammar state {s}): {exc}') from None
    return _mk52(f0, f1, f2), p


def e_iso20_cm_Scheduled_EVPPTControlMode(o: Any, a: int) -> int:
    n154 = o.selected_schedule_tuple_id
    a = e_uint_in(a << 2, n154, 1, 4294967295) << 1
    s = 1
    v1 = o.power_tolerance_acceptance
    if v1 is not None:
        s = 2
        a = (a << 5) | ((_T97[v1]) << 1)
    c, w = _T99[s]
    a = (a << w) | c
    return a


def d_iso20_cm_Scheduled_EVPPTControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'Scheduled_EVPPTControlMode')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'Scheduled_EVPPTControlMode')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = _ds11(D, T, p)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'Scheduled_EVPPTControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_EVPPTControlMode', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Scheduled_EVPPTControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Scheduled_EVPPTControlMode (near grammar state {s}): {exc}') from None
    return _mk53(f0, f1), p


def e_iso20_cm_Scheduled_SEReqControlMode(o: Any, a: int) -> int:
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 4, v0, 0, 4294967295) << 1
        s = 1
    v1 = o.ev_target_energy_request
    if v1 is not None:
        c, w, s = _T100[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v1, a)
    v2 = o.ev_maximum_energy_request
    if v2 is not None:
        c, w, s = _T101[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    v3 = o.ev_minimum_energy_request
    if v3 is not None:
        c, w, s = _T102[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v3, a)
    v4 = o.ev_energy_offer
    if v4 is not None:
        c, w, s = _T103[s]
        a = (a << w) | c
        a = e_iso20_cm_EVEnergyOffer(v4, a)
    c, w = _T104[s]
    a = (a << w) | c
    return a


def d_iso20_cm_Scheduled_SEReqControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f0, p = _ds4(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 2:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 3:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        elif c == 4:
            f4, p = d_iso20_cm_EVEnergyOffer(D, T, p)
            s = 5
        elif c == 5:
            s = -1
        else:
            _bad_code(p, c, 'Scheduled_SEReqControlMode', 0)
        if s == 1:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f1, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 2
            elif c == 1:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 2:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            elif c == 3:
                f4, p = d_iso20_cm_EVEnergyOffer(D, T, p)
                s = 5
            elif c == 4:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEReqControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            elif c == 2:
                f4, p = d_iso20_cm_EVEnergyOffer(D, T, p)
                s = 5
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEReqControlMode', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            elif c == 1:
                f4, p = d_iso20_cm_EVEnergyOffer(D, T, p)
                s = 5
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEReqControlMode', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_cm_EVEnergyOffer(D, T, p)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEReqControlMode', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEReqControlMode', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Scheduled_SEReqControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Scheduled_SEReqControlMode (near grammar state {s}): {exc}') from None
    return _mk54(f0, f1, f2, f3, f4), p


def e_iso20_cm_Scheduled_SEResControlMode(o: Any, a: int) -> int:
    s = 0
    for v in o.schedule_tuple:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T105[s]
        a = (a << w) | c
        a = e_iso20_cm_ScheduleTuple(v, a)
    c, w = _T106[s]
    a = (a << w) | c
    return a


def d_iso20_cm_Scheduled_SEResControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Scheduled_SEResControlMode')
        p += 1
        y, p = d_iso20_cm_ScheduleTuple(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_iso20_cm_ScheduleTuple(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'Scheduled_SEResControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso20_cm_ScheduleTuple(D, T, p)
                f0.append(y)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEResControlMode', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_SEResControlMode', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Scheduled_SEResControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Scheduled_SEResControlMode (near grammar state {s}): {exc}') from None
    return _mk55(f0), p


def e_iso20_cm_Scheduled_SMDTControlMode(o: Any, a: int) -> int:
    n169 = o.selected_schedule_tuple_id
    a = e_uint_in(a << 2, n169, 1, 4294967295) << 1
    a <<= 1
    return a


def d_iso20_cm_Scheduled_SMDTControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'Scheduled_SMDTControlMode')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'Scheduled_SMDTControlMode')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Scheduled_SMDTControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Scheduled_SMDTControlMode (near grammar state {s}): {exc}') from None
    return _mk56(f0), p


def e_iso20_cm_SelectedService(o: Any, a: int) -> int:
    n170 = o.service_id
    a = e_uint_in(a << 2, n170, 0, 65535) << 1
    n171 = o.parameter_set_id
    a = e_uint_in(a << 2, n171, 0, 65535) << 1
    a <<= 1
    return a


def d_iso20_cm_SelectedService(D: int, T: int, p: int) -> tuple[Any, int]:
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
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'SelectedService')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'SelectedService')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SelectedService (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SelectedService (near grammar state {s}): {exc}') from None
    return _mk57(f0, f1), p


def e_iso20_cm_SelectedServiceList(o: Any, a: int) -> int:
    s = 0
    for v in o.selected_service:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 15:
            a = (a << 2) | 0
            s = s + 1 if s < 15 else 16
        else:
            c, w, s = _T107[s]
            a = (a << w) | c
        a = e_iso20_cm_SelectedService(v, a)
    if 1 <= s <= 15:
        a = (a << 2) | 1
    else:
        c, w = _T108[s]
        a = (a << w) | c
    return a


def d_iso20_cm_SelectedServiceList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SelectedServiceList')
        p += 1
        y, p = d_iso20_cm_SelectedService(D, T, p)
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
                    y, p = d_iso20_cm_SelectedService(D, T, p)
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
    return _mk58(f0), p


def e_iso20_cm_Service(o: Any, a: int) -> int:
    n177 = o.service_id
    a = e_uint_in(a << 2, n177, 0, 65535) << 1
    a = (a << 5) | ((_BOOL[o.free_service]) << 2)
    return a


def d_iso20_cm_Service(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
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
        x = (D >> (T - p - 6)) & 63
        if x & 59:
            _fail(p, 'Service')
        p += 6
        f1 = (x >> 2 & 1) == 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Service (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Service (near grammar state {s}): {exc}') from None
    return _mk59(f0, f1), p


def e_iso20_cm_ServiceDetailReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    n178 = o.service_id
    a = e_uint_in(a << 2, n178, 0, 65535) << 1
    a <<= 1
    return a


def d_iso20_cm_ServiceDetailReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDetailReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ServiceDetailReq')
        p += 10
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ServiceDetailReq')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDetailReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDetailReq (near grammar state {s}): {exc}') from None
    return _mk60(f0, f1), p


def e_iso20_cm_ServiceDetailRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    n179 = o.service_id
    a = e_uint_in((a << 11) | ((_T14[o.response_code]) << 3), n179, 0, 65535) << 1
    a <<= 1
    a = e_iso20_cm_ServiceParameterList(o.service_parameter_list, a)
    a <<= 1
    return a


def d_iso20_cm_ServiceDetailRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDetailRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 19)) & 524287
        if x & 395008:
            _fail(p, 'ServiceDetailRes')
        p += 19
        f1 = _T15[(x >> 11 & 63)]
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'ServiceDetailRes')
        p += 2
        f3, p = d_iso20_cm_ServiceParameterList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDetailRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDetailRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDetailRes (near grammar state {s}): {exc}') from None
    return _mk61(f0, f1, f2, f3), p


def e_iso20_cm_ServiceDiscoveryReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 1
    v1 = o.supported_service_i_ds
    if v1 is not None:
        a <<= 2
        a = e_iso20_cm_ServiceIDList(v1, a)
        s = 2
    c, w = _T109[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ServiceDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDiscoveryReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_cm_ServiceIDList(D, T, p)
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
    return _mk62(f0, f1), p


def e_iso20_cm_ServiceDiscoveryRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 14) | ((_T14[o.response_code]) << 6) | ((_BOOL[o.service_renegotiation_supported]) << 2)
    a = e_iso20_cm_ServiceList(o.energy_transfer_service_list, a)
    s = 4
    v4 = o.vas_list
    if v4 is not None:
        a <<= 2
        a = e_iso20_cm_ServiceList(v4, a)
        s = 5
    c, w = _T110[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ServiceDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceDiscoveryRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 14)) & 16383
        if x & 12347:
            _fail(p, 'ServiceDiscoveryRes')
        p += 14
        f1 = _T15[(x >> 6 & 63)]
        f2 = (x >> 2 & 1) == 1
        f3, p = d_iso20_cm_ServiceList(D, T, p)
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_iso20_cm_ServiceList(D, T, p)
            s = 5
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceDiscoveryRes', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceDiscoveryRes', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk63(f0, f1, f2, f3, f4), p


def e_iso20_cm_ServiceIDList(o: Any, a: int) -> int:
    s = 0
    for v in o.service_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 15:
            a = (a << 2) | 0
            s = s + 1 if s < 15 else 16
        else:
            c, w, s = _T111[s]
            a = (a << w) | c
        a = e_uint_in(a << 1, v, 0, 65535) << 1
    if 1 <= s <= 15:
        a = (a << 2) | 1
    else:
        c, w = _T112[s]
        a = (a << w) | c
    return a


def d_iso20_cm_ServiceIDList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'ServiceIDList')
        p += 10
        y = x & 127
        if x & 128:
            y, p = d_uint_more(D, T, p, y, 7)
        f0.append(y)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceIDList')
        p += 1
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
                    y, p = _ds12(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 15:
                        s = 16
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'ServiceIDList', 1)
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
                _bad_code(p, c, 'ServiceIDList', 16)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceIDList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceIDList (near grammar state {s}): {exc}') from None
    return _mk64(f0), p


def e_iso20_cm_ServiceList(o: Any, a: int) -> int:
    s = 0
    for v in o.service:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T113[s]
            a = (a << w) | c
        a = e_iso20_cm_Service(v, a)
    c, w = _T114[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ServiceList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceList')
        p += 1
        y, p = d_iso20_cm_Service(D, T, p)
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
                    y, p = d_iso20_cm_Service(D, T, p)
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
    return _mk65(f0), p


def e_iso20_cm_ServiceParameterList(o: Any, a: int) -> int:
    s = 0
    for v in o.parameter_set:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 31:
            a = (a << 2) | 0
            s = s + 1 if s < 31 else 32
        else:
            c, w, s = _T115[s]
            a = (a << w) | c
        a = e_iso20_cm_ParameterSet(v, a)
    if 1 <= s <= 31:
        a = (a << 2) | 1
    else:
        c, w = _T116[s]
        a = (a << w) | c
    return a


def d_iso20_cm_ServiceParameterList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceParameterList')
        p += 1
        y, p = d_iso20_cm_ParameterSet(D, T, p)
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
                    y, p = d_iso20_cm_ParameterSet(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 31:
                        s = 32
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
        if s == 32:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceParameterList', 32)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceParameterList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceParameterList (near grammar state {s}): {exc}') from None
    return _mk66(f0), p


def e_iso20_cm_ServiceSelectionReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    a = e_iso20_cm_SelectedService(o.selected_energy_transfer_service, a)
    s = 2
    v2 = o.selected_vas_list
    if v2 is not None:
        a <<= 2
        a = e_iso20_cm_SelectedServiceList(v2, a)
        s = 3
    c, w = _T117[s]
    a = (a << w) | c
    return a


def d_iso20_cm_ServiceSelectionReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceSelectionReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceSelectionReq')
        p += 1
        f1, p = d_iso20_cm_SelectedService(D, T, p)
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso20_cm_SelectedServiceList(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'ServiceSelectionReq', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ServiceSelectionReq', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceSelectionReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceSelectionReq (near grammar state {s}): {exc}') from None
    return _mk67(f0, f1, f2), p


def e_iso20_cm_ServiceSelectionRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T14[o.response_code]) << 2)
    return a


def d_iso20_cm_ServiceSelectionRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ServiceSelectionRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'ServiceSelectionRes')
        p += 10
        f1 = _T15[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ServiceSelectionRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ServiceSelectionRes (near grammar state {s}): {exc}') from None
    return _mk68(f0, f1), p


def e_iso20_cm_SessionStopReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.ev_termination_code
    a = (a << 5) | ((_T118[o.charging_session]) << 1)
    if v2 is not None:
        if len(v2) > 80:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v2)
        s = 3
    v3 = o.ev_termination_explanation
    if v3 is not None:
        c, w, s = _T120[s]
        if len(v3) > 160:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_str(a, v3)
    c, w = _T121[s]
    a = (a << w) | c
    return a


def d_iso20_cm_SessionStopReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SessionStopReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 7)) & 127
        if x & 100:
            _fail(p, 'SessionStopReq')
        p += 7
        f1 = _T119[(x >> 3 & 3)]
        c = (x & 3)
        if c == 0:
            f2, p = d_sel_str(D, T, p, 80, 'EVTerminationCode')
            s = 3
        elif c == 1:
            f3, p = d_sel_str(D, T, p, 160, 'EVTerminationExplanation')
            s = 4
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'SessionStopReq', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_sel_str(D, T, p, 160, 'EVTerminationExplanation')
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'SessionStopReq', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SessionStopReq', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SessionStopReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SessionStopReq (near grammar state {s}): {exc}') from None
    return _mk71(f0, f1, f2, f3), p


def e_iso20_cm_SessionStopRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T14[o.response_code]) << 2)
    return a


def d_iso20_cm_SessionStopRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SessionStopRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'SessionStopRes')
        p += 10
        f1 = _T15[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SessionStopRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SessionStopRes (near grammar state {s}): {exc}') from None
    return _mk72(f0, f1), p


def e_iso20_cm_SignedCertificateChain(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if len(o.certificate) > 1600:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.certificate)
    s = 2
    v2 = o.sub_certificates
    if v2 is not None:
        a <<= 2
        a = e_iso20_cm_SubCertificates(v2, a)
        s = 3
    c, w = _T122[s]
    a = (a << w) | c
    return a


def d_iso20_cm_SignedCertificateChain(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedCertificateChain')
        p += 1
        f0, p = d_str(D, T, p, None)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedCertificateChain')
        p += 1
        f1, p = d_sel_bin(D, T, p, 1600, 'Certificate')
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f2, p = d_iso20_cm_SubCertificates(D, T, p)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SignedCertificateChain', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SignedCertificateChain', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SignedCertificateChain (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignedCertificateChain (near grammar state {s}): {exc}') from None
    return _mk73(f0, f1, f2), p


def e_iso20_cm_SignedInstallationData(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    a <<= 1
    a = e_iso20_cm_ContractCertificateChain(o.contract_certificate_chain, a)
    if len(o.dh_public_key) > 133:
        raise _Invalid
    a = (a << 5) | ((_T123[o.ecdh_curve]) << 2)
    a = e_sel_bin(a, o.dh_public_key)
    s = 4
    v4 = o.secp521_encrypted_private_key
    if v4 is not None:
        if len(v4) > 94:
            raise _Invalid
        a <<= 2
        a = e_sel_bin(a, v4)
        s = 5
    v5 = o.x448_encrypted_private_key
    if v5 is not None:
        c, w, s = _T125[s]
        if len(v5) > 84:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_bin(a, v5)
    v6 = o.tpm_encrypted_private_key
    if v6 is not None:
        c, w, s = _T126[s]
        if len(v6) > 206:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_bin(a, v6)
    c, w = _T127[s]
    a = (a << w) | c
    return a


def d_iso20_cm_SignedInstallationData(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'SignedInstallationData')
        p += 1
        f0, p = d_str(D, T, p, None)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedInstallationData')
        p += 1
        f1, p = d_iso20_cm_ContractCertificateChain(D, T, p)
        x = (D >> (T - p - 5)) & 31
        if x & 27:
            _fail(p, 'SignedInstallationData')
        p += 5
        f2 = _T124[(x >> 2 & 1)]
        f3, p = d_sel_bin(D, T, p, 133, 'DHPublicKey')
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_sel_bin(D, T, p, 94, 'SECP521_EncryptedPrivateKey')
            s = 5
        elif c == 1:
            f5, p = d_sel_bin(D, T, p, 84, 'X448_EncryptedPrivateKey')
            s = 6
        elif c == 2:
            f6, p = d_sel_bin(D, T, p, 206, 'TPM_EncryptedPrivateKey')
            s = 7
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'SignedInstallationData', 4)
            return _mk74(f0, f1, f2, f3, f4, f5, f6), p
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SignedInstallationData', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SignedInstallationData', 6)
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SignedInstallationData', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SignedInstallationData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignedInstallationData (near grammar state {s}): {exc}') from None
    return _mk74(f0, f1, f2, f3, f4, f5, f6), p


def e_iso20_cm_SignedMeteringData(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.id)
    if len(o.session_id) > 8:
        raise _Invalid
    a <<= 1
    a = e_sel_bin(a, o.session_id)
    a <<= 1
    a = e_iso20_ct_MeterInfo(o.meter_info, a)
    s = 3
    v3 = o.receipt
    if v3 is not None:
        a <<= 2
        a = e_iso20_ct_Receipt(v3, a)
        s = 4
    v4 = o.dynamic_smdt_control_mode
    if v4 is not None:
        c, w, s = _T128[s]
        a = (a << w) | c
        a = e_iso20_cm_Dynamic_SMDTControlMode(v4, a)
    v5 = o.scheduled_smdt_control_mode
    if v5 is not None:
        c, w, s = _T129[s]
        a = (a << w) | c
        a = e_iso20_cm_Scheduled_SMDTControlMode(v5, a)
    c, w = _T130[s]
    a = (a << w) | c
    return a


def d_iso20_cm_SignedMeteringData(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'SignedMeteringData')
        p += 1
        f0, p = d_str(D, T, p, None)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedMeteringData')
        p += 1
        f1, p = d_sel_bin(D, T, p, 8, 'SessionID')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedMeteringData')
        p += 1
        f2, p = d_iso20_ct_MeterInfo(D, T, p)
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_iso20_ct_Receipt(D, T, p)
            s = 4
        elif c == 1:
            f4, p = d_iso20_cm_Dynamic_SMDTControlMode(D, T, p)
            s = 5
        elif c == 2:
            f5, p = d_iso20_cm_Scheduled_SMDTControlMode(D, T, p)
            s = 6
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'SignedMeteringData', 3)
            return _mk75(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_cm_Dynamic_SMDTControlMode(D, T, p)
                s = 5
            elif c == 1:
                f5, p = d_iso20_cm_Scheduled_SMDTControlMode(D, T, p)
                s = 6
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'SignedMeteringData', 4)
                return _mk75(f0, f1, f2, f3, f4, f5), p
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SignedMeteringData', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SignedMeteringData', 6)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SignedMeteringData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignedMeteringData (near grammar state {s}): {exc}') from None
    return _mk75(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_SubCertificates(o: Any, a: int) -> int:
    s = 0
    for v in o.certificate:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T131[s]
        if len(v) > 1600:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_bin(a, v)
    c, w = _T132[s]
    a = (a << w) | c
    return a


def d_iso20_cm_SubCertificates(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SubCertificates')
        p += 1
        y, p = d_sel_bin(D, T, p, 1600, 'Certificate')
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_sel_bin(D, T, p, 1600, 'Certificate')
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SubCertificates', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_sel_bin(D, T, p, 1600, 'Certificate')
                f0.append(y)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'SubCertificates', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SubCertificates', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SubCertificates (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SubCertificates (near grammar state {s}): {exc}') from None
    return _mk76(f0), p


def e_iso20_cm_SupportedProvidersList(o: Any, a: int) -> int:
    s = 0
    for v in o.provider_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 127:
            a = (a << 2) | 0
            s = s + 1 if s < 127 else 128
        else:
            c, w, s = _T133[s]
            a = (a << w) | c
        if len(v) > 80:
            raise _Invalid
        a = e_sel_str(a, v)
    if 1 <= s <= 127:
        a = (a << 2) | 1
    else:
        c, w = _T134[s]
        a = (a << w) | c
    return a


def d_iso20_cm_SupportedProvidersList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SupportedProvidersList')
        p += 1
        y, p = d_sel_str(D, T, p, 80, 'ProviderID')
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
                    y, p = d_sel_str(D, T, p, 80, 'ProviderID')
                    f0.append(y)
                    rc += 1
                    if rc == 127:
                        s = 128
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SupportedProvidersList', 1)
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
        if s == 128:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'SupportedProvidersList', 128)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SupportedProvidersList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SupportedProvidersList (near grammar state {s}): {exc}') from None
    return _mk77(f0), p


def e_iso20_cm_TargetPosition(o: Any, a: int) -> int:
    n195 = o.target_offset_x
    a = e_uint_in(a << 2, n195, 0, 65535) << 1
    n196 = o.target_offset_y
    a = e_uint_in(a << 2, n196, 0, 65535) << 1
    a <<= 1
    return a


def d_iso20_cm_TargetPosition(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'TargetPosition')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'TargetPosition')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'TargetPosition')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in TargetPosition (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in TargetPosition (near grammar state {s}): {exc}') from None
    return _mk78(f0, f1), p


def e_iso20_cm_TaxRule(o: Any, a: int) -> int:
    n197 = o.tax_rule_id
    a = e_uint_in(a << 2, n197, 1, 4294967295) << 1
    s = 1
    v1 = o.tax_rule_name
    if v1 is not None:
        if len(v1) > 80:
            raise _Invalid
        a <<= 2
        a = e_sel_str(a, v1)
        s = 2
    c, w, s = _T135[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.tax_rate, a)
    v3 = o.tax_included_in_price
    if v3 is not None:
        s = 4
        a = (a << 5) | ((_BOOL[v3]) << 1)
    c, w, s = _T136[s]
    a = (a << (w + 16)) | (c << 16) | ((_BOOL[o.applies_to_energy_fee]) << 14) | ((_BOOL[o.applies_to_parking_fee]) << 10) | ((_BOOL[o.applies_to_overstay_fee]) << 6) | ((_BOOL[o.applies_minimum_maximum_cost]) << 2)
    return a


def d_iso20_cm_TaxRule(D: int, T: int, p: int) -> tuple[Any, int]:
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
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'TaxRule')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 3)) & 7
        if x & 4:
            _fail(p, 'TaxRule')
        p += 3
        c = (x & 3)
        if c == 0:
            f1, p = d_sel_str(D, T, p, 80, 'TaxRuleName')
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'TaxRule', 1)
            return _mk79(f0, f1, f2, f3, f4, f5, f6, f7), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'TaxRule', 2)
                return _mk79(f0, f1, f2, f3, f4, f5, f6, f7), p
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = _ds2(D, T, p)
            s = 4
        elif c == 1:
            f4, p = _ds2(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'TaxRule', 3)
            return _mk79(f0, f1, f2, f3, f4, f5, f6, f7), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = _ds2(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'TaxRule', 4)
                return _mk79(f0, f1, f2, f3, f4, f5, f6, f7), p
        x = (D >> (T - p - 13)) & 8191
        if x & 7099:
            _fail(p, 'TaxRule')
        p += 13
        f5 = (x >> 10 & 1) == 1
        f6 = (x >> 6 & 1) == 1
        f7 = (x >> 2 & 1) == 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in TaxRule (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in TaxRule (near grammar state {s}): {exc}') from None
    return _mk79(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_iso20_cm_TaxRuleList(o: Any, a: int) -> int:
    s = 0
    for v in o.tax_rule:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 9:
            a = (a << 2) | 0
            s = s + 1 if s < 9 else 10
        else:
            c, w, s = _T137[s]
            a = (a << w) | c
        a = e_iso20_cm_TaxRule(v, a)
    if 1 <= s <= 9:
        a = (a << 2) | 1
    else:
        c, w = _T138[s]
        a = (a << w) | c
    return a


def d_iso20_cm_TaxRuleList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'TaxRuleList')
        p += 1
        y, p = d_iso20_cm_TaxRule(D, T, p)
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
                    y, p = d_iso20_cm_TaxRule(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 9:
                        s = 10
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'TaxRuleList', 1)
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
        if s == 10:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'TaxRuleList', 10)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in TaxRuleList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in TaxRuleList (near grammar state {s}): {exc}') from None
    return _mk80(f0), p


def e_iso20_cm_VehicleCheckInReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 3
    v3 = o.vehicle_frame
    a = (a << 10) | ((_T139[o.ev_check_in_status]) << 6) | ((_T141[o.parking_method]) << 1)
    if v3 is not None:
        a = e_int_in(a << 4, v3, -32768, 32767) << 1
        s = 4
    v4 = o.device_offset
    if v4 is not None:
        c, w, s = _T143[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v4, -32768, 32767) << 1
    v5 = o.vehicle_travel
    if v5 is not None:
        c, w, s = _T144[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v5, -32768, 32767) << 1
    c, w = _T145[s]
    a = (a << w) | c
    return a


def d_iso20_cm_VehicleCheckInReq(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'VehicleCheckInReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 3
        x = (D >> (T - p - 13)) & 8191
        if x & 6600:
            _fail(p, 'VehicleCheckInReq')
        p += 13
        f1 = _T140[(x >> 9 & 3)]
        f2 = _T142[(x >> 4 & 3)]
        c = (x & 7)
        if c == 0:
            f3, p = _ds6(D, T, p)
            s = 4
        elif c == 1:
            f4, p = _ds6(D, T, p)
            s = 5
        elif c == 2:
            f5, p = _ds6(D, T, p)
            s = 6
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'VehicleCheckInReq', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = _ds6(D, T, p)
                s = 5
            elif c == 1:
                f5, p = _ds6(D, T, p)
                s = 6
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'VehicleCheckInReq', 4)
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f5, p = _ds6(D, T, p)
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'VehicleCheckInReq', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'VehicleCheckInReq', 6)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in VehicleCheckInReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in VehicleCheckInReq (near grammar state {s}): {exc}') from None
    return _mk81(f0, f1, f2, f3, f4, f5), p


def e_iso20_cm_VehicleCheckInRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.parking_space
    a = (a << 9) | ((_T14[o.response_code]) << 1)
    if v2 is not None:
        a = e_int_in(a << 4, v2, -32768, 32767) << 1
        s = 3
    v3 = o.device_location
    if v3 is not None:
        c, w, s = _T146[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v3, -32768, 32767) << 1
    v4 = o.target_distance
    if v4 is not None:
        c, w, s = _T147[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v4, -32768, 32767) << 1
    c, w = _T148[s]
    a = (a << w) | c
    return a


def d_iso20_cm_VehicleCheckInRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'VehicleCheckInRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 12)) & 4095
        if x & 3080:
            _fail(p, 'VehicleCheckInRes')
        p += 12
        f1 = _T15[(x >> 4 & 63)]
        c = (x & 7)
        if c == 0:
            f2, p = _ds6(D, T, p)
            s = 3
        elif c == 1:
            f3, p = _ds6(D, T, p)
            s = 4
        elif c == 2:
            f4, p = _ds6(D, T, p)
            s = 5
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'VehicleCheckInRes', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = _ds6(D, T, p)
                s = 4
            elif c == 1:
                f4, p = _ds6(D, T, p)
                s = 5
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'VehicleCheckInRes', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = _ds6(D, T, p)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'VehicleCheckInRes', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'VehicleCheckInRes', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in VehicleCheckInRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in VehicleCheckInRes (near grammar state {s}): {exc}') from None
    return _mk82(f0, f1, f2, f3, f4), p


def e_iso20_cm_VehicleCheckOutReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    n201 = o.check_out_time
    a = e_uint_in((a << 7) | ((_T149[o.ev_check_out_status]) << 3), n201, 0, 18446744073709551615) << 1
    a <<= 1
    return a


def d_iso20_cm_VehicleCheckOutReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'VehicleCheckOutReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 15)) & 32767
        if x & 26368:
            _fail(p, 'VehicleCheckOutReq')
        p += 15
        f1 = _T150[(x >> 11 & 3)]
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'VehicleCheckOutReq')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in VehicleCheckOutReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in VehicleCheckOutReq (near grammar state {s}): {exc}') from None
    return _mk83(f0, f1, f2), p


def e_iso20_cm_VehicleCheckOutRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 14) | ((_T14[o.response_code]) << 6) | ((_T151[o.evse_check_out_status]) << 2)
    return a


def d_iso20_cm_VehicleCheckOutRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'VehicleCheckOutRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 14)) & 16383
        if x & 12347:
            _fail(p, 'VehicleCheckOutRes')
        p += 14
        f1 = _T15[(x >> 6 & 63)]
        f2 = _T152[(x >> 2 & 1)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in VehicleCheckOutRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in VehicleCheckOutRes (near grammar state {s}): {exc}') from None
    return _mk84(f0, f1, f2), p


def e_iso20_ct_CLReqControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.CLReqControlMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_ct_CLReqControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CLReqControlMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CLReqControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CLReqControlMode (near grammar state {s}): {exc}') from None
    return _mk85(), p


def e_iso20_ct_CLResControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.CLResControlMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_ct_CLResControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CLResControlMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in CLResControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CLResControlMode (near grammar state {s}): {exc}') from None
    return _mk86(), p


def e_iso20_ct_ChargeLoopReq(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeLoopReq:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 1
    v1 = o.display_parameters
    if v1 is not None:
        a <<= 2
        a = e_iso20_ct_DisplayParameters(v1, a)
        s = 2
    c, w, s = _T153[s]
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.meter_info_requested]) << 1)
    c, w = _T154[s]
    a = (a << w) | c
    return a


def d_iso20_ct_ChargeLoopReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeLoopReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_ct_DisplayParameters(D, T, p)
            s = 2
        elif c == 1:
            f2, p = _ds2(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ChargeLoopReq', 1)
            return _mk87(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds2(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ChargeLoopReq', 2)
                return _mk87(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeLoopReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeLoopReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeLoopReq (near grammar state {s}): {exc}') from None
    return _mk87(f0, f1, f2), p


def e_iso20_ct_ChargeLoopRes(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeLoopRes:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.evse_status
    a = (a << 9) | ((_T14[o.response_code]) << 1)
    if v2 is not None:
        a <<= 3
        a = e_iso20_ct_EVSEStatus(v2, a)
        s = 3
    v3 = o.meter_info
    if v3 is not None:
        c, w, s = _T155[s]
        a = (a << w) | c
        a = e_iso20_ct_MeterInfo(v3, a)
    v4 = o.receipt
    if v4 is not None:
        c, w, s = _T156[s]
        a = (a << w) | c
        a = e_iso20_ct_Receipt(v4, a)
    c, w = _T157[s]
    a = (a << w) | c
    return a


def d_iso20_ct_ChargeLoopRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeLoopRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 12)) & 4095
        if x & 3080:
            _fail(p, 'ChargeLoopRes')
        p += 12
        f1 = _T15[(x >> 4 & 63)]
        c = (x & 7)
        if c == 0:
            f2, p = d_iso20_ct_EVSEStatus(D, T, p)
            s = 3
        elif c == 1:
            f3, p = d_iso20_ct_MeterInfo(D, T, p)
            s = 4
        elif c == 2:
            f4, p = d_iso20_ct_Receipt(D, T, p)
            s = 5
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'ChargeLoopRes', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso20_ct_MeterInfo(D, T, p)
                s = 4
            elif c == 1:
                f4, p = d_iso20_ct_Receipt(D, T, p)
                s = 5
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'ChargeLoopRes', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_ct_Receipt(D, T, p)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'ChargeLoopRes', 4)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'ChargeLoopRes', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeLoopRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeLoopRes (near grammar state {s}): {exc}') from None
    return _mk88(f0, f1, f2, f3, f4), p


def e_iso20_ct_ChargeParameterDiscoveryReq(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeParameterDiscoveryReq:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    return a


def d_iso20_ct_ChargeParameterDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk89(f0), p


def e_iso20_ct_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeParameterDiscoveryRes:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T14[o.response_code]) << 2)
    return a


def d_iso20_ct_ChargeParameterDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeParameterDiscoveryRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'ChargeParameterDiscoveryRes')
        p += 10
        f1 = _T15[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk90(f0, f1), p


def e_iso20_ct_DetailedCost(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.amount, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.cost_per_unit, a)
    a <<= 1
    return a


def d_iso20_ct_DetailedCost(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DetailedCost')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DetailedCost')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DetailedCost')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DetailedCost (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DetailedCost (near grammar state {s}): {exc}') from None
    return _mk91(f0, f1), p


def e_iso20_ct_DetailedTax(o: Any, a: int) -> int:
    n216 = o.tax_rule_id
    a = e_uint_in(a << 2, n216, 1, 4294967295) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.amount, a)
    a <<= 1
    return a


def d_iso20_ct_DetailedTax(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'DetailedTax')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'DetailedTax')
        p += 2
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DetailedTax')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DetailedTax (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DetailedTax (near grammar state {s}): {exc}') from None
    return _mk92(f0, f1), p


def e_iso20_ct_DisplayParameters(o: Any, a: int) -> int:
    s = 0
    v0 = o.present_soc
    if v0 is not None:
        if not 0 <= v0 <= 100:
            raise _Invalid
        s = 1
        a = (a << 13) | ((v0) << 1)
    v1 = o.minimum_soc
    if v1 is not None:
        c, w, s = _T158[s]
        if not 0 <= v1 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v1) << 1)
    v2 = o.target_soc
    if v2 is not None:
        c, w, s = _T159[s]
        if not 0 <= v2 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v2) << 1)
    v3 = o.maximum_soc
    if v3 is not None:
        c, w, s = _T160[s]
        if not 0 <= v3 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v3) << 1)
    v4 = o.remaining_time_to_minimum_soc
    if v4 is not None:
        c, w, s = _T161[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v4, 0, 4294967295) << 1
    v5 = o.remaining_time_to_target_soc
    if v5 is not None:
        c, w, s = _T162[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v5, 0, 4294967295) << 1
    v6 = o.remaining_time_to_maximum_soc
    if v6 is not None:
        c, w, s = _T163[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v6, 0, 4294967295) << 1
    v7 = o.charging_complete
    if v7 is not None:
        c, w, s = _T164[s]
        a = (a << (w + 3)) | (c << 3) | ((_BOOL[v7]) << 1)
    v8 = o.battery_energy_capacity
    if v8 is not None:
        c, w, s = _T165[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v8, a)
    v9 = o.inlet_hot
    if v9 is not None:
        c, w, s = _T166[s]
        a = (a << (w + 3)) | (c << 3) | ((_BOOL[v9]) << 1)
    c, w = _T167[s]
    a = (a << w) | c
    return a


def d_iso20_ct_DisplayParameters(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    f7: Any = None
    f8: Any = None
    f9: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 4)) & 15
        p += 4
        if c == 0:
            f0, p = _ds3(D, T, p)
            s = 1
        elif c == 1:
            f1, p = _ds3(D, T, p)
            s = 2
        elif c == 2:
            f2, p = _ds3(D, T, p)
            s = 3
        elif c == 3:
            f3, p = _ds3(D, T, p)
            s = 4
        elif c == 4:
            f4, p = _ds4(D, T, p)
            s = 5
        elif c == 5:
            f5, p = _ds4(D, T, p)
            s = 6
        elif c == 6:
            f6, p = _ds4(D, T, p)
            s = 7
        elif c == 7:
            f7, p = _ds2(D, T, p)
            s = 8
        elif c == 8:
            f8, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 9
        elif c == 9:
            f9, p = _ds2(D, T, p)
            s = 10
        elif c == 10:
            s = -1
        else:
            _bad_code(p, c, 'DisplayParameters', 0)
        if s == 1:
            c = (D >> (T - p - 4)) & 15
            p += 4
            if c == 0:
                f1, p = _ds3(D, T, p)
                s = 2
            elif c == 1:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 2:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 3:
                f4, p = _ds4(D, T, p)
                s = 5
            elif c == 4:
                f5, p = _ds4(D, T, p)
                s = 6
            elif c == 5:
                f6, p = _ds4(D, T, p)
                s = 7
            elif c == 6:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 7:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 8:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 9:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 1)
        if s == 2:
            c = (D >> (T - p - 4)) & 15
            p += 4
            if c == 0:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 1:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 2:
                f4, p = _ds4(D, T, p)
                s = 5
            elif c == 3:
                f5, p = _ds4(D, T, p)
                s = 6
            elif c == 4:
                f6, p = _ds4(D, T, p)
                s = 7
            elif c == 5:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 6:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 7:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 8:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 2)
        if s == 3:
            c = (D >> (T - p - 4)) & 15
            p += 4
            if c == 0:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 1:
                f4, p = _ds4(D, T, p)
                s = 5
            elif c == 2:
                f5, p = _ds4(D, T, p)
                s = 6
            elif c == 3:
                f6, p = _ds4(D, T, p)
                s = 7
            elif c == 4:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 5:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 6:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 7:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 3)
        if s == 4:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f4, p = _ds4(D, T, p)
                s = 5
            elif c == 1:
                f5, p = _ds4(D, T, p)
                s = 6
            elif c == 2:
                f6, p = _ds4(D, T, p)
                s = 7
            elif c == 3:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 4:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 5:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 6:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 4)
        if s == 5:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f5, p = _ds4(D, T, p)
                s = 6
            elif c == 1:
                f6, p = _ds4(D, T, p)
                s = 7
            elif c == 2:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 3:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 4:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 5:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 5)
        if s == 6:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f6, p = _ds4(D, T, p)
                s = 7
            elif c == 1:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 2:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 3:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 4:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 6)
        if s == 7:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f7, p = _ds2(D, T, p)
                s = 8
            elif c == 1:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 2:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 7)
        if s == 8:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 1:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 8)
        if s == 9:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f9, p = _ds2(D, T, p)
                s = 10
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 9)
        if s == 10:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DisplayParameters', 10)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DisplayParameters (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DisplayParameters (near grammar state {s}): {exc}') from None
    return _mk93(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9), p


def e_iso20_ct_Dynamic_CLReqControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.Dynamic_CLReqControlMode:
        raise _Invalid
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    c, w, s = _T168[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_target_energy_request, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_energy_request, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_energy_request, a)
    a <<= 1
    return a


def d_iso20_ct_Dynamic_CLReqControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = _ds4(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Dynamic_CLReqControlMode', 0)
            return _mk94(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Dynamic_CLReqControlMode', 1)
                return _mk94(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_CLReqControlMode')
        p += 1
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_CLReqControlMode')
        p += 1
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Dynamic_CLReqControlMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Dynamic_CLReqControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Dynamic_CLReqControlMode (near grammar state {s}): {exc}') from None
    return _mk94(f0, f1, f2, f3), p


def e_iso20_ct_Dynamic_CLResControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.Dynamic_CLResControlMode:
        raise _Invalid
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 4, v0, 0, 4294967295) << 1
        s = 1
    v1 = o.minimum_soc
    if v1 is not None:
        c, w, s = _T169[s]
        if not 0 <= v1 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v1) << 1)
    v2 = o.target_soc
    if v2 is not None:
        c, w, s = _T170[s]
        if not 0 <= v2 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v2) << 1)
    v3 = o.ack_max_delay
    if v3 is not None:
        c, w, s = _T171[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v3, 0, 65535) << 1
    c, w = _T172[s]
    a = (a << w) | c
    return a


def d_iso20_ct_Dynamic_CLResControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f0, p = _ds4(D, T, p)
            s = 1
        elif c == 1:
            f1, p = _ds3(D, T, p)
            s = 2
        elif c == 2:
            f2, p = _ds3(D, T, p)
            s = 3
        elif c == 3:
            f3, p = _ds10(D, T, p)
            s = 4
        elif c == 4:
            s = -1
        else:
            _bad_code(p, c, 'Dynamic_CLResControlMode', 0)
        if s == 1:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f1, p = _ds3(D, T, p)
                s = 2
            elif c == 1:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 2:
                f3, p = _ds10(D, T, p)
                s = 4
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_CLResControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = _ds3(D, T, p)
                s = 3
            elif c == 1:
                f3, p = _ds10(D, T, p)
                s = 4
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_CLResControlMode', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = _ds10(D, T, p)
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_CLResControlMode', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_CLResControlMode', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Dynamic_CLResControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Dynamic_CLResControlMode (near grammar state {s}): {exc}') from None
    return _mk95(f0, f1, f2, f3), p


def e_iso20_ct_EVSEStatus(o: Any, a: int) -> int:
    n236 = o.notification_max_delay
    a = e_uint_in(a << 2, n236, 0, 65535) << 1
    a = (a << 7) | ((_T67[o.evse_notification]) << 2)
    return a


def d_iso20_ct_EVSEStatus(D: int, T: int, p: int) -> tuple[Any, int]:
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
        x = (D >> (T - p - 8)) & 255
        if x & 227:
            _fail(p, 'EVSEStatus')
        p += 8
        f1 = _T68[(x >> 2 & 7)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in EVSEStatus (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in EVSEStatus (near grammar state {s}): {exc}') from None
    return _mk96(f0, f1), p


def e_iso20_ct_ListOfRootCertificateIDs(o: Any, a: int) -> int:
    s = 0
    for v in o.root_certificate_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T173[s]
            a = (a << w) | c
        a = e_xmldsig_X509IssuerSerial(v, a)
    if 1 <= s <= 19:
        a = (a << 2) | 1
    else:
        c, w = _T174[s]
        a = (a << w) | c
    return a


def d_iso20_ct_ListOfRootCertificateIDs(D: int, T: int, p: int) -> tuple[Any, int]:
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
    return _mk97(f0), p


def e_iso20_ct_MeterInfo(o: Any, a: int) -> int:
    if len(o.meter_id) > 32:
        raise _Invalid
    a <<= 1
    a = e_sel_str(a, o.meter_id)
    n242 = o.charged_energy_reading_wh
    a = e_uint_in(a << 2, n242, 0, 18446744073709551615) << 1
    s = 2
    v2 = o.bpt_discharged_energy_reading_wh
    if v2 is not None:
        a = e_uint_in(a << 4, v2, 0, 18446744073709551615) << 1
        s = 3
    v3 = o.capacitive_energy_reading_va_rh
    if v3 is not None:
        c, w, s = _T176[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v3, 0, 18446744073709551615) << 1
    v4 = o.bpt_inductive_energy_reading_va_rh
    if v4 is not None:
        c, w, s = _T177[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v4, 0, 18446744073709551615) << 1
    v5 = o.meter_signature
    if v5 is not None:
        c, w, s = _T178[s]
        if len(v5) > 64:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_bin(a, v5)
    v6 = o.meter_status
    if v6 is not None:
        c, w, s = _T179[s]
        a = e_int_in((a << (w + 1)) | (c << 1), v6, -32768, 32767) << 1
    v7 = o.meter_timestamp
    if v7 is not None:
        c, w, s = _T180[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v7, 0, 18446744073709551615) << 1
    c, w = _T181[s]
    a = (a << w) | c
    return a


def d_iso20_ct_MeterInfo(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'MeterInfo')
        p += 1
        f0, p = d_sel_str(D, T, p, 32, 'MeterID')
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'MeterInfo')
        p += 10
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        s = 2
        x = (D >> (T - p - 4)) & 15
        if x & 8:
            _fail(p, 'MeterInfo')
        p += 4
        c = (x & 7)
        if c == 0:
            f2, p = _ds0(D, T, p)
            s = 3
        elif c == 1:
            f3, p = _ds0(D, T, p)
            s = 4
        elif c == 2:
            f4, p = _ds0(D, T, p)
            s = 5
        elif c == 3:
            f5, p = d_sel_bin(D, T, p, 64, 'MeterSignature')
            s = 6
        elif c == 4:
            f6, p = _ds6(D, T, p)
            s = 7
        elif c == 5:
            f7, p = _ds0(D, T, p)
            s = 8
        elif c == 6:
            s = -1
        else:
            _bad_code(p, c, 'MeterInfo', 2)
        if s == 3:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f3, p = _ds0(D, T, p)
                s = 4
            elif c == 1:
                f4, p = _ds0(D, T, p)
                s = 5
            elif c == 2:
                f5, p = d_sel_bin(D, T, p, 64, 'MeterSignature')
                s = 6
            elif c == 3:
                f6, p = _ds6(D, T, p)
                s = 7
            elif c == 4:
                f7, p = _ds0(D, T, p)
                s = 8
            elif c == 5:
                s = -1
            else:
                _bad_code(p, c, 'MeterInfo', 3)
        if s == 4:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f4, p = _ds0(D, T, p)
                s = 5
            elif c == 1:
                f5, p = d_sel_bin(D, T, p, 64, 'MeterSignature')
                s = 6
            elif c == 2:
                f6, p = _ds6(D, T, p)
                s = 7
            elif c == 3:
                f7, p = _ds0(D, T, p)
                s = 8
            elif c == 4:
                s = -1
            else:
                _bad_code(p, c, 'MeterInfo', 4)
        if s == 5:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f5, p = d_sel_bin(D, T, p, 64, 'MeterSignature')
                s = 6
            elif c == 1:
                f6, p = _ds6(D, T, p)
                s = 7
            elif c == 2:
                f7, p = _ds0(D, T, p)
                s = 8
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'MeterInfo', 5)
        if s == 6:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f6, p = _ds6(D, T, p)
                s = 7
            elif c == 1:
                f7, p = _ds0(D, T, p)
                s = 8
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'MeterInfo', 6)
        if s == 7:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f7, p = _ds0(D, T, p)
                s = 8
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'MeterInfo', 7)
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'MeterInfo', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in MeterInfo (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in MeterInfo (near grammar state {s}): {exc}') from None
    return _mk100(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_iso20_ct_RationalNumber(o: Any, a: int) -> int:
    h243 = o.exponent + 128
    if h243 >> 8:
        raise _Invalid
    n244 = o.value
    a = e_int_in((a << 13) | ((h243) << 3), n244, -32768, 32767) << 1
    a <<= 1
    return a


def d_iso20_ct_RationalNumber(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 22)) & 4194303
        if x & 3149312:
            _fail(p, 'RationalNumber')
        p += 22
        f0 = (x >> 12 & 255) - 128
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if x & 256:
            f1 = -f1 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'RationalNumber')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in RationalNumber (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in RationalNumber (near grammar state {s}): {exc}') from None
    return _mk2(f0, f1), p


def e_iso20_ct_Receipt(o: Any, a: int) -> int:
    n245 = o.time_anchor
    a = e_uint_in(a << 2, n245, 0, 18446744073709551615) << 1
    s = 1
    v1 = o.energy_costs
    if v1 is not None:
        a <<= 3
        a = e_iso20_ct_DetailedCost(v1, a)
        s = 2
    v2 = o.occupancy_costs
    if v2 is not None:
        c, w, s = _T182[s]
        a = (a << w) | c
        a = e_iso20_ct_DetailedCost(v2, a)
    v3 = o.additional_services_costs
    if v3 is not None:
        c, w, s = _T183[s]
        a = (a << w) | c
        a = e_iso20_ct_DetailedCost(v3, a)
    v4 = o.overstay_costs
    if v4 is not None:
        c, w, s = _T184[s]
        a = (a << w) | c
        a = e_iso20_ct_DetailedCost(v4, a)
    for v in o.tax_costs:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 6 <= s <= 14:
            a = (a << 2) | 0
            s = s + 1 if s < 14 else 15
        else:
            c, w, s = _T185[s]
            a = (a << w) | c
        a = e_iso20_ct_DetailedTax(v, a)
    if 5 <= s <= 14:
        a = (a << 2) | 1
    else:
        c, w = _T186[s]
        a = (a << w) | c
    return a


def d_iso20_ct_Receipt(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'Receipt')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        s = 1
        x = (D >> (T - p - 4)) & 15
        if x & 8:
            _fail(p, 'Receipt')
        p += 4
        c = (x & 7)
        if c == 0:
            f1, p = d_iso20_ct_DetailedCost(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_DetailedCost(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_ct_DetailedCost(D, T, p)
            s = 4
        elif c == 3:
            f4, p = d_iso20_ct_DetailedCost(D, T, p)
            s = 5
        elif c == 4:
            y, p = d_iso20_ct_DetailedTax(D, T, p)
            f5.append(y)
            s = 6
        elif c == 5:
            s = -1
        else:
            _bad_code(p, c, 'Receipt', 1)
        if s == 2:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f2, p = d_iso20_ct_DetailedCost(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_DetailedCost(D, T, p)
                s = 4
            elif c == 2:
                f4, p = d_iso20_ct_DetailedCost(D, T, p)
                s = 5
            elif c == 3:
                y, p = d_iso20_ct_DetailedTax(D, T, p)
                f5.append(y)
                s = 6
            elif c == 4:
                s = -1
            else:
                _bad_code(p, c, 'Receipt', 2)
        if s == 3:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f3, p = d_iso20_ct_DetailedCost(D, T, p)
                s = 4
            elif c == 1:
                f4, p = d_iso20_ct_DetailedCost(D, T, p)
                s = 5
            elif c == 2:
                y, p = d_iso20_ct_DetailedTax(D, T, p)
                f5.append(y)
                s = 6
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'Receipt', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_ct_DetailedCost(D, T, p)
                s = 5
            elif c == 1:
                y, p = d_iso20_ct_DetailedTax(D, T, p)
                f5.append(y)
                s = 6
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'Receipt', 4)
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_iso20_ct_DetailedTax(D, T, p)
                f5.append(y)
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Receipt', 5)
        rc = 0
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
                    y, p = d_iso20_ct_DetailedTax(D, T, p)
                    f5.append(y)
                    rc += 1
                    if rc == 9:
                        s = 15
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'Receipt', 6)
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
        if s == 15:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Receipt', 15)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Receipt (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Receipt (near grammar state {s}): {exc}') from None
    return _mk101(f0, f1, f2, f3, f4, f5), p


def e_iso20_ct_Scheduled_CLReqControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.Scheduled_CLReqControlMode:
        raise _Invalid
    s = 0
    v0 = o.ev_target_energy_request
    if v0 is not None:
        a <<= 3
        a = e_iso20_ct_RationalNumber(v0, a)
        s = 1
    v1 = o.ev_maximum_energy_request
    if v1 is not None:
        c, w, s = _T187[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v1, a)
    v2 = o.ev_minimum_energy_request
    if v2 is not None:
        c, w, s = _T188[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w = _T189[s]
    a = (a << w) | c
    return a


def d_iso20_ct_Scheduled_CLReqControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f0, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 2:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'Scheduled_CLReqControlMode', 0)
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 2
            elif c == 1:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_CLReqControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_CLReqControlMode', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'Scheduled_CLReqControlMode', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Scheduled_CLReqControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Scheduled_CLReqControlMode (near grammar state {s}): {exc}') from None
    return _mk102(f0, f1, f2), p


def e_iso20_ct_Scheduled_CLResControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.Scheduled_CLResControlMode:
        raise _Invalid
    a <<= 1
    return a


def d_iso20_ct_Scheduled_CLResControlMode(D: int, T: int, p: int) -> tuple[Any, int]:
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Scheduled_CLResControlMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Scheduled_CLResControlMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Scheduled_CLResControlMode (near grammar state {s}): {exc}') from None
    return _mk103(), p


def e_iso20_ct_V2GMessage(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.V2GMessage:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    return a


def d_iso20_ct_V2GMessage(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2GMessage')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2GMessage')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2GMessage (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2GMessage (near grammar state {s}): {exc}') from None
    return _mk104(f0), p


def e_iso20_ct_V2GRequest(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.V2GRequest:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    return a


def d_iso20_ct_V2GRequest(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2GRequest')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2GRequest')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2GRequest (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2GRequest (near grammar state {s}): {exc}') from None
    return _mk105(f0), p


def e_iso20_ct_V2GResponse(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.V2GResponse:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T14[o.response_code]) << 2)
    return a


def d_iso20_ct_V2GResponse(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'V2GResponse')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'V2GResponse')
        p += 10
        f1 = _T15[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2GResponse (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2GResponse (near grammar state {s}): {exc}') from None
    return _mk106(f0, f1), p

"""Rarely used (cold) part of the wpt codec, imported on first use (do not edit)."""
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
from v2gstack.exi.generated import iso20_ct as _iso20_ct
from v2gstack.exi.generated import iso20_wpt as _iso20_wpt
from v2gstack.exi.generated import xmldsig as _xmldsig

_BOOL = {True: 1, False: 0}
_WINDOW = (1 << 8192) - 1
_new = object.__new__
from v2gstack.exi.generated._codec_wpt import _BOOL
from v2gstack.exi.generated._codec_wpt import _T1
from v2gstack.exi.generated._codec_wpt import _T100
from v2gstack.exi.generated._codec_wpt import _T101
from v2gstack.exi.generated._codec_wpt import _T102
from v2gstack.exi.generated._codec_wpt import _T103
from v2gstack.exi.generated._codec_wpt import _T104
from v2gstack.exi.generated._codec_wpt import _T105
from v2gstack.exi.generated._codec_wpt import _T106
from v2gstack.exi.generated._codec_wpt import _T107
from v2gstack.exi.generated._codec_wpt import _T108
from v2gstack.exi.generated._codec_wpt import _T109
from v2gstack.exi.generated._codec_wpt import _T110
from v2gstack.exi.generated._codec_wpt import _T111
from v2gstack.exi.generated._codec_wpt import _T112
from v2gstack.exi.generated._codec_wpt import _T113
from v2gstack.exi.generated._codec_wpt import _T114
from v2gstack.exi.generated._codec_wpt import _T115
from v2gstack.exi.generated._codec_wpt import _T116
from v2gstack.exi.generated._codec_wpt import _T117
from v2gstack.exi.generated._codec_wpt import _T118
from v2gstack.exi.generated._codec_wpt import _T119
from v2gstack.exi.generated._codec_wpt import _T2
from v2gstack.exi.generated._codec_wpt import _T20
from v2gstack.exi.generated._codec_wpt import _T21
from v2gstack.exi.generated._codec_wpt import _T22
from v2gstack.exi.generated._codec_wpt import _T23
from v2gstack.exi.generated._codec_wpt import _T24
from v2gstack.exi.generated._codec_wpt import _T25
from v2gstack.exi.generated._codec_wpt import _T26
from v2gstack.exi.generated._codec_wpt import _T3
from v2gstack.exi.generated._codec_wpt import _T39
from v2gstack.exi.generated._codec_wpt import _T4
from v2gstack.exi.generated._codec_wpt import _T40
from v2gstack.exi.generated._codec_wpt import _T41
from v2gstack.exi.generated._codec_wpt import _T42
from v2gstack.exi.generated._codec_wpt import _T43
from v2gstack.exi.generated._codec_wpt import _T44
from v2gstack.exi.generated._codec_wpt import _T45
from v2gstack.exi.generated._codec_wpt import _T46
from v2gstack.exi.generated._codec_wpt import _T47
from v2gstack.exi.generated._codec_wpt import _T48
from v2gstack.exi.generated._codec_wpt import _T49
from v2gstack.exi.generated._codec_wpt import _T50
from v2gstack.exi.generated._codec_wpt import _T51
from v2gstack.exi.generated._codec_wpt import _T52
from v2gstack.exi.generated._codec_wpt import _T53
from v2gstack.exi.generated._codec_wpt import _T54
from v2gstack.exi.generated._codec_wpt import _T55
from v2gstack.exi.generated._codec_wpt import _T56
from v2gstack.exi.generated._codec_wpt import _T57
from v2gstack.exi.generated._codec_wpt import _T58
from v2gstack.exi.generated._codec_wpt import _T59
from v2gstack.exi.generated._codec_wpt import _T60
from v2gstack.exi.generated._codec_wpt import _T61
from v2gstack.exi.generated._codec_wpt import _T7
from v2gstack.exi.generated._codec_wpt import _T77
from v2gstack.exi.generated._codec_wpt import _T78
from v2gstack.exi.generated._codec_wpt import _T79
from v2gstack.exi.generated._codec_wpt import _T8
from v2gstack.exi.generated._codec_wpt import _T80
from v2gstack.exi.generated._codec_wpt import _T81
from v2gstack.exi.generated._codec_wpt import _T82
from v2gstack.exi.generated._codec_wpt import _T83
from v2gstack.exi.generated._codec_wpt import _T84
from v2gstack.exi.generated._codec_wpt import _T85
from v2gstack.exi.generated._codec_wpt import _T86
from v2gstack.exi.generated._codec_wpt import _T87
from v2gstack.exi.generated._codec_wpt import _T88
from v2gstack.exi.generated._codec_wpt import _T89
from v2gstack.exi.generated._codec_wpt import _T9
from v2gstack.exi.generated._codec_wpt import _T90
from v2gstack.exi.generated._codec_wpt import _T91
from v2gstack.exi.generated._codec_wpt import _T92
from v2gstack.exi.generated._codec_wpt import _T93
from v2gstack.exi.generated._codec_wpt import _T94
from v2gstack.exi.generated._codec_wpt import _T95
from v2gstack.exi.generated._codec_wpt import _T96
from v2gstack.exi.generated._codec_wpt import _T97
from v2gstack.exi.generated._codec_wpt import _T98
from v2gstack.exi.generated._codec_wpt import _T99
from v2gstack.exi.generated._codec_wpt import _WINDOW
from v2gstack.exi.generated._codec_wpt import _ds0
from v2gstack.exi.generated._codec_wpt import _ds1
from v2gstack.exi.generated._codec_wpt import _ds2
from v2gstack.exi.generated._codec_wpt import _new
from v2gstack.exi.generated._codec_wpt import d_iso20_ct_DisplayParameters
from v2gstack.exi.generated._codec_wpt import d_iso20_ct_EVSEStatus
from v2gstack.exi.generated._codec_wpt import d_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_wpt import d_iso20_ct_MeterInfo
from v2gstack.exi.generated._codec_wpt import d_iso20_ct_RationalNumber
from v2gstack.exi.generated._codec_wpt import d_iso20_ct_Receipt
from v2gstack.exi.generated._codec_wpt import d_xmldsig_X509IssuerSerial
from v2gstack.exi.generated._codec_wpt import e_iso20_ct_DisplayParameters
from v2gstack.exi.generated._codec_wpt import e_iso20_ct_EVSEStatus
from v2gstack.exi.generated._codec_wpt import e_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_wpt import e_iso20_ct_MeterInfo
from v2gstack.exi.generated._codec_wpt import e_iso20_ct_RationalNumber
from v2gstack.exi.generated._codec_wpt import e_iso20_ct_Receipt
from v2gstack.exi.generated._codec_wpt import e_xmldsig_X509IssuerSerial


def _mk56(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_TxRxPulseOrder)
    o.index_number = a0
    o.tx_rx_identifier = a1
    return o


def _mk55(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_wpt.WPT_TxRxPackageSpecData)
    o.pulse_sequence_order = a0
    o.pulse_separation_time = a1
    o.pulse_duration = a2
    o.package_separation_time = a3
    return o


def _mk53(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_wpt.WPT_PairingRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    o.observed_id_code = a3
    o.alternative_secc_list = a4
    o.vendor_specific_data_container = a5
    return o


def _ds10(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'ObservedIDCode')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'ObservedIDCode')
    p += 1
    return v, p


def _mk52(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_wpt.WPT_PairingReq)
    o.header = a0
    o.ev_processing = a1
    o.observed_id_code = a2
    o.ev_result_code = a3
    o.vendor_specific_data_container = a4
    return o


def _ds9(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 5)) & 31
    if x & 17:
        _fail(p, 'WPT_PairingMethod')
    p += 5
    v = _T109[(x >> 1 & 7)]
    return v, p


def _mk51(a0: Any) -> Any:
    o = _new(_iso20_wpt.WPT_PairingMethodList)
    o.wpt_pairing_method = a0
    return o


def _mk50(a0: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_TxDataList)
    o.wpt_lf_tx_data_list = a0
    return o


def _mk49(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_TxData)
    o.tx_identifier = a0
    o.eirp = a1
    return o


def _mk48(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_TransmitterData)
    o.number_of_transmitters = a0
    o.signal_frequency = a1
    o.tx_spec_data = a2
    o.tx_package_spec_data = a3
    return o


def _mk47(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_SystemSetupData)
    o.lf_transmitter_setup_data = a0
    o.lf_receiver_setup_data = a1
    return o


def _mk46(a0: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_RxDataList)
    o.wpt_lf_rx_data_list = a0
    return o


def _mk45(a0: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_RxRSSIList)
    o.rssi_data_list = a0
    return o


def _mk44(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_RxRSSI)
    o.tx_identifier = a0
    o.rssi = a1
    return o


def _mk43(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_RxData)
    o.rx_identifier = a0
    o.rssi_data = a1
    return o


def _mk42(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_wpt.WPT_TxRxSpecData)
    o.tx_rx_identifier = a0
    o.tx_rx_position = a1
    o.tx_rx_orientation = a2
    return o


def _mk41(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_ReceiverData)
    o.number_of_receivers = a0
    o.rx_spec_data = a1
    return o


def _mk40(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_DataPackageList)
    o.num_packages = a0
    o.wpt_lf_data_package = a1
    return o


def _mk39(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_wpt.WPT_LF_DataPackage)
    o.package_index = a0
    o.lf_tx_data = a1
    o.lf_rx_data = a2
    return o


def _mk38(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_iso20_wpt.WPT_FinePositioningSetupRes)
    o.header = a0
    o.response_code = a1
    o.primary_device_fine_positioning_method_list = a2
    o.primary_device_pairing_method_list = a3
    o.primary_device_alignment_check_method_list = a4
    o.natural_offset = a5
    o.vendor_specific_data_container = a6
    o.lf_system_setup_data = a7
    return o


def _mk37(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any) -> Any:
    o = _new(_iso20_wpt.WPT_FinePositioningSetupReq)
    o.header = a0
    o.ev_processing = a1
    o.ev_device_fine_positioning_method_list = a2
    o.ev_device_pairing_method_list = a3
    o.ev_device_alignment_check_method_list = a4
    o.natural_offset = a5
    o.vendor_specific_data_container = a6
    o.lf_system_setup_data = a7
    return o


def _mk36(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_wpt.WPT_FinePositioningRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    o.vendor_specific_data_container = a3
    o.wpt_lf_data_package_list = a4
    return o


def _mk35(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_wpt.WPT_FinePositioningReq)
    o.header = a0
    o.ev_processing = a1
    o.ev_result_code = a2
    o.vendor_specific_data_container = a3
    o.wpt_lf_data_package_list = a4
    return o


def _ds8(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 5)) & 31
    if x & 17:
        _fail(p, 'WPT_FinePositioningMethod')
    p += 5
    v = _T84[(x >> 1 & 7)]
    return v, p


def _mk34(a0: Any) -> Any:
    o = _new(_iso20_wpt.WPT_FinePositioningMethodList)
    o.wpt_fine_positioning_method = a0
    return o


def _mk32(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_wpt.WPT_CoordinateXYZ)
    o.coord_x = a0
    o.coord_y = a1
    o.coord_z = a2
    return o


def _mk31(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any) -> Any:
    o = _new(_iso20_wpt.WPT_ChargeParameterDiscoveryRes)
    o.header = a0
    o.response_code = a1
    o.pd_input_power_class = a2
    o.sd_min_output_power = a3
    o.sd_max_output_power = a4
    o.sd_max_ground_clearance_support = a5
    o.sd_min_ground_clearance_support = a6
    o.pd_min_coil_current = a7
    o.pd_max_coil_current = a8
    o.sd_manufacturer_specific_data_container = a9
    return o


def _mk30(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso20_wpt.WPT_ChargeParameterDiscoveryReq)
    o.header = a0
    o.evpc_max_receivable_power = a1
    o.sd_max_ground_clearence = a2
    o.sd_min_ground_clearence = a3
    o.evpc_natural_frequency = a4
    o.evpc_device_local_control = a5
    o.vendor_specific_data_container = a6
    return o


def _mk27(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_wpt.WPT_AlignmentCheckRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    o.power_transmitted = a3
    o.supply_device_current = a4
    o.vendor_specific_data_container = a5
    return o


def _ds7(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 4)) & 15
    if x & 9:
        _fail(p, 'EVResultCode')
    p += 4
    v = _T55[(x >> 1 & 3)]
    return v, p


def _mk26(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_wpt.WPT_AlignmentCheckReq)
    o.header = a0
    o.ev_processing = a1
    o.target_coil_current = a2
    o.ev_result_code = a3
    o.vendor_specific_data_container = a4
    return o


def _ds6(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 4)) & 15
    if x & 9:
        _fail(p, 'WPT_AlignmentCheckMethod')
    p += 4
    v = _T49[(x >> 1 & 3)]
    return v, p


def _mk25(a0: Any) -> Any:
    o = _new(_iso20_wpt.WPT_AlignmentCheckMethodList)
    o.wpt_alignment_check_method = a0
    return o


def _mk24(a0: Any) -> Any:
    o = _new(_iso20_wpt.AlternativeSECCList)
    o.alternative_secc = a0
    return o


def _mk23(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_wpt.AlternativeSECC)
    o.ssid = a0
    o.bssid = a1
    o.ip_address = a2
    o.port = a3
    return o


def _mk22(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.V2GResponse)
    o.header = a0
    o.response_code = a1
    return o


def _mk21(a0: Any) -> Any:
    o = _new(_iso20_ct.V2GRequest)
    o.header = a0
    return o


def _mk20(a0: Any) -> Any:
    o = _new(_iso20_ct.V2GMessage)
    o.header = a0
    return o


def _mk19() -> Any:
    o = _new(_iso20_ct.Scheduled_CLResControlMode)
    return o


def _mk18(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ct.Scheduled_CLReqControlMode)
    o.ev_target_energy_request = a0
    o.ev_maximum_energy_request = a1
    o.ev_minimum_energy_request = a2
    return o


def _mk13(a0: Any) -> Any:
    o = _new(_iso20_ct.ListOfRootCertificateIDs)
    o.root_certificate_id = a0
    return o


def _ds3(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 9)) & 511
    if x & 256:
        _fail(p, 'AckMaxDelay')
    p += 9
    v = x & 127
    if x & 128:
        b = (D >> (T - p - 8)) & 255
        p += 8
        v |= (b & 127) << 7
        if b & 128:
            v, p = d_uint_more(D, T, p, v, 14)
    if (D >> (T - p - 1)) & 1:
        _fail(p, 'AckMaxDelay')
    p += 1
    return v, p


def _mk11(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_ct.Dynamic_CLResControlMode)
    o.departure_time = a0
    o.minimum_soc = a1
    o.target_soc = a2
    o.ack_max_delay = a3
    return o


def _mk10(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_ct.Dynamic_CLReqControlMode)
    o.departure_time = a0
    o.ev_target_energy_request = a1
    o.ev_maximum_energy_request = a2
    o.ev_minimum_energy_request = a3
    return o


def _mk5(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.ChargeParameterDiscoveryRes)
    o.header = a0
    o.response_code = a1
    return o


def _mk4(a0: Any) -> Any:
    o = _new(_iso20_ct.ChargeParameterDiscoveryReq)
    o.header = a0
    return o


def _mk3(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_ct.ChargeLoopRes)
    o.header = a0
    o.response_code = a1
    o.evse_status = a2
    o.meter_info = a3
    o.receipt = a4
    return o


def _mk2(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ct.ChargeLoopReq)
    o.header = a0
    o.display_parameters = a1
    o.meter_info_requested = a2
    return o


def _mk1() -> Any:
    o = _new(_iso20_ct.CLResControlMode)
    return o


def _mk0() -> Any:
    o = _new(_iso20_ct.CLReqControlMode)
    return o


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
    return _mk0(), p


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
    return _mk1(), p


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
    c, w, s = _T1[s]
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.meter_info_requested]) << 1)
    c, w = _T2[s]
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
            f2, p = _ds0(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'ChargeLoopReq', 1)
            return _mk2(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds0(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ChargeLoopReq', 2)
                return _mk2(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeLoopReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeLoopReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeLoopReq (near grammar state {s}): {exc}') from None
    return _mk2(f0, f1, f2), p


def e_iso20_ct_ChargeLoopRes(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeLoopRes:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.evse_status
    a = (a << 9) | ((_T3[o.response_code]) << 1)
    if v2 is not None:
        a <<= 3
        a = e_iso20_ct_EVSEStatus(v2, a)
        s = 3
    v3 = o.meter_info
    if v3 is not None:
        c, w, s = _T7[s]
        a = (a << w) | c
        a = e_iso20_ct_MeterInfo(v3, a)
    v4 = o.receipt
    if v4 is not None:
        c, w, s = _T8[s]
        a = (a << w) | c
        a = e_iso20_ct_Receipt(v4, a)
    c, w = _T9[s]
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
        f1 = _T4[(x >> 4 & 63)]
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
    return _mk3(f0, f1, f2, f3, f4), p


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
    return _mk4(f0), p


def e_iso20_ct_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeParameterDiscoveryRes:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T3[o.response_code]) << 2)
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
        f1 = _T4[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk5(f0, f1), p


def e_iso20_ct_Dynamic_CLReqControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.Dynamic_CLReqControlMode:
        raise _Invalid
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    c, w, s = _T20[s]
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
            f0, p = _ds2(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Dynamic_CLReqControlMode', 0)
            return _mk10(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Dynamic_CLReqControlMode', 1)
                return _mk10(f0, f1, f2, f3), p
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
    return _mk10(f0, f1, f2, f3), p


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
        c, w, s = _T21[s]
        if not 0 <= v1 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v1) << 1)
    v2 = o.target_soc
    if v2 is not None:
        c, w, s = _T22[s]
        if not 0 <= v2 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v2) << 1)
    v3 = o.ack_max_delay
    if v3 is not None:
        c, w, s = _T23[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v3, 0, 65535) << 1
    c, w = _T24[s]
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
            f0, p = _ds2(D, T, p)
            s = 1
        elif c == 1:
            f1, p = _ds1(D, T, p)
            s = 2
        elif c == 2:
            f2, p = _ds1(D, T, p)
            s = 3
        elif c == 3:
            f3, p = _ds3(D, T, p)
            s = 4
        elif c == 4:
            s = -1
        else:
            _bad_code(p, c, 'Dynamic_CLResControlMode', 0)
        if s == 1:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f1, p = _ds1(D, T, p)
                s = 2
            elif c == 1:
                f2, p = _ds1(D, T, p)
                s = 3
            elif c == 2:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_CLResControlMode', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = _ds1(D, T, p)
                s = 3
            elif c == 1:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'Dynamic_CLResControlMode', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = _ds3(D, T, p)
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
    return _mk11(f0, f1, f2, f3), p


def e_iso20_ct_ListOfRootCertificateIDs(o: Any, a: int) -> int:
    s = 0
    for v in o.root_certificate_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T25[s]
            a = (a << w) | c
        a = e_xmldsig_X509IssuerSerial(v, a)
    if 1 <= s <= 19:
        a = (a << 2) | 1
    else:
        c, w = _T26[s]
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
    return _mk13(f0), p


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
        c, w, s = _T39[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v1, a)
    v2 = o.ev_minimum_energy_request
    if v2 is not None:
        c, w, s = _T40[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w = _T41[s]
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
    return _mk18(f0, f1, f2), p


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
    return _mk19(), p


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
    return _mk20(f0), p


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
    return _mk21(f0), p


def e_iso20_ct_V2GResponse(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.V2GResponse:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T3[o.response_code]) << 2)
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
        f1 = _T4[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2GResponse (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2GResponse (near grammar state {s}): {exc}') from None
    return _mk22(f0, f1), p


def e_iso20_wpt_AlternativeSECC(o: Any, a: int) -> int:
    s = 0
    v0 = o.ssid
    if v0 is not None:
        if len(v0) > 255:
            raise _Invalid
        a <<= 3
        a = e_sel_str(a, v0)
        s = 1
    v1 = o.bssid
    if v1 is not None:
        c, w, s = _T42[s]
        if len(v1) > 12:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_str(a, v1)
    v2 = o.ip_address
    if v2 is not None:
        c, w, s = _T43[s]
        if len(v2) > 39:
            raise _Invalid
        a = (a << w) | c
        a = e_sel_str(a, v2)
    v3 = o.port
    if v3 is not None:
        c, w, s = _T44[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v3, 0, 65535) << 1
    c, w = _T45[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_AlternativeSECC(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = d_sel_str(D, T, p, 255, 'SSID')
            s = 1
        elif c == 1:
            f1, p = d_sel_str(D, T, p, 12, 'BSSID')
            s = 2
        elif c == 2:
            f2, p = d_sel_str(D, T, p, 39, 'IPAddress')
            s = 3
        elif c == 3:
            f3, p = _ds3(D, T, p)
            s = 4
        elif c == 4:
            s = -1
        else:
            _bad_code(p, c, 'AlternativeSECC', 0)
        if s == 1:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f1, p = d_sel_str(D, T, p, 12, 'BSSID')
                s = 2
            elif c == 1:
                f2, p = d_sel_str(D, T, p, 39, 'IPAddress')
                s = 3
            elif c == 2:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'AlternativeSECC', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_sel_str(D, T, p, 39, 'IPAddress')
                s = 3
            elif c == 1:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'AlternativeSECC', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = _ds3(D, T, p)
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'AlternativeSECC', 3)
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AlternativeSECC', 4)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AlternativeSECC (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AlternativeSECC (near grammar state {s}): {exc}') from None
    return _mk23(f0, f1, f2, f3), p


def e_iso20_wpt_AlternativeSECCList(o: Any, a: int) -> int:
    s = 0
    for v in o.alternative_secc:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T46[s]
            a = (a << w) | c
        a = e_iso20_wpt_AlternativeSECC(v, a)
    c, w = _T47[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_AlternativeSECCList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AlternativeSECCList')
        p += 1
        y, p = d_iso20_wpt_AlternativeSECC(D, T, p)
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
                    y, p = d_iso20_wpt_AlternativeSECC(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 7:
                        s = 8
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'AlternativeSECCList', 1)
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
                _bad_code(p, c, 'AlternativeSECCList', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AlternativeSECCList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AlternativeSECCList (near grammar state {s}): {exc}') from None
    return _mk24(f0), p


def e_iso20_wpt_WPT_AlignmentCheckMethodList(o: Any, a: int) -> int:
    s = 0
    for v in o.wpt_alignment_check_method:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T50[s]
            a = (a << w) | c
        a = (a << 4) | ((_T48[v]) << 1)
    c, w = _T51[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_WPT_AlignmentCheckMethodList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 5)) & 31
        if x & 25:
            _fail(p, 'WPT_AlignmentCheckMethodList')
        p += 5
        y = _T49[(x >> 1 & 3)]
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
                    y, p = _ds6(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 7:
                        s = 8
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_AlignmentCheckMethodList', 1)
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
                _bad_code(p, c, 'WPT_AlignmentCheckMethodList', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_AlignmentCheckMethodList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_AlignmentCheckMethodList (near grammar state {s}): {exc}') from None
    return _mk25(f0), p


def e_iso20_wpt_WPT_AlignmentCheckReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.target_coil_current
    a = (a << 5) | ((_T52[o.ev_processing]) << 1)
    if v2 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v2, a)
        s = 3
    c, w, s = _T56[s]
    a = (a << (w + 4)) | (c << 4) | ((_T54[o.ev_result_code]) << 1)
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 4 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T57[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    if 4 <= s <= 19:
        a = (a << 2) | 1
    else:
        c, w = _T58[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_AlignmentCheckReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_AlignmentCheckReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 7)) & 127
        if x & 100:
            _fail(p, 'WPT_AlignmentCheckReq')
        p += 7
        f1 = _T53[(x >> 3 & 3)]
        c = (x & 3)
        if c == 0:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 1:
            f3, p = _ds7(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'WPT_AlignmentCheckReq', 2)
            return _mk26(f0, f1, f2, f3, f4), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = _ds7(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'WPT_AlignmentCheckReq', 3)
                return _mk26(f0, f1, f2, f3, f4), p
        rc = 0
        s = 4
        Df = D
        Tf = T
        nw = False
        while s == 4:
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f4.append(y)
                    rc += 1
                    if rc == 16:
                        s = 20
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_AlignmentCheckReq', 4)
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
                _bad_code(p, c, 'WPT_AlignmentCheckReq', 20)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_AlignmentCheckReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_AlignmentCheckReq (near grammar state {s}): {exc}') from None
    return _mk26(f0, f1, f2, f3, f4), p


def e_iso20_wpt_WPT_AlignmentCheckRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 3
    v3 = o.power_transmitted
    a = (a << 14) | ((_T3[o.response_code]) << 6) | ((_T52[o.evse_processing]) << 1)
    if v3 is not None:
        a <<= 3
        a = e_iso20_ct_RationalNumber(v3, a)
        s = 4
    v4 = o.supply_device_current
    if v4 is not None:
        c, w, s = _T59[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v4, a)
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 6 <= s <= 20:
            a = (a << 2) | 0
            s = s + 1 if s < 20 else 21
        else:
            c, w, s = _T60[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    if 5 <= s <= 20:
        a = (a << 2) | 1
    else:
        c, w = _T61[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_AlignmentCheckRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_AlignmentCheckRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 3
        x = (D >> (T - p - 17)) & 131071
        if x & 98760:
            _fail(p, 'WPT_AlignmentCheckRes')
        p += 17
        f1 = _T4[(x >> 9 & 63)]
        f2 = _T53[(x >> 4 & 3)]
        c = (x & 7)
        if c == 0:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        elif c == 1:
            f4, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 5
        elif c == 2:
            y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
            f5.append(y)
            s = 6
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'WPT_AlignmentCheckRes', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 5
            elif c == 1:
                y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                f5.append(y)
                s = 6
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'WPT_AlignmentCheckRes', 4)
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                f5.append(y)
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_AlignmentCheckRes', 5)
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f5.append(y)
                    rc += 1
                    if rc == 15:
                        s = 21
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_AlignmentCheckRes', 6)
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
        if s == 21:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_AlignmentCheckRes', 21)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_AlignmentCheckRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_AlignmentCheckRes (near grammar state {s}): {exc}') from None
    return _mk27(f0, f1, f2, f3, f4, f5), p


def e_iso20_wpt_WPT_ChargeParameterDiscoveryReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evpc_max_receivable_power, a)
    n181 = o.sd_max_ground_clearence
    a = e_uint_in(a << 2, n181, 0, 65535) << 1
    n182 = o.sd_min_ground_clearence
    a = e_uint_in(a << 2, n182, 0, 65535) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evpc_natural_frequency, a)
    a = (a << 4) | ((_BOOL[o.evpc_device_local_control]) << 1)
    s = 6
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 6 <= s <= 21:
            a = (a << 2) | 0
            s = s + 1 if s < 21 else 22
        else:
            c, w, s = _T77[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    if 6 <= s <= 21:
        a = (a << 2) | 1
    else:
        c, w = _T78[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_ChargeParameterDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_ChargeParameterDiscoveryReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_ChargeParameterDiscoveryReq')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_ChargeParameterDiscoveryReq')
        p += 10
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'WPT_ChargeParameterDiscoveryReq')
        p += 11
        f3 = x & 127
        if x & 128:
            f3, p = d_uint_more(D, T, p, f3, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_ChargeParameterDiscoveryReq')
        p += 2
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        x = (D >> (T - p - 4)) & 15
        if x & 13:
            _fail(p, 'WPT_ChargeParameterDiscoveryReq')
        p += 4
        f5 = (x >> 1 & 1) == 1
        rc = 0
        s = 6
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f6.append(y)
                    rc += 1
                    if rc == 16:
                        s = 22
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_ChargeParameterDiscoveryReq', 6)
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
        if s == 22:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_ChargeParameterDiscoveryReq', 22)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_ChargeParameterDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_ChargeParameterDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk30(f0, f1, f2, f3, f4, f5, f6), p


def e_iso20_wpt_WPT_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 15) | ((_T3[o.response_code]) << 7) | ((_T79[o.pd_input_power_class]) << 2)
    a = e_iso20_ct_RationalNumber(o.sd_min_output_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.sd_max_output_power, a)
    n200 = o.sd_max_ground_clearance_support
    a = e_uint_in(a << 2, n200, 0, 65535) << 1
    n201 = o.sd_min_ground_clearance_support
    a = e_uint_in(a << 2, n201, 0, 65535) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.pd_min_coil_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.pd_max_coil_current, a)
    s = 9
    for v in o.sd_manufacturer_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 9 <= s <= 24:
            a = (a << 2) | 0
            s = s + 1 if s < 24 else 25
        else:
            c, w, s = _T81[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    if 9 <= s <= 24:
        a = (a << 2) | 1
    else:
        c, w = _T82[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_ChargeParameterDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = None
    f7: Any = None
    f8: Any = None
    f9: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 15)) & 32767
        if x & 24691:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 15
        f1 = _T4[(x >> 7 & 63)]
        f2 = _T80[(x >> 2 & 3)]
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 1
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 10
        f5 = x & 127
        if x & 128:
            f5, p = d_uint_more(D, T, p, f5, 7)
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 11
        f6 = x & 127
        if x & 128:
            f6, p = d_uint_more(D, T, p, f6, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 2
        f7, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_ChargeParameterDiscoveryRes')
        p += 1
        f8, p = d_iso20_ct_RationalNumber(D, T, p)
        rc = 0
        s = 9
        Df = D
        Tf = T
        nw = False
        while s == 9:
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
                    y, p = d_sel_bin(D, T, p, 256, 'SDManufacturerSpecificDataContainer')
                    f9.append(y)
                    rc += 1
                    if rc == 16:
                        s = 25
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_ChargeParameterDiscoveryRes', 9)
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
        if s == 25:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_ChargeParameterDiscoveryRes', 25)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk31(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9), p


def e_iso20_wpt_WPT_CoordinateXYZ(o: Any, a: int) -> int:
    n208 = o.coord_x
    a = e_int_in(a << 2, n208, -32768, 32767) << 1
    n209 = o.coord_y
    a = e_int_in(a << 2, n209, -32768, 32767) << 1
    n210 = o.coord_z
    a = e_int_in(a << 2, n210, -32768, 32767) << 1
    a <<= 1
    return a


def d_iso20_wpt_WPT_CoordinateXYZ(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'WPT_CoordinateXYZ')
        p += 11
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if x & 256:
            f0 = -f0 - 1
        x = (D >> (T - p - 12)) & 4095
        if x & 3584:
            _fail(p, 'WPT_CoordinateXYZ')
        p += 12
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if x & 256:
            f1 = -f1 - 1
        x = (D >> (T - p - 12)) & 4095
        if x & 3584:
            _fail(p, 'WPT_CoordinateXYZ')
        p += 12
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        if x & 256:
            f2 = -f2 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_CoordinateXYZ')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_CoordinateXYZ (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_CoordinateXYZ (near grammar state {s}): {exc}') from None
    return _mk32(f0, f1, f2), p


def e_iso20_wpt_WPT_FinePositioningMethodList(o: Any, a: int) -> int:
    s = 0
    for v in o.wpt_fine_positioning_method:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T85[s]
            a = (a << w) | c
        a = (a << 5) | ((_T83[v]) << 1)
    c, w = _T86[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_WPT_FinePositioningMethodList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 6)) & 63
        if x & 49:
            _fail(p, 'WPT_FinePositioningMethodList')
        p += 6
        y = _T84[(x >> 1 & 7)]
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
                    y, p = _ds8(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 7:
                        s = 8
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_FinePositioningMethodList', 1)
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
                _bad_code(p, c, 'WPT_FinePositioningMethodList', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_FinePositioningMethodList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_FinePositioningMethodList (near grammar state {s}): {exc}') from None
    return _mk34(f0), p


def e_iso20_wpt_WPT_FinePositioningReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T52[o.ev_processing]) << 6) | ((_T54[o.ev_result_code]) << 1)
    s = 3
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 6 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T87[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    v4 = o.wpt_lf_data_package_list
    if v4 is not None:
        c, w, s = _T88[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_LF_DataPackageList(v4, a)
    if 6 <= s <= 19:
        a = (a << 2) | 2
    else:
        c, w = _T89[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_FinePositioningReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = []
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 825:
            _fail(p, 'WPT_FinePositioningReq')
        p += 10
        f1 = _T53[(x >> 6 & 3)]
        f2 = _T55[(x >> 1 & 3)]
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f3.append(y)
                    rc += 1
                    if rc == 16:
                        s = 20
                elif c == 1:
                    f4, p = d_iso20_wpt_WPT_LF_DataPackageList(D, T, p)
                    s = 5
                elif c == 2:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_FinePositioningReq', 3)
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
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_wpt_WPT_LF_DataPackageList(D, T, p)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningReq', 20)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningReq', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_FinePositioningReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_FinePositioningReq (near grammar state {s}): {exc}') from None
    return _mk35(f0, f1, f2, f3, f4), p


def e_iso20_wpt_WPT_FinePositioningRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 14) | ((_T3[o.response_code]) << 6) | ((_T52[o.evse_processing]) << 1)
    s = 3
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 6 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T90[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    v4 = o.wpt_lf_data_package_list
    if v4 is not None:
        c, w, s = _T91[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_LF_DataPackageList(v4, a)
    if 6 <= s <= 19:
        a = (a << 2) | 2
    else:
        c, w = _T92[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_FinePositioningRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = []
    f4: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 14)) & 16383
        if x & 12345:
            _fail(p, 'WPT_FinePositioningRes')
        p += 14
        f1 = _T4[(x >> 6 & 63)]
        f2 = _T53[(x >> 1 & 3)]
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f3.append(y)
                    rc += 1
                    if rc == 16:
                        s = 20
                elif c == 1:
                    f4, p = d_iso20_wpt_WPT_LF_DataPackageList(D, T, p)
                    s = 5
                elif c == 2:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_FinePositioningRes', 3)
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
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_wpt_WPT_LF_DataPackageList(D, T, p)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningRes', 20)
        if s == 5:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningRes', 5)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_FinePositioningRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_FinePositioningRes (near grammar state {s}): {exc}') from None
    return _mk36(f0, f1, f2, f3, f4), p


def e_iso20_wpt_WPT_FinePositioningSetupReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 6) | ((_T52[o.ev_processing]) << 2)
    a = e_iso20_wpt_WPT_FinePositioningMethodList(o.ev_device_fine_positioning_method_list, a)
    a <<= 1
    a = e_iso20_wpt_WPT_PairingMethodList(o.ev_device_pairing_method_list, a)
    a <<= 1
    a = e_iso20_wpt_WPT_AlignmentCheckMethodList(o.ev_device_alignment_check_method_list, a)
    n237 = o.natural_offset
    a = e_uint_in(a << 2, n237, 0, 65535) << 1
    s = 6
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 9 <= s <= 22:
            a = (a << 2) | 0
            s = s + 1 if s < 22 else 23
        else:
            c, w, s = _T93[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    v7 = o.lf_system_setup_data
    if v7 is not None:
        c, w, s = _T94[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_LF_SystemSetupData(v7, a)
    if 9 <= s <= 22:
        a = (a << 2) | 2
    else:
        c, w = _T95[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_FinePositioningSetupReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = []
    f7: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 6)) & 63
        if x & 51:
            _fail(p, 'WPT_FinePositioningSetupReq')
        p += 6
        f1 = _T53[(x >> 2 & 3)]
        f2, p = d_iso20_wpt_WPT_FinePositioningMethodList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupReq')
        p += 1
        f3, p = d_iso20_wpt_WPT_PairingMethodList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupReq')
        p += 1
        f4, p = d_iso20_wpt_WPT_AlignmentCheckMethodList(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_FinePositioningSetupReq')
        p += 10
        f5 = x & 127
        if x & 128:
            f5, p = d_uint_more(D, T, p, f5, 7)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupReq')
        p += 1
        rc = 0
        s = 6
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f6.append(y)
                    rc += 1
                    if rc == 16:
                        s = 23
                elif c == 1:
                    f7, p = d_iso20_wpt_WPT_LF_SystemSetupData(D, T, p)
                    s = 8
                elif c == 2:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_FinePositioningSetupReq', 6)
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
        if s == 23:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f7, p = d_iso20_wpt_WPT_LF_SystemSetupData(D, T, p)
                s = 8
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningSetupReq', 23)
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningSetupReq', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_FinePositioningSetupReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_FinePositioningSetupReq (near grammar state {s}): {exc}') from None
    return _mk37(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_iso20_wpt_WPT_FinePositioningSetupRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T3[o.response_code]) << 2)
    a = e_iso20_wpt_WPT_FinePositioningMethodList(o.primary_device_fine_positioning_method_list, a)
    a <<= 1
    a = e_iso20_wpt_WPT_PairingMethodList(o.primary_device_pairing_method_list, a)
    a <<= 1
    a = e_iso20_wpt_WPT_AlignmentCheckMethodList(o.primary_device_alignment_check_method_list, a)
    n238 = o.natural_offset
    a = e_uint_in(a << 2, n238, 0, 65535) << 1
    s = 6
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 9 <= s <= 22:
            a = (a << 2) | 0
            s = s + 1 if s < 22 else 23
        else:
            c, w, s = _T96[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    v7 = o.lf_system_setup_data
    if v7 is not None:
        c, w, s = _T97[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_LF_SystemSetupData(v7, a)
    if 9 <= s <= 22:
        a = (a << 2) | 2
    else:
        c, w = _T98[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_FinePositioningSetupRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = None
    f6: Any = []
    f7: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'WPT_FinePositioningSetupRes')
        p += 10
        f1 = _T4[(x >> 2 & 63)]
        f2, p = d_iso20_wpt_WPT_FinePositioningMethodList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupRes')
        p += 1
        f3, p = d_iso20_wpt_WPT_PairingMethodList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupRes')
        p += 1
        f4, p = d_iso20_wpt_WPT_AlignmentCheckMethodList(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_FinePositioningSetupRes')
        p += 10
        f5 = x & 127
        if x & 128:
            f5, p = d_uint_more(D, T, p, f5, 7)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_FinePositioningSetupRes')
        p += 1
        rc = 0
        s = 6
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f6.append(y)
                    rc += 1
                    if rc == 16:
                        s = 23
                elif c == 1:
                    f7, p = d_iso20_wpt_WPT_LF_SystemSetupData(D, T, p)
                    s = 8
                elif c == 2:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_FinePositioningSetupRes', 6)
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
        if s == 23:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f7, p = d_iso20_wpt_WPT_LF_SystemSetupData(D, T, p)
                s = 8
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningSetupRes', 23)
        if s == 8:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_FinePositioningSetupRes', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_FinePositioningSetupRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_FinePositioningSetupRes (near grammar state {s}): {exc}') from None
    return _mk38(f0, f1, f2, f3, f4, f5, f6, f7), p


def e_iso20_wpt_WPT_LF_DataPackage(o: Any, a: int) -> int:
    if not 0 <= o.package_index <= 255:
        raise _Invalid
    s = 1
    v1 = o.lf_tx_data
    a = (a << 11) | ((o.package_index) << 1)
    if v1 is not None:
        a <<= 2
        a = e_iso20_wpt_WPT_LF_TxDataList(v1, a)
        s = 2
    v2 = o.lf_rx_data
    if v2 is not None:
        c, w, s = _T99[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_LF_RxDataList(v2, a)
    c, w = _T100[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_WPT_LF_DataPackage(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        s = 1
        x = (D >> (T - p - 13)) & 8191
        if x & 6148:
            _fail(p, 'WPT_LF_DataPackage')
        p += 13
        f0 = (x >> 3 & 255)
        c = (x & 3)
        if c == 0:
            f1, p = d_iso20_wpt_WPT_LF_TxDataList(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_wpt_WPT_LF_RxDataList(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'WPT_LF_DataPackage', 1)
            return _mk39(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_DataPackage', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_DataPackage', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_DataPackage (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_DataPackage (near grammar state {s}): {exc}') from None
    return _mk39(f0, f1, f2), p


def e_iso20_wpt_WPT_LF_DataPackageList(o: Any, a: int) -> int:
    if not 0 <= o.num_packages <= 255:
        raise _Invalid
    a = (a << 12) | ((o.num_packages) << 2)
    a = e_iso20_wpt_WPT_LF_DataPackage(o.wpt_lf_data_package, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_DataPackageList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 12)) & 4095
        if x & 3075:
            _fail(p, 'WPT_LF_DataPackageList')
        p += 12
        f0 = (x >> 2 & 255)
        f1, p = d_iso20_wpt_WPT_LF_DataPackage(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_DataPackageList')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_DataPackageList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_DataPackageList (near grammar state {s}): {exc}') from None
    return _mk40(f0, f1), p


def e_iso20_wpt_WPT_LF_ReceiverData(o: Any, a: int) -> int:
    if not 0 <= o.number_of_receivers <= 255:
        raise _Invalid
    a = (a << 11) | ((o.number_of_receivers) << 1)
    s = 1
    for v in o.rx_spec_data:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 3 <= s <= 255:
            a = (a << 2) | 0
            s = s + 1 if s < 255 else 256
        else:
            c, w, s = _T101[s]
            a = (a << w) | c
        a = e_iso20_wpt_WPT_TxRxSpecData(v, a)
    if 3 <= s <= 255:
        a = (a << 2) | 1
    else:
        c, w = _T102[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_LF_ReceiverData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 12)) & 4095
        if x & 3075:
            _fail(p, 'WPT_LF_ReceiverData')
        p += 12
        f0 = (x >> 2 & 255)
        y, p = d_iso20_wpt_WPT_TxRxSpecData(D, T, p)
        f1.append(y)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_ReceiverData')
        p += 1
        y, p = d_iso20_wpt_WPT_TxRxSpecData(D, T, p)
        f1.append(y)
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
                    y, p = d_iso20_wpt_WPT_TxRxSpecData(D, T, p)
                    f1.append(y)
                    rc += 1
                    if rc == 253:
                        s = 256
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_LF_ReceiverData', 3)
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
        if s == 256:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_ReceiverData', 256)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_ReceiverData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_ReceiverData (near grammar state {s}): {exc}') from None
    return _mk41(f0, f1), p


def e_iso20_wpt_WPT_LF_RxData(o: Any, a: int) -> int:
    n287 = o.rx_identifier
    a = e_uint_in(a << 2, n287, 1, 4294967295) << 1
    a <<= 1
    a = e_iso20_wpt_WPT_LF_RxRSSIList(o.rssi_data, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_RxData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_LF_RxData')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_LF_RxData')
        p += 2
        f1, p = d_iso20_wpt_WPT_LF_RxRSSIList(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_RxData')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_RxData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_RxData (near grammar state {s}): {exc}') from None
    return _mk43(f0, f1), p


def e_iso20_wpt_WPT_LF_RxDataList(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_wpt_WPT_LF_RxData(o.wpt_lf_rx_data_list, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_RxDataList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_RxDataList')
        p += 1
        f0, p = d_iso20_wpt_WPT_LF_RxData(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_RxDataList')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_RxDataList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_RxDataList (near grammar state {s}): {exc}') from None
    return _mk46(f0), p


def e_iso20_wpt_WPT_LF_RxRSSI(o: Any, a: int) -> int:
    n311 = o.tx_identifier
    a = e_uint_in(a << 2, n311, 1, 4294967295) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.rssi, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_RxRSSI(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_LF_RxRSSI')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_LF_RxRSSI')
        p += 2
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_RxRSSI')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_RxRSSI (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_RxRSSI (near grammar state {s}): {exc}') from None
    return _mk44(f0, f1), p


def e_iso20_wpt_WPT_LF_RxRSSIList(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_wpt_WPT_LF_RxRSSI(o.rssi_data_list, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_RxRSSIList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_RxRSSIList')
        p += 1
        f0, p = d_iso20_wpt_WPT_LF_RxRSSI(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_RxRSSIList')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_RxRSSIList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_RxRSSIList (near grammar state {s}): {exc}') from None
    return _mk45(f0), p


def e_iso20_wpt_WPT_LF_SystemSetupData(o: Any, a: int) -> int:
    s = 0
    v0 = o.lf_transmitter_setup_data
    if v0 is not None:
        a <<= 2
        a = e_iso20_wpt_WPT_LF_TransmitterData(v0, a)
        s = 1
    v1 = o.lf_receiver_setup_data
    if v1 is not None:
        c, w, s = _T103[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_LF_ReceiverData(v1, a)
    c, w = _T104[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_WPT_LF_SystemSetupData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_iso20_wpt_WPT_LF_TransmitterData(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_wpt_WPT_LF_ReceiverData(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'WPT_LF_SystemSetupData', 0)
            return _mk47(f0, f1), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_SystemSetupData', 1)
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_SystemSetupData', 2)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_SystemSetupData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_SystemSetupData (near grammar state {s}): {exc}') from None
    return _mk47(f0, f1), p


def e_iso20_wpt_WPT_LF_TransmitterData(o: Any, a: int) -> int:
    if not 0 <= o.number_of_transmitters <= 255:
        raise _Invalid
    a = (a << 12) | ((o.number_of_transmitters) << 2)
    a = e_iso20_ct_RationalNumber(o.signal_frequency, a)
    s = 2
    for v in o.tx_spec_data:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 7 <= s <= 257:
            a = (a << 2) | 0
            s = s + 1 if s < 257 else 258
        else:
            c, w, s = _T105[s]
            a = (a << w) | c
        a = e_iso20_wpt_WPT_TxRxSpecData(v, a)
    v3 = o.tx_package_spec_data
    if v3 is not None:
        c, w, s = _T106[s]
        a = (a << w) | c
        a = e_iso20_wpt_WPT_TxRxPackageSpecData(v3, a)
    if 7 <= s <= 257:
        a = (a << 2) | 2
    else:
        c, w = _T107[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_LF_TransmitterData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = []
    f3: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 12)) & 4095
        if x & 3075:
            _fail(p, 'WPT_LF_TransmitterData')
        p += 12
        f0 = (x >> 2 & 255)
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_TransmitterData')
        p += 1
        y, p = d_iso20_wpt_WPT_TxRxSpecData(D, T, p)
        f2.append(y)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_TransmitterData')
        p += 1
        y, p = d_iso20_wpt_WPT_TxRxSpecData(D, T, p)
        f2.append(y)
        rc = 0
        s = 4
        Df = D
        Tf = T
        nw = False
        while s == 4:
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
                    y, p = d_iso20_wpt_WPT_TxRxSpecData(D, T, p)
                    f2.append(y)
                    rc += 1
                    if rc == 253:
                        s = 258
                elif c == 1:
                    f3, p = d_iso20_wpt_WPT_TxRxPackageSpecData(D, T, p)
                    s = 6
                elif c == 2:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_LF_TransmitterData', 4)
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
        if s == 258:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_iso20_wpt_WPT_TxRxPackageSpecData(D, T, p)
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_TransmitterData', 258)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_LF_TransmitterData', 6)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_TransmitterData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_TransmitterData (near grammar state {s}): {exc}') from None
    return _mk48(f0, f1, f2, f3), p


def e_iso20_wpt_WPT_LF_TxData(o: Any, a: int) -> int:
    n359 = o.tx_identifier
    a = e_uint_in(a << 2, n359, 1, 4294967295) << 1
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.eirp, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_TxData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_LF_TxData')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_LF_TxData')
        p += 2
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_TxData')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_TxData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_TxData (near grammar state {s}): {exc}') from None
    return _mk49(f0, f1), p


def e_iso20_wpt_WPT_LF_TxDataList(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_wpt_WPT_LF_TxData(o.wpt_lf_tx_data_list, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_LF_TxDataList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_TxDataList')
        p += 1
        f0, p = d_iso20_wpt_WPT_LF_TxData(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_LF_TxDataList')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_LF_TxDataList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_LF_TxDataList (near grammar state {s}): {exc}') from None
    return _mk50(f0), p


def e_iso20_wpt_WPT_PairingMethodList(o: Any, a: int) -> int:
    s = 0
    for v in o.wpt_pairing_method:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 7:
            a = (a << 2) | 0
            s = s + 1 if s < 7 else 8
        else:
            c, w, s = _T110[s]
            a = (a << w) | c
        a = (a << 5) | ((_T108[v]) << 1)
    c, w = _T111[s]
    a = (a << w) | c
    return a


def d_iso20_wpt_WPT_PairingMethodList(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 6)) & 63
        if x & 49:
            _fail(p, 'WPT_PairingMethodList')
        p += 6
        y = _T109[(x >> 1 & 7)]
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
                    y, p = _ds9(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 7:
                        s = 8
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_PairingMethodList', 1)
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
                _bad_code(p, c, 'WPT_PairingMethodList', 8)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_PairingMethodList (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_PairingMethodList (near grammar state {s}): {exc}') from None
    return _mk51(f0), p


def e_iso20_wpt_WPT_PairingReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.observed_id_code
    a = (a << 5) | ((_T52[o.ev_processing]) << 1)
    if v2 is not None:
        a = e_uint_in(a << 3, v2, 1, 4294967295) << 1
        s = 3
    c, w, s = _T112[s]
    a = (a << (w + 4)) | (c << 4) | ((_T54[o.ev_result_code]) << 1)
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 4 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T113[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    if 4 <= s <= 19:
        a = (a << 2) | 1
    else:
        c, w = _T114[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_PairingReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_PairingReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 7)) & 127
        if x & 100:
            _fail(p, 'WPT_PairingReq')
        p += 7
        f1 = _T53[(x >> 3 & 3)]
        c = (x & 3)
        if c == 0:
            f2, p = _ds10(D, T, p)
            s = 3
        elif c == 1:
            f3, p = _ds7(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'WPT_PairingReq', 2)
            return _mk52(f0, f1, f2, f3, f4), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = _ds7(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'WPT_PairingReq', 3)
                return _mk52(f0, f1, f2, f3, f4), p
        rc = 0
        s = 4
        Df = D
        Tf = T
        nw = False
        while s == 4:
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f4.append(y)
                    rc += 1
                    if rc == 16:
                        s = 20
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_PairingReq', 4)
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
                _bad_code(p, c, 'WPT_PairingReq', 20)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_PairingReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_PairingReq (near grammar state {s}): {exc}') from None
    return _mk52(f0, f1, f2, f3, f4), p


def e_iso20_wpt_WPT_PairingRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 3
    v3 = o.observed_id_code
    a = (a << 14) | ((_T3[o.response_code]) << 6) | ((_T52[o.evse_processing]) << 1)
    if v3 is not None:
        a = e_uint_in(a << 4, v3, 1, 4294967295) << 1
        s = 4
    v4 = o.alternative_secc_list
    if v4 is not None:
        c, w, s = _T115[s]
        a = (a << w) | c
        a = e_iso20_wpt_AlternativeSECCList(v4, a)
    for v in o.vendor_specific_data_container:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 6 <= s <= 20:
            a = (a << 2) | 0
            s = s + 1 if s < 20 else 21
        else:
            c, w, s = _T116[s]
            a = (a << w) | c
        if len(v) > 256:
            raise _Invalid
        a = e_sel_bin(a, v)
    if 5 <= s <= 20:
        a = (a << 2) | 1
    else:
        c, w = _T117[s]
        a = (a << w) | c
    return a


def d_iso20_wpt_WPT_PairingRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = None
    f5: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_PairingRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 3
        x = (D >> (T - p - 17)) & 131071
        if x & 98760:
            _fail(p, 'WPT_PairingRes')
        p += 17
        f1 = _T4[(x >> 9 & 63)]
        f2 = _T53[(x >> 4 & 3)]
        c = (x & 7)
        if c == 0:
            f3, p = _ds10(D, T, p)
            s = 4
        elif c == 1:
            f4, p = d_iso20_wpt_AlternativeSECCList(D, T, p)
            s = 5
        elif c == 2:
            y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
            f5.append(y)
            s = 6
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'WPT_PairingRes', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f4, p = d_iso20_wpt_AlternativeSECCList(D, T, p)
                s = 5
            elif c == 1:
                y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                f5.append(y)
                s = 6
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'WPT_PairingRes', 4)
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                f5.append(y)
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'WPT_PairingRes', 5)
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
                    y, p = d_sel_bin(D, T, p, 256, 'VendorSpecificDataContainer')
                    f5.append(y)
                    rc += 1
                    if rc == 15:
                        s = 21
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'WPT_PairingRes', 6)
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
        if s == 21:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'WPT_PairingRes', 21)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_PairingRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_PairingRes (near grammar state {s}): {exc}') from None
    return _mk53(f0, f1, f2, f3, f4, f5), p


def e_iso20_wpt_WPT_TxRxPackageSpecData(o: Any, a: int) -> int:
    s = 0
    for v in o.pulse_sequence_order:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 9 <= s <= 257:
            a = (a << 2) | 0
            s = s + 1 if s < 257 else 258
        else:
            c, w, s = _T118[s]
            a = (a << w) | c
        a = e_iso20_wpt_WPT_TxRxPulseOrder(v, a)
    c, w, s = _T119[s]
    n385 = o.pulse_separation_time
    a = e_uint_in((a << (w + 1)) | (c << 1), n385, 0, 65535) << 1
    n386 = o.pulse_duration
    a = e_uint_in(a << 2, n386, 0, 65535) << 1
    n387 = o.package_separation_time
    a = e_uint_in(a << 2, n387, 0, 65535) << 1
    a <<= 1
    return a


def d_iso20_wpt_WPT_TxRxPackageSpecData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_TxRxPackageSpecData')
        p += 1
        y, p = d_iso20_wpt_WPT_TxRxPulseOrder(D, T, p)
        f0.append(y)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_TxRxPackageSpecData')
        p += 1
        y, p = d_iso20_wpt_WPT_TxRxPulseOrder(D, T, p)
        f0.append(y)
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
                    y, p = d_iso20_wpt_WPT_TxRxPulseOrder(D, T, p)
                    f0.append(y)
                    rc += 1
                    if rc == 253:
                        s = 258
                elif c == 1:
                    f1, p = _ds3(D, T, p)
                    s = 4
                else:
                    p = _second_ee(D, T, p, c, 2, 2, 'WPT_TxRxPackageSpecData', 2)
                    return _mk55(f0, f1, f2, f3), p
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
        if s == 258:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = _ds3(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'WPT_TxRxPackageSpecData', 258)
                return _mk55(f0, f1, f2, f3), p
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_TxRxPackageSpecData')
        p += 10
        f2 = x & 127
        if x & 128:
            f2, p = d_uint_more(D, T, p, f2, 7)
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'WPT_TxRxPackageSpecData')
        p += 11
        f3 = x & 127
        if x & 128:
            f3, p = d_uint_more(D, T, p, f3, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_TxRxPackageSpecData')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_TxRxPackageSpecData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_TxRxPackageSpecData (near grammar state {s}): {exc}') from None
    return _mk55(f0, f1, f2, f3), p


def e_iso20_wpt_WPT_TxRxPulseOrder(o: Any, a: int) -> int:
    n388 = o.index_number
    a = e_uint_in(a << 2, n388, 0, 65535) << 1
    n389 = o.tx_rx_identifier
    a = e_uint_in(a << 2, n389, 1, 4294967295) << 1
    a <<= 1
    return a


def d_iso20_wpt_WPT_TxRxPulseOrder(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_TxRxPulseOrder')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        x = (D >> (T - p - 11)) & 2047
        if x & 1792:
            _fail(p, 'WPT_TxRxPulseOrder')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_TxRxPulseOrder')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_TxRxPulseOrder (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_TxRxPulseOrder (near grammar state {s}): {exc}') from None
    return _mk56(f0, f1), p


def e_iso20_wpt_WPT_TxRxSpecData(o: Any, a: int) -> int:
    n396 = o.tx_rx_identifier
    a = e_uint_in(a << 2, n396, 1, 4294967295) << 1
    a <<= 1
    a = e_iso20_wpt_WPT_CoordinateXYZ(o.tx_rx_position, a)
    a <<= 1
    a = e_iso20_wpt_WPT_CoordinateXYZ(o.tx_rx_orientation, a)
    a <<= 1
    return a


def d_iso20_wpt_WPT_TxRxSpecData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        x = (D >> (T - p - 10)) & 1023
        if x & 768:
            _fail(p, 'WPT_TxRxSpecData')
        p += 10
        f0 = x & 127
        if x & 128:
            f0, p = d_uint_more(D, T, p, f0, 7)
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'WPT_TxRxSpecData')
        p += 2
        f1, p = d_iso20_wpt_WPT_CoordinateXYZ(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_TxRxSpecData')
        p += 1
        f2, p = d_iso20_wpt_WPT_CoordinateXYZ(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'WPT_TxRxSpecData')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in WPT_TxRxSpecData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in WPT_TxRxSpecData (near grammar state {s}): {exc}') from None
    return _mk42(f0, f1, f2), p

"""Rarely used (cold) part of the dc codec, imported on first use (do not edit)."""
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
from v2gstack.exi.generated import iso20_dc as _iso20_dc
from v2gstack.exi.generated import xmldsig as _xmldsig

_BOOL = {True: 1, False: 0}
_WINDOW = (1 << 8192) - 1
_new = object.__new__
from v2gstack.exi.generated._codec_dc import _BOOL
from v2gstack.exi.generated._codec_dc import _T1
from v2gstack.exi.generated._codec_dc import _T2
from v2gstack.exi.generated._codec_dc import _T20
from v2gstack.exi.generated._codec_dc import _T21
from v2gstack.exi.generated._codec_dc import _T22
from v2gstack.exi.generated._codec_dc import _T23
from v2gstack.exi.generated._codec_dc import _T24
from v2gstack.exi.generated._codec_dc import _T25
from v2gstack.exi.generated._codec_dc import _T26
from v2gstack.exi.generated._codec_dc import _T3
from v2gstack.exi.generated._codec_dc import _T39
from v2gstack.exi.generated._codec_dc import _T4
from v2gstack.exi.generated._codec_dc import _T40
from v2gstack.exi.generated._codec_dc import _T41
from v2gstack.exi.generated._codec_dc import _T42
from v2gstack.exi.generated._codec_dc import _T43
from v2gstack.exi.generated._codec_dc import _T7
from v2gstack.exi.generated._codec_dc import _T70
from v2gstack.exi.generated._codec_dc import _T71
from v2gstack.exi.generated._codec_dc import _T72
from v2gstack.exi.generated._codec_dc import _T73
from v2gstack.exi.generated._codec_dc import _T8
from v2gstack.exi.generated._codec_dc import _T80
from v2gstack.exi.generated._codec_dc import _T81
from v2gstack.exi.generated._codec_dc import _T9
from v2gstack.exi.generated._codec_dc import _WINDOW
from v2gstack.exi.generated._codec_dc import _ds0
from v2gstack.exi.generated._codec_dc import _ds1
from v2gstack.exi.generated._codec_dc import _ds2
from v2gstack.exi.generated._codec_dc import _ds3
from v2gstack.exi.generated._codec_dc import _new
from v2gstack.exi.generated._codec_dc import d_iso20_ct_DisplayParameters
from v2gstack.exi.generated._codec_dc import d_iso20_ct_EVSEStatus
from v2gstack.exi.generated._codec_dc import d_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_dc import d_iso20_ct_MeterInfo
from v2gstack.exi.generated._codec_dc import d_iso20_ct_RationalNumber
from v2gstack.exi.generated._codec_dc import d_iso20_ct_Receipt
from v2gstack.exi.generated._codec_dc import d_xmldsig_X509IssuerSerial
from v2gstack.exi.generated._codec_dc import e_iso20_ct_DisplayParameters
from v2gstack.exi.generated._codec_dc import e_iso20_ct_EVSEStatus
from v2gstack.exi.generated._codec_dc import e_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_dc import e_iso20_ct_MeterInfo
from v2gstack.exi.generated._codec_dc import e_iso20_ct_RationalNumber
from v2gstack.exi.generated._codec_dc import e_iso20_ct_Receipt
from v2gstack.exi.generated._codec_dc import e_xmldsig_X509IssuerSerial


def _mk40(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_dc.DC_WeldingDetectionRes)
    o.header = a0
    o.response_code = a1
    o.evse_present_voltage = a2
    return o


def _mk39(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_dc.DC_WeldingDetectionReq)
    o.header = a0
    o.ev_processing = a1
    return o


def _mk38(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_dc.DC_PreChargeRes)
    o.header = a0
    o.response_code = a1
    o.evse_present_voltage = a2
    return o


def _mk37(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_dc.DC_PreChargeReq)
    o.header = a0
    o.ev_processing = a1
    o.ev_present_voltage = a2
    o.ev_target_voltage = a3
    return o


def _mk36(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_dc.DC_ChargeParameterDiscoveryRes)
    o.header = a0
    o.response_code = a1
    o.dc_cpd_res_energy_transfer_mode = a2
    return o


def _mk35(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_dc.DC_ChargeParameterDiscoveryReq)
    o.header = a0
    o.dc_cpd_req_energy_transfer_mode = a1
    return o


def _mk32(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_dc.DC_CableCheckRes)
    o.header = a0
    o.response_code = a1
    o.evse_processing = a2
    return o


def _mk31(a0: Any) -> Any:
    o = _new(_iso20_dc.DC_CableCheckReq)
    o.header = a0
    return o


def _mk30(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso20_dc.DC_CPDResEnergyTransferMode)
    o.evse_maximum_charge_power = a0
    o.evse_minimum_charge_power = a1
    o.evse_maximum_charge_current = a2
    o.evse_minimum_charge_current = a3
    o.evse_maximum_voltage = a4
    o.evse_minimum_voltage = a5
    o.evse_power_ramp_limitation = a6
    return o


def _mk29(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_iso20_dc.DC_CPDReqEnergyTransferMode)
    o.ev_maximum_charge_power = a0
    o.ev_minimum_charge_power = a1
    o.ev_maximum_charge_current = a2
    o.ev_minimum_charge_current = a3
    o.ev_maximum_voltage = a4
    o.ev_minimum_voltage = a5
    o.target_soc = a6
    return o


def _mk24(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any) -> Any:
    o = _new(_iso20_dc.BPT_DC_CPDResEnergyTransferMode)
    o.evse_maximum_charge_power = a0
    o.evse_minimum_charge_power = a1
    o.evse_maximum_charge_current = a2
    o.evse_minimum_charge_current = a3
    o.evse_maximum_voltage = a4
    o.evse_minimum_voltage = a5
    o.evse_power_ramp_limitation = a6
    o.evse_maximum_discharge_power = a7
    o.evse_minimum_discharge_power = a8
    o.evse_maximum_discharge_current = a9
    o.evse_minimum_discharge_current = a10
    return o


def _mk23(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any) -> Any:
    o = _new(_iso20_dc.BPT_DC_CPDReqEnergyTransferMode)
    o.ev_maximum_charge_power = a0
    o.ev_minimum_charge_power = a1
    o.ev_maximum_charge_current = a2
    o.ev_minimum_charge_current = a3
    o.ev_maximum_voltage = a4
    o.ev_minimum_voltage = a5
    o.target_soc = a6
    o.ev_maximum_discharge_power = a7
    o.ev_minimum_discharge_power = a8
    o.ev_maximum_discharge_current = a9
    o.ev_minimum_discharge_current = a10
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


def e_iso20_dc_BPT_DC_CPDReqEnergyTransferMode(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_voltage, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_voltage, a)
    s = 6
    v6 = o.target_soc
    if v6 is not None:
        if not 0 <= v6 <= 100:
            raise _Invalid
        s = 7
        a = (a << 11) | ((v6) << 1)
    c, w, s = _T42[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_maximum_discharge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_discharge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_discharge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_discharge_current, a)
    a <<= 1
    return a


def d_iso20_dc_BPT_DC_CPDReqEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f5, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = _ds1(D, T, p)
            s = 7
        elif c == 1:
            f7, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 8
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'BPT_DC_CPDReqEnergyTransferMode', 6)
            return _mk23(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10), p
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f7, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 8
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_DC_CPDReqEnergyTransferMode', 7)
                return _mk23(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f8, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f9, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
        f10, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDReqEnergyTransferMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in BPT_DC_CPDReqEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in BPT_DC_CPDReqEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk23(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10), p


def e_iso20_dc_BPT_DC_CPDResEnergyTransferMode(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_voltage, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_voltage, a)
    s = 6
    v6 = o.evse_power_ramp_limitation
    if v6 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v6, a)
        s = 7
    c, w, s = _T43[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_maximum_discharge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_discharge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_discharge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_discharge_current, a)
    a <<= 1
    return a


def d_iso20_dc_BPT_DC_CPDResEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
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
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'BPT_DC_CPDResEnergyTransferMode', 6)
            return _mk24(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10), p
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f7, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 8
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_DC_CPDResEnergyTransferMode', 7)
                return _mk24(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f8, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f9, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
        f10, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_DC_CPDResEnergyTransferMode')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in BPT_DC_CPDResEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in BPT_DC_CPDResEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk24(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10), p


def e_iso20_dc_DC_CPDReqEnergyTransferMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_dc.DC_CPDReqEnergyTransferMode:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_voltage, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_minimum_voltage, a)
    s = 6
    v6 = o.target_soc
    if v6 is not None:
        if not 0 <= v6 <= 100:
            raise _Invalid
        s = 7
        a = (a << 11) | ((v6) << 1)
    c, w = _T70[s]
    a = (a << w) | c
    return a


def d_iso20_dc_DC_CPDReqEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'DC_CPDReqEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDReqEnergyTransferMode')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDReqEnergyTransferMode')
        p += 1
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDReqEnergyTransferMode')
        p += 1
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDReqEnergyTransferMode')
        p += 1
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDReqEnergyTransferMode')
        p += 1
        f5, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = _ds1(D, T, p)
            s = 7
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'DC_CPDReqEnergyTransferMode', 6)
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DC_CPDReqEnergyTransferMode', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_CPDReqEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_CPDReqEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk29(f0, f1, f2, f3, f4, f5, f6), p


def e_iso20_dc_DC_CPDResEnergyTransferMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_dc.DC_CPDResEnergyTransferMode:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_charge_power, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_charge_current, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_voltage, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_minimum_voltage, a)
    s = 6
    v6 = o.evse_power_ramp_limitation
    if v6 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v6, a)
        s = 7
    c, w = _T71[s]
    a = (a << w) | c
    return a


def d_iso20_dc_DC_CPDResEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'DC_CPDResEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDResEnergyTransferMode')
        p += 1
        f1, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDResEnergyTransferMode')
        p += 1
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDResEnergyTransferMode')
        p += 1
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDResEnergyTransferMode')
        p += 1
        f4, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CPDResEnergyTransferMode')
        p += 1
        f5, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 6
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f6, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 7
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'DC_CPDResEnergyTransferMode', 6)
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DC_CPDResEnergyTransferMode', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_CPDResEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_CPDResEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk30(f0, f1, f2, f3, f4, f5, f6), p


def e_iso20_dc_DC_CableCheckReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a <<= 1
    return a


def d_iso20_dc_DC_CableCheckReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CableCheckReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CableCheckReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_CableCheckReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_CableCheckReq (near grammar state {s}): {exc}') from None
    return _mk31(f0), p


def e_iso20_dc_DC_CableCheckRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 15) | ((_T3[o.response_code]) << 7) | ((_T72[o.evse_processing]) << 2)
    return a


def d_iso20_dc_DC_CableCheckRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_CableCheckRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 15)) & 32767
        if x & 24691:
            _fail(p, 'DC_CableCheckRes')
        p += 15
        f1 = _T4[(x >> 7 & 63)]
        f2 = _T73[(x >> 2 & 3)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_CableCheckRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_CableCheckRes (near grammar state {s}): {exc}') from None
    return _mk32(f0, f1, f2), p


def e_iso20_dc_DC_ChargeParameterDiscoveryReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    c, fn = _T80[type(o.dc_cpd_req_energy_transfer_mode)]
    a = fn(o.dc_cpd_req_energy_transfer_mode, (a << 2) | c)
    a <<= 1
    return a


def d_iso20_dc_DC_ChargeParameterDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_ChargeParameterDiscoveryReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_dc_BPT_DC_CPDReqEnergyTransferMode(D, T, p)
            s = 2
        elif c == 1:
            f1, p = d_iso20_dc_DC_CPDReqEnergyTransferMode(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_ChargeParameterDiscoveryReq', 1)
            return _mk35(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_ChargeParameterDiscoveryReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_ChargeParameterDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_ChargeParameterDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk35(f0, f1), p


def e_iso20_dc_DC_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 9) | ((_T3[o.response_code]) << 1)
    c, fn = _T81[type(o.dc_cpd_res_energy_transfer_mode)]
    a = fn(o.dc_cpd_res_energy_transfer_mode, (a << 2) | c)
    a <<= 1
    return a


def d_iso20_dc_DC_ChargeParameterDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_ChargeParameterDiscoveryRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 11)) & 2047
        if x & 1540:
            _fail(p, 'DC_ChargeParameterDiscoveryRes')
        p += 11
        f1 = _T4[(x >> 3 & 63)]
        c = (x & 3)
        if c == 0:
            f2, p = d_iso20_dc_BPT_DC_CPDResEnergyTransferMode(D, T, p)
            s = 3
        elif c == 1:
            f2, p = d_iso20_dc_DC_CPDResEnergyTransferMode(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'DC_ChargeParameterDiscoveryRes', 2)
            return _mk36(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_ChargeParameterDiscoveryRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk36(f0, f1, f2), p


def e_iso20_dc_DC_PreChargeReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 6) | ((_T72[o.ev_processing]) << 2)
    a = e_iso20_ct_RationalNumber(o.ev_present_voltage, a)
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_target_voltage, a)
    a <<= 1
    return a


def d_iso20_dc_DC_PreChargeReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_PreChargeReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 6)) & 63
        if x & 51:
            _fail(p, 'DC_PreChargeReq')
        p += 6
        f1 = _T73[(x >> 2 & 3)]
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_PreChargeReq')
        p += 1
        f3, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_PreChargeReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_PreChargeReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_PreChargeReq (near grammar state {s}): {exc}') from None
    return _mk37(f0, f1, f2, f3), p


def e_iso20_dc_DC_PreChargeRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T3[o.response_code]) << 2)
    a = e_iso20_ct_RationalNumber(o.evse_present_voltage, a)
    a <<= 1
    return a


def d_iso20_dc_DC_PreChargeRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_PreChargeRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'DC_PreChargeRes')
        p += 10
        f1 = _T4[(x >> 2 & 63)]
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_PreChargeRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_PreChargeRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_PreChargeRes (near grammar state {s}): {exc}') from None
    return _mk38(f0, f1, f2), p


def e_iso20_dc_DC_WeldingDetectionReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 6) | ((_T72[o.ev_processing]) << 2)
    return a


def d_iso20_dc_DC_WeldingDetectionReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_WeldingDetectionReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 6)) & 63
        if x & 51:
            _fail(p, 'DC_WeldingDetectionReq')
        p += 6
        f1 = _T73[(x >> 2 & 3)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_WeldingDetectionReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_WeldingDetectionReq (near grammar state {s}): {exc}') from None
    return _mk39(f0, f1), p


def e_iso20_dc_DC_WeldingDetectionRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T3[o.response_code]) << 2)
    a = e_iso20_ct_RationalNumber(o.evse_present_voltage, a)
    a <<= 1
    return a


def d_iso20_dc_DC_WeldingDetectionRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_WeldingDetectionRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        x = (D >> (T - p - 10)) & 1023
        if x & 771:
            _fail(p, 'DC_WeldingDetectionRes')
        p += 10
        f1 = _T4[(x >> 2 & 63)]
        f2, p = d_iso20_ct_RationalNumber(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DC_WeldingDetectionRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DC_WeldingDetectionRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DC_WeldingDetectionRes (near grammar state {s}): {exc}') from None
    return _mk40(f0, f1, f2), p

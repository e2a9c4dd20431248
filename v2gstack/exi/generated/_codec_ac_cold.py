"""Rarely used (cold) part of the ac codec, imported on first use (do not edit)."""
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
from v2gstack.exi.generated import iso20_ac as _iso20_ac
from v2gstack.exi.generated import iso20_ct as _iso20_ct
from v2gstack.exi.generated import xmldsig as _xmldsig

_BOOL = {True: 1, False: 0}
_WINDOW = (1 << 8192) - 1
_new = object.__new__
from v2gstack.exi.generated._codec_ac import _BOOL
from v2gstack.exi.generated._codec_ac import _T1
from v2gstack.exi.generated._codec_ac import _T10
from v2gstack.exi.generated._codec_ac import _T11
from v2gstack.exi.generated._codec_ac import _T12
from v2gstack.exi.generated._codec_ac import _T13
from v2gstack.exi.generated._codec_ac import _T148
from v2gstack.exi.generated._codec_ac import _T149
from v2gstack.exi.generated._codec_ac import _T150
from v2gstack.exi.generated._codec_ac import _T151
from v2gstack.exi.generated._codec_ac import _T152
from v2gstack.exi.generated._codec_ac import _T16
from v2gstack.exi.generated._codec_ac import _T163
from v2gstack.exi.generated._codec_ac import _T164
from v2gstack.exi.generated._codec_ac import _T165
from v2gstack.exi.generated._codec_ac import _T166
from v2gstack.exi.generated._codec_ac import _T167
from v2gstack.exi.generated._codec_ac import _T168
from v2gstack.exi.generated._codec_ac import _T169
from v2gstack.exi.generated._codec_ac import _T17
from v2gstack.exi.generated._codec_ac import _T182
from v2gstack.exi.generated._codec_ac import _T183
from v2gstack.exi.generated._codec_ac import _T184
from v2gstack.exi.generated._codec_ac import _T2
from v2gstack.exi.generated._codec_ac import _T25
from v2gstack.exi.generated._codec_ac import _T26
from v2gstack.exi.generated._codec_ac import _T27
from v2gstack.exi.generated._codec_ac import _T28
from v2gstack.exi.generated._codec_ac import _T29
from v2gstack.exi.generated._codec_ac import _T3
from v2gstack.exi.generated._codec_ac import _T30
from v2gstack.exi.generated._codec_ac import _T31
from v2gstack.exi.generated._codec_ac import _T32
from v2gstack.exi.generated._codec_ac import _T33
from v2gstack.exi.generated._codec_ac import _T34
from v2gstack.exi.generated._codec_ac import _T35
from v2gstack.exi.generated._codec_ac import _T36
from v2gstack.exi.generated._codec_ac import _T37
from v2gstack.exi.generated._codec_ac import _T38
from v2gstack.exi.generated._codec_ac import _T39
from v2gstack.exi.generated._codec_ac import _T4
from v2gstack.exi.generated._codec_ac import _T40
from v2gstack.exi.generated._codec_ac import _T41
from v2gstack.exi.generated._codec_ac import _T42
from v2gstack.exi.generated._codec_ac import _T43
from v2gstack.exi.generated._codec_ac import _T44
from v2gstack.exi.generated._codec_ac import _T45
from v2gstack.exi.generated._codec_ac import _T46
from v2gstack.exi.generated._codec_ac import _T47
from v2gstack.exi.generated._codec_ac import _T5
from v2gstack.exi.generated._codec_ac import _T6
from v2gstack.exi.generated._codec_ac import _T7
from v2gstack.exi.generated._codec_ac import _T8
from v2gstack.exi.generated._codec_ac import _T9
from v2gstack.exi.generated._codec_ac import _WINDOW
from v2gstack.exi.generated._codec_ac import _ds0
from v2gstack.exi.generated._codec_ac import _ds1
from v2gstack.exi.generated._codec_ac import _ds2
from v2gstack.exi.generated._codec_ac import _ds3
from v2gstack.exi.generated._codec_ac import _new
from v2gstack.exi.generated._codec_ac import d_iso20_ct_DisplayParameters
from v2gstack.exi.generated._codec_ac import d_iso20_ct_EVSEStatus
from v2gstack.exi.generated._codec_ac import d_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_ac import d_iso20_ct_MeterInfo
from v2gstack.exi.generated._codec_ac import d_iso20_ct_RationalNumber
from v2gstack.exi.generated._codec_ac import d_iso20_ct_Receipt
from v2gstack.exi.generated._codec_ac import d_xmldsig_X509IssuerSerial
from v2gstack.exi.generated._codec_ac import e_iso20_ct_DisplayParameters
from v2gstack.exi.generated._codec_ac import e_iso20_ct_EVSEStatus
from v2gstack.exi.generated._codec_ac import e_iso20_ct_MessageHeader
from v2gstack.exi.generated._codec_ac import e_iso20_ct_MeterInfo
from v2gstack.exi.generated._codec_ac import e_iso20_ct_RationalNumber
from v2gstack.exi.generated._codec_ac import e_iso20_ct_Receipt
from v2gstack.exi.generated._codec_ac import e_xmldsig_X509IssuerSerial


def _mk38(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.V2GResponse)
    o.header = a0
    o.response_code = a1
    return o


def _mk37(a0: Any) -> Any:
    o = _new(_iso20_ct.V2GRequest)
    o.header = a0
    return o


def _mk36(a0: Any) -> Any:
    o = _new(_iso20_ct.V2GMessage)
    o.header = a0
    return o


def _mk35() -> Any:
    o = _new(_iso20_ct.Scheduled_CLResControlMode)
    return o


def _mk34(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ct.Scheduled_CLReqControlMode)
    o.ev_target_energy_request = a0
    o.ev_maximum_energy_request = a1
    o.ev_minimum_energy_request = a2
    return o


def _mk29(a0: Any) -> Any:
    o = _new(_iso20_ct.ListOfRootCertificateIDs)
    o.root_certificate_id = a0
    return o


def _mk27(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_ct.Dynamic_CLResControlMode)
    o.departure_time = a0
    o.minimum_soc = a1
    o.target_soc = a2
    o.ack_max_delay = a3
    return o


def _mk26(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_iso20_ct.Dynamic_CLReqControlMode)
    o.departure_time = a0
    o.ev_target_energy_request = a1
    o.ev_maximum_energy_request = a2
    o.ev_minimum_energy_request = a3
    return o


def _mk22(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ct.ChargeParameterDiscoveryRes)
    o.header = a0
    o.response_code = a1
    return o


def _mk21(a0: Any) -> Any:
    o = _new(_iso20_ct.ChargeParameterDiscoveryReq)
    o.header = a0
    return o


def _mk20(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_iso20_ct.ChargeLoopRes)
    o.header = a0
    o.response_code = a1
    o.evse_status = a2
    o.meter_info = a3
    o.receipt = a4
    return o


def _mk19(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ct.ChargeLoopReq)
    o.header = a0
    o.display_parameters = a1
    o.meter_info_requested = a2
    return o


def _mk8(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any, a12: Any, a13: Any, a14: Any, a15: Any, a16: Any, a17: Any) -> Any:
    o = _new(_iso20_ac.BPT_AC_CPDResEnergyTransferMode)
    o.evse_maximum_charge_power = a0
    o.evse_maximum_charge_power_l2 = a1
    o.evse_maximum_charge_power_l3 = a2
    o.evse_minimum_charge_power = a3
    o.evse_minimum_charge_power_l2 = a4
    o.evse_minimum_charge_power_l3 = a5
    o.evse_nominal_frequency = a6
    o.maximum_power_asymmetry = a7
    o.evse_power_ramp_limitation = a8
    o.evse_present_active_power = a9
    o.evse_present_active_power_l2 = a10
    o.evse_present_active_power_l3 = a11
    o.evse_maximum_discharge_power = a12
    o.evse_maximum_discharge_power_l2 = a13
    o.evse_maximum_discharge_power_l3 = a14
    o.evse_minimum_discharge_power = a15
    o.evse_minimum_discharge_power_l2 = a16
    o.evse_minimum_discharge_power_l3 = a17
    return o


def _mk7(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any) -> Any:
    o = _new(_iso20_ac.BPT_AC_CPDReqEnergyTransferMode)
    o.ev_maximum_charge_power = a0
    o.ev_maximum_charge_power_l2 = a1
    o.ev_maximum_charge_power_l3 = a2
    o.ev_minimum_charge_power = a3
    o.ev_minimum_charge_power_l2 = a4
    o.ev_minimum_charge_power_l3 = a5
    o.ev_maximum_discharge_power = a6
    o.ev_maximum_discharge_power_l2 = a7
    o.ev_maximum_discharge_power_l3 = a8
    o.ev_minimum_discharge_power = a9
    o.ev_minimum_discharge_power_l2 = a10
    o.ev_minimum_discharge_power_l3 = a11
    return o


def _mk6(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_iso20_ac.AC_ChargeParameterDiscoveryRes)
    o.header = a0
    o.response_code = a1
    o.ac_cpd_res_energy_transfer_mode = a2
    return o


def _mk5(a0: Any, a1: Any) -> Any:
    o = _new(_iso20_ac.AC_ChargeParameterDiscoveryReq)
    o.header = a0
    o.ac_cpd_req_energy_transfer_mode = a1
    return o


def _mk2(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any, a9: Any, a10: Any, a11: Any) -> Any:
    o = _new(_iso20_ac.AC_CPDResEnergyTransferMode)
    o.evse_maximum_charge_power = a0
    o.evse_maximum_charge_power_l2 = a1
    o.evse_maximum_charge_power_l3 = a2
    o.evse_minimum_charge_power = a3
    o.evse_minimum_charge_power_l2 = a4
    o.evse_minimum_charge_power_l3 = a5
    o.evse_nominal_frequency = a6
    o.maximum_power_asymmetry = a7
    o.evse_power_ramp_limitation = a8
    o.evse_present_active_power = a9
    o.evse_present_active_power_l2 = a10
    o.evse_present_active_power_l3 = a11
    return o


def _mk0(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_iso20_ac.AC_CPDReqEnergyTransferMode)
    o.ev_maximum_charge_power = a0
    o.ev_maximum_charge_power_l2 = a1
    o.ev_maximum_charge_power_l3 = a2
    o.ev_minimum_charge_power = a3
    o.ev_minimum_charge_power_l2 = a4
    o.ev_minimum_charge_power_l3 = a5
    return o


def e_iso20_ac_AC_CPDReqEnergyTransferMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ac.AC_CPDReqEnergyTransferMode:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_charge_power, a)
    s = 1
    v1 = o.ev_maximum_charge_power_l2
    if v1 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v1, a)
        s = 2
    v2 = o.ev_maximum_charge_power_l3
    if v2 is not None:
        c, w, s = _T1[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w, s = _T2[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_minimum_charge_power, a)
    v4 = o.ev_minimum_charge_power_l2
    if v4 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v4, a)
        s = 5
    v5 = o.ev_minimum_charge_power_l3
    if v5 is not None:
        c, w, s = _T3[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v5, a)
    c, w = _T4[s]
    a = (a << w) | c
    return a


def d_iso20_ac_AC_CPDReqEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
            _fail(p, 'AC_CPDReqEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'AC_CPDReqEnergyTransferMode', 1)
            return _mk0(f0, f1, f2, f3, f4, f5), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'AC_CPDReqEnergyTransferMode', 2)
                return _mk0(f0, f1, f2, f3, f4, f5), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AC_CPDReqEnergyTransferMode', 3)
                return _mk0(f0, f1, f2, f3, f4, f5), p
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 5
        elif c == 1:
            f5, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 6
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'AC_CPDReqEnergyTransferMode', 4)
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDReqEnergyTransferMode', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDReqEnergyTransferMode', 6)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_CPDReqEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_CPDReqEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk0(f0, f1, f2, f3, f4, f5), p


def e_iso20_ac_AC_CPDResEnergyTransferMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ac.AC_CPDResEnergyTransferMode:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_charge_power, a)
    s = 1
    v1 = o.evse_maximum_charge_power_l2
    if v1 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v1, a)
        s = 2
    v2 = o.evse_maximum_charge_power_l3
    if v2 is not None:
        c, w, s = _T5[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w, s = _T6[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_minimum_charge_power, a)
    v4 = o.evse_minimum_charge_power_l2
    if v4 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v4, a)
        s = 5
    v5 = o.evse_minimum_charge_power_l3
    if v5 is not None:
        c, w, s = _T7[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v5, a)
    c, w, s = _T8[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_nominal_frequency, a)
    v7 = o.maximum_power_asymmetry
    if v7 is not None:
        a <<= 3
        a = e_iso20_ct_RationalNumber(v7, a)
        s = 8
    v8 = o.evse_power_ramp_limitation
    if v8 is not None:
        c, w, s = _T9[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v8, a)
    v9 = o.evse_present_active_power
    if v9 is not None:
        c, w, s = _T10[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v9, a)
    v10 = o.evse_present_active_power_l2
    if v10 is not None:
        c, w, s = _T11[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v10, a)
    v11 = o.evse_present_active_power_l3
    if v11 is not None:
        c, w, s = _T12[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v11, a)
    c, w = _T13[s]
    a = (a << w) | c
    return a


def d_iso20_ac_AC_CPDResEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_CPDResEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'AC_CPDResEnergyTransferMode', 1)
            return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'AC_CPDResEnergyTransferMode', 2)
                return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AC_CPDResEnergyTransferMode', 3)
                return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 5
        elif c == 1:
            f5, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 6
        elif c == 2:
            f6, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 7
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'AC_CPDResEnergyTransferMode', 4)
            return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            elif c == 1:
                f6, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 7
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'AC_CPDResEnergyTransferMode', 5)
                return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f6, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 7
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'AC_CPDResEnergyTransferMode', 6)
                return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
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
            f9, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 10
        elif c == 3:
            f10, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 11
        elif c == 4:
            f11, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 12
        elif c == 5:
            s = -1
        else:
            _bad_code(p, c, 'AC_CPDResEnergyTransferMode', 7)
        if s == 8:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 1:
                f9, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 10
            elif c == 2:
                f10, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 11
            elif c == 3:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 4:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDResEnergyTransferMode', 8)
        if s == 9:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f9, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 10
            elif c == 1:
                f10, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 11
            elif c == 2:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 3:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDResEnergyTransferMode', 9)
        if s == 10:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f10, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 11
            elif c == 1:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDResEnergyTransferMode', 10)
        if s == 11:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDResEnergyTransferMode', 11)
        if s == 12:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'AC_CPDResEnergyTransferMode', 12)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_CPDResEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_CPDResEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk2(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p


def e_iso20_ac_AC_ChargeParameterDiscoveryReq(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    c, fn = _T25[type(o.ac_cpd_req_energy_transfer_mode)]
    a = fn(o.ac_cpd_req_energy_transfer_mode, (a << 2) | c)
    a <<= 1
    return a


def d_iso20_ac_AC_ChargeParameterDiscoveryReq(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_ChargeParameterDiscoveryReq')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_ac_AC_CPDReqEnergyTransferMode(D, T, p)
            s = 2
        elif c == 1:
            f1, p = d_iso20_ac_BPT_AC_CPDReqEnergyTransferMode(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'AC_ChargeParameterDiscoveryReq', 1)
            return _mk5(f0, f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_ChargeParameterDiscoveryReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_ChargeParameterDiscoveryReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_ChargeParameterDiscoveryReq (near grammar state {s}): {exc}') from None
    return _mk5(f0, f1), p


def e_iso20_ac_AC_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 9) | ((_T16[o.response_code]) << 1)
    c, fn = _T26[type(o.ac_cpd_res_energy_transfer_mode)]
    a = fn(o.ac_cpd_res_energy_transfer_mode, (a << 2) | c)
    a <<= 1
    return a


def d_iso20_ac_AC_ChargeParameterDiscoveryRes(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_ChargeParameterDiscoveryRes')
        p += 1
        f0, p = d_iso20_ct_MessageHeader(D, T, p)
        s = 2
        x = (D >> (T - p - 11)) & 2047
        if x & 1540:
            _fail(p, 'AC_ChargeParameterDiscoveryRes')
        p += 11
        f1 = _T17[(x >> 3 & 63)]
        c = (x & 3)
        if c == 0:
            f2, p = d_iso20_ac_AC_CPDResEnergyTransferMode(D, T, p)
            s = 3
        elif c == 1:
            f2, p = d_iso20_ac_BPT_AC_CPDResEnergyTransferMode(D, T, p)
            s = 3
        else:
            p = _second_ee(D, T, p, c, 2, 2, 'AC_ChargeParameterDiscoveryRes', 2)
            return _mk6(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'AC_ChargeParameterDiscoveryRes')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in AC_ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in AC_ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk6(f0, f1, f2), p


def e_iso20_ac_BPT_AC_CPDReqEnergyTransferMode(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.ev_maximum_charge_power, a)
    s = 1
    v1 = o.ev_maximum_charge_power_l2
    if v1 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v1, a)
        s = 2
    v2 = o.ev_maximum_charge_power_l3
    if v2 is not None:
        c, w, s = _T27[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w, s = _T28[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_minimum_charge_power, a)
    v4 = o.ev_minimum_charge_power_l2
    if v4 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v4, a)
        s = 5
    v5 = o.ev_minimum_charge_power_l3
    if v5 is not None:
        c, w, s = _T29[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v5, a)
    c, w, s = _T30[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_maximum_discharge_power, a)
    v7 = o.ev_maximum_discharge_power_l2
    if v7 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v7, a)
        s = 8
    v8 = o.ev_maximum_discharge_power_l3
    if v8 is not None:
        c, w, s = _T31[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v8, a)
    c, w, s = _T32[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.ev_minimum_discharge_power, a)
    v10 = o.ev_minimum_discharge_power_l2
    if v10 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v10, a)
        s = 11
    v11 = o.ev_minimum_discharge_power_l3
    if v11 is not None:
        c, w, s = _T33[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v11, a)
    c, w = _T34[s]
    a = (a << w) | c
    return a


def d_iso20_ac_BPT_AC_CPDReqEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_AC_CPDReqEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDReqEnergyTransferMode', 1)
            return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDReqEnergyTransferMode', 2)
                return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDReqEnergyTransferMode', 3)
                return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 5
        elif c == 1:
            f5, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 6
        elif c == 2:
            f6, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 7
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDReqEnergyTransferMode', 4)
            return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            elif c == 1:
                f6, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 7
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDReqEnergyTransferMode', 5)
                return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f6, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 7
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDReqEnergyTransferMode', 6)
                return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        s = 7
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f7, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 8
        elif c == 1:
            f8, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 9
        elif c == 2:
            f9, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 10
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDReqEnergyTransferMode', 7)
            return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 8:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 1:
                f9, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 10
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDReqEnergyTransferMode', 8)
                return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        if s == 9:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f9, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 10
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDReqEnergyTransferMode', 9)
                return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p
        s = 10
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f10, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 11
        elif c == 1:
            f11, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 12
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'BPT_AC_CPDReqEnergyTransferMode', 10)
        if s == 11:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'BPT_AC_CPDReqEnergyTransferMode', 11)
        if s == 12:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'BPT_AC_CPDReqEnergyTransferMode', 12)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in BPT_AC_CPDReqEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in BPT_AC_CPDReqEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk7(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11), p


def e_iso20_ac_BPT_AC_CPDResEnergyTransferMode(o: Any, a: int) -> int:
    a <<= 1
    a = e_iso20_ct_RationalNumber(o.evse_maximum_charge_power, a)
    s = 1
    v1 = o.evse_maximum_charge_power_l2
    if v1 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v1, a)
        s = 2
    v2 = o.evse_maximum_charge_power_l3
    if v2 is not None:
        c, w, s = _T35[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w, s = _T36[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_minimum_charge_power, a)
    v4 = o.evse_minimum_charge_power_l2
    if v4 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v4, a)
        s = 5
    v5 = o.evse_minimum_charge_power_l3
    if v5 is not None:
        c, w, s = _T37[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v5, a)
    c, w, s = _T38[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_nominal_frequency, a)
    v7 = o.maximum_power_asymmetry
    if v7 is not None:
        a <<= 3
        a = e_iso20_ct_RationalNumber(v7, a)
        s = 8
    v8 = o.evse_power_ramp_limitation
    if v8 is not None:
        c, w, s = _T39[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v8, a)
    v9 = o.evse_present_active_power
    if v9 is not None:
        c, w, s = _T40[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v9, a)
    v10 = o.evse_present_active_power_l2
    if v10 is not None:
        c, w, s = _T41[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v10, a)
    v11 = o.evse_present_active_power_l3
    if v11 is not None:
        c, w, s = _T42[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v11, a)
    c, w, s = _T43[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_maximum_discharge_power, a)
    v13 = o.evse_maximum_discharge_power_l2
    if v13 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v13, a)
        s = 14
    v14 = o.evse_maximum_discharge_power_l3
    if v14 is not None:
        c, w, s = _T44[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v14, a)
    c, w, s = _T45[s]
    a = (a << w) | c
    a = e_iso20_ct_RationalNumber(o.evse_minimum_discharge_power, a)
    v16 = o.evse_minimum_discharge_power_l2
    if v16 is not None:
        a <<= 2
        a = e_iso20_ct_RationalNumber(v16, a)
        s = 17
    v17 = o.evse_minimum_discharge_power_l3
    if v17 is not None:
        c, w, s = _T46[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v17, a)
    c, w = _T47[s]
    a = (a << w) | c
    return a


def d_iso20_ac_BPT_AC_CPDResEnergyTransferMode(D: int, T: int, p: int) -> tuple[Any, int]:
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
    f13: Any = None
    f14: Any = None
    f15: Any = None
    f16: Any = None
    f17: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'BPT_AC_CPDResEnergyTransferMode')
        p += 1
        f0, p = d_iso20_ct_RationalNumber(D, T, p)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        elif c == 1:
            f2, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 3
        elif c == 2:
            f3, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 4
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDResEnergyTransferMode', 1)
            return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 3
            elif c == 1:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDResEnergyTransferMode', 2)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDResEnergyTransferMode', 3)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 5
        elif c == 1:
            f5, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 6
        elif c == 2:
            f6, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 7
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDResEnergyTransferMode', 4)
            return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f5, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 6
            elif c == 1:
                f6, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 7
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDResEnergyTransferMode', 5)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f6, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 7
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDResEnergyTransferMode', 6)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
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
            f9, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 10
        elif c == 3:
            f10, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 11
        elif c == 4:
            f11, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 12
        elif c == 5:
            f12, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 13
        else:
            p = _second_ee(D, T, p, c, 6, 2, 'BPT_AC_CPDResEnergyTransferMode', 7)
            return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 8:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f8, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 9
            elif c == 1:
                f9, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 10
            elif c == 2:
                f10, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 11
            elif c == 3:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 4:
                f12, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 13
            else:
                p = _second_ee(D, T, p, c, 5, 2, 'BPT_AC_CPDResEnergyTransferMode', 8)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 9:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f9, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 10
            elif c == 1:
                f10, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 11
            elif c == 2:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 3:
                f12, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 13
            else:
                p = _second_ee(D, T, p, c, 4, 2, 'BPT_AC_CPDResEnergyTransferMode', 9)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 10:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f10, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 11
            elif c == 1:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 2:
                f12, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 13
            else:
                p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDResEnergyTransferMode', 10)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 11:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f11, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 12
            elif c == 1:
                f12, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 13
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDResEnergyTransferMode', 11)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 12:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f12, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 13
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDResEnergyTransferMode', 12)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        s = 13
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f13, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 14
        elif c == 1:
            f14, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 15
        elif c == 2:
            f15, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 16
        else:
            p = _second_ee(D, T, p, c, 3, 2, 'BPT_AC_CPDResEnergyTransferMode', 13)
            return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 14:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f14, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 15
            elif c == 1:
                f15, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 16
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'BPT_AC_CPDResEnergyTransferMode', 14)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        if s == 15:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f15, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 16
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'BPT_AC_CPDResEnergyTransferMode', 15)
                return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p
        s = 16
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f16, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 17
        elif c == 1:
            f17, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 18
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'BPT_AC_CPDResEnergyTransferMode', 16)
        if s == 17:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f17, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 18
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'BPT_AC_CPDResEnergyTransferMode', 17)
        if s == 18:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'BPT_AC_CPDResEnergyTransferMode', 18)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in BPT_AC_CPDResEnergyTransferMode (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in BPT_AC_CPDResEnergyTransferMode (near grammar state {s}): {exc}') from None
    return _mk8(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17), p


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
    c, w, s = _T148[s]
    a = (a << (w + 3)) | (c << 3) | ((_BOOL[o.meter_info_requested]) << 1)
    c, w = _T149[s]
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
            return _mk19(f0, f1, f2), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f2, p = _ds0(D, T, p)
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'ChargeLoopReq', 2)
                return _mk19(f0, f1, f2), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'ChargeLoopReq')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeLoopReq (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeLoopReq (near grammar state {s}): {exc}') from None
    return _mk19(f0, f1, f2), p


def e_iso20_ct_ChargeLoopRes(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeLoopRes:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    s = 2
    v2 = o.evse_status
    a = (a << 9) | ((_T16[o.response_code]) << 1)
    if v2 is not None:
        a <<= 3
        a = e_iso20_ct_EVSEStatus(v2, a)
        s = 3
    v3 = o.meter_info
    if v3 is not None:
        c, w, s = _T150[s]
        a = (a << w) | c
        a = e_iso20_ct_MeterInfo(v3, a)
    v4 = o.receipt
    if v4 is not None:
        c, w, s = _T151[s]
        a = (a << w) | c
        a = e_iso20_ct_Receipt(v4, a)
    c, w = _T152[s]
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
        f1 = _T17[(x >> 4 & 63)]
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
    return _mk20(f0, f1, f2, f3, f4), p


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
    return _mk21(f0), p


def e_iso20_ct_ChargeParameterDiscoveryRes(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.ChargeParameterDiscoveryRes:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T16[o.response_code]) << 2)
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
        f1 = _T17[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in ChargeParameterDiscoveryRes (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in ChargeParameterDiscoveryRes (near grammar state {s}): {exc}') from None
    return _mk22(f0, f1), p


def e_iso20_ct_Dynamic_CLReqControlMode(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.Dynamic_CLReqControlMode:
        raise _Invalid
    s = 0
    v0 = o.departure_time
    if v0 is not None:
        a = e_uint_in(a << 3, v0, 0, 4294967295) << 1
        s = 1
    c, w, s = _T163[s]
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
            f0, p = _ds1(D, T, p)
            s = 1
        elif c == 1:
            f1, p = d_iso20_ct_RationalNumber(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Dynamic_CLReqControlMode', 0)
            return _mk26(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_iso20_ct_RationalNumber(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Dynamic_CLReqControlMode', 1)
                return _mk26(f0, f1, f2, f3), p
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
    return _mk26(f0, f1, f2, f3), p


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
        c, w, s = _T164[s]
        if not 0 <= v1 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v1) << 1)
    v2 = o.target_soc
    if v2 is not None:
        c, w, s = _T165[s]
        if not 0 <= v2 <= 100:
            raise _Invalid
        a = (a << (w + 9)) | (c << 9) | ((v2) << 1)
    v3 = o.ack_max_delay
    if v3 is not None:
        c, w, s = _T166[s]
        a = e_uint_in((a << (w + 1)) | (c << 1), v3, 0, 65535) << 1
    c, w = _T167[s]
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
            f0, p = _ds1(D, T, p)
            s = 1
        elif c == 1:
            f1, p = _ds2(D, T, p)
            s = 2
        elif c == 2:
            f2, p = _ds2(D, T, p)
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
                f1, p = _ds2(D, T, p)
                s = 2
            elif c == 1:
                f2, p = _ds2(D, T, p)
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
                f2, p = _ds2(D, T, p)
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
    return _mk27(f0, f1, f2, f3), p


def e_iso20_ct_ListOfRootCertificateIDs(o: Any, a: int) -> int:
    s = 0
    for v in o.root_certificate_id:
        if a.bit_length() > 4096:
            a = _spill(a)
        if 1 <= s <= 19:
            a = (a << 2) | 0
            s = s + 1 if s < 19 else 20
        else:
            c, w, s = _T168[s]
            a = (a << w) | c
        a = e_xmldsig_X509IssuerSerial(v, a)
    if 1 <= s <= 19:
        a = (a << 2) | 1
    else:
        c, w = _T169[s]
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
    return _mk29(f0), p


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
        c, w, s = _T182[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v1, a)
    v2 = o.ev_minimum_energy_request
    if v2 is not None:
        c, w, s = _T183[s]
        a = (a << w) | c
        a = e_iso20_ct_RationalNumber(v2, a)
    c, w = _T184[s]
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
    return _mk34(f0, f1, f2), p


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
    return _mk35(), p


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
    return _mk36(f0), p


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
    return _mk37(f0), p


def e_iso20_ct_V2GResponse(o: Any, a: int) -> int:
    if o.__class__ is not _iso20_ct.V2GResponse:
        raise _Invalid
    a <<= 1
    a = e_iso20_ct_MessageHeader(o.header, a)
    a = (a << 10) | ((_T16[o.response_code]) << 2)
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
        f1 = _T17[(x >> 2 & 63)]
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in V2GResponse (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in V2GResponse (near grammar state {s}): {exc}') from None
    return _mk38(f0, f1), p

"""xmldsig part of the dc codec, imported on first use (do not edit)."""
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
from v2gstack.exi.generated._codec_dc import _MOD
from v2gstack.exi.generated._codec_dc import _T100
from v2gstack.exi.generated._codec_dc import _T101
from v2gstack.exi.generated._codec_dc import _T102
from v2gstack.exi.generated._codec_dc import _T103
from v2gstack.exi.generated._codec_dc import _T104
from v2gstack.exi.generated._codec_dc import _T105
from v2gstack.exi.generated._codec_dc import _T106
from v2gstack.exi.generated._codec_dc import _T107
from v2gstack.exi.generated._codec_dc import _T108
from v2gstack.exi.generated._codec_dc import _T109
from v2gstack.exi.generated._codec_dc import _T110
from v2gstack.exi.generated._codec_dc import _T111
from v2gstack.exi.generated._codec_dc import _T112
from v2gstack.exi.generated._codec_dc import _T113
from v2gstack.exi.generated._codec_dc import _T114
from v2gstack.exi.generated._codec_dc import _T115
from v2gstack.exi.generated._codec_dc import _T116
from v2gstack.exi.generated._codec_dc import _T117
from v2gstack.exi.generated._codec_dc import _T118
from v2gstack.exi.generated._codec_dc import _T119
from v2gstack.exi.generated._codec_dc import _T120
from v2gstack.exi.generated._codec_dc import _T121
from v2gstack.exi.generated._codec_dc import _T122
from v2gstack.exi.generated._codec_dc import _T123
from v2gstack.exi.generated._codec_dc import _T124
from v2gstack.exi.generated._codec_dc import _T125
from v2gstack.exi.generated._codec_dc import _T126
from v2gstack.exi.generated._codec_dc import _T127
from v2gstack.exi.generated._codec_dc import _T128
from v2gstack.exi.generated._codec_dc import _T129
from v2gstack.exi.generated._codec_dc import _T130
from v2gstack.exi.generated._codec_dc import _T131
from v2gstack.exi.generated._codec_dc import _T132
from v2gstack.exi.generated._codec_dc import _T133
from v2gstack.exi.generated._codec_dc import _T134
from v2gstack.exi.generated._codec_dc import _T135
from v2gstack.exi.generated._codec_dc import _T136
from v2gstack.exi.generated._codec_dc import _T137
from v2gstack.exi.generated._codec_dc import _T138
from v2gstack.exi.generated._codec_dc import _T139
from v2gstack.exi.generated._codec_dc import _T140
from v2gstack.exi.generated._codec_dc import _T141
from v2gstack.exi.generated._codec_dc import _T142
from v2gstack.exi.generated._codec_dc import _T143
from v2gstack.exi.generated._codec_dc import _T144
from v2gstack.exi.generated._codec_dc import _T145
from v2gstack.exi.generated._codec_dc import _T146
from v2gstack.exi.generated._codec_dc import _T147
from v2gstack.exi.generated._codec_dc import _T148
from v2gstack.exi.generated._codec_dc import _T149
from v2gstack.exi.generated._codec_dc import _T150
from v2gstack.exi.generated._codec_dc import _T151
from v2gstack.exi.generated._codec_dc import _T152
from v2gstack.exi.generated._codec_dc import _T153
from v2gstack.exi.generated._codec_dc import _T154
from v2gstack.exi.generated._codec_dc import _T155
from v2gstack.exi.generated._codec_dc import _T156
from v2gstack.exi.generated._codec_dc import _T157
from v2gstack.exi.generated._codec_dc import _T158
from v2gstack.exi.generated._codec_dc import _T159
from v2gstack.exi.generated._codec_dc import _T160
from v2gstack.exi.generated._codec_dc import _T161
from v2gstack.exi.generated._codec_dc import _T162
from v2gstack.exi.generated._codec_dc import _T163
from v2gstack.exi.generated._codec_dc import _T164
from v2gstack.exi.generated._codec_dc import _T165
from v2gstack.exi.generated._codec_dc import _T166
from v2gstack.exi.generated._codec_dc import _T167
from v2gstack.exi.generated._codec_dc import _T168
from v2gstack.exi.generated._codec_dc import _T169
from v2gstack.exi.generated._codec_dc import _T99
from v2gstack.exi.generated._codec_dc import _WINDOW
from v2gstack.exi.generated._codec_dc import _new


def _mk65(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_xmldsig.X509Data)
    o.x509_issuer_serial = a0
    o.x509_ski = a1
    o.x509_subject_name = a2
    o.x509_certificate = a3
    o.x509_crl = a4
    o.any = a5
    return o


def _mk64(a0: Any) -> Any:
    o = _new(_xmldsig.Transforms)
    o.transform = a0
    return o


def _mk63(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_xmldsig.Transform)
    o.algorithm = a0
    o.any = a1
    o.x_path = a2
    return o


def _mk62(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_xmldsig.SignedInfo)
    o.id = a0
    o.canonicalization_method = a1
    o.signature_method = a2
    o.reference = a3
    return o


def _mk61(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.SignatureValue)
    o.id = a0
    o.value = a1
    return o


def _mk60(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_xmldsig.SignatureProperty)
    o.id = a0
    o.target = a1
    o.any = a2
    return o


def _mk59(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.SignatureProperties)
    o.id = a0
    o.signature_property = a1
    return o


def _ds6(D: int, T: int, p: int) -> tuple[Any, int]:
    x = (D >> (T - p - 10)) & 1023
    if x & 512:
        _fail(p, 'HMACOutputLength')
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
        _fail(p, 'HMACOutputLength')
    p += 1
    return v, p


def _mk58(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_xmldsig.SignatureMethod)
    o.algorithm = a0
    o.hmac_output_length = a1
    o.any = a2
    return o


def _mk57(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_xmldsig.Signature)
    o.id = a0
    o.signed_info = a1
    o.signature_value = a2
    o.key_info = a3
    o.object = a4
    return o


def _mk56(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.SPKIData)
    o.spki_sexp = a0
    o.any = a1
    return o


def _mk55(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_xmldsig.RetrievalMethod)
    o.type = a0
    o.uri = a1
    o.transforms = a2
    return o


def _mk54(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any) -> Any:
    o = _new(_xmldsig.Reference)
    o.id = a0
    o.type = a1
    o.uri = a2
    o.transforms = a3
    o.digest_method = a4
    o.digest_value = a5
    return o


def _mk53(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.RSAKeyValue)
    o.modulus = a0
    o.exponent = a1
    return o


def _mk52(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any) -> Any:
    o = _new(_xmldsig.PGPData)
    o.pgp_key_id = a0
    o.pgp_key_packet = a1
    o.any = a2
    o.pgp_key_packet_2 = a3
    o.any_2 = a4
    return o


def _mk51(a0: Any, a1: Any, a2: Any, a3: Any) -> Any:
    o = _new(_xmldsig.Object)
    o.encoding = a0
    o.id = a1
    o.mime_type = a2
    o.any = a3
    return o


def _mk50(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.Manifest)
    o.id = a0
    o.reference = a1
    return o


def _mk49(a0: Any, a1: Any, a2: Any) -> Any:
    o = _new(_xmldsig.KeyValue)
    o.dsa_key_value = a0
    o.rsa_key_value = a1
    o.any = a2
    return o


def _mk48(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any, a7: Any, a8: Any) -> Any:
    o = _new(_xmldsig.KeyInfo)
    o.id = a0
    o.key_name = a1
    o.key_value = a2
    o.retrieval_method = a3
    o.x509_data = a4
    o.pgp_data = a5
    o.spki_data = a6
    o.mgmt_data = a7
    o.any = a8
    return o


def _mk47(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.DigestMethod)
    o.algorithm = a0
    o.any = a1
    return o


def _mk46(a0: Any, a1: Any, a2: Any, a3: Any, a4: Any, a5: Any, a6: Any) -> Any:
    o = _new(_xmldsig.DSAKeyValue)
    o.p = a0
    o.q = a1
    o.g = a2
    o.y = a3
    o.j = a4
    o.seed = a5
    o.pgen_counter = a6
    return o


def _mk45(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.CanonicalizationMethod)
    o.algorithm = a0
    o.any = a1
    return o


def _mk14(a0: Any, a1: Any) -> Any:
    o = _new(_xmldsig.X509IssuerSerial)
    o.x509_issuer_name = a0
    o.x509_serial_number = a1
    return o


def e_xmldsig_CanonicalizationMethod(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.algorithm)
    s = 1
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T99[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T100[s]
    a = (a << w) | c
    return a


def d_xmldsig_CanonicalizationMethod(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'CanonicalizationMethod')
        p += 1
        f0, p = d_str(D, T, p, None)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f1.append(y)
                    s = 2
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'CanonicalizationMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'CanonicalizationMethod', 1)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f1.append(y)
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'CanonicalizationMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'CanonicalizationMethod', 2)
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
        raise ExiDecodeError(f'{exc} in CanonicalizationMethod (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in CanonicalizationMethod (near grammar state {s}): {exc}') from None
    return _mk45(f0, f1), p


def e_xmldsig_DSAKeyValue(o: Any, a: int) -> int:
    s = 0
    v0 = o.p
    if v0 is not None:
        a <<= 2
        a = e_sel_bin(a, v0)
        s = 1
    v1 = o.q
    if v1 is not None:
        c, w, s = _T101[s]
        a = (a << w) | c
        a = e_sel_bin(a, v1)
    v2 = o.g
    if v2 is not None:
        c, w, s = _T102[s]
        a = (a << w) | c
        a = e_sel_bin(a, v2)
    c, w, s = _T103[s]
    a = (a << w) | c
    a = e_sel_bin(a, o.y)
    v4 = o.j
    if v4 is not None:
        a <<= 2
        a = e_sel_bin(a, v4)
        s = 5
    v5 = o.seed
    if v5 is not None:
        c, w, s = _T104[s]
        a = (a << w) | c
        a = e_sel_bin(a, v5)
    v6 = o.pgen_counter
    if v6 is not None:
        c, w, s = _T105[s]
        a = (a << w) | c
        a = e_sel_bin(a, v6)
    c, w = _T106[s]
    a = (a << w) | c
    return a


def d_xmldsig_DSAKeyValue(D: int, T: int, p: int) -> tuple[Any, int]:
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
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_sel_bin(D, T, p, None, 'P')
            s = 1
        elif c == 1:
            f2, p = d_sel_bin(D, T, p, None, 'G')
            s = 2
        elif c == 2:
            f3, p = d_sel_bin(D, T, p, None, 'Y')
            s = 3
        else:
            p = _second_ee(D, T, p, c, 3, 3, 'DSAKeyValue', 0)
            return _mk46(f0, f1, f2, f3, f4, f5, f6), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_sel_bin(D, T, p, None, 'Q')
                s = 4
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DSAKeyValue', 1)
                return _mk46(f0, f1, f2, f3, f4, f5, f6), p
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_sel_bin(D, T, p, None, 'G')
                s = 2
            elif c == 1:
                f3, p = d_sel_bin(D, T, p, None, 'Y')
                s = 3
            else:
                p = _second_ee(D, T, p, c, 2, 2, 'DSAKeyValue', 4)
                return _mk46(f0, f1, f2, f3, f4, f5, f6), p
        if s == 2:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f3, p = d_sel_bin(D, T, p, None, 'Y')
                s = 3
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DSAKeyValue', 2)
                return _mk46(f0, f1, f2, f3, f4, f5, f6), p
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f4, p = d_sel_bin(D, T, p, None, 'J')
            s = 5
        elif c == 1:
            f5, p = d_sel_bin(D, T, p, None, 'Seed')
            s = 6
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'DSAKeyValue', 3)
        if s == 5:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f5, p = d_sel_bin(D, T, p, None, 'Seed')
                s = 6
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'DSAKeyValue', 5)
        if s == 6:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f6, p = d_sel_bin(D, T, p, None, 'PgenCounter')
                s = 7
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'DSAKeyValue', 6)
                return _mk46(f0, f1, f2, f3, f4, f5, f6), p
        if s == 7:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'DSAKeyValue', 7)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in DSAKeyValue (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DSAKeyValue (near grammar state {s}): {exc}') from None
    return _mk46(f0, f1, f2, f3, f4, f5, f6), p


def e_xmldsig_DigestMethod(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.algorithm)
    s = 1
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T107[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T108[s]
    a = (a << w) | c
    return a


def d_xmldsig_DigestMethod(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'DigestMethod')
        p += 1
        f0, p = d_str(D, T, p, None)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f1.append(y)
                    s = 2
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'DigestMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'DigestMethod', 1)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f1.append(y)
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'DigestMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'DigestMethod', 2)
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
        raise ExiDecodeError(f'{exc} in DigestMethod (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in DigestMethod (near grammar state {s}): {exc}') from None
    return _mk47(f0, f1), p


def e_xmldsig_KeyInfo(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 4
        a = e_str(a, v0)
        s = 1
    for v in o.key_name:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T109[s]
        a = (a << w) | c
        a = e_sel_str(a, v)
    for v in o.key_value:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T110[s]
        a = (a << w) | c
        a = e_xmldsig_KeyValue(v, a)
    for v in o.retrieval_method:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T111[s]
        a = (a << w) | c
        a = e_xmldsig_RetrievalMethod(v, a)
    for v in o.x509_data:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T112[s]
        a = (a << w) | c
        a = e_xmldsig_X509Data(v, a)
    for v in o.pgp_data:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T113[s]
        a = (a << w) | c
        a = e_xmldsig_PGPData(v, a)
    for v in o.spki_data:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T114[s]
        a = (a << w) | c
        a = e_xmldsig_SPKIData(v, a)
    for v in o.mgmt_data:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T115[s]
        a = (a << w) | c
        a = e_sel_str(a, v)
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T116[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    if 2 <= s <= 17:
        a = (a << 4) | 8
    else:
        c, w = _T117[s]
        a = (a << w) | c
    return a


def d_xmldsig_KeyInfo(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    f2: Any = []
    f3: Any = []
    f4: Any = []
    f5: Any = []
    f6: Any = []
    f7: Any = []
    f8: Any = []
    y: Any
    s = 0
    try:
        Df = D
        Tf = T
        nw = False
        while s != -1:
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
                if s == 0:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        f0, p = d_str(D, T, p, None)
                        s = 1
                    elif c == 1:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 2
                    elif c == 2:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 3
                    elif c == 3:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 4
                    elif c == 4:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 5
                    elif c == 5:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 6
                    elif c == 6:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 7
                    elif c == 7:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 8
                    elif c == 8:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 9
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        p = _second_ee(D, T, p, c, 10, 3, 'KeyInfo', 0)
                        return _mk48(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
                elif s == 1:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 2
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 3
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 4
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 5
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 6
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 7
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 8
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 9
                    elif c == 8:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        p = _second_ee(D, T, p, c, 9, 3, 'KeyInfo', 1)
                        return _mk48(f0, f1, f2, f3, f4, f5, f6, f7, f8), p
                elif s == 2:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 2)
                elif s == 3:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 3)
                elif s == 4:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 4)
                elif s == 5:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 5)
                elif s == 6:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 6)
                elif s == 7:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 7)
                elif s == 8:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 8)
                elif s == 9:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 9)
                elif s == 10:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 10)
                elif s == 11:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 11)
                elif s == 12:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 12)
                elif s == 13:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 13)
                elif s == 14:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 14)
                elif s == 15:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 15)
                elif s == 16:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                        s = 17
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 16)
                elif s == 17:
                    c = (D >> (T - p - 4)) & 15
                    p += 4
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'KeyName')
                        f1.append(y)
                        s = 10
                    elif c == 1:
                        y, p = d_xmldsig_KeyValue(D, T, p)
                        f2.append(y)
                        s = 11
                    elif c == 2:
                        y, p = d_xmldsig_RetrievalMethod(D, T, p)
                        f3.append(y)
                        s = 12
                    elif c == 3:
                        y, p = d_xmldsig_X509Data(D, T, p)
                        f4.append(y)
                        s = 13
                    elif c == 4:
                        y, p = d_xmldsig_PGPData(D, T, p)
                        f5.append(y)
                        s = 14
                    elif c == 5:
                        y, p = d_xmldsig_SPKIData(D, T, p)
                        f6.append(y)
                        s = 15
                    elif c == 6:
                        y, p = d_sel_str(D, T, p, None, 'MgmtData')
                        f7.append(y)
                        s = 16
                    elif c == 7:
                        y, p = _dec_any(D, T, p, _MOD)
                        f8.append(y)
                    elif c == 8:
                        s = -1
                    elif c == 9:
                        _unsupported(p, 'KeyInfo', 'mixed content text')
                    else:
                        _bad_code(p, c, 'KeyInfo', 17)
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
        raise ExiDecodeError(f'{exc} in KeyInfo (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in KeyInfo (near grammar state {s}): {exc}') from None
    return _mk48(f0, f1, f2, f3, f4, f5, f6, f7, f8), p


def e_xmldsig_KeyValue(o: Any, a: int) -> int:
    s = 0
    v0 = o.dsa_key_value
    if v0 is not None:
        a <<= 3
        a = e_xmldsig_DSAKeyValue(v0, a)
        s = 1
    v1 = o.rsa_key_value
    if v1 is not None:
        c, w, s = _T118[s]
        a = (a << w) | c
        a = e_xmldsig_RSAKeyValue(v1, a)
    v2 = o.any
    if v2 is not None:
        c, w, s = _T119[s]
        a = (a << w) | c
        a = _enc_any(v2, a, _MOD)
    c, w = _T120[s]
    a = (a << w) | c
    return a


def d_xmldsig_KeyValue(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    y: Any
    s = 0
    try:
        s = 0
        Df = D
        Tf = T
        nw = False
        while s == 0:
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
                c = (D >> (T - p - 3)) & 7
                p += 3
                if c == 0:
                    f0, p = d_xmldsig_DSAKeyValue(D, T, p)
                    s = 1
                elif c == 1:
                    f1, p = d_xmldsig_RSAKeyValue(D, T, p)
                    s = 2
                elif c == 2:
                    f2, p = _dec_any(D, T, p, _MOD)
                    s = 3
                elif c == 3:
                    _unsupported(p, 'KeyValue', 'mixed content text')
                else:
                    p = _second_ee(D, T, p, c, 4, 3, 'KeyValue', 0)
                    return _mk49(f0, f1, f2), p
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
                    s = -1
                elif c == 1:
                    _unsupported(p, 'KeyValue', 'mixed content text')
                else:
                    _bad_code(p, c, 'KeyValue', 1)
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
                    s = -1
                elif c == 1:
                    _unsupported(p, 'KeyValue', 'mixed content text')
                else:
                    _bad_code(p, c, 'KeyValue', 2)
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
                    s = -1
                elif c == 1:
                    _unsupported(p, 'KeyValue', 'mixed content text')
                else:
                    _bad_code(p, c, 'KeyValue', 3)
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
        raise ExiDecodeError(f'{exc} in KeyValue (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in KeyValue (near grammar state {s}): {exc}') from None
    return _mk49(f0, f1, f2), p


def e_xmldsig_Manifest(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    for v in o.reference:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T121[s]
        a = (a << w) | c
        a = e_xmldsig_Reference(v, a)
    c, w = _T122[s]
    a = (a << w) | c
    return a


def d_xmldsig_Manifest(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
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
            y, p = d_xmldsig_Reference(D, T, p)
            f1.append(y)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Manifest', 0)
            return _mk50(f0, f1), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_xmldsig_Reference(D, T, p)
                f1.append(y)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'Manifest', 1)
                return _mk50(f0, f1), p
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_xmldsig_Reference(D, T, p)
            f1.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'Manifest', 2)
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
                    y, p = d_xmldsig_Reference(D, T, p)
                    f1.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'Manifest', 3)
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
        raise ExiDecodeError(f'{exc} in Manifest (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Manifest (near grammar state {s}): {exc}') from None
    return _mk50(f0, f1), p


def e_xmldsig_Object(o: Any, a: int) -> int:
    s = 0
    v0 = o.encoding
    if v0 is not None:
        a <<= 3
        a = e_str(a, v0)
        s = 1
    v1 = o.id
    if v1 is not None:
        c, w, s = _T123[s]
        a = (a << w) | c
        a = e_str(a, v1)
    v2 = o.mime_type
    if v2 is not None:
        c, w, s = _T124[s]
        a = (a << w) | c
        a = e_str(a, v2)
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T125[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T126[s]
    a = (a << w) | c
    return a


def d_xmldsig_Object(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = []
    y: Any
    s = 0
    try:
        s = 0
        Df = D
        Tf = T
        nw = False
        while s == 0:
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
                c = (D >> (T - p - 3)) & 7
                p += 3
                if c == 0:
                    f0, p = d_str(D, T, p, None)
                    s = 1
                elif c == 1:
                    f1, p = d_str(D, T, p, None)
                    s = 2
                elif c == 2:
                    f2, p = d_str(D, T, p, None)
                    s = 3
                elif c == 3:
                    y, p = _dec_any(D, T, p, _MOD)
                    f3.append(y)
                    s = 4
                elif c == 4:
                    s = -1
                elif c == 5:
                    _unsupported(p, 'Object', 'mixed content text')
                else:
                    _bad_code(p, c, 'Object', 0)
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
                c = (D >> (T - p - 3)) & 7
                p += 3
                if c == 0:
                    f1, p = d_str(D, T, p, None)
                    s = 2
                elif c == 1:
                    f2, p = d_str(D, T, p, None)
                    s = 3
                elif c == 2:
                    y, p = _dec_any(D, T, p, _MOD)
                    f3.append(y)
                    s = 4
                elif c == 3:
                    s = -1
                elif c == 4:
                    _unsupported(p, 'Object', 'mixed content text')
                else:
                    _bad_code(p, c, 'Object', 1)
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
                c = (D >> (T - p - 3)) & 7
                p += 3
                if c == 0:
                    f2, p = d_str(D, T, p, None)
                    s = 3
                elif c == 1:
                    y, p = _dec_any(D, T, p, _MOD)
                    f3.append(y)
                    s = 4
                elif c == 2:
                    s = -1
                elif c == 3:
                    _unsupported(p, 'Object', 'mixed content text')
                else:
                    _bad_code(p, c, 'Object', 2)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f3.append(y)
                    s = 4
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'Object', 'mixed content text')
                else:
                    _bad_code(p, c, 'Object', 3)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f3.append(y)
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'Object', 'mixed content text')
                else:
                    _bad_code(p, c, 'Object', 4)
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
        raise ExiDecodeError(f'{exc} in Object (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Object (near grammar state {s}): {exc}') from None
    return _mk51(f0, f1, f2, f3), p


def e_xmldsig_PGPData(o: Any, a: int) -> int:
    s = 0
    v0 = o.pgp_key_id
    if v0 is not None:
        a <<= 2
        a = e_sel_bin(a, v0)
        s = 1
    v1 = o.pgp_key_packet
    if v1 is not None:
        c, w, s = _T127[s]
        a = (a << w) | c
        a = e_sel_bin(a, v1)
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T128[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    v3 = o.pgp_key_packet_2
    if v3 is not None:
        c, w, s = _T129[s]
        a = (a << w) | c
        a = e_sel_bin(a, v3)
    for v in o.any_2:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T130[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T131[s]
    a = (a << w) | c
    return a


def d_xmldsig_PGPData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = []
    f3: Any = None
    f4: Any = []
    y: Any
    s = 0
    try:
        s = 0
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f0, p = d_sel_bin(D, T, p, None, 'PGPKeyID')
            s = 1
        elif c == 1:
            f3, p = d_sel_bin(D, T, p, None, 'PGPKeyPacket')
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'PGPData', 0)
            return _mk52(f0, f1, f2, f3, f4), p
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = d_sel_bin(D, T, p, None, 'PGPKeyPacket')
                s = 3
            elif c == 1:
                y, p = _dec_any(D, T, p, _MOD)
                f2.append(y)
                s = 4
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'PGPData', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = _dec_any(D, T, p, _MOD)
                f4.append(y)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'PGPData', 2)
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = _dec_any(D, T, p, _MOD)
                f2.append(y)
                s = 4
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'PGPData', 3)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PGPData', 4)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f4.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'PGPData', 5)
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
        raise ExiDecodeError(f'{exc} in PGPData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in PGPData (near grammar state {s}): {exc}') from None
    return _mk52(f0, f1, f2, f3, f4), p


def e_xmldsig_RSAKeyValue(o: Any, a: int) -> int:
    a <<= 1
    a = e_sel_bin(a, o.modulus)
    a <<= 1
    a = e_sel_bin(a, o.exponent)
    a <<= 1
    return a


def d_xmldsig_RSAKeyValue(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'RSAKeyValue')
        p += 1
        f0, p = d_sel_bin(D, T, p, None, 'Modulus')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'RSAKeyValue')
        p += 1
        f1, p = d_sel_bin(D, T, p, None, 'Exponent')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'RSAKeyValue')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in RSAKeyValue (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in RSAKeyValue (near grammar state {s}): {exc}') from None
    return _mk53(f0, f1), p


def e_xmldsig_Reference(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 3
        a = e_str(a, v0)
        s = 1
    v1 = o.type
    if v1 is not None:
        c, w, s = _T132[s]
        a = (a << w) | c
        a = e_str(a, v1)
    v2 = o.uri
    if v2 is not None:
        c, w, s = _T133[s]
        a = (a << w) | c
        a = e_str(a, v2)
    v3 = o.transforms
    if v3 is not None:
        c, w, s = _T134[s]
        a = (a << w) | c
        a = e_xmldsig_Transforms(v3, a)
    c, w, s = _T135[s]
    a = (a << w) | c
    a = e_xmldsig_DigestMethod(o.digest_method, a)
    a <<= 1
    a = e_sel_bin(a, o.digest_value)
    a <<= 1
    return a


def d_xmldsig_Reference(D: int, T: int, p: int) -> tuple[Any, int]:
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
        c = (D >> (T - p - 3)) & 7
        p += 3
        if c == 0:
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_str(D, T, p, None)
            s = 2
        elif c == 2:
            f2, p = d_str(D, T, p, None)
            s = 3
        elif c == 3:
            f3, p = d_xmldsig_Transforms(D, T, p)
            s = 4
        elif c == 4:
            f4, p = d_xmldsig_DigestMethod(D, T, p)
            s = 5
        else:
            p = _second_ee(D, T, p, c, 5, 3, 'Reference', 0)
            return _mk54(f0, f1, f2, f3, f4, f5), p
        if s == 1:
            c = (D >> (T - p - 3)) & 7
            p += 3
            if c == 0:
                f1, p = d_str(D, T, p, None)
                s = 2
            elif c == 1:
                f2, p = d_str(D, T, p, None)
                s = 3
            elif c == 2:
                f3, p = d_xmldsig_Transforms(D, T, p)
                s = 4
            elif c == 3:
                f4, p = d_xmldsig_DigestMethod(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 4, 3, 'Reference', 1)
                return _mk54(f0, f1, f2, f3, f4, f5), p
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_str(D, T, p, None)
                s = 3
            elif c == 1:
                f3, p = d_xmldsig_Transforms(D, T, p)
                s = 4
            elif c == 2:
                f4, p = d_xmldsig_DigestMethod(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 3, 3, 'Reference', 2)
                return _mk54(f0, f1, f2, f3, f4, f5), p
        if s == 3:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f3, p = d_xmldsig_Transforms(D, T, p)
                s = 4
            elif c == 1:
                f4, p = d_xmldsig_DigestMethod(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 2, 3, 'Reference', 3)
                return _mk54(f0, f1, f2, f3, f4, f5), p
        if s == 4:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f4, p = d_xmldsig_DigestMethod(D, T, p)
                s = 5
            else:
                p = _second_ee(D, T, p, c, 1, 2, 'Reference', 4)
                return _mk54(f0, f1, f2, f3, f4, f5), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Reference')
        p += 1
        f5, p = d_sel_bin(D, T, p, None, 'DigestValue')
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Reference')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in Reference (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Reference (near grammar state {s}): {exc}') from None
    return _mk54(f0, f1, f2, f3, f4, f5), p


def e_xmldsig_RetrievalMethod(o: Any, a: int) -> int:
    s = 0
    v0 = o.type
    if v0 is not None:
        a <<= 3
        a = e_str(a, v0)
        s = 1
    v1 = o.uri
    if v1 is not None:
        c, w, s = _T136[s]
        a = (a << w) | c
        a = e_str(a, v1)
    v2 = o.transforms
    if v2 is not None:
        c, w, s = _T137[s]
        a = (a << w) | c
        a = e_xmldsig_Transforms(v2, a)
    c, w = _T138[s]
    a = (a << w) | c
    return a


def d_xmldsig_RetrievalMethod(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_str(D, T, p, None)
            s = 2
        elif c == 2:
            f2, p = d_xmldsig_Transforms(D, T, p)
            s = 3
        elif c == 3:
            s = -1
        else:
            _bad_code(p, c, 'RetrievalMethod', 0)
        if s == 1:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f1, p = d_str(D, T, p, None)
                s = 2
            elif c == 1:
                f2, p = d_xmldsig_Transforms(D, T, p)
                s = 3
            elif c == 2:
                s = -1
            else:
                _bad_code(p, c, 'RetrievalMethod', 1)
        if s == 2:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                f2, p = d_xmldsig_Transforms(D, T, p)
                s = 3
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'RetrievalMethod', 2)
        if s == 3:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                s = -1
            else:
                _bad_code(p, c, 'RetrievalMethod', 3)
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in RetrievalMethod (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in RetrievalMethod (near grammar state {s}): {exc}') from None
    return _mk55(f0, f1, f2), p


def e_xmldsig_SPKIData(o: Any, a: int) -> int:
    s = 0
    for v in o.spki_sexp:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T139[s]
        a = (a << w) | c
        a = e_sel_bin(a, v)
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T140[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T141[s]
    a = (a << w) | c
    return a


def d_xmldsig_SPKIData(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    f1: Any = []
    y: Any
    s = 0
    try:
        Df = D
        Tf = T
        nw = False
        while s != -1:
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
                if s == 0:
                    c = (D >> (T - p - 1)) & 1
                    p += 1
                    if c == 0:
                        y, p = d_sel_bin(D, T, p, None, 'SPKISexp')
                        f0.append(y)
                        s = 1
                    else:
                        p = _second_ee(D, T, p, c, 1, 3, 'SPKIData', 0)
                        return _mk56(f0, f1), p
                elif s == 1:
                    c = (D >> (T - p - 2)) & 3
                    p += 2
                    if c == 0:
                        y, p = d_sel_bin(D, T, p, None, 'SPKISexp')
                        f0.append(y)
                        s = 2
                    elif c == 1:
                        y, p = _dec_any(D, T, p, _MOD)
                        f1.append(y)
                        s = 3
                    elif c == 2:
                        s = -1
                    else:
                        _bad_code(p, c, 'SPKIData', 1)
                elif s == 2:
                    c = (D >> (T - p - 2)) & 3
                    p += 2
                    if c == 0:
                        y, p = d_sel_bin(D, T, p, None, 'SPKISexp')
                        f0.append(y)
                    elif c == 1:
                        y, p = _dec_any(D, T, p, _MOD)
                        f1.append(y)
                        s = 4
                    elif c == 2:
                        s = -1
                    else:
                        _bad_code(p, c, 'SPKIData', 2)
                elif s == 3:
                    c = (D >> (T - p - 2)) & 3
                    p += 2
                    if c == 0:
                        y, p = d_sel_bin(D, T, p, None, 'SPKISexp')
                        f0.append(y)
                        s = 2
                    elif c == 1:
                        s = -1
                    else:
                        _bad_code(p, c, 'SPKIData', 3)
                elif s == 4:
                    c = (D >> (T - p - 2)) & 3
                    p += 2
                    if c == 0:
                        y, p = d_sel_bin(D, T, p, None, 'SPKISexp')
                        f0.append(y)
                        s = 2
                    elif c == 1:
                        s = -1
                    else:
                        _bad_code(p, c, 'SPKIData', 4)
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
        raise ExiDecodeError(f'{exc} in SPKIData (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SPKIData (near grammar state {s}): {exc}') from None
    return _mk56(f0, f1), p


def e_xmldsig_Signature(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T142[s]
    a = (a << w) | c
    a = e_xmldsig_SignedInfo(o.signed_info, a)
    a <<= 1
    a = e_xmldsig_SignatureValue(o.signature_value, a)
    s = 3
    v3 = o.key_info
    if v3 is not None:
        a <<= 2
        a = e_xmldsig_KeyInfo(v3, a)
        s = 4
    for v in o.object:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T143[s]
        a = (a << w) | c
        a = e_xmldsig_Object(v, a)
    c, w = _T144[s]
    a = (a << w) | c
    return a


def d_xmldsig_Signature(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = None
    f4: Any = []
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
            f1, p = d_xmldsig_SignedInfo(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'Signature', 0)
            return _mk57(f0, f1, f2, f3, f4), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_xmldsig_SignedInfo(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'Signature', 1)
                return _mk57(f0, f1, f2, f3, f4), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Signature')
        p += 1
        f2, p = d_xmldsig_SignatureValue(D, T, p)
        s = 3
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            f3, p = d_xmldsig_KeyInfo(D, T, p)
            s = 4
        elif c == 1:
            y, p = d_xmldsig_Object(D, T, p)
            f4.append(y)
            s = 5
        elif c == 2:
            s = -1
        else:
            _bad_code(p, c, 'Signature', 3)
        if s == 4:
            c = (D >> (T - p - 2)) & 3
            p += 2
            if c == 0:
                y, p = d_xmldsig_Object(D, T, p)
                f4.append(y)
                s = 5
            elif c == 1:
                s = -1
            else:
                _bad_code(p, c, 'Signature', 4)
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
                    y, p = d_xmldsig_Object(D, T, p)
                    f4.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'Signature', 5)
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
        raise ExiDecodeError(f'{exc} in Signature (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Signature (near grammar state {s}): {exc}') from None
    return _mk57(f0, f1, f2, f3, f4), p


def e_xmldsig_SignatureMethod(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.algorithm)
    s = 1
    v1 = o.hmac_output_length
    if v1 is not None:
        a = e_int(a << 4, v1) << 1
        s = 2
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T145[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T146[s]
    a = (a << w) | c
    return a


def d_xmldsig_SignatureMethod(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignatureMethod')
        p += 1
        f0, p = d_str(D, T, p, None)
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
                c = (D >> (T - p - 3)) & 7
                p += 3
                if c == 0:
                    f1, p = _ds6(D, T, p)
                    s = 2
                elif c == 1:
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                    s = 3
                elif c == 2:
                    s = -1
                elif c == 3:
                    _unsupported(p, 'SignatureMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'SignatureMethod', 1)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                    s = 3
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'SignatureMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'SignatureMethod', 2)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'SignatureMethod', 'mixed content text')
                else:
                    _bad_code(p, c, 'SignatureMethod', 3)
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
        raise ExiDecodeError(f'{exc} in SignatureMethod (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignatureMethod (near grammar state {s}): {exc}') from None
    return _mk58(f0, f1, f2), p


def e_xmldsig_SignatureProperties(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    for v in o.signature_property:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T147[s]
        a = (a << w) | c
        a = e_xmldsig_SignatureProperty(v, a)
    c, w = _T148[s]
    a = (a << w) | c
    return a


def d_xmldsig_SignatureProperties(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
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
            y, p = d_xmldsig_SignatureProperty(D, T, p)
            f1.append(y)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'SignatureProperties', 0)
            return _mk59(f0, f1), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                y, p = d_xmldsig_SignatureProperty(D, T, p)
                f1.append(y)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'SignatureProperties', 1)
                return _mk59(f0, f1), p
        s = 2
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_xmldsig_SignatureProperty(D, T, p)
            f1.append(y)
            s = 3
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SignatureProperties', 2)
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
                    y, p = d_xmldsig_SignatureProperty(D, T, p)
                    f1.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SignatureProperties', 3)
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
        raise ExiDecodeError(f'{exc} in SignatureProperties (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignatureProperties (near grammar state {s}): {exc}') from None
    return _mk59(f0, f1), p


def e_xmldsig_SignatureProperty(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T149[s]
    a = (a << w) | c
    a = e_str(a, o.target)
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T150[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    c, w = _T151[s]
    a = (a << w) | c
    return a


def d_xmldsig_SignatureProperty(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f0, p = d_str(D, T, p, None)
            s = 1
        elif c == 1:
            f1, p = d_str(D, T, p, None)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'SignatureProperty', 0)
            return _mk60(f0, f1, f2), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_str(D, T, p, None)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'SignatureProperty', 1)
                return _mk60(f0, f1, f2), p
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                    s = 3
                elif c == 1:
                    _unsupported(p, 'SignatureProperty', 'mixed content text')
                else:
                    p = _second_ee(D, T, p, c, 2, 3, 'SignatureProperty', 2)
                    return _mk60(f0, f1, f2), p
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                    s = 4
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'SignatureProperty', 'mixed content text')
                else:
                    _bad_code(p, c, 'SignatureProperty', 3)
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
                    y, p = _dec_any(D, T, p, _MOD)
                    f2.append(y)
                elif c == 1:
                    s = -1
                elif c == 2:
                    _unsupported(p, 'SignatureProperty', 'mixed content text')
                else:
                    _bad_code(p, c, 'SignatureProperty', 4)
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
        raise ExiDecodeError(f'{exc} in SignatureProperty (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignatureProperty (near grammar state {s}): {exc}') from None
    return _mk60(f0, f1, f2), p


def e_xmldsig_SignatureValue(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    if not o.value:
        b, w = _T152[s]
        a = (a << w) | b
        return a
    c, w, s = _T153[s]
    a = (a << w) | c
    a = e_bin(a, o.value)
    c, w = _T154[s]
    a = (a << w) | c
    return a


def d_xmldsig_SignatureValue(D: int, T: int, p: int) -> tuple[Any, int]:
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
            f1, p = d_bin(D, T, p, None)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'SignatureValue', 0)
            return _mk61(f0, b"" if f1 is None else f1), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_bin(D, T, p, None)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'SignatureValue', 1)
                return _mk61(f0, b"" if f1 is None else f1), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignatureValue')
        p += 1
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in SignatureValue (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignatureValue (near grammar state {s}): {exc}') from None
    return _mk61(f0, b"" if f1 is None else f1), p


def e_xmldsig_SignedInfo(o: Any, a: int) -> int:
    s = 0
    v0 = o.id
    if v0 is not None:
        a <<= 2
        a = e_str(a, v0)
        s = 1
    c, w, s = _T155[s]
    a = (a << w) | c
    a = e_xmldsig_CanonicalizationMethod(o.canonicalization_method, a)
    a <<= 1
    a = e_xmldsig_SignatureMethod(o.signature_method, a)
    s = 3
    for v in o.reference:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T156[s]
        a = (a << w) | c
        a = e_xmldsig_Reference(v, a)
    c, w = _T157[s]
    a = (a << w) | c
    return a


def d_xmldsig_SignedInfo(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    f2: Any = None
    f3: Any = []
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
            f1, p = d_xmldsig_CanonicalizationMethod(D, T, p)
            s = 2
        else:
            p = _second_ee(D, T, p, c, 2, 3, 'SignedInfo', 0)
            return _mk62(f0, f1, f2, f3), p
        if s == 1:
            c = (D >> (T - p - 1)) & 1
            p += 1
            if c == 0:
                f1, p = d_xmldsig_CanonicalizationMethod(D, T, p)
                s = 2
            else:
                p = _second_ee(D, T, p, c, 1, 3, 'SignedInfo', 1)
                return _mk62(f0, f1, f2, f3), p
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedInfo')
        p += 1
        f2, p = d_xmldsig_SignatureMethod(D, T, p)
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'SignedInfo')
        p += 1
        y, p = d_xmldsig_Reference(D, T, p)
        f3.append(y)
        s = 4
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_xmldsig_Reference(D, T, p)
            f3.append(y)
            s = 5
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'SignedInfo', 4)
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
                    y, p = d_xmldsig_Reference(D, T, p)
                    f3.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'SignedInfo', 5)
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
        raise ExiDecodeError(f'{exc} in SignedInfo (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in SignedInfo (near grammar state {s}): {exc}') from None
    return _mk62(f0, f1, f2, f3), p


def e_xmldsig_Transform(o: Any, a: int) -> int:
    a <<= 1
    a = e_str(a, o.algorithm)
    s = 1
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T158[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    for v in o.x_path:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T159[s]
        a = (a << w) | c
        a = e_sel_str(a, v)
    c, w = _T160[s]
    a = (a << w) | c
    return a


def d_xmldsig_Transform(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = []
    f2: Any = []
    y: Any
    s = 0
    try:
        Df = D
        Tf = T
        nw = False
        while s != -1:
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
                if s == 0:
                    c = (D >> (T - p - 1)) & 1
                    p += 1
                    if c == 0:
                        f0, p = d_str(D, T, p, None)
                        s = 1
                    else:
                        p = _second_ee(D, T, p, c, 1, 3, 'Transform', 0)
                        return _mk63(f0, f1, f2), p
                elif s == 1:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'XPath')
                        f2.append(y)
                        s = 2
                    elif c == 1:
                        y, p = _dec_any(D, T, p, _MOD)
                        f1.append(y)
                        s = 3
                    elif c == 2:
                        s = -1
                    elif c == 3:
                        _unsupported(p, 'Transform', 'mixed content text')
                    else:
                        _bad_code(p, c, 'Transform', 1)
                elif s == 2:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'XPath')
                        f2.append(y)
                    elif c == 1:
                        y, p = _dec_any(D, T, p, _MOD)
                        f1.append(y)
                        s = 3
                    elif c == 2:
                        s = -1
                    elif c == 3:
                        _unsupported(p, 'Transform', 'mixed content text')
                    else:
                        _bad_code(p, c, 'Transform', 2)
                elif s == 3:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_sel_str(D, T, p, None, 'XPath')
                        f2.append(y)
                        s = 2
                    elif c == 1:
                        y, p = _dec_any(D, T, p, _MOD)
                        f1.append(y)
                    elif c == 2:
                        s = -1
                    elif c == 3:
                        _unsupported(p, 'Transform', 'mixed content text')
                    else:
                        _bad_code(p, c, 'Transform', 3)
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
        raise ExiDecodeError(f'{exc} in Transform (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Transform (near grammar state {s}): {exc}') from None
    return _mk63(f0, f1, f2), p


def e_xmldsig_Transforms(o: Any, a: int) -> int:
    s = 0
    for v in o.transform:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T161[s]
        a = (a << w) | c
        a = e_xmldsig_Transform(v, a)
    c, w = _T162[s]
    a = (a << w) | c
    return a


def d_xmldsig_Transforms(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'Transforms')
        p += 1
        y, p = d_xmldsig_Transform(D, T, p)
        f0.append(y)
        s = 1
        c = (D >> (T - p - 2)) & 3
        p += 2
        if c == 0:
            y, p = d_xmldsig_Transform(D, T, p)
            f0.append(y)
            s = 2
        elif c == 1:
            s = -1
        else:
            _bad_code(p, c, 'Transforms', 1)
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
                    y, p = d_xmldsig_Transform(D, T, p)
                    f0.append(y)
                elif c == 1:
                    s = -1
                else:
                    _bad_code(p, c, 'Transforms', 2)
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
        raise ExiDecodeError(f'{exc} in Transforms (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in Transforms (near grammar state {s}): {exc}') from None
    return _mk64(f0), p


def e_xmldsig_X509Data(o: Any, a: int) -> int:
    s = 0
    for v in o.x509_issuer_serial:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T163[s]
        a = (a << w) | c
        a = e_xmldsig_X509IssuerSerial(v, a)
    for v in o.x509_ski:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T164[s]
        a = (a << w) | c
        a = e_sel_bin(a, v)
    for v in o.x509_subject_name:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T165[s]
        a = (a << w) | c
        a = e_sel_str(a, v)
    for v in o.x509_certificate:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T166[s]
        a = (a << w) | c
        a = e_sel_bin(a, v)
    for v in o.x509_crl:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T167[s]
        a = (a << w) | c
        a = e_sel_bin(a, v)
    for v in o.any:
        if a.bit_length() > 4096:
            a = _spill(a)
        c, w, s = _T168[s]
        a = (a << w) | c
        a = _enc_any(v, a, _MOD)
    if 1 <= s <= 12:
        a = (a << 3) | 6
    else:
        c, w = _T169[s]
        a = (a << w) | c
    return a


def d_xmldsig_X509Data(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = []
    f1: Any = []
    f2: Any = []
    f3: Any = []
    f4: Any = []
    f5: Any = []
    y: Any
    s = 0
    try:
        Df = D
        Tf = T
        nw = False
        while s != -1:
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
                if s == 0:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 1
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 2
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 3
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 4
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 5
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 6
                    else:
                        p = _second_ee(D, T, p, c, 6, 3, 'X509Data', 0)
                        return _mk65(f0, f1, f2, f3, f4, f5), p
                elif s == 1:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 1)
                elif s == 2:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 2)
                elif s == 3:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 3)
                elif s == 4:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 4)
                elif s == 5:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 5)
                elif s == 6:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 6)
                elif s == 7:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 7)
                elif s == 8:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 8)
                elif s == 9:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 9)
                elif s == 10:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 10)
                elif s == 11:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                        s = 12
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 11)
                elif s == 12:
                    c = (D >> (T - p - 3)) & 7
                    p += 3
                    if c == 0:
                        y, p = d_xmldsig_X509IssuerSerial(D, T, p)
                        f0.append(y)
                        s = 7
                    elif c == 1:
                        y, p = d_sel_bin(D, T, p, None, 'X509SKI')
                        f1.append(y)
                        s = 8
                    elif c == 2:
                        y, p = d_sel_str(D, T, p, None, 'X509SubjectName')
                        f2.append(y)
                        s = 9
                    elif c == 3:
                        y, p = d_sel_bin(D, T, p, None, 'X509Certificate')
                        f3.append(y)
                        s = 10
                    elif c == 4:
                        y, p = d_sel_bin(D, T, p, None, 'X509CRL')
                        f4.append(y)
                        s = 11
                    elif c == 5:
                        y, p = _dec_any(D, T, p, _MOD)
                        f5.append(y)
                    elif c == 6:
                        s = -1
                    else:
                        _bad_code(p, c, 'X509Data', 12)
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
        raise ExiDecodeError(f'{exc} in X509Data (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in X509Data (near grammar state {s}): {exc}') from None
    return _mk65(f0, f1, f2, f3, f4, f5), p


def e_xmldsig_X509IssuerSerial(o: Any, a: int) -> int:
    a <<= 1
    a = e_sel_str(a, o.x509_issuer_name)
    n636 = o.x509_serial_number
    a = e_int(a << 2, n636) << 1
    a <<= 1
    return a


def d_xmldsig_X509IssuerSerial(D: int, T: int, p: int) -> tuple[Any, int]:
    f0: Any = None
    f1: Any = None
    y: Any
    s = 0
    try:
        if (D >> (T - p - 1)) & 1:
            _fail(p, 'X509IssuerSerial')
        p += 1
        f0, p = d_sel_str(D, T, p, None, 'X509IssuerName')
        x = (D >> (T - p - 11)) & 2047
        if x & 1536:
            _fail(p, 'X509IssuerSerial')
        p += 11
        f1 = x & 127
        if x & 128:
            f1, p = d_uint_more(D, T, p, f1, 7)
        if x & 256:
            f1 = -f1 - 1
        if (D >> (T - p - 2)) & 3:
            _fail(p, 'X509IssuerSerial')
        p += 2
    except _Unlocated as exc:
        raise ExiDecodeError(f'{exc} in X509IssuerSerial (near grammar state {s})') from None
    except (ValueError, IndexError, KeyError) as exc:
        raise _Redo(f'stream ended or diverged at bit {p} in X509IssuerSerial (near grammar state {s}): {exc}') from None
    return _mk14(f0, f1), p

"""Datatype representations that the ISO 15118 schemas do not use (EXI 1.0 §7.1): decimal (§7.1.3),
float (§7.1.4), date-time (§7.1.8), list (§7.1.11), restricted character sets (§7.1.10.1) and the
2-bit boolean of a pattern-faceted xs:boolean (§7.1.2); plus a generic coder of any simple type,
driven by its :class:`~v2gstack.exi._rt.S`, used for list items and the generic grammar path.

Generated codecs import this module only when their schema set needs it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from v2gstack.exi._rt import (
    Invalid,
    Redo,
    S,
    Unlocated,
    d_bin,
    d_int,
    d_str,
    d_uint,
    e_bin,
    e_int,
    e_str,
    e_uint,
)
from v2gstack.exi._validate import check_simple
from v2gstack.exi.values import (
    DATETIME_KINDS,
    EXPONENT_MAX,
    EXPONENT_MIN,
    FLOAT_SPECIAL,
    MANTISSA_MAX,
    MANTISSA_MIN,
    DateTime,
    check_datetime,
    decimal_from_parts,
    decimal_parts,
    float_from_parts,
    float_parts,
)

# ---------------------------------------------------------------------------------------------
# decimal (§7.1.3): sign (Boolean), integral part (Unsigned Integer), fractional part with its
# digits reversed (Unsigned Integer, so that leading zeros of the fraction survive)


def e_dec(a: int, v: Decimal | int) -> int:
    if isinstance(v, bool) or not isinstance(v, Decimal | int):
        raise Invalid
    try:
        neg, integral, rev = decimal_parts(v)
    except ValueError:
        raise Invalid from None
    return e_uint(e_uint((a << 1) | neg, integral), rev)


def d_dec(D: int, T: int, p: int) -> tuple[Decimal, int]:
    neg = (D >> (T - p - 1)) & 1
    integral, p = d_uint(D, T, p + 1)
    rev, p = d_uint(D, T, p)
    return decimal_from_parts(bool(neg), integral, rev), p


# ---------------------------------------------------------------------------------------------
# float (§7.1.4): mantissa and base-10 exponent as two Integers; exponent -(2**14) marks INF (1),
# -INF (-1) and NaN


def e_float(a: int, v: float | int) -> int:
    if isinstance(v, bool) or not isinstance(v, float | int):
        raise Invalid
    m, e = float_parts(v)
    if not (MANTISSA_MIN <= m <= MANTISSA_MAX and (EXPONENT_MIN <= e <= EXPONENT_MAX or e == FLOAT_SPECIAL)):
        raise Invalid
    return e_int(e_int(a, m), e)


def d_float(D: int, T: int, p: int) -> tuple[float, int]:
    start = p
    m, p = d_int(D, T, p)
    e, p = d_int(D, T, p)
    if not MANTISSA_MIN <= m <= MANTISSA_MAX:
        raise Unlocated(f"float mantissa {m} at bit {start} is out of the 64-bit range")
    if not (EXPONENT_MIN <= e <= EXPONENT_MAX or e == FLOAT_SPECIAL):
        raise Unlocated(f"float exponent {e} at bit {start} is out of range")
    return float_from_parts(m, e), p


# ---------------------------------------------------------------------------------------------
# date-time (§7.1.8): Year (Integer, offset from 2000), MonthDay (9-bit: month * 32 + day),
# Time (17-bit: (hour * 64 + minute) * 64 + second), FractionalSecs (presence, Unsigned Integer of
# the reversed digits), TimeZone (presence, 11-bit: hours * 64 + minutes, offset by 896)

_TZ_OFFSET = 896


def e_dt(a: int, v: DateTime, kind: str) -> int:
    try:
        check_datetime(v, kind)
    except ValueError:
        raise Invalid from None
    comps = DATETIME_KINDS[kind]
    if "year" in comps:
        assert v.year is not None
        a = e_int(a, v.year - 2000)
    if "month" in comps or "day" in comps:
        a = (a << 9) | ((v.month or 0) * 32 + (v.day or 0))
    if "hour" in comps:
        assert v.hour is not None and v.minute is not None and v.second is not None
        a = (a << 17) | (((v.hour << 6) | v.minute) << 6) | v.second
        if v.fraction:
            a = e_uint((a << 1) | 1, int(v.fraction[::-1]))
        else:
            a <<= 1
    if v.tz is None:
        return a << 1
    h, m = divmod(abs(v.tz), 60)
    return (a << 12) | (1 << 11) | ((-1 if v.tz < 0 else 1) * (h * 64 + m) + _TZ_OFFSET)


def d_dt(D: int, T: int, p: int, kind: str) -> tuple[DateTime, int]:
    start = p
    comps = DATETIME_KINDS[kind]
    vals: dict[str, Any] = {}
    if "year" in comps:
        y, p = d_int(D, T, p)
        if not -(10**9) < y < 10**9:
            raise Unlocated(f"year offset {y} at bit {start} is out of range")
        vals["year"] = y + 2000
    if "month" in comps or "day" in comps:
        md = (D >> (T - p - 9)) & 511
        p += 9
        if "month" in comps:
            vals["month"] = md >> 5
        if "day" in comps:
            vals["day"] = md & 31
        if ("day" not in comps and md & 31) or ("month" not in comps and md >> 5):
            raise Unlocated(f"invalid {kind} MonthDay {md} at bit {start}")
    fraction = ""
    if "hour" in comps:
        t = (D >> (T - p - 17)) & 0x1FFFF
        p += 17
        vals["hour"], vals["minute"], vals["second"] = t >> 12, (t >> 6) & 63, t & 63
        if (D >> (T - p - 1)) & 1:
            f, p = d_uint(D, T, p + 1)
            fraction = str(f)[::-1].rstrip("0")
        else:
            p += 1
    tz = None
    if (D >> (T - p - 1)) & 1:
        x = ((D >> (T - p - 12)) & 2047) - _TZ_OFFSET
        p += 12
        h, m = divmod(abs(x), 64)
        if m > 59:
            raise Unlocated(f"invalid timezone minutes {m} at bit {start}")
        tz = (h * 60 + m) * (-1 if x < 0 else 1)
    else:
        p += 1
    try:
        return DateTime(**vals, fraction=fraction, tz=tz), p
    except ValueError as exc:
        raise Unlocated(f"invalid {kind} at bit {start}: {exc}") from None


# ---------------------------------------------------------------------------------------------
# boolean with a pattern facet (§7.1.2): 2-bit n-bit Unsigned Integer, 0 "false", 1 "0", 2 "true",
# 3 "1"; the model keeps a bool, so "0" / "1" are read as False / True and written as false / true


def e_bool2(a: int, v: bool) -> int:
    if v is True:
        return (a << 2) | 2
    if v is False:
        return a << 2
    raise Invalid


def d_bool2(D: int, T: int, p: int) -> tuple[bool, int]:
    return bool((D >> (T - p - 2)) & 2), p + 2


# ---------------------------------------------------------------------------------------------
# restricted character sets (§7.1.10.1): each character is an n-bit index into the sorted set,
# n = ceil(log2(N + 1)); the value N escapes a character outside the set, written as a code point


def e_rstr(a: int, v: str, index: dict[str, int], n: int) -> int:
    if not isinstance(v, str):
        raise Invalid
    a = e_uint(a, len(v) + 2)
    escape = len(index)
    for ch in v:
        i = index.get(ch)
        a = e_uint((a << n) | escape, ord(ch)) if i is None else (a << n) | i
    return a


def d_rstr(D: int, T: int, p: int, chars: str, n: int, max_len: int | None = None) -> tuple[str, int]:
    start = p
    k, p = d_uint(D, T, p)
    if k < 2:
        raise Unlocated(f"string value table hit at bit {start}, but the value table is disabled")
    k -= 2
    if k * n > T - p:
        raise Unlocated(f"string length {k} at bit {start} exceeds the remaining input")
    if max_len is not None and k > max_len:
        raise Unlocated(f"string length {k} at bit {start} exceeds maxLength {max_len}")
    out = []
    mask = (1 << n) - 1
    escape = len(chars)
    for _ in range(k):
        i = (D >> (T - p - n)) & mask
        p += n
        if i < escape:
            out.append(chars[i])
        elif i == escape:
            c, p = d_uint(D, T, p)
            if c > 0x10FFFF:
                raise Unlocated(f"invalid code point {c} in string at bit {start}")
            out.append(chr(c))
        else:
            raise Unlocated(f"character index {i} at bit {p - n} is outside the restricted set")
    return "".join(out), p


def rstr_width(chars: str) -> int:
    return len(chars).bit_length()


# ---------------------------------------------------------------------------------------------
# lists (§7.1.11): number of items (Unsigned Integer), then each item in its type's representation


def e_list(a: int, v: list[Any], s: S) -> int:
    if not isinstance(v, list):
        raise Invalid
    item = s.item
    assert item is not None
    a = e_uint(a, len(v))
    for x in v:
        a = enc_simple(a, item, x)
    return a


def d_list(D: int, T: int, p: int, s: S) -> tuple[list[Any], int]:
    start = p
    n, p = d_uint(D, T, p)
    if n > T - p:  # every item takes at least one bit
        raise Unlocated(f"list of {n} items at bit {start} exceeds the remaining input")
    if s.max_len is not None and n > s.max_len:
        raise Unlocated(f"list of {n} items at bit {start} exceeds maxLength {s.max_len}")
    item = s.item
    assert item is not None
    out = []
    for _ in range(n):
        x, p = dec_simple(D, T, p, item)
        out.append(x)
    return out, p


# ---------------------------------------------------------------------------------------------
# any simple type, driven by its S (facets checked by check_simple before encoding)


def enc_simple(a: int, s: S, v: Any) -> int:
    """Append value ``v`` of simple type ``s``; raises Invalid when it is not a value of the type."""
    if check_simple(s, v) is not None:
        raise Invalid
    k = s.kind
    if k == "bool":
        return (a << 1) | (1 if v else 0)
    if k == "bool2":
        return e_bool2(a, v)
    if k == "nbit":
        assert s.lo is not None and s.hi is not None
        x: int = v - s.lo
        return (a << (s.hi - s.lo).bit_length()) | x
    if k == "uint":
        return e_uint(a, v)
    if k == "int":
        return e_int(a, v)
    if k == "enum":
        assert s.enum is not None
        members = list(s.enum)
        return (a << (len(members) - 1).bit_length()) | members.index(v)
    if k == "string":
        if s.chars is not None:
            return e_rstr(a, v, {c: i for i, c in enumerate(s.chars)}, rstr_width(s.chars))
        return e_str(a, v)
    if k in ("hex", "b64"):
        return e_bin(a, bytes(v))
    if k == "decimal":
        return e_dec(a, v)
    if k == "float":
        return e_float(a, v)
    if k == "datetime":
        return e_dt(a, v, s.builtin)
    if k == "list":
        return e_list(a, v, s)
    raise Invalid


def dec_simple(D: int, T: int, p: int, s: S) -> tuple[Any, int]:
    """Read a value of simple type ``s``."""
    k = s.kind
    if k == "bool":
        return bool((D >> (T - p - 1)) & 1), p + 1
    if k == "bool2":
        return d_bool2(D, T, p)
    if k == "nbit":
        assert s.lo is not None and s.hi is not None
        w = (s.hi - s.lo).bit_length()
        x = (D >> (T - p - w)) & ((1 << w) - 1) if w else 0
        if s.lo + x > s.hi:
            raise Unlocated(f"n-bit value {s.lo + x} at bit {p} exceeds the facet maximum {s.hi}")
        return s.lo + x, p + w
    if k == "uint":
        return d_uint(D, T, p)
    if k == "int":
        return d_int(D, T, p)
    if k == "enum":
        assert s.enum is not None
        members = list(s.enum)
        w = (len(members) - 1).bit_length()
        i = (D >> (T - p - w)) & ((1 << w) - 1) if w else 0
        if i >= len(members):
            raise Unlocated(f"enumeration index {i} at bit {p} is out of range")
        return members[i], p + w
    if k == "string":
        if s.chars is not None:
            return d_rstr(D, T, p, s.chars, rstr_width(s.chars), s.max_len)
        return d_str(D, T, p, s.max_len)
    if k in ("hex", "b64"):
        return d_bin(D, T, p, s.max_len)
    if k == "decimal":
        return d_dec(D, T, p)
    if k == "float":
        return d_float(D, T, p)
    if k == "datetime":
        return d_dt(D, T, p, s.builtin)
    if k == "list":
        return d_list(D, T, p, s)
    raise Unlocated(f"datatype {k} is not supported")


# ---------------------------------------------------------------------------------------------
# element content of such a type: CH + value + EE; an empty list or string has no CH and ends with
# a second-level EE (escape 1, then EE = 0 of the first state's 7 undeclared productions, §8.5.4.4.1)


def e_sel_any(a: int, s: S, v: Any) -> int:
    if s.kind in ("list", "string") and isinstance(v, list | str) and not v:
        return (a << 4) | 8
    return enc_simple(a << 1, s, v) << 1


def d_sel_any(D: int, T: int, p: int, s: S, where: str) -> tuple[Any, int]:
    if (D >> (T - p - 1)) & 1:
        if (D >> (T - p - 4)) & 7 or s.kind not in ("list", "string"):
            raise Redo(f"undeclared event at bit {p + 1} in {where}")
        return ([] if s.kind == "list" else ""), p + 4
    v, p = dec_simple(D, T, p + 1, s)
    if (D >> (T - p - 1)) & 1:
        raise Redo(f"second-level event after the value at bit {p} in {where}")
    return v, p + 1

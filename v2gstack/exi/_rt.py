"""Runtime helpers used by the generated EXI codecs (EXI 1.0 §7: built-in datatype representations).

Encoders append to an int accumulator ``a`` that starts as 1 (a sentinel bit), so the number of bits
written is ``a.bit_length() - 1``. Decoders read from the whole stream as one int ``D`` of ``T`` bits;
``p`` is the bit offset. Reading past the end makes a shift count negative (``ValueError``), which the
generated decoders turn into :class:`ExiDecodeError`.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from v2gstack.exi.errors import ExiDecodeError, ExiEncodeError

__all__ = ["ExiDecodeError", "ExiEncodeError", "Redo", "Unlocated"]


class Unlocated(ExiDecodeError):
    """A datatype-level decode error; the generated decoder adds the type and grammar state."""


class Redo(Exception):
    """An event the generated decoders do not handle (a second-level event code, EXI 1.0 §8.5.4.4):
    the stream is decoded again by the generic, table-driven path (v2gstack.exi._generic)."""


@dataclass(frozen=True, slots=True)
class S:
    """A simple type as the codec sees it: representation kind and facets (EXI 1.0 §7.1)."""

    kind: str  # bool bool2 int uint nbit string hex b64 enum decimal float datetime list
    builtin: str = "string"  # nearest XML Schema built-in type (datetime: which of the 8 kinds)
    lo: int | None = None
    hi: int | None = None
    min_len: int | None = None  # strings, binary: characters / octets; lists: items
    max_len: int | None = None
    enum: type[enum.Enum] | None = None
    item: S | None = None  # list item type (§7.1.11)
    chars: str | None = None  # restricted character set of a pattern facet (§7.1.10.1), sorted
    #: Value bounds of decimals and floats: (value, exclusive) pairs; digit facets of decimals.
    vmin: tuple[Any, bool] | None = None
    vmax: tuple[Any, bool] | None = None
    total_digits: int | None = None
    fraction_digits: int | None = None


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a generated class: where it lives in XML and what it holds."""

    attr: str
    kind: str  # "attr" | "elem" | "any"
    min: int
    max: int | None  # None = unbounded
    #: (namespace, local name, content) per element name the field accepts; content is a generated
    #: class or an :class:`S`. Attributes have exactly one entry.
    names: tuple[tuple[str, str, Any], ...]
    #: Choice group (0: none), the alternative this field belongs to, its minimum occurrences when
    #: that alternative is chosen, and the group's minimum (1: one alternative must be present).
    group: int = 0
    alt: int = 0
    amin: int = 0
    gmin: int = 0


# ---------------------------------------------------------------------------------------------
# encoding (EXI 1.0 §7.1.6 Unsigned Integer, §7.1.5 Integer, §7.1.10 String, §7.1.1 Binary)


def e_uint(a: int, v: int) -> int:
    """Append an unsigned integer: 7-bit groups, least significant first, high bit = more follow.
    The octets are gathered in a small int first: the accumulator is shifted once."""
    if v < 128:
        return (a << 8) | v
    octets = 0
    width = 8
    while v > 127:
        octets = (octets << 8) | 0x80 | (v & 0x7F)
        v >>= 7
        width += 8
    return (a << width) | (octets << 8) | v


def e_int(a: int, v: int) -> int:
    """Append a signed integer: sign bit, then the magnitude (negative: -v - 1) as unsigned."""
    if v < 0:
        v = -v - 1
        octets = 1
    else:
        octets = 0
    width = 9
    while v > 127:
        octets = (octets << 8) | 0x80 | (v & 0x7F)
        v >>= 7
        width += 8
    return (a << width) | (octets << 8) | v


def e_uint_in(a: int, v: int, lo: int | None, hi: int | None) -> int:
    """:func:`e_uint` of a value that must lie in [lo, hi] (None: unbounded); raises :class:`Invalid`."""
    if not ((lo is None or lo <= v) and (hi is None or v <= hi)):
        raise Invalid
    return e_uint(a, v)


def e_int_in(a: int, v: int, lo: int | None, hi: int | None) -> int:
    """:func:`e_int` of a value that must lie in [lo, hi] (None: unbounded); raises :class:`Invalid`."""
    if not ((lo is None or lo <= v) and (hi is None or v <= hi)):
        raise Invalid
    return e_int(a, v)


def e_str(a: int, v: str) -> int:
    """Append a string literal: length + 2 (no string table hit, §7.3.3), then code points."""
    n = len(v)
    if v.isascii():
        a = e_uint(a, n + 2)
        a = (a << (8 * n)) | int.from_bytes(v.encode("ascii"), "big") if n else a
    else:
        a = e_uint(a, n + 2)
        for ch in v:
            a = e_uint(a, ord(ch))
            if a.bit_length() > SPILL_BITS:
                a = spill(a)
    return spill(a) if a.bit_length() > SPILL_BITS else a


def e_bin(a: int, v: bytes) -> int:
    """Append binary data: length as unsigned integer, then the octets."""
    n = len(v)
    a = e_uint(a, n)
    if n:
        a = (a << (8 * n)) | int.from_bytes(v, "big")
    return spill(a) if a.bit_length() > SPILL_BITS else a


#: Whole bytes moved out of large accumulators (see :func:`spill`), per thread. The chunk list is new
#: for every encoding: ``_wild`` keys the string tables of the stream by it.
OUT = threading.local()

#: Accumulators longer than this many bits are spilled: shifting a big int copies it, so without
#: spilling, encoding would be quadratic in the message size.
SPILL_BITS = 4096


def start() -> None:
    """Begin an encoding: forget bytes spilled by a previous one (and its string tables)."""
    OUT.chunks = []


def spill(a: int) -> int:
    """Move the whole bytes of accumulator ``a`` to the output; keep the partial byte (sentinel on top)."""
    n = a.bit_length() - 1
    keep = n % 8
    full = n - keep
    OUT.chunks.append(((a >> keep) ^ (1 << full)).to_bytes(full // 8, "big"))
    return (1 << keep) | (a & ((1 << keep) - 1))


def finish(a: int) -> bytes:
    """Pad the accumulator to whole bytes and return the stream (sentinel removed); :func:`start`
    must have begun the encoding in this thread."""
    m = a.bit_length() - 1
    n = (m + 7) >> 3
    tail = (a << ((n << 3) - m)).to_bytes(n + 1, "big")[1:]  # the sentinel is the first byte, 0x01
    chunks: list[bytes] = OUT.chunks
    if chunks:
        OUT.chunks = []
        return b"".join(chunks) + tail
    return tail


# ---------------------------------------------------------------------------------------------
# decoding


#: Longest unsigned integer the decoders read: 64 octets (448 bits). Unbounded in EXI 1.0, but X.509
#: serial numbers (xs:integer, up to 160 bits by RFC 5280) need 23 octets; the bound keeps a hostile
#: stream from making us build huge ints.
MAX_UINT_OCTETS = 64
_MAX_SHIFT = 7 * (MAX_UINT_OCTETS - 1)


def d_uint(D: int, T: int, p: int) -> tuple[int, int]:
    """Read an unsigned integer of at most :data:`MAX_UINT_OCTETS` octets."""
    v = 0
    shift = 0
    while True:
        b = (D >> (T - p - 8)) & 0xFF
        p += 8
        v |= (b & 0x7F) << shift
        if b < 0x80:
            return v, p
        shift += 7
        if shift > _MAX_SHIFT:
            raise Unlocated(f"unsigned integer longer than {MAX_UINT_OCTETS} octets at bit {p}")


def d_uint_more(D: int, T: int, p: int, v: int, shift: int) -> tuple[int, int]:
    """The octets of an unsigned integer after the first ones, which the generated decoders read
    inline (``v``: their ``shift`` bits). Up to 8 octets are taken from one read of the stream."""
    r = T - p
    if r >= 64:
        w = (D >> (r - 64)) & 0xFFFFFFFFFFFFFFFF
        for k in (56, 48, 40, 32, 24, 16, 8, 0):
            b = (w >> k) & 0xFF
            p += 8
            v |= (b & 0x7F) << shift
            if b < 0x80:
                return v, p
            shift += 7
            if shift > _MAX_SHIFT:
                raise Unlocated(f"unsigned integer longer than {MAX_UINT_OCTETS} octets at bit {p}")
    while True:
        b = (D >> (T - p - 8)) & 0xFF
        p += 8
        v |= (b & 0x7F) << shift
        if b < 0x80:
            return v, p
        shift += 7
        if shift > _MAX_SHIFT:
            raise Unlocated(f"unsigned integer longer than {MAX_UINT_OCTETS} octets at bit {p}")


def d_int(D: int, T: int, p: int) -> tuple[int, int]:
    neg = (D >> (T - p - 1)) & 1
    v, p = d_uint(D, T, p + 1)
    return (-v - 1 if neg else v), p


_HI: dict[int, int] = {}


def _high_bits(n: int) -> int:
    m = _HI.get(n)
    if m is None:
        m = int.from_bytes(b"\x80" * n, "big")
        if n < 256:
            _HI[n] = m
    return m


def d_str(D: int, T: int, p: int, max_len: int | None = None) -> tuple[str, int]:
    """Read a string literal (§7.3.3: a value-table hit cannot occur with valuePartitionCapacity 0)."""
    start = p
    n, p = d_uint(D, T, p)
    if n < 2:
        raise Unlocated(f"string value table hit at bit {start}, but the value table is disabled")
    n -= 2
    if n * 8 > T - p:
        raise Unlocated(f"string length {n} at bit {start} exceeds the remaining input")
    if max_len is not None and n > max_len:
        raise Unlocated(f"string length {n} at bit {start} exceeds maxLength {max_len}")
    if n == 0:
        return "", p
    chunk = (D >> (T - p - 8 * n)) & ((1 << (8 * n)) - 1)
    if not chunk & _high_bits(n):
        return chunk.to_bytes(n, "big").decode("ascii"), p + 8 * n
    out = []
    for _ in range(n):
        c, p = d_uint(D, T, p)
        if c > 0x10FFFF:
            raise Unlocated(f"invalid code point {c} in string at bit {start}")
        out.append(chr(c))
    return "".join(out), p


def d_bin(D: int, T: int, p: int, max_len: int | None = None) -> tuple[bytes, int]:
    start = p
    n, p = d_uint(D, T, p)
    if n * 8 > T - p:
        raise Unlocated(f"binary length {n} at bit {start} exceeds the remaining input")
    if max_len is not None and n > max_len:
        raise Unlocated(f"binary length {n} at bit {start} exceeds maxLength {max_len}")
    if n == 0:
        return b"", p
    v = (D >> (T - p - 8 * n)) & ((1 << (8 * n)) - 1)
    return v.to_bytes(n, "big"), p + 8 * n


# ---------------------------------------------------------------------------------------------
# lexical forms (what EXIficient prints)


def lex_bool(v: bool) -> str:
    return "true" if v else "false"


def lex_hex(v: bytes) -> str:
    return v.hex().upper()


def lex_b64(v: bytes) -> str:
    return base64.b64encode(v).decode("ascii")


def parse_bool(text: str) -> bool:
    t = text.strip(" \t\n\r")
    if t in ("true", "1"):
        return True
    if t in ("false", "0"):
        return False
    raise ValueError(f"not a boolean: {text!r}")


def parse_hex(text: str) -> bytes:
    t = text.strip(" \t\n\r")
    if not t.isascii():
        raise ValueError(f"not hexBinary: {text!r}")
    return bytes.fromhex(t)


def parse_b64(text: str) -> bytes:
    try:
        return base64.b64decode(re.sub(r"[ \t\n\r]", "", text) if text.isascii() else "!", validate=True)
    except binascii.Error as exc:
        raise ValueError(f"not base64: {exc}") from None


# ---------------------------------------------------------------------------------------------
# errors raised from generated code


class Invalid(Exception):
    """Raised by generated encoders on a facet violation; the API re-checks and reports the path."""


@dataclass(slots=True)
class AnyElement:
    """An element matched by a schema wildcard (xs:any).

    When the schema set declares a global element of that name, ``value`` is its typed content (a
    generated class, or a simple value). Otherwise the element is schema-less (built-in grammar):
    ``attributes``, text ``value`` (str or None) and ``children``.
    """

    namespace: str
    name: str
    value: Any = None
    attributes: dict[tuple[str, str], str] = field(default_factory=dict)
    children: list[AnyElement] = field(default_factory=list)


def bad_code(p: int, c: int, where: str, state: int) -> None:
    """An event code beyond the declared productions: a second-level event, or an invalid stream
    (the generic path tells which and reports the error)."""
    raise Redo(f"event code {c} before bit {p} in {where} (grammar state {state})")


def undeclared(p: int, where: str) -> None:
    raise Redo(f"undeclared (second-level) event at bit {p} in {where}")


def unsupported(p: int, where: str, what: str) -> None:
    raise Redo(f"{what} at bit {p} in {where}")


def second_ee(D: int, T: int, p: int, c: int, n: int, w2: int, where: str, state: int) -> int:
    """Second-level event (§8.5.4.4.1): a premature EE is read here; anything else is left to the
    generic path (:class:`Redo`)."""
    if c != n:
        bad_code(p, c, where, state)
    c2 = (D >> (T - p - w2)) & ((1 << w2) - 1) if w2 else 0
    if c2 != 0:
        raise Redo(f"second-level event code {c2} at bit {p} in {where} (grammar state {state})")
    return p + w2


def fail(p: int, where: str) -> None:
    """Unexpected event code bits: a second-level event (or an invalid stream, which the generic
    path then reports)."""
    raise Redo(f"unexpected event code at bit {p} in {where}")


# ---------------------------------------------------------------------------------------------
# simple elements with string / binary content. An empty value has no CH event: EXIficient ends the
# element with EE, a second-level event of the simple type's first state (§8.5.4.4.1): escape code 1
# (1 bit), then EE = 0 of the 6 undeclared productions (3 bits).


def e_sel_str(a: int, v: str) -> int:
    n = len(v)
    if 0 < n < 126 and v.isascii():  # CH, a one-octet length, the bytes, EE: one shift
        return ((((a << 9) | (n + 2)) << (8 * n)) | int.from_bytes(v.encode("ascii"), "big")) << 1
    if v:
        return e_str(a << 1, v) << 1
    return (a << 4) | 8


def e_sel_bin(a: int, v: bytes) -> int:
    n = len(v)
    if 0 < n < 128:
        return ((((a << 9) | n) << (8 * n)) | int.from_bytes(v, "big")) << 1
    if v:
        return e_bin(a << 1, v) << 1
    return (a << 4) | 8


def _sel_start(D: int, T: int, p: int, where: str) -> tuple[bool, int]:
    if not (D >> (T - p - 1)) & 1:
        return True, p + 1
    if (D >> (T - p - 4)) & 7:
        raise Redo(f"undeclared event at bit {p + 1} in {where}")
    return False, p + 4


def d_sel_str(D: int, T: int, p: int, max_len: int | None, where: str) -> tuple[str, int]:
    """Content of a string-typed element: CH + EE, or EE alone (empty) at the second level."""
    r = T - p
    if r > 9:  # the usual case first: CH, a one-octet length, ASCII, room for the EE
        x = (D >> (r - 9)) & 511
        if 2 <= x < 128 and (max_len is None or x - 2 <= max_len):
            n = x - 2
            r -= 9 + 8 * n
            if r > 0:
                raw = ((D >> r) & ((1 << (8 * n)) - 1)).to_bytes(n, "big")
                if raw.isascii():
                    if (D >> (r - 1)) & 1:
                        raise Redo(f"second-level event after the value at bit {T - r} in {where}")
                    return raw.decode("ascii"), T - r + 1
    has_ch, p = _sel_start(D, T, p, where)
    if not has_ch:
        return "", p
    v, p = d_str(D, T, p, max_len)
    if (D >> (T - p - 1)) & 1:
        raise Redo(f"second-level event after the value at bit {p} in {where}")
    return v, p + 1


def d_sel_bin(D: int, T: int, p: int, max_len: int | None, where: str) -> tuple[bytes, int]:
    """Content of a binary-typed element: CH + EE, or EE alone (empty) at the second level."""
    r = T - p
    if r > 9:  # the usual case first: CH, a one-octet length, room for the EE
        n = (D >> (r - 9)) & 511
        if n < 128 and (max_len is None or n <= max_len):
            r -= 9 + 8 * n
            if r > 0:
                if (D >> (r - 1)) & 1:
                    raise Redo(f"second-level event after the value at bit {T - r} in {where}")
                return ((D >> r) & ((1 << (8 * n)) - 1)).to_bytes(n, "big"), T - r + 1
    has_ch, p = _sel_start(D, T, p, where)
    if not has_ch:
        return b"", p
    v, p = d_bin(D, T, p, max_len)
    if (D >> (T - p - 1)) & 1:
        raise Redo(f"second-level event after the value at bit {p} in {where}")
    return v, p + 1

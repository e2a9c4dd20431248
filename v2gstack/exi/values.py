"""Value classes of the EXI model beyond Python's built-in types.

* :class:`DateTime`: a value of xs:dateTime, xs:date, xs:time, xs:gYear, xs:gYearMonth, xs:gMonth,
  xs:gMonthDay or xs:gDay, holding exactly the components EXI 1.0 §7.1.8 encodes.
* :class:`ExactFloat`: a ``float`` that also remembers an EXI float mantissa and exponent (§7.1.4)
  which a Python float cannot reproduce (e.g. ``1E-400``, or 19 significant digits).
* :data:`NIL` / :class:`Nil`: an element sent with ``xsi:nil="true"`` (§8.5.4.4.1).
* :class:`Untyped`: a value sent as a schema-invalid string (second-level ``CH`` or ``AT``
  [untyped value], §8.5.4.4.1) instead of in its datatype's representation.

Lexical forms (``to_xml``) are those EXIficient writes: decimals ``-12.5`` / ``100.0``, floats
``15E2`` / ``INF`` / ``NaN``, dates ``2024-01-02T03:04:05.12+02:30`` (``Z`` for a zero offset).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = [
    "DATETIME_KINDS",
    "NIL",
    "DateTime",
    "ExactFloat",
    "Nil",
    "UndeclaredItem",
    "Untyped",
    "WithUndeclared",
    "XsiType",
    "decimal_lexical",
    "float_lexical",
    "float_parts",
    "parse_decimal",
    "parse_float",
]

#: XML white space (XML 1.0 production S): other Unicode spaces are not white space in XML.
XML_WS = " \t\n\r"


def xml_collapse(text: str) -> str:
    """The whiteSpace "collapse" of XML Schema: runs of XML white space to one space, trimmed."""
    return " ".join(t for t in re.split(r"[ \t\n\r]+", text) if t)


# ---------------------------------------------------------------------------------------------
# decimal (EXI 1.0 §7.1.3)

_DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")


def decimal_parts(v: Decimal | int) -> tuple[bool, int, int]:
    """(negative, integral part, fractional digits reversed) as EXI 1.0 §7.1.3 writes a decimal.

    Trailing zeros of the fraction are not kept (they vanish in the reversed integer) and zero is
    never negative (EXIficient's canonical form).
    """
    if isinstance(v, int):
        return (v < 0, abs(v), 0)
    sign, digits, exp = v.as_tuple()
    if not isinstance(exp, int):
        raise ValueError(f"not a finite decimal: {v!r}")
    ds = "".join(map(str, digits))
    if exp >= 0:
        integral = int(ds) * 10**exp
        frac = ""
    else:
        n = -exp
        integral = int(ds[:-n]) if len(ds) > n else 0
        frac = ds[-n:].rjust(n, "0").rstrip("0")
    rev = int(frac[::-1]) if frac else 0
    return (bool(sign) and bool(integral or rev), integral, rev)


def decimal_from_parts(negative: bool, integral: int, rev_frac: int) -> Decimal:
    """The Decimal of EXI decimal components (zero is never negative, as in EXIficient)."""
    frac = str(rev_frac)[::-1]
    neg = "-" if negative and (integral or rev_frac) else ""
    return Decimal(f"{neg}{integral}.{frac}")


def decimal_lexical(v: Decimal | int) -> str:
    """EXIficient's lexical form: ``-12.005``, ``100.0``, ``0.5``."""
    neg, integral, rev = decimal_parts(v)
    return f"{'-' if neg else ''}{integral}.{str(rev)[::-1]}"


def parse_decimal(text: str) -> Decimal:
    t = text.strip(XML_WS)
    if not _DECIMAL.fullmatch(t):
        raise ValueError(f"not an xs:decimal: {text!r}")
    try:
        return Decimal(t + "0" if t.endswith(".") else t)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise ValueError(f"not an xs:decimal: {text!r}") from None


# ---------------------------------------------------------------------------------------------
# float (EXI 1.0 §7.1.4): mantissa * 10**exponent, both Integers

#: The exponent marking INF (mantissa 1), -INF (mantissa -1) and NaN (any other mantissa).
FLOAT_SPECIAL = -(2**14)
MANTISSA_MIN, MANTISSA_MAX = -(2**63), 2**63 - 1
EXPONENT_MIN, EXPONENT_MAX = -(2**14) + 1, 2**14 - 1


class ExactFloat(float):
    """A float decoded from an EXI mantissa and exponent that a Python float cannot hold exactly.

    It compares and computes like the float it approximates; the encoder writes the original
    mantissa and exponent again.
    """

    __slots__ = ("exponent", "mantissa")
    mantissa: int
    exponent: int

    def __new__(cls, mantissa: int, exponent: int) -> ExactFloat:
        obj = super().__new__(cls, _float_of(mantissa, exponent))
        obj.mantissa = mantissa
        obj.exponent = exponent
        return obj

    def __repr__(self) -> str:
        return f"ExactFloat({self.mantissa}, {self.exponent})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (ExactFloat, (self.mantissa, self.exponent))


def _float_of(mantissa: int, exponent: int) -> float:
    if exponent == FLOAT_SPECIAL:
        return math.inf if mantissa == 1 else -math.inf if mantissa == -1 else math.nan
    try:
        return float(f"{mantissa}E{exponent}")
    except OverflowError:  # pragma: no cover - float() of a literal saturates instead
        return math.inf if mantissa > 0 else -math.inf


def canonical_float(mantissa: int, exponent: int) -> tuple[int, int]:
    """EXIficient's canonical form: no trailing zeros in the mantissa, 0E0, NaN with mantissa 0."""
    if exponent == FLOAT_SPECIAL:
        return (mantissa if mantissa in (1, -1) else 0, exponent)
    if mantissa == 0:
        return (0, 0)
    while mantissa % 10 == 0:
        mantissa //= 10
        exponent += 1
    return (mantissa, exponent)


def float_parts(v: float | int) -> tuple[int, int]:
    """(mantissa, exponent) of a float: its shortest round-trip digits, trailing zeros removed."""
    if isinstance(v, ExactFloat):
        return canonical_float(v.mantissa, v.exponent)
    if isinstance(v, int):
        return canonical_float(v, 0)
    if v != v:
        return (0, FLOAT_SPECIAL)
    if v in (math.inf, -math.inf):
        return (1 if v > 0 else -1, FLOAT_SPECIAL)
    if v == 0:
        return (0, 0)
    sign, digits, exp = Decimal(repr(v)).as_tuple()
    assert isinstance(exp, int)
    m = int("".join(map(str, digits)))
    return canonical_float(-m if sign else m, exp)


def float_from_parts(mantissa: int, exponent: int) -> float:
    """The float of EXI float components: a plain float when it reproduces them, else ExactFloat."""
    m, e = canonical_float(mantissa, exponent)
    value = _float_of(m, e)
    if float_parts(value) == (m, e):
        return value
    return ExactFloat(m, e)


def float_lexical(v: float | int) -> str:
    """EXIficient's lexical form: ``15E-1``, ``0E0``, ``INF``, ``-INF``, ``NaN``."""
    m, e = float_parts(v)
    if e == FLOAT_SPECIAL:
        return "INF" if m == 1 else "-INF" if m == -1 else "NaN"
    return f"{m}E{e}"


_FLOAT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?")


def parse_float(text: str) -> float:
    t = text.strip(XML_WS)
    if t in ("INF", "+INF"):
        return math.inf
    if t == "-INF":
        return -math.inf
    if t == "NaN":
        return math.nan
    if not _FLOAT.fullmatch(t):
        raise ValueError(f"not an xs:float / xs:double: {text!r}")
    d = Decimal(t)
    sign, digits, exp = d.as_tuple()
    assert isinstance(exp, int)
    return float_from_parts(int("".join(map(str, digits))) * (-1 if sign else 1), exp)


# ---------------------------------------------------------------------------------------------
# date-time (EXI 1.0 §7.1.8)

#: The components of each date-time type, in the order EXI writes them.
DATETIME_KINDS: dict[str, tuple[str, ...]] = {
    "gYear": ("year",),
    "gYearMonth": ("year", "month"),
    "date": ("year", "month", "day"),
    "dateTime": ("year", "month", "day", "hour", "minute", "second"),
    "gMonth": ("month",),
    "gMonthDay": ("month", "day"),
    "gDay": ("day",),
    "time": ("hour", "minute", "second"),
}

_RANGES = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59), "second": (0, 60)}


@dataclass(frozen=True, slots=True)
class DateTime:
    """A date/time value with exactly the components EXI encodes (EXI 1.0 §7.1.8).

    Components a type does not have stay None: an xs:date has year, month, day (and maybe ``tz``),
    an xs:gMonthDay month and day. ``fraction`` holds the digits of the fractional second without
    trailing zeros (``"5"`` is half a second, ``"000001"`` a microsecond); ``tz`` is the timezone
    offset in minutes (``0`` is ``Z``; None: no timezone). Years are not limited to 1..9999.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    fraction: str = ""
    tz: int | None = None

    def __post_init__(self) -> None:
        for name, (lo, hi) in _RANGES.items():
            v = getattr(self, name)
            if v is not None and not (isinstance(v, int) and lo <= v <= hi):
                raise ValueError(f"DateTime.{name} must be an int in [{lo}, {hi}], got {v!r}")
        if self.year is not None and not isinstance(self.year, int):
            raise ValueError(f"DateTime.year must be an int, got {self.year!r}")
        if self.fraction and not (self.fraction.isascii() and self.fraction.isdigit()):
            raise ValueError(f"DateTime.fraction must be decimal digits, got {self.fraction!r}")
        if self.fraction.endswith("0"):
            object.__setattr__(self, "fraction", self.fraction.rstrip("0"))
        if self.tz is not None and not (isinstance(self.tz, int) and -14 * 60 <= self.tz <= 14 * 60):
            raise ValueError(f"DateTime.tz must be minutes in [-840, 840], got {self.tz!r}")

    def kind(self) -> str | None:
        """The date-time type whose components are exactly the ones set (None if there is none)."""
        names = ("year", "month", "day", "hour", "minute", "second")
        present = tuple(n for n in names if getattr(self, n) is not None)
        for kind, comps in DATETIME_KINDS.items():
            if comps == present:
                return kind
        return None

    # -- conversions ------------------------------------------------------------------------
    @classmethod
    def from_datetime(cls, value: _dt.datetime | _dt.date | _dt.time) -> DateTime:
        """From a ``datetime`` (xs:dateTime), ``date`` (xs:date) or ``time`` (xs:time)."""
        tz: int | None = None
        if isinstance(value, _dt.datetime | _dt.time) and value.utcoffset() is not None:
            off = value.utcoffset()
            assert off is not None
            tz = int(off.total_seconds()) // 60
        if isinstance(value, _dt.datetime):
            return cls(
                year=value.year, month=value.month, day=value.day, hour=value.hour,
                minute=value.minute, second=value.second, fraction=_micro(value.microsecond), tz=tz,
            )
        if isinstance(value, _dt.date):
            return cls(year=value.year, month=value.month, day=value.day)
        return cls(hour=value.hour, minute=value.minute, second=value.second,
                   fraction=_micro(value.microsecond), tz=tz)

    def to_datetime(self) -> _dt.datetime | _dt.date | _dt.time:
        """A ``datetime`` / ``date`` / ``time`` (fraction cut to microseconds; leap second 60 refused)."""
        tzinfo = None if self.tz is None else _dt.timezone(_dt.timedelta(minutes=self.tz))
        micro = int((self.fraction + "000000")[:6]) if self.fraction else 0
        kind = self.kind()
        if kind == "dateTime":
            assert self.year is not None and self.month and self.day and self.hour is not None
            assert self.minute is not None and self.second is not None
            return _dt.datetime(self.year, self.month, self.day, self.hour, self.minute, self.second,
                                micro, tzinfo)
        if kind == "date":
            assert self.year is not None and self.month and self.day
            return _dt.date(self.year, self.month, self.day)
        if kind == "time":
            assert self.hour is not None and self.minute is not None and self.second is not None
            return _dt.time(self.hour, self.minute, self.second, micro, tzinfo)
        raise ValueError(f"{self!r} is not a date, a time or a dateTime")

    # -- lexical forms ----------------------------------------------------------------------
    def lexical(self, kind: str) -> str:
        """The lexical form of type ``kind`` (``dateTime``, ``gYear``, ...) as EXIficient writes it."""
        check_datetime(self, kind)
        out = []
        if self.year is not None:
            out.append(f"-{-self.year:04d}" if self.year < 0 else f"{self.year:04d}")
        if kind in ("gMonth", "gMonthDay"):
            out.append(f"--{self.month:02d}")
        elif self.month is not None:
            out.append(f"-{self.month:02d}")
        if kind == "gDay":
            out.append(f"---{self.day:02d}")
        elif self.day is not None:
            out.append(f"-{self.day:02d}")
        if self.hour is not None:
            if kind == "dateTime":
                out.append("T")
            out.append(f"{self.hour:02d}:{self.minute:02d}:{self.second:02d}")
            if self.fraction:
                out.append("." + self.fraction)
        if self.tz is not None:
            out.append(_tz_lexical(self.tz))
        return "".join(out)

    @classmethod
    def parse(cls, kind: str, text: str) -> DateTime:
        """Parse the lexical form of type ``kind``; ``24:00:00`` becomes 00:00:00 of the next day."""
        m = _DT_PATTERNS[kind].fullmatch(text.strip(XML_WS))
        if m is None:
            raise ValueError(f"not an xs:{kind}: {text!r}")
        g = m.groupdict()
        vals: dict[str, Any] = {k: int(v) for k, v in g.items() if v is not None and k not in ("frac", "tz")}
        frac = (g.get("frac") or "").rstrip("0")
        tz = _parse_tz(g["tz"]) if g.get("tz") else None
        if vals.get("hour") == 24:
            if vals.get("minute") or vals.get("second") or frac:
                raise ValueError(f"not an xs:{kind}: {text!r} (hour 24 needs 00:00)")
            vals["hour"] = 0
            if kind == "dateTime":
                nxt = _next_day(vals["year"], vals["month"], vals["day"])
                vals["year"], vals["month"], vals["day"] = nxt
        return cls(**vals, fraction=frac, tz=tz)


def _micro(us: int) -> str:
    return f"{us:06d}".rstrip("0") if us else ""


def _tz_lexical(tz: int) -> str:
    if tz == 0:
        return "Z"
    sign = "-" if tz < 0 else "+"
    h, m = divmod(abs(tz), 60)
    return f"{sign}{h:02d}:{m:02d}"


def _parse_tz(text: str) -> int:
    if text == "Z":
        return 0
    h, m = int(text[1:3]), int(text[4:6])
    if m > 59 or h * 60 + m > 14 * 60:
        raise ValueError(f"timezone out of range: {text!r}")
    return (h * 60 + m) * (-1 if text[0] == "-" else 1)


def _next_day(year: int, month: int, day: int) -> tuple[int, int, int]:
    if day < _days_in_month(year, month):
        return (year, month, day + 1)
    if month < 12:
        return (year, month + 1, 1)
    return (year + 1, 1, 1)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


_Y = r"(?P<year>-?[0-9]{4,})"
_TZ = r"(?P<tz>Z|[+-][0-9][0-9]:[0-9][0-9])?"
_T = r"(?P<hour>[0-9][0-9]):(?P<minute>[0-9][0-9]):(?P<second>[0-9][0-9])(?:\.(?P<frac>[0-9]+))?"
_DT_PATTERNS = {
    "gYear": re.compile(_Y + _TZ),
    "gYearMonth": re.compile(_Y + r"-(?P<month>[0-9][0-9])" + _TZ),
    "date": re.compile(_Y + r"-(?P<month>[0-9][0-9])-(?P<day>[0-9][0-9])" + _TZ),
    "dateTime": re.compile(_Y + r"-(?P<month>[0-9][0-9])-(?P<day>[0-9][0-9])T" + _T + _TZ),
    "gMonth": re.compile(r"--(?P<month>[0-9][0-9])(?:--)?" + _TZ),
    "gMonthDay": re.compile(r"--(?P<month>[0-9][0-9])-(?P<day>[0-9][0-9])" + _TZ),
    "gDay": re.compile(r"---(?P<day>[0-9][0-9])" + _TZ),
    "time": re.compile(_T + _TZ),
}


def check_datetime(v: Any, kind: str) -> None:
    """Raise ValueError unless ``v`` is a DateTime with exactly the components of ``kind``."""
    if not isinstance(v, DateTime):
        raise ValueError(f"expected a DateTime for xs:{kind}, got {type(v).__name__}")
    want = DATETIME_KINDS[kind]
    for name in ("year", "month", "day", "hour", "minute", "second"):
        if (getattr(v, name) is not None) != (name in want):
            raise ValueError(f"xs:{kind} needs exactly the components {', '.join(want)}; {v!r} does not fit")
    if v.fraction and "second" not in want:
        raise ValueError(f"xs:{kind} has no fractional seconds; {v!r} does not fit")


# ---------------------------------------------------------------------------------------------
# second-level content (EXI 1.0 §8.5.4.4.1)


@dataclass(frozen=True, slots=True)
class Nil:
    """An element sent with ``xsi:nil="true"``: no content, only the attributes of its type.

    ``attributes`` maps field names (snake_case, as in the element's class) to attribute values;
    for content cast to xs:anyType it maps (namespace, name) to the attribute's text.
    """

    attributes: dict[Any, Any] = field(default_factory=dict)
    #: The member element, in a field that accepts several (a substitution group).
    element: tuple[str, str] | None = None

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.attributes, key=repr)), self.element))


#: A nil element without attributes.
NIL = Nil()


@dataclass(frozen=True, slots=True)
class Untyped:
    """A value that was sent as a string because it is not valid for its declared datatype.

    EXI writes such values with a second-level ``CH`` (element content) or ``AT`` [untyped value]
    event (§8.5.4.4.1); EXIficient does so for XML whose text does not parse as the schema type.
    """

    text: str


@dataclass(frozen=True, slots=True)
class XsiType:
    """An element cast with ``xsi:type`` (EXI 1.0 §8.5.4.4.1): ``value`` follows the named type.

    A value whose generated class differs from the field's type is cast implicitly; the decoder
    returns this wrapper when the cast is not implied by the value's class alone: a cast to the
    declared type itself, to a simple or unknown type, to xs:anyType (``value`` an AnyElement),
    or in a field that accepts several elements (``element`` names the one used).
    """

    type: tuple[str, str]
    value: Any
    element: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class UndeclaredItem:
    """An event the grammar does not declare at its place (second-level AT(*), SE(*), CH, §8.5.4.4.1)
    or characters of mixed content.

    ``at`` counts the declared events (attributes, child elements, characters) of the element before
    it; ``kind`` is ``"attribute"`` (``value`` a str, or typed by a global attribute declaration),
    ``"element"`` (``value`` an :class:`~v2gstack.exi._rt.AnyElement`) or ``"text"`` (a str).
    """

    at: int
    kind: str
    namespace: str = ""
    name: str = ""
    value: Any = None


@dataclass(frozen=True, slots=True)
class WithUndeclared:
    """An element value together with the undeclared events inside the element."""

    value: Any
    undeclared: tuple[UndeclaredItem, ...] = ()

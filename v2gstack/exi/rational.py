"""Helpers of the ISO 15118-20 RationalNumber (Exponent: xs:byte, Value: xs:short; value * 10**exponent)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Self

_SHORT_MIN, _SHORT_MAX = -32768, 32767


class RationalNumberMixin:
    """Mixed into the generated ``iso20_ct.RationalNumber`` (a slots dataclass)."""

    __slots__ = ()
    exponent: int
    value: int

    @classmethod
    def from_decimal(cls, number: Decimal | int | str | float) -> Self:
        """The exactly equal RationalNumber with the smallest exponent whose Value fits a short.

        Values that need more than 5 significant digits are rounded (half even) to fit; raises
        ``ValueError`` when the magnitude does not fit any exponent of an xs:byte.
        """
        d = Decimal(str(number)) if isinstance(number, float) else Decimal(number)
        if not d.is_finite():
            raise ValueError(f"not a finite number: {number!r}")
        d = d.normalize() if d else Decimal(0)
        sign, digits, exp = d.as_tuple()
        assert isinstance(exp, int)
        mant = int("".join(map(str, digits)) or "0")
        if sign:
            mant = -mant
        # make the exponent as small as possible (more precision) while the mantissa fits a short
        while exp > -128 and _SHORT_MIN <= mant * 10 <= _SHORT_MAX and mant != 0:
            mant *= 10
            exp -= 1
        while not _SHORT_MIN <= mant <= _SHORT_MAX:
            q = Decimal(mant).scaleb(-1).quantize(Decimal(1))  # half-even rounding
            mant = int(q)
            exp += 1
        if mant == 0:
            exp = 0
        if not -128 <= exp <= 127:
            raise ValueError(f"{number!r} cannot be represented as a RationalNumber")
        make: Any = cls
        obj: Self = make(exponent=exp, value=mant)
        return obj

    @classmethod
    def from_float(cls, number: float) -> Self:
        return cls.from_decimal(Decimal(repr(number)))

    def to_decimal(self) -> Decimal:
        return Decimal(self.value).scaleb(self.exponent)

    def to_float(self) -> float:
        return float(self.to_decimal())

"""Slow-path checks that explain why an object cannot be encoded (field path + facet violated).

The generated encoders only detect that something is wrong; on failure the API walks the object with
the field metadata of the generated classes to produce a precise message.
"""

from __future__ import annotations

import enum
from typing import Any

from v2gstack.exi._rt import AnyElement, Field, S


def check_simple(s: S, v: Any) -> str | None:
    """Return why ``v`` is not a value of simple type ``s`` (None when it is)."""
    k = s.kind
    if k in ("bool", "bool2"):
        return None if isinstance(v, bool) else f"expected bool, got {type(v).__name__}"
    if k in ("int", "uint", "nbit"):
        if not isinstance(v, int) or isinstance(v, bool):
            return f"expected int, got {type(v).__name__}"
        if (s.lo is not None and v < s.lo) or (s.hi is not None and v > s.hi):
            return f"value {v} violates the range facet [{s.lo}, {s.hi}] of xs:{s.builtin}"
        return None
    if k == "enum":
        assert s.enum is not None
        if not isinstance(v, s.enum):
            return f"enumeration: expected a {s.enum.__name__} member, got {v!r}"
        return None
    if k == "decimal":
        return _check_decimal(s, v)
    if k == "float":
        return _check_float(s, v)
    if k == "datetime":
        from v2gstack.exi.values import check_datetime

        try:
            check_datetime(v, s.builtin)
        except ValueError as exc:
            return str(exc)
        return None
    if k == "list":
        if not isinstance(v, list):
            return f"expected a list (xs:list), got {type(v).__name__}"
        assert s.item is not None
        for i, x in enumerate(v):
            problem = check_simple(s.item, x)
            if problem is None and s.item.kind == "string" and (not x or any(c.isspace() for c in x)):
                problem = f"list item {x!r} is empty or holds whitespace (items are separated by spaces)"
            if problem is not None:
                return f"item {i}: {problem}"
    elif k == "string":
        if not isinstance(v, str):
            return f"expected str, got {type(v).__name__}"
    elif k in ("hex", "b64"):
        if not isinstance(v, bytes | bytearray):
            return f"expected bytes, got {type(v).__name__}"
    else:
        return f"datatype {k} is not supported"
    if s.max_len is not None and len(v) > s.max_len:
        return f"length {len(v)} violates the maxLength facet {s.max_len}"
    # minLength is not enforced: it does not change the EXI representation and deployed encoders
    # (EXIficient, cbV2G) produce such values; EXI 1.0 §7.1.10 has no length-dependent encoding.
    return None


def _bounds(s: S, v: Any) -> str | None:
    if s.vmin is not None:
        lo, excl = s.vmin
        if not (v > lo if excl else v >= lo):
            return f"value {v} violates the {'minExclusive' if excl else 'minInclusive'} facet {lo}"
    if s.vmax is not None:
        hi, excl = s.vmax
        if not (v < hi if excl else v <= hi):
            return f"value {v} violates the {'maxExclusive' if excl else 'maxInclusive'} facet {hi}"
    return None


def _check_decimal(s: S, v: Any) -> str | None:
    from decimal import Decimal

    if isinstance(v, bool) or not isinstance(v, Decimal | int):
        return f"expected Decimal, got {type(v).__name__}"
    if isinstance(v, Decimal) and not v.is_finite():
        return f"xs:decimal has no value {v}"
    problem = _bounds(s, v)
    if problem is not None:
        return problem
    if s.total_digits is not None or s.fraction_digits is not None:
        digits = Decimal(v).normalize().as_tuple()
        assert isinstance(digits.exponent, int)
        frac = max(0, -digits.exponent)
        if not any(digits.digits):
            total = 1
        elif digits.exponent >= 0:
            total = len(digits.digits) + digits.exponent
        else:
            total = max(len(digits.digits), frac)
        if s.total_digits is not None and total > s.total_digits:
            return f"value {v} violates the totalDigits facet {s.total_digits}"
        if s.fraction_digits is not None and frac > s.fraction_digits:
            return f"value {v} violates the fractionDigits facet {s.fraction_digits}"
    return None


def _check_float(s: S, v: Any) -> str | None:
    if isinstance(v, bool) or not isinstance(v, float | int):
        return f"expected float, got {type(v).__name__}"
    return _bounds(s, v)


def first_problem(obj: Any, path: str) -> str | None:
    """The first reason (``path: message``) why ``obj`` cannot be encoded, or None.

    The wrappers of second-level content (``values.XsiType``, ``WithUndeclared``, ``Nil``) are looked
    through; their own consistency is checked by the generic encoder against the grammar.
    """
    from v2gstack.exi.values import Nil, WithUndeclared, XsiType

    deviating = False  # an element with undeclared content may also lack declared content
    cast = False
    while isinstance(obj, XsiType | WithUndeclared):
        deviating = deviating or isinstance(obj, WithUndeclared)
        cast = cast or isinstance(obj, XsiType)
        obj = obj.value
    if isinstance(obj, Nil) or (cast and not hasattr(type(obj), "_exi_fields")):
        return None  # checked by the generic encoder against the grammar of the cast
    fields: tuple[Field, ...] | None = getattr(type(obj), "_exi_fields", None)
    if fields is None:
        return f"{path}: {type(obj).__name__} is not a generated EXI class"
    problem = None if deviating else _check_choices(fields, obj, path)
    if problem:
        return problem
    for f in fields:
        fpath = f"{path}.{f.attr}"
        v = getattr(obj, f.attr, None)
        many = f.max is None or f.max > 1
        if many:
            if not isinstance(v, list):
                return f"{fpath}: expected a list, got {type(v).__name__}"
            if (len(v) < f.min and not deviating) or (f.max is not None and len(v) > f.max):
                return f"{fpath}: {len(v)} occurrences violate occurrence bounds [{f.min}, {f.max}]"
            items = v
        elif v is None:
            if f.min >= 1 and not deviating:
                return f"{fpath}: required field is missing (None)"
            continue
        else:
            items = [v]
        for i, item in enumerate(items):
            ipath = f"{fpath}[{i}]" if many else fpath
            problem = _check_item(f, item, ipath)
            if problem:
                return problem
    return None


def _check_choices(fields: tuple[Field, ...], obj: Any, path: str) -> str | None:
    """A choice (xs:choice) holds exactly one alternative when required, never two (non-repeating)."""
    groups: dict[int, list[Field]] = {}
    for f in fields:
        if f.group:
            groups.setdefault(f.group, []).append(f)
    for gfields in groups.values():
        present = sorted({f.alt for f in gfields if getattr(obj, f.attr, None) not in (None, [])})
        names = "/".join(f.attr for f in gfields)
        if not present and gfields[0].gmin >= 1:
            return f"{path}: choice {names}: one alternative is required, none is set"
        for f in gfields:
            missing = getattr(obj, f.attr, None) in (None, [])
            if len(present) == 1 and f.alt == present[0] and f.amin >= 1 and missing:
                return f"{path}.{f.attr}: required when {names} is used (xs:choice/xs:sequence group)"
        repeating = any(f.max is None or f.max > 1 for f in gfields)
        if len(present) > 1 and not repeating:
            chosen = ", ".join(f.attr for f in gfields if f.alt in present and getattr(obj, f.attr, None))
            return f"{path}: choice {names}: exactly one alternative allowed, got {chosen}"
    return None


def _check_item(f: Field, item: Any, path: str) -> str | None:
    from v2gstack.exi.values import Nil, Untyped, WithUndeclared, XsiType

    if f.kind == "any":
        return None if isinstance(item, AnyElement) else f"{path}: expected AnyElement"
    if f.kind == "anyattr":
        return None if isinstance(item, dict) else f"{path}: expected a dict of attributes"
    wrapped = item
    cast = False
    while isinstance(item, XsiType | WithUndeclared):
        cast = cast or isinstance(item, XsiType)
        item = item.value
    if isinstance(item, Nil):
        return None
    if cast and not hasattr(type(item), "_exi_fields"):
        return None  # a simple value of the cast type: the generic encoder checks it
    contents = [c for _, _, c in f.names]
    simple = [c for c in contents if isinstance(c, S)]
    classes = [c for c in contents if isinstance(c, type)]
    if isinstance(item, Untyped):
        return None if simple else f"{path}: an untyped value needs an element of simple type"
    if hasattr(type(item), "_exi_fields"):
        if type(item) not in classes and getattr(type(item), "_exi_type", None) is None:
            return f"{path}: {type(item).__name__} is an anonymous type: no xsi:type can name it"
        return first_problem(wrapped, path)  # other classes are cast with xsi:type
    if simple and not cast:
        problem = check_simple(simple[0], item)
        return f"{path}: {problem}" if problem else None
    if simple:
        return None
    allowed = ", ".join(sorted({c.__name__ for c in classes}))
    return f"{path}: expected one of {allowed}, got {type(item).__name__}"


def enum_values(e: type[enum.Enum]) -> list[str]:
    return [m.value for m in e]

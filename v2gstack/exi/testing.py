"""Hypothesis strategies for generated EXI messages, derived from the schema model (test helper).

``messages(namespace, element=None)`` draws valid message objects (facets respected, one alternative
per choice, bounded list sizes) for the global elements of a namespace; ``elements(namespace)``
lists their names. Needs the ``test`` extra (hypothesis).

Example::

    @given(messages("dc", "DC_ChargeLoopReq"))
    def test_roundtrip(msg): assert exi.decode(exi.encode(msg), "dc") == msg
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from v2gstack.exi import _api
from v2gstack.exi import namespaces as ns
from v2gstack.exi._rt import Field, S
from v2gstack.exi._validate import check_simple
from v2gstack.exi.values import DATETIME_KINDS, DateTime

#: Longest list / string / binary value drawn (facets permitting); keeps examples small and fast.
MAX_ITEMS = 2
MAX_TEXT = 12
MAX_BYTES = 24

_TEXT = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"))
_BMP = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"), max_codepoint=0xFFFF)


def simple(s: S) -> st.SearchStrategy[Any]:
    """Values of a simple type, inside its facets."""
    k = s.kind
    if k in ("bool", "bool2"):
        return st.booleans()
    if k in ("int", "uint", "nbit"):
        lo = s.lo if s.lo is not None else -(2**70)
        hi = s.hi if s.hi is not None else 2**70
        return st.integers(lo, hi)
    if k == "enum":
        assert s.enum is not None
        e: type[enum.Enum] = s.enum
        return st.sampled_from(list(e))
    if k == "decimal":
        return _decimals(s)
    if k == "float":
        return _floats(s)
    if k == "datetime":
        return _datetimes(s.builtin)
    if k == "list":
        assert s.item is not None
        item = simple(s.item)
        if s.item.kind == "string":  # list items are separated by whitespace
            item = item.filter(lambda t: bool(t) and not any(c.isspace() for c in t))
        cap = max(MAX_ITEMS + 1, s.min_len or 0)
        hi_items = min(s.max_len if s.max_len is not None else cap, cap)
        return st.lists(item, min_size=s.min_len or 0, max_size=hi_items)
    lo_len = s.min_len or 0
    if k == "string":
        hi_len = min(s.max_len if s.max_len is not None else MAX_TEXT, max(MAX_TEXT, lo_len))
        # restricted character sets (§7.1.10.1): mostly characters of the set, BMP escapes (EXIficient
        # writes characters outside the BMP as two UTF-16 escapes there)
        alphabet = _TEXT if s.chars is None else st.sampled_from(s.chars) | _BMP
        text = st.text(alphabet, min_size=lo_len, max_size=hi_len)
        if s.builtin == "anyURI":  # whiteSpace collapse: only collapsed forms survive XML
            return text.map(lambda t: " ".join(t.split())).filter(lambda t: len(t) >= lo_len)
        return text
    hi_len = min(s.max_len if s.max_len is not None else MAX_BYTES, max(MAX_BYTES, lo_len))
    return st.binary(min_size=lo_len, max_size=hi_len)


def _decimals(s: S) -> st.SearchStrategy[Any]:
    """Decimals within the bounds and digit facets, of at most 18 digits (EXIficient's decoder
    misprints negative decimals whose integral part does not fit a Java long)."""
    places = min(s.fraction_digits if s.fraction_digits is not None else 8, 8)
    total = min(s.total_digits or 18, 18)
    lo = s.vmin[0] if s.vmin is not None else -(Decimal(10) ** (total - places) - 1)
    hi = s.vmax[0] if s.vmax is not None else Decimal(10) ** (total - places) - 1

    def ok(d: Decimal) -> bool:
        return check_simple(s, d) is None

    return st.decimals(lo, hi, allow_nan=False, allow_infinity=False, places=places).filter(ok)


def _floats(s: S) -> st.SearchStrategy[Any]:
    """Floats within the bounds (no NaN: it is unequal to itself; tested on its own)."""
    lo = s.vmin[0] if s.vmin is not None else None
    hi = s.vmax[0] if s.vmax is not None else None
    ex_lo, ex_hi = bool(s.vmin and s.vmin[1]), bool(s.vmax and s.vmax[1])
    return st.floats(lo, hi, allow_nan=False, exclude_min=ex_lo, exclude_max=ex_hi)


def _datetimes(kind: str) -> st.SearchStrategy[Any]:
    """Date-time values of one kind: 4-digit years (EXIficient parses no others), fractions of up to
    9 digits (it reads them into a Java int)."""
    comps = DATETIME_KINDS[kind]
    parts: dict[str, st.SearchStrategy[Any]] = {}
    if "year" in comps:
        parts["year"] = st.integers(-9999, 9999)
    if "month" in comps:
        parts["month"] = st.integers(1, 12)
    if "day" in comps:
        parts["day"] = st.integers(1, 31)
    if "hour" in comps:
        parts["hour"] = st.integers(0, 23)
        parts["minute"] = st.integers(0, 59)
        parts["second"] = st.integers(0, 59)
        parts["fraction"] = st.from_regex(r"\A([0-9]{0,8}[1-9])?\Z")
    parts["tz"] = st.none() | st.integers(-14 * 60, 14 * 60)
    return st.fixed_dictionaries(parts).map(lambda d: DateTime(**d))


_CACHE: dict[type, st.SearchStrategy[Any]] = {}


def _content(c: Any) -> st.SearchStrategy[Any]:
    return simple(c) if isinstance(c, S) else instances(c)


def instances(cls: type) -> st.SearchStrategy[Any]:
    """Instances of a generated class."""
    cached = _CACHE.get(cls)
    if cached is not None:
        return cached
    fields: tuple[Field, ...] = cls._exi_fields  # type: ignore[attr-defined]
    groups: dict[int, list[Field]] = {}
    for f in fields:
        if f.group:
            groups.setdefault(f.group, []).append(f)

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        chosen: dict[int, int | None] = {}
        for gid, gfields in groups.items():
            alts = sorted({f.alt for f in gfields if f.kind != "any"})  # wildcards stay empty
            required = gfields[0].gmin >= 1
            if not alts:
                chosen[gid] = None
                continue
            pick = draw(st.sampled_from(alts) if required else st.none() | st.sampled_from(alts))
            chosen[gid] = pick
        kwargs: dict[str, Any] = {}
        for f in fields:
            lo, hi = f.min, f.max
            if f.group:
                if chosen[f.group] != f.alt:
                    kwargs[f.attr] = [] if (hi is None or hi > 1) else None
                    continue
                lo = f.amin
            if f.kind == "any":
                kwargs[f.attr] = [] if (hi is None or hi > 1) else None
                continue
            if f.kind == "anyattr":  # attribute wildcards stay empty
                kwargs[f.attr] = {}
                continue
            contents = [n[2] for n in f.names if not getattr(n[2], "_exi_abstract", False)]
            item = st.one_of([_content(c) for c in contents or [n[2] for n in f.names]])
            if hi is None or hi > 1:
                cap = max(lo, min(hi if hi is not None else MAX_ITEMS, MAX_ITEMS))
                kwargs[f.attr] = draw(st.lists(item, min_size=lo, max_size=cap))
            elif lo >= 1:
                kwargs[f.attr] = draw(item)
            else:
                kwargs[f.attr] = draw(st.none() | item)
        return cls(**kwargs)

    strategy = st.deferred(lambda: build())
    _CACHE[cls] = strategy
    return strategy


def elements(namespace: str) -> list[str]:
    """Local names of the global elements (with a complex type) of ``namespace``'s own URI."""
    uri = ns.resolve(namespace)
    mod = _api.codec(_api.CODEC_OF_NAMESPACE[uri])
    return [e[1] for e in mod.DOC if e[0] == uri and e[2] is not None]


def messages(namespace: str, element: str | None = None) -> st.SearchStrategy[Any]:
    """Messages of ``namespace`` (URI or alias); ``element`` restricts to one global element.

    Classes that are the type of several global elements (ACDP_ConnectReq / ACDP_DisconnectReq)
    need ``element=`` when encoded.
    """
    uri = ns.resolve(namespace)
    mod = _api.codec(_api.CODEC_OF_NAMESPACE[uri])
    entries = [e for e in mod.DOC if e[0] == uri and e[2] is not None]
    if element is not None:
        entries = [e for e in entries if element in (e[1], f"{{{e[0]}}}{e[1]}")]
        if not entries:
            raise ValueError(f"{element!r} is not a global element of {uri} with a complex type")
    return st.one_of([instances(e[2]) for e in entries])

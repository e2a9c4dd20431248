"""Generic (table-driven) EXI coding of documents, fragments and elements: the path for undeclared
(second-level) events, EXI 1.0 §8.5.4.4, that the generated straight-line codecs leave out.

The generated decoders handle first-level events; on anything else (an escape to a second-level event
code) they raise :class:`Redo` and the whole stream is decoded again here, from the grammar tables of
the schema set (``_codec_<set>_g``, see :mod:`v2gstack.exi.compiler.tablegen`). The generated
encoders fail on values they cannot write (:class:`~v2gstack.exi.values.Nil`, ``Untyped``,
``XsiType``, ``WithUndeclared``, classes cast with xsi:type) and the message is encoded again here.
Both produce exactly what EXIficient (non-strict, no built-in grammar learning) produces.

Second-level events (§8.5.4.4.1), in EXIficient's code order:

* first start tag of a schema-informed grammar: [EE], AT(xsi:type), AT(xsi:nil), AT(*), AT [untyped
  value] (a third-level code picks the declared attribute, or AT(*) [untyped] after the last), SE(*), CH
* other start tags: [EE], AT(*), AT [untyped value], SE(*), CH
* element content: [EE], SE(*), CH
* built-in start tag (undeclared elements): EE, AT(*), SE(*), CH; built-in element content: SE(*), CH

SE(*) and CH in a start tag continue in the element-content copy of the content model's first state.
xsi:type switches to the named type's grammar; xsi:nil="true" to the type's empty grammar
(attributes, then EE). Schema-less elements (no global declaration) use a built-in grammar that may
not learn (maximumNumberOfBuiltInElementGrammars 0): EXIficient then casts them to xs:anyType, whose
grammar is AT(*) SE(*) EE CH in the first start tag and SE(*) EE CH in element content.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from v2gstack.exi._rt import (
    AnyElement,
    Invalid,
    S,
    Unlocated,
    d_str,
    e_str,
    spill,
)
from v2gstack.exi._simple import dec_simple, enc_simple
from v2gstack.exi._validate import check_simple
from v2gstack.exi._wild import _Tables, d_local, d_qname, e_local, e_qname
from v2gstack.exi.errors import ExiDecodeError
from v2gstack.exi.values import Nil, UndeclaredItem, Untyped, WithUndeclared, XsiType

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "http://www.w3.org/2001/XMLSchema"
ANY_TYPE = (XS, "anyType")


# ---------------------------------------------------------------------------------------------
# grammar states

FIRST, START, CONTENT, BI_START, BI_CONTENT = 2, 1, 0, 3, 4


@dataclass(eq=False)
class St:
    """A grammar state: kind and first-level productions ``(op, field, member, next state)``."""

    kind: int
    #: member: an index into the field's names, or the URI of AT(uri:*) / SE(uri:*)
    prods: list[tuple[str, int, Any, St | None]] = field(default_factory=list)
    #: Where SE(*) / CH at the second level continue (start tags: the content copy; else self).
    c2: St | None = None
    grammar: Any = None
    index: int = 0
    _empty: St | None = None

    @property
    def width(self) -> int:
        return len(self.prods).bit_length()

    def has_ee(self) -> bool:
        return any(p[0] == "X" for p in self.prods)

    def second(self) -> list[str]:
        """Second-level events in code order (EXIficient's numbering, §8.5.4.4.1)."""
        if self.kind == BI_START:
            return ["EE", "AT*", "SE*", "CH"]
        if self.kind == BI_CONTENT:
            return ["SE*", "CH"]
        out = [] if self.has_ee() else ["EE"]
        if self.kind == FIRST:
            out += ["xsi:type", "xsi:nil"]
        if self.kind in (FIRST, START):
            out += ["AT*", "AT-untyped"]
        return [*out, "SE*", "CH"]

    def next_content(self) -> St:
        assert self.c2 is not None
        return self.c2

    def type_empty(self) -> St:
        """The state of the type's empty grammar (xsi:nil="true"): attribute productions, then EE."""
        if self._empty is None:
            empty = St(self.kind, [], _EMPTY_CONTENT, self.grammar, self.index)
            self._empty = empty
            other = False
            for prod in self.prods:
                if prod[0] in ("A", "Y", "Z"):
                    tgt = prod[3]
                    if tgt is self:
                        nxt: St | None = empty
                    elif tgt is not None and tgt.kind in (FIRST, START):
                        nxt = tgt.type_empty()
                    else:
                        nxt = tgt
                    empty.prods.append((prod[0], prod[1], prod[2], nxt))
                else:
                    other = True
            if other:
                empty.prods.append(("X", 0, 0, None))
        return self._empty


_EMPTY_CONTENT = St(CONTENT, [("X", 0, 0, None)])
_EMPTY_CONTENT.c2 = _EMPTY_CONTENT


def _content_copy(st: St) -> St:
    copy = St(CONTENT, st.prods, None, st.grammar, st.index)
    copy.c2 = copy
    return copy


class ClassGrammar:
    """The grammar of a generated class's type, from the schema set's tables."""

    def __init__(self, cls: Any, table: tuple[Any, ...]) -> None:
        self.cls: Any = cls
        content, self.mixed, raw = table
        self.states = [St(kind, [], None, self, i) for i, (kind, _) in enumerate(raw)]
        self.content2 = _content_copy(self.states[content])
        for st, (_, prods) in zip(self.states, raw, strict=True):
            for op, fi, mi, tgt in prods:
                nxt = None if tgt == -1 else self.content2 if tgt == -2 else self.states[tgt]
                st.prods.append((op, fi, mi, nxt))
            st.c2 = self.content2 if st.kind in (FIRST, START) else st
        # the copy's productions are the content state's (list shared; mixed CH stays in the copy)
        self.content2.prods = [
            (op, fi, mi, self.content2 if op == "M" and nxt is self.states[content] else nxt)
            for op, fi, mi, nxt in self.states[content].prods
        ]

    @property
    def first(self) -> St:
        return self.states[0]

    def name(self) -> str:
        return str(self.cls.__name__)


class SimpleGrammar:
    """An element of simple type: CH [value] then EE (§8.5.4.1.2)."""

    def __init__(self, s: S) -> None:
        self.s = s
        end = St(CONTENT, [("X", 0, 0, None)], None, self, 1)
        end.c2 = end
        self.first = St(FIRST, [("C", -1, 0, end)], None, self, 0)
        self.content2 = _content_copy(self.first)
        self.first.c2 = self.content2

    def name(self) -> str:
        return f"simple content ({self.s.builtin})"


class AnyTypeGrammar:
    """xs:anyType (Xerces' definition, as EXIficient builds it): mixed, any attributes, any elements."""

    def __init__(self) -> None:
        content = St(CONTENT, [], None, self, 1)
        content.prods = [("W", -1, 0, content), ("X", 0, 0, None), ("M", 0, 0, content)]
        content.c2 = content
        self.first = St(FIRST, [], content, self, 0)
        self.first.prods = [
            ("Y", -1, 0, self.first), ("W", -1, 0, content), ("X", 0, 0, None), ("M", 0, 0, content)
        ]
        self.content2 = content

    def name(self) -> str:
        return "xs:anyType"


class BuiltInGrammar:
    """The built-in grammar of an undeclared element (§8.5.4.4... built-in element grammars, §8.4.3)
    when grammars may not learn: every event is a second-level one.

    The only production it gets is the one EXIficient adds (as an unusable "ghost" production) the
    first time it casts an element of that qname to xs:anyType: AT(xsi:type); from then on the
    first-level event code of that qname's start tag takes one bit.
    """

    def __init__(self) -> None:
        content = St(BI_CONTENT, [("X", 0, 0, None)], None, self, 1)
        content.c2 = content
        self.content = content
        self.first = St(BI_START, [], content, self, 0)
        self.learned = St(BI_START, [], content, self, 0)
        self.learned.prods = [("T", 0, 0, self.learned)]

    def start(self, names: _Tables, qn: tuple[str, str] | None) -> St:
        return self.learned if qn is not None and qn in names.cast else self.first

    def name(self) -> str:
        return "built-in element grammar"


ANY = AnyTypeGrammar()
BUILTIN = BuiltInGrammar()

_XS_INT = {
    "integer": (None, None),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1),
    "long": (-(2**63), 2**63 - 1),
    "int": (-(2**31), 2**31 - 1),
    "short": (-(2**15), 2**15 - 1),
    "byte": (-128, 127),
    "unsignedLong": (0, 2**64 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedByte": (0, 255),
}
_XS_DT = ("dateTime", "date", "time", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay")


def builtin_simple(local: str) -> S | None:
    """The representation of an XML Schema built-in simple type (EXI 1.0 §7.1, table 7-1)."""
    if local in _XS_INT:
        lo, hi = _XS_INT[local]
        if lo is not None and hi is not None and hi - lo < 4096:
            return S("nbit", local, lo=lo, hi=hi)
        return S("uint" if lo is not None and lo >= 0 else "int", local, lo=lo, hi=hi)
    if local == "boolean":
        return S("bool", local)
    if local in ("float", "double"):
        return S("float", local)
    if local == "decimal":
        return S("decimal", local)
    if local in _XS_DT:
        return S("datetime", local)
    if local == "hexBinary":
        return S("hex", local)
    if local == "base64Binary":
        return S("b64", local)
    if local in ("anyType",):
        return None
    return S("string", local)


# ---------------------------------------------------------------------------------------------
# the schema set's tables


class Tables:
    """Grammars of one codec module (schema set), built on first use."""

    def __init__(self, mod: ModuleType) -> None:
        name = mod.__name__
        self.mod = mod
        self.g = importlib.import_module(name + "_g")
        self._grammars: dict[Any, Any] = {}
        self._simple: dict[S, SimpleGrammar] = {}

    def grammar(self, content: Any) -> Any:
        """The grammar of element content: a class, an S, or the grammar itself."""
        if isinstance(content, S):
            sg = self._simple.get(content)
            if sg is None:
                sg = self._simple[content] = SimpleGrammar(content)
            return sg
        if isinstance(content, ClassGrammar | SimpleGrammar | AnyTypeGrammar | BuiltInGrammar):
            return content
        g = self._grammars.get(content)
        if g is None:
            table = self.g.G.get(content)
            if table is None:
                raise Invalid(f"{content!r} has no grammar in the {self.mod.__name__} tables")
            g = self._grammars[content] = ClassGrammar(content, table)
        return g

    def type_grammar(self, qname: tuple[str, str]) -> Any:
        """The grammar an xsi:type cast selects (None: unknown type, the grammar stays)."""
        if qname == ANY_TYPE:
            return ANY
        content = self.g.TYPES.get(qname)
        if content is None and qname[0] == XS:
            content = builtin_simple(qname[1])
        return None if content is None else self.grammar(content)

    def element_content(self, qname: tuple[str, str]) -> Any:
        """Grammar of the content of an element matched by SE(*): its global declaration, if any."""
        decl = self.g.ELEMENTS.get(qname)
        return BUILTIN if decl is None else self.grammar(decl[0])

    def global_attribute(self, qname: tuple[str, str]) -> S | None:
        s: S | None = self.g.ATTRIBUTES.get(qname)
        return s


_TABLES: dict[str, Tables] = {}


def tables(mod: ModuleType) -> Tables:
    t = _TABLES.get(mod.__name__)
    if t is None or t.mod is not mod:
        t = _TABLES[mod.__name__] = Tables(mod)
    return t


def type_qname(g: Any) -> tuple[str, str] | None:
    if isinstance(g, ClassGrammar):
        qn: tuple[str, str] | None = getattr(g.cls, "_exi_type", None)
        return qn
    if isinstance(g, AnyTypeGrammar):
        return ANY_TYPE
    return None


# ---------------------------------------------------------------------------------------------
# decoding


class _In:
    __slots__ = ("D", "T", "names", "p", "t")

    def __init__(self, D: int, T: int, p: int, t: Tables, names: _Tables) -> None:
        self.D = D
        self.T = T
        self.p = p
        self.t = t
        self.names = names

    def bits(self, n: int) -> int:
        if n == 0:
            return 0
        if self.p + n > self.T:
            raise Unlocated(f"stream ends at bit {self.T} inside an event code at bit {self.p}")
        v = (self.D >> (self.T - self.p - n)) & ((1 << n) - 1)
        self.p += n
        return v

    def string(self) -> str:
        v, self.p = d_str(self.D, self.T, self.p)
        return v

    def simple(self, s: S) -> Any:
        v, self.p = dec_simple(self.D, self.T, self.p, s)
        return v

    def qname(self) -> tuple[str, str]:
        uri, local, self.p = d_qname(self.D, self.T, self.p, self.names)
        return uri, local


@dataclass
class _Build:
    """Events of one element collected while decoding, turned into the model's value at the end."""

    grammar: Any
    values: list[Any] = field(default_factory=list)
    declared: int = 0
    items: list[UndeclaredItem] = field(default_factory=list)
    nil: bool = False
    text: Any = None  # simple content, or the text of a schema-less element
    children: list[Any] = field(default_factory=list)  # schema-less content
    attributes: dict[tuple[str, str], Any] = field(default_factory=dict)  # schema-less attributes

    def __post_init__(self) -> None:
        g = self.grammar
        if isinstance(g, ClassGrammar):
            self.values = [
                {} if f.kind == "anyattr" else [] if f.max is None or f.max > 1 else None
                for f in g.cls._exi_fields
            ]

    def set(self, fi: int, value: Any) -> None:
        f = self.grammar.cls._exi_fields[fi]
        if f.max is None or f.max > 1:
            self.values[fi].append(value)
        else:
            self.values[fi] = value
        self.declared += 1

    def result(self) -> Any:
        g = self.grammar
        if isinstance(g, ClassGrammar):
            fields = g.cls._exi_fields
            if self.nil:
                pairs = zip(fields, self.values, strict=True)
                attrs = {f.attr: v for f, v in pairs if f.kind == "attr" and v is not None}
                value: Any = Nil(attrs)
            else:
                kwargs = {}
                for f, v in zip(fields, self.values, strict=True):
                    if v is None and f.kind == "text":
                        kind = f.names[0][2].kind
                        v = {"string": "", "hex": b"", "b64": b"", "list": []}.get(kind)
                    kwargs[f.attr] = v
                value = g.cls(**kwargs)
        elif isinstance(g, SimpleGrammar):
            if self.nil:
                value = Nil()
            elif self.text is None:  # no CH: empty content
                value = {"string": "", "hex": b"", "b64": b"", "list": []}.get(g.s.kind, Untyped(""))
            else:
                value = self.text
        elif self.nil:  # xs:anyType content with xsi:nil: only attributes, keyed by qname
            value = Nil(dict(self.attributes))
        else:
            value = AnyElement("", "", None, dict(self.attributes), list(self.children))
            texts = [c for c in self.children if isinstance(c, str)]
            if len(texts) == len(self.children) == 1:
                value.value, value.children = texts[0], []
            return value  # undeclared items of schema-less elements are its own content
        if self.items:
            return WithUndeclared(value, tuple(self.items))
        return value


class Located(Unlocated):
    """A decoding error that already names the type and grammar state where it happened."""


def dec_content(r: _In, g: Any, qn: tuple[str, str] | None = None) -> Any:
    """Decode the content of element ``qn`` (after its SE) with grammar ``g`` (EXI 1.0 §8.5.4)."""
    try:
        return _dec_content(r, g, qn)
    except Located:
        raise
    except (Unlocated, ValueError, IndexError, KeyError, OverflowError) as exc:
        what = str(exc) if isinstance(exc, Unlocated) else f"truncated or invalid stream at bit {r.p}: {exc}"
        raise Located(f"{what} in {g.name()}") from None


def _dec_content(r: _In, g: Any, qn: tuple[str, str] | None = None) -> Any:
    b = _Build(g)
    st: St = g.start(r.names, qn) if isinstance(g, BuiltInGrammar) else g.first
    cast: tuple[str, str] | None = None
    while True:
        start = r.p
        code = r.bits(st.width)
        if code < len(st.prods):
            op, fi, mi, nxt = st.prods[code]
            if op == "X":
                break
            if op == "T":  # the learned AT(xsi:type) of a built-in start tag
                return _cast(r, g, b, qn)
            _first_level(r, b, op, fi, mi)
            if nxt is None:
                break
            st = nxt
            continue
        if code > len(st.prods):
            raise Unlocated(
                f"invalid event code {code} at bit {start} in {g.name()} (grammar state {st.index})"
            )
        second = st.second()
        i = r.bits((len(second) - 1).bit_length())
        if i >= len(second):
            raise Unlocated(f"invalid second-level event code {i} at bit {start} in {g.name()}")
        ev = second[i]
        if ev == "EE":
            break
        if ev in ("xsi:type", "AT*"):
            aq = (XSI, "type") if ev == "xsi:type" else r.qname()
            if aq == (XSI, "type"):  # an AT(*) named xsi:type is a cast too (EXIficient)
                if isinstance(g, BuiltInGrammar) and qn is not None:
                    r.names.cast.add(qn)  # learned, unusable: later start tags of qn take a bit
                tq = r.qname()
                if r.t.type_grammar(tq) is None:
                    cast = tq  # unknown type: the grammar stays
                    continue
                return _cast(r, g, b, None, tq)
            s = r.t.global_attribute(aq)
            val = r.simple(s) if s is not None else r.string()
            _undeclared_attribute(b, aq, val)
            continue
        if ev == "xsi:nil":
            nil = r.simple(S("bool", "boolean"))
            if nil:
                b.nil = True
                st = st.type_empty()
            continue
        if ev == "AT-untyped":
            n_at = sum(1 for p in st.prods if p[0] == "A")
            k = r.bits(n_at.bit_length())
            if k < n_at:
                ats = [p for p in st.prods if p[0] == "A"]
                _, fi, _, nxt = ats[k]
                b.set(fi, Untyped(r.string()))
                if nxt is None:  # pragma: no cover - attributes never end an element
                    break
                st = nxt
            elif k == n_at:
                qn = r.qname()
                _undeclared_attribute(b, qn, Untyped(r.string()))
            else:
                raise Unlocated(f"invalid attribute code {k} at bit {start} in {g.name()}")
            continue
        if ev == "SE*":
            cq = r.qname()
            child = dec_content(r, r.t.element_content(cq), cq)
            _undeclared_element(b, cq, child)
            st = st.next_content()
            continue
        # CH [untyped value]
        text = r.string()
        if isinstance(g, SimpleGrammar) and b.text is None:
            b.text = Untyped(text)
            b.declared += 1
        elif isinstance(g, ClassGrammar) and (tf := _text_field(g)) is not None and b.values[tf] is None:
            b.values[tf] = Untyped(text)
            b.declared += 1
        elif isinstance(g, ClassGrammar | SimpleGrammar):
            b.items.append(UndeclaredItem(b.declared, "text", "", "", text))
        else:
            b.children.append(text)
        st = st.next_content()
    value = b.result()
    if cast is not None:
        return XsiType(cast, value)
    return value


def _cast(r: _In, g: Any, b: _Build, qn: tuple[str, str] | None, tq: tuple[str, str] | None = None) -> Any:
    """xsi:type: the rest of the element follows the named type's grammar."""
    if tq is None:
        tq = r.qname()
    tg = r.t.type_grammar(tq)
    if tg is None:
        raise Unlocated(f"xsi:type {tq} at bit {r.p} names no type of the schema set")
    inner = dec_content(r, tg)
    if isinstance(g, BuiltInGrammar) and tq == ANY_TYPE and not b.items:
        return inner  # EXIficient's cast of a schema-less element: implied
    return _with_items(XsiType(tq, inner), b)


def _with_items(value: XsiType, b: _Build) -> Any:
    if b.items:  # undeclared attributes before the cast
        inner = value.value
        if isinstance(inner, WithUndeclared):
            return XsiType(value.type, WithUndeclared(inner.value, tuple(b.items) + inner.undeclared))
        return XsiType(value.type, WithUndeclared(inner, tuple(b.items)))
    return value


def _text_field(g: ClassGrammar) -> int | None:
    for i, f in enumerate(g.cls._exi_fields):
        if f.kind == "text":
            return i
    return None


def _undeclared_attribute(b: _Build, qn: tuple[str, str], value: Any) -> None:
    if isinstance(b.grammar, ClassGrammar | SimpleGrammar):
        b.items.append(UndeclaredItem(b.declared, "attribute", qn[0], qn[1], value))
    else:
        b.attributes[qn] = value.text if isinstance(value, Untyped) else value


def _undeclared_element(b: _Build, qn: tuple[str, str], child: Any) -> None:
    el = _any_element(qn, child)
    if isinstance(b.grammar, ClassGrammar | SimpleGrammar):
        b.items.append(UndeclaredItem(b.declared, "element", qn[0], qn[1], el))
    else:
        b.children.append(el)


def _any_element(qn: tuple[str, str], child: Any) -> AnyElement:
    if isinstance(child, AnyElement) and not child.namespace and not child.name:
        child.namespace, child.name = qn
        return child
    return AnyElement(qn[0], qn[1], child)


def _first_level(r: _In, b: _Build, op: str, fi: int, mi: Any) -> None:
    g = b.grammar
    if op == "A":
        f = g.cls._exi_fields[fi]
        b.set(fi, r.simple(f.names[0][2]))
    elif op == "E":
        f = g.cls._exi_fields[fi]
        content = f.names[mi][2]
        b.set(fi, field_value(dec_content(r, r.t.grammar(content)), f, mi))
    elif op == "W":
        qn = r.qname()
        child = dec_content(r, r.t.element_content(qn), qn)
        el = _any_element(qn, child)
        if fi >= 0:
            b.set(fi, el)
        else:
            b.children.append(el)
    elif op in ("Y", "Z"):  # AT(*) / AT(uri:*): an attribute wildcard
        if op == "Z":
            local, r.p = d_local(r.D, r.T, r.p, r.names, mi)
            qn = (str(mi), local)
        else:
            qn = r.qname()
        s = r.t.global_attribute(qn)
        value = r.simple(s) if s is not None else r.string()
        if fi >= 0:
            b.values[fi][qn] = value
            b.declared += 1
        else:
            b.attributes[qn] = value
    elif op == "N":  # SE(uri:*)
        local, r.p = d_local(r.D, r.T, r.p, r.names, mi)
        qn = (str(mi), local)
        b.set(fi, _any_element(qn, dec_content(r, r.t.element_content(qn), qn)))
    elif op == "C":
        if isinstance(g, SimpleGrammar):
            b.text = r.simple(g.s)
            b.declared += 1
        else:
            b.set(fi, r.simple(g.cls._exi_fields[fi].names[0][2]))
    else:  # "M": characters of mixed content
        text = r.string()
        if isinstance(g, ClassGrammar):
            b.items.append(UndeclaredItem(b.declared, "text", "", "", text))
        else:
            b.children.append(text)


def field_value(value: Any, f: Any, mi: int) -> Any:
    """The model's value of an element of field ``f`` (member ``mi``): an explicit xsi:type is kept
    as an XsiType wrapper unless the value's class implies it (a single-member field whose declared
    class differs); in a field of several members the wrapper names the member element."""
    member = (f.names[mi][0], f.names[mi][1])
    if len(f.names) > 1 and isinstance(value, Nil):  # no class tells the member element
        return Nil(value.attributes, member)
    if len(f.names) > 1 and isinstance(value, WithUndeclared) and isinstance(value.value, Nil):
        return WithUndeclared(Nil(value.value.attributes, member), value.undeclared)
    if not isinstance(value, XsiType):
        return value
    core = value.value.value if isinstance(value.value, WithUndeclared) else value.value
    if len(f.names) > 1:
        return XsiType(value.type, value.value, (f.names[mi][0], f.names[mi][1]))
    declared = f.names[mi][2]
    if (
        isinstance(declared, type)
        and type(core) is not declared
        and getattr(type(core), "_exi_type", None) == value.type
    ):
        return value.value  # the value's class implies the cast
    return value


def _root_content(t: Any, entry: tuple[Any, ...], error: type[Exception]) -> Any:
    """The declared content (class or S) of a root element entry ``(namespace, name, content)``."""
    if entry[2] is not None:
        return entry[2]
    decl = t.g.ELEMENTS.get((entry[0], entry[1]))
    if decl is None:
        raise error(f"element {entry[1]} has no grammar in the generic tables")
    return decl[0]


def _decode_root(r: _In, entries: tuple[Any, ...], code: int, where: str) -> Any:
    if code < len(entries):
        entry = entries[code]
        value = dec_content(r, r.t.grammar(_root_content(r.t, entry, Unlocated)))
        if isinstance(value, XsiType):  # the root element cannot be told from the cast's class
            value = XsiType(value.type, value.value, (entry[0], entry[1]))
        return value
    if code == len(entries):  # SE(*): an element the schema does not declare globally
        qn = r.qname()
        return _any_element(qn, dec_content(r, r.t.element_content(qn), qn))
    raise Unlocated(f"invalid {where} event code {code} at bit 8")


def decode_document(mod: ModuleType, data: bytes) -> Any:
    """Decode a whole document generically (header already checked by the caller)."""
    D = int.from_bytes(data, "big")
    T = len(data) * 8
    r = _In(D, T, 8, tables(mod), _Tables(mod))
    try:
        code = r.bits(mod.DOC_WIDTH)
        value = _decode_root(r, mod.DOC, code, "document")
    except Unlocated as exc:
        raise ExiDecodeError(str(exc)) from None
    except Invalid as exc:
        raise ExiDecodeError(f"cannot decode: {exc}") from None
    except (ValueError, IndexError, KeyError, OverflowError) as exc:
        raise ExiDecodeError(f"truncated or invalid stream at bit {r.p}: {exc}") from None
    if r.p > T:
        raise ExiDecodeError(f"stream truncated: decoding needed {r.p} bits, input has {T}")
    return value


def decode_fragment(mod: ModuleType, data: bytes) -> Any:
    """Decode a one-element fragment (§8.5.2) generically."""
    D = int.from_bytes(data, "big")
    T = len(data) * 8
    r = _In(D, T, 8, tables(mod), _Tables(mod))
    w = mod.FRAG_WIDTH
    try:
        value = _decode_root(r, mod.FRAG, r.bits(w), "fragment")
        ed = r.bits(w)
    except Unlocated as exc:
        raise ExiDecodeError(str(exc)) from None
    except Invalid as exc:
        raise ExiDecodeError(f"cannot decode: {exc}") from None
    except (ValueError, IndexError, KeyError, OverflowError) as exc:
        raise ExiDecodeError(f"truncated or invalid fragment at bit {r.p}: {exc}") from None
    if ed != len(mod.FRAG) + 1:
        raise ExiDecodeError(
            f"fragment has more than one element (event code {ed} at bit {r.p - w}): not supported"
        )
    return value


def dec_schemaless(
    D: int, T: int, p: int, mod: ModuleType, names: _Tables, qn: tuple[str, str]
) -> tuple[Any, int]:
    """Content of a wildcard element without a global declaration (called by generated decoders)."""
    r = _In(D, T, p, tables(mod), names)
    try:
        child = dec_content(r, BUILTIN, qn)
    except Invalid as exc:
        raise Unlocated(str(exc)) from None
    return _any_element(qn, child), r.p


# ---------------------------------------------------------------------------------------------
# encoding


class _Out:
    __slots__ = ("a", "names", "t")

    def __init__(self, a: int, t: Tables, names: _Tables) -> None:
        self.a = a
        self.t = t
        self.names = names

    def bits(self, n: int, v: int) -> None:
        self.a = (self.a << n) | v
        if self.a.bit_length() > 4096:
            self.a = spill(self.a)

    def string(self, v: str) -> None:
        if not isinstance(v, str):
            raise Invalid(f"expected a str, got {type(v).__name__}")
        self.a = e_str(self.a, v)

    def simple(self, s: S, v: Any) -> None:
        problem = check_simple(s, v)
        if problem is not None:
            raise Invalid(problem)
        self.a = enc_simple(self.a, s, v)

    def qname(self, uri: str, local: str) -> None:
        self.a = e_qname(self.a, self.names, uri, local)

    def code(self, st: St, i: int) -> None:
        self.bits(st.width, i)

    def second(self, st: St, ev: str) -> None:
        second = st.second()
        if ev not in second:
            raise Invalid(f"{ev} is not possible in this grammar state ({st.grammar.name()})")
        self.bits(st.width, len(st.prods))
        self.bits((len(second) - 1).bit_length(), second.index(ev))


def _is_model(value: Any) -> bool:
    return hasattr(type(value), "_exi_fields")


def _core(value: Any) -> Any:
    while isinstance(value, WithUndeclared | XsiType):
        value = value.value
    return value


_EMPTY = {"string": "", "hex": b"", "b64": b"", "list": []}


def _text(value: Any) -> Any:
    return value.text if isinstance(value, Untyped) else value


def _events(g: Any, value: Any) -> list[tuple[str, int, Any]]:
    """The declared events of a value in document order: (op, field index, value)."""
    if isinstance(g, SimpleGrammar):
        if isinstance(value, Nil) or (isinstance(value, str | bytes | list | Untyped) and not _text(value)):
            return []  # nil, or empty content: no CH (EXIficient ends the element with EE)
        return [("C", -1, value)]
    out: list[tuple[str, int, Any]] = []
    if isinstance(value, Nil):
        fields = g.cls._exi_fields
        for fi, f in enumerate(fields):
            if f.kind == "attr" and f.attr in value.attributes:
                out.append(("A", fi, value.attributes[f.attr]))
        unknown = set(value.attributes) - {f.attr for f in fields if f.kind == "attr"}
        if unknown:
            raise Invalid(f"Nil attributes {sorted(unknown)} are not attributes of {g.cls.__name__}")
        return out
    if not isinstance(value, g.cls):
        raise Invalid(f"expected a {g.cls.__name__}, got {type(value).__name__}")
    attrs: list[tuple[tuple[str, str], tuple[str, int, Any]]] = []
    for fi, f in enumerate(g.cls._exi_fields):
        v = getattr(value, f.attr)
        if v is None:
            continue
        if f.kind == "attr":
            attrs.append(((f.names[0][1], f.names[0][0]), ("A", fi, v)))
        elif f.kind == "anyattr":
            if not isinstance(v, dict):
                raise Invalid(f"{f.attr}: expected a dict of attributes")
            attrs += [((qn[1], qn[0]), ("Y", fi, (qn, av))) for qn, av in v.items()]
        elif f.kind == "text":
            kind = f.names[0][2].kind
            if not (kind in _EMPTY and not v) and _text(v) != "":
                out.append(("C", fi, v))
        else:
            op = "E" if f.kind == "elem" else "W"
            items = v if f.max is None or f.max > 1 else [v]
            if not isinstance(items, list):
                raise Invalid(f"{f.attr}: expected a list")
            out += [(op, fi, item) for item in items]
    attrs.sort(key=lambda a: a[0])  # attributes in EXIficient's order: local name, then URI
    return [a[1] for a in attrs] + out


def _member(f: Any, item: Any, prods: list[tuple[int, Any]]) -> Any:
    """The production of element field ``f`` whose member element fits ``item``."""
    if len(prods) == 1:
        return prods[0][1]
    core = _core(item)
    element = item.element if isinstance(item, XsiType) else core.element if isinstance(core, Nil) else None
    if element is not None:
        for mi, prod in prods:
            if (f.names[mi][0], f.names[mi][1]) == element:
                return prod
    for mi, prod in prods:
        if type(core) is f.names[mi][2]:
            return prod
    for mi, prod in prods:
        c = f.names[mi][2]
        if isinstance(c, type) and isinstance(core, c):
            return prod
    for mi, prod in prods:
        if isinstance(f.names[mi][2], S) and not hasattr(type(core), "_exi_fields"):
            return prod
    raise Invalid(f"{type(core).__name__} fits none of the elements {[n[1] for n in f.names]}")


def enc_content(o: _Out, g: Any, value: Any, qn: tuple[str, str] | None = None) -> None:
    """Encode the content of element ``qn`` (after its SE) with grammar ``g``."""
    st: St = g.start(o.names, qn) if isinstance(g, BuiltInGrammar) else g.first
    if isinstance(g, BuiltInGrammar) and qn is not None:
        o.names.cast.add(qn)  # the cast below is learned (unusable) by qn's built-in start tag
    if isinstance(value, XsiType):
        _write_xsi_type(o, st, value.type)
        tg = o.t.type_grammar(value.type)
        if tg is not None:
            g, st = tg, tg.first
        value = value.value
    elif isinstance(g, ClassGrammar) and type(core := _core(value)) is not g.cls and _is_model(core):
        qn = type(core)._exi_type
        if qn is None:
            raise Invalid(f"{type(core).__name__} is an anonymous type: it cannot be cast to")
        _write_xsi_type(o, st, qn)  # an instance of another (derived) type: implicit xsi:type
        g = o.t.grammar(type(core))
        st = g.first
    elif isinstance(g, BuiltInGrammar):
        _write_xsi_type(o, st, ANY_TYPE)  # EXIficient: built-in grammars may not learn
        g, st = ANY, ANY.first
    items: tuple[UndeclaredItem, ...] = ()
    if isinstance(value, WithUndeclared):
        items = value.undeclared
        value = value.value
    if isinstance(value, Nil):
        o.second(st, "xsi:nil")
        o.bits(1, 1)
        st = st.type_empty()
        if isinstance(g, AnyTypeGrammar):
            for aqn, av in value.attributes.items():
                _enc_attribute(o, st, aqn, av, wildcard=True)
            _end(o, st)
            return
    if isinstance(g, AnyTypeGrammar | BuiltInGrammar):
        _enc_schemaless(o, st, value)
        return
    pending = sorted(items, key=lambda it: it.at)
    k = 0
    for declared, (op, fi, v) in enumerate(_events(g, value)):
        while k < len(pending) and pending[k].at <= declared:
            st = _enc_item(o, st, pending[k])
            k += 1
        st = _enc_event(o, g, st, op, fi, v)
    while k < len(pending):
        st = _enc_item(o, st, pending[k])
        k += 1
    _end(o, st)


def _end(o: _Out, st: St) -> None:
    for i, prod in enumerate(st.prods):
        if prod[0] == "X":
            o.code(st, i)
            return
    o.second(st, "EE")


def _write_xsi_type(o: _Out, st: St, qn: tuple[str, str]) -> None:
    if st.kind == FIRST:
        o.second(st, "xsi:type")
    else:  # a built-in start tag: AT(*) named xsi:type
        o.second(st, "AT*")
        o.qname(XSI, "type")
    o.qname(*qn)


def _enc_event(o: _Out, g: Any, st: St, op: str, fi: int, v: Any) -> St:
    if op == "C":
        for i, prod in enumerate(st.prods):
            if prod[0] == "C" and prod[1] == fi:
                if isinstance(v, Untyped):
                    break
                o.code(st, i)
                o.simple(g.s if fi < 0 else g.cls._exi_fields[fi].names[0][2], v)
                assert prod[3] is not None
                return prod[3]
        if not isinstance(v, Untyped):
            raise Invalid(f"characters are not expected here ({g.name()}, state {st.index})")
        o.second(st, "CH")
        o.string(v.text)
        return st.next_content()
    f = g.cls._exi_fields[fi]
    if op == "Y":
        qn, av = v
        _enc_attribute(o, st, qn, av, wildcard=True)
        return next(p for p in st.prods if p[0] in ("Y", "Z"))[3] or st
    if op == "W":
        ns = [(i, p) for i, p in enumerate(st.prods) if p[0] == "N" and p[1] == fi]
        hit = [(i, p) for i, p in ns if isinstance(v, AnyElement) and p[2] == v.namespace]
        if hit:  # SE(uri:*): the local name only
            i, prod = hit[0]
            o.code(st, i)
            o.a = e_local(o.a, o.names, v.namespace, v.name)
            _enc_any_content(o, v)
            assert prod[3] is not None
            return prod[3]
    prods = [(p[2], (i, p)) for i, p in enumerate(st.prods) if p[0] == op and p[1] == fi]
    if not prods:
        raise Invalid(f"{f.attr}: not expected here ({g.name()}, grammar state {st.index})")
    if op == "A":
        ((_, (i, prod)),) = prods
        if isinstance(v, Untyped):
            ats = [p for p in st.prods if p[0] == "A"]
            o.second(st, "AT-untyped")
            o.bits(len(ats).bit_length(), ats.index(prod))
            o.string(v.text)
        else:
            o.code(st, i)
            o.simple(f.names[0][2], v)
    elif op == "E":
        i, prod = _member(f, v, prods)
        o.code(st, i)
        mi = prod[2]
        item = v
        if isinstance(item, XsiType) and item.element is not None and len(f.names) > 1:
            item = XsiType(item.type, item.value)
        enc_content(o, o.t.grammar(f.names[mi][2]), item)
    else:  # W
        ((_, (i, prod)),) = prods
        if not isinstance(v, AnyElement):
            raise Invalid(f"{f.attr}: expected an AnyElement")
        o.code(st, i)
        o.qname(v.namespace, v.name)
        _enc_any_content(o, v)
    nxt: St | None = prod[3]
    assert nxt is not None
    return nxt


def _enc_any_content(o: _Out, v: AnyElement) -> None:
    """Content of an element matched by SE(*): its global declaration's grammar, or schema-less."""
    qn = (v.namespace, v.name)
    g = o.t.element_content(qn)
    if isinstance(g, BuiltInGrammar):
        enc_content(o, g, v.value if isinstance(v.value, XsiType | Nil) else v, qn)
    else:
        enc_content(o, g, v.value)


def _enc_item(o: _Out, st: St, item: UndeclaredItem) -> St:
    if item.kind == "attribute":
        _enc_attribute(o, st, (item.namespace, item.name), item.value)
        return st
    if item.kind == "element":
        v = item.value
        if not isinstance(v, AnyElement):
            raise Invalid("an undeclared element item holds an AnyElement")
        o.second(st, "SE*")
        o.qname(v.namespace, v.name)
        _enc_any_content(o, v)
        return st.next_content()
    if item.kind != "text":
        raise Invalid(f"unknown undeclared item kind {item.kind!r}")
    for i, prod in enumerate(st.prods):
        if prod[0] == "M":
            o.code(st, i)
            o.string(item.value)
            nxt = prod[3]
            assert nxt is not None
            return nxt
    o.second(st, "CH")
    o.string(item.value)
    return st.next_content()


def _enc_attribute(o: _Out, st: St, qn: tuple[str, str], value: Any, wildcard: bool = False) -> None:
    """An attribute matched by an attribute wildcard (AT(uri:*), AT(*)), or that the grammar does not
    declare here (second-level AT(*), or AT(*) [untyped value], §8.5.4.4.2)."""
    s = o.t.global_attribute(qn)
    ns = next((i for i, p in enumerate(st.prods) if p[0] == "Z" and p[2] == qn[0]), None)
    first = next((i for i, p in enumerate(st.prods) if p[0] == "Y"), None)
    if wildcard and ns is None and first is None:
        raise Invalid(f"attribute {qn} is not allowed by the attribute wildcard here")
    typed = s is not None and not isinstance(value, Untyped) and check_simple(s, value) is None
    if s is not None and not typed:
        o.second(st, "AT-untyped")
        n_at = sum(1 for p in st.prods if p[0] == "A")
        o.bits(n_at.bit_length(), n_at)
        o.qname(*qn)
        o.string(value.text if isinstance(value, Untyped) else str(value))
        return
    if ns is not None:
        o.code(st, ns)
        o.a = e_local(o.a, o.names, qn[0], qn[1])
    else:
        if first is not None:
            o.code(st, first)
        else:
            o.second(st, "AT*")
        o.qname(*qn)
    if typed:
        assert s is not None
        o.simple(s, value)
    else:
        o.string(value.text if isinstance(value, Untyped) else value)


def _enc_schemaless(o: _Out, st: St, v: Any) -> None:
    """Attributes, children and text of an element in the xs:anyType grammar."""
    if isinstance(v, Nil):
        _end(o, st)
        return
    if not isinstance(v, AnyElement):
        raise Invalid(f"schema-less content must be an AnyElement, not {type(v).__name__}")
    for qn, val in v.attributes.items():
        _enc_attribute(o, st, qn, val)
    children: list[Any] = list(v.children)
    if v.value is not None:
        if not isinstance(v.value, str):
            raise Invalid("the text of a schema-less element is a str")
        children.insert(0, v.value)
    for child in children:
        if isinstance(child, str):
            i = next(i for i, p in enumerate(st.prods) if p[0] == "M")
            o.code(st, i)
            o.string(child)
        elif isinstance(child, AnyElement):
            i = next(i for i, p in enumerate(st.prods) if p[0] == "W")
            o.code(st, i)
            o.qname(child.namespace, child.name)
            _enc_any_content(o, child)
        else:
            raise Invalid(f"schema-less children are AnyElement or str, not {type(child).__name__}")
        nxt = st.prods[i][3]
        assert nxt is not None
        st = nxt
    _end(o, st)


def encode_root(
    mod: ModuleType, entries: tuple[Any, ...], idx: int, value: Any, a: int, names: _Tables
) -> int:
    """Content of the root element ``entries[idx]`` (its event code already written)."""
    o = _Out(a, tables(mod), names)
    if isinstance(value, XsiType) and value.element is not None:
        value = XsiType(value.type, value.value)
    enc_content(o, o.t.grammar(_root_content(o.t, entries[idx], Invalid)), value)
    return o.a


def enc_schemaless(v: AnyElement, a: int, mod: ModuleType, names: _Tables) -> int:
    """Content of a wildcard element without a global declaration (called by generated encoders)."""
    o = _Out(a, tables(mod), names)
    enc_content(o, BUILTIN, v.value if isinstance(v.value, XsiType | Nil) else v, (v.namespace, v.name))
    return o.a

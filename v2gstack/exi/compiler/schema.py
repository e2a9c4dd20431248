"""Read XSD schema sets with ``xmlschema`` into a small intermediate model (IR) for the grammar builder.

The IR keeps exactly what EXI 1.0 needs: element declarations (global and local), complex types with
attribute uses and particle trees (EXI 1.0 §8.5.4.1), substitution groups and simple types with the
facets that select a datatype representation (EXI 1.0 §7.1, table 7-1).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xmlschema

from v2gstack.exi.compiler.regexset import restricted_set

XS = "http://www.w3.org/2001/XMLSchema"

#: Value ranges of the built-in integer types (XML Schema part 2 §3.3).
_INT_RANGES: dict[str, tuple[int | None, int | None]] = {
    "integer": (None, None),
    "long": (-(2**63), 2**63 - 1),
    "int": (-(2**31), 2**31 - 1),
    "short": (-(2**15), 2**15 - 1),
    "byte": (-128, 127),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
    "unsignedLong": (0, 2**64 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedByte": (0, 255),
    "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1),
}

QName = tuple[str, str]  # (namespace uri, local name)

_DATETIME = ("dateTime", "date", "time", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay")


def _item_type(t: Any) -> Any:
    cur = t
    while cur is not None and not hasattr(cur, "item_type"):
        cur = getattr(cur, "base_type", None)
    if cur is None:  # pragma: no cover - xmlschema always has an XsdList below a list restriction
        raise NotImplementedError(f"list type {t.name} without an item type")
    return cur.item_type


def _facets(t: Any) -> dict[str, Any]:
    """The effective facets of a user-defined simple type: for each kind the most derived one.

    Facets of XML Schema built-in types are left out (their ranges are known; their patterns do
    not select a restricted character set). Patterns of one derivation step are alternatives.
    """
    out: dict[str, Any] = {}
    cur = t
    while cur is not None and not (cur.name or "").startswith("{" + XS + "}"):
        for key, facet in (getattr(cur, "facets", None) or {}).items():
            if key is None:
                continue
            local = key.split("}")[1]
            if local == "pattern":
                if "pattern" not in out:
                    regexps = list(getattr(facet, "regexps", []) or [])
                    if regexps:
                        out["pattern"] = "|".join(regexps) if len(regexps) > 1 else regexps[0]
                continue
            kind = local.replace("Inclusive", "").replace("Exclusive", "")
            if kind in ("min", "max"):
                if kind not in out:
                    out[kind] = (facet.value, local.endswith("Exclusive"))
            elif local not in out:
                out[local] = facet.value
        cur = getattr(cur, "base_type", None)
    return out


def _wildcard_namespaces(w: Any) -> list[str] | None:
    """None for ##any / ##other / not(...) (SE(*), AT(*)); else the namespace URIs in the order the
    schema lists them (EXIficient numbers SE(uri:*) productions in that order)."""
    ns = w.namespace
    if "##any" in ns or "##other" in ns or getattr(w, "not_namespace", None):
        return None
    raw = w.elem.get("namespace") if getattr(w, "elem", None) is not None else None
    if raw is None:
        return sorted(ns)
    out: list[str] = []
    for tok in raw.split():
        uri = "" if tok == "##local" else (w.target_namespace or "") if tok == "##targetNamespace" else tok
        if uri not in out:
            out.append(uri)
    return out


def _bound(facets: dict[str, Any], kind: str, conv: Any) -> tuple[Any, bool] | None:
    b = facets.get(kind)
    if b is None:
        return None
    return (conv(str(b[0])) if conv is Decimal else conv(b[0]), bool(b[1]))


def _int_facet(facets: dict[str, Any], name: str) -> int | None:
    v = facets.get(name)
    return None if v is None else int(v)


@dataclass
class Simple:
    """A simple type reduced to its EXI representation (EXI 1.0 §7.1)."""

    #: bool | bool2 | int | uint | nbit | string | hex | b64 | enum | decimal | float | datetime | list
    kind: str
    name: QName | None = None  # named simple type (enumerations become Enum classes)
    builtin: str = "string"  # nearest XML Schema built-in ancestor (lexical forms); datetime: its kind
    lo: int | None = None
    hi: int | None = None
    min_len: int | None = None
    max_len: int | None = None
    enum_values: list[str] = field(default_factory=list)
    item: Simple | None = None
    chars: str | None = None  # restricted character set of a pattern facet (§7.1.10.1)
    vmin: tuple[Any, bool] | None = None  # decimal / float bounds: (value, exclusive)
    vmax: tuple[Any, bool] | None = None
    total_digits: int | None = None
    fraction_digits: int | None = None

    def key(self) -> tuple[Any, ...]:
        return (
            self.kind,
            self.name,
            self.builtin,
            self.lo,
            self.hi,
            self.min_len,
            self.max_len,
            tuple(self.enum_values),
            self.item.key() if self.item else None,
            self.chars,
            self.vmin,
            self.vmax,
            self.total_digits,
            self.fraction_digits,
        )


@dataclass
class Particle:
    """A particle of a content model: element, wildcard, sequence or choice with occurrence bounds."""

    kind: str  # element | any | sequence | choice
    min: int
    max: int | None  # None = unbounded
    element: ElementDecl | None = None
    children: list[Particle] = field(default_factory=list)
    wildcard_ns: list[str] | None = None  # None = any namespace (SE(*)); else explicit URIs
    pid: int = 0  # position of the particle in document order (event code tie breaker)


@dataclass
class AttributeUse:
    qname: QName
    simple: Simple
    required: bool


@dataclass
class ComplexType:
    """A complex type definition (named, or anonymous and then named after its element)."""

    qname: QName | None
    anon_element: QName | None
    abstract: bool
    base: ComplexType | None
    attributes: list[AttributeUse]
    particle: Particle | None
    mixed: bool
    simple_content: Simple | None
    own_particle_count: int = 0
    #: Attribute wildcard (xs:anyAttribute): absent (False), or present with None = any namespace
    #: (AT(*)) or the namespace URIs it allows (AT(uri:*) productions, §8.5.4.1.3.2).
    any_attribute: bool = False
    any_attribute_ns: list[str] | None = None


@dataclass
class ElementDecl:
    qname: QName
    type: ComplexType | Simple
    is_global: bool
    abstract: bool
    nillable: bool
    #: For global elements that head a substitution group: every member (transitively, not itself).
    substitutes: list[ElementDecl] = field(default_factory=list)


@dataclass
class SchemaSet:
    """Every component of one schema set (an entry schema and everything it imports)."""

    name: str
    files: list[Path]
    target_namespaces: list[str]
    global_elements: list[ElementDecl]
    complex_types: list[ComplexType]
    simple_types: list[Simple]
    all_elements: list[ElementDecl]
    #: Every schema document of the set with its target namespace.
    file_namespaces: list[tuple[Path, str]] = field(default_factory=list)
    #: Global attribute declarations (typed values of undeclared AT(*) events, §8.5.4.4.2).
    global_attributes: dict[QName, Simple] = field(default_factory=dict)


_DOCTYPE = re.compile(rb"<!DOCTYPE.*?\]>\s*|<!DOCTYPE[^>\[]*>\s*", re.S)


def _load_xml(path: Path) -> str:
    """Read a schema document and drop its DOCTYPE (xmldsig points at w3.org, which we cannot reach)."""
    raw = _DOCTYPE.sub(b"", path.read_bytes())
    return raw.decode("utf-8")


class _Reader:
    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self.complex: dict[int, ComplexType] = {}
        self.simple: dict[int, Simple] = {}
        self.elements: dict[int, ElementDecl] = {}
        self.pid = 0

    # -- simple types -------------------------------------------------------------------------
    def simple_type(self, t: Any) -> Simple:
        key = id(t)
        if key in self.simple:
            return self.simple[key]
        s = self._simple(t)
        self.simple[key] = s
        return s

    def _builtin_chain(self, t: Any) -> list[str]:
        names: list[str] = []
        cur = t
        while cur is not None:
            if cur.name and cur.name.startswith("{" + XS + "}"):
                names.append(cur.name.split("}")[1])
            cur = getattr(cur, "base_type", None)
        return names

    def _simple(self, t: Any) -> Simple:
        name: QName | None = None
        if t.name and not t.name.startswith("{" + XS + "}"):
            ns, local = t.name[1:].split("}")
            name = (ns, local)
        if t.is_list():  # §7.1.11; enumerated lists too (EXI errata: no enumeration of lists)
            return Simple(
                "list", name, "list", min_len=t.min_length, max_len=t.max_length,
                item=self.simple_type(_item_type(t)),
            )
        if t.is_union():  # unions (enumerated or not) are represented as String (§7.1)
            return Simple("string", name, "string")
        chain = self._builtin_chain(t)
        builtin = chain[0] if chain else "string"
        min_len = t.min_length
        max_len = t.max_length
        if t.enumeration and not {"QName", "NOTATION"} & set(chain):
            # keep the lexical forms as written in the schema (facet order = EXI index order, §7.2)
            values = [str(v) if not isinstance(v, bool) else str(v).lower() for v in t.enumeration]
            lex = self._enum_lexical(t)
            return Simple("enum", name, builtin, enum_values=lex or values)
        facets = _facets(t)
        if builtin == "boolean":  # §7.1.2: a pattern facet selects the 2-bit representation
            return Simple("bool2" if "pattern" in facets else "bool", name, builtin)
        if builtin in ("hexBinary",):
            return Simple("hex", name, builtin, min_len=min_len, max_len=max_len)
        if builtin in ("base64Binary",):
            return Simple("b64", name, builtin, min_len=min_len, max_len=max_len)
        if builtin in ("float", "double"):
            return Simple(
                "float", name, builtin, vmin=_bound(facets, "min", float), vmax=_bound(facets, "max", float)
            )
        if builtin in _DATETIME:
            return Simple("datetime", name, builtin)
        int_base = next((n for n in chain if n in _INT_RANGES), None)
        if int_base is None and builtin == "decimal":
            return Simple(
                "decimal", name, builtin,
                vmin=_bound(facets, "min", Decimal), vmax=_bound(facets, "max", Decimal),
                total_digits=_int_facet(facets, "totalDigits"),
                fraction_digits=_int_facet(facets, "fractionDigits"),
            )
        if int_base is not None:
            lo, hi = _INT_RANGES[int_base]
            b = _bound(facets, "min", Decimal)
            if b is not None:
                v = int(b[0]) + 1 if b[1] else int(b[0])
                lo = v if lo is None else max(lo, v)
            b = _bound(facets, "max", Decimal)
            if b is not None:
                v = int(b[0]) - 1 if b[1] else int(b[0])
                hi = v if hi is None else min(hi, v)
            # EXI 1.0 §7.1.5 / table 7-1: n-bit unsigned for bounded ranges of at most 4096 values,
            # unsigned integer when the lower bound is not negative, integer otherwise.
            if lo is not None and hi is not None and hi - lo < 4096:
                kind = "nbit"
            elif lo is not None and lo >= 0:
                kind = "uint"
            else:
                kind = "int"
            return Simple(kind, name, int_base, lo=lo, hi=hi)
        # String (§7.1.10): xs:string and its derivations, anyURI, QName, NOTATION, duration, ...
        chars = None
        pattern = facets.get("pattern")
        if pattern is not None:
            chars = restricted_set(pattern)
        return Simple("string", name, builtin, min_len=min_len, max_len=max_len, chars=chars)

    def _enum_lexical(self, t: Any) -> list[str]:
        cur = t
        while cur is not None:
            elem = getattr(cur, "elem", None)
            if elem is not None:
                vals = [e.get("value") for e in elem.iter() if e.tag == f"{{{XS}}}enumeration"]
                if vals:
                    return [str(v) for v in vals]
            cur = getattr(cur, "base_type", None)
        return []

    # -- complex types ------------------------------------------------------------------------
    def complex_type(self, t: Any, element_name: QName | None = None) -> ComplexType:
        key = id(t)
        if key in self.complex:
            return self.complex[key]
        qname: QName | None = None
        if t.name:
            ns, local = t.name[1:].split("}")
            qname = (ns, local)
        ct = ComplexType(
            qname, None if qname else element_name, bool(t.abstract), None, [], None, bool(t.mixed), None
        )
        self.complex[key] = ct
        base = getattr(t, "base_type", None)
        if base is not None and base.is_complex() and base.name != f"{{{XS}}}anyType":
            ct.base = self.complex_type(base)
        attrs: list[AttributeUse] = []
        for aname, attr in t.attributes.items():
            if aname is None:
                ct.any_attribute = True
                ct.any_attribute_ns = _wildcard_namespaces(attr)
                continue
            ns, local = aname[1:].split("}") if aname.startswith("{") else ("", aname)
            attrs.append(AttributeUse((ns, local), self.simple_type(attr.type), attr.use == "required"))
        attrs.sort(key=lambda a: (a.qname[1], a.qname[0]))  # EXI 1.0 §8.5.4.1.3.1
        ct.attributes = attrs
        if t.has_simple_content():
            ct.simple_content = self.simple_type(t.content if t.content.is_simple() else t.content.base_type)
        elif t.content is not None and not t.is_empty():
            ct.particle = self.particle(t.content)
        return ct

    def particle(self, p: Any) -> Particle:
        self.pid += 1
        pid = self.pid
        mx = p.max_occurs
        if hasattr(p, "model") and not hasattr(p, "type"):  # model group
            part = Particle(p.model, p.min_occurs, mx, pid=pid)
            part.children = [self.particle(c) for c in p]
            return part
        if type(p).__name__ == "XsdAnyElement":
            return Particle("any", p.min_occurs, mx, wildcard_ns=_wildcard_namespaces(p), pid=pid)
        decl = self.element(p.ref if p.ref is not None else p)
        return Particle("element", p.min_occurs, mx, element=decl, pid=pid)

    def element(self, e: Any) -> ElementDecl:
        key = id(e)
        if key in self.elements:
            return self.elements[key]
        ns, local = e.name[1:].split("}") if e.name.startswith("{") else ("", e.name)
        decl = ElementDecl((ns, local), Simple("string"), e.is_global(), bool(e.abstract), bool(e.nillable))
        self.elements[key] = decl
        if e.type.is_simple():
            decl.type = self.simple_type(e.type)
        else:
            decl.type = self.complex_type(e.type, (ns, local))
        return decl


def load_schema_set(name: str, entry: Path) -> SchemaSet:
    """Load the schema set rooted at ``entry`` (imports follow schemaLocation, DOCTYPEs stripped)."""
    directory = entry.parent
    with tempfile.TemporaryDirectory(prefix="v2g-xsd-") as tmp:
        # copies without DOCTYPE (xmldsig's points at w3.org); imports resolve inside the copy
        for p in sorted(directory.glob("*.xsd")):
            Path(tmp, p.name).write_text(_load_xml(p), encoding="utf-8")
        schema = xmlschema.XMLSchema10(str(Path(tmp, entry.name)), allow="sandbox")
        file_ns = sorted(
            {
                (Path(s.url).name, s.target_namespace)
                for s in schema.maps.iter_schemas()
                if s.url and s.url.startswith(("file://", "/")) and tmp in s.url
            }
        )
        used = sorted({name for name, _ in file_ns})
    r = _Reader(schema)
    maps = schema.maps
    globals_: list[ElementDecl] = []
    for qn, e in maps.elements.items():
        if qn.startswith("{" + XS):
            continue
        globals_.append(r.element(e))
    for head_name, members in maps.substitution_groups.items():
        head = r.element(maps.elements[head_name])
        todo = list(members)
        seen: set[str] = set()
        while todo:
            m = todo.pop()
            if m.name in seen:
                continue
            seen.add(m.name)
            head.substitutes.append(r.element(maps.elements[m.name]))
            todo.extend(maps.substitution_groups.get(m.name, []))
    global_attrs: dict[QName, Simple] = {}
    own = {s.target_namespace for s in maps.iter_schemas()} - {
        XS,
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/2001/XMLSchema-instance",
    }
    for qn, a in maps.attributes.items():
        ns_, local_ = qn[1:].split("}") if qn.startswith("{") else ("", qn)
        if ns_ not in own:
            continue
        global_attrs[(ns_, local_)] = r.simple_type(a.type)
    for qn, t in maps.types.items():
        if qn.startswith("{" + XS):
            continue
        if t.is_complex():
            r.complex_type(t)
        else:
            r.simple_type(t)
    files = [directory / n for n in used]
    tns = sorted(
        {s.target_namespace for s in maps.iter_schemas()} - {XS, "http://www.w3.org/XML/1998/namespace", ""}
    )
    return SchemaSet(
        name,
        files,
        tns,
        globals_,
        list(r.complex.values()),
        list(r.simple.values()),
        list(r.elements.values()),
        [(directory / n, t) for n, t in file_ns],
        global_attrs,
    )

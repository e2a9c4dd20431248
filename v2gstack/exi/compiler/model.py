"""From schema IR to the generated object model: classes, fields, enums and their modules."""

from __future__ import annotations

from dataclasses import dataclass, field

from v2gstack.exi.compiler.naming import class_name, enum_member, snake
from v2gstack.exi.compiler.schema import ComplexType, ElementDecl, Particle, QName, Simple

XMLDSIG = "http://www.w3.org/2000/09/xmldsig#"

#: Namespace URI (or URI prefix) -> generated class module.
NS_MODULES: list[tuple[str, str]] = [
    ("urn:iso:15118:2:2010:AppProtocol", "sap"),
    ("urn:iso:std:iso:15118:-20:CommonTypes", "iso20_ct"),
    ("urn:iso:std:iso:15118:-20:CommonMessages", "iso20_cm"),
    ("urn:iso:std:iso:15118:-20:DC", "iso20_dc"),
    ("urn:iso:std:iso:15118:-20:AC", "iso20_ac"),
    ("urn:iso:std:iso:15118:-20:WPT", "iso20_wpt"),
    ("urn:iso:std:iso:15118:-20:ACDP", "iso20_acdp"),
    (XMLDSIG, "xmldsig"),
    ("urn:iso:15118:2:2013:", "iso2"),
    ("urn:din:70121:2012:", "din"),
]


#: Package of the generated modules (other packages: compiled test schemas).
PACKAGE = "v2gstack.exi.generated"


def module_for(ns: str, ns_modules: list[tuple[str, str]] | None = None) -> str:
    for prefix, mod in NS_MODULES if ns_modules is None else ns_modules:
        if ns == prefix or (prefix.endswith(":") and ns.startswith(prefix)):
            return mod
    raise KeyError(f"no generated module for namespace {ns!r}")


@dataclass
class FieldSpec:
    attr: str
    kind: str  # attr | anyattr (attribute wildcard) | elem | any | text (simple content)
    min: int
    max: int | None
    qname: QName | None  # attribute / element name (None for wildcards)
    pid: int = 0
    decl: ElementDecl | None = None
    simple: Simple | None = None  # attributes
    group: int = 0  # choice group (0: none); alt = alternative index, amin = min when chosen
    alt: int = 0
    amin: int = 0
    gmin: int = 0  # the choice's own minimum: 1 when an alternative must be present
    namespaces: list[str] | None = None  # wildcard (any / anyattr) namespace list; None: any

    def sig(self) -> tuple[object, ...]:
        return (self.attr, self.kind, self.min, self.max, self.qname)


@dataclass
class ClassInfo:
    module: str
    name: str
    ct: ComplexType
    fields: list[FieldSpec]
    base: ClassInfo | None = None
    key: tuple[object, ...] = ()

    def own_fields(self) -> list[FieldSpec]:
        """Fields declared by this class (the rest come from its Python base class)."""
        if self.base is None:
            return self.fields
        inherited = {f.sig() for f in self.base.fields}
        return [f for f in self.fields if f.sig() not in inherited]


@dataclass
class EnumInfo:
    module: str
    name: str
    values: list[str]
    members: list[str] = field(default_factory=list)


def _mul(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a * b


def flatten(ct: ComplexType) -> list[FieldSpec]:
    """Fields of a complex type in document order: attributes (sorted), then element particles."""
    out: list[FieldSpec] = []
    for a in ct.attributes:
        out.append(FieldSpec(snake(a.qname[1]), "attr", 1 if a.required else 0, 1, a.qname, simple=a.simple))
    if ct.any_attribute:
        spec = FieldSpec("any_attribute", "anyattr", 0, 1, None)
        spec.namespaces = ct.any_attribute_ns
        out.append(spec)
    if ct.simple_content is not None:
        out.append(FieldSpec("value", "text", 1, 1, None, simple=ct.simple_content))
    if ct.particle is not None:
        _flatten(ct.particle, 1, 1, out)
    names: dict[str, int] = {}
    for f in out:
        n = names.get(f.attr, 0) + 1
        names[f.attr] = n
        if n > 1:
            f.attr = f"{f.attr}_{n}"
    return out


def _flatten(p: Particle, lo: int, hi: int | None, out: list[FieldSpec]) -> None:
    mn = p.min * lo
    mx = _mul(p.max, hi)
    if p.kind == "element":
        assert p.element is not None
        out.append(FieldSpec(snake(p.element.qname[1]), "elem", mn, mx, p.element.qname, p.pid, p.element))
    elif p.kind == "any":
        spec = FieldSpec("any", "any", mn, mx, None, p.pid)
        spec.namespaces = p.wildcard_ns
        out.append(spec)
    elif p.kind == "sequence" and mn == 0 and len(p.children) > 1:
        # an optional sequence: its fields are present together (a one-alternative group)
        first = len(out)
        for c in p.children:
            _flatten(c, p.min if p.min else 1, mx, out)
        for f in out[first:]:
            if f.group == 0:
                f.group, f.alt, f.amin, f.gmin = p.pid, 0, f.min, 0
            f.min = 0
    elif p.kind == "sequence":
        for c in p.children:
            _flatten(c, mn, mx, out)
    elif len(p.children) == 1:
        _flatten(p.children[0], mn, mx, out)
    else:  # choice: each alternative's fields are optional, grouped so that one alternative is picked
        for j, c in enumerate(p.children):
            first = len(out)
            _flatten(c, mn, mx, out)
            for f in out[first:]:
                if f.group == 0:
                    f.group, f.alt, f.amin, f.gmin = p.pid, j, f.min, mn
                f.min = 0


class Registry:
    """Every generated class and enum, across all schema sets, with unique names per module."""

    def __init__(self, ns_modules: list[tuple[str, str]] | None = None, package: str = PACKAGE) -> None:
        self.ns_modules = NS_MODULES if ns_modules is None else ns_modules
        self.package = package
        self.classes: dict[tuple[object, ...], ClassInfo] = {}
        self.enums: dict[tuple[object, ...], EnumInfo] = {}
        self.names: dict[str, set[str]] = {}
        self.order: list[ClassInfo] = []
        self.enum_order: list[EnumInfo] = []

    def _unique(self, module: str, name: str, anonymous: bool) -> str:
        used = self.names.setdefault(module, set())
        cand = name
        if cand in used and anonymous:
            cand = name + "_Element"
        k = 2
        while cand in used:
            cand = f"{name}_{k}"
            k += 1
        used.add(cand)
        return cand

    @staticmethod
    def type_key(ct: ComplexType) -> tuple[object, ...]:
        if ct.qname is not None:
            return ("T", *ct.qname)
        assert ct.anon_element is not None
        return ("A", *ct.anon_element)

    def klass(self, ct: ComplexType) -> ClassInfo:
        key = self.type_key(ct)
        info = self.classes.get(key)
        if info is not None:
            return info
        qn = ct.qname or ct.anon_element
        assert qn is not None
        module = module_for(qn[0], self.ns_modules)
        name = self._unique(
            module,
            class_name(ct.qname[1] if ct.qname else None, ct.anon_element[1] if ct.anon_element else None),
            ct.qname is None,
        )
        fields = flatten(ct)
        info = ClassInfo(module, name, ct, fields, key=key)
        self.classes[key] = info
        if ct.base is not None:
            base = self.klass(ct.base)
            if self._extends(base, fields):
                info.base = base
        self.order.append(info)
        return info

    @staticmethod
    def _extends(base: ClassInfo, fields: list[FieldSpec]) -> bool:
        """A Python subclass is possible: base attributes kept, base elements a prefix (extension)."""
        battrs = {f.sig() for f in base.fields if f.kind == "attr"}
        belems = [f.sig() for f in base.fields if f.kind != "attr"]
        attrs = {f.sig() for f in fields if f.kind == "attr"}
        elems = [f.sig() for f in fields if f.kind != "attr"]
        return battrs <= attrs and elems[: len(belems)] == belems

    def enum(self, s: Simple, element: QName | None = None) -> EnumInfo:
        key = s.key() if s.name is not None else (*s.key(), element)
        info = self.enums.get(key)
        if info is not None:
            return info
        qn = s.name or element
        assert qn is not None
        module = module_for(qn[0], self.ns_modules)
        base = class_name(s.name[1] if s.name else None, None if s.name else qn[1] + "Enum")
        name = self._unique(module, base, s.name is None)
        members: list[str] = []
        for v in s.enum_values:
            m = enum_member(v)
            while m in members:
                m += "_"
            members.append(m)
        info = EnumInfo(module, name, list(s.enum_values), members)
        self.enums[key] = info
        self.enum_order.append(info)
        return info

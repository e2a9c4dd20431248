"""Generate a schema set's codec module: encoders (:mod:`.encgen`) and decoders (:mod:`.decgen`) per
type, the document grammar (EXI 1.0 §8.5.1), the fragment grammar (§8.5.2) and the initial string
tables and global elements used by wildcards (appendix D).
"""

from __future__ import annotations

import re
from re import Pattern

from v2gstack.exi.compiler.classgen import cls_ref as cls_ref
from v2gstack.exi.compiler.classgen import gen_class_module as gen_class_module
from v2gstack.exi.compiler.classgen import s_literal
from v2gstack.exi.compiler.decgen import WINDOW_BITS, DecoderGen
from v2gstack.exi.compiler.encgen import EncoderGen
from v2gstack.exi.compiler.grammar import Grammar, Label, build_grammar, members
from v2gstack.exi.compiler.model import ClassInfo, FieldSpec, Registry, flatten
from v2gstack.exi.compiler.schema import ComplexType, ElementDecl, SchemaSet, Simple

XML_NS = "http://www.w3.org/XML/1998/namespace"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XSD_NS = "http://www.w3.org/2001/XMLSchema"
#: The 46 built-in type names of XML Schema: the initial local names of XSD_NS (appendix D.3).
XSD_BUILTIN_TYPES = (
    "ENTITIES",
    "ENTITY",
    "ID",
    "IDREF",
    "IDREFS",
    "NCName",
    "NMTOKEN",
    "NMTOKENS",
    "NOTATION",
    "Name",
    "QName",
    "anySimpleType",
    "anyType",
    "anyURI",
    "base64Binary",
    "boolean",
    "byte",
    "date",
    "dateTime",
    "decimal",
    "double",
    "duration",
    "float",
    "gDay",
    "gMonth",
    "gMonthDay",
    "gYear",
    "gYearMonth",
    "hexBinary",
    "int",
    "integer",
    "language",
    "long",
    "negativeInteger",
    "nonNegativeInteger",
    "nonPositiveInteger",
    "normalizedString",
    "positiveInteger",
    "short",
    "string",
    "time",
    "token",
    "unsignedByte",
    "unsignedInt",
    "unsignedLong",
    "unsignedShort",
)

# ---------------------------------------------------------------------------------------------
# codec modules


class CodecGen(EncoderGen, DecoderGen):
    def __init__(self, sset: SchemaSet, reg: Registry, name: str, hot: Pattern[str] | None = None) -> None:
        self.sset = sset
        self.hot_names = hot
        #: Whether the type being generated is hot (see :meth:`hot_types`).
        self.hot = True
        self.reg = reg
        self.name = name
        self.tables: list[str] = []
        self.ntab = 0
        self.enum_tabs: dict[int, tuple[str, str]] = {}
        self.grammars: dict[tuple[object, ...], Grammar] = {}
        self.imports: set[str] = set()
        self.simple_helpers: dict[tuple[object, ...], str] = {}
        self.makers: dict[str, str] = {}
        self.member_encoders: dict[tuple[object, ...], str] = {}
        self.helper_src: list[str] = []
        self.s_tabs: dict[tuple[object, ...], str] = {}

    def class_ref(self, ct: ComplexType) -> str:
        return self.cref(self.reg.klass(ct))

    def class_fn(self, m: ElementDecl, kind: str) -> str:
        assert isinstance(m.type, ComplexType)
        return self.fn(self.reg.klass(m.type), kind)

    # -- helpers ----------------------------------------------------------------------------
    def tab(self, expr: str) -> str:
        self.ntab += 1
        n = f"_T{self.ntab}"
        kind = "dict[Any, Any]" if expr.startswith("{") else "tuple[Any, ...]"
        self.tables.append(f"{n}: {kind} = {expr}")
        return n

    def cref(self, info: ClassInfo) -> str:
        self.imports.add(info.module)
        return f"_{info.module}.{info.name}"

    def fn(self, info: ClassInfo, kind: str) -> str:
        return f"{kind}_{info.module}_{info.name}"

    def enum_tables(self, s: Simple, element: tuple[str, str] | None) -> tuple[str, str]:
        e = self.reg.enum(s, element)
        key = id(e)
        if key not in self.enum_tabs:
            self.imports.add(e.module)
            ref = f"_{e.module}.{e.name}"
            idx = self.tab("{" + ", ".join(f"{ref}.{m}: {i}" for i, m in enumerate(e.members)) + "}")
            lst = self.tab("(" + "".join(f"{ref}.{m}, " for m in e.members) + ")")
            self.enum_tabs[key] = (idx, lst)
        return self.enum_tabs[key]

    def s_table(self, s: Simple, element: tuple[str, str] | None) -> str:
        """A module-level ``_S`` of simple type ``s`` for the generic runtime coder (v2gstack.exi._simple)."""
        key = (s.key(), element if s.kind == "enum" and s.name is None else None)
        name = self.s_tabs.get(key)
        if name is None:
            lit = s_literal(s, self.reg, "", element)
            for tok in re.split(r"[\s(),=\[\]]+", lit):
                if tok.startswith("_") and "." in tok:
                    self.imports.add(tok[1:].split(".")[0])
            self.ntab += 1
            name = f"_T{self.ntab}"
            self.tables.append(f"{name}: Any = {lit}")
            self.s_tabs[key] = name
        return name

    def grammar(self, ct: ComplexType) -> Grammar:
        key = Registry.type_key(ct)
        g = self.grammars.get(key)
        if g is None:
            g = build_grammar(ct)
            self.grammars[key] = g
        return g

    def hot_types(self) -> set[tuple[object, ...]] | None:
        """Types of the global elements named by the hot pattern and every type their content can hold
        (substitution group members included; not xmldsig's, whose code is loaded only for signed
        messages); None: all types are hot."""
        if self.hot_names is None:
            return None
        todo = [
            d.type
            for d in self.sset.global_elements
            if isinstance(d.type, ComplexType) and self.hot_names.search(d.qname[1])
        ]
        seen: set[tuple[object, ...]] = set()
        while todo:
            ct = todo.pop()
            key = Registry.type_key(ct)
            if key in seen or self.reg.klass(ct).module == "xmldsig":
                continue
            seen.add(key)
            for f in flatten(ct):
                if f.decl is not None:
                    todo.extend(m.type for m in members(f.decl) if isinstance(m.type, ComplexType))
        return seen

    def wildcard_lines(self) -> list[str]:
        """Initial string tables (EXI 1.0 appendix D) and the global elements SE(*) can name."""
        xs_types = sorted(XSD_BUILTIN_TYPES)
        names: dict[str, set[str]] = {
            "": set(),
            XML_NS: {"base", "id", "lang", "space"},
            XSI: {"nil", "type"},
        }
        for d in self.sset.all_elements:
            names.setdefault(d.qname[0], set()).add(d.qname[1])
        for ct in self.sset.complex_types:
            if ct.qname is not None:
                names.setdefault(ct.qname[0], set()).add(ct.qname[1])
            for a in ct.attributes:
                names.setdefault(a.qname[0], set()).add(a.qname[1])
        for st in self.sset.simple_types:
            if st.name is not None:
                names.setdefault(st.name[0], set()).add(st.name[1])
        for qn in self.sset.global_attributes:
            names.setdefault(qn[0], set()).add(qn[1])
        wild: set[str] = set()  # namespaces of wildcards are in the URI table too (EXIficient)
        for ct in self.sset.complex_types:
            wild.update(ct.any_attribute_ns or [])
            todo = [ct.particle] if ct.particle is not None else []
            while todo:
                particle = todo.pop()
                wild.update(particle.wildcard_ns or [])
                todo.extend(particle.children)
        targets = sorted((set(self.sset.target_namespaces) | wild) - {XSI, XML_NS, "", XSD_NS})
        uris = ["", XML_NS, XSI, XSD_NS, *targets]
        lines = ["", "#: String tables at the start of a stream: URIs, then local names per URI (appendix D)"]
        lines.append(f"URIS: tuple[str, ...] = {tuple(uris)!r}")
        lines.append("LOCAL_NAMES: dict[str, tuple[str, ...]] = {")
        for u in uris:
            part = xs_types if u == XSD_NS else sorted(names.get(u, set()))
            lines.append(f"    {u!r}: {tuple(part)!r},")
        lines.append("}")
        lines.append("#: Global elements by qname: (class or None for simple content, encoder, decoder)")
        lines.append("GLOBALS: dict[tuple[str, str], tuple[Any, Any, Any]] = {")
        for d in sorted(self.sset.global_elements, key=lambda d: (d.qname[1], d.qname[0])):
            if isinstance(d.type, Simple):
                enc = self.member_encoder(d)
                dec = self.simple_helper(d)
                lines.append(f"    ({d.qname[0]!r}, {d.qname[1]!r}): (None, {enc}, {dec}),")
            else:
                info = self.reg.klass(d.type)
                lines.append(
                    f"    ({d.qname[0]!r}, {d.qname[1]!r}): ({self.cref(info)}, {self.fn(info, 'e')}, "
                    f"{self.fn(info, 'd')}),"
                )
        lines.append("}")
        lines.append("_MOD = sys.modules[__name__]")
        return lines

    def fragment_lines(self) -> list[str]:
        """Schema-informed fragment grammar (EXI 1.0 §8.5.2): every element declaration, global or
        local, once per qname, sorted by local name then URI; SE(*) and ED follow."""
        by_qname: dict[tuple[str, str], list[ElementDecl]] = {}
        for d in self.sset.all_elements:
            by_qname.setdefault(d.qname, []).append(d)
        lines = [
            "",
            "#: FragmentContent: (namespace, local name, class or None, encoder, decoder) per event code",
            "FRAG: tuple[tuple[str, str, Any, Any, Any], ...] = (",
        ]
        for qn in sorted(by_qname, key=lambda q: (q[1], q[0])):
            decls = by_qname[qn]
            first = decls[0].type
            same = (
                all(
                    (d.type is first)
                    if isinstance(first, ComplexType)
                    else (isinstance(d.type, Simple) and d.type.key() == first.key())
                    for d in decls
                )
                and len({d.nillable for d in decls}) == 1
            )
            if same and isinstance(first, ComplexType):
                info = self.reg.klass(first)
                lines.append(
                    f"    ({qn[0]!r}, {qn[1]!r}, {self.cref(info)}, {self.fn(info, 'e')}, "
                    f"{self.fn(info, 'd')}),"
                )
            else:  # simple content or the relaxed element fragment grammar: not supported
                lines.append(f"    ({qn[0]!r}, {qn[1]!r}, None, None, None),")
        lines.append(")")
        lines.append(f"FRAG_WIDTH = {(len(by_qname) + 1).bit_length()}")
        return lines

    # -- complex types ------------------------------------------------------------------------
    def labels_of(self, f: FieldSpec) -> list[tuple[Label, ElementDecl | None]]:
        if f.kind == "attr":
            assert f.qname is not None
            return [(("AT", f.qname[0], f.qname[1]), None)]
        if f.kind == "any" and f.namespaces is not None:
            return [(("WN", uri, f.pid), None) for uri in f.namespaces]
        if f.kind == "any":
            return [(("W", f.pid), None)]
        if f.kind == "anyattr":
            if f.namespaces is None:
                return [(("AW",), None)]
            return [(("AN", uri), None) for uri in f.namespaces]
        if f.kind == "text":
            return [(("CH",), None)]
        assert f.decl is not None
        return [(("SE", m.qname[0], m.qname[1], f.pid), m) for m in members(f.decl)]

    # -- module -------------------------------------------------------------------------------
    def generate(self, header: str, root_ns: str) -> dict[str, str]:
        """``{"": codec module text, "g": grammar tables, "dsig": lazily imported xmldsig part,
        "cold": lazily imported part of the types the hot messages do not reach}`` (the lazy parts
        only when there is something to put there).

        In the ISO 15118 schema sets the xmldsig types are only needed for signed messages, and most
        other types only once per session: their functions live in modules imported on first use
        (through small stubs), so that a first decode of a charge-loop message compiles far less code.
        """
        fns: list[str] = []
        parts: dict[str, tuple[list[str], list[tuple[str, str]]]] = {"dsig": ([], []), "cold": ([], [])}
        classes: list[tuple[ClassInfo, ComplexType]] = []
        seen: set[int] = set()
        for ct in self.sset.complex_types:
            info = self.reg.klass(ct)
            if id(info) in seen:
                continue
            seen.add(id(info))
            classes.append((info, ct))
        classes.sort(key=lambda c: (c[0].module, c[0].name))
        hot = self.hot_types()
        hot_code = False
        for info, ct in classes:
            self.hot = hot is None or Registry.type_key(ct) in hot
            self.imports.add(info.module)
            if self.generic_only(ct):
                code = ["", "", *self.generic_stubs(info)]
                fns += code
                continue
            dec = self.decoder(self.fn(info, "d"), self.cref(info), self.grammar(ct), flatten(ct), info.name)
            code = ["", "", *self.gen_encoder(info, ct), "", "", *dec]
            part = "" if self.hot else "cold"
            if info.module == "xmldsig" and self.name != "xmldsig":
                part = "dsig"
            if part:
                parts[part][0].extend(code)
                parts[part][1].extend([(self.fn(info, "e"), "e"), (self.fn(info, "d"), "d")])
            else:
                fns += code
                hot_code = hot_code or hot is not None
        if not hot_code:  # nothing hot: one module
            fns += parts["cold"][0]
            parts["cold"] = ([], [])
        stubs = [line for suffix, (_, names) in parts.items() for line in self.lazy_stubs(names, suffix)]
        # document grammar (§8.5.1): global elements by local name, then URI
        docs = sorted(self.sset.global_elements, key=lambda d: (d.qname[1], d.qname[0]))
        doc_lines = [
            "",
            "",
            "#: DocContent: (namespace, local name, class or None, encoder, decoder) per event code",
            "DOC: tuple[tuple[str, str, Any, Any, Any], ...] = (",
        ]
        for d in docs:
            if isinstance(d.type, Simple):
                doc_lines.append(f"    ({d.qname[0]!r}, {d.qname[1]!r}, None, None, None),")
            else:
                info = self.reg.klass(d.type)
                doc_lines.append(
                    f"    ({d.qname[0]!r}, {d.qname[1]!r}, {self.cref(info)}, "
                    f"{self.fn(info, 'e')}, {self.fn(info, 'd')}),"
                )
        doc_lines.append(")")
        doc_lines.append(f"DOC_WIDTH = {len(docs).bit_length()}")
        doc_lines += self.fragment_lines()
        doc_lines += self.wildcard_lines()
        doc_lines.append(f"ROOT_NAMESPACE = {root_ns!r}")
        head = [
            header,
            "# ruff: noqa",
            '# mypy: disable-error-code="no-redef"',
            "",
            "from __future__ import annotations",
            "",
            "import sys",
            "from typing import Any",
            "",
            "from v2gstack.exi._rt import (",
            "    ExiDecodeError,",
            "    Invalid as _Invalid,",
            "    bad_code as _bad_code,",
            "    d_bin,",
            "    d_int,",
            "    d_str,",
            "    d_uint,",
            "    d_uint_more,",
            "    e_bin,",
            "    e_int,",
            "    e_str,",
            "    e_uint,",
            "    e_int_in,",
            "    e_uint_in,",
            "    e_sel_bin,",
            "    e_sel_str,",
            "    d_sel_bin,",
            "    d_sel_str,",
            "    fail as _fail,",
            "    second_ee as _second_ee,",
            "    spill as _spill,",
            "    undeclared as _undeclared,",
            "    Unlocated as _Unlocated,",
            "    unsupported as _unsupported,",
            ")",
        ]
        if self.s_tabs:
            head.append("from v2gstack.exi._rt import S as _S")
            head.append(
                "from v2gstack.exi._simple import d_sel_any as _d_sel_any, dec_simple as _dec_simple, "
                "e_sel_any as _e_sel_any, enc_simple as _enc_simple"
            )
            if any("_Decimal(" in t for t in self.tables):
                head.append("from decimal import Decimal as _Decimal")
        head.append("from v2gstack.exi._rt import Redo as _Redo")
        head.append("from v2gstack.exi._wild import dec_any as _dec_any")
        head.append("from v2gstack.exi._wild import enc_any as _enc_any")
        head += [f"from {self.reg.package} import {m} as _{m}" for m in sorted(self.imports)]
        head += [
            "",
            "_BOOL = {True: 1, False: 0}",
            f"_WINDOW = (1 << {WINDOW_BITS}) - 1",
            "_new = object.__new__",
        ]
        # helpers (makers, simple-element decoders) live where they are used: the main module, or the
        # one lazy part that alone uses them
        body = "\n".join(fns + stubs + self.tables + doc_lines)
        helpers: list[str] = []
        for src in self.helper_src:
            name = src[4 : src.index("(")]
            users = [k for k, (code, _) in parts.items() if re.search(rf"\b{name}\(", "\n".join(code))]
            if re.search(rf"\b{name}\(", body) or len(users) != 1:
                helpers += ["", "", src]
            else:
                parts[users[0]][0][:0] = ["", "", src]
        main = "\n".join(head + helpers + fns + stubs + ["", ""] + self.tables + doc_lines) + "\n"
        from v2gstack.exi.compiler.tablegen import table_module

        out = {"": main, "g": table_module(self)}
        for suffix, (code, names) in parts.items():
            if code:
                out[suffix] = self.lazy_module(head, main, code, names, suffix)
        return out

    def generic_only(self, ct: ComplexType) -> bool:
        """Types with attribute wildcards or namespace-list wildcards (AT(*), AT(uri:*), SE(uri:*)) are
        coded by the generic path only (the ISO 15118 schemas have none)."""
        states = self.grammar(ct).states
        return any(lab[0] in ("AW", "AN", "WN") for st in states for lab, _ in st.productions)

    def generic_stubs(self, info: ClassInfo) -> list[str]:
        return [
            f"def {self.fn(info, 'e')}(o: Any, a: int) -> int:",
            f'    raise _Invalid("{info.name} is coded by the generic path")',
            "",
            "",
            f"def {self.fn(info, 'd')}(D: int, T: int, p: int) -> tuple[Any, int]:",
            f'    raise _Redo("{info.name} is coded by the generic path")',
        ]

    def lazy_stubs(self, names: list[tuple[str, str]], suffix: str) -> list[str]:
        """Stubs of the functions of lazy part ``suffix``, and its loader: the first call imports the
        part, whose functions then replace the stubs in this module (tables keep the stubs)."""
        if not names:
            return []
        var = f"_{suffix.upper()}"
        out = [
            "",
            "",
            f"{var}: Any = None",
            "",
            "",
            f"def _{suffix}() -> Any:",
            f"    global {var}",
            f"    if {var} is None:",
            f"        from {self.reg.package} import _codec_{self.name}_{suffix} as m",
            "",
            "        g = globals()",
            f"        for n in _{suffix.upper()}_NAMES:",
            "            g[n] = getattr(m, n)",
            f"        {var} = m",
            f"    return {var}",
            "",
            "",
            f"_{suffix.upper()}_NAMES = (",
            *[f"    {fn!r}," for fn, _ in names],
            ")",
        ]
        for fn, kind in names:
            out += ["", ""]
            if kind == "e":
                out += [
                    f"def {fn}(o: Any, a: int) -> int:",
                    f"    r: int = _{suffix}().{fn}(o, a)",
                    "    return r",
                ]
            else:
                out += [
                    f"def {fn}(D: int, T: int, p: int) -> tuple[Any, int]:",
                    f"    r: tuple[Any, int] = _{suffix}().{fn}(D, T, p)",
                    "    return r",
                ]
        return out

    def lazy_module(
        self, head: list[str], main: str, lazy: list[str], names: list[tuple[str, str]], suffix: str
    ) -> str:
        """The functions of a lazy part, importing what they use from the main codec module."""
        import ast

        tree = ast.parse(main)
        top: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                top.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                top.update(t.id for t in targets if isinstance(t, ast.Name))
        own = {fn for fn, _ in names}
        body = "\n".join(lazy)
        used = {n.id for n in ast.walk(ast.parse(body)) if isinstance(n, ast.Name)}
        shared = sorted((used & top) - own)
        what = "xmldsig" if suffix == "dsig" else "Rarely used (cold)"
        doc = [f'"""{what} part of the {self.name} codec, imported on first use (do not edit)."""']
        imports = [f"from {self.reg.package}._codec_{self.name} import {n}" for n in shared]
        rest = [line for line in head[1:] if not line.startswith(('"""', "    ")) or line.startswith("    ")]
        return "\n".join(doc + rest + imports + [body]) + "\n"

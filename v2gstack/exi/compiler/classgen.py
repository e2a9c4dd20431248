"""Generate the message class modules: slots dataclasses, enums and field metadata."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from v2gstack.exi.compiler.grammar import members
from v2gstack.exi.compiler.model import ClassInfo, FieldSpec, Registry
from v2gstack.exi.compiler.schema import ElementDecl, Simple

MIXINS: dict[tuple[str, str], tuple[str, str]] = {
    ("urn:iso:std:iso:15118:-20:CommonTypes", "RationalNumberType"): (
        "v2gstack.exi.rational",
        "RationalNumberMixin",
    ),
}


def py_simple(s: Simple, reg: Registry, here: str, element: tuple[str, str] | None) -> str:
    if s.kind == "enum":
        e = reg.enum(s, element)
        return e.name if e.module == here else f"_{e.module}.{e.name}"
    if s.kind == "list":
        assert s.item is not None
        return f"list[{py_simple(s.item, reg, here, element)}]"
    return {
        "bool": "bool",
        "bool2": "bool",
        "int": "int",
        "uint": "int",
        "nbit": "int",
        "string": "str",
        "hex": "bytes",
        "b64": "bytes",
        "decimal": "_Decimal",
        "float": "float",
        "datetime": "_DateTime",
    }.get(s.kind, "str")


def cls_ref(info: ClassInfo, here: str) -> str:
    return info.name if info.module == here else f"_{info.module}.{info.name}"


def _const(v: object) -> str:
    if isinstance(v, Decimal):
        return f"_Decimal({str(v)!r})"
    if isinstance(v, float) and not math.isfinite(v):
        return f"float({str(v)!r})"
    return repr(v)


def s_literal(s: Simple, reg: Registry, here: str, element: tuple[str, str] | None) -> str:
    """The ``_S(...)`` expression of simple type ``s`` (class metadata, generic coding)."""
    args = [repr(s.kind), repr(s.builtin)]
    kw = []
    if s.lo is not None:
        kw.append(f"lo={s.lo}")
    if s.hi is not None:
        kw.append(f"hi={s.hi}")
    if s.min_len is not None:
        kw.append(f"min_len={s.min_len}")
    if s.max_len is not None:
        kw.append(f"max_len={s.max_len}")
    if s.kind == "enum":
        kw.append(f"enum={py_simple(s, reg, here, element)}")
    if s.item is not None:
        kw.append(f"item={s_literal(s.item, reg, here, element)}")
    if s.chars is not None:
        kw.append(f"chars={s.chars!r}")
    for name in ("vmin", "vmax"):
        b = getattr(s, name)
        if b is not None:
            kw.append(f"{name}=({_const(b[0])}, {b[1]!r})")
    if s.total_digits is not None:
        kw.append(f"total_digits={s.total_digits}")
    if s.fraction_digits is not None:
        kw.append(f"fraction_digits={s.fraction_digits}")
    return f"_S({', '.join(args + kw)})"


# ---------------------------------------------------------------------------------------------
# class modules


def field_type(f: FieldSpec, reg: Registry, here: str) -> str:
    if f.kind in ("attr", "text"):
        assert f.simple is not None
        t = py_simple(f.simple, reg, here, f.qname)
    elif f.kind == "any":
        t = "_AnyElement"
    elif f.kind == "anyattr":
        return "dict[tuple[str, str], object]"
    else:
        assert f.decl is not None
        t = elem_type(f.decl, reg, here)
    if f.max is None or f.max > 1:
        return f"list[{t}]"
    if f.min == 0:
        return f"{t} | None"
    return t


def elem_type(decl: ElementDecl, reg: Registry, here: str) -> str:
    ms = members(decl)
    if isinstance(decl.type, Simple):
        return py_simple(decl.type, reg, here, decl.qname)
    head = reg.klass(decl.type)
    if len(ms) <= 1 or all(_is_sub(reg, m, head) for m in ms):
        return cls_ref(head, here)
    parts = []
    for m in ms:
        t = (
            py_simple(m.type, reg, here, m.qname)
            if isinstance(m.type, Simple)
            else cls_ref(reg.klass(m.type), here)
        )
        if t not in parts:
            parts.append(t)
    return " | ".join(parts)


def _is_sub(reg: Registry, m: ElementDecl, head: ClassInfo) -> bool:
    if isinstance(m.type, Simple):
        return False
    info: ClassInfo | None = reg.klass(m.type)
    while info is not None:
        if info is head:
            return True
        info = info.base
    return False


def gen_class_module(module: str, reg: Registry, header: str) -> str:
    classes = [c for c in reg.order if c.module == module]
    enums = [e for e in reg.enum_order if e.module == module]
    out: list[str] = [
        header,
        "# ruff: noqa",
        "from __future__ import annotations",
        "",
        "import enum",
        "from dataclasses import dataclass, field",
        "from typing import ClassVar",
        "",
    ]
    imports: set[str] = set()
    mixins: set[tuple[str, str]] = set()
    body: list[str] = []
    for e in enums:
        body += [
            "",
            "",
            f"class {e.name}(enum.Enum):",
            f'    """Enumeration {e.name} (EXI: n-bit index)."""',
            "",
        ]
        for m, v in zip(e.members, e.values, strict=True):
            body.append(f"    {m} = {v!r}")
    done: set[int] = set()

    def emit(c: ClassInfo) -> None:
        if id(c) in done:
            return
        if c.base is not None and c.base.module == module:
            emit(c.base)
        done.add(id(c))
        bases = []
        if c.base is not None:
            bases.append(cls_ref(c.base, module))
            if c.base.module != module:
                imports.add(c.base.module)
        key = c.ct.qname
        if key is not None and key in MIXINS:
            mixins.add(MIXINS[key])
            bases.append(MIXINS[key][1])
        xml = (
            f"{{{key[0]}}}{key[1]}"
            if key
            else f"anonymous type of element {{{c.ct.anon_element[0]}}}{c.ct.anon_element[1]}"
            if c.ct.anon_element
            else "?"
        )
        body.extend(
            [
                "",
                "",
                "@dataclass(slots=True, kw_only=True)",
                f"class {c.name}({', '.join(bases)}):" if bases else f"class {c.name}:",
                f'    """XML Schema {xml}."""',
                "",
            ]
        )
        own = c.own_fields()
        for f in own:
            t = field_type(f, reg, module)
            for tok in t.replace("|", " ").replace("[", " ").replace("]", " ").split():
                if tok.startswith("_") and "." in tok:
                    imports.add(tok[1:].split(".")[0])
            if f.kind == "anyattr":
                body.append(f"    {f.attr}: {t} = field(default_factory=dict)")
            elif f.max is None or f.max > 1:
                body.append(f"    {f.attr}: {t} = field(default_factory=list)")
            elif f.min == 0:
                body.append(f"    {f.attr}: {t} = None")
            else:
                body.append(f"    {f.attr}: {t}")
        body.append("    _exi_fields: ClassVar[tuple[_Field, ...]]")
        body.append("    _exi_type: ClassVar[tuple[str, str] | None]")
        body.append("    _exi_abstract: ClassVar[bool]")

    for c in classes:
        emit(c)
    meta: list[str] = ["", ""]
    for c in classes:
        meta.append(f"{c.name}._exi_type = {tuple(c.ct.qname) if c.ct.qname else None!r}")
        meta.append(f"{c.name}._exi_abstract = {c.ct.abstract!r}")
        items = []
        for f in c.fields:
            names = []
            if f.kind in ("attr", "text"):
                assert f.simple is not None
                qn = f.qname or ("", "")
                names.append(f"({qn[0]!r}, {qn[1]!r}, {s_literal(f.simple, reg, module, f.qname)})")
            elif f.kind == "elem":
                assert f.decl is not None
                for mem in members(f.decl):
                    if isinstance(mem.type, Simple):
                        content = s_literal(mem.type, reg, module, mem.qname)
                    else:
                        content = cls_ref(reg.klass(mem.type), module)
                    for tok in re.split(r"[\s(),=]+", content):
                        if tok.startswith("_") and "." in tok:
                            imports.add(tok[1:].split(".")[0])
                    names.append(f"({mem.qname[0]!r}, {mem.qname[1]!r}, {content})")
            inner = ", ".join(names) + ("," if len(names) == 1 else "")
            extra = f", {f.group}, {f.alt}, {f.amin}, {f.gmin}" if f.group else ""
            items.append(f"    _Field({f.attr!r}, {f.kind!r}, {f.min}, {f.max}, ({inner}){extra}),")
        meta.append(f"{c.name}._exi_fields = (")
        meta.extend(items)
        meta.append(")")
    imports.discard(module)
    imp = [f"from {reg.package} import {m} as _{m}" for m in sorted(imports)]
    imp.append("from v2gstack.exi._rt import AnyElement as _AnyElement")
    imp.append("from v2gstack.exi._rt import Field as _Field")
    imp.append("from v2gstack.exi._rt import S as _S")
    text_so_far = "\n".join(body + meta)
    if "_Decimal" in text_so_far:
        imp.append("from decimal import Decimal as _Decimal")
    if "_DateTime" in text_so_far:
        imp.append("from v2gstack.exi.values import DateTime as _DateTime")
    for mod, name in sorted(mixins):
        imp.append(f"from {mod} import {name}")
    out += sorted(imp)
    text = "\n".join(out + body + meta) + "\n"
    return text.replace('"""\nfrom __future__', '"""\n\nfrom __future__', 1)

"""Grammar tables of a schema set for the generic (table-driven) codec path, ``_codec_<set>_g.py``.

The generated straight-line codecs handle the declared (first-level) events. Streams with undeclared
(second-level) events (EXI 1.0 §8.5.4.4.1: xsi:type, xsi:nil, SE(*), AT(*), untyped CH and AT values)
and objects that carry such content go through :mod:`v2gstack.exi._generic`, which interprets these
tables. The module is imported only then, so it costs nothing on the fast path.

Per class: ``(content, mixed, states)``; a state is ``(kind, productions)`` with kind 2 (first start
tag), 1 (start tag) or 0 (element content) and productions ``(op, field, member, target)`` in event
code order: op ``A`` attribute, ``E`` element (member: index into the field's names), ``W`` wildcard
SE(*), ``C`` characters of simple content, ``M`` mixed-content characters, ``X`` end element. Target
-1 ends the element; -2 is the element-content copy of the ``content`` state (EXIficient's grammar
for characters in a mixed start tag).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from v2gstack.exi.compiler.classgen import s_literal
from v2gstack.exi.compiler.model import flatten
from v2gstack.exi.compiler.schema import XS, ComplexType, Simple

if TYPE_CHECKING:
    from v2gstack.exi.compiler.codegen import CodecGen


def _tok_imports(gen: CodecGen, text: str, imports: set[str]) -> None:
    for tok in re.split(r"[\s(),=\[\]:{}]+", text):
        if tok.startswith("_") and "." in tok:
            imports.add(tok[1:].split(".")[0])


def _literal(gen: CodecGen, s: Simple, element: tuple[str, str] | None) -> str | None:
    """``_S(...)`` of ``s``, or None if it needs an enumeration class no generated class uses (the
    table must not add classes to the class modules)."""
    t: Simple | None = s
    while t is not None:
        if t.kind == "enum":
            key = t.key() if t.name is not None else (*t.key(), element)
            if key not in gen.reg.enums:
                return None
        t = t.item
    return s_literal(s, gen.reg, "", element)


def table_module(gen: CodecGen) -> str:
    """Text of ``_codec_<set>_g.py`` for the schema set of ``gen``."""
    reg = gen.reg
    imports: set[str] = set()
    lines: list[str] = []
    seen: set[int] = set()
    entries: list[tuple[str, str]] = []
    for ct in gen.sset.complex_types:
        info = reg.klass(ct)
        if id(info) in seen:
            continue
        seen.add(id(info))
        g = gen.grammar(ct)
        fields = flatten(ct)  # this set's particle ids; same order as the class's _exi_fields
        by_label: dict[object, tuple[int, int]] = {}
        for i, f in enumerate(fields):
            for k, (lab, _m) in enumerate(gen.labels_of(f)):
                by_label[lab] = (i, k)
        states = []
        for state in g.states:
            kind = 2 if state.first_state else 1 if state.start_tag else 0
            prods = []
            for lab, tgt in state.productions:
                t = -1 if tgt is None else tgt
                op = str(lab[0])
                if op == "EE":
                    prods.append("('X', 0, 0, -1)")
                elif op == "CH" and lab not in by_label:  # mixed content
                    prods.append(f"('M', 0, 0, {-2 if state.start_tag else t})")
                elif op == "CH":
                    prods.append(f"('C', {by_label[lab][0]}, 0, {t})")
                elif op in ("AN", "WN"):  # AT(uri:*) / SE(uri:*): the URI in the member slot
                    fi = by_label[lab][0]
                    prods.append(f"({'Z' if op == 'AN' else 'N'!r}, {fi}, {lab[1]!r}, {t})")
                else:
                    fi, mi = by_label[lab]
                    code = {"AT": "A", "SE": "E", "W": "W", "AW": "Y"}[op]
                    prods.append(f"({code!r}, {fi}, {mi}, {t})")
            states.append(f"({kind}, ({''.join(p + ', ' for p in prods)}))")
        ref = f"_{info.module}.{info.name}"
        imports.add(info.module)
        entries.append((ref, f"({g.content}, {g.mixed!r}, ({''.join(s + ', ' for s in states)}))"))
    lines.append("#: Class -> (content state, mixed, states): see v2gstack.exi.compiler.tablegen")
    lines.append("G: dict[Any, Any] = {")
    for ref, text in entries:
        lines.append(f"    {ref}: {text},")
    lines.append("}")
    # named types (xsi:type targets), global elements and global attributes
    types: list[tuple[tuple[str, str], str]] = []
    for ct in gen.sset.complex_types:
        if ct.qname is not None and ct.qname[0] != XS:
            types.append((ct.qname, f"_{reg.klass(ct).module}.{reg.klass(ct).name}"))
    for st in gen.sset.simple_types:
        if st.name is not None and st.name[0] != XS:
            lit = _literal(gen, st, st.name)
            if lit is not None:
                types.append((st.name, lit))
    lines.append("#: Named types of the schema set (xsi:type): class, or _S of a simple type")
    lines.append("TYPES: dict[tuple[str, str], Any] = {")
    for qn, text in sorted(types):
        _tok_imports(gen, text, imports)
        lines.append(f"    {qn!r}: {text},")
    lines.append("}")
    lines.append("#: Global elements: (class or _S, nillable)")
    lines.append("ELEMENTS: dict[tuple[str, str], Any] = {")
    for d in sorted(gen.sset.global_elements, key=lambda d: d.qname):
        if isinstance(d.type, ComplexType):
            info = reg.klass(d.type)
            content = f"_{info.module}.{info.name}"
            imports.add(info.module)
        else:
            assert isinstance(d.type, Simple)
            lit = _literal(gen, d.type, d.qname)
            if lit is None:
                continue
            content = lit
            _tok_imports(gen, lit, imports)
        lines.append(f"    {d.qname!r}: ({content}, {d.nillable!r}),")
    lines.append("}")
    lines.append("#: Global attributes: _S of their type")
    lines.append("ATTRIBUTES: dict[tuple[str, str], Any] = {")
    for qn, sa in sorted(gen.sset.global_attributes.items()):
        alit = _literal(gen, sa, qn)
        if alit is None:
            continue
        _tok_imports(gen, alit, imports)
        lines.append(f"    {qn!r}: {alit},")
    lines.append("}")
    head = [
        f'"""Grammar tables of the {gen.name} codec for the generic path, imported on first use '
        '(do not edit)."""',
        "# ruff: noqa",
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from v2gstack.exi._rt import S as _S",
    ]
    body = "\n".join(lines)
    if "_Decimal(" in body:
        head.append("from decimal import Decimal as _Decimal")
    head += [f"from {reg.package} import {m} as _{m}" for m in sorted(imports)]
    return "\n".join([*head, "", *lines]) + "\n"

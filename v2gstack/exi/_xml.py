"""XML text <-> generated message objects, driven by the generated field metadata.

Lexical forms follow EXIficient's decoder output: booleans ``true``/``false``, integers in decimal,
hexBinary upper case, base64Binary without line breaks, enumerations as their XML value. Strings
with C0 control characters are written as character references under an XML 1.1 declaration, as
EXIficient does (XML 1.0 cannot carry them).
"""

from __future__ import annotations

import re
from typing import Any

from v2gstack.exi import _api
from v2gstack.exi._rt import AnyElement, S, lex_b64, lex_bool, lex_hex, parse_b64, parse_bool, parse_hex
from v2gstack.exi.errors import ExiDecodeError, ExiEncodeError
from v2gstack.exi.values import (
    DATETIME_KINDS,
    XML_WS,
    DateTime,
    Nil,
    UndeclaredItem,
    Untyped,
    WithUndeclared,
    XsiType,
    decimal_lexical,
    float_lexical,
    parse_decimal,
    parse_float,
    xml_collapse,
)

_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_INT = re.compile(r"[+-]?[0-9]+")


def _esc(text: str, attr: bool = False) -> tuple[str, bool]:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attr:
        text = text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")
    else:
        text = text.replace("\r", "&#13;")
    if _C0.search(text):
        return _C0.sub(lambda m: f"&#{ord(m.group())};", text), True
    return text, False


def lexical(s: S, v: Any) -> str:
    k = s.kind
    if isinstance(v, Untyped):
        return v.text
    if k in ("bool", "bool2"):
        return lex_bool(v)
    if k in ("int", "uint", "nbit"):
        return str(int(v))
    if k == "enum":
        base = _enum_base(s)
        if base is not None:  # EXIficient writes the value of the enumeration's base type
            return lexical(base, parse_lexical(base, v.value))
        return str(v.value)
    if k == "hex":
        return lex_hex(v)
    if k == "b64":
        return lex_b64(v)
    if k == "decimal":
        return decimal_lexical(v)
    if k == "float":
        return float_lexical(v)
    if k == "datetime":
        return str(v.lexical(s.builtin))
    if k == "list":
        assert s.item is not None
        return "".join(lexical(s.item, x) + " " for x in v)  # EXIficient ends each item with a space
    return str(v)


#: String types whose whiteSpace "collapse" EXIficient applies before encoding: only xs:anyURI (it keeps
#: xs:ID / xs:IDREF values as written, although XML Schema part 2 collapses those too).
_COLLAPSE = frozenset(["anyURI"])


def parse_lexical(s: S, text: str) -> Any:
    """The value of a lexical form, after whiteSpace normalization (what EXIficient encodes)."""
    k = s.kind
    if s.builtin in _COLLAPSE:
        text = xml_collapse(text)
    elif s.builtin == "normalizedString":
        text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    if k in ("bool", "bool2"):
        return parse_bool(text)
    if k in ("int", "uint", "nbit"):
        t = text.strip(XML_WS)
        if not _INT.fullmatch(t):
            raise ValueError(f"not an integer: {text!r}")
        return int(t)
    if k == "enum":
        assert s.enum is not None
        return _enum_member(s, text)
    if k == "decimal":
        return parse_decimal(text)
    if k == "float":
        return parse_float(text)
    if k == "datetime":
        return DateTime.parse(s.builtin, text)
    if k == "list":
        assert s.item is not None
        return [parse_lexical(s.item, t) for t in xml_collapse(text).split(" ") if t]
    if k == "hex":
        return parse_hex(text)
    if k == "b64":
        return parse_b64(text)
    return text


#: How values of an enumeration's base type compare (EXIficient matches enumerations by value).
_ENUM_BASES: dict[str, S] = {
    "decimal": S("decimal", "decimal"),
    "float": S("float", "float"),
    "double": S("float", "double"),
    "boolean": S("bool", "boolean"),
    "hexBinary": S("hex", "hexBinary"),
    "base64Binary": S("b64", "base64Binary"),
    **{k: S("datetime", k) for k in DATETIME_KINDS},
}


def _enum_member(s: S, text: str) -> Any:
    assert s.enum is not None
    t = text.strip(XML_WS)
    try:
        return s.enum(t)
    except ValueError:
        pass
    base = _enum_base(s)
    if base is None:
        raise ValueError(f"{text!r} is not one of {[m.value for m in s.enum]}")
    value = parse_lexical(base, t)
    for member in s.enum:
        try:
            if parse_lexical(base, member.value) == value:
                return member
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not one of {[m.value for m in s.enum]}")


def _enum_base(s: S) -> S | None:
    if s.builtin in _INTEGER_TYPES:
        return S("int", s.builtin)
    return _ENUM_BASES.get(s.builtin)


_INTEGER_TYPES = frozenset(
    [
        "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger", "unsignedLong",
        "unsignedInt", "unsignedShort", "unsignedByte", "nonPositiveInteger", "negativeInteger",
    ]
)


XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "http://www.w3.org/2001/XMLSchema"
#: Content of an element in the xs:anyType grammar (schema-less attributes, text and children).
ANY = "anyType"


def _tables(mod: Any) -> Any:
    from v2gstack.exi import _generic

    return _generic.tables(mod)


def type_content(mod: Any, qn: tuple[str, str]) -> Any:
    """What an xsi:type names: a generated class, an S, ANY, or None (unknown type)."""
    from v2gstack.exi import _generic

    g = _tables(mod).type_grammar(qn)
    if isinstance(g, _generic.ClassGrammar):
        return g.cls
    if isinstance(g, _generic.SimpleGrammar):
        return g.s
    if isinstance(g, _generic.AnyTypeGrammar):
        return ANY
    return None


def global_content(mod: Any, qn: tuple[str, str]) -> Any:
    """Content of a global element (class or S), or ANY when there is no global declaration."""
    decl = _tables(mod).g.ELEMENTS.get(qn)
    return ANY if decl is None else decl[0]


class _Writer:
    def __init__(self, mod: Any) -> None:
        self.mod = mod
        self.prefixes: dict[str, str] = {}
        self.parts: list[str] = []
        self.xml11 = False

    def name(self, ns: str, local: str) -> str:
        if not ns:
            return local
        p = self.prefixes.get(ns)
        if p is None:
            p = f"ns{len(self.prefixes)}"
            self.prefixes[ns] = p
        return f"{p}:{local}"

    def text(self, text: str, attr: bool = False) -> str:
        out, c0 = _esc(text, attr)
        self.xml11 |= c0
        return out

    def attr(self, ns: str, local: str, text: str) -> str:
        return f' {self.name(ns, local)}="{self.text(text, True)}"'

    def element(self, ns: str, local: str, content: Any, value: Any, multi: bool = False) -> None:
        """Element ``ns:local`` holding ``value``, declared with ``content`` (a class or an S)."""
        tag = self.name(ns, local)
        attrs: list[str] = []
        body: list[str] = []
        if isinstance(value, XsiType):
            attrs.append(self.attr(XSI, "type", self.name(*value.type)))
            cast = type_content(self.mod, value.type)
            content = content if cast is None else cast
            value = value.value
        elif isinstance(content, type) and hasattr(type(_core(value)), "_exi_fields"):
            cls = type(_core(value))
            if cls is not content and cls._exi_type is not None:  # a derived type: implicit xsi:type
                attrs.append(self.attr(XSI, "type", self.name(*cls._exi_type)))
                content = cls
        items: tuple[Any, ...] = ()
        if isinstance(value, WithUndeclared):
            items = value.undeclared
            value = value.value
        if isinstance(value, Nil):
            attrs.append(self.attr(XSI, "nil", "true"))
            if content == ANY:
                for aqn, av in value.attributes.items():
                    attrs.append(self.attr(aqn[0], aqn[1], self.attr_text(aqn[0], aqn[1], av)))
            for f in getattr(content, "_exi_fields", ()):
                if f.kind == "attr" and f.attr in value.attributes:
                    ans, alocal, s = f.names[0]
                    attrs.append(self.attr(ans, alocal, lexical(s, value.attributes[f.attr])))
            self._items_into(items, attrs, body, None)
        elif content == ANY:
            self.schemaless(value, attrs, body)
        elif isinstance(content, S):
            events: list[Any] = []
            if not _empty(content, value):
                events.append(("text", self.text(lexical(content, value))))
            self._merge(events, items, attrs, body)
        else:
            self._merge(self.events(value), items, attrs, body)
        if body:
            self.parts.append(f"<{tag}{''.join(attrs)}>{''.join(body)}</{tag}>")
        else:
            self.parts.append(f"<{tag}{''.join(attrs)}/>")

    def events(self, value: Any) -> list[Any]:
        """Declared events of a class instance in order: ("attr", text) or ("body", xml)."""
        out: list[Any] = []
        for f in type(value)._exi_fields:
            v = getattr(value, f.attr)
            if v is None:
                continue
            if f.kind == "attr":
                ans, alocal, s = f.names[0]
                out.append(("attr", self.attr(ans, alocal, lexical(s, v))))
            elif f.kind == "anyattr":
                for (u, n), av in v.items():
                    out.append(("attr", self.attr(u, n, self.attr_text(u, n, av))))
            elif f.kind == "text":
                if not _empty(f.names[0][2], v):
                    out.append(("text", self.text(lexical(f.names[0][2], v))))
            else:
                for item in v if f.max is None or f.max > 1 else [v]:
                    outer = self.parts
                    self.parts = []
                    if f.kind == "elem":
                        ens, elocal, econtent = _member(f.names, item)
                        self.element(ens, elocal, econtent, item, len(f.names) > 1)
                    else:
                        self.any_element(item)
                    out.append(("body", "".join(self.parts)))
                    self.parts = outer
        return out

    def _merge(self, events: list[Any], items: tuple[Any, ...], attrs: list[str], body: list[str]) -> None:
        pending = sorted(items, key=lambda it: it.at)
        k = 0
        for i, (kind, text) in enumerate(events):
            while k < len(pending) and pending[k].at <= i:
                self._items_into((pending[k],), attrs, body, None)
                k += 1
            (attrs if kind == "attr" else body).append(text)
        self._items_into(tuple(pending[k:]), attrs, body, None)

    def _items_into(self, items: tuple[Any, ...], attrs: list[str], body: list[str], _: Any) -> None:
        for it in items:
            if it.kind == "attribute":
                text = self.attr_text(it.namespace, it.name, it.value)
                attrs.append(self.attr(it.namespace, it.name, text))
            elif it.kind == "text":
                body.append(self.text(it.value))
            else:
                outer = self.parts
                self.parts = body
                self.any_element(it.value)
                self.parts = outer

    def attr_text(self, ns: str, local: str, value: Any) -> str:
        if isinstance(value, Untyped):
            return value.text
        if isinstance(value, str):
            return value
        s = _tables(self.mod).global_attribute((ns, local))
        return lexical(s, value) if s is not None else str(value)

    def any_element(self, item: AnyElement) -> None:
        """An element matched by SE(*): a declared global element, or schema-less content (to which
        EXIficient adds the xsi:type="xs:anyType" its encoder inserted)."""
        content = global_content(self.mod, (item.namespace, item.name))
        if content != ANY:
            self.element(item.namespace, item.name, content, item.value)
            return
        if isinstance(item.value, XsiType):
            self.element(item.namespace, item.name, ANY, item.value)
            return
        if isinstance(item.value, Nil):  # xsi:nil in the xs:anyType grammar of the cast
            self.element(item.namespace, item.name, ANY, XsiType((XS, "anyType"), item.value))
            return
        tag = self.name(item.namespace, item.name)
        attrs = [self.attr(XSI, "type", self.name(XS, "anyType"))]
        body: list[str] = []
        self.schemaless(item, attrs, body)
        start = f"<{tag}{''.join(attrs)}"
        self.parts.append(f"{start}>{''.join(body)}</{tag}>" if body else f"{start}/>")

    def schemaless(self, value: Any, attrs: list[str], body: list[str]) -> None:
        if not isinstance(value, AnyElement):
            raise ExiEncodeError(f"schema-less content must be an AnyElement, not {type(value).__name__}")
        for (u, n), val in value.attributes.items():
            attrs.append(self.attr(u, n, self.attr_text(u, n, val)))
        if isinstance(value.value, str):
            body.append(self.text(value.value))
        elif value.value is not None:
            raise ExiEncodeError("the text of a schema-less element is a str")
        for child in value.children:
            if isinstance(child, str):
                body.append(self.text(child))
            else:
                outer = self.parts
                self.parts = body
                self.any_element(child)
                self.parts = outer


def _core(value: Any) -> Any:
    while isinstance(value, XsiType | WithUndeclared):
        value = value.value
    return value


def _empty(s: Any, v: Any) -> bool:
    if isinstance(v, Untyped):
        return not v.text  # no characters at all (EXIficient writes no empty CH)
    sel = isinstance(s, S) and s.kind in ("string", "hex", "b64", "list")
    return sel and isinstance(v, str | bytes | list) and not v


def _member(names: tuple[tuple[str, str, Any], ...], item: Any) -> tuple[str, str, Any]:
    if len(names) == 1:
        return names[0]
    core = _core(item)
    element = item.element if isinstance(item, XsiType) else core.element if isinstance(core, Nil) else None
    if element is not None:
        for entry in names:
            if (entry[0], entry[1]) == element:
                return entry
    for entry in names:
        if isinstance(entry[2], type) and type(core) is entry[2]:
            return entry
    for entry in names:
        if isinstance(entry[2], type) and isinstance(core, entry[2]):
            return entry
    for entry in names:
        if isinstance(entry[2], S):
            return entry
    raise ExiEncodeError(f"{type(item).__name__} matches none of the elements {[n[1] for n in names]}")


def to_xml(message: Any, element: str | None) -> str:
    mod, idx = _api.root_index(message, element)
    ns, local, cls = mod.DOC[idx][:3]
    w = _Writer(mod)
    w.element(ns, local, cls, message)
    body = "".join(w.parts)
    decls = "".join(f' xmlns:{p}="{u}"' for u, p in w.prefixes.items())
    first = body.index(">") if not body.startswith("<") else body.find(">")
    if body[first - 1] == "/":
        first -= 1
    text = body[:first] + decls + body[first:]
    if w.xml11:
        return '<?xml version="1.1" encoding="UTF-8"?>' + text
    return text


_DECL11 = re.compile(r"^\s*<\?xml[^>]*version\s*=\s*[\"']1\.1[\"'][^>]*\?>")
_CHREF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
_PUA = 0xF0000  # C0 characters travel through the XML 1.0 parser as supplementary private-use chars


def from_xml(xml: str | bytes) -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    text = xml.decode("utf-8") if isinstance(xml, bytes) else xml
    c0 = False
    if _DECL11.match(text):
        text = _DECL11.sub("", text, count=1)

        def repl(m: re.Match[str]) -> str:
            g = m.group(1)
            n = int(g[1:], 16) if g[0] == "x" else int(g)
            if n < 0x20 and n not in (9, 10, 13):
                return chr(_PUA + n)
            return m.group(0)

        text = _CHREF.sub(repl, text)
        c0 = True
    elif text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise ExiDecodeError(f"not well-formed XML: {exc}") from None
    qn = etree.QName(root)
    ns = qn.namespace or ""
    try:
        mod = _api.codec(_api.codec_for_namespace(ns))
    except (ExiDecodeError, KeyError):
        raise ExiDecodeError(f"root element {{{ns}}}{qn.localname} is not in a supported namespace") from None
    reader = _Reader(mod, c0)
    for entry in mod.DOC:
        if entry[0] == ns and entry[1] == qn.localname and entry[2] is not None:
            value = reader.element(entry[2], root, qn.localname)
            if isinstance(value, XsiType):  # as the decoder: the root element rides on the cast
                value = XsiType(value.type, value.value, (ns, qn.localname))
            return value
    raise ExiDecodeError(f"{{{ns}}}{qn.localname} is not a global element with a complex type")


_WS = frozenset(" \t\n\r")


def _typed(s: S, text: str, c0: bool, attribute: bool) -> Any:
    """The value of a lexical form, or Untyped when EXIficient's datatype rejects it (it then writes
    the text as a schema-invalid string: element text after the whiteSpace collapse, attributes as is)."""
    if c0:
        text = _unpua(text)
    try:
        value = parse_lexical(s, text)
        if _representable(s, value):
            return value
    except (ValueError, ArithmeticError):
        pass
    if not attribute:
        text = _collapse(s, text)
    return Untyped(text)


def _representable(s: S, v: Any) -> bool:
    """Whether EXIficient's datatype accepts the value (else it writes it as an untyped string): the
    n-bit range, a non-negative unsigned integer, list items; other facets do not count."""
    if s.kind == "nbit":
        return s.lo is not None and s.hi is not None and s.lo <= v <= s.hi
    if s.kind == "uint":
        return bool(v >= 0)
    if s.kind == "list":
        assert s.item is not None
        return all(_representable(s.item, x) for x in v)
    return True


class _Reader:
    """Builds model values from XML by running the schema set's grammars (v2gstack.exi._generic) over
    the XML events, as EXIficient's encoder does: declared productions fill fields; xsi:type, xsi:nil,
    undeclared attributes, elements and characters become XsiType, Nil and WithUndeclared (§8.5.4.4)."""

    def __init__(self, mod: Any, c0: bool) -> None:
        from v2gstack.exi import _generic

        self.g = _generic
        self.mod = mod
        self.t = _generic.tables(mod)
        self.c0 = c0

    def text(self, t: str) -> str:
        return _unpua(t) if self.c0 else t

    def element(self, content: Any, elem: Any, path: str) -> Any:
        """Value of element ``elem`` declared with ``content`` (a class, an S or the anyType grammar)."""
        g = self.t.grammar(content) if content != ANY else self.g.ANY
        cast = None
        raw_type = elem.get(f"{{{XSI}}}type")
        if raw_type is not None:
            prefix, _, local = raw_type.strip().rpartition(":")
            uri = elem.nsmap.get(prefix or None) or ""
            cast = (uri, local)
            tg = self.t.type_grammar(cast)
            if tg is not None:
                g = tg
        value = self.content(g, elem, path)
        if cast is not None:
            return XsiType(cast, value)
        return value

    def content(self, g: Any, elem: Any, path: str, schemaless: bool = False) -> Any:
        """Events of ``elem`` through grammar ``g``. In a schema-less element xsi:nil is an ordinary
        attribute (EXIficient writes it after its cast to xs:anyType, as AT(*))."""
        from lxml import etree

        b = self.g._Build(g)
        st = g.first
        nil = None if schemaless else elem.get(f"{{{XSI}}}nil")
        if nil is not None and nil.strip() in ("true", "1"):
            b.nil = True
            st = st.type_empty()
        attrs = []
        for key, val in elem.attrib.items():
            aq = etree.QName(key)
            qn = (aq.namespace or "", aq.localname)
            if qn == (XSI, "type") or (qn == (XSI, "nil") and not schemaless):
                continue
            attrs.append((qn, self.text(val)))
        attrs.sort(key=lambda a: (a[0][1], a[0][0]))  # EXIficient sorts attributes (local name, URI)
        for qn, raw in attrs:
            st = self.attribute(b, st, qn, raw)
        nodes = self.nodes(elem)
        has_children = any(not isinstance(n, str) for n in nodes)
        for node in nodes:
            if isinstance(node, str):
                if st.prods and st.prods[0][0] == "C":
                    st = self.characters(b, st, node, path)  # typed: the datatype's whiteSpace rule
                elif not (has_children and set(node) <= _WS):  # else whitespace between elements goes
                    st = self.characters(b, st, node, path)
            else:
                st = self.child(b, st, node, path)
        return b.result()

    def nodes(self, elem: Any) -> list[Any]:
        """Content in document order: non-empty text runs (comments and PIs dropped) and child
        elements. EXIficient drops whitespace-only runs between elements unless the grammar expects
        typed characters there; :meth:`content` applies that."""
        out: list[Any] = []
        text = elem.text or ""
        for child in elem:
            if isinstance(child.tag, str):
                out.append(text)
                out.append(child)
                text = ""
            text += child.tail or ""
        out.append(text)
        return [self.text(n) if isinstance(n, str) else n for n in out if not isinstance(n, str) or n]

    def attribute(self, b: Any, st: Any, qn: tuple[str, str], raw: str) -> Any:
        g = b.grammar
        for op, fi, _mi, nxt in st.prods:
            if op == "A":
                name = g.cls._exi_fields[fi].names[0]
                if (name[0], name[1]) == qn:
                    b.set(fi, _typed(name[2], raw, False, True))
                    return nxt
        for op, fi, mi, nxt in st.prods:
            if (op == "Z" and mi == qn[0]) or op == "Y":  # AT(uri:*) / AT(*): an attribute wildcard
                s = self.t.global_attribute(qn)
                value = raw if s is None else _typed(s, raw, False, True)
                if fi >= 0:
                    b.values[fi][qn] = value
                    b.declared += 1
                else:
                    b.attributes[qn] = value
                return nxt
        s = self.t.global_attribute(qn)
        undeclared: Any = raw if s is None else _typed(s, raw, False, True)
        self.g._undeclared_attribute(b, qn, undeclared)
        return st

    def characters(self, b: Any, st: Any, text: str, path: str) -> Any:
        g = b.grammar
        if st.prods and st.prods[0][0] == "C":  # typed content: its whiteSpace rule first
            fi = st.prods[0][1]
            s0 = g.s if fi < 0 else g.cls._exi_fields[fi].names[0][2]
            if not _collapse(s0, text):
                return st  # nothing left: EXIficient writes no CH
        for op, fi, _mi, nxt in st.prods:
            if op == "C":
                s = g.s if fi < 0 else g.cls._exi_fields[fi].names[0][2]
                value = _typed(s, text, False, False)
                if not isinstance(value, Untyped):
                    if fi < 0:
                        b.text = value
                        b.declared += 1
                    else:
                        b.set(fi, value)
                    return nxt
                break
            if op == "M":
                if isinstance(g, self.g.ClassGrammar):
                    b.items.append(UndeclaredItem(b.declared, "text", "", "", text))
                else:
                    b.children.append(text)
                return nxt
        if isinstance(g, self.g.SimpleGrammar) and b.text is None:
            b.text = Untyped(_collapse(g.s, text))
            b.declared += 1
        elif isinstance(g, self.g.ClassGrammar) and self._free_text(g, b) is not None:
            tf = self._free_text(g, b)
            assert tf is not None
            b.values[tf] = Untyped(_collapse(g.cls._exi_fields[tf].names[0][2], text))
            b.declared += 1
        elif isinstance(g, self.g.ClassGrammar | self.g.SimpleGrammar):
            b.items.append(UndeclaredItem(b.declared, "text", "", "", text))
        else:
            b.children.append(text)
        return st.next_content()

    def _free_text(self, g: Any, b: Any) -> int | None:
        """The simple-content field of a class, if no value has been read for it yet."""
        tf: int | None = self.g._text_field(g)
        return tf if tf is not None and b.values[tf] is None else None

    def child(self, b: Any, st: Any, elem: Any, path: str) -> Any:
        from lxml import etree

        cq = etree.QName(elem)
        qn = (cq.namespace or "", cq.localname)
        cpath = f"{path}/{cq.localname}"
        g = b.grammar
        for op, fi, mi, nxt in st.prods:
            if op == "E":
                f = g.cls._exi_fields[fi]
                if (f.names[mi][0], f.names[mi][1]) == qn:
                    b.set(fi, self.g.field_value(self.element(f.names[mi][2], elem, cpath), f, mi))
                    return nxt
        for op, fi, mi, nxt in st.prods:
            if op == "N" and mi == qn[0]:  # SE(uri:*)
                b.set(fi, self.any_child(qn, elem, cpath))
                return nxt
        for op, fi, _mi, nxt in st.prods:
            if op == "W":
                el = self.any_child(qn, elem, cpath)
                if fi >= 0:
                    b.set(fi, el)
                else:
                    b.children.append(el)
                return nxt
        el = self.any_child(qn, elem, cpath)
        if isinstance(g, self.g.ClassGrammar | self.g.SimpleGrammar):
            b.items.append(UndeclaredItem(b.declared, "element", qn[0], qn[1], el))
        else:
            b.children.append(el)
        return st.next_content()

    def any_child(self, qn: tuple[str, str], elem: Any, path: str) -> AnyElement:
        """An element matched by SE(*): its global declaration, or schema-less content (an xsi:type of
        xs:anyType on it is the cast EXIficient's encoder adds anyway)."""
        decl = self.t.g.ELEMENTS.get(qn)
        if decl is not None:
            return AnyElement(qn[0], qn[1], self.element(decl[0], elem, path))
        raw_type = elem.get(f"{{{XSI}}}type")
        explicit = False
        if raw_type is not None:
            prefix, _, local = raw_type.strip().rpartition(":")
            cast = (elem.nsmap.get(prefix or None) or "", local)
            if cast != (XS, "anyType") and self.t.type_grammar(cast) is not None:
                return AnyElement(qn[0], qn[1], self.element(ANY, elem, path))
            explicit = cast == (XS, "anyType")  # cast before xsi:nil is seen: a real nil then
        value = self.content(self.g.ANY, elem, path, schemaless=not explicit)
        if isinstance(value, Nil):
            return AnyElement(qn[0], qn[1], value)
        value.namespace, value.name = qn
        return value  # type: ignore[no-any-return]


def _collapse(s: S, text: str) -> str:
    if s.kind == "string" or s.builtin in ("string", "normalizedString"):
        return text
    return xml_collapse(text)


def _unpua(text: str) -> str:
    return "".join(chr(ord(ch) - _PUA) if _PUA <= ord(ch) < _PUA + 0x20 else ch for ch in text)

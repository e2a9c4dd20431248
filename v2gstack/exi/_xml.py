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
    DateTime,
    Untyped,
    decimal_lexical,
    float_lexical,
    parse_decimal,
    parse_float,
)

_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


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
        text = " ".join(text.replace("\t", " ").replace("\n", " ").replace("\r", " ").split())
    elif s.builtin == "normalizedString":
        text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    if k in ("bool", "bool2"):
        return parse_bool(text)
    if k in ("int", "uint", "nbit"):
        return int(text.strip())
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
        return [parse_lexical(s.item, t) for t in text.split()]
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
    t = text.strip()
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


class _Writer:
    def __init__(self) -> None:
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

    def element(self, ns: str, local: str, content: Any, value: Any) -> None:
        tag = self.name(ns, local)
        if isinstance(content, S):
            self.parts.append(f"<{tag}>{self.text(lexical(content, value))}</{tag}>")
            return
        attrs = []
        body: list[str] = []
        outer = self.parts
        self.parts = body
        for f in type(value)._exi_fields:
            v = getattr(value, f.attr)
            if v is None:
                continue
            if f.kind == "attr":
                ans, alocal, s = f.names[0]
                attrs.append(f' {self.name(ans, alocal)}="{self.text(lexical(s, v), True)}"')
            elif f.kind == "text":
                body.append(self.text(lexical(f.names[0][2], v)))
            elif f.kind == "elem":
                for item in v if f.max is None or f.max > 1 else [v]:
                    ens, elocal, econtent = _member(f.names, item)
                    self.element(ens, elocal, econtent, item)
            else:
                for item in v if f.max is None or f.max > 1 else [v]:
                    self.any_element(item)
        self.parts = outer
        if body:
            self.parts.append(f"<{tag}{''.join(attrs)}>{''.join(body)}</{tag}>")
        else:
            self.parts.append(f"<{tag}{''.join(attrs)}/>")

    def any_element(self, item: AnyElement) -> None:
        """Wildcard content: a typed global element, or schema-less attributes / text / children."""
        if hasattr(type(item.value), "_exi_fields"):
            self.element(item.namespace, item.name, type(item.value), item.value)
            return
        tag = self.name(item.namespace, item.name)
        attrs = "".join(
            f' {self.name(u, n)}="{self.text(str(val), True)}"'
            for (u, n), val in sorted(item.attributes.items())
        )
        outer = self.parts
        self.parts = []
        if isinstance(item.value, bytes):
            self.parts.append(self.text(lex_b64(item.value)))
        elif isinstance(item.value, bool):
            self.parts.append(lex_bool(item.value))
        elif item.value is not None:
            self.parts.append(self.text(str(item.value)))
        for child in item.children:
            self.any_element(child)
        body = "".join(self.parts)
        self.parts = outer
        self.parts.append(f"<{tag}{attrs}>{body}</{tag}>" if body else f"<{tag}{attrs}/>")


def _member(names: tuple[tuple[str, str, Any], ...], item: Any) -> tuple[str, str, Any]:
    if len(names) == 1:
        return names[0]
    for entry in names:
        if isinstance(entry[2], type) and type(item) is entry[2]:
            return entry
    for entry in names:
        if isinstance(entry[2], S):
            return entry
    raise ExiEncodeError(f"{type(item).__name__} matches none of the elements {[n[1] for n in names]}")


def to_xml(message: Any, element: str | None) -> str:
    mod, idx = _api.root_index(message, element)
    ns, local, cls = mod.DOC[idx][:3]
    w = _Writer()
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
    for entry in mod.DOC:
        if entry[0] == ns and entry[1] == qn.localname and entry[2] is not None:
            return _build(entry[2], root, qn.localname, c0, mod)
    raise ExiDecodeError(f"{{{ns}}}{qn.localname} is not a global element with a complex type")


def _unpua(text: str) -> str:
    return "".join(chr(ord(ch) - _PUA) if _PUA <= ord(ch) < _PUA + 0x20 else ch for ch in text)


def _build(cls: Any, elem: Any, path: str, c0: bool, mod: Any) -> Any:
    from lxml import etree

    kwargs: dict[str, Any] = {}
    children = [c for c in elem if isinstance(c.tag, str)]
    i = 0
    active: dict[int, int] = {}  # choice group -> alternative already started
    blocked: set[tuple[int, int]] = set()  # alternatives that lost a required field
    for f in cls._exi_fields:
        many = f.max is None or f.max > 1
        if f.kind == "attr":
            ans, alocal, s = f.names[0]
            raw = elem.get(f"{{{ans}}}{alocal}" if ans else alocal)
            if raw is not None:
                kwargs[f.attr] = _value(s, raw, f"{path}@{alocal}", c0)
            continue
        if f.kind == "text":
            kwargs[f.attr] = _value(f.names[0][2], elem.text or "", path, c0)
            continue
        if f.kind == "any":
            later = {(n[0], n[1]) for g in cls._exi_fields if g.kind == "elem" for n in g.names}
            found: list[Any] = []
            while i < len(children) and (f.max is None or len(found) < f.max):
                cq = etree.QName(children[i])
                if (cq.namespace or "", cq.localname) in later:
                    break
                found.append(_any_from_xml(children[i], c0, mod, f"{path}/{cq.localname}"))
                i += 1
            kwargs[f.attr] = found if many else (found[0] if found else None)
            continue
        if f.kind != "elem":
            continue
        if f.group and (active.get(f.group, f.alt) != f.alt or (f.group, f.alt) in blocked):
            kwargs[f.attr] = [] if many else None
            continue
        by_name = {(n[0], n[1]): n[2] for n in f.names}
        items: list[Any] = []
        while i < len(children) and (f.max is None or len(items) < f.max):
            cq = etree.QName(children[i])
            content = by_name.get((cq.namespace or "", cq.localname))
            if content is None:
                break
            cpath = f"{path}/{cq.localname}"
            if isinstance(content, S):
                items.append(_value(content, children[i].text or "", cpath, c0))
            else:
                items.append(_build(content, children[i], cpath, c0, mod))
            i += 1
        if f.group:
            if items:
                active[f.group] = f.alt
            elif f.amin >= 1:
                blocked.add((f.group, f.alt))
        if many:
            kwargs[f.attr] = items
        elif items:
            kwargs[f.attr] = items[0]
    if i < len(children):
        raise ExiDecodeError(f"{path}: unexpected element {children[i].tag}")
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ExiDecodeError(f"{path}: {exc}") from None


def _value(s: S, text: str, path: str, c0: bool) -> Any:
    if c0:
        text = _unpua(text)
    try:
        return parse_lexical(s, text)
    except ValueError as exc:
        raise ExiDecodeError(f"{path}: invalid value {text!r}: {exc}") from None


def _any_from_xml(elem: Any, c0: bool, mod: Any, path: str) -> AnyElement:
    """A wildcard child: typed when the schema set declares a global element of that name."""
    from lxml import etree

    qn = etree.QName(elem)
    uri = qn.namespace or ""
    glob = mod.GLOBALS.get((uri, qn.localname))
    if glob is not None and glob[0] is not None:
        return AnyElement(uri, qn.localname, _build(glob[0], elem, path, c0, mod))
    text = elem.text or ""
    if c0:
        text = _unpua(text)
    item = AnyElement(uri, qn.localname, text or None)
    for key, val in elem.attrib.items():
        aq = etree.QName(key)
        item.attributes[(aq.namespace or "", aq.localname)] = _unpua(val) if c0 else val
    for child in elem:
        if isinstance(child.tag, str):
            item.children.append(_any_from_xml(child, c0, mod, f"{path}/{etree.QName(child).localname}"))
    return item

"""Infoset comparison of two XML texts: what EXI keeps, not how the XML happens to be written.

Elements are compared by (namespace, local name), attributes by expanded name, text by a canonical
lexical form: whitespace collapsed, integers/decimals/doubles by value, booleans ``1``/``0`` vs
``true``/``false`` left apart (EXI keeps the type, both sides must agree on it), hex digits case-folded.
Prefixes, namespace declarations, comments and the XML declaration are ignored. XML 1.1 character
references to C0 controls (``&#1;``) are accepted (they cannot be parsed by XML 1.0 parsers).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from lxml import etree

XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

#: Private-use plane used to carry C0 controls through an XML 1.0 parser.
_CARRIER = 0xF0000
_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)")
_DOUBLE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+|-?INF|NaN")
_HEX = re.compile(r"[0-9a-fA-F]+")

#: (expanded name, attributes, canonical text or None, children)
Node = tuple[str, tuple[tuple[str, str], ...], str | None, tuple["Node", ...]]


def _carry_c0(match: re.Match[str]) -> str:
    ref = match.group(1)
    code = int(ref[1:], 16) if ref[0] == "x" else int(ref)
    if 0 < code < 0x20 and code not in (0x9, 0xA, 0xD):
        return chr(_CARRIER + code)
    return match.group(0)


def _uncarry(text: str) -> str:
    return "".join(chr(ord(c) - _CARRIER) if _CARRIER < ord(c) < _CARRIER + 0x20 else c for c in text)


def parse(xml: str) -> etree._Element:
    """Parse XML 1.0 or 1.1 text (C0 character references allowed) into an lxml element."""
    body = _CHAR_REF.sub(_carry_c0, _DECLARATION.sub("", xml, count=1))
    parser = etree.XMLParser(remove_comments=True, remove_pis=True, resolve_entities=False, no_network=True)
    return etree.fromstring(body.encode("utf-8"), parser)


def canonical(text: str) -> str:
    """Canonical lexical form of a simple value."""
    value = " ".join(_uncarry(text).split())
    if value in ("true", "false"):
        return value
    if _INTEGER.fullmatch(value):
        return str(int(value))
    try:
        if _DECIMAL.fullmatch(value):
            normal = Decimal(value).normalize()
            return "0" if normal.is_zero() else format(normal, "f")
        if _DOUBLE.fullmatch(value):
            return repr(float(value.replace("INF", "inf")))
    except (InvalidOperation, ValueError):
        return value
    if _HEX.fullmatch(value) and len(value) % 2 == 0:
        return value.upper()
    return value


def _qname_value(element: etree._Element, value: str) -> str:
    prefix, _, local = value.strip().rpartition(":")
    uri = element.nsmap.get(prefix or None)
    return f"{{{uri}}}{local}" if uri else local


def infoset(element: etree._Element) -> Node:
    """The comparable form of ``element`` and its subtree."""
    attributes = []
    for name, value in element.attrib.items():
        attributes.append((name, _qname_value(element, value) if name == XSI_TYPE else canonical(value)))
    children = tuple(infoset(child) for child in element if isinstance(child.tag, str))
    text = element.text or ""
    content = canonical(text) if text.strip() or not children else None
    return (str(element.tag), tuple(sorted(attributes)), content, children)


def _first_difference(a: Node, b: Node, path: str) -> str | None:
    here = f"{path}/{a[0]}"
    if a[0] != b[0]:
        return f"{path}: element {a[0]} != {b[0]}"
    if a[1] != b[1]:
        return f"{here}: attributes {dict(a[1])} != {dict(b[1])}"
    if a[2] != b[2]:
        return f"{here}: text {a[2]!r} != {b[2]!r}"
    for left, right in zip(a[3], b[3], strict=False):
        difference = _first_difference(left, right, here)
        if difference is not None:
            return difference
    if len(a[3]) != len(b[3]):
        names_a = [child[0] for child in a[3]]
        names_b = [child[0] for child in b[3]]
        return f"{here}: children {names_a} != {names_b}"
    return None


def infoset_difference(xml_a: str, xml_b: str) -> str | None:
    """None if both XML texts have the same infoset, else where and how they first differ."""
    return _first_difference(infoset(parse(xml_a)), infoset(parse(xml_b)), "")


def assert_same_infoset(actual: str, expected: str) -> None:
    """Fail with the first difference (path, what differs) unless both have the same infoset."""
    difference = infoset_difference(actual, expected)
    assert difference is None, f"infosets differ at {difference}\nactual:   {actual}\nexpected: {expected}"

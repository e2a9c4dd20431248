"""xs:any in xmldsig (Object): SE(*) with qnames through the string tables, typed global content and
schema-less content (built-in grammars that do not learn, cast to xs:anyType as EXIficient does).

Expected streams were produced by EXIficient (ISO 15118 options) from the XML shown.
"""

from __future__ import annotations

import pytest

from tests.exi.infoset import infoset_difference
from tests.exi.oracle import require_exificient
from v2gstack import exi
from v2gstack.exi._rt import AnyElement
from v2gstack.exi.namespaces import XMLDSIG
from v2gstack.exi.values import WithUndeclared, XsiType

XS = "http://www.w3.org/2001/XMLSchema"

_HEAD = (
    '<cm:SessionSetupReq xmlns:cm="urn:iso:std:iso:15118:-20:CommonMessages" '
    'xmlns:ct="urn:iso:std:iso:15118:-20:CommonTypes" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
    "<ct:Header><ct:SessionID>0000000000000000</ct:SessionID><ct:TimeStamp>0</ct:TimeStamp><ds:Signature>"
    '<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="x"/><ds:SignatureMethod Algorithm="y"/>'
    '<ds:Reference><ds:Transforms><ds:Transform Algorithm="t"></ds:Transform></ds:Transforms>'
    '<ds:DigestMethod Algorithm="z"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo>'
    "<ds:SignatureValue>AAAA</ds:SignatureValue>"
)
_TAIL = "</ds:Signature></ct:Header><cm:EVCCID>a</cm:EVCCID></cm:SessionSetupReq>"
_PREFIX = "808c0400000000000000000000a0378403794601ba24037a40300000012060000005d0"
CASES = [
    ("<ds:Object><ds:KeyName>abc</ds:KeyName></ds:Object>", _PREFIX + "020056162632803610"),
    (
        '<ds:Object><ds:SignatureValue Id="a">AAAA</ds:SignatureValue><ds:KeyName>x</ds:KeyName></ds:Object>',
        _PREFIX + "06401b080c0000005002003782803610",
    ),
]


@pytest.mark.parametrize(("inner", "expected"), CASES)
def test_declared_elements_in_wildcards_match_exificient(inner: str, expected: str) -> None:
    message = exi.from_xml(_HEAD + inner + _TAIL)
    (obj,) = message.header.signature.object
    assert all(isinstance(item, AnyElement) and item.namespace == XMLDSIG for item in obj.any)
    data = exi.encode(message)
    assert data.hex() == expected
    assert exi.decode(data, "cm") == message
    assert exi.from_xml(exi.to_xml(message)) == message


#: Schema-less content (no global declaration): EXIficient (no built-in grammar learning) casts such an
#: element to xs:anyType (an AT(*) named xsi:type in its built-in start tag, a one-bit code once that
#: qname learned the cast) and writes attributes, text and children with the anyType grammar.
SCHEMA_LESS = [
    ('<ds:Object><foo:Bar xmlns:foo="urn:x"/></ds:Object>',
     "808c0400000000000000000000a0378403794601ba24037a4030000001206000000580575726e3a78044261724c0280"
     "0625006c200"),
    ('<ds:Object><foo:Bar xmlns:foo="urn:x">text</foo:Bar></ds:Object>',
     "808c0400000000000000000000a0378403794601ba24037a4030000001206000000580575726e3a78044261724c0280"
     "06306746578745401b080"),
    ('<ds:Object><foo:Bar xmlns:foo="urn:x" a="1" foo:b="2"><foo:C>x</foo:C>tail<foo:C/>'
     "<ds:KeyName>k</ds:KeyName></foo:Bar></ds:Object>",
     "808c0400000000000000000000a0378403794601ba24037a4030000001206000000580575726e3a78044261724c0280"
     "0601026103311004c4066460090d300a0018c0de1819d185a5b0800a9805000c42801001b595006c200"),
    ('<ds:Object>mixed<foo:Bar xmlns:foo="urn:x"/>more</ds:Object>',
     "808c0400000000000000000000a0378403794601ba24037a4030000001206000000683b6b4bc32b20015d5c9b8e9e0110"
     "985c9300a0018a066d6f72655006c20"),
    ('<ds:Object><Bar z="1" a="2"/></ds:Object>',
     "808c0400000000000000000000a0378403794601ba24037a40300000012060000005904426172580600180813081990204f"
     "406629401b080"),
    ('<ds:Object><foo:Bar xmlns:foo="urn:x" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
     'xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="xs:int">5</foo:Bar></ds:Object>',
     "808c0400000000000000000000a0378403794601ba24037a4030000001206000000580575726e3a78044261724c02800e"
     "80a5006c200"),
    ('<ds:Object><foo:Bar xmlns:foo="urn:x">  <foo:C/>  </foo:Bar><foo:Bar xmlns:foo="urn:x">  </foo:Bar>'
     "</ds:Object>",
     "808c0400000000000000000000a0378403794601ba24037a4030000001206000000580575726e3a78044261724c0280061802"
     "434c028006248005300a0018c1080815006c200"),
]


@pytest.mark.parametrize(("inner", "expected"), SCHEMA_LESS)
def test_schema_less_wildcard_content_matches_exificient(inner: str, expected: str) -> None:
    message = exi.decode(bytes.fromhex(expected), "cm")
    assert exi.encode(message).hex() == expected
    assert exi.encode(exi.from_xml(_HEAD + inner + _TAIL)).hex() == expected
    assert exi.from_xml(exi.to_xml(message)) == message


def test_schema_less_content_model() -> None:
    message = exi.decode(bytes.fromhex(SCHEMA_LESS[2][1]), "cm")
    (bar,) = message.header.signature.object[0].any
    assert (bar.namespace, bar.name, bar.value) == ("urn:x", "Bar", None)
    assert bar.attributes == {("", "a"): "1", ("urn:x", "b"): "2"}
    c1, tail, c2, key = bar.children
    assert (c1.name, c1.value, tail, c2.name, c2.value) == ("C", "x", "tail", "C", None)
    assert (key.namespace, key.name, key.value) == (XMLDSIG, "KeyName", "k")  # a declared global element
    mixed = exi.decode(bytes.fromhex(SCHEMA_LESS[3][1]), "cm").header.signature.object[0]
    assert isinstance(mixed, WithUndeclared)  # Object is mixed: its text is kept in order
    assert [(u.at, u.kind, u.value) for u in mixed.undeclared] == [(0, "text", "mixed"), (1, "text", "more")]
    cast = exi.decode(bytes.fromhex(SCHEMA_LESS[5][1]), "cm").header.signature.object[0].any[0]
    assert cast.value == XsiType((XS, "int"), 5)


@pytest.mark.exificient
@pytest.mark.parametrize(("inner", "expected"), SCHEMA_LESS)
def test_schema_less_content_against_exificient(inner: str, expected: str) -> None:
    oracle = require_exificient()
    xml = _HEAD + inner + _TAIL
    assert oracle.encode_xml(xml, "cm").hex() == expected
    message = exi.decode(bytes.fromhex(expected), "cm")
    theirs = oracle.decode_xml(bytes.fromhex(expected), "cm")
    assert infoset_difference(exi.to_xml(message), theirs) is None  # with EXIficient's xsi:type="xs:anyType"

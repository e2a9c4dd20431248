"""Attribute wildcards (AT(*), AT(uri:*)) and element wildcards with namespace lists (SE(uri:*)), EXI 1.0
§8.5.4.1.3, which the ISO 15118 schemas do not use: tests/exi/data/wildcards.xsd compiled at test
time, compared with EXIficient using the same schema. Such types are coded by the generic path.
"""

from __future__ import annotations

import pytest

from tests.exi.infoset import infoset_difference
from tests.exi.oracle import require_exificient
from tests.exi.synthetic import load, namespace, xsd
from v2gstack import exi
from v2gstack.exi._rt import AnyElement

NS = namespace("wildcards")
_HEAD = f'<w:Root xmlns:w="{NS}" xmlns:a="urn:a" xmlns:b="urn:b" xmlns:c="urn:c">'

CASES = [
    ("declared attributes only", '<w:Open n="1"><w:V>1</w:V></w:Open>'),
    ("AT(*) among declared attributes", '<w:Open n="1" a:x="y" zz="q" b:k="2" id="i"><w:V>1</w:V></w:Open>'),
    ("local names learned per stream",
     '<w:Open n="1" a:x="y"><w:V>1</w:V></w:Open><w:Open n="2" a:x="z" a:y="w"><w:V>2</w:V></w:Open>'),
    ("AT(uri:*), SE(uri:*) and undeclared ones",
     '<w:Listed a:p="1" q="2" c:r="3"><a:E>x</a:E><b:F/><G/><c:H/><w:End>true</w:End></w:Listed>'),
    ("SE(uri:*) in schema order, schema-less content",
     '<w:Listed><a:E>x</a:E><a:E>y</a:E><b:F a="1"><a:G/></b:F></w:Listed>'),
    ("##targetNamespace wildcard, declared globals", "<w:Own><w:Item>1.5</w:Item><w:Root/></w:Own>"),
    ("##targetNamespace wildcard, undeclared name", "<w:Own><w:Unknown>t</w:Unknown></w:Own>"),
]


@pytest.mark.exificient
@pytest.mark.parametrize(("what", "body"), CASES, ids=[c[0] for c in CASES])
def test_wildcards_match_exificient(what: str, body: str) -> None:
    oracle = require_exificient()
    load("wildcards")
    xml = _HEAD + body + "</w:Root>"
    theirs = oracle.encode_xml_with_schema(xml, xsd("wildcards"))
    message = exi.decode(theirs, NS)
    assert exi.encode(message) == theirs
    assert exi.from_xml(xml) == message
    ours_xml = exi.to_xml(message)
    assert infoset_difference(ours_xml, oracle.decode_xml_with_schema(theirs, xsd("wildcards"))) is None
    assert exi.from_xml(ours_xml) == message


def test_wildcard_fields_round_trip() -> None:
    mod = load("wildcards")
    message = mod.Root(
        open=[mod.Open(n=1, v=2, any_attribute={("urn:a", "x"): "y", ("", "b"): "c"})],
        listed=mod.Listed(
            any_attribute={("urn:a", "p"): "1"},
            any=[AnyElement("urn:b", "F", "text"), AnyElement("", "G", children=[AnyElement("urn:a", "H")])],
            end=False,
        ),
        own=mod.Own(any=[AnyElement(NS, "Item", exi_decimal("2.5"))]),
    )
    data = exi.encode(message)
    assert exi.decode(data, NS) == message
    assert exi.from_xml(exi.to_xml(message)) == message
    outside = mod.Root(listed=mod.Listed(any_attribute={("urn:c", "p"): "1"}))  # urn:c is not allowed
    with pytest.raises(exi.ExiEncodeError, match="not allowed by the attribute wildcard"):
        exi.encode(outside)


def exi_decimal(text: str) -> object:
    from decimal import Decimal

    return Decimal(text)

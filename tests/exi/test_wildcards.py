"""xs:any in xmldsig (Object): SE(*) with qnames through the string tables, typed global content.

Expected streams were produced by EXIficient (ISO 15118 options) from the XML shown.
"""

from __future__ import annotations

import pytest

from v2gstack import exi
from v2gstack.exi._rt import AnyElement
from v2gstack.exi.namespaces import XMLDSIG

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


def test_schema_less_wildcard_content_is_a_clear_error() -> None:
    message = exi.from_xml(_HEAD + '<ds:Object><foo:Bar xmlns:foo="urn:x"/></ds:Object>' + _TAIL)
    with pytest.raises(exi.ExiEncodeError, match="no global declaration"):
        exi.encode(message)

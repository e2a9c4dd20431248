"""EXI fragments (EXI 1.0 §8.5.2) as signed in ISO 15118-20: round trip and the real PnC digest."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from v2gstack import exi
from v2gstack.exi.namespaces import ISO20_CM, XMLDSIG
from v2gstack.exi.testing import instances

PNC = "iso20-authorizationreq-josev-d459e1"


def test_pnc_digest_matches_the_signature(exi_vectors: list[dict[str, Any]]) -> None:
    vector = next(v for v in exi_vectors if v["id"] == PNC)
    message = exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"])
    signed = message.pn_c_a_req_authorization_mode
    (reference,) = message.header.signature.signed_info.reference
    assert reference.uri == "#" + signed.id
    fragment = exi.encode_fragment(signed, f"{{{ISO20_CM}}}PnC_AReqAuthorizationMode")
    assert hashlib.sha256(fragment).digest() == reference.digest_value
    assert exi.decode_fragment(fragment, "cm") == signed
    info = message.header.signature.signed_info
    data = exi.encode_fragment(info, f"{{{XMLDSIG}}}SignedInfo")
    assert exi.decode_fragment(data, XMLDSIG) == info


def test_fragment_errors() -> None:
    from v2gstack.exi.generated import iso20_ct

    with pytest.raises(exi.ExiEncodeError):
        exi.encode_fragment(iso20_ct.RationalNumber(exponent=0, value=1), f"{{{XMLDSIG}}}SignedInfo")
    with pytest.raises(exi.ExiDecodeError):
        exi.decode_fragment(b"\x80", "cm")
    with pytest.raises(exi.ExiDecodeError):
        exi.decode_fragment(b"", "cm")


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(instances(__import__("v2gstack.exi.generated.xmldsig", fromlist=["SignedInfo"]).SignedInfo))
def test_signed_info_fragment_roundtrip(info: Any) -> None:
    data = exi.encode_fragment(info, f"{{{XMLDSIG}}}SignedInfo")
    assert exi.decode_fragment(data, "http://www.w3.org/2000/09/xmldsig#") == info

"""Real EXI streams (../shared/vectors/exi_vectors.json): decode, re-encode byte-identically, XML infoset."""

from __future__ import annotations

import contextlib
import re
from typing import Any

import pytest
from lxml import etree  # type: ignore[import-untyped]

from tests.conftest import SHARED
from v2gstack import exi


def _load() -> list[dict[str, Any]]:
    import json

    path = SHARED / "vectors" / "exi_vectors.json"
    if not path.exists():
        return []
    vectors: list[dict[str, Any]] = json.loads(path.read_text())["vectors"]
    return vectors


VECTORS = _load()
ACCEPTED = [
    v for v in VECTORS if not v["negative"] and (v["cbv2g_verified"] or v["exificient_reencode_identical"])
]
OTHERS = [v for v in VECTORS if v not in ACCEPTED]


def _root_element(v: dict[str, Any]) -> str | None:
    # ACDP_ConnectReq/ACDP_DisconnectReq (and the responses) share one type: name the root
    name: str = v["message"].split()[0]
    return name if name.startswith("ACDP_") else None


def _canon(e: Any) -> tuple[Any, ...]:
    return (etree.QName(e).text, sorted(e.attrib.items()), (e.text or "").strip(), [_canon(c) for c in e])


def _tree(xml: str) -> tuple[Any, ...]:
    """Infoset of an XML text; C0 character references (XML 1.1) are mapped to a visible escape."""
    xml = re.sub(r"^<\?xml[^>]*\?>", "", xml)
    xml = re.sub(
        r"&#([0-9]+);", lambda m: f"\\u{int(m.group(1)):04x}" if int(m.group(1)) < 32 else m.group(0), xml
    )
    return _canon(etree.fromstring(xml.encode("utf-8")))


def test_vectors_present(exi_vectors: list[dict[str, Any]]) -> None:
    assert len(ACCEPTED) >= 200, "the shared vector file shrank: check ../shared/vectors"


@pytest.mark.parametrize("vector", ACCEPTED, ids=[v["id"] for v in ACCEPTED])
def test_roundtrip_identical(vector: dict[str, Any]) -> None:
    data = bytes.fromhex(vector["hex"])
    message = exi.decode(data, vector["namespace"])
    assert exi.encode(message, _root_element(vector)) == data


@pytest.mark.parametrize("vector", ACCEPTED, ids=[v["id"] for v in ACCEPTED])
def test_xml_infoset_matches_exificient(vector: dict[str, Any]) -> None:
    message = exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"])
    xml = exi.to_xml(message, _root_element(vector))
    assert _tree(xml) == _tree(vector["exificient_xml"])
    assert exi.from_xml(xml) == message
    reference = vector["exificient_xml"]
    if vector.get("exificient_xml_is_xml11"):
        reference = '<?xml version="1.1"?>' + reference
    assert exi.from_xml(reference) == message


@pytest.mark.parametrize("vector", OTHERS, ids=[v["id"] for v in OTHERS])
def test_negative_and_rejected_vectors_never_crash(vector: dict[str, Any]) -> None:
    data = bytes.fromhex(vector["hex"])
    try:
        message = exi.decode(data, vector["namespace"])
    except exi.ExiDecodeError:
        return
    # accepted: it must at least re-encode or fail with a typed error
    with contextlib.suppress(exi.ExiEncodeError):
        exi.encode(message, _root_element(vector))

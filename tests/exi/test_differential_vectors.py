"""Our codec against EXIficient's recorded decodings of the field's streams (no Java needed).

For every vector EXIficient decoded: our ``exi.decode`` must give a message whose ``exi.to_xml`` has
the infoset of ``exificient_xml``, and ``exi.encode`` must give the original bytes back. Streams that
EXIficient rejects must be rejected with a typed error (or decoded), never crash another way.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
from typing import Any

import pytest

from tests.conftest import SHARED
from tests.exi.infoset import infoset_difference, parse
from v2gstack.exi.errors import ExiDecodeError


def _load() -> list[dict[str, Any]]:
    path = SHARED / "vectors" / "exi_vectors.json"
    if not path.is_file():
        return []
    vectors: list[dict[str, Any]] = json.loads(path.read_text())["vectors"]
    return vectors


VECTORS = _load()
DECODABLE = [v for v in VECTORS if v["exificient_xml"] is not None and v["exificient_reencode_identical"]]
REJECTED = [v for v in VECTORS if v["exificient_xml"] is None]


def _codec(xml_mapping: bool = True) -> Any:
    """Our codec, or skip while the part these tests need has not landed."""
    exi = importlib.import_module("v2gstack.exi")
    if not hasattr(exi, "decode"):
        pytest.skip("our EXI codec has no decode yet")
    if xml_mapping and importlib.util.find_spec("v2gstack.exi._xml") is None:
        pytest.skip("our codec's XML mapping (to_xml/from_xml) has not landed yet")
    return exi


def _root_name(xml: str) -> str:
    return str(parse(xml).tag)


def test_vectors_loaded(exi_vectors: list[dict[str, Any]]) -> None:
    assert len(DECODABLE) >= 200 and REJECTED


@pytest.mark.parametrize("vector", DECODABLE, ids=[v["id"] for v in DECODABLE])
def test_decodes_like_exificient_and_reencodes_identically(vector: dict[str, Any]) -> None:
    exi = _codec()
    data = bytes.fromhex(vector["hex"])
    message = exi.decode(data, vector["namespace"])
    root = _root_name(vector["exificient_xml"])
    xml = exi.to_xml(message, root)
    difference = infoset_difference(xml, vector["exificient_xml"])
    assert difference is None, f"{difference}\nours:       {xml}\nEXIficient: {vector['exificient_xml']}"
    assert exi.encode(message, root).hex() == vector["hex"]


@pytest.mark.parametrize("vector", REJECTED, ids=[v["id"] for v in REJECTED])
def test_streams_exificient_rejects_fail_cleanly(vector: dict[str, Any]) -> None:
    exi = _codec(xml_mapping=False)
    with contextlib.suppress(ExiDecodeError):
        exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"])

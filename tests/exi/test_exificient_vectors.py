"""The EXIficient backend against the field's EXI streams: configured exactly like the field.

For every vector EXIficient could decode when the vectors were collected, our backend must decode the
hex to the same infoset and re-encode it (and the stored XML) to the very same bytes. Streams that the
field's options reject must be rejected with EXIficient's reason.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import SHARED
from tests.exi.infoset import assert_same_infoset
from tests.exi.oracle import require_exificient
from v2gstack.exi.errors import ExiDecodeError
from v2gstack.exi.exificient import Exificient, is_xml11

pytestmark = pytest.mark.exificient


def _load() -> list[dict[str, Any]]:
    path = SHARED / "vectors" / "exi_vectors.json"
    if not path.is_file():
        return []
    vectors: list[dict[str, Any]] = json.loads(path.read_text())["vectors"]
    return vectors


VECTORS = _load()
DECODABLE = [v for v in VECTORS if v["exificient_xml"] is not None]
IDENTICAL = [v for v in DECODABLE if v["exificient_reencode_identical"]]
REJECTED = [v for v in VECTORS if v["exificient_xml"] is None]


def _ids(vectors: list[dict[str, Any]]) -> list[str]:
    return [v["id"] for v in vectors]


@pytest.fixture(scope="module")
def backend() -> Exificient:
    return require_exificient()


def test_vector_file_has_exificient_decodings(exi_vectors: list[dict[str, Any]]) -> None:
    # Guards the parametrisations below against silently running on nothing.
    assert len(DECODABLE) >= 200
    assert len(IDENTICAL) == len(DECODABLE)
    assert len(REJECTED) == len(exi_vectors) - len(DECODABLE)


@pytest.mark.parametrize("vector", DECODABLE, ids=_ids(DECODABLE))
def test_decode_matches_stored_xml(backend: Exificient, vector: dict[str, Any]) -> None:
    xml = backend.decode_xml(bytes.fromhex(vector["hex"]), vector["namespace"])
    assert_same_infoset(xml, vector["exificient_xml"])
    assert is_xml11(xml) == bool(vector.get("exificient_xml_is_xml11"))


@pytest.mark.parametrize("vector", IDENTICAL, ids=_ids(IDENTICAL))
def test_reencode_is_byte_identical(backend: Exificient, vector: dict[str, Any]) -> None:
    data = bytes.fromhex(vector["hex"])
    assert data[0] == 0x80
    assert backend.encode_xml(backend.decode_xml(data, vector["namespace"]), vector["namespace"]) == data
    # The stored XML, which did not come from this backend, encodes to the same bytes too.
    assert backend.encode_xml(vector["exificient_xml"], vector["namespace"]).hex() == vector["hex"]


@pytest.mark.parametrize("vector", REJECTED, ids=_ids(REJECTED))
def test_rejects_what_the_field_rejects(backend: Exificient, vector: dict[str, Any]) -> None:
    # e.g. "TransformerException: java.io.EOFException: Premature EOS ..." -> its innermost cause's class
    innermost = vector["exificient_error"].split(" <- ")[-1].split(":")[0]
    with pytest.raises(ExiDecodeError, match=innermost):
        backend.decode_xml(bytes.fromhex(vector["hex"]), vector["namespace"])

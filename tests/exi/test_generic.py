"""The generic (table-driven) path and the generated codecs agree on every declared message.

The generic path (v2gstack.exi._generic, tables _codec_<set>_g) takes over for second-level events;
it must read and write exactly what the generated code does for everything else: every vector, and
Hypothesis messages of every namespace.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED
from v2gstack import exi
from v2gstack.exi import _api, namespaces
from v2gstack.exi.testing import elements, messages

NAMESPACES = ["sap", "cm", "dc", "ac", "wpt", "acdp", "iso2", "din"]


def _vectors() -> list[dict[str, Any]]:
    path = SHARED / "vectors" / "exi_vectors.json"
    if not path.exists():
        return []
    vectors: list[dict[str, Any]] = json.loads(path.read_text())["vectors"]
    return [v for v in vectors if not v["negative"] and v["cbv2g_verified"]]


VECTORS = _vectors()


@pytest.mark.skipif(not VECTORS, reason="../shared/vectors is absent")
@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_vectors_through_the_generic_path(vector: dict[str, Any]) -> None:
    data = bytes.fromhex(vector["hex"])
    message = exi.decode(data, vector["namespace"])
    assert _api.decode_generic(data, vector["namespace"]) == message
    uri = namespaces.resolve(vector["namespace"])
    element = next(
        (f"{{{e[0]}}}{e[1]}" for e in _api.codec(_api.codec_for_namespace(uri)).DOC
         if e[2] is type(message) and data == _encode_or_none(message, f"{{{e[0]}}}{e[1]}")),
        None,
    )
    assert element is not None
    assert _api.encode_generic(message, element) == data


def _encode_or_none(message: Any, element: str) -> bytes | None:
    try:
        return exi.encode(message, element)
    except exi.ExiEncodeError:
        return None


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_hypothesis_messages_through_the_generic_path(namespace: str) -> None:
    uri = namespaces.resolve(namespace)

    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.sampled_from(elements(namespace)).flatmap(
        lambda name: messages(namespace, name).map(lambda m: (f"{{{uri}}}{name}", m))))
    def run(pair: tuple[str, Any]) -> None:
        element, message = pair
        data = exi.encode(message, element)
        assert _api.encode_generic(message, element) == data
        assert _api.decode_generic(data, namespace) == message

    run()

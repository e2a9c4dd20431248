"""Property tests: for every global element of every namespace, random valid messages survive
encode -> decode and to_xml -> from_xml unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from v2gstack import exi
from v2gstack.exi.namespaces import ALIASES
from v2gstack.exi.testing import elements, messages

CASES = [(alias, name) for alias in sorted(ALIASES) for name in elements(alias)]
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize(("alias", "element"), CASES, ids=[f"{a}-{e}" for a, e in CASES])
def test_encode_decode_roundtrip(alias: str, element: str) -> None:
    @SETTINGS
    @given(messages(alias, element))
    def check(message: Any) -> None:
        data = exi.encode(message, element)
        assert data[0] == 0x80
        assert exi.decode(data, alias) == message
        assert exi.encode(exi.decode(data, alias), element) == data

    check()


@pytest.mark.parametrize(("alias", "element"), CASES, ids=[f"{a}-{e}" for a, e in CASES])
def test_xml_roundtrip(alias: str, element: str) -> None:
    @SETTINGS
    @given(messages(alias, element))
    def check(message: Any) -> None:
        assert exi.from_xml(exi.to_xml(message, element)) == message

    check()


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_any_namespace_message_roundtrips(data: st.DataObject) -> None:
    alias = data.draw(st.sampled_from(sorted(ALIASES)))
    element = data.draw(st.sampled_from(elements(alias)))
    message = data.draw(messages(alias, element))
    assert exi.decode(exi.encode(message, element), alias) == message

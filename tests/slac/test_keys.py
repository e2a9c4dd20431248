"""NID and NMK-HS derivation against the shared key vectors."""

from __future__ import annotations

from typing import Any

import pytest

from v2gstack.slac.errors import SlacError
from v2gstack.slac.keys import derive_nid, nmk_from_password, random_nmk


def test_key_vectors(slac_vectors: dict[str, Any]) -> None:
    vectors = slac_vectors["key_vectors"]
    assert vectors
    for vec in vectors:
        if "password" in vec:
            nmk = nmk_from_password(vec["password"])
            assert nmk.hex() == vec["nmk_hs"]
        else:
            nmk = bytes.fromhex(vec["nmk"])
        assert derive_nid(nmk).hex() == vec["nid"]


def test_security_level_goes_into_bits_4_and_5() -> None:
    nmk = bytes(range(16))
    low, high = derive_nid(nmk, 0), derive_nid(nmk, 2)
    assert low[:6] == high[:6]
    assert high[6] == low[6] | 0x20


def test_random_nmk_is_fresh() -> None:
    assert len(random_nmk()) == 16
    assert random_nmk() != random_nmk()


@pytest.mark.parametrize(("nmk", "level"), [(b"short", 0), (bytes(16), 4)])
def test_bad_inputs_raise_typed_errors(nmk: bytes, level: int) -> None:
    with pytest.raises(SlacError):
        derive_nid(nmk, level)

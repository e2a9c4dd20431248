"""Hostile input: truncations, bit flips, random bytes, huge length prefixes -> ExiDecodeError, fast."""

from __future__ import annotations

import contextlib
import json
import random
import time
import tracemalloc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED
from v2gstack import exi
from v2gstack.exi.namespaces import ALIASES


def _vectors() -> list[dict[str, Any]]:
    path = SHARED / "vectors" / "exi_vectors.json"
    if not path.exists():
        return []
    vectors: list[dict[str, Any]] = json.loads(path.read_text())["vectors"]
    return [v for v in vectors if not v["negative"] and v["cbv2g_verified"]]


VECTORS = _vectors()


def _decode_or_error(data: bytes, namespace: str) -> None:
    with contextlib.suppress(exi.ExiDecodeError):
        exi.decode(data, namespace)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_every_truncation_is_rejected(vector: dict[str, Any]) -> None:
    data = bytes.fromhex(vector["hex"])
    full = exi.decode(data, vector["namespace"])
    for n in range(len(data)):
        try:
            got = exi.decode(data[:n], vector["namespace"])
        except exi.ExiDecodeError:
            continue
        # a prefix may only decode if the cut fell into the final padding / trailing optional bits
        assert n >= len(data) - 1 and got is not None, f"prefix of {n} bytes decoded: {got!r} vs {full!r}"


@pytest.mark.parametrize("vector", VECTORS[::3], ids=[v["id"] for v in VECTORS[::3]])
def test_bit_flips_never_crash(vector: dict[str, Any]) -> None:
    data = bytearray.fromhex(vector["hex"])
    rng = random.Random(vector["id"])
    positions = range(len(data) * 8) if len(data) <= 64 else rng.sample(range(len(data) * 8), 512)
    for bit in positions:
        flipped = bytearray(data)
        flipped[bit // 8] ^= 0x80 >> (bit % 8)
        _decode_or_error(bytes(flipped), vector["namespace"])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(ALIASES)), st.binary(max_size=200))
def test_random_bytes_never_crash(alias: str, data: bytes) -> None:
    _decode_or_error(data, alias)
    _decode_or_error(b"\x80" + data, alias)


@pytest.mark.skipif(not VECTORS, reason="../shared/vectors is absent")
@settings(max_examples=200, deadline=None)
@given(st.data(), st.binary(min_size=1, max_size=64))
def test_random_tails_after_a_valid_prefix(data: st.DataObject, tail: bytes) -> None:
    vector = data.draw(st.sampled_from(VECTORS))
    raw = bytes.fromhex(vector["hex"])
    cut = data.draw(st.integers(1, len(raw)))
    _decode_or_error(raw[:cut] + tail, vector["namespace"])


def test_huge_length_prefixes_do_not_allocate() -> None:
    # SessionSetupReq (cm): header, then EVCCID whose string length prefix claims ~2**62 characters
    vector = next(v for v in VECTORS if v["message"] == "SessionSetupReq")
    data = bytes.fromhex(vector["hex"])
    message = exi.decode(data, "cm")
    message.evccid = "A"
    good = exi.encode(message)
    # find the length byte (3 = len 1 + 2) followed by 'A' (0x41) at any bit alignment
    bits = int.from_bytes(good, "big")
    total = len(good) * 8
    target = (3 << 8) | 0x41
    for shift in range(total - 16, -1, -1):
        if (bits >> shift) & 0xFFFF == target:
            break
    else:
        pytest.fail("length prefix not found")
    huge = (
        (0xFF << 56)
        | (0xFF << 48)
        | (0xFF << 40)
        | (0xFF << 32)
        | (0xFF << 24)
        | (0xFF << 16)
        | (0xFF << 8)
        | 0x7F
    )
    prefix = bits >> (shift + 16)
    rest = bits & ((1 << shift) - 1)
    forged_bits = (((prefix << 64) | huge) << (8 + shift)) | (0x41 << shift) | rest
    forged = forged_bits.to_bytes((total + 56 + 7) // 8, "big")
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(exi.ExiDecodeError, match="length"):
        exi.decode(forged, "cm")
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.5
    assert peak < 1_000_000


def test_header_errors_are_clear() -> None:
    with pytest.raises(exi.ExiDecodeError, match="empty"):
        exi.decode(b"", "dc")
    with pytest.raises(exi.ExiDecodeError, match="header"):
        exi.decode(b"\x81\x00", "dc")
    with pytest.raises(exi.ExiDecodeError, match="cookie"):
        exi.decode(b"$EXI\x80", "dc")
    with pytest.raises(exi.ExiDecodeError, match="unknown namespace"):
        exi.decode(b"\x80\x00", "nope")


def test_decode_error_names_bit_offset_and_grammar_position() -> None:
    vector = next(v for v in VECTORS if v["message"] == "SessionSetupReq")
    data = bytes.fromhex(vector["hex"])
    with pytest.raises(exi.ExiDecodeError, match=r"bit \d+.* in \w+") as info:
        exi.decode(data[: len(data) // 2], "cm")
    assert "SessionSetupReq" in str(info.value) or "MessageHeader" in str(info.value)


# ---------------------------------------------------------------------------------------------
# datatypes beyond ISO 15118 and the generic path (second-level events), on the synthetic schemas


def _synthetic(name: str) -> str:
    from tests.exi.synthetic import load, namespace

    load(name)
    return namespace(name)


def _sample_streams() -> list[tuple[str, bytes]]:
    """Valid streams of the synthetic schemas, made by our encoder (no Java needed)."""
    from tests.exi.test_second_level import CASES

    ns = _synthetic("secondlevel")
    out = []
    for what, xml in CASES:
        if what.startswith(("undeclared root", "premature")):
            continue
        out.append((ns, exi.encode(exi.from_xml(xml))))
    return out


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["datatypes", "secondlevel"]), st.binary(max_size=200))
def test_random_bytes_never_crash_synthetic(name: str, data: bytes) -> None:
    ns = _synthetic(name)
    _decode_or_error(b"\x80" + data, ns)


def test_bit_flips_and_truncations_of_second_level_streams() -> None:
    for ns, data in _sample_streams():
        exi.decode(data, ns)
        for n in range(len(data)):
            _decode_or_error(data[:n], ns)
        for bit in range(len(data) * 8):
            flipped = bytearray(data)
            flipped[bit // 8] ^= 0x80 >> (bit % 8)
            _decode_or_error(bytes(flipped), ns)


def _forge_after(good: bytes, marker: int, marker_bits: int, huge_bits: int) -> bytes:
    """Replace the value ``marker`` (``marker_bits`` wide) in ``good`` by an unsigned integer that
    claims 2**huge_bits, keeping the bits after it."""
    bits = int.from_bytes(good, "big")
    total = len(good) * 8
    for shift in range(total - marker_bits, -1, -1):
        if (bits >> shift) & ((1 << marker_bits) - 1) == marker:
            break
    else:
        pytest.fail("marker not found")
    groups = huge_bits // 7 + 1
    huge = 0
    for i in range(groups):  # 7-bit groups, all but the last with the continuation bit
        huge = (huge << 8) | (0xFF if i < groups - 1 else 0x7F)
    prefix = bits >> (shift + marker_bits)
    rest = bits & ((1 << shift) - 1)
    forged = (((prefix << (8 * groups)) | huge) << shift) | rest
    return forged.to_bytes((total - marker_bits + 8 * groups + 7) // 8, "big")


@pytest.mark.parametrize(
    ("schema", "xml", "marker", "bits"),
    [
        # an undeclared attribute's value (second-level AT(*), generic path): length 1 + 2, then 'q'
        ("secondlevel", '<t:Root xmlns:t="urn:v2gstack:test:secondlevel" xmlns:o="urn:other" version="1" '
         'o:x="q"><t:Base><t:A>1</t:A></t:Base></t:Root>', (3 << 8) | ord("q"), 16),
        # a list's item count (datatypes): 3 items
        ("datatypes", '<t:Lists xmlns:t="urn:v2gstack:test:datatypes"><t:Ints>7 8 9</t:Ints></t:Lists>',
         3, 8),
    ],
    ids=["undeclared attribute value", "list length"],
)
def test_huge_length_prefixes_in_new_paths_do_not_allocate(
    schema: str, xml: str, marker: int, bits: int
) -> None:
    ns = _synthetic(schema)
    forged = _forge_after(exi.encode(exi.from_xml(xml)), marker, bits, 60)
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(exi.ExiDecodeError, match="exceeds the remaining input"):
        exi.decode(forged, ns)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.5
    assert peak < 2_000_000


def test_deep_schema_less_nesting_is_a_decode_error() -> None:
    import sys

    from v2gstack.exi._rt import AnyElement

    ns = _synthetic("secondlevel")
    mod = __import__("_v2g_test_secondlevel.secondlevel", fromlist=["x"])
    leaf = AnyElement("urn:other", "n")
    node = leaf
    for _ in range(3000):
        node = AnyElement("urn:other", "n", children=[node])
    bag = mod.Bag(label="l", any=[node])
    message = mod.Root(version=1, base=mod.Base(a=1), bag=bag)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(100_000)
    try:
        data = exi.encode(message)
    finally:
        sys.setrecursionlimit(limit)
    with pytest.raises(exi.ExiDecodeError, match="deeply"):
        exi.decode(data, ns)

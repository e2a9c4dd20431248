"""The infoset comparison used by the oracle tests: equal what EXI keeps equal, and nothing more."""

from __future__ import annotations

import pytest

from tests.exi.infoset import assert_same_infoset, canonical, infoset_difference

A = "urn:a"


def test_prefixes_declarations_and_layout_are_ignored() -> None:
    assert infoset_difference(
        f'<p:R xmlns:p="{A}" xmlns:unused="urn:x"><p:V>1</p:V></p:R>',
        f'<?xml version="1.0"?>\n<R xmlns="{A}">\n  <V> 1 </V>\n</R>',
    ) is None


@pytest.mark.parametrize(("left", "right"), [
    ("+007", "7"), ("1.50", "1.5"), ("100.0", "100"), ("-0.0", "0"), ("1E3", "1000.0E0"),
    ("0a1B", "0A1b"), ("a  b\n c", "a b c"), ("true", "true"),
])
def test_equal_lexical_forms(left: str, right: str) -> None:
    assert canonical(left) == canonical(right)


@pytest.mark.parametrize(("left", "right"), [("1", "true"), ("0", "false"), ("12", "13"), ("ab", "abc")])
def test_different_values(left: str, right: str) -> None:
    assert canonical(left) != canonical(right)


@pytest.mark.parametrize(("other", "where"), [
    (f'<R xmlns="{A}"><V>2</V></R>', "text '1' != '2'"),
    ('<R xmlns="urn:b"><V>1</V></R>', "element {urn:a}R != {urn:b}R"),
    (f'<R xmlns="{A}"><V>1</V><V>1</V></R>', "children"),
    (f'<R xmlns="{A}" Id="x"><V>1</V></R>', "attributes"),
    (f'<R xmlns="{A}"><W>1</W></R>', "element {urn:a}V != {urn:a}W"),
])
def test_differences_are_located(other: str, where: str) -> None:
    difference = infoset_difference(f'<R xmlns="{A}"><V>1</V></R>', other)
    assert difference is not None and where in difference
    with pytest.raises(AssertionError, match="infosets differ"):
        assert_same_infoset(f'<R xmlns="{A}"><V>1</V></R>', other)


def test_xsi_type_compared_by_expanded_name() -> None:
    xsi = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    assert infoset_difference(
        f'<R xmlns="{A}" {xsi} xmlns:q="{A}" xsi:type="q:T"/>', f'<R xmlns="{A}" {xsi} xsi:type="T"/>'
    ) is None
    assert infoset_difference(f'<R xmlns="{A}" {xsi} xsi:type="T"/>', f'<R xmlns="{A}" {xsi} xsi:type="U"/>')


def test_xml11_control_character_references() -> None:
    xml11 = f'<?xml version="1.1"?><R xmlns="{A}">&#x1;&#2;</R>'
    assert infoset_difference(f'<R xmlns="{A}">&#1;&#x2;</R>', xml11) is None
    assert infoset_difference(f'<R xmlns="{A}">&#1;</R>', f'<R xmlns="{A}">&#2;</R>')

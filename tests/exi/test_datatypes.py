"""EXI 1.0 §7 datatypes the ISO 15118 schemas do not use: decimal, float, date-time, list, restricted
character sets, 2-bit booleans, unions/QName/duration as strings, integer facet edge cases.

The synthetic schema tests/exi/data/datatypes.xsd is compiled with our compiler at test time. Every
property is checked against EXIficient with the same schema: identical bytes for Hypothesis-drawn
messages, each side decodes the other's output, and EXIficient's canonical lexical forms.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exi.infoset import infoset_difference
from tests.exi.oracle import require_exificient
from tests.exi.synthetic import load, namespace, xsd
from v2gstack import exi
from v2gstack.exi import _api
from v2gstack.exi.compiler.regexset import restricted_set
from v2gstack.exi.testing import instances
from v2gstack.exi.values import DateTime, ExactFloat, decimal_lexical, float_lexical, parse_float

NS = namespace("datatypes")
ROOTS = ["Dates", "Numbers", "Lists", "Others", "Amount"]


def _messages() -> st.SearchStrategy[Any]:
    mod = load("datatypes")
    return st.one_of([instances(getattr(mod, name)) for name in ROOTS])


def _field_simple(cls: Any, attr: str) -> Any:
    (f,) = [f for f in cls._exi_fields if f.attr == attr]
    return f.names[0][2]


# ---------------------------------------------------------------------------------------------
# compile time: which representation each type gets (EXI 1.0 §7.1, table 7-1)


def test_representations_follow_the_facets() -> None:
    mod = load("datatypes")
    numbers = mod.Numbers
    nbit = _field_simple(numbers, "nbit4096")
    assert (nbit.kind, nbit.lo, nbit.hi) == ("nbit", -100, 3995)  # 4096 values: n-bit (12 bits)
    assert _field_simple(numbers, "int4097").kind == "int"  # 4097 values, negative lower bound
    unsigned = _field_simple(numbers, "unsigned_exclusive")  # minExclusive -1: lower bound 0
    assert (unsigned.kind, unsigned.lo, unsigned.hi) == ("uint", 0, 4999)
    nbit_ex = _field_simple(numbers, "nbit_exclusive")
    assert (nbit_ex.kind, nbit_ex.lo, nbit_ex.hi) == ("nbit", 11, 19)
    price = _field_simple(numbers, "price")
    assert (price.kind, price.vmin) == ("decimal", (Decimal(-1000), True))
    assert (price.vmax, price.total_digits, price.fraction_digits) == ((Decimal("99999.99"), False), 7, 2)
    assert _field_simple(numbers, "double").kind == "float"
    others = mod.Others
    assert _field_simple(others, "strict_bool").kind == "bool2"
    assert _field_simple(others, "decimal_enum").kind == "enum"
    for attr in ("int_or_date", "union_enum", "q_name", "q_name_enum", "duration"):
        assert _field_simple(others, attr).kind == "string", attr
    assert _field_simple(others, "hex_code").chars == "-0123456789ABCDEF"
    assert _field_simple(others, "narrowed").chars == "ABC"  # the most derived pattern only
    assert _field_simple(others, "digits").chars is None  # \d: a multi-character escape
    assert _field_simple(others, "wide").chars is None  # 512 characters
    lists = mod.Lists
    assert _field_simple(lists, "enumerated").kind == "list"  # enumerated lists stay lists (errata)
    assert _field_simple(lists, "short").max_len == 3


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("[0-9A-F]{2}(-[0-9A-F]{2})*", "-0123456789ABCDEF"),
        (r"[a-e\s]+|x\|y\.z", "\t\n\r .abcdexyz|"),
        ("[a-z-[aeiou]]*", "bcdfghjklmnpqrstvwxyz"),
        ("[a-c-[^b]]", "b"),
        ("abc", "abc"),
        (r"a\\d", "\\ad"),  # an escaped backslash followed by d: no multi-character escape
        (r"\d+", None),
        (r"[\p{L}]", None),
        ("a.c", None),
        ("[^a]", None),
        ("", None),
        ("[\u0100-\u0200]", None),  # more than 255 characters
        ("\U00010000", None),  # outside the BMP
    ],
)
def test_restricted_character_sets(pattern: str, chars: str | None) -> None:
    assert restricted_set(pattern) == chars


# ---------------------------------------------------------------------------------------------
# value classes and lexical forms


def test_decimal_lexical_forms() -> None:
    assert decimal_lexical(Decimal("1.50")) == "1.5"
    assert decimal_lexical(Decimal("100")) == "100.0"
    assert decimal_lexical(Decimal("-0.0")) == "0.0"  # zero is never negative (EXIficient)
    assert decimal_lexical(Decimal("-12.005")) == "-12.005"
    assert decimal_lexical(Decimal("1E+3")) == "1000.0"


def test_float_lexical_forms_and_exact_floats() -> None:
    assert float_lexical(1500.0) == "15E2"
    assert float_lexical(0.1) == "1E-1"
    assert float_lexical(-0.0) == "0E0"
    assert [float_lexical(v) for v in (math.inf, -math.inf, math.nan)] == ["INF", "-INF", "NaN"]
    tiny = parse_float("1E-400")  # not a Python float: kept exactly
    assert isinstance(tiny, ExactFloat) and tiny == 0.0 and float_lexical(tiny) == "1E-400"
    long_mantissa = parse_float("1234567890123456789")
    assert isinstance(long_mantissa, ExactFloat) and float_lexical(long_mantissa) == "1234567890123456789E0"
    assert type(parse_float("1.50")) is float


def test_datetime_values() -> None:
    v = DateTime.parse("dateTime", "2024-01-02T03:04:05.120+02:30")
    assert v == DateTime(year=2024, month=1, day=2, hour=3, minute=4, second=5, fraction="12", tz=150)
    assert v.lexical("dateTime") == "2024-01-02T03:04:05.12+02:30"
    assert DateTime.parse("dateTime", "1999-12-31T24:00:00").lexical("dateTime") == "2000-01-01T00:00:00"
    assert DateTime.parse("time", "24:00:00+00:00").lexical("time") == "00:00:00Z"
    assert DateTime.parse("gMonth", "--12").lexical("gMonth") == "--12"
    assert DateTime.parse("gYear", "-0044").lexical("gYear") == "-0044"
    assert DateTime.from_datetime(v.to_datetime()) == v
    with pytest.raises(ValueError):
        DateTime(month=13)
    with pytest.raises(ValueError, match="components"):
        DateTime(year=2024).lexical("date")


# ---------------------------------------------------------------------------------------------
# our own round trips (no Java needed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_roundtrip(data: st.DataObject) -> None:
    message = data.draw(_messages())
    encoded = exi.encode(message)
    assert exi.decode(encoded, NS) == message
    assert exi.from_xml(exi.to_xml(message)) == message
    # the generic (table-driven) path agrees with the generated code
    assert _api.encode_generic(message) == encoded
    assert _api.decode_generic(encoded, NS) == message


def test_special_floats_roundtrip() -> None:
    mod = load("datatypes")
    message = mod.Numbers(
        decimal=Decimal(0), float=math.nan, double=[ExactFloat(1, -400), -math.inf], nbit4096=0,
        int4097=0, unsigned_exclusive=0, nbit_exclusive=11,
    )
    back = exi.decode(exi.encode(message), NS)
    assert math.isnan(back.float)
    assert back.double == message.double and float_lexical(back.double[0]) == "1E-400"
    assert exi.encode(back) == exi.encode(message)


@pytest.mark.parametrize(
    ("attr", "value", "facet"),
    [
        ("price", Decimal("100000"), "maxInclusive"),
        ("price", Decimal("-1000"), "minExclusive"),
        ("price", Decimal("1.234"), "fractionDigits"),
        ("ratio", 1000.0, "maxExclusive"),
        ("nbit4096", 3996, "range"),
    ],
)
def test_facet_violations_are_encode_errors(attr: str, value: Any, facet: str) -> None:
    mod = load("datatypes")
    fields: dict[str, Any] = dict(
        decimal=Decimal(0), float=0.0, nbit4096=0, int4097=0, unsigned_exclusive=0, nbit_exclusive=11
    )
    fields[attr] = value
    with pytest.raises(exi.ExiEncodeError, match=facet):
        exi.encode(mod.Numbers(**fields))


def test_wrong_value_types_are_encode_errors() -> None:
    mod = load("datatypes")
    dates = mod.Dates(
        date_time=DateTime(year=2024, month=1, day=1), date=DateTime(year=2024, month=1, day=1),
        time=DateTime(hour=1, minute=2, second=3), g_year=DateTime(year=1),
        g_year_month=DateTime(year=1, month=1),
        g_month=DateTime(month=1), g_month_day=DateTime(month=1, day=1), g_day=DateTime(day=1),
    )
    with pytest.raises(exi.ExiEncodeError, match=r"date_time: xs:dateTime needs exactly"):
        exi.encode(dates)
    lists = mod.Lists(ints=[1, "2"])
    with pytest.raises(exi.ExiEncodeError, match=r"ints: item 1: expected int"):
        exi.encode(lists)
    tokens = mod.Lists(ints=[], tokens=[["a b"]])
    with pytest.raises(exi.ExiEncodeError, match="whitespace"):
        exi.encode(tokens)


# ---------------------------------------------------------------------------------------------
# against EXIficient (same schema)


def _check(oracle: Any, message: Any) -> None:
    xml = exi.to_xml(message)
    theirs = oracle.encode_xml_with_schema(xml, xsd("datatypes"))
    ours = exi.encode(message)
    assert ours == theirs, f"bytes differ\nxml:    {xml}\nours:   {ours.hex()}\ntheirs: {theirs.hex()}"
    their_xml = oracle.decode_xml_with_schema(ours, xsd("datatypes"))
    assert infoset_difference(their_xml, xml) is None, f"{infoset_difference(their_xml, xml)}\n{xml}"
    assert exi.to_xml(exi.decode(theirs, NS)) == xml
    assert exi.decode(theirs, NS) == message


@pytest.mark.exificient
@pytest.mark.timeout(600)
def test_matches_exificient() -> None:
    oracle = require_exificient()
    drawn = _messages()

    @settings(max_examples=300, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(drawn)
    def run(message: Any) -> None:
        _check(oracle, message)

    run()


def _doc(root: str, body: str, attrs: str = "") -> str:
    return f'<t:{root} xmlns:t="{NS}"{attrs}>{body}</t:{root}>'


#: XML with non-canonical lexical forms: EXIficient canonicalizes on encoding; so must from_xml.
CANONICALIZED = [
    _doc("Numbers", "<t:Decimal> +001.2500 </t:Decimal><t:Float>1.50e3</t:Float><t:Double>-0</t:Double>"
         "<t:Double>.5</t:Double><t:Nbit4096>007</t:Nbit4096><t:Int4097>-0</t:Int4097>"
         "<t:UnsignedExclusive>+5</t:UnsignedExclusive><t:NbitExclusive>19</t:NbitExclusive>",
         ' scale="-0.0" weight="1e-400"'),
    _doc("Dates", "<t:DateTime>1999-12-31T24:00:00.000+00:00</t:DateTime><t:Date>2024-02-30-14:00</t:Date>"
         "<t:Time>23:59:60.1000Z</t:Time><t:GYear>0000</t:GYear><t:GYearMonth>2024-01</t:GYearMonth>"
         "<t:GMonth>--01</t:GMonth><t:GMonthDay>--01-01</t:GMonthDay><t:GDay>---01</t:GDay>"),
    _doc("Lists", "<t:Ints>\n 1\t2  3 </t:Ints><t:Colours>blue red</t:Colours><t:Enumerated>3</t:Enumerated>",
         ' tags=" a  b "'),
    _doc("Others", "<t:DecimalEnum>1.5</t:DecimalEnum><t:DateEnum>1999-12-31+00:00</t:DateEnum>"
         "<t:StrictBool>true</t:StrictBool><t:HexCode>0a-\u00ff</t:HexCode><t:Wide>x</t:Wide>",
         ' flag="false"'),
]


@pytest.mark.exificient
@pytest.mark.parametrize("xml", CANONICALIZED)
def test_exificient_canonical_forms(xml: str) -> None:
    oracle = require_exificient()
    theirs = oracle.encode_xml_with_schema(xml, xsd("datatypes"))
    message = exi.from_xml(xml)
    assert exi.encode(message) == theirs
    decoded = exi.decode(theirs, NS)
    assert decoded == message
    their_xml = oracle.decode_xml_with_schema(theirs, xsd("datatypes"))
    difference = infoset_difference(exi.to_xml(decoded), their_xml)
    assert difference is None, f"{difference}\nours:   {exi.to_xml(decoded)}\ntheirs: {their_xml}"

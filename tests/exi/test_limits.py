"""Occurrence bounds at their limits: a 1024-entry list (maxOccurs=1024) and one too many; facets."""

from __future__ import annotations

import pytest

from v2gstack import exi
from v2gstack.exi.generated import iso20_cm, iso20_ct, xmldsig


def _entry(i: int) -> iso20_cm.EVPowerScheduleEntry:
    return iso20_cm.EVPowerScheduleEntry(duration=i, power=iso20_ct.RationalNumber(exponent=0, value=i % 100))


def test_bounded_list_at_max_occurs_roundtrips() -> None:
    full = iso20_cm.EVPowerScheduleEntryList(ev_power_schedule_entry=[_entry(i) for i in range(1024)])
    data = exi.encode_fragment(full, "EVPowerScheduleEntries")
    assert exi.decode_fragment(data, "cm") == full
    for n in (1, 2, 3, 1023):
        part = iso20_cm.EVPowerScheduleEntryList(ev_power_schedule_entry=[_entry(i) for i in range(n)])
        assert exi.decode_fragment(exi.encode_fragment(part, "EVPowerScheduleEntries"), "cm") == part


def test_one_more_than_max_occurs_is_an_encode_error() -> None:
    over = iso20_cm.EVPowerScheduleEntryList(ev_power_schedule_entry=[_entry(i) for i in range(1025)])
    with pytest.raises(exi.ExiEncodeError, match=r"ev_power_schedule_entry: 1025 occurrences"):
        exi.encode_fragment(over, "EVPowerScheduleEntries")
    empty = iso20_cm.EVPowerScheduleEntryList(ev_power_schedule_entry=[])
    with pytest.raises(exi.ExiEncodeError, match="occurrence"):
        exi.encode_fragment(empty, "EVPowerScheduleEntries")


def test_facet_violations_name_the_field_and_facet() -> None:
    header = iso20_ct.MessageHeader(session_id=b"\0" * 8, time_stamp=0)
    bad = iso20_cm.SessionSetupReq(header=header, evccid="x" * 256)
    with pytest.raises(
        exi.ExiEncodeError, match=r"SessionSetupReq\.evccid: length 256 violates the maxLength"
    ):
        exi.encode(bad)
    rational = iso20_ct.RationalNumber(exponent=200, value=1)
    with pytest.raises(
        exi.ExiEncodeError, match=r"exponent: value 200 violates the range facet \[-128, 127\]"
    ):
        exi.encode_fragment(rational, "EVMaximumChargePower", "dc")
    missing = iso20_cm.SessionSetupReq(header=header, evccid=None)  # type: ignore[arg-type]
    with pytest.raises(exi.ExiEncodeError, match=r"evccid: required field is missing"):
        exi.encode(missing)
    wrong_enum = iso20_cm.SessionSetupRes(header=header, response_code="OK", evseid="DE*ABC")  # type: ignore[arg-type]
    with pytest.raises(exi.ExiEncodeError, match="enumeration"):
        exi.encode(wrong_enum)


def test_rational_number_helpers() -> None:
    from decimal import Decimal

    r = iso20_ct.RationalNumber.from_decimal(Decimal("400.5"))
    assert (r.exponent, r.value) == (-1, 4005)
    assert r.to_decimal() == Decimal("400.5") and r.to_float() == 400.5
    big = iso20_ct.RationalNumber.from_decimal(123456789)
    assert -32768 <= big.value <= 32767 and abs(big.to_float() - 123456789) < 1e4
    assert iso20_ct.RationalNumber.from_float(0.1).to_decimal() == Decimal("0.1")
    assert iso20_ct.RationalNumber.from_decimal(0) == iso20_ct.RationalNumber(exponent=0, value=0)
    with pytest.raises(ValueError):
        iso20_ct.RationalNumber.from_decimal(Decimal("1e200"))


def test_long_streams_decode_through_windows() -> None:
    # 20000 references (~85 kB): loops read through stream windows; items straddle window ends
    from v2gstack.exi.generated import xmldsig as ds

    def signed_info(refs: list[ds.Reference]) -> ds.SignedInfo:
        return ds.SignedInfo(
            canonicalization_method=ds.CanonicalizationMethod(algorithm=""),
            signature_method=ds.SignatureMethod(algorithm="a"),
            reference=refs,
        )

    name = "{http://www.w3.org/2000/09/xmldsig#}SignedInfo"
    many = signed_info(
        [
            ds.Reference(digest_method=ds.DigestMethod(algorithm=""), digest_value=b"x" * (i % 3))
            for i in range(20000)
        ]
    )
    data = exi.encode_fragment(many, name)
    assert len(data) > 80_000
    assert exi.decode_fragment(data, "http://www.w3.org/2000/09/xmldsig#") == many
    # items larger than a window are decoded again from the whole stream
    big = signed_info(
        [ds.Reference(digest_method=ds.DigestMethod(algorithm="u" * 3000), digest_value=b"y" * 5000)] * 30
    )
    data = exi.encode_fragment(big, name)
    assert exi.decode_fragment(data, "http://www.w3.org/2000/09/xmldsig#") == big
    # a truncated long stream is still an error
    with pytest.raises(exi.ExiDecodeError):
        exi.decode_fragment(data[: len(data) // 2], "http://www.w3.org/2000/09/xmldsig#")


@pytest.mark.parametrize("bits", [159, 160, 447, 448])
def test_x509_serial_numbers_of_any_certificate_decode(bits: int) -> None:
    """RFC 5280 serials reach 160 bits (23 EXI octets); we read up to 64 octets (448 bits)."""
    for value in ((1 << bits) - 1, -(1 << bits) + 1):
        serial = xmldsig.X509IssuerSerial(x509_issuer_name="CN=V2G Root CA", x509_serial_number=value)
        data = exi.encode_fragment(serial, "{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial")
        assert exi.decode_fragment(data, "http://www.w3.org/2000/09/xmldsig#") == serial


def test_an_integer_longer_than_64_octets_is_a_decode_error() -> None:
    serial = xmldsig.X509IssuerSerial(x509_issuer_name="CN=x", x509_serial_number=1 << 448)
    data = exi.encode_fragment(serial, "{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial")
    with pytest.raises(exi.ExiDecodeError, match="longer than 64 octets"):
        exi.decode_fragment(data, "http://www.w3.org/2000/09/xmldsig#")

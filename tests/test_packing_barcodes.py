"""Scan cleaning and the comparison key (instore_app.packing.barcodes)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from instore_app.packing.barcodes import (
    GS,
    clean_scan,
    gtin_from_gs1,
    is_valid_gtin,
    normalize,
    package_number_key,
    split_symbology_identifier,
)

EAN13 = "4006381333931"  # valid check digit
GTIN14 = "0" + EAN13

# --- clean_scan --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AKN-1001\r\n", "AKN-1001"),
        ("\tAKN-1001\r", "AKN-1001"),
        ("  Akn 1001  ", "Akn 1001"),  # inner space and case kept
        (f"01{GTIN14}{GS}21ABC", f"01{GTIN14}21ABC"),  # GS removed anywhere
        ("\u200bAKN\u200d-1001\ufeff", "AKN-1001"),  # zero-width and BOM (category Cf)
        ("\x00\x07\x1b[A", "[A"),
        ("", ""),
        ("\r\n\t ", ""),
    ],
)
def test_clean_scan(raw, expected):
    assert clean_scan(raw) == expected


def test_clean_scan_of_none_is_empty():
    assert clean_scan(None) == ""


# --- AIM symbology identifiers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"]E0{EAN13}", ("E0", EAN13)),
        (f"]C1{EAN13}", ("C1", EAN13)),
        ("]A0AKN-1001", ("A0", "AKN-1001")),
        ("]d2ABC", ("d2", "ABC")),
        ("AKN-1001", (None, "AKN-1001")),
        ("]", (None, "]")),
        ("]E", (None, "]E")),
        ("]1AB", (None, "]1AB")),  # the identifier starts with a letter
    ],
)
def test_split_symbology_identifier(raw, expected):
    assert split_symbology_identifier(raw) == expected


@pytest.mark.parametrize("prefix", ["]E0", "]A0", "]C0", "]I0", "]X0", "]E3"])
def test_aim_prefix_is_dropped_before_comparing(prefix):
    assert normalize(f"{prefix}{EAN13}") == GTIN14
    assert normalize(f"{prefix}akn-1001") == normalize("AKN-1001") == "akn-1001"


def test_ean8_with_its_aim_identifier():
    assert normalize("]E496385074") == "00000096385074"


def test_identifier_alone_is_empty():
    assert normalize("]C1") == ""
    assert normalize("]E0\r\n") == ""


# --- GTIN forms ----------------------------------------------------------------------------


def test_upc_a_equals_ean13_and_gtin14():
    upc_a = "012345678905"
    assert normalize(upc_a) == normalize("0012345678905") == normalize("00012345678905")
    assert normalize(upc_a) == "00012345678905"


def test_gtin8_is_padded_to_14():
    assert normalize("96385074") == "00000096385074"


@pytest.mark.parametrize("digits", ["1234567", "123456789", "12345678901", "123456789012345"])
def test_digits_of_other_lengths_are_not_padded(digits):
    assert normalize(digits) == digits


def test_different_gtins_stay_different():
    assert normalize("4006381333931") != normalize("4006381333948")


def test_human_readable_ean_with_spaces():
    assert normalize("4 006381 333931") == GTIN14


def test_fullwidth_digits_from_an_input_method():
    assert normalize("４００６３８１３３３９３１") == GTIN14


# --- GS1 element strings (AI 01) --------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        f"]C101{GTIN14}",  # GS1-128
        f"]C101{GTIN14}21SERIAL",
        f"]C1{GS}01{GTIN14}{GS}10LOT",  # FNC1 in first position sent as GS
        f"]d201{GTIN14}21ABC{GS}10LOT7",  # GS1 DataMatrix
        f"]d210LOT7{GS}01{GTIN14}",  # variable-length AI before 01, GS-terminated
        f"]d21726123101{GTIN14}",  # fixed-length AI 17 (expiry) before 01, no GS needed
        f"]Q301{GTIN14}",  # GS1 QR
        f"]e001{GTIN14}",  # GS1 DataBar
        f"(01){GTIN14}(21)ABC",
        f"(01) {GTIN14} (10) LOT 7",
        f"(17)261231(01){GTIN14}",
        f"]C1(01){GTIN14}",
        f"01{GTIN14}",  # raw, no identifier: "01" + 14 digits
        f"01{GTIN14}21ABC",
        f"01{GTIN14}{GS}10LOT\r\n",
        f"https://id.gs1.org/01/{GTIN14}/21/ABC",
        f"]Q3https://example.com/01/{GTIN14}?linkType=all",
    ],
)
def test_gs1_gtin_is_taken_from_ai_01(raw):
    assert normalize(raw) == GTIN14
    assert normalize(raw) == normalize(EAN13)


def test_digital_link_with_a_13_digit_gtin_is_padded():
    assert normalize(f"https://id.gs1.org/01/{EAN13}") == GTIN14


def test_gs1_without_ai_01_is_not_a_gtin():
    sscc = "00" + "123456789012345675"
    assert gtin_from_gs1(sscc) is None
    assert normalize(f"]C1{sscc}") == sscc
    assert gtin_from_gs1(f"10LOT{GS}21SER") is None
    assert gtin_from_gs1("10LOT") is None  # variable AI to the end, nothing after
    assert gtin_from_gs1("(10)LOT") is None
    assert gtin_from_gs1(f"01{EAN13}") is None  # only 13 digits after the AI


def test_fourteen_digits_starting_with_01_are_a_gtin14_not_an_element_string():
    assert normalize("01234567890128") == "01234567890128"


def test_url_that_is_not_a_digital_link_is_compared_as_text():
    assert normalize("https://Example.com/item/42") == "https://example.com/item/42"


# --- SKUs --------------------------------------------------------------------------------------


def test_sku_is_case_insensitive_and_cleaned():
    assert normalize("AKN-1001") == normalize("akn-1001\r\n") == normalize(" Akn-1001\t")
    assert normalize("AKN-1001") != normalize("AKN-1002")


def test_sku_casefold_handles_german_sharp_s():
    assert normalize("STRASSE-1") == normalize("straße-1")


def test_none_and_empty_give_empty_key():
    assert normalize(None) == ""
    assert normalize("") == ""
    assert normalize("\x1d\r\n") == ""


# --- check digit -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code", ["4006381333931", "012345678905", "96385074", "00012345678905", "5901234123457"]
)
def test_valid_gtins(code):
    assert is_valid_gtin(code)


@pytest.mark.parametrize(
    "code",
    [
        "4006381333932",  # wrong check digit
        "012345678906",
        "1234567",  # wrong length
        "400638133393a",
        "٤٠٠٦٣٨١٣٣٣٩٣١",  # Arabic-Indic digits: str.isdigit() but not a GTIN
        "",
        None,
        4006381333931,
    ],
)
def test_invalid_gtins(code):
    assert not is_valid_gtin(code)


# --- package numbers -------------------------------------------------------------------------


def test_package_number_key():
    assert package_number_key("2236607691411584P1") == "2236607691411584p1"
    assert package_number_key("]C02236607691411584p1\r\n") == "2236607691411584p1"
    assert package_number_key(None) == ""


# --- never raises -------------------------------------------------------------------------------

CONTROL = st.sampled_from(["\x1d", "\r", "\n", "\t", "\x00", "\x7f", "\u200b", "\ufeff", "\ud800"])
SCANNER_TEXT = st.lists(
    st.one_of(
        st.text(max_size=20),
        CONTROL,
        st.sampled_from(["]C1", "]d2", "]E0", "]Q3", "(01)", "01", "(", ")", "http://", "/01/"]),
        st.from_regex(r"[0-9]{1,16}", fullmatch=True),
    ),
    max_size=12,
).map("".join)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


@settings(max_examples=400, deadline=None, database=None)
@given(st.one_of(st.text(), SCANNER_TEXT))
def test_normalize_and_clean_scan_never_raise(raw):
    cleaned = clean_scan(raw)
    key = normalize(raw)
    assert isinstance(cleaned, str) and isinstance(key, str)
    assert not _has_control(cleaned)
    assert cleaned == cleaned.strip()
    assert not _has_control(key)
    assert package_number_key(raw) == package_number_key(raw)  # no exception, deterministic


@settings(max_examples=100, deadline=None, database=None)
@given(st.text(min_size=200, max_size=200), st.lists(CONTROL, max_size=20))
def test_200_character_bursts_never_raise(burst, controls):
    raw = burst + "".join(controls) + burst
    assert not _has_control(clean_scan(raw))
    assert isinstance(normalize(raw), str)
    assert isinstance(is_valid_gtin(raw), bool)


@settings(max_examples=300, deadline=None, database=None)
@given(st.from_regex(r"[A-Za-z0-9-]{0,24}", fullmatch=True))
def test_normalize_is_idempotent_on_plain_codes(code):
    assert normalize(normalize(code)) == normalize(code)


@settings(max_examples=200, deadline=None, database=None)
@given(st.from_regex(r"[0-9]{8}|[0-9]{12,14}", fullmatch=True))
def test_gtin_key_is_14_digits_and_padding_does_not_matter(code):
    key = normalize(code)
    assert len(key) == 14 and key.isdigit()
    assert normalize(code.zfill(14)) == key

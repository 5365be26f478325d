"""What a scanned code means: cleaning and the key scans are compared by.

A USB scanner in keyboard-wedge mode types whatever the symbol holds, sometimes with a
symbology identifier in front (``]E0`` EAN-13, ``]C1`` GS1-128, ...), group separators
(``\\x1d``, FNC1) inside GS1 element strings and a trailing Enter/Tab. Product data holds
barcodes as UPC-A, EAN-13 or GTIN-14, or none at all (then the SKU is what gets scanned).

:func:`normalize` turns both sides into one comparable key:

* GTINs (numeric, 8/12/13/14 digits) become 14 digits, zero-padded, so UPC-A
  ``012345678905`` equals EAN-13 ``0012345678905`` and GTIN-14 ``00012345678905``.
* GS1 element strings (after a GS1 symbology identifier, in the parenthesised human-readable
  form ``(01)08690000000017(21)ABC``, as raw digits ``0108690000000017...`` or as a GS1
  Digital Link URL ``https://.../01/08690000000017``) give the GTIN of AI 01.
* Anything else (``AKN-1001``) is compared case-insensitively.

Nothing here raises on any ``str`` (a Hypothesis test checks it); ``None`` counts as empty.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "GS",
    "GS1_SYMBOLOGY_IDENTIFIERS",
    "clean_scan",
    "gtin_from_gs1",
    "is_valid_gtin",
    "normalize",
    "package_number_key",
    "split_symbology_identifier",
]

#: ASCII group separator: how scanners transmit FNC1 inside a GS1 element string.
GS = "\x1d"

#: AIM symbology identifiers that announce GS1 data (GS1-128, GS1 DataBar, GS1 DataMatrix,
#: GS1 QR Code, GS1 DotCode). Their payload is an element string, FNC1 sent as GS.
GS1_SYMBOLOGY_IDENTIFIERS = frozenset({"C1", "e0", "d2", "Q3", "J1"})

#: Numeric lengths that are GTINs (GTIN-8, UPC-A/GTIN-12, EAN-13, GTIN-14).
GTIN_LENGTHS = frozenset({8, 12, 13, 14})

# "]" + symbology letter + modifier character (ISO/IEC 15424).
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")

# GS1 application identifiers whose element has a predefined length (the GS1 General
# Specifications table, keyed by the AI's first two digits): total length, AI included.
# Every other element is variable length and ends at a GS or the end of the data.
_PREDEFINED_LENGTH = {
    "00": 20, "01": 16, "02": 16, "03": 16, "04": 18,
    "11": 8, "12": 8, "13": 8, "14": 8, "15": 8, "16": 8, "17": 8, "18": 8, "19": 8,
    "20": 4,
    "31": 10, "32": 10, "33": 10, "34": 10, "35": 10, "36": 10,
    "41": 16,
}  # fmt: skip

# "(01)08690000000017(21)ABC", spaces tolerated around the parts.
_PARENTHESISED_START = re.compile(r"\(\s*\d{2,4}\s*\)", re.ASCII)
_PARENTHESISED_GTIN = re.compile(r"\(\s*01\s*\)\s*(\d{14})(?!\d)", re.ASCII)

# GS1 Digital Link: https://id.gs1.org/01/08690000000017/21/ABC (GTIN 8 to 14 digits).
_DIGITAL_LINK_GTIN = re.compile(
    r"^https?://[^/?#\s]+(?:/[^?#\s]*?)?/01/(\d{8,14})(?=[/?#]|$)", re.ASCII
)


def _is_digits(text: str) -> bool:
    """ASCII digits only ("²" and "٣" are str.isdigit() too, and int() may reject them)."""
    return text.isascii() and text.isdigit()


def _without_controls(text: str, keep_gs: bool = False) -> str:
    if text.isprintable():  # fast path: no control/format/unassigned characters at all
        return text
    return "".join(
        ch
        for ch in text
        if not unicodedata.category(ch).startswith("C") or (keep_gs and ch == GS)
    )


def clean_scan(raw: str | None) -> str:
    """`raw` without control characters (Unicode category C*: GS, CR, LF, tab, zero-width
    and format characters, lone surrogates...) anywhere, and without surrounding whitespace.
    Everything else is kept as it was, case included."""
    if not isinstance(raw, str):
        return ""
    return _without_controls(raw).strip()


def split_symbology_identifier(text: str) -> tuple[str | None, str]:
    """``("E0", "8690000000017")`` for ``"]E0 8690000000017"``; ``(None, text)`` without one."""
    if len(text) >= 3 and _AIM.match(text):
        return text[1:3], text[3:].lstrip()
    return None, text


def is_valid_gtin(code: str | None) -> bool:
    """True when `code` is a GTIN-8/12/13/14 (ASCII digits) with a correct check digit."""
    if not isinstance(code, str) or len(code) not in GTIN_LENGTHS or not _is_digits(code):
        return False
    digits = [ord(ch) - 48 for ch in code]
    body, check = digits[:-1], digits[-1]
    # Weights 3, 1, 3, ... from the digit next to the check digit leftwards.
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _gtin_from_element_string(data: str) -> str | None:
    """The 14 digits of AI 01 in an unbracketed GS1 element string, if it has one."""
    pos, end = 0, len(data)
    while pos < end:
        if data[pos] == GS:
            pos += 1
            continue
        ai = data[pos : pos + 2]
        if len(ai) < 2 or not _is_digits(ai):
            return None
        if ai == "01":
            gtin = data[pos + 2 : pos + 16]
            return gtin if len(gtin) == 14 and _is_digits(gtin) else None
        length = _PREDEFINED_LENGTH.get(ai)
        if length is not None:
            pos += length
        else:  # variable length: runs to the next separator
            separator = data.find(GS, pos)
            if separator < 0:
                return None
            pos = separator + 1
    return None


def gtin_from_gs1(text: str) -> str | None:
    """The 14-digit GTIN (AI 01) in a GS1 element string, parenthesised form or Digital Link
    URL; None when `text` holds none. `text` may still contain GS separators."""
    if text.startswith("(") and _PARENTHESISED_START.match(text):
        found = _PARENTHESISED_GTIN.search(text)
        return found.group(1) if found else None
    if text[:4].lower() == "http":
        found = _DIGITAL_LINK_GTIN.match(text)
        if found and len(found.group(1)) in GTIN_LENGTHS:
            return found.group(1).zfill(14)
        return None
    return _gtin_from_element_string(text)


def _prepared(raw: str | None, keep_gs: bool) -> str:
    if not isinstance(raw, str):
        return ""
    if not raw.isascii():
        # Full-width digits/letters from an input method become ASCII; harmless otherwise.
        raw = unicodedata.normalize("NFKC", raw)
    return _without_controls(raw, keep_gs).strip()


def _looks_like_raw_element_string(text: str) -> bool:
    """Digits "01" + 14 digits and more after them: AI 01 sent without a symbology identifier."""
    return len(text) >= 16 and text.startswith("01") and _is_digits(text[2:16])


def normalize(raw: str | None) -> str:
    """The key a scanned or stored code is compared by ("" for empty or unusable input).

    1. Control characters go (GS is kept while GS1 data is parsed), surrounding whitespace
       goes, non-ASCII text is NFKC-normalised.
    2. An AIM symbology identifier prefix (``]E0``, ``]C1``, ``]d2``, ``]Q3``...) is dropped.
    3. GS1 data (after a GS1 identifier, parenthesised ``(01)...``, raw ``01`` + 14 digits
       with or without more elements, or a Digital Link URL) gives the GTIN of AI 01.
    4. A GTIN (ASCII digits, length 8, 12, 13 or 14; spaces between digit groups allowed)
       becomes 14 digits, zero-padded. Check digits are not required here.
    5. Anything else is case-folded.
    """
    text = _prepared(raw, keep_gs=True)
    if not text:
        return ""
    symbology, text = split_symbology_identifier(text)
    gtin = None
    if (
        symbology in GS1_SYMBOLOGY_IDENTIFIERS
        or text.startswith("(")
        or text[:4].lower() == "http"
        or _looks_like_raw_element_string(text)
    ):
        gtin = gtin_from_gs1(text)
    if gtin is not None:
        return gtin
    if GS in text:
        text = text.replace(GS, "")
    if _is_digits(text):
        return text.zfill(14) if len(text) in GTIN_LENGTHS else text
    if " " in text:
        # Human-readable EAN typed from the label ("8 690000 000017").
        compact = text.replace(" ", "")
        if _is_digits(compact) and len(compact) in GTIN_LENGTHS:
            return compact.zfill(14)
    return text.casefold()


def package_number_key(raw: str | None) -> str:
    """The key package numbers are compared by: cleaned, without a symbology identifier,
    case-insensitive (``"2236607691411584p1"`` for ``"]C0 2236607691411584P1\\r"``)."""
    text = _prepared(raw, keep_gs=False)
    _, text = split_symbology_identifier(text)
    return text.casefold()

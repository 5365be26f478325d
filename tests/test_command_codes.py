"""Command barcodes (instore_app.packing.command_codes): round trip, layout-safe codes, no
collision with anything a station scans, garbage ignored. No Qt."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from instore_app.packing.barcodes import normalize, package_number_key
from instore_app.packing.command_codes import (
    COMMAND_PREFIX,
    BenchCommand,
    code_for,
    command_for,
    is_command_code,
    key_for,
    label_for,
)
from instore_app.simulator import Store

# The bench's shortcuts (instore_app/ui/bench.py) and the acknowledging Enter.
EXPECTED_KEYS = {
    BenchCommand.PACK: "F9",
    BenchCommand.OUT_OF_STOCK: "F6",
    BenchCommand.REFUSE: "F7",
    BenchCommand.UNDO: "F2",
    BenchCommand.RESET: "F3",
    BenchCommand.NEXT_PACKAGE: "F8",
    BenchCommand.REPRINT_LABEL: "F10",
    BenchCommand.CLOSE: "Esc",
    BenchCommand.ACKNOWLEDGE: "Enter",
    BenchCommand.TODAY: "F12",
    BenchCommand.HANDOVER: "F11",
    BenchCommand.REPACK: "Ctrl+R",
}


def test_the_twelve_commands():
    assert {c.name for c in BenchCommand} == {
        "PACK", "OUT_OF_STOCK", "REFUSE", "UNDO", "RESET", "NEXT_PACKAGE", "REPRINT_LABEL", "CLOSE", "ACKNOWLEDGE",
        "TODAY", "HANDOVER", "REPACK",
    }  # fmt: skip


def test_the_handover_key_is_the_handovers_own_code():
    from instore_app.handover import HandoverCommand

    assert BenchCommand.HANDOVER.code == HandoverCommand.OPEN.code == "ZZCMDHANDOVER"
    assert BenchCommand.HANDOVER.key == HandoverCommand.OPEN.key == "F11"


@pytest.mark.parametrize("command", list(BenchCommand))
def test_round_trip(command):
    code = code_for(command)
    assert command_for(code) is command
    assert command.code == code and code.startswith(COMMAND_PREFIX)
    assert is_command_code(code)


@pytest.mark.parametrize("command", list(BenchCommand))
@pytest.mark.parametrize(
    "dress",
    [
        lambda c: c + "\r",  # the scanner's Enter
        lambda c: c + "\t",
        lambda c: "  " + c + "\n",
        lambda c: "]C0" + c,  # AIM symbology identifier of Code128
        lambda c: c.lower(),  # Caps Lock on
        lambda c: c.title(),
        lambda c: "".join(chr(ord(ch) + 0xFEE0) for ch in c),  # full-width, from an input method
        lambda c: "\u200b" + c + "\x00",  # zero-width and control characters
    ],
    ids=["cr", "tab", "spaces", "aim", "lower", "title", "fullwidth", "controls"],
)
def test_a_scan_as_scanners_send_it(command, dress):
    assert command_for(dress(code_for(command))) is command


def test_codes_use_only_characters_that_type_the_same_on_us_and_turkish_q():
    """A-Z without I, and 0-9: no punctuation (the US '-' key types '*' on Turkish Q) and no
    I (dotless 'ı' with Caps Lock on Turkish Q)."""
    for command in BenchCommand:
        code = code_for(command)
        assert re.fullmatch(r"[A-HJ-Z0-9]+", code), code
        # The wedge needs 4+. 12 at most fit two columns at 1/60 inch a module; ZZCMDHANDOVER
        # (13, the handover's own code) is on the counter's page, at a narrower module.
        assert 4 <= len(code) <= (13 if command is BenchCommand.HANDOVER else 12), code


def test_codes_labels_and_keys_are_distinct():
    commands = list(BenchCommand)
    assert len({code_for(c) for c in commands}) == len(commands)
    assert len({normalize(code_for(c)) for c in commands}) == len(commands)
    assert len({label_for(c) for c in commands}) == len(commands)
    assert {c: key_for(c) for c in commands} == EXPECTED_KEYS


def test_labels_are_english_words():
    assert label_for(BenchCommand.PACK) == "Pack"
    assert label_for(BenchCommand.OUT_OF_STOCK) == "Out of stock"
    assert all(label_for(c) and label_for(c) == c.label for c in BenchCommand)


def _seed_codes() -> set[str]:
    """Every product barcode, SKU, base code, package/order/tracking/invoice number of the
    simulator's seed: everything a packer might scan."""
    store = Store()
    found: set[str] = set()
    for package_id in store.package_ids():
        package = store.package_json(package_id, "http://127.0.0.1")
        assert package is not None
        for key in ("number", "order_number", "tracking_number", "invoice_number", "remote_id"):
            if package.get(key):
                found.add(str(package[key]))
        for item in package["packageitem_set"]:
            if item.get("selected_barcode"):
                found.add(str(item["selected_barcode"]))
            product = item["order_item"]["product"]
            for key in ("barcode", "sku", "base_code"):
                if product.get(key):
                    found.add(str(product[key]))
    return found


def test_no_collision_with_anything_in_the_simulator_seed():
    codes = _seed_codes()
    assert len(codes) > 100  # the seed was really read
    command_keys = {normalize(code_for(c)) for c in BenchCommand}
    command_numbers = {package_number_key(code_for(c)) for c in BenchCommand}
    for code in codes:
        assert command_for(code) is None, code
        assert not is_command_code(code), code
        assert normalize(code) not in command_keys, code
        assert package_number_key(code) not in command_numbers, code


@pytest.mark.parametrize(
    "garbage",
    [
        None, "", "   ", "\r\n", "PACK", "F9", "ZZCMD", "ZZCMD-PACK", "ZZCMDPACKX", "XZZCMDPACK",
        "ZZCMDPACK2", "ZZ CMD PACK", "8690000000017", "2236438779312084P1", "AKN-1020",
        "]E08690000000017", "(01)08690000000017", "ZZÇMDPACK", "ＺＺ", "\x00\x1d",
        "zzcmdpack" * 3,
    ],
)
def test_garbage_is_no_command(garbage):
    assert command_for(garbage) is None


def test_an_unknown_code_with_the_prefix_is_recognised_as_a_command_code():
    assert command_for("ZZCMDDANCE") is None
    assert is_command_code("ZZCMDDANCE")
    assert is_command_code("]C0zzcmdDance\r")
    assert not is_command_code("AKN-1020")
    assert not is_command_code(None)


@settings(max_examples=500, deadline=None, database=None)
@given(st.text())
def test_command_for_never_raises(text):
    assert command_for(text) is None or isinstance(command_for(text), BenchCommand)


CODES = {code_for(c) for c in BenchCommand}


@settings(max_examples=500, deadline=None, database=None)
@given(st.one_of(st.text(alphabet="ZCMDPACKSTOREFUNLXzcmdpackstorefunlx0123456789", max_size=14),
                 st.sampled_from(sorted(CODES)).map(lambda c: c[:-1]),
                 st.sampled_from(sorted(CODES)).map(lambda c: c + "S")))
def test_plain_text_is_a_command_exactly_when_it_is_a_code(text):
    assert (command_for(text) is not None) == (text.upper() in CODES)


@settings(max_examples=300, deadline=None, database=None)
@given(st.from_regex(r"[0-9]{8,14}|[A-Z]{2,4}-?[0-9]{3,6}|[0-9]{16}P[0-9]", fullmatch=True))
def test_product_and_package_shaped_codes_are_never_commands(code):
    assert command_for(code) is None
    assert not is_command_code(code)

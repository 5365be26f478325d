"""ZPL labels (Seller Center): never drawn, sent raw to the chosen label printer only, and every
case where that can't happen said in words. `lp` is a real program here: a small script on
the PATH that keeps what CUPS's lp would have been given."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from instore_app.api import LabelDocument
from instore_app.api.documents import ZPL_MEDIA_TYPE
from instore_app.labels import LabelError, LabelPrintSettings, load_label, print_now
from instore_app.labels import output
from instore_app.labels.zpl import is_zpl, send_raw

ZPL = "^XA\n^CI28\n^FO40,40^A0N,52,52^FDYurtiçi Kargo^FS\n^XZ\n".encode()


def zpl_label() -> LabelDocument:
    return LabelDocument(ZPL, ZPL_MEDIA_TYPE, "https://seller.example.com/api/i2/packages/1/label/")


def fake_lp(folder: Path, *, fails: bool = False) -> Path:
    """An `lp` that writes its arguments and its standard input next to itself."""
    script = folder / "lp"
    body = (
        f"#!{sys.executable}\n"
        "import sys, pathlib\n"
        "here = pathlib.Path(__file__).parent\n"
        "(here / 'args').write_text('\\n'.join(sys.argv[1:]))\n"
        "(here / 'job').write_bytes(sys.stdin.buffer.read())\n"
        + ("sys.stderr.write('lp: The printer or class does not exist.\\n'); sys.exit(1)\n" if fails else "")
    )
    script.write_text(body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_a_zpl_label_is_known_as_such_and_never_drawn():
    label = zpl_label()
    assert label.kind == "zpl" and is_zpl(label)
    assert not is_zpl(LabelDocument(b"%PDF-1.4", "application/pdf", "x"))
    # ZPL is text, but it is never shown as text or HTML
    with pytest.raises(LabelError, match="ZPL, commands for a thermal label printer"):
        load_label(label)


def test_it_goes_unchanged_to_the_chosen_printer_as_a_raw_job(tmp_path):
    lp = fake_lp(tmp_path)
    send_raw(zpl_label(), "Zebra_ZD421", title="label-2595053219311870", printers=lambda: ["Zebra_ZD421"], lp=str(lp))
    assert (tmp_path / "job").read_bytes() == ZPL
    assert (tmp_path / "args").read_text().split("\n") == [
        "-d", "Zebra_ZD421", "-o", "raw", "-t", "label-2595053219311870", "--", "-"
    ]


def test_print_now_sends_zpl_raw_through_lp_on_the_path(tmp_path, monkeypatch):
    fake_lp(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ.get('PATH', '')}")
    monkeypatch.setattr(output, "available_printers", lambda: ["Zebra_ZD421"])
    result = print_now(zpl_label(), LabelPrintSettings(printer_name="Zebra_ZD421"), number="2595053219311870")
    assert result.printer == "Zebra_ZD421" and result.problem is None
    assert (tmp_path / "job").read_bytes() == ZPL


@pytest.mark.parametrize(
    "printer, printers, lp, words",
    [
        ("", ["Zebra_ZD421"], "lp", "no label printer is chosen"),  # never the default printer unasked
        ("Zebra_ZD421", ["Office"], "lp", "not found on this PC"),
        ("Zebra_ZD421", ["Zebra_ZD421"], None, "this PC has none. Print the label from the Seller Center."),
        ("Zebra_ZD421", ["Zebra_ZD421"], "failing", "did not take the ZPL label (lp: The printer or class does not exist.)"),
    ],
    ids=["no printer chosen", "printer missing", "no lp", "lp refuses"],
)
def test_each_reason_it_is_not_printed_is_said_in_words(tmp_path, monkeypatch, printer, printers, lp, words):
    command = None
    if lp == "lp":
        command = str(fake_lp(tmp_path))
    elif lp == "failing":
        command = str(fake_lp(tmp_path, fails=True))
    else:
        monkeypatch.setenv("PATH", str(tmp_path))  # no lp anywhere
    with pytest.raises(LabelError) as error:
        send_raw(zpl_label(), printer, title="label-1", printers=lambda: printers, lp=command)
    assert words in str(error.value)
    assert not (tmp_path / "job").exists() or lp == "failing"

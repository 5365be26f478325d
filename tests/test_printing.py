"""Printing in one action: the label's margins, no stray marks, F10 without a dialog, a PDF file
when there is no printer (and "Packed" stays), Shift+F10 for the dialog."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from instore_app.api.client import LabelDocument
from instore_app.labels import LabelPrintSettings, SafeTextDocument, make_printer, packing_slip_html, print_label, print_now
from instore_app.labels import output
from instore_app.labels.safe_html import fill_empty_cells
from instore_app.simulator import SimulatorServer, Store, render
from instore_app.simulator.models import LabelData
from instore_app.ui.main_window import BenchOptions

from .test_bench import code_of, detail, find_package, open_by_scan
from .test_labels import fixture_package
from .window_helpers import next_emission, running_window, until

PX_PER_MM = 4
MM_TO_PT = 72 / 25.4


def label_data(*, gift: bool = False) -> LabelData:
    return LabelData(
        label_id=1, is_file=False, cargo_company="Yurtiçi Kargo", tracking_number="YK123456789",
        package_number="2394000000001P1", order_number="2394000000001", item_count=3,
        packed_at=datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc), sender_name="Mağaza",
        sender_lines=("Moda Cad. 1", "Kadıköy İstanbul"), sender_phone="0216 000 00 00",
        recipient_name="Ayşe Yılmaz", recipient_lines=("Bahariye Cad. 5", "Kadıköy İstanbul"),
        recipient_phone="0532 000 00 00", gift_box=gift,
    )


def html_label(*, gift: bool = False) -> LabelDocument:
    return LabelDocument(render.label_html(label_data(gift=gift)).encode(), "text/html; charset=utf-8", "u")


def page_image(path: Path, page: int = 0) -> QImage:
    """Page `page` of the PDF at PX_PER_MM pixels per millimetre, on white."""
    buffer = QBuffer()
    buffer.setData(QByteArray(path.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    points = document.pagePointSize(page)
    size = (points / MM_TO_PT * PX_PER_MM).toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    document.close()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def ink_box_mm(image: QImage) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) distances in mm from the page edges to the nearest ink."""
    data = memoryview(image.constBits()).cast("B")
    line = image.bytesPerLine()
    width, height = image.width(), image.height()
    rows = [y for y in range(height) if min(data[y * line : y * line + width]) < 160]
    columns = [x for x in range(width) if any(data[y * line + x] < 160 for y in range(0, height, 2))]
    assert rows and columns, "the page is blank"
    return (
        columns[0] / PX_PER_MM,
        rows[0] / PX_PER_MM,
        (width - 1 - columns[-1]) / PX_PER_MM,
        (height - 1 - rows[-1]) / PX_PER_MM,
    )


def full_width_rules(image: QImage, top_mm: float, bottom_mm: float) -> int:
    """Rows between top_mm and bottom_mm that are inked across most of the page (a <hr>)."""
    data = memoryview(image.constBits()).cast("B")
    line, width = image.bytesPerLine(), image.width()
    return sum(
        1
        for y in range(int(top_mm * PX_PER_MM), int(bottom_mm * PX_PER_MM))
        if sum(1 for v in data[y * line : y * line + width] if v < 200) > 0.8 * width
    )


# -- margins and marks ---------------------------------------------------------------------------


@pytest.mark.parametrize("what", ["oms_html_label", "packing_slip"])
def test_html_labels_keep_4_mm_of_white_at_every_edge(qapp, tmp_path, what):
    """Thermal printers clip the outer millimetre or two: text starts 4 mm in."""
    doc = html_label() if what == "oms_html_label" else SafeTextDocument(packing_slip_html(fixture_package()))
    path = tmp_path / "label.pdf"
    print_label(doc, make_printer(LabelPrintSettings(), path))
    left, top, right, _bottom = ink_box_mm(page_image(path))
    assert left >= 3.5 and top >= 3.5 and right >= 3.5, (left, top, right)
    assert left <= 6 and top <= 6, "the margin is 4 mm, not more"


def test_a_label_without_flags_prints_its_rule_not_a_stray_underscore(qapp, tmp_path):
    """An empty table cell swallowed the <hr> after it (printed as a "_" in the corner)."""
    for gift in (False, True):
        path = tmp_path / f"label-{gift}.pdf"
        print_label(html_label(gift=gift), make_printer(LabelPrintSettings(), path))
        assert full_width_rules(page_image(path), 5, 20) >= 1, f"no rule under the carrier (gift={gift})"
    # The same for any OMS label: empty cells get a non-breaking space before Qt reads them.
    html = '<table><tr><td>Kargo</td><td align="right"></td><td>  </td></tr></table><hr>'
    assert fill_empty_cells(html) == '<table><tr><td>Kargo</td><td align="right">&nbsp;</td><td>&nbsp;</td></tr></table><hr>'


# -- print_now: the chosen printer, else a PDF file ---------------------------------------------


@pytest.fixture
def no_printers(monkeypatch):
    """A PC without any print queue (whatever this machine has)."""
    monkeypatch.setattr(output, "available_printers", lambda: [])
    monkeypatch.setattr(output, "default_printer", lambda: "")


def test_without_a_printer_the_label_is_saved_as_a_pdf_named_after_the_package(qapp, tmp_path, no_printers):
    result = print_now(html_label(), LabelPrintSettings(pdf_folder=str(tmp_path / "labels")), number="2394000000001P1")
    assert result.printer == "" and result.pdf_path == tmp_path / "labels" / "label-2394000000001P1.pdf"
    image = page_image(result.pdf_path)
    assert abs(image.width() - 100 * PX_PER_MM) <= 1 and abs(image.height() - 150 * PX_PER_MM) <= 1
    assert str(result.pdf_path) in result.problem
    assert "Settings (Ctrl+,)" in result.problem and "--printer NAME" in result.problem


def test_a_chosen_printer_that_is_missing_is_named_and_the_label_saved(qapp, tmp_path, no_printers):
    settings = LabelPrintSettings(printer_name="Zebra-ZD420", pdf_folder=str(tmp_path))
    result = print_now(html_label(), settings, number="../2394 P1")
    assert result.missing_printer == "Zebra-ZD420" and "“Zebra-ZD420” is not found" in result.problem
    assert result.pdf_path == tmp_path / "label-2394_P1.pdf"  # nothing of the number leaves the folder
    assert result.pdf_path.is_file()


def test_the_labels_folder_is_in_the_users_documents(qapp):
    folder = output.labels_folder(LabelPrintSettings())
    assert folder.name == output.LABELS_FOLDER_NAME and folder.parent.name == "Documents"


# -- the bench: F10 prints without a dialog; Shift+F10 asks ---------------------------------------


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=5)) as oms:
        yield oms


def print_dialogs() -> list[QPrintDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()]


@pytest.mark.asyncio
async def test_auto_print_without_a_printer_saves_the_pdf_and_packed_stays(qtbot, server, tmp_path, no_printers):
    package_id = find_package(server, "100,400", lambda p: p["id"] % 5 and 1 <= len(p["packageitem_set"]) <= 4)
    number = detail(server, package_id)["number"]
    pdf = tmp_path / f"label-{number}.pdf"
    options = BenchOptions(sound=False, auto_print=True, print_settings=LabelPrintSettings(pdf_folder=str(tmp_path)))
    async with running_window(qtbot, server, options=options) as window:
        bench = window.bench
        await open_by_scan(window, server, package_id)
        shown = next_emission(window.label_shown, where=lambda pid: pid == package_id)
        for item in detail(server, package_id)["packageitem_set"]:
            type_scan(bench.scan_field, code_of(item))
        await shown
        await until(lambda: bench.print_line.isVisibleTo(bench))
        assert "Packed ✔" in bench.banner.text(), "printing problems are shown beside Packed, never instead"
        assert str(pdf) in bench.print_line.text() and "Settings (Ctrl+,)" in bench.print_line.text()
        assert pdf.is_file() and not print_dialogs()

        pdf.unlink()
        QTest.keyClick(window, Qt.Key.Key_F10)  # F10 prints again, straight away
        await until(pdf.is_file)
        assert not print_dialogs() and "Packed ✔" in bench.banner.text()

        QTest.keyClick(window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)  # Shift+F10 asks
        await until(lambda: bool(print_dialogs()))
        print_dialogs()[0].reject()


def type_scan(widget, code: str) -> None:
    from instore_app.scanner.testing import type_scan as typed

    typed(widget, code)

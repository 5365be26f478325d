"""The command sheet (instore_app.labels.command_sheet): an A4 PDF, the bench's page and the
counter's (courier handover, carriers), whose barcodes, rendered back from the PDF, decode to
the command codes, with every name, key and code as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from barcode.charsets.code128 import CODES
from PySide6.QtCore import QBuffer, QSize
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument

from instore_app.handover.codes import HandoverCommand
from instore_app.labels.command_sheet import (
    HANDOVER_ORDER,
    LABELS_FOR_TRANSLATION,
    MIN_MODULE_MM,
    SHEET_ORDER,
    SheetCarrier,
    command_sheet_image,
    command_sheet_pdf,
    default_labels,
    module_width_mm,
)
from instore_app.labels.content import LabelError
from instore_app.packing.command_codes import BenchCommand, code_for

from .test_labels import open_pdf

A4_POINTS = (595, 842)  # 210 x 297 mm
RENDER_DPI = 300
#: Every code of the sheet without carriers: each bench command, and Finish handover.
ALL_CODES = {code_for(c) for c in BenchCommand} | {HandoverCommand.FINISH.code}
BENCH_CODES = {code_for(c) for c in SHEET_ORDER}
#: The counter page's codes are longer (ZZCMDHANDOVER): a narrower module, smaller quiet zones.
COUNTER_MODULE_MM = module_width_mm(1000, [c.code for c in HANDOVER_ORDER])


# -- helpers (open_pdf: tests/test_labels.py) ---------------------------------------------


def rendered_page(document: QPdfDocument, dpi: float, page: int = 0) -> QImage:
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def gray_rows(image: QImage):
    """(y, bytes of row y) of a Grayscale8 image."""
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    for y in range(image.height()):
        yield y, data[y * stride : y * stride + image.width()]


def dark_pixels(image: QImage) -> int:
    return sum(sum(1 for v in row if v < 128) for _, row in gray_rows(image))


def runs(row: bytes) -> list[tuple[bool, int, int]]:
    """(dark, start, length) runs of a thresholded pixel row."""
    found: list[tuple[bool, int, int]] = []
    start, dark = 0, row[0] < 128
    for x in range(1, len(row)):
        here = row[x] < 128
        if here != dark:
            found.append((dark, start, x - start))
            start, dark = x, here
    found.append((dark, start, len(row) - start))
    return found


def decode_code128(widths: list[int]) -> str:
    """Bar/space widths (bar first, stop pattern's final bar included) -> the text, for code
    sets A and B without shifts. Raises ValueError when it is not a valid Code128 symbol."""
    if len(widths) < 6 * 3 + 7 or (len(widths) - 7) % 6:
        raise ValueError("not a Code128 element count")
    symbols = (len(widths) - 7) // 6
    module = sum(widths) / (11 * symbols + 13)
    modules = [round(w / module) for w in widths]
    if any(m < 1 or m > 4 for m in modules):
        raise ValueError(f"element widths {modules}")
    bits = "".join(("1" if i % 2 == 0 else "0") * m for i, m in enumerate(modules))
    if bits[-13:] != "1100011101011":
        raise ValueError("no stop pattern")
    values = [CODES.index(bits[i : i + 11]) for i in range(0, 11 * symbols, 11)]
    start, *data, check = values
    if start not in (103, 104):
        raise ValueError(f"start code {start}")
    if (start + sum(i * v for i, v in enumerate(data, start=1))) % 103 != check:
        raise ValueError("bad check symbol")
    if any(v >= 64 for v in data):
        raise ValueError("not a plain A/B symbol")
    return "".join(chr(32 + v) for v in data)


def decode_all(image: QImage, quiet_px: int, step: int = 20) -> dict[str, int]:
    """Every Code128 symbol found on rows `step` pixels apart: {text: rows it decoded on}.
    A symbol is a stretch of runs between light gaps wider than `quiet_px`."""
    found: dict[str, int] = {}
    for y, row in gray_rows(image):
        if y % step:
            continue
        segment: list[int] = []
        for dark, _, length in [*runs(row), (False, 0, quiet_px + 1)]:
            if not dark and length > quiet_px:
                if segment:
                    try:
                        text = decode_code128(segment)
                    except (ValueError, IndexError):
                        pass
                    else:
                        found[text] = found.get(text, 0) + 1
                segment = []
            elif dark or segment:
                segment.append(length)
    return found


def test_the_decoder_reads_a_slip_barcode_and_rejects_a_damaged_one(qapp):
    """The decoder the proofs below rely on: right on code128_png's output, and not fooled."""
    from instore_app.labels.slip import code128_png

    image = QImage.fromData(code128_png("AKN-SLIP")).convertToFormat(QImage.Format.Format_Grayscale8)
    assert decode_all(image, quiet_px=18, step=10) == {"AKN-SLIP": pytest.approx(14, abs=2)}
    _, row = next((y, r) for y, r in gray_rows(image) if y == image.height() // 2)
    widths = [length for dark, _, length in runs(row)][1:-1]  # without the quiet zones
    assert decode_code128(widths) == "AKN-SLIP"
    damaged = widths.copy()
    i = next(i for i in range(12, 17) if damaged[i] != damaged[i + 1])  # inside the 2nd data symbol
    damaged[i], damaged[i + 1] = damaged[i + 1], damaged[i]  # a bar and a space of different widths swapped
    with pytest.raises(ValueError):
        decode_code128(damaged)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory, qapp) -> tuple[Path, QPdfDocument, QBuffer]:
    path = tmp_path_factory.mktemp("sheet") / "command-sheet.pdf"
    command_sheet_pdf(path)
    document, buffer = open_pdf(path)
    return path, document, buffer


# -- the PDF ---------------------------------------------------------------------------------


def decode_pages(document: QPdfDocument, dpi: float = RENDER_DPI) -> dict[str, int]:
    """Every code found on every page: {code: rows it decoded on, on the page it is on}."""
    found: dict[str, int] = {}
    module_px = COUNTER_MODULE_MM * dpi / 25.4
    for page in range(document.pageCount()):
        found.update(decode_all(rendered_page(document, dpi, page), quiet_px=round(6 * module_px)))
    return found


def all_text(document: QPdfDocument) -> str:
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_two_a4_pages_the_benchs_and_the_counters(sheet):
    path, document, _ = sheet
    assert path.stat().st_size > 1000
    assert path.read_bytes().startswith(b"%PDF")
    assert document.pageCount() == 2
    for page in range(2):
        size = document.pagePointSize(page)
        assert (round(size.width()), round(size.height())) == A4_POINTS
    assert "Packing station — command barcodes" in document.getAllText(0).text()
    assert "Packing station — courier handover" in document.getAllText(1).text()


def test_barcodes_are_stored_losslessly(sheet):
    """Qt JPEG-compresses images in PDFs unless told not to; JPEG blurs the bars."""
    path, _, _ = sheet
    assert b"/DCTDecode" not in path.read_bytes()


def test_the_page_is_mostly_ink_where_the_barcodes_are(sheet):
    _, document, _ = sheet
    image = rendered_page(document, 72)
    dark = dark_pixels(image)
    assert dark > 20_000  # nine barcodes, the names and frames at 72 dpi
    assert dark < image.width() * image.height() * 0.4


def test_every_name_key_and_code_is_text_in_the_pdf(sheet):
    _, document, _ = sheet
    text = all_text(document)
    assert "Packing station — command barcodes" in text
    for command in [*BenchCommand, HandoverCommand.FINISH]:
        assert command.label in text, command
        assert command.code in text, command
        assert command.key in text, command


def test_every_barcode_decodes_from_the_rendered_pdf(sheet):
    """The real proof: render the PDF at 300 dpi as a printer would, read every row through a
    Code128 decoder, and find each command's code, several times, and nothing else."""
    _, document, _ = sheet
    image = rendered_page(document, RENDER_DPI)
    module_px = module_width_mm(1000) * RENDER_DPI / 25.4
    found = decode_all(image, quiet_px=round(6 * module_px))
    assert set(found) == BENCH_CODES
    assert all(rows >= 5 for rows in found.values()), found  # bars tall enough to aim at
    counter = decode_all(rendered_page(document, RENDER_DPI, 1), quiet_px=round(6 * COUNTER_MODULE_MM * RENDER_DPI / 25.4))
    assert set(counter) == {c.code for c in HANDOVER_ORDER}
    assert set(found) | set(counter) == ALL_CODES
    assert COUNTER_MODULE_MM >= MIN_MODULE_MM


def test_module_width_on_a4_is_wide_enough_for_paper(qapp):
    module = module_width_mm((210 - 2 * 12 - 6) / 2 - 8)
    assert module >= MIN_MODULE_MM
    assert module == pytest.approx(25.4 / 60)  # 1/60 inch: 10 dots at 600 dpi, 5 at 300


def test_module_width_refuses_a_column_too_narrow():
    with pytest.raises(LabelError):
        module_width_mm(40)


def test_sheet_order_holds_every_command_once():
    assert len(set(SHEET_ORDER)) == len(SHEET_ORDER) and BenchCommand.HANDOVER not in SHEET_ORDER
    assert set(SHEET_ORDER) | {c for c in HANDOVER_ORDER if isinstance(c, BenchCommand)} == set(BenchCommand)


def test_the_counters_page_lists_the_carriers_with_their_keys_and_codes(tmp_path, qapp):
    carriers = [SheetCarrier(731, "Aras Kargo", 1), SheetCarrier(735, "MNG Kargo", 2), SheetCarrier(728, "Yurtiçi Kargo", 3)]
    path = tmp_path / "carriers.pdf"
    command_sheet_pdf(path, carriers=carriers)
    document, _buffer = open_pdf(path)
    assert document.pageCount() == 2
    text = document.getAllText(1).text()
    for carrier in carriers:
        assert carrier.name in text and f"ZZCARGO{carrier.id}" in text
    found = decode_pages(document)
    assert {"ZZCARGO731", "ZZCARGO735", "ZZCARGO728"} <= set(found)
    assert set(found) == ALL_CODES | {"ZZCARGO731", "ZZCARGO735", "ZZCARGO728"}


def test_more_carriers_than_a_page_holds_go_on_another_page(tmp_path, qapp):
    carriers = [SheetCarrier(100 + n, f"Kargo {n}", n + 1 if n < 9 else None) for n in range(12)]
    path = tmp_path / "many.pdf"
    command_sheet_pdf(path, carriers=carriers)
    document, _buffer = open_pdf(path)
    assert document.pageCount() == 3  # 4 commands + 8 carriers, then 4 carriers
    assert "ZZCARGO111" in document.getAllText(2).text()


def test_translated_labels_are_printed(tmp_path, qapp):
    labels = {BenchCommand.PACK: "Paketle", BenchCommand.OUT_OF_STOCK: "Stokta yok", BenchCommand.UNDO: "Son okutmayı geri al"}
    path = tmp_path / "tr.pdf"
    command_sheet_pdf(path, language_labels=labels)
    document, _buffer = open_pdf(path)
    text = document.getAllText(0).text()
    for label in labels.values():
        assert label in text
    assert "Refuse" in text  # not given: the default
    assert "Stokta yok" in text and "Out of stock" not in text


def test_letter_paper_fits(tmp_path, qapp):
    path = tmp_path / "letter.pdf"
    command_sheet_pdf(path, page_size=QPageSize.PageSizeId.Letter)
    document, _buffer = open_pdf(path)
    assert document.pageCount() == 2
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)
    assert set(decode_pages(document)) == ALL_CODES


def test_a_page_too_small_is_refused(tmp_path, qapp):
    with pytest.raises(LabelError, match="A4"):
        command_sheet_pdf(tmp_path / "a6.pdf", page_size=QPageSize.PageSizeId.A6)
    assert not (tmp_path / "a6.pdf").exists()  # refused before the file is created


def test_an_unwritable_path_is_a_label_error(tmp_path, qapp):
    with pytest.raises(LabelError):
        command_sheet_pdf(tmp_path / "no" / "such" / "folder" / "sheet.pdf")


def test_the_preview_image_matches_the_page(qapp):
    image = command_sheet_image(dpi=RENDER_DPI).convertToFormat(QImage.Format.Format_Grayscale8)
    assert (image.width(), image.height()) == (2480, 3508)
    found = decode_all(image, quiet_px=30)
    assert set(found) == BENCH_CODES


def test_default_labels_are_the_english_names_without_a_translator(qapp):
    assert default_labels() == {c: c.label for c in BenchCommand}


def test_every_label_is_marked_for_translation():
    assert sorted(LABELS_FOR_TRANSLATION) == sorted(c.label for c in BenchCommand)


def test_print_command_sheet_uses_the_printers_page_and_ignores_its_margins(tmp_path, qapp):
    """As after a QPrintDialog: the printer's paper and margins, our own 12 mm margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from instore_app.labels.command_sheet import print_command_sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    print_command_sheet(printer)
    document, _buffer = open_pdf(tmp_path / "printed.pdf")
    assert document.pageCount() == 2
    assert set(decode_pages(document)) == ALL_CODES


def test_landscape_is_refused_with_a_reason(tmp_path, qapp):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from instore_app.labels.command_sheet import print_command_sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "landscape.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF()))
    with pytest.raises(LabelError, match="portrait"):
        print_command_sheet(printer)

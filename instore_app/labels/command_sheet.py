"""The command sheet: printable pages with a barcode for every bench command.

Stuck next to the packing station, it lets the packer pack, undo, report out of stock...
with the scanner in hand (see :mod:`instore_app.packing.command_codes`). Every command gets
its action name in large type, the key it stands for and a Code128 barcode made by
:func:`~instore_app.labels.slip.code128_png`, in two columns.

The first page is the bench's. The second is for the counter (the courier handover): open
the handover, finish it, OK and Close, and one code per carrier (``ZZCARGO<id>``, see
:mod:`instore_app.handover.codes`) with the number key the handover view gives it. Carrier
ids are an OMS installation's own, so the carriers are printed only when they are given
(the handover view prints the sheet with the OMS's carriers); more carriers than fit go on
further pages. Given the OMS's active denial reasons (``reasons``: (id, title) pairs in the
order the refuse dialog numbers them), pages of reasons come after the bench's: each reason's
title, the keys that choose it ("F7 3") and its own barcode ``ZZCMDRSN<id>``
(:func:`~instore_app.packing.command_codes.reason_code`), which refuses the open package with
that reason after one question.

* :func:`command_sheet_pdf` writes it as a PDF (A4 by default).
* :func:`print_command_sheet` paints it on any QPrinter (after a QPrintDialog, say).
* :func:`command_sheet_image` paints one page on a QImage, for a preview on screen.

The bars are drawn at a module width of :func:`module_width_mm` (a whole number of 1/600
inch, at least 0.3 mm, 0.42 mm on A4), so that 300, 600 and 1200 dpi printers draw every
module with the same number of dots. The sheet must be printed at 100 % ("actual size").
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from ..packing.command_codes import BenchCommand, code_for
from .content import LabelError
from .sheet_pages import (
    HANDOVER_ORDER,
    LABELS_FOR_TRANSLATION,
    SHEET_ORDER,
    Cell,
    Reason,
    SheetCarrier,
    default_labels,
    sheet_labels,
    sheet_pages,
)
from .slip import BARCODE_DPI, MODULE_MM, code128_png

__all__ = [
    "HANDOVER_ORDER",
    "LABELS_FOR_TRANSLATION",
    "MIN_MODULE_MM",
    "SHEET_ORDER",
    "CELLS_PER_PAGE",
    "Cell",
    "Reason",
    "SheetCarrier",
    "command_sheet_image",
    "command_sheet_pdf",
    "default_labels",
    "module_width_mm",
    "print_command_sheet",
    "sheet_cells",
]

A4 = QPageSize.PageSizeId.A4
COLUMNS = 2
ROWS = 6
CELLS_PER_PAGE = COLUMNS * ROWS

#: Narrowest module printed (paper, a packer's arm's length); widest wanted.
MIN_MODULE_MM = 0.3
MAX_MODULE_MM = 0.45
#: Modules are k/600 inch: a whole number of dots at 300, 600 and 1200 dpi.
_MODULE_STEP_MM = 25.4 / 600

# Geometry, in mm.
MARGIN_MM = 12.0
GUTTER_MM = 6.0
ROW_GAP_MM = 4.0
PADDING_MM = 4.0
HEADER_MM = 24.0
NAME_ROW_MM = 10.0
CODE_TEXT_MM = 5.0
MAX_BAR_HEIGHT_MM = 18.0
MIN_BAR_HEIGHT_MM = 10.0
# code128_png adds 10 pixels of white above and below the bars.
_PNG_MARGINS_MM = 20 * 25.4 / BARCODE_DPI

_PX_PER_MM_PNG = BARCODE_DPI / 25.4


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommandSheet", text)


def module_width_mm(available_mm: float, codes: Sequence[str] | None = None) -> float:
    """The module width the widest of `codes` (default: the bench page's) fits `available_mm`
    with (quiet zones included): the largest k/600 inch up to 0.45 mm. LabelError below 0.3 mm."""
    widest = max(_png_width_mm(code) for code in (codes or [code_for(c) for c in SHEET_ORDER]))
    k = math.floor(MAX_MODULE_MM / _MODULE_STEP_MM)
    while k * _MODULE_STEP_MM >= MIN_MODULE_MM:
        module = k * _MODULE_STEP_MM
        if widest * module / MODULE_MM <= available_mm:
            return module
        k -= 1
    raise LabelError(
        f"The command barcodes do not fit a column {available_mm:.0f} mm wide; "
        "print the sheet on A4 or Letter paper, portrait."
    )


def _png_width_mm(code: str) -> float:
    png = code128_png(code)
    return int.from_bytes(png[16:20], "big") / _PX_PER_MM_PNG


def sheet_cells(
    reasons: Sequence[Reason] = (),
    carriers: Sequence[SheetCarrier] | None = None,
    *,
    language_labels: Mapping[BenchCommand, str] | None = None,
) -> list[list[Cell]]:
    """The cells of every page, in print order (the bench's, the reasons', the counter's)."""
    return [cells for _, _, cells in sheet_pages(sheet_labels(language_labels), carriers, CELLS_PER_PAGE, reasons)]


# -- output --------------------------------------------------------------------------------


def command_sheet_pdf(
    path: str | os.PathLike[str],
    *,
    language_labels: Mapping[BenchCommand, str] | None = None,
    page_size: QPageSize | QPageSize.PageSizeId = A4,
    carriers: Sequence[SheetCarrier] | None = None,
    reasons: Sequence[Reason] = (),
) -> None:
    """Write the command sheet to `path` as a PDF: the bench's page, the denial `reasons`'
    pages, then the counter's with `carriers` (raises LabelError on failure)."""
    target = Path(path)
    if target.is_dir() or not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise LabelError(f"The PDF file “{target}” cannot be written: its folder does not exist or is read-only.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(os.fspath(path))
    printer.setDocName(_tr("Packing station — command barcodes"))
    printer.setCreator("instore-app")
    page = page_size if isinstance(page_size, QPageSize) else QPageSize(page_size)
    layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)
    if not printer.setPageLayout(layout):
        raise LabelError("The PDF page size could not be set.")
    print_command_sheet(printer, language_labels=language_labels, carriers=carriers, reasons=reasons)


def print_command_sheet(
    printer: QPrinter,
    *,
    language_labels: Mapping[BenchCommand, str] | None = None,
    carriers: Sequence[SheetCarrier] | None = None,
    reasons: Sequence[Reason] = (),
) -> None:
    """Paint the sheet on `printer` (its page size; our own 12 mm margins), one page after
    another.

    Call it after a QPrintDialog to print on paper; the scale must be 100 %."""
    printer.setFullPage(True)
    page = printer.pageLayout().fullRectPoints()
    size_mm = QSizeF(page.width() * 25.4 / 72, page.height() * 25.4 / 72)
    pages = sheet_pages(sheet_labels(language_labels), carriers, CELLS_PER_PAGE, reasons)
    # Every geometry before begin(): a PDF is created there, and a refusal must leave none.
    geometries = [_geometry(size_mm, printer.resolution(), cells) for _, _, cells in pages]
    painter = QPainter()
    if not painter.begin(printer):
        target = printer.outputFileName() or printer.printerName() or "the printer"
        raise LabelError(f"Cannot print the command sheet to {target}.")
    try:
        for index, ((title, hint, cells), geometry) in enumerate(zip(pages, geometries, strict=True)):
            if index and not printer.newPage():
                raise LabelError("A new page of the command sheet could not be started.")
            _paint(painter, size_mm, geometry, title, hint, cells)
    finally:
        painter.end()


def command_sheet_image(
    *,
    dpi: float = 96,
    language_labels: Mapping[BenchCommand, str] | None = None,
    page_size: QPageSize | QPageSize.PageSizeId = A4,
    carriers: Sequence[SheetCarrier] | None = None,
    reasons: Sequence[Reason] = (),
    page_number: int = 0,
) -> QImage:
    """Page `page_number` of the sheet as an image at `dpi` (a preview; print with
    :func:`print_command_sheet`)."""
    page = page_size if isinstance(page_size, QPageSize) else QPageSize(page_size)
    size_mm = page.size(QPageSize.Unit.Millimeter)
    px_per_mm = dpi / 25.4
    title, hint, cells = sheet_pages(sheet_labels(language_labels), carriers, CELLS_PER_PAGE, reasons)[page_number]
    geometry = _geometry(size_mm, dpi, cells)
    image = QImage(
        round(size_mm.width() * px_per_mm), round(size_mm.height() * px_per_mm), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint(painter, size_mm, geometry, title, hint, cells)
    finally:
        painter.end()
    return image


# -- painting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Geometry:
    px_per_mm: float
    cell_width_mm: float
    cell_height_mm: float
    bar_height_mm: float
    module_mm: float

    def px(self, mm: float) -> float:
        return mm * self.px_per_mm


def _geometry(size_mm: QSizeF, dpi: float, cells: Sequence[Cell]) -> _Geometry:
    rows = max(ROWS, math.ceil(len(cells) / COLUMNS))
    cell_width = (size_mm.width() - 2 * MARGIN_MM - (COLUMNS - 1) * GUTTER_MM) / COLUMNS
    cell_height = (size_mm.height() - 2 * MARGIN_MM - HEADER_MM - (rows - 1) * ROW_GAP_MM) / rows
    fixed = 2 * PADDING_MM + NAME_ROW_MM + CODE_TEXT_MM + _PNG_MARGINS_MM
    bar_height = min(MAX_BAR_HEIGHT_MM, cell_height - fixed)
    if bar_height < MIN_BAR_HEIGHT_MM:
        raise LabelError("The page is too short for the command sheet; print it on A4 or Letter paper, portrait.")
    module = module_width_mm(cell_width - 2 * PADDING_MM, [cell.code for cell in cells])
    return _Geometry(dpi / 25.4, cell_width, cell_height, bar_height, module)


def _font(points: float, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("monospace" if mono else "sans-serif")
    font.setStyleHint(QFont.StyleHint.TypeWriter if mono else QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _paint(painter: QPainter, size_mm: QSizeF, g: _Geometry, title: str, hint: str, cells: Sequence[Cell]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp bar edges
    # In a PDF, images are JPEG-compressed unless asked not to: JPEG blurs bar edges.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)

    # Header: title, and how to use the sheet.
    left, top = g.px(MARGIN_MM), g.px(MARGIN_MM)
    width = g.px(size_mm.width() - 2 * MARGIN_MM)
    painter.setPen(QColor("black"))
    painter.setFont(_font(18, bold=True))
    title_height = QFontMetricsF(painter.font(), painter.device()).height()
    painter.drawText(
        QRectF(left, top, width, title_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    painter.setFont(_font(10))
    painter.setPen(QColor("#333333"))
    hint_top = top + title_height + g.px(1)
    painter.drawText(
        QRectF(left, hint_top, width, g.px(HEADER_MM) - title_height - g.px(1)),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        hint,
    )

    for index, content in enumerate(cells):
        row, column = divmod(index, COLUMNS)
        x = MARGIN_MM + column * (g.cell_width_mm + GUTTER_MM)
        y = MARGIN_MM + HEADER_MM + row * (g.cell_height_mm + ROW_GAP_MM)
        _paint_cell(painter, g, QRectF(g.px(x), g.px(y), g.px(g.cell_width_mm), g.px(g.cell_height_mm)), content)


def _paint_cell(painter: QPainter, g: _Geometry, cell: QRectF, content: Cell) -> None:
    # A light frame around the cell (a cutting guide; outside every quiet zone).
    painter.setPen(QPen(QColor("#9a9a9a"), g.px(0.3)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(cell, g.px(3), g.px(3))

    inner = cell.adjusted(g.px(PADDING_MM), g.px(PADDING_MM), -g.px(PADDING_MM), -g.px(PADDING_MM))
    name_row = QRectF(inner.left(), inner.top(), inner.width(), g.px(NAME_ROW_MM))

    # The key, as a key cap on the right: "key [F9]" (none for a carrier beyond the ninth).
    label, key = content.label, content.key
    cap_left = name_row.right()
    caption_width = 0.0
    if key:
        painter.setFont(_font(15, bold=True))
        metrics = QFontMetricsF(painter.font(), painter.device())
        cap_width = metrics.horizontalAdvance(key) + g.px(5)
        cap = QRectF(name_row.right() - cap_width, name_row.top() + g.px(0.5), cap_width, name_row.height() - g.px(1))
        painter.setPen(QPen(QColor("black"), g.px(0.4)))
        painter.drawRoundedRect(cap, g.px(1.5), g.px(1.5))
        painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, key)
        painter.setFont(_font(9))
        caption_metrics = QFontMetricsF(painter.font(), painter.device())
        caption = _tr("key")
        caption_width = caption_metrics.horizontalAdvance(caption) + g.px(2)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(cap.left() - caption_width, name_row.top(), caption_width - g.px(1.5), name_row.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            caption,
        )
        cap_left = cap.left()

    # The action's name, large, shrunk to fit what is left of the row.
    name_width = cap_left - caption_width - name_row.left() - g.px(2)
    painter.setPen(QColor("black"))
    points = 22.0
    painter.setFont(_font(points, bold=True))
    while points > 10 and QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(label) > name_width:
        points -= 1
        painter.setFont(_font(points, bold=True))
    painter.drawText(
        QRectF(name_row.left(), name_row.top(), name_width, name_row.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
        label,
    )

    # The barcode, centred, at the sheet's module width.
    code = content.code
    image = QImage.fromData(code128_png(code, bar_height_mm=g.bar_height_mm))
    if image.isNull():
        raise LabelError(f"The barcode for {code} could not be drawn.")
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width = g.px(image.width() / _PX_PER_MM_PNG * g.module_mm / MODULE_MM)
    height = g.px(image.height() / _PX_PER_MM_PNG)
    bars_top = name_row.bottom() + g.px(1)
    target = QRectF(inner.center().x() - width / 2, bars_top, width, height)
    painter.drawImage(target, image)

    # The code as text, small, under the bars (for a person typing it, and for support).
    painter.setFont(_font(9, mono=True))
    painter.setPen(QColor("#444444"))
    painter.drawText(
        QRectF(inner.left(), target.bottom(), inner.width(), g.px(CODE_TEXT_MM)),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        code,
    )

"""Printing labels on a thermal label printer (or into a PDF file).

:func:`make_printer` sets up a QPrinter for the label stock (100 x 150 mm by default, no
page margins); :func:`print_label` paints a label on it scaled to fit the page, HTML inside
the label's own margin (4 mm: thermal printers clip what is nearer the edge);
:func:`ask_and_print` lets the employee pick the printer first, without blocking the
event loop (a non-modal dialog, safe to start from a coroutine). Printing straight to the
chosen printer, or into a PDF when there is none, is :mod:`.output`'s job.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from ..api.client import LabelDocument
from .content import LabelError, PdfLabel, draw_image, fit_rect
from .loading import LoadedLabel, css_width, lay_out, load_label
from .safe_html import SafeTextDocument

log = logging.getLogger(__name__)

#: HTML taller than this many pages at full width is printed over several pages
#: instead of being shrunk onto one.
SHRINK_LIMIT = 1.5
#: White around HTML labels and the packing slip, in mm: Qt's rich text ignores a label's own
#: CSS padding, and thermal printers clip the outer millimetre or two.
LABEL_MARGIN_MM = 4.0


@dataclass(frozen=True)
class LabelPrintSettings:
    """The label printer and its stock. `dpi` is a hint (QPrinter may keep the driver's)."""

    printer_name: str = ""  # "" = the system's default printer
    width_mm: float = 100.0
    height_mm: float = 150.0
    dpi: int = 203
    margin_mm: float = LABEL_MARGIN_MM  # around HTML labels and the packing slip
    pdf_folder: str = ""  # where labels are saved when there is no printer ("": see output.py)


def make_printer(
    settings: LabelPrintSettings, pdf_path: str | os.PathLike[str] | None = None, *, title: str = ""
) -> QPrinter:
    """A QPrinter for the label stock: page size in mm, no margins, portrait.

    With `pdf_path` the output is that PDF file instead of a printer. `title` names the job
    in the print queue (cups-pdf names its file after it); the default is "Shipping label".
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(os.fspath(pdf_path))
    elif settings.printer_name:
        printer.setPrinterName(settings.printer_name)
        if printer.printerName() != settings.printer_name:
            log.warning("Printer %r not found; using %r", settings.printer_name, printer.printerName())
    printer.setDocName(title or _tr("Shipping label"))
    apply_label_page(printer, settings)
    return printer


def apply_label_page(printer: QPrinter, settings: LabelPrintSettings) -> None:
    """Set the label stock on `printer`: page size in mm, no margins, portrait, dpi hint.

    Also needed after a QPrintDialog is accepted: it applies its own paper choice (Letter or
    A4 when printing to a file), which is never right for label stock.
    """
    printer.setFullPage(True)
    printer.setResolution(settings.dpi)
    page_size = QPageSize(
        QSizeF(settings.width_mm, settings.height_mm),
        QPageSize.Unit.Millimeter,
        f"Label {settings.width_mm:g} x {settings.height_mm:g} mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    layout = QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)  # below the printer's own minimum margins
    if not printer.setPageLayout(layout):
        log.warning("Printer %r refused the label page layout", printer.printerName())


def print_label(
    doc: LabelDocument | QTextDocument, printer: QPrinter, *, margin_mm: float = LABEL_MARGIN_MM
) -> None:
    """Print `doc` on `printer`, scaled to fit each page; LabelError if it can't be printed.

    A PDF prints one label page per PDF page (rendered at the printer's resolution); an
    image is scaled keeping its aspect ratio (both are full-page designs with their own
    margins); HTML is laid out at the label's width, `margin_mm` inside its edges, and
    shrunk onto one page, or split over pages when it is much longer than one.
    """
    if isinstance(doc, QTextDocument):
        # A fresh SafeTextDocument from its HTML: only embedded (data:) images are kept, and
        # the caller's layout is left untouched.
        label: LoadedLabel = SafeTextDocument(doc.toHtml())
    else:
        label = load_label(doc)
    _check_output(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise LabelError(f"printing could not start on {_printer_label(printer)}.")
    try:
        page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        if isinstance(label, PdfLabel):
            _paint_pdf(painter, printer, label, page)
        elif isinstance(label, QImage):
            draw_image(painter, label, fit_rect(QSizeF(label.size()), page))
        else:
            label.setDocumentMargin(css_width(margin_mm))
            _paint_html(painter, printer, label, page)
    finally:
        painter.end()
        if isinstance(label, PdfLabel):
            label.close()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise LabelError(f"{_printer_label(printer)} reported an error; the label may not have printed.")


def ask_and_print(
    parent: QWidget | None,
    doc: LabelDocument | QTextDocument,
    settings: LabelPrintSettings,
    *,
    pdf_path: str | os.PathLike[str] | None = None,
    on_printed: Callable[[], None] | None = None,
    title: str = "",
) -> None:
    """Open a print dialog (non-modal, returns at once); print `doc` if it is accepted.

    Errors while printing are logged and shown in a non-modal message box. `pdf_path`
    preselects printing into that PDF file; `on_printed` runs after a successful print;
    `title` names the print job (see make_printer).
    """
    printer = make_printer(settings, pdf_path, title=title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print label"))
    _keep_alive(dialog, printer, doc)

    def accepted() -> None:
        apply_label_page(printer, settings)
        try:
            print_label(doc, printer, margin_mm=settings.margin_mm)
        except LabelError as error:
            log.warning("Label not printed: %s", error)
            _show_error(parent, str(error))
            return
        if on_printed is not None:
            on_printed()

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    QDialog.open(dialog)  # QPrintDialog.open in PySide6 insists on (receiver, member)
    if pdf_path is not None:
        _preselect_pdf(dialog)


def _preselect_pdf(dialog: QPrintDialog) -> None:
    """Select "Print to File (PDF)" in the dialog's printer list (the file name stays).

    Qt's own dialog selects the first print queue when the PC has one, whatever output the
    QPrinter had; it must be set after open(), which fills the list again.
    """
    printers = dialog.findChild(QComboBox, "printers")
    if printers is None or printers.count() == 0:
        log.warning("the print dialog has no printer list: the PDF output is not preselected")
        return
    last = printers.count() - 1
    if printers.itemText(last) not in QPrinterInfo.availablePrinterNames():
        printers.setCurrentIndex(last)


# -- internals -------------------------------------------------------------------------------

#: Open dialogs with the printer and document they use, kept until the dialog is destroyed
#: (QPrintDialog only points at its QPrinter; a collected printer would crash it).
_alive: dict[int, tuple[object, ...]] = {}


def _keep_alive(dialog: QDialog, *companions: object) -> None:
    key = id(dialog)
    _alive[key] = (dialog, *companions)
    dialog.destroyed.connect(lambda *_: _alive.pop(key, None))


def _show_error(parent: QWidget | None, reason: str) -> None:
    """A non-modal warning (a nested exec() would stall the qasync event loop)."""
    text = _tr("The label was not printed: {reason}").format(reason=reason)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Label not printed"), text)
    box.setParent(parent, box.windowFlags())
    box.finished.connect(box.deleteLater)
    _keep_alive(box)
    QDialog.open(box)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabelPrinting", text)


def _printer_label(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return f"the PDF file “{printer.outputFileName()}”"
    return f"the printer “{printer.printerName() or 'default'}”"


def _check_output(printer: QPrinter) -> None:
    """LabelError before painting when the output is clearly unusable (Qt would only warn)."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return
    name = printer.outputFileName()
    if not name:
        raise LabelError("no printer is set up, and no PDF file was chosen.")
    if Path(name).is_dir() or not Path(name).parent.is_dir():
        raise LabelError(f"the PDF file “{name}” cannot be written.")


def _paint_pdf(painter: QPainter, printer: QPrinter, pdf: PdfLabel, page: QRectF) -> None:
    """One printed page per PDF page, each rendered at the printer's resolution."""
    for index in range(pdf.page_count):
        if index:
            printer.newPage()
        target = fit_rect(pdf.page_size(index), page)
        if target.isEmpty():
            continue
        image = pdf.render(index, QSize(round(target.width()), round(target.height())))
        draw_image(painter, image, target)


def _paint_html(painter: QPainter, printer: QPrinter, document: QTextDocument, page: QRectF) -> None:
    """Lay the HTML out at the label's width; shrink it onto one page or split it over pages."""
    width = css_width(printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width())
    page_height = width * page.height() / page.width()
    size = lay_out(document, width)
    if size.height() <= page_height * SHRINK_LIMIT:
        target = fit_rect(size, page)
        target.moveTop(page.top())  # a slip reads from the top of the label
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(target.width() / size.width(), target.height() / size.height())
        document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
        painter.restore()
        return
    document.setPageSize(QSizeF(size.width(), size.width() * page.height() / page.width()))
    page_size = document.pageSize()
    scale = page.width() / page_size.width()
    for index in range(document.pageCount()):
        if index:
            printer.newPage()
        painter.save()
        painter.translate(page.topLeft())
        painter.scale(scale, scale)
        top = index * page_size.height()
        painter.translate(0, -top)
        document.drawContents(painter, QRectF(0, top, page_size.width(), page_size.height()))
        painter.restore()

"""Printing a label in one action: straight to the station's printer, or into a PDF file.

The printer is chosen once (``--printer NAME`` or the saved setting, in
:attr:`LabelPrintSettings.printer_name`); without one, the system's default printer. F10 and
the print barcode come here: :func:`print_now` prints without a dialog. When there is no
printer at all (or the chosen one is not on this PC) the label is saved as a PDF in the
labels folder (:func:`labels_folder`) under a name with the package number, and
:attr:`PrintResult.problem` says where it is and how to choose a printer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinterInfo

from ..api.client import LabelDocument
from .content import LabelError
from .printing import make_printer, print_label
from .stock import LabelPrintSettings
from .zpl import is_zpl, send_raw

log = logging.getLogger(__name__)

__all__ = ["LABELS_FOLDER_NAME", "PrintResult", "choose_printer", "label_title", "labels_folder", "print_now"]

#: The folder, in the user's documents, where labels are saved when there is no printer.
LABELS_FOLDER_NAME = "Packing station labels"
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


@dataclass(frozen=True)
class PrintResult:
    """Where a label went: a printer, or a PDF file (and why)."""

    printer: str = ""  # the printer it was sent to ("" when it was saved as a PDF)
    pdf_path: Path | None = None  # the PDF file it was saved in instead
    missing_printer: str = ""  # the chosen printer, which this PC does not have

    @property
    def problem(self) -> str | None:
        """What the bench shows beside "Packed" (None: it went to the printer)."""
        if self.pdf_path is None:
            return None
        if self.missing_printer:
            text = _tr(
                "the printer “%1” is not found on this PC. Choose the printer in Settings (Ctrl+,),"
                " or start the app with --printer NAME. The label is saved as a PDF file: %2"
            ).replace("%1", self.missing_printer)
        else:
            text = _tr(
                "no label printer is chosen on this PC. Choose the printer in Settings (Ctrl+,),"
                " or start the app with --printer NAME. The label is saved as a PDF file: %2"
            )
        return text.replace("%2", str(self.pdf_path))


def available_printers() -> list[str]:
    """The print queues this PC has (CUPS on Linux)."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    """The system's default printer ("" when there is none)."""
    return QPrinterInfo.defaultPrinterName()


def choose_printer(settings: LabelPrintSettings) -> tuple[str, str]:
    """(the printer to print on, "" for none; the chosen printer if it is missing, else "")."""
    if settings.printer_name:
        if settings.printer_name in available_printers():
            return settings.printer_name, ""
        log.warning("the label printer %r is not found on this PC", settings.printer_name)
        return "", settings.printer_name
    return default_printer(), ""


def labels_folder(settings: LabelPrintSettings) -> Path:
    """Where labels are saved without a printer: the setting, else the user's documents."""
    if settings.pdf_folder:
        return Path(settings.pdf_folder)
    return Path(platformdirs.user_documents_dir()) / LABELS_FOLDER_NAME


def label_title(number: str) -> str:
    """The job's title and the PDF's name without ".pdf": "label-2394…P1" (the word translated)."""
    safe = _UNSAFE.sub("_", number).strip("._") or "package"
    return f"{_UNSAFE.sub('_', _tr('label'))}-{safe}"


def print_now(doc: LabelDocument | QTextDocument, settings: LabelPrintSettings, *, number: str) -> PrintResult:
    """Print `doc` without a dialog: on the chosen (or default) printer, else into a PDF file.

    A ZPL label (Seller Center) goes raw to the chosen printer only (:mod:`.zpl`).
    Raises LabelError when it cannot be printed, nor saved (the message says why).
    """
    title = label_title(number)
    if is_zpl(doc):  # printer commands: raw to the chosen label printer, or not at all (see zpl.py)
        assert isinstance(doc, LabelDocument)
        send_raw(doc, settings.printer_name, title=title, printers=available_printers)
        return PrintResult(printer=settings.printer_name)
    printer_name, missing = choose_printer(settings)
    if printer_name:
        printer = make_printer(settings, title=title)
        printer.setPrinterName(printer_name)
        print_label(doc, printer, margin_mm=settings.margin_mm)
        log.info("label of %s sent to the printer %r", number, printer_name)
        return PrintResult(printer=printer_name)
    folder = labels_folder(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LabelError(f"there is no printer, and the folder “{folder}” cannot be made ({error.strerror}).") from error
    path = folder / f"{title}.pdf"
    print_label(doc, make_printer(settings, path, title=title), margin_mm=settings.margin_mm)
    log.info("no printer: the label of %s is saved as %s", number, path)
    return PrintResult(pdf_path=path, missing_printer=missing)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabelPrinting", text)

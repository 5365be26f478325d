"""Shipping labels and packing slips: shown safely on screen and printed on label stock.

* :class:`LabelView` shows what the OMS returned (HTML, PDF or image) scaled to fit.
* :func:`print_label`, :func:`make_printer`, :func:`ask_and_print` print it;
  :func:`print_now` prints it in one action (the chosen printer, else a PDF file).
* :func:`packing_slip_html` is the app's own slip when the OMS gives no label.
"""

from __future__ import annotations

from .content import LabelError, PdfLabel, decode_image
from .loading import load_label
from .output import PrintResult, label_title, labels_folder, print_now
from .printing import LABEL_MARGIN_MM, LabelPrintSettings, ask_and_print, make_printer, print_label
from .safe_html import SafeTextDocument
from .slip import code128_png, packing_slip_html
from .view import LabelView

__all__ = [
    "LABEL_MARGIN_MM",
    "LabelError",
    "LabelPrintSettings",
    "LabelView",
    "PdfLabel",
    "PrintResult",
    "SafeTextDocument",
    "ask_and_print",
    "code128_png",
    "decode_image",
    "load_label",
    "label_title",
    "labels_folder",
    "make_printer",
    "packing_slip_html",
    "print_label",
    "print_now",
]

"""Shipping labels and packing slips: shown safely on screen and printed on label stock.

* :class:`LabelView` shows what the OMS returned (HTML, PDF or image) scaled to fit.
* :func:`print_label`, :func:`make_printer`, :func:`ask_and_print` print it;
  :func:`print_now` prints it in one action (the chosen printer, else a PDF file).
* :func:`packing_slip_html` is the app's own slip when the OMS gives no label.

Every name but the label stock's is imported on first use (the printing names load
QtPrintSupport): the window paints its first list before it builds the bench that shows labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .stock import LABEL_MARGIN_MM, LabelPrintSettings

if TYPE_CHECKING:
    from .content import LabelError, PdfLabel, decode_image
    from .loading import load_label
    from .output import PrintResult, label_title, labels_folder, print_now
    from .printing import ask_and_print, make_printer, print_label
    from .safe_html import SafeTextDocument
    from .slip import code128_png, packing_slip_html
    from .view import LabelView

#: Names imported on first use, and the module each comes from.
_LAZY = {
    "LabelError": "content",
    "PdfLabel": "content",
    "decode_image": "content",
    "load_label": "loading",
    "SafeTextDocument": "safe_html",
    "code128_png": "slip",
    "packing_slip_html": "slip",
    "LabelView": "view",
    "PrintResult": "output",
    "label_title": "output",
    "labels_folder": "output",
    "print_now": "output",
    "ask_and_print": "printing",
    "make_printer": "printing",
    "print_label": "printing",
}

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


__getattr__ = lazy_names(__name__, globals(), _LAZY)

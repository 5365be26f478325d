"""Turning what the OMS returned (a LabelDocument) into something Qt can draw."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage, QTextDocument

from ..api.client import LabelDocument
from .content import LabelError, PdfLabel, decode_image, html_text
from .safe_html import SafeTextDocument

#: What a label becomes once decoded.
LoadedLabel = QImage | PdfLabel | QTextDocument

MM_PER_INCH = 25.4
#: HTML is laid out in CSS pixels (96 per inch), like a browser would for the same label.
CSS_DPI = 96.0


def css_width(width_mm: float) -> float:
    """The layout width, in CSS pixels, of a label `width_mm` wide."""
    return width_mm / MM_PER_INCH * CSS_DPI


def load_label(doc: LabelDocument) -> LoadedLabel:
    """The decoded label: a QImage, a PdfLabel or a SafeTextDocument; LabelError otherwise."""
    if not doc.content:
        raise LabelError("the OMS sent an empty label.")
    kind = doc.kind
    if kind == "pdf":
        return PdfLabel(doc.content)
    if kind == "image":
        return decode_image(doc.content)
    if kind == "html":
        return SafeTextDocument(html_text(doc.content, doc.content_type))
    if kind == "zpl":
        raise LabelError("it is ZPL, commands for a thermal label printer, which cannot be drawn on screen.")
    content_type = doc.content_type.split(";")[0].strip() or "no content type"
    raise LabelError(f"its format is not supported ({content_type}).")


def lay_out(document: QTextDocument, width: float) -> QSizeF:
    """Lay `document` out `width` CSS pixels wide (wider if its content needs it); its size."""
    document.setTextWidth(width)
    ideal = document.idealWidth()
    if ideal > width + 0.5:
        document.setTextWidth(ideal)
    return document.size()

"""LabelView: the shipping label (or packing slip) on screen, as large as the widget allows."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..api.client import LabelDocument
from .content import LabelError, PdfLabel, draw_image, fit_rect
from .loading import LoadedLabel, css_width, lay_out, load_label
from .printing import LABEL_MARGIN_MM
from .safe_html import SafeTextDocument

log = logging.getLogger(__name__)

MARGIN = 8  # pixels of widget around the label paper


class LabelView(QWidget):
    """Shows one label scaled to fit: HTML and text as vectors, PDF pages re-rendered to size.

    HTML is drawn from a :class:`SafeTextDocument` (embedded images only), a PDF shows its
    first page with "page 1 of N" under it, images are drawn sharp. Content that cannot be
    shown becomes a message in the widget; nothing here raises for bad content.
    """

    def __init__(
        self, parent: QWidget | None = None, *, label_width_mm: float = 100.0, margin_mm: float = LABEL_MARGIN_MM
    ) -> None:
        super().__init__(parent)
        self._layout_width = css_width(label_width_mm)
        self._margin = css_width(margin_mm)  # HTML is shown inside the margin it is printed with
        self._label: LoadedLabel | None = None
        self._message = ""
        self._caption = ""
        self._cache_key: tuple[int, int, float] | None = None
        self._cache: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)

    # -- public API ----------------------------------------------------------------------

    @property
    def has_content(self) -> bool:
        """True while a label or document is shown (not a message)."""
        return self._label is not None

    @property
    def message(self) -> str:
        """The message shown instead of a label ("" while content is shown)."""
        return self._message

    @property
    def caption(self) -> str:
        """The line under the label, such as "page 1 of 3" ("" when there is none)."""
        return self._caption

    @property
    def page_count(self) -> int:
        """Pages of the shown PDF; 1 for other content, 0 when nothing is shown."""
        if isinstance(self._label, PdfLabel):
            return self._label.page_count
        return 1 if self._label is not None else 0

    def show_label(self, doc: LabelDocument) -> bool:
        """Show the label the OMS returned; False (and a message instead) if it can't be shown."""
        try:
            label = load_label(doc)
        except LabelError as error:
            self.clear(self.tr("The label could not be shown: {reason}").format(reason=error))
            return False
        except Exception as error:  # a widget must not take the window down with a bad label
            log.exception("Unexpected error decoding a %s label", doc.kind)
            self.clear(self.tr("The label could not be shown: {reason}").format(reason=error))
            return False
        self._set_label(label)
        if isinstance(label, PdfLabel) and label.page_count > 1:
            self._caption = self.tr("page 1 of {count}").format(count=label.page_count)
        return True

    def show_document(self, document: str | QTextDocument) -> None:
        """Show HTML (rendered safely) or a ready QTextDocument, such as the packing slip."""
        if isinstance(document, str):
            document = SafeTextDocument(document)
        self._set_label(document)

    def clear(self, message: str = "") -> None:
        """Show no label; `message` (if any) in its place."""
        self._release()
        self._message = message
        self.setAccessibleDescription(message)
        self.update()

    # -- Qt ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(400, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self._caption:
            caption_height = self.fontMetrics().height() + MARGIN
            caption_area = QRectF(area.left(), area.bottom() - caption_height, area.width(), caption_height)
            area.setBottom(caption_area.top())
            painter.drawText(caption_area, Qt.AlignmentFlag.AlignCenter, self._caption)
        if self._label is None:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message)
        elif isinstance(self._label, QTextDocument):
            self._paint_document(painter, self._label, area)
        else:
            self._paint_raster(painter, area)
        painter.end()

    # -- internals -----------------------------------------------------------------------

    def _set_label(self, label: LoadedLabel) -> None:
        self._release()
        if isinstance(label, QTextDocument):
            label.setDocumentMargin(self._margin)
            lay_out(label, self._layout_width)
        self._label = label
        self._message = ""
        self.setAccessibleDescription(self.tr("Shipping label"))
        self.update()

    def _release(self) -> None:
        if isinstance(self._label, PdfLabel):
            self._label.close()
        self._label = None
        self._caption = ""
        self._cache_key = None
        self._cache = None

    def _paint_document(self, painter: QPainter, document: QTextDocument, area: QRectF) -> None:
        """Draw the document as vectors, scaled to fit, on white paper."""
        size = document.size()  # laid out once in _set_label: relayout costs, scaling doesn't
        target = fit_rect(size, area)
        if target.isEmpty():
            return
        painter.fillRect(target, QColor(Qt.GlobalColor.white))
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(target.width() / size.width(), target.height() / size.height())
        document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
        painter.restore()

    def _paint_raster(self, painter: QPainter, area: QRectF) -> None:
        """Draw the image or first PDF page, prepared for the widget's device pixels."""
        label = self._label
        natural = label.page_size(0) if isinstance(label, PdfLabel) else QSizeF(label.size())
        target = fit_rect(natural, area)
        if target.isEmpty():
            return
        painter.fillRect(target, QColor(Qt.GlobalColor.white))
        draw_image(painter, self._prepared(label, target.size()), target)

    def _prepared(self, label: QImage | PdfLabel, size: QSizeF) -> QImage:
        """The label as pixels for `size` logical pixels at the device pixel ratio (cached).

        A PDF page is rendered at exactly that size; a larger image is scaled down smoothly
        once; a smaller one is returned as is, to be enlarged with sharp pixels.
        """
        ratio = self.devicePixelRatioF()
        key = (round(size.width() * ratio), round(size.height() * ratio), ratio)
        if key == self._cache_key and self._cache is not None:
            return self._cache
        pixels = QSize(max(key[0], 1), max(key[1], 1))
        if isinstance(label, PdfLabel):
            prepared = label.render(0, pixels)
            prepared.setDevicePixelRatio(ratio)
        elif label.width() > pixels.width():
            prepared = label.scaled(
                pixels, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            prepared.setDevicePixelRatio(ratio)
        else:
            prepared = label
        self._cache_key, self._cache = key, prepared
        return prepared

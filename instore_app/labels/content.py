"""Decoding label content (images, PDFs, HTML text) into Qt objects, with clear errors.

Everything here raises :class:`LabelError` with a message a store employee can read, never a
Qt warning or a crash, for content it cannot use: empty bytes, unknown formats, broken or
password-protected PDFs, images too large to hold in memory.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

#: Image formats accepted in labels and in HTML ``data:`` URIs (as QImageReader names them).
IMAGE_FORMATS = frozenset({"png", "jpeg", "jpg", "gif"})
#: Larger images are refused before decoding (Qt would otherwise warn and give up at 256 MB).
MAX_IMAGE_PIXELS = 40_000_000
#: PDF pages are rendered to at most this many pixels (a 100x150 mm page at 600 dpi is 8.4 M).
MAX_RENDER_PIXELS = 16_000_000


class LabelError(Exception):
    """A label that cannot be shown or printed; ``str(error)`` explains why, for people."""


def decode_image(data: bytes) -> QImage:
    """A PNG, JPEG or GIF (first frame) as a QImage; LabelError for anything else."""
    if not data:
        raise LabelError("the image is empty.")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    image_format = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if image_format not in IMAGE_FORMATS:
        raise LabelError("the image is not a PNG, JPEG or GIF.")
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
        raise LabelError(f"the image is too large ({size.width()} x {size.height()} pixels).")
    image = reader.read()
    if image.isNull():
        raise LabelError(f"the image could not be decoded ({reader.errorString()}).")
    return image


def fit_rect(content: QSizeF, area: QRectF) -> QRectF:
    """The largest rectangle of `content`'s aspect ratio inside `area`, centred in it."""
    if content.isEmpty() or area.isEmpty():
        return QRectF(area.center(), QSizeF(0, 0))
    scale = min(area.width() / content.width(), area.height() / content.height())
    size = content * scale
    return QRectF(
        area.x() + (area.width() - size.width()) / 2,
        area.y() + (area.height() - size.height()) / 2,
        size.width(),
        size.height(),
    )


def draw_image(painter: QPainter, image: QImage, target: QRectF) -> None:
    """Draw `image` scaled into `target`: smooth when shrinking, sharp pixels when enlarging.

    Nearest-neighbour enlargement keeps barcode bars crisp black and white.
    """
    shrinking = target.width() < image.width() / max(image.devicePixelRatio(), 1.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, shrinking)
    painter.drawImage(target, image, QRectF(image.rect()))
    painter.restore()


class PdfLabel:
    """A PDF held in memory: its QPdfDocument and the QBuffer it reads from, kept together."""

    def __init__(self, data: bytes) -> None:
        if not data:
            raise LabelError("the PDF is empty.")
        from PySide6.QtPdf import QPdfDocument  # the PDF engine: loaded with the first PDF label

        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        # A random-access device (QBuffer) loads synchronously.
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            error = self.document.error()
            if error == QPdfDocument.Error.IncorrectPassword:
                raise LabelError("the PDF is protected by a password.")
            raise LabelError("the PDF is damaged or not a PDF.")
        if self.document.pageCount() < 1:
            raise LabelError("the PDF has no pages.")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size(self, page: int) -> QSizeF:
        """The size of `page` in points (1/72 inch)."""
        return self.document.pagePointSize(page)

    def render(self, page: int, size: QSize) -> QImage:
        """`page` rendered to exactly `size` pixels (at most MAX_RENDER_PIXELS), on white."""
        pixels = size.width() * size.height()
        if pixels > MAX_RENDER_PIXELS:
            factor = (MAX_RENDER_PIXELS / pixels) ** 0.5
            size = QSize(int(size.width() * factor), int(size.height() * factor))
        size = size.expandedTo(QSize(1, 1))
        # QPdfDocument renders onto a transparent background: flatten it onto paper white.
        rendered = self.document.render(page, size)
        page_image = QImage(size, QImage.Format.Format_RGB32)
        page_image.fill(QColor(Qt.GlobalColor.white))
        if not rendered.isNull():
            painter = QPainter(page_image)
            painter.drawImage(0, 0, rendered)
            painter.end()
        return page_image

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def html_text(content: bytes, content_type: str = "") -> str:
    """HTML bytes as text, using the charset of the content type or of a <meta> tag (else UTF-8)."""
    if not content.strip():
        raise LabelError("the HTML label is empty.")
    found = _CHARSET_PARAM.search(content_type) or _META_CHARSET.search(content[:2048])
    charset = found.group(1) if found else "utf-8"
    if isinstance(charset, bytes):
        charset = charset.decode("ascii", "replace")
    try:
        return content.decode(charset, errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")

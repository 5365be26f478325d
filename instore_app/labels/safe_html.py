"""HTML labels rendered without touching the network or the disk.

QTextDocument runs no scripts; the only way HTML can reach out is through the resources it
asks for (images, style sheets, CSS backgrounds), and every one of them goes through
:meth:`SafeTextDocument.loadResource`. That serves images embedded as ``data:`` URIs and
nothing else: no http(s), no ``file:``, no relative paths, no Qt resources.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from urllib.parse import unquote_to_bytes, urlsplit, urlunsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from .content import LabelError, decode_image

log = logging.getLogger(__name__)

#: Media types a ``data:`` URI may carry to be shown as an image.
DATA_IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/gif"})


def data_uri_image(uri: str) -> QImage | None:
    """The image in a ``data:image/...`` URI (base64 or percent-encoded), or None."""
    header, comma, payload = uri.partition(",")
    if not comma or not header.lower().startswith("data:"):
        return None
    params = [part.strip().lower() for part in header[5:].split(";")]
    if params[0] not in DATA_IMAGE_TYPES:
        return None
    raw = unquote_to_bytes(payload)
    try:
        data = base64.b64decode(raw, validate=False) if "base64" in params[1:] else raw
        return decode_image(data)
    except (binascii.Error, ValueError, LabelError):
        return None


def loggable_url(url: QUrl) -> str:
    """`url` as safe to log: no query, fragment or user info; a data: URI by its type only."""
    text = url.toString()
    parts = urlsplit(text)
    if parts.scheme.lower() == "data":
        return "data:" + parts.path.split(",")[0].split(";")[0][:40]
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


#: An empty table cell: Qt's rich text puts the block that follows the table (an <hr>, say)
#: into it, and prints it as a stray "_" in the cell's corner.
_EMPTY_CELL = re.compile(r"(<td\b[^>]*>)(\s*)(</td>)", re.IGNORECASE)


def fill_empty_cells(html: str) -> str:
    """`html` with a non-breaking space in every empty ``<td>`` (see _EMPTY_CELL)."""
    return _EMPTY_CELL.sub(r"\1&nbsp;\3", html)


class SafeTextDocument(QTextDocument):
    """A QTextDocument that loads only ``data:`` images, and logs each refusal once."""

    def __init__(self, html: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._refused: set[str] = set()
        if html is not None:
            self.setHtml(fill_empty_cells(html))

    @property
    def refused_urls(self) -> frozenset[str]:
        """The resources this document asked for and did not get (as logged)."""
        return frozenset(self._refused)

    def loadResource(self, type: int, name: QUrl):  # noqa: A002 (Qt's parameter name)
        """Serve ``data:`` images; return None for every other resource."""
        try:
            is_image = getattr(type, "value", type) == QTextDocument.ResourceType.ImageResource.value
            if is_image and name.scheme().lower() == "data":
                image = data_uri_image(name.toString(QUrl.ComponentFormattingOption.FullyEncoded))
                if image is not None:
                    return image
            self._refuse(name)
        except Exception:  # never let a label's resource take the painting down
            log.exception("Label resource refused after an error")
        return None

    def _refuse(self, name: QUrl) -> None:
        shown = loggable_url(name)
        if shown not in self._refused:
            self._refused.add(shown)
            log.warning("Label resource not loaded (only embedded images are): %s", shown)

"""Product photos: fetched in the background (by the function given), kept on disk, never blocking.

``pixmap(url, side)`` answers at once: a photo scaled to fit a ``side`` x ``side`` square
(from memory, or from the disk cache, :class:`~instore_app.ui.image_store.DiskImageStore`), or
None, and then starts a fetch through :meth:`OmsClient.fetch_image` (without the token, from
the photo's own host, size-bounded); ``loaded(url)`` fires when it arrives. Failures are
remembered for the run, not retried. :func:`letter_tile` draws what stands in for a product
that has no photo.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from typing import Any, Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPixmap

from .image_store import DiskImageStore
from .tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["ImageCache", "letter_tile"]

#: Photos are decoded to at most this many pixels a side (the largest the bench shows).
MAX_SIDE = 720
#: Decoded photos kept in memory (each at most MAX_SIDE² x 4 bytes).
DECODED = 24
#: Addresses whose photo failed, remembered for the run.
MAX_FAILED = 2000


class ImageCache(QObject):
    loaded = Signal(str)

    def __init__(
        self,
        fetch: Callable[[str], Coroutine[Any, Any, bytes]],
        parent: QObject | None = None,
        *,
        size: int = 56,
        capacity: int = 300,
        disk: DiskImageStore | Literal[False] | None = None,
    ) -> None:
        """`size`: the side when none is asked for; `capacity`: scaled pixmaps kept;
        `disk`: where photos are kept between runs (None: the user's cache; False: nowhere)."""
        super().__init__(parent)
        self.fetch = fetch  # OmsClient.fetch_image: without the token, size-bounded
        self.size = size
        self.capacity = capacity
        self.disk: DiskImageStore | None = DiskImageStore() if disk is None else (disk or None)
        self._scaled: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._decoded: OrderedDict[str, QImage] = OrderedDict()
        self._failed: set[str] = set()
        self._fetching: dict[str, str] = {}  # task key -> url (keys name no address: logs show them)
        self._tasks = TaskRunner(self)
        self._tasks.failed.connect(self._fetch_failed)

    def pixmap(self, url: str, side: int | None = None, ratio: float = 1.0) -> QPixmap | None:
        """The photo at `url` fitted in a `side` x `side` square (logical pixels at device
        pixel ratio `ratio`), or None while it is fetched or when there is none."""
        side = max(8, side or self.size)
        pixels = round(side * ratio)
        key = (url, pixels)
        pixmap = self._scaled.get(key)
        if pixmap is not None:
            self._scaled.move_to_end(key)
            return pixmap
        image = self._image(url)
        if image is None:
            return None
        scaled = image.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self._scaled[key] = pixmap
        while len(self._scaled) > self.capacity:
            self._scaled.popitem(last=False)
        return pixmap

    def has_failed(self, url: str) -> bool:
        """True when `url` gave no photo this run (it is not fetched again)."""
        return url in self._failed

    def cancel_all(self) -> None:
        self._tasks.cancel_all()

    # -- internals --------------------------------------------------------------------------------

    def _image(self, url: str) -> QImage | None:
        image = self._decoded.get(url)
        if image is not None:
            self._decoded.move_to_end(url)
            return image
        if url in self._failed:
            return None
        data = self.disk.get(url) if self.disk is not None else None
        if data is not None:
            image = decode(data)
            if image is not None:
                self._remember(url, image)
                return image
            self.disk.forget(url)  # type: ignore[union-attr]  # not an image after all: fetch it again
        key = "image:" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
        if not self._tasks.running(key):
            self._fetching[key] = url
            self._tasks.start(key, self.fetch(url), lambda data, url=url, key=key: self._fetched(key, url, data))
        return None

    def _fetched(self, key: str, url: str, data: bytes) -> None:
        self._fetching.pop(key, None)
        image = decode(data)
        if image is None:
            log.info("a product photo (%s) is not an image the app can show", key)
            self._fail(url)
            return
        if self.disk is not None:
            self.disk.put(url, data)
        self._remember(url, image)
        self.loaded.emit(url)

    def _fetch_failed(self, key: str, message: str, error: object) -> None:
        url = self._fetching.pop(key, None)
        if url is not None:
            self._fail(url)

    def _fail(self, url: str) -> None:
        if len(self._failed) >= MAX_FAILED:
            self._failed.clear()
        self._failed.add(url)

    def _remember(self, url: str, image: QImage) -> None:
        self._decoded[url] = image
        while len(self._decoded) > DECODED:
            self._decoded.popitem(last=False)


def decode(data: bytes) -> QImage | None:
    """The image in `data`, decoded at most MAX_SIDE pixels a side (JPEGs are decoded small
    directly), or None when it is not an image Qt can read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def tile_colour(name: str) -> QColor:
    """A calm colour of its own for each product name."""
    hue = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:4], 16) % 360
    return QColor.fromHsv(hue, 110, 185)


def initials(name: str) -> str:
    words = [word for word in name.split() if word[:1].isalnum()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


def letter_tile(painter: QPainter, rect: QRectF, name: str) -> None:
    """A product without a photo: its initials on a coloured rounded square in `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tile_colour(name))
    radius = rect.width() / 10
    painter.drawRoundedRect(rect, radius, radius)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(rect.height() * 0.36)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()

"""Product images: fetched in the background (by the function given), cached, never blocking."""

from __future__ import annotations

import functools
import logging
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from .tasks import TaskRunner

log = logging.getLogger(__name__)


class ImageCache(QObject):
    """``pixmap(url)`` answers at once from the cache (or None) and starts a fetch if
    needed; ``loaded(url)`` fires when it arrives. Failures are remembered, not retried."""

    loaded = Signal(str)

    def __init__(
        self,
        fetch: Callable[[str], Coroutine[Any, Any, bytes]],
        parent: QObject | None = None,
        *,
        size: int = 56,
        capacity: int = 500,
    ) -> None:
        super().__init__(parent)
        self.fetch = fetch  # e.g. OmsClient.fetch_image
        self.size = size
        self.capacity = capacity
        self._pixmaps: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._tasks = TaskRunner(self)
        self._tasks.failed.connect(self._failed)

    def pixmap(self, url: str) -> QPixmap | None:
        if url in self._pixmaps:
            self._pixmaps.move_to_end(url)
            return self._pixmaps[url]
        if not self._tasks.running(url):
            self._tasks.start(url, self.fetch(url), functools.partial(self._store, url))
        return None

    def cancel_all(self) -> None:
        self._tasks.cancel_all()

    def _store(self, url: str, data: bytes) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            log.info("product image %s is not an image", url.split("?")[0])
            self._remember(url, None)
            return
        scaled = image.scaled(self.size, self.size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self._remember(url, QPixmap.fromImage(scaled))
        self.loaded.emit(url)

    def _failed(self, url: str, message: str, error: object) -> None:
        self._remember(url, None)

    def _remember(self, url: str, pixmap: QPixmap | None) -> None:
        self._pixmaps[url] = pixmap
        while len(self._pixmaps) > self.capacity:
            self._pixmaps.popitem(last=False)

"""The bench's big message strip: blue what to do, green a good scan, red a problem, purple waiting.

Painted by itself (not a QLabel): a new message repaints the strip and nothing else. It is two
lines tall at least, so a longer message does not push the items down and back up; only a
message that needs more lines than it has makes the bench lay out again.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..bench import Level
from .bench_look import BenchLook
from .bench_items import fit_text, wrapped

__all__ = ["COLOURS", "StatusBanner"]

COLOURS = {Level.INFO: "#1565c0", Level.OK: "#2e7d32", Level.ERROR: "#c62828", Level.BUSY: "#6a1b9a"}
MIN_LINES = 2


class StatusBanner(QWidget):
    """The big message strip of the bench. ``level`` tells what it shows, ``text()`` what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = Level.INFO
        self._text = ""
        self._look = BenchLook()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.set_look(self._look)

    def text(self) -> str:
        return self._text

    def show_message(self, text: str, level: Level) -> None:
        if text == self._text and level is self.level:
            return
        self.level = level
        self._text = text
        self.setAccessibleName(text)
        if self._height_for(self.width()) != self.height():
            self.updateGeometry()  # more lines than it has room for (or fewer again)
        self.update()

    def set_look(self, look: BenchLook) -> None:
        self._look = look
        self.setFont(look.font(self.font(), look.banner_px, bold=True))
        self.updateGeometry()
        self.update()

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR

    # -- size --------------------------------------------------------------------------------------

    def _padding(self) -> int:
        return self._look.px(12)

    def _height_for(self, width: int) -> int:
        pad = self._padding()
        line = self.fontMetrics().lineSpacing()
        text = fit_text(self.font(), self._text, max(1, width - 2 * pad)).height() if self._text else 0
        return max(text, line * MIN_LINES) + 2 * pad

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        width = max(200, self.width())
        return QSize(width, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self._height_for(max(200, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self._height_for(self.width()) != self.height():
            self.updateGeometry()

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS[self.level]))
        painter.drawRoundedRect(self.rect(), 6, 6)
        if self._text:
            pad = self._padding()
            width = self.width() - 2 * pad
            layout = wrapped(self.font(), self._text, width, centre=True)
            top = (self.height() - layout.size.height()) // 2
            painter.setPen(QColor("white"))
            layout.draw(painter, QRect(pad, top, width, layout.size.height()).topLeft())
        painter.end()

"""The bench's big message strip: blue what to do, green a good scan, red a problem, purple waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..bench import Level
from .bench_look import BenchLook

__all__ = ["COLOURS", "StatusBanner"]

COLOURS = {Level.INFO: "#1565c0", Level.OK: "#2e7d32", Level.ERROR: "#c62828", Level.BUSY: "#6a1b9a"}


class StatusBanner(QLabel):
    """The big message strip of the bench. ``level`` tells what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = Level.INFO
        self._padding = 12
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.show_message("", Level.INFO)

    def show_message(self, text: str, level: Level) -> None:
        if level is not self.level or not self.styleSheet():
            self.level = level
            self._restyle()
        self.setText(text)

    def set_look(self, look: BenchLook) -> None:
        self._padding = look.px(12)
        self.setFont(look.font(self.font(), look.banner_px, bold=True))
        self.setMinimumHeight(round(look.banner_px * 1.35) + 2 * self._padding)
        self._restyle()

    def _restyle(self) -> None:  # colours only: the font is set with setFont
        self.setStyleSheet(
            f"QLabel {{ background: {COLOURS[self.level]}; color: white; padding: {self._padding}px; border-radius: 6px; }}"
        )

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR

"""The main window's wide banners: a problem that needs attention, or a notice."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["Banner"]


class Banner(QLabel):
    """A wide strip that stays until it is cleared: red for problems that need attention,
    amber for a notice about how the station runs (the token is not kept, say)."""

    def __init__(self, parent: QWidget | None = None, *, colour: str = "#c62828", text_colour: str = "white") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(10)
        self.setStyleSheet(
            f"QLabel {{ background: {colour}; color: {text_colour}; font-weight: bold; font-size: 16px; }}"
        )
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

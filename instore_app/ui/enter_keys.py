"""Enter does what a packer expects in a form: move on to the next field, or, on some
fields, act (sign in, press the button). The focused widget sees the key first, so an event
filter on each widget catches it before a line edit or a combo box would use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

__all__ = ["EnterKeys"]


class EnterKeys(QObject):
    """``keys.on_enter(widget, action)``: Enter (or the keypad's Enter, no other modifier) on
    `widget` runs `action` instead of what the widget would do."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[QObject, Callable[[], object]] = {}

    def on_enter(self, widget: QObject, action: Callable[[], object]) -> None:
        if widget not in self._actions:
            widget.installEventFilter(self)
        self._actions[widget] = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            action = self._actions.get(watched)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

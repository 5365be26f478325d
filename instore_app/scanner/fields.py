"""Which keys belong to a text field in a dialog (the keyboard-wedge filter lets them through)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

__all__ = ["dialog_text_field"]


def _editable_text(widget: QWidget) -> bool:
    """Whether `widget` takes typed text (and is not read-only)."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


def dialog_text_field(receiver: QWidget) -> QWidget | None:
    """The editable text field in a dialog that a key sent to `receiver` is meant for, or None.

    `receiver` is the field itself, a widget whose focus proxy it is (a completer's popup list
    hands its keys to the field), or one of the field's ancestors in its dialog (a key the field
    ignored, such as Enter, on its way up to the dialog)."""
    target = receiver
    for _ in range(8):  # a chain of focus proxies, never a loop
        proxy = target.focusProxy()
        if proxy is None:
            break
        target = proxy
    field: QWidget | None = target
    if not _editable_text(target):
        focus = target.window().focusWidget()
        field = focus if focus is not None and _editable_text(focus) and target.isAncestorOf(focus) else None
    if field is not None and isinstance(field.window(), QDialog):
        return field
    return None

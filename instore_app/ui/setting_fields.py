"""The setup dialog's bindings, made from the table of settings: each setting that names a
``widget`` is loaded into and read from the form's attribute of that name, by the widget's
type, with the range its declaration gives (so the form allows what a flag allows).

    =====================  ====================================================
    widget                 value
    =====================  ====================================================
    QCheckBox              on/off
    QSpinBox               a whole number (range from the setting's check)
    QDoubleSpinBox         a number (range from the setting's check)
    QLineEdit              text
    QComboBox              the chosen item's data (a value not listed is added)
    LabelSizeField         a label size (ranges from the setting's check)
    =====================  ====================================================
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from ..settings import TABLE, Between, Setting, Settings, SizeWithin
from .setup_form import LabelSizeField

__all__ = ["apply_ranges", "bound_settings", "bound_widgets", "load_fields", "read_fields", "widget_for"]


def bound_settings() -> tuple[Setting[Any], ...]:
    """The settings the dialog edits, in the table's order."""
    return tuple(setting for setting in TABLE if setting.widget is not None)


def widget_for(form: object, setting: Setting[Any]) -> QWidget:
    widget = getattr(form, setting.widget or "", None)
    if not isinstance(widget, QWidget):
        raise LookupError(f"the setup form has no widget {setting.widget!r} for the setting {setting.name}")
    return widget


def bound_widgets(form: object) -> list[QWidget]:
    """The widgets that take the focus in the bound fields (a label size: its two spin boxes)."""
    found: list[QWidget] = []
    for setting in bound_settings():
        widget = widget_for(form, setting)
        found += [widget.width_spin, widget.height_spin] if isinstance(widget, LabelSizeField) else [widget]
    return found


def apply_ranges(form: object) -> None:
    """Spin boxes allow what the settings allow; the help is the tooltip, translated."""
    for setting in bound_settings():
        widget = widget_for(form, setting)
        check = setting.check
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)) and isinstance(check, Between):
            if isinstance(widget, QSpinBox):
                widget.setRange(int(check.low), int(check.high))
            else:
                widget.setRange(check.low, check.high)
        elif isinstance(widget, LabelSizeField) and isinstance(check, SizeWithin):
            widget.set_ranges(check.width, check.height)
        if not widget.toolTip():
            widget.setToolTip(QCoreApplication.translate("Settings", setting.help))


def load_fields(form: object, settings: Settings) -> None:
    """Show `settings` in the form."""
    for setting in bound_settings():
        _load(widget_for(form, setting), settings.get(setting))


def read_fields(form: object) -> dict[str, object]:
    """What the form's bound fields hold, by setting name, typed."""
    return {setting.name: _read(widget_for(form, setting), setting) for setting in bound_settings()}


def _load(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox, LabelSizeField)):
        widget.setValue(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:
            widget.addItem(str(value), value)
            index = widget.count() - 1
        widget.setCurrentIndex(index)
    else:
        raise TypeError(f"no binding for a {type(widget).__name__}")


def _read(widget: QWidget, setting: Setting[Any]) -> object:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return int(widget.value())
    if isinstance(widget, QDoubleSpinBox):
        return float(widget.value())
    if isinstance(widget, LabelSizeField):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return setting.default if data is None else data
    raise TypeError(f"no binding for a {type(widget).__name__}")

"""Choosing this store among the OMS's stock locations: a combo box to type a few letters
into (any case, Turkish dotted or dotless i alike), and its status line."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from ..api import StockLocation
from .setup_form import ERROR_STYLE, NOTE_STYLE

__all__ = ["StoreChooser", "fold"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupDialog", text)


def fold(text: str) -> str:
    """Text for matching what was typed: case and the Turkish dotted/dotless i ignored."""
    return text.casefold().replace("i̇", "i").replace("ı", "i")


class StoreChooser(QObject):
    """The stock location combo: ``loaded(count)`` once the OMS's list is in it."""

    loaded = Signal(int)

    def __init__(self, combo: QComboBox, status: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.combo = combo
        self.status = status
        typed = combo.lineEdit()
        if typed is not None:  # an editable combo has one
            typed.editingFinished.connect(self.resolve_typed)

    def show_known(self, location_id: int, name: str) -> None:
        """The saved store, known without the OMS (so Save works offline too)."""
        if location_id <= 0:
            return
        self.combo.addItem(name or _tr("Stock location %1").replace("%1", str(location_id)), location_id)
        self.combo.setCurrentIndex(self.combo.count() - 1)

    def show_locations(self, locations: Iterable[StockLocation], chosen_id: int) -> None:
        """The OMS's stock locations, by name; `chosen_id` chosen if it is among them."""
        listed = sorted(locations, key=lambda loc: fold(loc.name))
        self.combo.clear()
        for location in listed:
            text = location.name or _tr("Stock location %1").replace("%1", str(location.id))
            if location.erp_code:
                text = f"{text} ({location.erp_code})"
            if location.is_active is False:
                text = _tr("%1 – inactive").replace("%1", text)
            self.combo.addItem(text, location.id)
        index = self.combo.findData(chosen_id) if chosen_id else -1
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")
        if listed:
            self.show_status(_tr("Type a few letters of the store's name, then choose it."), NOTE_STYLE)
        else:
            self.show_status(_tr("This OMS user sees no stock locations."), ERROR_STYLE)
        self.loaded.emit(len(listed))

    def show_status(self, text: str, style: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def selected(self) -> tuple[int, str] | None:
        """(id, name) of the chosen stock location, or None if none is chosen."""
        combo = self.combo
        index = combo.currentIndex()
        if index < 0 or combo.currentText() != combo.itemText(index):
            index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        location_id = combo.itemData(index)
        if not isinstance(location_id, int) or location_id <= 0:
            return None
        return location_id, combo.itemText(index)

    def select(self, location_id: int) -> bool:
        index = self.combo.findData(location_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def resolve_typed(self) -> None:
        """What was typed names one location only: choose it."""
        typed = fold(self.combo.currentText().strip())
        if not typed or self.selected() is not None:
            return
        matches = [i for i in range(self.combo.count()) if typed in fold(self.combo.itemText(i))]
        if len(matches) == 1:
            self.combo.setCurrentIndex(matches[0])

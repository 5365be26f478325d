"""The out-of-stock dialog when the backend lets the packer choose what happens to the missing
items (the Seller Center: ship the rest now, or reject the missing items with a reason).

Two steps in one dialog, from the keyboard or the scanner alone:

1. **Which items are missing?** As :class:`~instore_app.ui.dialogs.OutOfStockDialog`: the
   unscanned ones are ticked; Space ticks or unticks; Enter (or the Enter barcode) goes on.
2. **What happens to them?** A numbered list: "Ship the rest now: the missing items go to a
   new package" first, then "Reject the missing items (reason), ship the rest", one row per
   reason. The row's number key chooses it at once; arrows + Enter (or the Enter barcode)
   choose the highlighted one (the first: ship the rest). Esc (or the Close barcode) goes back
   to step 1; Esc there cancels. With every item ticked nothing is left to ship: only the
   reasons are offered, and the package is rejected.

``selected_item_ids()`` and ``selected_choice_id()`` are the answer once ``accepted``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..operations.backend import OutOfStockChoice
from ..packing import PackingSession
from .dialogs import ROLE_ID, OutOfStockDialog

__all__ = ["OutOfStockChoiceDialog"]


class OutOfStockChoiceDialog(OutOfStockDialog):
    """See the module docstring."""

    def __init__(self, session: PackingSession, choices: tuple[OutOfStockChoice, ...], parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.choices = choices
        self._choosing = False
        self._all_ids = {item.id for item in session.required_items}
        self._items_prompt = self.tr(
            "Which items are missing? The ones not scanned yet are ticked. Space: tick/untick, Enter: next."
        )
        self.prompt.setText(self._items_prompt)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Next"))
        self.choice_list = QListWidget()
        self.choice_list.setFont(self.list.font())
        self.choice_list.hide()
        self.choice_list.itemDoubleClicked.connect(lambda _row: self.accept())
        self.choice_list.currentRowChanged.connect(lambda _row: self._update_choice_button())
        self.choice_list.installEventFilter(self)  # digits and Enter choose, before the list's type-ahead
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # the choice dialog's own: prompt, list, buttons
            layout.insertWidget(2, self.choice_list, 1)

    # -- the answer --------------------------------------------------------------------------------

    @property
    def choosing(self) -> bool:
        """True on step 2 (what happens to the missing items)."""
        return self._choosing

    def selected_choice_id(self) -> int | None:
        row = self.choice_list.currentItem()
        return row.data(ROLE_ID) if row is not None and self.choosing else None

    # -- the two steps -----------------------------------------------------------------------------

    def accept(self) -> None:
        if not self.choosing:
            if self.selected_item_ids():
                self._show_choices()
            return
        if self.selected_choice_id() is not None:
            QDialog.accept(self)

    def reject(self) -> None:
        if self.choosing:
            self._show_items()
            return
        QDialog.reject(self)

    def _show_choices(self) -> None:
        everything = set(self.selected_item_ids()) >= self._all_ids
        count = len(self.selected_item_ids())
        self.choice_list.clear()
        number = 0
        for choice in self.choices:
            if choice.kind == "split" and everything:
                continue  # nothing would be left to ship now
            number += 1
            prefix = f"{number}.  " if number <= 9 else "     "
            row = QListWidgetItem(prefix + self._choice_text(choice, everything))
            row.setData(ROLE_ID, choice.id)
            self.choice_list.addItem(row)
        if everything:
            prompt = self.tr("Every item is missing, so nothing is left to ship: the package is rejected. Why?")
        else:
            prompt = self.tr("%1 item(s) missing. What happens to them? Press the number, or choose and press Enter."
                             ).replace("%1", str(count))
        self.prompt.setText(prompt + "  " + self.tr("Esc: back to the items."))
        self._choosing = True
        self.list.hide()
        self.choice_list.show()
        self.choice_list.setCurrentRow(0)
        self.choice_list.setFocus()
        self._update_choice_button()

    def _show_items(self) -> None:
        self._choosing = False
        self.choice_list.hide()
        self.list.show()
        self.list.setFocus()
        self.prompt.setText(self._items_prompt)
        self.ok_button.setText(self.tr("Next"))
        self._update_ok()

    def _choice_text(self, choice: OutOfStockChoice, everything: bool) -> str:
        if choice.kind == "split":
            return self.tr("Ship the rest now: the missing items go to a new package")
        if everything:
            return self.tr("Reject the package: %1").replace("%1", choice.title)
        return self.tr("Reject the missing items (%1), ship the rest").replace("%1", choice.title)

    def _update_choice_button(self) -> None:
        if not self.choosing:
            return
        row = self.choice_list.currentItem()
        chosen = next((c for c in self.choices if row is not None and c.id == row.data(ROLE_ID)), None)
        if chosen is None:
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        self.ok_button.setText(self.tr("Ship the rest now") if chosen.kind == "split" else self.tr("Reject"))

    # -- keys ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.choice_list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._choose_by_key(event):
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.choosing and self._choose_by_key(event):
            return
        super().keyPressEvent(event)

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= min(9, self.choice_list.count()):
            self.choice_list.setCurrentRow(int(text) - 1)
            self.accept()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.choice_list.currentItem() is not None:
            self.accept()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return True
        return False

"""The two choices a packer makes on the bench: which items are missing, and why a
package is refused. Both work from the keyboard alone and open non-modally
(``open()``), so the asyncio loop keeps running while they are shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..api import DenialReason
from ..packing import PackingSession

ROLE_ID = Qt.ItemDataRole.UserRole


class _ChoiceDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(520, 420)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 16px;")
        self.list = QListWidget()
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.list.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)


class OutOfStockDialog(_ChoiceDialog):
    """Tick the items that are not in the store. The unconfirmed ones are ticked already.

    Space ticks or unticks the current row, Enter confirms, Esc cancels.
    """

    def __init__(self, session: PackingSession, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Out of stock"),
            self.tr("Which items are missing? The ones not scanned yet are ticked. Space: tick/untick, Enter: report."),
            self.tr("Report out of stock"),
        )
        missing = {item.id for item in session.missing_items()}
        for item in session.required_items:
            product = item.product
            details = " · ".join(x for x in (product.sku, product.size, product.colour) if x)
            row = QListWidgetItem(f"{product.name}   ({details})")
            row.setData(ROLE_ID, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in missing else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemChanged.connect(self._update_ok)
        self._update_ok()

    def selected_item_ids(self) -> list[int]:
        return [
            self.list.item(i).data(ROLE_ID)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.selected_item_ids()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.list.currentItem()
        if event.key() == Qt.Key.Key_Space and row is not None:
            checked = row.checkState() == Qt.CheckState.Checked
            row.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_item_ids():
                self.accept()
            return
        super().keyPressEvent(event)


class RefuseDialog(_ChoiceDialog):
    """Choose the denial reason: click, arrow keys + Enter, or its number key (1-9)."""

    def __init__(self, reasons: list[DenialReason], parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Refuse package"),
            self.tr("Why is this package refused? Press the reason's number, or choose it and press Enter."),
            self.tr("Refuse package"),
        )
        for number, reason in enumerate(reasons, start=1):
            prefix = f"{number}.  " if number <= 9 else "     "
            row = QListWidgetItem(prefix + reason.title)
            row.setData(ROLE_ID, reason.id)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        # The list has the focus and would take digits for its type-ahead search.
        self.list.installEventFilter(self)

    def selected_reason_id(self) -> int | None:
        row = self.list.currentItem()
        return row.data(ROLE_ID) if row is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and self._choose_by_key(event):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._choose_by_key(event):
            super().keyPressEvent(event)

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= min(9, self.list.count()):
            self.list.setCurrentRow(int(text) - 1)
            self.accept()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem() is not None:
            self.accept()
            return True
        return False

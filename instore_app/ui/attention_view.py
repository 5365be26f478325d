"""Needs attention: this store's packages that are Out of Stock or Needs Rescheduling and that
the OMS offers to repack (``Station.repack_candidates``), under the waiting list.

Enter, a double click or the Repack key (Ctrl+R) on one puts it on the bench with the question
"Repack …? Enter: yes, Esc: no" (the bench controller asks and sends); once repacked it is
Waiting again and comes back into the waiting list at the next refresh. Hidden while empty.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..api import Package
from .oms_messages import translate_message
from .package_list_model import format_time

__all__ = ["AttentionView"]

ROLE_ID = Qt.ItemDataRole.UserRole
#: The table shows this many rows before it scrolls (the waiting list keeps the room).
VISIBLE_ROWS = 4


class AttentionView(QWidget):
    #: Put this package on the bench and ask whether to repack it.
    repack_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.packages: list[Package] = []
        self.title = QLabel()
        self.title.setStyleSheet("QLabel { color: #8a4b00; font-size: 15px; font-weight: bold; padding-top: 4px; }")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #c62828; }")
        self.problem.hide()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Package"), self.tr("State"), self.tr("Order"), self.tr("Pack by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._request(row))
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        self.show_packages(([], None))

    def show_packages(self, found: tuple[list[Package], str | None]) -> None:
        """What ``Station.repack_candidates`` found: the packages, and a problem in words."""
        packages, problem = found
        selected = self.selected_package_id()
        self.packages = list(packages)
        self.table.setRowCount(len(self.packages))
        for row, package in enumerate(self.packages):
            texts = (package.number, package.state.display_name(self.language), package.order_number,
                     format_time(package.target_packing_date))
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(ROLE_ID, package.id)
                self.table.setItem(row, column, cell)
            if package.id == selected:
                self.table.selectRow(row)
        self.title.setText(
            self.tr("Needs attention: %1 out of stock or to be rescheduled. Enter or Ctrl+R repacks one (it waits to be packed again).")
            .replace("%1", str(len(self.packages)))
        )
        self.problem.setText(translate_message(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        rows = min(len(self.packages), VISIBLE_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.setVisible(bool(self.packages) or bool(problem))

    def selected_package_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ROLE_ID) if item is not None else None

    def has_focus(self) -> bool:
        return self.isVisible() and self.table.hasFocus()

    def _request(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.repack_requested.emit(item.data(ROLE_ID))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
                self._request(self.table.currentRow())
                return True
        return super().eventFilter(watched, event)

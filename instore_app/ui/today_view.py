"""Packed today: the packages this station packed, refused or reported out of stock today.

A list the bench controller fills (from the journal and the OMS). Enter, or a double click, or
scanning a package's number opens the package read-only on the bench, with its label: F10
prints it again. Esc goes back to the list of waiting packages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..bench import LabelStatus, Work

__all__ = ["TodayView"]

ROLE_ID = Qt.ItemDataRole.UserRole


class TodayView(QWidget):
    #: Open this package on the bench.
    open_requested = Signal(object)  # a package id (64-bit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Packed here today"))
        self.title.setStyleSheet("font-size: 22px; font-weight: bold; padding: 4px;")
        self.hint = QLabel(
            self.tr("Scan a package's number, or choose it and press Enter, to see it and print its label again (F10). Esc: back.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 15px; padding: 4px;")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Package"), self.tr("What"), self.tr("Label"), self.tr("Invoice number")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.table.setFont(font)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self._what = {
            "packed": self.tr("Packed"),
            "refused": self.tr("Refused"),
            "out_of_stock": self.tr("Out of stock"),
        }
        self._labels = {
            LabelStatus.NONE: "",
            LabelStatus.LOADING: self.tr("Reading…"),
            LabelStatus.READY: self.tr("Ready"),
            LabelStatus.SLIP: self.tr("Packing slip"),
            LabelStatus.FAILED: self.tr("Could not be read: open it and press F10"),
        }

    def show_works(self, works: list[Work]) -> None:
        selected = self.selected_package_id()
        self.table.setRowCount(len(works))
        for row, work in enumerate(works):
            when = work.finished_at.astimezone().strftime("%H:%M") if work.finished_at else ""
            label = self._labels[work.label_status] if work.finished == "packed" else "—"
            invoice = work.invoice_number or (work.package.invoice_number if work.package is not None else None) or ""
            for column, text in enumerate((when, work.number, self._what.get(work.finished or "", ""), label, invoice)):
                cell = QTableWidgetItem(text)
                cell.setData(ROLE_ID, work.package_id)
                self.table.setItem(row, column, cell)
            if work.package_id == selected:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and works:
            self.table.selectRow(0)
        self.title.setText(self.tr("Packed here today: %1").replace("%1", str(len(works))))

    def selected_package_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ROLE_ID) if item is not None else None

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(item.data(ROLE_ID))

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
                self._open(self.table.currentRow())
                return True
        return super().eventFilter(watched, event)

"""Qt model over a packing session's items: one row per unit, with its confirmation state."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from ..packing import ItemStatus, PackingSession

Index = QModelIndex | QPersistentModelIndex

CONFIRMED_BG = QColor("#c8e6c9")
FLASH_BG = QColor("#66bb6a")
NOT_REQUIRED_FG = QColor("#757575")


class BenchColumn(IntEnum):
    IMAGE = 0
    NAME = 1
    SKU = 2
    BARCODE = 3
    SIZE = 4
    COLOUR = 5
    STATUS = 6


class BenchItemsModel(QAbstractTableModel):
    """Rows are ``session.items``; the status column says what is left to do."""

    #: The address of the product's photo (image column).
    IMAGE_URL_ROLE = Qt.ItemDataRole.UserRole + 1
    #: A product photo arrived: its address (the bench repaints what shows it).
    image_arrived = Signal(str)

    def __init__(self, parent: Any = None, *, image_for: Callable[[str], QPixmap | None] | None = None) -> None:
        super().__init__(parent)
        self.session: PackingSession | None = None
        self._image_for = image_for or (lambda url: None)
        self._flash: int | None = None
        self._headers = (
            "",
            self.tr("Product"),
            self.tr("SKU"),
            self.tr("Barcode"),
            self.tr("Size"),
            self.tr("Colour"),
            self.tr("Status"),
        )
        self._texts = {
            ItemStatus.CONFIRMED: self.tr("✔ Confirmed"),
            ItemStatus.MISSING: self.tr("Scan it"),
            ItemStatus.NOT_REQUIRED: self.tr("Not to be packed"),
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._confirmed_brush = QBrush(CONFIRMED_BG)
        self._flash_brush = QBrush(FLASH_BG)
        self._grey = QBrush(NOT_REQUIRED_FG)

    def set_session(self, session: PackingSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self._flash = None
        self.endResetModel()

    def refresh_all(self) -> None:
        """The session changed in many places (undo all, reload): repaint every row."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(BenchColumn) - 1))

    def row_of_item(self, item_id: int) -> int | None:
        if self.session is None:
            return None
        for row, item in enumerate(self.session.items):
            if item.id == item_id:
                return row
        return None

    def item_changed(self, item_id: int, *, flash: bool = False) -> int | None:
        """One item's state changed; `flash` marks it as the one just scanned."""
        row = self.row_of_item(item_id)
        previous = self._flash
        self._flash = row if flash else None
        for r in {row, previous} - {None}:
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(BenchColumn) - 1))  # type: ignore[arg-type]
        return row

    def end_flash(self) -> None:
        if self._flash is not None:
            row, self._flash = self._flash, None
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(BenchColumn) - 1))

    def image_loaded(self, url: str) -> None:
        self.image_arrived.emit(url)
        if self.session is None:
            return
        for row, item in enumerate(self.session.items):
            if item.product.image_url == url:  # the whole row: views may show another column
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(BenchColumn) - 1))

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.session is None else len(self.session.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(BenchColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self.session
        if session is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = session.items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            product = item.product
            if column == BenchColumn.NAME:
                return product.name
            if column == BenchColumn.SKU:
                return product.sku
            if column == BenchColumn.BARCODE:
                return product.barcode or item.selected_barcode or "—"
            if column == BenchColumn.SIZE:
                return product.size or ""
            if column == BenchColumn.COLOUR:
                return product.colour or ""
            if column == BenchColumn.STATUS:
                status = session.item_status(item.id)
                total = session.total_count_for(item)
                text = self._texts[status]
                if status is not ItemStatus.NOT_REQUIRED and total > 1:
                    text += f"  ({session.confirmed_count_for(item)}/{total})"
                return text
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self._flash:
                return self._flash_brush
            if session.item_status(item.id) is ItemStatus.CONFIRMED:
                return self._confirmed_brush
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if session.item_status(item.id) is ItemStatus.NOT_REQUIRED:
                return self._grey
            if session.item_status(item.id) is ItemStatus.CONFIRMED or row == self._flash:
                return QBrush(QColor("black"))
            return None
        if role == Qt.ItemDataRole.FontRole and column == BenchColumn.STATUS:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == BenchColumn.IMAGE:
            url = item.product.image_url
            return self._image_for(url) if url else None
        if role == self.IMAGE_URL_ROLE and column == BenchColumn.IMAGE:
            return item.product.image_url
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

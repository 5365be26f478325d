"""Qt model over a packing session's items: one row per unit, with its confirmation state."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from ..api.models import PackageItem
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


@dataclass(frozen=True)
class RowView:
    """Everything the bench paints of one row, read once (painting asks for it often)."""

    item_id: int
    name: str
    size: str
    colour: str
    status: str
    image_url: str | None
    background: QBrush | None
    foreground: QBrush | None


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
        self._not_scanned = self.tr("Not scanned")
        #: The package takes no more scans (finished, or changed elsewhere): no "Scan it".
        self.read_only = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._confirmed_brush = QBrush(CONFIRMED_BG)
        self._flash_brush = QBrush(FLASH_BG)
        self._grey = QBrush(NOT_REQUIRED_FG)
        self._black = QBrush(QColor("black"))
        self._views: dict[int, RowView] = {}

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.refresh_all()

    def set_session(self, session: PackingSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self._flash = None
        self._views.clear()
        self.endResetModel()

    def refresh_all(self) -> None:
        """The session may have changed in many places (undo all, reload, read-only): the rows
        whose painted view changed are announced, as one range from the first to the last of
        them (a package's whole repaint after its last scan announces none: that scan's row
        was announced with it)."""
        before, self._views = self._views, {}
        changed = [row for row in range(self.rowCount()) if before.get(row) != self.row_view(row)]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(BenchColumn) - 1))

    def row_of_item(self, item_id: int) -> int | None:
        if self.session is None:
            return None
        for row, item in enumerate(self.session.items):
            if item.id == item_id:
                return row
        return None

    def item_changed(self, item_id: int, *, flash: bool = False) -> int | None:
        """One item's state changed; `flash` marks it as the one just scanned. The rows of the
        same product change too (their "(1/2)" count)."""
        row = self.row_of_item(item_id)
        previous = self._flash
        self._flash = row if flash else None
        rows = {r for r in (row, previous) if r is not None}
        if row is not None and self.session is not None:
            product_id = self.session.items[row].product.id
            rows |= {r for r, item in enumerate(self.session.items) if item.product.id == product_id}
        for r in sorted(rows):
            self._changed(r)
        return row

    def end_flash(self) -> None:
        if self._flash is not None:
            row, self._flash = self._flash, None
            self._changed(row)

    def _changed(self, row: int) -> None:
        """`row` changed. Announced for its name cell alone: the bench's list shows that column
        (and paints the row's other columns with it), and a one-cell change repaints one row
        where a range would repaint the whole list."""
        self._views.pop(row, None)
        index = self.index(row, BenchColumn.NAME)
        self.dataChanged.emit(index, index)

    def row_view(self, row: int) -> RowView:
        """What the bench paints of `row` (cached until the row changes)."""
        view = self._views.get(row)
        if view is None:
            session = self.session
            assert session is not None, "no rows without a session"
            item = session.items[row]
            product = item.product
            status = session.item_status(item.id)
            view = self._views[row] = RowView(
                item_id=item.id,
                name=product.name or product.sku,
                size=product.size or "",
                colour=product.colour or "",
                status=self._status_text(item),
                image_url=product.image_url,
                background=self._flash_brush if row == self._flash else self._confirmed_brush if status is ItemStatus.CONFIRMED else None,
                foreground=self._grey if status is ItemStatus.NOT_REQUIRED else self._black if status is ItemStatus.CONFIRMED or row == self._flash else None,
            )
        return view

    def _status_text(self, item: PackageItem) -> str:
        session = self.session
        assert session is not None
        status = session.item_status(item.id)
        total = session.total_count_for(item)
        text = self._not_scanned if self.read_only and status is ItemStatus.MISSING else self._texts[status]
        if status is not ItemStatus.NOT_REQUIRED and total > 1:
            text += f"  ({session.confirmed_count_for(item)}/{total})"
        return text

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
                return self._status_text(item)
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
                return self._black
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

"""Qt table model over the station's list of packages.

Holds every package (10,000 is fine), sorted by target packing date, and filters
them by package or order number. Filtering works on a precomputed lower-case key per
row and resets the model once, so a keystroke costs one list comprehension rather
than a Python call per row (as a QSortFilterProxyModel would).
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import IntEnum
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStaticText

from ..api import PackageShort

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    ORDER = 1
    PLACED = 2
    TARGET = 3
    ITEMS = 4
    STATE = 5
    CHANNEL = 6
    MARKERS = 7


_FAR_FUTURE = datetime.max.replace(tzinfo=timezone.utc)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_STYLED_ROLES = frozenset({_USER, _ALIGNMENT, _FOREGROUND, _FONT, _TOOLTIP})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ITEMS_COLUMN = int(Column.ITEMS)
_TARGET_COLUMN = int(Column.TARGET)
_COLUMN_COUNT = len(Column)
OVERDUE_COLOUR = QColor("#c62828")


def format_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""


class PackageListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self._packages: list[PackageShort] = []
        self._keys: list[str] = []
        self._cells: list[tuple[str, ...]] = []
        self._overdue: list[bool] = []
        self._visible: list[int] = []
        self._static: dict[tuple[int, int], tuple[QStaticText, float, float]] = {}
        self._filter = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(OVERDUE_COLOUR)
        self._headers = (
            self.tr("Package"),
            self.tr("Order"),
            self.tr("Placed"),
            self.tr("Pack by"),
            self.tr("Items"),
            self.tr("State"),
            self.tr("Channel"),
            self.tr("Notes"),
        )
        self._holders: dict[int, str] = {}
        self._gift = self.tr("Gift box")
        self._click_collect = self.tr("Click & collect")

    # -- content -------------------------------------------------------------------

    def set_packages(self, packages: Sequence[PackageShort], now: datetime | None = None) -> None:
        """Replace the list (keeps the current filter)."""
        now = now or datetime.now(timezone.utc)
        ordered = sorted(packages, key=lambda p: (p.target_packing_date or _FAR_FUTURE, p.id))
        self.beginResetModel()
        self._packages = ordered
        self._keys = [f"{p.number}\n{p.order_number}".casefold() for p in ordered]
        self._cells = [self._format(p) for p in ordered]
        self._static = {}
        self._overdue = [bool(p.target_packing_date and p.target_packing_date < now) for p in ordered]
        self._visible = self._matching(self._filter)
        self.endResetModel()

    def set_holders(self, holders: dict[int, str]) -> None:
        """Who else holds which Preparing packages: shown after the state ("Preparing · ayse")."""
        if holders == self._holders:
            return
        self._holders = dict(holders)
        for i, package in enumerate(self._packages):
            self._cells[i] = self._format(package)
        self._static = {key: value for key, value in self._static.items() if key[1] != Column.STATE}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, Column.STATE), self.index(self.rowCount() - 1, Column.STATE))

    def holder(self, row: int) -> str | None:
        package = self.package_at(row)
        return self._holders.get(package.id) if package is not None else None

    @property
    def overdue_count(self) -> int:
        """Listed packages whose target packing time has passed (whatever the filter)."""
        return sum(self._overdue)

    def set_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._visible = self._matching(text)
        self.endResetModel()

    def _matching(self, text: str) -> list[int]:
        if not text:
            return list(range(len(self._packages)))
        return [i for i, key in enumerate(self._keys) if text in key]

    def _format(self, p: PackageShort) -> tuple[str, ...]:
        markers = []
        if p.order_has_gift_box:
            markers.append(self._gift)
        if p.is_click_and_collect:
            markers.append(self._click_collect)
        state = p.state.display_name(self.language)
        holder = self._holders.get(p.id)
        return (
            p.number,
            p.order_number,
            format_time(p.date_placed),
            format_time(p.target_packing_date),
            str(p.packageitem_count),
            f"{state} · {holder}" if holder else state,
            p.channel_name or "",
            ", ".join(markers),
        )

    def static_text(self, row: int, column: int) -> tuple[QStaticText, float, float] | None:
        """The cell's text laid out once, with its width and height
        (for :class:`~.list_delegate.PackageListDelegate`)."""
        if not 0 <= row < len(self._visible):
            return None
        key = (self._visible[row], column)
        cell = self._static.get(key)
        if cell is None:
            text = QStaticText(self._cells[key[0]][column])
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self._bold if column == Column.TARGET and self._overdue[key[0]] else QFont())
            size = text.size()
            cell = self._static[key] = (text, size.width(), size.height())
        return cell

    def is_overdue(self, row: int) -> bool:
        return 0 <= row < len(self._visible) and self._overdue[self._visible[row]]

    @property
    def overdue_colour(self) -> QColor:
        return OVERDUE_COLOUR

    @property
    def bold_font(self) -> QFont:
        return self._bold

    @property
    def total_count(self) -> int:
        return len(self._packages)

    def package_at(self, row: int) -> PackageShort | None:
        if 0 <= row < len(self._visible):
            return self._packages[self._visible[row]]
        return None

    def row_of(self, package_id: int) -> int | None:
        for row, index in enumerate(self._visible):
            if self._packages[index].id == package_id:
                return row
        return None

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called ~1,400 times per repaint of a full view: plain int roles, display first.
        if role == _DISPLAY:
            row = index.row()
            if 0 <= row < len(self._visible):
                return self._cells[self._visible[row]][index.column()]
            return None
        if role not in _STYLED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._visible):
            return None
        i = self._visible[row]
        if role == _USER:
            return self._packages[i].id
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column == _ITEMS_COLUMN else None
        if column != _TARGET_COLUMN or not self._overdue[i]:
            return None
        if role == _FOREGROUND:
            return self._overdue_brush
        if role == _FONT:
            return self._bold
        return self.tr("Overdue: the target packing time has passed")  # tooltip

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

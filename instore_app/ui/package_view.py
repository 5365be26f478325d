"""The side panel that shows one package: header facts, notes and its items."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..api import Package, PackageItem
from .package_list_model import format_time

Index = QModelIndex | QPersistentModelIndex


class ItemColumn(IntEnum):
    NAME = 0
    SKU = 1
    BARCODE = 2
    SIZE = 3
    COLOUR = 4
    STATE = 5


class PackageItemsModel(QAbstractTableModel):
    """The items (one row per unit) of one package."""

    def __init__(self, parent: Any = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self._items: list[PackageItem] = []
        self._headers = (
            self.tr("Product"),
            self.tr("SKU"),
            self.tr("Barcode"),
            self.tr("Size"),
            self.tr("Colour"),
            self.tr("State"),
        )

    def set_items(self, items: list[PackageItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> PackageItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ItemColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._items[index.row()]
        product = item.product
        column = index.column()
        if column == ItemColumn.NAME:
            return product.name
        if column == ItemColumn.SKU:
            return product.sku
        if column == ItemColumn.BARCODE:
            return product.barcode or item.selected_barcode or self.tr("(none)")
        if column == ItemColumn.SIZE:
            return product.size or ""
        if column == ItemColumn.COLOUR:
            return product.colour or ""
        if column == ItemColumn.STATE:
            return item.state.display_name(self.language) if item.state else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None


def package_notes(package: Package) -> list[str]:
    """What the packer must not miss: the gift box note, the order note, click & collect."""
    notes = []
    if package.order_has_gift_box:
        gift = QCoreApplication.translate("PackageNotes", "Gift box")
        notes.append(f"{gift}: {package.order_gift_box_note}" if package.order_gift_box_note else gift)
    if package.order_notes:
        notes.append(QCoreApplication.translate("PackageNotes", "Order note: %1").replace("%1", package.order_notes))
    if package.is_click_and_collect:
        notes.append(QCoreApplication.translate("PackageNotes", "Click & collect: the customer picks this up in the store"))
    return notes


class PackageView(QWidget):
    """Header facts, gift and order notes, and the items table of one package."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.package: Package | None = None

        self.title = QLabel(self.tr("Select a package"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts = QFormLayout()
        self.order_label = QLabel()
        self.state_label = QLabel()
        self.customer_label = QLabel()
        self.target_label = QLabel()
        self.facts.addRow(self.tr("Order:"), self.order_label)
        self.facts.addRow(self.tr("State:"), self.state_label)
        self.facts.addRow(self.tr("Customer:"), self.customer_label)
        self.facts.addRow(self.tr("Pack by:"), self.target_label)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setFrameShape(QFrame.Shape.StyledPanel)
        self.notes.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 8px; font-weight: bold; }")
        self.notes.hide()

        self.items_model = PackageItemsModel(self, language=language)
        self.items = QTableView()
        self.items.setModel(self.items_model)
        self.items.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemColumn.NAME, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addWidget(self.notes)
        layout.addWidget(self.items, 1)
        # The order's details and the package's history (its source: set by the main window).
        from .package_history import PackageHistory

        self.history = PackageHistory(language=language)
        layout.addWidget(self.history, 1)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        self.package = None
        self.title.setText(message or self.tr("Select a package"))
        for label in (self.order_label, self.state_label, self.customer_label, self.target_label):
            label.clear()
        self.notes.hide()
        self.items_model.set_items([])
        self.history.show_package(None)

    def show_package(self, package: Package) -> None:
        self.package = package
        self.title.setText(self.tr("Package %1").replace("%1", package.number))
        self.order_label.setText(package.order_number)
        self.state_label.setText(package.state.display_name(self.language))
        address = package.shipping_address
        customer = address.full_name if address else ""
        city = address.city.name if address and address.city else (package.city or "")
        self.customer_label.setText(", ".join(x for x in (customer, city) if x))
        self.target_label.setText(format_time(package.target_packing_date))
        notes = package_notes(package)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.items_model.set_items(package.packageitem_set)
        self.history.show_package(package)

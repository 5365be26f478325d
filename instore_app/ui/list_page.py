"""The main window's list page: the store's waiting packages, the filter and the count, and
the selected package's detail beside them.

The page shows what the window's refresh read (:meth:`ListPage.show_packages`, keeping the
selection and the scroll position); a package chosen and opened (Enter, a double click, Enter
in the filter) is asked for with ``open_requested`` — the bench controller opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..api import Package, PackageShort
from ..operations import Station
from .list_delegate import PackageListDelegate
from .package_list_model import Column, PackageListModel
from .package_view import PackageView
from .tasks import TaskRunner

__all__ = ["ROW_HEIGHT", "ListPage", "ListTable"]

ROW_HEIGHT = 28


def _tr(text: str) -> str:
    """The page's words: translated in the window's context, where they were written first."""
    return QCoreApplication.translate("MainWindow", text)


class ListTable(QTableView):
    """The list's table, which can say when it has next painted its rows (the first list on
    screen: the start-up benchmark's mark, and ``--quit-after-first-list``)."""

    def __init__(self) -> None:
        super().__init__()
        self._after_paint: list[Callable[[], None]] = []

    def call_after_next_paint(self, callback: Callable[[], None]) -> None:
        """`callback` on the loop's next turn after the rows have next been painted (a paint
        is asked for): the paint is on screen by then, and nothing runs inside it."""
        self._after_paint.append(callback)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                QTimer.singleShot(0, self, callback)


class ListPage(QWidget):
    """The waiting list with its detail pane; its filter box and count go in the window's toolbar."""

    #: A package's detail is shown: package id.
    package_shown = Signal(object)  # package ids are 64-bit (Seller Center numbers): not a C int
    #: The packer chose a package to pack: package id.
    open_requested = Signal(object)

    def __init__(self, station: Station, tasks: TaskRunner, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.tasks = tasks
        self.model = PackageListModel(self, language=language)
        self.table = ListTable()
        self.table.setModel(self.model)
        self.list_delegate = PackageListDelegate(self.model, self.table)
        self.table.setItemDelegate(self.list_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NUMBER, 160),
            (Column.ORDER, 130),
            (Column.PLACED, 115),
            (Column.TARGET, 130),
            (Column.ITEMS, 45),
            (Column.STATE, 140),
            (Column.CHANNEL, 110),
        ):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(lambda index: self._open_row(index.row()))

        self.package_view = PackageView(language=language)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(_tr("Filter by package or order number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._filter_entered)
        self.count_label = QLabel()

        hint = QLabel(_tr("Scan a package number, or choose a package and press Enter, to start packing."))
        hint.setStyleSheet("font-size: 15px; padding: 4px;")
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.package_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([990, 290])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        self.update_count()

    # -- the list ------------------------------------------------------------------------

    def show_packages(self, packages: list[PackageShort]) -> None:
        """A fresh list: the selected package stays selected (and the list where it was)."""
        selected = self.selected_package_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_packages(packages)
        self.list_delegate.selected_row = -1
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.select_row(row, load=False)
        self.table.verticalScrollBar().setValue(scroll)
        self.update_count()

    def _filter_changed(self, text: str) -> None:
        """Filter the list, keeping the selected package selected while it is shown; when it is
        filtered out, the first match is selected (or the detail pane says nothing matches)."""
        selected = self.selected_package_id()
        self.model.set_filter(text)
        self.list_delegate.selected_row = -1
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.select_row(row, load=False)
        elif self.model.rowCount():
            self.select_row(0, load=True)
        else:
            self.package_view.clear(_tr("No package matches “%1”.").replace("%1", text.strip()))
        self.update_count()

    def _filter_entered(self) -> None:
        """Enter in the filter opens the single match, or the first."""
        self._open_row(0)

    def update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        text = _tr("%1 packages").replace("%1", str(total))
        if shown != total:
            text = _tr("%1 of %2 packages").replace("%1", str(shown)).replace("%2", str(total))
        overdue = self.model.overdue_count
        if overdue:
            text += "  ·  " + _tr("%1 overdue").replace("%1", str(overdue))
        self.count_label.setText(text)
        # Red when some are overdue; never against the window's right edge (the last letter of
        # "13 gecikmiş" was cut at 1024x768).
        self.count_label.setStyleSheet(
            "font-weight: bold; color: #c62828; padding-right: 10px;" if overdue else "padding-right: 10px;"
        )

    # -- the selection and its detail ---------------------------------------------------------

    def selected_package_id(self) -> int | None:
        package = self.model.package_at(self.table.currentIndex().row())
        return package.id if package else None

    def select_package(self, package_id: int) -> None:
        """Select the package's row, if it is listed (without reading its detail)."""
        row = self.model.row_of(package_id)
        if row is not None:
            self.select_row(row, load=False)

    def select_row(self, row: int, *, load: bool) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection = self.table.selectionModel()
        if not load:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, flags)
        self.list_delegate.selected_row = row
        if not load:
            selection.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex) -> None:
        self.list_delegate.selected_row = current.row()
        package = self.model.package_at(current.row())
        if package is None:
            return
        self.package_view.clear(_tr("Loading package %1…").replace("%1", package.number))
        self.tasks.start("detail", self.station.load_package(package.id), self._show_detail)

    def _show_detail(self, package: Package) -> None:
        self.package_view.show_package(package)
        self.package_shown.emit(package.id)

    def show_selected_detail(self) -> None:
        """The detail pane follows the selected row (after the bench, a filter, a refresh)."""
        package = self.model.package_at(self.table.currentIndex().row())
        if package is None:
            self.package_view.clear()
            return
        detail = self.station.details.get(package.id)
        if detail is not None:
            self._show_detail(detail)
        else:
            self.package_view.clear(_tr("Loading package %1…").replace("%1", package.number))
            self.tasks.start("detail", self.station.load_package(package.id), self._show_detail)

    def detail_failed(self) -> None:
        """The selected package's detail could not be read (the window said why)."""
        self.package_view.clear(_tr("The package could not be loaded."))

    def open_selected(self) -> None:
        self._open_row(self.table.currentIndex().row())

    def _open_row(self, row: int) -> None:
        package = self.model.package_at(row)
        if package is not None:
            self.open_requested.emit(package.id)

    def palette_changed(self) -> None:
        """The system switched light/dark: the rows are painted in the new colours."""
        self.list_delegate.update_palette(self.table.palette())
        self.table.viewport().update()

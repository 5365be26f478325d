"""The courier handover view: a page of the main window (F11, or the ``ZZCMDHANDOVER`` code).

It paints the :class:`~instore_app.bench.handover_mode.HandoverMode` (what is waiting for the
courier, by carrier with counts; the carrier chosen; the parcels handed over and those left;
"N waiting to reach the OMS"; the manifests of the last 7 days) and forwards input: a number
key chooses the carrier it stands for, Enter acknowledges a red message, and its buttons
carry the same commands as the keys (F9 finish, F10 print again, F11 read again, Esc back).
Scans go to the bench controller whatever has the focus; it decides nothing here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..bench import Level
from ..bench.handover_mode import HandoverMode
from ..handover import OmsStatus
from ..packing.command_codes import BenchCommand
from .bench import StatusBanner
from .notes import note_text
from .oms_messages import translate_message

__all__ = ["HandoverView"]

ROLE_ID = Qt.ItemDataRole.UserRole
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """Rows of (id kept in the first cell, texts)."""
    table.setRowCount(len(rows))
    for row, (key, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setData(ROLE_ID, key)
            table.setItem(row, column, cell)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 16px; font-weight: bold; padding-top: 6px;")
    return label


class HandoverView(QWidget):
    #: A number key chose a carrier (1-9).
    choose_requested = Signal(int)
    #: A button: the same command as its key.
    command_requested = Signal(object)
    #: Print this kept manifest again (its handover id).
    reprint_requested = Signal(int)
    #: Print the command sheet with the carriers' codes.
    sheet_requested = Signal()
    #: Enter: acknowledge the red message.
    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: HandoverMode | None = None
        self.title = QLabel(self.tr("Courier handover"))
        self.title.setStyleSheet("font-size: 22px; font-weight: bold; padding: 4px;")
        self.carrier_label = QLabel()
        self.carrier_label.setStyleSheet("font-size: 22px; font-weight: bold; padding: 4px;")
        self.waiting_label = QLabel()
        self.waiting_label.setStyleSheet(
            "QLabel { background: #6a1b9a; color: white; font-size: 18px; font-weight: bold; padding: 6px;"
            " border-radius: 4px; }"
        )
        self.waiting_label.hide()
        self.banner = StatusBanner()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.problem_label.hide()
        self.hint = QLabel(
            self.tr("Choose the courier's carrier: press its number, or scan its code on the command sheet. "
                    "Then scan each parcel as it leaves. F9: finish and print the manifest. Esc: back.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 15px; padding: 4px;")

        self.carriers = _table([self.tr("Key"), self.tr("Carrier"), self.tr("Parcels")])
        self.carriers.horizontalHeader().setStretchLastSection(False)
        self.carriers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.handed = _table([self.tr("#"), self.tr("Package"), self.tr("Tracking number"), self.tr("Items"), self.tr("OMS")])
        self.left = _table([self.tr("Package"), self.tr("Tracking number"), self.tr("Items")])
        self.manifests = _table([self.tr("Finished"), self.tr("Carrier"), self.tr("Parcels"), self.tr("Not in the OMS yet")])
        self.manifests.itemSelectionChanged.connect(self._manifest_selected)
        self.handed_title = _heading(self.tr("Handed over"))
        self.left_title = _heading(self.tr("Still here"))
        for table in (self.carriers, self.handed, self.left, self.manifests):
            table.installEventFilter(self)
            font = table.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            table.setFont(font)

        texts = {
            BenchCommand.PACK: self.tr("Finish handover"),
            BenchCommand.REPRINT_LABEL: self.tr("Print manifest again"),
            BenchCommand.HANDOVER: self.tr("Read the list again"),
            BenchCommand.CLOSE: self.tr("Back"),
        }
        self.buttons: dict[BenchCommand, QPushButton] = {}
        row = QHBoxLayout()
        for command, text in texts.items():
            button = QPushButton(f"{text}\n{command.key}")
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if command is BenchCommand.REPRINT_LABEL:
                button.clicked.connect(self._reprint_clicked)
            else:
                button.clicked.connect(lambda _checked=False, c=command: self.command_requested.emit(c))
            row.addWidget(button)
            self.buttons[command] = button
        self.sheet_button = QPushButton(self.tr("Carrier codes sheet…"))
        self.sheet_button.setMinimumHeight(56)
        self.sheet_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sheet_button.setToolTip(self.tr("A PDF of the command sheet with this OMS's carrier codes, to print at 100 %"))
        self.sheet_button.clicked.connect(self.sheet_requested)
        row.addWidget(self.sheet_button)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.carrier_label, 1)
        top.addWidget(self.waiting_label)
        grid = QGridLayout()
        grid.addWidget(_heading(self.tr("Waiting for the courier")), 0, 0)
        grid.addWidget(self.carriers, 1, 0, 3, 1)
        grid.addWidget(self.handed_title, 0, 1)
        grid.addWidget(self.handed, 1, 1)
        grid.addWidget(self.left_title, 2, 1)
        grid.addWidget(self.left, 3, 1)
        grid.addWidget(_heading(self.tr("Manifests, last 7 days")), 0, 2)
        grid.addWidget(self.manifests, 1, 2, 3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.hint)
        layout.addLayout(grid, 1)
        layout.addLayout(row)

    # -- painting --------------------------------------------------------------------------------

    def paint(self, mode: HandoverMode) -> None:
        """Paint the handover as `mode` has it now."""
        self.mode = mode
        carrier = mode.carrier
        self.carrier_label.setText(
            self.tr("Courier: %1").replace("%1", carrier.name) if carrier else self.tr("Choose the courier's carrier")
        )
        waiting = mode.waiting_note()
        self.waiting_label.setVisible(waiting is not None)
        if waiting is not None:
            self.waiting_label.setText(note_text(waiting))
        self._paint_banner(mode)
        if mode.problem:
            self.problem_label.setText(self.tr("Some parcels may be missing: %1").replace("%1", translate_message(mode.problem)))
        self.problem_label.setVisible(bool(mode.problem))
        self._paint_carriers(mode)
        self._paint_parcels(mode)
        self._paint_manifests(mode)
        self.buttons[BenchCommand.PACK].setEnabled(bool(mode.handed_over()))

    def _paint_banner(self, mode: HandoverMode) -> None:
        if mode.note is not None:
            self.banner.show_message(note_text(mode.note), mode.note.level)
        elif mode.loading:
            self.banner.show_message(self.tr("Reading the parcels waiting for the courier…"), Level.BUSY)
        elif mode.carrier is None:
            self.banner.show_message(self.tr("Which carrier's courier is here? Press its number or scan its code."), Level.INFO)
        else:
            self.banner.show_message(self.tr("Scan each parcel as it leaves."), Level.INFO)

    def _paint_carriers(self, mode: HandoverMode) -> None:
        chosen = mode.carrier.id if mode.carrier else None
        rows: list[tuple[object, list[str]]] = [
            (c.company.id, [str(c.key) if c.key is not None else "", c.company.name, str(c.waiting)]) for c in mode.carriers()
        ]
        unassigned = mode.unassigned()
        if unassigned:
            rows.append((None, ["", self.tr("Any carrier (label scanned at the counter)"), str(len(unassigned))]))
        _fill(self.carriers, rows)
        for row, (key, _texts) in enumerate(rows):
            if key is not None and key == chosen:
                for column in range(self.carriers.columnCount()):
                    item = self.carriers.item(row, column)
                    if item is not None:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.carriers.selectRow(row)

    def _paint_parcels(self, mode: HandoverMode) -> None:
        handed = mode.handed_over()
        carrier = mode.carrier.name if mode.carrier else ""
        self.handed_title.setText(self.tr("Handed to %1: %2").replace("%1", carrier or "—").replace("%2", str(len(handed))))
        waiting_ids = mode.waiting_package_ids()
        _fill(self.handed, [
            (p.package_id, [str(i), p.package_number, p.tracking_number or "—", str(p.item_count),
                            self.tr("waiting") if p.package_id in waiting_ids else self.tr("sent")])
            for i, p in enumerate(handed, start=1)
        ])
        self.handed.scrollToBottom()
        left = mode.left()
        self.left_title.setText(self.tr("Still here for %1: %2").replace("%1", carrier or "—").replace("%2", str(len(left))))
        _fill(self.left, [
            (c.package_id, [c.number, c.tracking_number or self.tr("scan its label"), str(c.item_count)]) for c in left
        ])

    def _paint_manifests(self, mode: HandoverMode) -> None:
        selected = mode.selected_manifest_id
        manifests = mode.manifests()
        _fill(self.manifests, [
            (m.handover_id, [m.finished_at.astimezone().strftime("%d.%m %H:%M"), m.carrier_name, str(m.total),
                             str(sum(p.oms_status is OmsStatus.WAITING for p in m.parcels))])
            for m in manifests
        ])
        for row, manifest in enumerate(manifests):
            if manifest.handover_id == selected:
                self.manifests.selectRow(row)
        self.buttons[BenchCommand.REPRINT_LABEL].setEnabled(bool(manifests))

    # -- input -------------------------------------------------------------------------------------

    def selected_manifest_id(self) -> int | None:
        row = self.manifests.currentRow()
        item = self.manifests.item(row, 0) if row >= 0 else None
        return item.data(ROLE_ID) if item is not None else None

    def _manifest_selected(self) -> None:
        if self.mode is not None:
            self.mode.selected_manifest_id = self.selected_manifest_id()

    def _reprint_clicked(self) -> None:
        handover_id = self.selected_manifest_id()
        if handover_id is None:
            self.command_requested.emit(BenchCommand.REPRINT_LABEL)  # the last one
        else:
            self.reprint_requested.emit(handover_id)

    def focus(self) -> None:
        self.carriers.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            key = Qt.Key(event.key())
            if plain and key in _DIGITS:
                self.choose_requested.emit(_DIGITS[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.acknowledged.emit()
                return True
        return super().eventFilter(watched, event)

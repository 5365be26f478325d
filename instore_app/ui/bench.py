"""The packing bench: paints the package the bench controller has on the bench.

It decides nothing. It shows the controller's :class:`~instore_app.bench.Work` for the package
on the bench (the big banner: blue what to do, green a good scan, red a problem that stays,
purple waiting; the progress count; the items; the label) and forwards input: a code typed in
the scan field, Enter on an empty field (acknowledge / yes), and its buttons, which carry the
same bench commands as the keys and the command barcodes. Buttons are enabled exactly when
the controller says the command does something now.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..bench import LabelStatus, Level, Note, Phase, Work
from ..labels import LabelView, packing_slip_html
from ..packing import PackingSession
from ..packing.command_codes import BenchCommand
from .bench_model import BenchColumn, BenchItemsModel
from .notes import note_text
from .package_list_model import format_time
from .package_view import package_notes

__all__ = ["BENCH_BUTTONS", "Level", "PackingBench", "StatusBanner"]

FLASH_MS = 700
IMAGE_SIZE = 56
COLOURS = {Level.INFO: "#1565c0", Level.OK: "#2e7d32", Level.ERROR: "#c62828", Level.BUSY: "#6a1b9a"}

#: The bench's buttons, in order (each also has its key and its command barcode).
BENCH_BUTTONS = (
    BenchCommand.UNDO,
    BenchCommand.RESET,
    BenchCommand.OUT_OF_STOCK,
    BenchCommand.REFUSE,
    BenchCommand.PACK,
    BenchCommand.REPRINT_LABEL,
    BenchCommand.TODAY,
    BenchCommand.NEXT_PACKAGE,
    BenchCommand.CLOSE,
)


class StatusBanner(QLabel):
    """The big message strip of the bench. ``level`` tells what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = Level.INFO
        self.setWordWrap(True)
        self.setMinimumHeight(84)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.show_message("", Level.INFO)

    def show_message(self, text: str, level: Level) -> None:
        if level is not self.level or not self.styleSheet():
            self.setStyleSheet(
                f"QLabel {{ background: {COLOURS[level]}; color: white; font-size: 26px; font-weight: bold;"
                " padding: 12px; border-radius: 6px; }"
            )
        self.level = level
        self.setText(text)

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


class PackingBench(QWidget):
    #: A bench button was pressed (the same command as its key and barcode).
    command_requested = Signal(object)
    #: A code typed by hand in the scan field (the window treats it like a scan).
    code_typed = Signal(str)
    #: Enter on the empty scan field: acknowledge the red banner, or say yes to the question.
    acknowledged = Signal()
    #: The bench painted this Work whole (or None): for the widgets in `details_slot`.
    work_shown = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        image_for: Callable[[str], QPixmap | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.work: Work | None = None
        self._label_shown: tuple[int, int] | None = None  # (package id, id of the document)

        self.banner = StatusBanner()
        self.print_line = QLabel()
        self.print_line.setWordWrap(True)
        self.print_line.setStyleSheet("QLabel { color: #c62828; font-size: 18px; font-weight: bold; }")
        self.print_line.hide()
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress_label.setToolTip(self.tr("Confirmed items / items to pack"))
        self._progress_colour = ""
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.notes_label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; padding: 10px; font-size: 18px; font-weight: bold; }"
        )

        self.model = BenchItemsModel(self, image_for=image_for)
        self.items = QTableView()
        self.items.setModel(self.model)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setIconSize(QSize(IMAGE_SIZE, IMAGE_SIZE))
        self.items.verticalHeader().hide()
        self.items.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.items.verticalHeader().setDefaultSectionSize(IMAGE_SIZE + 8)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(BenchColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (BenchColumn.IMAGE, IMAGE_SIZE + 10),
            (BenchColumn.SKU, 95),
            (BenchColumn.BARCODE, 135),
            (BenchColumn.SIZE, 85),
            (BenchColumn.COLOUR, 90),
            (BenchColumn.STATUS, 150),
        ):
            header.resizeSection(column, width)
        font = self.items.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.items.setFont(font)

        self.label_view = LabelView()
        self.label_view.setMinimumWidth(320)

        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(self.tr("Scan, or type a code and press Enter"))
        self.scan_field.setMinimumHeight(40)
        self.scan_field.returnPressed.connect(self._typed_code)

        texts = {
            BenchCommand.UNDO: self.tr("Undo last"),
            BenchCommand.RESET: self.tr("Start over"),
            BenchCommand.OUT_OF_STOCK: self.tr("Out of stock…"),
            BenchCommand.REFUSE: self.tr("Refuse…"),
            BenchCommand.PACK: self.tr("Pack"),
            BenchCommand.REPRINT_LABEL: self.tr("Print label"),
            BenchCommand.TODAY: self.tr("Packed today"),
            BenchCommand.NEXT_PACKAGE: self.tr("Next package"),
            BenchCommand.CLOSE: self.tr("Close"),
        }
        self.buttons: dict[BenchCommand, QPushButton] = {}
        row = QHBoxLayout()
        for command in BENCH_BUTTONS:
            button = QPushButton(f"{texts[command]}\n{command.key}")
            button.setMinimumHeight(56)
            button.setToolTip(f"{texts[command]} ({command.key})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, c=command: self.command_requested.emit(c))
            row.addWidget(button)
            self.buttons[command] = button
        self.texts = texts

        top = QGridLayout()
        top.addWidget(self.number_label, 0, 0)
        top.addWidget(self.facts_label, 1, 0)
        top.addWidget(self.progress_label, 0, 1, 2, 1)
        top.setColumnStretch(0, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.items)
        side = QWidget()  # the label, and under it a slot: history and order details (main_window)
        self.details_slot = QVBoxLayout(side)
        self.details_slot.setContentsMargins(0, 0, 0, 0)
        self.details_slot.addWidget(self.label_view, 3)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([840, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.print_line)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.scan_field)
        layout.addLayout(row)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.model.end_flash)
        self.show_work(None, None, frozenset({BenchCommand.NEXT_PACKAGE, BenchCommand.TODAY}))

    # -- what tests and the window read ---------------------------------------------------------

    @property
    def session(self) -> PackingSession | None:
        return self.work.session if self.work is not None else None

    @property
    def finished(self) -> bool:
        """The package on the bench can take no more scans (packed, refused, changed...)."""
        return self.work is not None and self.work.done

    # -- painting --------------------------------------------------------------------------------

    def show_work(self, work: Work | None, banner: Note | None, available: frozenset[BenchCommand]) -> None:
        """Paint `work` (None: nothing on the bench) whole."""
        if work is None or self.work is None or work.package_id != self.work.package_id:
            self._flash_timer.stop()
            self.model.set_session(work.session if work else None)
        elif self.model.session is not work.session:
            self.model.set_session(work.session)
        else:
            self.model.refresh_all()
        self.work = work
        self.model.set_read_only(work is not None and work.phase not in (Phase.LOADING, Phase.SCANNING))
        self._paint_facts(work)
        self._paint_label(work)
        self._paint_progress(work)
        self._paint_banner(work, banner)
        self.enable(available)
        self.work_shown.emit(work)

    def show_scan(self, work: Work, note: Note, item_id: int | None, available: frozenset[BenchCommand]) -> None:
        """Paint one scan's result: the row, the count, the banner (the fast path)."""
        if self.work is not work:
            self.show_work(work, note, available)
            return
        if item_id is not None:
            self.model.item_changed(item_id, flash=note.level is Level.OK)
            if note.level is Level.OK:
                self._flash_timer.start()
        self._paint_progress(work)
        self.banner.show_message(note_text(note), note.level)
        self.enable(available)

    def enable(self, available: frozenset[BenchCommand]) -> None:
        for command, button in self.buttons.items():
            button.setEnabled(command in available)

    def _paint_banner(self, work: Work | None, banner: Note | None) -> None:
        if work is None or banner is None:
            self.banner.show_message(self.tr("Scan a package number to start"), Level.INFO)
            self.print_line.hide()
            return
        self.banner.show_message(note_text(banner), banner.level)
        if work.print_note is not None:
            self.print_line.setText(note_text(work.print_note))
            self.print_line.show()
        else:
            self.print_line.hide()

    def _paint_facts(self, work: Work | None) -> None:
        package = work.package if work is not None else None
        if work is None:
            self.number_label.clear()
            self.facts_label.clear()
            self.notes_label.hide()
            return
        self.number_label.setText(self.tr("Package %1").replace("%1", work.number))
        if package is None:
            self.facts_label.clear()
            self.notes_label.hide()
            return
        address = package.shipping_address
        facts = [
            self.tr("Order %1").replace("%1", package.order_number),
            package.state.display_name(self.language),
            address.full_name if address else "",
            self.tr("pack by %1").replace("%1", format_time(package.target_packing_date))
            if package.target_packing_date
            else "",
        ]
        self.facts_label.setText("  ·  ".join(x for x in facts if x))
        notes = package_notes(package)
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _paint_progress(self, work: Work | None) -> None:
        session = work.session if work is not None else None
        if session is None:
            self.progress_label.clear()
            return
        done, total = session.progress
        self.progress_label.setText(f"{done} / {total}")
        colour = "#2e7d32" if total and done == total else "palette(text)"
        if colour != self._progress_colour:
            self._progress_colour = colour
            self.progress_label.setStyleSheet(f"font-size: 56px; font-weight: bold; color: {colour};")

    def _paint_label(self, work: Work | None) -> None:
        if work is None:
            self._label_shown = None
            self.label_view.clear(self.tr("The label appears here after packing."))
            return
        status = work.label_status
        if status is LabelStatus.READY and work.label is not None:
            key = (work.package_id, id(work.label))
            if self._label_shown != key:
                self._label_shown = key
                if not self.label_view.show_label(work.label):
                    self.label_view.clear(self.tr("The OMS sent a label that cannot be shown. Print it from the OMS."))
            return
        if status is LabelStatus.SLIP and work.package is not None:
            key = (work.package_id, 0)
            if self._label_shown != key:
                self._label_shown = key
                self.label_view.show_document(packing_slip_html(work.package, _location_name(work)))
            return
        self._label_shown = None
        if status is LabelStatus.LOADING:
            self.label_view.clear(self.tr("Reading the label…"))
        elif status is LabelStatus.FAILED:
            self.label_view.clear(self.tr("The label could not be read. Press F10 to read it again."))
        elif work.phase is Phase.FINISHED and work.finished != "packed":
            self.label_view.clear(self.tr("No label: this package was not packed."))
        else:
            self.label_view.clear(self.tr("The label appears here after packing."))

    def printable(self) -> QTextDocument | None:
        """The packing slip of the package on the bench, as a document to print."""
        if self.work is None or self.work.package is None:
            return None
        document = QTextDocument()
        document.setHtml(packing_slip_html(self.work.package, _location_name(self.work)))
        return document

    # -- input -------------------------------------------------------------------------------------

    def _typed_code(self) -> None:
        code = self.scan_field.text()
        self.scan_field.clear()
        if not code.strip():
            self.acknowledged.emit()
            return
        self.code_typed.emit(code)


def _location_name(work: Work) -> str | None:
    package = work.package
    return package.stock_location.name if package is not None and package.stock_location else None

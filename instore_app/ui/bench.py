"""The packing bench: one open package, scanned item by item, then packed and labelled.

The bench shows; it decides nothing about the OMS. Scans go through the packing
session (pure logic) and come back as outcomes that the bench paints: a big banner
(blue: what to do, green: good scan, red: a problem that stays until the next good
scan or an acknowledgement), a big progress count, and the items with their state.
Actions (pack, out of stock, refuse, next, close) are signals the window carries out.
"""

from __future__ import annotations

from enum import Enum
from typing import Callable, Protocol

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
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

from ..api import LabelDocument
from ..labels import LabelView
from ..packing.command_codes import BenchCommand
from ..packing import (
    AlreadyComplete,
    Confirmed,
    NotToBePacked,
    OtherPackage,
    PackageDirectory,
    PackageNumberScanned,
    PackingSession,
    ScanOutcome,
    UnknownCode,
)
from .bench_model import BenchColumn, BenchItemsModel
from .package_list_model import format_time
from .package_view import package_notes

FLASH_MS = 700


class ScanRecorder(Protocol):
    """Keeps the record of what was scanned (the station's journal)."""

    def confirmed(self, session: PackingSession, item_id: int, code: str) -> None: ...
    def undone(self, session: PackingSession, item_id: int) -> None: ...
    def reset(self, session: PackingSession) -> None: ...
    def scan_refused(self, session: PackingSession, outcome: ScanOutcome) -> None: ...
IMAGE_SIZE = 56


class Level(Enum):
    INFO = "#1565c0"
    OK = "#2e7d32"
    ERROR = "#c62828"
    BUSY = "#6a1b9a"


class StatusBanner(QLabel):
    """The big message strip of the bench. ``level`` tells what it shows."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = Level.INFO
        self.setWordWrap(True)
        self.setMinimumHeight(84)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.show_message("", Level.INFO)

    def show_message(self, text: str, level: Level) -> None:
        self.level = level
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ background: {level.value}; color: white; font-size: 26px; font-weight: bold;"
            " padding: 12px; border-radius: 6px; }"
        )

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


class PackingBench(QWidget):
    pack_requested = Signal()
    out_of_stock_requested = Signal()
    refuse_requested = Signal()
    print_requested = Signal()
    next_requested = Signal()
    close_requested = Signal()
    #: A package number was scanned: the window opens that package.
    open_requested = Signal(int)
    #: The last scan confirmed the last unit.
    completed = Signal()
    #: Feedback for sound: "ok", "error" or "complete".
    feedback = Signal(str)
    #: A code typed by hand in the scan field (the window treats it like a scan).
    code_typed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        image_for: Callable[[str], QPixmap | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.session: PackingSession | None = None
        self.finished = False  # the package has been packed/refused/reported: scans don't count
        #: The packages the station knows (set by the window), to name another package's item.
        self.directory: PackageDirectory | None = None
        #: Where confirmations are recorded (the station's journal), set by the window.
        self.recorder: ScanRecorder | None = None

        self.banner = StatusBanner()
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress_label.setStyleSheet("font-size: 56px; font-weight: bold;")
        self.progress_label.setToolTip(self.tr("Confirmed items / items to pack"))
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

        self._actions: dict[BenchCommand, QAction] = {}
        buttons = QHBoxLayout()
        # The shortcut of each action is the key its command barcode stands for (one table).
        for command, text, handler in (
            (BenchCommand.UNDO, self.tr("Undo last"), self.undo_last),
            (BenchCommand.RESET, self.tr("Start over"), self.reset),
            (BenchCommand.OUT_OF_STOCK, self.tr("Out of stock…"), self.out_of_stock_requested.emit),
            (BenchCommand.REFUSE, self.tr("Refuse…"), self.refuse_requested.emit),
            (BenchCommand.PACK, self.tr("Pack"), self.pack_requested.emit),
            (BenchCommand.REPRINT_LABEL, self.tr("Print label"), self.print_requested.emit),
            (BenchCommand.NEXT_PACKAGE, self.tr("Next package"), self.next_requested.emit),
            (BenchCommand.CLOSE, self.tr("Close"), self.close_requested.emit),
        ):
            shortcut = command.key
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            # The bench fills the window when shown; hidden, its shortcuts are off.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(handler)
            self.addAction(action)
            self._actions[command] = action
            button = QPushButton(f"{text}\n{shortcut}")
            button.setMinimumHeight(56)
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        self.buttons = buttons

        top = QGridLayout()
        top.addWidget(self.number_label, 0, 0)
        top.addWidget(self.facts_label, 1, 0)
        top.addWidget(self.progress_label, 0, 1, 2, 1)
        top.setColumnStretch(0, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.items)
        splitter.addWidget(self.label_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([840, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.scan_field)
        layout.addLayout(buttons)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.model.end_flash)
        self.set_session(None)

    # -- the package ---------------------------------------------------------------------

    def set_session(self, session: PackingSession | None) -> None:
        self.session = session
        self.finished = False
        self.model.set_session(session)
        self.label_view.clear(self.tr("The label appears here after packing."))
        if session is None:
            self.number_label.clear()
            self.facts_label.clear()
            self.notes_label.hide()
            self.progress_label.clear()
            self.banner.show_message(self.tr("Scan a package number to start"), Level.INFO)
            self._enable(False)
            return
        self.show_package_facts()
        self._enable(True)
        self._update_progress()
        self.prompt()
        self.scan_field.setFocus()

    def show_package_facts(self) -> None:
        """Header and notes from the session's package (after opening or a reload)."""
        assert self.session is not None
        package = self.session.package
        self.number_label.setText(self.tr("Package %1").replace("%1", package.number))
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

    def reload(self) -> None:
        """The session's package was reloaded (its confirmations may have changed)."""
        if self.session is None:
            return
        self.show_package_facts()
        self.model.refresh_all()
        self._update_progress()

    def _update_progress(self) -> None:
        if self.session is None:
            return
        done, total = self.session.progress
        self.progress_label.setText(f"{done} / {total}")
        colour = "#2e7d32" if total and done == total else "palette(text)"
        self.progress_label.setStyleSheet(f"font-size: 56px; font-weight: bold; color: {colour};")
        self._actions[BenchCommand.PACK].setEnabled(not self.finished and self.session.ready_to_pack)

    def _enable(self, enabled: bool) -> None:
        for command, action in self._actions.items():
            if command in (BenchCommand.NEXT_PACKAGE, BenchCommand.CLOSE):
                action.setEnabled(True)
            elif command is BenchCommand.REPRINT_LABEL:
                action.setEnabled(self.label_view.has_content)
            else:
                action.setEnabled(enabled)
        if enabled and self.session is not None:
            self._actions[BenchCommand.PACK].setEnabled(self.session.ready_to_pack)

    def prompt(self) -> None:
        """The neutral banner: what to do next."""
        if self.session is None:
            return
        if self.session.is_empty:
            self.show_error(self.tr("This package has nothing to pack here. Refuse it or close it (Esc)."))
        elif self.session.is_complete:
            self.banner.show_message(self.tr("All items confirmed: press F9 to pack"), Level.INFO)
        else:
            left = len(self.session.missing_items())
            self.banner.show_message(self.tr("Scan the items: %1 to go").replace("%1", str(left)), Level.INFO)

    # -- scans ---------------------------------------------------------------------------

    def _typed_code(self) -> None:
        code = self.scan_field.text()
        self.scan_field.clear()
        if not code.strip():
            self.acknowledge()
            return
        self.code_typed.emit(code)

    def action(self, command: BenchCommand) -> QAction:
        """The bench's action for `command`: a command barcode triggers the same action as its key."""
        return self._actions[command]

    def handle_scan(self, code: str) -> ScanOutcome | None:
        """A scan while this package is open: match it and show what it did."""
        if self.session is None:
            return None
        outcome = self.session.scan(code, self.directory)
        if isinstance(outcome, PackageNumberScanned):
            if outcome.package_id != self.session.package_id:
                self.open_requested.emit(outcome.package_id)
            else:
                self.prompt()
            return outcome
        if self.finished:
            self.show_error(self.tr("This package is finished. Scan the next package number, or press F8."))
            return outcome
        if isinstance(outcome, Confirmed):
            if self.recorder is not None:  # on disk before the packer is told
                self.recorder.confirmed(self.session, outcome.item_id, code)
            self.model.item_changed(outcome.item_id, flash=True)
            self._flash_timer.start()
            self._update_progress()
            text = outcome.product_name
            if outcome.total_for_product > 1:
                text += f"  ({outcome.confirmed_for_product} / {outcome.total_for_product})"
            self.banner.show_message("✔ " + text, Level.OK)
            if outcome.complete:
                self.feedback.emit("complete")
                self.completed.emit()
            else:
                self.feedback.emit("ok")
            return outcome
        if self.recorder is not None:
            self.recorder.scan_refused(self.session, outcome)
        self.show_error(self.describe(outcome))
        return outcome

    def describe(self, outcome: ScanOutcome) -> str:
        """The banner text for a scan that did not confirm anything."""
        if isinstance(outcome, AlreadyComplete):
            return (
                self.tr("✖ Too many: all %1 of “%2” are already confirmed. Put this one back.")
                .replace("%1", str(outcome.total_for_product))
                .replace("%2", outcome.product_name)
            )
        if isinstance(outcome, OtherPackage):
            return (
                self.tr("✖ Wrong package: this item belongs to package %1.")
                .replace("%1", outcome.package_number)
            )
        if isinstance(outcome, NotToBePacked):
            return (
                self.tr("✖ “%1” is not to be packed (it is %2).")
                .replace("%1", outcome.product_name)
                .replace("%2", outcome.state_name)
            )
        if isinstance(outcome, UnknownCode):
            code = outcome.code if len(outcome.code) <= 40 else outcome.code[:40] + "…"
            return self.tr("✖ Unknown code “%1”: not an item of this package.").replace("%1", code)
        return str(outcome)

    def show_error(self, message: str) -> None:
        """A red banner that stays until the next good scan or an acknowledgement."""
        self.banner.show_message(message, Level.ERROR)
        self.feedback.emit("error")

    def show_busy(self, message: str) -> None:
        self.banner.show_message(message, Level.BUSY)

    def show_done(self, message: str) -> None:
        self.banner.show_message(message, Level.OK)

    def acknowledge(self) -> None:
        """The packer has seen the red banner (Enter on an empty scan field)."""
        if self.banner.is_error:
            self.prompt()

    def undo_last(self) -> None:
        if self.session is None or self.finished:
            return
        item_id = self.session.undo_last()
        if item_id is None:
            self.show_error(self.tr("Nothing to undo."))
            return
        if self.recorder is not None:
            self.recorder.undone(self.session, item_id)
        self.model.item_changed(item_id)
        self._update_progress()
        self.banner.show_message(self.tr("Undone: scan that item again when it is in the box."), Level.INFO)

    def reset(self) -> None:
        if self.session is None or self.finished:
            return
        self.session.reset()
        if self.recorder is not None:
            self.recorder.reset(self.session)
        self.model.refresh_all()
        self._update_progress()
        self.prompt()

    # -- after a command -----------------------------------------------------------------

    def mark_finished(self, message: str) -> None:
        """The package left this station's hands (packed, refused, out of stock)."""
        self.finished = True
        self.reload()
        for command in (
            BenchCommand.UNDO,
            BenchCommand.RESET,
            BenchCommand.OUT_OF_STOCK,
            BenchCommand.REFUSE,
            BenchCommand.PACK,
        ):
            self._actions[command].setEnabled(False)
        self.show_done(message)

    def show_label(self, document: LabelDocument) -> bool:
        shown = self.label_view.show_label(document)
        self._actions[BenchCommand.REPRINT_LABEL].setEnabled(shown)
        return shown

    def show_slip(self, html: str) -> None:
        self.label_view.show_document(html)
        self._actions[BenchCommand.REPRINT_LABEL].setEnabled(True)

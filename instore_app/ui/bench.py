"""The packing bench: paints the package the bench controller has on the bench.

It decides nothing. It shows the controller's :class:`~instore_app.bench.Work` for the package
on the bench (the big banner: blue what to do, green a good scan, red a problem that stays,
purple waiting; the progress count; the item to scan next, large, with its photo; the list of
items; the label once packed) and forwards input: a code typed in the scan field, Enter on an
empty field (acknowledge / yes), and its buttons, which carry the same bench commands as the
keys and the command barcodes. Buttons are enabled exactly when the controller says the command
does something now.

Everything is sized for a screen read from a step away and follows the bench's size
(:mod:`.bench_look`): from 1024 x 768 to 1920 x 1080 and beyond.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QPixmap, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..api import Package
from ..bench import LabelStatus, Level, Note, Phase, Work
from ..labels import LabelView, packing_slip_html
from ..labels.zpl import ZPL_NOT_SHOWN, is_zpl
from ..packing import PackingSession
from ..packing.command_codes import BenchCommand
from .bench_banner import COLOURS, StatusBanner
from .bench_items import CurrentItemCard, ItemsView
from .bench_look import BenchLook, fit_buttons, scale_for
from .bench_model import BenchItemsModel
from .notes import command_texts, note_text
from .oms_messages import translate_message
from .package_list_model import format_time
from .package_view import package_notes

__all__ = ["BENCH_BUTTONS", "COLOURS", "Level", "PackingBench", "StatusBanner"]

FLASH_MS = 700
#: The list takes this share of the width; the item to scan next (or the label) the rest.
LIST_SHARE = 57

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
        image_for: Callable[..., QPixmap | None] | None = None,
    ) -> None:
        """`image_for(url, side, ratio)`: a product photo fitted in side x side (None: not yet)."""
        super().__init__(parent)
        self.language = language
        self.work: Work | None = None
        self.look = BenchLook()
        self._label_shown: tuple[int, int] | None = None  # (package id, id of the document)
        photos = image_for or (lambda url, side=None, ratio=1.0: None)

        self.banner = StatusBanner()
        self.print_line = QLabel()  # printing problems, beside "Packed" (which stays)
        self.print_line.setWordWrap(True)
        self.print_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_line.setStyleSheet(
            "QLabel { color: #b71c1c; background: #ffebee; border: 2px solid #c62828; border-radius: 4px; padding: 4px; }"
        )
        self.print_line.hide()
        self.number_label = QLabel()
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
        self.notes_label.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 8px; }")

        self.model = BenchItemsModel(self, image_for=photos)
        self.items = ItemsView(self.model, photos)
        self.card = CurrentItemCard(photos)
        self.model.image_arrived.connect(self.card.image_arrived)
        self.label_view = LabelView()
        self.left = QStackedWidget()  # the item to scan next, or the label once packed
        self.left.addWidget(self.card)
        self.left.addWidget(self.label_view)
        self.left.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(self.tr("Scan, or type a code and press Enter"))
        self.scan_field.returnPressed.connect(self._typed_code)

        texts = command_texts()
        self.buttons: dict[BenchCommand, QPushButton] = {}
        row = QHBoxLayout()
        for command in BENCH_BUTTONS:
            button = QPushButton(f"{texts[command]}\n{command.key}")
            button.setToolTip(f"{texts[command]} ({command.key})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, c=command: self.command_requested.emit(c))
            row.addWidget(button)
            self.buttons[command] = button
        self.texts = texts

        top = QGridLayout()
        top.addWidget(self.number_label, 0, 0)
        top.addWidget(self.facts_label, 1, 0)
        top.addWidget(self.progress_label, 0, 1, 2, 1)
        top.setColumnStretch(0, 1)
        top.setVerticalSpacing(0)

        side = QWidget()  # the item card or the label, and under it a slot: history and order details
        self.details_slot = QVBoxLayout(side)
        self.details_slot.setContentsMargins(0, 0, 0, 0)
        self.details_slot.addWidget(self.left, 3)
        middle = QHBoxLayout()
        middle.addWidget(side, 100 - LIST_SHARE)
        middle.addWidget(self.items, LIST_SHARE)

        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.print_line)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.scan_field)
        layout.addLayout(row)
        self._middle, self._buttons_row = middle, row

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.model.end_flash)
        self.set_look(BenchLook())
        self.show_work(None, None, frozenset({BenchCommand.NEXT_PACKAGE, BenchCommand.TODAY}))

    # -- what tests and the window read ---------------------------------------------------------

    @property
    def session(self) -> PackingSession | None:
        return self.work.session if self.work is not None else None

    @property
    def finished(self) -> bool:
        """The package on the bench can take no more scans (packed, refused, changed...)."""
        return self.work is not None and self.work.done

    # -- size -------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = scale_for(event.size().width(), event.size().height())
        if scale != self.look.scale:
            self.set_look(BenchLook(scale))
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        fit_buttons(self._buttons_row, list(self.buttons.values()), self.look, self.font())

    def set_look(self, look: BenchLook) -> None:
        """Size every font and control for `look` (called again when the bench is resized)."""
        self.look = look
        base = self.font()
        self.banner.set_look(look)
        self.print_line.setFont(look.font(base, look.print_line_px, bold=True))
        self.number_label.setFont(look.font(base, look.number_px, bold=True))
        self.facts_label.setFont(look.font(base, look.facts_px))
        self.progress_label.setFont(look.font(base, look.progress_px, bold=True))
        self.notes_label.setFont(look.font(base, look.notes_px, bold=True))
        self.scan_field.setFont(look.font(base, look.control_px))
        self.scan_field.setMinimumHeight(look.field_height)
        for button in self.buttons.values():
            button.setFont(look.font(base, look.control_px))
            button.setFixedHeight(look.button_height)
        spacing = look.px(6)
        self._layout.setSpacing(spacing)
        self._layout.setContentsMargins(spacing, spacing, spacing, spacing)
        self._middle.setSpacing(spacing)
        self._buttons_row.setSpacing(look.px(4))
        self.items.set_look(look)
        self.card.set_look(look)
        for index in range(self.details_slot.count()):  # history and order details: 12 px at the design size
            item = self.details_slot.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.left:
                widget.setFont(look.font(base, look.px(12)))

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
        self._paint_current(work)
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
        self._paint_current(work)
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

    def _paint_current(self, work: Work | None) -> None:
        """The left side: the item to scan next, or the label once the package is done."""
        session = work.session if work is not None else None
        if work is None or work.done or work.label_status is not LabelStatus.NONE:
            self.left.setCurrentWidget(self.label_view)
            self.items.set_current(None, None)
            return
        self.left.setCurrentWidget(self.card)
        missing = session.missing_items() if session is not None else []
        if session is None or not missing:
            done = session is not None and session.is_complete
            self.card.show_done(self.tr("✔ All items confirmed") if done else "")
            self.items.set_current(None, None)
            return
        item = missing[0]
        product = item.product
        done_count, total = session.confirmed_count_for(item), session.total_count_for(item)
        details = [self.tr("SKU %1").replace("%1", product.sku)] if product.sku else []
        if product.barcode or item.selected_barcode:
            details.append(product.barcode or item.selected_barcode or "")
        if total > 1:
            details.append(self.tr("%1 of %2 scanned").replace("%1", str(done_count)).replace("%2", str(total)))
        self.card.show_item(item, self.tr("Scan next"), "\u00a0\u00a0·  ".join(details))  # no line starts with "·"
        self.items.set_current(item.id, self.model.row_of_item(item.id))

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
            (self.tr("OVERDUE: pack by %1") if _overdue(package) else self.tr("Pack by %1")).replace(
                "%1", format_time(package.target_packing_date)
            )
            if package.target_packing_date
            else "",
        ]
        self.facts_label.setText("  ·  ".join(x for x in facts if x))
        # An overdue package is marked in red (colour only: the bench's look sets the font).
        self.facts_label.setStyleSheet("QLabel { color: #c62828; }" if _overdue(package) else "")
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
        colour = "#2e7d32" if total and done == total else ""
        if colour != self._progress_colour:  # a palette, not a style sheet: cheaper to repaint
            self._progress_colour = colour
            palette = self.palette()
            if colour:
                palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            self.progress_label.setPalette(palette)

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
                if is_zpl(work.label):  # printer commands (Seller Center): said, and printed raw on F10
                    self.label_view.clear(translate_message(ZPL_NOT_SHOWN))
                elif not self.label_view.show_label(work.label):
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


def _overdue(package: Package) -> bool:
    """Its target packing time has passed."""
    target = package.target_packing_date
    return target is not None and target < datetime.now(timezone.utc)

"""A package's history and its order's details, for the bench and the list's detail pane.

* The order (``GET /api/v1/oms/orders/{id}/``): the payment type -- with the amount the courier
  collects when it is pay on delivery --, the delivery type, the customer's and the gift note,
  and the package's invoice number.
* The transition logs (``.../packages/{id}/transition_logs/``): who moved the package, from
  which state to which, and when, newest first.

Both are read in the background a moment after a package is shown (a package passed over at
scanner speed is never read), once per package and state; a failure is said in words in the
widget, and the rest of the screen does not wait for it.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from html import escape
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..api import Order, Package, TransitionLog
from ..api.order_models import PAYMENT_PAY_ON_DELIVERY
from ..bench import Work
from .package_list_model import format_time
from .oms_messages import translate_message
from .tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["HistorySource", "PackageHistory"]

#: A package shown is read this long after it is shown, if it is still the one shown.
READ_DELAY_MS = 250

_PAYMENT: dict[str, object] = {
    "credit_card": QT_TRANSLATE_NOOP("PackageHistory", "Credit card"),
    "funds_transfer": QT_TRANSLATE_NOOP("PackageHistory", "Funds transfer"),
    "pay_on_delivery": QT_TRANSLATE_NOOP("PackageHistory", "Pay on delivery"),
}
_DELIVERY: dict[str, object] = {
    "standard": QT_TRANSLATE_NOOP("PackageHistory", "Standard delivery"),
    "same_day": QT_TRANSLATE_NOOP("PackageHistory", "Same-day delivery"),
    "express": QT_TRANSLATE_NOOP("PackageHistory", "Express delivery"),
    "click_and_collect": QT_TRANSLATE_NOOP("PackageHistory", "Click & collect"),
}


@runtime_checkable
class HistorySource(Protocol):
    """What the widget reads (the OMS's Station has both; a backend without them, such as the
    Seller Center, shows no history)."""

    async def order(self, order_id: int) -> Order: ...

    async def transition_logs(self, package_id: int) -> Any: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackageHistory", text)


def _money(amount: Decimal, currency: str | None, language: str) -> str:
    locale = QLocale(QLocale.Language.Turkish if language == "tr" else QLocale.Language.English)
    text = locale.toString(float(amount), "f", 2)
    return f"{text} {currency}" if currency else text


class PackageHistory(QWidget):
    """See the module's docstring. Give it a source with :meth:`set_source`."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en", source: object = None) -> None:
        super().__init__(parent)
        self.language = language
        self.source: HistorySource | None = source if isinstance(source, HistorySource) else None
        self.package: Package | None = None
        self.invoice_number: str | None = None
        self.order: Order | None = None
        self.logs: list[TransitionLog] = []
        self._key: tuple[int, str] | None = None  # (package id, state) read or being read
        self._tasks = TaskRunner(self)
        self._tasks.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self._read)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.collect = QLabel()  # pay on delivery: what the courier collects, in big type
        self.collect.setWordWrap(True)
        self.collect.setStyleSheet(
            "QLabel { background: #fff3cd; color: #8a1c00; font-size: 17px; font-weight: bold; padding: 6px; }"
        )
        self.collect.hide()
        self.history_title = QLabel(self.tr("History"))
        self.history_title.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From → to")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.collect)
        layout.addWidget(self.details)
        layout.addWidget(self.history_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.show_package(None)

    def set_source(self, source: object) -> None:
        """Read from `source` when it can tell the history (see :class:`HistorySource`)."""
        self.source = source if isinstance(source, HistorySource) else None

    def cancel(self) -> None:
        """Stop reading (the window closes)."""
        self._timer.stop()
        self._tasks.cancel_all()

    # -- what is shown -------------------------------------------------------------------------

    def show_work(self, work: Work | None) -> None:
        """The bench's package (its invoice number as the bench knows it)."""
        self.show_package(work.package if work is not None else None, work.invoice_number if work is not None else None)

    def show_package(self, package: Package | None, invoice_number: str | None = None) -> None:
        """Show `package`; its order and history are read (again when its state changed)."""
        self.package = package
        self.invoice_number = invoice_number or (package.invoice_number if package is not None else None)
        key = (package.id, package.state.enum_value) if package is not None else None
        if key != self._key:
            same_package = key is not None and self._key is not None and key[0] == self._key[0]
            self._key = key
            self._tasks.cancel_all()
            if not same_package:
                self.order, self.logs = None, []
            if package is not None and self.source is not None:
                self.status.setText(self.tr("Reading the order and the history…"))
                self._timer.start()
            else:
                self._timer.stop()
                self.status.clear()
        self._paint()

    def _read(self) -> None:
        package, source = self.package, self.source
        if package is None or source is None:
            return
        package_id = package.id
        if package.order_id is not None:
            self._tasks.start("order", source.order(package.order_id), lambda order: self._order_read(package_id, order))
        self._tasks.start("logs", source.transition_logs(package_id), lambda logs: self._logs_read(package_id, logs))

    def _order_read(self, package_id: int, order: Order) -> None:
        if self.package is not None and self.package.id == package_id:
            self.order = order
            self._paint()

    def _logs_read(self, package_id: int, logs: Any) -> None:
        if self.package is None or self.package.id != package_id:
            return
        self.logs = sorted(logs, key=lambda entry: (entry.created_date is not None, entry.created_date), reverse=True)
        problem = getattr(logs, "problem", None)
        if problem:
            self.status.setText(self.tr("Some of the history is missing: %1").replace("%1", translate_message(problem)))
        else:
            self.status.setText("" if self.logs else self.tr("Nobody has moved it since the order came in."))
        self._paint()

    def _failed(self, key: str, message: str, _error: object) -> None:
        what = self.tr("The order could not be read: %1") if key == "order" else self.tr("The history could not be read: %1")
        self.status.setText(what.replace("%1", message))

    # -- painting ---------------------------------------------------------------------------------

    def _paint(self) -> None:
        package, order = self.package, self.order
        if package is None:
            self.details.setText(self.tr("No package."))
            self.collect.hide()
            self.table.setRowCount(0)
            return
        self._paint_collect(package, order)
        rows: list[tuple[str, str]] = []
        payment = (order.payment_type if order is not None else None) or package.payment_type
        if payment:
            rows.append((self.tr("Payment"), _tr(str(_PAYMENT[payment])) if payment in _PAYMENT else payment))
        delivery = (order.delivery_type if order is not None else None) or package.delivery_type
        if delivery:
            rows.append((self.tr("Delivery"), _tr(str(_DELIVERY[delivery])) if delivery in _DELIVERY else delivery))
        if order is not None and order.notes:
            rows.append((self.tr("Customer note"), order.notes))
        if order is not None and (order.has_gift_box or order.gift_box_note):
            rows.append((self.tr("Gift note"), order.gift_box_note or self.tr("gift box, no note")))
        rows.append((self.tr("Invoice number"), self.invoice_number or self.tr("none yet")))
        self.details.setText(
            "<table cellspacing='0' cellpadding='1'>"
            + "".join(f"<tr><td style='padding-right: 8px;'>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
            + "</table>"
        )
        self.table.setRowCount(len(self.logs))
        for row, entry in enumerate(self.logs):
            before = entry.old_state.display_name(self.language) if entry.old_state else "—"
            after = entry.new_state.display_name(self.language) if entry.new_state else "—"
            who = entry.user_name or self.tr("the OMS")
            for column, text in enumerate((format_time(entry.created_date), who, f"{before} → {after}")):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _paint_collect(self, package: Package, order: Order | None) -> None:
        payment = (order.payment_type if order is not None else None) or package.payment_type
        if payment != PAYMENT_PAY_ON_DELIVERY:
            self.collect.hide()
            return
        amount = package.shipment.pay_on_delivery_amount if package.shipment else None
        if amount is None and order is not None:
            amount = order.amount_to_collect
        currency = order.currency if order is not None else None
        if amount is None:
            self.collect.setText(self.tr("Pay on delivery: the courier collects the payment."))
        else:
            self.collect.setText(
                self.tr("Pay on delivery: the courier collects %1.").replace("%1", _money(amount, currency, self.language))
            )
        self.collect.show()

    def hideEvent(self, event: Any) -> None:  # a hidden widget reads nothing...
        self._timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:  # ...and reads when it shows again
        super().showEvent(event)
        nothing_read = self.order is None and not self.logs
        if self.package is not None and self.source is not None and nothing_read and not self._tasks.running_any(("order", "logs")):
            self._timer.start()

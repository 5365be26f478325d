"""The invoice number step on the bench (no Qt): the setting ``invoice_number_step``.

Mixed into :class:`~instore_app.bench.controller.BenchController`. With the step on, a pack
(every item confirmed, by auto-pack or the Pack key) first asks for the invoice's barcode:
the next scan into the package is taken as its invoice number, sent with
``Station.set_invoice_number`` (``POST .../set_invoice_number/``, 204), and once the OMS
has it the pack goes on by itself. A package whose OMS record already has an invoice number
is packed without asking.

A scan that cannot be the invoice is refused in words, and nothing is sent: the package's
own number, its tracking number, an item's barcode or SKU (of this package or another one
the station knows), or text the OMS would not take (empty, too long, control characters).
Another package's number still opens that package (the packer moved on; this one asks again
when it is packed). The number sent is shown on the bench and in Packed today
(:attr:`Work.invoice_number`). A failure keeps the step open: scanning the invoice again is
always safe (the OMS keeps one number per package).
"""

from __future__ import annotations

import logging

from ..api import Package, check_invoice_number
from ..operations.backend import InvoiceNumbers
from ..packing import Action, clean_scan, item_keys, normalize, package_number_key
from .core import BenchCore
from .events import Notice, Sound
from .work import Level, Note, Phase, Work

log = logging.getLogger(__name__)

__all__ = ["InvoiceStep"]


class InvoiceStep(BenchCore):
    """A part of BenchController (see :mod:`.core` for what the parts share)."""

    # -- the gate before the pack ----------------------------------------------------------------

    def _needs_invoice(self, work: Work) -> bool:
        """The step is on and the OMS has no invoice number for the package yet."""
        if not self.invoice_step or work.package is None:
            return False
        if not isinstance(self.station, InvoiceNumbers):
            log.warning("the invoice number step is on, but %s keeps no invoice numbers: packed without",
                        self.station.backend_name)
            return False
        return not (work.invoice_number or work.package.invoice_number)

    def _ask_invoice(self, work: Work) -> None:
        """Pack asked for: ask for the invoice's barcode first."""
        work.awaiting_invoice = True
        work.note = None
        self._updated(work)

    def _invoice_prompt(self, work: Work) -> Note | None:
        """The banner's word while the step waits (None: not waiting)."""
        if work.invoice_sending is not None:
            return Note("saving_invoice", Level.BUSY, (work.invoice_sending, work.number))
        session = work.session
        if work.awaiting_invoice and session is not None and session.is_complete:
            return Note("scan_invoice", Level.INFO, (work.number,))
        return None

    # -- the scan ----------------------------------------------------------------------------------

    def _invoice_scan(self, work: Work | None, code: str) -> bool:
        """Take `code` as the invoice's barcode if the package on the bench waits for one; True
        when the step used the scan (sent it, or refused it in words)."""
        if work is None or not work.awaiting_invoice or work.phase is not Phase.SCANNING:
            return False
        session = work.session
        if session is None or not session.is_complete:  # an item was undone since: no pack yet
            work.awaiting_invoice = False
            return False
        text = clean_scan(code)
        other = self.station.package_id_for_number(text)
        if other is not None and other != work.package_id:
            return False  # the packer moved on to another package
        if work.invoice_sending is not None:
            self._scanned(work, None, Note("invoice_being_saved", Level.ERROR, (work.invoice_sending,)))
            return True
        refusal = self._invoice_refusal(work, text)
        if refusal is not None:
            self._scanned(work, None, refusal)
            return True
        self._send_invoice(work, check_invoice_number(text))
        return True

    def _invoice_refusal(self, work: Work, text: str) -> Note | None:
        """Why `text` cannot be the package's invoice number, in a note; None when it can."""
        package = work.package
        assert package is not None
        shown = text if len(text) <= 40 else text[:40] + "…"
        try:
            check_invoice_number(text)
        except ValueError as exc:
            return Note("invoice_not_valid", Level.ERROR, (shown, str(exc)))
        key = package_number_key(text)
        if key == package_number_key(package.number):
            return Note("invoice_is_package_number", Level.ERROR, (shown,))
        tracking = {package.tracking_number, package.shipment.awb_number if package.shipment else None}
        if key in {package_number_key(t) for t in tracking if t}:
            return Note("invoice_is_tracking_number", Level.ERROR, (shown,))
        code = normalize(text)
        for item in package.packageitem_set:
            if code in item_keys(item):
                return Note("invoice_is_item", Level.ERROR, (shown, item.product.name))
        if code and self.station.directory.packages_with_code(code):
            return Note("invoice_is_item_code", Level.ERROR, (shown,))
        return None

    # -- sending ---------------------------------------------------------------------------------

    def _send_invoice(self, work: Work, number: str) -> None:
        package_id = work.package_id
        package = work.package
        station = self.station
        assert package is not None and isinstance(station, InvoiceNumbers)  # _needs_invoice checked it
        work.invoice_sending = number
        work.note = None
        self._updated(work)
        self._emit(Sound("ok"))
        self._spawn(
            station.set_invoice_number(package, number),
            lambda fresh: self._invoice_saved(package_id, number, fresh),
            lambda exc: self._invoice_failed(package_id, exc),
            command=True,
        )

    def _invoice_saved(self, package_id: int, number: str, package: Package) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.invoice_sending = None
        work.awaiting_invoice = False
        work.invoice_number = package.invoice_number or number
        log.info("package %s: invoice number saved", package.number)
        if work.phase is not Phase.SCANNING:
            self._updated(work)
            return
        work.package = package
        if work.session is not None:
            work.session.update_package(package)
        self._send(work, Action.PACK)  # what the packer asked for: the pack goes on

    def _invoice_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.invoice_sending = None
        self._set_error(work, exc)
        if work.note is not None and work.note.code == "oms_error":
            work.note = Note("invoice_not_saved", Level.ERROR, work.note.params)
        self._updated(work)
        self._emit(Sound("error"))
        if package_id != self.current_id and work.note is not None:
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *work.note.params))))

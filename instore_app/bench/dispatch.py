"""What a scan or a bench key means (no Qt): each input handed to the step it asks for.

Mixed into :class:`~instore_app.bench.controller.BenchController`. A key and its command
barcode are one input (:meth:`Dispatch.command`). A scan (:meth:`Dispatch.scan`) goes to the
courier handover while it is open, is a bench command, a denial reason, the invoice's number, a
package's number (that package goes on the bench), or an item of the package on the bench:
it is matched at once, or waits in order for the package's read. Undo and start over take
confirmations back, journalled like the scans.
"""

from __future__ import annotations

from ..journal import JournalError
from ..packing import (
    AlreadyComplete,
    Confirmed,
    NotToBePacked,
    OtherPackage,
    PackageNumberScanned,
    PackingSession,
    ScanOutcome,
    UnknownCode,
    clean_scan,
    package_number_key,
)
from ..packing.command_codes import BenchCommand, command_for, is_command_code, reason_for
from .core import BenchCore
from .events import AskOutOfStock, DialogInput, ListNote, Scanned, ShowToday, Sound
from .work import Level, Note, Phase, Question, QuestionKind, Work

__all__ = ["SHOWN_CODE_LENGTH", "Dispatch"]

#: Codes are cut to this length when a note repeats them.
SHOWN_CODE_LENGTH = 40


def _shown(code: str) -> str:
    text = clean_scan(code)
    return text if len(text) <= SHOWN_CODE_LENGTH else text[:SHOWN_CODE_LENGTH] + "…"


class Dispatch(BenchCore):
    """Scans and bench keys; a part of BenchController."""

    def scan(self, code: str) -> None:
        """One scan from any scanner, wherever the focus is."""
        if self.handover is not None and self.dialog is None and self.handover.wants(code):
            self.handover.scan(code)
            return
        command = command_for(code)
        if command is not None:
            self.command(command)
            return
        reason = reason_for(code)
        if reason is not None:
            self._refuse_by_code(reason)
            return
        if is_command_code(code):
            self._problem(Note("unknown_command_code", Level.ERROR, (_shown(code),)))
            return
        if self.dialog is not None:
            self._emit(DialogInput(self.dialog[1], None, Note("answer_the_dialog", Level.ERROR)))
            self._emit(Sound("error"))
            return
        work = self.current
        if work is not None and work.question is not None:
            self._scanned(work, None, Note("answer_the_question", Level.ERROR))
            return
        if self._invoice_scan(work, code):
            return
        target = self.package_for_number(code)
        if target is not None:
            self.open(target)  # the package on the bench again: it is read again
            return
        if work is None:
            self._problem(Note("not_a_package", Level.ERROR, (_shown(code),)))
            return
        if work.phase in (Phase.LOADING, Phase.UNAVAILABLE):
            work.pending_scans.append(code)  # matched in order as soon as the package is read
            self._scanned(work, None, self.prompt(work))
            return
        if work.phase is not Phase.SCANNING or work.session is None:
            key = "package_finished" if work.phase is not Phase.SENDING else "package_being_finished"
            self._scanned(work, None, Note(key, Level.ERROR, (BenchCommand.NEXT_PACKAGE.key,)))
            return
        self._match(work, work.session, code)

    def package_for_number(self, code: str) -> int | None:
        """The package whose number `code` is: a listed one, or one of today's."""
        found = self.station.package_id_for_number(code)
        if found is not None:
            return found
        key = package_number_key(code)
        if not key:
            return None
        for work in self.works.values():
            if package_number_key(work.number) == key:
                return work.package_id
        return None

    def _match(self, work: Work, session: PackingSession, code: str) -> None:
        outcome = session.scan(code, self.station.directory)
        if isinstance(outcome, PackageNumberScanned):
            if outcome.package_id != work.package_id:
                self.open(outcome.package_id)
            return
        if isinstance(outcome, Confirmed):
            assert work.package is not None
            try:
                self.station.confirmed(work.package, outcome.item_id, clean_scan(code))
            except JournalError as exc:
                session.unconfirm(outcome.item_id)
                self._scanned(work, None, Note("scan_not_saved", Level.ERROR, (str(exc),)))
                return
            item = next(i for i in session.items if i.id == outcome.item_id)
            details = " · ".join(x for x in (item.product.size, item.product.colour) if x)
            count = f"{outcome.confirmed_for_product} / {outcome.total_for_product}" if outcome.total_for_product > 1 else ""
            note = Note("confirmed", Level.OK, (outcome.product_name, details, count))
            work.note = note
            self._emit(Scanned(work.package_id, outcome, note, outcome.item_id))
            self._emit(Sound("complete" if outcome.complete else "ok"))
            if outcome.complete:
                if self.auto_pack and BenchCommand.PACK in self.available(work):
                    self._pack(work)
                else:
                    work.note = None
                    self._updated(work)
            return
        self.station.scan_refused(work.package_id, type(outcome).__name__)
        self._scanned(work, outcome, self._describe(outcome))

    def _describe(self, outcome: ScanOutcome) -> Note:
        if isinstance(outcome, AlreadyComplete):
            return Note("over_scan", Level.ERROR, (str(outcome.total_for_product), outcome.product_name))
        if isinstance(outcome, OtherPackage):
            return Note("other_package", Level.ERROR, (outcome.package_number,))
        if isinstance(outcome, NotToBePacked):
            return Note("not_to_be_packed", Level.ERROR, (outcome.product_name, outcome.state_name))
        code = outcome.code if isinstance(outcome, UnknownCode) else ""
        return Note("unknown_code", Level.ERROR, (_shown(code),))

    def command(self, command: BenchCommand) -> None:
        """A bench key, or its command barcode."""
        if self.dialog is not None:
            self._emit(DialogInput(self.dialog[1], command, None))
            return
        if self.handover is not None and self.handover.command(command):
            return
        work = self.current
        if work is not None and work.question is not None:
            if command is BenchCommand.ACKNOWLEDGE:
                self._answer(work, yes=True)
            elif command is BenchCommand.CLOSE:
                self._answer(work, yes=False)
            else:
                self._scanned(work, None, Note("answer_the_question", Level.ERROR))
            return
        if command is BenchCommand.NEXT_PACKAGE:
            self.next_package()
            return
        if command is BenchCommand.TODAY:
            self._emit(ShowToday())
            return
        if command is BenchCommand.CLOSE:
            self.close()
            return
        if work is None:
            if command is not BenchCommand.ACKNOWLEDGE:
                self._problem(Note("open_a_package_first", Level.ERROR))
            else:
                self._emit(ListNote(None))
            return
        if command is BenchCommand.ACKNOWLEDGE:
            if work.note is not None and work.note.is_error:
                work.note = None
                self._updated(work)
            return
        if command not in self.available(work):
            self._scanned(work, None, Note("not_possible_now", Level.ERROR, (command.label,)))
            return
        if command is BenchCommand.UNDO:
            self._undo(work)
        elif command is BenchCommand.RESET:
            self._ask(work, Question(QuestionKind.RESET, work.package_id, (work.number,)))
        elif command is BenchCommand.OUT_OF_STOCK:
            self.dialog = ("out_of_stock", work.package_id)
            self._emit(AskOutOfStock(work.package_id, self.station.out_of_stock_choices()))
        elif command is BenchCommand.REFUSE:
            self._ask_reason(work)
        elif command is BenchCommand.PACK:
            self._pack(work)
        elif command is BenchCommand.REPRINT_LABEL:
            self._print(work)
        elif command is BenchCommand.REPACK:
            self._ask_repack(work)

    # -- taking confirmations back ----------------------------------------------------------------

    def _undo(self, work: Work) -> None:
        session = work.session
        assert session is not None
        item_id = session.undo_last()
        if item_id is None:
            self._scanned(work, None, Note("nothing_to_undo", Level.ERROR))
            return
        try:
            self.station.undone(work.package_id, item_id)
        except JournalError as exc:
            session.restore([*session.confirmed_item_ids, item_id])
            self._scanned(work, None, Note("scan_not_saved", Level.ERROR, (str(exc),)))
            return
        name = next(i for i in session.items if i.id == item_id).product.name
        work.note = Note("undone", Level.INFO, (name,))
        self._emit(Scanned(work.package_id, None, work.note, item_id))

    def _reset(self, work: Work, session: PackingSession) -> None:
        kept = session.confirmed_item_ids
        session.reset()
        try:
            self.station.reset(work.package_id)
        except JournalError as exc:
            session.restore(kept)
            self._scanned(work, None, Note("scan_not_saved", Level.ERROR, (str(exc),)))
            return
        work.note = Note("started_over", Level.INFO, (str(len(kept)),))
        self._updated(work)

"""The bench controller: the one owner of what a scan or a bench command means (no Qt here).

It takes scans and bench commands (a key and its command barcode are the same input), owns the
package on the bench and a :class:`~instore_app.bench.work.Work` for every package whose command
is on its way or that was finished here today, and runs the async work (reads, the claim, pack,
out of stock, refuse, labels) as tasks tagged with their package. Every result lands on its own
package's Work; the screen is told through events (:mod:`instore_app.bench.events`) that name
the package, and only paints them.

Scan ahead: from the moment a package number is scanned, item scans count. With the details
read ahead they are matched at once; otherwise they wait (in order) for the read. The claim
(Waiting -> Preparing) runs in the background, and packing waits for it, never the packer.

Pack in the background: after the last item the packer may scan the next package at once; the
previous package's pack and label go on and land on that package (and in Packed today).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime, timezone
from typing import Any

from ..api import OmsError, OmsUnauthorized, Package
from ..journal import JournalError
from ..operations.backend import Backend
from ..operations import (
    FINISH_REASONS,
    CommandAppliedNotReread,
    CommandNotApplied,
    CommandOutcomeUnknown,
    PackageChanged,
)
from ..packing import (
    Action,
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
from .events import (
    AskOutOfStock,
    AskRefuse,
    DialogInput,
    Event,
    Finished,
    JournalProblem,
    ListNote,
    Notice,
    PrintLabel,
    Scanned,
    ShowToday,
    SignInNeeded,
    Sound,
    Switched,
    TodayChanged,
    Updated,
)
from .handover_mode import HandoverMode
from .invoice_step import InvoiceStep
from .repack import RepackSteps
from .work import ClaimStatus, LabelStatus, Level, Note, Phase, Question, QuestionKind, Work

log = logging.getLogger(__name__)

__all__ = ["BenchController"]

#: While the journal cannot be written, it is tried again this often.
JOURNAL_RETRY_SECONDS = 3.0
#: Codes are cut to this length when a note repeats them.
SHOWN_CODE_LENGTH = 40

_COMMAND_OF_ACTION = {
    Action.PACK: BenchCommand.PACK,
    Action.OUT_OF_STOCK: BenchCommand.OUT_OF_STOCK,
    Action.REFUSE: BenchCommand.REFUSE,
}
_SENDING_NOTE = {Action.PACK: "packing", Action.OUT_OF_STOCK: "reporting_out_of_stock", Action.REFUSE: "refusing"}
_DONE_NOTE = {"packed": "packed", "refused": "refused", "out_of_stock": "reported_out_of_stock"}
_DIALOGS = ("out_of_stock", "refuse")


def _shown(code: str) -> str:
    text = clean_scan(code)
    return text if len(text) <= SHOWN_CODE_LENGTH else text[:SHOWN_CODE_LENGTH] + "…"


class BenchController(InvoiceStep, RepackSteps):
    """See the module docstring. `listener` receives every event, on the loop's thread."""

    def __init__(
        self,
        station: Backend,
        *,
        auto_pack: bool = True,
        auto_print: bool = False,
        listener: Callable[[Event], None] | None = None,
        journal_retry_seconds: float = JOURNAL_RETRY_SECONDS,
        invoice_step: bool = False,
    ) -> None:
        self.station = station
        self.auto_pack = auto_pack
        self.invoice_step = invoice_step  # ask for the invoice's barcode before packing (invoice_step.py)
        #: The courier handover (handover_mode.py): while its view is open, it takes the scans.
        self.handover: HandoverMode | None = None
        self.auto_print = auto_print
        self.listener: Callable[[Event], None] = listener or (lambda event: None)
        self.journal_retry_seconds = journal_retry_seconds
        self.works: dict[int, Work] = {}
        self.current_id: int | None = None
        #: The bench dialog that is open: ("out_of_stock" | "refuse", package id).
        self.dialog: tuple[str, int] | None = None
        #: The refuse dialog waiting for its denial reasons: (package id, the read).
        self._reason_read: tuple[int, asyncio.Task[Any]] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()  # reads: cancelled when the app closes
        self._commands: set[asyncio.Task[Any]] = set()  # commands: never cut off
        self._reads: dict[int, asyncio.Task[Any]] = {}
        self._watchdog: asyncio.Task[Any] | None = None
        self._reason_titles: dict[int, str] = {}  # denial reason id -> title, once read
        station.on_journal_problem = self._journal_problem
        station.sender.on_checking = self._checking

    # -- state the screen paints ----------------------------------------------------------------

    @property
    def current(self) -> Work | None:
        return None if self.current_id is None else self.works.get(self.current_id)

    def work(self, package_id: int) -> Work | None:
        return self.works.get(package_id)

    def today(self) -> list[Work]:
        """The packages finished at this station today, newest first."""
        day = datetime.now(timezone.utc).astimezone().date()
        done = [
            w
            for w in self.works.values()
            if w.phase is Phase.FINISHED and w.finished_at is not None and w.finished_at.astimezone().date() == day
        ]
        return sorted(done, key=lambda w: w.finished_at or datetime.min.replace(tzinfo=timezone.utc), reverse=True)

    def available(self, work: Work | None = None) -> frozenset[BenchCommand]:
        """The bench commands that do something now (buttons and keys are enabled from this)."""
        work = work if work is not None else self.current
        commands = {BenchCommand.NEXT_PACKAGE, BenchCommand.TODAY}
        if work is None:
            return frozenset(commands)
        commands.add(BenchCommand.CLOSE)
        if work.question is not None:
            return frozenset({BenchCommand.ACKNOWLEDGE, BenchCommand.CLOSE})
        session, package = work.session, work.package
        if work.phase is Phase.SCANNING and session is not None and package is not None:
            offered = self.station.offered(package)
            if session.confirmed_item_ids:
                commands |= {BenchCommand.UNDO, BenchCommand.RESET}
            if Action.OUT_OF_STOCK in offered and session.required_items:
                commands.add(BenchCommand.OUT_OF_STOCK)
            if Action.REFUSE in offered:
                commands.add(BenchCommand.REFUSE)
            claim_to_come = work.claim is not ClaimStatus.NOT_NEEDED and work.claim is not ClaimStatus.DONE
            if session.is_complete and (Action.PACK in offered or (claim_to_come and self.station.needs_claim(package))):
                commands.add(BenchCommand.PACK)
        if work.phase in (Phase.FINISHED, Phase.CHANGED) and self._has_label(work):
            commands.add(BenchCommand.REPRINT_LABEL)
        if self.can_repack(work):
            commands.add(BenchCommand.REPACK)
        return frozenset(commands)

    def prompt(self, work: Work) -> Note:
        """The neutral word for the package's state: what to do next."""
        session = work.session
        if work.phase is Phase.LOADING:
            waiting = len(work.pending_scans)
            if waiting:
                return Note("scans_waiting", Level.BUSY, (work.number, str(waiting)))
            return Note("opening", Level.BUSY, (work.number,))
        if work.phase is Phase.SENDING and work.sending is not None:
            return Note(_SENDING_NOTE[work.sending], Level.BUSY, (work.number,))
        if work.phase is Phase.FINISHED and work.finished is not None:
            return Note(_DONE_NOTE.get(work.finished, "packed"), Level.OK, (work.number, work.detail or ""))
        if work.phase is Phase.CHANGED and work.package is not None:
            return Note("changed", Level.INFO, (self.station.state_name(work.package),))
        if work.phase is Phase.UNAVAILABLE or session is None:
            return Note("unavailable", Level.ERROR, (work.number, str(len(work.pending_scans))))
        if session.is_empty:
            return Note("nothing_to_pack", Level.ERROR)
        if session.is_complete:
            invoice = self._invoice_prompt(work)
            if invoice is not None:
                return invoice
            if BenchCommand.PACK in self.available(work):
                return Note("all_confirmed_pack", Level.INFO, (BenchCommand.PACK.key,))
            return Note("all_confirmed_cannot_pack", Level.INFO)
        return Note("scan_items", Level.INFO, (str(len(session.missing_items())),))

    def banner(self, work: Work) -> Note:
        """What the bench's big banner says for the package: its question, its last note, or
        the neutral prompt."""
        if work.question is not None:
            return Note(f"question_{work.question.kind.value}", Level.INFO, work.question.params)
        return work.note if work.note is not None else self.prompt(work)

    # -- input: scans --------------------------------------------------------------------------

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

    # -- input: bench commands -----------------------------------------------------------------

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

    def _answer(self, work: Work, *, yes: bool) -> None:
        question, work.question = work.question, None
        assert question is not None
        work.note = None
        if not yes:
            if question.kind is QuestionKind.TAKE_OVER:
                self.close()  # it stays with the other user
                return
            self._updated(work)
            return
        if question.kind is QuestionKind.RESET and work.session is not None:
            self._reset(work, work.session)
        elif question.kind is QuestionKind.REPACK:
            self._repack(work)
        elif question.kind is QuestionKind.RESEND and question.action is not None:
            self._send(work, question.action, question.item_ids, question.reason_id, packer_confirmed=True)
        elif question.kind is QuestionKind.TAKE_OVER:
            work.taken_over = True
            self.station.taken_over(work.package_id, question.params[1])
            self._updated(work)
        elif question.kind is QuestionKind.OUT_OF_STOCK and work.phase is Phase.SCANNING:
            self._send(work, Action.OUT_OF_STOCK, question.item_ids)
        elif question.kind is QuestionKind.REFUSE and work.phase is Phase.SCANNING and question.reason_id is not None:
            work.detail = question.params[1] if len(question.params) > 1 else None  # the reason, named when done
            self._send(work, Action.REFUSE, reason_id=question.reason_id)
        else:
            self._updated(work)

    def _ask(self, work: Work, question: Question) -> None:
        work.question = question
        self._updated(work)

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

    # -- the dialogs' answers ------------------------------------------------------------------

    def report_out_of_stock(self, package_id: int, item_ids: list[int], choice: int | None = None) -> None:
        """The out-of-stock dialog of `package_id` was answered. Without `choice` (the OMS):
        ask once, naming what will happen (Enter or OK reports them, Esc or Close does not).
        `choice`: which of the backend's ``out_of_stock_choices()`` the packer chose in the
        dialog's second step, which names what happens (Seller Center): the missing items are
        split off or rejected and the rest is packed; every item missing is a refusal."""
        self._dialog_done(package_id)
        work = self.works.get(package_id)
        if work is None or work.phase is not Phase.SCANNING or not item_ids or work.session is None:
            return
        if choice is not None:  # the second step named it: send it at once
            if set(item_ids) >= {item.id for item in work.session.required_items}:
                self._send(work, Action.REFUSE, reason_id=choice)
            else:
                self._send(work, Action.PACK, tuple(item_ids), reason_id=choice)
            return
        names = [item.product.name for item in work.session.items if item.id in set(item_ids)]
        shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        question = Question(
            QuestionKind.OUT_OF_STOCK, package_id, (work.number, str(len(item_ids)), shown), item_ids=tuple(item_ids)
        )
        self._ask(work, question)

    def refuse(self, package_id: int, reason_id: int) -> None:
        """The refuse dialog of `package_id` was answered (or a reason's barcode scanned): ask
        once, naming the package and the reason."""
        self._dialog_done(package_id)
        work = self.works.get(package_id)
        if work is None or work.phase is not Phase.SCANNING:
            return
        title = self._reason_titles.get(reason_id, str(reason_id))
        self._ask(work, Question(QuestionKind.REFUSE, package_id, (work.number, title), reason_id=reason_id))

    def _refuse_by_code(self, reason_id: int) -> None:
        """A denial reason's barcode: refuse the package on the bench with it (asked once)."""
        work = self.current
        if work is None:
            self._problem(Note("open_a_package_first", Level.ERROR))
            return
        if self.dialog is not None:  # the refuse dialog (or another) is open: the code answers it
            self._emit(DialogInput(self.dialog[1], BenchCommand.CLOSE, None))
            self.dialog = None
        if work.question is not None or BenchCommand.REFUSE not in self.available(work):
            self._scanned(work, None, Note("not_possible_now", Level.ERROR, (BenchCommand.REFUSE.label,)))
            return
        if reason_id in self._reason_titles:
            self.refuse(work.package_id, reason_id)
            return
        package_id = work.package_id

        def loaded(reasons: Any) -> None:
            self._reason_titles.update({r.id: r.title for r in reasons})
            if reason_id not in self._reason_titles:
                current = self.works.get(package_id)
                if current is not None:
                    self._scanned(current, None, Note("unknown_reason_code", Level.ERROR, (str(reason_id),)))
                return
            self.refuse(package_id, reason_id)

        self._spawn(self.station.denial_reasons(), loaded, lambda exc: self._failed_quietly(package_id, exc))

    def dialog_finished(self, package_id: int) -> None:
        """The dialog closed (answered or not)."""
        if self._dialog_done(package_id):
            work = self.works.get(package_id)
            if work is not None:
                self._updated(work)

    def _dialog_done(self, package_id: int) -> bool:
        if self.dialog is not None and self.dialog[1] == package_id:
            self.dialog = None
            return True
        return False

    def _ask_reason(self, work: Work) -> None:
        package_id = work.package_id
        pending = self._reason_read
        if pending is not None and pending[0] == package_id and not pending[1].done():
            return  # F7 again while the reasons are read: still one dialog
        work.note = Note("loading_reasons", Level.BUSY)
        self._updated(work)

        def ready(reasons: Any) -> None:
            current = self.current
            if current is None or current.package_id != package_id:
                return  # the packer moved on: no dialog for a package that is not on the bench
            if current.phase is not Phase.SCANNING or self.dialog is not None:
                # Its state moved on meanwhile, or another dialog is open: F7 did nothing, and
                # the bench says so (never a "loading" line that stays).
                log.info("refuse dialog of %s not shown (%s, dialog %s)", package_id, current.phase.name, self.dialog)
                self._scanned(current, None, Note("not_possible_now", Level.ERROR, (BenchCommand.REFUSE.label,)))
                return
            current.note = None
            self._reason_titles.update({r.id: r.title for r in reasons})
            if not reasons:
                self._scanned(current, None, Note("no_denial_reasons", Level.ERROR))
                return
            self.dialog = ("refuse", package_id)
            self._updated(current)
            self._emit(AskRefuse(package_id, tuple(reasons), getattr(reasons, "problem", None)))

        read = self._spawn(self.station.denial_reasons(), ready, lambda exc: self._failed_quietly(package_id, exc))
        self._reason_read = (package_id, read)

    # -- opening and leaving packages ----------------------------------------------------------

    def open(self, package_id: int) -> None:
        """Put the package on the bench (a number scanned, Enter on the list, Packed today)."""
        previous = self.current
        if previous is not None and previous.package_id != package_id:
            self._leave(previous)
        work = self.works.get(package_id)
        if work is None:
            number = self.station.directory.number_of(package_id) or str(package_id)
            work = Work(package_id, number)
            self.works[package_id] = work
        self.current_id = package_id
        holder = self.station.held_by_another(package_id)
        if holder is not None and not work.taken_over and work.phase in (Phase.LOADING, Phase.SCANNING):
            work.question = Question(QuestionKind.TAKE_OVER, package_id, (work.number, holder))
        if work.phase in (Phase.LOADING, Phase.SCANNING, Phase.UNAVAILABLE):
            work.note = None
            detail = self.station.details.get(package_id)
            if work.session is None and detail is not None:
                self._start_session(work, detail)
            elif work.session is None:
                work.phase = Phase.LOADING
            self._read(work)
        elif work.phase is Phase.FINISHED and work.package is None:
            self._read(work)
        self._emit(Switched(package_id))
        if work.phase is Phase.SCANNING:
            self.station.opened(package_id)

    def close(self) -> None:
        """Back to the list."""
        work = self.current
        if work is not None:
            self._leave(work)
        self.current_id = None
        self._emit(Switched(None))

    def next_package(self) -> None:
        """The next waiting package by pack-by date (whatever the list shows), skipping the one
        on the bench and those finished or being finished here."""
        far = datetime.max.replace(tzinfo=timezone.utc)
        busy = {pid for pid, w in self.works.items() if w.phase not in (Phase.LOADING, Phase.SCANNING)}
        for package in sorted(self.station.packages, key=lambda p: (p.target_packing_date or far, p.id)):
            held = self.station.held_by_another(package.id) is not None
            if package.id != self.current_id and package.id not in busy and not held:
                self.open(package.id)
                return
        work = self.current
        note = Note("no_other_package", Level.ERROR)
        if work is None:
            self._problem(note)
        else:
            self._scanned(work, None, note)

    def _leave(self, work: Work) -> None:
        """The packer moved on. The package keeps its Work: its confirmations stay in memory as
        well as in the journal, scans that wait for its read count when it arrives, and a pack
        asked for, or a command on its way, goes on. Only its open question is dropped."""
        if self.dialog is not None and self.dialog[1] == work.package_id:
            self.dialog = None
        work.question = None

    def _read(self, work: Work) -> None:
        """Read the package fresh (in the background); scans go on meanwhile."""
        package_id = work.package_id
        if package_id in self._reads:
            return

        def done(package: Any) -> None:
            self._reads.pop(package_id, None)
            self._loaded(package_id, package)

        def failed(exc: BaseException) -> None:
            self._reads.pop(package_id, None)
            self._read_failed(package_id, exc)

        self._reads[package_id] = self._spawn(self.station.load_package(package_id), done, failed)

    def _loaded(self, package_id: int, package: Package) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.number = package.number
        if work.phase is Phase.FINISHED:
            work.package = package
            if work.finished == "packed" and work.label_status is LabelStatus.NONE:
                self._fetch_label(work)
            self._updated(work)
            return
        if work.session is None:
            self._start_session(work, package)
            if self.current_id == package_id:
                self.station.opened(package_id)
        elif work.phase is Phase.SCANNING:
            dropped = work.session.update_package(package)
            work.package = package
            if dropped:
                work.note = Note("confirmations_dropped", Level.ERROR, (str(len(dropped)),))
        if work.phase is Phase.SCANNING:
            if not self.station.is_open(package):
                self._changed(work, package)
            elif work.claim is ClaimStatus.PENDING:
                self._claim(work)
        self._updated(work)

    def _read_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        if work.phase is Phase.LOADING:
            work.phase = Phase.UNAVAILABLE  # its waiting scans stay: they count once it is read
            self._set_error(work, exc)
        elif work.phase is Phase.SCANNING and work.claim is ClaimStatus.PENDING:
            work.claim = ClaimStatus.FAILED  # what was asked is not sent: asking again reads first
            work.queued = None
            self._set_error(work, exc)
        self._updated(work)
        if package_id != self.current_id and work.note is not None and work.note.is_error:
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *work.note.params))))

    def _start_session(self, work: Work, package: Package) -> None:
        session = PackingSession(package)
        restored = session.restore(self.station.restored_confirmations(package.id))
        if restored:
            log.info("package %s: %d confirmations restored from the journal", package.id, len(restored))
        work.session, work.package, work.phase, work.number = session, package, Phase.SCANNING, package.number
        done, total = session.progress
        log.info("package %s open on the bench, %d of %d confirmed", package.id, done, total)
        pending, work.pending_scans = work.pending_scans, []
        for code in pending:
            if work.phase is Phase.SCANNING:
                self._match(work, session, code)

    def _changed(self, work: Work, package: Package) -> None:
        """The OMS or another station moved the package on: nothing to do here any more."""
        work.phase = Phase.CHANGED
        work.package = package
        work.note = Note("changed_elsewhere", Level.ERROR, (self.station.state_name(package),))
        self.station.close(package.id, package.number, "gone")

    # -- the claim: Waiting -> Preparing, in the background --------------------------------------

    def _claim(self, work: Work) -> None:
        package = work.package
        assert package is not None
        if not self.station.needs_claim(package):
            work.claim = ClaimStatus.NOT_NEEDED
            self._claim_settled(work)
            return
        work.claim = ClaimStatus.RUNNING
        package_id = work.package_id
        self._spawn(
            self.station.claim(package),
            lambda fresh: self._claimed(package_id, fresh),
            lambda exc: self._claim_failed(package_id, exc),
            command=True,
        )

    def _claimed(self, package_id: int, package: Package) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.claim = ClaimStatus.DONE
        work.package = package
        if work.session is not None and work.phase is Phase.SCANNING:
            work.session.update_package(package)
        self._claim_settled(work)
        self._updated(work)

    def _claim_settled(self, work: Work) -> None:
        """The claim ended: send what the packer asked for meanwhile (it retries a failed claim)."""
        queued, work.queued = work.queued, None
        if queued is not None and work.phase is Phase.SCANNING:
            self._send(work, *queued)

    def _claim_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        if isinstance(exc, CommandAppliedNotReread):
            # It took effect, but the package as it is now is not known: read it, and what was
            # asked for meanwhile goes on from there (the claim then finds nothing to do).
            work.claim = ClaimStatus.PENDING
            self._read(work)
            return
        work.claim = ClaimStatus.FAILED
        work.queued = None  # not sent: the packer asks again (and the claim is tried first)
        if isinstance(exc, PackageChanged):
            work.package = exc.package
            if work.session is not None:
                work.session.update_package(exc.package)
            if not self.station.is_open(exc.package):
                self._changed(work, exc.package)
            else:
                work.claim = ClaimStatus.NOT_NEEDED
                state = self.station.state_name(exc.package)
                work.note = Note("taken_by_another_station", Level.ERROR, (state,))
        else:
            self._set_error(work, exc)
        self._updated(work)
        self._emit(Sound("error"))
        if package_id != self.current_id and work.note is not None:
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *work.note.params))))

    # -- commands that finish a package ------------------------------------------------------------

    def _pack(self, work: Work) -> None:
        if self._needs_invoice(work):
            self._ask_invoice(work)
            return
        self._send(work, Action.PACK)

    def _send(
        self,
        work: Work,
        action: Action,
        item_ids: tuple[int, ...] = (),
        reason_id: int | None = None,
        *,
        packer_confirmed: bool = False,
    ) -> None:
        package_id = work.package_id
        if work.claim is ClaimStatus.FAILED:
            # The claim failed before: read the package as it is now, claim it if it still needs
            # it, and send this right after.
            work.claim = ClaimStatus.PENDING
            self._read(work)
        if work.claim in (ClaimStatus.PENDING, ClaimStatus.RUNNING):
            # The claim (or the fresh read before it) is still on its way: this goes right after.
            work.queued = (action, item_ids, reason_id)
            work.note = Note("waits_for_oms", Level.BUSY, (work.number, _COMMAND_OF_ACTION[action].label))
            self._updated(work)
            return
        work.phase, work.sending, work.note = Phase.SENDING, action, None
        self._updated(work)
        station = self.station

        async def run() -> Package:
            package = work.package
            assert package is not None
            if action is Action.PACK:
                if item_ids and reason_id is not None:  # the rest, once the missing items are dealt with
                    return await station.pack_rest(package, item_ids, reason_id, packer_confirmed=packer_confirmed)
                return await station.pack(package, packer_confirmed=packer_confirmed)
            if action is Action.OUT_OF_STOCK:
                return await station.report_out_of_stock(package, item_ids, packer_confirmed=packer_confirmed)
            assert reason_id is not None
            return await station.refuse(package, reason_id, packer_confirmed=packer_confirmed)

        self._spawn(
            run(),
            lambda fresh: self._sent(package_id, action, fresh),
            lambda exc: self._send_failed(package_id, action, exc, item_ids, reason_id),
            command=True,
        )

    def _sent(self, package_id: int, action: Action, package: Package, *, reread: bool = True) -> None:
        work = self.works.get(package_id)
        if work is None:
            log.error("package %s: %s done, but the bench no longer knows it", package_id, action.value)
            return
        reason = FINISH_REASONS[action]
        work.phase, work.sending, work.finished = Phase.FINISHED, None, reason
        work.package, work.number = package, package.number
        work.finished_at = datetime.now(timezone.utc)
        work.outcome_unknown = False
        work.note = None
        if action is Action.PACK:
            if reread:
                self._fetch_label(work)
            else:
                work.label_status = LabelStatus.FAILED
                work.note = Note("label_failed", Level.ERROR, ("", BenchCommand.REPRINT_LABEL.key))
        self._updated(work)
        self._emit(Finished(package_id, reason))
        self._emit(TodayChanged())
        if package_id != self.current_id:
            self._emit(Notice(package_id, work.number, Note(f"background_{reason}", Level.OK, (work.number,))))

    def _send_failed(
        self, package_id: int, action: Action, exc: BaseException, item_ids: tuple[int, ...], reason_id: int | None
    ) -> None:
        if isinstance(exc, CommandAppliedNotReread):
            self._sent(package_id, action, exc.package, reread=False)
            return
        work = self.works.get(package_id)
        if work is None:
            log.error("package %s: %s failed, but the bench no longer knows it", package_id, action.value)
            return
        work.phase, work.sending = Phase.SCANNING, None
        if isinstance(exc, PackageChanged):
            work.package = exc.package
            if work.session is not None:
                work.session.update_package(exc.package)
            if not self.station.is_open(exc.package):
                self._changed(work, exc.package)
            else:
                self._set_error(work, exc)
        elif isinstance(exc, CommandOutcomeUnknown):
            work.outcome_unknown = True
            if exc.package is not None:
                work.package = exc.package
            if exc.packer_decides:
                params = (work.number, _COMMAND_OF_ACTION[action].label)
                work.question = Question(QuestionKind.RESEND, package_id, params, action, item_ids, reason_id)
                work.note = None
            else:
                self._set_error(work, exc)
        elif isinstance(exc, CommandNotApplied) and exc.package is not None:
            work.package = exc.package
            self._set_error(work, exc)
        else:
            self._set_error(work, exc)
        self._updated(work)
        self._emit(Sound("error"))
        if package_id != self.current_id:
            note = work.note or Note("question_resend", Level.ERROR, (work.number,))
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *note.params))))

    def _checking(self, package_id: int, message: str) -> None:
        """The OMS's answer to a command was lost: the package is being re-read."""
        work = self.works.get(package_id)
        if work is not None and work.phase is Phase.SENDING:
            seconds = f"{self.station.sender.settle.seconds:g}"
            work.note = Note("checking", Level.BUSY, (work.number, message, seconds))
            self._updated(work)

    # -- labels ----------------------------------------------------------------------------------

    def _has_label(self, work: Work) -> bool:
        package = work.package
        if work.finished == "packed":
            return True
        return package is not None and package.shipping_label is not None and work.phase is Phase.CHANGED

    def _fetch_label(self, work: Work, *, reread: bool = False) -> None:
        package_id = work.package_id
        work.label_status, work.print_note = LabelStatus.LOADING, None
        station = self.station

        async def run() -> Any:
            package = work.package
            if reread or package is None:
                package = await station.load_package(package_id)
                work.package = package
            return await station.fetch_label(package)

        self._spawn(run(), lambda doc: self._label_ready(package_id, doc), lambda exc: self._label_failed(package_id, exc))

    def _label_ready(self, package_id: int, document: Any) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.label = document
        work.label_status = LabelStatus.SLIP if document is None else LabelStatus.READY
        if work.note is not None and work.note.code in ("label_failed", "reading_label"):
            work.note = None  # back to "Packed ✔ Put the label on the box"
        self._updated(work)
        if self.auto_print or work.print_when_ready:
            work.print_when_ready = False
            self._emit(PrintLabel(package_id, document, auto=True))
            if package_id != self.current_id:
                self._emit(Sound("label"))

    def _label_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.label_status = LabelStatus.FAILED
        work.print_when_ready = False
        message = exc.message if isinstance(exc, OmsError) else type(exc).__name__
        if not isinstance(exc, OmsError):
            log.error("reading the label of package %s failed unexpectedly", package_id, exc_info=exc)
        work.note = Note("label_failed", Level.ERROR, (message, BenchCommand.REPRINT_LABEL.key))
        self._updated(work)
        if package_id != self.current_id:
            self._emit(Notice(package_id, work.number, Note("background_label_failed", Level.ERROR, (work.number, message))))

    def _print(self, work: Work) -> None:
        if work.label_status in (LabelStatus.READY, LabelStatus.SLIP):
            self._emit(PrintLabel(work.package_id, work.label, auto=False))
            return
        work.print_when_ready = True
        if work.label_status is not LabelStatus.LOADING:
            self._fetch_label(work, reread=True)
        work.note = Note("reading_label", Level.BUSY, (work.number,))
        self._updated(work)

    def printed(self, package_id: int, problem: str | None) -> None:
        """The screen printed the label (`problem`: why it could not)."""
        work = self.works.get(package_id)
        if work is None:
            return
        work.print_note = None if problem is None else Note("print_failed", Level.ERROR, (problem,))
        self._updated(work)
        if problem is not None:
            self._emit(Sound("error"))

    # -- after a restart ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Today's finished packages from the journal, and the commands a stopped app left
        unfinished, checked against the OMS (their packages land in Packed today)."""
        for row in self.station.finished_today():
            if row.package_id not in self.works and row.reason in _DONE_NOTE:
                self.works[row.package_id] = Work(
                    row.package_id,
                    row.package_number or str(row.package_id),
                    phase=Phase.FINISHED,
                    finished=row.reason,
                    finished_at=row.at,
                )
        for result in await self.station.reconcile_unfinished():
            if result.took_effect and result.action in FINISH_REASONS and result.package is not None:
                reason = FINISH_REASONS[result.action]
                existing = self.works.get(result.package_id)
                work = existing or Work(result.package_id, result.package.number)
                work.phase, work.finished, work.package = Phase.FINISHED, reason, result.package
                work.finished_at = work.finished_at or datetime.now(timezone.utc)
                self.works[result.package_id] = work
        self._emit(TodayChanged())

    # -- the journal ----------------------------------------------------------------------------

    def _journal_problem(self, message: str | None) -> None:
        self._emit(JournalProblem(message))
        if message is None:
            return
        self._emit(Sound("error"))
        if self._watchdog is None or self._watchdog.done():
            self._watchdog = asyncio.ensure_future(self._retry_journal())

    async def _retry_journal(self) -> None:
        while self.station.journal_problem is not None:
            await asyncio.sleep(self.journal_retry_seconds)
            self.station.recover_journal()

    # -- plumbing ---------------------------------------------------------------------------------

    def _set_error(self, work: Work, exc: BaseException) -> None:
        if isinstance(exc, OmsUnauthorized):
            self._emit(SignInNeeded())
        if isinstance(exc, JournalError):  # every command is journalled before it is sent
            work.note = Note("not_sent_journal", Level.ERROR, (str(exc),))
        elif isinstance(exc, OmsError):
            work.note = Note("oms_error", Level.ERROR, (exc.message,))
        else:
            log.error("package %s: unexpected error", work.package_id, exc_info=exc)
            work.note = Note("unexpected", Level.ERROR, (type(exc).__name__,))

    def _failed_quietly(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is not None:
            self._set_error(work, exc)
            self._updated(work)
            self._emit(Sound("error"))

    def _scanned(self, work: Work, outcome: ScanOutcome | None, note: Note) -> None:
        work.note = note
        self._emit(Scanned(work.package_id, outcome, note))
        if note.is_error:
            self._emit(Sound("error"))

    def _problem(self, note: Note) -> None:
        """A problem with a scan while no package, or a question, is in the way."""
        work = self.current
        if work is not None:
            self._scanned(work, None, note)
        else:
            self._emit(ListNote(note))
            self._emit(Sound("error"))

    def _updated(self, work: Work) -> None:
        self._emit(Updated(work.package_id))

    def _emit(self, event: Event) -> None:
        try:
            self.listener(event)
        except Exception:  # a bug in a screen must not stop the bench
            log.exception("painting %s failed", type(event).__name__)

    def _spawn(
        self,
        coro: Coroutine[Any, Any, Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        command: bool = False,
    ) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        tasks = self._commands if command else self._tasks
        tasks.add(task)

        def finished(t: asyncio.Task[Any]) -> None:
            tasks.discard(t)
            if t.cancelled():
                return
            error = t.exception()
            try:
                if error is None:
                    on_result(t.result())
                else:
                    if isinstance(error, OmsError):
                        log.warning("%s", error.message)
                    on_error(error)
            except Exception:
                log.exception("handling a result failed")

        task.add_done_callback(finished)
        return task

    @property
    def busy(self) -> bool:
        """A read or a command of the bench is on its way."""
        return bool(self._tasks or self._commands)

    async def aclose(self, command_timeout: float = 5.0) -> None:
        """Cancel the reads; give commands on their way `command_timeout` seconds to end (a
        command cut off has an unknown outcome, which the next start checks)."""
        for task in list(self._tasks):
            task.cancel()
        if self._watchdog is not None:
            self._watchdog.cancel()
        if self._commands:
            await asyncio.wait(list(self._commands), timeout=command_timeout)

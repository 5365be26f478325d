"""The bench controller's core (no Qt): its state, and the plumbing every part uses.

:class:`BenchCore` holds what the bench knows (a :class:`~instore_app.bench.work.Work` per
package, the package on the bench, the dialog that is open) and the plumbing of the parts that
:class:`~instore_app.bench.controller.BenchController` is made of: events to the screen, tasks
tagged with their package (reads are cancelled when the app closes, commands never cut off),
errors in words on their package's Work, and the journal's watchdog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Protocol

from ..api import OmsError, OmsUnauthorized, Package
from ..journal import JournalError
from ..packing import Action, PackingSession, ScanOutcome
from ..packing.command_codes import BenchCommand
from .events import Event, JournalProblem, ListNote, Scanned, SignInNeeded, Sound, Updated
from .work import Level, Note, Phase, Question, Work

if TYPE_CHECKING:
    from ..operations.backend import Backend

log = logging.getLogger(__name__)

__all__ = ["JOURNAL_RETRY_SECONDS", "BenchCore", "HandoverRoute"]

#: While the journal cannot be written, it is tried again this often.
JOURNAL_RETRY_SECONDS = 3.0


class HandoverRoute(Protocol):
    """What the bench hands the courier handover first (:class:`~.handover_mode.HandoverMode`)."""

    def wants(self, code: str) -> bool: ...
    def scan(self, code: str) -> None: ...
    def command(self, command: BenchCommand) -> bool: ...


class BenchCore:
    """The state and the plumbing; `listener` receives every event, on the loop's thread."""

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
        self.handover: HandoverRoute | None = None
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

    if TYPE_CHECKING:
        # The steps one part takes from another, declared for the type checker only. At run
        # time each is found in the part that defines it, through BenchController's bases (a
        # definition here would hide the parts' own, and InvoiceStep's and RepackSteps').

        # controller.py
        def available(self, work: Work | None = None) -> frozenset[BenchCommand]: ...
        def prompt(self, work: Work) -> Note: ...

        # dispatch.py
        def _match(self, work: Work, session: PackingSession, code: str) -> None: ...
        def _reset(self, work: Work, session: PackingSession) -> None: ...

        # questions.py
        def _answer(self, work: Work, *, yes: bool) -> None: ...
        def _ask(self, work: Work, question: Question) -> None: ...
        def _refuse_by_code(self, reason_id: int) -> None: ...
        def _ask_reason(self, work: Work) -> None: ...

        # opening.py
        def open(self, package_id: int) -> None: ...
        def close(self) -> None: ...
        def next_package(self) -> None: ...
        def _read(self, work: Work) -> None: ...
        def _changed(self, work: Work, package: Package) -> None: ...

        # sending.py
        def _claim(self, work: Work) -> None: ...
        def _pack(self, work: Work) -> None: ...
        def _send(
            self,
            work: Work,
            action: Action,
            item_ids: tuple[int, ...] = (),
            reason_id: int | None = None,
            *,
            packer_confirmed: bool = False,
        ) -> None: ...
        def _checking(self, package_id: int, message: str) -> None: ...

        # labels.py
        def _has_label(self, work: Work) -> bool: ...
        def _fetch_label(self, work: Work, *, reread: bool = False) -> None: ...
        def _print(self, work: Work) -> None: ...

        # invoice_step.py (InvoiceStep)
        def _needs_invoice(self, work: Work) -> bool: ...
        def _ask_invoice(self, work: Work) -> None: ...
        def _invoice_prompt(self, work: Work) -> Note | None: ...
        def _invoice_scan(self, work: Work | None, code: str) -> bool: ...

        # repack.py (RepackSteps)
        def can_repack(self, work: Work) -> bool: ...
        def _ask_repack(self, work: Work) -> None: ...
        def _repack(self, work: Work) -> None: ...

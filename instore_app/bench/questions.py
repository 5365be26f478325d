"""The bench's questions and dialogs (no Qt): asked once, answered by Enter or Esc.

Mixed into :class:`~instore_app.bench.controller.BenchController`. A question stands on its
package's Work (start over, re-send, take over, out of stock, refuse, repack) until the packer
answers it; yes carries out what it names. The out-of-stock and refuse dialogs are the
screen's: the controller opens them (an event), keeps which one is open, reads the denial
reasons for the refuse dialog (and for a reason's barcode), and takes their answers.
"""

from __future__ import annotations

import logging
from typing import Any

from ..packing import Action
from ..packing.command_codes import BenchCommand
from .core import BenchCore
from .events import AskRefuse, DialogInput
from .work import Level, Note, Phase, Question, QuestionKind, Work

log = logging.getLogger(__name__)

__all__ = ["Questions"]


class Questions(BenchCore):
    """Questions and the bench's dialogs; a part of BenchController."""

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

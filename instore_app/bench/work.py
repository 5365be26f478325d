"""What the bench knows about one package it works on: its phase, session, label and last word.

A :class:`Work` exists for the package on the bench and for every package whose command is
still on its way or that was finished at this station today. Results of async work land on
the :class:`Work` of the package they belong to, never on whatever package is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from ..api import LabelDocument, Package
from ..packing import Action, PackingSession

__all__ = ["ClaimStatus", "LabelStatus", "Level", "Note", "Phase", "Question", "QuestionKind", "Work"]


class Level(Enum):
    """How a note is shown: what to do (info), good (ok), a problem that stays (error), waiting."""

    INFO = "info"
    OK = "ok"
    ERROR = "error"
    BUSY = "busy"


@dataclass(frozen=True)
class Note:
    """Something to tell the packer, by code: the UI has the words for each code (in every
    language) and puts `params` in place of %1, %2... ``message`` is an OMS or OS message
    (English) that the UI translates sentence by sentence."""

    code: str
    level: Level
    params: tuple[str, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


class Phase(Enum):
    LOADING = "loading"  # the package is being read; scans wait and are matched when it arrives
    SCANNING = "scanning"  # items are being confirmed (the claim may still be on its way)
    SENDING = "sending"  # pack / out of stock / refuse is on its way (or being checked)
    FINISHED = "finished"  # this station packed, refused or reported it
    CHANGED = "changed"  # the OMS or another station moved it on: nothing to do here
    UNAVAILABLE = "unavailable"  # it could not be read


class ClaimStatus(Enum):
    """Moving a Waiting package to Preparing, in the background while the packer scans."""

    PENDING = "pending"  # the package has not been read fresh yet
    NOT_NEEDED = "not_needed"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class LabelStatus(Enum):
    NONE = "none"  # not packed, or not asked for yet
    LOADING = "loading"
    READY = "ready"  # the OMS's label document
    SLIP = "slip"  # the OMS made no label: our packing slip stands in
    FAILED = "failed"  # reading it failed: F10 reads it again


class QuestionKind(Enum):
    RESEND = "resend"  # the outcome of a command is unknown: send it again anyway?
    RESET = "reset"  # start over: forget every scan?
    REFUSE = "refuse"  # refuse with this reason?
    OUT_OF_STOCK = "out_of_stock"  # report these items out of stock?
    TAKE_OVER = "take_over"  # another user holds this package: take it over?
    REPACK = "repack"  # send this Out of Stock / Needs Rescheduling package back to Waiting?


@dataclass(frozen=True)
class Question:
    """A yes/no question the bench asks: Enter (or the OK barcode) says yes, Esc (or the Close
    barcode) says no. `action`, `item_ids` and `reason_id` say what yes does."""

    kind: QuestionKind
    package_id: int
    params: tuple[str, ...] = ()
    action: Action | None = None
    item_ids: tuple[int, ...] = ()
    reason_id: int | None = None


@dataclass
class Work:
    """Everything the bench controller knows of one package it works on: its read, its
    confirmations, the claim, the command in flight, the label, and what the packer is asked."""

    package_id: int
    number: str
    package: Package | None = None
    session: PackingSession | None = None
    phase: Phase = Phase.LOADING
    claim: ClaimStatus = ClaimStatus.PENDING
    sending: Action | None = None
    finished: str | None = None  # the journal's close reason: "packed", "refused", "out_of_stock"
    finished_at: datetime | None = None
    #: The packer said yes to taking it over from the other user holding it.
    taken_over: bool = False
    #: What the finish note names (the denial reason of a refused package).
    detail: str | None = None
    label_status: LabelStatus = LabelStatus.NONE
    label: LabelDocument | None = None
    note: Note | None = None
    question: Question | None = None
    pending_scans: list[str] = field(default_factory=list)
    #: The last command's outcome is unknown: the next attempt checks first, or asks.
    outcome_unknown: bool = False
    #: Asked for before the fresh read and the claim landed: (action, item ids, reason id),
    #: sent when they do.
    queued: tuple[Action, tuple[int, ...], int | None] | None = None
    #: F10 was pressed while the label was not there: print it when it arrives.
    print_when_ready: bool = False
    #: Printing the label failed (shown beside "Packed", which stays).
    print_note: Note | None = None
    #: The invoice number step (setting ``invoice_number_step``): the next scan is the
    #: invoice's barcode (``awaiting_invoice``); it is on its way to the OMS
    #: (``invoice_sending``); the number the OMS saved (``invoice_number``).
    awaiting_invoice: bool = False
    invoice_sending: str | None = None
    invoice_number: str | None = None

    @property
    def done(self) -> bool:
        """Nothing more can be scanned into it here."""
        return self.phase in (Phase.FINISHED, Phase.CHANGED, Phase.UNAVAILABLE)

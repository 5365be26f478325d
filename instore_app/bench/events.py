"""What the bench controller tells the screen. Every event names the package it belongs to;
the screen paints it, and only onto that package (or says it in words when another package is
on screen)."""

from __future__ import annotations

from dataclasses import dataclass

from ..api import DenialReason, LabelDocument
from ..operations.backend import OutOfStockChoice
from ..packing import ScanOutcome
from ..packing.command_codes import BenchCommand
from .work import Note

__all__ = [
    "AskOutOfStock",
    "AskRefuse",
    "DialogInput",
    "Event",
    "Finished",
    "JournalProblem",
    "ListNote",
    "Notice",
    "PrintLabel",
    "Scanned",
    "ShowToday",
    "SignInNeeded",
    "Sound",
    "Switched",
    "TodayChanged",
    "Updated",
]


@dataclass(frozen=True)
class Switched:
    """The bench now shows `package_id` (None: back to the list)."""

    package_id: int | None


@dataclass(frozen=True)
class Updated:
    """Something about the package changed (phase, session, label, note, question): repaint it
    if it is on screen."""

    package_id: int


@dataclass(frozen=True)
class Scanned:
    """A scan was matched against the package on the bench: `outcome` (None when the scan did
    not reach the session, e.g. while a question waits) and the note to show."""

    package_id: int
    outcome: ScanOutcome | None
    note: Note
    #: The item to highlight (just confirmed), if any.
    item_id: int | None = None


@dataclass(frozen=True)
class Notice:
    """News about a package that is NOT on screen (its pack ended, or failed): say it in words."""

    package_id: int
    number: str
    note: Note


@dataclass(frozen=True)
class ListNote:
    """Something to say while no package is on the bench (None: the packer acknowledged it)."""

    note: Note | None


@dataclass(frozen=True)
class ShowToday:
    """Show the "Packed today" list."""


@dataclass(frozen=True)
class Sound:
    kind: str  # "ok", "error", "complete", "label"


@dataclass(frozen=True)
class Finished:
    """This station finished the package (packed, refused, out of stock): reload the list."""

    package_id: int
    reason: str


@dataclass(frozen=True)
class TodayChanged:
    """The "Packed today" list changed."""


@dataclass(frozen=True)
class PrintLabel:
    """Print the package's label (`auto`: it just arrived and auto-print is on). `document` is
    None when the package has no OMS label and the packing slip is printed instead."""

    package_id: int
    document: LabelDocument | None
    auto: bool


@dataclass(frozen=True)
class AskOutOfStock:
    """Ask which items are missing (the unconfirmed ones first), and, when the backend lets
    the packer choose (`choices`, the Seller Center's), what happens to them."""

    package_id: int
    choices: tuple[OutOfStockChoice, ...] = ()


@dataclass(frozen=True)
class AskRefuse:
    """Ask for the denial reason."""

    package_id: int
    reasons: tuple[DenialReason, ...]
    #: The OMS's list of reasons stopped early (a message), or None.
    problem: str | None = None


@dataclass(frozen=True)
class DialogInput:
    """A scan while a bench dialog is open: a command barcode for the dialog to carry out
    (`command`), or a refusal to show in the dialog (`note`)."""

    package_id: int
    command: BenchCommand | None
    note: Note | None


@dataclass(frozen=True)
class JournalProblem:
    """The journal cannot be written (`message`), or works again (None)."""

    message: str | None


@dataclass(frozen=True)
class SignInNeeded:
    """The OMS no longer accepts the token (401)."""


Event = (
    Switched
    | Updated
    | Scanned
    | Notice
    | ListNote
    | ShowToday
    | Sound
    | Finished
    | TodayChanged
    | PrintLabel
    | AskOutOfStock
    | AskRefuse
    | DialogInput
    | JournalProblem
    | SignInNeeded
)

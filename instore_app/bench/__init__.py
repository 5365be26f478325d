"""The bench controller: what scans and bench commands mean, per package (no Qt here).

* :mod:`.controller`: :class:`BenchController`, the one owner of the package on the bench and
  of every package whose command is on its way or that was finished here today, put together
  from its parts on one :mod:`.core` (state, events out, tasks): :mod:`.dispatch` (what a scan
  or a key means), :mod:`.questions` (questions and dialogs), :mod:`.opening` (opening and
  leaving packages), :mod:`.sending` (the claim and the finishing commands), :mod:`.labels`,
  and the steps after packing (:mod:`.handover_mode`, the invoice number, repack).
* :mod:`.work`: :class:`Work`, what the bench knows about one package; :class:`Note`, a word
  for the packer by code (the UI has the words in each language).
* :mod:`.events`: what the controller tells the screen, each event naming its package.

:class:`BenchController` and the events are imported on first use: the window paints its first
list before it builds the bench (the words of :mod:`.work` are all the list page needs).
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_names

from .work import ClaimStatus, LabelStatus, Level, Note, Phase, Question, QuestionKind, Work

if TYPE_CHECKING:
    from .controller import BenchController
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

_EVENTS = (
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
)
#: Names imported on first use, and the module each comes from.
_LAZY = {"BenchController": "controller", **dict.fromkeys(_EVENTS, "events")}

__all__ = [
    "AskOutOfStock",
    "AskRefuse",
    "BenchController",
    "ClaimStatus",
    "DialogInput",
    "Event",
    "Finished",
    "JournalProblem",
    "LabelStatus",
    "Level",
    "ListNote",
    "Note",
    "Notice",
    "Phase",
    "PrintLabel",
    "Question",
    "QuestionKind",
    "Scanned",
    "ShowToday",
    "SignInNeeded",
    "Sound",
    "Switched",
    "TodayChanged",
    "Updated",
    "Work",
]


__getattr__ = lazy_names(__name__, globals(), _LAZY)

"""The bench's handover mode (no Qt): while the courier handover view is open, every scan and
bench command goes to the :class:`~instore_app.handover.HandoverSession`.

:class:`HandoverMode` is attached to the :class:`~instore_app.bench.controller.BenchController`
(``controller.handover``); the controller hands it scans and commands first
(:meth:`HandoverMode.wants`, :meth:`HandoverMode.command`). It opens with the Courier handover
key (F11) or its barcode (``ZZCMDHANDOVER``), reads the parcels waiting for the courier, and
then:

* a carrier code (``ZZCARGO<id>``) or a number key (:meth:`HandoverMode.choose`) chooses the
  carrier of the courier at the counter;
* a parcel's label (its package number or its carrier's tracking number) hands it over; the
  session journals it first and the outbox sends the ship command when the OMS can be reached
  (the offline rule at the counter): "N waiting to reach the OMS" shows until it has;
* Finish handover (F9, ``ZZCMDDONE``) closes the handover: its manifest is printed
  (:class:`PrintManifest`) and kept 7 days; F10 prints the last one again;
* OK (Enter) clears a red message, Close (Esc) stops waiting for a tracking number or leaves
  the view (a handover not finished stays open: coming back goes on with it); Packed today
  and Next package leave the view and do what they do.

Scans are handled one at a time, in the order they came (a parcel, then its carrier label).
What the view shows is this object's state; it is told to repaint by :class:`HandoverChanged`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..api import CargoCompany, OmsError
# The handover's modules, not its package: instore_app.handover imports the bench's notes, and
# its session module may still be loading when this one is.
from ..handover.codes import HandoverCommand, handover_command_for
from ..handover.manifest import Manifest
from ..journal import JournalError
from ..operations.after_packing import HandoverCandidate
from ..packing.command_codes import BenchCommand, command_for
from .events import Sound
from .work import Level, Note

if TYPE_CHECKING:
    from ..handover.session import HandoverScan, HandoverSession
    from .controller import BenchController

log = logging.getLogger(__name__)

__all__ = ["CarrierChoice", "HandoverChanged", "HandoverEvent", "HandoverMode", "HandoverShown", "PrintManifest"]

#: Number keys choose among this many carriers (1-9).
MAX_CARRIER_KEYS = 9


@dataclass(frozen=True)
class HandoverShown:
    """Show the handover view (`shown`), or leave it."""

    shown: bool


@dataclass(frozen=True)
class HandoverChanged:
    """Something the handover view shows changed: repaint it."""


@dataclass(frozen=True)
class PrintManifest:
    """Print `manifest` (and keep its PDF). `reprint`: asked for again (F10)."""

    manifest: Manifest
    reprint: bool = False


HandoverEvent = HandoverShown | HandoverChanged | PrintManifest


@dataclass(frozen=True)
class CarrierChoice:
    """A carrier the packer can choose: its number key (None beyond 9), and how many packed
    parcels name it."""

    key: int | None
    company: CargoCompany
    waiting: int


_NOT_HERE = frozenset({BenchCommand.UNDO, BenchCommand.RESET, BenchCommand.OUT_OF_STOCK, BenchCommand.REFUSE,
                       BenchCommand.REPACK})
_LEAVE_AND_PASS = frozenset({BenchCommand.TODAY, BenchCommand.NEXT_PACKAGE})


def _note(code: str, level: Level, *params: object) -> Note:
    return Note(code, level, tuple("" if p is None else str(p) for p in params))


class HandoverMode:
    """See the module's docstring. `session` is None when the station has no journal (a
    parcel is handed over only once it is journalled): opening then says so."""

    def __init__(self, controller: BenchController, session: HandoverSession | None) -> None:
        self.controller = controller
        self.session = session
        self.listener: Callable[[HandoverEvent], None] = lambda event: None
        self.active = False
        self.loading = False
        #: The last thing said (red until acknowledged, green for a parcel handed over...).
        self.note: Note | None = None
        #: The list of parcels waiting could not be read whole (words), or None.
        self.problem: str | None = None
        self.last_manifest: Manifest | None = None
        #: The kept manifest the view has selected (F10 prints it again; None: the last one).
        self.selected_manifest_id: int | None = None
        self._jobs: deque[Callable[[], Awaitable[None]]] = deque()
        self._worker: asyncio.Task[None] | None = None
        if session is not None:
            session.outbox.on_change = self._changed

    # -- what the view shows ----------------------------------------------------------------------

    @property
    def carrier(self) -> CargoCompany | None:
        return self.session.carrier if self.session is not None else None

    def carriers(self) -> list[CarrierChoice]:
        """Every carrier by name, numbered 1-9 for the keys, with its parcels' count."""
        session = self.session
        if session is None or session.candidates is None:
            return []
        counts = session.candidates.counts()
        return [
            CarrierChoice(index + 1 if index < MAX_CARRIER_KEYS else None, company, counts.get(company.id, 0))
            for index, company in enumerate(session.carriers)
        ]

    def unassigned(self) -> list[HandoverCandidate]:
        """Packed parcels that name no carrier yet (any courier may take them)."""
        session = self.session
        if session is None or session.candidates is None:
            return []
        return session.candidates.by_carrier().get(None, [])

    def handed_over(self) -> list[Any]:
        return list(self.session.parcels) if self.session is not None else []

    def left(self) -> list[HandoverCandidate]:
        """What the chosen carrier's courier may still take."""
        return self.session.left_for_carrier() if self.session is not None else []

    @property
    def waiting_count(self) -> int:
        """Parcels handed over whose ship command has not reached the OMS (all handovers)."""
        return self.session.waiting_count if self.session is not None else 0

    def waiting_package_ids(self) -> set[int]:
        """The packages handed over whose ship command has not reached the OMS yet."""
        if self.session is None:
            return set()
        try:
            return {parcel.package_id for parcel in self.session.journal.pending_parcels()}
        except JournalError as exc:
            log.error("the journal could not be read for the handover: %s", exc)
            return set()

    def waiting_note(self) -> Note | None:
        return self.session.waiting_note() if self.session is not None else None

    @property
    def asks_tracking(self) -> bool:
        return self.session is not None and self.session.awaiting is not None

    def manifests(self) -> list[Manifest]:
        """The manifests of the last 7 days, newest first (for reprinting)."""
        from ..handover import recent_manifests

        if self.session is None:
            return []
        try:
            return recent_manifests(self.session.journal)
        except JournalError as exc:
            log.error("the manifests could not be read: %s", exc)
            return []

    # -- routing: what the controller gives the handover --------------------------------------------

    def wants(self, code: str) -> bool:
        """Whether the handover takes this scan: everything while the view is open, and the
        handover's own codes (ZZCMDHANDOVER, ZZCMDDONE) from anywhere."""
        return self.active or handover_command_for(code) is not None

    def scan(self, code: str) -> None:
        """One scan while the handover has it (see :meth:`wants`)."""
        own = handover_command_for(code)
        if own is HandoverCommand.OPEN:
            self.command(BenchCommand.HANDOVER)  # opens the view, or reads the list again
            return
        self.open()  # ZZCMDDONE from anywhere: the handover view, and finish there
        command = None if own is not None else command_for(code)
        if command is not None:
            if not self.command(command):
                self.controller.command(command)
            return
        self._queue(lambda: self._scan(code))

    def command(self, command: BenchCommand) -> bool:
        """A bench key or command barcode; True when the handover took it."""
        if not self.active:
            if command is BenchCommand.HANDOVER:
                self.open()
                return True
            return False
        if command is BenchCommand.HANDOVER:
            self._queue(self._load)  # read the parcels waiting again
        elif command is BenchCommand.PACK:  # F9 is Finish handover here, after the scans before it
            self._queue(lambda: self._scan(HandoverCommand.FINISH.code))
        elif command is BenchCommand.ACKNOWLEDGE:
            if self.note is not None and self.note.is_error:
                self.note = None
                self._changed()
        elif command is BenchCommand.CLOSE:
            if self.asks_tracking and self.session is not None:
                self._say(self.session.cancel_question())
            else:
                self.close()
        elif command is BenchCommand.REPRINT_LABEL:
            self.reprint(self.selected_manifest_id)
        elif command in _LEAVE_AND_PASS:
            self.close()
            return False
        elif command in _NOT_HERE:
            self._say(_note("handover_not_here", Level.ERROR, command.label))
        return True

    # -- opening and leaving ------------------------------------------------------------------------

    def start(self) -> None:
        """At start-up: go on with a handover the app left open, and send what a previous run
        left owed to the OMS."""
        session = self.session
        if session is None:
            return
        if session.adopt_open_handover():
            log.info("an open handover to %s goes on", session.carrier.name if session.carrier else "?")
        if session.waiting_count:
            session.outbox.kick()

    def open(self) -> None:
        if self.active:
            return
        self.active = True
        self.note = None
        if self.session is None:
            self.note = _note("handover_no_journal", Level.ERROR)
        self.listener(HandoverShown(True))
        if self.session is not None:
            self._queue(self._load)
        else:
            self.controller._emit(Sound("error"))
        self._changed()

    def close(self) -> None:
        if not self.active:
            return
        self.active = False
        self.listener(HandoverShown(False))

    # -- choosing the carrier --------------------------------------------------------------------

    def choose(self, key: int) -> None:
        """Number key `key` (1-9) chose the carrier it stands for in :meth:`carriers`."""
        if self.session is None:
            return
        for choice in self.carriers():
            if choice.key == key:
                self._show(self.session.choose_carrier(choice.company.id))
                return
        self._say(_note("handover_no_such_key", Level.ERROR, key))

    def choose_carrier(self, cargo_company_id: int) -> None:
        if self.session is not None:
            self._show(self.session.choose_carrier(cargo_company_id))

    # -- manifests ---------------------------------------------------------------------------------

    def reprint(self, handover_id: int | None) -> None:
        """Print a kept manifest again: this handover's, or the last one (None)."""
        manifests = self.manifests()
        found = next((m for m in manifests if handover_id is None or m.handover_id == handover_id), None)
        if found is None:
            self._say(_note("handover_no_manifest", Level.ERROR))
            return
        self.listener(PrintManifest(found, reprint=True))

    def manifest_printed(self, manifest: Manifest, problem: str | None) -> None:
        """The screen printed the manifest (`problem`: why it could not, in words)."""
        if problem is None:
            self._say(_note("handover_manifest_printed", Level.OK, manifest.carrier_name, manifest.total))
        else:
            self._say(_note("handover_manifest_not_printed", Level.ERROR, problem, BenchCommand.REPRINT_LABEL.key))

    # -- the work, one job at a time ------------------------------------------------------------------

    def _queue(self, job: Callable[[], Awaitable[None]]) -> None:
        self._jobs.append(job)
        if self._worker is None or self._worker.done():
            self._worker = asyncio.ensure_future(self._work())

    async def _work(self) -> None:
        while self._jobs:
            job = self._jobs.popleft()
            try:
                await job()
            except Exception:  # a bug must not stop the counter: log it, say it, go on
                log.exception("the handover failed on a step")
                self._say(_note("handover_unexpected", Level.ERROR))

    async def _load(self) -> None:
        session = self.session
        assert session is not None
        self.loading = True
        self._changed()
        try:
            candidates = await session.load()
        except OmsError as exc:
            self.problem = exc.message
            log.warning("the parcels waiting for the courier could not be read: %s", exc.message)
            if session.candidates is None:
                self._say(_note("handover_list_failed", Level.ERROR, exc.message))
        else:
            self.problem = candidates.problem
            if session.store_name is None:  # the manifest names the store: as the OMS calls it
                session.store_name = next(
                    (c.package.stock_location.name for c in candidates.candidates if c.package.stock_location), None
                )
        finally:
            self.loading = False
        self._changed()

    async def _scan(self, code: str) -> None:
        assert self.session is not None
        self._show(await self.session.scan(code))

    def _show(self, result: HandoverScan) -> None:
        if result.manifest is not None:
            self.last_manifest = result.manifest
            self._say(result.note, sound="complete")
            self.listener(PrintManifest(result.manifest))
            self._queue(self._load)  # the next courier: the counts as they are now
            return
        self._say(result.note, sound="ok" if result.parcel is not None or result.carrier is not None else None)

    def _say(self, note: Note, *, sound: str | None = None) -> None:
        self.note = note
        if note.is_error:
            self.controller._emit(Sound("error"))
        elif sound is not None:
            self.controller._emit(Sound(sound))
        self._changed()

    def _changed(self) -> None:
        try:
            self.listener(HandoverChanged())
        except Exception:  # a bug in the view must not stop the counter
            log.exception("painting the handover failed")

    async def aclose(self) -> None:
        """Stop: the scans still queued are dropped (logged), the outbox stops trying (what
        it owes stays in the journal for the next start)."""
        if self._jobs:
            log.warning("the handover stops with %d scans not handled", len(self._jobs))
            self._jobs.clear()
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
        if self.session is not None:
            await self.session.outbox.close()

"""One courier at the counter: choose the carrier, scan the parcels as they leave, finish with
a manifest. Qt-free; the UI shows the :class:`~instore_app.bench.work.Note` each step returns
(codes and params; the words per language are the UI's).

The offline rule at the counter: the courier never waits for the OMS. A parcel scanned is
journalled as handed over with its ship command pending, and told "handed over" at once; the
command goes through the :class:`~.outbox.HandoverOutbox` (reconciling first, under the
re-send rule of ``Station.execute``) whenever the OMS can be reached. Until then the screen
shows "N waiting to reach the OMS" (:meth:`HandoverSession.waiting_note`). What the session
needs from the OMS to recognise parcels is read once, at :meth:`HandoverSession.load`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..api import CargoCompany, OmsError
from ..bench.work import Level, Note
from ..journal import Journal, JournalError, ParcelStatus
from ..operations.after_packing import HandoverCandidate, HandoverCandidates
from ..packing import Action, CommandUnavailable, PlannedCommand, clean_scan, item_keys, normalize, plan_command
from ..packing.barcodes import package_number_key
from ..packing.command_codes import BenchCommand, command_for, is_command_code
from ..packing.effects import action_of_command
from .codes import HandoverCommand, carrier_for, handover_command_for, is_carrier_code
from .manifest import LeftParcel, Manifest, parcel_of
from .outbox import HandoverOutbox

if TYPE_CHECKING:
    from ..operations.station import Station

log = logging.getLogger(__name__)

__all__ = ["HandedOver", "HandoverScan", "HandoverSession", "looks_like_tracking_number"]

#: What a carrier's tracking number looks like: 6-40 letters, digits and dashes.
_TRACKING = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{4,38}[A-Za-z0-9]")


def looks_like_tracking_number(text: str) -> bool:
    return bool(_TRACKING.fullmatch(text))


@dataclass(frozen=True)
class HandedOver:
    """A parcel the courier took in this handover (journalled)."""

    parcel_id: int
    package_id: int
    package_number: str
    tracking_number: str | None
    item_count: int
    action: Action


@dataclass(frozen=True)
class HandoverScan:
    """What one scan did: `note` for the screen (an error is loud: red, the error sound);
    `parcel` when a parcel was handed over; `carrier` when the scan chose the carrier;
    `manifest` when it finished the handover; `asks_tracking` when the next scan is taken as
    the carrier's tracking number."""

    note: Note
    parcel: HandedOver | None = None
    carrier: CargoCompany | None = None
    manifest: Manifest | None = None
    asks_tracking: bool = False


def _note(code: str, level: Level, *params: object) -> Note:
    return Note(code, level, tuple("" if p is None else str(p) for p in params))


class HandoverSession:
    """A courier handover at this station (see the module's docstring).

    `store_name`, `station_name` and `packer` go on the manifest. The journal is the station's
    (required: a parcel is handed over only once it is written)."""

    def __init__(
        self,
        station: Station,
        outbox: HandoverOutbox,
        *,
        store_name: str | None = None,
        station_name: str | None = None,
        packer: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        if station.journal is None:
            raise ValueError("a handover needs the station's journal")
        self.station = station
        self.journal: Journal = station.journal
        self.outbox = outbox
        self.store_name = store_name
        self.station_name = station_name
        self.packer = packer
        self._clock = clock
        self.candidates: HandoverCandidates | None = None
        self.carrier: CargoCompany | None = None
        self.handover_id: int | None = None
        self.parcels: list[HandedOver] = []
        #: An Advanced Ship parcel waiting for its carrier label's barcode (the next scan).
        self.awaiting: HandoverCandidate | None = None

    # -- reading what waits -------------------------------------------------------------------

    async def load(self) -> HandoverCandidates:
        """Read the packed packages waiting for the courier, by carrier (raises OmsError)."""
        candidates = await self.station.handover_candidates()
        handed = {parcel.package_id for parcel in self.parcels}
        self.candidates = HandoverCandidates(
            tuple(c for c in candidates.candidates if c.package_id not in handed),
            candidates.companies,
            candidates.problem,
        )
        return self.candidates

    @property
    def carriers(self) -> list[CargoCompany]:
        """The carriers to choose from, by name."""
        if self.candidates is None:
            return []
        return sorted(self.candidates.companies.values(), key=lambda c: (c.name.casefold(), c.id))

    def adopt_open_handover(self) -> bool:
        """Continue the newest handover the journal left open at this stock location (the app
        stopped at the counter): its carrier and parcels. False when there is none."""
        try:
            records = [h for h in self.journal.open_handovers() if h.stock_location_id == self.station.stock_location_id]
        except JournalError as exc:
            log.error("open handovers could not be read: %s", exc)
            return False
        if not records:
            return False
        record = records[0]
        self.handover_id = record.id
        self.carrier = CargoCompany(id=record.cargo_company_id, name=record.cargo_company_name)
        self.parcels = [
            HandedOver(p.id, p.package_id, p.package_number, p.tracking_number, p.item_count,
                       action_of_command(p.command) or Action.SHIP)
            for p in record.parcels
        ]
        if self.candidates is not None:
            for parcel in self.parcels:
                self.candidates = self.candidates.without(parcel.package_id)
        return True

    # -- what the screen shows ----------------------------------------------------------------

    @property
    def waiting_count(self) -> int:
        """Parcels handed over whose ship command has not reached the OMS (all handovers)."""
        return self.outbox.waiting_count

    def waiting_note(self) -> Note | None:
        """ "N waiting to reach the OMS", or None when nothing waits."""
        count = self.waiting_count
        return _note("handover_waiting", Level.BUSY, count) if count else None

    def left_for_carrier(self) -> list[HandoverCandidate]:
        """The packed parcels the chosen carrier's courier may still take."""
        if self.candidates is None or self.carrier is None:
            return []
        return sorted(self.candidates.for_carrier(self.carrier.id), key=lambda c: c.number)

    # -- choosing the carrier -----------------------------------------------------------------

    def choose_carrier(self, cargo_company_id: int) -> HandoverScan:
        """The courier at the counter is this carrier's (by key or by its carrier code)."""
        companies = self.candidates.companies if self.candidates is not None else {}
        company = companies.get(cargo_company_id)
        if company is None:
            return HandoverScan(_note("handover_unknown_carrier", Level.ERROR, cargo_company_id))
        if self.carrier is not None and self.carrier.id != company.id and self.parcels:
            return HandoverScan(_note("handover_finish_first", Level.ERROR, self.carrier.name, len(self.parcels)))
        if self.carrier is None or self.carrier.id != company.id:
            self.awaiting = None
        self.carrier = company
        waiting = len(self.left_for_carrier())
        return HandoverScan(_note("handover_carrier_chosen", Level.OK, company.name, waiting), carrier=company)

    # -- scans ----------------------------------------------------------------------------------

    async def scan(self, code: str) -> HandoverScan:
        """Whatever the scanner read at the counter: a carrier code, a parcel's label (its
        package number or its carrier's tracking number), the tracking number asked for, or
        the finish code."""
        text = clean_scan(code)
        if not text:
            return HandoverScan(_note("handover_unknown_parcel", Level.ERROR, ""))
        command = handover_command_for(text)
        if command is HandoverCommand.FINISH:
            return self._finish_scan()
        if command is HandoverCommand.OPEN:
            return HandoverScan(_note("handover_open", Level.INFO))
        if is_command_code(text):
            if command_for(text) is BenchCommand.CLOSE:
                return HandoverScan(self.cancel_question())
            return HandoverScan(_note("handover_unknown_command", Level.ERROR, text))
        if is_carrier_code(text):
            carrier_id = carrier_for(text)
            if carrier_id is None:
                return HandoverScan(_note("handover_unknown_carrier", Level.ERROR, text))
            return self.choose_carrier(carrier_id)
        if self.awaiting is not None:
            return self._tracking_scanned(text)
        if self.candidates is None:
            return HandoverScan(_note("handover_list_not_read", Level.ERROR))
        if self.carrier is None:
            return HandoverScan(_note("handover_choose_carrier", Level.ERROR, text))
        found = self.candidates.find(text)
        if found is None:
            refusal = self._why_not(text)
            if refusal is not None:
                return HandoverScan(refusal)
            try:  # packed a moment ago at the bench? Read the list once more (if the OMS answers).
                await self.load()
            except OmsError as exc:
                log.info("the handover list could not be read again: %s", exc.message)
            found = self.candidates.find(text)
            if found is None:
                return HandoverScan(self._why_not(text) or _note("handover_unknown_parcel", Level.ERROR, text))
        candidate, _by_tracking = found
        earlier = self._earlier_handover(candidate)
        if earlier is not None:
            return HandoverScan(earlier)
        if candidate.cargo_company_id not in (None, self.carrier.id):
            other = self.candidates.carrier_name(candidate.cargo_company_id)
            return HandoverScan(_note("handover_wrong_carrier", Level.ERROR, candidate.number, other, self.carrier.name))
        if candidate.needs_tracking_scan:
            self.awaiting = candidate
            return HandoverScan(_note("handover_scan_tracking", Level.INFO, candidate.number), asks_tracking=True)
        return self._hand_over(candidate, candidate.tracking_number)

    def cancel_question(self) -> Note:
        """Stop waiting for a tracking number (Esc / the Close code): the parcel stays."""
        if self.awaiting is None:
            return _note("handover_nothing_asked", Level.INFO)
        number, self.awaiting = self.awaiting.number, None
        return _note("handover_tracking_cancelled", Level.INFO, number)

    def _tracking_scanned(self, text: str) -> HandoverScan:
        candidate = self.awaiting
        assert candidate is not None and self.candidates is not None
        key = package_number_key(text)
        other = self.candidates.find(text)
        if other is not None or key == package_number_key(candidate.number) or self.station.directory.package_by_number(text):
            named = other[0].number if other is not None else candidate.number
            return HandoverScan(_note("handover_tracking_is_a_parcel", Level.ERROR, text, named), asks_tracking=True)
        if normalize(text) in item_keys_of(candidate) or not looks_like_tracking_number(text):
            return HandoverScan(_note("handover_not_a_tracking_number", Level.ERROR, text, candidate.number), asks_tracking=True)
        self.awaiting = None
        return self._hand_over(candidate, text)

    # -- refusals -------------------------------------------------------------------------------

    def _why_not(self, text: str) -> Note | None:
        """Why a scan that is no candidate is refused: handed over already (here or in an
        earlier handover), not packed, or None when nothing is known of it."""
        key = package_number_key(text)
        for parcel in self.parcels:
            if key in (package_number_key(parcel.package_number), package_number_key(parcel.tracking_number or "")):
                return _note("handover_already_handed_over", Level.ERROR, parcel.package_number, self.carrier.name if self.carrier else "")
        ref = self.station.directory.package_by_number(text)
        if ref is None:
            return None
        earlier = self._earlier_record(ref[0])
        if earlier is not None:
            return earlier
        detail = self.station.details.get(ref[0])
        state = detail.state.display_name(self.station.language) if detail is not None else ""
        if detail is None:
            row = next((p for p in self.station.packages if p.id == ref[0]), None)
            state = row.state.display_name(self.station.language) if row is not None else ""
        return _note("handover_not_packed", Level.ERROR, ref[1], state)

    def _earlier_handover(self, candidate: HandoverCandidate) -> Note | None:
        if any(parcel.package_id == candidate.package_id for parcel in self.parcels):
            return _note("handover_already_handed_over", Level.ERROR, candidate.number, self.carrier.name if self.carrier else "")
        return self._earlier_record(candidate.package_id)

    def _earlier_record(self, package_id: int) -> Note | None:
        try:
            records = self.journal.parcels_of_package(package_id)
        except JournalError as exc:
            log.error("earlier handovers could not be read: %s", exc)
            return None
        for record in records:
            if record.status is not ParcelStatus.FAILED:
                handover = self.journal.handover(record.handover_id)
                carrier = handover.cargo_company_name if handover is not None else ""
                at = record.scanned_at.astimezone().strftime("%d.%m.%Y %H:%M")
                return _note("handover_handed_over_before", Level.ERROR, record.package_number, carrier, at)
        return None

    # -- handing over ---------------------------------------------------------------------------

    def _hand_over(self, candidate: HandoverCandidate, tracking: str | None) -> HandoverScan:
        assert self.carrier is not None and self.candidates is not None
        try:
            planned = self._plan(candidate, tracking)
        except (CommandUnavailable, ValueError) as exc:
            return HandoverScan(_note("handover_cannot_ship", Level.ERROR, candidate.number, str(exc)))
        try:
            if self.handover_id is None:
                self.handover_id = self.journal.handover_started(
                    cargo_company_id=self.carrier.id,
                    cargo_company_name=self.carrier.name,
                    stock_location_id=self.station.stock_location_id,
                    store_name=self.store_name,
                    station=self.station_name,
                    packer=self.packer,
                )
            parcel_id = self.journal.handover_parcel(
                self.handover_id,
                package_id=candidate.package_id,
                package_number=candidate.number,
                tracking_number=tracking,
                item_count=candidate.item_count,
                command=planned.command.command,
                input_parameters=planned.input_parameters,
            )
        except JournalError as exc:
            self.station.report_journal_failure(str(exc))
            return HandoverScan(_note("handover_journal_failed", Level.ERROR, candidate.number, str(exc)))
        parcel = HandedOver(parcel_id, candidate.package_id, candidate.number, tracking, candidate.item_count, candidate.action)
        self.parcels.append(parcel)
        self.candidates = self.candidates.without(candidate.package_id)
        log.info("handover to %s: package %s (%s)", self.carrier.name, candidate.number, planned.command.command)
        self.outbox.kick()
        if self.outbox.reachable is False:
            note = _note("handover_handed_over_offline", Level.OK, candidate.number, tracking, self.waiting_count)
        else:
            note = _note("handover_handed_over", Level.OK, candidate.number, tracking, len(self.parcels))
        return HandoverScan(note, parcel=parcel)

    def _plan(self, candidate: HandoverCandidate, tracking: str | None) -> PlannedCommand:
        assert self.carrier is not None
        if candidate.action is Action.ADVANCED_SHIP:
            return plan_command(
                candidate.package, Action.ADVANCED_SHIP, tracking_number=tracking, cargo_company_id=self.carrier.id
            )
        return plan_command(candidate.package, Action.SHIP)

    # -- finishing ------------------------------------------------------------------------------

    def _finish_scan(self) -> HandoverScan:
        if self.handover_id is None or self.carrier is None:
            return HandoverScan(_note("handover_nothing_to_finish", Level.ERROR))
        carrier = self.carrier.name
        try:
            manifest = self.finish()
        except JournalError as exc:
            return HandoverScan(_note("handover_journal_failed", Level.ERROR, "", str(exc)))
        return HandoverScan(_note("handover_finished", Level.OK, carrier, manifest.total), manifest=manifest)

    def finish(self) -> Manifest:
        """Close the handover: its manifest (kept in the journal), ready to print. The next
        courier starts with no carrier chosen. ValueError when nothing was handed over;
        JournalError when the journal cannot be written (the handover stays open)."""
        if self.handover_id is None or self.carrier is None:
            raise ValueError("nothing was handed over")
        record = self.journal.handover(self.handover_id)
        if record is None:
            raise ValueError(f"handover {self.handover_id} is not in the journal")
        left = tuple(
            LeftParcel(c.package_id, c.number, c.tracking_number, c.item_count) for c in self.left_for_carrier()
        )
        manifest = Manifest(
            handover_id=record.id,
            carrier_id=self.carrier.id,
            carrier_name=self.carrier.name,
            stock_location_id=record.stock_location_id,
            store_name=self.store_name,
            station=self.station_name,
            packer=self.packer,
            started_at=record.started_at,
            finished_at=self._clock(),
            parcels=tuple(parcel_of(p) for p in record.parcels),
            left=left,
        )
        self.journal.handover_finished(record.id, manifest.to_json())
        log.info("handover %s to %s finished: %d parcels", record.id, self.carrier.name, manifest.total)
        self.handover_id, self.parcels, self.carrier, self.awaiting = None, [], None, None
        return manifest


def item_keys_of(candidate: HandoverCandidate) -> set[str]:
    return {key for item in candidate.package.packageitem_set for key in item_keys(item)}

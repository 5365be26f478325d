"""What every station has, whatever API it packs through (no Qt here).

:class:`StationCore` keeps the list of waiting packages and the details read so far (with the
directory that names another package's item), reads ahead the next packages to pack, and keeps
the journal: every confirmation, undo and reset on disk before the bench shows it, the close of
a finished package, Packed today, and the journal's health. A backend (:class:`~instore_app.
operations.station.Station` for Akinon OMS, the Seller Center station) adds the API calls:
:meth:`_list` and :meth:`_read` here, and the commands of :class:`~instore_app.operations.
backend.Backend`.
"""

from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ..api import Package, PackageShort
from ..journal import FinishedPackage, Journal, JournalError
from ..packing import KnownPackages

log = logging.getLogger(__name__)

__all__ = ["PREFETCH_CONCURRENCY", "PREFETCH_WINDOW", "StationCore"]

#: How many listed packages (earliest pack-by date first) have their details read ahead, so a
#: scan opens them at once and an item of another package can be named. Others: on demand.
PREFETCH_WINDOW = 20
#: How many of those are read at a time.
PREFETCH_CONCURRENCY = 2


class StationCore(ABC):
    """The list, the details and the journal of one station (see the module docstring)."""

    def __init__(self, *, journal: Journal | None, language: str) -> None:
        self.journal = journal
        #: Called with (problem message or None) when the journal fails or works again.
        self.on_journal_problem: Callable[[str | None], None] | None = None
        self.journal_problem: str | None = None
        self.language = language
        self.packages: list[PackageShort] = []
        self.details: dict[int, Package] = {}
        self.directory = KnownPackages()
        self.last_refresh: datetime | None = None
        #: Who this station signs in as (to tell its own packages from another user's).
        self.user: str | None = None
        #: Package id -> the other user who holds it (moved it to Preparing), as last read.
        self.holders: dict[int, str] = {}
        self._begun_refresh: asyncio.Future[list[PackageShort]] | None = None

    # -- what a backend provides ------------------------------------------------------------------

    @abstractmethod
    async def _list(self) -> list[PackageShort]:
        """The waiting packages, read from the API (a Listing may carry a problem)."""

    @abstractmethod
    async def _read(self, package_id: int) -> Package:
        """One package's detail, read from the API."""

    async def load_holders(self) -> dict[int, str]:
        """Who holds the listed packages that another user is preparing (read lazily, cached);
        a backend that can't tell holds nothing."""
        return self.holders

    def held_by_another(self, package_id: int) -> str | None:
        """The other user holding the package, if any (None: free, ours, or not known)."""
        return self.holders.get(package_id)

    # -- the list -------------------------------------------------------------------------------

    def begin_refresh(self) -> asyncio.Future[list[PackageShort]]:
        """Start reading the list now, on the running loop; the next :meth:`refresh` takes this
        read instead of starting another. The app begins it before it builds its window, so
        that the OMS answers while the window is being built."""
        if self._begun_refresh is None:
            self._begun_refresh = asyncio.ensure_future(self._list())
        return self._begun_refresh

    def cancel_begun_refresh(self) -> None:
        """A begun read that no refresh took (the run ended first) is stopped, or its end
        logged."""
        begun, self._begun_refresh = self._begun_refresh, None
        if begun is None:
            return
        if not begun.done():
            begun.cancel()
        elif not begun.cancelled() and begun.exception() is not None:
            log.info("the list read begun at start was not used: %s", begun.exception())

    async def refresh(self) -> list[PackageShort]:
        """Reload the waiting packages (or take the read :meth:`begin_refresh` began); details
        of packages no longer listed are forgotten."""
        begun, self._begun_refresh = self._begun_refresh, None
        packages = await begun if begun is not None else await self._list()
        self.packages = packages
        self.last_refresh = datetime.now(timezone.utc)
        listed = {package.id for package in packages}
        self.details = {pid: detail for pid, detail in self.details.items() if pid in listed}
        self.directory.replace([*packages, *self.details.values()])
        log.info("list refreshed: %d packages", len(packages))
        return packages

    async def load_package(self, package_id: int) -> Package:
        """The package's full detail, fresh from the API."""
        package = await self._read(package_id)
        self.details[package.id] = package
        self.directory.add(package)
        return package

    def prefetch_candidates(self, limit: int = PREFETCH_WINDOW) -> list[int]:
        """The listed packages whose details are read ahead: the `limit` with the earliest
        pack-by date (no date last), skipping those already read."""
        far = datetime.max.replace(tzinfo=timezone.utc)
        ordered = sorted(self.packages, key=lambda p: (p.target_packing_date or far, p.id))
        return [p.id for p in ordered[:limit] if p.id not in self.details]


    async def prefetch_details(self) -> int:
        """Read ahead the details of the next packages to pack (:meth:`prefetch_candidates`),
        a few at a time; how many were read. Failures are logged: the bench reads on demand."""
        missing = self.prefetch_candidates()
        semaphore = asyncio.Semaphore(PREFETCH_CONCURRENCY)

        async def one(package_id: int) -> None:
            async with semaphore:
                await self.load_package(package_id)

        results = await asyncio.gather(*(one(pid) for pid in missing), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            log.info("prefetch: %d of %d package details not read (%s)", len(failures), len(missing), failures[0])
        return len(missing) - len(failures)


    def package_id_for_number(self, code: str) -> int | None:
        """The id of the listed package with this number (as scanned), if any."""
        ref = self.directory.package_by_number(code)
        return ref[0] if ref else None


    def restored_confirmations(self, package_id: int) -> list[int]:
        """The package's confirmations kept in the journal (after a crash or a restart)."""
        saved = self.journal_call("read confirmations", lambda j: j.confirmed_items(package_id))
        return list(saved) if isinstance(saved, list) else []


    def taken_over(self, package_id: int, from_user: str) -> None:
        self.journal_call("takeover", lambda j: j.record_takeover(package_id, from_user))

    def opened(self, package_id: int) -> None:
        self.journal_call("opened", lambda j: j.record_opened(package_id))


    def confirmed(self, package: Package, item_id: int, code: str) -> None:
        """Record a confirmation; raises JournalError when it could not be written."""
        self._journal_write(lambda j: j.record_confirmation(package.id, package.number, item_id, code))


    def undone(self, package_id: int, item_id: int) -> None:
        self._journal_write(lambda j: j.record_undo(package_id, item_id))


    def reset(self, package_id: int) -> None:
        self._journal_write(lambda j: j.record_reset(package_id))


    def scan_refused(self, package_id: int | None, kind: str) -> None:
        self.journal_call("error", lambda j: j.record_error(package_id, kind))


    def _journal_write(self, action: Callable[[Journal], Any]) -> None:
        """A write the packer is told about: it must reach the disk, or raise JournalError."""
        if self.journal is None:
            return
        try:
            action(self.journal)
        except JournalError as exc:
            self.report_journal_failure(str(exc))
            raise
        self._journal_ok()


    def journal_call(self, what: str, action: Callable[[Journal], Any]) -> Any:
        """A journal call whose failure is reported (banner) but does not stop the work."""
        if self.journal is None:
            return None
        try:
            result = action(self.journal)
        except JournalError as exc:
            log.error("the journal failed (%s): %s", what, exc)
            self.report_journal_failure(str(exc))
            return None
        self._journal_ok()
        return result


    def report_journal_failure(self, message: str) -> None:
        """The journal could not be written: say so (once per distinct message)."""
        if self.journal_problem != message:
            self.journal_problem = message
            if self.on_journal_problem is not None:
                self.on_journal_problem(message)


    def _journal_ok(self) -> None:
        if self.journal_problem is not None:
            self.journal_problem = None
            log.info("the journal is written again")
            if self.on_journal_problem is not None:
                self.on_journal_problem(None)


    def recover_journal(self) -> bool:
        """Try to make the journal writable again (called every few seconds while it fails)."""
        if self.journal is None or self.journal_problem is None:
            return True
        if self.journal.recover():
            self._journal_ok()
            return True
        if self.journal.problem:
            self.report_journal_failure(self.journal.problem)
        return False


    def close(self, package_id: int, number: str | None, reason: str) -> None:
        """Close the package's journal entries (its confirmations are done with)."""
        self.journal_call("close", lambda j: j.close_package(package_id, reason, package_number=number))


    def finished_today(self) -> list[FinishedPackage]:
        """The packages this station packed, refused or reported out of stock today (journal)."""
        rows = self.journal_call("finished today", lambda j: j.finished_today())
        return list(rows) if rows else []



"""The station's journal: a local SQLite record of confirmations, undos and OMS commands.

"Nothing is lost": every confirmation, undo and reset of a package's items is committed to
disk (WAL, ``synchronous=FULL``) before the call returns, so the app may say "confirmed" once
:meth:`Journal.record_confirmation` has returned, and a crash, a ``kill -9`` or a power cut
never loses it. A write that cannot commit raises :class:`JournalError` and the journal
turns unhealthy until :meth:`Journal.recover` succeeds (see :mod:`.recovery`). Reopening a
package replays its open entries (:meth:`Journal.confirmed_items`).

Every OMS command is recorded before it is sent (:meth:`Journal.command_started`) and when
its outcome is known (:meth:`Journal.command_finished`): applied, not applied, or unknown;
an unknown one is resolved later by finishing it again. :meth:`Journal.unresolved_commands`
lists those never finished (in flight when the app died) and those still unknown: re-read
the package before anything is sent again.

One station per journal: the journal is locked (:mod:`.lock`) while open; a second open
raises :class:`JournalLocked`.

Threading: a :class:`Journal` must be used from the thread that created it (the main
thread); SQLite's ``check_same_thread`` enforces that.

Timestamps are stored as UTC ISO 8601 text of fixed width (so text order is time order);
entries of one package are replayed in insertion order (row id), never by clock time.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from . import commands as commands_log
from .errors import JournalCorrupt, JournalError, JournalInvalid, JournalLocked
from .figures import day_figures, finished_between, latest_closes
from .handovers import KEEP_DAYS, HandoverJournal, prune_handovers
from .mirror import ScanRow
from .pruning import prune_before
from .records import (
    CommandOutcome,
    CommandRecord,
    Figures,
    FinishedPackage,
    OpenPackage,
    check_id,
    check_optional_id,
    day_bounds,
    local_day,
    stamp,
    utc_now,
)
from .scans import open_packages_from, replay

__all__ = ["Journal"]

log = logging.getLogger(__name__)


_INSERT_SCAN = (
    "INSERT INTO scans (package_id, package_number, item_id, kind, code, at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def _text(what: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise JournalInvalid(f"The {what} {value!r} cannot be journalled: it is not text.")
    return value


class Journal(HandoverJournal):
    """The station's local record. Every write is committed (durably) before it returns.

    `path`: the database file; None for :func:`default_path` (folders are created);
    ``":memory:"`` for a throw-away journal in tests (no file, no lock). `clock` returns the
    current time (an aware datetime; a naive one is taken as UTC). `synchronous` is "FULL"
    (the default, and what the app must use: a confirmed scan survives a power cut) or
    "NORMAL" (benchmarks). Raises JournalLocked when another copy has it open, JournalCorrupt
    for a damaged file, JournalError for anything else.

    Use from one thread only (the one that created it).
    """

    @classmethod
    def open_or_recover(
        cls,
        path: str | Path | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        allow_unhealthy: bool = False,
    ) -> Journal:
        """Open the journal; if the file is corrupt, rename it (and its -wal/-shm files) to
        ``<name>.corrupt-<timestamp>`` with a warning in the log, and start a fresh one.

        Other failures (a read-only folder, a journal from a newer app) raise JournalError:
        there is nothing to move aside. With `allow_unhealthy`, they return a journal that
        is not healthy instead (its `problem` says why; :meth:`recover` opens it once
        possible). JournalLocked is always raised: the station must not run twice."""
        journal = cls(path, clock=clock, _open=False)
        try:
            journal._start(move_corrupt=True)
        except JournalLocked:
            raise
        except JournalError as exc:
            if not allow_unhealthy:
                raise
            journal._problem = str(exc)
            log.error("the journal cannot be opened now: %s", exc)
            if not isinstance(exc, JournalCorrupt):
                journal._load_read_only()
            if journal._lock is not None:
                try:
                    journal._lock.acquire()
                except JournalLocked:
                    raise
                except JournalError:
                    pass  # recover() takes it once the folder can be made
        return journal

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- scans --------------------------------------------------------------------------

    def record_confirmation(
        self, package_id: int, package_number: str | None, item_id: int, code: str | None = None
    ) -> None:
        """One unit (package item `item_id`) confirmed by scanning `code` (cleaned)."""
        self._scan(package_id, _text("package number", package_number), item_id, "confirm",
                   _text("scanned code", code))

    def record_undo(self, package_id: int, item_id: int) -> None:
        """The confirmation of `item_id` undone."""
        self._scan(package_id, None, item_id, "undo", None)

    def record_reset(self, package_id: int) -> None:
        """Every confirmation of the package undone (start over)."""
        self._scan(package_id, None, None, "reset", None)

    def _scan(
        self, package_id: int, number: str | None, item_id: int | None, kind: str, code: str | None
    ) -> None:
        check_id("package id", package_id)
        check_optional_id("item id", item_id)
        at = self._now()
        conn = self._writable()  # the scan path: no context manager, every microsecond counts
        try:
            cursor = conn.execute(_INSERT_SCAN, (package_id, number, item_id, kind, code, at))
        except sqlite3.Error as exc:
            raise self._failure(exc) from exc
        row_id = cursor.lastrowid
        assert row_id is not None
        self._mirror.add_scan(ScanRow(row_id, package_id, number, item_id, kind, code, at))

    def confirmed_items(self, package_id: int) -> list[int]:
        """The package's confirmed item ids, in confirmation order, replayed from its open
        entries: a confirm adds the item (once: an item is one unit), an undo removes it,
        a reset clears them all. [] after :meth:`close_package`."""
        check_id("package id", package_id)
        if self._from_mirror:
            return replay(self._mirror.entries(package_id))
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT kind, item_id FROM scans"
                " WHERE package_id = ? AND closed_at IS NULL ORDER BY id",
                (package_id,),
            ).fetchall()
        return replay(rows)

    def open_packages(self) -> list[OpenPackage]:
        """Packages that still have confirmations (not closed), latest activity first."""
        if self._from_mirror:
            return open_packages_from(self._mirror.open_rows())
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT package_id, kind, item_id, package_number, at FROM scans"
                " WHERE closed_at IS NULL ORDER BY id"
            ).fetchall()
        return open_packages_from(rows)

    def close_package(self, package_id: int, reason: str, package_number: str | None = None) -> None:
        """Close the package's open entries and record why ('packed', 'refused',
        'out_of_stock', 'gone', ...) with its number (by default the number its scans
        carried), for :meth:`finished_today`."""
        if not reason:
            raise JournalInvalid("a reason is required to close a package")
        check_id("package id", package_id)
        _text("package number", package_number)
        now = self._now()
        with self._transaction() as conn:
            conn.execute(
                "UPDATE scans SET closed_at = ? WHERE package_id = ? AND closed_at IS NULL",
                (now, package_id),
            )
            cursor = conn.execute(
                "INSERT INTO events (package_id, kind, detail, at, package_number)"
                " VALUES (?1, 'closed', ?2, ?3, coalesce(?4, (SELECT package_number FROM scans"
                "  WHERE package_id = ?1 AND package_number IS NOT NULL ORDER BY id DESC LIMIT 1)))",
                (package_id, reason, now, package_number),
            )
            event_id = cursor.lastrowid
            number = conn.execute(
                "SELECT package_number FROM events WHERE id = ?", (event_id,)
            ).fetchone()[0]
        assert event_id is not None
        self._mirror.close_package(package_id, (event_id, package_id, number, reason, now),
                                   self._closes_since())

    # --- events -------------------------------------------------------------------------

    def record_opened(self, package_id: int) -> None:
        """The package was opened on the bench."""
        self._event(check_id("package id", package_id), "opened", None)

    def record_takeover(self, package_id: int, from_user: str) -> None:
        """The packer took over a package another user was preparing (an 'opened' event that
        names that user)."""
        self._event(check_id("package id", package_id), "opened", f"taken over from {_text('user', from_user)}")

    def record_error(self, package_id: int | None, kind: str) -> None:
        """A wrong, unknown or over-scan (`kind`, e.g. 'unknown_code'), for the figures."""
        self._event(check_optional_id("package id", package_id), "error", _text("error kind", kind))

    def _event(self, package_id: int | None, kind: str, detail: str | None) -> None:
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO events (package_id, kind, detail, at) VALUES (?, ?, ?, ?)",
                (package_id, kind, detail, self._now()),
            )

    # --- commands -----------------------------------------------------------------------

    def command_started(
        self,
        package_id: int,
        command_name: str,
        transition_id: int | None,
        input_parameters: Mapping[str, Any] | None = None,
    ) -> int:
        """Record a command about to be sent; returns its id for :meth:`command_finished`.
        Call it before sending, and do not send if it raises. `input_parameters` must be
        JSON-serialisable."""
        check_id("package id", package_id)
        check_optional_id("transition id", transition_id)
        try:
            parameters = json.dumps(dict(input_parameters or {}), ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise JournalInvalid(f"The command's parameters cannot be journalled: {exc}.") from exc
        started = self._now()
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO commands (package_id, command, transition_id, input_parameters,"
                " started_at) VALUES (?, ?, ?, ?, ?)",
                (package_id, command_name, transition_id, parameters, started),
            )
        command_id = cursor.lastrowid
        assert command_id is not None
        self._mirror.put_command(
            (command_id, package_id, command_name, transition_id, parameters, started,
             None, None, None, None, None)
        )
        return command_id

    def command_finished(
        self,
        command_id: int,
        outcome: CommandOutcome | str,
        status_code: int | None = None,
        message: str | None = None,
    ) -> None:
        """Record how the command ended: APPLIED, NOT_APPLIED or UNKNOWN. An UNKNOWN
        record may be finished again, once, to resolve it to APPLIED or NOT_APPLIED (its
        `resolved_at` is set; a status code or message given replaces the earlier one).
        Raises LookupError for an unknown id, ValueError for an unknown outcome, for a
        command already applied or not applied, or for UNKNOWN on an UNKNOWN record."""
        outcome = CommandOutcome(outcome)
        check_id("command id", command_id)
        check_optional_id("status code", status_code)
        _text("message", message)
        now = self._now()
        with self._writing() as conn:
            query = f"SELECT {commands_log.COLUMNS} FROM commands WHERE id = ?"
            row = conn.execute(query, (command_id,)).fetchone()
            if row is None:
                raise LookupError(f"no command {command_id} in the journal")
            previous = row[7]
            if previous is None:
                conn.execute(
                    "UPDATE commands SET finished_at = ?, outcome = ?, status_code = ?,"
                    " message = ? WHERE id = ?",
                    (now, outcome.value, status_code, message, command_id),
                )
            elif previous == CommandOutcome.UNKNOWN and outcome is not CommandOutcome.UNKNOWN:
                conn.execute(
                    "UPDATE commands SET outcome = ?, resolved_at = ?,"
                    " status_code = coalesce(?, status_code), message = coalesce(?, message)"
                    " WHERE id = ?",
                    (outcome.value, now, status_code, message, command_id),
                )
            elif previous == CommandOutcome.UNKNOWN:
                raise ValueError(f"command {command_id} is already unknown; resolve it to applied or not_applied")
            else:
                raise ValueError(f"command {command_id} is already finished ({previous})")
            written = conn.execute(query, (command_id,)).fetchone()
        self._mirror.put_command(written)

    def unfinished_commands(self, package_id: int | None = None) -> list[CommandRecord]:
        """Commands started and never finished (the app died while they were in flight),
        oldest first. Re-read the package to reconcile them before sending anything again."""
        return self._command_list("finished_at IS NULL", package_id, lambda row: row[6] is None)

    def unresolved_commands(self, package_id: int | None = None) -> list[CommandRecord]:
        """Commands whose outcome is not settled, oldest first: never finished (the app
        died while they were in flight) or finished UNKNOWN. Re-read the package, then
        :meth:`command_finished` them as APPLIED or NOT_APPLIED."""
        return self._command_list(commands_log.UNRESOLVED, package_id, lambda row: True)

    def _command_list(
        self, condition: str, package_id: int | None, keep: Callable[[commands_log.Row], bool]
    ) -> list[CommandRecord]:
        check_optional_id("package id", package_id)
        if self._from_mirror:
            rows = [row for row in self._mirror.command_rows(package_id) if keep(row)]
        else:
            query, args = commands_log.select(condition, package_id)
            with self._reading() as conn:
                rows = conn.execute(query, args).fetchall()
        return [commands_log.record(row) for row in rows]

    def commands(self, package_id: int) -> list[CommandRecord]:
        """Every command recorded for the package, oldest first."""
        query, args = commands_log.select("1", check_id("package id", package_id))
        with self._reading() as conn:
            rows = conn.execute(query, args).fetchall()
        return [commands_log.record(row) for row in rows]

    # --- today: figures and finished packages -------------------------------------------

    def figures(self, day: date | None = None, tz: tzinfo | None = None) -> Figures:
        """Figures for one day in time zone `tz` (None: the computer's local time zone);
        `day` None means today by the journal's clock."""
        start, end = day_bounds(day or local_day(self._clock(), tz), tz)
        with self._reading() as conn:
            return day_figures(conn, start, end)

    def finished_today(self, tz: tzinfo | None = None) -> list[FinishedPackage]:
        """Packages this station closed today (the local day, in `tz`, of the journal's
        clock), the latest close of each, newest first."""
        start, end = day_bounds(local_day(self._clock(), tz), tz)
        if self._from_mirror:
            return latest_closes(self._mirror.closes_between(start, end))
        with self._reading() as conn:
            return latest_closes(finished_between(conn, start, end))

    def finished_package_by_number(
        self, number: str, tz: tzinfo | None = None
    ) -> FinishedPackage | None:
        """The package among :meth:`finished_today` whose number is exactly `number` (the
        caller normalises the scan), or None."""
        return next((p for p in self.finished_today(tz) if p.package_number == number), None)

    # --- housekeeping -------------------------------------------------------------------

    def prune(self, older_than_days: int = 30, handover_days: int = KEEP_DAYS) -> int:
        """Delete closed scan entries, events and settled commands older than
        `older_than_days`, and handovers older than `handover_days` (with their manifests);
        open entries, unsettled commands and handovers with a pending parcel are always
        kept. Returns the number of rows deleted."""
        cutoff = stamp(self._clock() - timedelta(days=older_than_days))
        with self._transaction() as conn:
            deleted = prune_before(conn, cutoff)
            deleted += prune_handovers(conn, stamp(self._clock() - timedelta(days=handover_days)))
        self._mirror.closes = [c for c in self._mirror.closes if c[4] >= cutoff]
        if deleted:
            with self._writing() as conn:
                conn.execute("PRAGMA incremental_vacuum")
        return deleted

    def pragma(self, name: str) -> Any:
        """The value of a SQLite pragma (e.g. 'journal_mode', 'synchronous'), for checks."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._reading() as conn:
            row = conn.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]


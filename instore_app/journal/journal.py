"""The station's journal: a local SQLite record of confirmations, undos and OMS commands.

"Nothing is lost": every confirmation, undo and reset of a package's items is committed to
disk (WAL, ``synchronous=FULL``) before the call returns, so the app may say "confirmed" once
:meth:`Journal.record_confirmation` has returned, and a crash, a ``kill -9`` or a power cut
never loses it. Reopening the package replays its open entries (:meth:`Journal.confirmed_items`).
Every OMS command is recorded before it is sent (:meth:`Journal.command_started`) and when its
outcome is known (:meth:`Journal.command_finished`); a command started but never finished
(:meth:`Journal.unfinished_commands`) was in flight when the app died, so the package must be
re-read before anything is sent again.

Threading: a :class:`Journal` holds one SQLite connection and must be used from the thread
that created it (the main thread); SQLite's ``check_same_thread`` enforces that.

Errors: every failure of the database (cannot open, corrupt, disk full, closed) raises
:class:`JournalError` with a message in plain words; a corrupt file raises its subclass
:class:`JournalCorrupt`, which :meth:`Journal.open_or_recover` handles by moving the file aside.

Timestamps are stored as UTC ISO 8601 text of fixed width (so text order is time order);
entries of one package are replayed in insertion order (row id), never by clock time.

Standard library only (plus platformdirs for the default location); no Qt.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import statistics
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

__all__ = [
    "APP_NAME",
    "CLOSE_REASON_PACKED",
    "FILE_NAME",
    "SCHEMA_VERSION",
    "CommandOutcome",
    "CommandRecord",
    "Figures",
    "Journal",
    "JournalCorrupt",
    "JournalError",
    "OpenPackage",
    "default_path",
]

log = logging.getLogger(__name__)

APP_NAME = "instore-app"
FILE_NAME = "journal.sqlite3"
CLOSE_REASON_PACKED = "packed"
BUSY_TIMEOUT_MS = 2000

# SQLite primary result codes that mean "this file is damaged / not a database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class JournalError(Exception):
    """The journal cannot be opened or written; the message says why in plain words."""


class JournalCorrupt(JournalError):
    """The journal file is damaged or is not a journal at all."""


class CommandOutcome(StrEnum):
    """How a command sent to the OMS ended."""

    APPLIED = "applied"  # the OMS accepted it
    REJECTED = "rejected"  # the OMS refused it (4xx); nothing changed
    FAILED = "failed"  # it never reached the OMS (no connection before sending)
    UNCERTAIN = "uncertain"  # sent, but the answer was lost: re-read the package
    ALREADY_APPLIED = "already_applied"  # re-reading showed it had taken effect


@dataclass(frozen=True, slots=True)
class OpenPackage:
    """A package with confirmations that were never closed (unfinished, e.g. after a crash)."""

    package_id: int
    package_number: str | None
    confirmed_count: int
    last_at: datetime  # the package's latest open entry (UTC)


@dataclass(frozen=True, slots=True)
class CommandRecord:
    """One command the app was about to send, and its outcome once known."""

    id: int
    package_id: int
    command: str
    transition_id: int | None
    input_parameters: dict[str, Any]
    started_at: datetime
    finished_at: datetime | None
    outcome: CommandOutcome | None  # None while in flight (or if the app died meanwhile)
    status_code: int | None
    message: str | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True, slots=True)
class Figures:
    """'Today at this station', for one local day."""

    packages_packed: int
    items_scanned: int
    errors: int
    median_seconds_per_package: float | None


def default_path() -> Path:
    """``<user data dir of instore-app>/journal.sqlite3`` (the folder is not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


# --- schema ---------------------------------------------------------------------------------

_SCHEMA_V1 = """
CREATE TABLE scans (
    id             INTEGER PRIMARY KEY,
    package_id     INTEGER NOT NULL,
    package_number TEXT,
    item_id        INTEGER,
    kind           TEXT NOT NULL CHECK (kind IN ('confirm', 'undo', 'reset')),
    code           TEXT,
    at             TEXT NOT NULL,
    closed_at      TEXT,
    CHECK ((kind = 'reset') = (item_id IS NULL))
);
CREATE INDEX scans_open ON scans (package_id, id) WHERE closed_at IS NULL;
CREATE INDEX scans_package_at ON scans (package_id, at);
CREATE INDEX scans_at ON scans (at);

CREATE TABLE commands (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id       INTEGER NOT NULL,
    command          TEXT NOT NULL,
    transition_id    INTEGER,
    input_parameters TEXT NOT NULL DEFAULT '{}',
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    outcome          TEXT CHECK (outcome IN
                         ('applied', 'rejected', 'failed', 'uncertain', 'already_applied')),
    status_code      INTEGER,
    message          TEXT,
    CHECK ((outcome IS NULL) = (finished_at IS NULL))
);
CREATE INDEX commands_package ON commands (package_id, id);
CREATE INDEX commands_unfinished ON commands (id) WHERE finished_at IS NULL;

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    package_id INTEGER,
    kind       TEXT NOT NULL CHECK (kind IN ('opened', 'error', 'closed')),
    detail     TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX events_at ON events (kind, at);
CREATE INDEX events_package_at ON events (package_id, at);
"""


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)


# Migration hook: MIGRATIONS[n] brings a version n-1 database to version n, inside one
# transaction that also sets user_version = n. Add a function and bump SCHEMA_VERSION.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_to_1}
SCHEMA_VERSION = max(MIGRATIONS)


# --- the journal ----------------------------------------------------------------------------


class Journal:
    """The station's local record. Every write is committed (durably) before it returns.

    `path`: the database file; None for :func:`default_path` (folders are created);
    ``":memory:"`` for a throw-away journal in tests. `clock` returns the current time (an
    aware datetime; a naive one is taken as UTC). `synchronous` is "FULL" (the default, and
    what the app must use: a confirmed scan survives a power cut) or "NORMAL" (benchmarks).

    Use from one thread only (the one that created it).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        clock: Callable[[], datetime] = _utc_now,
        synchronous: str = "FULL",
    ) -> None:
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError(f"synchronous must be 'FULL' or 'NORMAL', not {synchronous!r}")
        self._clock = clock
        self._in_memory = path is not None and str(path) == ":memory:"
        self.path: Path | None = None if self._in_memory else Path(path or default_path())
        self._conn: sqlite3.Connection | None = None
        self._conn = self._open(synchronous)

    # --- opening ------------------------------------------------------------------------

    def _open(self, synchronous: str) -> sqlite3.Connection:
        target = ":memory:" if self.path is None else str(self.path)
        where = "in memory" if self.path is None else f"at {self.path}"
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise JournalError(
                    f"The journal cannot be created: the folder {self.path.parent} "
                    f"cannot be made ({exc.strerror or exc})."
                ) from exc
            if self.path.is_dir():
                raise JournalError(f"The journal cannot be opened: {self.path} is a folder.")
        try:
            conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise _open_error(exc, where) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Fails with "file is not a database" on garbage; must precede any table.
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if self.path is not None and str(mode).lower() != "wal":
                log.warning("the journal %s is in %s mode, not WAL", self.path, mode)
            conn.execute(f"PRAGMA synchronous = {synchronous}")
            # macOS: fsync() alone does not flush the drive's cache; F_FULLFSYNC does.
            if synchronous == "FULL" and sys.platform == "darwin":
                conn.execute("PRAGMA fullfsync = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise JournalCorrupt(
                    f"The journal {where} is damaged ({'; '.join(str(r[0]) for r in check[:3])})."
                )
            self._migrate(conn, where)
            self._check_writable(conn)
        except JournalError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise _open_error(exc, where) from exc
        return conn

    @staticmethod
    def _check_writable(conn: sqlite3.Connection) -> None:
        """Fail now, not at the first scan, if the file can only be read (a read-only file
        in a writable folder opens fine): a write that is rolled back, nothing reaches disk."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            conn.execute("ROLLBACK")

    @staticmethod
    def _migrate(conn: sqlite3.Connection, where: str) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        latest = max(MIGRATIONS)
        if version > latest:
            raise JournalError(
                f"The journal {where} was written by a newer version of the app "
                f"(schema {version}, this app knows up to {latest})."
            )
        for target in range(version + 1, latest + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[target](conn)
                conn.execute(f"PRAGMA user_version = {target}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            log.info("journal %s: schema version %d", where, target)

    @classmethod
    def open_or_recover(
        cls,
        path: str | Path | None = None,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> Journal:
        """Open the journal; if the file is corrupt, rename it (and its -wal/-shm files) to
        ``<name>.corrupt-<timestamp>`` with a warning in the log, and start a fresh one.

        Other failures (a read-only folder, a journal from a newer app) still raise
        :class:`JournalError`: there is nothing to move aside."""
        try:
            return cls(path, clock=clock)
        except JournalCorrupt as exc:
            bad = Path(path or default_path())
            stamp = clock().astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
            aside = bad.with_name(f"{bad.name}.corrupt-{stamp}")
            try:
                bad.rename(aside)
                for suffix in ("-wal", "-shm"):
                    sidecar = bad.with_name(bad.name + suffix)
                    if sidecar.exists():
                        sidecar.rename(aside.with_name(aside.name + suffix))
            except OSError as move_exc:
                raise JournalError(
                    f"{exc} It could not be moved aside ({move_exc.strerror or move_exc})."
                ) from move_exc
            log.warning("%s Moved it to %s and started a new journal.", exc, aside)
            return cls(bad, clock=clock)

    def close(self) -> None:
        """Close the database (idempotent). Every write is already on disk."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- helpers ------------------------------------------------------------------------

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """The connection, with sqlite3 errors turned into JournalError."""
        if self._conn is None:
            raise JournalError("The journal is closed.")
        try:
            yield self._conn
        except sqlite3.Error as exc:
            raise _write_error(exc, self.path) from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._db() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _now(self) -> str:
        return _stamp(self._clock())

    # --- scans --------------------------------------------------------------------------

    def record_confirmation(
        self, package_id: int, package_number: str | None, item_id: int, code: str | None = None
    ) -> None:
        """One unit (package item `item_id`) confirmed by scanning `code` (cleaned)."""
        with self._db() as conn:
            conn.execute(
                "INSERT INTO scans (package_id, package_number, item_id, kind, code, at)"
                " VALUES (?, ?, ?, 'confirm', ?, ?)",
                (package_id, package_number, item_id, code, self._now()),
            )

    def record_undo(self, package_id: int, item_id: int) -> None:
        """The confirmation of `item_id` undone."""
        with self._db() as conn:
            conn.execute(
                "INSERT INTO scans (package_id, item_id, kind, at) VALUES (?, ?, 'undo', ?)",
                (package_id, item_id, self._now()),
            )

    def record_reset(self, package_id: int) -> None:
        """Every confirmation of the package undone (start over)."""
        with self._db() as conn:
            conn.execute(
                "INSERT INTO scans (package_id, kind, at) VALUES (?, 'reset', ?)",
                (package_id, self._now()),
            )

    def confirmed_items(self, package_id: int) -> list[int]:
        """The package's confirmed item ids, in confirmation order, replayed from its open
        entries: a confirm adds the item (once: an item is one unit), an undo removes it,
        a reset clears them all. [] after :meth:`close_package`."""
        with self._db() as conn:
            rows = conn.execute(
                "SELECT kind, item_id FROM scans"
                " WHERE package_id = ? AND closed_at IS NULL ORDER BY id",
                (package_id,),
            ).fetchall()
        return list(_replay(rows))

    def open_packages(self) -> list[OpenPackage]:
        """Packages that still have confirmations (not closed), latest activity first."""
        with self._db() as conn:
            rows = conn.execute(
                "SELECT package_id, kind, item_id, package_number, at FROM scans"
                " WHERE closed_at IS NULL ORDER BY id"
            ).fetchall()
        entries: dict[int, list[tuple[str, int | None]]] = {}
        numbers: dict[int, str] = {}
        last: dict[int, str] = {}
        for package_id, kind, item_id, number, at in rows:
            entries.setdefault(package_id, []).append((kind, item_id))
            if number is not None:
                numbers[package_id] = number
            last[package_id] = max(at, last.get(package_id, at))
        found = [
            OpenPackage(package_id, numbers.get(package_id), count, _parse(last[package_id]))
            for package_id, package_entries in entries.items()
            if (count := len(_replay(package_entries)))
        ]
        found.sort(key=lambda p: p.last_at, reverse=True)
        return found

    def close_package(self, package_id: int, reason: str) -> None:
        """Close the package's open entries ('packed', 'refused', 'out_of_stock', 'gone', ...)
        and record a 'closed' event with `reason`."""
        if not reason:
            raise ValueError("a reason is required")
        now = self._now()
        with self._transaction() as conn:
            conn.execute(
                "UPDATE scans SET closed_at = ? WHERE package_id = ? AND closed_at IS NULL",
                (now, package_id),
            )
            conn.execute(
                "INSERT INTO events (package_id, kind, detail, at) VALUES (?, 'closed', ?, ?)",
                (package_id, reason, now),
            )

    # --- events -------------------------------------------------------------------------

    def record_opened(self, package_id: int) -> None:
        """The package was opened on the bench."""
        self._event(package_id, "opened", None)

    def record_error(self, package_id: int | None, kind: str) -> None:
        """A wrong, unknown or over-scan (`kind`, e.g. 'unknown_code'), for the figures."""
        self._event(package_id, "error", kind)

    def _event(self, package_id: int | None, kind: str, detail: str | None) -> None:
        with self._db() as conn:
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
        Call it before sending. `input_parameters` must be JSON-serialisable."""
        parameters = json.dumps(dict(input_parameters or {}), ensure_ascii=False)
        with self._db() as conn:
            cursor = conn.execute(
                "INSERT INTO commands (package_id, command, transition_id, input_parameters,"
                " started_at) VALUES (?, ?, ?, ?, ?)",
                (package_id, command_name, transition_id, parameters, self._now()),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def command_finished(
        self,
        command_id: int,
        outcome: CommandOutcome | str,
        status_code: int | None = None,
        message: str | None = None,
    ) -> None:
        """Record how the command ended. Raises LookupError for an unknown id and
        ValueError for an unknown outcome or a command already finished."""
        outcome = CommandOutcome(outcome)
        with self._db() as conn:
            cursor = conn.execute(
                "UPDATE commands SET finished_at = ?, outcome = ?, status_code = ?, message = ?"
                " WHERE id = ? AND finished_at IS NULL",
                (self._now(), outcome.value, status_code, message, command_id),
            )
            if cursor.rowcount == 0:
                exists = conn.execute(
                    "SELECT 1 FROM commands WHERE id = ?", (command_id,)
                ).fetchone()
                if exists:
                    raise ValueError(f"command {command_id} is already finished")
                raise LookupError(f"no command {command_id} in the journal")

    def unfinished_commands(self, package_id: int | None = None) -> list[CommandRecord]:
        """Commands started and never finished (the app died while they were in flight),
        oldest first. Re-read the package to reconcile them before sending anything again."""
        query = f"SELECT {_COMMAND_COLUMNS} FROM commands WHERE finished_at IS NULL"
        args: tuple[Any, ...] = ()
        if package_id is not None:
            query += " AND package_id = ?"
            args = (package_id,)
        with self._db() as conn:
            rows = conn.execute(query + " ORDER BY id", args).fetchall()
        return [_command(row) for row in rows]

    def commands(self, package_id: int) -> list[CommandRecord]:
        """Every command recorded for the package, oldest first."""
        with self._db() as conn:
            rows = conn.execute(
                f"SELECT {_COMMAND_COLUMNS} FROM commands WHERE package_id = ? ORDER BY id",
                (package_id,),
            ).fetchall()
        return [_command(row) for row in rows]

    # --- figures and housekeeping --------------------------------------------------------

    def figures(self, day: date | None = None, tz: tzinfo | None = None) -> Figures:
        """Figures for one day in time zone `tz` (None: the computer's local time zone);
        `day` None means today by the journal's clock."""
        if day is None:
            now = self._clock()
            now = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
            day = now.astimezone(tz).date()
        start, end = (_stamp(_day_start(d, tz)) for d in (day, day + timedelta(days=1)))
        with self._db() as conn:
            items = conn.execute(
                "SELECT count(*) FROM scans WHERE kind = 'confirm' AND at >= ? AND at < ?",
                (start, end),
            ).fetchone()[0]
            errors = conn.execute(
                "SELECT count(*) FROM events WHERE kind = 'error' AND at >= ? AND at < ?",
                (start, end),
            ).fetchone()[0]
            packed = conn.execute(
                "SELECT package_id, at FROM events WHERE kind = 'closed' AND detail = ?"
                " AND at >= ? AND at < ? ORDER BY id",
                (CLOSE_REASON_PACKED, start, end),
            ).fetchall()
            durations = []
            for package_id, closed_at in packed:
                # This round of the package starts after its previous close today, if any.
                since = conn.execute(
                    "SELECT max(at) FROM events WHERE package_id = ? AND kind = 'closed'"
                    " AND at >= ? AND at < ?",
                    (package_id, start, closed_at),
                ).fetchone()[0] or start
                began = conn.execute(
                    "SELECT min(at) FROM ("
                    " SELECT at FROM events WHERE package_id = ?1 AND kind = 'opened'"
                    "  AND at >= ?2 AND at <= ?3"
                    " UNION ALL"
                    " SELECT at FROM scans WHERE package_id = ?1 AND kind = 'confirm'"
                    "  AND at >= ?2 AND at <= ?3)",
                    (package_id, since, closed_at),
                ).fetchone()[0]
                if began is not None:
                    durations.append((_parse(closed_at) - _parse(began)).total_seconds())
        return Figures(
            packages_packed=len({package_id for package_id, _ in packed}),
            items_scanned=items,
            errors=errors,
            median_seconds_per_package=statistics.median(durations) if durations else None,
        )

    def prune(self, older_than_days: int = 30) -> int:
        """Delete closed scan entries, events and finished commands older than
        `older_than_days`; open entries and unfinished commands are always kept.
        Returns the number of rows deleted."""
        cutoff = _stamp(self._clock() - timedelta(days=older_than_days))
        with self._transaction() as conn:
            deleted = conn.execute(
                "DELETE FROM scans WHERE closed_at IS NOT NULL AND closed_at < ?", (cutoff,)
            ).rowcount
            deleted += conn.execute("DELETE FROM events WHERE at < ?", (cutoff,)).rowcount
            deleted += conn.execute(
                "DELETE FROM commands WHERE finished_at IS NOT NULL AND finished_at < ?",
                (cutoff,),
            ).rowcount
        if deleted:
            with self._db() as conn:
                conn.execute("PRAGMA incremental_vacuum")
        return deleted

    def pragma(self, name: str) -> Any:
        """The value of a SQLite pragma (e.g. 'journal_mode', 'synchronous'), for checks."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._db() as conn:
            row = conn.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]


# --- module helpers -------------------------------------------------------------------------

_COMMAND_COLUMNS = (
    "id, package_id, command, transition_id, input_parameters, started_at, finished_at,"
    " outcome, status_code, message"
)


def _command(row: tuple[Any, ...]) -> CommandRecord:
    id_, package_id, command, transition_id, parameters, started, finished, outcome, code, message = row
    return CommandRecord(
        id=id_,
        package_id=package_id,
        command=command,
        transition_id=transition_id,
        input_parameters=json.loads(parameters),
        started_at=_parse(started),
        finished_at=_parse(finished) if finished else None,
        outcome=CommandOutcome(outcome) if outcome else None,
        status_code=code,
        message=message,
    )


def _replay(entries: Iterable[tuple[str, int | None]]) -> dict[int, None]:
    """Confirmed item ids (insertion-ordered dict keys) after replaying (kind, item_id)."""
    confirmed: dict[int, None] = {}
    for kind, item_id in entries:
        if kind == "confirm":
            confirmed.setdefault(item_id, None)
        elif kind == "undo":
            confirmed.pop(item_id, None)
        elif kind == "reset":
            confirmed.clear()
    return confirmed


def _stamp(moment: datetime) -> str:
    """Fixed-width UTC text: text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _day_start(day: date, tz: tzinfo | None) -> datetime:
    if tz is None:
        return datetime.combine(day, time.min).astimezone()  # the computer's local zone
    return datetime.combine(day, time.min, tzinfo=tz)


# SQLite primary result codes, in plain words.
_PLAIN_WORDS = {
    3: "permission denied",  # SQLITE_PERM
    5: "another program, perhaps another copy of the app, is using it",  # SQLITE_BUSY
    6: "another program, perhaps another copy of the app, is using it",  # SQLITE_LOCKED
    8: "the file or its folder is read-only",  # SQLITE_READONLY
    10: "the disk reported an error",  # SQLITE_IOERR
    13: "the disk is full",  # SQLITE_FULL
    14: "the file or its folder cannot be written",  # SQLITE_CANTOPEN
}


def _plain(exc: sqlite3.Error) -> str:
    words = _PLAIN_WORDS.get(getattr(exc, "sqlite_errorcode", 0) & 0xFF)
    return f"{words} ({exc})" if words else str(exc)


def _open_error(exc: sqlite3.Error, where: str) -> JournalError:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return JournalCorrupt(f"The journal {where} is damaged or is not a journal ({exc}).")
    return JournalError(f"The journal {where} cannot be opened: {_plain(exc)}.")


def _write_error(exc: sqlite3.Error, path: Path | None) -> JournalError:
    where = "in memory" if path is None else f"at {path}"
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return JournalCorrupt(f"The journal {where} is damaged ({exc}).")
    return JournalError(f"The journal {where} could not be written or read: {_plain(exc)}.")

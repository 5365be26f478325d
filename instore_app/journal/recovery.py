"""The journal's file and its health: opening it, noticing every failure, and recovering.

A write either commits durably or raises :class:`JournalError`. The first failure (disk
full, read-only, the file deleted or replaced, a disk error) makes the journal unhealthy:
``healthy`` is False, ``problem`` says why in words, and every later write raises at once
(nothing is queued to be written later: a write that failed was never reported as written).
:meth:`JournalFile.recover` re-opens the file, creating it again (and its folder) when it
was deleted, writes back the :class:`Mirror` (every open confirmation and unsettled command
that was reported as written) and makes a probe write; only when that commits is the
journal healthy again.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from .connection import (
    FileIdentity,
    close_quietly,
    identity,
    make_folder,
    move_aside,
    move_orphans_aside,
    open_connection,
)
from .errors import JournalCorrupt, JournalError, is_misuse, os_words, write_error
from .lock import JournalLock
from .mirror import Mirror
from .records import default_path, stamp, utc_now
from .schema import SCHEMA_VERSION

__all__ = ["JournalFile"]

log = logging.getLogger(__name__)

#: How long closes stay in memory for "Packed here today" (two days cover any time zone).
RECENT_CLOSES = timedelta(days=2)


class JournalFile:
    """The connection, the lock, the mirror and the health of one journal."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        synchronous: str = "FULL",
        _open: bool = True,
    ) -> None:
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError(f"synchronous must be 'FULL' or 'NORMAL', not {synchronous!r}")
        self._clock = clock
        self._synchronous = synchronous
        in_memory = path is not None and str(path) == ":memory:"
        self.path: Path | None = None if in_memory else Path(path or default_path())
        self._lock = None if self.path is None else JournalLock(self.path)
        self._conn: sqlite3.Connection | None = None
        self._path_text = None if self.path is None else str(self.path)
        self._identity: FileIdentity | None = None
        self._ctime_ns = -1
        self._mirror = Mirror()
        self._loaded = False  # the mirror holds the file's contents
        self._problem: str | None = None
        self._closed = False
        if _open:
            self._start(move_corrupt=False)

    def _start(self, *, move_corrupt: bool) -> None:
        """Take the lock and open the file (moving a damaged one aside if asked); on any
        failure the lock is dropped again and the error raised."""
        if self.path is not None:
            make_folder(self.path)
        if self._lock is not None:
            self._lock.acquire()
        try:
            try:
                conn = open_connection(self.path, self._synchronous)
            except JournalCorrupt as exc:
                if not move_corrupt or self.path is None:
                    raise
                aside = self._move_corrupt_aside(self.path, exc)
                log.warning("%s Moved it to %s and started a new journal.", exc, aside)
                conn = open_connection(self.path, self._synchronous)
            self._connect(conn)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    # --- health -------------------------------------------------------------------------

    @property
    def healthy(self) -> bool:
        """True while writes reach the disk (not closed, no failure since the last recovery)."""
        return not self._closed and self._problem is None and self._conn is not None

    @property
    def problem(self) -> str | None:
        """Why the journal cannot be written, in words; None while healthy."""
        if self._closed:
            return "The journal is closed."
        return self._problem

    @property
    def lock_path(self) -> Path | None:
        """The lock file (None for a journal in memory)."""
        return None if self._lock is None else self._lock.path

    def recover(self) -> bool:
        """Try to make the journal writable again (call it every few seconds while it is
        not healthy): re-open the file, creating it and its folder if they were deleted,
        write back every open confirmation and unsettled command held in memory, and make
        a probe write. True (and `problem` cleared) only when that write committed."""
        if self._closed:
            return False
        if self.healthy:
            return True
        try:
            self._reopen()
        except JournalError as exc:
            self._problem = str(exc)
            log.warning("the journal is still not writable: %s", exc)
            return False
        log.info("the journal %s is writable again", self.path or "in memory")
        self._problem = None
        return True

    def _fail(self, message: str) -> JournalError:
        """Become unhealthy because of `message`; the error to raise."""
        if self._problem is None:
            log.error("the journal failed: %s", message)
        self._problem = message
        return JournalError(message)

    def _failure(self, exc: sqlite3.Error) -> JournalError:
        if is_misuse(exc):  # the caller's mistake: the disk is fine
            return JournalError(f"The journal was used wrongly: {exc}.")
        return self._fail(str(write_error(exc, self.path)))

    # --- opening and re-opening ------------------------------------------------------

    def _connect(self, conn: sqlite3.Connection) -> None:
        if not self._loaded:
            try:
                self._mirror.load(conn, self._closes_since())
            except sqlite3.Error as exc:
                close_quietly(conn)
                raise write_error(exc, self.path) from exc
            self._loaded = True
        self._conn = conn
        self._identity = None if self.path is None else identity(self.path)
        self._ctime_ns = -1  # the next write checks that the file can be written

    def _reopen(self) -> None:
        old, self._conn = self._conn, None
        close_quietly(old)  # a deleted file's connection still checkpoints into it
        path = self.path
        if path is not None:
            make_folder(path)
            if self._lock is not None and not self._lock.still_in_place():
                self._lock.release()  # the lock file went with its folder: take a new one
                self._lock.acquire()
            if self._identity is not None and identity(path) != self._identity:
                move_orphans_aside(path, self._clock())
        try:
            conn = open_connection(path, self._synchronous)
        except JournalCorrupt as exc:
            assert path is not None  # a journal in memory is never damaged on disk
            aside = self._move_corrupt_aside(path, exc)
            log.warning("%s Moved it to %s and started a new journal.", exc, aside)
            conn = open_connection(path, self._synchronous)
        if path is not None:
            self._identity = identity(path)  # ours now: its -wal is never taken for an orphan
        try:
            if not self._loaded:
                self._mirror.load(conn, self._closes_since())
                self._loaded = True
            now = self._now()
            conn.execute("BEGIN IMMEDIATE")
            restored = self._mirror.restore(conn, now, self._closes_since())
            conn.execute("INSERT OR REPLACE INTO probe (id, at) VALUES (1, ?)", (now,))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            close_quietly(conn)
            raise write_error(exc, path) from exc
        if restored:
            log.warning("the journal %s: wrote back %d entries held in memory", path, restored)
        self._connect(conn)

    def _load_read_only(self) -> None:
        """Fill the memory from a file that cannot be opened for writing (read-only, say),
        so the bench still sees what is saved while the journal waits to recover."""
        if self.path is None or self._loaded or not self.path.is_file():
            return
        try:
            conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            log.warning("the journal %s cannot even be read: %s", self.path, exc)
            return
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                self._mirror.load(conn, self._closes_since())
                self._loaded = True
        except sqlite3.Error as exc:
            log.warning("the journal %s cannot even be read: %s", self.path, exc)
        finally:
            close_quietly(conn)

    def _move_corrupt_aside(self, path: Path, exc: JournalError) -> Path:
        try:
            return move_aside(path, "corrupt", self._clock())
        except OSError as move_exc:
            raise JournalError(f"{exc} It could not be moved aside ({os_words(move_exc)}).") from move_exc

    def close(self) -> None:
        """Close the database and drop the lock (idempotent). Every write is already on
        disk; a journal that is not healthy first tries once to recover, so that what it
        holds in memory reaches a file."""
        if self._closed:
            return
        if self._problem is not None and not self.recover():
            log.error("the journal closes without recovering: %s", self._problem)
        conn, self._conn = self._conn, None
        self._closed = True
        close_quietly(conn, optimize=True)
        if self._lock is not None:
            self._lock.release()

    # --- access -------------------------------------------------------------------------

    def _writable(self) -> sqlite3.Connection:
        """The connection, if a write may be tried now; else JournalError."""
        if self._closed:
            raise JournalError("The journal is closed.")
        if self._problem is not None or self._conn is None:
            raise JournalError(self._problem or "The journal is not open.")
        if self._path_text is not None:
            self._check_file(self._path_text)
        return self._conn

    def _check_file(self, path: str) -> None:
        """Raise (and turn unhealthy) if the file at `path` is no longer the one open, or
        can no longer be written. One stat() per write; the costlier access() only when
        the file's status changed (chmod, chattr and checkpoints change its ctime)."""
        try:
            info = os.stat(path)
        except OSError:
            raise self._fail(f"The journal file {path} was deleted while the app was running.") from None
        if (info.st_dev, info.st_ino) != self._identity:
            raise self._fail(
                f"The journal file {path} was replaced by another file while the app was running."
            )
        if info.st_ctime_ns != self._ctime_ns:
            if not os.access(path, os.W_OK):
                raise self._fail(f"The journal at {path} cannot be written: the file is read-only.")
            self._ctime_ns = info.st_ctime_ns

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The connection for one write; sqlite3 errors become JournalError (and, unless
        they are the caller's mistake, make the journal unhealthy)."""
        conn = self._writable()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise self._failure(exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._writing() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error as exc:
                        log.warning("the journal could not roll back: %s", exc)
                raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        if self._closed:
            raise JournalError("The journal is closed.")
        if self._conn is None:
            raise JournalError(self._problem or "The journal is not open.")
        try:
            yield self._conn
        except sqlite3.Error as exc:
            raise self._failure(exc) from exc

    @property
    def _from_mirror(self) -> bool:
        """Reads of open entries come from memory while the file is not trusted."""
        return not self._closed and self._problem is not None

    def _now(self) -> str:
        return stamp(self._clock())

    def _closes_since(self) -> str:
        return stamp(self._clock() - RECENT_CLOSES)

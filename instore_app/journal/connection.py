"""Opening the journal's SQLite file: pragmas, integrity check, migrations, a write check;
and moving a damaged file (or the leftovers of a deleted one) aside."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

from .errors import JournalCorrupt, JournalError, open_error, os_words, where
from .schema import migrate

__all__ = ["BUSY_TIMEOUT_MS", "FileIdentity", "identity", "move_aside", "open_connection"]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 2000
SIDECARS = ("-wal", "-shm")

#: (st_dev, st_ino) of a file: tells whether the file at a path is still the one opened.
FileIdentity = tuple[int, int]


def identity(path: Path) -> FileIdentity | None:
    """The identity of the file at `path`, None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalError(
            f"The journal cannot be created: the folder {path.parent} "
            f"cannot be made ({exc.strerror or exc})."
        ) from exc
    if path.is_dir():
        raise JournalError(f"The journal cannot be opened: {path} is a folder.")


def open_connection(path: Path | None, synchronous: str) -> sqlite3.Connection:
    """A connection to the journal at `path` (None: in memory), checked and migrated.

    Raises JournalCorrupt for a damaged file, JournalError for anything else (in words)."""
    place = where(path)
    if path is not None:
        make_folder(path)
    try:
        conn = sqlite3.connect(
            ":memory:" if path is None else str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        raise open_error(exc, place) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Fails with "file is not a database" on garbage; must precede any table.
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if path is not None and str(mode).lower() != "wal":
            log.warning("the journal %s is in %s mode, not WAL", path, mode)
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        # macOS: fsync() alone does not flush the drive's cache; F_FULLFSYNC does.
        if synchronous == "FULL" and sys.platform == "darwin":
            conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise JournalCorrupt(
                f"The journal {place} is damaged ({'; '.join(str(r[0]) for r in check[:3])})."
            )
        migrate(conn, place)
        check_writable(conn, path)
    except JournalError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise open_error(exc, place) from exc
    return conn


def check_writable(conn: sqlite3.Connection, path: Path | None) -> None:
    """Fail now, not at the first scan, if the file can only be read (a read-only file in
    a writable folder opens fine): a write that is rolled back, nothing reaches disk."""
    if path is not None and not os.access(path, os.W_OK):
        # Catches what SQLite may not see yet: chattr +i, a read-only mount (even for root).
        raise JournalError(f"The journal at {path} cannot be opened: the file is read-only.")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        conn.execute("ROLLBACK")


def close_quietly(conn: sqlite3.Connection | None, *, optimize: bool = False) -> None:
    if conn is None:
        return
    try:
        if optimize:
            conn.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass
    try:
        conn.close()
    except sqlite3.Error as exc:
        log.warning("closing the journal: %s", exc)


def move_aside(path: Path, label: str, moment: datetime) -> Path:
    """Rename `path` (if present) and its -wal/-shm files to ``<name>.<label>-<stamp>``.
    Raises OSError when a rename fails."""
    stamp = moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    if path.exists():
        path.rename(aside)
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.rename(aside.with_name(aside.name + suffix))
    return aside


def move_orphans_aside(path: Path, moment: datetime) -> None:
    """The journal file that was open is gone (deleted, or replaced by another file), but
    its -wal/-shm may remain at the path: they belong to the file that was open, and SQLite
    would read them into whatever file is there now. Move them out of the way (kept, not
    deleted)."""
    sidecars = [path.with_name(path.name + s) for s in SIDECARS]
    if not any(sidecar.exists() for sidecar in sidecars):
        return
    stamp = moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    try:
        for sidecar in sidecars:
            if sidecar.exists():
                sidecar.rename(sidecar.with_name(f"{path.name}.orphan-{stamp}{sidecar.name[len(path.name):]}"))
    except OSError as exc:
        raise JournalError(
            f"The journal at {path} was deleted or replaced, and what the old file left "
            f"behind cannot be moved aside: {os_words(exc)}."
        ) from exc
    log.warning("the journal %s was deleted or replaced; moved its old -wal/-shm files to %s.orphan-%s-*",
                path, path.name, stamp)

"""The journal's errors, and SQLite's and the operating system's failures in plain words."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

__all__ = ["JournalCorrupt", "JournalError", "JournalInvalid", "JournalLocked"]


class JournalError(Exception):
    """The journal cannot be opened or written; the message says why in plain words."""


class JournalCorrupt(JournalError):
    """The journal file is damaged or is not a journal at all."""


class JournalLocked(JournalError):
    """Another copy of the app (on this PC) has the journal open."""


class JournalInvalid(JournalError, ValueError):
    """A value given to the journal cannot be stored (an id out of range...): a bug or a
    wild value from outside, never a failing disk. The journal stays healthy."""


# SQLite primary result codes that mean "this file is damaged / not a database".
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26

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

_OS_WORDS = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "it does not exist",
    errno.EIO: "the disk reported an error",
    errno.ENOTDIR: "a file stands where a folder should be",
    errno.EDQUOT: "the disk quota is used up",
}


def primary_code(exc: sqlite3.Error) -> int:
    """SQLite's primary result code of `exc` (0 when unknown)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def plain(exc: sqlite3.Error) -> str:
    words = _PLAIN_WORDS.get(primary_code(exc))
    return f"{words} ({exc})" if words else str(exc)


def os_words(exc: OSError) -> str:
    words = _OS_WORDS.get(exc.errno or 0)
    detail = exc.strerror or str(exc)
    return f"{words} ({detail})" if words else detail


def where(path: Path | None) -> str:
    return "in memory" if path is None else f"at {path}"


def open_error(exc: sqlite3.Error, place: str) -> JournalError:
    if primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return JournalCorrupt(f"The journal {place} is damaged or is not a journal ({exc}).")
    return JournalError(f"The journal {place} cannot be opened: {plain(exc)}.")


def write_error(exc: sqlite3.Error, path: Path | None) -> JournalError:
    place = where(path)
    if primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return JournalCorrupt(f"The journal {place} is damaged ({exc}).")
    return JournalError(f"The journal {place} could not be written or read: {plain(exc)}.")


def is_misuse(exc: sqlite3.Error) -> bool:
    """A mistake of the caller (wrong thread, a constraint, a bad parameter), not the disk."""
    return isinstance(exc, (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.IntegrityError))

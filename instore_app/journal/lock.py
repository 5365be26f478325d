"""One station per journal: an exclusive lock on ``<journal>.lock`` beside the journal.

POSIX: ``fcntl.flock`` on the sidecar file; Windows: ``msvcrt.locking`` on its first byte.
The operating system drops the lock when the process ends, however it ends (kill -9, a
crash, a power cut), so a lock is never stale. The holder writes its process id into the
file, which only serves the message the second copy shows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import JournalError, JournalLocked, os_words

__all__ = ["JournalLock", "lock_path"]

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".lock")


class JournalLock:
    """The lock of one journal file, held from :meth:`acquire` to :meth:`release`."""

    def __init__(self, journal_path: Path) -> None:
        self._journal_path = journal_path
        self.path = lock_path(journal_path)
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise JournalLocked (another copy holds it) or JournalError
        (the lock file cannot be made). Taking a lock already held is a no-op."""
        if self._fd is not None:
            return
        try:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError:
                # Made by another user: a lock needs no write access to its file.
                fd = os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            raise JournalError(
                f"The journal at {self._journal_path} cannot be opened: its lock file "
                f"{self.path} cannot be written: {os_words(exc)}."
            ) from exc
        try:
            if not _try_lock(fd):
                holder = _read_holder(self.path)
                raise JournalLocked(
                    "The packing station is already running on this PC "
                    f"({holder}it holds {self.path}). Use the window that is open, "
                    "or close it before starting the station again."
                )
            self._write_pid(fd)
            info = os.fstat(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd, self._identity = fd, (info.st_dev, info.st_ino)

    def still_in_place(self) -> bool:
        """True while the lock file at `path` is the one locked (not deleted or replaced)."""
        if self._identity is None:
            return False
        try:
            info = os.stat(self.path)
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == self._identity

    def release(self) -> None:
        """Drop the lock (idempotent). The file stays: removing it would race a new holder."""
        fd, self._fd, self._identity = self._fd, None, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the descriptor below drops it anyway
        finally:
            os.close(fd)

    def __del__(self) -> None:
        # A journal dropped without close() (a test, a crash path) must not keep the lock.
        fd = getattr(self, "_fd", None)
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass

    @staticmethod
    def _write_pid(fd: int) -> None:
        try:
            os.ftruncate(fd, 0)
            # Past the locked byte on Windows: the byte itself cannot be read by others.
            os.lseek(fd, 0 if sys.platform != "win32" else 1, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the pid only serves the message of a second copy


def _read_holder(path: Path) -> str:
    """"process 1234, " from the lock file, or "" when it cannot be read."""
    try:
        text = path.read_bytes()[:64].decode("ascii", "replace").strip("\x00 \n")
    except OSError:
        return ""
    return f"process {text}, " if text.isdigit() else ""

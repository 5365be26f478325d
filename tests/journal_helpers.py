"""Helpers shared by the journal's tests: a settable clock, a child process, and an injected
failing disk (a sqlite3 connection wrapper that raises SQLite's own errors)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from instore_app.journal import connection as connection_module

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)

# SQLite primary result codes with their messages, as SQLite raises them.
SQLITE_FULL = (13, "SQLITE_FULL", "database or disk is full")
SQLITE_READONLY = (8, "SQLITE_READONLY", "attempt to write a readonly database")
SQLITE_IOERR = (10, "SQLITE_IOERR", "disk I/O error")


class Clock:
    """A settable clock for the journal."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def run_child(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def sqlite_error(code: tuple[int, str, str]) -> sqlite3.OperationalError:
    number, name, message = code
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = number  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")


class Disk:
    """An injected disk for every journal opened while the fixture is active. While
    `failing` holds an error, each statement that writes raises it (before it runs, or,
    with `after=True`, after it ran: the write landed but the caller is told it failed)."""

    def __init__(self) -> None:
        self.failing: tuple[int, str, str] | None = None
        self.after = False

    def fail(self, code: tuple[int, str, str], *, after: bool = False) -> None:
        self.failing, self.after = code, after

    def heal(self) -> None:
        self.failing = None


class FlakyConnection:
    """A sqlite3.Connection whose writes fail while its Disk says so."""

    def __init__(self, real: sqlite3.Connection, disk: Disk) -> None:
        self._real = real
        self._disk = disk

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        failing = self._disk.failing
        writes = failing is not None and sql.lstrip().upper().startswith(_WRITES)
        if writes and not self._disk.after:
            raise sqlite_error(failing)  # type: ignore[arg-type]
        cursor = self._real.execute(sql, parameters)
        if writes:
            raise sqlite_error(failing)  # type: ignore[arg-type]
        return cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    """Journals opened from now on write through a :class:`Disk` that can be made to fail."""
    disk = Disk()
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        return FlakyConnection(real_connect(*args, **kwargs), disk)

    monkeypatch.setattr(connection_module.sqlite3, "connect", connect)
    yield disk

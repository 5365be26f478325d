"""What the journal hands out (plain frozen records), its time stamps and its value checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from .errors import JournalInvalid

__all__ = [
    "APP_NAME",
    "CLOSE_REASON_PACKED",
    "FILE_NAME",
    "CommandOutcome",
    "CommandRecord",
    "Figures",
    "FinishedPackage",
    "OpenPackage",
    "default_path",
]

APP_NAME = "instore-app"
FILE_NAME = "journal.sqlite3"
CLOSE_REASON_PACKED = "packed"

# SQLite's INTEGER is a signed 64-bit number.
SQLITE_INTEGER_MIN = -(2**63)
SQLITE_INTEGER_MAX = 2**63 - 1


class CommandOutcome(StrEnum):
    """How a command sent to the OMS ended: it took effect, it did not, or nobody knows yet
    (sent, but the answer was lost). An UNKNOWN record is resolved later, once a re-read of
    the package shows whether it took effect (:meth:`Journal.command_finished` again)."""

    APPLIED = "applied"
    NOT_APPLIED = "not_applied"
    UNKNOWN = "unknown"


#: Outcomes that end a command for good (an UNKNOWN one still waits to be resolved).
FINAL_OUTCOMES = frozenset({CommandOutcome.APPLIED, CommandOutcome.NOT_APPLIED})


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
    finished_at: datetime | None  # when its first outcome was recorded
    outcome: CommandOutcome | None  # None while in flight (or if the app died meanwhile)
    status_code: int | None
    message: str | None
    resolved_at: datetime | None = None  # when an UNKNOWN outcome was resolved

    @property
    def finished(self) -> bool:
        """An outcome was recorded (perhaps UNKNOWN)."""
        return self.finished_at is not None

    @property
    def resolved(self) -> bool:
        """The outcome is APPLIED or NOT_APPLIED: nothing is left to find out."""
        return self.outcome in FINAL_OUTCOMES


@dataclass(frozen=True, slots=True)
class Figures:
    """'Today at this station', for one local day."""

    packages_packed: int
    items_scanned: int
    errors: int
    median_seconds_per_package: float | None


@dataclass(frozen=True, slots=True)
class FinishedPackage:
    """A package this station closed: packed, refused, out of stock, gone..."""

    package_id: int
    package_number: str | None
    reason: str  # "packed", "refused", "out_of_stock", "gone", ...
    at: datetime  # when it was closed (UTC)


def default_path() -> Path:
    """``<user data dir of instore-app>/journal.sqlite3`` (the folder is not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


# --- time -----------------------------------------------------------------------------------


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """Fixed-width UTC text: text order is time order. A naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    """The day of `moment` in `tz` (None: the computer's local time zone)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone(tz).date()


def day_bounds(day: date, tz: tzinfo | None) -> tuple[str, str]:
    """Stamps of the start of `day` and of the next day in `tz` (None: local time)."""
    return stamp(_day_start(day, tz)), stamp(_day_start(day + timedelta(days=1), tz))


def _day_start(day: date, tz: tzinfo | None) -> datetime:
    if tz is None:
        return datetime.combine(day, time.min).astimezone()  # the computer's local zone
    return datetime.combine(day, time.min, tzinfo=tz)


# --- checks ---------------------------------------------------------------------------------


def check_id(what: str, value: object) -> int:
    """`value` if it is a whole number SQLite's INTEGER can hold; else JournalInvalid."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise JournalInvalid(f"The {what} {value!r} cannot be journalled: it is not a whole number.")
    if not SQLITE_INTEGER_MIN <= value <= SQLITE_INTEGER_MAX:
        raise JournalInvalid(
            f"The {what} {value} cannot be journalled: it is out of range (the journal "
            f"holds whole numbers from {SQLITE_INTEGER_MIN} to {SQLITE_INTEGER_MAX})."
        )
    return value


def check_optional_id(what: str, value: object) -> int | None:
    return None if value is None else check_id(what, value)

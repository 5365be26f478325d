"""Housekeeping: old closed entries, events and settled commands are deleted."""

from __future__ import annotations

import sqlite3

__all__ = ["prune_before"]


def prune_before(conn: sqlite3.Connection, cutoff: str) -> int:
    """Delete, inside the caller's transaction, closed scan entries, events and settled
    commands older than the stamp `cutoff`. Open entries and commands whose outcome is not
    settled (in flight or UNKNOWN) are always kept. Returns the number of rows deleted."""
    deleted = conn.execute(
        "DELETE FROM scans WHERE closed_at IS NOT NULL AND closed_at < ?", (cutoff,)
    ).rowcount
    deleted += conn.execute("DELETE FROM events WHERE at < ?", (cutoff,)).rowcount
    deleted += conn.execute(
        "DELETE FROM commands WHERE finished_at IS NOT NULL AND outcome != 'unknown'"
        " AND coalesce(resolved_at, finished_at) < ?",
        (cutoff,),
    ).rowcount
    return int(deleted)

"""What this station did on one local day: its figures and the packages it finished."""

from __future__ import annotations

import sqlite3
import statistics
from collections.abc import Iterable

from .records import CLOSE_REASON_PACKED, Figures, FinishedPackage, parse

__all__ = ["CloseRow", "day_figures", "finished_between", "latest_closes"]

#: A 'closed' event: (event id, package_id, package_number, reason, at).
CloseRow = tuple[int, int, str | None, str, str]


def day_figures(conn: sqlite3.Connection, start: str, end: str) -> Figures:
    """Figures for the stamps [start, end): confirmations, wrong scans, packages packed and
    the median time from a package's opening (or first confirmation) to its pack."""
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
            durations.append((parse(closed_at) - parse(began)).total_seconds())
    return Figures(
        packages_packed=len({package_id for package_id, _ in packed}),
        items_scanned=items,
        errors=errors,
        median_seconds_per_package=statistics.median(durations) if durations else None,
    )


def finished_between(conn: sqlite3.Connection, start: str, end: str) -> list[CloseRow]:
    """The 'closed' events in [start, end), in the order they were recorded."""
    return conn.execute(
        "SELECT id, package_id, package_number, detail, at FROM events"
        " WHERE kind = 'closed' AND at >= ? AND at < ? ORDER BY id",
        (start, end),
    ).fetchall()


def latest_closes(rows: Iterable[CloseRow]) -> list[FinishedPackage]:
    """The latest close of each package (rows in recording order), newest first."""
    latest: dict[int, CloseRow] = {}
    for row in rows:
        latest[row[1]] = row
    ordered = sorted(latest.values(), key=lambda r: (r[4], r[0]), reverse=True)
    return [FinishedPackage(package_id, number, reason, parse(at))
            for _, package_id, number, reason, at in ordered]

"""The journal's memory of what must never be lost, kept beside the file.

It holds exactly what was reported as written and still matters: the OPEN scan entries
(confirmations, undos and resets of packages not closed yet), the commands whose outcome is
not settled (in flight, or UNKNOWN), and the closes of the last two days ("Packed here
today"). It is loaded from the file at open and changed only after a write has committed,
so it never holds a write that failed.

When the file has to be re-opened or started anew (it was deleted), :meth:`Mirror.restore`
writes it back: afterwards the file's open entries are exactly the mirror's.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from . import commands as commands_log
from .figures import CloseRow
from .scans import OpenRow

__all__ = ["Mirror", "ScanRow"]

log = logging.getLogger(__name__)

_SCAN_COLUMNS = "id, package_id, package_number, item_id, kind, code, at"


class ScanRow(NamedTuple):
    """One open row of the ``scans`` table (a tuple: cheap to make on every scan)."""

    id: int
    package_id: int
    package_number: str | None
    item_id: int | None
    kind: str
    code: str | None
    at: str


class Mirror:
    """Open scans, unsettled commands and recent closes, in memory."""

    def __init__(self) -> None:
        self.scans: dict[int, list[ScanRow]] = {}  # open entries per package, in id order
        self.commands: dict[int, commands_log.Row] = {}  # unsettled command rows by id
        self.closes: list[CloseRow] = []  # recent 'closed' events, in recording order
        self.top_command_id = 0  # the highest command id ever handed out

    # --- loading and restoring ----------------------------------------------------------

    def load(self, conn: sqlite3.Connection, closes_since: str) -> None:
        """Replace the contents with the file's (at open, when file and memory agree)."""
        self.scans = {}
        for values in conn.execute(
            f"SELECT {_SCAN_COLUMNS} FROM scans WHERE closed_at IS NULL ORDER BY id"
        ):
            self.add_scan(ScanRow(*values))
        query, args = commands_log.select(commands_log.UNRESOLVED, None)
        self.commands = {row[0]: row for row in conn.execute(query, args)}
        self.closes = conn.execute(
            "SELECT id, package_id, package_number, detail, at FROM events"
            " WHERE kind = 'closed' AND at >= ? ORDER BY id",
            (closes_since,),
        ).fetchall()
        top = conn.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'commands'), 0),"
            " coalesce((SELECT max(id) FROM commands), 0))"
        ).fetchone()[0]
        self.top_command_id = max(self.top_command_id, int(top))

    def restore(self, conn: sqlite3.Connection, now: str, closes_since: str) -> int:
        """Make the file hold everything the mirror holds, inside the caller's transaction.
        Returns how many rows had to be written back (0 when the file was intact)."""
        written = 0
        mirrored = {row.id: row for row in self.all_scans()}
        for (id_,) in conn.execute("SELECT id FROM scans WHERE closed_at IS NULL").fetchall():
            if id_ not in mirrored:
                # Open in the file but never reported as written (a write that failed
                # half-way): it must not count as confirmed. Closed, not deleted.
                conn.execute("UPDATE scans SET closed_at = ? WHERE id = ?", (now, id_))
                log.warning("journal: scan entry %d was never reported as written; closed it", id_)
        for row in mirrored.values():
            found = conn.execute(
                f"SELECT {_SCAN_COLUMNS}, closed_at FROM scans WHERE id = ?", (row.id,)
            ).fetchone()
            if found is None or found[:-1] != tuple(row) or found[-1] is not None:
                conn.execute(
                    f"INSERT OR REPLACE INTO scans ({_SCAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    tuple(row),
                )
                written += 1
        for command in self.commands.values():
            found = conn.execute(
                f"SELECT {commands_log.COLUMNS} FROM commands WHERE id = ?", (command[0],)
            ).fetchone()
            if found != command:
                conn.execute(
                    f"INSERT OR REPLACE INTO commands ({commands_log.COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    command,
                )
                written += 1
        # Command ids are never handed out twice, even by a journal started anew.
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'commands'")
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) SELECT 'commands',"
            " max(?, coalesce((SELECT max(id) FROM commands), 0))",
            (self.top_command_id,),
        )
        written += self._restore_closes(conn, closes_since)
        return written

    def _restore_closes(self, conn: sqlite3.Connection, since: str) -> int:
        written = 0
        mirrored = {close[0] for close in self.closes}
        for (id_,) in conn.execute(
            "SELECT id FROM events WHERE kind = 'closed' AND at >= ?", (since,)
        ).fetchall():
            if id_ not in mirrored:  # a close reported as failed: the package is still open
                conn.execute("DELETE FROM events WHERE id = ?", (id_,))
                log.warning("journal: close event %d was never reported as written; removed it", id_)
        for index, (id_, package_id, number, reason, at) in enumerate(self.closes):
            found = conn.execute(
                "SELECT package_id, detail, at FROM events WHERE id = ? AND kind = 'closed'",
                (id_,),
            ).fetchone()
            if found == (package_id, reason, at):
                continue
            taken = found is not None or conn.execute(
                "SELECT 1 FROM events WHERE id = ?", (id_,)
            ).fetchone() is not None
            cursor = conn.execute(
                "INSERT INTO events (id, package_id, kind, detail, at, package_number)"
                " VALUES (?, ?, 'closed', ?, ?, ?)",
                (None if taken else id_, package_id, reason, at, number),
            )
            if taken and cursor.lastrowid is not None:
                self.closes[index] = (cursor.lastrowid, package_id, number, reason, at)
            written += 1
        return written

    # --- changes after a committed write -------------------------------------------------

    def add_scan(self, row: ScanRow) -> None:
        self.scans.setdefault(row.package_id, []).append(row)

    def close_package(self, package_id: int, close: CloseRow, keep_since: str) -> None:
        self.scans.pop(package_id, None)
        self.closes = [c for c in self.closes if c[4] >= keep_since]
        self.closes.append(close)

    def put_command(self, row: commands_log.Row) -> None:
        """A command row as now written: kept while unsettled, dropped once settled."""
        self.top_command_id = max(self.top_command_id, row[0])
        if commands_log.is_unresolved(row):
            self.commands[row[0]] = row
        else:
            self.commands.pop(row[0], None)

    # --- reads (while the file cannot be read) -----------------------------------------

    def all_scans(self) -> Iterator[ScanRow]:
        rows = [row for entries in self.scans.values() for row in entries]
        rows.sort(key=lambda row: row.id)
        return iter(rows)

    def open_rows(self) -> list[OpenRow]:
        return [(r.package_id, r.kind, r.item_id, r.package_number, r.at) for r in self.all_scans()]

    def entries(self, package_id: int) -> list[tuple[str, int | None]]:
        return [(row.kind, row.item_id) for row in self.scans.get(package_id, ())]

    def command_rows(self, package_id: int | None) -> list[commands_log.Row]:
        rows = [row for id_, row in sorted(self.commands.items())
                if package_id is None or row[1] == package_id]
        return rows

    def closes_between(self, start: str, end: str) -> list[CloseRow]:
        return [close for close in self.closes if start <= close[4] < end]

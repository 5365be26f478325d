"""The journal's tables and their migrations.

``MIGRATIONS[n]`` brings a version n-1 database to version n, inside one transaction that
also sets ``user_version = n``. To change the schema, add a function and a key: the
journal's ``SCHEMA_VERSION`` follows.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from .errors import JournalError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]

log = logging.getLogger(__name__)

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

# Version 2: a command ends as applied, not applied or unknown (and an unknown one is
# resolved later); a close keeps the package's number ("Packed here today"); a one-row
# table takes the probe write that proves the journal can be written again.
_COMMANDS_V2 = """
CREATE TABLE commands_v2 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id       INTEGER NOT NULL,
    command          TEXT NOT NULL,
    transition_id    INTEGER,
    input_parameters TEXT NOT NULL DEFAULT '{}',
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    outcome          TEXT CHECK (outcome IN ('applied', 'not_applied', 'unknown')),
    status_code      INTEGER,
    message          TEXT,
    resolved_at      TEXT,
    CHECK ((outcome IS NULL) = (finished_at IS NULL)),
    CHECK (resolved_at IS NULL OR outcome IN ('applied', 'not_applied'))
);
INSERT INTO commands_v2 (id, package_id, command, transition_id, input_parameters,
                         started_at, finished_at, outcome, status_code, message)
SELECT id, package_id, command, transition_id, input_parameters, started_at, finished_at,
       CASE outcome
           WHEN 'applied' THEN 'applied'
           WHEN 'already_applied' THEN 'applied'
           WHEN 'rejected' THEN 'not_applied'
           WHEN 'failed' THEN 'not_applied'
           WHEN 'uncertain' THEN 'unknown'
       END,
       status_code, message
FROM commands;
DROP TABLE commands;
ALTER TABLE commands_v2 RENAME TO commands;
CREATE INDEX commands_package ON commands (package_id, id);
CREATE INDEX commands_unresolved ON commands (id)
    WHERE finished_at IS NULL OR outcome = 'unknown';

ALTER TABLE events ADD COLUMN package_number TEXT;

CREATE TABLE probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at TEXT NOT NULL
);
"""


# Version 3: courier handovers. A handover is one courier at the counter (one carrier); its
# parcels are journalled as they are scanned, each with the ship command it still owes the
# OMS ("pending") until the OMS has it ("shipped") or refused it for good ("failed"). The
# manifest is kept as JSON once the handover is finished. Kept 7 days (pending ones always).
_HANDOVERS_V3 = """
CREATE TABLE handovers (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    cargo_company_id   INTEGER NOT NULL,
    cargo_company_name TEXT NOT NULL,
    stock_location_id  INTEGER NOT NULL,
    store_name         TEXT,
    station            TEXT,
    packer             TEXT,
    started_at         TEXT NOT NULL,
    finished_at        TEXT,
    manifest           TEXT
);
CREATE INDEX handovers_started ON handovers (started_at);

CREATE TABLE handover_parcels (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    handover_id      INTEGER NOT NULL REFERENCES handovers (id) ON DELETE CASCADE,
    package_id       INTEGER NOT NULL,
    package_number   TEXT NOT NULL,
    tracking_number  TEXT,
    item_count       INTEGER NOT NULL,
    command          TEXT NOT NULL,
    input_parameters TEXT NOT NULL DEFAULT '{}',
    scanned_at       TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'shipped', 'failed')),
    message          TEXT,
    settled_at       TEXT,
    UNIQUE (handover_id, package_id),
    CHECK ((status = 'pending') = (settled_at IS NULL))
);
CREATE INDEX handover_parcels_package ON handover_parcels (package_id, id);
CREATE INDEX handover_parcels_pending ON handover_parcels (id) WHERE status = 'pending'
"""


def _run(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    _run(conn, _SCHEMA_V1)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    # Command ids are handed out once (AUTOINCREMENT): the new table continues the old count.
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'commands'").fetchone()
    sequence = int(row[0]) if row else 0
    _run(conn, _COMMANDS_V2)
    top = conn.execute("SELECT coalesce(max(id), 0) FROM commands").fetchone()[0]
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'commands'")
    if max(sequence, top):
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('commands', ?)", (max(sequence, top),)
        )


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    _run(conn, _HANDOVERS_V3)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_to_1,
    2: _migrate_to_2,
    3: _migrate_to_3,
}
SCHEMA_VERSION = max(MIGRATIONS)


def migrate(conn: sqlite3.Connection, place: str) -> None:
    """Bring the database up to the newest version in :data:`MIGRATIONS`, one transaction
    per step. A journal from a newer app raises JournalError (it is not touched)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = max(MIGRATIONS)
    if version > latest:
        raise JournalError(
            f"The journal {place} was written by a newer version of the app "
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
        log.info("journal %s: schema version %d", place, target)

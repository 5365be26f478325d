"""The commands log: rows of the ``commands`` table and the records made from them."""

from __future__ import annotations

import json
from typing import Any

from .records import CommandOutcome, CommandRecord, parse

__all__ = ["COLUMNS", "UNRESOLVED", "record", "select"]

COLUMNS = (
    "id, package_id, command, transition_id, input_parameters, started_at, finished_at,"
    " outcome, status_code, message, resolved_at"
)

#: A command row, in the order of :data:`COLUMNS`.
Row = tuple[Any, ...]

#: SQL condition: never finished (in flight when the app died) or finished UNKNOWN.
UNRESOLVED = "(finished_at IS NULL OR outcome = 'unknown')"


def select(condition: str, package_id: int | None) -> tuple[str, tuple[Any, ...]]:
    """A query of the rows meeting `condition` (of one package unless None), oldest first."""
    query = f"SELECT {COLUMNS} FROM commands WHERE {condition}"
    if package_id is None:
        return query + " ORDER BY id", ()
    return query + " AND package_id = ? ORDER BY id", (package_id,)


def record(row: Row) -> CommandRecord:
    (id_, package_id, command, transition_id, parameters, started, finished, outcome,
     code, message, resolved) = row
    return CommandRecord(
        id=id_,
        package_id=package_id,
        command=command,
        transition_id=transition_id,
        input_parameters=json.loads(parameters),
        started_at=parse(started),
        finished_at=parse(finished) if finished else None,
        outcome=CommandOutcome(outcome) if outcome else None,
        status_code=code,
        message=message,
        resolved_at=parse(resolved) if resolved else None,
    )


def is_unresolved(row: Row) -> bool:
    return row[6] is None or row[7] == CommandOutcome.UNKNOWN.value

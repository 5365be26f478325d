"""Courier handovers in the journal (schema version 3): who took which parcels, and which ship
commands still owe the OMS.

A handover is one courier at the counter for one carrier. Each parcel scanned is written
before the packer is told "handed over", with the command it owes the OMS (``pending``); the
row ends ``shipped`` once the OMS has it, or ``failed`` when the OMS refused it for good (the
parcel still left with the courier: it stays on the manifest). Finishing a handover keeps its
manifest (JSON). Handovers are kept :data:`KEEP_DAYS` days; one with a pending parcel is
never deleted.

These rows are not held in the journal's memory mirror: while the journal cannot be written, a
parcel cannot be journalled, and the handover refuses the scan (the courier waits, or the
parcel stays) rather than hand it over unrecorded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .errors import JournalInvalid
from .records import check_id, parse, stamp
from .recovery import JournalFile

__all__ = ["KEEP_DAYS", "HandoverJournal", "HandoverRecord", "ParcelRecord", "ParcelStatus", "prune_handovers"]

#: How long handovers and their manifests are kept (days).
KEEP_DAYS = 7

_PARCEL_COLUMNS = (
    "id, handover_id, package_id, package_number, tracking_number, item_count, command,"
    " input_parameters, scanned_at, status, message, settled_at"
)
_HANDOVER_COLUMNS = (
    "id, cargo_company_id, cargo_company_name, stock_location_id, store_name, station, packer,"
    " started_at, finished_at, manifest"
)


class ParcelStatus(StrEnum):
    PENDING = "pending"  # handed to the courier; the ship command has not reached the OMS yet
    SHIPPED = "shipped"  # the OMS has it (the command applied, or it was shipped already)
    FAILED = "failed"  # the OMS refused it for good; someone must look at it in the OMS


@dataclass(frozen=True, slots=True)
class ParcelRecord:
    """One package handed to a courier in a handover, and where its ship command stands."""

    id: int
    handover_id: int
    package_id: int
    package_number: str
    tracking_number: str | None
    item_count: int
    command: str
    input_parameters: dict[str, Any]
    scanned_at: datetime
    status: ParcelStatus
    message: str | None
    settled_at: datetime | None


@dataclass(frozen=True, slots=True)
class HandoverRecord:
    """One courier handover: the carrier, the store and station, who handed over, when, and
    its parcels; `manifest` is the manifest (JSON) kept once it is finished."""

    id: int
    cargo_company_id: int
    cargo_company_name: str
    stock_location_id: int
    store_name: str | None
    station: str | None
    packer: str | None
    started_at: datetime
    finished_at: datetime | None
    manifest: dict[str, Any] | None
    parcels: tuple[ParcelRecord, ...]

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def pending(self) -> tuple[ParcelRecord, ...]:
        return tuple(p for p in self.parcels if p.status is ParcelStatus.PENDING)


def _text(what: str, value: object, *, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise JournalInvalid(f"The {what} {value!r} cannot be journalled: it is not text.")
    return value


def _parcel(row: tuple[Any, ...]) -> ParcelRecord:
    (id_, handover, package, number, tracking, items, command, params, scanned, status,
     message, settled) = row
    return ParcelRecord(
        id=id_, handover_id=handover, package_id=package, package_number=number,
        tracking_number=tracking, item_count=items, command=command,
        input_parameters=json.loads(params), scanned_at=parse(scanned),
        status=ParcelStatus(status), message=message,
        settled_at=parse(settled) if settled else None,
    )


def prune_handovers(conn: sqlite3.Connection, cutoff: str) -> int:
    """Delete (inside the caller's transaction) handovers started before `cutoff` that have no
    pending parcel, with their parcels. Returns the number of rows deleted."""
    old = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM handovers WHERE started_at < ? AND NOT EXISTS (SELECT 1 FROM"
            " handover_parcels WHERE handover_id = handovers.id AND status = 'pending')",
            (cutoff,),
        )
    ]
    deleted = 0
    for handover_id in old:
        deleted += conn.execute("DELETE FROM handover_parcels WHERE handover_id = ?", (handover_id,)).rowcount
        deleted += conn.execute("DELETE FROM handovers WHERE id = ?", (handover_id,)).rowcount
    return deleted


class HandoverJournal(JournalFile):
    """The handover part of the journal (the Journal class inherits it)."""

    def handover_started(
        self,
        *,
        cargo_company_id: int,
        cargo_company_name: str,
        stock_location_id: int,
        store_name: str | None = None,
        station: str | None = None,
        packer: str | None = None,
    ) -> int:
        """Record a courier at the counter for one carrier; the handover's id."""
        check_id("cargo company id", cargo_company_id)
        check_id("stock location id", stock_location_id)
        values = (
            cargo_company_id,
            _text("carrier name", cargo_company_name, required=True),
            stock_location_id,
            _text("store name", store_name),
            _text("station name", station),
            _text("packer", packer),
            self._now(),
        )
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO handovers (cargo_company_id, cargo_company_name, stock_location_id,"
                " store_name, station, packer, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def handover_parcel(
        self,
        handover_id: int,
        *,
        package_id: int,
        package_number: str,
        tracking_number: str | None,
        item_count: int,
        command: str,
        input_parameters: Mapping[str, Any],
    ) -> int:
        """Record a parcel handed to the courier, its command pending; the parcel's id. Raises
        JournalInvalid when the parcel is already in this handover (nothing is written)."""
        check_id("handover id", handover_id)
        check_id("package id", package_id)
        check_id("item count", item_count)
        try:
            parameters = json.dumps(dict(input_parameters), ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise JournalInvalid(f"The command's parameters cannot be journalled: {exc}.") from exc
        values = (
            handover_id, package_id, _text("package number", package_number, required=True),
            _text("tracking number", tracking_number), item_count,
            _text("command", command, required=True), parameters, self._now(),
        )
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM handovers WHERE id = ?", (handover_id,)).fetchone() is None:
                raise JournalInvalid(f"There is no handover {handover_id} in the journal.")
            if conn.execute(
                "SELECT 1 FROM handover_parcels WHERE handover_id = ? AND package_id = ?",
                (handover_id, package_id),
            ).fetchone():
                raise JournalInvalid(f"Package {package_number} is already in this handover.")
            cursor = conn.execute(
                "INSERT INTO handover_parcels (handover_id, package_id, package_number,"
                " tracking_number, item_count, command, input_parameters, scanned_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def handover_parcel_settled(self, parcel_id: int, status: ParcelStatus | str, message: str | None = None) -> None:
        """A pending parcel's command is done with: SHIPPED or FAILED (`message` says why).
        A parcel already settled is left as it is (ValueError for PENDING)."""
        status = ParcelStatus(status)
        if status is ParcelStatus.PENDING:
            raise ValueError("a parcel is settled as shipped or failed")
        check_id("parcel id", parcel_id)
        with self._writing() as conn:
            conn.execute(
                "UPDATE handover_parcels SET status = ?, message = ?, settled_at = ?"
                " WHERE id = ? AND status = 'pending'",
                (status.value, _text("message", message), self._now(), parcel_id),
            )

    def handover_finished(self, handover_id: int, manifest: Mapping[str, Any]) -> None:
        """Close the handover and keep its manifest (JSON-serialisable)."""
        check_id("handover id", handover_id)
        try:
            text = json.dumps(dict(manifest), ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise JournalInvalid(f"The manifest cannot be journalled: {exc}.") from exc
        with self._writing() as conn:
            conn.execute(
                "UPDATE handovers SET finished_at = coalesce(finished_at, ?), manifest = ? WHERE id = ?",
                (self._now(), text, handover_id),
            )

    # --- reads --------------------------------------------------------------------------

    def handover(self, handover_id: int) -> HandoverRecord | None:
        found = self._handovers("id = ?", (check_id("handover id", handover_id),))
        return found[0] if found else None

    def handovers(self, days: int = KEEP_DAYS) -> list[HandoverRecord]:
        """The handovers of the last `days` days, newest first (for reprinting manifests)."""
        cutoff = stamp(self._clock() - timedelta(days=days))
        return self._handovers("started_at >= ?", (cutoff,))

    def open_handovers(self) -> list[HandoverRecord]:
        """Handovers not finished (the app stopped at the counter), newest first."""
        return self._handovers("finished_at IS NULL", ())

    def pending_parcels(self) -> list[ParcelRecord]:
        """Every parcel whose ship command has not reached the OMS, oldest first."""
        return self._parcels("status = 'pending'", ())

    def parcels_of_package(self, package_id: int) -> list[ParcelRecord]:
        """Every handover row of a package (any handover still kept), oldest first."""
        return self._parcels("package_id = ?", (check_id("package id", package_id),))

    def _parcels(self, condition: str, args: tuple[Any, ...]) -> list[ParcelRecord]:
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {_PARCEL_COLUMNS} FROM handover_parcels WHERE {condition} ORDER BY id", args
            ).fetchall()
        return [_parcel(row) for row in rows]

    def _handovers(self, condition: str, args: tuple[Any, ...]) -> list[HandoverRecord]:
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {_HANDOVER_COLUMNS} FROM handovers WHERE {condition} ORDER BY id DESC", args
            ).fetchall()
            parcels: dict[int, list[ParcelRecord]] = {}
            for row in conn.execute(
                f"SELECT {_PARCEL_COLUMNS} FROM handover_parcels WHERE handover_id IN"
                f" (SELECT id FROM handovers WHERE {condition}) ORDER BY id",
                args,
            ):
                parcels.setdefault(row[1], []).append(_parcel(row))
        return [
            HandoverRecord(
                id=id_, cargo_company_id=company, cargo_company_name=name,
                stock_location_id=location, store_name=store, station=station, packer=packer,
                started_at=parse(started), finished_at=parse(finished) if finished else None,
                manifest=json.loads(manifest) if manifest else None,
                parcels=tuple(parcels.get(id_, ())),
            )
            for (id_, company, name, location, store, station, packer, started, finished, manifest) in rows
        ]

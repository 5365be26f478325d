"""Courier handovers in the journal (schema 3): handovers, parcels with pending commands,
manifests, 7 days of keeping, and the migration from schema 2."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from instore_app.journal import SCHEMA_VERSION, Journal, JournalInvalid, ParcelStatus
from instore_app.journal import schema as schema_module

START = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def started(journal: Journal, carrier: int = 731) -> int:
    return journal.handover_started(
        cargo_company_id=carrier, cargo_company_name="Aras Kargo", stock_location_id=1,
        store_name="Kadıköy Mağaza", station="Tezgah 1", packer="ayse",
    )


def parcel(journal: Journal, handover: int, package_id: int, **extra: object) -> int:
    values = {
        "package_id": package_id, "package_number": f"P{package_id}", "tracking_number": f"T{package_id}",
        "item_count": 2, "command": "SHIP_PACKAGE", "input_parameters": {"package_items": [1, 2]},
    }
    values.update(extra)
    return journal.handover_parcel(handover, **values)  # type: ignore[arg-type]


def test_a_handover_and_its_parcels_survive_a_reopen(tmp_path):
    path = tmp_path / "journal.sqlite3"
    clock = Clock()
    with Journal(path, clock=clock) as journal:
        handover = started(journal)
        first = parcel(journal, handover, 10)
        parcel(journal, handover, 11, command="ADVANCED_SHIP_PACKAGE", tracking_number=None,
               input_parameters={"tracking_number": "X1", "cargo_company": 731})
        journal.handover_parcel_settled(first, ParcelStatus.SHIPPED)
    with Journal(path, clock=clock) as journal:
        record = journal.handover(handover)
        assert record is not None and not record.finished
        assert (record.cargo_company_id, record.cargo_company_name, record.packer) == (731, "Aras Kargo", "ayse")
        assert [p.package_id for p in record.parcels] == [10, 11]
        assert [p.status for p in record.parcels] == [ParcelStatus.SHIPPED, ParcelStatus.PENDING]
        assert record.parcels[1].input_parameters == {"tracking_number": "X1", "cargo_company": 731}
        assert [p.package_id for p in journal.pending_parcels()] == [11]
        assert [h.id for h in journal.open_handovers()] == [handover]


def test_a_parcel_is_in_a_handover_once_and_the_journal_stays_healthy():
    with Journal(":memory:") as journal:
        handover = started(journal)
        parcel(journal, handover, 10)
        with pytest.raises(JournalInvalid, match="already in this handover"):
            parcel(journal, handover, 10)
        with pytest.raises(JournalInvalid, match="no handover 99"):
            parcel(journal, 99, 12)
        assert journal.healthy
        assert len(journal.pending_parcels()) == 1


def test_values_that_cannot_be_journalled_are_refused():
    with Journal(":memory:") as journal:
        handover = started(journal)
        with pytest.raises(JournalInvalid):
            parcel(journal, handover, "10")
        with pytest.raises(JournalInvalid):
            parcel(journal, handover, 10, input_parameters={"x": object()})
        with pytest.raises(JournalInvalid):
            journal.handover_started(cargo_company_id=1, cargo_company_name="", stock_location_id=1)
        with pytest.raises(ValueError):
            journal.handover_parcel_settled(1, ParcelStatus.PENDING)
        assert journal.healthy


def test_settling_twice_keeps_the_first_outcome():
    with Journal(":memory:") as journal:
        handover = started(journal)
        one = parcel(journal, handover, 10)
        journal.handover_parcel_settled(one, "failed", "cancelled in the OMS")
        journal.handover_parcel_settled(one, "shipped")
        (record,) = journal.parcels_of_package(10)
        assert (record.status, record.message) == (ParcelStatus.FAILED, "cancelled in the OMS")
        assert record.settled_at is not None


def test_a_finished_handover_keeps_its_manifest():
    with Journal(":memory:") as journal:
        handover = started(journal)
        parcel(journal, handover, 10)
        journal.handover_finished(handover, {"total": 1, "carrier_name": "Aras Kargo"})
        record = journal.handover(handover)
        assert record is not None and record.finished and record.manifest == {"total": 1, "carrier_name": "Aras Kargo"}
        assert journal.open_handovers() == []
        assert [h.id for h in journal.handovers()] == [handover]


def test_handovers_are_kept_seven_days_and_never_with_a_pending_parcel():
    clock = Clock()
    with Journal(":memory:", clock=clock) as journal:
        old_done = started(journal)
        journal.handover_parcel_settled(parcel(journal, old_done, 10), "shipped")
        journal.handover_finished(old_done, {"total": 1})
        old_pending = started(journal)
        parcel(journal, old_pending, 11)
        clock.now = START + timedelta(days=6)
        recent = started(journal)
        clock.now = START + timedelta(days=7, hours=1)
        assert [h.id for h in journal.handovers()] == [recent]  # the list shows 7 days
        assert journal.prune() == 2  # old_done and its parcel
        assert journal.handover(old_done) is None
        assert journal.handover(old_pending) is not None and journal.handover(recent) is not None
        assert [p.package_id for p in journal.pending_parcels()] == [11]


def test_schema_2_journal_gains_the_handover_tables(tmp_path):
    path = tmp_path / "journal.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        schema_module._migrate_to_1(raw)
        schema_module._migrate_to_2(raw)
        raw.execute("PRAGMA user_version = 2")
        raw.execute(
            "INSERT INTO commands (package_id, command, started_at) VALUES (7, 'COMPLETE_PACKAGING',"
            " '2026-11-23T09:00:00.000000+00:00')"
        )
    finally:
        raw.close()
    with Journal(path) as journal:
        assert journal.pragma("user_version") == SCHEMA_VERSION == 3
        assert [c.package_id for c in journal.unresolved_commands()] == [7]
        assert journal.pending_parcels() == [] and journal.handovers() == []
        handover = started(journal)
        assert parcel(journal, handover, 10) >= 1

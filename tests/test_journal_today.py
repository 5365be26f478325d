"""Packed here today: the packages this station closed today, with their numbers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from instore_app.journal import FinishedPackage, Journal

from .journal_helpers import Clock

ISTANBUL = timezone(timedelta(hours=3))


def at(clock: Clock, local: str) -> datetime:
    clock.now = datetime.fromisoformat(local).replace(tzinfo=ISTANBUL)
    return clock.now.astimezone(timezone.utc)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(clock):
    with Journal(":memory:", clock=clock) as j:
        yield j


def test_finished_today_is_the_latest_close_of_each_package_newest_first(journal, clock):
    at(clock, "2026-11-22T23:30")  # yesterday, local time
    journal.close_package(9, "packed", "P9")
    at(clock, "2026-11-23T00:10")  # today local (still the 22nd in UTC)
    journal.record_confirmation(1, "P1", 10)
    journal.close_package(1, "gone")
    at(clock, "2026-11-23T09:00")
    journal.close_package(2, "refused", "P2")
    t3 = at(clock, "2026-11-23T10:00")
    journal.close_package(3, "out_of_stock", "P3")
    t1 = at(clock, "2026-11-23T11:00")
    journal.close_package(1, "packed")  # re-opened after 'gone', packed: the latest counts
    at(clock, "2026-11-23T18:00")

    finished = journal.finished_today(tz=ISTANBUL)

    assert [(p.package_id, p.reason) for p in finished] == [(1, "packed"), (3, "out_of_stock"), (2, "refused")]
    assert finished[0] == FinishedPackage(1, "P1", "packed", t1)  # number from its scans
    assert finished[1] == FinishedPackage(3, "P3", "out_of_stock", t3)
    at(clock, "2026-11-24T00:05")  # the next local day starts empty
    assert journal.finished_today(tz=ISTANBUL) == []


def test_a_close_keeps_the_number_given_or_the_one_its_scans_carried(journal):
    journal.record_confirmation(1, "2236607691411584P1", 10)
    journal.close_package(1, "packed")
    journal.close_package(2, "refused", "2236607691411584P2")
    journal.record_confirmation(3, "FROM-SCANS", 30)
    journal.close_package(3, "packed", "GIVEN")
    journal.close_package(4, "gone")  # never scanned, no number given
    numbers = {p.package_id: p.package_number for p in journal.finished_today(tz=timezone.utc)}
    assert numbers == {1: "2236607691411584P1", 2: "2236607691411584P2", 3: "GIVEN", 4: None}


def test_finished_package_by_number_is_an_exact_match_among_todays(journal, clock):
    journal.close_package(1, "packed", "2236607691411584P1")
    journal.close_package(2, "packed", "2236607691411584P12")
    found = journal.finished_package_by_number("2236607691411584P1", tz=timezone.utc)
    assert found is not None and found.package_id == 1
    assert journal.finished_package_by_number("2236607691411584p1", tz=timezone.utc) is None
    assert journal.finished_package_by_number("2236607691411584", tz=timezone.utc) is None
    clock.advance(days=1)
    assert journal.finished_package_by_number("2236607691411584P1", tz=timezone.utc) is None


def test_finished_today_uses_the_computers_time_zone_by_default(journal, clock):
    clock.now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    journal.close_package(5, "packed", "P5")
    assert [p.package_id for p in journal.finished_today()] == [5]


def test_finished_today_survives_a_restart(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    with Journal(path, clock=clock) as journal:
        journal.record_confirmation(1, "P1", 10)
        journal.close_package(1, "packed")
    with Journal(path, clock=clock) as journal:
        assert journal.finished_package_by_number("P1", tz=timezone.utc) == FinishedPackage(
            1, "P1", "packed", clock.now
        )
        assert journal.confirmed_items(1) == []

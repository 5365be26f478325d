"""The journal fails loud and loses nothing, on real files: a full disk (a tiny tmpfs), a
read-only file (chattr +i as root, chmod as a user), a file or folder deleted or replaced
while the station runs. Each test restarts (a new Journal on the same path) and checks that
every confirmation reported as written is restored and none that failed is."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import timezone

import pytest

from instore_app.journal import CommandOutcome, Journal, JournalError, lock_path

from .journal_helpers_disk import Ledger, chattr, fill, immutable, tiny_disk  # noqa: F401


@pytest.fixture
def path(tmp_path):
    return tmp_path / "station" / "journal.sqlite3"


# --- disk full --------------------------------------------------------------------------------


def test_a_full_disk_fails_loud_and_recovers_when_space_is_back(tiny_disk):  # noqa: F811
    path = tiny_disk / "journal.sqlite3"
    ledger = Ledger()
    journal = Journal(path)
    for item_id in range(5):
        assert ledger.confirm(journal, 1, item_id)
    journal.close_package(1, "packed")
    ledger.written[1] = []
    for item_id in range(10, 15):
        assert ledger.confirm(journal, 2, item_id)
    filler = fill(tiny_disk)

    item_id = 100
    while ledger.confirm(journal, 2, item_id):  # the WAL's last page may still take a few
        item_id += 1
        assert item_id < 2000, "the full disk never refused a write"
    assert not journal.healthy
    assert "disk is full" in (journal.problem or "")
    # Unhealthy: later writes fail at once (nothing is queued to be written later).
    assert not ledger.confirm(journal, 2, 5000)
    assert not ledger.confirm(journal, 3, 30)
    with pytest.raises(JournalError, match="disk is full"):
        journal.command_started(2, "pack", 1)
    assert journal.confirmed_items(2) == ledger.written[2]  # what the bench shows, from memory

    # Restart while the disk is still full: everything reported as written is there.
    journal.close()
    with Journal(path) as restarted:
        ledger.assert_restored_in(restarted)

    journal = Journal(path)
    filler.unlink()  # space is back
    if not journal.healthy:
        assert journal.recover()
    assert ledger.confirm(journal, 2, 6000)
    assert journal.healthy and journal.problem is None
    journal.close()
    with Journal(path) as restarted:
        ledger.assert_restored_in(restarted)


def test_recover_reports_false_until_the_disk_has_room(tiny_disk):  # noqa: F811
    path = tiny_disk / "journal.sqlite3"
    ledger = Ledger()
    with Journal(path) as journal:
        assert ledger.confirm(journal, 1, 10)
        filler = fill(tiny_disk)
        item_id = 11
        while ledger.confirm(journal, 1, item_id):
            item_id += 1
            assert item_id < 2000, "the full disk never refused a write"
        assert not journal.recover()  # the probe write needs room too
        assert "disk is full" in (journal.problem or "")
        filler.unlink()
        assert journal.recover()
        assert ledger.confirm(journal, 1, 5000)
    with Journal(path) as restarted:
        ledger.assert_restored_in(restarted)


# --- read-only --------------------------------------------------------------------------------


def test_a_journal_made_immutable_fails_loud_and_recovers(path, immutable):  # noqa: F811
    ledger = Ledger()
    journal = Journal(path)
    for item_id in range(3):
        assert ledger.confirm(journal, 1, item_id)
    immutable.append(path)
    chattr("+i", path)
    assert not ledger.confirm(journal, 1, 50)
    assert not journal.healthy and "read-only" in (journal.problem or "")
    assert not journal.recover()
    assert "read-only" in (journal.problem or "")
    journal.close()

    # Restart while it is still read-only: the station opens it unhealthy, with words.
    restarted = Journal.open_or_recover(path, allow_unhealthy=True)
    assert not restarted.healthy and "read-only" in (restarted.problem or "")
    ledger.assert_restored_in(restarted)  # read from the file, though it cannot be written
    assert not ledger.confirm(restarted, 1, 51)
    chattr("-i", path)
    assert restarted.recover()
    ledger.assert_restored_in(restarted)
    assert ledger.confirm(restarted, 1, 52)
    restarted.close()
    with Journal(path) as again:
        ledger.assert_restored_in(again)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores file permissions (the chattr +i test covers root)")
def test_a_journal_made_read_only_by_chmod_fails_loud_and_recovers(path):
    ledger = Ledger()
    journal = Journal(path)
    assert ledger.confirm(journal, 1, 1)
    path.chmod(0o444)
    try:
        assert not ledger.confirm(journal, 1, 2)
        assert "read-only" in (journal.problem or "")
        assert not journal.recover()
    finally:
        path.chmod(0o644)
    assert journal.recover()
    assert ledger.confirm(journal, 1, 3)
    journal.close()
    with Journal(path) as again:
        ledger.assert_restored_in(again)


# --- deleted or replaced while running --------------------------------------------------------


def start_a_day(journal: Journal, ledger: Ledger) -> tuple[int, int]:
    """Package 1 packed (history), package 2 half-scanned, a pack in flight and an unknown
    one: returns (in flight, unknown) command ids."""
    for item_id in (10, 11):
        assert ledger.confirm(journal, 1, item_id)
    done = journal.command_started(1, "pack", 5)
    journal.command_finished(done, "applied", 200)
    journal.close_package(1, "packed", "P1")
    ledger.written[1] = []
    for item_id in (20, 21, 22):
        assert ledger.confirm(journal, 2, item_id)
    journal.record_undo(2, 21)
    ledger.written[2].remove(21)
    in_flight = journal.command_started(2, "pack", 5, {"package_items": [20, 22]})
    unknown = journal.command_started(3, "refuse", 6, {"reason": 2})
    journal.command_finished(unknown, "unknown", None, "timed out")
    return in_flight, unknown


def assert_the_day_is_there(journal: Journal, ledger: Ledger, in_flight: int, unknown: int) -> None:
    ledger.assert_restored_in(journal)
    unresolved = journal.unresolved_commands()
    assert [(c.id, c.outcome) for c in unresolved] == [(in_flight, None), (unknown, CommandOutcome.UNKNOWN)]
    assert unresolved[0].input_parameters == {"package_items": [20, 22]}
    assert [(p.package_id, p.package_number) for p in journal.finished_today(timezone.utc)] == [(1, "P1")]


@pytest.mark.parametrize("what", ["file", "file and its -wal/-shm", "folder"])
def test_a_deleted_journal_is_made_again_with_everything_open(path, what):
    ledger = Ledger()
    journal = Journal(path)
    in_flight, unknown = start_a_day(journal, ledger)
    if what == "folder":
        shutil.rmtree(path.parent)
    else:
        path.unlink()
        if what != "file":
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)

    assert not ledger.confirm(journal, 2, 23)  # noticed before the write, not after
    assert not journal.healthy and "was deleted" in (journal.problem or "")
    assert journal.confirmed_items(2) == [20, 22]  # the bench can still show what is saved
    assert journal.recover()
    assert path.is_file() and lock_path(path).is_file()
    assert ledger.confirm(journal, 2, 24)
    journal.command_finished(in_flight, "applied", 200)  # ids still valid in the new file
    fresh = journal.command_started(2, "print_label", None)
    assert fresh > unknown  # an id is never handed out twice
    journal.command_finished(fresh, "not_applied", 500)
    journal.close()

    with Journal(path) as restarted:
        ledger.assert_restored_in(restarted)
        assert [c.id for c in restarted.unresolved_commands()] == [unknown]
        assert journal_rows(path, "SELECT count(*) FROM scans WHERE package_id = 1") == 0  # history went with the file


def test_a_deleted_journal_is_saved_again_when_the_station_closes(path):
    ledger = Ledger()
    journal = Journal(path)
    in_flight, unknown = start_a_day(journal, ledger)
    path.unlink()
    assert not ledger.confirm(journal, 2, 23)
    journal.close()  # no recover() call in between: close() tries once
    with Journal(path) as restarted:
        assert_the_day_is_there(restarted, ledger, in_flight, unknown)


def test_a_journal_replaced_by_another_file_gets_everything_open_written_back(path, tmp_path):
    ledger = Ledger()
    journal = Journal(path)
    in_flight, unknown = start_a_day(journal, ledger)
    other = tmp_path / "other.sqlite3"
    with Journal(other) as stranger:
        stranger.record_confirmation(2, "P2", 99)  # another journal's entry for package 2
    os.replace(other, path)
    lock_path(other).unlink()

    assert not ledger.confirm(journal, 2, 23)
    assert "replaced by another file" in (journal.problem or "")
    assert journal.recover()
    journal.close()
    with Journal(path) as restarted:
        assert_the_day_is_there(restarted, ledger, in_flight, unknown)


def test_a_deleted_folder_that_cannot_be_made_again_keeps_the_station_unhealthy(path):
    ledger = Ledger()
    journal = Journal(path)
    in_flight, unknown = start_a_day(journal, ledger)
    shutil.rmtree(path.parent)
    path.parent.write_text("a file where the folder was")
    assert not ledger.confirm(journal, 2, 23)
    assert not journal.recover()
    assert "cannot be made" in (journal.problem or "")
    assert journal.confirmed_items(2) == [20, 22]  # from memory
    assert [c.id for c in journal.unresolved_commands(2)] == [in_flight]
    with pytest.raises(JournalError):
        journal.figures()  # needs the file
    path.parent.unlink()
    assert journal.recover()
    journal.close()
    with Journal(path) as restarted:
        assert_the_day_is_there(restarted, ledger, in_flight, unknown)


def test_after_recovery_a_second_station_is_still_refused(path):
    journal = Journal(path)
    shutil.rmtree(path.parent)  # the lock file went with it
    with pytest.raises(JournalError):
        journal.record_confirmation(1, "P1", 10)
    assert journal.recover()
    with pytest.raises(JournalError, match="already running"):
        Journal(path)
    journal.close()


def journal_rows(path, query: str) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute(query).fetchone()[0])
    finally:
        raw.close()


def test_a_journal_replaced_by_garbage_is_moved_aside_at_recovery(path, tmp_path):
    ledger = Ledger()
    journal = Journal(path)
    in_flight, unknown = start_a_day(journal, ledger)
    garbage = tmp_path / "garbage"
    garbage.write_bytes(os.urandom(8192))
    os.replace(garbage, path)
    assert not ledger.confirm(journal, 2, 23)
    assert journal.recover()
    [aside] = path.parent.glob("journal.sqlite3.corrupt-*[0-9]Z")
    assert aside.stat().st_size == 8192
    # The old file's -wal was not read into the new one: it was moved aside too.
    assert list(path.parent.glob("journal.sqlite3.orphan-*-wal"))
    journal.close()
    with Journal(path) as restarted:
        assert_the_day_is_there(restarted, ledger, in_flight, unknown)

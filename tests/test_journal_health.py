"""The journal's health, with failures injected into its SQLite connection (SQLite's own
errors and codes): every write commits or raises in words, a failure turns the journal
unhealthy until recover() succeeds, nothing is queued, and the memory of open entries is
exactly what the file holds. Plus ids out of range and journals that open unhealthy."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from instore_app.journal import Journal, JournalError, JournalInvalid
from instore_app.journal.scans import open_packages_from, replay

from .journal_helpers import SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, disk  # noqa: F401
from .journal_helpers_disk import Ledger


@pytest.fixture
def path(tmp_path):
    return tmp_path / "journal.sqlite3"


@pytest.mark.parametrize(
    ("error", "words"),
    [(SQLITE_FULL, "the disk is full"), (SQLITE_READONLY, "read-only"), (SQLITE_IOERR, "the disk reported an error")],
)
def test_a_failed_write_makes_the_journal_unhealthy_until_it_recovers(path, disk, error, words):  # noqa: F811
    ledger = Ledger()
    journal = Journal(path)
    assert journal.healthy and journal.problem is None
    assert ledger.confirm(journal, 1, 10)
    disk.fail(error)
    assert not ledger.confirm(journal, 1, 11)
    assert not journal.healthy
    assert journal.problem is not None and words in journal.problem and str(path) in journal.problem
    assert not journal.recover()  # still failing: the probe write fails too
    disk.heal()
    # Healed, but not recovered: writes are still refused (nothing is tried behind the bench's back).
    assert not ledger.confirm(journal, 1, 12)
    with pytest.raises(JournalError, match=words):
        journal.record_opened(1)
    assert journal.recover()
    assert journal.healthy and journal.problem is None
    assert ledger.confirm(journal, 1, 13)
    journal.close()
    with Journal(path) as restarted:
        ledger.assert_restored_in(restarted)
        assert restarted.confirmed_items(1) == [10, 13]


def test_a_write_that_landed_but_was_reported_failed_is_not_restored(path, disk):  # noqa: F811
    ledger = Ledger()
    journal = Journal(path)
    assert ledger.confirm(journal, 1, 10)
    disk.fail(SQLITE_IOERR, after=True)  # the row reaches the file, the caller hears "failed"
    assert not ledger.confirm(journal, 1, 11)
    assert journal.confirmed_items(1) == [10]  # what the bench shows
    disk.heal()
    assert journal.recover()
    assert journal.confirmed_items(1) == [10]  # the file now agrees with what was reported
    journal.close()
    with Journal(path) as restarted:
        ledger.assert_restored_in(restarted)


def test_a_close_that_failed_keeps_the_package_open(path, disk):  # noqa: F811
    ledger = Ledger()
    journal = Journal(path)
    for item_id in (10, 11):
        assert ledger.confirm(journal, 1, item_id)
    disk.fail(SQLITE_FULL)
    with pytest.raises(JournalError, match="disk is full"):
        journal.close_package(1, "packed", "P1")
    assert journal.confirmed_items(1) == [10, 11]
    assert journal.finished_today() == []
    disk.heal()
    assert journal.recover()
    assert journal.confirmed_items(1) == [10, 11]
    journal.close_package(1, "packed", "P1")
    journal.close()
    with Journal(path) as restarted:
        assert restarted.confirmed_items(1) == []
        assert [p.package_id for p in restarted.finished_today()] == [1]


def test_a_close_whose_commit_landed_but_was_reported_failed_is_undone(path, disk):  # noqa: F811
    journal = Journal(path)
    journal.record_confirmation(1, "P1", 10)
    disk.fail(SQLITE_IOERR, after=True)
    with pytest.raises(JournalError):
        journal.close_package(1, "packed")
    disk.heal()
    assert journal.recover()
    assert journal.finished_today() == []
    journal.close()
    with Journal(path) as restarted:
        assert restarted.confirmed_items(1) == [10]  # the bench was told it is still open
        assert restarted.finished_today() == []


def test_reads_while_unhealthy_answer_from_memory(path, disk):  # noqa: F811
    journal = Journal(path)
    journal.record_confirmation(1, "P1", 10)
    journal.record_confirmation(2, "P2", 20)
    started = journal.command_started(2, "pack", 3)
    journal.close_package(1, "packed")
    disk.fail(SQLITE_FULL)
    with pytest.raises(JournalError):
        journal.record_confirmation(2, "P2", 21)
    assert journal.confirmed_items(2) == [20]
    assert [p.package_id for p in journal.open_packages()] == [2]
    assert [c.id for c in journal.unresolved_commands()] == [started]
    assert [c.id for c in journal.unfinished_commands(2)] == [started]
    assert [p.package_id for p in journal.finished_today()] == [1]
    assert journal.finished_package_by_number("P1") is not None
    with pytest.raises(JournalError):
        journal.command_finished(started, "applied")
    assert [c.id for c in journal.unresolved_commands()] == [started]  # still unresolved
    disk.heal()
    journal.close()  # recovers once on the way out


def test_a_journal_in_memory_recovers_with_its_open_entries(disk):  # noqa: F811
    journal = Journal(":memory:")
    journal.record_confirmation(1, "P1", 10)
    disk.fail(SQLITE_FULL)
    with pytest.raises(JournalError, match="in memory"):
        journal.record_confirmation(1, "P1", 11)
    disk.heal()
    assert journal.recover()
    assert journal.confirmed_items(1) == [10]
    journal.close()


def test_a_journal_that_cannot_open_yet_opens_when_it_recovers(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the journal's folder should be")
    path = blocker / "journal.sqlite3"
    with pytest.raises(JournalError, match="cannot be made"):
        Journal.open_or_recover(path)
    journal = Journal.open_or_recover(path, allow_unhealthy=True)
    assert not journal.healthy and "cannot be made" in (journal.problem or "")
    with pytest.raises(JournalError, match="cannot be made"):
        journal.record_confirmation(1, "P1", 10)
    assert journal.confirmed_items(1) == []
    assert not journal.recover()
    blocker.unlink()
    assert journal.recover()
    journal.record_confirmation(1, "P1", 10)
    with pytest.raises(JournalError, match="already running"):
        Journal(path)  # recover() took the lock
    journal.close()
    with Journal(path) as restarted:
        assert restarted.confirmed_items(1) == [10]


def test_recover_on_a_healthy_or_closed_journal(path):
    journal = Journal(path)
    assert journal.recover() and journal.healthy
    journal.close()
    assert not journal.healthy and journal.problem == "The journal is closed."
    assert not journal.recover()


def test_use_from_another_thread_is_refused_but_the_journal_stays_healthy(path):
    with Journal(path) as journal:
        errors: list[JournalError] = []
        thread = threading.Thread(target=lambda: _catch(errors, journal.record_confirmation, 1, "P1", 10))
        thread.start()
        thread.join()
        assert len(errors) == 1
        assert journal.healthy
        journal.record_confirmation(1, "P1", 11)
        assert journal.confirmed_items(1) == [11]


def _catch(errors: list[JournalError], call, *args) -> None:  # type: ignore[no-untyped-def]
    try:
        call(*args)
    except JournalError as exc:
        errors.append(exc)


# --- ids and values within range --------------------------------------------------------------

HUGE = 2**64


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda j: j.record_confirmation(HUGE, "P1", 10), "package id"),
        (lambda j: j.record_confirmation(1, "P1", HUGE), "item id"),
        (lambda j: j.record_confirmation(1, "P1", -(2**63) - 1), "item id"),
        (lambda j: j.record_undo(1, HUGE), "item id"),
        (lambda j: j.record_reset(HUGE), "package id"),
        (lambda j: j.record_opened(HUGE), "package id"),
        (lambda j: j.record_error(HUGE, "unknown_code"), "package id"),
        (lambda j: j.close_package(HUGE, "packed"), "package id"),
        (lambda j: j.command_started(HUGE, "pack", 1), "package id"),
        (lambda j: j.command_started(1, "pack", HUGE), "transition id"),
        (lambda j: j.command_finished(HUGE, "applied"), "command id"),
        (lambda j: j.command_finished(1, "applied", HUGE), "status code"),
        (lambda j: j.confirmed_items(HUGE), "package id"),
        (lambda j: j.unresolved_commands(HUGE), "package id"),
        (lambda j: j.record_confirmation("12", "P1", 10), "package id"),
        (lambda j: j.record_confirmation(True, "P1", 10), "package id"),
        (lambda j: j.record_confirmation(1, 12, 10), "package number"),
        (lambda j: j.command_started(1, "pack", 1, {"x": object()}), "parameters"),
    ],
)
def test_values_out_of_range_are_refused_in_words_and_the_journal_stays_healthy(call, field):
    with Journal(":memory:") as journal:
        journal.command_started(1, "pack", 1)
        with pytest.raises(JournalInvalid) as raised:
            call(journal)
        assert field in str(raised.value) and "cannot be journalled" in str(raised.value)
        assert isinstance(raised.value, JournalError) and isinstance(raised.value, ValueError)
        assert journal.healthy
        journal.record_confirmation(2**63 - 1, "P", 2**63 - 1)  # the largest that fits
        assert journal.confirmed_items(2**63 - 1) == [2**63 - 1]


# --- the memory of open entries is the file's -------------------------------------------------

operation = st.one_of(
    st.tuples(st.just("confirm"), st.integers(1, 3), st.integers(1, 4)),
    st.tuples(st.just("undo"), st.integers(1, 3), st.integers(1, 4)),
    st.tuples(st.just("reset"), st.integers(1, 3), st.just(0)),
    st.tuples(st.just("close"), st.integers(1, 3), st.just(0)),
    st.tuples(st.just("start"), st.integers(1, 3), st.just(0)),
    st.tuples(st.just("finish"), st.integers(0, 5), st.sampled_from(["applied", "not_applied", "unknown"])),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(operation, max_size=40))
def test_the_memory_always_matches_the_file(operations):
    with Journal(":memory:") as journal:
        started: list[int] = []
        for kind, package_id, arg in operations:
            if kind == "confirm":
                journal.record_confirmation(package_id, f"P{package_id}", package_id * 10 + arg)
            elif kind == "undo":
                journal.record_undo(package_id, package_id * 10 + arg)
            elif kind == "reset":
                journal.record_reset(package_id)
            elif kind == "close":
                journal.close_package(package_id, "packed")
            elif kind == "start":
                started.append(journal.command_started(package_id, "pack", 1))
            elif started:
                try:
                    journal.command_finished(started[package_id % len(started)], arg)
                except ValueError:
                    pass  # already settled: refused, and nothing changed
        mirror = journal._mirror
        for package_id in (1, 2, 3):
            assert replay(mirror.entries(package_id)) == journal.confirmed_items(package_id)
        assert open_packages_from(mirror.open_rows()) == journal.open_packages()
        assert mirror.command_rows(None) == [
            tuple(row) for row in journal._conn.execute(
                "SELECT * FROM commands WHERE finished_at IS NULL OR outcome = 'unknown' ORDER BY id"
            )
        ]

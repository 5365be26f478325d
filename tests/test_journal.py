"""The journal: replaying confirmations, surviving crashes, commands, figures, housekeeping
and damaged or unwritable files. Standard library and the journal only (no Qt)."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import instore_app.journal as journal_package
from instore_app.journal import (
    SCHEMA_VERSION,
    CommandOutcome,
    Figures,
    Journal,
    JournalCorrupt,
    JournalError,
    OpenPackage,
    default_path,
)
from instore_app.journal import schema as journal_module

from .journal_helpers import ROOT, T0, Clock

__all__ = ["Clock"]  # tests/test_figures_strip.py takes it from here


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(clock):
    with Journal(":memory:", clock=clock) as j:
        yield j


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "journal.sqlite3"


def run_child(code: str, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


# --- replaying confirmations ------------------------------------------------------------------


def test_confirmations_replay_in_confirmation_order(journal):
    for item_id in (12, 10, 11):
        journal.record_confirmation(1, "P1", item_id, "8690000000011")
    assert journal.confirmed_items(1) == [12, 10, 11]


def test_the_same_item_confirmed_twice_counts_once(journal):
    journal.record_confirmation(1, "P1", 10)
    journal.record_confirmation(1, "P1", 11)
    journal.record_confirmation(1, "P1", 10)
    assert journal.confirmed_items(1) == [10, 11]


def test_undo_removes_that_item_only(journal):
    for item_id in (10, 11, 12):
        journal.record_confirmation(1, "P1", item_id)
    journal.record_undo(1, 12)  # undo of the last scan
    assert journal.confirmed_items(1) == [10, 11]
    journal.record_undo(1, 10)
    assert journal.confirmed_items(1) == [11]
    journal.record_confirmation(1, "P1", 10)  # confirmed again: now last in order
    assert journal.confirmed_items(1) == [11, 10]


def test_undo_of_an_unconfirmed_item_changes_nothing(journal):
    journal.record_confirmation(1, "P1", 10)
    journal.record_undo(1, 99)
    journal.record_undo(1, 10)
    journal.record_undo(1, 10)
    assert journal.confirmed_items(1) == []
    journal.record_confirmation(1, "P1", 10)
    assert journal.confirmed_items(1) == [10]


def test_reset_clears_what_came_before_only(journal):
    journal.record_confirmation(1, "P1", 10)
    journal.record_confirmation(1, "P1", 11)
    journal.record_reset(1)
    assert journal.confirmed_items(1) == []
    journal.record_confirmation(1, "P1", 11)
    assert journal.confirmed_items(1) == [11]


def test_packages_are_independent(journal):
    journal.record_confirmation(1, "P1", 10)
    journal.record_confirmation(2, "P2", 20)
    journal.record_confirmation(1, "P1", 11)
    journal.record_reset(2)
    journal.record_confirmation(2, "P2", 21)
    journal.record_undo(1, 10)
    assert journal.confirmed_items(1) == [11]
    assert journal.confirmed_items(2) == [21]
    assert journal.confirmed_items(3) == []


def test_close_clears_the_package_and_only_it(journal):
    journal.record_confirmation(1, "P1", 10)
    journal.record_confirmation(2, "P2", 20)
    journal.close_package(1, "packed")
    assert journal.confirmed_items(1) == []
    assert journal.confirmed_items(2) == [20]
    # Reopened later (a new round): only the entries after the close count.
    journal.record_confirmation(1, "P1", 11)
    assert journal.confirmed_items(1) == [11]


def test_close_needs_a_reason(journal):
    with pytest.raises(ValueError):
        journal.close_package(1, "")


def test_open_packages_lists_unfinished_ones_latest_first(journal, clock):
    journal.record_confirmation(1, "P1", 10)
    clock.advance(minutes=1)
    journal.record_confirmation(2, "P2", 20)
    journal.record_confirmation(2, "P2", 21)
    clock.advance(minutes=1)
    journal.record_confirmation(3, "P3", 30)
    journal.record_undo(3, 30)  # nothing confirmed any more
    journal.record_confirmation(4, "P4", 40)
    journal.close_package(4, "refused")
    clock.advance(minutes=1)
    journal.record_confirmation(1, "P1", 11)
    assert journal.open_packages() == [
        OpenPackage(1, "P1", 2, T0 + timedelta(minutes=3)),
        OpenPackage(2, "P2", 2, T0 + timedelta(minutes=1)),
    ]


def test_scanned_code_is_kept(journal, path):
    journal.record_confirmation(1, "P1", 10, "8690000000011")
    journal.record_confirmation(1, "P1", 11)
    rows = journal._conn.execute("SELECT item_id, code FROM scans ORDER BY id").fetchall()
    assert rows == [(10, "8690000000011"), (11, None)]


# --- durability -------------------------------------------------------------------------------


def test_pragmas_wal_synchronous_full_foreign_keys_busy_timeout(path):
    with Journal(path) as journal:
        assert journal.pragma("journal_mode") == "wal"
        assert journal.pragma("synchronous") == 2  # FULL
        assert journal.pragma("foreign_keys") == 1
        assert journal.pragma("busy_timeout") > 0
        assert journal.pragma("user_version") == SCHEMA_VERSION
    raw = sqlite3.connect(path)  # WAL is a property of the file: another connection sees it
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_synchronous_normal_only_on_request(path):
    with Journal(path, synchronous="NORMAL") as journal:
        assert journal.pragma("synchronous") == 1
    with pytest.raises(ValueError):
        Journal(path, synchronous="OFF")


def test_everything_written_is_there_after_reopening(path, clock):
    with Journal(path, clock=clock) as journal:
        journal.record_confirmation(7, "P7", 70, "1")
        journal.record_confirmation(7, "P7", 71, "2")
        journal.record_undo(7, 70)
    with Journal(path, clock=clock) as journal:
        assert journal.confirmed_items(7) == [71]
        assert journal.open_packages() == [OpenPackage(7, "P7", 1, T0)]


def test_confirmations_survive_an_exit_without_closing(path):
    """The process ends right after the writes: no close(), no checkpoint, no atexit."""
    result = run_child(
        f"""
        import os
        from instore_app.journal import Journal
        journal = Journal({str(path)!r})
        for item_id in range(100, 150):
            journal.record_confirmation(5, "P5", item_id)
        journal.record_undo(5, 149)
        started = journal.command_started(5, "pack", 42, {{"package_items": [100]}})
        os._exit(0)
        """
    )
    assert result.returncode == 0, result.stderr
    assert Path(f"{path}-wal").exists()  # the writes were still only in the WAL
    with Journal(path) as journal:
        assert journal.confirmed_items(5) == list(range(100, 149))
        [command] = journal.unfinished_commands()
        assert (command.package_id, command.command, command.transition_id) == (5, "pack", 42)
        assert command.input_parameters == {"package_items": [100]}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_confirmations_survive_kill_9(path):
    count = 200
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time
                from instore_app.journal import Journal
                journal = Journal({str(path)!r})
                for item_id in range({count}):
                    journal.record_confirmation(9, "P9", item_id, str(item_id))
                journal.command_started(9, "pack", 1, {{}})
                print("ready", flush=True)
                time.sleep(120)
                """
            ),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "ready", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    with Journal(path) as journal:
        assert journal.confirmed_items(9) == list(range(count))
        assert [c.command for c in journal.unfinished_commands(9)] == ["pack"]


def test_default_location_is_the_user_data_folder(isolated_home):
    expected = default_path()
    assert expected.name == "journal.sqlite3"
    assert expected.parent.name == "instore-app"
    assert isolated_home in expected.parents  # the tests' HOME, never the real one
    with Journal() as journal:
        journal.record_confirmation(1, "P1", 10)
        assert journal.path == expected
    assert expected.is_file()


def test_closed_journal_raises_journal_error(path):
    journal = Journal(path)
    journal.close()
    journal.close()  # twice is fine
    with pytest.raises(JournalError, match="closed"):
        journal.record_confirmation(1, "P1", 10)


def test_used_from_another_thread_raises_journal_error(journal):
    errors = []

    def write() -> None:
        try:
            journal.record_confirmation(1, "P1", 10)
        except JournalError as exc:
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert journal.confirmed_items(1) == []


# --- commands ---------------------------------------------------------------------------------


def test_command_lifecycle(journal, clock):
    first = journal.command_started(1, "pack", 31, {"package_items": [10, 11]})
    assert [c.id for c in journal.unfinished_commands()] == [first]
    clock.advance(seconds=2)
    journal.command_finished(first, "applied", 200)
    assert journal.unfinished_commands() == []
    second = journal.command_started(1, "print_label", None, {})
    journal.command_finished(second, CommandOutcome.UNKNOWN, None, "timed out")
    [packed, printed] = journal.commands(1)
    assert packed.id == first and packed.command == "pack" and packed.transition_id == 31
    assert packed.input_parameters == {"package_items": [10, 11]}
    assert packed.started_at == T0 and packed.finished_at == T0 + timedelta(seconds=2)
    assert packed.outcome is CommandOutcome.APPLIED and packed.status_code == 200
    assert packed.finished
    assert printed.outcome is CommandOutcome.UNKNOWN and printed.message == "timed out"
    assert journal.commands(2) == []


def test_unfinished_commands_per_package(journal):
    a = journal.command_started(1, "pack", 1, {})
    b = journal.command_started(2, "pack", 1, {})
    c = journal.command_started(2, "refuse", 2, {"denial_reason": 3})
    journal.command_finished(b, "not_applied", 406, "state changed")
    assert [x.id for x in journal.unfinished_commands()] == [a, c]
    assert [x.id for x in journal.unfinished_commands(2)] == [c]
    assert not journal.unfinished_commands(2)[0].finished
    assert journal.unfinished_commands(3) == []


def test_command_finished_rejects_unknown_ids_outcomes_and_twice(journal):
    command_id = journal.command_started(1, "pack", 1, {})
    with pytest.raises(ValueError):
        journal.command_finished(command_id, "maybe")
    with pytest.raises(LookupError):
        journal.command_finished(command_id + 1, "applied")
    journal.command_finished(command_id, "applied")
    with pytest.raises(ValueError, match="already finished"):
        journal.command_finished(command_id, "not_applied")
    assert journal.commands(1)[0].outcome is CommandOutcome.APPLIED


def test_unfinished_command_is_still_there_after_a_crash(path):
    result = run_child(
        f"""
        import os
        from instore_app.journal import Journal
        journal = Journal({str(path)!r})
        done = journal.command_started(3, "start_preparing", 7, {{}})
        journal.command_finished(done, "applied", 200)
        journal.command_started(3, "pack", 8, {{"package_items": [1, 2]}})
        os._exit(0)  # killed while the pack request is in flight
        """
    )
    assert result.returncode == 0, result.stderr
    with Journal(path) as journal:
        [in_flight] = journal.unfinished_commands()
        assert (in_flight.command, in_flight.outcome, in_flight.finished_at) == ("pack", None, None)
        assert [c.command for c in journal.commands(3)] == ["start_preparing", "pack"]


# --- figures ----------------------------------------------------------------------------------

ISTANBUL = timezone(timedelta(hours=3))


def at(clock: Clock, local: str) -> None:
    clock.now = datetime.fromisoformat(local).replace(tzinfo=ISTANBUL)


def test_figures_for_one_local_day(journal, clock):
    # The day before (local): packed, scanned, an error; none of it counts.
    at(clock, "2026-11-22T23:40")
    journal.record_opened(9)
    journal.record_confirmation(9, "P9", 90)
    journal.record_error(9, "unknown_code")
    at(clock, "2026-11-22T23:50")
    journal.close_package(9, "packed")
    # 00:10 local on the 23rd is still the 22nd in UTC: it counts.
    at(clock, "2026-11-23T00:10")
    journal.record_confirmation(8, "P8", 80)
    journal.record_undo(8, 80)
    # Package 1: opened 09:00, packed 09:05 (300 s).
    at(clock, "2026-11-23T09:00")
    journal.record_opened(1)
    at(clock, "2026-11-23T09:01")
    journal.record_confirmation(1, "P1", 10)
    journal.record_error(1, "other_package")
    journal.record_confirmation(1, "P1", 11)
    at(clock, "2026-11-23T09:05")
    journal.close_package(1, "packed")
    # Package 2: never 'opened' (restored after a crash): from its first confirmation, 600 s.
    at(clock, "2026-11-23T10:00")
    journal.record_confirmation(2, "P2", 20)
    at(clock, "2026-11-23T10:10")
    journal.close_package(2, "packed")
    # Package 3: refused, not packed; its scan counts as scanned.
    at(clock, "2026-11-23T11:00")
    journal.record_opened(3)
    journal.record_confirmation(3, "P3", 30)
    journal.record_error(None, "unknown_code")
    journal.close_package(3, "refused")
    # Package 5: opened 12:00, packed 12:20 (1200 s).
    at(clock, "2026-11-23T12:00")
    journal.record_opened(5)
    at(clock, "2026-11-23T12:20")
    journal.record_confirmation(5, "P5", 50)
    journal.close_package(5, "packed")
    # The next day (local) does not count either.
    at(clock, "2026-11-24T00:01")
    journal.record_confirmation(6, "P6", 60)
    journal.record_error(6, "over_scan")

    figures = journal.figures(date(2026, 11, 23), tz=ISTANBUL)
    assert figures == Figures(
        packages_packed=3, items_scanned=6, errors=2, median_seconds_per_package=600.0
    )
    assert journal.figures(date(2026, 11, 22), tz=ISTANBUL) == Figures(1, 1, 1, 600.0)
    # Without a day: today by the journal's clock, in `tz`.
    assert journal.figures(tz=ISTANBUL) == Figures(0, 1, 1, None)
    at(clock, "2026-11-23T18:00")
    assert journal.figures(tz=ISTANBUL) == figures


def test_figures_time_a_package_packed_twice_from_its_second_round(journal, clock):
    at(clock, "2026-11-23T09:00")
    journal.record_opened(1)
    at(clock, "2026-11-23T09:02")
    journal.close_package(1, "gone")
    at(clock, "2026-11-23T15:00")
    journal.record_opened(1)
    at(clock, "2026-11-23T15:01")
    journal.close_package(1, "packed")
    assert journal.figures(date(2026, 11, 23), tz=ISTANBUL).median_seconds_per_package == 60.0


def test_figures_of_an_empty_day(journal):
    assert journal.figures(date(2026, 1, 1)) == Figures(0, 0, 0, None)


def test_figures_in_the_local_time_zone_by_default(journal, clock):
    clock.now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    journal.record_confirmation(1, "P1", 10)
    local_day = clock.now.astimezone().date()
    assert journal.figures().items_scanned == 1
    assert journal.figures(local_day).items_scanned == 1


# --- housekeeping -----------------------------------------------------------------------------


def test_prune_removes_old_closed_entries_only(path, clock):
    with Journal(path, clock=clock) as journal:
        journal.record_opened(1)
        journal.record_confirmation(1, "P1", 10)
        journal.close_package(1, "packed")
        old = journal.command_started(1, "pack", 1, {})
        journal.command_finished(old, "applied", 200)
        journal.command_started(2, "pack", 1, {})  # never finished: kept however old
        journal.record_confirmation(2, "P2", 20)  # never closed: kept however old
        journal.record_error(None, "unknown_code")
        clock.advance(days=25)
        journal.record_confirmation(3, "P3", 30)
        journal.close_package(3, "packed")  # closed 25 days before the prune below: kept
        clock.advance(days=6)

        deleted = journal.prune(older_than_days=30)

        # scan + opened + closed + error of package 1's round, and its finished command
        assert deleted == 5
        assert journal.confirmed_items(2) == [20]
        assert [c.package_id for c in journal.unfinished_commands()] == [2]
        assert journal.commands(1) == []
        day = (clock.now - timedelta(days=6)).date()
        assert journal.figures(day, tz=timezone.utc).packages_packed == 1
        assert journal.prune() == 0
    rows = sqlite3.connect(path)
    try:
        assert rows.execute("SELECT package_id FROM scans ORDER BY id").fetchall() == [(2,), (3,)]
    finally:
        rows.close()


# --- damaged, foreign and unwritable files ----------------------------------------------------


def test_garbage_file_is_reported_as_corrupt(path):
    path.write_bytes(b"this is not a database\n" * 400)
    with pytest.raises(JournalCorrupt) as raised:
        Journal(path)
    assert str(path) in str(raised.value)
    assert "damaged" in str(raised.value)


def test_open_or_recover_moves_a_corrupt_file_aside(path, caplog):
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"stale")
    clock = Clock(datetime(2026, 11, 23, 9, 30, 15, tzinfo=timezone.utc))
    with caplog.at_level(logging.WARNING, logger="instore_app.journal"):
        journal = Journal.open_or_recover(path, clock=clock)
    with journal:
        journal.record_confirmation(1, "P1", 10)
        assert journal.confirmed_items(1) == [10]
    [aside] = path.parent.glob("journal.sqlite3.corrupt-*[0-9]Z")
    assert aside.name.startswith("journal.sqlite3.corrupt-20261123T093015")
    assert aside.read_bytes() == garbage
    # The corrupt file's -wal never reaches the new journal (SQLite may already have
    # discarded it while failing to open the file; if not, it went aside with the file).
    assert not any(p.read_bytes() == b"stale" for p in path.parent.glob("journal.sqlite3-*"))
    assert any(r.levelno == logging.WARNING and str(aside) in r.getMessage() for r in caplog.records)


def test_damaged_pages_inside_a_journal_are_found_at_open(path):
    with Journal(path) as journal:
        for item_id in range(2000):
            journal.record_confirmation(1, "P1", item_id, "x" * 40)
    page_size = 4096
    assert path.stat().st_size > 10 * page_size
    with path.open("r+b") as f:  # keep the header (page 1), ruin the pages after it
        f.seek(page_size)
        f.write(b"\xff" * (8 * page_size))
    with pytest.raises(JournalCorrupt):
        Journal(path)
    with Journal.open_or_recover(path) as journal:
        assert journal.confirmed_items(1) == []
    assert len(list(path.parent.glob("journal.sqlite3.corrupt-*"))) == 1


def test_open_or_recover_opens_a_healthy_journal_untouched(path):
    with Journal(path) as journal:
        journal.record_confirmation(1, "P1", 10)
    with Journal.open_or_recover(path) as journal:
        assert journal.confirmed_items(1) == [10]
    assert list(path.parent.glob("*.corrupt-*")) == []


def test_journal_from_a_newer_app_is_refused_not_moved(path):
    with Journal(path):
        pass
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(JournalError, match="newer version") as raised:
        Journal.open_or_recover(path)
    assert not isinstance(raised.value, JournalCorrupt)
    assert list(path.parent.glob("*.corrupt-*")) == []


def test_folder_that_cannot_be_made_raises_journal_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(JournalError, match="cannot be") as raised:
        Journal(blocker / "journal" / "journal.sqlite3")
    assert str(blocker) in str(raised.value)
    with pytest.raises(JournalError):
        Journal.open_or_recover(blocker / "journal.sqlite3")


def test_a_folder_in_place_of_the_file_raises_journal_error(tmp_path):
    with pytest.raises(JournalError, match="is a folder"):
        Journal(tmp_path)


READ_ONLY_CHECK = """
    import os, sys
    from instore_app.journal import Journal, JournalError
    folder = sys.argv[1]
    def refused(path):
        try:
            Journal(path).close()
        except JournalError as exc:
            return str(exc)
        return None
    print(refused(os.path.join(folder, "ro", "journal.sqlite3")))
    print(refused(os.path.join(folder, "ro", "sub", "journal.sqlite3")))
    print(refused(os.path.join(folder, "rw", "journal.sqlite3")))
"""


def test_read_only_locations_raise_journal_error():
    """A read-only folder (new file, new subfolder) and a read-only journal file in a
    writable folder all fail at open, not at the first scan. root ignores permissions, so
    as root the check runs as 'nobody' (via setpriv)."""
    as_root = os.geteuid() == 0
    setpriv = shutil.which("setpriv")
    if as_root and not setpriv:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    folder = Path(tempfile.mkdtemp(prefix="instore-journal-ro-"))  # in /tmp: 'nobody' can reach it
    try:
        (folder / "ro").mkdir()
        (folder / "rw").mkdir()
        journal_file = folder / "rw" / "journal.sqlite3"
        with Journal(journal_file) as journal:
            journal.record_confirmation(1, "P1", 10)
        folder.chmod(0o755)
        (folder / "ro").chmod(0o555)
        (folder / "rw").chmod(0o777)
        journal_file.chmod(0o444)
        command = [sys.executable, "-c", textwrap.dedent(READ_ONLY_CHECK), str(folder)]
        if as_root:
            command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        result = subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if as_root and result.returncode != 0 and "ermission denied" in result.stderr:
            pytest.skip("'nobody' cannot run this Python: " + result.stderr.strip()[-300:])
        assert result.returncode == 0, result.stderr
        new_in_ro, sub_in_ro, ro_file = result.stdout.splitlines()
        assert "cannot be opened" in new_in_ro and "cannot be written" in new_in_ro
        assert "cannot be made" in sub_in_ro
        assert "read-only" in ro_file
        journal_file.chmod(0o644)
        with Journal(journal_file) as journal:  # untouched by the attempt
            assert journal.confirmed_items(1) == [10]
    finally:
        (folder / "ro").chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


# --- schema migrations ------------------------------------------------------------------------


def test_migration_hook_upgrades_an_old_journal(path, monkeypatch):
    with Journal(path) as journal:
        journal.record_confirmation(1, "P1", 10)

    def add_station_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE scans ADD COLUMN station TEXT")

    monkeypatch.setitem(journal_module.MIGRATIONS, SCHEMA_VERSION + 1, add_station_column)
    with Journal(path) as journal:
        assert journal.pragma("user_version") == SCHEMA_VERSION + 1
        assert journal.confirmed_items(1) == [10]
        columns = [row[1] for row in journal._conn.execute("PRAGMA table_info(scans)")]
        assert "station" in columns


def test_failed_migration_leaves_the_journal_as_it_was(path, monkeypatch):
    with Journal(path) as journal:
        journal.record_confirmation(1, "P1", 10)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE scans ADD COLUMN station TEXT")
        conn.execute("THIS IS NOT SQL")

    monkeypatch.setitem(journal_module.MIGRATIONS, SCHEMA_VERSION + 1, broken)
    with pytest.raises(JournalError):
        Journal(path)
    monkeypatch.delitem(journal_module.MIGRATIONS, SCHEMA_VERSION + 1)
    with Journal(path) as journal:
        assert journal.pragma("user_version") == SCHEMA_VERSION
        columns = [row[1] for row in journal._conn.execute("PRAGMA table_info(scans)")]
        assert "station" not in columns
        assert journal.confirmed_items(1) == [10]


# --- the package ------------------------------------------------------------------------------


def test_importing_the_journal_loads_no_qt():
    result = run_child(
        """
        import sys, instore_app.journal
        print(','.join(sorted(m for m in sys.modules
              if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync', 'pytestqt'))))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_public_api_is_exported():
    for name in journal_package.__all__:
        assert getattr(journal_package, name) is not None, name
    for name in ("Journal", "JournalError", "OpenPackage", "CommandRecord", "Figures", "default_path"):
        assert name in journal_package.__all__

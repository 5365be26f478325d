"""The commands log: a command ends as applied, not applied or unknown; an unknown one is
resolved later; journals of schema 1 are migrated. Real files where a restart matters."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from instore_app.journal import SCHEMA_VERSION, CommandOutcome, Journal, JournalError
from instore_app.journal import schema as schema_module

from .journal_helpers import T0, Clock, run_child


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(clock):
    with Journal(":memory:", clock=clock) as j:
        yield j


def test_there_are_exactly_three_outcomes():
    assert [o.value for o in CommandOutcome] == ["applied", "not_applied", "unknown"]
    assert CommandOutcome("not_applied") is CommandOutcome.NOT_APPLIED
    with pytest.raises(ValueError):
        CommandOutcome("rejected")  # the old values are gone


def test_an_unknown_outcome_is_resolved_later(journal, clock):
    command_id = journal.command_started(1, "pack", 31, {"package_items": [10]})
    clock.advance(seconds=20)
    journal.command_finished(command_id, CommandOutcome.UNKNOWN, None, "The OMS did not answer in time.")
    [record] = journal.commands(1)
    assert record.outcome is CommandOutcome.UNKNOWN and record.finished and not record.resolved
    assert record.finished_at == T0 + timedelta(seconds=20) and record.resolved_at is None

    clock.advance(seconds=40)
    journal.command_finished(command_id, CommandOutcome.APPLIED, 200)
    [record] = journal.commands(1)
    assert record.outcome is CommandOutcome.APPLIED and record.resolved
    assert record.finished_at == T0 + timedelta(seconds=20)  # when it was first finished
    assert record.resolved_at == T0 + timedelta(seconds=60)  # when it was resolved
    assert record.status_code == 200
    assert record.message == "The OMS did not answer in time."  # kept: no new message given


def test_resolving_to_not_applied_replaces_the_message(journal):
    command_id = journal.command_started(1, "pack", 31)
    journal.command_finished(command_id, "unknown", 502, "bad gateway")
    journal.command_finished(command_id, "not_applied", None, "re-read: the package is still in Ready for Packaging")
    [record] = journal.commands(1)
    assert (record.outcome, record.status_code, record.message) == (
        CommandOutcome.NOT_APPLIED, 502, "re-read: the package is still in Ready for Packaging"
    )


@pytest.mark.parametrize("first", ["applied", "not_applied"])
@pytest.mark.parametrize("again", ["applied", "not_applied", "unknown"])
def test_a_settled_command_cannot_be_finished_again(journal, first, again):
    command_id = journal.command_started(1, "pack", 31)
    journal.command_finished(command_id, first, 200)
    with pytest.raises(ValueError, match="already finished"):
        journal.command_finished(command_id, again)
    assert journal.commands(1)[0].outcome == first


def test_unknown_cannot_be_finished_unknown_again_nor_resolved_twice(journal):
    command_id = journal.command_started(1, "pack", 31)
    journal.command_finished(command_id, "unknown")
    with pytest.raises(ValueError, match="already unknown"):
        journal.command_finished(command_id, "unknown")
    journal.command_finished(command_id, "applied")
    with pytest.raises(ValueError, match="already finished"):
        journal.command_finished(command_id, "not_applied")


def test_unresolved_commands_are_the_unfinished_and_the_unknown_oldest_first(journal):
    in_flight = journal.command_started(1, "start_preparing", 7)
    unknown = journal.command_started(2, "pack", 8)
    journal.command_finished(unknown, "unknown", None, "connection dropped")
    applied = journal.command_started(2, "print_label", None)
    journal.command_finished(applied, "applied", 200)
    refused = journal.command_started(3, "pack", 8)
    journal.command_finished(refused, "not_applied", 406)
    later = journal.command_started(2, "refuse", 9)

    assert [c.id for c in journal.unresolved_commands()] == [in_flight, unknown, later]
    assert [c.id for c in journal.unresolved_commands(2)] == [unknown, later]
    assert journal.unresolved_commands(3) == []
    assert [c.id for c in journal.unfinished_commands()] == [in_flight, later]

    journal.command_finished(unknown, "not_applied")
    assert [c.id for c in journal.unresolved_commands(2)] == [later]


def test_an_unknown_command_is_still_unresolved_after_a_crash(tmp_path):
    path = tmp_path / "journal.sqlite3"
    result = run_child(
        f"""
        import os
        from instore_app.journal import Journal
        journal = Journal({str(path)!r})
        sent = journal.command_started(3, "pack", 8, {{"package_items": [1, 2]}})
        journal.command_finished(sent, "unknown", None, "timed out")
        journal.command_started(3, "print_label", None)  # in flight when killed
        os._exit(0)
        """
    )
    assert result.returncode == 0, result.stderr
    with Journal(path) as journal:
        [pack, label] = journal.unresolved_commands(3)
        assert (pack.command, pack.outcome, pack.message) == ("pack", CommandOutcome.UNKNOWN, "timed out")
        assert (label.command, label.outcome) == ("print_label", None)
        journal.command_finished(pack.id, "applied")
        journal.command_finished(label.id, "not_applied")
        assert journal.unresolved_commands() == []


def test_finishing_an_unknown_id_changes_nothing(journal):
    command_id = journal.command_started(1, "pack", 31)
    journal.command_finished(command_id, "unknown")
    with pytest.raises(LookupError):
        journal.command_finished(command_id + 1, "applied")
    assert [c.id for c in journal.unresolved_commands()] == [command_id]


# --- schema 1 -> 2 ----------------------------------------------------------------------------


def make_v1_journal(path) -> None:
    """A journal as the app of schema 1 wrote it: every old outcome, a pruned command."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        schema_module._migrate_to_1(raw)
        raw.execute("PRAGMA user_version = 1")
        rows = [
            (1, "applied"), (2, "already_applied"), (3, "rejected"), (4, "failed"),
            (5, "uncertain"), (6, None),
        ]
        for id_, outcome in rows:
            finished = None if outcome is None else "2026-11-23T09:00:05.000000+00:00"
            raw.execute(
                "INSERT INTO commands (id, package_id, command, transition_id, input_parameters,"
                " started_at, finished_at, outcome, status_code, message)"
                " VALUES (?, 7, 'pack', 3, '{}', '2026-11-23T09:00:00.000000+00:00', ?, ?, NULL, ?)",
                (id_, finished, outcome, f"was {outcome}"),
            )
        raw.execute("INSERT INTO commands (id, package_id, command, started_at) VALUES (9, 1, 'x', 'y')")
        raw.execute("DELETE FROM commands WHERE id = 9")  # pruned: id 9 was handed out once
        raw.execute(
            "INSERT INTO scans (package_id, package_number, item_id, kind, at)"
            " VALUES (7, 'P7', 70, 'confirm', '2026-11-23T09:00:00.000000+00:00')"
        )
        raw.execute(
            "INSERT INTO events (package_id, kind, detail, at)"
            " VALUES (6, 'closed', 'packed', '2026-11-23T08:00:00.000000+00:00')"
        )
    finally:
        raw.close()


def test_schema_1_outcomes_are_mapped_to_the_three(tmp_path):
    path = tmp_path / "journal.sqlite3"
    make_v1_journal(path)
    with Journal(path, clock=Clock()) as journal:
        assert journal.pragma("user_version") == SCHEMA_VERSION == 3
        outcomes = {c.id: c.outcome for c in journal.commands(7)}
        assert outcomes == {
            1: CommandOutcome.APPLIED,
            2: CommandOutcome.APPLIED,
            3: CommandOutcome.NOT_APPLIED,
            4: CommandOutcome.NOT_APPLIED,
            5: CommandOutcome.UNKNOWN,
            6: None,
        }
        assert [c.message for c in journal.commands(7)][:2] == ["was applied", "was already_applied"]
        assert [c.id for c in journal.unresolved_commands()] == [5, 6]
        journal.command_finished(5, "applied")  # an old uncertain one can be resolved
        assert journal.command_started(7, "pack", 3) == 10  # ids are never handed out twice
        assert journal.confirmed_items(7) == [70]
        [old_close] = journal.finished_today()
        assert (old_close.package_id, old_close.package_number, old_close.reason) == (6, None, "packed")


def test_the_migration_is_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "journal.sqlite3"
    make_v1_journal(path)

    def broken(conn: sqlite3.Connection) -> None:
        schema_module._migrate_to_2(conn)
        raise sqlite3.OperationalError("interrupted half-way")

    monkeypatch.setitem(schema_module.MIGRATIONS, 2, broken)
    with pytest.raises(JournalError, match="interrupted"):
        Journal(path)
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("SELECT outcome FROM commands WHERE id = 3").fetchone()[0] == "rejected"
    finally:
        raw.close()

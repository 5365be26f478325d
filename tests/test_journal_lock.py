"""One station per journal: the journal is locked while open; a second open is refused in
words; a lock never outlives its process (kill -9 included). Real files and processes."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from instore_app.journal import Journal, JournalError, JournalLocked, lock_path

from .journal_helpers import ROOT


@pytest.fixture
def path(tmp_path):
    return tmp_path / "journal.sqlite3"


def test_a_second_open_is_refused_in_words(path):
    with Journal(path) as first:
        first.record_confirmation(1, "P1", 10)
        assert first.lock_path == lock_path(path) == path.with_name("journal.sqlite3.lock")
        with pytest.raises(JournalLocked) as raised:
            Journal(path)
        message = str(raised.value)
        assert message.startswith("The packing station is already running on this PC (")
        assert f"process {os.getpid()}" in message and str(lock_path(path)) in message
        assert isinstance(raised.value, JournalError)
        with pytest.raises(JournalLocked):
            Journal.open_or_recover(path)
        with pytest.raises(JournalLocked):  # never "opened later": the station must not run twice
            Journal.open_or_recover(path, allow_unhealthy=True)
        assert first.healthy
        first.record_confirmation(1, "P1", 11)  # the refused second copy changed nothing
    with Journal(path) as again:  # closed: free again
        assert again.confirmed_items(1) == [10, 11]


def test_journals_in_memory_take_no_lock(tmp_path):
    with Journal(":memory:") as one, Journal(":memory:") as two:
        assert one.lock_path is None and two.lock_path is None
        one.record_confirmation(1, "P1", 10)
        assert two.confirmed_items(1) == []


def test_a_journal_dropped_without_close_frees_its_lock(path):
    journal = Journal(path)
    journal.record_confirmation(1, "P1", 10)
    del journal
    gc.collect()
    with Journal(path) as again:
        assert again.confirmed_items(1) == [10]


def test_a_journal_that_fails_to_open_frees_its_lock(path):
    with Journal(path):
        pass
    path.write_bytes(b"not a journal" * 500)
    with pytest.raises(JournalError):
        Journal(path)
    with Journal.open_or_recover(path) as journal:  # the lock was free to take
        journal.record_confirmation(1, "P1", 10)


def hold_the_journal(path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time
                from instore_app.journal import Journal
                journal = Journal({str(path)!r})
                journal.record_confirmation(4, "P4", 40)
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
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        child.wait()
        pytest.fail(f"the child did not start: {child.stderr.read() if child.stderr else ''}")
    return child


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_another_process_holds_the_lock_until_it_is_killed(path):
    child = hold_the_journal(path)
    try:
        with pytest.raises(JournalLocked, match=f"already running on this PC \\(process {child.pid},"):
            Journal(path)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert lock_path(path).exists()  # the file stays; the lock went with the process
    with Journal(path) as journal:  # not stale: the kernel dropped it
        assert journal.healthy
        assert journal.confirmed_items(4) == [40]

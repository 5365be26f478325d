"""The figures strip (instore_app.ui.figures_strip): today's figures from the journal."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from instore_app.journal import Figures, Journal
from instore_app.ui.figures_strip import FiguresStrip, format_duration

from .test_journal import Clock

DASHES = {"packed": "—", "items": "—", "errors": "—", "median": "—"}


@pytest.fixture
def clock() -> Clock:
    """Noon, local time, so "today" is the same day everywhere."""
    return Clock(datetime(2026, 11, 23, 12, 0).astimezone())


@pytest.fixture
def journal(clock):
    with Journal(":memory:", clock=clock) as j:
        yield j


@pytest.fixture
def strip(qtbot) -> FiguresStrip:
    widget = FiguresStrip()
    qtbot.addWidget(widget)
    return widget


def pack(journal: Journal, clock: Clock, package_id: int, items: list[int], seconds: float, errors: int = 0) -> None:
    """Open a package, scan `items` (and `errors` wrong codes), pack it `seconds` after opening."""
    journal.record_opened(package_id)
    for item_id in items:
        clock.advance(seconds=1)
        journal.record_confirmation(package_id, f"P{package_id}", item_id, f"CODE{item_id}")
    for _ in range(errors):
        journal.record_error(package_id, "UnknownCode")
    clock.advance(seconds=seconds - len(items))
    journal.close_package(package_id, "packed")
    clock.advance(minutes=1)


def test_a_new_strip_shows_dashes_and_readable_captions(strip):
    assert strip.texts() == DASHES
    assert strip.title_label.text() == "Today at this station"
    assert [label.text() for label in (strip.packed_caption, strip.items_caption, strip.errors_caption, strip.median_caption)] == [
        "Packed", "Items scanned", "Wrong scans", "Usual time per package",
    ]  # fmt: skip
    assert all(label.toolTip() for label in (strip.packed_caption, strip.median_value))


def test_figures_from_the_journal(strip, journal, clock):
    pack(journal, clock, 1, [10, 11], seconds=300)  # 5:00
    pack(journal, clock, 2, [20], seconds=600, errors=2)  # 10:00
    pack(journal, clock, 3, [30, 31, 32], seconds=125)  # 2:05
    journal.record_opened(4)  # open, one scan, a wrong scan, not packed
    journal.record_confirmation(4, "P4", 40)
    journal.record_error(4, "OtherPackage")

    figures = strip.refresh_from(journal)

    assert figures == Figures(3, 7, 3, 300.0)
    assert strip.figures == figures
    assert strip.texts() == {"packed": "3", "items": "7", "errors": "3", "median": "5:00"}
    assert "color" in strip.errors_value.styleSheet()  # wrong scans stand out


def test_an_empty_day(strip, journal):
    assert strip.refresh_from(journal) == Figures(0, 0, 0, None)
    assert strip.texts() == {"packed": "0", "items": "0", "errors": "0", "median": "—"}
    assert "color" not in strip.errors_value.styleSheet()


def test_yesterday_does_not_count(strip, journal, clock):
    pack(journal, clock, 1, [10], seconds=90)
    clock.advance(days=1)
    strip.refresh_from(journal)
    assert strip.texts() == {"packed": "0", "items": "0", "errors": "0", "median": "—"}


def test_update_figures_directly(strip):
    strip.update_figures(Figures(packages_packed=1234, items_scanned=5, errors=0, median_seconds_per_package=65.4))
    assert strip.texts()["median"] == "1:05"
    assert strip.texts()["items"] == "5"
    assert strip.texts()["packed"] == strip.locale().toString(1234)  # grouped the user's way
    strip.update_figures(None)
    assert strip.texts() == DASHES


def test_no_journal_shows_dashes_and_says_why(strip):
    strip.update_figures(Figures(1, 1, 1, 1.0))
    assert strip.refresh_from(None) is None
    assert strip.texts() == DASHES
    assert "not saved" in strip.toolTip()


def test_a_failing_journal_shows_dashes_and_does_not_raise(strip, clock):
    journal = Journal(":memory:", clock=clock)
    journal.close()  # every read now raises JournalError
    assert strip.refresh_from(journal) is None
    assert strip.texts() == DASHES
    assert "cannot be read" in strip.toolTip()


def test_watch_refreshes_on_a_timer_from_the_current_journal(strip, journal, clock, qtbot):
    current = {"journal": journal}
    strip.watch(lambda: current["journal"], interval_ms=20)
    assert strip.texts()["packed"] == "0"

    pack(journal, clock, 1, [10, 11], seconds=75)
    qtbot.waitUntil(lambda: strip.texts() == {"packed": "1", "items": "2", "errors": "0", "median": "1:15"}, timeout=2000)

    current["journal"] = None  # the station dropped a failing journal
    qtbot.waitUntil(lambda: strip.texts() == DASHES, timeout=2000)


def test_watch_takes_a_journal_and_refresh_reads_it_again(strip, journal, clock):
    strip.watch(journal, interval_ms=60_000)
    pack(journal, clock, 1, [10], seconds=42)
    assert strip.texts()["packed"] == "0"  # the timer has not fired yet
    strip.refresh()  # e.g. after a pack
    assert strip.texts() == {"packed": "1", "items": "1", "errors": "0", "median": "0:42"}


def test_refresh_soon_reads_the_journal_once_after_a_burst(strip, journal, clock, qtbot, monkeypatch):
    strip.watch(journal, interval_ms=60_000)
    reads = []
    original = journal.figures
    monkeypatch.setattr(journal, "figures", lambda *a, **k: reads.append(1) or original(*a, **k))
    pack(journal, clock, 1, [10, 11, 12], seconds=61)
    for _ in range(5):  # five scans in a row
        strip.refresh_soon(30)
    assert strip.texts()["packed"] == "0" and reads == []  # nothing yet: the scan's feedback comes first
    qtbot.waitUntil(lambda: strip.texts()["packed"] == "1", timeout=2000)
    qtbot.wait(60)
    assert reads == [1]
    assert strip.texts() == {"packed": "1", "items": "3", "errors": "0", "median": "1:01"}


def test_the_strip_is_one_slim_row(strip):
    strip.update_figures(Figures(12, 48, 3, 102.0))
    strip.resize(strip.sizeHint())
    assert strip.sizeHint().height() < 40
    assert strip.sizeHint().width() < 900


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.4, "0:00"), (59.6, "1:00"), (65, "1:05"), (599.5, "10:00"), (4500, "75:00"),
     (None, "—"), (math.nan, "—"), (math.inf, "—"), (-1, "—")],
)  # fmt: skip
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text

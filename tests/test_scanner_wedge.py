"""The keyboard-wedge filter: scans are told from typing by timing and never land as text.

Keys are typed with instore_app.scanner.testing, which stamps each QKeyEvent with an exact
virtual timestamp: no sleeps, no timed assertions.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from instore_app.scanner import WedgeScanFilter
from instore_app.scanner.testing import press_key, settle, type_human, type_scan

CODE = "8690000000017"


class KeyCounter(QObject):
    """Counts the key events that reach one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.events: list[tuple[QEvent.Type, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.events.append((event.type(), event.text()))
        return False


class Station(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.other = QLineEdit()
        self.button = QPushButton("Pack")
        for w in (self.search, self.other, self.button):
            layout.addWidget(w)
        self.returns: list[str] = []  # the search text each time Return reached it
        self.search.returnPressed.connect(lambda: self.returns.append(self.search.text()))
        self.find_triggered: list[str] = []
        self.find = QAction("Find", self)
        self.find.setShortcut(QKeySequence("Ctrl+F"))
        self.find.triggered.connect(lambda: self.find_triggered.append(self.search.text()))
        self.addAction(self.find)


@pytest.fixture
def station(qtbot):
    w = Station()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    w.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search)
    return w


@pytest.fixture
def wedge(qapp):
    f = WedgeScanFilter(qapp)
    qapp.installEventFilter(f)
    f.scans = []
    f.scanned.connect(f.scans.append)
    yield f
    f.uninstall(qapp)


def test_scan_at_scanner_speed_is_one_scan_and_no_text(station, wedge):
    keys = KeyCounter(station.search)
    type_scan(station.search, CODE, interval_ms=10)
    assert wedge.scans == [CODE]
    assert station.search.text() == ""
    assert station.returns == []
    assert keys.events == []  # presses, releases and the Return: nothing reached the widget
    assert not wedge.holding


def test_scan_goes_to_the_filter_wherever_the_focus_is(station, wedge):
    station.button.setFocus()
    clicks = []
    station.button.clicked.connect(lambda: clicks.append(1))
    type_scan(None, CODE)
    type_scan(None, "ABC-12 x", interval_ms=5)  # capitals (with Shift events), space and dash
    assert wedge.scans == [CODE, "ABC-12 x"]
    assert clicks == []  # the space in the code did not press the button


def test_human_speed_is_typing_delivered_after_the_gap(station, wedge, qtbot):
    type_human(station.search, CODE, interval_ms=150, settle=False)
    # every key was delivered when the next one came too late; the last one is still held
    assert station.search.text() == CODE[:-1]
    assert wedge.holding
    qtbot.waitUntil(lambda: station.search.text() == CODE)  # the gap timer delivers it
    assert wedge.scans == []
    assert not wedge.holding


def test_human_typing_then_return_reaches_the_widget_in_order(station, wedge):
    type_human(station.search, "kazak\n")
    assert wedge.scans == []
    assert station.returns == ["kazak"]


def test_short_fast_burst_is_typing_with_its_return(station, wedge):
    type_scan(station.search, "123", interval_ms=10)
    assert wedge.scans == []
    assert station.search.text() == "123"
    assert station.returns == ["123"]  # the text arrived before the Return


def test_min_length_is_enough(station, wedge):
    type_scan(station.search, "1234")
    assert wedge.scans == ["1234"]
    wedge.min_length = 8
    type_scan(station.search, "1234567")
    assert wedge.scans == ["1234"]
    assert station.search.text() == "1234567"


def test_tab_terminator_is_a_scan_and_does_not_move_focus(station, wedge):
    type_scan(station.search, CODE, terminator=Qt.Key.Key_Tab)
    assert wedge.scans == [CODE]
    assert QApplication.focusWidget() is station.search
    assert station.search.text() == ""


def test_keypad_enter_terminator(station, wedge):
    type_scan(station.search, CODE, terminator=Qt.Key.Key_Enter)
    assert wedge.scans == [CODE]


def test_tab_typed_by_a_person_still_moves_focus(station, wedge):
    type_human(None, "ab\tcd")
    assert station.search.text() == "ab"
    assert station.other.text() == "cd"
    assert wedge.scans == []


def test_ctrl_f_shortcut_still_triggers(station, wedge):
    press_key(station.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert station.find_triggered == [""]
    QTest.keyClick(station.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert len(station.find_triggered) == 2


def test_text_typed_before_a_shortcut_arrives_before_it(station, wedge):
    type_human(station.search, "ab", interval_ms=30, settle=False)  # fast typist: both held
    assert station.search.text() == ""
    press_key(station.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier, pause_ms=20)
    assert station.find_triggered == ["ab"]


def test_one_key_shortcut_cannot_eat_a_scan_digit_but_works_for_a_person(station, wedge):
    fives = []
    action = QAction("five", station)
    action.setShortcut(QKeySequence("5"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fives.append(1))
    station.addAction(action)
    station.button.setFocus()  # a button does not want "5" itself, so the shortcut could fire
    type_scan(None, "5555123")
    assert wedge.scans == ["5555123"]
    assert fives == []
    type_human(None, "5")  # a person pressing the key: the shortcut fires (after the gap)
    assert fives == [1]


def test_turkish_letters_in_a_scan_and_in_typing(station, wedge):
    code = "İŞĞÜÖÇışğüöç-0042"
    type_scan(station.search, code)
    assert wedge.scans == [code]
    assert station.search.text() == ""
    type_human(station.search, "Işık İğne şü")
    assert station.search.text() == "Işık İğne şü"
    assert wedge.scans == [code]


def test_disabled_filter_lets_everything_through(station, wedge):
    wedge.enabled = False
    type_scan(station.search, CODE)
    assert wedge.scans == []
    assert station.search.text() == CODE
    assert station.returns == [CODE]
    wedge.enabled = True
    station.search.clear()
    type_scan(station.search, CODE)
    assert wedge.scans == [CODE]
    assert station.search.text() == ""


def test_disabling_delivers_what_is_held(station, wedge):
    type_human(station.search, "xy", interval_ms=20, settle=False)
    assert station.search.text() == ""
    wedge.enabled = False
    assert station.search.text() == "xy"


def test_threshold_setting_is_respected(station, wedge):
    type_scan(station.search, CODE, interval_ms=80)  # default 50 ms: a person
    assert wedge.scans == []
    assert station.search.text() == CODE
    station.search.clear()
    wedge.max_interval_ms = 100  # a slow Bluetooth scanner
    type_scan(station.search, CODE, interval_ms=80)
    assert wedge.scans == [CODE]
    assert station.search.text() == ""
    assert wedge.last_scan_max_gap_ms == 80  # what a settings screen can show when tuning


def test_threshold_is_inclusive_and_from_the_constructor(station, qapp):
    f = WedgeScanFilter(qapp, max_interval_ms=100, min_length=6)
    assert (f.max_interval_ms, f.min_length, f.enabled) == (100, 6, True)
    scans = []
    f.scanned.connect(scans.append)
    f.install(qapp)
    try:
        type_scan(station.search, "123456", interval_ms=100)
        type_scan(station.search, "12345", interval_ms=10)  # too short for min_length=6
        assert scans == ["123456"]
        assert station.search.text() == "12345"
    finally:
        f.uninstall(qapp)


def test_a_slow_key_inside_a_scan_makes_it_typing(station, wedge):
    type_scan(station.search, "869000", interval_ms=10, terminator=None)
    type_scan(station.search, "0000017", interval_ms=10, pause_ms=200)  # 200 ms hiccup
    assert wedge.scans == ["0000017"]  # only the fast tail after a real pause is a scan
    assert station.search.text() == "869000"


def test_the_tail_of_a_burst_released_early_is_not_a_scan(station, wedge):
    # The gap timer fired in the middle of a fast burst (an event loop blocked for longer
    # than the gap): the tail that follows within max_interval_ms must not become a scan.
    type_scan(station.search, "869000", interval_ms=10, terminator=None)
    wedge.flush()
    type_scan(station.search, "0000017", interval_ms=10, pause_ms=10)
    assert wedge.scans == []
    assert station.search.text() == CODE
    assert station.returns == [CODE]


def test_typing_then_a_scan_keeps_both_apart(station, wedge):
    type_human(station.search, "ab", settle=False)
    type_scan(station.search, CODE)
    assert station.search.text() == "ab"
    assert wedge.scans == [CODE]
    type_scan(station.search, "4006381333931")  # two scans in a row
    assert wedge.scans == [CODE, "4006381333931"]


def test_backspace_after_held_text_applies_to_it(station, wedge):
    type_human(station.search, "abc", interval_ms=20, settle=False)
    assert station.search.text() == ""
    type_human(station.search, "\b", pause_ms=20)
    assert station.search.text() == "ab"


def test_mouse_press_delivers_held_text_first(station, wedge):
    type_human(station.search, "ab", interval_ms=20, settle=False)
    QTest.mouseClick(station.other, Qt.MouseButton.LeftButton)
    assert station.search.text() == "ab"
    assert station.other.text() == ""


def test_press_and_release_are_both_replayed(station, wedge):
    """A button clicks on Space's release: held Space must come back as press + release."""
    clicks = []
    station.button.clicked.connect(lambda: clicks.append(1))
    station.button.setFocus()
    type_human(None, " ")
    assert clicks == [1]


def test_settle_delivers_held_keys(station, wedge):
    type_human(station.search, "q", settle=False)
    assert station.search.text() == ""
    settle()
    assert station.search.text() == "q"


def test_plain_return_passes(station, wedge):
    QTest.keyClick(station.search, Qt.Key.Key_Return)
    press_key(station.search, Qt.Key.Key_Return, text="\r")
    assert station.returns == ["", ""]


def test_events_without_timestamps_use_the_injected_clock(station, qapp):
    """QTest's key events carry timestamp 0: the filter times them with its clock."""
    now = [100.0]
    f = WedgeScanFilter(qapp, clock=lambda: now[0])
    scans = []
    f.scanned.connect(scans.append)
    f.install(qapp)

    def keys(text: str, step_s: float) -> None:
        for ch in text:
            QTest.keyClick(station.search, ch)
            now[0] += step_s
        QTest.keyClick(station.search, Qt.Key.Key_Return)

    try:
        keys("4006381333931", 0.010)
        assert scans == ["4006381333931"]
        assert station.search.text() == ""
        now[0] += 5
        keys("abcd", 0.150)
        assert scans == ["4006381333931"]
        assert station.search.text() == "abcd"
        assert station.returns == ["abcd"]
    finally:
        f.uninstall(qapp)


def test_settings_are_validated(qapp):
    with pytest.raises(ValueError):
        WedgeScanFilter(max_interval_ms=0)
    with pytest.raises(ValueError):
        WedgeScanFilter(min_length=0)


def test_testing_helpers_refuse_what_a_scanner_cannot_type(station):
    with pytest.raises(ValueError):
        type_scan(station.search, "")
    with pytest.raises(ValueError):
        type_scan(station.search, "12\n34")
    with pytest.raises(ValueError):
        type_scan(station.search, "1234", terminator=Qt.Key.Key_Escape)

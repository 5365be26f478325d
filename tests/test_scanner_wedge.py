"""The keyboard-wedge filter: scans are told from typing by timing and never land as text.

Keys are typed with instore_app.scanner.testing, which stamps each QKeyEvent with an exact
virtual timestamp: no sleeps, no timed assertions.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from instore_app.api.models import DenialReason
from instore_app.scanner import WedgeScanFilter
from instore_app.scanner.testing import key_time_ms, press_key, settle, type_human, type_scan
from instore_app.ui.dialogs import RefuseDialog
from instore_app.ui.signin import SignInDialog

CODE = "8690000000017"


class KeyCounter(QObject):
    """Counts the key events that reach one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.events: list[tuple[QEvent.Type, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
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


# -- text fields in dialogs: their keys are theirs ------------------------------------------------

TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def shown(qtbot, widget: QWidget, focus: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def test_a_token_typed_at_scanner_speed_into_the_sign_in_dialog_is_the_dialogs(station, wedge, qtbot):
    """A password manager (or a scanner) types the token and Enter: the dialog signs in with it."""
    dialog = SignInDialog("https://acme-oms.akinon.net", station)
    shown(qtbot, dialog, dialog.token_edit)
    tokens: list[str] = []
    dialog.token.connect(tokens.append)
    type_scan(None, TOKEN, interval_ms=2)
    assert wedge.scans == []
    assert tokens == [TOKEN]  # Enter went on to the dialog's Sign in button
    assert dialog.token_edit.text() == TOKEN and station.search.text() == ""


def test_a_password_typed_fast_into_the_sign_in_dialog_is_the_dialogs(station, wedge, qtbot):
    dialog = SignInDialog("https://acme-oms.akinon.net", station)
    shown(qtbot, dialog, dialog.username)
    type_scan(None, "magaza.kadikoy", terminator=Qt.Key.Key_Tab)  # Tab moves on, as in any form
    assert dialog.password.hasFocus()
    type_scan(None, "s3cret-Pa55", interval_ms=5, terminator=None)
    assert wedge.scans == [] and not wedge.holding
    assert (dialog.username.text(), dialog.password.text()) == ("magaza.kadikoy", "s3cret-Pa55")


def _editable_combo() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    return combo


@pytest.mark.parametrize(
    "make, text_of",
    [
        (QLineEdit, QLineEdit.text),
        (QPlainTextEdit, QPlainTextEdit.toPlainText),
        (QTextEdit, QTextEdit.toPlainText),
        (QSpinBox, lambda spin: spin.cleanText()),
        (QDoubleSpinBox, lambda spin: spin.cleanText()),
        (_editable_combo, QComboBox.currentText),
    ],
    ids=["line edit", "plain text", "rich text", "spin box", "double spin box", "editable combo"],
)
def test_every_kind_of_text_field_in_a_dialog_gets_fast_keys(wedge, qtbot, make, text_of):
    dialog = QDialog()
    field = make()
    if isinstance(field, QDoubleSpinBox):
        field.setDecimals(0)
    if isinstance(field, (QSpinBox, QDoubleSpinBox)):
        field.setRange(0, 99_999_999)
        field.clear()
    QVBoxLayout(dialog).addWidget(field)
    shown(qtbot, dialog, field)
    type_scan(None, "12345678", terminator=None)
    assert wedge.scans == [] and not wedge.holding
    assert text_of(field) == "12345678"


def test_a_read_only_field_in_a_dialog_does_not_hide_a_scan(wedge, qtbot):
    dialog = QDialog()
    field = QLineEdit("shown, not typed into")
    field.setReadOnly(True)
    QVBoxLayout(dialog).addWidget(field)
    shown(qtbot, dialog, field)
    type_scan(None, CODE)
    assert wedge.scans == [CODE]
    assert field.text() == "shown, not typed into"


def test_in_a_bench_dialog_without_a_text_field_a_scan_is_still_a_scan(station, wedge, qtbot):
    """The refuse dialog lists reasons (a number key chooses one): a scan there goes to the
    window, and its digits choose nothing."""
    reasons = [DenialReason(id=7, title="Damaged"), DenialReason(id=8, title="Customer cancelled")]
    dialog = RefuseDialog(reasons, station)
    shown(qtbot, dialog, dialog.list)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    type_scan(None, "2" + CODE)
    assert wedge.scans == ["2" + CODE]
    assert finished == [] and dialog.selected_reason_id() == 7  # "2" did not choose reason 2
    type_human(None, "2")  # a person pressing 2 does
    assert finished == [QDialog.DialogCode.Accepted] and dialog.selected_reason_id() == 8


def test_in_the_main_window_a_search_field_still_never_gets_a_scan(station, wedge):
    assert not isinstance(station.window(), QDialog)
    type_scan(None, CODE)
    assert wedge.scans == [CODE] and station.search.text() == ""


def test_keys_held_for_the_window_arrive_before_the_dialogs_keys(station, wedge, qtbot):
    type_scan(station.search, "ab", terminator=None)  # held: a scan may be starting
    assert wedge.holding
    dialog = QDialog(station)
    field = QLineEdit()
    QVBoxLayout(dialog).addWidget(field)
    shown(qtbot, dialog, field)
    type_scan(None, "xyz", terminator=None)
    assert station.search.text() == "ab" and field.text() == "xyz"
    assert wedge.scans == [] and not wedge.holding


def test_the_release_of_a_scans_enter_is_swallowed_in_the_dialog_it_opened(station, wedge, qtbot):
    dialog = QDialog(station)
    field = QLineEdit()
    QVBoxLayout(dialog).addWidget(field)
    keys = KeyCounter(field)
    t = key_time_ms() + 1000

    def send(widget: QWidget, etype: QEvent.Type, key: Qt.Key, text: str, at: int) -> None:
        event = QKeyEvent(etype, int(key), Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(at)
        QApplication.sendEvent(widget, event)

    for i, ch in enumerate("1234"):
        send(station.search, QEvent.Type.KeyPress, Qt.Key(ord(ch)), ch, t + i)
        send(station.search, QEvent.Type.KeyRelease, Qt.Key(ord(ch)), ch, t + i)
    send(station.search, QEvent.Type.KeyPress, Qt.Key.Key_Return, "\r", t + 4)
    assert wedge.scans == ["1234"]
    # The scan opened the dialog; Enter comes up in its field.
    send(field, QEvent.Type.KeyRelease, Qt.Key.Key_Return, "\r", t + 6)
    assert keys.events == []
    send(field, QEvent.Type.KeyPress, Qt.Key.Key_A, "a", t + 2000)
    assert field.text() == "a"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_keys_for_a_completer_list_in_a_dialog_go_to_its_field(wedge, qtbot):
    """The setup dialog's store field pops up a list of matches; keys still belong to the field."""
    dialog = QDialog()
    field = QLineEdit()
    completer = QCompleter(["Kadıköy Mağaza", "Kadıköy Depo"], field)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    field.setCompleter(completer)
    QVBoxLayout(dialog).addWidget(field)
    shown(qtbot, dialog, field)
    type_human(None, "Kad")
    completer.complete()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    type_scan(popup, "ıköy", interval_ms=3, terminator=None)  # Qt gives an open popup the keys
    assert wedge.scans == [] and not wedge.holding
    assert field.text() == "Kadıköy"

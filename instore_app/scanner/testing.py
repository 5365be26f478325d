"""Type the way a scanner types (or a person), for tests and benchmarks.

Every helper sends real ``QKeyEvent`` objects with ``QApplication.sendEvent`` (so shortcuts,
event filters, focus widgets and key releases behave as with a keyboard) and sets each event's
``timestamp()`` from a virtual millisecond clock that only these helpers advance. The
:class:`~instore_app.scanner.wedge.WedgeScanFilter` times keys by those timestamps, so:

* nothing sleeps: a 13-digit scan "at 10 ms a key" is sent in well under a millisecond;
* results are exact, on a loaded machine too: "80 ms apart" is 80 ms to the filter;
* everything is synchronous: when :func:`type_scan` returns, ``scanned`` has been emitted
  and its slots have run; when :func:`type_human` returns (``settle=True``), the text is in
  the widget.

Usage (pytest-qt; the filter installed on the application as the app does it)::

    from instore_app.scanner import WedgeScanFilter
    from instore_app.scanner.testing import press_key, type_human, type_scan

    wedge = WedgeScanFilter(qapp)
    qapp.installEventFilter(wedge)
    scans = []
    wedge.scanned.connect(scans.append)

    type_scan(line_edit, "8690000000017")          # 10 ms a key, then Return
    assert scans == ["8690000000017"] and line_edit.text() == ""

    type_human(line_edit, "kazak")                  # 150 ms a key: typing, not a scan
    assert line_edit.text() == "kazak"

    type_scan(None, "8690000000017", interval_ms=30, terminator=Qt.Key.Key_Tab)  # to the focus widget
    press_key(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)          # a shortcut

    qapp.removeEventFilter(wedge)                   # tidy up (or wedge.uninstall())

``widget`` may be ``None``: each event then goes to ``QApplication.focusWidget()`` (the window
must be shown and active: ``qtbot.waitActive``/``waitExposed`` and ``setFocus``). Each helper
starts ``pause_ms`` (default 1 s of virtual time) after the previous one ended, so two calls
never merge into one burst. These helpers work the same inside ``@pytest.mark.asyncio`` tests.

Plain ``QTest.keyClicks`` events carry timestamp 0 and arrive within microseconds of each
other, so with the filter installed they look like a scanner: use :func:`type_human` for a
person's typing (or leave the filter out of a widget's own unit tests).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from .wedge import WedgeScanFilter

__all__ = [
    "SCANNER_INTERVAL_MS",
    "HUMAN_INTERVAL_MS",
    "type_scan",
    "type_human",
    "press_key",
    "settle",
    "key_time_ms",
]

#: A typical USB scanner: 10 ms a key. (Bluetooth scanners can be 30-80 ms.)
SCANNER_INTERVAL_MS = 10
#: A quick person: 150 ms a key.
HUMAN_INTERVAL_MS = 150

_NO_MODS = Qt.KeyboardModifier.NoModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier

_TERMINATOR_EVENTS: dict[Qt.Key, tuple[str, Qt.KeyboardModifier]] = {
    Qt.Key.Key_Return: ("\r", _NO_MODS),
    Qt.Key.Key_Enter: ("\r", Qt.KeyboardModifier.KeypadModifier),
    Qt.Key.Key_Tab: ("\t", _NO_MODS),
}
_SPECIAL_CHARS: dict[str, tuple[Qt.Key, str]] = {
    "\n": (Qt.Key.Key_Return, "\r"),
    "\r": (Qt.Key.Key_Return, "\r"),
    "\t": (Qt.Key.Key_Tab, "\t"),
    "\b": (Qt.Key.Key_Backspace, "\b"),
}

_now_ms = 1_000_000  # virtual key time; never 0 (0 means "no timestamp" to the filter)


def key_time_ms() -> int:
    """The virtual time (ms) of the last key these helpers sent."""
    return _now_ms


def _start(pause_ms: float) -> int:
    return _now_ms + max(1, round(pause_ms))


def _target(widget: QObject | None) -> QObject:
    if widget is not None:
        return widget
    focus = QApplication.focusWidget()
    if focus is None:
        raise RuntimeError(
            "no widget has keyboard focus: show and activate the window "
            "(qtbot.waitActive / waitExposed, then setFocus) or pass the widget"
        )
    return focus


def _send(widget: QObject | None, etype: QEvent.Type, key: int, mods: Qt.KeyboardModifier, text: str, ts: int) -> None:
    global _now_ms
    event = QKeyEvent(etype, int(key), mods, text)
    event.setTimestamp(ts)
    _now_ms = max(_now_ms, ts)
    QApplication.sendEvent(_target(widget), event)


def _key_for_char(ch: str) -> int:
    """Qt's key code for a character: its upper-case code point (Key_A for "a", 0x15E for "ş")."""
    if ch == " ":
        return int(Qt.Key.Key_Space)
    upper = ch.upper()
    return ord(upper) if len(upper) == 1 else ord(ch)


def _click(widget: QObject | None, key: int, mods: Qt.KeyboardModifier, text: str, t: int, hold_ms: int) -> None:
    """Press and release one key at virtual time ``t``; Shift pressed around it when ``mods`` has it."""
    shift = bool(mods & _SHIFT)
    if shift:
        _send(widget, QEvent.Type.KeyPress, Qt.Key.Key_Shift, _SHIFT, "", t)
    _send(widget, QEvent.Type.KeyPress, key, mods, text, t)
    _send(widget, QEvent.Type.KeyRelease, key, mods, text, t + hold_ms)
    if shift:
        _send(widget, QEvent.Type.KeyRelease, Qt.Key.Key_Shift, _NO_MODS, "", t + hold_ms)


def _type_char(widget: QObject | None, ch: str, t: int, hold_ms: int) -> None:
    if ch in _SPECIAL_CHARS:
        key, text = _SPECIAL_CHARS[ch]
        _click(widget, key, _NO_MODS, text, t, hold_ms)
        return
    if not ch.isprintable():
        raise ValueError(f"cannot type {ch!r}: not printable")
    mods = _SHIFT if ch.isalpha() and ch.isupper() else _NO_MODS  # as a scanner does for capitals
    _click(widget, _key_for_char(ch), mods, ch, t, hold_ms)


def type_scan(
    widget: QObject | None,
    code: str,
    interval_ms: float = SCANNER_INTERVAL_MS,
    terminator: Qt.Key | None = Qt.Key.Key_Return,
    *,
    pause_ms: float = 1000,
) -> None:
    """Type ``code`` as a keyboard-wedge scanner does: one key every ``interval_ms``, then
    ``terminator`` (Key_Return, Key_Enter, Key_Tab, or None for a scanner without a suffix),
    each key pressed and released, Shift around capitals. Synchronous: a scan the filter
    recognises has been emitted (and handled) when this returns."""
    if not code:
        raise ValueError("type_scan needs a non-empty code")
    if any(not ch.isprintable() for ch in code):
        raise ValueError(f"a scanned code is printable characters only: {code!r}")
    if terminator is not None and terminator not in _TERMINATOR_EVENTS:
        raise ValueError(f"terminator must be Key_Return, Key_Enter, Key_Tab or None, not {terminator!r}")
    start = _start(pause_ms)
    hold = max(0, min(2, round(interval_ms) // 2))
    for i, ch in enumerate(code):
        _type_char(widget, ch, start + round(i * interval_ms), hold)
    if terminator is not None:
        text, mods = _TERMINATOR_EVENTS[terminator]
        _click(widget, terminator, mods, text, start + round(len(code) * interval_ms), hold)


def type_human(
    widget: QObject | None,
    text: str,
    interval_ms: float = HUMAN_INTERVAL_MS,
    *,
    settle: bool = True,
    pause_ms: float = 1000,
) -> None:
    """Type ``text`` as a person does: one key every ``interval_ms`` (``"\\n"`` is Return,
    ``"\\t"`` Tab, ``"\\b"`` Backspace).

    With ``settle=True`` (default) the filters then deliver what they still hold, as their gap
    timer would ``max_interval_ms`` later, so the text is in the widget on return. With
    ``settle=False`` the last keys stay held until the gap timer fires: wait for it with
    ``qtbot.waitUntil(lambda: line_edit.text() == text)``."""
    start = _start(pause_ms)
    hold = max(0, min(40, round(interval_ms) // 2))
    for i, ch in enumerate(text):
        _type_char(widget, ch, start + round(i * interval_ms), hold)
    if settle:
        WedgeScanFilter.flush_all()


def press_key(
    widget: QObject | None,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = _NO_MODS,
    text: str = "",
    *,
    pause_ms: float = 1000,
) -> None:
    """Press and release one key (a shortcut such as Ctrl+F, Escape, F5...) after a pause.
    ``text`` is what the key types, if anything ("" for shortcuts and function keys)."""
    hold = 40
    t = _start(pause_ms)
    pressed = [
        (k, m)
        for k, m in (
            (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier),
            (Qt.Key.Key_Shift, _SHIFT),
        )
        if modifiers & m
    ]
    mods = _NO_MODS
    for k, m in pressed:
        mods |= m
        _send(widget, QEvent.Type.KeyPress, k, mods, "", t)
    _send(widget, QEvent.Type.KeyPress, key, modifiers, text, t)
    _send(widget, QEvent.Type.KeyRelease, key, modifiers, text, t + hold)
    for k, m in reversed(pressed):
        mods &= ~m
        _send(widget, QEvent.Type.KeyRelease, k, mods, "", t + hold)


def settle() -> None:
    """Make every :class:`WedgeScanFilter` deliver the keys it holds now ("the typing stopped")."""
    WedgeScanFilter.flush_all()

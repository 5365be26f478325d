"""Keyboard-wedge barcode scanners: tell a scan from a person typing, by timing.

A USB scanner in keyboard mode *types* the code, a few milliseconds per key, and ends it with
Enter (or Tab). :class:`WedgeScanFilter` is an application-wide event filter that holds back
printable key presses for a moment; if they keep coming fast and end with a terminator, they
were a scan: it emits :attr:`~WedgeScanFilter.scanned` with the code and nothing reaches the
focused widget (a search box keeps its text). Otherwise they were a person: the held keys are
delivered to the widget they were meant for, in order, about ``max_interval_ms`` late.

Install it once, on the application::

    wedge = WedgeScanFilter(app, max_interval_ms=settings.scan_interval_ms)
    wedge.scanned.connect(window.handle_scan)
    app.installEventFilter(wedge)          # or wedge.install()

How it decides (all times are the key events' own timestamps, see *Time* below):

* A printable key press (text that :meth:`str.isprintable`, no Ctrl/Alt/Meta; Shift and the
  keypad are fine) is held in a buffer together with its receiver. The next one within
  ``max_interval_ms`` joins the buffer; a slower one first delivers the buffer, then starts a
  new one. The characters come from ``QKeyEvent.text()``, never from key codes, so a Turkish
  ``İ`` or ``ş`` arrives as typed.
* Enter, Return (keypad too) or Tab within ``max_interval_ms`` of the last held key, when the
  buffer holds at least ``min_length`` characters: a scan. ``scanned(code)`` is emitted
  synchronously from the filter (lowest latency; slots must not start a nested event loop),
  and the terminator is swallowed with the held keys.
* Anything else (a slower terminator, too few characters, a non-printable key, a key with
  Ctrl/Alt/Meta, a mouse press, the gap timer running out) delivers the held keys first,
  then lets the event through. Shortcuts such as Ctrl+F work as usual, after the text typed
  before them. Bare modifier keys (Shift, Ctrl, ...) pass straight through: scanners press
  Shift for capitals.
* A burst that starts within ``max_interval_ms`` of keys that were delivered as typing is
  never a scan (a scan starts after a pause); this also keeps a scan whose first keys were
  released early (the event loop was blocked for longer than the gap) from becoming a scan
  of its tail.
* Keys for an editable text field in a dialog (a ``QLineEdit``, ``QTextEdit``,
  ``QPlainTextEdit``, spin box or editable combo box whose window is a ``QDialog``: the
  sign-in and settings dialogs) pass straight through, at any speed: a password manager or a
  scanner typing a token into the sign-in dialog must fill that field, not make a "scan".
  Keys that come up from such a field to its dialog (Enter for the default button, Esc) pass
  too. Keys in the main window, and in a dialog whose focus is not on a text field (a list of
  reasons, a button), are examined as above, so scans there still reach ``scanned``.
* Key releases that belong to held presses are held with them (and replayed, or swallowed
  with a scan), so a widget that acts on release (a button's Space) sees press and release.
* Shortcut overrides: a printable key is marked "wanted by the widget" while it may be part
  of a scan, so an unmodified one-key shortcut (QKeySequence("5")) can't eat a digit in the
  middle of a scan; held keys are replayed with ``QApplication.sendEvent``, which tries
  shortcuts again, so such a shortcut still fires for a person (late by the gap). A
  terminator that completes a scan is likewise kept from a Return shortcut.

Time: each key's time is ``QKeyEvent.timestamp()`` (milliseconds, set by the window system:
X11, Wayland, Windows and macOS all do, and it is measured where the key happened, not when
our busy event loop got round to it). Events with timestamp 0 (QTest's, for one) use the
injected ``clock`` (seconds, default :func:`time.monotonic`) instead; two keys timed by
different sources never count as fast. :mod:`instore_app.scanner.testing` types with exact
timestamps, so tests need neither sleeps nor a fake clock.

Known limits: keys typed through an input method's pre-edit (CJK IMEs) arrive as
``QInputMethodEvent`` and are not examined. A key held down auto-repeats every 30-40 ms, so
holding a letter and pressing Enter within ``max_interval_ms`` of the last repeat reads as a
scan of that letter repeated (auto-repeat is not treated specially because X11 can mark a
very fast scanner's double letters as auto-repeat). ``QTest.keyClicks`` types everything
within the same millisecond, i.e. like a scanner (see :mod:`instore_app.scanner.testing`).
"""

from __future__ import annotations

import logging
import sys
import time
import weakref
from collections import Counter
from collections.abc import Callable
from typing import ClassVar, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from .fields import dialog_text_field

log = logging.getLogger(__name__)

__all__ = ["WedgeScanFilter", "TERMINATOR_KEYS"]

#: Keys that end a scan (scanners are configured with an Enter or a Tab suffix).
TERMINATOR_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Mode_switch,
    }
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_MOUSE_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
_WATCHED_TYPES = frozenset({_KEY_PRESS, _KEY_RELEASE, _SHORTCUT_OVERRIDE}) | _MOUSE_PRESSES

# What a key is, for the filter.
_MODIFIER, _CHAR, _TERMINATOR, _OTHER = range(4)

#: The gap timer waits this much longer than ``max_interval_ms`` so that a key which came in
#: time but sits in the event queue behind a repaint still joins its burst.
TIMER_SLACK_MS = 10

_Time = tuple[bool, float]  # (from the event's timestamp?, milliseconds)


def _is_windows_altgr(mods: Qt.KeyboardModifier) -> bool:
    # Windows reports AltGr as Ctrl+Alt; the text it types ("@" on a Turkish Q key) is text.
    return sys.platform == "win32" and (mods & _CTRL_ALT) == _CTRL_ALT


def _classify(event: QKeyEvent) -> int:
    key = event.key()
    if key in _MODIFIER_KEYS:
        return _MODIFIER
    mods = event.modifiers()
    commanded = bool(mods & _COMMAND_MODIFIERS)
    if key in TERMINATOR_KEYS:
        return _OTHER if commanded else _TERMINATOR
    text = event.text()
    if text and text.isprintable() and (not commanded or _is_windows_altgr(mods)):
        return _CHAR
    return _OTHER


def _key_id(event: QKeyEvent) -> tuple[int, int]:
    return (int(event.key()), event.nativeScanCode())


class WedgeScanFilter(QObject):
    """Application event filter that turns fast keyboard bursts ending in Enter/Tab into scans.

    ``WedgeScanFilter(parent=None, *, max_interval_ms=50, min_length=4, enabled=True,
    clock=time.monotonic)``; install it with ``app.installEventFilter(f)`` or :meth:`install`.
    """

    #: One complete scan: the characters typed, terminator excluded, not stripped or normalised.
    scanned = Signal(str)

    _instances: ClassVar[weakref.WeakSet[WedgeScanFilter]] = weakref.WeakSet()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_interval_ms: float = 50,
        min_length: int = 4,
        enabled: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._max_interval_ms = 0.0
        self._min_length = 1
        self._enabled = bool(enabled)
        self._replaying = False
        # The held burst: (receiver, cloned event) in arrival order, presses and releases.
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._text: list[str] = []
        self._down: Counter[tuple[int, int]] = Counter()  # held presses not yet released
        self._last_time: _Time | None = None
        self._max_gap_ms = 0.0
        self._tainted = False
        self._last_typed_time: _Time | None = None  # last key delivered as typing
        # Releases of keys consumed by a scan, to swallow when they come.
        self._swallow: Counter[tuple[int, int]] = Counter()
        self._swallow_time: _Time | None = None
        self.last_scan_max_gap_ms: float | None = None
        """The largest gap between two keys of the last scan (terminator included), for tuning."""

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_gap_timeout)
        self.max_interval_ms = max_interval_ms
        self.min_length = min_length
        WedgeScanFilter._instances.add(self)

    # -- settings ------------------------------------------------------------------------

    @property
    def max_interval_ms(self) -> float:
        """Keys closer together than this (ms, inclusive) may be a scanner; slower ones are a person."""
        return self._max_interval_ms

    @max_interval_ms.setter
    def max_interval_ms(self, value: float) -> None:
        value = float(value)
        if not value > 0:
            raise ValueError(f"max_interval_ms must be positive, not {value!r}")
        self._max_interval_ms = value
        self._timer.setInterval(round(value) + TIMER_SLACK_MS)

    @property
    def min_length(self) -> int:
        """A burst needs at least this many characters (terminator excluded) to be a scan."""
        return self._min_length

    @min_length.setter
    def min_length(self, value: int) -> None:
        if int(value) < 1:
            raise ValueError(f"min_length must be at least 1, not {value!r}")
        self._min_length = int(value)

    @property
    def enabled(self) -> bool:
        """When False every key goes straight through (held keys are delivered at once)."""
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        value = bool(value)
        if not value:
            self.flush()
            self._swallow.clear()
        self._enabled = value

    @property
    def holding(self) -> bool:
        """True while some key presses are held back, waiting to be a scan or typing."""
        return bool(self._held)

    # -- installing ----------------------------------------------------------------------

    def install(self, app: QApplication | None = None) -> None:
        """Install on ``app`` (default: the running QApplication)."""
        app = app or QApplication.instance()
        if app is None:
            raise RuntimeError("WedgeScanFilter.install() needs a QApplication")
        app.installEventFilter(self)

    def uninstall(self, app: QApplication | None = None) -> None:
        """Deliver what is held and remove the filter from ``app`` (default: the running one)."""
        self.flush()
        app = app or QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- delivering held keys ------------------------------------------------------------

    def flush(self) -> None:
        """Deliver the held keys to their receivers now, in order (as the gap timer would)."""
        self._timer.stop()
        if not self._held:
            return
        held = self._held
        if self._text:
            log.debug("typing, not a scan: %d held characters delivered", len(self._text))
        self._last_typed_time = self._last_time
        self._reset_burst()
        self._replaying = True
        try:
            for receiver, event in held:
                if shiboken6.isValid(receiver):
                    QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    @classmethod
    def flush_all(cls) -> None:
        """:meth:`flush` every live filter (tests: "the person stopped typing")."""
        for f in list(cls._instances):
            if shiboken6.isValid(f):
                f.flush()

    def _reset_burst(self) -> None:
        self._held = []
        self._text = []
        self._down.clear()
        self._last_time = None
        self._max_gap_ms = 0.0
        self._tainted = False

    def _on_gap_timeout(self) -> None:
        self.flush()

    # -- timing --------------------------------------------------------------------------

    def _event_time(self, event: QKeyEvent) -> _Time:
        ts = event.timestamp()
        if ts:
            return (True, float(ts))
        return (False, self._clock() * 1000.0)

    def _gap(self, earlier: _Time | None, later: _Time) -> float:
        """Milliseconds between two keys; infinite when not comparable."""
        if earlier is None or earlier[0] != later[0]:
            return float("inf")
        gap = later[1] - earlier[1]
        return gap if gap >= 0 else float("inf")  # X11 timestamps wrap after ~49 days

    def _fast(self, earlier: _Time | None, later: _Time) -> bool:
        return self._gap(earlier, later) <= self._max_interval_ms

    def _completes_scan(self, t: _Time) -> bool:
        return (
            bool(self._text)
            and not self._tainted
            and sum(map(len, self._text)) >= self._min_length
            and self._fast(self._last_time, t)
        )

    # -- the filter ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in _WATCHED_TYPES or self._replaying or not self._enabled:
            return False
        if etype in _MOUSE_PRESSES:
            self.flush()  # what was typed before the click belongs before it
            return False
        if not watched.isWidgetType():
            # Window-system keys go to the QWindow first, then to the focus widget: act there,
            # once, the same way for real keys and for events sent straight to a widget.
            return False
        if dialog_text_field(cast(QWidget, watched)) is not None:
            return self._pass_to_dialog_field(etype, event)
        if etype == _KEY_PRESS:
            return self._on_press(watched, event)
        if etype == _KEY_RELEASE:
            return self._on_release(watched, event)
        return self._on_shortcut_override(event)

    def _pass_to_dialog_field(self, etype: QEvent.Type, event: QKeyEvent) -> bool:
        """A key for a text field in a dialog: it goes there untouched, after what was held."""
        self.flush()  # keys held for another widget were typed before this one
        if etype == _KEY_RELEASE and self._swallow[_key_id(event)] > 0:
            # The release of a scan's last key, when the scan opened this dialog.
            self._swallow[_key_id(event)] -= 1
            event.accept()
            return True
        return False

    def _on_shortcut_override(self, event: QKeyEvent) -> bool:
        kind = _classify(event)
        if kind == _MODIFIER:
            return False
        if kind == _CHAR or (kind == _TERMINATOR and self._completes_scan(self._event_time(event))):
            event.accept()  # "the widget wants this key": no shortcut; the press comes to us
            return True
        self.flush()  # typed text first, then the shortcut
        return False

    def _on_press(self, receiver: QObject, event: QKeyEvent) -> bool:
        kind = _classify(event)
        if kind == _MODIFIER:
            return False
        t = self._event_time(event)
        if self._swallow and not self._fast(self._swallow_time, t):
            self._swallow.clear()  # releases that never came (focus left the app)
        if kind == _CHAR:
            if self._held and not self._fast(self._last_time, t):
                self.flush()  # too slow to be a scanner: what was held is typing
            if not self._held:
                self._tainted = self._fast(self._last_typed_time, t)
            else:
                self._max_gap_ms = max(self._max_gap_ms, self._gap(self._last_time, t))
            self._held.append((receiver, event.clone()))
            self._text.append(event.text())
            self._down[_key_id(event)] += 1
            self._last_time = t
            self._timer.start()
            event.accept()
            return True
        if kind == _TERMINATOR and self._completes_scan(t):
            code = "".join(self._text)
            self.last_scan_max_gap_ms = max(self._max_gap_ms, self._gap(self._last_time, t))
            self._timer.stop()
            self._swallow.update(self._down)
            self._swallow[_key_id(event)] += 1
            self._swallow_time = t
            self._reset_burst()
            event.accept()
            self.scanned.emit(code)
            return True
        if self._held:
            if kind == _TERMINATOR:
                log.debug(
                    "%d fast characters then %s: not a scan (min_length %d, max_interval_ms %g)",
                    sum(map(len, self._text)),
                    Qt.Key(event.key()).name,
                    self._min_length,
                    self._max_interval_ms,
                )
            self.flush()
        return False

    def _on_release(self, receiver: QObject, event: QKeyEvent) -> bool:
        kid = _key_id(event)
        if self._down[kid] > 0:
            self._down[kid] -= 1
            self._held.append((receiver, event.clone()))
            event.accept()
            return True
        if self._swallow[kid] > 0:
            self._swallow[kid] -= 1
            event.accept()
            return True
        return False

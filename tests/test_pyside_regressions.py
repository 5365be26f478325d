"""Bugs of the Qt binding that would crash the app, pinned down so an upgrade can't bring
them back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_disconnecting_a_signal_does_not_release_true(qapp):
    """PySide6 6.12.0 releases ``Py_True`` once more on every ``SignalInstance.disconnect()``;
    qasync disconnects a socket notifier for every socket it stops watching, so after enough
    requests Python aborts ("bool_dealloc"). That is why PySide6 is pinned to 6.11.3."""
    emitter = _Emitter()

    def slot(value: int) -> None:
        pass

    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.changed.connect(slot)
        emitter.changed.disconnect()
        emitter.changed.connect(slot)
        emitter.changed.disconnect(slot)
    assert sys.getrefcount(True) >= before - 5


def test_void_calls_and_emits_do_not_release_none_or_true(qapp):
    """PySide6 6.12.0 on Python 3.11 also drops a reference to ``None`` on every call of a
    method that returns nothing, and one to ``True``/``False`` on every ``emit()``: a running
    app aborts after a few thousand of them ("none_dealloc")."""
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        emitter.setObjectName("x")
        emitter.changed.emit(1)
    assert sys.getrefcount(None) >= none_before - 5
    assert sys.getrefcount(True) >= true_before - 5

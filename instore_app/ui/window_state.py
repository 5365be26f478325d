"""The main window's size and place and its splitters' sizes, kept between runs in the
settings file's ``persist`` section (UI state, not settings: nothing checks or migrates it).

The composition restores them before the window is shown and saves them when the station
stops; the window itself knows nothing of it but which splitters it has (``MainWindow.splitters``:
named by the caller, not searched for, since a search wraps every widget of the window in a
Python object). Splitters are told apart by their object name, or else by their order.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import QSplitter, QWidget

from ..settings import Persist

log = logging.getLogger(__name__)

__all__ = ["restore_window_state", "save_window_state"]

GEOMETRY = "main_window/geometry"


def _keyed(splitters: Sequence[QSplitter]) -> dict[str, QSplitter]:
    return {f"main_window/splitter_{s.objectName() or i}": s for i, s in enumerate(splitters)}


def restore_window_state(window: QWidget, persist: Persist, splitters: Sequence[QSplitter] = ()) -> None:
    geometry = persist.get(GEOMETRY)
    if geometry is not None and not window.restoreGeometry(geometry):
        log.info("the saved window geometry was not usable; the default size is used")
    for name, splitter in _keyed(splitters).items():
        state = persist.get(name)
        if state is not None and not splitter.restoreState(state):
            log.info("the saved sizes of %s were not usable", name)


def save_window_state(window: QWidget, persist: Persist, splitters: Sequence[QSplitter] = ()) -> None:
    persist.set(GEOMETRY, window.saveGeometry())
    for name, splitter in _keyed(splitters).items():
        persist.set(name, splitter.saveState())

"""The main window's size and splitters are kept in the settings file's persist section by the
composition; the window itself knows nothing of it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from instore_app.settings import SettingsStore
from instore_app.ui.window_state import restore_window_state, save_window_state


def window_with_a_splitter(qtbot) -> tuple[QMainWindow, QSplitter]:
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(QLabel("list"))
    splitter.addWidget(QLabel("detail"))
    window.setCentralWidget(splitter)
    window.resize(500, 300)
    splitter.setSizes([300, 200])
    window.show()
    return window, splitter


def test_the_size_and_the_splitters_come_back_at_the_next_start(qtbot, tmp_path):
    path = tmp_path / "settings.ini"
    window, splitter = window_with_a_splitter(qtbot)
    window.resize(720, 460)  # within the offscreen screen (restoreGeometry keeps windows on it)
    splitter.setSizes([500, 220])
    sizes = splitter.sizes()
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    save_window_state(window, store.persist, [splitter])
    store.sync()
    assert "[persist]" in path.read_text() and store.saved().values == {}

    again, again_splitter = window_with_a_splitter(qtbot)  # the next start, with the defaults
    restore_window_state(again, SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).persist, [again_splitter])
    assert (again.width(), again.height()) == (720, 460)
    assert again_splitter.sizes() == sizes


def test_nothing_saved_leaves_the_defaults(qtbot, tmp_path):
    window, splitter = window_with_a_splitter(qtbot)
    sizes = splitter.sizes()
    restore_window_state(window, SettingsStore(QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat)).persist, [splitter])
    assert (window.width(), window.height()) == (500, 300) and splitter.sizes() == sizes

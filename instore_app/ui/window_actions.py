"""The main window's actions and shortcuts, and the boxes two of them open.

* the list's toolbar: the filter (Ctrl+F, F4), Refresh (F5), Open (Enter), Settings… (Ctrl+,),
  About, and the list's count;
* the bench keys, which work on every page (a key and its command barcode are one input; Enter,
  which acknowledges, comes from the scan field);
* :func:`show_about` and :func:`open_settings`, the About box and the setup dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStatusBar, QToolBar, QWidget

from .. import __version__
from ..packing.command_codes import BenchCommand
from .list_page import ListPage
from .services import SetupAccess

__all__ = ["WINDOW_COMMANDS", "WindowActions", "open_settings", "show_about"]

#: The window's keys for bench commands (Enter, which acknowledges, comes from the scan field).
WINDOW_COMMANDS = tuple(c for c in BenchCommand if c is not BenchCommand.ACKNOWLEDGE)


def _tr(text: str) -> str:
    """Translated in the window's context, where the words were written first."""
    return QCoreApplication.translate("MainWindow", text)


class WindowActions(QObject):
    """Adds the actions to `window`; each calls what the window hands in."""

    def __init__(
        self,
        window: QWidget,
        page: ListPage,
        *,
        focus_filter: Callable[[], None],
        refresh: Callable[[], None],
        settings: Callable[[], None] | None,
        about: Callable[[], None],
        bench_key: Callable[[BenchCommand], None],
        bench_texts: dict[BenchCommand, str],
    ) -> None:
        super().__init__(window)
        self.filter_action = QAction(_tr("Filter (Ctrl+F, F4)"), window)
        self.filter_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence(Qt.Key.Key_F4)])
        self.filter_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.filter_action.triggered.connect(focus_filter)
        window.addAction(self.filter_action)

        self.refresh_action = QAction(_tr("Refresh (F5)"), window)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(_tr("Reload the list from the OMS (F5)"))
        self.refresh_action.triggered.connect(refresh)
        self.settings_action = QAction(_tr("Settings…"), window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(_tr("The OMS, this store, the printer and the scanner (Ctrl+,)"))
        if settings is not None:
            self.settings_action.triggered.connect(settings)
        self.settings_action.setVisible(settings is not None)
        self.about_action = QAction(_tr("About"), window)
        self.about_action.triggered.connect(about)
        self.open_action = QAction(_tr("Open (Enter)"), window)
        self.open_action.setToolTip(_tr("Open the selected package on the bench (Enter)"))
        self.open_action.triggered.connect(page.open_selected)

        self.toolbar = toolbar = QToolBar(_tr("List"))
        toolbar.setMovable(False)
        toolbar.addWidget(page.filter_edit)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.about_action)
        toolbar.addSeparator()
        toolbar.addWidget(page.count_label)  # the window puts the toolbar at its top

        self.bench_actions: dict[BenchCommand, QAction] = {}
        for command in WINDOW_COMMANDS:
            action = QAction(bench_texts.get(command, command.label), window)
            action.setShortcut(QKeySequence(command.key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, c=command: bench_key(c))
            window.addAction(action)
            self.bench_actions[command] = action


def show_about(parent: QWidget, backend_name: str, base_url: str) -> None:
    text = _tr("Packing station %1\nFor stores that fulfil online orders through Akinon OMS.\nOMS: %2")
    if backend_name == "Seller Center":  # the About box names the backend
        text = _tr(
            "Packing station %1\nFor marketplace sellers who fulfil their orders through Akinon Seller Center.\n"
            "Seller Center: %2"
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("About"),
        text.replace("%1", __version__).replace("%2", base_url),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.finished.connect(box.deleteLater)
    box.open()


def open_settings(window: QWidget, status: QStatusBar, setup: SetupAccess) -> None:
    """The setup dialog, for the saved settings (they apply at the next start); `status` says
    they were saved."""
    from .setup_dialog import SetupDialog

    dialog = SetupDialog(setup.store, setup.tokens, client_factory=setup.client_factory, parent=window)
    dialog.saved.connect(
        lambda _values: status.showMessage(_tr("Settings saved: they apply when the app starts again."))
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()

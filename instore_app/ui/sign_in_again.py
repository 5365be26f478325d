"""Signing in again when the OMS stops accepting the token (a 401), for the main window.

One non-modal :class:`~.signin.SignInDialog` at a time; a sign-in that fails keeps it open
with the OMS's words. Once signed in, ``token_changed`` carries the new token (the station
saves it), the dialog closes, and ``signed_in`` tells the window (it reads the list again).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from .services import OmsAccess
from .signin import SignInDialog
from .tasks import TaskRunner

__all__ = ["SignInAgain"]


def _tr(text: str) -> str:
    """Translated in the window's context, where the words were written first."""
    return QCoreApplication.translate("MainWindow", text)


class SignInAgain(QObject):
    """Asks for a sign-in over `window` (task "signin"); `dialog` is the one open, if any."""

    #: The station signed in again and got this token.
    token_changed = Signal(str)
    #: Signed in again; the dialog has closed.
    signed_in = Signal()

    def __init__(self, oms: OmsAccess, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self.oms = oms
        self.tasks = tasks
        self.window = window
        self.dialog: SignInDialog | None = None

    def ask(self) -> None:
        if self.dialog is not None:
            self.dialog.show_problem(_tr("The OMS did not accept that. Try again."))
            return
        dialog = SignInDialog(self.oms.base_url, self.window)
        dialog.credentials.connect(self._with_password)
        dialog.token.connect(self._with_token)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def failed(self, message: str) -> bool:
        """The sign-in task failed: say why in the dialog; False when no dialog is open."""
        if self.dialog is None:
            return False
        self.dialog.show_problem(message)
        return True

    def _with_password(self, username: str, password: str) -> None:
        self.tasks.start("signin", self.oms.login(username, password), self._done)

    def _with_token(self, token: str) -> None:
        self.oms.set_token(token)
        self._done(token)

    def _done(self, token: str) -> None:
        self.token_changed.emit(token)
        if self.dialog is not None:
            self.dialog.accept()
        self.signed_in.emit()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

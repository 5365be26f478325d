"""Signing in again when the OMS stops accepting the token (401), without losing the
open package: a non-modal dialog asks for a username and password (or a new token)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    """Emits ``credentials(username, password)`` or ``token(token)``; the window signs in."""

    credentials = Signal(str, str)
    token = Signal(str)

    def __init__(self, oms_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the OMS"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "The OMS at %1 no longer accepts this station's sign-in. Sign in again: "
                "the open package and its scans are kept."
            ).replace("%1", oms_url)
        )
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Or paste an API token"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("Username:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Token:"), self.token_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        token = self.token_edit.text().strip()
        if token:
            self.token.emit(token)
            return
        if not self.username.text().strip() or not self.password.text():
            self.show_problem(self.tr("Enter a username and password, or a token."))
            return
        self.credentials.emit(self.username.text().strip(), self.password.text())

    def show_problem(self, text: str) -> None:
        self.message.setText(text)

"""The setup dialog's network side: check the OMS address, sign in (user name and password,
or a pasted token), and load the stock locations -- as tasks on the qasync loop, each
ending in words next to its field.

The clients come from the factory it is given (``factory(url, insecure)``); each is closed
when its task ends. The token it signs in with stays here (``token``, for ``token_url``)
until the dialog saves it; the password is never kept, not even in its field.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..api import OmsUnauthorized, StockLocation, check_base_url
from ..settings import TokenStore
from .oms_messages import translate_message
from .services import ClientFactory
from .setup_form import ERROR_STYLE, OK_STYLE, SetupForm
from .store_chooser import StoreChooser
from .tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["OmsSignIn"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupDialog", text)


def form_backend(form: SetupForm) -> str:
    """The backend chosen in the form ("oms" or "seller-center")."""
    return str(form.backend_combo.currentData() or "oms")


class OmsSignIn(QObject):
    """Signals: ``signed_in()`` / ``sign_in_failed(message)``; ``locations_failed(message)``
    (``StoreChooser.loaded(count)`` says when they are in)."""

    signed_in = Signal()
    sign_in_failed = Signal(str)
    locations_failed = Signal(str)

    def __init__(
        self,
        form: SetupForm,
        chooser: StoreChooser,
        tokens: TokenStore,
        client_factory: ClientFactory,
        *,
        saved_location_id: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.chooser = chooser
        self.tokens = tokens
        self.client_factory = client_factory
        self.saved_location_id = saved_location_id
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._task_failed)
        #: The token for `token_url` (from signing in, a pasted token, or the keyring).
        self.token: str | None = None
        self.token_url = ""
        form.url_edit.textEdited.connect(self._url_edited)
        form.url_edit.editingFinished.connect(self._url_finished)
        form.insecure_check.toggled.connect(self._insecure_toggled)
        form.sign_in_button.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        if form_backend(self.form) != "seller-center":  # the Seller Center's side checks its API key itself
            self.sign_in()

    # -- the address ---------------------------------------------------------------------------

    def check_url(self) -> str | None:
        """The normalised OMS address, or None with the problem shown next to the field."""
        form = self.form
        try:
            url = check_base_url(form.url_edit.text(), insecure=form.insecure_check.isChecked())
        except ValueError as exc:
            text = form.url_edit.text().strip()
            parts = urlsplit(text)
            log.info("OMS address refused: %s", exc)
            if not text:
                message = _tr("Enter the OMS address, e.g. https://your-oms.akinon.net")
            elif parts.scheme.lower() == "http" and parts.hostname:
                message = _tr(
                    "This address is not encrypted (http://). Use https://, or tick “Allow an unencrypted "
                    "address” if this is a test OMS on your own network."
                )
            else:
                message = _tr("“%1” is not a web address (expected https://your-oms.akinon.net).").replace("%1", text)
            form.url_error.setText(message)
            form.url_error.show()
            return None
        form.url_error.clear()
        form.url_error.hide()
        return url

    def _url_finished(self) -> None:
        if self.form.url_edit.text().strip():  # leaving it empty is not a mistake yet
            self.check_url()

    def _url_edited(self) -> None:
        self.form.url_error.hide()
        self._forget_sign_in_if_moved()

    def _insecure_toggled(self) -> None:
        if self.form.url_edit.text().strip():
            self.check_url()
        self._forget_sign_in_if_moved()

    def _forget_sign_in_if_moved(self) -> None:
        """A token belongs to one OMS: another address needs signing in again."""
        if self.token is None:
            return
        try:
            url = check_base_url(self.form.url_edit.text(), insecure=self.form.insecure_check.isChecked())
        except ValueError:
            url = ""
        if url != self.token_url:
            self.tasks.cancel_all()
            self.form.sign_in_button.setEnabled(True)
            self.token, self.token_url = None, ""
            self.show_sign_in("", ok=True)
            self.form.location_status.clear()

    # -- signing in ----------------------------------------------------------------------------

    def use_kept_token(self, url: str, insecure: bool) -> None:
        """The token kept for `url` (in the keyring, or this session's memory), if any:
        signed in with it, and the stock locations load."""
        try:
            normalised = check_base_url(url, insecure=insecure)
        except ValueError:
            return
        token = self.tokens.get(normalised)
        if token:
            self.token, self.token_url = token, normalised
            self.show_sign_in(_tr("Signed in (with the saved token)."), ok=True)
            self.load_locations()

    def sign_in(self) -> None:
        """Sign in with the user name and password, or check the pasted token (in the background)."""
        form = self.form
        url = self.check_url()
        if url is None:
            form.url_edit.setFocus()
            return
        pasted = form.token_edit.text().strip()
        insecure = form.insecure_check.isChecked()
        if pasted:
            self.show_sign_in(_tr("Checking the token…"), ok=True)
            form.sign_in_button.setEnabled(False)
            self.tasks.start(
                "signin",
                self._fetch_locations(url, insecure, pasted),
                lambda locations: self._signed_in(url, pasted, locations),
            )
            return
        username = form.username_edit.text().strip()
        password = form.password_edit.text()
        if not username or not password:
            self.show_sign_in(_tr("Enter a user name and password, or paste a token."), ok=False)
            (form.password_edit if username else form.username_edit).setFocus()
            return
        self.show_sign_in(_tr("Signing in…"), ok=True)
        form.sign_in_button.setEnabled(False)
        self.tasks.start(
            "signin", self._login(url, insecure, username, password), lambda token: self._signed_in(url, token)
        )

    async def _login(self, url: str, insecure: bool, username: str, password: str) -> str:
        client = self.client_factory(url, insecure)
        try:
            return await client.login(username, password)
        finally:
            await client.aclose()

    def _signed_in(self, url: str, token: str, locations: list[StockLocation] | None = None) -> None:
        """Signed in: keep the token (here until Save), then the stock locations."""
        form = self.form
        form.sign_in_button.setEnabled(True)
        self.token, self.token_url = token, url
        form.password_edit.clear()  # the password is never kept
        form.token_edit.clear()
        self.show_sign_in(_tr("Signed in."), ok=True)
        self.signed_in.emit()
        if locations is None:
            self.load_locations()
        else:  # checking a pasted token loaded them already
            self._show_locations(locations)
        form.location_combo.setFocus()

    def show_sign_in(self, text: str, *, ok: bool) -> None:
        self.form.sign_in_status.setText(text)
        self.form.sign_in_status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def update_keyring_note(self) -> None:
        """Without a keyring: the token is not kept after the app closes, and what to install."""
        reason = self.tokens.reason
        self.form.keyring_note.setText(translate_message(reason))
        self.form.keyring_note.setVisible(bool(reason))

    # -- stock locations -----------------------------------------------------------------------

    def load_locations(self) -> None:
        """Load the OMS's stock locations into the combo (with the current token)."""
        if self.token is None:
            return
        url, token, insecure = self.token_url, self.token, self.form.insecure_check.isChecked()
        self.chooser.show_status(_tr("Loading the stock locations…"))
        self.tasks.start("locations", self._fetch_locations(url, insecure, token), self._show_locations)

    async def _fetch_locations(self, url: str, insecure: bool, token: str) -> list[StockLocation]:
        client = self.client_factory(url, insecure)
        client.set_token(token)
        try:
            return await client.stock_locations()
        finally:
            await client.aclose()

    def _show_locations(self, locations: list[StockLocation]) -> None:
        chosen = self.chooser.selected()
        self.chooser.show_locations(locations, chosen[0] if chosen else self.saved_location_id)

    # -- failures ------------------------------------------------------------------------------

    def _task_failed(self, key: str, message: str, error: object) -> None:
        form = self.form
        message = translate_message(message)  # the API layer's English, in the UI's language
        if key == "signin":
            form.sign_in_button.setEnabled(True)
            retry = form.password_edit
            if form.token_edit.text().strip():
                retry = form.token_edit
                if isinstance(error, OmsUnauthorized):
                    message = _tr("The OMS did not accept this token.")
            self.show_sign_in(message, ok=False)
            self.sign_in_failed.emit(message)
            retry.selectAll()
            retry.setFocus()
        elif key == "locations":
            if isinstance(error, OmsUnauthorized):  # the saved token is no longer good
                self.token, self.token_url = None, ""
                self.show_sign_in(_tr("The saved sign-in is no longer accepted. Sign in again."), ok=False)
            self.chooser.show_status(_tr("The stock locations could not be loaded: %1").replace("%1", message), ERROR_STYLE)
            self.locations_failed.emit(message)

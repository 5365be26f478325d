"""The setup dialog's Seller Center side: which backend the form shows, the Seller Center's
address, and checking its API key (a task on the qasync loop, ending in words by its field).

The form holds both backends' fields; :func:`show_backend` shows those of the chosen one.
For the Seller Center: its address and the word before the key (usually none) in box 1; only
the API key in box 2 (there is no user name and password; the key is kept in the system
keyring like the OMS token, under the Seller Center's address); and in box 3, instead of a
stock location, the seller's name for the packing slip (the seller is the store).

:class:`SellerCenterSignIn` checks a key by reading one page of the packages (PKG101,
``limit=1``): a 401 says the key or its prefix is wrong. The key stays here (``token`` for
``token_url``) until the dialog saves it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from ..api import OmsUnauthorized
from ..api.seller_center import SellerCenterClient
from ..api.seller_center.wire import authorization_value, check_base_url
from ..settings import TokenStore
from .oms_messages import translate_message
from .setup_form import ERROR_STYLE, OK_STYLE, SetupForm
from .tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["SellerCenterFactory", "SellerCenterSignIn", "default_seller_center_factory", "show_backend"]

SELLER_CENTER = "seller-center"
#: ``factory(url, api_key, auth_scheme, insecure)`` -> a SellerCenterClient (its user closes it).
SellerCenterFactory = Callable[[str, str, str, bool], SellerCenterClient]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupDialog", text)


def default_seller_center_factory(url: str, api_key: str, auth_scheme: str, insecure: bool) -> SellerCenterClient:
    return SellerCenterClient(url, api_key, auth_scheme=auth_scheme, insecure=insecure)


def _row(layout: QFormLayout | None, widget: QWidget, visible: bool) -> None:
    if layout is not None and layout.indexOf(widget) >= 0:
        layout.setRowVisible(widget, visible)


def show_backend(form: SetupForm, backend: str) -> None:
    """Show the fields of `backend` ("oms" or "seller-center") and hide the other's."""
    seller = backend == SELLER_CENTER
    form.backend_box.setTitle(_tr("1. Seller Center") if seller else _tr("1. OMS"))
    form.store_box.setTitle(_tr("3. The seller") if seller else _tr("3. This store"))
    oms_layout = form.backend_box.layout()
    for widget, shown in (
        (form.url_edit, not seller),
        (form.seller_center_url_edit, seller),
        (form.seller_center_scheme_edit, seller),
    ):
        _row(oms_layout if isinstance(oms_layout, QFormLayout) else None, widget, shown)
    form.url_error.setVisible(False)
    sign_layout = form.sign_in_box.layout()
    for widget in (form.username_edit, form.password_edit):
        _row(sign_layout if isinstance(sign_layout, QFormLayout) else None, widget, not seller)
    token_label = sign_layout.labelForField(form.token_edit) if isinstance(sign_layout, QFormLayout) else None
    if token_label is not None and hasattr(token_label, "setText"):
        token_label.setText(_tr("API key:") if seller else _tr("Token:"))
    form.token_edit.setPlaceholderText(_tr("the Seller Center API key") if seller else _tr("or paste an API token instead"))
    form.sign_in_button.setText(_tr("Check the API key") if seller else _tr("Sign in"))
    store_layout = form.store_box.layout()
    if isinstance(store_layout, QFormLayout):
        _row(store_layout, form.location_combo, not seller)
        _row(store_layout, form.location_status, not seller)
        _row(store_layout, form.seller_name_edit, seller)
        _row(store_layout, form.seller_note, seller)


class SellerCenterSignIn(QObject):
    """Checks the Seller Center address and API key. Signals: ``signed_in()`` /
    ``sign_in_failed(message)``."""

    signed_in = Signal()
    sign_in_failed = Signal(str)

    def __init__(
        self, form: SetupForm, tokens: TokenStore, factory: SellerCenterFactory, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.tokens = tokens
        self.factory = factory
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._task_failed)
        self.token: str | None = None
        self.token_url = ""
        form.seller_center_url_edit.textEdited.connect(self._forget_if_moved)
        form.seller_center_scheme_edit.textEdited.connect(self._forget_if_moved)

    def check_url(self) -> str | None:
        """The normalised Seller Center address, or None with the problem shown by the field."""
        form = self.form
        text = form.seller_center_url_edit.text().strip()
        try:
            url = check_base_url(text, insecure=form.insecure_check.isChecked())
        except ValueError as exc:
            log.info("Seller Center address refused: %s", exc)
            message = _tr("Enter the Seller Center address, e.g. https://seller-center.akinon.com") if not text \
                else translate_message(str(exc))
            form.url_error.setText(message)
            form.url_error.show()
            return None
        form.url_error.hide()
        return url

    def _forget_if_moved(self) -> None:
        """A key belongs to one Seller Center (and is sent with one prefix): check it again."""
        if self.token is not None:
            self.tasks.cancel_all()
            self.form.sign_in_button.setEnabled(True)
            self.token, self.token_url = None, ""
            self.show_status("", ok=True)

    def use_kept_token(self, url: str, insecure: bool) -> None:
        """The API key kept for `url` (keyring or this session), if any."""
        try:
            normalised = check_base_url(url, insecure=insecure)
        except ValueError:
            return
        token = self.tokens.get(normalised)
        if token:
            self.token, self.token_url = token, normalised
            self.show_status(_tr("API key saved for this Seller Center."), ok=True)

    def sign_in(self) -> None:
        """Check the typed API key against the Seller Center (in the background)."""
        form = self.form
        url = self.check_url()
        if url is None:
            form.seller_center_url_edit.setFocus()
            return
        key = form.token_edit.text().strip()
        scheme = form.seller_center_scheme_edit.text().strip()
        if not key:
            self.show_status(_tr("Paste the Seller Center API key."), ok=False)
            form.token_edit.setFocus()
            return
        try:
            authorization_value(key, scheme)
        except ValueError as exc:
            self.show_status(translate_message(str(exc)), ok=False)
            form.token_edit.setFocus()
            return
        self.show_status(_tr("Checking the API key…"), ok=True)
        form.sign_in_button.setEnabled(False)
        self.tasks.start("signin", self._check(url, key, scheme), lambda _count: self._checked(url, key))

    async def _check(self, url: str, key: str, scheme: str) -> int:
        client = self.factory(url, key, scheme, self.form.insecure_check.isChecked())
        try:
            page = await client.packages_page(limit=1)
        finally:
            await client.aclose()
        return page.count

    def _checked(self, url: str, key: str) -> None:
        self.form.sign_in_button.setEnabled(True)
        self.token, self.token_url = key, url
        self.form.token_edit.clear()
        self.show_status(_tr("The Seller Center accepted the API key."), ok=True)
        self.signed_in.emit()
        self.form.seller_name_edit.setFocus()

    def show_status(self, text: str, *, ok: bool) -> None:
        self.form.sign_in_status.setText(text)
        self.form.sign_in_status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _task_failed(self, key: str, message: str, error: object) -> None:
        if key != "signin":
            return
        self.form.sign_in_button.setEnabled(True)
        if isinstance(error, OmsUnauthorized):
            message = _tr("The Seller Center did not accept this API key (or its prefix).")
        else:
            message = translate_message(message)
        self.show_status(message, ok=False)
        self.sign_in_failed.emit(message)
        self.form.token_edit.selectAll()
        self.form.token_edit.setFocus()

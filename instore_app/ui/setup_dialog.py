"""First-run setup, and the settings later: which OMS, who signs in, which store, and how
this station's printer, scanner and packing behave.

Opened non-modally (``dialog.open()``). Its parts, each in its own module:

* :class:`~instore_app.ui.setup_form.SetupForm` -- the boxes and fields;
* :mod:`~instore_app.ui.setting_fields` -- the fields bound to the table of settings;
* :class:`~instore_app.ui.setup_signin.OmsSignIn` -- the address, signing in, loading the
  stock locations (tasks on the qasync loop, through the client factory it is given);
* :class:`~instore_app.ui.store_chooser.StoreChooser` -- finding this store by name;
* :class:`~instore_app.ui.enter_keys.EnterKeys` -- Enter moves to the next field (in the
  password or token field it signs in; on a button it presses it); Esc cancels.

On Save the settings are written to the :class:`~instore_app.settings.SettingsStore` it was
given, the token is kept in the :class:`~instore_app.settings.TokenStore` it was given (the
system keyring, or memory only), and ``saved(settings)`` is emitted with what the file now
holds (a :class:`~instore_app.settings.Settings`). The password is never kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..settings import SELLER_CENTER, Settings, SettingsError, SettingsStore, TokenStore, backend_url
from .enter_keys import EnterKeys
from .oms_messages import translate_message
from .services import ClientFactory, default_client_factory
from .setting_fields import apply_ranges, bound_widgets, load_fields, read_fields
from .setup_form import ERROR_STYLE, SetupForm, label
from .setup_seller_center import SellerCenterFactory, SellerCenterSignIn, default_seller_center_factory, show_backend
from .setup_signin import OmsSignIn, form_backend
from .store_chooser import StoreChooser, fold
from .tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["ClientFactory", "SetupDialog", "fold"]


class SetupDialog(QDialog):
    """The setup and settings dialog.

    ``SetupDialog(store, tokens, client_factory=None, parent=None)``: the fields start from
    what `store` holds (and the token `tokens` keeps for its OMS, if any, which also loads the
    stock locations). The widgets are in :attr:`form`. Signals: ``saved(Settings)`` after a
    successful Save (then the dialog closes); ``signed_in()`` / ``sign_in_failed(message)``;
    ``locations_loaded(count)`` / ``locations_failed(message)``.
    """

    saved = Signal(object)  # the Settings the file holds now
    signed_in = Signal()
    sign_in_failed = Signal(str)
    locations_loaded = Signal(int)
    locations_failed = Signal(str)

    def __init__(
        self,
        store: SettingsStore,
        tokens: TokenStore,
        client_factory: ClientFactory | None = None,
        parent: QWidget | None = None,
        *,
        seller_center_factory: SellerCenterFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tokens = tokens
        self.setWindowTitle(self.tr("Packing station settings"))
        self.setObjectName("SetupDialog")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)

        self.form = SetupForm()
        self.form.set_fonts(self.font())
        apply_ranges(self.form)
        self.chooser = StoreChooser(self.form.location_combo, self.form.location_status, self)
        current = store.settings()
        self.connection = OmsSignIn(
            self.form,
            self.chooser,
            tokens,
            client_factory or default_client_factory,
            saved_location_id=current.stock_location_id,
            parent=self,
        )
        self.connection.signed_in.connect(self.signed_in)
        self.connection.sign_in_failed.connect(self.sign_in_failed)
        self.connection.locations_failed.connect(self.locations_failed)
        self.chooser.loaded.connect(self.locations_loaded)
        self.seller_center = SellerCenterSignIn(
            self.form, tokens, seller_center_factory or default_seller_center_factory, parent=self
        )
        self.seller_center.signed_in.connect(self.signed_in)
        self.seller_center.sign_in_failed.connect(self.sign_in_failed)
        self.form.sign_in_button.clicked.connect(self._sign_in_clicked)
        self.form.backend_combo.currentIndexChanged.connect(lambda _index: self._backend_changed())

        self.save_status = label(style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setMinimumSize(120, 40)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.save_status)
        layout.addWidget(self.buttons)
        self.resize(1180, 760)
        self._enter_keys()
        self._load(current)
        self._url_field().setFocus()

    def _enter_keys(self) -> None:
        form = self.form
        self.enter_keys = keys = EnterKeys(self)
        for widget in bound_widgets(form):  # Enter moves on from every field of a setting...
            keys.on_enter(widget, self._next)
        # ... and acts on these
        keys.on_enter(form.password_edit, self.sign_in)
        keys.on_enter(form.token_edit, self.sign_in)
        keys.on_enter(form.location_combo, self._location_entered)
        typed = form.location_combo.lineEdit()
        if typed is not None:
            keys.on_enter(typed, self._location_entered)
        keys.on_enter(form.seller_name_edit, self._next)  # the Seller Center's seller: not a setting of its own
        keys.on_enter(form.sign_in_button, self.sign_in)
        keys.on_enter(self.save_button, self.save)
        keys.on_enter(self.cancel_button, self.reject)

    # -- filling in ----------------------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        self.form.fill_printers(settings.printer)
        self.form.fill_serial_ports(settings.serial_port)
        load_fields(self.form, settings)
        show_backend(self.form, settings.backend)
        self.chooser.show_known(settings.stock_location_id, settings.stock_location_name)
        if settings.backend == SELLER_CENTER:
            self.form.seller_name_edit.setText(settings.stock_location_name)
        self.connection.update_keyring_note()
        if settings.oms_url:
            self.connection.use_kept_token(settings.oms_url, settings.insecure)
        if settings.seller_center_url:
            self.seller_center.use_kept_token(settings.seller_center_url, settings.insecure)

    def _next(self) -> None:
        self.focusNextChild()

    # -- which backend ---------------------------------------------------------------------------

    @property
    def backend(self) -> str:
        """The backend chosen in the form: "oms" or "seller-center"."""
        return form_backend(self.form)

    def _url_field(self) -> QWidget:
        return self.form.seller_center_url_edit if self.backend == SELLER_CENTER else self.form.url_edit

    def _backend_changed(self) -> None:
        show_backend(self.form, self.backend)
        self.save_status.clear()
        self._url_field().setFocus()

    def _sign_in_clicked(self) -> None:
        if self.backend == SELLER_CENTER:
            self.seller_center.sign_in()

    def _location_entered(self) -> None:
        self.chooser.resolve_typed()
        if self.chooser.selected() is not None:
            self.focusNextChild()

    # -- what the parts do, for the dialog's users -----------------------------------------------

    @property
    def tasks(self) -> TaskRunner:
        return self.seller_center.tasks if self.backend == SELLER_CENTER else self.connection.tasks

    @property
    def token(self) -> str | None:
        """The token signed in with, or the Seller Center's API key checked (for the app to
        start with, whatever the keyring did)."""
        return self.seller_center.token if self.backend == SELLER_CENTER else self.connection.token

    def check_url(self) -> str | None:
        return self.seller_center.check_url() if self.backend == SELLER_CENTER else self.connection.check_url()

    def sign_in(self) -> None:
        if self.backend == SELLER_CENTER:
            self.seller_center.sign_in()
        else:
            self.connection.sign_in()

    def selected_location(self) -> tuple[int, str] | None:
        return self.chooser.selected()

    def select_location(self, location_id: int) -> bool:
        return self.chooser.select(location_id)

    # -- saving --------------------------------------------------------------------------------

    def form_values(self) -> Settings | None:
        """The settings as the form has them (the rest as saved), or None with the first
        problem shown."""
        form = self.form
        self.save_status.clear()
        if self.backend == SELLER_CENTER:
            return self._seller_center_values()
        url = self.check_url()
        if url is None:
            self.save_status.setText(self.tr("Check the OMS address."))
            form.url_edit.setFocus()
            return None
        if self.connection.token is None or self.connection.token_url != url:
            self.save_status.setText(self.tr("Sign in first (or paste a token)."))
            form.username_edit.setFocus()
            return None
        self.chooser.resolve_typed()
        location = self.chooser.selected()
        if location is None:
            self.save_status.setText(self.tr("Choose this store's stock location."))
            form.location_combo.setFocus()
            return None
        values = {
            **read_fields(form),
            "oms_url": url,
            "stock_location_id": location[0],
            "stock_location_name": location[1],
        }
        return self.store.settings().replace(**values)

    def _seller_center_values(self) -> Settings | None:
        """The Seller Center's settings as the form has them (its address and seller), or None."""
        form = self.form
        url = self.seller_center.check_url()
        if url is None:
            self.save_status.setText(self.tr("Check the Seller Center address."))
            form.seller_center_url_edit.setFocus()
            return None
        if self.seller_center.token is None or self.seller_center.token_url != url:
            self.save_status.setText(self.tr("Check the API key first."))
            form.token_edit.setFocus()
            return None
        values = {
            **read_fields(form),
            "seller_center_url": url,
            "stock_location_name": form.seller_name_edit.text().strip(),
        }
        return self.store.settings().replace(**values)

    def save(self) -> bool:
        """Check the form, write the settings and keep the token (the Seller Center's API key);
        emits ``saved`` and closes."""
        chosen = self.form_values()
        token = self.token
        if chosen is None or token is None:
            return False
        previous_url = self.store.get(Settings.seller_center_url if chosen.backend == SELLER_CENTER else Settings.oms_url)
        try:
            self.store.save(chosen)
            self.store.sync()
        except (SettingsError, ValueError, TypeError) as exc:
            log.error("settings not saved: %s", exc)
            self.save_status.setText(translate_message(str(exc)))
            return False
        url = backend_url(chosen)
        self.tokens.set(url, token)
        if previous_url and previous_url.rstrip("/") != url:
            self.tokens.delete(previous_url)  # the old address's token is of no use now
        self.connection.update_keyring_note()
        log.info("settings saved to %s", self.store.file_name)
        self.saved.emit(self.store.settings())
        self.accept()
        return True

    def done(self, result: int) -> None:
        """Closing (Save, Cancel, Esc): stop what is still running."""
        self.connection.tasks.cancel_all()
        self.seller_center.tasks.cancel_all()
        super().done(result)

"""The setup dialog against the real simulator over loopback: type the address, sign in,
choose the store, save. Async tests on the qasync loop (no nested event loops)."""

from __future__ import annotations

import asyncio

import pytest
import pytest_asyncio
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from instore_app.api import OmsClient, RetryPolicy
from instore_app.scanner.testing import press_key, type_human
from instore_app.settings import NO_KEYRING, LabelSize, Settings, SettingsStore, TokenStore
from instore_app.simulator import (
    DEFAULT_STOCK_LOCATION_ID,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    SimulatorServer,
    Store,
)
from instore_app.ui.setting_fields import bound_widgets
from instore_app.ui.setup_dialog import SetupDialog

from .test_settings import MemoryKeyring, files_containing, use_keyring  # noqa: F401 (a fixture)
from .window_helpers import next_emission, until

#: The simulator's token in these tests: unique, so finding it in a file means we leaked it.
TOKEN = "c0ffee5e7a1d4b6f9e8d7c6b5a4f3e2d-setup-dialog"


@pytest.fixture(scope="module")
def server():
    with SimulatorServer(Store(seed=5), token=TOKEN) as oms:
        yield oms


@pytest.fixture
def keyring_backend(use_keyring):  # noqa: F811
    return use_keyring(MemoryKeyring())


@pytest.fixture
def settings(tmp_path):
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def quick_client(url: str, insecure: bool) -> OmsClient:
    return OmsClient(url, insecure=insecure, retry=RetryPolicy(max_retries=0))


@pytest_asyncio.fixture
async def open_dialog(qtbot, settings, keyring_backend):
    """``await open_dialog(settings=…, store=…)``: the dialog, shown with .open() and active."""
    dialogs: list[SetupDialog] = []

    async def make(settings: SettingsStore = settings, store: TokenStore | None = None) -> SetupDialog:
        dialog = SetupDialog(settings, store or TokenStore(), client_factory=quick_client)
        qtbot.addWidget(dialog)
        QApplication.instance().setQuitOnLastWindowClosed(False)
        dialog.open()
        dialog.activateWindow()
        await until(dialog.isActiveWindow)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.close()
    await asyncio.sleep(0)


def recorder(signal) -> list:
    """The arguments of every emission of `signal` from now on (emitted synchronously)."""
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def type_into(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_human(widget, "\b" if widget.text() else "")
    type_human(widget, text)


async def sign_in_with_demo(dialog: SetupDialog, server: SimulatorServer) -> None:
    type_into(dialog.form.url_edit, server.url)
    type_into(dialog.form.username_edit, DEMO_USERNAME)
    type_into(dialog.form.password_edit, DEMO_PASSWORD)
    loaded = next_emission(dialog.locations_loaded)
    press_key(dialog.form.password_edit, Qt.Key.Key_Return)  # Enter in the password field signs in
    await loaded


# The store's filter pops up a completer list: the offscreen platform can't raise it or grab keys.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
@pytest.mark.asyncio
async def test_first_run_sign_in_choose_the_store_and_save(open_dialog, server, settings, keyring_backend, tmp_path, isolated_home):
    dialog = await open_dialog()
    assert dialog.form.url_edit.hasFocus()
    signed_in = recorder(dialog.signed_in)
    await sign_in_with_demo(dialog, server)
    assert signed_in == [()]
    assert dialog.form.sign_in_status.text() == "Signed in."
    assert dialog.form.password_edit.text() == ""  # not kept, not even in the form
    names = [dialog.form.location_combo.itemText(i) for i in range(dialog.form.location_combo.count())]
    assert "Kadıköy Mağaza (KDK01)" in names and len(names) == len(server.store.stock_locations)
    assert dialog.form.location_combo.hasFocus()

    # Type a few letters (any case, dotless ı or not) and Enter: the one match is chosen.
    type_human(dialog.form.location_combo.lineEdit(), "kadik")
    dialog.form.location_combo.completer().popup().hide()
    press_key(dialog.form.location_combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.selected_location() == (DEFAULT_STOCK_LOCATION_ID, "Kadıköy Mağaza (KDK01)")
    assert dialog.form.printer_combo.hasFocus()  # Enter moved on

    saved = recorder(dialog.saved)
    dialog.save_button.click()
    [(values,)] = saved
    assert not dialog.isVisible()
    assert isinstance(values, Settings)
    assert values.oms_url == server.url
    assert values.stock_location_id == DEFAULT_STOCK_LOCATION_ID == 1
    assert values.stock_location_name == "Kadıköy Mağaza (KDK01)"
    assert values.username == DEMO_USERNAME
    fresh = SettingsStore(QSettings(settings.file_name, QSettings.Format.IniFormat))
    assert fresh.is_configured() and fresh.get(Settings.stock_location_id) == 1
    assert TokenStore().get(server.url) == TOKEN  # in the keyring (the injected one)
    assert keyring_backend.secrets == {("instore-app", server.url): TOKEN}
    assert files_containing(TOKEN.encode(), tmp_path, isolated_home) == []


@pytest.mark.asyncio
async def test_a_wrong_password_is_said_in_words(open_dialog, server):
    dialog = await open_dialog()
    type_into(dialog.form.url_edit, server.url)
    type_into(dialog.form.username_edit, DEMO_USERNAME)
    type_into(dialog.form.password_edit, "not-the-password")
    failed = next_emission(dialog.sign_in_failed)
    dialog.form.sign_in_button.click()
    (message,) = await failed
    assert "Unable to log in" in message
    assert dialog.form.sign_in_status.text() == message and dialog.form.sign_in_status.isVisible()
    assert dialog.form.sign_in_button.isEnabled()
    assert dialog.form.location_combo.count() == 0
    assert not dialog.save()
    assert dialog.save_status.text() == "Sign in first (or paste a token)."
    assert dialog.isVisible()


@pytest.mark.asyncio
async def test_a_pasted_token_is_checked_and_loads_the_stores(open_dialog, server, keyring_backend):
    dialog = await open_dialog()
    type_into(dialog.form.url_edit, server.url)
    type_into(dialog.form.token_edit, "not-a-token")
    failed = next_emission(dialog.sign_in_failed)
    press_key(dialog.form.token_edit, Qt.Key.Key_Return)
    (message,) = await failed
    assert message == "The OMS did not accept this token."

    type_into(dialog.form.token_edit, TOKEN)
    loaded = next_emission(dialog.locations_loaded)
    press_key(dialog.form.token_edit, Qt.Key.Key_Return)
    (count,) = await loaded
    assert count == len(server.store.stock_locations)
    assert dialog.select_location(2)
    saved = recorder(dialog.saved)
    assert dialog.save()
    [(values,)] = saved
    assert values.stock_location_id == 2
    assert keyring_backend.secrets[("instore-app", server.url)] == TOKEN


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("acme-oms.akinon.net", "is not a web address"),
        ("ftp://acme-oms.akinon.net", "is not a web address"),
        ("", "Enter the OMS address"),
    ],
)
@pytest.mark.asyncio
async def test_a_bad_address_is_explained_next_to_it(open_dialog, typed, expected):
    dialog = await open_dialog()
    type_into(dialog.form.url_edit, typed)
    press_key(dialog.form.url_edit, Qt.Key.Key_Tab)
    dialog.check_url()
    assert expected in dialog.form.url_error.text() and dialog.form.url_error.isVisible()
    dialog.sign_in()  # nothing is sent; the address gets the focus back
    assert dialog.form.url_edit.hasFocus() and not dialog.tasks.running("signin")
    assert not dialog.save() and dialog.save_status.text() == "Check the OMS address."


@pytest.mark.asyncio
async def test_an_unencrypted_address_needs_the_checkbox(open_dialog):
    dialog = await open_dialog()
    type_into(dialog.form.url_edit, "http://example.com")
    press_key(dialog.form.url_edit, Qt.Key.Key_Return)  # Enter: checked, and on to the next field
    assert "not encrypted" in dialog.form.url_error.text() and dialog.form.url_error.isVisible()
    assert dialog.form.insecure_check.hasFocus()
    dialog.form.insecure_check.setChecked(True)
    assert dialog.check_url() == "http://example.com"
    assert not dialog.form.url_error.isVisible()


@pytest.mark.asyncio
async def test_the_form_starts_from_the_saved_settings_and_token(open_dialog, server, settings, keyring_backend):
    settings.save(
        {
            "oms_url": server.url,
            "stock_location_id": 3,
            "stock_location_name": "Ankara Kızılay Mağaza (ANK03)",
            "username": "demo",
            "auto_pack": False,
            "invoice_number_step": True,
            "pack_command": "CHANNEL_BASED_COMPLETE_PACKAGING",
            "scan_interval_ms": 110,
            "serial_port": "ttyNOPE9",
            "serial_baud": 115200,
            "label_size": LabelSize(62.0, 150.0),
            "language": "tr",
            "sound": False,
        }
    )
    TokenStore().set(server.url, TOKEN)
    loaded_before = len(keyring_backend.secrets)
    dialog = await open_dialog()
    assert dialog.form.sign_in_status.text() == "Signed in (with the saved token)."
    await until(lambda: dialog.form.location_combo.count() == len(server.store.stock_locations))
    assert dialog.selected_location() == (3, "Ankara Kızılay Mağaza (ANK03)")
    assert dialog.form.username_edit.text() == "demo"
    assert not dialog.form.auto_pack_check.isChecked() and dialog.form.invoice_number_check.isChecked()
    assert dialog.form.pack_command_combo.currentData() == "CHANNEL_BASED_COMPLETE_PACKAGING"
    assert dialog.form.interval_spin.value() == 110
    assert dialog.form.serial_combo.currentData() == "ttyNOPE9" and "not connected" in dialog.form.serial_combo.currentText()
    assert dialog.form.baud_combo.currentData() == 115200
    assert dialog.form.label_width.value() == 62
    assert dialog.form.language_combo.currentData() == "tr" and not dialog.form.sound_check.isChecked()
    assert dialog.form.printer_combo.itemText(0) == "System default"

    dialog.form.sound_check.setChecked(True)
    dialog.form.interval_spin.setValue(90)
    saved = recorder(dialog.saved)
    assert dialog.save()
    [(values,)] = saved
    assert values.sound is True and values.scan_interval_ms == 90
    assert values.stock_location_id == 3 and values.serial_port == "ttyNOPE9"
    assert values.label_size == LabelSize(62.0, 150.0) and values.invoice_number_step is True
    assert values == settings.settings()  # what the file holds now
    assert len(keyring_backend.secrets) == loaded_before


@pytest.mark.asyncio
async def test_another_address_needs_signing_in_again(open_dialog, server):
    dialog = await open_dialog()
    await sign_in_with_demo(dialog, server)
    assert dialog.select_location(1)
    type_into(dialog.form.url_edit, server.url.replace("127.0.0.1", "localhost"))
    assert dialog.form.sign_in_status.text() == ""
    assert not dialog.save() and dialog.save_status.text() == "Sign in first (or paste a token)."


@pytest.mark.asyncio
async def test_without_a_keyring_the_dialog_says_the_token_is_not_kept(open_dialog, server, use_keyring, tmp_path, isolated_home):  # noqa: F811
    use_keyring(fail.Keyring())
    store = TokenStore()
    dialog = await open_dialog(store=store)
    assert dialog.form.keyring_note.isVisible() and dialog.form.keyring_note.text() == NO_KEYRING
    await sign_in_with_demo(dialog, server)
    assert dialog.select_location(1)
    saved = recorder(dialog.saved)
    assert dialog.save()
    assert len(saved) == 1
    assert store.get(server.url) == TOKEN and not store.persistent and dialog.token == TOKEN
    assert files_containing(TOKEN.encode(), tmp_path, isolated_home) == []


@pytest.mark.asyncio
async def test_enter_walks_through_the_form(open_dialog, server):
    dialog = await open_dialog()
    type_human(dialog.form.url_edit, server.url)
    press_key(None, Qt.Key.Key_Return)
    assert dialog.form.insecure_check.hasFocus() and not dialog.form.url_error.isVisible()
    press_key(None, Qt.Key.Key_Return)
    assert dialog.form.username_edit.hasFocus()
    type_human(None, DEMO_USERNAME)
    press_key(None, Qt.Key.Key_Return)
    assert dialog.form.password_edit.hasFocus()
    press_key(None, Qt.Key.Key_Return)  # no password: asks for it, stays
    assert dialog.form.sign_in_status.text() == "Enter a user name and password, or paste a token."
    assert dialog.form.password_edit.hasFocus() and not dialog.tasks.running("signin")

    dialog.form.printer_combo.setFocus()
    order = []
    while len(order) < 20 and QApplication.focusWidget() is not dialog.save_button:
        order.append(QApplication.focusWidget())
        press_key(None, Qt.Key.Key_Return)
    form = dialog.form
    # In the form's order, box by box; every field of a setting is on the walk (a new one
    # joins by itself), each once.
    assert order[:3] == [form.printer_combo, form.label_width, form.label_height]
    assert order.index(form.auto_pack_check) < order.index(form.pack_command_combo) < order.index(form.refresh_spin)
    assert order[-2:] == [form.language_combo, form.sound_check] and len(order) == len(set(order))
    # (box 1 is walked above; its Seller Center fields are hidden while the OMS is chosen)
    box_one = {form.backend_combo, form.url_edit, form.seller_center_url_edit, form.seller_center_scheme_edit}
    assert set(order) == set(bound_widgets(form)) - box_one - {form.insecure_check, form.username_edit}
    press_key(None, Qt.Key.Key_Return)  # Enter on Save: not signed in yet, so it says so
    assert dialog.save_status.text() == "Sign in first (or paste a token)." and dialog.isVisible()
    press_key(dialog.save_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.asyncio
async def test_the_windows_settings_dialog_sees_the_token_the_app_holds_without_a_keyring(
    qtbot, server, settings, use_keyring  # noqa: F811
):
    """The window is given the app's settings file and token store: with no keyring, the
    token the app signed in with (kept in memory only) is the one the dialog sees."""
    from .window_helpers import running_window

    use_keyring(fail.Keyring())
    tokens = TokenStore()
    tokens.set(server.url, TOKEN)  # memory only: a new TokenStore() would not see it
    assert not tokens.persistent and TokenStore().get(server.url) is None
    settings.save({"oms_url": server.url, "stock_location_id": 1, "stock_location_name": "Kadıköy Mağaza (KDK01)"})
    async with running_window(
        qtbot, server, token=TOKEN, store=settings, tokens=tokens, client_factory=quick_client
    ) as window:
        assert window.settings_action.isVisible()  # given the stores, the window offers its Settings
        window.open_settings()
        [dialog] = window.findChildren(SetupDialog)
        loaded = next_emission(dialog.locations_loaded)
        assert dialog.form.sign_in_status.text() == "Signed in (with the saved token)."
        await loaded
        assert dialog.selected_location() == (1, "Kadıköy Mağaza (KDK01)")
        assert dialog.store is settings and dialog.tokens is tokens
        dialog.close()

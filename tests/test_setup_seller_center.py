"""Setting up a station for the Seller Center: in the setup dialog (choose the backend, type the
address, paste the API key, which is checked and kept in the keyring, the seller's name), and
a new PC through the app's real entry point, whose window then lists the seller's packages and
names the Seller Center in its title and About box. Key events only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from instore_app.scanner.testing import press_key, type_human
from instore_app.settings import Settings, SettingsStore, TokenStore
from instore_app.simulator import SELLER_CENTER_API_KEY, SellerCenterStore, SimulatorServer, seller_center_site
from instore_app.simulator.seller_center_seed import PREPARING
from instore_app.ui.main_window import MainWindow

from .test_first_start import enter_to_save, fresh_pc, run_main, the_setup_dialog, visible  # noqa: F401 (a fixture)
from .test_settings import MemoryKeyring, files_containing, use_keyring  # noqa: F401 (a fixture)
from .test_setup_dialog import open_dialog, recorder, settings, type_into  # noqa: F401 (fixtures)
from .window_helpers import next_emission, until

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(scope="module")
def server():
    with SimulatorServer() as running:
        seller_center_site(running.app).store = SellerCenterStore(seed=3)
        yield running


@pytest.fixture
def keyring_backend(use_keyring):  # noqa: F811
    return use_keyring(MemoryKeyring())


def choose_seller_center(dialog) -> None:
    """Down on the backend list, from the keyboard."""
    combo = dialog.form.backend_combo
    combo.setFocus()
    press_key(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "seller-center"


@pytest.mark.asyncio
async def test_the_api_key_is_checked_kept_in_the_keyring_and_the_seller_saved(
    open_dialog, server, settings, keyring_backend, tmp_path  # noqa: F811
):
    dialog = await open_dialog()
    choose_seller_center(dialog)
    form = dialog.form
    assert form.backend_box.title() == "1. Seller Center" and form.sign_in_button.text() == "Check the API key"
    assert form.seller_center_url_edit.isVisibleTo(dialog) and not form.url_edit.isVisibleTo(dialog)
    assert not form.username_edit.isVisibleTo(dialog) and not form.location_combo.isVisibleTo(dialog)
    assert form.seller_name_edit.isVisibleTo(dialog) and form.seller_center_url_edit.hasFocus()

    type_into(form.seller_center_url_edit, server.url)
    type_into(form.token_edit, "not-the-key")
    failed = next_emission(dialog.sign_in_failed)
    press_key(form.token_edit, Qt.Key.Key_Return)  # Enter in the key field checks it
    (message,) = await failed
    assert message == "The Seller Center did not accept this API key (or its prefix)."
    assert not dialog.save() and dialog.save_status.text() == "Check the API key first."

    type_into(form.token_edit, SELLER_CENTER_API_KEY)
    signed = next_emission(dialog.signed_in)
    press_key(form.token_edit, Qt.Key.Key_Return)
    await signed
    assert form.sign_in_status.text() == "The Seller Center accepted the API key."
    assert form.token_edit.text() == "" and form.seller_name_edit.hasFocus()
    type_human(form.seller_name_edit, "Anadolu Tekstil")
    saved = recorder(dialog.saved)
    assert dialog.save()
    [(values,)] = saved
    assert (values.backend, values.seller_center_url, values.stock_location_name) == (
        "seller-center", server.url, "Anadolu Tekstil"
    )
    fresh = SettingsStore(QSettings(settings.file_name, QSettings.Format.IniFormat))
    assert fresh.get(Settings.backend) == "seller-center" and fresh.get(Settings.seller_center_url) == server.url
    assert keyring_backend.secrets == {("instore-app", server.url): SELLER_CENTER_API_KEY}
    assert TokenStore().get(server.url) == SELLER_CENTER_API_KEY
    assert files_containing(SELLER_CENTER_API_KEY.encode(), tmp_path) == []  # the key is in no file


@pytest.mark.slow
def test_a_new_pc_set_up_for_the_seller_center_lists_its_packages(fresh_pc, monkeypatch, server):  # noqa: F811
    seen: dict[str, str] = {}

    async def packer() -> None:
        dialog = await the_setup_dialog()
        choose_seller_center(dialog)
        type_into(dialog.form.seller_center_url_edit, server.url)
        type_into(dialog.form.token_edit, SELLER_CENTER_API_KEY)
        signed = next_emission(dialog.signed_in)
        press_key(dialog.form.token_edit, Qt.Key.Key_Return)
        await signed
        dialog.form.seller_name_edit.setFocus()
        type_human(dialog.form.seller_name_edit, "Anadolu Tekstil")
        enter_to_save(dialog)
        await until(lambda: bool(visible(MainWindow)))
        [window] = visible(MainWindow)
        await until(lambda: window.model.rowCount() > 0)
        seen["listed"] = ",".join(sorted(window.model.package_at(r).number for r in range(window.model.rowCount())))
        seen["title"] = window.windowTitle()
        window.show_about()
        await until(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["about"] = box.text()
        box.close()
        window.close()

    assert run_main(fresh_pc, monkeypatch, packer) == 0
    store = seller_center_site(server.app).store
    assert seen["listed"] == ",".join(sorted(store.numbers(status=PREPARING)))
    assert seen["title"] == f"Seller Center — {server.url} — Packing station"
    assert "Akinon Seller Center" in seen["about"] and f"Seller Center: {server.url}" in seen["about"]
    saved = QSettings(str(fresh_pc.config / "instore-app" / "settings.ini"), QSettings.Format.IniFormat)
    assert saved.value("connection/backend") == "seller-center" and saved.value("seller_center/url") == server.url
    assert files_containing(SELLER_CENTER_API_KEY.encode(), fresh_pc.home) == []

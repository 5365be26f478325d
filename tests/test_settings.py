"""The settings file (typed over an INI QSettings, upgraded after a backup) and the token
store (keyring or memory). The table itself and the precedence: tests/test_settings_table.py.

No test here touches the real keyring: each injects a backend with ``keyring.set_keyring``
(an in-memory one, or keyring's "fail" backend) and the previous one is put back after.
"""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringLocked, PasswordDeleteError
from PySide6.QtCore import QSettings

from instore_app.packing.commands import PACK_COMMANDS
from instore_app.settings import (
    KEYRING_SERVICE,
    NO_KEYRING,
    TABLE,
    VERSION,
    LabelSize,
    Settings,
    SettingProblem,
    SettingsStore,
    Source,
    TokenStore,
    effective_language,
)
from instore_app.settings import migrations


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: priority 1, so the store treats it as a real system keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses to store (a locked collection, a dismissed prompt)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")


class FileishKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plaintext/encrypted file backends (priority 0.5)."""

    priority = 0.5  # type: ignore[assignment]


# Defining a backend class registers it with keyring for auto-detection; these are for
# injection only, so they must never be picked by keyring itself.
for _cls in (MemoryKeyring, LockedKeyring, FileishKeyring):
    KeyringBackend._classes.discard(_cls)


@pytest.fixture
def use_keyring(monkeypatch):
    """``use_keyring(backend)``: make `backend` keyring's current one for this test only."""

    def use(backend: KeyringBackend) -> KeyringBackend:
        # Recorded so that monkeypatch puts the previous backend back (even None: "not chosen yet").
        monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
        keyring.set_keyring(backend)
        return backend

    return use


def ini_store(path: Path, text: str | None = None, *, upgrade: bool = True) -> SettingsStore:
    """The settings file at `path` (written first with `text`, if given)."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat), upgrade=upgrade)


SAVED = [setting for setting in TABLE if setting.key is not None]


def files_containing(needle: bytes, *roots: Path) -> list[Path]:
    return [
        path
        for root in roots
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and needle in path.read_bytes()
    ]


# -- what the file holds --------------------------------------------------------------------------


def test_the_file_keeps_these_settings_under_these_keys_and_defaults():
    expected = {
        "connection/backend": ("backend", "oms"),
        "oms/url": ("oms_url", ""),
        "oms/stock_location_id": ("stock_location_id", 0),
        "oms/stock_location_name": ("stock_location_name", ""),
        "oms/insecure": ("insecure", False),
        "oms/username": ("username", ""),
        "connection/seller_center_auth_scheme": ("seller_center_auth_scheme", ""),
        "packing/pack_command": ("pack_command", "COMPLETE_PACKAGING"),
        "packing/auto_pack": ("auto_pack", True),
        "packing/invoice_number_step": ("invoice_number_step", False),
        "packing/open_states": ("open_states", ("100", "200", "400")),
        "packing/refresh_seconds": ("refresh_seconds", 30),
        "printing/printer": ("printer", ""),
        "printing/label_size": ("label_size", LabelSize(100.0, 150.0)),
        "printing/auto_print": ("auto_print", False),
        "scanner/interval_ms": ("scan_interval_ms", 50),
        "scanner/serial_port": ("serial_port", ""),
        "scanner/serial_baud": ("serial_baud", 9600),
        "ui/language": ("language", ""),
        "ui/sound": ("sound", True),
    }
    # Keys already in users' files stay (a new setting adds one; renaming one needs a migration).
    assert expected.items() <= {s.key: (s.name, s.default) for s in SAVED}.items()
    assert not any("token" in (s.key or "") or "password" in (s.key or "") for s in TABLE)
    assert Settings.token.key is None and Settings.token.flag is None and Settings.token.secret


def test_defaults_of_a_new_file(tmp_path):
    store = ini_store(tmp_path / "new.ini")
    assert store.saved().values == {} and store.saved().problems == ()
    assert store.settings() == Settings()
    assert type(store.get(Settings.refresh_seconds)) is int
    assert type(store.get(Settings.label_size).width_mm) is float
    assert not store.is_configured()
    assert all(store.settings().source(s) is Source.DEFAULT for s in TABLE)


# -- round trips ----------------------------------------------------------------------------------


def test_values_round_trip_typed_through_the_ini_file(tmp_path):
    path = tmp_path / "s.ini"
    store = ini_store(path)
    chosen = Settings().replace(
        backend="seller-center",
        oms_url="https://acme-oms.akinon.net",
        stock_location_id=12,
        stock_location_name="Kadıköy Mağaza (KDK01)",
        insecure=True,
        username="ayşe",
        seller_center_auth_scheme="Bearer",
        pack_command="COMPLETE_PACKAGING_WITHOUT_SHIPMENT",
        auto_pack=False,
        invoice_number_step=True,
        open_states=("200",),  # one item: an INI file gives it back as a plain string
        refresh_seconds=45,
        printer="Zebra ZD421, bench 2",  # a comma: an INI file would split it if unquoted
        label_size=LabelSize(101.6, 152),  # an int for a float is fine
        auto_print=True,
        scan_interval_ms=110,
        serial_port="ttyACM0",
        serial_baud=115200,
        language="tr",
        sound=False,
    )
    store.save(chosen)
    store.sync()
    text = path.read_text(encoding="utf-8")
    assert "auto_pack=false" in text and "refresh_seconds=45" in text and "label_size=101.6x152" in text

    # A fresh process reads only text: parse the file's text the way it would.
    fresh = ini_store(tmp_path / "copy.ini", text)
    assert fresh.saved().problems == ()
    assert fresh.settings() == chosen
    for setting in SAVED:
        assert type(fresh.get(setting)) is type(setting.default), setting.name
        assert fresh.settings().source(setting) is Source.SAVED, setting.name


def test_lists_of_several_round_trip(tmp_path):
    store = ini_store(tmp_path / "s.ini")
    store.set(Settings.open_states, ("100", "400"))
    store.sync()
    assert ini_store(tmp_path / "copy.ini", (tmp_path / "s.ini").read_text()).get(Settings.open_states) == ("100", "400")


def test_ini_strings_come_back_typed(tmp_path):
    store = ini_store(
        tmp_path / "hand.ini",
        "[meta]\nversion=2\n"
        "[packing]\nauto_pack=0\nrefresh_seconds= 60 \nopen_states=100, 400\n"
        "[printing]\nauto_print=yes\nlabel_size=62 x 100\n"
        "[ui]\nsound=off\nlanguage=TR\n",
    )
    assert store.get(Settings.auto_pack) is False
    assert store.get(Settings.refresh_seconds) == 60
    assert store.get(Settings.open_states) == ("100", "400")
    assert store.get(Settings.auto_print) is True
    assert store.get(Settings.label_size) == LabelSize(62.0, 100.0)
    assert store.get(Settings.sound) is False
    assert store.get(Settings.language) == "tr"
    assert store.get("refresh_seconds") == 60


@pytest.mark.parametrize(
    "section, line, setting, words",
    [
        ("packing", "auto_pack=maybe", Settings.auto_pack, "on or off"),
        ("packing", "refresh_seconds=thirty", Settings.refresh_seconds, "a whole number from 5 to 3600"),
        ("packing", "refresh_seconds=1", Settings.refresh_seconds, "a whole number from 5 to 3600"),
        ("packing", "refresh_seconds=7200", Settings.refresh_seconds, "a whole number from 5 to 3600"),
        ("packing", "pack_command=SHIP_IT", Settings.pack_command, "one of COMPLETE_PACKAGING"),
        ("packing", "open_states=100, waiting", Settings.open_states, "package state numbers"),
        ("printing", "label_size=nanx150", Settings.label_size, "like 100x150"),
        ("printing", "label_size=100x9000", Settings.label_size, "height 20 to 400"),
        ("scanner", "interval_ms=12.5", Settings.scan_interval_ms, "a whole number from 5 to 1000"),
        ("scanner", "serial_baud=5", Settings.serial_baud, "a whole number from 300 to 4000000"),
        ("oms", "stock_location_id=-3", Settings.stock_location_id, "0 or more"),
        ("oms", "url=a, b", Settings.oms_url, "text"),  # unquoted comma: a list, not text
        ("ui", "language=de", Settings.language, "one of tr, en, or empty"),
        ("connection", "backend=sap", Settings.backend, "one of oms, seller-center"),
    ],
)
def test_an_unusable_stored_value_falls_back_to_the_default_with_words(tmp_path, caplog, section, line, setting, words):
    store = ini_store(tmp_path / "bad.ini", f"[meta]\nversion=2\n[{section}]\n{line}\n")
    with caplog.at_level(logging.WARNING, logger="instore_app.settings"):
        assert store.get(setting) == setting.default
        saved = store.saved()
    assert setting.name not in saved.values
    [problem] = saved.problems
    assert problem.setting is setting and problem.message.startswith(f"The setting {setting.key} in the settings file must be ")
    assert words in problem.message
    [notice] = saved.notices()
    assert notice.startswith(problem.message) and "the default" in notice
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # said once, not on every read
    assert setting.key in warnings[0].getMessage() and "default" in warnings[0].getMessage()


def test_set_refuses_the_wrong_type_or_a_value_out_of_range(tmp_path):
    store = ini_store(tmp_path / "s.ini")
    with pytest.raises(TypeError):
        store.set(Settings.auto_pack, "yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.set(Settings.refresh_seconds, True)
    with pytest.raises(TypeError):
        store.set(Settings.open_states, [100])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="one of COMPLETE_PACKAGING"):
        store.set(Settings.pack_command, "SHIP_IT")
    with pytest.raises(SettingProblem, match="from 5 to 1000"):
        store.set(Settings.scan_interval_ms, 0)
    with pytest.raises(KeyError):
        store.set("token", "x")  # never in the file
    with pytest.raises(KeyError):
        store.set("oms/token", "x")
    # save() checks everything before writing anything
    with pytest.raises(ValueError):
        store.save({"oms_url": "https://x.example", "refresh_seconds": 1})
    assert store.get(Settings.oms_url) == ""
    for command in PACK_COMMANDS:
        store.set(Settings.pack_command, command)
        assert store.get(Settings.pack_command) == command


def test_is_configured_needs_the_address_and_the_stock_location(tmp_path):
    store = ini_store(tmp_path / "s.ini")
    store.set(Settings.oms_url, "https://acme-oms.akinon.net")
    assert not store.is_configured()
    store.set(Settings.stock_location_id, 12)
    assert store.is_configured()
    store.set(Settings.oms_url, "   ")
    assert not store.is_configured()
    store.reset(Settings.oms_url)
    assert store.get(Settings.oms_url) == ""


def test_ui_state_lives_in_the_persist_section_not_among_the_settings(tmp_path):
    from PySide6.QtCore import QByteArray

    path = tmp_path / "s.ini"
    store = ini_store(path)
    store.persist.set("main_window/geometry", QByteArray(b"\x01\x02geometry"))
    store.sync()
    again = ini_store(tmp_path / "copy.ini", path.read_text())
    assert bytes(again.persist.get("main_window/geometry")) == b"\x01\x02geometry"
    assert again.persist.get("main_window/nothing") is None
    assert "[persist]" in path.read_text() and again.saved().values == {}


# -- versions -------------------------------------------------------------------------------------


V1_FILE = (
    "[meta]\nversion=1\n[oms]\nurl=https://acme-oms.akinon.net\nstock_location_id=12\n"
    "[printing]\nprinter=Zebra\nlabel_width_mm=62\nlabel_height_mm=100\n"
)


def test_a_new_file_is_stamped_with_the_current_version_and_not_backed_up(tmp_path):
    path = tmp_path / "s.ini"
    store = ini_store(path)
    assert store.version == VERSION == 2
    store.sync()
    assert "[meta]\nversion=2" in path.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.ini"]


def test_the_label_size_of_a_version_1_file_becomes_one_setting_after_a_backup(tmp_path):
    path = tmp_path / "settings.ini"
    store = ini_store(path, V1_FILE)
    assert store.version == 2 and store.notices == []
    assert store.get(Settings.label_size) == LabelSize(62.0, 100.0)
    assert store.get(Settings.printer) == "Zebra" and store.get(Settings.stock_location_id) == 12
    assert store.qsettings.value("printing/label_width_mm") is None
    backup = tmp_path / "settings.v1.ini.bak"
    assert backup.read_text(encoding="utf-8") == V1_FILE  # the file as it was, byte for byte
    store.sync()
    assert "label_size=62x100" in path.read_text() and "label_width_mm" not in path.read_text()


def test_upgrade_backs_the_file_up_then_runs_each_missing_migration_in_order(tmp_path):
    path = tmp_path / "old.ini"
    path.write_text("[meta]\nversion=1\n[print]\nprinter=Zebra\n", encoding="utf-8")
    store = ini_store(path, upgrade=False)
    ran = []

    def to_2(qs: QSettings) -> None:
        # the backup is there before the first step runs
        assert (tmp_path / "old.v1.ini.bak").read_text() == "[meta]\nversion=1\n[print]\nprinter=Zebra\n"
        ran.append(2)
        qs.setValue("printing/printer", qs.value("print/printer"))
        qs.remove("print")

    def to_3(qs: QSettings) -> None:
        ran.append(3)

    assert store.upgrade(target=3, migrations={2: to_2, 3: to_3}) == 1
    assert ran == [2, 3] and store.version == 3
    assert store.get(Settings.printer) == "Zebra" and store.qsettings.value("print/printer") is None
    assert store.upgrade(target=3, migrations={2: to_2, 3: to_3}) == 3 and ran == [2, 3]  # once only


def test_a_file_that_cannot_be_backed_up_is_not_upgraded_and_that_is_said(tmp_path, monkeypatch, caplog):
    path = tmp_path / "settings.ini"
    path.write_text(V1_FILE, encoding="utf-8")

    def refuse(qsettings: QSettings, version: int) -> None:
        raise migrations.BackupFailed("the disk is full")

    monkeypatch.setattr(migrations, "backup", refuse)
    with caplog.at_level(logging.ERROR, logger="instore_app.settings"):
        store = ini_store(path)
    assert store.version == 1 and store.qsettings.value("printing/label_width_mm") is not None
    [notice] = store.notices
    assert "could not be backed up" in notice and "the disk is full" in notice
    assert "backup failed" in caplog.text


def test_a_file_from_a_newer_app_is_left_alone(tmp_path):
    store = ini_store(tmp_path / "new.ini", "[meta]\nversion=7\n[packing]\nrefresh_seconds=40\n")
    assert store.version == 7
    assert store.get(Settings.refresh_seconds) == 40
    assert [p.name for p in tmp_path.iterdir()] == ["new.ini"]


# -- the run's language ---------------------------------------------------------------------------


def test_the_language_shown(tmp_path):
    assert effective_language("", "tr_TR.UTF-8") == "tr"
    assert effective_language("", "Turkish_Turkey") == "tr"
    assert effective_language("", "de_DE") == "en"
    assert effective_language("en", "tr_TR") == "en"


# -- the token --------------------------------------------------------------------------------------


def test_the_token_is_kept_in_the_keyring_across_restarts(use_keyring):
    backend = use_keyring(MemoryKeyring())
    store = TokenStore()
    assert store.persistent and store.reason == ""
    store.set("https://acme-oms.akinon.net/", "secret-1")
    assert backend.secrets == {(KEYRING_SERVICE, "https://acme-oms.akinon.net"): "secret-1"}
    again = TokenStore()  # the next start of the app
    assert again.get("https://acme-oms.akinon.net") == "secret-1"
    assert again.get("https://other-oms.akinon.net") is None
    again.delete("https://acme-oms.akinon.net")
    again.delete("https://acme-oms.akinon.net")  # already gone: fine
    assert backend.secrets == {} and TokenStore().get("https://acme-oms.akinon.net") is None


def test_without_a_keyring_the_token_is_kept_in_memory_and_the_store_says_why(use_keyring):
    use_keyring(fail.Keyring())
    store = TokenStore()
    assert not store.persistent
    assert store.reason == NO_KEYRING
    assert "kept until the app closes" in store.reason
    store.set("https://acme-oms.akinon.net", "secret-2")
    assert store.get("https://acme-oms.akinon.net") == "secret-2"  # for this session
    assert TokenStore().get("https://acme-oms.akinon.net") is None  # not after a restart
    store.delete("https://acme-oms.akinon.net")
    assert store.get("https://acme-oms.akinon.net") is None


def test_low_priority_keyrings_are_not_used(use_keyring):
    """keyrings.alt's file backends have priority < 1: the token must not go to a file."""
    backend = use_keyring(FileishKeyring())
    store = TokenStore()
    assert not store.persistent and store.reason == NO_KEYRING
    store.set("https://acme-oms.akinon.net", "secret-3")
    assert backend.secrets == {}


@pytest.mark.parametrize("chained, persistent", [("memory+file", True), ("file+file", False), ("", False)])
def test_a_chainer_is_judged_by_its_best_keyring(use_keyring, monkeypatch, chained, persistent):
    """keyring's chainer would fall through to a lower (file) keyring: the best one is used alone."""
    kinds = {"memory": MemoryKeyring, "file": FileishKeyring}
    rings = [kinds[name]() for name in chained.split("+") if name]
    monkeypatch.setattr(chainer.ChainerBackend, "backends", rings)  # no detection of real keyrings
    use_keyring(chainer.ChainerBackend())
    store = TokenStore()
    assert store.persistent is persistent
    store.set("https://acme-oms.akinon.net", "secret-5")
    stored = [ring for ring in rings if ring.secrets]
    assert stored == ([rings[0]] if persistent else [])


def test_a_keyring_that_refuses_keeps_the_token_in_memory(use_keyring, caplog):
    use_keyring(LockedKeyring())
    store = TokenStore()
    assert store.persistent
    with caplog.at_level(logging.WARNING):
        store.set("https://acme-oms.akinon.net", "secret-4")
    assert not store.persistent and "did not accept" in store.reason
    assert store.get("https://acme-oms.akinon.net") == "secret-4"
    assert "secret-4" not in caplog.text


def test_the_token_is_never_written_to_a_file(use_keyring, isolated_home, tmp_path):
    """Settings in the user's (isolated) settings file, the token set both with a keyring
    and without one: no file under HOME or tmp holds the token."""
    token = "tok-6d1f0c2b9e4a47d3-never-on-disk"
    store = SettingsStore()  # the real default location, inside the isolated HOME
    try:
        assert Path(store.file_name).is_relative_to(isolated_home)
        store.save({"oms_url": "https://acme-oms.akinon.net", "stock_location_id": 3, "username": "demo"})
        store.sync()
        use_keyring(MemoryKeyring())
        TokenStore().set("https://acme-oms.akinon.net", token)
        use_keyring(fail.Keyring())
        TokenStore().set("https://acme-oms.akinon.net", token)
        logging.getLogger("instore_app").info("settings saved")  # whatever logging does too
        assert b"acme-oms.akinon.net" in Path(store.file_name).read_bytes()  # the walk sees the file
        assert files_containing(token.encode(), isolated_home, tmp_path) == []
    finally:
        store.qsettings.clear()
        store.sync()

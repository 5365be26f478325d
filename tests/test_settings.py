"""The saved settings (typed over an INI QSettings) and the token store (keyring or memory).

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

from instore_app import settings as S
from instore_app.config import Settings as RunSettings
from instore_app.packing.commands import PACK_COMMANDS
from instore_app.settings import (
    KEYRING_SERVICE,
    NO_KEYRING,
    OPTIONS,
    VERSION,
    Option,
    Settings,
    TokenStore,
    effective_language,
    run_settings,
)


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


def ini_settings(path: Path, text: str | None = None) -> Settings:
    """Settings over the INI file at `path` (written first with `text`, if given)."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def files_containing(needle: bytes, *roots: Path) -> list[Path]:
    return [
        path
        for root in roots
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and needle in path.read_bytes()
    ]


# -- declarations -------------------------------------------------------------------------------


def test_every_option_is_declared_once_with_a_typed_default():
    expected = {
        "oms/url": (str, ""),
        "oms/stock_location_id": (int, 0),
        "oms/stock_location_name": (str, ""),
        "oms/insecure": (bool, False),
        "oms/username": (str, ""),
        "packing/pack_command": (str, "COMPLETE_PACKAGING"),
        "packing/auto_pack": (bool, True),
        "packing/open_states": (list, ["100", "200", "400"]),
        "packing/refresh_seconds": (int, 30),
        "printing/printer": (str, ""),
        "printing/label_width_mm": (float, 100.0),
        "printing/label_height_mm": (float, 150.0),
        "printing/auto_print": (bool, False),
        "scanner/interval_ms": (int, 50),
        "scanner/serial_port": (str, ""),
        "scanner/serial_baud": (int, 9600),
        "ui/language": (str, ""),
        "ui/sound": (bool, True),
    }
    assert {key: (o.type, o.default_value()) for key, o in OPTIONS.items()} == expected
    assert all(option.doc for option in OPTIONS.values())
    assert not any("token" in key or "password" in key for key in OPTIONS)
    with pytest.raises(ValueError):
        S._declare("oms/url", str, "", "again")
    with pytest.raises(ValueError):
        Option("x/y", int, -1, "a bad default", check=lambda v: v >= 0)


def test_defaults_of_a_new_file(tmp_path):
    settings = ini_settings(tmp_path / "new.ini")
    values = settings.values()
    assert values == {key: option.default_value() for key, option in OPTIONS.items()}
    assert type(values["packing/refresh_seconds"]) is int
    assert type(values["printing/label_width_mm"]) is float
    assert not settings.is_configured()
    # the default list is a copy: changing a snapshot changes nothing
    values["packing/open_states"].append("999")
    assert settings.get(S.OPEN_STATES) == ["100", "200", "400"]


# -- round trips ----------------------------------------------------------------------------------


def test_values_round_trip_typed_through_the_ini_file(tmp_path):
    path = tmp_path / "s.ini"
    settings = ini_settings(path)
    chosen = {
        "oms/url": "https://acme-oms.akinon.net",
        "oms/stock_location_id": 12,
        "oms/stock_location_name": "Kadıköy Mağaza (KDK01)",
        "oms/insecure": True,
        "oms/username": "ayşe",
        "packing/pack_command": "COMPLETE_PACKAGING_WITHOUT_SHIPMENT",
        "packing/auto_pack": False,
        "packing/open_states": ["200"],  # one item: an INI file gives it back as a plain string
        "packing/refresh_seconds": 45,
        "printing/printer": "Zebra ZD421, bench 2",  # a comma: an INI file would split it if unquoted
        "printing/label_width_mm": 101.6,
        "printing/label_height_mm": 152,  # an int for a float option is fine
        "printing/auto_print": True,
        "scanner/interval_ms": 110,
        "scanner/serial_port": "ttyACM0",
        "scanner/serial_baud": 115200,
        "ui/language": "tr",
        "ui/sound": False,
    }
    settings.update(chosen)
    settings.sync()
    text = path.read_text(encoding="utf-8")
    assert "auto_pack=false" in text and "refresh_seconds=45" in text

    # A fresh process reads only text: parse the file's text the way it would.
    fresh = ini_settings(tmp_path / "copy.ini", text)
    values = fresh.values()
    assert values == {**chosen, "printing/label_height_mm": 152.0}
    for key, option in OPTIONS.items():
        assert type(values[key]) is option.type, key


def test_lists_of_several_and_of_none_round_trip(tmp_path):
    settings = ini_settings(tmp_path / "s.ini")
    settings.set(S.OPEN_STATES, ["100", "400"])
    settings.sync()
    assert ini_settings(tmp_path / "copy.ini", (tmp_path / "s.ini").read_text()).get(S.OPEN_STATES) == ["100", "400"]
    # open_states may not be empty; a list option that may be empty comes back empty
    empty = Option("test/list", list, [], "a list that may be empty")
    settings.qsettings.setValue("test/list", "x")
    try:
        S.OPTIONS[empty.key] = empty
        settings.set(empty, [])
        settings.sync()
        assert ini_settings(tmp_path / "copy2.ini", (tmp_path / "s.ini").read_text()).get(empty) == []
    finally:
        del S.OPTIONS[empty.key]


def test_ini_strings_come_back_typed(tmp_path):
    settings = ini_settings(
        tmp_path / "hand.ini",
        "[packing]\nauto_pack=0\nrefresh_seconds= 60 \nopen_states=100, 400\n"
        "[printing]\nauto_print=yes\nlabel_width_mm=62\n"
        "[ui]\nsound=off\n",
    )
    assert settings.get(S.AUTO_PACK) is False
    assert settings.get(S.REFRESH_SECONDS) == 60
    assert settings.get(S.OPEN_STATES) == ["100", "400"]
    assert settings.get(S.AUTO_PRINT) is True
    assert settings.get(S.LABEL_WIDTH_MM) == 62.0 and type(settings.get(S.LABEL_WIDTH_MM)) is float
    assert settings.get(S.SOUND) is False
    assert settings["packing/refresh_seconds"] == 60


@pytest.mark.parametrize(
    "section, line, option",
    [
        ("packing", "auto_pack=maybe", S.AUTO_PACK),
        ("packing", "refresh_seconds=thirty", S.REFRESH_SECONDS),
        ("packing", "refresh_seconds=1", S.REFRESH_SECONDS),  # below the 5 s minimum
        ("packing", "pack_command=SHIP_IT", S.PACK_COMMAND),
        ("packing", "open_states=100, waiting", S.OPEN_STATES),
        ("printing", "label_width_mm=nan", S.LABEL_WIDTH_MM),
        ("printing", "label_height_mm=9000", S.LABEL_HEIGHT_MM),
        ("scanner", "interval_ms=12.5", S.SCAN_INTERVAL_MS),
        ("oms", "stock_location_id=-3", S.STOCK_LOCATION_ID),
        ("oms", "url=a, b", S.OMS_URL),  # unquoted comma: a list, not text
        ("ui", "language=de", S.LANGUAGE),
    ],
)
def test_an_unusable_stored_value_falls_back_to_the_default_with_a_warning(tmp_path, caplog, section, line, option):
    settings = ini_settings(tmp_path / "bad.ini", f"[{section}]\n{line}\n")
    with caplog.at_level(logging.WARNING, logger="instore_app.settings"):
        assert settings.get(option) == option.default_value()
        settings.get(option)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # said once, not on every read
    assert option.key in warnings[0].getMessage() and "default" in warnings[0].getMessage()


def test_set_refuses_the_wrong_type_or_a_value_out_of_range(tmp_path):
    settings = ini_settings(tmp_path / "s.ini")
    with pytest.raises(TypeError):
        settings.set(S.AUTO_PACK, "yes")
    with pytest.raises(TypeError):
        settings.set(S.REFRESH_SECONDS, True)
    with pytest.raises(TypeError):
        settings.set(S.OPEN_STATES, [100])
    with pytest.raises(ValueError):
        settings.set(S.PACK_COMMAND, "SHIP_IT")
    with pytest.raises(ValueError):
        settings.set(S.SCAN_INTERVAL_MS, 0)
    with pytest.raises(KeyError):
        settings.set("oms/token", "x")
    # update() checks everything before writing anything
    with pytest.raises(ValueError):
        settings.update({"oms/url": "https://x.example", "packing/refresh_seconds": 1})
    assert settings.get(S.OMS_URL) == ""
    for command in PACK_COMMANDS:
        settings.set(S.PACK_COMMAND, command)
        assert settings.get(S.PACK_COMMAND) == command


def test_is_configured_needs_the_address_and_the_stock_location(tmp_path):
    settings = ini_settings(tmp_path / "s.ini")
    settings.set(S.OMS_URL, "https://acme-oms.akinon.net")
    assert not settings.is_configured()
    settings.set(S.STOCK_LOCATION_ID, 12)
    assert settings.is_configured()
    settings.set(S.OMS_URL, "   ")
    assert not settings.is_configured()
    settings.reset(S.OMS_URL)
    assert settings.get(S.OMS_URL) == ""


# -- versions -------------------------------------------------------------------------------------


def test_a_new_file_is_stamped_with_the_current_version(tmp_path):
    path = tmp_path / "s.ini"
    settings = ini_settings(path)
    assert settings.version == VERSION == 1
    settings.sync()
    assert "[meta]\nversion=1" in path.read_text()


def test_upgrade_runs_each_missing_migration_in_order(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat), upgrade=False)
    settings.qsettings.setValue("meta/version", 1)
    settings.qsettings.setValue("print/printer", "Zebra")
    ran = []

    def to_2(qs: QSettings) -> None:
        ran.append(2)
        qs.setValue("printing/printer", qs.value("print/printer"))
        qs.remove("print")

    def to_3(qs: QSettings) -> None:
        ran.append(3)

    assert settings.upgrade(target=3, migrations={2: to_2, 3: to_3}) == 1
    assert ran == [2, 3] and settings.version == 3
    assert settings.get(S.PRINTER) == "Zebra" and settings.qsettings.value("print/printer") is None
    assert settings.upgrade(target=3, migrations={2: to_2, 3: to_3}) == 3 and ran == [2, 3]  # once only


def test_a_file_from_a_newer_app_is_left_alone(tmp_path, caplog):
    settings = ini_settings(tmp_path / "new.ini", "[meta]\nversion=7\n[packing]\nrefresh_seconds=40\n")
    assert settings.version == 7
    assert settings.get(S.REFRESH_SECONDS) == 40


# -- the run settings ------------------------------------------------------------------------------


def test_run_settings_for_the_app(tmp_path):
    settings = ini_settings(tmp_path / "s.ini")
    settings.update(
        {"oms/url": "https://acme-oms.akinon.net/", "oms/stock_location_id": 12, "ui/language": "tr", "printing/auto_print": True}
    )
    run = run_settings(settings.values(), "tok")
    assert isinstance(run, RunSettings)
    assert (run.oms_url, run.stock_location_id, run.token, run.language) == ("https://acme-oms.akinon.net", 12, "tok", "tr")
    assert run.open_states == ("100", "200", "400") and run.refresh_seconds == 30.0 and run.auto_print
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
    settings = Settings()  # the real default location, inside the isolated HOME
    try:
        assert Path(settings.file_name).is_relative_to(isolated_home)
        settings.update({"oms/url": "https://acme-oms.akinon.net", "oms/stock_location_id": 3, "oms/username": "demo"})
        settings.sync()
        use_keyring(MemoryKeyring())
        TokenStore().set("https://acme-oms.akinon.net", token)
        use_keyring(fail.Keyring())
        TokenStore().set("https://acme-oms.akinon.net", token)
        logging.getLogger("instore_app").info("settings saved")  # whatever logging does too
        assert b"acme-oms.akinon.net" in Path(settings.file_name).read_bytes()  # the walk sees the file
        assert files_containing(token.encode(), isolated_home, tmp_path) == []
    finally:
        settings.qsettings.clear()
        settings.sync()

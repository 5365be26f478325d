"""The table of settings and what is made from it: the flags and --help, the environment
overrides, the settings file, the run settings and the setup dialog's fields -- and the one
precedence rule, flag > environment > saved > default.

The test that iterates the table (``test_every_setting_reaches_...``) is the one that makes
a new setting show up everywhere: declare it in ``instore_app/settings/table.py`` and it runs
for it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from instore_app.settings import (
    TABLE,
    ConfigError,
    LabelSize,
    Setting,
    SettingProblem,
    Settings,
    SettingsStore,
    Source,
    connection_given,
    for_demo,
    for_run,
    not_yet_used,
    resolve,
    with_kept_token,
)
from instore_app.settings.cli import build_parser, flag_values, parse_args
from instore_app.settings.kinds import Between, OneOf

URL = "https://acme-oms.akinon.net"


def ini_store(path: Path, text: str | None = None) -> SettingsStore:
    if text is not None:
        path.write_text(text, encoding="utf-8")
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def sample(setting: Setting[Any]) -> Any:
    """A value the setting allows that is not its default."""
    if setting.is_bool:
        return not setting.default
    check = setting.check
    if isinstance(check, OneOf):
        return next(choice for choice in check.choices if choice and choice != setting.default)
    if isinstance(check, Between):
        return int(check.high) if int(check.high) != setting.default else int(check.low)
    if isinstance(setting.default, LabelSize):
        return LabelSize(62.0, 100.0)
    if isinstance(setting.default, tuple):
        return ("500", "900")
    if isinstance(setting.default, int):
        return 7
    return {"seller_center_auth_scheme": "Bearer", "oms_url": URL}.get(setting.name, "sample-text")


def argv_for(setting: Setting[Any], value: Any) -> list[str]:
    assert setting.flag is not None
    if setting.is_bool:
        return [setting.flag if value else "--no-" + setting.flag.removeprefix("--")]
    return [setting.flag, setting.text(value)]


# -- the table ------------------------------------------------------------------------------------


def test_every_setting_is_declared_once_with_its_parts():
    names = [setting.name for setting in TABLE]
    assert len(names) == len(set(names)) and names == [n for n in vars(Settings) if n in names]
    for setting in TABLE:
        assert setting.help and setting.help[0].isupper() and setting.help.endswith("."), setting.name
        assert setting.parse(setting.default, "the default") == setting.default
        assert setting.flag is None or setting.flag.startswith("--")
        assert setting.env is None or setting.env.startswith("INSTORE_")
        assert setting.key is None or "/" in setting.key
    # the example settings the next issues need (12: invoice number; 13: Seller Center)
    assert Settings.backend.default == "oms" and Settings.backend.check == OneOf(("oms", "seller-center"))
    assert Settings.seller_center_auth_scheme.default == "" and Settings.invoice_number_step.default is False


def test_a_declaration_must_be_coherent():
    from instore_app.settings.kinds import INT, Rule

    with pytest.raises(ValueError):
        Setting(INT, -1, check=Rule(lambda v: v >= 0, "0 or more"), help="A bad default.")
    assert Setting(INT, 1, flag="--x-y", help="Auto.").env == "INSTORE_X_Y"
    assert Setting(INT, 1, flag="--x-y", env=None, help="None.").env is None


@pytest.mark.parametrize("setting", TABLE, ids=lambda s: s.name)
def test_every_setting_reaches_argparse_env_the_file_and_the_run_settings(setting, tmp_path):
    value = sample(setting)
    run = Settings().replace(**{setting.name: value})
    assert getattr(run, setting.name) == value and run.get(setting) == value  # typed, by attribute

    if setting.flag:
        settings = resolve(flags=flag_values(parse_args(argv_for(setting, value))))
        assert settings.get(setting) == value and settings.source(setting) is Source.FLAG
        assert setting.flag in build_parser().format_help()
    if setting.env:
        settings = resolve(environ={setting.env: setting.text(value)})
        assert settings.get(setting) == value and settings.source(setting) is Source.ENVIRONMENT
    if setting.key:
        path = tmp_path / "s.ini"
        store = ini_store(path)
        store.set(setting, value)
        store.sync()
        fresh = ini_store(tmp_path / "copy.ini", path.read_text(encoding="utf-8"))  # text only, as a new process
        settings = resolve(saved=fresh.saved().values)
        assert settings.get(setting) == value and settings.source(setting) is Source.SAVED
    else:
        with pytest.raises(KeyError):  # not a setting of the file
            ini_store(tmp_path / "other.ini").set(setting, value)
    if not (setting.flag or setting.env or setting.key):
        pytest.fail(f"{setting.name} can come from nowhere")


def test_the_dialog_binds_every_setting_that_names_a_widget(qtbot):
    from instore_app.ui.setting_fields import apply_ranges, bound_settings, load_fields, read_fields
    from instore_app.ui.setup_form import SetupForm

    form = SetupForm()
    qtbot.addWidget(form)
    apply_ranges(form)
    chosen = Settings().replace(**{setting.name: sample(setting) for setting in bound_settings()})
    load_fields(form, chosen)
    read = read_fields(form)
    assert read == {setting.name: chosen.get(setting) for setting in bound_settings()}
    assert {s.name for s in bound_settings()} >= {"refresh_seconds", "invoice_number_step", "label_size"}
    # the form allows what a flag allows
    assert (form.refresh_spin.minimum(), form.refresh_spin.maximum()) == (5, 3600)
    assert (form.interval_spin.minimum(), form.interval_spin.maximum()) == (5, 1000)
    assert (form.label_width.minimum(), form.label_width.maximum(), form.label_height.maximum()) == (20, 300, 400)


def test_help_lists_every_declared_flag_and_variable():
    text = build_parser().format_help()
    for setting in TABLE:
        if setting.flag:
            assert setting.flag in text, setting.flag
            if setting.is_bool and (setting.key or setting.env):
                assert "--no-" + setting.flag[2:] in text
        if setting.env:
            assert setting.env in text
    assert "--serial-baud BAUD" in text and "from 300 to 4000000" in text and "from 5 to 3600" in text
    assert "a flag beats its environment variable, which beats the saved setting" in text
    assert "--token" not in text and "INSTORE_TOKEN" in text


# -- precedence -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "setting, flag, env, saved",
    [
        (Settings.serial_baud, "115200", "19200", 4800),
        (Settings.refresh_seconds, "45", "60", 90),
        (Settings.language, "tr", "en", "tr"),
        (Settings.sound, False, "1", False),
        (Settings.label_size, "62x100", "101.6x152", LabelSize(50, 80)),
        (Settings.serial_port, "ttyACM1", "ttyACM2", "COM3"),
        (Settings.stock_location_id, "14", "15", 16),
    ],
    ids=lambda v: v.name if isinstance(v, Setting) else None,
)
def test_a_flag_beats_the_environment_beats_the_file_beats_the_default(setting, flag, env, saved):
    assert setting.env is not None
    flags, environ, file = {setting.name: flag}, {setting.env: env}, {setting.name: saved}
    top = resolve(flags=flags, environ=environ, saved=file)
    assert top.get(setting) == setting.parse(flag, "") and top.source(setting) is Source.FLAG
    below = resolve(environ=environ, saved=file)
    assert below.get(setting) == setting.parse(env, "") and below.source(setting) is Source.ENVIRONMENT
    lower = resolve(saved=file)
    assert lower.get(setting) == saved and lower.source(setting) is Source.SAVED
    assert resolve().get(setting) == setting.default and resolve().source(setting) is Source.DEFAULT
    assert resolve(environ={setting.env: "  "}).source(setting) is Source.DEFAULT  # an empty variable sets nothing


def test_on_a_configured_pc_the_flags_given_apply_and_the_file_keeps_its_values(tmp_path):
    path = tmp_path / "settings.ini"
    store = ini_store(path)
    store.save(
        {"oms_url": URL, "stock_location_id": 12, "serial_port": "ttyACM0", "sound": True, "refresh_seconds": 60,
         "printer": "Zebra"}
    )
    store.sync()
    before = path.read_text(encoding="utf-8")

    class Keyring:
        def get(self, oms_url: str) -> str | None:
            return "kept-token" if oms_url == URL else None

    argv = ["--serial-port", "ttyUSB7", "--no-sound", "--refresh-seconds", "45"]
    settings = with_kept_token(resolve(flags=flag_values(parse_args(argv)), environ={}, saved=store.saved().values), Keyring())
    assert (settings.serial_port, settings.sound, settings.refresh_seconds) == ("ttyUSB7", False, 45)
    assert settings.printer == "Zebra" and settings.source(Settings.printer) is Source.SAVED
    assert settings.token == "kept-token" and not connection_given(settings)
    run = for_run(settings)
    assert (run.oms_url, run.stock_location_id, run.serial_port, run.sound) == (URL, 12, "ttyUSB7", False)
    assert path.read_text(encoding="utf-8") == before  # a flag is for this run: never written to the file


def test_a_flag_or_variable_for_the_oms_makes_what_is_missing_an_error_not_a_dialog():
    settings = resolve(environ={"INSTORE_TOKEN": "t"})
    assert connection_given(settings)
    with pytest.raises(ConfigError, match="Not set: INSTORE_OMS_URL, INSTORE_STOCK_LOCATION") as error:
        for_run(settings)
    assert error.value.code == "connection_missing"
    assert not connection_given(resolve(flags={"serial_port": "ttyACM0"}))


# -- the same check, the same words, wherever the value comes from ---------------------------------


@pytest.mark.parametrize(
    "setting, raw, words",
    [
        (Settings.serial_baud, "5", "a whole number from 300 to 4000000"),
        (Settings.serial_baud, "fast", "a whole number from 300 to 4000000"),
        (Settings.refresh_seconds, "7200", "a whole number from 5 to 3600"),
        (Settings.scan_interval_ms, "1", "a whole number from 5 to 1000"),
        (Settings.label_size, "10x10", "a size in millimetres like 100x150 (width 20 to 300, height 20 to 400)"),
        (Settings.open_states, "waiting", "package state numbers separated by commas, e.g. 100,200,400"),
        (Settings.language, "de", "one of tr, en, or empty"),
        (Settings.pack_command, "SHIP_IT", "one of COMPLETE_PACKAGING"),
        (Settings.backend, "sap", "one of oms, seller-center"),
        (Settings.auto_pack, "maybe", "on or off"),
    ],
    ids=lambda v: v.name if isinstance(v, Setting) else None,
)
def test_a_value_out_of_range_is_refused_with_the_same_words_from_flag_env_and_file(setting, raw, words, tmp_path):
    assert setting.env is not None and setting.key is not None
    refused: list[tuple[SettingProblem, str]] = []
    if not setting.is_bool:  # an on/off flag takes no text: its variable and the file do
        with pytest.raises(SettingProblem) as flag_problem:
            resolve(flags=flag_values(parse_args([str(setting.flag), raw])))
        refused.append((flag_problem.value, str(setting.flag)))
    with pytest.raises(SettingProblem) as env_problem:
        resolve(environ={setting.env: raw})
    refused.append((env_problem.value, setting.env))
    section, name = setting.key.split("/")
    saved = ini_store(tmp_path / "s.ini", f"[meta]\nversion=2\n[{section}]\n{name}={raw}\n").saved()
    assert setting.name not in saved.values
    [file_problem] = saved.problems
    refused.append((file_problem, f"The setting {setting.key} in the settings file"))
    for problem, where in refused:
        assert problem.message == f"{where} must be {setting.expected}, not “{raw}”."
        assert words in problem.message
        assert (problem.code, problem.params["value"], problem.params["expected"]) == ("setting_invalid", raw, setting.expected)
    try:
        typed = setting.kind.parse(raw)
    except ValueError:
        return  # not even of the kind: code can't hold it
    with pytest.raises(SettingProblem):  # and from code, as the dialog saves
        Settings().replace(**{setting.name: typed})


def test_every_wrong_flag_and_variable_is_named_at_once():
    with pytest.raises(ConfigError) as error:
        resolve(flags=flag_values(parse_args(["--serial-baud", "5", "--language", "de"])), environ={"INSTORE_REFRESH_SECONDS": "1"})
    lines = str(error.value).splitlines()
    assert lines == [
        "INSTORE_REFRESH_SECONDS must be a whole number from 5 to 3600, not “1”.",
        "--serial-baud must be a whole number from 300 to 4000000, not “5”.",
        "--language must be one of tr, en, or empty, not “de”.",
    ]


def test_a_flag_not_given_is_absent_so_the_layers_below_apply():
    assert flag_values(parse_args([])) == {}
    assert flag_values(parse_args(["--no-sound"])) == {"sound": False}
    assert flag_values(parse_args(["--sound"])) == {"sound": True}


# -- the run ----------------------------------------------------------------------------------------


def test_the_token_is_never_shown():
    settings = Settings({"token": "tok-secret-123", "oms_url": URL})
    assert "tok-secret-123" not in repr(settings) and "token=***" in repr(settings)
    assert "tok-secret-123" not in build_parser().format_help()


def test_demo_takes_the_simulator_over_the_environment_but_not_over_a_flag():
    settings = resolve(environ={"INSTORE_OMS_URL": URL, "INSTORE_STOCK_LOCATION": "12"}, flags={"demo": True})
    demo = for_demo(settings, "http://127.0.0.1:1234", 1, "sim-token")
    assert (demo.oms_url, demo.stock_location_id, demo.token) == ("http://127.0.0.1:1234", 1, "sim-token")
    assert demo.source(Settings.oms_url) is Source.FLAG
    with pytest.raises(ConfigError, match="leave out --oms-url"):
        for_demo(resolve(flags={"demo": True, "oms_url": URL}), "http://127.0.0.1:1234", 1, "t")


def test_a_setting_not_acted_on_yet_is_said_not_ignored():
    # The Seller Center backend is acted on now: it asks for its own address, not the OMS's.
    with pytest.raises(ConfigError, match="which Seller Center to use") as error:
        for_run(resolve(flags={"backend": "seller-center"}, environ={"INSTORE_OMS_URL": URL, "INSTORE_STOCK_LOCATION": "1", "INSTORE_TOKEN": "t"}))
    assert error.value.code == "seller_center_missing" and error.value.params == {"missing": "INSTORE_SELLER_CENTER_URL"}
    assert not_yet_used(Settings()) == []
    assert not_yet_used(resolve(flags={"invoice_number_step": True})) == []  # the bench asks for it now


def test_settings_are_read_only_and_typed():
    settings = Settings()
    with pytest.raises(AttributeError):
        settings.serial_baud = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Settings({"serial_baud": "9600"})  # text is for flags and files, not code
    with pytest.raises(KeyError):
        Settings({"no_such_setting": 1})
    assert Settings.serial_baud.flag == "--serial-baud" and isinstance(Settings.serial_baud, Setting)


def test_an_action_that_has_no_use_for_a_flag_says_so(capsys):
    from instore_app.app import _say_unused

    _say_unused(flag_values(parse_args(["--no-sound", "--serial-port", "x", "--language", "tr"])), "--command-sheet", used=("language",))
    assert capsys.readouterr().err == "instore-app: --command-sheet does not use --serial-port, --no-sound\n"
    _say_unused({"language": "tr"}, "--command-sheet", used=("language",))
    assert capsys.readouterr().err == ""


def test_the_table_the_precedence_and_the_command_line_need_no_qt():
    """Only the settings file needs QtCore; a Qt-free layer may use the rest (and --help
    starts no Qt)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from instore_app.settings import Settings, resolve\n"
        "from instore_app.settings.cli import build_parser\n"
        "build_parser().format_help(); resolve(flags={'sound': False})\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

"""Translations: every UI string has a finished Turkish translation, placeholders survive,
the translators switch the UI (and Qt's own buttons) to Turkish and back, and the English
messages of the layers without Qt are translated sentence by sentence.

The .qm files the app loads are compiled by ``make translations`` (``make test`` does it
first); the tests that install translators compile the current .ts into a temporary folder
themselves, so they always check what the .ts says.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from instore_app import i18n
from instore_app.ui.oms_messages import MESSAGES, split_sentences, translate_message

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
TR_TS = TRANSLATIONS / "instore_app_tr.ts"
EN_TS = TRANSLATIONS / "instore_app_en.ts"


def _load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tools = _load_script()


def _lrelease(ts: Path, qm: Path) -> None:
    result = subprocess.run(
        [tools.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- (a) the Turkish file is complete ----------------------------------------------------------------


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Every translatable string of the sources now (a fresh lupdate into a temporary .ts)."""
    return tools.extract(tmp_path_factory.mktemp("lupdate"))


def test_lupdate_finds_the_ui_strings(extracted):
    keys = set(extracted)
    assert ("PackingBench", "Pack") in keys
    assert ("PackageNotes", "Gift box") in keys  # QCoreApplication.translate
    assert ("OmsMessages", "The OMS cannot be reached.") in keys  # QT_TRANSLATE_NOOP
    assert ("PackingSlip", "Ship to") in keys  # through a module's _tr() wrapper
    assert len({key for key in keys if key[0] == "OmsMessages"}) == len(set(MESSAGES))


def test_every_ui_string_has_a_finished_turkish_translation(extracted):
    have = tools.read_ts(TR_TS)
    missing = sorted(f"[{c}] {s!r}" for c, s in extracted if (c, s) not in have)
    unfinished = sorted(f"[{c}] {s!r}" for c, s in extracted if (c, s) in have and not have[(c, s)].finished)
    assert not missing and not unfinished, (
        "translations/instore_app_tr.ts is behind the sources. Run "
        "`.venv/bin/python scripts/update_translations.py`, translate these, then `make translations`:\n"
        + "\n".join(["missing:", *missing] * bool(missing) + ["unfinished:", *unfinished] * bool(unfinished))
    )


def test_check_mode_agrees():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_english_file_has_the_same_strings(extracted):
    english = tools.read_ts(EN_TS)
    assert set(extracted) <= set(english), "run scripts/update_translations.py (the English .ts is behind)"


def test_check_mode_lists_a_new_string(tmp_path):
    source = tmp_path / "widget.py"
    source.write_text(
        "from PySide6.QtCore import QObject\n"
        "class Widget(QObject):\n"
        "    def words(self):\n"
        "        return self.tr('Pack'), self.tr('A sentence nobody translated yet')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "instore_app_tr.ts"
    tools.run_lupdate(ts, "tr", [source])
    problems = tools.missing_translations(ts, [source])
    assert [(m.context, m.source) for m in problems] == [
        ("Widget", "Pack"),
        ("Widget", "A sentence nobody translated yet"),
    ]


# -- (b) placeholders, symbols and keys survive ------------------------------------------------------

_MARKERS = (
    re.compile(r"%\d+"),  # QString-style placeholders, filled with .replace()/.arg()
    re.compile(r"\{\w*\}"),  # str.format placeholders
    re.compile(r"[✔✖…]"),  # the bench's symbols
    re.compile(r"--[a-z-]+"),  # command-line options
)
#: The keys the packer presses ("Enter" the verb, as in "Enter a user name", is not a key).
_KEYS = re.compile(r"\bF\d{1,2}\b|\bEsc\b|\bEnter\b(?! (?:a|an|the)\b)")


def _marker_problems(message) -> list[str]:
    problems = []
    for marker in _MARKERS:
        if Counter(marker.findall(message.translation)) != Counter(marker.findall(message.source)):
            problems.append(marker.pattern)
    problems += [f"key {key}" for key in _KEYS.findall(message.source) if key not in message.translation]
    # Leading/trailing spaces matter (" s" as a spin box suffix).
    if message.translation[: len(message.translation) - len(message.translation.lstrip())] != (
        message.source[: len(message.source) - len(message.source.lstrip())]
    ) or message.translation.endswith(" ") != message.source.endswith(" "):
        problems.append("surrounding spaces")
    return problems


def test_translations_keep_placeholders_symbols_and_keys():
    messages = tools.read_ts(TR_TS).values()
    problems = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}: {', '.join(found)}"
        for m in messages
        if m.translation and (found := _marker_problems(m))
    ]
    assert not problems, "\n".join(problems)


def test_the_marker_check_catches_a_lost_placeholder():
    message = tools.Message("PackingBench", "Scan the items: %1 to go (F9)", "Ürünleri okutun", "")
    assert _marker_problems(message) == [r"%\d+", "key F9"]


def test_lrelease_finds_nothing_invalid(tmp_path):
    """Qt's own checks: place markers, surrounding whitespace, ending punctuation."""
    result = subprocess.run(
        [tools.tool("pyside6-lrelease"), "-fail-on-invalid", "-fail-on-unfinished", str(TR_TS), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- (c) the translators ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compiled_dir(tmp_path_factory):
    """The current .ts files compiled into a temporary folder (once for this module)."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in (TR_TS, EN_TS):
        _lrelease(ts, folder / ts.with_suffix(".qm").name)
    return folder


@pytest.fixture
def compiled(compiled_dir, monkeypatch):
    """i18n loads the app's translations from `compiled_dir`."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled_dir)
    return compiled_dir


@pytest.fixture
def turkish(qapp, compiled):
    """The UI in Turkish for one test; English again afterwards (for every other test)."""
    assert i18n.install_translators(qapp, "tr") == "tr"
    try:
        yield qapp
    finally:
        i18n.remove_translators(qapp)
        assert QCoreApplication.translate("PackingBench", "Pack") == "Pack"


def test_the_compiled_translations_are_up_to_date(compiled_dir):
    """make translations (which make test runs first) compiled every .ts as it is now."""
    folder = i18n.translations_dir()
    for ts in (TR_TS, EN_TS):
        qm = folder / ts.with_suffix(".qm").name
        assert qm.is_file(), f"no {qm}: run `make translations`"
        fresh = compiled_dir / qm.name
        assert qm.read_bytes() == fresh.read_bytes(), f"{qm} does not match {ts.name}: run `make translations`"


def test_qt_ships_its_turkish_translation():
    assert (i18n.qt_translations_dir() / "qtbase_tr.qm").is_file()


def test_turkish_ui(turkish):
    assert i18n.current_language() == "tr"
    assert QCoreApplication.translate("PackingBench", "Pack") == "Paketle"
    assert QCoreApplication.translate("PackageListModel", "Gift box") == "Hediye paketi"
    assert QCoreApplication.translate("PackageNotes", "Gift box") == "Hediye paketi"
    assert QCoreApplication.translate("Notes", "Scan the items: %1 to go") == "Ürünleri okutun: %1 kaldı"
    # Qt's own strings: the standard buttons of a dialog.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "İptal"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Tamam"
    assert QLocale().language() == QLocale.Language.Turkish  # dates and numbers


def test_widgets_built_after_install_are_turkish(turkish, qtbot):
    """self.tr() in a real widget finds its context (the class name lupdate recorded)."""
    from instore_app.ui.bench import PackingBench

    bench = PackingBench()
    qtbot.addWidget(bench)
    assert bench.banner.text() == "Başlamak için bir paket numarası okutun"
    texts = [button.text().split("\n")[0] for button in bench.buttons.values()]
    assert "Paketle" in texts and "Stokta yok…" in texts and "Reddet…" in texts


def test_remove_translators_restores_english(qapp, compiled):
    before = QLocale()
    i18n.install_translators(qapp, "tr")
    i18n.remove_translators(qapp)
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("PackingBench", "Pack") == "Pack"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert QLocale().name() == before.name()


@pytest.mark.parametrize("language", ["TR", "tr_TR", "tr-TR"])
def test_language_codes_are_normalised(qapp, compiled, language):
    try:
        assert i18n.install_translators(qapp, language) == "tr"
    finally:
        i18n.remove_translators(qapp)


def test_english_and_unknown_languages_stay_english(qapp, compiled):
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        assert QCoreApplication.translate("PackingBench", "Pack") == "Pack"
        assert i18n.install_translators(qapp, "de") == "en"
        assert QCoreApplication.translate("PackingBench", "Pack") == "Pack"
    finally:
        i18n.remove_translators(qapp)


def test_no_language_means_the_systems(qapp, compiled, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "tr")
    try:
        assert i18n.install_translators(qapp, None) == "tr"
        assert QCoreApplication.translate("PackingBench", "Pack") == "Paketle"
    finally:
        i18n.remove_translators(qapp)


def test_a_missing_qm_means_english(qapp, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # nothing compiled there
    try:
        assert i18n.install_translators(qapp, "tr") == "en"
        assert QCoreApplication.translate("PackingBench", "Pack") == "Pack"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"  # no half-Turkish UI
    finally:
        i18n.remove_translators(qapp)
    assert "make translations" in caplog.text


# -- (d) messages of the layers without Qt ------------------------------------------------------------------


def test_known_messages_in_turkish(turkish):
    from instore_app.api.errors import error_for_status
    from instore_app.packing.commands import Action, CommandUnavailable

    assert translate_message(error_for_status(429, None).message) == "OMS meşgul (çok fazla istek). Birazdan tekrar deneyin."
    assert (
        translate_message(error_for_status(502, None).message)
        == "OMS'de bir iç hata oluştu (HTTP 502). Birazdan tekrar deneyin."
    )
    assert translate_message(str(CommandUnavailable(Action.PACK, "Paketlendi"))) == (
        "Paket “Paketlendi” durumundayken paketlenemez."
    )
    # operations.py adds its own sentence to the client's message.
    sent = "The OMS cannot be reached. Check the network connection and the OMS address."
    assert translate_message(f"{sent} Nothing was sent; try again when it is back.") == (
        "OMS'ye ulaşılamıyor. Ağ bağlantısını ve OMS adresini kontrol edin. "
        "Hiçbir şey gönderilmedi; bağlantı gelince tekrar deneyin."
    )
    assert translate_message("This package is no longer preparing: it is now “Packed”. Another station or the OMS changed it.") == (
        "Bu paket artık “preparing” durumunda değil: şimdi “Packed”. Başka bir istasyon ya da OMS değiştirdi."
    )


def test_every_listed_message_translates_as_a_whole(turkish):
    """Each entry of MESSAGES, with sample values in its placeholders, comes out as its own
    translation (no other entry's pattern takes it, the sentence splitter does not break it)."""
    wrong = []
    for source in MESSAGES:
        sample = re.sub(r"%(\d)", r"X\1", source)
        expected = re.sub(r"%(\d)", r"X\1", QCoreApplication.translate("OmsMessages", source))
        assert expected != sample, f"no Turkish for {source!r}"
        if translate_message(sample) != expected:
            wrong.append(f"{sample!r} -> {translate_message(sample)!r}, expected {expected!r}")
    assert not wrong, "\n".join(wrong)


def test_unknown_sentences_pass_through(turkish):
    # The OMS's own words (a 400 body) are not ours to translate; known sentences around them are.
    assert translate_message("Paket bulunamadı.") == "Paket bulunamadı."
    assert translate_message("Denial reason is inactive. Try again in a moment.") == (
        "Denial reason is inactive. Birazdan tekrar deneyin."
    )
    assert translate_message("") == ""


def test_messages_stay_english_without_translators(qapp):
    text = "The OMS is busy (too many requests). Try again in a moment."
    assert translate_message(text) == text


def _domain_messages() -> list[str]:
    """Real messages, produced by the layers without Qt the way they produce them."""
    import httpx

    from instore_app.api.client import check_base_url, parse
    from instore_app.api.errors import error_for_status
    from instore_app.api.models import Package
    from instore_app.settings import ConfigError, for_demo, for_run, resolve
    from instore_app.settings.cli import flag_values, parse_args
    from instore_app.packing.commands import Action, CommandUnavailable

    messages = [error_for_status(status, None).message for status in (400, 401, 403, 404, 406, 429, 500, 503, 418)]
    messages += [str(CommandUnavailable(action, "Packed")) for action in Action]
    messages.append(str(CommandUnavailable(Action.PACK, "Preparing", "200", "COMPLETE_PACKAGING", ["CHANNEL_BASED_COMPLETE_PACKAGING"])))
    for url in ("ftp://oms.example.com", "http://oms.example.com"):
        with pytest.raises(ValueError) as error:
            check_base_url(url)
        messages.append(str(error.value))
    for body, content_type in ((b"<html>502</html>", "text/html"), (b"{", "application/json"), (b"{}", "application/json")):
        response = httpx.Response(200, content=body, headers={"Content-Type": content_type})
        with pytest.raises(Exception) as error:
            parse(response, Package)
        messages.append(error.value.message)  # type: ignore[attr-defined]
    env = {"INSTORE_OMS_URL": "https://oms.example.com", "INSTORE_STOCK_LOCATION": "12", "INSTORE_TOKEN": "t"}
    for argv, environment in (
        ([], {}),
        (["--refresh-seconds", "1"], env),
        (["--scan-interval-ms", "1"], env),
        (["--label-size", "big"], env),
        (["--states", "waiting"], env),
        (["--serial-baud", "5", "--language", "de"], env),
        (["--pack-command", "SHIP_IT", "--sound"], {**env, "INSTORE_SOUND": "maybe"}),
        (["--seller-center-auth-scheme", "Two words"], env),
        (["--backend", "seller-center"], env),
        ([], {**env, "INSTORE_STOCK_LOCATION": "shop"}),
        ([], {**env, "INSTORE_AUTO_PACK": "maybe"}),
        (["--oms-url", "http://oms.example.com"], env),
    ):
        with pytest.raises(ConfigError) as error:
            for_run(resolve(flags=flag_values(parse_args(argv)), environ=environment))
        messages.append(str(error.value))
    with pytest.raises(ConfigError) as error:
        for_demo(resolve(flags=flag_values(parse_args(["--demo", "--oms-url", "https://x.example"]))), "u", 1, "t")
    messages.append(str(error.value))
    import tempfile

    from PySide6.QtCore import QSettings

    from instore_app.settings import SettingsStore

    with tempfile.TemporaryDirectory() as folder:  # a value in the settings file that is refused
        path = Path(folder) / "settings.ini"
        path.write_text("[meta]\nversion=2\n[scanner]\nserial_baud=5\n[ui]\nsound=maybe\n", encoding="utf-8")
        messages += SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).saved().notices()
    return messages


def test_every_domain_message_comes_out_in_turkish(turkish):
    untranslated = []
    for message in _domain_messages():
        translated = translate_message(message)
        leftovers = [s for s, _ in split_sentences(message) if len(s) > 12 and s in translated]
        if translated == message or leftovers:
            untranslated.append(f"{message!r} -> {translated!r}")
    assert not untranslated, (
        "add these sentences to instore_app/ui/oms_messages.py (MESSAGES), run scripts/update_translations.py "
        "and translate them:\n" + "\n".join(untranslated)
    )


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("One. Two.", ["One.", "Two."]),
        ("Not set: A, B.\nSet them.", ["Not set: A, B.", "Set them."]),
        ("numbers, e.g. 100,200 (got “x”).", ["numbers, e.g. 100,200 (got “x”)."]),
        ("(HTTP 502). Try again.", ["(HTTP 502).", "Try again."]),
        ("Done. --states must be numbers.", ["Done.", "--states must be numbers."]),
    ],
)
def test_split_sentences(text, sentences):
    assert [s for s, _ in split_sentences(text)] == sentences


@given(st.text())
def test_split_sentences_keeps_every_character(text):
    assert "".join(s + sep for s, sep in split_sentences(text)) == text

"""Packaging: the PyInstaller spec, the Linux desktop entry, the icons and where data files are
found (checkout, bundle, wheel). The bundle itself is built by ``make bundle``, not here."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from instore_app import resources
from instore_app.resources import ICON_SIZES, app_icon_files, icon_path, resource_path, translations_dir
from instore_app.selftest import RUNTIME_QT_MODULES

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "instore-app.spec"
DESKTOP = ROOT / "packaging" / "instore-app.desktop"
ICONS = ROOT / "resources" / "icons"


# -- the spec --------------------------------------------------------------------------------


class _Recorder:
    """Stands in for PyInstaller's Analysis / PYZ / EXE / COLLECT: keeps the arguments."""

    calls: dict[str, "_Recorder"] = {}

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.args, self.kwargs = args, kwargs
        _Recorder.calls[type(self).__name__] = self
        self.pure = self.scripts = self.binaries = self.datas = []


def run_spec(collected: list[tuple[str, str, str]] | None = None) -> dict[str, _Recorder]:
    """Execute the spec as PyInstaller would, with recorders for its build steps;
    `collected` is what Analysis found (its ``datas``: (name in the bundle, source, kind))."""
    _Recorder.calls = {}
    names = {name: type(name, (_Recorder,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    if collected is not None:

        def analysis_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            _Recorder.__init__(self, *args, **kwargs)
            self.datas = list(collected)

        names["Analysis"].__init__ = analysis_init  # type: ignore[misc]
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), {"SPECPATH": str(SPEC.parent), **names})
    return dict(_Recorder.calls)


def test_the_spec_is_python_and_builds_one_folder():
    ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = run_spec()
    assert set(calls) == {"Analysis", "PYZ", "EXE", "COLLECT"}, "one folder: EXE + COLLECT, no onefile EXE"
    exe = calls["EXE"].kwargs
    assert exe["exclude_binaries"] is True
    assert exe["name"] == calls["COLLECT"].kwargs["name"] == "instore-app"
    assert exe["console"] is False, "windowed: no console window on Windows"
    (script,) = calls["Analysis"].args[0]
    assert Path(script) == ROOT / "packaging" / "launcher.py"
    assert "from instore_app.app import main" in Path(script).read_text(encoding="utf-8")


def test_the_spec_ships_resources_and_compiled_translations():
    datas = {(Path(source).relative_to(ROOT).as_posix(), target) for source, target in run_spec()["Analysis"].kwargs["datas"]}
    for wav in sorted((ROOT / "resources" / "sounds").glob("*.wav")):
        assert (f"resources/sounds/{wav.name}", "resources/sounds") in datas
    for size in ICON_SIZES:
        assert (f"resources/icons/instore-app-{size}.png", "resources/icons") in datas
    assert ("resources/icons/instore-app.ico", "resources/icons") in datas
    for photo in sorted((ROOT / "resources" / "products").glob("AKN-*")):  # the demo's product photos
        assert (f"resources/products/{photo.name}", "resources/products") in datas
    for qm in sorted((ROOT / "translations").glob("*.qm")):
        assert (f"translations/{qm.name}", "translations") in datas
    assert not any(source.endswith(".ts") for source, _ in datas), "the .ts sources stay out"
    # Laid out as instore_app/resources.py expects under sys._MEIPASS.
    targets = {target for _, target in datas}
    assert targets <= {"resources/sounds", "resources/icons", "resources/products", "translations"}


def test_the_spec_names_what_imports_alone_do_not_find():
    analysis = run_spec()["Analysis"].kwargs
    hidden = set(analysis["hiddenimports"])
    assert set(RUNTIME_QT_MODULES) <= hidden  # what the self-test checks, the spec ships
    assert {"qasync", "uvicorn.logging", "uvicorn.loops.auto", "uvicorn.protocols.http.auto", "uvicorn.lifespan.off"} <= hidden


def test_the_spec_excludes_no_qt_module_the_app_uses():
    excludes = set(run_spec()["Analysis"].kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick3D", "PySide6.QtCharts"} <= excludes
    used = set()
    for path in (ROOT / "instore_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt\w+", path.read_text(encoding="utf-8")))
    assert used, "no PySide6 module found in the app?"
    assert not used & excludes, f"the spec excludes modules the app uses: {sorted(used & excludes)}"


def test_only_the_apps_languages_of_qts_own_translations_are_kept():
    collected = [
        ("PySide6/Qt/translations/qtbase_tr.qm", "/x/qtbase_tr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_en.qm", "/x/qtbase_en.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qt_help_tr.qm", "/x/qt_help_tr.qm", "DATA"),
        ("PySide6/Qt/translations/qt_zh_TW.qm", "/x/qt_zh_TW.qm", "DATA"),
        ("translations/instore_app_de.qm", "/x/instore_app_de.qm", "DATA"),
        ("resources/sounds/ok.wav", "/x/ok.wav", "DATA"),
    ]
    kept = [name for name, _, _ in run_spec(collected)["Analysis"].datas]
    assert kept == [
        "PySide6/Qt/translations/qtbase_tr.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/Qt/translations/qt_help_tr.qm",
        "translations/instore_app_de.qm",  # the app's own are all shipped
        "resources/sounds/ok.wav",
    ]


def test_the_spec_icon_is_the_ico_on_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    icon = run_spec()["EXE"].kwargs["icon"]
    assert Path(icon) == ICONS / "instore-app.ico"


# -- the build script and its tools --------------------------------------------------------------


def test_build_tools_are_pinned_exactly():
    pins = {}
    for line in (ROOT / "packaging" / "requirements-build.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower()] = version
    assert pins["pyinstaller"] == "6.22.3"
    assert "pyinstaller-hooks-contrib" in pins
    # If pyproject.toml declares the build tools too (a "bundle" extra), the pins agree.
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"].get("optional-dependencies", {})
    for requirement in extras.get("bundle", []):
        name, _, version = requirement.partition("==")
        assert pins.get(name.strip().lower()) == version.strip(), f"pyproject's {requirement} vs packaging/requirements-build.txt"


def test_the_build_script_is_valid_bash_and_runs_the_bundles_self_test():
    script = ROOT / "scripts" / "build-bundle.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "packaging/requirements-build.txt" in text and "packaging/instore-app.spec" in text
    assert "--self-test" in text and "QT_QPA_PLATFORM=offscreen" in text
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^bundle: .*\$\(STAMP\)\n\tVENV=\$\(VENV\) bash scripts/build-bundle.sh$", makefile, re.M)


# -- the Linux desktop entry ------------------------------------------------------------------------


def read_desktop() -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign] # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    return entry


def test_the_desktop_entry_has_the_required_keys():
    entry = read_desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"]
    assert entry["Name[tr]"] == "Paketleme İstasyonu"
    assert entry["Comment"]
    assert entry["Categories"] == "Office;"
    assert entry["Terminal"] == "false"
    # The command pip installs, and the icon name of resources/icons/instore-app*.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Exec"] in scripts
    assert entry["Icon"] == resources.APP_ID == "instore-app"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# -- icons --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_a_png_icon_at_every_size(size):
    with Image.open(ICONS / f"instore-app-{size}.png") as image:
        assert image.format == "PNG" and image.size == (size, size) and image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0, "the corners are transparent (a rounded tile)"
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_the_ico_holds_every_size():
    with Image.open(ICONS / "instore-app.ico") as ico:
        assert ico.format == "ICO"
        assert set(ico.ico.sizes()) == {(s, s) for s in ICON_SIZES}  # type: ignore[attr-defined]


def test_the_svg_is_the_256_design():
    root = ET.parse(ICONS / "instore-app.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 256 256"


def test_make_icons_reproduces_the_committed_icons(qapp, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_icons
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    written = make_icons.make_icons(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in ICONS.iterdir())
    # Pixels, not bytes: zlib and Pillow versions compress the same image differently, and Qt's
    # anti-aliasing rounds a few edge pixels one level apart on another CPU.
    changed = [p.name for p in written if not _same_icon(p, ICONS / p.name)]
    assert not changed, f"resources/icons/ is out of date; run scripts/make_icons.py ({changed})"


#: How far (0-255, per channel) a pixel may be from the committed one: rounding, not a change
#: of the drawing (a new shape or colour moves pixels by far more).
PIXEL_TOLERANCE = 2


def _frames(path: Path) -> dict[tuple[int, int], Image.Image]:
    """The images an icon file holds, by size, decoded to RGBA."""
    with Image.open(path) as image:
        if path.suffix == ".ico":
            return {size: image.ico.getimage(size).convert("RGBA") for size in image.ico.sizes()}
        return {image.size: image.convert("RGBA")}


def _same_icon(made: Path, committed: Path) -> bool:
    """The SVG's text is the same; each PNG (and each of the ICO's images) has the same sizes
    and every channel of every pixel within PIXEL_TOLERANCE."""
    if made.suffix == ".svg":
        return made.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
    ours, theirs = _frames(made), _frames(committed)
    if ours.keys() != theirs.keys():
        return False
    for size, image in ours.items():
        extrema = ImageChops.difference(image, theirs[size]).getextrema()
        if max(high for _low, high in extrema) > PIXEL_TOLERANCE:
            return False
    return True


def test_icons_are_compared_by_their_pixels_not_their_bytes(tmp_path):
    """The same picture saved with other compression, or rounded one level apart, is the same
    icon; a pixel that really changed, or a missing size, is not."""
    original = ICONS / "instore-app-32.png"
    recompressed, rounded, touched = (tmp_path / f"{name}.png" for name in ("recompressed", "rounded", "touched"))
    with Image.open(original) as image:
        image = image.convert("RGBA")
    image.save(recompressed, format="PNG", compress_level=1)
    r, g, b, a = image.getpixel((16, 16))
    image.putpixel((16, 16), (min(r + 1, 255), max(g - 1, 0), b, a))
    image.save(rounded, format="PNG")
    image.putpixel((16, 16), ((r + 128) % 256, g, b, a))  # half the range away
    image.save(touched, format="PNG")
    assert recompressed.read_bytes() != original.read_bytes()
    assert _same_icon(recompressed, original) and _same_icon(rounded, original)
    assert not _same_icon(touched, original)
    smaller = tmp_path / "smaller.ico"
    with Image.open(ICONS / "instore-app.ico") as ico:
        ico.save(smaller, format="ICO", sizes=[(16, 16), (32, 32)])
    assert not _same_icon(smaller, ICONS / "instore-app.ico")


# -- where data files are found ---------------------------------------------------------------------


def test_resources_resolve_in_the_checkout():
    assert resources.DATA_LAYOUT == "checkout"
    assert resource_path("sounds", "ok.wav") == ROOT / "resources" / "sounds" / "ok.wav"
    assert icon_path(256) == ICONS / "instore-app-256.png" and icon_path() == ICONS / "instore-app.svg"
    assert [size for size, _ in app_icon_files()] == list(ICON_SIZES)
    assert all(path.is_file() for _, path in app_icon_files())
    assert translations_dir() == ROOT / "translations"


def test_a_missing_icon_says_how_to_make_it():
    with pytest.raises(FileNotFoundError, match="make_icons.py"):
        resource_path("icons", "nope.png")
    with pytest.raises(ValueError, match="sizes are 16, 32"):
        icon_path(100)


def test_in_a_pyinstaller_bundle_data_comes_from_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources._find_data_root() == (tmp_path, "bundle")


def test_in_a_wheel_data_comes_from_the_package(monkeypatch, tmp_path):
    (tmp_path / resources.PACKAGE_DATA).mkdir()
    monkeypatch.setattr(resources._importlib_resources, "files", lambda package: tmp_path)
    assert resources._find_data_root() == (tmp_path / resources.PACKAGE_DATA, "package")
    (tmp_path / resources.PACKAGE_DATA).rmdir()
    assert resources._find_data_root() == (ROOT, "checkout")  # no _data: the checkout

"""Where the app's data files (sounds, icons, compiled translations) are: the one place that knows.

The data root holds ``resources/`` (sounds, icons) and ``translations/`` (compiled ``.qm``
files). Which folder that is depends on how the app was installed, checked in this order:

``bundle``
    A PyInstaller bundle (``sys.frozen``): the bundle's data folder, ``sys._MEIPASS``
    (``dist/instore-app/_internal/`` for the one-folder build of ``packaging/instore-app.spec``,
    which ships ``resources/`` and ``translations/*.qm`` there).
``package``
    An installed wheel that carries the data inside the package, as ``instore_app/_data/``
    (``resources/`` and ``translations/`` under it), found with :mod:`importlib.resources`.
``checkout``
    The repository (a dev checkout or an editable install): its top-level ``resources/`` and
    ``translations/`` folders, next to the ``instore_app`` package.

No Qt here: callers turn the paths into ``QIcon``, ``QSoundEffect``, ``QTranslator``...
"""

from __future__ import annotations

import sys
from importlib import resources as _importlib_resources
from pathlib import Path

__all__ = [
    "APP_ID",
    "DATA_LAYOUT",
    "DATA_ROOT",
    "ICON_SIZES",
    "RESOURCES_DIR",
    "TRANSLATIONS_DIR",
    "app_icon_files",
    "icon_path",
    "resource_path",
    "translations_dir",
]

#: The app's id: executable, desktop entry (``instore-app.desktop``) and icon name.
APP_ID = "instore-app"
#: The sizes of ``resources/icons/instore-app-<N>.png`` (made by scripts/make_icons.py).
ICON_SIZES = (16, 32, 48, 64, 128, 256)
#: Inside the package, for a wheel that carries its data (see :func:`_find_data_root`).
PACKAGE_DATA = "_data"

_HINTS = {
    "sounds": " (make them with: python scripts/make_sounds.py)",
    "icons": " (make them with: python scripts/make_icons.py)",
}


def _find_data_root() -> tuple[Path, str]:
    """(the data root, "bundle" | "package" | "checkout")."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle), "bundle"
    try:
        packaged = _importlib_resources.files(__package__ or "instore_app") / PACKAGE_DATA
        # Only a real folder will do: Qt and QSoundEffect want file paths, not zip members.
        if isinstance(packaged, Path) and packaged.is_dir():
            return packaged, "package"
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - loaded outside its package
        pass
    return Path(__file__).resolve().parent.parent, "checkout"


DATA_ROOT, DATA_LAYOUT = _find_data_root()
#: The ``resources/`` folder (sounds, icons).
RESOURCES_DIR = DATA_ROOT / "resources"
#: Where the compiled translations (``*.qm``) are; it may not exist (nothing compiled yet).
TRANSLATIONS_DIR = DATA_ROOT / "translations"


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``, e.g. ``resource_path("sounds", "ok.wav")``.

    Raises FileNotFoundError (naming the file and the folder searched) if it is not there.
    """
    if not parts:
        raise ValueError("resource_path() needs the file's name, e.g. resource_path('sounds', 'ok.wav')")
    path = RESOURCES_DIR.joinpath(*parts)
    if not path.exists():
        name = "/".join(parts)
        raise FileNotFoundError(f"resource {name!r} is missing: no {path}{_HINTS.get(parts[0], '')}")
    return path


def translations_dir() -> Path:
    """The folder of the compiled translations (``*.qm``), for ``QTranslator.load(…, directory)``.

    In a checkout that is the top-level ``translations/`` (where ``pyside6-lrelease`` writes
    the ``.qm`` next to the ``.ts``); in a bundle or a wheel, the copy shipped with it. The
    folder may be missing or hold no ``.qm`` (nothing compiled yet): the app then stays in English.
    """
    return TRANSLATIONS_DIR


def icon_path(size: int | None = None) -> Path:
    """The application icon: ``instore-app-<size>.png``, or the SVG when `size` is None."""
    if size is None:
        return resource_path("icons", f"{APP_ID}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; the sizes are {', '.join(map(str, ICON_SIZES))}")
    return resource_path("icons", f"{APP_ID}-{size}.png")


def app_icon_files() -> list[tuple[int, Path]]:
    """(size, PNG path) for every icon size, smallest first, to build a ``QIcon`` from.

    PNGs rather than the SVG: they need no image-format plugin, and the small sizes come
    from a simpler drawing that stays readable. Raises FileNotFoundError if one is missing.
    """
    return [(size, icon_path(size)) for size in ICON_SIZES]

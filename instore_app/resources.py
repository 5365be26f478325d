"""Where the app's data files (sounds, images...) are: the one place that knows.

They live in the repository's top-level ``resources/`` folder, next to the ``instore_app``
package. Packaging (a wheel, PyInstaller...) changes :data:`RESOURCES_DIR` here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["RESOURCES_DIR", "resource_path"]

#: The top-level ``resources/`` folder.
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``, e.g. ``resource_path("sounds", "ok.wav")``.

    Raises FileNotFoundError (naming the file and the folder searched) if it is not there.
    """
    if not parts:
        raise ValueError("resource_path() needs the file's name, e.g. resource_path('sounds', 'ok.wav')")
    path = RESOURCES_DIR.joinpath(*parts)
    if not path.exists():
        name = "/".join(parts)
        hint = " (make them with: python scripts/make_sounds.py)" if parts[0] == "sounds" else ""
        raise FileNotFoundError(f"resource {name!r} is missing: no {path}{hint}")
    return path

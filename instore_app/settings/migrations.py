"""Upgrades of the settings file's layout, and the backup taken before any of them runs.

The file carries its layout version in ``meta/version``. :data:`MIGRATIONS` ``[n]`` turns a
version n-1 file into version n. Before the first step runs, the file is copied next to
itself as ``settings.v<old>.ini.bak`` (as MusicBrainz Picard does), so an upgrade that goes
wrong -- or an older app started again -- still has the old file. No backup, no upgrade: the
file is then left as it was and the app says so.

Version 1 was the first layout. Version 2 keeps the label size as one setting
(``printing/label_size = 100x150``) instead of two (``label_width_mm``, ``label_height_mm``).

To change the layout: write ``_to_<n>(qs)``, add it to MIGRATIONS, raise VERSION.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from .kinds import FLOAT, Invalid, LabelSize
from .table import Settings

log = logging.getLogger(__name__)

__all__ = ["MIGRATIONS", "VERSION", "VERSION_KEY", "BackupFailed", "backup"]

#: The layout version this app writes.
VERSION = 2
VERSION_KEY = "meta/version"

Migration = Callable[[QSettings], None]


class BackupFailed(Exception):
    """The settings file could not be copied before an upgrade (the message says why)."""


def backup_path(file_name: str, version: int) -> Path:
    path = Path(file_name)
    return path.with_name(f"{path.stem}.v{version}{path.suffix}.bak")


def backup(qsettings: QSettings, version: int) -> Path | None:
    """Copy the settings file as it is on disk to ``<name>.v<version>.ini.bak`` (a backup of
    that version already there is kept: it is the older one). None when there is no file yet."""
    qsettings.sync()
    source = Path(qsettings.fileName())
    if not source.is_file():
        return None
    target = backup_path(qsettings.fileName(), version)
    if target.exists():
        log.info("the settings of version %d were backed up before, to %s", version, target)
        return target
    try:
        shutil.copy2(source, target)
    except OSError as exc:
        raise BackupFailed(f"{target} could not be written ({exc.strerror or exc})") from exc
    log.info("settings file backed up to %s before upgrading it", target)
    return target


def _to_2(qs: QSettings) -> None:
    """The label size as one setting: label_width_mm and label_height_mm -> label_size."""
    default = Settings.label_size.default
    sizes = []
    for key, fallback in (("printing/label_width_mm", default.width_mm), ("printing/label_height_mm", default.height_mm)):
        raw = qs.value(key)
        try:
            sizes.append(FLOAT.parse(raw) if raw is not None else fallback)
        except Invalid:
            log.warning("setting %s (%.40r) is not a number; the label size keeps its default for it", key, raw)
            sizes.append(fallback)
        qs.remove(key)
    size = LabelSize(*sizes)
    if size != default:
        qs.setValue(Settings.label_size.key or "", str(size))


MIGRATIONS: dict[int, Migration] = {2: _to_2}

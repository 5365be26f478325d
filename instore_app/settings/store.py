"""The settings file: the saved settings, typed, over one ``QSettings`` INI file, and the UI's
own state (window geometry, splitters) in its ``persist`` section.

``~/.config/instore-app/settings.ini`` on Linux, ``%APPDATA%\\instore-app\\settings.ini`` on
Windows. An INI file holds only text: every value is read back through its setting
(:mod:`~instore_app.settings.table`), so it comes back as its declared type, and a value the
setting does not allow is refused with the same words as from a flag -- then it is logged,
said at start-up, and the default applies until it is changed::

    store = SettingsStore()                    # upgrades an older file (after a backup)
    store.get(Settings.refresh_seconds)        # -> 30 (an int)
    store.set(Settings.auto_print, True)
    store.sync()                               # SettingsError if the file can't be written

The token is never in this file (see :mod:`~instore_app.settings.tokens`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from . import migrations as _migrations
from .migrations import VERSION, VERSION_KEY, BackupFailed, Migration
from .setting import Setting, SettingProblem, Source
from .table import TABLE, Settings, setting_named

log = logging.getLogger(__name__)

__all__ = ["APPLICATION", "ORGANIZATION", "Persist", "Saved", "SettingsError", "SettingsStore"]

T = TypeVar("T")

#: Where QSettings puts the file: <config folder>/ORGANIZATION/APPLICATION.ini
ORGANIZATION = "instore-app"
APPLICATION = "settings"
PERSIST = "persist/"


class SettingsError(Exception):
    """The settings could not be written (or read); the message says so in plain words."""


@dataclass(frozen=True)
class Saved:
    """What the file holds: the usable values by setting name, and the values it could not use."""

    values: dict[str, object] = field(default_factory=dict)
    problems: tuple[SettingProblem, ...] = ()

    def notices(self) -> list[str]:
        """One message per unusable value, for the start-up notice."""
        return [
            f"{p.message} Until it is changed in the settings, the default ({p.setting.text(p.setting.default) or '–'})"
            " is used."
            for p in self.problems
        ]


def _saved_settings() -> tuple[Setting[Any], ...]:
    return tuple(setting for setting in TABLE if setting.key is not None)


class Persist:
    """The UI's state between runs (window geometry, splitter sizes): opaque bytes by name, in
    the file's ``persist`` section. Not settings: nothing checks them, and losing them loses
    nothing but a window's size."""

    def __init__(self, qsettings: QSettings) -> None:
        self._qsettings = qsettings

    def get(self, name: str) -> QByteArray | None:
        raw = self._qsettings.value(PERSIST + name)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set(self, name: str, value: QByteArray) -> None:
        self._qsettings.setValue(PERSIST + name, value)


class SettingsStore:
    """The saved settings, typed, over one QSettings.

    ``SettingsStore()`` uses the user's settings file; tests pass
    ``QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)``. The constructor runs
    :meth:`upgrade` unless ``upgrade=False``; what it could not do is in :attr:`notices`.
    """

    def __init__(self, qsettings: QSettings | None = None, *, upgrade: bool = True) -> None:
        if qsettings is None:
            qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        self.qsettings = qsettings
        self.persist = Persist(qsettings)
        #: Problems with the file itself (a backup that failed), in words, for the start-up notice.
        self.notices: list[str] = []
        self._warned: set[str] = set()
        if upgrade:
            self.upgrade()

    @property
    def file_name(self) -> str:
        return self.qsettings.fileName()

    # -- one setting ---------------------------------------------------------------------------

    def _read(self, setting: Setting[T]) -> tuple[T, SettingProblem | None] | None:
        """The stored value (None when unset), or the default and the problem with it."""
        key = _key(setting)
        raw = self.qsettings.value(key)
        if raw is None:
            return None
        try:
            return setting.parse(raw, f"The setting {key} in the settings file"), None
        except SettingProblem as problem:
            if key not in self._warned:
                self._warned.add(key)
                log.warning("%s (in %s); the default %s is used", problem.message.rstrip("."), self.file_name, setting.default)
            return setting.default, problem

    def get(self, which: Setting[T] | str) -> T:
        """The setting's saved value, of its declared type; the default when unset or unusable."""
        setting: Setting[T] = setting_named(which) if isinstance(which, str) else which
        found = self._read(setting)
        return setting.default if found is None else found[0]

    def set(self, which: Setting[T] | str, value: T) -> None:
        """Store `value` (TypeError for the wrong type, SettingProblem -- a ValueError -- when
        it is not allowed)."""
        setting: Setting[T] = setting_named(which) if isinstance(which, str) else which
        key = _key(setting)
        checked = setting.strict(value, key)
        self.qsettings.setValue(key, setting.kind.saved(checked))
        self._warned.discard(key)

    def reset(self, which: Setting[Any] | str) -> None:
        """Forget the saved value: the default applies again."""
        setting = setting_named(which) if isinstance(which, str) else which
        self.qsettings.remove(_key(setting))

    # -- all of them ---------------------------------------------------------------------------

    def saved(self) -> Saved:
        """The usable values the file holds (by setting name) and the problems with the others."""
        values: dict[str, object] = {}
        problems: list[SettingProblem] = []
        for setting in _saved_settings():
            found = self._read(setting)
            if found is None:
                continue
            value, problem = found
            if problem is None:
                values[setting.name] = value
            else:
                problems.append(problem)
        return Saved(values, tuple(problems))

    def settings(self) -> Settings:
        """The saved settings alone (defaults for the rest), without flags or environment."""
        values = self.saved().values
        return Settings(values, sources=dict.fromkeys(values, Source.SAVED))

    def save(self, values: Settings | Mapping[str, object]) -> None:
        """Write every saved setting of `values` (a Settings, or values by name); all are
        checked before any is written. Call :meth:`sync` to write the file now."""
        given = values.as_dict() if isinstance(values, Settings) else dict(values)
        checked = {}
        for name, value in given.items():
            setting = setting_named(name)
            if setting.key is not None:
                checked[setting.name] = (setting, setting.strict(value, setting.key))
        for setting, value in checked.values():
            self.qsettings.setValue(_key(setting), setting.kind.saved(value))
            self._warned.discard(_key(setting))

    def is_configured(self) -> bool:
        """Whether the OMS address and this store's stock location are saved."""
        return bool(self.get(Settings.oms_url).strip()) and self.get(Settings.stock_location_id) > 0

    def sync(self) -> None:
        """Write to disk now; SettingsError if the file can't be written."""
        self.qsettings.sync()
        status = self.qsettings.status()
        if status == QSettings.Status.AccessError:
            raise SettingsError(f"The settings could not be saved: {self.file_name} is not writable.")
        if status == QSettings.Status.FormatError:
            raise SettingsError(f"The settings file {self.file_name} is damaged; it was not overwritten.")

    # -- the file's layout version --------------------------------------------------------------

    @property
    def version(self) -> int:
        """The stored layout version (0: a file from before versions, or a new one)."""
        raw = self.qsettings.value(VERSION_KEY)
        try:
            return int(raw) if raw is not None else 0
        except (TypeError, ValueError):
            return 0

    def upgrade(self, *, target: int = VERSION, migrations: Mapping[int, Migration] | None = None) -> int:
        """Bring the file up to `target`: back it up, run each migration in turn, store the
        version. Returns the version found. A file from a newer app is left as it is, and so
        is one that could not be backed up (then :attr:`notices` says so)."""
        steps = _migrations.MIGRATIONS if migrations is None else migrations
        found = self.version
        if found > target:
            log.warning("settings file %s is version %d, newer than this app's %d; not changed", self.file_name, found, target)
            return found
        if found == target:
            return found
        holds_settings = any(not key.startswith("meta/") for key in self.qsettings.allKeys())
        pending = [version for version in range(found + 1, target + 1) if version in steps]
        if holds_settings and pending:
            try:
                _migrations.backup(self.qsettings, found)
            except BackupFailed as exc:
                log.error("settings not upgraded from version %d: the backup failed: %s", found, exc)
                self.notices.append(
                    f"The settings file could not be backed up before its upgrade ({exc}); it was left as it was."
                )
                return found
            for version in pending:
                log.info("upgrading the settings to version %d", version)
                steps[version](self.qsettings)
        self.qsettings.setValue(VERSION_KEY, target)
        return found


def _key(setting: Setting[Any]) -> str:
    if setting.key is None:
        raise KeyError(f"setting {setting.name} is not saved in the settings file")
    return setting.key

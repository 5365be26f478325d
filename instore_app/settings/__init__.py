"""The station's settings: each declared once, in one table, and everything made from it.

* :mod:`.table` -- :class:`Settings`: the table (one :class:`Setting` per setting) and the
  typed settings of a run;
* :mod:`.kinds` -- what a value may be (its kind and range), in words;
* :mod:`.layers` -- the one precedence rule: flag > environment > saved > default;
* :mod:`.cli` -- the argparse flags and ``--help``, generated from the table;
* :mod:`.store` -- :class:`SettingsStore`: the settings file (``QSettings``), and the UI's
  state in its ``persist`` section;
* :mod:`.migrations` -- upgrades of the file's layout, after a backup;
* :mod:`.run` -- what a run needs before it starts (OMS, store, token, language);
* :mod:`.tokens` -- :class:`TokenStore`: the token in the system keyring, or memory only.

Code outside this package imports from here, not from the modules. Only the settings file
(``store``, ``migrations``) needs Qt (``QtCore.QSettings``); it is imported when first used,
so the table, the precedence and the command line can be used without Qt.
"""

from typing import TYPE_CHECKING, Any

from .kinds import Between, LabelSize, SizeWithin
from .layers import environment_values, resolve
from .run import (
    CONNECTION,
    SELLER_CENTER,
    backend_url,
    connection_given,
    effective_language,
    for_demo,
    for_run,
    not_yet_used,
    setup_incomplete,
    with_kept_token,
)
from .setting import ConfigError, Setting, SettingProblem, Source
from .table import TABLE, Settings, setting_named
from .tokens import KEEP_IT, KEYRING_FAILED, KEYRING_SERVICE, NO_KEYRING, NOT_ACCEPTED, NOT_KEPT, TokenStore, keyring_advice

if TYPE_CHECKING:
    from .migrations import VERSION
    from .store import APPLICATION, ORGANIZATION, Persist, Saved, SettingsError, SettingsStore

_WITH_QT = {
    "VERSION": "migrations",
    "APPLICATION": "store",
    "ORGANIZATION": "store",
    "Persist": "store",
    "Saved": "store",
    "SettingsError": "store",
    "SettingsStore": "store",
}


def __getattr__(name: str) -> Any:
    """The settings file's names, imported (with QtCore) on first use."""
    module = _WITH_QT.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

__all__ = [
    "APPLICATION",
    "CONNECTION",
    "SELLER_CENTER",
    "KEEP_IT",
    "KEYRING_FAILED",
    "KEYRING_SERVICE",
    "NOT_ACCEPTED",
    "NOT_KEPT",
    "NO_KEYRING",
    "ORGANIZATION",
    "TABLE",
    "VERSION",
    "Between",
    "ConfigError",
    "LabelSize",
    "Persist",
    "Saved",
    "Setting",
    "SettingProblem",
    "Settings",
    "SettingsError",
    "SettingsStore",
    "SizeWithin",
    "Source",
    "TokenStore",
    "backend_url",
    "connection_given",
    "effective_language",
    "environment_values",
    "for_demo",
    "for_run",
    "keyring_advice",
    "not_yet_used",
    "resolve",
    "setting_named",
    "setup_incomplete",
    "with_kept_token",
]

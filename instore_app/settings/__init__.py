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

Code outside this package imports from here, not from the modules.
"""

from .kinds import LabelSize
from .layers import environment_values, resolve
from .migrations import VERSION
from .run import CONNECTION, connection_given, effective_language, for_demo, for_run, not_yet_used, with_kept_token
from .setting import ConfigError, Setting, SettingProblem, Source
from .store import APPLICATION, ORGANIZATION, Persist, Saved, SettingsError, SettingsStore
from .table import TABLE, Settings, setting_named
from .tokens import KEEP_IT, KEYRING_FAILED, KEYRING_SERVICE, NO_KEYRING, NOT_ACCEPTED, NOT_KEPT, TokenStore, keyring_advice

__all__ = [
    "APPLICATION",
    "CONNECTION",
    "KEEP_IT",
    "KEYRING_FAILED",
    "KEYRING_SERVICE",
    "NOT_ACCEPTED",
    "NOT_KEPT",
    "NO_KEYRING",
    "ORGANIZATION",
    "TABLE",
    "VERSION",
    "ConfigError",
    "LabelSize",
    "Persist",
    "Saved",
    "Setting",
    "SettingProblem",
    "Settings",
    "SettingsError",
    "SettingsStore",
    "Source",
    "TokenStore",
    "connection_given",
    "effective_language",
    "environment_values",
    "for_demo",
    "for_run",
    "keyring_advice",
    "not_yet_used",
    "resolve",
    "setting_named",
    "with_kept_token",
]

"""The one precedence rule: a flag beats the environment, which beats the settings file,
which beats the default -- for every setting, wherever the station starts from (a configured
PC, a new one, ``--demo``).

:func:`resolve` applies it. Flags and environment variables arrive as text and are checked
here, all of them before anything starts (:class:`ConfigError` lists every wrong one); the
settings file's values arrive already read by
:meth:`~instore_app.settings.store.SettingsStore.saved` (which set aside the ones it could
not use, with the same words). Nothing given for this run is written to the file.

No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping

from .setting import ConfigError, SettingProblem, Source
from .table import TABLE, Settings, setting_named

__all__ = ["environment_values", "resolve"]


def environment_values(environ: Mapping[str, str]) -> dict[str, str]:
    """The settings the environment sets, by setting name (an empty variable sets nothing)."""
    return {
        setting.name: environ[setting.env]
        for setting in TABLE
        if setting.env is not None and environ.get(setting.env, "").strip()
    }


def resolve(
    *,
    flags: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
    saved: Mapping[str, object] | None = None,
) -> Settings:
    """The settings of this run: for each setting, its flag if given, else its environment
    variable if set, else its saved value if the file has a usable one, else its default.

    `flags`: by setting name, as argparse gave them (text, or True/False for on/off flags;
    :func:`~instore_app.settings.cli.flag_values`); `environ`: the process environment;
    `saved`: by setting name, typed. Raises ConfigError naming every flag and variable whose
    value is not allowed."""
    flags = dict(flags or {})
    from_env = environment_values(environ or {})
    saved = dict(saved or {})
    values: dict[str, object] = {}
    sources: dict[str, Source] = {}
    problems: list[SettingProblem] = []
    for name in list(flags) + list(from_env) + list(saved):
        setting_named(name)  # KeyError for a name that is not a setting
    for setting in TABLE:
        name = setting.name
        try:
            if name in flags:
                values[name], sources[name] = setting.parse(flags[name], setting.flag or name), Source.FLAG
            elif name in from_env:
                values[name], sources[name] = setting.parse(from_env[name], setting.env or name), Source.ENVIRONMENT
            elif name in saved:
                values[name], sources[name] = setting.parse(saved[name], setting.key or name), Source.SAVED
        except SettingProblem as problem:
            problems.append(problem)
    if problems:
        if len(problems) == 1:
            raise problems[0]
        raise ConfigError(
            "\n".join(problem.message for problem in problems),
            code="settings_invalid",
            params={"count": str(len(problems))},
        )
    return Settings(values, sources=sources)

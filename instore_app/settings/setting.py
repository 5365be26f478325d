"""One setting's declaration (:class:`Setting`), where a value came from (:class:`Source`),
and the errors a wrong value gives (:class:`ConfigError`, :class:`SettingProblem`).

A :class:`Setting` is a descriptor on :class:`~instore_app.settings.table.Settings`: on the
class it is the declaration (``Settings.serial_baud.flag == "--serial-baud"``), on an
instance it is the value, typed (``settings.serial_baud`` is an ``int``).

No Qt here.
"""

from __future__ import annotations

import enum
from typing import Any, Generic, TypeVar, overload

from .kinds import BOOL, Check, Invalid, Kind

__all__ = ["AUTO", "ConfigError", "Setting", "SettingProblem", "Source"]

T = TypeVar("T")


class Source(enum.Enum):
    """Where a setting's value came from. Precedence (the one rule, applied by
    :func:`~instore_app.settings.layers.resolve`): FLAG > ENVIRONMENT > SAVED > DEFAULT."""

    DEFAULT = "default"
    SAVED = "saved"
    ENVIRONMENT = "environment"
    FLAG = "flag"


class _Auto(enum.Enum):
    AUTO = "auto"


#: ``env=AUTO`` (the default): the environment variable is INSTORE_ and the flag's name in
#: capitals (``--serial-baud`` -> ``INSTORE_SERIAL_BAUD``); ``env=None``: none.
AUTO = _Auto.AUTO

ENV_PREFIX = "INSTORE_"


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it.

    ``code`` and ``params`` say the same for a UI that translates by code."""

    def __init__(self, message: str, *, code: str = "config", params: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = dict(params or {})


class SettingProblem(ConfigError, ValueError):
    """A value that its setting does not accept, from `where` (a flag, an environment
    variable, or the settings file): ``“--serial-baud must be a whole number from 300 to
    4000000, not “5”.”`` -- the same words wherever it came from."""

    def __init__(self, setting: Setting[Any], where: str, raw: object) -> None:
        self.setting = setting
        self.where = where
        self.raw = raw
        shown = _shown(raw)
        super().__init__(
            f"{where} must be {setting.expected}, not “{shown}”.",
            code="setting_invalid",
            params={"setting": setting.name, "where": where, "expected": setting.expected, "value": shown},
        )


def _shown(raw: object) -> str:
    text = ",".join(str(item) for item in raw) if isinstance(raw, (list, tuple)) else str(raw)
    return text if len(text) <= 60 else text[:59] + "…"


class Setting(Generic[T]):
    """One setting, declared once: its kind and default, what it means (`help`), what values
    are allowed (`check`), and where it can come from and go:

    * ``key``: its key in the settings file (``"scanner/serial_baud"``); None: never saved;
    * ``flag``: its command-line flag (``"--serial-baud"``); a bool gets ``--x``/``--no-x``;
    * ``env``: its environment variable (default: derived from the flag, see :data:`AUTO`);
    * ``widget``: the name of the setup dialog's widget that edits it (None: not in the form);
    * ``group``: the --help section it is listed in; ``metavar``: the flag's placeholder;
    * ``secret``: never shown (``repr``, --help defaults, logs).

    The name is the attribute's name in :class:`~instore_app.settings.table.Settings`.
    """

    def __init__(
        self,
        kind: Kind[T],
        default: T,
        *,
        help: str,
        check: Check[T] | None = None,
        key: str | None = None,
        flag: str | None = None,
        env: str | _Auto | None = AUTO,
        widget: str | None = None,
        group: str = "general",
        metavar: str | None = None,
        secret: bool = False,
    ) -> None:
        self.kind = kind
        self.help = help
        self.check = check
        self.key = key
        self.flag = flag
        if env is AUTO:
            env = ENV_PREFIX + flag.removeprefix("--").replace("-", "_").upper() if flag else None
        self.env: str | None = env
        self.widget = widget
        self.group = group
        self.metavar = metavar
        self.secret = secret
        self.name = ""
        self.default: T = self._checked(default, "the default")

    # -- the descriptor ------------------------------------------------------------------------

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...

    def __get__(self, instance: object | None, owner: type) -> Setting[T] | T:
        if instance is None:
            return self
        return instance.get(self)  # type: ignore[attr-defined, no-any-return]

    def __set__(self, instance: object, value: T) -> None:
        raise AttributeError(f"settings are read-only; use replace({self.name}=…)")

    # -- values --------------------------------------------------------------------------------

    @property
    def expected(self) -> str:
        """What a value must be, in words: "a whole number from 300 to 4000000"."""
        return self.check.expected(self.kind.expected) if self.check is not None else self.kind.expected

    @property
    def is_bool(self) -> bool:
        return self.kind is BOOL

    def parse(self, raw: object, where: str) -> T:
        """`raw` (text, or a value of the kind's type) as this setting's value; SettingProblem
        naming `where` when it is not allowed."""
        try:
            return self._checked(raw, where)
        except Invalid:
            raise SettingProblem(self, where, raw) from None

    def _checked(self, raw: object, where: str) -> T:
        value = self.kind.parse(raw)
        if self.check is not None and not self.check(value):
            raise Invalid(f"{where}: not allowed")
        return value

    def strict(self, value: object, where: str) -> T:
        """`value` as set from code: TypeError unless it is of the kind's type (no text for
        a number), SettingProblem (a ValueError) unless it is allowed."""
        if not self.kind.is_typed(value):
            raise TypeError(f"{self.name} takes {self.kind.expected}, not {value!r}")
        return self.parse(value, where)

    def text(self, value: T) -> str:
        """`value` written the way a flag, the environment or the file would give it."""
        return self.kind.text(value)

    def __repr__(self) -> str:
        return f"<Setting {self.name or '?'}>"

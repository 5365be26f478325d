"""The station's saved settings, each declared once, and where the OMS token is kept.

Every setting is one :class:`Option` below: its key in the settings file, its type, its
default and what it means. :class:`Settings` reads and writes them through a ``QSettings``
(an INI file: ``~/.config/instore-app/settings.ini`` on Linux, ``%APPDATA%\\instore-app\\
settings.ini`` on Windows) and always hands back the declared type, even though an INI file
stores only text; a value that cannot be read as its type, or is out of range, is logged and
replaced by the default::

    settings = Settings()                 # upgrades an older file on the way in
    settings.get(REFRESH_SECONDS)         # -> 30 (an int)
    settings.set(AUTO_PRINT, True)
    settings.sync()                       # SettingsError if the file can't be written

The OMS token is never in that file: :class:`TokenStore` keeps it in the system keyring
(Secret Service / KWallet on Linux, Credential Manager on Windows, Keychain on macOS), or, where
there is none, in memory until the app closes. It never writes the token to a file of its own.
Then :attr:`TokenStore.reason` says so, and what to install or unlock to keep it (the Secret
Service on Linux: GNOME Keyring or KeePassXC; Windows and macOS have theirs built in).

No Qt here but ``QtCore.QSettings``; no UI.
"""

from __future__ import annotations

import locale
import logging
import math
import os
import sys
from dataclasses import dataclass
from typing import Any, Callable, Generic, Mapping, TypeVar, overload

from PySide6.QtCore import QSettings

from .packing.commands import PACK_COMMANDS

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = [
    "APPLICATION",
    "KEEP_IT",
    "KEYRING_FAILED",
    "KEYRING_SERVICE",
    "MIGRATIONS",
    "NO_KEYRING",
    "OPTIONS",
    "ORGANIZATION",
    "VERSION",
    "Option",
    "Settings",
    "SettingsError",
    "TokenStore",
    "effective_language",
    "keyring_advice",
    "run_settings",
    # the options
    "OMS_URL",
    "STOCK_LOCATION_ID",
    "STOCK_LOCATION_NAME",
    "INSECURE",
    "USERNAME",
    "PACK_COMMAND",
    "AUTO_PACK",
    "OPEN_STATES",
    "REFRESH_SECONDS",
    "PRINTER",
    "LABEL_WIDTH_MM",
    "LABEL_HEIGHT_MM",
    "AUTO_PRINT",
    "SCAN_INTERVAL_MS",
    "SERIAL_PORT",
    "SERIAL_BAUD",
    "LANGUAGE",
    "SOUND",
]

#: Where QSettings puts the file: <config folder>/ORGANIZATION/APPLICATION.ini
ORGANIZATION = "instore-app"
APPLICATION = "settings"

#: The settings file's layout version; :meth:`Settings.upgrade` brings older files here.
VERSION = 1
VERSION_KEY = "meta/version"


class SettingsError(Exception):
    """The settings could not be written (or read); the message says so in plain words."""


# -- declarations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key, its type (str, int, float, bool or list of str), its default
    and what it means. ``check`` (optional) says whether a value of the right type is allowed."""

    key: str
    type: type
    default: T
    doc: str
    check: Callable[[Any], bool] | None = None

    def __post_init__(self) -> None:
        if self.type not in (str, int, float, bool, list):
            raise TypeError(f"{self.key}: unsupported option type {self.type!r}")
        if self.type is list:  # keep the shared default immutable
            object.__setattr__(self, "default", tuple(self.default))  # type: ignore[arg-type]
        normalised = _coerce(self, self.default)  # the default itself must be valid
        if self.check is not None and not self.check(normalised):
            raise ValueError(f"{self.key}: the default {self.default!r} is not allowed")

    def default_value(self) -> T:
        return list(self.default) if self.type is list else self.default  # type: ignore[return-value]


#: Every option by key, in declaration order.
OPTIONS: dict[str, Option[Any]] = {}


def _declare(key: str, type_: type, default: T, doc: str, check: Callable[[Any], bool] | None = None) -> Option[T]:
    if key in OPTIONS:
        raise ValueError(f"option {key} is declared twice")
    option: Option[T] = Option(key, type_, default, doc, check)
    OPTIONS[key] = option
    return option


def _between(low: float, high: float) -> Callable[[Any], bool]:
    return lambda value: low <= value <= high


# -- reading values back typed -----------------------------------------------------------------

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


def _coerce(option: Option[Any], raw: Any) -> Any:
    """`raw` (as QSettings returns it: typed, or a string from an INI file) as the option's
    type; ValueError when it cannot be."""
    kind = option.type
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int) and raw in (0, 1):
            return bool(raw)
        if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
            return raw.strip().lower() in _TRUE
    elif kind is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, str):
            try:
                return int(raw.strip())
            except ValueError:
                pass
    elif kind is float:
        value: float | None = None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            value = float(raw)
        elif isinstance(raw, str):
            try:
                value = float(raw.strip())
            except ValueError:
                value = None
        if value is not None and math.isfinite(value):
            return value
    elif kind is str:
        if isinstance(raw, str):
            return raw
    elif kind is list:
        # An INI file gives back a one-item list as a plain string and [] as "".
        if isinstance(raw, str):
            return [raw] if raw else []
        if isinstance(raw, (list, tuple)) and all(isinstance(item, str) for item in raw):
            return list(raw)
    raise ValueError(f"not a {kind.__name__}")


def _validate(option: Option[T], value: Any) -> T:
    """`value` checked for being set: the exact type (TypeError) and allowed (ValueError)."""
    kind = option.type
    wrong = {
        bool: not isinstance(value, bool),
        int: isinstance(value, bool) or not isinstance(value, int),
        float: isinstance(value, bool) or not isinstance(value, (int, float)),
        str: not isinstance(value, str),
        list: not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value),
    }[kind]
    if wrong:
        raise TypeError(f"{option.key} takes a {kind.__name__}, not {value!r}")
    value = _coerce(option, value)
    if option.check is not None and not option.check(value):
        raise ValueError(f"{value!r} is not allowed for {option.key}")
    return value


def _option(which: Option[T] | str) -> Option[T]:
    if isinstance(which, Option):
        return which
    try:
        return OPTIONS[which]
    except KeyError:
        raise KeyError(f"no such setting: {which}") from None


# -- the options -----------------------------------------------------------------------------

# OMS
OMS_URL = _declare("oms/url", str, "", "The OMS address, e.g. https://acme-oms.akinon.net.")
STOCK_LOCATION_ID = _declare(
    "oms/stock_location_id", int, 0, "This store's stock location id in the OMS (0: not chosen yet).",
    check=lambda v: v >= 0,
)
STOCK_LOCATION_NAME = _declare(
    "oms/stock_location_name", str, "", "The stock location's name, shown while the OMS is out of reach."
)
INSECURE = _declare("oms/insecure", bool, False, "Allow an unencrypted http:// address that is not on this PC.")
USERNAME = _declare("oms/username", str, "", "The last user name signed in with (remembered for the form; never the password).")
# packing
PACK_COMMAND = _declare(
    "packing/pack_command", str, "COMPLETE_PACKAGING", "The OMS command that packs: one of PACK_COMMANDS.",
    check=lambda v: v in PACK_COMMANDS,
)
AUTO_PACK = _declare("packing/auto_pack", bool, True, "Pack as soon as the last item is scanned (else on F9).")
OPEN_STATES = _declare(
    "packing/open_states", list, ["100", "200", "400"], "Package states listed (OMS enum values).",
    check=lambda v: bool(v) and all(s.isdigit() for s in v),
)
REFRESH_SECONDS = _declare(
    "packing/refresh_seconds", int, 30, "How often the list reloads, in seconds.", check=_between(5, 3600)
)
# printing
PRINTER = _declare("printing/printer", str, "", "The label printer's name ('': the system's default printer).")
LABEL_WIDTH_MM = _declare("printing/label_width_mm", float, 100.0, "Label width in millimetres.", check=_between(20, 300))
LABEL_HEIGHT_MM = _declare("printing/label_height_mm", float, 150.0, "Label height in millimetres.", check=_between(20, 400))
AUTO_PRINT = _declare("printing/auto_print", bool, False, "Print the label as soon as it arrives.")
# scanner
SCAN_INTERVAL_MS = _declare(
    "scanner/interval_ms", int, 50, "Keys closer than this are a scanner, not a person (Bluetooth: 80-120).",
    check=_between(5, 1000),
)
SERIAL_PORT = _declare("scanner/serial_port", str, "", "A serial scanner's port, e.g. ttyACM0 or COM3 ('': none).")
SERIAL_BAUD = _declare("scanner/serial_baud", int, 9600, "The serial scanner's speed.", check=_between(300, 4_000_000))
# screen
LANGUAGE = _declare("ui/language", str, "", "Language: '' follows the system, or 'tr' or 'en'.", check=lambda v: v in ("", "tr", "en"))
SOUND = _declare("ui/sound", bool, True, "Beep on scans.")


# -- the settings ------------------------------------------------------------------------------

#: Upgrades of the settings file: MIGRATIONS[n] turns a version n-1 file into version n.
#: Version 1 is the first layout, so there is nothing to migrate yet. Add, e.g.:
#:   def _to_2(qs: QSettings) -> None: qs.setValue("printing/printer", qs.value("print/printer")); qs.remove("print")
#:   MIGRATIONS[2] = _to_2   (and raise VERSION to 2)
MIGRATIONS: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    """Typed access to the options over one QSettings.

    ``Settings()`` uses the user's settings file; tests pass
    ``QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)``. The constructor runs
    :meth:`upgrade` unless ``upgrade=False``.
    """

    def __init__(self, qsettings: QSettings | None = None, *, upgrade: bool = True) -> None:
        if qsettings is None:
            qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        self.qsettings = qsettings
        self._warned: set[str] = set()
        if upgrade:
            self.upgrade()

    @property
    def file_name(self) -> str:
        return self.qsettings.fileName()

    # -- options -------------------------------------------------------------------------------

    @overload
    def get(self, which: Option[T]) -> T: ...
    @overload
    def get(self, which: str) -> Any: ...

    def get(self, which: Option[Any] | str) -> Any:
        """The option's value, of its declared type; the default when unset or unusable."""
        option = _option(which)
        raw = self.qsettings.value(option.key)
        if raw is None:
            return option.default_value()
        try:
            value = _coerce(option, raw)
            if option.check is not None and not option.check(value):
                raise ValueError("out of range")
        except ValueError as exc:
            if option.key not in self._warned:
                self._warned.add(option.key)
                log.warning(
                    "setting %s in %s is unusable (%s: %.60r); using the default %r",
                    option.key, self.file_name, exc, raw, option.default,
                )
            return option.default_value()
        return value

    def set(self, which: Option[Any] | str, value: Any) -> None:
        """Store `value` (TypeError for the wrong type, ValueError when not allowed)."""
        option = _option(which)
        value = _validate(option, value)
        if option.type is list and not value:
            value = ""  # QSettings writes [] as @Invalid(), which reads back as "unset"
        self.qsettings.setValue(option.key, value)
        self._warned.discard(option.key)

    def reset(self, which: Option[Any] | str) -> None:
        """Forget the stored value: the default applies again."""
        self.qsettings.remove(_option(which).key)

    def __getitem__(self, key: str) -> Any:
        return self.get(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self.set(key, value)

    def values(self) -> dict[str, Any]:
        """A snapshot of every option, by key (a new dict: changing it changes nothing)."""
        return {key: self.get(option) for key, option in OPTIONS.items()}

    def update(self, values: Mapping[str, Any]) -> None:
        """Set several options at once (all are checked before any is written)."""
        for key, value in values.items():
            _validate(_option(key), value)
        for key, value in values.items():
            self.set(key, value)

    def is_configured(self) -> bool:
        """Whether the OMS address and this store's stock location are set."""
        return bool(self.get(OMS_URL).strip()) and self.get(STOCK_LOCATION_ID) > 0

    def sync(self) -> None:
        """Write to disk now; SettingsError if the file can't be written."""
        self.qsettings.sync()
        status = self.qsettings.status()
        if status == QSettings.Status.AccessError:
            raise SettingsError(f"The settings could not be saved: {self.file_name} is not writable.")
        if status == QSettings.Status.FormatError:
            raise SettingsError(f"The settings file {self.file_name} is damaged; it was not overwritten.")

    # -- version -------------------------------------------------------------------------------

    @property
    def version(self) -> int:
        """The stored layout version (0: a file from before versions, or a new one)."""
        raw = self.qsettings.value(VERSION_KEY)
        try:
            return int(raw) if raw is not None else 0
        except (TypeError, ValueError):
            return 0

    def upgrade(
        self, *, target: int = VERSION, migrations: Mapping[int, Callable[[QSettings], None]] | None = None
    ) -> int:
        """Bring the stored settings up to `target` by running each migration in turn, then
        store the version. Returns the version found. A file from a newer app is left as is."""
        steps = MIGRATIONS if migrations is None else migrations
        found = self.version
        if found > target:
            log.warning("settings file %s is version %d, newer than this app's %d; not changed", self.file_name, found, target)
            return found
        for version in range(found + 1, target + 1):
            step = steps.get(version)
            if step is not None:
                log.info("upgrading the settings to version %d", version)
                step(self.qsettings)
        if found != target:
            self.qsettings.setValue(VERSION_KEY, target)
        return found


# -- the language ------------------------------------------------------------------------------


def effective_language(stored: str, system: str | None = None) -> str:
    """"tr" or "en": the stored choice, or for "" the system's language (Turkish or else English)."""
    if stored in ("tr", "en"):
        return stored
    if system is None:
        system = ""
        for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
            if os.environ.get(var):
                system = os.environ[var]
                break
        else:
            try:
                system = locale.getlocale()[0] or ""
            except ValueError:
                system = ""
    return "tr" if system.lower().startswith(("tr", "turkish")) else "en"


def run_settings(values: Mapping[str, Any], token: str) -> Any:
    """A ``config.Settings`` for a run of the app from a :meth:`Settings.values` snapshot and
    the token (raises ``config.ConfigError`` if the address is not usable)."""
    from .api.client import check_base_url
    from .config import ConfigError
    from .config import Settings as RunSettings

    try:
        url = check_base_url(values[OMS_URL.key], insecure=values[INSECURE.key])
    except ValueError as exc:
        raise ConfigError(f"The OMS address is not usable: {exc}") from exc
    return RunSettings(
        oms_url=url,
        stock_location_id=values[STOCK_LOCATION_ID.key],
        token=token,
        open_states=tuple(values[OPEN_STATES.key]),
        refresh_seconds=float(values[REFRESH_SECONDS.key]),
        language=effective_language(values[LANGUAGE.key]),
        insecure=values[INSECURE.key],
        pack_command=values[PACK_COMMAND.key],
        auto_pack=values[AUTO_PACK.key],
        auto_print=values[AUTO_PRINT.key],
        printer=values[PRINTER.key],
        label_width_mm=values[LABEL_WIDTH_MM.key],
        label_height_mm=values[LABEL_HEIGHT_MM.key],
        scan_interval_ms=values[SCAN_INTERVAL_MS.key],
        serial_port=values[SERIAL_PORT.key],
        serial_baud=values[SERIAL_BAUD.key],
        sound=values[SOUND.key],
    )


# -- the token ---------------------------------------------------------------------------------

#: The keyring "service" the token is filed under; the "username" is the OMS address.
KEYRING_SERVICE = "instore-app"

#: The first sentence of :attr:`TokenStore.reason` when there is no usable keyring.
NOT_KEPT = "No system keyring was found: the token is kept until the app closes and asked for again next time."
#: The first sentence when the keyring refused the token.
NOT_ACCEPTED = (
    "The system keyring did not accept the token (it may be locked): the token is kept until the app "
    "closes and asked for again next time."
)
#: The second sentence: what keeps the token on this kind of computer (``sys.platform``;
#: anything but Windows and macOS is told about the Secret Service, as Linux is).
KEEP_IT = {
    "linux": (
        "To keep it, install and unlock a Secret Service keyring, such as GNOME Keyring (the gnome-keyring "
        "package) or KeePassXC with its Secret Service integration turned on, then start the app again."
    ),
    "win32": (
        "To keep it, check that this Windows user can use the Windows Credential Manager (built into "
        "Windows), then start the app again."
    ),
    "darwin": "To keep it, unlock the login keychain in Keychain Access (built into macOS), then start the app again.",
}


def keyring_advice(platform: str | None = None) -> str:
    """What to install or unlock so that the token is kept across restarts, on `platform`
    (default: this one's ``sys.platform``)."""
    platform = sys.platform if platform is None else platform
    return KEEP_IT.get(platform, KEEP_IT["linux"])


#: ``TokenStore.reason`` on this computer: why the token is not kept, and what would keep it.
NO_KEYRING = f"{NOT_KEPT} {keyring_advice()}"
KEYRING_FAILED = f"{NOT_ACCEPTED} {keyring_advice()}"


class TokenStore:
    """The OMS token per OMS address, in the system keyring, or in memory only.

    ``persistent`` says whether a token set now will still be there after a restart;
    when it is False, ``reason`` says why in plain words. The keyring is looked up on first
    use (``backend`` injects one; default ``keyring.get_keyring()``). Backends of priority
    below 1 (keyring's "fail" and "null" backends, keyrings.alt's plaintext and encrypted
    files) are not used: the token is never written to a file by us or through them.
    """

    def __init__(self, backend: Any = None, *, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._given = backend
        self._backend: Any = None
        self._resolved = False
        self._reason = ""
        self._memory: dict[str, str] = {}

    # -- which keyring -------------------------------------------------------------------------

    def _keyring(self) -> Any:
        """The usable backend, or None (then ``_reason`` says why)."""
        if self._resolved:
            return self._backend
        self._resolved = True
        try:
            import keyring
            from keyring.backends import chainer, fail

            backend = self._given if self._given is not None else keyring.get_keyring()
            if isinstance(backend, chainer.ChainerBackend):
                # Use the best chained keyring itself: the chainer would fall through to
                # lower ones (a plaintext file) when the first cannot store.
                chained = list(backend.backends)
                backend = max(chained, key=_priority) if chained else fail.Keyring()
            if isinstance(backend, fail.Keyring) or _priority(backend) < 1:
                log.info("no usable system keyring (%s): the token is kept in memory only", type(backend).__name__)
                self._reason = NO_KEYRING
                return None
        except Exception as exc:  # keyring.errors.KeyringError, a broken backend, a D-Bus error...
            log.warning("no system keyring (%s): the token is kept in memory only", type(exc).__name__)
            self._reason = NO_KEYRING
            return None
        log.info("the token is kept in the system keyring (%s)", type(backend).__name__)
        self._backend = backend
        return backend

    def _give_up(self, doing: str, exc: BaseException) -> None:
        log.warning("the system keyring failed to %s (%s): the token is kept in memory only", doing, type(exc).__name__)
        self._backend = None
        self._reason = KEYRING_FAILED

    @property
    def persistent(self) -> bool:
        """True when a token set now is kept across restarts (in the system keyring)."""
        return self._keyring() is not None

    @property
    def reason(self) -> str:
        """Why the token is not kept across restarts ("" when it is)."""
        self._keyring()
        return self._reason

    # -- the token -----------------------------------------------------------------------------

    @staticmethod
    def _account(oms_url: str) -> str:
        return oms_url.strip().rstrip("/")

    def get(self, oms_url: str) -> str | None:
        """The token for this OMS, or None."""
        account = self._account(oms_url)
        if account in self._memory:
            return self._memory[account]
        backend = self._keyring()
        if backend is None:
            return None
        try:
            token = backend.get_password(self.service, account)
        except Exception as exc:
            self._give_up("read the token", exc)
            return None
        if token:
            self._memory[account] = token
        return token or None

    def set(self, oms_url: str, token: str) -> None:
        """Keep `token` for this OMS (in the keyring when there is one, always for this session)."""
        if not token:
            raise ValueError("an empty token cannot be kept")
        account = self._account(oms_url)
        self._memory[account] = token
        backend = self._keyring()
        if backend is None:
            return
        try:
            backend.set_password(self.service, account, token)
        except Exception as exc:
            self._give_up("keep the token", exc)

    def delete(self, oms_url: str) -> None:
        """Forget the token for this OMS (here and in the keyring)."""
        account = self._account(oms_url)
        self._memory.pop(account, None)
        backend = self._keyring()
        if backend is None:
            return
        try:
            from keyring.errors import PasswordDeleteError

            backend.delete_password(self.service, account)
        except PasswordDeleteError:
            pass  # there was none
        except Exception as exc:
            log.warning("the system keyring failed to delete a token (%s)", type(exc).__name__)


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # some backends raise when asked on a system without them
        return 0.0

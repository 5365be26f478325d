"""Every setting of the station, each declared once, and the typed settings of a run.

:class:`Settings` is both the table and the value: each class attribute is a
:class:`~instore_app.settings.setting.Setting` (its kind, default, range, help, flag,
environment variable, key in the settings file and setup-dialog widget), and an instance
holds one value per setting, typed::

    Settings.serial_baud.flag           # "--serial-baud"
    settings.serial_baud                # 9600 (an int)
    settings.source(Settings.serial_baud)   # Source.FLAG, ENVIRONMENT, SAVED or DEFAULT

From the table come the argparse flags and ``--help`` (``cli.py``), the environment
overrides and the one precedence rule (``layers.py``), the keys of the settings file
(``store.py``) and the setup dialog's bindings (``ui/setting_fields.py``).

To add a setting: declare it below (its help marked for translation), give the Turkish of
its help in ``translations/instore_app_tr.ts``, and, if the setup dialog should edit it, add
a widget of that name in ``ui/setup_form.py``. Nothing else lists settings.

No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from ..packing.commands import PACK_COMMANDS
from .kinds import BOOL, INT, LABEL_SIZE, LANGUAGE, TEXT, TEXT_LIST, Between, LabelSize, OneOf, Rule, SizeWithin
from .setting import Setting, Source

__all__ = ["GROUPS", "TABLE", "Settings", "setting_named"]

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a help text for translation (context "Settings") without importing Qt."""
    return text


#: The --help sections, in order.
GROUPS = {
    "connection": "connection",
    "packing": "packing",
    "printing": "printing",
    "scanner": "scanner",
    "screen": "screen and sound",
}


class Settings:
    """The settings of one run of the station (immutable; :meth:`replace` makes a new one)."""

    # -- connection ------------------------------------------------------------------------------
    demo = Setting(
        BOOL, False, flag="--demo", env=None, group="connection",
        help=QT_TRANSLATE_NOOP("Settings", "Run against the embedded OMS simulator on loopback."),
    )
    backend = Setting(
        TEXT, "oms", check=OneOf(("oms", "seller-center")), key="connection/backend", flag="--backend",
        widget="backend_combo", group="connection", metavar="NAME",
        help=QT_TRANSLATE_NOOP("Settings", "The API the station packs through: oms (Akinon OMS) or seller-center."),
    )
    oms_url = Setting(
        TEXT, "", key="oms/url", flag="--oms-url", widget="url_edit", group="connection", metavar="URL",
        help=QT_TRANSLATE_NOOP("Settings", "The OMS address, e.g. https://acme-oms.akinon.net."),
    )
    stock_location_id = Setting(
        INT, 0, check=Rule(lambda v: v >= 0, "a stock location id (a whole number, 0 or more)"),
        key="oms/stock_location_id", flag="--stock-location", group="connection", metavar="ID",
        help=QT_TRANSLATE_NOOP("Settings", "This store's stock location id in the OMS (0: not chosen yet)."),
    )
    stock_location_name = Setting(
        TEXT, "", key="oms/stock_location_name", group="connection",
        help=QT_TRANSLATE_NOOP("Settings", "The stock location's name, shown while the OMS is out of reach."),
    )
    insecure = Setting(
        BOOL, False, key="oms/insecure", flag="--insecure", env=None, widget="insecure_check", group="connection",
        help=QT_TRANSLATE_NOOP("Settings", "Allow an unencrypted http:// address that is not on this PC."),
    )
    username = Setting(
        TEXT, "", key="oms/username", widget="username_edit", group="connection",
        help=QT_TRANSLATE_NOOP("Settings", "The last user name signed in with (for the form; never the password)."),
    )
    token = Setting(
        TEXT, "", env="INSTORE_TOKEN", secret=True, group="connection",
        help=QT_TRANSLATE_NOOP(
            "Settings", "The API token: from the environment only, else from the system keyring, never a file."
        ),
    )
    seller_center_url = Setting(
        TEXT, "", key="seller_center/url", flag="--seller-center-url", widget="seller_center_url_edit",
        group="connection", metavar="URL",
        help=QT_TRANSLATE_NOOP("Settings", "The Seller Center address, e.g. https://seller-center.akinon.com."),
    )
    seller_center_auth_scheme = Setting(
        TEXT, "", check=Rule(lambda v: " " not in v, "one word without spaces, or empty"),
        key="connection/seller_center_auth_scheme", flag="--seller-center-auth-scheme",
        widget="seller_center_scheme_edit", group="connection", metavar="WORD",
        help=QT_TRANSLATE_NOOP(
            "Settings", "The word before the API key in Seller Center's Authorization header (empty: the key alone)."
        ),
    )

    # -- packing ---------------------------------------------------------------------------------
    pack_command = Setting(
        TEXT, "COMPLETE_PACKAGING", check=OneOf(PACK_COMMANDS), key="packing/pack_command", flag="--pack-command",
        widget="pack_command_combo", group="packing", metavar="NAME",
        help=QT_TRANSLATE_NOOP("Settings", "The OMS command that packs."),
    )
    auto_pack = Setting(
        BOOL, True, key="packing/auto_pack", flag="--auto-pack", widget="auto_pack_check", group="packing",
        help=QT_TRANSLATE_NOOP("Settings", "Pack as soon as the last item is scanned (otherwise on F9)."),
    )
    invoice_number_step = Setting(
        BOOL, False, key="packing/invoice_number_step", flag="--invoice-number-step",
        widget="invoice_number_check", group="packing",
        help=QT_TRANSLATE_NOOP("Settings", "Ask for the invoice's barcode before packing."),
    )
    open_states = Setting(
        TEXT_LIST, ("100", "200", "400"),
        check=Rule(
            lambda v: bool(v) and all(s.isdigit() for s in v),
            "package state numbers separated by commas, e.g. 100,200,400",
        ),
        key="packing/open_states", flag="--states", group="packing", metavar="LIST",
        help=QT_TRANSLATE_NOOP("Settings", "The package states listed (OMS enum values)."),
    )
    seller_center_reasons = Setting(
        TEXT_LIST, ("Unsupplied", "Damaged product", "Defective product", "Wrong stock count", "Price error"),
        check=Rule(
            lambda v: bool(v) and all(r.strip() for r in v),
            "reasons separated by commas, e.g. Unsupplied,Damaged product",
        ),
        key="seller_center/reasons", flag="--seller-center-reasons", group="packing", metavar="LIST",
        help=QT_TRANSLATE_NOOP(
            "Settings", "Seller Center: the reasons items are rejected with, sent as written (the defaults show in Turkish)."
        ),
    )
    refresh_seconds = Setting(
        INT, 30, check=Between(5, 3600), key="packing/refresh_seconds", flag="--refresh-seconds",
        widget="refresh_spin", group="packing", metavar="S",
        help=QT_TRANSLATE_NOOP("Settings", "How often the list reloads, in seconds (F5 reloads now)."),
    )

    # -- printing --------------------------------------------------------------------------------
    printer = Setting(
        TEXT, "", key="printing/printer", flag="--printer", widget="printer_combo", group="printing", metavar="NAME",
        help=QT_TRANSLATE_NOOP("Settings", "The label printer (empty: the system's default printer)."),
    )
    label_size = Setting(
        LABEL_SIZE, LabelSize(100.0, 150.0), check=SizeWithin((20, 300), (20, 400)), key="printing/label_size",
        flag="--label-size", widget="label_size_field", group="printing", metavar="WxH",
        help=QT_TRANSLATE_NOOP("Settings", "The label's width and height in millimetres."),
    )
    auto_print = Setting(
        BOOL, False, key="printing/auto_print", flag="--auto-print", widget="auto_print_check", group="printing",
        help=QT_TRANSLATE_NOOP("Settings", "Print the label as soon as it arrives."),
    )

    # -- scanner ---------------------------------------------------------------------------------
    scan_interval_ms = Setting(
        INT, 50, check=Between(5, 1000), key="scanner/interval_ms", flag="--scan-interval-ms",
        widget="interval_spin", group="scanner", metavar="MS",
        help=QT_TRANSLATE_NOOP(
            "Settings", "Keys closer than this are a scanner, not a person (Bluetooth scanners need 80-120)."
        ),
    )
    serial_port = Setting(
        TEXT, "", key="scanner/serial_port", flag="--serial-port", widget="serial_combo", group="scanner",
        metavar="PORT",
        help=QT_TRANSLATE_NOOP("Settings", "A serial scanner's port, e.g. /dev/ttyACM0 or COM3 (empty: none)."),
    )
    serial_baud = Setting(
        INT, 9600, check=Between(300, 4_000_000), key="scanner/serial_baud", flag="--serial-baud",
        widget="baud_combo", group="scanner", metavar="BAUD",
        help=QT_TRANSLATE_NOOP("Settings", "The serial scanner's speed."),
    )

    # -- screen and sound ------------------------------------------------------------------------
    language = Setting(
        LANGUAGE, "", check=OneOf(("", "tr", "en")), key="ui/language", flag="--language",
        widget="language_combo", group="screen", metavar="CODE",
        help=QT_TRANSLATE_NOOP("Settings", "The app's language, and of OMS state names: tr or en (empty: the system's)."),
    )
    sound = Setting(
        BOOL, True, key="ui/sound", flag="--sound", widget="sound_check", group="screen",
        help=QT_TRANSLATE_NOOP("Settings", "Beep on scans."),
    )

    # -- the values ------------------------------------------------------------------------------

    __slots__ = ("_sources", "_values")

    def __init__(self, values: Mapping[str, object] | None = None, *, sources: Mapping[str, Source] | None = None) -> None:
        """`values` by setting name, typed (a setting not given has its default); each is
        checked (TypeError for the wrong type, SettingProblem for one not allowed)."""
        given = dict(values or {})
        unknown = sorted(set(given) - set(_BY_NAME) | set(sources or {}) - set(_BY_NAME))
        if unknown:
            raise KeyError(f"no such setting: {', '.join(unknown)}")
        self._values: dict[str, object] = {}
        self._sources: dict[str, Source] = {}
        for setting in TABLE:
            if setting.name in given:
                self._values[setting.name] = setting.strict(given[setting.name], setting.name)
                self._sources[setting.name] = (sources or {}).get(setting.name, Source.SAVED)
            else:
                self._values[setting.name] = setting.default
                self._sources[setting.name] = Source.DEFAULT

    def get(self, setting: Setting[T]) -> T:
        return self._values[setting.name]  # type: ignore[return-value]

    def source(self, setting: Setting[Any]) -> Source:
        """Where this run's value came from."""
        return self._sources[setting.name]

    def given(self, setting: Setting[Any]) -> bool:
        """Whether the value was given for this run (a flag or the environment)."""
        return self._sources[setting.name] in (Source.FLAG, Source.ENVIRONMENT)

    def replace(self, source: Source | None = None, /, **changes: object) -> Settings:
        """A copy with `changes` (by name); they keep their source unless `source` is given."""
        values = {**self._values, **changes}
        sources = dict(self._sources)
        if source is not None:
            sources.update(dict.fromkeys(changes, source))
        return Settings(values, sources=sources)

    def as_dict(self) -> dict[str, object]:
        """Every value by name (a new dict)."""
        return dict(self._values)

    def __iter__(self) -> Iterator[tuple[Setting[Any], object]]:
        return ((setting, self._values[setting.name]) for setting in TABLE)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and other._values == self._values

    def __hash__(self) -> int:
        return hash(tuple(sorted((name, repr(value)) for name, value in self._values.items())))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{s.name}={'***' if s.secret and self._values[s.name] else repr(self._values[s.name])}" for s in TABLE
        )
        return f"Settings({shown})"

    @staticmethod
    def table() -> tuple[Setting[Any], ...]:
        return TABLE


#: Every setting, in declaration order.
TABLE: tuple[Setting[Any], ...] = tuple(v for v in vars(Settings).values() if isinstance(v, Setting))
_BY_NAME: dict[str, Setting[Any]] = {setting.name: setting for setting in TABLE}


def setting_named(name: str) -> Setting[Any]:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no such setting: {name}") from None


def _check_table() -> None:
    """Declarations that would collide are a mistake in this file: fail on import."""
    for attribute in ("key", "flag", "env", "widget"):
        seen: dict[str, str] = {}
        for setting in TABLE:
            value = getattr(setting, attribute)
            if value is None:
                continue
            if value in seen:
                raise ValueError(f"settings {seen[value]} and {setting.name} have the same {attribute} {value!r}")
            seen[value] = setting.name
        if attribute == "key" and any(k.startswith(("meta/", "persist/")) for k in seen):
            raise ValueError("the meta/ and persist/ sections of the settings file are not for settings")
    for setting in TABLE:
        if setting.group not in GROUPS:
            raise ValueError(f"setting {setting.name}: no --help group {setting.group!r}")
        if setting.secret and (setting.key or setting.flag):
            raise ValueError(f"setting {setting.name} is secret: never saved to the file nor given as a flag")


_check_table()

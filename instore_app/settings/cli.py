"""The command line, generated from the table of settings: one flag per setting that has one
(an on/off setting gets ``--x`` and ``--no-x``), each with its help, default, range and
environment variable, plus the few actions that are not settings (``--self-test``,
``--command-sheet``, ``--version``).

A flag that is not given is absent from :func:`flag_values` (argparse's ``SUPPRESS``), so the
environment and the settings file can apply under it; a flag's text is checked by the
setting itself (:func:`~instore_app.settings.layers.resolve`), with the same words as the same
value from anywhere else. The token has no flag: other users of the PC could read it in the
process list.

No Qt here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from .. import __version__
from .kinds import OneOf
from .setting import Setting
from .table import GROUPS, TABLE

__all__ = ["ACTIONS", "build_parser", "environment_help", "flag_values", "parse_args"]

#: Flags that do something instead of setting something (their dest names).
ACTIONS = ("command_sheet", "self_test", "quit_after_first_list")

PRECEDENCE = "A flag beats its environment variable, which beats the saved setting, which beats the default."


def _lower_first(text: str) -> str:
    """"The OMS address" -> "the OMS address", "A serial..." -> "a serial..." (argparse's
    style); a name stays: "OMS ...", "Seller Center: ..."."""
    first, _, rest = text.partition(" ")
    if first in ("A", "An", "The") or (first[1:].islower() and not rest[:1].isupper()):
        return text[:1].lower() + text[1:]
    return text


def _negatable(setting: Setting[Any]) -> bool:
    """An on/off flag gets --no-x when something below it (the file, the environment) may
    have turned it on."""
    return setting.is_bool and (setting.key is not None or setting.env is not None)


def _help(setting: Setting[Any]) -> str:
    parts = [_lower_first(setting.help.rstrip("."))]
    if not setting.is_bool and not setting.secret:
        if isinstance(setting.check, OneOf):
            parts.append("; " + setting.check.expected(setting.kind.expected))
        shown = setting.text(setting.default)
        parts.append(f" (default: {shown or 'none'}")
        if setting.check is not None and not isinstance(setting.check, OneOf):
            parts.append(f"; {setting.expected}")
        parts.append(")")
    elif setting.is_bool:
        parts.append(f" (default: {'on' if setting.default else 'off'})")
    if setting.env:
        parts.append(f" [${setting.env}]")
    return "".join(parts).replace("%", "%%")


def environment_help() -> str:
    """The epilog of --help: every environment variable, and the precedence."""
    lines = ["environment variables (each as its flag; the token only here):"]
    width = max(len(s.env) for s in TABLE if s.env)
    for setting in TABLE:
        if setting.env:
            lines.append(f"  {setting.env:<{width}}  {setting.flag or _lower_first(setting.help.rstrip('.'))}")
    lines += ["", "precedence: " + PRECEDENCE.lower().rstrip("."), ""]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="instore-app",
        description="Packing station for stores that fulfil online orders through Akinon OMS.",
        epilog=environment_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        argument_default=argparse.SUPPRESS,
    )
    groups = {name: parser.add_argument_group(title) for name, title in GROUPS.items()}
    for setting in TABLE:
        if setting.flag is None:
            continue
        group = groups[setting.group]
        if _negatable(setting):
            group.add_argument(
                setting.flag, dest=setting.name, action=argparse.BooleanOptionalAction, help=_help(setting)
            )
        elif setting.is_bool:
            group.add_argument(setting.flag, dest=setting.name, action="store_const", const=True, help=_help(setting))
        else:
            group.add_argument(setting.flag, dest=setting.name, metavar=setting.metavar or "VALUE", help=_help(setting))
    parser.add_argument(
        "--command-sheet", metavar="PATH", help="write the command barcode sheet (A4 PDF) to PATH and exit"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="pack one package against the embedded simulator through the real code path, then exit (0 = passed)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For benchmarks/bench_startup.py: print the time to the first painted list, then quit.
    parser.add_argument("--quit-after-first-list", action="store_true", help=argparse.SUPPRESS)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def flag_values(args: argparse.Namespace) -> dict[str, object]:
    """The settings given as flags, by setting name (absent when not given)."""
    given = vars(args)
    return {setting.name: given[setting.name] for setting in TABLE if setting.flag and setting.name in given}


def action(args: argparse.Namespace, name: str) -> Any:
    """An action flag's value (None or False when not given)."""
    return getattr(args, name, None)

"""Command line and environment settings for a run of the app (no Qt here).

The token is read from the environment only (INSTORE_TOKEN), never from the command
line, where other users of the PC could see it in the process list.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from . import __version__
from .api.client import check_base_url
from .api.models import DEFAULT_OPEN_STATES
from .packing.commands import PACK_COMMANDS

ENV_URL = "INSTORE_OMS_URL"
ENV_STOCK_LOCATION = "INSTORE_STOCK_LOCATION"
ENV_TOKEN = "INSTORE_TOKEN"

ENVIRONMENT_HELP = f"""\
environment variables:
  {ENV_URL}           the OMS address, e.g. https://acme-oms.akinon.net
  {ENV_STOCK_LOCATION}   the id of this store's stock location in the OMS
  {ENV_TOKEN}            the OMS API token (only ever read from the environment)
  INSTORE_LANGUAGE         the app's language: tr or en (default: the system's)
"""


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    oms_url: str
    stock_location_id: int
    token: str
    open_states: tuple[str, ...] = DEFAULT_OPEN_STATES
    refresh_seconds: float = 30.0
    language: str = ""
    insecure: bool = False
    demo: bool = False
    pack_command: str = "COMPLETE_PACKAGING"
    auto_pack: bool = True
    auto_print: bool = False
    printer: str = ""
    label_width_mm: float = 100.0
    label_height_mm: float = 150.0
    scan_interval_ms: int = 50
    serial_port: str = ""
    serial_baud: int = 9600
    sound: bool = True


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="instore-app",
        description="Packing station for stores that fulfil online orders through Akinon OMS.",
        epilog=ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--demo", action="store_true", help="run against the embedded OMS simulator on loopback")
    parser.add_argument("--oms-url", metavar="URL", help=f"the OMS address (default: ${ENV_URL})")
    parser.add_argument(
        "--stock-location", metavar="ID", help=f"this store's stock location id (default: ${ENV_STOCK_LOCATION})"
    )
    parser.add_argument(
        "--states",
        metavar="LIST",
        default=",".join(DEFAULT_OPEN_STATES),
        help="package states to list, comma-separated enum values (default: %(default)s)",
    )
    parser.add_argument(
        "--refresh-seconds", type=float, default=30.0, metavar="S", help="list refresh interval (default: %(default)s)"
    )
    parser.add_argument("--language", metavar="CODE", help="language of the app and OMS state names: tr or en (default: the system's)")
    parser.add_argument(
        "--insecure", action="store_true", help="allow an unencrypted http:// OMS address that is not on this PC"
    )
    bench = parser.add_argument_group("packing")
    bench.add_argument(
        "--pack-command",
        choices=PACK_COMMANDS,
        default="COMPLETE_PACKAGING",
        help="the OMS command that packs (default: %(default)s)",
    )
    bench.add_argument("--no-auto-pack", action="store_true", help="pack on F9 only, not after the last scan")
    bench.add_argument("--auto-print", action="store_true", help="print the label as soon as it arrives")
    bench.add_argument("--printer", default="", metavar="NAME", help="label printer (default: the system's default)")
    bench.add_argument(
        "--label-size", default="100x150", metavar="WxH", help="label size in mm (default: %(default)s)"
    )
    bench.add_argument("--no-sound", action="store_true", help="no beeps")
    scanner = parser.add_argument_group("scanner")
    scanner.add_argument(
        "--scan-interval-ms",
        type=int,
        default=50,
        metavar="MS",
        help="keys closer than this are a scanner, not a person (default: %(default)s; Bluetooth scanners need more)",
    )
    scanner.add_argument("--serial-port", default="", metavar="PORT", help="a serial scanner's port, e.g. /dev/ttyACM0 or COM3")
    scanner.add_argument("--serial-baud", type=int, default=9600, metavar="BAUD", help="serial scanner speed (default: %(default)s)")
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


def resolve(args: argparse.Namespace, env: Mapping[str, str]) -> Settings | None:
    """Settings for a real OMS from arguments and environment; None in demo mode.

    Raises ConfigError with a message a store employee or their IT can act on.
    """
    states = _parse_states(args.states)
    if args.refresh_seconds < 5:
        raise ConfigError("--refresh-seconds must be at least 5 seconds.")
    language = (args.language or env.get("INSTORE_LANGUAGE") or "").lower()
    common = _common_options(args, states, language)
    if args.demo:
        return None
    url = args.oms_url or env.get(ENV_URL, "")
    location = args.stock_location or env.get(ENV_STOCK_LOCATION, "")
    token = env.get(ENV_TOKEN, "").strip()
    missing = [
        name
        for name, value in ((ENV_URL, url), (ENV_STOCK_LOCATION, location), (ENV_TOKEN, token))
        if not value
    ]
    if missing:
        raise ConfigError(
            "The app needs to know which OMS to use. Not set: "
            + ", ".join(missing)
            + ".\nSet them in the environment (the token only there), or start with --demo to try the app."
        )
    try:
        url = check_base_url(url, insecure=args.insecure)
    except ValueError as exc:
        raise ConfigError(f"The OMS address is not usable: {exc}") from exc
    try:
        location_id = int(str(location).strip())
        if location_id <= 0:
            raise ValueError
    except ValueError as exc:
        raise ConfigError(f"The stock location must be a positive number (the OMS id), not “{location}”.") from exc
    return Settings(oms_url=url, stock_location_id=location_id, token=token, insecure=args.insecure, **common)


def demo_settings(args: argparse.Namespace, env: Mapping[str, str], url: str, location: int, token: str) -> Settings:
    """Settings for --demo, pointing at the embedded simulator."""
    language = (args.language or env.get("INSTORE_LANGUAGE") or "").lower()
    common = _common_options(args, _parse_states(args.states), language)
    return Settings(oms_url=url, stock_location_id=location, token=token, demo=True, **common)


def _common_options(args: argparse.Namespace, states: tuple[str, ...], language: str) -> dict[str, Any]:
    if args.scan_interval_ms < 5 or args.scan_interval_ms > 1000:
        raise ConfigError("--scan-interval-ms must be between 5 and 1000.")
    try:
        width, height = (float(x) for x in args.label_size.lower().split("x"))
        if not (20 <= width <= 300 and 20 <= height <= 400):
            raise ValueError
    except ValueError as exc:
        raise ConfigError(f"--label-size must be like 100x150 (millimetres), not “{args.label_size}”.") from exc
    return dict(
        open_states=states,
        refresh_seconds=args.refresh_seconds,
        language=language,
        pack_command=args.pack_command,
        auto_pack=not args.no_auto_pack,
        auto_print=args.auto_print,
        printer=args.printer,
        label_width_mm=width,
        label_height_mm=height,
        scan_interval_ms=args.scan_interval_ms,
        serial_port=args.serial_port,
        serial_baud=args.serial_baud,
        sound=not args.no_sound,
    )


def _parse_states(text: str) -> tuple[str, ...]:
    states = tuple(part.strip() for part in text.split(",") if part.strip())
    if not states or not all(state.isdigit() for state in states):
        raise ConfigError(f"--states must be package state numbers separated by commas, e.g. 100,200,400 (got “{text}”).")
    return states


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)

"""Command barcodes: printed codes that do what a bench key does, so the packer never needs
the keyboard or the mouse. Pure Python, no Qt.

A command code is :data:`COMMAND_PREFIX` followed by a word, e.g. ``ZZCMDPACK`` (F9, pack).
:func:`command_for` tells whether a scan is one; :func:`code_for` gives the code to print
(:mod:`instore_app.labels.command_sheet` prints them all on one A4 sheet).

Why the codes look like this
----------------------------

* **Only capital letters A-Z (never I) and digits.** A USB scanner in keyboard-wedge mode
  sends key positions, not characters, and the host's keyboard layout turns them into text.
  A scanner set to "US keyboard" on a PC with the Turkish Q layout types every capital letter
  except I and every digit correctly, but not punctuation: the US ``-`` key gives ``*`` on
  Turkish Q (the Turkish ``-`` is the US ``=`` key), ``.`` gives ``ç``, ``;`` gives ``ş``. So
  there is no ``-`` separator (an ``IPSCMD-PACK`` code would arrive as ``IPSCMD*PACK``). The
  letter I is avoided too: on Turkish Q, with Caps Lock on (or from a scanner that sends
  small letters), the I key gives the dotless ``ı``, which comparisons treat inconsistently
  (``"ı".upper()`` is ``"I"``, but ``"ı".casefold()`` is not ``"i"``).
* **Code128 encodes them in one code set, with no shifts**, at 11 modules a character, so the
  longest (``ZZCMDREFUSE``) is 176 modules wide with its quiet zones: 75 mm at 0.42 mm a
  module, two columns on A4.
* **Never a product barcode, SKU or package number**: a GTIN is digits only, the OMS's
  package numbers are digits with a ``P`` and digits (``2236438779312084P1``), and SKUs are
  the retailer's (``AKN-1020``); ``ZZ`` + ``CMD`` is a prefix no catalogue uses (the tests check
  every code of the simulator's seed), and the prefix is checked before anything else.
* **Case-insensitive**: Caps Lock turns a scanner's capitals into small letters.

The scanner's own layout setting must still match the PC's for product codes with
punctuation; on the Turkish F layout a US-set scanner garbles everything, command codes
included.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

from .barcodes import clean_scan, split_symbology_identifier

__all__ = [
    "COMMAND_PREFIX",
    "REASON_PREFIX",
    "BenchCommand",
    "code_for",
    "command_for",
    "command_key",
    "is_command_code",
    "key_for",
    "label_for",
    "reason_code",
    "reason_for",
]

#: Every command code starts with this (compared case-insensitively).
COMMAND_PREFIX = "ZZCMD"
#: A denial reason's code: this prefix and the reason's id in the OMS (``ZZCMDRSN3``): scanning
#: it refuses the package on the bench with that reason (after one confirmation).
REASON_PREFIX = COMMAND_PREFIX + "RSN"


class BenchCommand(Enum):
    """What a command barcode does on the bench. The value is the code's word."""

    PACK = "PACK"
    OUT_OF_STOCK = "STOCK"
    REFUSE = "REFUSE"
    UNDO = "UNDO"
    RESET = "RESET"
    NEXT_PACKAGE = "NEXT"
    REPRINT_LABEL = "LABEL"
    CLOSE = "CLOSE"
    ACKNOWLEDGE = "OK"
    TODAY = "TODAY"
    HANDOVER = "HANDOVER"  # the courier handover view (the handover's own ZZCMDHANDOVER)
    REPACK = "REPACK"  # an Out of Stock / Needs Rescheduling package back to Waiting

    @property
    def code(self) -> str:
        """The text the barcode holds, e.g. ``ZZCMDPACK``."""
        return COMMAND_PREFIX + self.value

    @property
    def label(self) -> str:
        """The action's name in English (the UI translates it)."""
        return _LABELS[self]

    @property
    def key(self) -> str:
        """The keyboard key the command stands for ("F9", "Esc", "Enter")."""
        return _KEYS[self]


# English names, as on the bench's buttons (the UI translates them in context "BenchCommand").
_LABELS: dict[BenchCommand, str] = {
    BenchCommand.PACK: "Pack",
    BenchCommand.OUT_OF_STOCK: "Out of stock",
    BenchCommand.REFUSE: "Refuse",
    BenchCommand.UNDO: "Undo last scan",
    BenchCommand.RESET: "Start over",
    BenchCommand.NEXT_PACKAGE: "Next package",
    BenchCommand.REPRINT_LABEL: "Print label",
    BenchCommand.CLOSE: "Close",
    BenchCommand.ACKNOWLEDGE: "OK (acknowledge)",
    BenchCommand.TODAY: "Packed today",
    BenchCommand.HANDOVER: "Courier handover",
    BenchCommand.REPACK: "Repack",
}

# The bench's shortcuts (instore_app/ui/bench.py) and the Enter that acknowledges a red banner.
_KEYS: dict[BenchCommand, str] = {
    BenchCommand.PACK: "F9",
    BenchCommand.OUT_OF_STOCK: "F6",
    BenchCommand.REFUSE: "F7",
    BenchCommand.UNDO: "F2",
    BenchCommand.RESET: "F3",
    BenchCommand.NEXT_PACKAGE: "F8",
    BenchCommand.REPRINT_LABEL: "F10",
    BenchCommand.CLOSE: "Esc",
    BenchCommand.ACKNOWLEDGE: "Enter",
    BenchCommand.TODAY: "F12",
    BenchCommand.HANDOVER: "F11",
    BenchCommand.REPACK: "Ctrl+R",
}

_BY_CODE: dict[str, BenchCommand] = {command.code: command for command in BenchCommand}


def _key(scanned: str | None) -> str:
    """The scan as compared: cleaned, without an AIM identifier (``]C0``), ASCII, capitals."""
    text = clean_scan(scanned)
    if not text:
        return ""
    _, text = split_symbology_identifier(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width letters from an input method
    return text.upper()


def command_key(scanned: str | None) -> str:
    """A scan as command codes are compared: cleaned, no AIM identifier, ASCII capitals
    (for other code families of the same design, e.g. the handover's carrier codes)."""
    return _key(scanned)


def command_for(scanned: str | None) -> BenchCommand | None:
    """The command a scanned code stands for, or None for any other code (never raises)."""
    key = _key(scanned)
    if not key.startswith(COMMAND_PREFIX):
        return None
    return _BY_CODE.get(key)


def reason_code(reason_id: int) -> str:
    """The text to print for the denial reason with this id, e.g. ``ZZCMDRSN3``."""
    return f"{REASON_PREFIX}{int(reason_id)}"


def reason_for(scanned: str | None) -> int | None:
    """The denial reason id a scanned reason code stands for, or None (never raises)."""
    key = _key(scanned)
    digits = key[len(REASON_PREFIX) :] if key.startswith(REASON_PREFIX) else ""
    return int(digits) if digits.isdigit() and len(digits) <= 18 and int(digits) > 0 else None


def is_command_code(scanned: str | None) -> bool:
    """True for anything with the command prefix, known or not (a sheet from a newer
    version): the app should say "unknown command barcode", not "unknown product"."""
    return _key(scanned).startswith(COMMAND_PREFIX)


def code_for(command: BenchCommand) -> str:
    """The text to print as a Code128 barcode for `command`."""
    return command.code


def label_for(command: BenchCommand) -> str:
    """The action's English name ("Pack", "Out of stock", ...)."""
    return command.label


def key_for(command: BenchCommand) -> str:
    """The keyboard key `command` stands for ("F9", "Esc", "Enter")."""
    return command.key

"""The handover's barcodes: carrier codes (choose the courier's carrier by scanning) and the
handover's command codes. Pure Python, no Qt.

Same design as the bench's command codes (:mod:`instore_app.packing.command_codes`): capital
letters A-Z without I, and digits, so a scanner set to a US layout types them right on a
Turkish Q keyboard; case-insensitive; a prefix no catalogue, package number or tracking number
uses.

* A carrier code is :data:`CARRIER_PREFIX` followed by the carrier's id in
  ``/api/v1/oms/cargo-company/``: ``ZZCARGO728``. The id, not the ERP code: ERP codes are the
  OMS's free text ("yurtici" has an I, others have dashes or small letters), ids are digits.
  A sheet of carrier codes is therefore for one OMS installation (its ids).
* :class:`HandoverCommand`: ``ZZCMDHANDOVER`` opens the handover view (F11), ``ZZCMDDONE``
  finishes the handover and prints the manifest ("FINISH" has an I).
"""

from __future__ import annotations

from enum import Enum

from ..packing.command_codes import COMMAND_PREFIX, command_key

__all__ = [
    "CARRIER_PREFIX",
    "HandoverCommand",
    "carrier_code",
    "carrier_for",
    "handover_command_for",
    "is_carrier_code",
]

#: Every carrier code starts with this (compared case-insensitively). "CARGO": no I.
CARRIER_PREFIX = "ZZCARGO"
#: Longer ids than this are not a carrier code (SQLite's INTEGER holds 19 digits).
_MAX_ID_DIGITS = 18


class HandoverCommand(Enum):
    """What a handover command barcode does. The value is the code's word."""

    OPEN = "HANDOVER"
    FINISH = "DONE"

    @property
    def code(self) -> str:
        return COMMAND_PREFIX + self.value

    @property
    def label(self) -> str:
        """The action's name in English (the UI translates it)."""
        return _LABELS[self]

    @property
    def key(self) -> str:
        """The keyboard key it stands for."""
        return _KEYS[self]


_LABELS = {HandoverCommand.OPEN: "Courier handover", HandoverCommand.FINISH: "Finish handover"}
_KEYS = {HandoverCommand.OPEN: "F11", HandoverCommand.FINISH: "F9"}
_BY_CODE = {command.code: command for command in HandoverCommand}


def carrier_code(cargo_company_id: int) -> str:
    """The text to print as a Code128 barcode for a carrier (``ZZCARGO728``)."""
    if isinstance(cargo_company_id, bool) or not isinstance(cargo_company_id, int) or cargo_company_id < 1:
        raise ValueError(f"not a cargo company id: {cargo_company_id!r}")
    return f"{CARRIER_PREFIX}{cargo_company_id}"


def is_carrier_code(scanned: str | None) -> bool:
    """True for anything with the carrier prefix, well-formed or not."""
    return command_key(scanned).startswith(CARRIER_PREFIX)


def carrier_for(scanned: str | None) -> int | None:
    """The cargo company id a scanned carrier code names, or None (never raises)."""
    key = command_key(scanned)
    if not key.startswith(CARRIER_PREFIX):
        return None
    digits = key[len(CARRIER_PREFIX):]
    if not digits.isascii() or not digits.isdigit() or len(digits) > _MAX_ID_DIGITS or digits.startswith("0"):
        return None
    return int(digits)


def handover_command_for(scanned: str | None) -> HandoverCommand | None:
    """The handover command a scanned code stands for, or None."""
    return _BY_CODE.get(command_key(scanned))

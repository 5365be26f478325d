"""The station's journal: confirmations and OMS commands, durable across crashes. No Qt.

See :mod:`.journal` for the guarantees (WAL, ``synchronous=FULL``) and threading rules.
"""

from .journal import (
    APP_NAME,
    CLOSE_REASON_PACKED,
    FILE_NAME,
    SCHEMA_VERSION,
    CommandOutcome,
    CommandRecord,
    Figures,
    Journal,
    JournalCorrupt,
    JournalError,
    OpenPackage,
    default_path,
)

__all__ = [
    "APP_NAME",
    "CLOSE_REASON_PACKED",
    "FILE_NAME",
    "SCHEMA_VERSION",
    "CommandOutcome",
    "CommandRecord",
    "Figures",
    "Journal",
    "JournalCorrupt",
    "JournalError",
    "OpenPackage",
    "default_path",
]

"""The station's journal: confirmations and OMS commands, durable across crashes. No Qt.

Modules, one job each: :mod:`.journal` (the :class:`Journal` API), :mod:`.recovery` (the
file's health, failures and recovery), :mod:`.mirror` (what is kept in memory so nothing
reported as written is lost), :mod:`.connection` (opening and checking the SQLite file),
:mod:`.schema` (tables and migrations), :mod:`.lock` (one station per journal),
:mod:`.scans`, :mod:`.commands`, :mod:`.handovers` (courier handovers and manifests),
:mod:`.figures`, :mod:`.pruning`, :mod:`.records`
(the records handed out) and :mod:`.errors`.
"""

from .errors import JournalCorrupt, JournalError, JournalInvalid, JournalLocked
from .handovers import KEEP_DAYS as HANDOVER_KEEP_DAYS
from .handovers import HandoverRecord, ParcelRecord, ParcelStatus
from .journal import Journal
from .lock import lock_path
from .records import (
    APP_NAME,
    CLOSE_REASON_PACKED,
    FILE_NAME,
    CommandOutcome,
    CommandRecord,
    Figures,
    FinishedPackage,
    OpenPackage,
    default_path,
)
from .schema import SCHEMA_VERSION

__all__ = [
    "APP_NAME",
    "CLOSE_REASON_PACKED",
    "FILE_NAME",
    "SCHEMA_VERSION",
    "CommandOutcome",
    "CommandRecord",
    "Figures",
    "FinishedPackage",
    "HANDOVER_KEEP_DAYS",
    "HandoverRecord",
    "ParcelRecord",
    "ParcelStatus",
    "Journal",
    "JournalCorrupt",
    "JournalError",
    "JournalInvalid",
    "JournalLocked",
    "OpenPackage",
    "default_path",
    "lock_path",
]

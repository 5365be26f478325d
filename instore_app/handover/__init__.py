"""Courier handover at the counter (no Qt here).

* :mod:`.session`: :class:`HandoverSession`, one courier: choose the carrier, scan parcels,
  finish with a manifest. Each step returns a :class:`~instore_app.bench.work.Note`.
* :mod:`.outbox`: :class:`HandoverOutbox`, the ship commands owed to the OMS for parcels
  already handed over (the offline rule at the counter).
* :mod:`.manifest`: :class:`Manifest`, what is printed and signed.
* :mod:`.codes`: carrier codes (``ZZCARGO<id>``) and the handover's command codes.
"""

from __future__ import annotations

from ..journal import Journal
from .codes import CARRIER_PREFIX, HandoverCommand, carrier_code, carrier_for, handover_command_for, is_carrier_code
from .manifest import KEEP_DAYS, LeftParcel, Manifest, ManifestParcel, OmsStatus, manifest_from_record
from .outbox import HandoverOutbox, SendResult
from .session import HandedOver, HandoverScan, HandoverSession, looks_like_tracking_number

__all__ = [
    "CARRIER_PREFIX",
    "KEEP_DAYS",
    "HandedOver",
    "HandoverCommand",
    "HandoverOutbox",
    "HandoverScan",
    "HandoverSession",
    "LeftParcel",
    "Manifest",
    "ManifestParcel",
    "OmsStatus",
    "SendResult",
    "carrier_code",
    "carrier_for",
    "handover_command_for",
    "is_carrier_code",
    "looks_like_tracking_number",
    "manifest_from_record",
    "recent_manifests",
]


def recent_manifests(journal: Journal, days: int = KEEP_DAYS) -> list[Manifest]:
    """The manifests of the handovers finished in the last `days` days, newest first, each
    with its parcels' OMS status as it is now (for reprinting). Raises JournalError."""
    manifests = []
    for record in journal.handovers(days):
        manifest = manifest_from_record(record)
        if manifest is not None:
            manifests.append(manifest)
    return manifests



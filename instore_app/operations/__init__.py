"""The station's use cases against the OMS, and the one rule for re-sending a command (no Qt).

* :mod:`.station`: :class:`Station`, the list, the package details, claims, pack / out of
  stock / refuse, labels, the journal of scans.
* :mod:`.after_packing`: handing packages to the courier (Ship / Advanced Ship), repack, the
  invoice number, orders, transition logs, cargo companies (part of Station).
* :mod:`.resend`: :class:`CommandSender`, the only place that sends a command and decides,
  after a failure, whether it took effect and whether it may be sent again.
"""

from .after_packing import HandoverCandidate, HandoverCandidates, InvoiceNumberNotSaved
from .resend import (
    CommandAppliedNotReread,
    CommandInFlight,
    CommandNotApplied,
    CommandOutcomeUnknown,
    CommandSender,
    PackageChanged,
    SettlePolicy,
)
from .station import FINISH_REASONS, NotPossible, Reconciled, Station

__all__ = [
    "FINISH_REASONS",
    "HandoverCandidate",
    "HandoverCandidates",
    "InvoiceNumberNotSaved",
    "CommandAppliedNotReread",
    "CommandInFlight",
    "CommandNotApplied",
    "CommandOutcomeUnknown",
    "CommandSender",
    "NotPossible",
    "PackageChanged",
    "Reconciled",
    "SettlePolicy",
    "Station",
]

"""The station's use cases against the OMS, and the one rule for re-sending a command (no Qt).

* :mod:`.station`: :class:`Station`, the list, the package details, claims, pack / out of
  stock / refuse, labels, the journal of scans.
* :mod:`.resend`: :class:`CommandSender`, the only place that sends a command and decides,
  after a failure, whether it took effect and whether it may be sent again.
"""

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

"""The Seller Center's writes as planned commands, and whether one took effect (no Qt here).

Every write the station sends is a :class:`ScCommand`; the re-send rule
(:class:`~instore_app.operations.resend.CommandSender`) journals it (``name``, no transition
id, ``parameters``: the number, the items, the reason and the exact body) and, when its
outcome is unknown, asks :func:`took_effect` of the package read again. The rules:

* **Ready to Ship** (PUT ``status: 3``): applied when the status is 3 or later (4 Shipped,
  5 Delivered, 6 Delivery Failed); not applied while it is still 2 Preparing; else unknown.
* **Shipped** (PUT ``status: 4``): applied at 4, 5 or 6; not applied while it is still 3.
* **Reject** (items with a reason): applied when none of those items is in the package any
  more (or every item is gone: the package was rejected whole); not applied while the package
  is still Preparing with every one of them, each with the status it had; else unknown (some
  gone and some not, or their status changed: the packer decides).
* **Split** (items into a new package): applied when none of those items is in the package
  any more and it still has items; not applied while it is still Preparing with every one of
  them; else unknown.

"Not applied" is what lets the rule send again after its settle period; "unknown" never
sends on its own. :func:`record_took_effect` is the same judgement from a journal record
(after a restart, without the package as it was before).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api.models import Package
from ..packing import Action
from .mapping import (
    DELIVERED_STATUS,
    DELIVERY_FAILED_STATUS,
    PREPARING_STATUS,
    READY_TO_SHIP_STATUS,
    SHIPPED_STATUS,
    item_id,
    status_of,
)

__all__ = [
    "COMMAND_NAMES",
    "READY_TO_SHIP",
    "REJECT",
    "SHIPPED",
    "SPLIT",
    "ScCommand",
    "action_of",
    "record_took_effect",
    "took_effect",
]

#: The journal's names of the Seller Center's writes.
READY_TO_SHIP = "SC_READY_TO_SHIP"
SHIPPED = "SC_SHIPPED"
REJECT = "SC_REJECT"
SPLIT = "SC_SPLIT"
COMMAND_NAMES = (READY_TO_SHIP, SHIPPED, REJECT, SPLIT)

_PACKED = frozenset({READY_TO_SHIP_STATUS, SHIPPED_STATUS, DELIVERED_STATUS, DELIVERY_FAILED_STATUS})
_SHIPPED = frozenset({SHIPPED_STATUS, DELIVERED_STATUS, DELIVERY_FAILED_STATUS})


@dataclass(frozen=True)
class ScCommand:
    """One write for package `number`: ``name`` (one of :data:`COMMAND_NAMES`), the bench
    action it serves, the item numbers it names (reject, split), the reason (reject) and the
    body as sent. `status` is the package's status when it was planned."""

    name: str
    action: Action
    number: str
    status: int | None
    items: tuple[str, ...] = ()
    reason: str | None = None
    body: Any = None
    #: The request model the client sends (UpdatePackage, RejectPackage, [SplitPackage]).
    request: Any = field(default=None, compare=False, repr=False)

    @property
    def parameters(self) -> dict[str, Any]:
        """What the journal keeps (JSON): enough to judge it again after a restart."""
        return {"number": self.number, "items": list(self.items), "reason": self.reason, "body": self.body}


def action_of(name: str) -> Action | None:
    """The bench action a journalled Seller Center write served (None: not one of ours)."""
    return {READY_TO_SHIP: Action.PACK, SHIPPED: Action.SHIP, REJECT: Action.REFUSE, SPLIT: Action.OUT_OF_STOCK}.get(name)


def _item_statuses(package: Package) -> dict[int, int | None]:
    return {item.id: (item.state.id if item.state is not None else None) for item in package.packageitem_set}


def _judge(name: str, items: Sequence[str], after: Package, before: Package | None) -> bool | None:
    status = status_of(after)
    if name == READY_TO_SHIP:
        return True if status in _PACKED else False if status == PREPARING_STATUS else None
    if name == SHIPPED:
        return True if status in _SHIPPED else False if status == READY_TO_SHIP_STATUS else None
    if name not in (REJECT, SPLIT) or not items:
        return None
    wanted = {item_id(number) for number in items}
    now = _item_statuses(after)
    present = wanted & set(now)
    if not present:
        if name == REJECT:
            return True
        return True if now else None  # a split leaves items behind
    if present == wanted and status == PREPARING_STATUS:
        if before is None:
            return False
        earlier = _item_statuses(before)
        return False if all(now[i] == earlier.get(i) for i in wanted) else None
    return None


def took_effect(before: Package, after: Package, planned: ScCommand) -> bool | None:
    """Did `planned` apply? `before`: the package as read before sending; `after`: as read
    now. True / False / None as in this module's docstring. ValueError for two packages."""
    if before.id != after.id:
        raise ValueError(f"package {after.id} is not package {before.id}")
    return _judge(planned.name, planned.items, after, before)


def record_took_effect(name: str, parameters: Mapping[str, Any], after: Package) -> bool | None:
    """Did a journalled write apply, judged from the package read now (after a restart)?"""
    items = parameters.get("items") or []
    if not isinstance(items, list) or not all(isinstance(n, str) for n in items):
        return None
    return _judge(name, items, after, None)

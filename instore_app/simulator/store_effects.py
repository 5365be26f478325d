"""What a command does to a package once it is allowed and valid: the items' and the order's
states, the shipment and its label, the transition log; and what the OMS does by itself
(delivery, cancellation).

Part of :class:`~.store.Store`; the callers hold the store's lock. Advanced Ship's shipment
is :class:`~.after_packing_store.AfterPackingData`'s.
"""

from __future__ import annotations

import copy
import hashlib
import uuid
from datetime import datetime
from typing import Any

from .after_packing_store import AfterPackingData
from .models import Package, Shipment, ShippingLabel, TransitionLog
from .states import (
    ADVANCED_SHIP_PACKAGE,
    CHANNEL_BASED_COMPLETE_PACKAGING,
    COMPLETE_PACKAGING,
    DELIVERED,
    DETECTED_OUT_OF_STOCK_ITEM,
    ITEM_CANCELLED,
    ITEM_DELIVERED,
    ITEM_OUT_OF_STOCK,
    ITEM_PACKED,
    ITEM_PREPARING,
    ITEM_WAITING,
    ORDER_APPROVED,
    ORDER_CANCELLED,
    ORDER_DELIVERED,
    ORDER_PREPARING,
    ORDER_SHIPPED,
    PACK_COMMANDS,
    PACKAGING_CANCELED,
    PKG_STATE_TRANSITION,
    PREPARE_PACKAGE_COMMAND,
    REFUSE_PACKAGE,
    REPACK_PACKAGE,
    SHIP_PACKAGE,
    Status,
    Transition,
)
from .store_base import StoreData, as_int

__all__ = ["PackageEffects"]


class PackageEffects(StoreData, AfterPackingData):
    """Applying a transition's effects to a package (a part of Store)."""

    def _apply(
        self,
        pkg: Package,
        transition: Transition,
        params: dict[str, Any],
        at: datetime,
        log: bool = False,
        user: str | None = None,
    ) -> None:
        """Apply a validated transition's effects; with ``log``, record a transition log."""
        command = transition.command
        old_state = pkg.state
        if command in (PKG_STATE_TRANSITION, PREPARE_PACKAGE_COMMAND):
            self._set_items(pkg, at, state=ITEM_PREPARING, order_state=ORDER_PREPARING)
        elif command in PACK_COMMANDS:
            self._set_items(pkg, at, state=ITEM_PACKED, order_state=ORDER_PREPARING)
            if command in (COMPLETE_PACKAGING, CHANNEL_BASED_COMPLETE_PACKAGING):
                self._create_shipment(pkg, at)
        elif command == DETECTED_OUT_OF_STOCK_ITEM:
            wanted = {as_int(entry) for entry in params["package_items"]}
            self._set_items(pkg, at, state=ITEM_OUT_OF_STOCK, only=wanted)
        elif command == REFUSE_PACKAGE:
            reason_id = as_int(params["denial_reason"])
            for item in pkg.items:
                item.denial_reason = reason_id
                item.modified_date = at
        elif command == ADVANCED_SHIP_PACKAGE:
            self._ship_with(pkg, params, self._counters.next("shipment"), at)
            self._set_items(pkg, at, order_state=ORDER_SHIPPED)
        elif command == SHIP_PACKAGE:
            self._set_items(pkg, at, order_state=ORDER_SHIPPED)
            if pkg.shipment is not None:
                pkg.shipment.state = 2
                pkg.shipment.modified_date = at
        elif command == REPACK_PACKAGE:
            self._set_items(pkg, at, state=ITEM_WAITING, order_state=ORDER_APPROVED)
            for item in pkg.items:
                item.denial_reason = None
        pkg.state = transition.destination
        pkg.modified_date = at
        if log:
            pkg.logs.append(
                TransitionLog(
                    id=self._counters.next("log"),
                    package_id=pkg.id,
                    old_state=old_state,
                    new_state=transition.destination,
                    attributes=copy.deepcopy(params),
                    created_date=at,
                    user=user,
                )
            )

    @staticmethod
    def _set_items(
        pkg: Package,
        at: datetime,
        state: Status | None = None,
        order_state: Status | None = None,
        only: set[int | None] | None = None,
    ) -> None:
        for item in pkg.items:
            if only is not None and item.id not in only:
                continue
            if state is not None:
                item.state = state
            if order_state is not None:
                item.order_item_state = order_state
            item.modified_date = at

    def _create_shipment(self, pkg: Package, at: datetime) -> None:
        """A cargo shipment, its tracking number and a label (PDF for one package in five)."""
        companies = self._factory.cargo_companies
        digest = hashlib.sha256(f"{self.seed}:tracking:{pkg.id}".encode()).digest()
        tracking = str(10**11 + int.from_bytes(digest[:8], "big") % (9 * 10**11))
        pkg.shipment = Shipment(
            id=self._counters.next("shipment"),
            package_id=pkg.id,
            cargo_company=companies[pkg.id % len(companies)],
            awb_number=tracking,
            created_date=at,
            modified_date=at,
        )
        label_id = self._counters.next("label")
        pkg.shipping_label = ShippingLabel(
            id=label_id,
            is_file=pkg.id % 5 == 0,
            uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"oms-simulator/{self.seed}/label/{label_id}")),
        )
        pkg.tracking_number = tracking
        pkg.shipment_date = at
        self._labels[label_id] = pkg

    def _deliver(self, pkg: Package, at: datetime) -> None:
        self._set_items(pkg, at, state=ITEM_DELIVERED, order_state=ORDER_DELIVERED)
        if pkg.shipment is not None:
            pkg.shipment.state = 3
            pkg.shipment.modified_date = at
        pkg.state = DELIVERED
        pkg.modified_date = at

    def cancel_package(self, package_id: int) -> None:
        """The OMS cancels the package (the customer cancelled the order): for tests and demos
        of a package that changes under the station."""
        with self.lock:
            self._cancel(self._packages[package_id], self.now)

    def _cancel(self, pkg: Package, at: datetime) -> None:
        self._set_items(pkg, at, state=ITEM_CANCELLED, order_state=ORDER_CANCELLED)
        pkg.state = PACKAGING_CANCELED
        pkg.modified_date = at

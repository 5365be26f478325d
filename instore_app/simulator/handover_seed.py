"""Seeded packages waiting for the courier that need Advanced Ship (packed without shipment).

The demo store (stock location 1) already has packages in Packed with the OMS's shipment and
label (Ship). These are added after every other seeded package, drawn from their own
``random.Random`` and numbered from their own id ranges, so the packages, ids and states
seeded before them (which tests rely on) do not change. Their pack-by dates lie after every
other seeded package's, so they also come last in the list.

* Two came with the carrier and its tracking number from the sales channel: the package's
  ``tracking_number`` is set, and the order names its ``cargo_company``. The carrier's label
  on the parcel carries that number as its barcode.
* Two were packed without any: the carrier's own label (see
  :meth:`Store.carrier_labels`) holds a number the OMS learns only from Advanced Ship.
"""

from __future__ import annotations

import hashlib
import random
from datetime import timedelta
from typing import TYPE_CHECKING

from .models import CargoCompany, Package

if TYPE_CHECKING:
    from .seed import SeedFactory

__all__ = ["PACKED_WITHOUT_SHIPMENT", "handover_packages"]

#: The seed path name of a package packed without a shipment (state Packed, "500").
PACKED_WITHOUT_SHIPMENT = "500-without-shipment"

#: Id ranges of these packages, far from the counters of the other seeds and extra packages.
_IDS = {"package": 900001, "item": 950001, "order": 90001, "order_item": 990001,
        "address": 940001, "customer": 910001}

# (payment type, the order names the carrier) for each package.
_PLAN = (("pay_on_delivery", True), ("credit_card", True), ("credit_card", False), ("pay_on_delivery", False))


def tracking_number(seed: int, package_id: int) -> str:
    """A 12-digit carrier tracking number, the same for the same seed and package."""
    digest = hashlib.sha256(f"{seed}:carrier-tracking:{package_id}".encode()).digest()
    return str(10**11 + int.from_bytes(digest[:8], "big") % (9 * 10**11))


def handover_packages(factory: SeedFactory, location_id: int = 1) -> list[tuple[Package, str]]:
    """The packages, each with its seed path name, drawn without touching `factory`'s own
    random stream or id counters."""
    saved = factory.rng, factory._next
    factory.rng = random.Random(f"{factory.seed}:handover")
    factory._next = dict(_IDS)
    try:
        location = factory.stock_locations[location_id]
        companies: tuple[CargoCompany, ...] = factory.cargo_companies
        planned: list[tuple[Package, str]] = []
        for index, (payment, named_carrier) in enumerate(_PLAN):
            target = factory.now + timedelta(days=4, hours=index)
            pkg = factory.new_package(location, target)
            pkg.payment_type = payment
            company = companies[(index + 1) % len(companies)]
            pkg.carrier_tracking_number = tracking_number(factory.seed, pkg.id)
            if named_carrier:
                pkg.order_cargo_company = company
                pkg.tracking_number = pkg.carrier_tracking_number
            planned.append((pkg, PACKED_WITHOUT_SHIPMENT))
        return planned
    finally:
        factory.rng, factory._next = saved

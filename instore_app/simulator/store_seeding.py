"""Taking the seeded packages to their seeded states: each runs the commands that lead there,
so its items, shipment, label and (for packed ones) transition logs are what the OMS would
hold. ``held_elsewhere`` packages name another packer in their logs.

Part of :class:`~.store.Store`; the packages themselves are :class:`~.seed.SeedFactory`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from .handover_seed import PACKED_WITHOUT_SHIPMENT
from .models import Package
from .seed import DEFAULT_STOCK_LOCATION_ID
from .staff import HOLDER_USERNAME, seed_packer
from .states import (
    COMPLETE_PACKAGING,
    COMPLETE_PACKAGING_WITHOUT_SHIPMENT,
    DETECTED_OUT_OF_STOCK_ITEM,
    PKG_STATE_TRANSITION,
    REFUSE_PACKAGE,
    SHIP_PACKAGE,
    transitions_from,
)
from .store_effects import PackageEffects

__all__ = ["Seeding"]

# The commands a seeded package runs to reach a state (from Waiting).
_SEED_PATHS: dict[str, tuple[str, ...]] = {
    "100": (),
    "200": (PKG_STATE_TRANSITION,),
    "400": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION),
    "500": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING),
    "600": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING, SHIP_PACKAGE),
    "800": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING, SHIP_PACKAGE),
    "900": (),
    "920": (PKG_STATE_TRANSITION, DETECTED_OUT_OF_STOCK_ITEM),
    "950": (REFUSE_PACKAGE,),
    PACKED_WITHOUT_SHIPMENT: (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING_WITHOUT_SHIPMENT),
}
#: Seeded paths whose steps are logged, with the seeded packer as the user (who packed what).
_LOGGED_SEEDS = frozenset({"500", "600", "800", PACKED_WITHOUT_SHIPMENT})


class Seeding(PackageEffects):
    """Adding packages in their seeded states (a part of Store)."""

    def add_packages(self, n: int, stock_location_id: int = DEFAULT_STOCK_LOCATION_ID) -> list[int]:
        """Add ``n`` packages (Waiting, Preparing or Ready) at a stock location."""
        with self.lock:
            location = self.stock_locations[stock_location_id]
            planned = [self._factory.extra_package(location) for _ in range(n)]
            self._add(planned)
            return [pkg.id for pkg, _ in planned]

    def _add(self, planned: Iterable[tuple[Package, str]]) -> None:
        for pkg, value in planned:
            self._packages[pkg.id] = pkg
            self._ordered.append(pkg)
            self._seed_to_state(pkg, value)
        self._ordered.sort(key=lambda p: (p.target_packing_date, p.id))

    @staticmethod
    def _held_ids(planned: Sequence[tuple[Package, str]], count: int) -> frozenset[int]:
        """The ids of the first `count` Preparing packages at the default store (the demo's) by
        pack-by date: held by another packer."""
        preparing = sorted(
            (pkg for pkg, value in planned if value == "200" and pkg.stock_location.id == DEFAULT_STOCK_LOCATION_ID),
            key=lambda p: (p.target_packing_date, p.id),
        )
        return frozenset(pkg.id for pkg in preparing[: max(count, 0)])

    def _seed_to_state(self, pkg: Package, value: str) -> None:
        """Run the commands that take a new package to a seeded state, without logs (logged,
        with the seeded packer, for packed ones and for the Preparing ones held elsewhere)."""
        path = _SEED_PATHS[value]
        span = min(self.now, pkg.target_packing_date) - pkg.created_date
        span = max(span, timedelta(minutes=len(path) + 1))
        user = seed_packer(pkg.id) if value in _LOGGED_SEEDS else None
        if pkg.id in self._held:
            user = HOLDER_USERNAME
        for step, command in enumerate(path, start=1):
            at = pkg.created_date + span * step / (len(path) + 2)
            transition = next(t for t in transitions_from(pkg.state) if t.command == command)
            params = self._seed_parameters(pkg, command)
            self._apply(pkg, transition, params, at, log=user is not None, user=user)
        at = pkg.created_date + span * (len(path) + 1) / (len(path) + 2)
        if value == "800":
            self._deliver(pkg, at)
        elif value == "900":
            self._cancel(pkg, at)
        assert pkg.state.enum_value == value.split("-")[0]

    def _seed_parameters(self, pkg: Package, command: str) -> dict[str, Any]:
        rng = self._factory.rng
        if command == DETECTED_OUT_OF_STOCK_ITEM:
            return {"package_items": [rng.choice(pkg.items).id]}
        if command == REFUSE_PACKAGE:
            active = [r.id for r in self.denial_reasons.values() if r.is_active]
            return {"denial_reason": rng.choice(active)}
        return {}

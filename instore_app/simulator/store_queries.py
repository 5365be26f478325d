"""The store's read side: packages by filter and page, one package, its transition logs, the
reference lists, products, and what a shipping label shows.

Part of :class:`~.store.Store`: every method takes the store's lock and builds fresh JSON
(the shapes are :mod:`.serializers`').
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import serializers
from .models import District, LabelData, Package, Product
from .store_base import StoreData

__all__ = ["PackageQueries"]


@dataclass
class _Filters:
    stock_location: int | None = None
    states: frozenset[str] | None = None
    number: str | None = None
    order_number: str | None = None

    def match(self, pkg: Package) -> bool:
        return (
            (self.stock_location is None or pkg.stock_location.id == self.stock_location)
            and (self.states is None or pkg.state.enum_value in self.states)
            and (self.number is None or pkg.number == self.number)
            and (self.order_number is None or pkg.order_number == self.order_number)
        )


class PackageQueries(StoreData):
    """Reading packages, reference data and labels (a part of Store)."""

    def package_state(self, package_id: int) -> str:
        """The package's state ``enum_value`` ("100", "500"...)."""
        with self.lock:
            return self._packages[package_id].state.enum_value

    def package_ids(self, stock_location_id: int | None = None, state: str | None = None) -> list[int]:
        """Package ids in list order, optionally filtered by location and state value."""
        filters = _Filters(stock_location_id, frozenset([state]) if state else None)
        with self.lock:
            return [p.id for p in self._ordered if filters.match(p)]

    def list_packages(
        self,
        *,
        base_url: str,
        short: bool = False,
        offset: int = 0,
        limit: int | None = None,
        stock_location: int | None = None,
        states: Iterable[str] | None = None,
        number: str | None = None,
        order_number: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(count, page)``: packages matching the filters, sorted by target date then id."""
        filters = _Filters(
            stock_location, frozenset(states) if states is not None else None, number, order_number
        )
        with self.lock:
            matches = [p for p in self._ordered if filters.match(p)]
            page = matches[offset : None if limit is None else offset + limit]
            if short:
                return len(matches), [serializers.package_short(p) for p in page]
            return len(matches), [serializers.package(p, base_url) for p in page]

    def package_json(self, package_id: int, base_url: str) -> dict[str, Any] | None:
        """The detailed package shape, or None for an unknown id."""
        with self.lock:
            pkg = self._packages.get(package_id)
            return serializers.package(pkg, base_url) if pkg else None

    def transition_logs(self, package_id: int) -> list[dict[str, Any]] | None:
        """The package's transition logs, newest first; None for an unknown id."""
        with self.lock:
            pkg = self._packages.get(package_id)
            if pkg is None:
                return None
            return [serializers.transition_log(log) for log in reversed(pkg.logs)]

    def denial_reasons_json(self) -> list[dict[str, Any]]:
        reasons = sorted(self.denial_reasons.values(), key=lambda r: (r.priority, r.id))
        return [serializers.denial_reason(r) for r in reasons]

    def stock_locations_json(self) -> list[dict[str, Any]]:
        return [serializers.stock_location_simple(loc) for loc in self.stock_locations.values()]

    def product(self, product_id: int) -> Product | None:
        return self.products.get(product_id)

    def label_data(self, label_id: int) -> LabelData | None:
        """What to print on shipping label ``label_id``, or None if unknown."""
        with self.lock:
            pkg = self._labels.get(label_id)
            if pkg is None or pkg.shipment is None or pkg.shipping_label is None:
                return None
            loc, address = pkg.stock_location, pkg.shipping_address
            customer = address.customer

            def area(district: District, postcode: str) -> str:
                township = district.township
                return f"{postcode} {township.name} / {township.city.name}"

            return LabelData(
                label_id=label_id,
                is_file=pkg.shipping_label.is_file,
                cargo_company=pkg.shipment.cargo_company.name,
                tracking_number=pkg.shipment.awb_number,
                package_number=pkg.number,
                order_number=pkg.order_number,
                item_count=len(pkg.items),
                packed_at=pkg.shipment.created_date,
                sender_name=loc.name,
                sender_lines=(loc.line, loc.district.name, area(loc.district, loc.postcode)),
                sender_phone=loc.phone,
                recipient_name=f"{customer.first_name} {customer.last_name}",
                recipient_lines=(
                    address.line,
                    address.district.name,
                    area(address.district, address.postcode),
                ),
                recipient_phone=customer.phone_number,
                pay_on_delivery=pkg.payment_type == "pay_on_delivery",
                gift_box=pkg.order_has_gift_box,
            )

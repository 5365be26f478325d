"""What the simulated OMS does after a package is packed: cargo companies, Advanced Ship, the
invoice number and the invoice, orders, and the carriers' own labels.

:class:`AfterPackingData` is a part of :class:`~.store.Store` (its methods take the store's
lock like every other); the JSON shapes are :mod:`.order_serializers`'.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import order_serializers
from .models import CargoCompany, LabelData, Package, Shipment

if TYPE_CHECKING:
    from .seed import SeedFactory

__all__ = ["AfterPackingData", "ReceivedWrite", "ship_answer"]

REQUIRED = "This field is required."


def ship_answer(pkg: Package) -> dict[str, Any]:
    """The 200 body the docs show for the Ship command (Advanced Ship and Repack say "a
    response is returned with the code 200 in the following format" and show none: the
    simulator answers them the same way)."""
    return {
        "package_id": pkg.id,
        "package_number": pkg.number,
        "package_stock_location_id": pkg.stock_location.id,
        "package_stock_location_name": pkg.stock_location.name,
        "is_same_location": True,
    }


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


@dataclass(frozen=True)
class ReceivedWrite:
    """A set_invoice_number or invoice request as received, whatever its outcome."""

    package_id: int
    endpoint: str  # "set_invoice_number" or "invoice"
    body: Any
    status_code: int
    received_at: datetime


class AfterPackingData:
    """The store's data and rules for what follows packing (mixed into Store)."""

    lock: threading.RLock
    seed: int
    _packages: dict[int, Package]
    _ordered: list[Package]
    _factory: SeedFactory

    def _after_packing_init(self) -> None:
        self.received_writes: list[ReceivedWrite] = []
        self._invoices: dict[int, dict[str, Any]] = {}

    def _now(self) -> datetime:
        return self._clock()  # type: ignore[attr-defined,no-any-return]

    # -- cargo companies --------------------------------------------------------------

    @property
    def cargo_companies(self) -> tuple[CargoCompany, ...]:
        return self._factory.cargo_companies

    def cargo_companies_json(self) -> list[dict[str, Any]]:
        """GET /api/v1/oms/cargo-company/ rows, by id."""
        return [order_serializers.cargo_company(c) for c in sorted(self.cargo_companies, key=lambda c: c.id)]

    def cargo_company_for(self, value: Any) -> CargoCompany | None:
        """The company an Advanced Ship ``cargo_company`` names: its id (an int or digits, as
        the docs' table says) or its ERP code (the docs' example says "str or id")."""
        company_id = _as_int(value)
        for company in self.cargo_companies:
            if company_id is not None and company.id == company_id:
                return company
            if company_id is None and isinstance(value, str) and value.strip() == company.erp_code:
                return company
        return None

    # -- Advanced Ship ----------------------------------------------------------------

    def _advanced_ship_problem(self, params: dict[str, Any]) -> dict[str, Any] | None:
        """The 400 error fields for Advanced Ship's input parameters, or None when valid."""
        tracking = params.get("tracking_number")
        if tracking in (None, ""):
            return {"tracking_number": REQUIRED}
        if not isinstance(tracking, str) or not tracking.strip():
            return {"tracking_number": "Not a valid string."}
        company = params.get("cargo_company")
        if company in (None, ""):
            return {"cargo_company": REQUIRED}
        if self.cargo_company_for(company) is None:
            return {"cargo_company": f'Invalid pk "{company}" - object does not exist.'}
        return None

    def _ship_with(self, pkg: Package, params: dict[str, Any], shipment_id: int, at: datetime) -> None:
        """Advanced Ship: the shipment with the given carrier and tracking number, shipped."""
        company = self.cargo_company_for(params["cargo_company"])
        assert company is not None  # validated
        tracking = params["tracking_number"].strip()
        pkg.shipment = Shipment(
            id=shipment_id, package_id=pkg.id, cargo_company=company, awb_number=tracking,
            created_date=at, modified_date=at, state=2,
        )
        pkg.tracking_number = tracking
        pkg.shipment_date = at

    # -- the invoice number and the invoice ----------------------------------------------

    def set_invoice_number(self, package_id: int, body: Any) -> tuple[int, dict[str, Any] | None]:
        """POST /packages/{id}/set_invoice_number/: (204, None), or the error answer."""
        with self.lock:
            status, answer = self._set_invoice_number(package_id, body)
            self.received_writes.append(ReceivedWrite(package_id, "set_invoice_number", body, status, self._now()))
            return status, answer

    def _set_invoice_number(self, package_id: int, body: Any) -> tuple[int, dict[str, Any] | None]:
        pkg = self._packages.get(package_id)
        if pkg is None:
            return 404, {"detail": "Not found."}
        if not isinstance(body, dict):
            return 400, {"non_field_errors": ["Invalid data. Expected a dictionary."]}
        value = body.get("invoice_number")
        if value is None:
            return 400, {"invoice_number": [REQUIRED]}
        if not isinstance(value, str):
            return 400, {"invoice_number": ["Not a valid string."]}
        if not value.strip():
            return 400, {"invoice_number": ["This field may not be blank."]}
        pkg.invoice_number = value.strip()
        pkg.modified_date = self._now()
        return 204, None

    def invoice_numbers_received(self, package_id: int) -> list[Any]:
        """The invoice numbers sent for a package, in order (what reached the OMS)."""
        with self.lock:
            return [
                w.body.get("invoice_number") if isinstance(w.body, dict) else w.body
                for w in self.received_writes
                if w.package_id == package_id and w.endpoint == "set_invoice_number"
            ]

    def create_invoice(self, package_id: int) -> tuple[int, dict[str, Any]]:
        """POST /packages/{id}/invoice/: 201 and the invoice (made once; later calls answer 200
        with the same invoice)."""
        with self.lock:
            pkg = self._packages.get(package_id)
            if pkg is None:
                status, answer = 404, {"detail": "Not found."}
            elif package_id in self._invoices:
                status, answer = 200, self._invoices[package_id]
            else:
                digest = hashlib.sha256(f"{self.seed}:invoice:{package_id}".encode()).digest()
                number = pkg.invoice_number or str(10**9 + int.from_bytes(digest[:6], "big") % (9 * 10**9))
                answer = order_serializers.invoice(pkg, len(self._invoices) + 1, number, self._now())
                self._invoices[package_id] = answer
                status = 201
            self.received_writes.append(ReceivedWrite(package_id, "invoice", None, status, self._now()))
            return status, answer

    # -- orders -----------------------------------------------------------------------

    def order_json(self, order_id: int, base_url: str) -> dict[str, Any] | None:
        """GET /api/v1/oms/orders/{id}/: the order of the packages with that order id."""
        with self.lock:
            packages = [p for p in self._packages.values() if p.order_id == order_id]
            if not packages:
                return None
            packages.sort(key=lambda p: p.id)
            return order_serializers.order(packages, base_url)

    # -- the carriers' own labels ---------------------------------------------------------

    def carrier_labels(self) -> list[dict[str, Any]]:
        """The labels carriers printed for packages packed without a shipment, whose barcode
        is the tracking number Advanced Ship sends (for the demo and the tests)."""
        with self.lock:
            return [
                {
                    "package_id": p.id,
                    "package_number": p.number,
                    "cargo_company": self._label_company(p).id,
                    "cargo_company_name": self._label_company(p).name,
                    "tracking_number": p.carrier_tracking_number,
                    "known_to_the_oms": p.tracking_number == p.carrier_tracking_number,
                }
                for p in self._ordered
                if p.carrier_tracking_number is not None
            ]

    def _label_company(self, pkg: Package) -> CargoCompany:
        if pkg.order_cargo_company is not None:
            return pkg.order_cargo_company
        if pkg.shipment is not None:
            return pkg.shipment.cargo_company
        return self.cargo_companies[pkg.id % len(self.cargo_companies)]

    def carrier_label_data(self, package_id: int) -> LabelData | None:
        """What the carrier's own label of a package shows (rendered like the OMS's labels)."""
        with self.lock:
            pkg = self._packages.get(package_id)
            if pkg is None or pkg.carrier_tracking_number is None:
                return None
            loc, address = pkg.stock_location, pkg.shipping_address
            customer = address.customer
            return LabelData(
                label_id=0,
                is_file=False,
                cargo_company=self._label_company(pkg).name,
                tracking_number=pkg.carrier_tracking_number,
                package_number=pkg.number,
                order_number=pkg.order_number,
                item_count=len(pkg.items),
                packed_at=pkg.modified_date,
                sender_name=loc.name,
                sender_lines=(loc.line, loc.district.name),
                sender_phone=loc.phone,
                recipient_name=f"{customer.first_name} {customer.last_name}",
                recipient_lines=(address.line, address.district.name),
                recipient_phone=customer.phone_number,
                pay_on_delivery=pkg.payment_type == "pay_on_delivery",
                gift_box=pkg.order_has_gift_box,
            )

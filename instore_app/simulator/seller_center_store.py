"""The simulated Seller Center's state: packages by number, their status rules, a request log.

Thread-safe like :class:`.store.Store`: every public method takes ``self.lock``. The HTTP
layer (:mod:`.seller_center_server`) parses requests and calls the methods here; each write
method validates like the real API (DRF-style 400 bodies), applies the change and answers a
:class:`WriteAnswer`. Every request that reaches the simulator is recorded
(:attr:`SellerCenterStore.requests`), so a test can prove exactly one write per action.

Rules (the documentation gives the endpoints, not the rules; these are the simulator's):

* PUT ``status``: 2 -> 3 (needs items left) -> 4 (needs a tracking number and a shipping
  company, in the body or already set) -> 5 or 6; the same status again only updates fields.
  Reaching 3 gives the package a tracking number if it has none (the cargo label carries it).
* Reject (status 2 only): the items leave the package; with none left it gets status 7,
  which the documentation does not list (``PackageStatus`` parses it as unknown).
* Split (status 2 only): each entry becomes a new Preparing package of the same order, with
  its items (keeping their numbers) and shipping method; at least one item must stay.
* Release a reservation: the item's ``has_reservation`` becomes false (400 if it had none).
* Change the shipping method (status 2 or 3): one of :data:`SHIPPING_METHODS` by UUID.
* The label exists from status 3 on (400 before).
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from .seller_center_seed import (
    DELIVERED,
    DELIVERY_FAILED,
    PREPARING,
    READY_TO_SHIP,
    REJECTED,
    SHIPPED,
    SHIPPING_METHODS,
    ScItem,
    ScPackage,
    ScSeedFactory,
)
from .seller_center_serializers import item_json, package_json

NOT_FOUND = {"detail": "Not found."}
REQUIRED = "This field is required."
_NEXT_STATUSES = {
    PREPARING: {PREPARING, READY_TO_SHIP},
    READY_TO_SHIP: {READY_TO_SHIP, SHIPPED},
    SHIPPED: {SHIPPED, DELIVERED, DELIVERY_FAILED},
    DELIVERED: {DELIVERED},
    DELIVERY_FAILED: {DELIVERY_FAILED, SHIPPED},
    REJECTED: {REJECTED},
}
_TEXT_FIELDS = ("waybill_number", "tracking_number", "tracking_url", "shipping_company", "invoice_number", "invoice_url")
_DATE_FIELDS = ("shipment_date", "delivery_date", "invoice_date")
WRITE_METHODS = ("PUT", "POST", "DELETE")


@dataclass(frozen=True)
class WriteAnswer:
    """What a write endpoint answers: a status and a JSON body (None: no content)."""

    status_code: int
    body: Any = None

    @property
    def applied(self) -> bool:
        return 200 <= self.status_code < 300


@dataclass(frozen=True)
class ReceivedRequest:
    """One request as the simulator received it, whatever its outcome."""

    method: str
    path: str
    query: str
    action: str  # "list", "items", "label", "label_file", "update", "reject", "split", "release", ...
    number: str | None
    body: bytes
    content_length: str | None
    sent_authorization: bool
    status_code: int
    received_at: datetime

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS

    @property
    def applied(self) -> bool:
        return self.is_write and 200 <= self.status_code < 300


class _Invalid(Exception):
    def __init__(self, body: Any, status_code: int = 400) -> None:
        super().__init__(body)
        self.answer = WriteAnswer(status_code, body)


def _not_allowed(package: ScPackage, what: str) -> _Invalid:
    return _Invalid({"non_field_errors": [f"A package in status {package.status} cannot be {what}."]})


def _parse_date(name: str, value: Any) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    raise _Invalid({name: ["Datetime has wrong format. Use one of these formats instead: "
                           "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."]})


def _item_numbers(name: str, value: Any) -> list[str]:
    if value is None:
        raise _Invalid({name: [REQUIRED]})
    if not isinstance(value, list):
        raise _Invalid({name: [f'Expected a list of items but got type "{type(value).__name__}".']})
    if not value:
        raise _Invalid({name: ["This list may not be empty."]})
    if not all(isinstance(entry, str) and entry for entry in value):
        raise _Invalid({name: ["Not a valid string."]})
    return list(value)


class SellerCenterStore:
    """The simulated Seller Center's packages (seeded from ``seed``, dated from ``now``)."""

    def __init__(
        self,
        seed: int = 1,
        *,
        now: datetime | None = None,
        clock: Callable[[], datetime] | None = None,
        extra_packages: int = 0,
    ) -> None:
        """`extra_packages`: more Preparing packages than the seed plan's (for soak tests)."""
        self.lock = threading.RLock()
        self.seed = seed
        self.now = now or datetime.now(timezone.utc)
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._factory = ScSeedFactory(seed, self.now)
        self._packages: dict[str, ScPackage] = {}
        for package in self._factory.seed_packages(extra_packages):
            self._packages[package.number] = package
        self.requests: list[ReceivedRequest] = []

    # -- queries ------------------------------------------------------------------------------

    def package(self, number: str) -> ScPackage | None:
        """The live package object (tests may read it; hold ``lock`` to change it)."""
        with self.lock:
            return self._packages.get(number)

    def numbers(self, status: int | None = None, label_form: str | None = None) -> list[str]:
        """Package numbers in list order, optionally by status and label form."""
        with self.lock:
            return [
                p.number for p in self._ordered()
                if (status is None or p.status == status) and (label_form is None or p.label_form == label_form)
            ]

    def _ordered(self) -> list[ScPackage]:
        return sorted(self._packages.values(), key=lambda p: (p.date_placed, p.number))

    def list_packages(self, *, status: int | None, number: str | None, offset: int, limit: int) -> tuple[int, list[dict[str, Any]]]:
        with self.lock:
            matches = [p for p in self._ordered()
                       if (status is None or p.status == status) and (number is None or p.number == number)]
            return len(matches), [package_json(p) for p in matches[offset:offset + limit]]

    def items_json(self, number: str) -> list[dict[str, Any]] | None:
        with self.lock:
            package = self._packages.get(number)
            return None if package is None else [item_json(item) for item in package.items]

    def set_label_form(self, number: str, form: str) -> None:
        with self.lock:
            self._packages[number].label_form = form

    # -- the request log -------------------------------------------------------------------------

    def record(self, request: ReceivedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def clear_requests(self) -> None:
        with self.lock:
            self.requests.clear()

    def writes(self, number: str | None = None, action: str | None = None) -> list[ReceivedRequest]:
        """The write requests received (for `number`, of `action`), in order."""
        with self.lock:
            return [r for r in self.requests if r.is_write and (number is None or r.number == number)
                    and (action is None or r.action == action)]

    def write_count(self, number: str | None = None, action: str | None = None, *, applied_only: bool = False) -> int:
        return sum(1 for r in self.writes(number, action) if r.applied or not applied_only)

    # -- writes --------------------------------------------------------------------------------

    def _run(self, number: str, change: Callable[[ScPackage], WriteAnswer]) -> WriteAnswer:
        with self.lock:
            package = self._packages.get(number)
            if package is None:
                return WriteAnswer(404, dict(NOT_FOUND))
            try:
                return change(package)
            except _Invalid as exc:
                return exc.answer

    def update(self, number: str, body: Any) -> WriteAnswer:
        """PUT /api/i2/packages/{number}/."""

        def change(package: ScPackage) -> WriteAnswer:
            if not isinstance(body, dict):
                raise _Invalid({"non_field_errors": [
                    f"Invalid data. Expected a dictionary, but got {type(body).__name__}."]})
            texts: dict[str, str] = {}
            for name in _TEXT_FIELDS:
                if body.get(name) is not None:
                    if not isinstance(body[name], str):
                        raise _Invalid({name: ["Not a valid string."]})
                    texts[name] = body[name]
            dates = {name: _parse_date(name, body[name]) for name in _DATE_FIELDS if body.get(name) is not None}
            status = body.get("status", package.status)
            if isinstance(status, bool) or not isinstance(status, int) or status not in _NEXT_STATUSES:
                raise _Invalid({"status": [f'"{status}" is not a valid choice.']})
            if status not in _NEXT_STATUSES[package.status]:
                raise _Invalid({"status": [f"The status cannot change from {package.status} to {status}."]})
            if status == READY_TO_SHIP and not package.items:
                raise _Invalid({"status": ["A package without items cannot be ready to ship."]})
            if status == SHIPPED and package.status != SHIPPED:
                if not (texts.get("tracking_number") or package.tracking_number):
                    raise _Invalid({"tracking_number": ["A shipped package needs a tracking number."]})
                if not (texts.get("shipping_company") or package.company_name):
                    raise _Invalid({"shipping_company": ["A shipped package needs a shipping company."]})
            at = self._clock()
            for name, value in {**texts, **dates}.items():
                setattr(package, name, value)
            if status == READY_TO_SHIP and package.tracking_number is None:
                package.tracking_number = self._factory.tracking_number()
            if status == SHIPPED and package.shipment_date is None:
                package.shipment_date = at
            package.status = status
            package.updated_at = at
            return WriteAnswer(200, package_json(package))

        return self._run(number, change)

    def reject(self, number: str, body: Any) -> WriteAnswer:
        """POST /api/i2/packages/{number}/reject/."""

        def change(package: ScPackage) -> WriteAnswer:
            if not isinstance(body, dict):
                raise _Invalid({"non_field_errors": ["Invalid data. Expected a dictionary."]})
            wanted = _item_numbers("items", body.get("items"))
            reason = body.get("reason")
            if not isinstance(reason, str) or not reason.strip():
                raise _Invalid({"reason": [REQUIRED if reason in (None, "") else "Not a valid string."]})
            items = self._own_items(package, wanted, "items")
            if package.status != PREPARING:
                raise _not_allowed(package, "rejected")
            at = self._clock()
            for item in items:
                item.has_reservation = False
                item.updated_at = at
                package.items.remove(item)
                package.rejected.append((item, reason))
            if not package.items:
                package.status = REJECTED
            package.updated_at = at
            return WriteAnswer(204)

        return self._run(number, change)

    def split(self, number: str, body: Any) -> WriteAnswer:
        """POST /api/i2/packages/{number}/split/: one new package per entry."""

        def change(package: ScPackage) -> WriteAnswer:
            if not isinstance(body, list) or not body:
                raise _Invalid({"non_field_errors": ["Expected a non-empty list of new packages."]})
            plan: list[tuple[list[ScItem], Any]] = []
            taken: set[str] = set()
            for entry in body:
                if not isinstance(entry, dict):
                    raise _Invalid({"non_field_errors": ["Invalid data. Expected a dictionary."]})
                numbers = _item_numbers("items", entry.get("items"))
                if taken & set(numbers) or len(set(numbers)) != len(numbers):
                    raise _Invalid({"items": ["An item can go to one new package only."]})
                taken |= set(numbers)
                method = self._shipping_method(entry.get("shipping_method"), optional=True) or package.shipping_method
                plan.append((self._own_items(package, numbers, "items"), method))
            if package.status != PREPARING:
                raise _not_allowed(package, "split")
            if len(taken) >= len(package.items):
                raise _Invalid({"items": ["At least one item must stay in the package."]})
            at = self._clock()
            for items, method in plan:
                new = ScPackage(
                    number=self._factory.package_number(), order_number=package.order_number, status=PREPARING,
                    shipping_address=package.shipping_address, billing_address=package.billing_address,
                    items=items, shipping_method=method, label_form=self._factory.next_label_form(),
                    date_placed=package.date_placed, created_at=at, updated_at=at,
                    has_gift_box=package.has_gift_box, gift_box_note=package.gift_box_note, notes=package.notes,
                )
                for item in items:
                    package.items.remove(item)
                    item.updated_at = at
                self._packages[new.number] = new
            package.updated_at = at
            return WriteAnswer(204)

        return self._run(number, change)

    def release_reservation(self, number: str, item_number: str) -> WriteAnswer:
        """DELETE /api/i2/packages/{number}/reservations/{item-number}."""

        def change(package: ScPackage) -> WriteAnswer:
            item = next((i for i in package.items if i.number == item_number), None)
            item = item or next((i for i, _ in package.rejected if i.number == item_number), None)
            if item is None:
                raise _Invalid(dict(NOT_FOUND), 404)
            if not item.has_reservation:
                raise _Invalid({"non_field_errors": ["This item has no stock reservation."]})
            item.has_reservation = False
            item.updated_at = package.updated_at = self._clock()
            return WriteAnswer(204)

        return self._run(number, change)

    def change_shipping_method(self, number: str, body: Any) -> WriteAnswer:
        """POST /api/i2/packages/{number}/change-shipping-method/."""

        def change(package: ScPackage) -> WriteAnswer:
            if not isinstance(body, dict):
                raise _Invalid({"non_field_errors": ["Invalid data. Expected a dictionary."]})
            method = self._shipping_method(body.get("shipping_method"), optional=False)
            if package.status not in (PREPARING, READY_TO_SHIP):
                raise _not_allowed(package, "given another shipping method")
            package.shipping_method = method
            package.shipping_company = None
            package.updated_at = self._clock()
            return WriteAnswer(204)

        return self._run(number, change)

    @staticmethod
    def _own_items(package: ScPackage, numbers: list[str], name: str) -> list[ScItem]:
        by_number = {item.number: item for item in package.items}
        missing = [n for n in numbers if n not in by_number]
        if missing:
            raise _Invalid({name: [f'Invalid item "{missing[0]}": not an item of package {package.number}.']})
        return [by_number[n] for n in numbers]

    @staticmethod
    def _shipping_method(value: Any, *, optional: bool) -> Any:
        if value in (None, "") and optional:
            return None
        if value in (None, ""):
            raise _Invalid({"shipping_method": [REQUIRED]})
        try:
            wanted = str(uuid.UUID(str(value)))
        except ValueError:
            raise _Invalid({"shipping_method": ["Must be a valid UUID."]}) from None
        method = next((m for m in SHIPPING_METHODS if m.id == wanted), None)
        if method is None:
            raise _Invalid({"shipping_method": [f'Invalid pk "{value}" - object does not exist.']})
        return method

    # -- labels --------------------------------------------------------------------------------

    def label_package(self, number: str) -> tuple[int, ScPackage | dict[str, Any]]:
        """(200, a snapshot of the package) when it has a label; else (404 or 400, an error body)."""
        with self.lock:
            package = self._packages.get(number)
            if package is None:
                return 404, dict(NOT_FOUND)
            if package.status in (PREPARING, REJECTED):
                return 400, {"non_field_errors": ["The cargo label is made when the package is ready to ship."]}
            return 200, copy.deepcopy(package)  # read outside the lock, in a worker thread

"""Pydantic models of the Akinon Seller Center package API (``/api/i2/packages/``).

Shapes follow the JSON examples of the Seller Center "Packages" documentation (PKG101 to
PKG108). Same rules as :mod:`instore_app.api.models`: unknown keys are ignored and every
field may be missing or null, since the documentation marks almost nothing as required in
answers. Pages have the OMS shape (``count``, ``next``, ``previous``, ``results``), so they
are ``Page[...]`` of that module.

Statuses are integers. The documented package values are :class:`PackageStatus`; the fields
stay ``int`` so that a status the documentation does not list (the item example uses 1)
still parses.

Request bodies (update, change shipping method, split, reject) are models too: build one
and send ``body.to_json()``, which leaves out what was not set, as the API expects for an
update.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import IntEnum
from typing import Any
from uuid import UUID

from pydantic import Field

from ..models import OmsModel, adapter


class PackageStatus(IntEnum):
    """Seller Center package statuses (PKG103 body, PKG101 ``status`` filter)."""

    PREPARING = 2
    READY_TO_SHIP = 3
    SHIPPED = 4
    DELIVERED = 5
    DELIVERY_FAILED = 6


def _status(value: int | None) -> PackageStatus | None:
    try:
        return PackageStatus(value) if value is not None else None
    except ValueError:
        return None


class SellerCenterAddress(OmsModel):
    """Shipping or billing address of a Seller Center package: every place is plain text."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    line: str | None = None
    district: str | None = None
    township: str | None = None
    city: str | None = None
    postcode: str | None = None
    country: str | None = None
    country_code: str | None = None
    company_name: str | None = None
    tax_office: str | None = None
    tax_no: str | None = None
    e_bill_taxpayer: bool | None = None
    identity_number: str | None = None
    notes: str | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class ShippingCompany(OmsModel):
    name: str = ""
    slug: str | None = None


class SellerCenterPackage(OmsModel):
    """GET /api/i2/packages/ rows (PKG101) and the answer of PUT /api/i2/packages/{number}/ (PKG103)."""

    number: str
    order_number: str | None = None
    status: int | None = None
    shipping_address: SellerCenterAddress | None = None
    billing_address: SellerCenterAddress | None = None
    currency: str | None = None
    amount: Decimal | None = None
    discount_amount: Decimal | None = None
    has_gift_box: bool | None = None
    gift_box_note: str | None = None
    notes: str | None = None
    date_placed: datetime | None = None
    shipping_method: str | None = None
    shipping_company: ShippingCompany | None = None
    is_requires_manual_entry: bool | None = None
    waybill_number: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    shipment_date: datetime | None = None
    delivery_date: datetime | None = None
    invoice_date: datetime | None = None
    invoice_number: str | None = None
    invoice_url: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def package_status(self) -> PackageStatus | None:
        """``status`` as a :class:`PackageStatus`, or None when it is not a documented value."""
        return _status(self.status)


class SellerCenterPackageItem(OmsModel):
    """A row of GET /api/i2/packages/{number}/items/ (PKG102); ``product`` is the product's SKU."""

    number: str
    status: int | None = None
    product: str | None = None
    amount: Decimal | None = None
    discount_amount: Decimal | None = None
    tax_rate: Decimal | None = None
    has_reservation: bool | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class CargoLabel(OmsModel):
    """GET /api/i2/packages/{number}/label/ (PKG104): the label document."""

    data: str


# --- request bodies -----------------------------------------------------------------------


class SellerCenterRequest(OmsModel):
    """A request body: ``to_json()`` gives what is sent (unset and None fields left out)."""

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


class UpdatePackage(SellerCenterRequest):
    """PUT /api/i2/packages/{number}/ (PKG103): every field optional, only the set ones are sent."""

    status: PackageStatus | None = None
    waybill_number: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    shipping_company: str | None = None
    shipment_date: datetime | None = None
    delivery_date: datetime | None = None
    invoice_date: datetime | None = None
    invoice_number: str | None = None
    invoice_url: str | None = None


class ChangeShippingMethod(SellerCenterRequest):
    """POST /api/i2/packages/{number}/change-shipping-method/ (PKG105)."""

    shipping_method: UUID


class SplitPackage(SellerCenterRequest):
    """One new package of POST /api/i2/packages/{number}/split/ (PKG106); the body is a list."""

    items: list[str]
    #: The default shipping method is used when this is not given.
    shipping_method: UUID | None = None


class RejectPackage(SellerCenterRequest):
    """POST /api/i2/packages/{number}/reject/ (PKG107): reject package items with a reason."""

    items: list[str] = Field(min_length=1)
    reason: str


#: The body of PKG106: one entry per new package.
SplitPackageBody = list[SplitPackage]


def split_body(splits: list[SplitPackage]) -> list[dict[str, Any]]:
    """The JSON body of PKG106 for `splits`."""
    body: list[dict[str, Any]] = adapter(SplitPackageBody).dump_python(splits, mode="json", exclude_none=True)
    return body

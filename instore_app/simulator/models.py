"""In-memory records of the simulated OMS.

Plain dataclasses: reference data (places, products, locations) is frozen;
packages, items and shipments are mutated by the store under its lock.
Turning them into the OMS's JSON shapes is ``serializers``' job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .states import Status


@dataclass(frozen=True)
class City:
    pk: int
    name: str
    latitude: str
    longitude: str


@dataclass(frozen=True)
class Township:
    pk: int
    name: str
    city: City
    latitude: str
    longitude: str


@dataclass(frozen=True)
class District:
    pk: int
    name: str
    township: Township
    latitude: str
    longitude: str


@dataclass(frozen=True)
class Customer:
    pk: int
    first_name: str
    last_name: str
    email: str
    phone_number: str
    channel: int


@dataclass(frozen=True)
class ShippingAddress:
    id: int
    customer: Customer
    district: District
    line: str
    postcode: str
    title: str
    omnitron_id: int
    created_date: datetime
    notes: str | None = None


@dataclass(frozen=True)
class StockLocation:
    id: int
    name: str
    erp_code: str
    stock_location_type: str
    address_id: int
    district: District
    line: str
    postcode: str
    latitude: str
    longitude: str
    phone: str
    email: str
    priority: int
    created_date: datetime
    is_active: bool = True


@dataclass(frozen=True)
class Product:
    id: int
    omnitron_id: int
    name: str
    base_code: str
    sku: str
    barcode: str | None
    colour: str
    colour_label: str
    size: str
    size_label: str
    price: str
    retail_price: str
    created_date: datetime

    @property
    def image_id(self) -> int:
        return 1000 + self.id


@dataclass(frozen=True)
class CargoCompany:
    id: int
    name: str
    erp_code: str
    shipping_company: str


@dataclass(frozen=True)
class DenialReason:
    id: int
    title: str
    remote_id: str | None
    priority: int
    is_active: bool


@dataclass
class PackageItem:
    """One unit of a product in a package (two units are two items)."""

    id: int
    package_id: int
    product: Product
    state: Status
    order_id: int
    order_item_id: int
    order_item_omnitron_id: int
    order_item_state: Status
    discount_amount: str
    created_date: datetime
    modified_date: datetime
    denial_reason: int | None = None


@dataclass
class Shipment:
    id: int
    package_id: int
    cargo_company: CargoCompany
    awb_number: str
    created_date: datetime
    modified_date: datetime
    state: int = 1


@dataclass(frozen=True)
class ShippingLabel:
    id: int
    is_file: bool
    uuid: str

    @property
    def preview_path(self) -> str:
        return f"/api/v1/oms/shipping-label/{self.id}/preview/"


@dataclass(frozen=True)
class TransitionLog:
    id: int
    package_id: int
    old_state: Status
    new_state: Status
    attributes: dict[str, Any]
    created_date: datetime
    #: The username of who sent the command (None: the OMS itself, as in the docs' example).
    user: str | None = None


@dataclass
class Package:
    id: int
    number: str
    order_id: int
    order_number: str
    omnitron_order_id: int
    date_placed: datetime
    channel_name: str
    channel_omnitron_id: int
    payment_type: str
    delivery_type: str | None
    stock_location: StockLocation
    shipping_address: ShippingAddress
    target_packing_date: datetime
    created_date: datetime
    modified_date: datetime
    state: Status
    items: list[PackageItem]
    distance_to_shipping_address: int
    is_click_and_collect: bool = False
    order_has_gift_box: bool = False
    order_gift_box_note: str | None = None
    order_notes: str | None = None
    tracking_number: str | None = None
    shipment: Shipment | None = None
    shipping_label: ShippingLabel | None = None
    shipment_date: datetime | None = None
    logs: list[TransitionLog] = field(default_factory=list)
    invoice_number: str | None = None
    #: The carrier the order came with (a marketplace order names it; None: the store picks).
    order_cargo_company: CargoCompany | None = None
    #: The tracking number printed on the carrier's own label for a package packed without a
    #: shipment (the OMS learns it from Advanced Ship; ``tracking_number`` when the order
    #: already named it).
    carrier_tracking_number: str | None = None


@dataclass(frozen=True)
class LabelData:
    """Everything printed on a shipping label, copied out of the store."""

    label_id: int
    is_file: bool
    cargo_company: str
    tracking_number: str
    package_number: str
    order_number: str
    item_count: int
    packed_at: datetime
    sender_name: str
    sender_lines: tuple[str, ...]
    sender_phone: str
    recipient_name: str
    recipient_lines: tuple[str, ...]
    recipient_phone: str
    pay_on_delivery: bool = False
    gift_box: bool = False

"""Pydantic models of what the app reads from the Akinon OMS.

Shapes follow the JSON examples in the Akinon API documentation. Unknown keys are
ignored (the OMS adds fields over time), and every field the documentation shows as
nullable is optional. Large pages are parsed with ``validate_json`` straight from
bytes (see :func:`adapter`).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter

# Package states as the documentation numbers them (State.enum_value is a string).
WAITING = "100"
PREPARING = "200"
READY_FOR_PACKAGING = "400"
PACKED = "500"
SHIPPED = "600"
DELIVERED = "800"
PACKAGING_CANCELED = "900"
OUT_OF_STOCK = "920"
NEEDS_RESCHEDULING = "950"

#: The largest value of SQLite's INTEGER (a signed 64-bit integer), where the journal keeps ids.
SQLITE_INTEGER_MAX = 2**63 - 1
#: An OMS id (or pk): a positive integer that fits SQLite's INTEGER. Anything else in an id
#: field is an OmsResponseError naming the field (see client.parse).
Id = Annotated[int, Field(ge=1, le=SQLITE_INTEGER_MAX)]
OptionalId = Annotated[int | None, Field(ge=1, le=SQLITE_INTEGER_MAX)]

#: The states a packing station works on, unless the settings say otherwise.
DEFAULT_OPEN_STATES: tuple[str, ...] = (WAITING, PREPARING, READY_FOR_PACKAGING)


class OmsModel(BaseModel):
    """Base of every OMS model: tolerate unknown keys, keep models immutable."""

    # defer_build: each model's validator is built when first used, not at import
    # (start-up shows the list before any package detail is read).
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


Translations = dict[str, dict[str, Any]]


def _translated(translations: Translations | None, language: str, key: str) -> str | None:
    """The `key` of `translations` for `language` ("tr", "tr-tr", "en-US"...), if any."""
    if not translations:
        return None
    language = language.lower().replace("_", "-")
    candidates = [language, language.split("-")[0]]
    for code, values in translations.items():
        code = code.lower()
        if code in candidates or code.split("-")[0] == candidates[1]:
            value = values.get(key) if isinstance(values, dict) else None
            if isinstance(value, str) and value:
                return value
    return None


class State(OmsModel):
    id: Id
    name: str = ""
    enum_class: str | None = None
    enum_value: str = ""
    translations: Translations | None = None

    def display_name(self, language: str = "en") -> str:
        return _translated(self.translations, language, "name") or self.name or self.enum_value


class Command(OmsModel):
    id: Id
    command: str
    label: str = ""
    slug: str = ""
    ui_visibility: list[str] = Field(default_factory=list)
    source_state: OptionalId = None
    destination_state: OptionalId = None
    is_packageitem_parameter_required: bool = False
    translations: Translations | None = None

    def display_label(self, language: str = "en") -> str:
        return _translated(self.translations, language, "label") or self.label or self.command


class ProductImage(OmsModel):
    id: OptionalId = None
    url: str
    order: int = 0


class AttributeValue(OmsModel):
    label: Any = None
    value: Any = None
    data_type: str | None = None


class Product(OmsModel):
    id: Id
    name: str = ""
    sku: str = ""
    base_code: str | None = None
    barcode: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    attributes_kwargs: dict[str, AttributeValue] = Field(default_factory=dict)
    productimage_set: list[ProductImage] = Field(default_factory=list)

    @property
    def image_url(self) -> str | None:
        images = sorted(self.productimage_set, key=lambda image: image.order)
        return images[0].url if images else None

    def attribute_label(self, *keys: str) -> str | None:
        """The human label of the first of `keys` the product has (e.g. "beden", "size")."""
        for key in keys:
            kwargs = self.attributes_kwargs.get(key)
            if kwargs is not None and kwargs.label not in (None, ""):
                return str(kwargs.label)
            value = self.attributes.get(key)
            if value not in (None, ""):
                return str(value)
        return None

    @property
    def size(self) -> str | None:
        return self.attribute_label("beden", "size", "integration_size")

    @property
    def colour(self) -> str | None:
        return self.attribute_label("renk", "color", "colour", "integration_color")


class OrderItem(OmsModel):
    id: Id
    state: State | None = None
    product: Product
    price: Decimal | None = None
    price_currency: str | None = None
    #: What the customer pays for the line (price less its discount), as the docs show it.
    net_amount: Decimal | None = None
    discount_amount: Decimal | None = None
    order: OptionalId = None


class PackageItem(OmsModel):
    id: Id
    state: State | None = None
    order_item: OrderItem
    selected_barcode: str | None = None
    denial_reason: Any = None
    discrepancy_reason: Any = None
    package: OptionalId = None

    @property
    def product(self) -> Product:
        return self.order_item.product


class Place(OmsModel):
    """City, country, township or district: documented with `pk`, short shapes use `id`."""

    pk: OptionalId = Field(default=None, validation_alias=AliasChoices("pk", "id"))
    name: str = ""


class Customer(OmsModel):
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None


class Address(OmsModel):
    id: OptionalId = None
    title: str | None = None
    line: str | None = None
    postcode: str | None = None
    notes: str | None = None
    city: Place | None = None
    country: Place | None = None
    township: Place | None = None
    district: Place | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone_number: str | None = None
    email: str | None = None
    company_name: str | None = None
    customer: Customer | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def lines(self) -> list[str]:
        """The address as printable lines, skipping what is missing."""
        area = ", ".join(p.name for p in (self.district, self.township) if p and p.name)
        city = " ".join(x for x in (self.postcode, self.city.name if self.city else None) if x)
        country = self.country.name if self.country else None
        return [x for x in (self.line, area, city, country) if x]


class StockLocation(OmsModel):
    id: Id
    name: str = ""
    erp_code: str | None = None
    stock_location_type: str | None = None
    is_active: bool | None = None
    address: Address | None = None


class CargoCompany(OmsModel):
    """A carrier: GET /api/v1/oms/cargo-company/ rows and ``shipment.cargo_company``. Its
    ``id`` is what Advanced Ship sends as ``cargo_company``."""

    id: Id
    name: str = ""
    shipping_company: str | None = None
    erp_code: str | None = None
    is_active: bool = True


class Shipment(OmsModel):
    id: Id
    cargo_company: CargoCompany | None = None
    awb_number: str | None = None
    query_number: str | None = None
    #: What the courier collects when the order is paid on delivery.
    pay_on_delivery_amount: Decimal | None = None
    estimated_delivery_date: datetime | None = None
    state: int | None = None


class ShippingLabel(OmsModel):
    id: Id
    is_file: bool = False
    preview_url: str | None = None
    uuid: str | None = None
    full_path_url: str | None = None


class _PackageBase(OmsModel):
    id: Id
    number: str
    order_number: str = ""
    order_id: OptionalId = None
    date_placed: datetime | None = None
    target_packing_date: datetime | None = None
    channel_name: str | None = None
    state: State
    stock_location: StockLocation | None = None
    is_click_and_collect: bool = False
    delivery_type: str | None = None


class PackageShort(_PackageBase):
    """A row of GET /api/v1/oms/packages/short/."""

    packageitem_count: int = 0
    #: Not in the documented short shape; read when a server sends it.
    order_has_gift_box: bool | None = None


class Package(_PackageBase):
    """GET /api/v1/oms/packages/{id}/ and the rows of /api/v1/oms/packages/."""

    packageitem_set: list[PackageItem] = Field(default_factory=list)
    commands: list[Command] = Field(default_factory=list)
    tracking_number: str | None = None
    city: str | None = None
    payment_type: str | None = None
    shipping_address: Address | None = None
    shipment: Shipment | None = None
    shipping_label: ShippingLabel | None = None
    order_gift_box_note: str | None = None
    order_has_gift_box: bool = False
    order_notes: str | None = None
    invoice_number: str | None = None
    shipment_date: datetime | None = None

    @property
    def packageitem_count(self) -> int:
        return len(self.packageitem_set)

    def to_short(self) -> PackageShort:
        """The list-row view of this package (used to keep the list current after a reload)."""
        fields = {name: getattr(self, name) for name in _PackageBase.model_fields}
        return PackageShort(
            **fields,
            packageitem_count=self.packageitem_count,
            order_has_gift_box=self.order_has_gift_box,
        )


class PackageSimple(OmsModel):
    """A row of GET /api/v1/oms/packages/list-simple/ (made for BI tools): relations are ids."""

    id: Id
    number: str
    state: OptionalId = None
    order: OptionalId = None
    shipping_address: OptionalId = None
    stock_location: OptionalId = None
    target_packing_date: datetime | None = None
    invoice_number: str | None = None
    invoice_url: str | None = None
    remote_id: str | None = None
    created_date: datetime | None = None
    modified_date: datetime | None = None


class DenialReason(OmsModel):
    id: Id
    title: str = ""
    remote_id: str | None = None
    priority: int = 0
    is_active: bool = True


class LogUser(OmsModel):
    """Who moved a package. The docs show only ``"user": null``; an OMS may send an object
    (this shape), a bare id or a username, and all of them are read."""

    id: int | None = Field(default=None, validation_alias=AliasChoices("id", "pk"))
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None

    @property
    def display_name(self) -> str:
        full = " ".join(part for part in (self.first_name, self.last_name) if part)
        return full or self.username or self.email or (f"#{self.id}" if self.id is not None else "")


class TransitionLog(OmsModel):
    id: Id
    old_state: State | None = None
    new_state: State | None = None
    #: None when the OMS itself moved the package (as in the docs' example).
    user: LogUser | int | str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    created_date: datetime | None = None
    object_id: OptionalId = None

    @property
    def user_name(self) -> str | None:
        """Who moved the package, in words ("Ayşe Yılmaz", "ayse", "#12"); None: the OMS."""
        if self.user is None:
            return None
        if isinstance(self.user, LogUser):
            return self.user.display_name or None
        if isinstance(self.user, int):
            return f"#{self.user}"
        return self.user or None

    @property
    def username(self) -> str | None:
        """The user's login name when the OMS gives one."""
        if isinstance(self.user, LogUser):
            return self.user.username
        return self.user if isinstance(self.user, str) else None


class LoginResponse(OmsModel):
    key: str


T = TypeVar("T")


class Page(OmsModel, Generic[T]):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[T]


_adapters: dict[Any, TypeAdapter[Any]] = {}


def adapter(model: Any) -> TypeAdapter[Any]:
    """A cached TypeAdapter, so each shape's validator is built once."""
    found = _adapters.get(model)
    if found is None:
        found = _adapters[model] = TypeAdapter(model)
    return found

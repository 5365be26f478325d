"""Pydantic models of the OMS order services and the order-level records packages point to.

Shapes follow the JSON examples of the Akinon OMS documentation ("Order Services", and the
webhook event, invoice and delivery range examples of "Package Services", which the order
endpoints share). Same rules as :mod:`instore_app.api.models`: unknown keys are ignored,
every field the documentation shows as nullable (or may leave out) is optional, and pages
are ``Page[...]`` of that module.

Credentials the OMS includes in some records (a channel's ``configuration`` with its
integration password and token, a webhook's ``secret_key`` and ``additional_headers``) are
deliberately not modelled, so they never end up in a model, a log line or a repr.

Only the order list has a JSON example in the documentation; the short list is documented
in words (``order_item_count`` instead of ``orderitem_set``, related objects as ids) and is
modelled from that. The delivery type and payment type enum endpoints have no example: the
values the examples use are listed below as constants, and the fields stay plain strings so
that values added by the OMS still parse.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import AliasChoices, Field

from .models import Address, Command, Customer, Id, OmsModel, OptionalId, OrderItem, State

# Order states as the documentation numbers them (State.enum_value, enum_class "OrderStatus").
ORDER_WAITING = "100"
ORDER_APPROVED = "400"
ORDER_INACTIVE = "425"
ORDER_PREPARING = "450"

# Values of Order.delivery_type and Order.payment_type seen in the documentation.
DELIVERY_STANDARD = "standard"
PAYMENT_CREDIT_CARD = "credit_card"
PAYMENT_FUNDS_TRANSFER = "funds_transfer"
PAYMENT_PAY_ON_DELIVERY = "pay_on_delivery"


class Channel(OmsModel):
    """A sales channel ("PZ Shop"); its ``configuration`` (credentials) is left out on purpose."""

    id: Id
    name: str = ""
    channel_type: str | None = None
    omnitron_id: int | None = None
    is_active: bool | None = None


class OrderCustomer(Customer):
    """The customer of an order (``pk`` is the OMS customer id)."""

    pk: OptionalId = Field(default=None, validation_alias=AliasChoices("pk", "id"))
    erp_code: str | None = None
    channel: OptionalId = None


class DeliveryRange(OmsModel):
    """A delivery time window (GET /api/v1/oms/packages/delivery-ranges/, ``delivery_range``)."""

    lower: datetime | None = None
    upper: datetime | None = None
    #: Which ends are included, PostgreSQL style: "[)" is lower included, upper excluded.
    bounds: str = "[)"


class Order(OmsModel):
    """GET /api/v1/oms/orders/{pk}/ and the rows of /api/v1/oms/orders/."""

    id: Id
    number: str
    state: State
    date_placed: datetime | None = None
    orderitem_set: list[OrderItem] = Field(default_factory=list)
    commands: list[Command] = Field(default_factory=list)
    customer: OrderCustomer | None = None
    shipping_address: Address | None = None
    billing_address: Address | None = None
    channel: Channel | None = None
    payment_type: str | None = None
    delivery_type: str | None = None
    delivery_range: DeliveryRange | None = None
    client_type: str | None = None
    retail_store: Any = None
    tracking_number: str | None = None
    #: The carrier the order came with (an id of /api/v1/oms/cargo-company/), if any.
    cargo_company: OptionalId = None
    has_gift_box: bool = False
    gift_box_note: str | None = None
    notes: str | None = None
    segment: Any = None
    omnitron_id: int | None = None
    created_date: datetime | None = None
    modified_date: datetime | None = None

    @property
    def order_item_count(self) -> int:
        return len(self.orderitem_set)

    @property
    def is_pay_on_delivery(self) -> bool:
        return self.payment_type == PAYMENT_PAY_ON_DELIVERY

    @property
    def total_amount(self) -> Decimal | None:
        """The sum of the order lines' ``net_amount`` (None when a line has none). The order
        has no total field in the docs; this is what its lines cost the customer."""
        amounts = [item.net_amount for item in self.orderitem_set]
        if not amounts or any(amount is None for amount in amounts):
            return None
        return sum((amount for amount in amounts if amount is not None), Decimal("0.00"))

    @property
    def amount_to_collect(self) -> Decimal | None:
        """What the courier collects: the order's total when it is paid on delivery, else None
        (a package's own ``shipment.pay_on_delivery_amount`` says it per package)."""
        return self.total_amount if self.is_pay_on_delivery else None

    @property
    def currency(self) -> str | None:
        currencies = {item.price_currency for item in self.orderitem_set if item.price_currency}
        return currencies.pop() if len(currencies) == 1 else None


class OrderShort(OmsModel):
    """A row of GET /api/v1/oms/orders/short/, and the order inside an invoice.

    Related objects come as their ids; ``order_item_count`` replaces ``orderitem_set``.
    """

    id: Id
    number: str
    state: State | None = None
    date_placed: datetime | None = None
    order_item_count: int | None = None
    channel: OptionalId = None
    customer: OptionalId = None
    shipping_address: OptionalId = None
    billing_address: OptionalId = None
    payment_type: str | None = None
    delivery_type: str | None = None
    omnitron_id: int | None = None
    created_date: datetime | None = None
    modified_date: datetime | None = None


class InvoiceAddress(OmsModel):
    """The address printed on an invoice: places are ids here, not objects."""

    pk: OptionalId = Field(default=None, validation_alias=AliasChoices("pk", "id"))
    title: str | None = None
    line: str | None = None
    postcode: str | None = None
    notes: str | None = None
    city: OptionalId = None
    country: OptionalId = None
    township: OptionalId = None
    district: OptionalId = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    company_name: str | None = None
    tax_office: str | None = None
    tax_no: str | None = None
    e_bill_taxpayer: bool | None = None
    is_corporate: bool | None = None


class InvoiceItem(OmsModel):
    id: Id
    order_item: OptionalId = None
    net_amount: Decimal | None = None
    total_amount: Decimal | None = None
    tax_rate: Decimal | None = None
    tax_amount: Decimal | None = None
    discount_rate: Decimal | None = None
    discount_amount: Decimal | None = None
    interest_rate: Decimal | None = None
    interest_amount: Decimal | None = None


class Invoice(OmsModel):
    """POST /api/v1/oms/packages/{pk}/invoice/ (201): the purchase invoice of a package."""

    id: Id
    number: str | None = None
    invoice_type: str | None = None
    status: str | None = None
    package_number: str | None = None
    channel: Channel | None = None
    address: InvoiceAddress | None = None
    invoiceitem_set: list[InvoiceItem] = Field(default_factory=list)
    order: OrderShort | None = None
    created_date: datetime | None = None
    modified_date: datetime | None = None


class Webhook(OmsModel):
    """A webhook subscription (``secret_key`` and ``additional_headers`` are not modelled)."""

    id: Id
    event_type: str = ""
    target_url: str | None = None
    is_active: bool | None = None
    callback: str | None = None
    retry_countdown_config: dict[str, Any] | None = None
    config: dict[str, Any] | None = None
    created_date: datetime | None = None
    modified_date: datetime | None = None


class WebhookEventInfo(OmsModel):
    type: str
    uuid: str | None = None


class WebhookRequest(OmsModel):
    """What the OMS posted to the webhook: the event and the record (package, order...)."""

    event: WebhookEventInfo
    #: The record as the webhook target receives it; its shape depends on ``event.type``.
    payload: dict[str, Any] = Field(default_factory=dict)


class WebhookEvent(OmsModel):
    """GET .../{orders|packages}/{pk}/webhook_events/ rows and details, full or short.

    The short shapes leave out the payload, the response and the retry history.
    """

    id: Id
    webhook: Webhook
    uuid: str | None = None
    request_payload: WebhookRequest | None = None
    response_content: str | None = None
    response_http_status: int | None = None
    delivered: bool | None = None
    request_datetimes: list[datetime] = Field(default_factory=list)
    retry_count: int | None = None
    object_id: OptionalId = None
    content_type: int | None = None
    created_date: datetime | None = None
    modified_date: datetime | None = None

    @property
    def event_type(self) -> str:
        if self.request_payload is not None:
            return self.request_payload.event.type
        return self.webhook.event_type

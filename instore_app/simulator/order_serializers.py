"""The JSON shapes of orders, cargo companies and invoices (Order Services; the package
invoice of Package Services; a cargo company as the docs show it inside a shipment).

An order is built from its packages: their items are its order items, and what the packages
copy from the order (number, payment type, notes, gift box) is the order's. The channel's
``configuration`` (which on a real OMS holds the integration's credentials) is sent empty.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from . import serializers
from .models import CargoCompany, Package
from .serializers import iso
from .states import CONTENT_TYPES, ORDER_APPROVED, ORDER_CANCELLED, ORDER_STATUS

__all__ = ["cargo_company", "invoice", "order", "order_amount", "pay_on_delivery_amount"]

_COMPANY_CREATED = "2023-01-23T15:14:07.829927Z"
_COMPANY_MODIFIED = "2023-01-23T15:14:07.829963Z"


def cargo_company(company: CargoCompany) -> dict[str, Any]:
    """A row of GET /api/v1/oms/cargo-company/ (the shape of ``shipment.cargo_company``)."""
    return {
        "id": company.id,
        "shipping_company": company.shipping_company,
        "created_date": _COMPANY_CREATED,
        "modified_date": _COMPANY_MODIFIED,
        "name": company.name,
        "erp_code": company.erp_code,
        "is_active": True,
    }


_net = serializers.net_amount
order_amount = serializers.order_amount
pay_on_delivery_amount = serializers.pay_on_delivery_amount


def _channel(pkg: Package) -> dict[str, Any]:
    return {
        "id": pkg.channel_omnitron_id,
        "channel_type": "web",
        "created_date": "2021-07-06T09:49:30.220001Z",
        "modified_date": "2023-02-16T15:16:54.433413Z",
        "omnitron_id": pkg.channel_omnitron_id,
        "name": pkg.channel_name,
        "configuration": {},
        "is_active": True,
    }


def _order_state(packages: list[Package]) -> dict[str, Any]:
    states = {item.order_item_state.enum_value for pkg in packages for item in pkg.items}
    return (ORDER_CANCELLED if states == {ORDER_CANCELLED.enum_value} else ORDER_APPROVED).as_json()


def order(packages: list[Package], base_url: str) -> dict[str, Any]:
    """GET /api/v1/oms/orders/{pk}/ for the order of `packages` (one order, any number of
    packages; the first is the one the order's fields are read from)."""
    first = packages[0]
    items = [item for pkg in packages for item in pkg.items]
    address = serializers.shipping_address(first.shipping_address)
    carrier = first.order_cargo_company
    return {
        "id": first.order_id,
        "state": _order_state(packages),
        "commands": [],
        "orderitem_set": [serializers._order_item(item, base_url) for item in items],
        "customer": dict(address["customer"]),
        "shipping_address": address,
        "billing_address": serializers.shipping_address(first.shipping_address),
        "channel": _channel(first),
        "payment_type": first.payment_type,
        "retail_store": None,
        "delivery_range": None,
        "client_type": "default",
        "delivery_type": first.delivery_type,
        "created_date": iso(first.date_placed),
        "modified_date": iso(max(pkg.modified_date for pkg in packages)),
        "omnitron_id": first.omnitron_order_id,
        "number": first.order_number,
        "date_placed": iso(first.date_placed),
        "tracking_number": first.tracking_number if carrier is not None else None,
        "has_gift_box": first.order_has_gift_box,
        "gift_box_note": first.order_gift_box_note,
        "notes": first.order_notes,
        "segment": None,
        "cargo_company": carrier.id if carrier is not None else None,
    }


def invoice(pkg: Package, invoice_id: int, number: str, at: datetime) -> dict[str, Any]:
    """POST /api/v1/oms/packages/{pk}/invoice/ (201): the purchase invoice of `pkg`."""
    address = pkg.shipping_address
    customer = address.customer
    stamp = iso(at)
    lines = []
    for index, item in enumerate(pkg.items):
        net = _net(item)
        tax = (net * Decimal(serializers.TAX_RATE) / (100 + Decimal(serializers.TAX_RATE))).quantize(Decimal("0.01"))
        lines.append({
            "id": invoice_id * 100 + index + 1,
            "created_date": stamp,
            "modified_date": stamp,
            "tax_rate": serializers.TAX_RATE,
            "tax_amount": f"{tax:.2f}",
            "discount_rate": "0.00",
            "discount_amount": item.discount_amount,
            "interest_rate": "0.00",
            "interest_amount": None,
            "total_amount": item.product.price,
            "net_amount": f"{net:.2f}",
            "order_item": item.order_item_id,
        })
    order_state = dict(ORDER_APPROVED.as_json())
    order_state.pop("translations", None)
    order_state["content_type"] = CONTENT_TYPES[ORDER_STATUS]
    return {
        "id": invoice_id,
        "invoice_type": "purchased",
        "status": "waiting",
        "channel": _channel(pkg),
        "address": {
            "pk": address.id,
            "email": customer.email,
            "phone_number": customer.phone_number,
            "first_name": customer.first_name,
            "last_name": customer.last_name,
            "country": 1,
            "city": address.district.township.city.pk,
            "line": address.line,
            "title": address.title,
            "township": address.district.township.pk,
            "district": address.district.pk,
            "postcode": address.postcode,
            "notes": address.notes,
            "company_name": "",
            "tax_office": "",
            "tax_no": "",
            "e_bill_taxpayer": False,
            "is_corporate": False,
        },
        "invoiceitem_set": lines,
        "order": {
            "id": pkg.order_id,
            "state": order_state,
            "payment_type": pkg.payment_type,
            "created_date": iso(pkg.date_placed),
            "modified_date": iso(pkg.modified_date),
            "omnitron_id": pkg.omnitron_order_id,
            "number": pkg.order_number,
            "date_placed": iso(pkg.date_placed),
            "channel": pkg.channel_omnitron_id,
            "customer": customer.pk,
            "shipping_address": address.id,
            "billing_address": address.id,
        },
        "package_number": pkg.number,
        "created_date": stamp,
        "modified_date": stamp,
        "number": number,
    }

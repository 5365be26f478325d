"""JSON shapes of the simulated Seller Center, key for key those of the documentation's examples."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from .seller_center_seed import ScAddress, ScItem, ScPackage


def when(value: datetime | None) -> str | None:
    """``2025-05-22T11:19:08.218Z``, as the documentation writes times."""
    if value is None:
        return None
    utc = value.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _money(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


def address_json(address: ScAddress) -> dict[str, Any]:
    return {
        "email": address.email,
        "phone_number": address.phone_number,
        "first_name": address.first_name,
        "last_name": address.last_name,
        "country": address.country,
        "country_code": address.country_code,
        "city": address.city,
        "township": address.township,
        "district": address.district,
        "line": address.line,
        "postcode": address.postcode,
        "company_name": address.company_name,
        "tax_office": address.tax_office,
        "tax_no": address.tax_no,
        "e_bill_taxpayer": address.e_bill_taxpayer,
        "identity_number": address.identity_number,
        "notes": address.notes,
    }


def package_json(package: ScPackage) -> dict[str, Any]:
    """A row of PKG101 and the answer of PKG103."""
    method = package.shipping_method
    company = {"name": method.company, "slug": method.slug}
    if package.shipping_company and package.shipping_company != method.company:
        company = {"name": package.shipping_company, "slug": package.shipping_company.lower().replace(" ", "-")}
    return {
        "number": package.number,
        "order_number": package.order_number,
        "status": package.status,
        "shipping_address": address_json(package.shipping_address),
        "billing_address": address_json(package.billing_address),
        "currency": package.currency,
        "amount": _money(package.amount),
        "discount_amount": _money(package.discount_amount),
        "has_gift_box": package.has_gift_box,
        "gift_box_note": package.gift_box_note,
        "notes": package.notes,
        "date_placed": when(package.date_placed),
        "shipping_method": method.name,
        "shipping_company": company,
        "is_requires_manual_entry": package.is_requires_manual_entry,
        "waybill_number": package.waybill_number,
        "tracking_number": package.tracking_number,
        "tracking_url": package.tracking_url,
        "shipment_date": when(package.shipment_date),
        "delivery_date": when(package.delivery_date),
        "invoice_date": when(package.invoice_date),
        "invoice_number": package.invoice_number,
        "invoice_url": package.invoice_url,
        "updated_at": when(package.updated_at),
        "created_at": when(package.created_at),
    }


def item_json(item: ScItem) -> dict[str, Any]:
    """A row of PKG102."""
    return {
        "number": item.number,
        "status": item.status,
        "product": item.product,
        "amount": _money(item.amount),
        "discount_amount": _money(item.discount_amount),
        "tax_rate": float(item.tax_rate),
        "has_reservation": item.has_reservation,
        "updated_at": when(item.updated_at),
        "created_at": when(item.created_at),
    }

"""Build the OMS's JSON shapes from the simulator's records.

Every function returns fresh dicts (never a reference into the store), so
the result can be encoded after the store's lock is released. ``base_url``
is the request's scheme and host ("http://127.0.0.1:8765"), used for the
absolute URLs the real OMS returns (product images, label ``full_path_url``).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from decimal import Decimal

from .models import (
    City,
    DenialReason,
    District,
    Package,
    PackageItem,
    Product,
    Shipment,
    ShippingAddress,
    ShippingLabel,
    StockLocation,
    TransitionLog,
)
from .photos import has_photo
from .staff import user_json
from .states import CONTENT_TYPES, PACKAGE_STATUS, transitions_for

TAX_RATE = "10.00"

_COUNTRY = {
    "pk": 1,
    "name": "Türkiye",
    "code": "tr",
    "is_active": True,
    "longitude": "35.24332200",
    "latitude": "38.96374500",
}
_PRICE_LIST = {
    "pk": 1,
    "code": "akn_fiyat_listesi",
    "name": "Akinon Fiyat Listesi",
    "currency": "try",
    "created_date": "2021-02-25T13:41:08.252536Z",
    "is_auto_sync": False,
    "modified_date": "2023-02-02T13:27:03.825072Z",
}
_STOCK_LIST = {
    "pk": 1,
    "code": None,
    "name": "Akinon Stok Listesi",
    "created_date": "2021-02-25T13:41:20.523128Z",
    "is_auto_sync": False,
    "modified_date": "2021-02-25T13:41:20.523152Z",
}


def iso(value: datetime | None) -> str | None:
    """Format like Django REST framework: microseconds and a ``Z``."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _city(city: City) -> dict:
    return {
        "pk": city.pk,
        "name": city.name,
        "country": 1,
        "is_active": True,
        "longitude": city.longitude,
        "latitude": city.latitude,
    }


def _township(district: District) -> dict:
    township = district.township
    return {
        "pk": township.pk,
        "name": township.name,
        "city": township.city.pk,
        "is_active": True,
        "longitude": township.longitude,
        "latitude": township.latitude,
    }


def _district(district: District) -> dict:
    return {
        "pk": district.pk,
        "name": district.name,
        "city": district.township.city.pk,
        "township": district.township.pk,
        "is_active": True,
        "longitude": district.longitude,
        "latitude": district.latitude,
    }


def shipping_address(address: ShippingAddress) -> dict:
    customer = address.customer
    created = iso(address.created_date)
    return {
        "id": address.id,
        "city": _city(address.district.township.city),
        "country": dict(_COUNTRY),
        "township": _township(address.district),
        "district": _district(address.district),
        "customer": {
            "email": customer.email,
            "first_name": customer.first_name,
            "last_name": customer.last_name,
            "phone_number": customer.phone_number,
            "erp_code": None,
            "pk": customer.pk,
            "channel": customer.channel,
        },
        "address_type": "customer",
        "created_date": created,
        "modified_date": created,
        "omnitron_id": address.omnitron_id,
        "mapping": None,
        "title": address.title,
        "is_active": True,
        "line": address.line,
        "postcode": address.postcode,
        "notes": address.notes,
        "email": customer.email,
        "phone_number": customer.phone_number,
        "first_name": customer.first_name,
        "last_name": customer.last_name,
        "company_name": "",
        "tax_office": "",
        "tax_no": "",
        "e_bill_taxpayer": False,
    }


def stock_location(location: StockLocation) -> dict:
    """The full stock location object embedded in a package."""
    created = iso(location.created_date)
    return {
        "id": location.id,
        "stock_location_type": location.stock_location_type,
        "address": {
            "id": location.address_id,
            "city": _city(location.district.township.city),
            "country": dict(_COUNTRY),
            "township": _township(location.district),
            "district": _district(location.district),
            "mapping": None,
            "title": location.name,
            "is_active": True,
            "line": location.line,
            "postcode": location.postcode,
            "notes": None,
            "longitude": location.longitude,
            "latitude": location.latitude,
        },
        "engine": 1,
        "tags": [],
        "created_date": created,
        "modified_date": created,
        "omnitron_id": location.id,
        "name": location.name,
        "is_fulfillment_center": True,
        "is_pickup_location": location.stock_location_type == "store",
        "is_delivery_location": True,
        "is_return_available": location.stock_location_type == "store",
        "is_fast_delivery_available": location.stock_location_type == "store",
        "is_active": location.is_active,
        "priority": location.priority,
        "conf": {},
        "daytime_phone": location.phone,
        "evening_phone": location.phone,
        "fax_number": "",
        "email": location.email,
        "target_packing_interval": "1 00:00:00",
        "target_transfer_interval": "3 00:00:00",
        "erp_code": location.erp_code,
        "use_as_shipper_location": True,
    }


def stock_location_short(location: StockLocation) -> dict:
    return {
        "id": location.id,
        "name": location.name,
        "erp_code": location.erp_code,
        "address": {
            "line": location.line,
            "city": {
                "id": location.district.township.city.pk,
                "name": location.district.township.city.name,
            },
        },
    }


def stock_location_simple(location: StockLocation) -> dict:
    return {
        "id": location.id,
        "name": location.name,
        "erp_code": location.erp_code,
        "stock_location_type": location.stock_location_type,
        "is_active": location.is_active,
    }


def product_image_url(base_url: str, product_id: int, *, photo: bool = False) -> str:
    """The product's photo (a JPEG, for models with a drawing) or its letter tile (a PNG)."""
    return f"{base_url}/media/products/{product_id}.{'jpg' if photo else 'png'}"


def product(item_product: Product, base_url: str) -> dict:
    p = item_product
    created = iso(p.created_date)
    return {
        "id": p.id,
        "productimage_set": [
            {
                "order": 0,
                "id": p.image_id,
                "url": product_image_url(base_url, p.id, photo=has_photo(p.base_code)),
                "product": p.id,
            }
        ],
        "created_date": created,
        "modified_date": created,
        "omnitron_id": p.omnitron_id,
        "name": p.name,
        "base_code": p.base_code,
        "sku": p.sku,
        "barcode": p.barcode,
        "attributes": {"renk": p.colour, "beden": p.size},
        "attributes_kwargs": {
            "renk": {"label": p.colour_label, "value": p.colour, "data_type": "dropdown"},
            "beden": {"label": p.size_label, "value": p.size, "data_type": "dropdown"},
        },
        "extra_attributes": {},
        "remote_modified_date": created,
    }


def net_amount(item: PackageItem) -> Decimal:
    return Decimal(item.product.price) - Decimal(item.discount_amount)


def order_amount(items: list[PackageItem]) -> Decimal:
    """What the items cost the customer (the sum of their ``net_amount``)."""
    return sum((net_amount(item) for item in items), Decimal("0.00"))


def pay_on_delivery_amount(pkg: Package) -> str | None:
    """What the courier collects for a pay-on-delivery package (its items' net amounts)."""
    return f"{order_amount(pkg.items):.2f}" if pkg.payment_type == "pay_on_delivery" else None


def _order_item(item: PackageItem, base_url: str) -> dict:
    price = item.product.price
    net = net_amount(item)
    return {
        "id": item.order_item_id,
        "state": item.order_item_state.as_json(),
        "product": product(item.product, base_url),
        "created_date": iso(item.created_date),
        "modified_date": iso(item.created_date),
        "omnitron_id": item.order_item_omnitron_id,
        "net_amount": f"{net:.2f}",
        "price": price,
        "price_currency": "try",
        "retail_price": item.product.retail_price,
        "tax_rate": TAX_RATE,
        "tax_amount": None,
        "discount_amount": item.discount_amount,
        "without_net_amount": None,
        "installment_interest_amount": None,
        "attributes": {},
        "attributes_kwargs": {},
        "image": None,
        "price_list": dict(_PRICE_LIST),
        "stock_list": dict(_STOCK_LIST),
        "extra_field": {"price_extra_field": {}, "stock_extra_field": {}},
        "parent_omnitron_id": None,
        "order": item.order_id,
    }


def package_item(item: PackageItem, base_url: str) -> dict:
    return {
        "id": item.id,
        "state": item.state.as_json(),
        "discrepancy_reason": None,
        "order_item": _order_item(item, base_url),
        "transfer_order": None,
        "denial_reason": item.denial_reason,
        "created_date": iso(item.created_date),
        "modified_date": iso(item.modified_date),
        "selected_barcode": None,
        "serial_no": None,
        "unit_weight": None,
        "package": item.package_id,
    }


def shipment(record: Shipment | None, pay_on_delivery: str | None = None) -> dict | None:
    if record is None:
        return None
    company = record.cargo_company
    return {
        "id": record.id,
        "cargo_company": {
            "id": company.id,
            "shipping_company": company.shipping_company,
            "created_date": "2023-01-23T15:14:07.829927Z",
            "modified_date": "2023-01-23T15:14:07.829963Z",
            "name": company.name,
            "erp_code": company.erp_code,
            "is_active": True,
        },
        "created_date": iso(record.created_date),
        "modified_date": iso(record.modified_date),
        "awb_number": record.awb_number,
        "pay_on_delivery_amount": pay_on_delivery,
        "update_date_time": iso(record.modified_date),
        "estimated_delivery_date": None,
        "query_number": record.awb_number,
        "state": record.state,
        "package": record.package_id,
        "invoice": None,
    }


def shipping_label(label: ShippingLabel | None, base_url: str) -> dict | None:
    if label is None:
        return None
    return {
        "id": label.id,
        "is_file": label.is_file,
        "preview_url": label.preview_path,
        "uuid": label.uuid,
        "full_path_url": f"{base_url}{label.preview_path}",
    }


def id_encrypted(package_id: int) -> str:
    """An opaque signed id in the shape Django's signer produces."""
    value = base64.urlsafe_b64encode(str(package_id).encode()).rstrip(b"=").decode()
    digest = hashlib.sha256(f"package:{package_id}".encode()).digest()
    signature = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return f"{value}:1pd1tX:{signature}"


def package(pkg: Package, base_url: str) -> dict:
    """The detailed package shape (package list and package detail)."""
    return {
        "packageitem_set": [package_item(item, base_url) for item in pkg.items],
        "order_number": pkg.order_number,
        "date_placed": iso(pkg.date_placed),
        "city": pkg.shipping_address.district.township.city.name,
        "channel_name": pkg.channel_name,
        "payment_type": pkg.payment_type,
        "state": pkg.state.as_json(),
        "number": pkg.number,
        "tracking_number": pkg.tracking_number,
        "id": pkg.id,
        "shipping_address": shipping_address(pkg.shipping_address),
        "target_packing_date": iso(pkg.target_packing_date),
        "order_id": pkg.order_id,
        "stock_location": stock_location(pkg.stock_location),
        "commands": [t.as_json() for t in transitions_for(pkg.state, has_shipment=pkg.shipment is not None)],
        "shipment": shipment(pkg.shipment, pay_on_delivery_amount(pkg)),
        "shipping_label": shipping_label(pkg.shipping_label, base_url),
        "order_gift_box_note": pkg.order_gift_box_note,
        "order_has_gift_box": pkg.order_has_gift_box,
        "order_retail_store_id": None,
        "invoice_number": pkg.invoice_number,
        "remote_id": None,
        "is_click_and_collect": pkg.is_click_and_collect,
        "delivery_range": None,
        "shipment_date": iso(pkg.shipment_date),
        "order_notes": pkg.order_notes,
        "created_date": iso(pkg.created_date),
        "modified_date": iso(pkg.modified_date),
        "extra_information": {"distance_to_shipping_address": pkg.distance_to_shipping_address},
        "channel_omnitron_id": pkg.channel_omnitron_id,
        "delivery_type": pkg.delivery_type,
        "omnitron_order_id": pkg.omnitron_order_id,
        "id_encrypted": id_encrypted(pkg.id),
    }


def package_short(pkg: Package) -> dict:
    """The short package shape, plus ``order_has_gift_box`` for list markers."""
    return {
        "packageitem_count": len(pkg.items),
        "order_number": pkg.order_number,
        "date_placed": iso(pkg.date_placed),
        "channel_name": pkg.channel_name,
        "state": pkg.state.as_json(),
        "number": pkg.number,
        "id": pkg.id,
        "target_packing_date": iso(pkg.target_packing_date),
        "order_id": pkg.order_id,
        "stock_location": stock_location_short(pkg.stock_location),
        "is_click_and_collect": pkg.is_click_and_collect,
        "delivery_type": pkg.delivery_type,
        "order_has_gift_box": pkg.order_has_gift_box,
    }


def transition_log(log: TransitionLog) -> dict:
    return {
        "id": log.id,
        "old_state": log.old_state.as_log_json(),
        "new_state": log.new_state.as_log_json(),
        "user": user_json(log.user),
        "attributes": dict(log.attributes),
        "created_date": iso(log.created_date),
        "object_id": log.package_id,
        "content_type": CONTENT_TYPES[PACKAGE_STATUS],
    }


def denial_reason(reason: DenialReason) -> dict:
    return {
        "id": reason.id,
        "title": reason.title,
        "remote_id": reason.remote_id,
        "priority": reason.priority,
        "is_active": reason.is_active,
    }

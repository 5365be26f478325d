"""Small Package builders for the packing tests: dicts shaped like the OMS JSON, parsed with
Package.model_validate so the tests go through the real models."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from instore_app.api.models import Package

# (state id, name) as in the documentation's examples where it shows them.
PACKAGE_STATES = {
    "100": (35, "Waiting"),
    "200": (34, "Preparing"),
    "400": (36, "Ready for Packaging"),
    "500": (40, "Packed"),
    "800": (47, "Delivered"),
    "900": (52, "Packaging Canceled"),
    "920": (51, "Out of Stock"),
}
ITEM_STATES = {
    "100": (55, "Waiting"),
    "250": (56, "Preparing"),
    "600": (61, "Cancelled"),
    "900": (70, "Delivered"),
    "920": (71, "Out of Stock"),
}


def state_dict(enum_value: str, *, item: bool = False, **extra: Any) -> dict[str, Any]:
    state_id, name = (ITEM_STATES if item else PACKAGE_STATES)[enum_value]
    data = {
        "id": state_id,
        "name": name,
        "enum_class": "PackageItemStatus" if item else "PackageStatus",
        "enum_value": enum_value,
    }
    data.update(extra)
    return data


def product(
    product_id: int, sku: str, barcode: str | None = None, name: str | None = None
) -> dict[str, Any]:
    return {
        "id": product_id,
        "name": name if name is not None else f"Product {product_id}",
        "sku": sku,
        "barcode": barcode,
    }


def item(
    item_id: int,
    product_data: dict[str, Any],
    *,
    state: str | None = "100",
    selected_barcode: str | None = None,
    denial_reason: Any = None,
) -> dict[str, Any]:
    return {
        "id": item_id,
        "state": state_dict(state, item=True) if state is not None else None,
        "order_item": {"id": 10_000 + item_id, "product": product_data},
        "selected_barcode": selected_barcode,
        "denial_reason": denial_reason,
    }


def command(
    command_id: int,
    name: str,
    source_state: int | None = 35,
    destination_state: int | None = 40,
    *,
    visibility: Iterable[str] = ("instore", "oms_web", "third_party"),
    items_required: bool = False,
) -> dict[str, Any]:
    return {
        "id": command_id,
        "command": name,
        "label": name.title(),
        "slug": f"package__{name.lower()}__{source_state}__{destination_state}",
        "ui_visibility": list(visibility),
        "source_state": source_state,
        "destination_state": destination_state,
        "is_packageitem_parameter_required": items_required,
    }


def package(
    package_id: int = 1,
    number: str = "2236607691411584P1",
    *,
    state: str | dict[str, Any] = "100",
    items: Iterable[dict[str, Any]] = (),
    commands: Iterable[dict[str, Any]] = (),
) -> Package:
    return Package.model_validate(
        {
            "id": package_id,
            "number": number,
            "state": state_dict(state) if isinstance(state, str) else state,
            "packageitem_set": list(items),
            "commands": list(commands),
        }
    )

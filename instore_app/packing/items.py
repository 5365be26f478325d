"""Which package items a station packs, and the codes an item can be scanned by."""

from __future__ import annotations

from instore_app.api.models import PackageItem

from .barcodes import normalize

__all__ = ["NOT_PACKABLE_ITEM_STATES", "is_packable", "item_keys"]

#: Package item states (``PackageItem.state.enum_value``) whose unit is not put in the box,
#: so scanning does not wait for it:
#:
#: * ``"600"`` Cancelled: the order line was cancelled (seen in the docs' example of a
#:   package in "Packaging Canceled").
#: * ``"900"`` Delivered: the unit has already left (PackageItemStatus 900 in the docs;
#:   note that for *packages* 900 means "Packaging Canceled").
#: * ``"920"`` Out of stock: the unit was reported missing and is re-planned elsewhere.
#:
#: An item without a state, or in any other state (100 Waiting, 250 Preparing, ...), is packed.
NOT_PACKABLE_ITEM_STATES: frozenset[str] = frozenset({"600", "900", "920"})


def is_packable(item: PackageItem) -> bool:
    """True when `item` has to go in the box (its state is not in NOT_PACKABLE_ITEM_STATES)."""
    return item.state is None or item.state.enum_value not in NOT_PACKABLE_ITEM_STATES


def item_keys(item: PackageItem) -> tuple[str, ...]:
    """The normalize() keys `item` matches, in order: product barcode, the item's selected
    barcode, product SKU; empty and repeated keys left out."""
    product = item.order_item.product
    keys: list[str] = []
    for code in (product.barcode, item.selected_barcode, product.sku):
        key = normalize(code) if code else ""
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)

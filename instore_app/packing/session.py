"""The packing session of one open package: which units are confirmed by scanning.

Each package item is one unit. A scan confirms at most one unit: the first unconfirmed
packable item, in ``packageitem_set`` order, whose product barcode, selected barcode or SKU
has the scan's :func:`~instore_app.packing.barcodes.normalize` key.

A package without packable items (all cancelled, say) cannot be packed by scanning: it is
never complete (``is_complete`` and ``ready_to_pack`` stay False) and ``progress`` is (0, 0).
Deciding what to do with it (refuse it, leave it) is up to the operator, not this class.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from instore_app.api.models import Package, PackageItem

from .barcodes import clean_scan, normalize, package_number_key
from .directory import PackageDirectory
from .items import NOT_PACKABLE_ITEM_STATES, is_packable, item_keys
from .outcomes import (
    AlreadyComplete,
    Confirmed,
    NotToBePacked,
    OtherPackage,
    PackageNumberScanned,
    ScanOutcome,
    UnknownCode,
)

__all__ = ["NOT_PACKABLE_ITEM_STATES", "ItemStatus", "PackingSession"]


class ItemStatus(Enum):
    """What a row of the package shows."""

    MISSING = "missing"  # to be packed, not confirmed yet
    CONFIRMED = "confirmed"
    NOT_REQUIRED = "not_required"  # not packable (see NOT_PACKABLE_ITEM_STATES)


class PackingSession:
    """Confirmations of one package's units; pure Python, no I/O."""

    def __init__(self, package: Package) -> None:
        self._confirmed: list[int] = []  # confirmation order
        self._confirmed_set: set[int] = set()
        self._confirmed_per_product: dict[int, int] = {}
        self._load(package)

    def _load(self, package: Package) -> None:
        self._package = package
        self._number_key = package_number_key(package.number)
        self._items: dict[int, PackageItem] = {item.id: item for item in package.packageitem_set}
        self._required: list[PackageItem] = [
            item for item in package.packageitem_set if is_packable(item)
        ]
        self._required_ids = {item.id for item in self._required}
        self._total_per_product: dict[int, int] = {}
        self._index: dict[str, list[int]] = {}  # key -> required item ids, package order
        self._not_required_index: dict[str, int] = {}  # key -> first not-packable item id
        for item in package.packageitem_set:
            if item.id in self._required_ids:
                product_id = item.order_item.product.id
                self._total_per_product[product_id] = self._total_per_product.get(product_id, 0) + 1
                for key in item_keys(item):
                    self._index.setdefault(key, []).append(item.id)
            else:
                for key in item_keys(item):
                    self._not_required_index.setdefault(key, item.id)

    # --- the package -------------------------------------------------------------------------

    @property
    def package(self) -> Package:
        return self._package

    @property
    def package_id(self) -> int:
        return self._package.id

    @property
    def items(self) -> tuple[PackageItem, ...]:
        """Every item, packable or not, in package order."""
        return tuple(self._package.packageitem_set)

    @property
    def required_items(self) -> tuple[PackageItem, ...]:
        """The items to be packed, in package order."""
        return tuple(self._required)

    def is_required(self, item_id: int) -> bool:
        return item_id in self._required_ids

    # --- progress ----------------------------------------------------------------------------

    @property
    def confirmed_item_ids(self) -> tuple[int, ...]:
        """Confirmed item ids in confirmation order (what a journal records)."""
        return tuple(self._confirmed)

    @property
    def progress(self) -> tuple[int, int]:
        """(confirmed units, units to pack)."""
        return len(self._confirmed), len(self._required)

    @property
    def is_empty(self) -> bool:
        """True when nothing in the package is to be packed."""
        return not self._required

    @property
    def is_complete(self) -> bool:
        """Every unit to be packed is confirmed (never True for an empty package)."""
        return bool(self._required) and len(self._confirmed) == len(self._required)

    @property
    def ready_to_pack(self) -> bool:
        """The scanning side of "Pack" may be offered: same as is_complete. Whether the OMS
        allows packing now is for :mod:`instore_app.packing.commands`."""
        return self.is_complete

    def is_confirmed(self, item_id: int) -> bool:
        return item_id in self._confirmed_set

    def item_status(self, item_id: int) -> ItemStatus:
        """The row state of `item_id` (KeyError when the package has no such item)."""
        if item_id not in self._items:
            raise KeyError(item_id)
        if item_id not in self._required_ids:
            return ItemStatus.NOT_REQUIRED
        return ItemStatus.CONFIRMED if item_id in self._confirmed_set else ItemStatus.MISSING

    def confirmed_count_for(self, item: PackageItem | int) -> int:
        """Confirmed units of the product of `item` (an item or an item id)."""
        return self._confirmed_per_product.get(self._product_id(item), 0)

    def total_count_for(self, item: PackageItem | int) -> int:
        """Units of the product of `item` to be packed."""
        return self._total_per_product.get(self._product_id(item), 0)

    def missing_items(self) -> list[PackageItem]:
        """Items still to be confirmed, in package order."""
        return [item for item in self._required if item.id not in self._confirmed_set]

    def _product_id(self, item: PackageItem | int) -> int:
        if isinstance(item, int):
            item = self._items[item]
        return item.order_item.product.id

    # --- scanning ------------------------------------------------------------------------------

    def scan(self, code: str, directory: PackageDirectory | None = None) -> ScanOutcome:
        """What `code` means for this package; confirms one unit when it is one of ours.

        Checked in this order: a package number (this package's or one `directory` knows),
        an unconfirmed unit of this package (Confirmed), a unit of this package already all
        confirmed (AlreadyComplete), an item of this package that is not packed
        (NotToBePacked), an item of another package in `directory` (OtherPackage), else
        UnknownCode. Never raises for any text.
        """
        cleaned = clean_scan(code)
        if not cleaned:
            return UnknownCode("")
        if package_number_key(code) == self._number_key:
            return PackageNumberScanned(self._package.id, self._package.number)
        if directory is not None:
            found = directory.package_by_number(cleaned)
            if found is not None:
                return PackageNumberScanned(found[0], found[1])
        key = normalize(code)
        if key:
            ids = self._index.get(key)
            if ids:
                for item_id in ids:
                    if item_id not in self._confirmed_set:
                        return self._confirm(item_id)
                product = self._items[ids[0]].order_item.product
                return AlreadyComplete(product.name, self._total_per_product[product.id])
            other_id = self._not_required_index.get(key)
            if other_id is not None:
                item = self._items[other_id]
                state = item.state.display_name() if item.state is not None else ""
                return NotToBePacked(cleaned, other_id, item.order_item.product.name, state)
            if directory is not None:
                for package_id, number in directory.packages_with_code(key):
                    if package_id != self._package.id:
                        return OtherPackage(cleaned, package_id, number)
        return UnknownCode(cleaned)

    def confirm(self, item_id: int) -> Confirmed:
        """Confirm one unit by hand (unreadable barcode). ValueError when `item_id` is not a
        packable item of this package or is confirmed already."""
        if item_id not in self._required_ids:
            raise ValueError(f"item {item_id} is not to be packed in package {self._package.id}")
        if item_id in self._confirmed_set:
            raise ValueError(f"item {item_id} is already confirmed")
        return self._confirm(item_id)

    def _confirm(self, item_id: int) -> Confirmed:
        self._confirmed.append(item_id)
        self._confirmed_set.add(item_id)
        product = self._items[item_id].order_item.product
        count = self._confirmed_per_product.get(product.id, 0) + 1
        self._confirmed_per_product[product.id] = count
        confirmed, total = self.progress
        return Confirmed(
            item_id=item_id,
            product_name=product.name,
            sku=product.sku,
            confirmed_for_product=count,
            total_for_product=self._total_per_product[product.id],
            confirmed=confirmed,
            total=total,
            complete=confirmed == total,
        )

    # --- corrections ---------------------------------------------------------------------------

    def undo_last(self) -> int | None:
        """Take back the most recent confirmation; its item id, or None when there is none."""
        if not self._confirmed:
            return None
        item_id = self._confirmed[-1]
        self._unconfirm(item_id)
        return item_id

    def unconfirm(self, item_id: int) -> bool:
        """Take back the confirmation of `item_id`; False when it was not confirmed."""
        if item_id not in self._confirmed_set:
            return False
        self._unconfirm(item_id)
        return True

    def _unconfirm(self, item_id: int) -> None:
        # Removing the last one (undo) is O(1); an arbitrary one is O(n) on a short list.
        if self._confirmed[-1] == item_id:
            self._confirmed.pop()
        else:
            self._confirmed.remove(item_id)
        self._confirmed_set.discard(item_id)
        product_id = self._items[item_id].order_item.product.id
        self._confirmed_per_product[product_id] -= 1

    def reset(self) -> None:
        """Forget every confirmation."""
        self._confirmed.clear()
        self._confirmed_set.clear()
        self._confirmed_per_product.clear()

    def restore(self, confirmed_item_ids: Iterable[int]) -> tuple[int, ...]:
        """Rebuild the confirmations from a journal, in the given order, replacing the current
        ones. Ids that are not packable items of this package, and repeats, are ignored.
        Returns the ids restored."""
        self.reset()
        for item_id in confirmed_item_ids:
            if item_id in self._required_ids and item_id not in self._confirmed_set:
                self._confirm(item_id)
        return self.confirmed_item_ids

    def update_package(self, package: Package) -> tuple[int, ...]:
        """The package was read again: keep the confirmations (in order) of items that still
        exist and are packable. Returns the ids whose confirmation was dropped. ValueError
        when `package` is another package."""
        if package.id != self._package.id:
            raise ValueError(f"package {package.id} is not package {self._package.id}")
        previous = list(self._confirmed)
        self._load(package)
        kept = self.restore(previous)
        kept_set = set(kept)
        return tuple(item_id for item_id in previous if item_id not in kept_set)

    def __repr__(self) -> str:
        confirmed, total = self.progress
        return f"<PackingSession package={self._package.number!r} {confirmed}/{total}>"

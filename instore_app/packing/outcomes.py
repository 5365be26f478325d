"""What one scan did: small immutable results the UI shows (banner, sound, row highlight)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AlreadyComplete",
    "Confirmed",
    "NotToBePacked",
    "OtherPackage",
    "PackageNumberScanned",
    "ScanOutcome",
    "UnknownCode",
]


@dataclass(frozen=True, slots=True)
class Confirmed:
    """One unit confirmed: `confirmed_for_product` of `total_for_product` of this product,
    `confirmed` of `total` overall; `complete` when the whole package is now confirmed."""

    item_id: int
    product_name: str
    sku: str
    confirmed_for_product: int
    total_for_product: int
    confirmed: int
    total: int
    complete: bool


@dataclass(frozen=True, slots=True)
class AlreadyComplete:
    """Over-scan: every unit of this product is confirmed already. Nothing changed."""

    product_name: str
    total_for_product: int


@dataclass(frozen=True, slots=True)
class NotToBePacked:
    """The code is an item of this package that is not packed (cancelled, out of stock...)."""

    code: str
    item_id: int
    product_name: str
    state_name: str


@dataclass(frozen=True, slots=True)
class OtherPackage:
    """The code belongs to another package the station knows about, not to this one."""

    code: str
    package_id: int
    package_number: str


@dataclass(frozen=True, slots=True)
class UnknownCode:
    """Nothing matches the (cleaned) code; also the answer for empty or garbage input."""

    code: str


@dataclass(frozen=True, slots=True)
class PackageNumberScanned:
    """A package number the station knows (this package's own included): open that package."""

    package_id: int
    package_number: str


ScanOutcome = (
    Confirmed | AlreadyComplete | NotToBePacked | OtherPackage | UnknownCode | PackageNumberScanned
)

"""Seller Center packages as the app's packages (no Qt here).

The bench, the list and :class:`~instore_app.packing.PackingSession` work on the app's
:class:`~instore_app.api.models.Package` (the OMS's shape). A Seller Center package
(:class:`~instore_app.api.seller_center.SellerCenterPackage` and its items) is mapped into it:

* **ids**: a package's id is its number when the number is a digit string that fits SQLite's
  INTEGER (the documented numbers are 16 digits); any other number, and every item number
  (``2595053219311870-1``) and product code, gets a stable hash id in [2**62, 2**63 - 1] (above
  every 18-digit number, so a hash never meets a numeric package id of up to 18 digits).
  The same number always gives the same id, across runs and machines (the journal keeps ids).
* **items**: one package item per Seller Center item; its product's name, SKU and scanned code
  are the item's ``product`` code, which the packing slip prints too. Price and discount come
  along; there is no barcode and no photo.
* **status**: the integer becomes a :class:`~instore_app.api.models.State` whose ``id`` is the
  status, whose name is the Seller Center's, in English and Turkish, and whose ``enum_value``
  is the OMS state with the same meaning where there is one (2 Preparing -> "200", 3 Ready to
  Ship -> "500" Packed, 4 Shipped -> "600", 5 Delivered -> "800"); others are ``"sc-N"``.
* **commands**: what the status allows, named in the app's vocabulary (Preparing: pack, out
  of stock, refuse; Ready to Ship: hand over). They are never sent: the Seller Center station
  plans its own requests; they let the app's generic code (offered actions, the handover
  list) read a Seller Center package as it reads an OMS one.
* **carrier**: the package's ``shipping_company`` is its shipment's cargo company (a stable
  id of at most 9 digits from its slug or name, for the handover's carrier codes), with the
  tracking number as the shipment's number.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..api.models import (
    DELIVERED,
    PACKED,
    PREPARING,
    SHIPPED,
    Address,
    CargoCompany,
    Command,
    OrderItem,
    Package,
    PackageItem,
    PackageShort,
    Place,
    Product,
    Shipment,
    ShippingLabel,
    State,
    StockLocation,
)
from ..api.seller_center import SellerCenterAddress, SellerCenterPackage, SellerCenterPackageItem
from ..packing.commands import ADVANCED_SHIP_COMMAND

__all__ = [
    "ENUM_CLASS",
    "HASH_FLOOR",
    "LABEL_STATUSES",
    "PREPARING_STATUS",
    "READY_TO_SHIP_STATUS",
    "REJECTED_STATUS",
    "SHIPPED_STATUS",
    "STATUS_NAMES",
    "cargo_company_id",
    "carrier_of",
    "item_id",
    "package_id",
    "product_id",
    "status_of",
    "status_state",
    "to_package",
    "to_short",
]

PREPARING_STATUS, READY_TO_SHIP_STATUS, SHIPPED_STATUS, DELIVERED_STATUS, DELIVERY_FAILED_STATUS = 2, 3, 4, 5, 6
#: Not in the documentation: what the simulator gives a package whose every item was rejected.
REJECTED_STATUS = 7
#: The statuses that have a cargo label (the label exists from Ready to Ship on).
LABEL_STATUSES = frozenset({READY_TO_SHIP_STATUS, SHIPPED_STATUS, DELIVERED_STATUS, DELIVERY_FAILED_STATUS})
ENUM_CLASS = "SellerCenterPackageStatus"
#: Hash ids start here (2**62 > every number of up to 18 digits).
HASH_FLOOR = 2**62

#: Status -> (English, Turkish) name. The documented five and the simulator's rejected one.
STATUS_NAMES: dict[int, tuple[str, str]] = {
    PREPARING_STATUS: ("Preparing", "Hazırlanıyor"),
    READY_TO_SHIP_STATUS: ("Ready to Ship", "Kargoya hazır"),
    SHIPPED_STATUS: ("Shipped", "Kargoya verildi"),
    DELIVERED_STATUS: ("Delivered", "Teslim edildi"),
    DELIVERY_FAILED_STATUS: ("Delivery Failed", "Teslim edilemedi"),
    REJECTED_STATUS: ("Rejected", "Reddedildi"),
}
#: Status -> the OMS state (enum_value) with the same meaning.
_APP_STATES = {PREPARING_STATUS: PREPARING, READY_TO_SHIP_STATUS: PACKED, SHIPPED_STATUS: SHIPPED, DELIVERED_STATUS: DELIVERED}
#: The state id of a package without a status (State ids are positive).
NO_STATUS_ID = 10**6

# The synthetic commands' ids (one per name).
_PACK, _OUT_OF_STOCK, _REFUSE, _SHIP, _ADVANCED_SHIP = 1, 2, 3, 4, 5


# -- ids ----------------------------------------------------------------------------------------


def _hashed(kind: str, text: str) -> int:
    digest = hashlib.blake2b(f"seller-center:{kind}:{text}".encode(), digest_size=8).digest()
    return HASH_FLOOR | (int.from_bytes(digest, "big") & (HASH_FLOOR - 1))  # at most 2**63 - 1: SQLite's INTEGER


def package_id(number: str) -> int:
    """The app's id of the package `number` (see the module docstring); the same every time."""
    text = number.strip()
    if text.isascii() and text.isdigit():
        value = int(text)
        if 1 <= value < HASH_FLOOR:
            return value
    return _hashed("package", text)


def item_id(number: str) -> int:
    """The app's id of the package item `number` (an item keeps its number, and so its id,
    when a split moves it to a new package)."""
    return _hashed("item", number.strip())


def product_id(code: str | None) -> int:
    return _hashed("product", (code or "").strip())


#: Carrier ids are at most 9 digits: the handover's carrier codes (``ZZCARGO<id>``) take 18 at most.
CARRIER_ID_SPAN = 999_999_999


def cargo_company_id(key: str) -> int:
    """A carrier's id from its slug (or name), 1 to 999,999,999: what the handover's carrier
    codes carry (a seller has a handful of carriers: two sharing an id is not to be expected)."""
    return 1 + _hashed("carrier", key.strip().casefold()) % CARRIER_ID_SPAN


# -- states -------------------------------------------------------------------------------------


def status_state(status: int | None) -> State:
    """The app's State for a Seller Center status (names in English and Turkish)."""
    if status is None or isinstance(status, bool) or status < 1:
        return State(
            id=NO_STATUS_ID, name="No status", enum_class=ENUM_CLASS, enum_value="sc-none",
            translations={"en": {"name": "No status"}, "tr": {"name": "Durum yok"}},
        )
    english, turkish = STATUS_NAMES.get(status, (f"Status {status}", f"Durum {status}"))
    return State(
        id=status,
        name=english,
        enum_class=ENUM_CLASS,
        enum_value=_APP_STATES.get(status, f"sc-{status}"),
        translations={"en": {"name": english}, "tr": {"name": turkish}},
    )


def status_of(package: Package) -> int | None:
    """The Seller Center status of a mapped package (None when it had none)."""
    return None if package.state.id == NO_STATUS_ID else package.state.id


def _item_state(status: int | None) -> State | None:
    """An item's status is shown, not interpreted (the documentation gives one value, 1):
    every listed item is packed."""
    if status is None or isinstance(status, bool) or status < 1:
        return None
    return State(
        id=status, name=f"Item status {status}", enum_class="SellerCenterItemStatus", enum_value=f"sc-item-{status}",
        translations={"tr": {"name": f"Ürün durumu {status}"}},
    )


# -- what a status allows -----------------------------------------------------------------------


def _commands(status: int | None, tracking_number: str | None) -> list[Command]:
    if status == PREPARING_STATUS:
        return [
            Command(id=_PACK, command="COMPLETE_PACKAGING", label="Ready to Ship", ui_visibility=["instore"],
                    source_state=PREPARING_STATUS, destination_state=READY_TO_SHIP_STATUS),
            Command(id=_OUT_OF_STOCK, command="DETECTED_OUT_OF_STOCK_ITEM", label="Items missing",
                    ui_visibility=["instore"], source_state=PREPARING_STATUS),
            Command(id=_REFUSE, command="REFUSE_PACKAGE", label="Reject", ui_visibility=["instore"],
                    source_state=PREPARING_STATUS, destination_state=REJECTED_STATUS),
        ]
    if status == READY_TO_SHIP_STATUS:
        name, command_id = ("SHIP_PACKAGE", _SHIP) if tracking_number else (ADVANCED_SHIP_COMMAND, _ADVANCED_SHIP)
        return [Command(id=command_id, command=name, label="Shipped", ui_visibility=["instore"],
                        source_state=READY_TO_SHIP_STATUS, destination_state=SHIPPED_STATUS)]
    return []


# -- packages -----------------------------------------------------------------------------------


def carrier_of(row: SellerCenterPackage) -> CargoCompany | None:
    """The package's carrier (``shipping_company``), or None when the Seller Center names none."""
    company = row.shipping_company
    if company is None or not (company.name or company.slug):
        return None
    key = company.slug or company.name
    return CargoCompany(id=cargo_company_id(key), name=company.name or key, shipping_company=company.slug)


def _address(address: SellerCenterAddress | None) -> Address | None:
    if address is None:
        return None

    def place(name: str | None) -> Place | None:
        return Place(name=name) if name else None

    return Address(
        line=address.line,
        postcode=address.postcode,
        notes=address.notes,
        city=place(address.city),
        country=place(address.country),
        township=place(address.township),
        district=place(address.district),
        first_name=address.first_name,
        last_name=address.last_name,
        phone_number=address.phone_number,
        email=address.email,
        company_name=address.company_name,
    )


def _item(row: SellerCenterPackageItem, package: int, currency: str | None) -> PackageItem:
    code = (row.product or "").strip()
    identifier = item_id(row.number)
    amount, discount = row.amount, row.discount_amount
    net = amount - (discount or Decimal(0)) if amount is not None else None
    product = Product(id=product_id(code), name=code or row.number, sku=code)
    order_item = OrderItem(
        id=identifier, product=product, price=amount, price_currency=currency, net_amount=net, discount_amount=discount
    )
    return PackageItem(id=identifier, state=_item_state(row.status), order_item=order_item, package=package)


def _common(row: SellerCenterPackage, seller: StockLocation | None) -> dict[str, object]:
    status = row.status
    return {
        "id": package_id(row.number),
        "number": row.number,
        "order_number": row.order_number or "",
        "date_placed": row.date_placed,
        "channel_name": row.shipping_method,
        "state": status_state(status),
        "stock_location": seller,
    }


def to_package(
    row: SellerCenterPackage, items: Iterable[SellerCenterPackageItem], *, seller: StockLocation | None = None
) -> Package:
    """The app's Package for a Seller Center package and its items (see the module docstring).
    `seller`: what the packing slip and the handover name as the store (the seller)."""
    common = _common(row, seller)
    identifier = int(str(common["id"]))
    carrier = carrier_of(row)
    shipment = None
    if carrier is not None or row.tracking_number:
        shipment = Shipment(id=identifier, cargo_company=carrier, awb_number=row.tracking_number)
    label = ShippingLabel(id=identifier, is_file=True) if row.status in LABEL_STATUSES else None
    return Package(
        **common,  # type: ignore[arg-type]
        packageitem_set=[_item(item, identifier, row.currency) for item in items],
        commands=_commands(row.status, row.tracking_number),
        tracking_number=row.tracking_number,
        city=row.shipping_address.city if row.shipping_address else None,
        shipping_address=_address(row.shipping_address),
        shipment=shipment,
        shipping_label=label,
        order_gift_box_note=row.gift_box_note,
        order_has_gift_box=bool(row.has_gift_box),
        order_notes=row.notes,
        invoice_number=row.invoice_number,
        shipment_date=row.shipment_date,
    )


def to_short(row: SellerCenterPackage, item_count: int = 0, *, seller: StockLocation | None = None) -> PackageShort:
    """A list row (PKG101 gives no items: `item_count` is what is known of them, else 0)."""
    return PackageShort(**_common(row, seller), packageitem_count=item_count,  # type: ignore[arg-type]
                        order_has_gift_box=row.has_gift_box)


def item_numbers_by_id(items: Sequence[SellerCenterPackageItem]) -> dict[int, str]:
    """App item id -> Seller Center item number."""
    return {item_id(item.number): item.number for item in items}

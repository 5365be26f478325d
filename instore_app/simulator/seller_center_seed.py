"""Deterministic Turkish seed data for the simulated Seller Center (``/api/i2/``).

A marketplace seller ("Anadolu Tekstil") with packages in every documented status. Like
:mod:`.seed`, everything comes from one ``random.Random(seed)`` and is dated relative to
``now``. One package is the documentation's own example (number ``2595053219311870``, item
``2595053219311870-1``, product ``AKN-TSHRT-RD``), and the docs' shipping method UUID
``847b006e-000a-432e-b500-e3f49fa9ddcc`` is one of the seller's shipping methods, so every
documented request body can be sent to the simulator as it is.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from .seed import _FIRST_NAMES, _GIFT_NOTES, _LAST_NAMES, _ORDER_NOTES, AREAS

# Package statuses (the documented ones, and one of the simulator's own).
PREPARING, READY_TO_SHIP, SHIPPED, DELIVERED, DELIVERY_FAILED = 2, 3, 4, 5, 6
#: Not in the documentation: a package whose every item was rejected.
REJECTED = 7
#: The item status of the documentation's example, given to every item.
ITEM_ACTIVE = 1
LABEL_FORMS = ("pdf", "png", "url", "zpl")

DOCS_PACKAGE = "2595053219311870"
DOCS_ORDER = "2594887831811953"
DOCS_SHIPPING_METHOD = "847b006e-000a-432e-b500-e3f49fa9ddcc"
SELLER_NAME = "Anadolu Tekstil Ltd. Şti."
SELLER_LINES = ("OSB 1000. Sok. No:5", "Güzeller Mah.", "41400 Gebze / Kocaeli")
SELLER_PHONE = "+90 262 555 40 40"


@dataclass(frozen=True)
class ShippingMethod:
    id: str
    name: str
    company: str
    slug: str


def _method_id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"seller-center-simulator/shipping-method/{name}"))


SHIPPING_METHODS = (
    ShippingMethod(_method_id("yurtici-standart"), "Yurtiçi Kargo - Standart", "Yurtiçi Kargo", "yurtici"),
    ShippingMethod(DOCS_SHIPPING_METHOD, "Aras Kargo - Standart", "Aras Kargo", "aras"),
    ShippingMethod(_method_id("mng-hizli"), "MNG Kargo - Hızlı Teslimat", "MNG Kargo", "mng"),
    ShippingMethod(_method_id("ptt-standart"), "PTT Kargo - Standart", "PTT Kargo", "ptt"),
    ShippingMethod(_method_id("surat-standart"), "Sürat Kargo - Standart", "Sürat Kargo", "surat"),
)

# (code, price, tax rate): the seller's product codes, as printed on their tags.
_BASES = [
    ("AKN-TSHRT", "249.99"), ("AKN-JEAN", "899.99"), ("AKN-SWEAT", "749.99"), ("AKN-GMLK", "649.99"),
    ("AKN-KAZAK", "699.99"), ("AKN-KABAN", "2499.99"), ("AKN-POLO", "399.99"), ("AKN-CHINO", "749.99"),
    ("AKN-ELBS", "999.99"), ("AKN-ETEK", "699.99"), ("AKN-SNKR", "1899.99"), ("AKN-KEMER", "449.99"),
    ("AKN-CANTA", "899.99"), ("AKN-ATKI", "349.99"), ("AKN-CORAP", "149.99"),
]
_COLOURS = ["SYH", "BYZ", "LCV", "GRM", "BEJ", "KRM", "HAK", "EKR"]
_SIZES = ["XS", "S", "M", "L", "XL"]
_COMPANIES = ["Demir Mimarlık Ltd. Şti.", "Kaya Yazılım A.Ş.", "Yıldız Danışmanlık"]
_TAX_OFFICES = ["Kadıköy", "Beşiktaş", "Mecidiyeköy", "Çankaya"]
_ASCII = str.maketrans("çğıİöşüÇĞÖŞÜ", "cgiIosuCGOSU")

#: Seeded packages per status (besides the documentation's example, which is Preparing).
SEED_PLAN = ((PREPARING, 23), (READY_TO_SHIP, 8), (SHIPPED, 5), (DELIVERED, 2), (DELIVERY_FAILED, 1))


@dataclass
class ScItem:
    number: str
    product: str
    amount: Decimal
    discount_amount: Decimal
    tax_rate: Decimal
    created_at: datetime
    updated_at: datetime
    status: int = ITEM_ACTIVE
    has_reservation: bool = True


@dataclass(frozen=True)
class ScAddress:
    first_name: str
    last_name: str
    email: str
    phone_number: str
    city: str
    township: str
    district: str
    line: str
    postcode: str
    country: str = "Türkiye"
    country_code: str = "TR"
    company_name: str | None = None
    tax_office: str | None = None
    tax_no: str | None = None
    e_bill_taxpayer: bool = False
    identity_number: str | None = None
    notes: str | None = None


@dataclass
class ScPackage:
    number: str
    order_number: str
    status: int
    shipping_address: ScAddress
    billing_address: ScAddress
    items: list[ScItem]
    shipping_method: ShippingMethod
    label_form: str
    date_placed: datetime
    created_at: datetime
    updated_at: datetime
    currency: str = "TRY"
    has_gift_box: bool = False
    gift_box_note: str | None = None
    notes: str | None = None
    is_requires_manual_entry: bool = False
    shipping_company: str | None = None  # None: the shipping method's company
    waybill_number: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    shipment_date: datetime | None = None
    delivery_date: datetime | None = None
    invoice_date: datetime | None = None
    invoice_number: str | None = None
    invoice_url: str | None = None
    #: (item, reason) for every rejected item, in order.
    rejected: list[tuple[ScItem, str]] = field(default_factory=list)

    @property
    def company_name(self) -> str:
        return self.shipping_company or self.shipping_method.company

    @property
    def amount(self) -> Decimal:
        return sum((item.amount for item in self.items), Decimal("0.00"))

    @property
    def discount_amount(self) -> Decimal:
        return sum((item.discount_amount for item in self.items), Decimal("0.00"))


class ScSeedFactory:
    """Makes the seeded packages and, on demand, numbers for packages made by a split."""

    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(f"seller-center:{seed}")
        self.now = now
        self._numbers: set[str] = {DOCS_PACKAGE}
        self._forms = 0

    def package_number(self) -> str:
        while True:
            number = str(self.rng.randrange(2_595_000_000_000_000, 2_599_999_999_999_999))
            if number not in self._numbers:
                self._numbers.add(number)
                return number

    def next_label_form(self) -> str:
        """Label forms in turn, so every form is in the seeded data (and in each status)."""
        form = LABEL_FORMS[self._forms % len(LABEL_FORMS)]
        self._forms += 1
        return form

    def tracking_number(self) -> str:
        return str(self.rng.randrange(10**11, 10**12))

    def _address(self) -> ScAddress:
        rng = self.rng
        area = rng.choice(AREAS[rng.choice(["İstanbul", "İstanbul", "Ankara"])])
        first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
        email = f"{first}.{last}{rng.randrange(10, 99)}@example.com".translate(_ASCII).lower()
        phone = f"+90 5{rng.choice('345')}{rng.randrange(10)} {rng.randrange(100, 1000)} {rng.randrange(10, 100)} " \
                f"{rng.randrange(10, 100)}"
        corporate = rng.random() < 0.15
        return ScAddress(
            first_name=first, last_name=last, email=email, phone_number=phone,
            city=area.district.township.city.name, township=area.district.township.name,
            district=area.district.name,
            line=f"{rng.choice(area.streets)} No:{rng.randrange(1, 180)} D:{rng.randrange(1, 25)}",
            postcode=area.postcode,
            company_name=rng.choice(_COMPANIES) if corporate else None,
            tax_office=rng.choice(_TAX_OFFICES) if corporate else None,
            tax_no=str(rng.randrange(10**9, 10**10)) if corporate else None,
            e_bill_taxpayer=corporate,
            identity_number=None if corporate else str(rng.randrange(10**10, 10**11)),
        )

    def _item(self, number: str, code: str, price: str, at: datetime) -> ScItem:
        discount = Decimal(price) * Decimal("0.10") if self.rng.random() < 0.2 else Decimal("0")
        return ScItem(number, code, Decimal(price), discount.quantize(Decimal("0.01")), Decimal("0.20"), at, at)

    def package(self, status: int) -> ScPackage:
        rng = self.rng
        number, order_number = self.package_number(), self.package_number()
        placed = self.now - timedelta(hours=rng.uniform(2, 30) if status == PREPARING else rng.uniform(30, 240))
        created = placed + timedelta(minutes=rng.uniform(2, 15))
        items = []
        for index in range(1, rng.choice([1, 1, 2, 2, 3, 4]) + 1):
            base, price = rng.choice(_BASES)
            size = rng.choice(_SIZES) if base not in ("AKN-KEMER", "AKN-CANTA", "AKN-ATKI", "AKN-CORAP") else "STD"
            items.append(self._item(f"{number}-{index}", f"{base}-{rng.choice(_COLOURS)}-{size}", price, created))
        address = self._address()
        gift = rng.random() < 0.15
        return ScPackage(
            number=number, order_number=order_number, status=status,
            shipping_address=address, billing_address=address if rng.random() < 0.8 else self._address(),
            items=items, shipping_method=rng.choice(SHIPPING_METHODS), label_form=self.next_label_form(),
            date_placed=placed, created_at=created, updated_at=created,
            has_gift_box=gift, gift_box_note=rng.choice(_GIFT_NOTES) if gift else None,
            notes=rng.choice(_ORDER_NOTES) if rng.random() < 0.2 else None,
        )

    def docs_package(self) -> ScPackage:
        """The documentation's example package (Preparing, two items, the docs' numbers)."""
        package = self.package(PREPARING)
        at = package.created_at
        package.number, package.order_number = DOCS_PACKAGE, DOCS_ORDER
        package.items = [
            self._item(f"{DOCS_PACKAGE}-1", "AKN-TSHRT-RD", "99.99", at),
            self._item(f"{DOCS_PACKAGE}-2", "AKN-JEAN-LCV-M", "899.99", at),
        ]
        package.shipping_method = SHIPPING_METHODS[0]
        return package

    def seed_packages(self, extra_preparing: int = 0) -> list[ScPackage]:
        """The seeded packages (:data:`SEED_PLAN`), and `extra_preparing` more to pack (soaks)."""
        packages = [self.docs_package()]
        plan = SEED_PLAN + (((PREPARING, extra_preparing),) if extra_preparing > 0 else ())
        for status, count in plan:
            for _ in range(count):
                package = self.package(status)
                if status >= READY_TO_SHIP:
                    package.tracking_number = self.tracking_number()
                    package.updated_at = package.created_at + timedelta(hours=2)
                if status >= SHIPPED:
                    package.shipment_date = package.created_at + timedelta(hours=5)
                if status in (DELIVERED,):
                    package.delivery_date = package.created_at + timedelta(days=2)
                packages.append(package)
        return packages

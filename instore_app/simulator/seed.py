"""Deterministic, realistic (Turkish) seed data for the simulated OMS.

Everything is drawn from one ``random.Random(seed)`` and dated relative to a
given ``now``, so two stores built from the same seed and ``now`` serialize
to identical JSON. :class:`SeedFactory` makes reference data once and new
packages (always in Waiting) on demand; the store moves them to their seeded
states with the same effects its commands use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from typing import Generic, TypeVar

from .models import (
    CargoCompany,
    City,
    Customer,
    DenialReason,
    District,
    Package,
    PackageItem,
    Product,
    ShippingAddress,
    StockLocation,
    Township,
)
from .states import ITEM_WAITING, ORDER_APPROVED, WAITING

DEFAULT_STOCK_LOCATION_ID = 1

# --- places -----------------------------------------------------------------

ISTANBUL = City(34, "İstanbul", "41.00823600", "28.97835900")
ANKARA = City(6, "Ankara", "39.93336300", "32.85974200")
KOCAELI = City(41, "Kocaeli", "40.85327000", "29.88152000")

# township: (pk, name, city, postcode, lat, lon, [(district pk, name)], [streets])
_TOWNSHIPS = [
    (457, "Kadıköy", ISTANBUL, "34710", "40.99034000", "29.02906000",
     [(35463, "Caferağa Mah."), (35470, "Fenerbahçe Mah."), (35474, "Koşuyolu Mah."),
      (35477, "Acıbadem Mah.")],
     ["Moda Cad.", "Bahariye Cad.", "Fenerbahçe Cad.", "Kuşdili Cad.", "Dr. Esat Işık Cad."]),
    (458, "Beşiktaş", ISTANBUL, "34353", "41.04290000", "29.00750000",
     [(35501, "Levent Mah."), (35505, "Bebek Mah."), (35509, "Sinanpaşa Mah.")],
     ["Barbaros Bulvarı", "Cevdet Paşa Cad.", "Nispetiye Cad.", "Ihlamurdere Cad."]),
    (459, "Şişli", ISTANBUL, "34365", "41.06020000", "28.98770000",
     [(35530, "Teşvikiye Mah."), (35533, "Harbiye Mah."), (35536, "Mecidiyeköy Mah.")],
     ["Abdi İpekçi Cad.", "Valikonağı Cad.", "Halaskargazi Cad.", "Büyükdere Cad."]),
    (460, "Üsküdar", ISTANBUL, "34662", "41.02550000", "29.01530000",
     [(35560, "Altunizade Mah."), (35563, "Kuzguncuk Mah."), (35566, "Çengelköy Mah.")],
     ["Kısıklı Cad.", "Paşalimanı Cad.", "Hakimiyeti Milliye Cad."]),
    (461, "Ataşehir", ISTANBUL, "34746", "40.98460000", "29.10670000",
     [(35590, "Barbaros Mah."), (35593, "Atatürk Mah.")],
     ["Ataşehir Bulvarı", "Mimar Sinan Cad.", "Sedef Cad."]),
    (462, "Bakırköy", ISTANBUL, "34158", "40.98190000", "28.87190000",
     [(35620, "Ataköy 1. Kısım Mah."), (35623, "Yeşilköy Mah.")],
     ["İstanbul Cad.", "Rauf Orbay Cad.", "Fişekhane Cad."]),
    (463, "Maltepe", ISTANBUL, "34844", "40.93570000", "29.15520000",
     [(35650, "Cevizli Mah."), (35653, "Altayçeşme Mah.")],
     ["Bağdat Cad.", "Çamlık Sok.", "Atatürk Cad."]),
    (464, "Sarıyer", ISTANBUL, "34467", "41.16680000", "29.05730000",
     [(35680, "Tarabya Mah."), (35683, "Emirgan Mah.")],
     ["Tarabya Cad.", "Emirgan Koru Cad.", "Piyasa Cad."]),
    (601, "Çankaya", ANKARA, "06420", "39.91790000", "32.86270000",
     [(36010, "Kızılay Mah."), (36013, "Bahçelievler Mah."), (36016, "Çayyolu Mah.")],
     ["Atatürk Bulvarı", "Tunalı Hilmi Cad.", "Aşkabat Cad.", "Ziya Gökalp Cad."]),
    (602, "Yenimahalle", ANKARA, "06370", "39.96920000", "32.80970000",
     [(36040, "Batıkent Mah.")],
     ["Ostim Cad.", "Kardelen Cad."]),
    (701, "Gebze", KOCAELI, "41400", "40.80270000", "29.43070000",
     [(37010, "Güzeller Mah."), (37013, "Tavşanlı Mah.")],
     ["İstanbul Cad.", "OSB 1000. Sok.", "Fevzi Çakmak Cad."]),
]


@dataclass(frozen=True)
class _Area:
    district: District
    postcode: str
    streets: tuple[str, ...]


def _build_areas() -> dict[str, list[_Area]]:
    """Districts grouped by city name, with their postcodes and streets."""
    areas: dict[str, list[_Area]] = {}
    for pk, name, city, postcode, lat, lon, districts, streets in _TOWNSHIPS:
        township = Township(pk, name, city, lat, lon)
        for district_pk, district_name in districts:
            district = District(district_pk, district_name, township, lat, lon)
            areas.setdefault(city.name, []).append(_Area(district, postcode, tuple(streets)))
    return areas


AREAS = _build_areas()


def _district(name: str) -> _Area:
    return next(a for group in AREAS.values() for a in group if a.district.name == name)


# --- reference data ----------------------------------------------------------

_EPOCH = datetime(2021, 7, 6, 13, 7, 14, 377251, tzinfo=timezone.utc)


def _stock_locations() -> list[StockLocation]:
    rows = [
        (1, "Kadıköy Mağaza", "KDK01", "store", "Caferağa Mah.", "Bahariye Cad. No:23",
         "+90 216 555 01 01", "kadikoy@akinon-demo.com.tr"),
        (2, "Nişantaşı Mağaza", "NST02", "store", "Teşvikiye Mah.", "Abdi İpekçi Cad. No:41",
         "+90 212 555 02 02", "nisantasi@akinon-demo.com.tr"),
        (3, "Ankara Kızılay Mağaza", "ANK03", "store", "Kızılay Mah.", "Atatürk Bulvarı No:112",
         "+90 312 555 03 03", "kizilay@akinon-demo.com.tr"),
        (4, "Gebze Merkez Depo", "GBZ04", "warehouse", "Güzeller Mah.", "OSB 1000. Sok. No:5",
         "+90 262 555 04 04", "depo@akinon-demo.com.tr"),
    ]
    locations = []
    for id_, name, erp, kind, district_name, line, phone, email in rows:
        area = _district(district_name)
        locations.append(
            StockLocation(
                id=id_, name=name, erp_code=erp, stock_location_type=kind,
                address_id=100 + id_, district=area.district, line=line,
                postcode=area.postcode, latitude=area.district.latitude,
                longitude=area.district.longitude, phone=phone, email=email,
                priority=10 * id_, created_date=_EPOCH + timedelta(days=id_),
            )
        )
    return locations


CARGO_COMPANIES = (
    CargoCompany(728, "Yurtiçi Kargo", "yurtici", "yurtici"),
    CargoCompany(731, "Aras Kargo", "aras", "aras"),
    CargoCompany(735, "MNG Kargo", "mng", "mng"),
    CargoCompany(740, "PTT Kargo", "ptt", "ptt"),
    CargoCompany(744, "Sürat Kargo", "surat", "surat"),
)

DENIAL_REASONS = (
    DenialReason(34, "Ürün Eksik", None, 1, True),
    DenialReason(67, "Hatalı Ürün", None, 2, True),
    DenialReason(71, "Ürün Hasarlı", "DMG-01", 3, True),
    DenialReason(72, "Müşteri İptali", "CUST-CANCEL", 4, True),
    DenialReason(75, "Mağaza Yoğunluğu", None, 5, True),
    DenialReason(80, "Etiket Basılamadı", None, 6, False),
)

_APPAREL_SIZES = [("XS", "Extra Small"), ("S", "Small"), ("M", "Medium"), ("L", "Large"),
                  ("XL", "Extra Large")]
_SHOE_SIZES = [(str(n), str(n)) for n in range(37, 45)]
_ONE_SIZE = [("Standart", "Standart")]
_COLOURS = [("SİYAH", "Siyah"), ("BEYAZ", "Beyaz"), ("LACİVERT", "Lacivert"),
            ("GRİ MELANJ", "Gri Melanj"), ("BEJ", "Bej"), ("KIRMIZI", "Kırmızı"),
            ("HAKİ", "Haki"), ("EKRU", "Ekru"), ("KAHVERENGİ", "Kahverengi"),
            ("İNDİGO", "İndigo")]
# (model name, sizes, price, retail price)
_MODELS = [
    ("Pamuklu Basic Tişört", _APPAREL_SIZES, "249.99", "349.99"),
    ("Slim Fit Kot Pantolon", _APPAREL_SIZES, "899.99", "1199.99"),
    ("Oversize Kapüşonlu Sweatshirt", _APPAREL_SIZES, "749.99", "899.99"),
    ("Keten Gömlek", _APPAREL_SIZES, "649.99", "799.99"),
    ("Örgü Balıkçı Yaka Kazak", _APPAREL_SIZES, "699.99", "949.99"),
    ("Kaşe Kaban", _APPAREL_SIZES, "2499.99", "3299.99"),
    ("Polo Yaka Tişört", _APPAREL_SIZES, "399.99", "499.99"),
    ("Chino Pantolon", _APPAREL_SIZES, "749.99", "899.99"),
    ("Kot Ceket", _APPAREL_SIZES, "1199.99", "1499.99"),
    ("Midi Boy Elbise", _APPAREL_SIZES, "999.99", "1299.99"),
    ("Pileli Midi Etek", _APPAREL_SIZES, "699.99", "899.99"),
    ("Triko Hırka", _APPAREL_SIZES, "799.99", "999.99"),
    ("Şişme Mont", _APPAREL_SIZES, "2199.99", "2799.99"),
    ("Deri Sneaker", _SHOE_SIZES, "1899.99", "2299.99"),
    ("Süet Bot", _SHOE_SIZES, "2299.99", "2899.99"),
    ("Günlük Loafer Ayakkabı", _SHOE_SIZES, "1599.99", "1999.99"),
    ("Deri Kemer", _ONE_SIZE, "449.99", "599.99"),
    ("Kanvas Sırt Çantası", _ONE_SIZE, "899.99", "1099.99"),
    ("Yün Atkı", _ONE_SIZE, "349.99", "449.99"),
    ("Spor Çorap 3'lü Paket", _ONE_SIZE, "149.99", "199.99"),
]
PRODUCTS_WITHOUT_BARCODE = 8  # of 40: about one in five is identified by SKU only


def ean13_check_digit(first12: str) -> str:
    """The EAN-13 check digit for 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def _products(rng: random.Random) -> list[Product]:
    products: list[Product] = []
    for model_no, (name, sizes, price, retail) in enumerate(_MODELS, start=1):
        # Two variants per model: two sizes of one colour, or two colours.
        colours = rng.sample(_COLOURS, 2)
        picked_sizes = rng.sample(sizes, 2) if len(sizes) > 1 else sizes * 2
        vary_colour = len(sizes) == 1 or rng.random() < 0.5
        for variant in range(2):
            index = len(products)
            colour, colour_label = colours[variant] if vary_colour else colours[0]
            size, size_label = picked_sizes[variant]
            body = "869" + "".join(str(rng.randrange(10)) for _ in range(9))
            products.append(
                Product(
                    id=301 + index, omnitron_id=8301 + index, name=name,
                    base_code=f"AKN-{model_no:03d}", sku=f"AKN-{1001 + index}",
                    barcode=body + ean13_check_digit(body),
                    colour=colour, colour_label=colour_label, size=size, size_label=size_label,
                    price=price, retail_price=retail,
                    created_date=_EPOCH + timedelta(days=400 + index, minutes=7 * index),
                )
            )
    without = set(rng.sample(range(len(products)), PRODUCTS_WITHOUT_BARCODE))
    return [replace(p, barcode=None) if i in without else p for i, p in enumerate(products)]


# --- customers and orders ----------------------------------------------------

_FIRST_NAMES = ["Ayşe", "Fatma", "Zeynep", "Elif", "Merve", "Emine", "Büşra", "Selin", "Derya",
                "Gülşen", "Özge", "İrem", "Şule", "Çağla", "Mehmet", "Mustafa", "Ahmet", "Ali",
                "Hüseyin", "Emre", "Burak", "Oğuz", "Can", "Serkan", "Uğur", "İsmail", "Gökhan",
                "Barış", "Çağrı", "Kerem"]
_LAST_NAMES = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
               "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
               "Kurt", "Özkan", "Şimşek", "Erdoğan", "Güneş", "Aksoy", "Bulut"]


V = TypeVar("V")


class _Weighted(Generic[V]):
    """A weighted choice among fixed values (cumulative weights computed once)."""

    def __init__(self, *pairs: tuple[V, int]) -> None:
        self.values = [value for value, _ in pairs]
        self.cum_weights = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> V:
        return rng.choices(self.values, cum_weights=self.cum_weights)[0]


_CHANNELS = _Weighted((("Web Sitesi", 1), 5), (("Mobil Uygulama", 2), 4), (("Çağrı Merkezi", 3), 1))
_PAYMENT_TYPES = _Weighted(("credit_card", 75), ("pay_on_delivery", 15), ("funds_transfer", 10))
_ITEM_COUNTS = _Weighted((1, 35), (2, 28), (3, 17), (4, 10), (5, 6), (6, 4))
_BUCKETS = _Weighted(("overdue", 25), ("today", 35), ("soon", 40))
_EXTRA_STATES = _Weighted(("100", 50), ("200", 25), ("400", 25))
_GIFT_NOTES = [
    "Doğum günün kutlu olsun! Sevgiyle, Ayşe",
    "Yeni yaşında her şey gönlünce olsun.",
    "İyi ki varsın! Annenden sevgilerle.",
    "Mutlu yıllar canım kardeşim.",
    "Yeni işinde başarılar dilerim, Emre.",
    "Geçmiş olsun, seni çok seviyoruz.",
    "Evlilik yıl dönümümüz kutlu olsun.",
    "Küçük bir sürpriz, keyifle giy!",
]
_ORDER_NOTES = [
    "Lütfen zile basmayın, kapıya bırakın.",
    "Kapıcıya teslim edilebilir.",
    "Teslimat öncesi arayınız.",
    "İş yeri adresidir, 09:00-18:00 arası teslim ediniz.",
    "Paketin üzerine fiyat etiketi koymayınız.",
    "Site girişindeki güvenliğe bırakabilirsiniz.",
]
_ADDRESS_TITLES = ["Ev", "İş", "Evim", "Ofis", "Annemler"]
_ASCII = str.maketrans("çğıİöşüÇĞÖŞÜ", "cgiIosuCGOSU")


@dataclass
class _Order:
    """What packages of one order share (a split order has several)."""

    id: int
    number: str
    omnitron_id: int
    date_placed: datetime
    channel: tuple[str, int]
    payment_type: str
    address: ShippingAddress
    gift_note: str | None
    notes: str | None
    packages: int = 0


class SeedFactory:
    """Makes the reference data and, on demand, new Waiting packages."""

    def __init__(self, seed: int, now: datetime) -> None:
        self.seed = seed
        self.now = now
        self.rng = random.Random(seed)
        self.stock_locations = {loc.id: loc for loc in _stock_locations()}
        self.products = _products(self.rng)
        self.cargo_companies = CARGO_COMPANIES
        self.denial_reasons = {reason.id: reason for reason in DENIAL_REASONS}
        self._next = {"package": 10001, "item": 50001, "order": 7001, "order_item": 20001,
                      "address": 4001, "customer": 1101}
        self._order_numbers: set[str] = set()

    def _id(self, kind: str) -> int:
        value = self._next[kind]
        self._next[kind] = value + 1
        return value

    # -- times ---------------------------------------------------------------

    def target_packing_date(self, bucket: str) -> datetime:
        """A target time: ``overdue``, ``today``, ``soon`` (1-3 days) or ``past`` (done)."""
        hours = {
            "overdue": (-36, -1),
            "today": (0.5, 8),
            "soon": (24, 72),
            "past": (-120, -24),
        }[bucket]
        return self.now + timedelta(hours=self.rng.uniform(*hours))

    def active_bucket(self) -> str:
        return _BUCKETS.pick(self.rng)

    # -- orders and packages -------------------------------------------------

    def _order_number(self) -> str:
        while True:
            number = str(self.rng.randrange(2_200_000_000_000_000, 2_399_999_999_999_999))
            if number not in self._order_numbers:
                self._order_numbers.add(number)
                return number

    def _address(self, location: StockLocation, placed: datetime, channel: int) -> ShippingAddress:
        rng = self.rng
        city = location.district.township.city.name
        pool = AREAS["Ankara"] if city == "Ankara" else AREAS["İstanbul"]
        area = rng.choice(pool)
        first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
        customer_pk = self._id("customer")
        email = f"{first}.{last}{customer_pk % 97}@example.com".translate(_ASCII).lower()
        phone = (f"+90 5{rng.choice('345')}{rng.randrange(10)} {rng.randrange(100, 1000)} "
                 f"{rng.randrange(10, 100)} {rng.randrange(10, 100)}")
        customer = Customer(customer_pk, first, last, email, phone, channel)
        line = f"{rng.choice(area.streets)} No:{rng.randrange(1, 180)} D:{rng.randrange(1, 25)}"
        address_id = self._id("address")
        return ShippingAddress(
            id=address_id, customer=customer, district=area.district, line=line,
            postcode=area.postcode, title=rng.choice(_ADDRESS_TITLES),
            omnitron_id=address_id + 3000, created_date=placed - timedelta(days=rng.randrange(1, 400)),
            notes=None,
        )

    def new_order(self, location: StockLocation, target: datetime) -> _Order:
        rng = self.rng
        placed = min(
            target - timedelta(hours=rng.uniform(20, 48)),
            self.now - timedelta(hours=rng.uniform(0.5, 6)),
        )
        order_id = self._id("order")
        channel = _CHANNELS.pick(rng)
        return _Order(
            id=order_id,
            number=self._order_number(),
            omnitron_id=40000 + order_id,
            date_placed=placed,
            channel=channel,
            payment_type=_PAYMENT_TYPES.pick(rng),
            address=self._address(location, placed, channel[1]),
            gift_note=rng.choice(_GIFT_NOTES) if rng.random() < 0.15 else None,
            notes=rng.choice(_ORDER_NOTES) if rng.random() < 0.2 else None,
        )

    def _items(self, package_id: int, order: _Order, created: datetime) -> list[PackageItem]:
        rng = self.rng
        count = _ITEM_COUNTS.pick(rng)
        products = [rng.choice(self.products) for _ in range(count)]
        if count > 1 and rng.random() < 0.25:  # the same product ordered twice
            products[1] = products[0]
        items = []
        for product in products:
            discount = "0.00"
            if rng.random() < 0.2:
                discount = f"{float(product.price) * 0.1:.2f}"
            order_item_id = self._id("order_item")
            items.append(
                PackageItem(
                    id=self._id("item"), package_id=package_id, product=product,
                    state=ITEM_WAITING, order_id=order.id, order_item_id=order_item_id,
                    order_item_omnitron_id=50000 + order_item_id, order_item_state=ORDER_APPROVED,
                    discount_amount=discount, created_date=created, modified_date=created,
                )
            )
        return items

    def new_package(
        self, location: StockLocation, target: datetime, order: _Order | None = None
    ) -> Package:
        """A Waiting package at ``location``; a new order unless one is given."""
        rng = self.rng
        order = order or self.new_order(location, target)
        order.packages += 1
        package_id = self._id("package")
        created = order.date_placed + timedelta(minutes=rng.uniform(2, 15))
        is_store = location.stock_location_type == "store"
        click_and_collect = is_store and rng.random() < 0.08
        return Package(
            id=package_id,
            number=f"{order.number}P{order.packages}",
            order_id=order.id,
            order_number=order.number,
            omnitron_order_id=order.omnitron_id,
            date_placed=order.date_placed,
            channel_name=order.channel[0],
            channel_omnitron_id=order.channel[1],
            payment_type=order.payment_type,
            delivery_type="same_day" if rng.random() < 0.1 else "standard",
            stock_location=location,
            shipping_address=order.address,
            target_packing_date=target,
            created_date=created,
            modified_date=created,
            state=WAITING,
            items=self._items(package_id, order, created),
            distance_to_shipping_address=rng.randrange(1, 40),
            is_click_and_collect=click_and_collect,
            order_has_gift_box=order.gift_note is not None,
            order_gift_box_note=order.gift_note,
            order_notes=order.notes,
        )

    def seed_packages(self) -> list[tuple[Package, str]]:
        """The seeded packages, each with the state ``enum_value`` it must reach."""
        planned: list[tuple[Package, str]] = []
        split: list[tuple[_Order, datetime]] = []
        for location_id, plan in SEED_PLAN.items():
            location = self.stock_locations[location_id]
            for value, count in plan:
                for _ in range(count):
                    bucket = "past" if value in FINISHED_STATES else self.active_bucket()
                    target = self.target_packing_date(bucket)
                    order = self.new_order(location, target)
                    planned.append((self.new_package(location, target, order), value))
                    if location_id == 1 and value == "100" and len(split) < SPLIT_ORDERS:
                        split.append((order, target))
        second = self.stock_locations[2]
        for order, target in split:
            planned.append((self.new_package(second, target, order), "200"))
        return planned

    def extra_package(self, location: StockLocation) -> tuple[Package, str]:
        """One more package at ``location`` in an active state (for scale tests)."""
        value = _EXTRA_STATES.pick(self.rng)
        target = self.target_packing_date(self.active_bucket())
        return self.new_package(location, target), value


#: States whose packages were handled days ago (their target dates are past).
FINISHED_STATES = {"600", "800", "900"}
# Seeded packages per stock location: (state enum_value, count).
SEED_PLAN: dict[int, list[tuple[str, int]]] = {
    1: [("100", 25), ("200", 15), ("400", 15), ("500", 10), ("800", 8), ("920", 2), ("950", 2)],
    2: [("100", 4), ("200", 2), ("400", 2), ("500", 1), ("800", 1)],
    3: [("100", 3), ("200", 2), ("400", 2), ("500", 1), ("600", 1), ("900", 1)],
    4: [("100", 4), ("200", 2), ("400", 2), ("500", 1), ("800", 1)],
}
#: Orders at location 1 that also have a second package (``...P2``) at location 2.
SPLIT_ORDERS = 4

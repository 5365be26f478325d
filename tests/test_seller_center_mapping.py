"""Seller Center packages as the app's packages, the took-effect rules of its writes, and its
reasons: pure functions, no Qt, no network (the documentation's own examples as input)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from instore_app.api.models import Page, adapter
from instore_app.api.seller_center import SellerCenterPackage, SellerCenterPackageItem
from instore_app.packing import Action, Confirmed, PackingSession, offered_actions, ship_action
from instore_app.seller_center import effects, reasons
from instore_app.seller_center.effects import ScCommand
from instore_app.seller_center.mapping import (
    HASH_FLOOR,
    cargo_company_id,
    item_id,
    package_id,
    status_state,
    to_package,
    to_short,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "api-docs"
SQLITE_MAX = 2**63 - 1


def documented(name: str) -> dict:
    return json.loads(next(FIXTURES.glob(f"seller-center-packages__??-{name}.json")).read_bytes())


def docs_package(**changes) -> SellerCenterPackage:
    row = documented("pkg101-get-packages")["results"][0]
    return SellerCenterPackage.model_validate({**row, **changes})


def docs_items(*more: dict) -> list[SellerCenterPackageItem]:
    rows = documented("pkg102-get-package-items")["results"] + list(more)
    return adapter(Page[SellerCenterPackageItem]).validate_python({"count": len(rows), "results": rows}).results


def item(number: str, product: str, status: int | None = 1) -> dict:
    return {"number": number, "product": product, "status": status, "amount": 10.5, "discount_amount": 0.5}


# -- ids ------------------------------------------------------------------------------------------


def test_ids_are_stable_positive_and_fit_the_journal():
    assert package_id("2595053219311870") == 2595053219311870  # the documented numbers are digits
    assert package_id(" 2595053219311870 ") == 2595053219311870
    for odd in ("PKG-2595-A", "٢٥٩٥", "99999999999999999999", "0", ""):  # not digits, Arabic digits, too long, zero
        value = package_id(odd)
        assert HASH_FLOOR <= value <= SQLITE_MAX and value == package_id(odd)
    items = {item_id(f"2595053219311870-{n}") for n in range(1, 200)}
    assert len(items) == 199 and all(HASH_FLOOR <= i <= SQLITE_MAX for i in items)
    assert item_id("2595053219311870-1") == item_id("2595053219311870-1")
    carriers = [cargo_company_id(name) for name in ("yurtici", "aras", "mng", "ptt", "surat", "dhl")]
    assert len(set(carriers)) == 6 and all(1 <= c <= 999_999_999 for c in carriers)  # fits a ZZCARGO code
    assert cargo_company_id("DHL") == cargo_company_id("dhl")


# -- the package ---------------------------------------------------------------------------------


def test_the_documented_package_is_mapped_for_the_bench():
    row = docs_package()
    package = to_package(row, docs_items(item("2595053219311870-2", "AKN-JEAN-LCV-M")))
    assert (package.id, package.number, package.order_number) == (2595053219311870, "2595053219311870", "2594887831811953")
    assert package.state.id == 2 and package.state.enum_value == "200"
    assert package.state.display_name("en") == "Preparing" and package.state.display_name("tr") == "Hazırlanıyor"
    first, _second = package.packageitem_set
    assert (first.product.name, first.product.sku, first.product.barcode) == ("AKN-TSHRT-RD", "AKN-TSHRT-RD", None)
    assert first.id == item_id("2595053219311870-1") and first.package == package.id
    assert str(first.order_item.price) == "99.99" and str(first.order_item.net_amount) == "90.00"
    assert package.shipping_address.full_name == "text text" and package.shipping_address.city.name == "text"
    assert package.order_has_gift_box and package.order_gift_box_note == "Happy Birthday!"
    assert package.order_notes == "Please handle with care."
    assert package.shipment.cargo_company.name == "DHL" and package.shipment.awb_number == "3457623412"
    assert package.channel_name == "DHL - Standard"
    assert package.shipping_label is None  # no label before Ready to Ship
    assert offered_actions(package) == {Action.PACK, Action.OUT_OF_STOCK, Action.REFUSE}
    short = to_short(row, 2)
    assert (short.id, short.packageitem_count, short.state.id) == (package.id, 2, 2)


def test_scanning_the_product_code_confirms_the_item():
    package = to_package(docs_package(), docs_items(item("2595053219311870-2", "AKN-TSHRT-RD")))
    session = PackingSession(package)
    first = session.scan("AKN-TSHRT-RD")
    second = session.scan("akn-tshrt-rd\r")
    assert isinstance(first, Confirmed) and isinstance(second, Confirmed) and second.complete
    assert first.total_for_product == 2


@pytest.mark.parametrize(
    "status, english, turkish, enum_value",
    [
        (2, "Preparing", "Hazırlanıyor", "200"),
        (3, "Ready to Ship", "Kargoya hazır", "500"),
        (4, "Shipped", "Kargoya verildi", "600"),
        (5, "Delivered", "Teslim edildi", "800"),
        (6, "Delivery Failed", "Teslim edilemedi", "sc-6"),
        (7, "Rejected", "Reddedildi", "sc-7"),
        (9, "Status 9", "Durum 9", "sc-9"),
        (None, "No status", "Durum yok", "sc-none"),
    ],
)
def test_every_status_has_a_name_in_english_and_turkish(status, english, turkish, enum_value):
    state = status_state(status)
    assert (state.display_name("en"), state.display_name("tr"), state.enum_value) == (english, turkish, enum_value)


def test_what_each_status_allows():
    ready = to_package(docs_package(status=3), docs_items())
    assert ship_action(ready) is Action.SHIP and ready.shipping_label is not None
    without_tracking = to_package(docs_package(status=3, tracking_number=None), docs_items())
    assert ship_action(without_tracking) is Action.ADVANCED_SHIP  # the courier's label is scanned
    for status in (4, 5, 6, 7, None):
        assert offered_actions(to_package(docs_package(status=status), docs_items())) == frozenset()


# -- took effect -----------------------------------------------------------------------------------


def package_with(status: int, *items: dict):
    return to_package(docs_package(status=status), docs_items(*items))


def command(name: str, *items: str) -> ScCommand:
    return ScCommand(name, Action.PACK, "2595053219311870", 2, tuple(items))


SECOND = item("2595053219311870-2", "AKN-JEAN-LCV-M")


@pytest.mark.parametrize(
    "name, after, expected",
    [
        (effects.READY_TO_SHIP, 3, True),
        (effects.READY_TO_SHIP, 4, True),  # shipped since: packing applied
        (effects.READY_TO_SHIP, 6, True),
        (effects.READY_TO_SHIP, 2, False),  # still Preparing: it may be sent again after the settle period
        (effects.READY_TO_SHIP, 7, None),  # rejected meanwhile: the packer decides
        (effects.SHIPPED, 4, True),
        (effects.SHIPPED, 5, True),
        (effects.SHIPPED, 3, False),
        (effects.SHIPPED, 2, None),
    ],
)
def test_a_status_write_took_effect_by_the_status_read_again(name, after, expected):
    before = package_with(2 if name == effects.READY_TO_SHIP else 3)
    assert effects.took_effect(before, package_with(after), command(name)) is expected


def test_a_reject_took_effect_when_its_items_are_gone():
    before = package_with(2, SECOND)
    reject = command(effects.REJECT, "2595053219311870-2")
    assert effects.took_effect(before, package_with(2), reject) is True  # the item left the package
    assert effects.took_effect(before, package_with(7), reject) is True
    assert effects.took_effect(before, package_with(2, SECOND), reject) is False  # still there, unchanged
    changed = dict(SECOND, status=9)
    assert effects.took_effect(before, package_with(2, changed), reject) is None  # its status moved: unknown
    both = command(effects.REJECT, "2595053219311870-1", "2595053219311870-2")
    assert effects.took_effect(before, to_package(docs_package(), [docs_items(SECOND)[1]]), both) is None  # half gone
    assert effects.took_effect(before, package_with(3, SECOND), reject) is None  # packed with it


def test_a_split_took_effect_when_its_items_moved_and_others_stayed():
    before = package_with(2, SECOND)
    split = command(effects.SPLIT, "2595053219311870-2")
    assert effects.took_effect(before, package_with(2), split) is True
    assert effects.took_effect(before, package_with(2, SECOND), split) is False
    empty = to_package(docs_package(), [])
    assert effects.took_effect(before, empty, split) is None  # nothing left: not what a split does


def test_after_a_restart_the_same_rules_judge_the_journal_record():
    reject = command(effects.REJECT, "2595053219311870-2")
    assert effects.record_took_effect(effects.REJECT, reject.parameters, package_with(2)) is True
    assert effects.record_took_effect(effects.REJECT, reject.parameters, package_with(2, SECOND)) is False
    assert effects.record_took_effect(effects.READY_TO_SHIP, {"number": "1"}, package_with(3)) is True
    assert effects.record_took_effect(effects.SPLIT, {"items": "not a list"}, package_with(2)) is None
    assert effects.record_took_effect("COMPLETE_PACKAGING", {}, package_with(3)) is None  # not a Seller Center write
    with pytest.raises(ValueError):
        effects.took_effect(package_with(2), to_package(docs_package(number="1"), []), reject)


# -- reasons ---------------------------------------------------------------------------------------


DEFAULTS = ("Unsupplied", "Damaged product", "Defective product", "Wrong stock count", "Price error")


def test_the_reasons_are_numbered_and_shown_in_the_benchs_language():
    english = reasons.denial_reasons(DEFAULTS, "en")
    turkish = reasons.denial_reasons(DEFAULTS, "tr")
    assert [(r.id, r.title) for r in english][:2] == [(1, "Unsupplied"), (2, "Damaged product")]
    assert [r.title for r in turkish] == ["Tedarik edilemedi", "Hasarlı ürün", "Kusurlu ürün", "Stok sayımı hatalı", "Fiyat hatası"]
    assert all(r.remote_id == text for r, text in zip(turkish, DEFAULTS, strict=True))  # what is sent stays as configured
    own = reasons.denial_reasons(("Ürün kusurlu", " ", "Ürün kusurlu", "Unsupplied"), "tr")
    assert [(r.id, r.title, r.remote_id) for r in own] == [(1, "Ürün kusurlu", "Ürün kusurlu"), (2, "Tedarik edilemedi", "Unsupplied")]
    assert reasons.reason_text(DEFAULTS, 2) == "Damaged product"
    with pytest.raises(ValueError, match="no reject reason 6: the settings list 5"):
        reasons.reason_text(DEFAULTS, 6)


def test_the_out_of_stock_choices_ship_the_rest_first():
    choices = reasons.choices(DEFAULTS[:2], "tr")
    assert [(c.id, c.kind, c.reason, c.title) for c in choices] == [
        (reasons.SPLIT_CHOICE, "split", None, ""),
        (1, "reject", "Unsupplied", "Tedarik edilemedi"),
        (2, "reject", "Damaged product", "Hasarlı ürün"),
    ]

"""Every JSON example of the API documentation parses with the models that read it.

The examples are the fixtures in tests/fixtures/api-docs/, extracted verbatim from the docs
by scripts/extract_doc_examples.py (the docs themselves are not needed to run this file).
SHAPES maps each fixture to what reads it: a model shape parsed with
``adapter(shape).validate_json(raw_bytes)`` as the client does, an error body read by
``errors.error_for_status``, or a request body checked against the body the app sends.
A fixture without a mapping fails the suite, so no example goes untested.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import types
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Union, get_args, get_origin
from uuid import UUID

import httpx
import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from instore_app.api.client import OmsClient, parse
from instore_app.api.errors import (
    OmsBadRequest,
    OmsCommandNotAllowed,
    OmsHTTPError,
    OmsResponseError,
    error_for_status,
)
from instore_app.api.models import (
    PACKAGING_CANCELED,
    PREPARING,
    WAITING,
    Command,
    DenialReason,
    Package,
    PackageShort,
    PackageSimple,
    Page,
    TransitionLog,
    adapter,
)
from instore_app.api.order_models import (
    ORDER_APPROVED,
    PAYMENT_CREDIT_CARD,
    Channel,
    DeliveryRange,
    Invoice,
    Order,
    WebhookEvent,
)
from instore_app.api.seller_center.models import (
    CargoLabel,
    ChangeShippingMethod,
    PackageStatus,
    RejectPackage,
    SellerCenterPackage,
    SellerCenterPackageItem,
    SplitPackageBody,
    UpdatePackage,
    split_body,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "api-docs"
DOCS = ROOT.parent / "shared" / "api-docs"


# --- what reads each example -------------------------------------------------------------


@dataclass(frozen=True)
class ErrorBody:
    """An error answer: read by errors.error_for_status (the client raises what it returns)."""

    status: int
    error_class: type[OmsHTTPError]


class _Body(BaseModel):
    """A request body as the docs show it: no key the app does not know, exact types."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class CommandInputParameters(_Body):
    package_items: list[int] | None = None
    tracking_number: str | None = None
    #: "The ID of a shipping company", which the docs' example writes as a string.
    cargo_company: int | str | None = None


class CommandRequestBody(_Body):
    """POST /api/v1/oms/packages/{pk}/command/: transition or slug, and input_parameters."""

    transition: int | None = None
    slug: str | None = None
    input_parameters: CommandInputParameters


class SetInvoiceNumberBody(_Body):
    invoice_number: str


class SetRemoteIdBody(_Body):
    remote_id: str


#: A successful command's answer: the client keeps it as a dict (CommandResult.body).
CommandResultBody = dict[str, Any]

SHAPES: dict[str, Any] = {
    # oms-package-services
    "oms-package-services__??-package-list.json": Page[Package],
    "oms-package-services__??-package-short-list.json": Page[PackageShort],
    "oms-package-services__??-package-simple-list.json": Page[PackageSimple],
    "oms-package-services__??-package-detail.json": Package,
    "oms-package-services__??-package-short-detail.json": Package,
    "oms-package-services__??-package-state-transition-log-list.json": Page[TransitionLog],
    "oms-package-services__??-package-state-transition-log-short-list.json": Page[TransitionLog],
    "oms-package-services__??-package-state-transition-log-detail.json": TransitionLog,
    "oms-package-services__??-package-state-transition-log-short-detail.json": TransitionLog,
    "oms-package-services__??-package-webhook-event-list.json": Page[WebhookEvent],
    "oms-package-services__??-package-webhook-event-short-list.json": Page[WebhookEvent],
    "oms-package-services__??-package-webhook-event-details.json": WebhookEvent,
    "oms-package-services__??-package-delivery-ranges.json": Page[DeliveryRange],
    "oms-package-services__??-package-command-request.json": CommandRequestBody,
    "oms-package-services__??-package-command-response.json": CommandResultBody,
    "oms-package-services__??-package-invoice.json": Invoice,
    "oms-package-services__??-package-set-invoice-number-request.json": SetInvoiceNumberBody,
    "oms-package-services__??-package-set-remote-id-request.json": SetRemoteIdBody,
    # oms-commands
    "oms-commands__??-command-list.json": list[Command],
    "oms-commands__??-*-command-request.json": CommandRequestBody,
    "oms-commands__??-*-command-response.json": CommandResultBody,
    "oms-commands__??-*-406-*.json": ErrorBody(406, OmsCommandNotAllowed),
    "oms-commands__??-*-400.json": ErrorBody(400, OmsBadRequest),
    # oms-package-denial-reasons
    "oms-package-denial-reasons__??-package-denial-reason-list.json": Page[DenialReason],
    "oms-package-denial-reasons__??-package-denial-reason-simple-list.json": Page[DenialReason],
    "oms-package-denial-reasons__??-package-denial-reason-detail.json": DenialReason,
    # oms-order-services
    "oms-order-services__??-order-list.json": Page[Order],
    # seller-center-packages
    "seller-center-packages__??-pkg101-get-packages.json": Page[SellerCenterPackage],
    "seller-center-packages__??-pkg102-get-package-items.json": Page[SellerCenterPackageItem],
    "seller-center-packages__??-pkg103-update-package-request.json": UpdatePackage,
    "seller-center-packages__??-pkg103-update-package-response.json": SellerCenterPackage,
    "seller-center-packages__??-pkg104-get-cargo-label.json": CargoLabel,
    "seller-center-packages__??-pkg105-change-shipping-method-request.json": ChangeShippingMethod,
    "seller-center-packages__??-pkg106-split-package-request.json": SplitPackageBody,
    "seller-center-packages__??-pkg107-reject-package-request.json": RejectPackage,
}


def fixture_names() -> list[str]:
    return sorted(path.name for path in FIXTURES.glob("*.json"))


def patterns_for(name: str) -> list[str]:
    return [pattern for pattern in SHAPES if fnmatchcase(name, pattern)]


def fixture(pattern: str) -> str:
    """The name of the one fixture matching `pattern`."""
    matches = [name for name in fixture_names() if fnmatchcase(name, pattern)]
    assert len(matches) == 1, f"{pattern} matches {matches}"
    return matches[0]


def raw(pattern: str) -> bytes:
    return (FIXTURES / fixture(pattern)).read_bytes()


def read(pattern: str) -> Any:
    """The fixture matching `pattern`, parsed with the shape SHAPES maps it to."""
    name = fixture(pattern)
    (key,) = patterns_for(name)
    return adapter(SHAPES[key]).validate_json((FIXTURES / name).read_bytes())


# --- the table covers the fixtures, the fixtures cover the table ---------------------------


def test_fixtures_exist():
    names = fixture_names()
    assert len(names) >= 30, f"only {len(names)} fixtures in {FIXTURES}"
    stems = {name.split("__")[0] for name in names}
    assert stems == {
        "oms-package-services",
        "oms-commands",
        "oms-package-denial-reasons",
        "oms-order-services",
        "seller-center-packages",
    }


def test_every_fixture_has_exactly_one_mapping():
    problems = {name: patterns_for(name) for name in fixture_names() if len(patterns_for(name)) != 1}
    assert not problems, (
        "fixtures without exactly one entry in SHAPES (map each new example to the model "
        f"that reads it): {problems}"
    )


def test_every_mapping_has_a_fixture():
    unused = [pattern for pattern in SHAPES if not any(fnmatchcase(n, pattern) for n in fixture_names())]
    assert not unused, f"SHAPES entries that match no fixture: {unused}"


def test_unknown_fixture_name_has_no_mapping():
    assert patterns_for("oms-package-services__99-package-something-new.json") == []
    assert patterns_for("oms-commands__09-pack-command-404.json") == []


@pytest.mark.parametrize("name", fixture_names())
def test_example_parses_with_its_model(name):
    (pattern,) = patterns_for(name) or [None]
    assert pattern is not None, f"{name} has no entry in SHAPES"
    content = (FIXTURES / name).read_bytes()
    shape = SHAPES[pattern]
    if isinstance(shape, ErrorBody):
        error = error_for_status(shape.status, json.loads(content))
        assert type(error) is shape.error_class
        assert error.status_code == shape.status
        assert error.message
    else:
        assert adapter(shape).validate_json(content) is not None


@pytest.mark.skipif(not DOCS.is_dir(), reason=f"the API docs are not at {DOCS}")
def test_fixtures_are_up_to_date_with_the_docs():
    script = ROOT / "scripts" / "extract_doc_examples.py"
    command = [sys.executable, str(script), "--docs", str(DOCS), "--out", str(FIXTURES), "--check"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"re-run {script.name}: {result.stderr}"


# --- oms-package-services -----------------------------------------------------------------


def test_package_list():
    page = read("oms-package-services__??-package-list.json")
    assert (page.count, len(page.results)) == (945, 2)
    assert page.next.endswith("page=5") and page.previous.endswith("page=3")
    delivered, waiting = page.results
    assert (delivered.id, delivered.number) == (6636, "2236607691411584P1")
    assert delivered.state.enum_value == "800"
    assert delivered.state.display_name("tr") == "Teslim Edildi"
    assert delivered.shipment.cargo_company.name == "Speeta"
    assert delivered.shipment.estimated_delivery_date is None
    assert delivered.shipping_label.preview_url == "/api/v1/oms/shipping-label/2974/preview/"
    assert delivered.commands == []
    product = delivered.packageitem_set[0].product
    assert product.name == "Ultimate Organic Cotton T Shirt With Crew Neck"
    assert product.barcode is None
    assert product.attribute_label("integration_kol_boyu") == "Orta"
    assert delivered.packageitem_set[0].order_item.state.display_name("tr") == "Hazırlanıyor"

    assert waiting.state.enum_value == WAITING
    assert (waiting.shipment, waiting.shipping_label, waiting.tracking_number) == (None, None, None)
    assert "package__complete_packaging__waiting__packed-all-items" in [c.slug for c in waiting.commands]
    assert all(c.translations is None for c in waiting.commands)
    start = next(c for c in waiting.commands if c.id == 138)
    assert start.label == "hazırlamaya başla"
    assert start.ui_visibility == ["instore", "oms_web", "third_party"]
    assert [c.id for c in waiting.commands if c.is_packageitem_parameter_required] == [430]
    item = waiting.packageitem_set[0]
    assert item.order_item.price == Decimal("599.99")
    assert (item.product.size, item.product.colour) == ("Large", "SİYAH")
    assert waiting.shipping_address.customer.first_name == "John"
    assert waiting.stock_location.address.city.name == "MILANO"


def test_package_short_list():
    page = read("oms-package-services__??-package-short-list.json")
    assert (page.count, page.previous, len(page.results)) == (36404, None, 2)
    first = page.results[0]
    assert first.state.name == "Hazırlanıyor"
    assert first.state.enum_value == PREPARING
    assert first.state.translations == {
        "en-us": {"name": "Preparing"},
        "tr-tr": {"name": "Hazırlanıyor"},
    }
    assert first.state.display_name("en-US") == "Preparing"
    assert first.packageitem_count == 1
    assert first.delivery_type is None
    assert first.order_has_gift_box is None
    assert first.stock_location.erp_code == "test111111123"
    assert first.stock_location.address.city.pk == 2  # documented here as "id"


def test_package_simple_list():
    page = read("oms-package-services__??-package-simple-list.json")
    assert [row.id for row in page.results] == list(range(162344, 162334, -1))
    assert {row.state for row in page.results} == {34, 44, 142}
    assert {row.stock_location for row in page.results} == {513}
    assert all(row.invoice_number is None and row.remote_id is None for row in page.results)
    assert page.results[0].order == 5151


def test_package_detail():
    package = read("oms-package-services__??-package-detail.json")
    assert (package.id, package.number) == (162407, "1690624566214332P5")
    assert package.order_number == "1690624566214332"
    assert package.state.enum_value == PREPARING
    assert package.state.name == "Hazırlanıyor"
    assert package.state.display_name("en") == "Preparing"
    assert package.state.display_name("tr") == "Hazırlanıyor"
    (item,) = package.packageitem_set
    assert item.product.name == "YAPAY SUKULENT CAM TERARYUM 8 CM"
    assert item.product.barcode is None
    assert (item.product.size, item.product.colour) == ("Standart", "RENKSİZ")
    assert item.product.attribute_label("erp_MalDetayAdi") == "SAKSILI ÇİÇEK"
    assert item.product.image_url.endswith("9c7bd616-98f6-499c-b58f-c7f56f042180.jpg")  # lowest "order"
    assert item.state.enum_value == "250"
    assert item.order_item.state.name == "Onaylanmış"
    assert (item.selected_barcode, item.denial_reason, item.discrepancy_reason) == (None, None, None)
    (command,) = package.commands
    assert command.slug == "package__complete_packaging__hazırlanıyor__paketlendi"
    assert command.translations is None
    assert command.display_label("tr") == "Test Cache Command"
    assert (package.shipment, package.shipping_label) == (None, None)
    assert package.shipping_address.lines() == [
        "Viale Edoardo Jenner",
        "Lorem Ipsum, 20158 Milano MI",
        "11111 MILANO",
        "Italy",
    ]
    assert package.to_short().packageitem_count == 1


def test_package_short_detail():
    package = read("oms-package-services__??-package-short-detail.json")
    assert package.stock_location.name == "Beşiktaş Istanbul Mağaza B (Demo)"
    assert package.state.enum_value == PACKAGING_CANCELED
    (item,) = package.packageitem_set
    assert (item.state.enum_value, item.state.name) == ("600", "İptal Edilmiş")
    assert package.commands == []


def test_transition_logs():
    full = read("oms-package-services__??-package-state-transition-log-list.json")
    short = read("oms-package-services__??-package-state-transition-log-short-list.json")
    detail = read("oms-package-services__??-package-state-transition-log-detail.json")
    short_detail = read("oms-package-services__??-package-state-transition-log-short-detail.json")
    assert full.results == [detail]
    assert short.results == [short_detail]
    assert (detail.old_state.enum_value, detail.new_state.enum_value) == (WAITING, PACKAGING_CANCELED)
    assert detail.new_state.translations is None
    assert detail.new_state.display_name("tr") == "Packaging Canceled"
    assert (detail.user, detail.attributes, detail.object_id) == (None, {}, 162406)
    assert short_detail.object_id is None  # the short shapes leave it out
    assert detail.created_date == datetime(2022, 10, 6, 6, 49, 28, 100876, tzinfo=timezone.utc)


def test_webhook_events():
    page = read("oms-package-services__??-package-webhook-event-list.json")
    detail = read("oms-package-services__??-package-webhook-event-details.json")
    short = read("oms-package-services__??-package-webhook-event-short-list.json")
    assert page.results[0] == detail
    assert detail.event_type == "package.created"
    assert (detail.response_http_status, detail.delivered) == (405, False)
    assert detail.retry_count == len(detail.request_datetimes) == 19
    assert detail.response_content.startswith("b'<html>")
    # The payload is the package as webhook targets receive it: the Package model reads it.
    package = adapter(Package).validate_python(detail.request_payload.payload)
    assert (package.id, package.number, package.state.name) == (162406, "1690624566214332P4", "Bekliyor")
    assert package.commands[1].translations == {"en-us": {"label": "lorem"}, "tr-tr": {"label": "lorem"}}
    assert package.commands[0].translations is None
    assert [e.id for e in short.results] == [e.id for e in page.results] == [3113, 3114]
    assert all(e.request_payload is None and e.request_datetimes == [] for e in short.results)
    assert short.results[1].webhook.target_url == "https://postb.in/1598007567170-1180096510797"


def test_delivery_ranges():
    page = read("oms-package-services__??-package-delivery-ranges.json")
    assert (page.count, len(page.results)) == (427, 10)
    first = page.results[0]
    assert first.lower == datetime(2021, 10, 26, 6, tzinfo=timezone.utc)
    assert first.upper - first.lower == timedelta(hours=9)
    assert {r.bounds for r in page.results} == {"[)"}


def test_package_command_request_and_answer():
    body = read("oms-package-services__??-package-command-request.json")
    assert body.transition == 25
    assert body.slug == "package__detected_out_of_stock_item__waiting__contains-out-of-stock-products"
    assert body.input_parameters.package_items == [2, 1]
    answer = read("oms-package-services__??-package-command-response.json")
    assert answer == {
        "package__id": 2,
        "package__number": "530154142780104",
        "package__stock_location__id": 2,
        "package__stock_location__name": "SL_vYBFFLEx",
        "is_same_location": False,
    }


def test_client_sends_the_documented_command_body():
    documented = json.loads(raw("oms-package-services__??-package-command-request.json"))
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    async def run() -> None:
        transport = httpx.MockTransport(handler)
        async with OmsClient("https://oms.example.com", "token", transport=transport) as oms:
            command = Command(id=documented["transition"], command="DETECTED_OUT_OF_STOCK_ITEM")
            await oms.run_command(6635, command, documented["input_parameters"])

    asyncio.run(run())
    (request,) = sent
    assert request.url.path == "/api/v1/oms/packages/6635/command/"
    body = CommandRequestBody.model_validate_json(request.content)
    assert body.transition == documented["transition"]
    assert body.input_parameters.model_dump(exclude_none=True) == documented["input_parameters"]


def test_package_invoice():
    invoice = read("oms-package-services__??-package-invoice.json")
    assert invoice.number == "4747615176"
    assert (invoice.invoice_type, invoice.status) == ("purchased", "waiting")
    assert invoice.channel.name == "Shop"
    address = invoice.address
    assert (address.city, address.district, address.is_corporate) == (2, None, False)
    (line,) = invoice.invoiceitem_set
    assert (line.tax_amount, line.net_amount) == (Decimal("7.98"), Decimal("65.00"))
    assert line.interest_amount is None
    assert invoice.order.number == "1021653181107"
    assert invoice.order.state.enum_value == "100"
    assert (invoice.order.channel, invoice.order.shipping_address) == (2, 3)


def test_package_set_invoice_number_and_remote_id_bodies():
    invoice_number = read("oms-package-services__??-package-set-invoice-number-request.json")
    assert invoice_number.invoice_number == "123456789"
    assert read("oms-package-services__??-package-set-remote-id-request.json").remote_id == "99"


# --- oms-commands -------------------------------------------------------------------------


def test_command_list():
    commands = read("oms-commands__??-command-list.json")
    assert [c.id for c in commands] == [1841, 1809]  # the "// TransitionID" comment was stripped
    assert commands[0].slug == "package__assign_package_items_manually__waiting__packaging-canceled"
    assert commands[1].slug == "package__pkg_state_transition__uzaktan-eylem-bekleniyor__hazırlanıyor"
    assert (commands[1].source_state, commands[1].destination_state) == (142, 34)
    assert all(c.translations is None and not c.is_packageitem_parameter_required for c in commands)
    assert commands[1].display_label("tr") == "Test-2 Label"


def test_command_request_bodies():
    pack = read("oms-commands__??-pack-command-request.json")
    assert (pack.transition, pack.slug, pack.input_parameters.model_dump(exclude_none=True)) == (
        333,
        "unique-slug-value",
        {},
    )
    ship = read("oms-commands__??-ship-command-request.json")
    assert ship.input_parameters.package_items == [1, 2, 3]
    advanced = read("oms-commands__??-advanced-ship-command-request.json")
    assert advanced.input_parameters.tracking_number == "<tracking_number>"
    assert advanced.input_parameters.cargo_company == "str or id !!!!!!!!!!!!!!"


def test_command_answer_is_kept_as_a_dict():
    # This page documents the answer with placeholders and single underscores, the package
    # services page with real values and double underscores: CommandResult.body keeps either.
    answer = read("oms-commands__??-ship-command-response.json")
    assert answer == {
        "package_id": "<package_id>",
        "package_number": "<package_number>",
        "package_stock_location_id": "<stock_location_id>",
        "package_stock_location_name": "<stock_location_name>",
        "is_same_location": "<bool_value>",
    }


@pytest.mark.parametrize(
    ("pattern", "error_code", "message"),
    [
        (
            "oms-commands__??-*-406-commands-100-1.json",
            "commands_100_1",
            "Command definition is not allowed! "
            "Check source & destination states of command to be created",
        ),
        ("oms-commands__??-*-406-commands-100-5.json", "commands_100_5", "Command id and slug mismatch"),
    ],
)
def test_command_not_allowed_bodies(pattern, error_code, message):
    body = json.loads(raw(pattern))
    error = error_for_status(406, body, method="POST", path="/api/v1/oms/packages/1/command/")
    assert isinstance(error, OmsCommandNotAllowed)
    assert error.error_code == error_code
    assert error.message == message
    assert (error.status_code, error.body, error.method) == (406, body, "POST")


def test_command_validation_error_body():
    error = error_for_status(400, json.loads(raw("oms-commands__??-*-400.json")))
    assert isinstance(error, OmsBadRequest)
    assert error.message == "transition or slug required"
    assert error.error_code is None


# --- oms-package-denial-reasons -------------------------------------------------------------


def test_denial_reasons():
    page = read("oms-package-denial-reasons__??-package-denial-reason-list.json")
    simple = read("oms-package-denial-reasons__??-package-denial-reason-simple-list.json")
    detail = read("oms-package-denial-reasons__??-package-denial-reason-detail.json")
    assert (page.count, page.next, page.previous) == (3, None, None)
    assert [r.title for r in page.results] == ["Urun Eksik", "hatalı ürün", "Test"]
    assert [r.remote_id for r in page.results] == [None, None, "Ek Bilgi Test"]
    assert simple.results == page.results  # created/modified dates are extra keys, ignored
    assert detail == page.results[2]
    assert detail.is_active and detail.priority == 1


# --- oms-order-services ---------------------------------------------------------------------


def test_order_list():
    page = read("oms-order-services__??-order-list.json")
    assert (page.count, page.previous, len(page.results)) == (722, None, 2)
    order = page.results[0]
    assert (order.id, order.number) == (6998, "2291090711512921")
    assert order.state.enum_value == ORDER_APPROVED
    assert order.state.display_name("tr") == "Onaylanmış"
    assert order.payment_type == PAYMENT_CREDIT_CARD
    assert (order.delivery_range, order.retail_store, order.gift_box_note) == (None, None, None)
    assert order.cargo_company == 34
    assert order.order_item_count == 1
    item = order.orderitem_set[0]
    assert item.state.display_name("tr") == "Aktif Olmayan"
    assert item.product.attribute_label("integration_kol_boyu") == "kısa"
    assert (item.price, item.product.barcode) == (Decimal("250.00"), None)
    assert (order.customer.pk, order.customer.phone_number) == (3433, None)
    assert order.billing_address.city.name == "MILANO"
    assert order.channel.name == "PZ Shop"


def test_order_channel_credentials_are_not_kept():
    order = read("oms-order-services__??-order-list.json").results[0]
    assert "configuration" not in Channel.model_fields
    assert "auth_token" not in repr(order) and "c44a3qSzp56TRwEu" not in order.model_dump_json()


# --- seller-center-packages -----------------------------------------------------------------


def test_seller_center_packages():
    page = read("seller-center-packages__??-pkg101-get-packages.json")
    (package,) = page.results
    assert package.package_status is PackageStatus.PREPARING
    assert (package.amount, package.discount_amount) == (Decimal("99.99"), Decimal("9.99"))
    assert package.currency == "TRY"
    assert package.shipping_company.slug == "dhl"
    assert package.shipping_address.e_bill_taxpayer is True
    assert package.gift_box_note == "Happy Birthday!"
    assert package.created_at == datetime(2025, 5, 22, 11, 19, 8, 218000, tzinfo=timezone.utc)
    assert read("seller-center-packages__??-pkg103-update-package-response.json") == package


def test_seller_center_package_items_and_label():
    (item,) = read("seller-center-packages__??-pkg102-get-package-items.json").results
    assert (item.number, item.product, item.status) == ("2595053219311870-1", "AKN-TSHRT-RD", 1)
    assert item.tax_rate == Decimal("0.1")
    assert item.has_reservation is True
    assert read("seller-center-packages__??-pkg104-get-cargo-label.json").data == "text"


@pytest.mark.parametrize(
    "pattern",
    [
        "seller-center-packages__??-pkg103-update-package-request.json",
        "seller-center-packages__??-pkg105-change-shipping-method-request.json",
        "seller-center-packages__??-pkg107-reject-package-request.json",
    ],
)
def test_seller_center_request_bodies_round_trip(pattern):
    assert read(pattern).to_json() == json.loads(raw(pattern))


def test_seller_center_request_values():
    update = read("seller-center-packages__??-pkg103-update-package-request.json")
    assert update.status is PackageStatus.READY_TO_SHIP
    assert update.delivery_date - update.shipment_date == timedelta(days=1)
    change = read("seller-center-packages__??-pkg105-change-shipping-method-request.json")
    assert change.shipping_method == UUID("847b006e-000a-432e-b500-e3f49fa9ddcc")
    reject = read("seller-center-packages__??-pkg107-reject-package-request.json")
    assert (reject.items, reject.reason) == (["2595053219311870-1"], "Unsupplied")
    split = "seller-center-packages__??-pkg106-split-package-request.json"
    splits = read(split)
    assert [str(s.shipping_method) for s in splits] == ["847b006e-000a-432e-b500-e3f49fa9ddcc"]
    assert split_body(splits) == json.loads(raw(split))


def test_unknown_seller_center_status_still_parses():
    package = SellerCenterPackage.model_validate({"number": "1", "status": 99})
    assert (package.status, package.package_status) == (99, None)


# --- tolerance: unknown keys, nulls; strictness: wrong types ------------------------------------

DETAIL = "oms-package-services__??-package-detail.json"


def _detail() -> dict[str, Any]:
    return json.loads(raw(DETAIL))


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        obj = obj[step] if isinstance(step, int) or isinstance(obj, dict) else getattr(obj, step)
    return obj


def _accepts_none(annotation: Any) -> bool:
    return annotation is Any or type(None) in get_args(annotation)


def nullable_fields(annotation: Any, value: Any, keys=(), attrs=()):
    """(JSON path, attribute path) of every field present in `value` whose model allows null."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        for arg in get_args(annotation):
            yield from nullable_fields(arg, value, keys, attrs)
    elif origin is list and isinstance(value, list):
        for index, item in enumerate(value):
            yield from nullable_fields(get_args(annotation)[0], item, (*keys, index), (*attrs, index))
    elif origin is dict and isinstance(value, dict):
        for key, item in value.items():
            yield from nullable_fields(get_args(annotation)[1], item, (*keys, key), (*attrs, key))
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(value, dict):
        for name, info in annotation.model_fields.items():
            choices = getattr(info.validation_alias, "choices", None) or [name]
            key = next((k for k in choices if isinstance(k, str) and k in value), None)
            if key is None:
                continue
            if _accepts_none(info.annotation):
                yield (*keys, key), (*attrs, name)
            yield from nullable_fields(info.annotation, value[key], (*keys, key), (*attrs, name))


def test_null_in_every_optional_field_of_the_package_detail():
    fields = list(nullable_fields(Package, _detail()))
    assert len(fields) > 60
    assert (("shipment",), ("shipment",)) in fields
    barcode = ("packageitem_set", 0, "order_item", "product", "barcode")
    assert (barcode, barcode) in fields
    failures = []
    for keys, attrs in fields:
        data = _detail()
        _set(data, keys, None)
        try:
            package = adapter(Package).validate_json(json.dumps(data))
        except ValidationError as exc:
            failures.append(f"{'.'.join(map(str, keys))}: {exc.errors()[0]['msg']}")
            continue
        if _get(package, attrs) is not None:
            failures.append(f"{'.'.join(map(str, keys))}: not None after parsing")
    assert not failures, "null not accepted in: " + "; ".join(failures)


EXTRA_KEY_PATHS = [
    (),
    ("state",),
    ("packageitem_set", 0),
    ("packageitem_set", 0, "state"),
    ("packageitem_set", 0, "order_item"),
    ("packageitem_set", 0, "order_item", "product"),
    ("packageitem_set", 0, "order_item", "product", "productimage_set", 0),
    ("packageitem_set", 0, "order_item", "product", "attributes_kwargs", "beden"),
    ("commands", 0),
    ("shipping_address",),
    ("shipping_address", "city"),
    ("shipping_address", "customer"),
    ("stock_location",),
    ("stock_location", "address", "district"),
]


def test_unknown_keys_at_every_level_are_ignored():
    original = adapter(Package).validate_json(raw(DETAIL))
    data = _detail()
    for path in EXTRA_KEY_PATHS:
        _set(data, (*path, "added_by_a_newer_oms"), {"nested": [1, None, "ü"]})
    mutated = adapter(Package).validate_json(json.dumps(data, ensure_ascii=False).encode())
    assert mutated == original


def test_unknown_keys_in_a_list_page_are_ignored():
    data = json.loads(raw("oms-package-services__??-package-short-list.json"))
    data["page_size"] = 2
    data["results"][0]["is_new_field"] = True
    page = adapter(Page[PackageShort]).validate_json(json.dumps(data))
    assert page == read("oms-package-services__??-package-short-list.json")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("id",), "abc"),
        (("number",), None),
        (("state",), "Preparing"),
        (("packageitem_set", 0, "order_item", "product", "id"), "abc"),
        (("commands", 0, "command"), None),
    ],
)
def test_wrong_type_in_a_required_field_is_refused(path, value):
    data = _detail()
    _set(data, path, value)
    content = json.dumps(data).encode()
    with pytest.raises(ValidationError) as info:
        adapter(Package).validate_json(content)
    assert info.value.errors()[0]["loc"][: len(path)] == path
    # The client turns it into an OmsResponseError that names the field.
    with pytest.raises(OmsResponseError) as error:
        response = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
        parse(response, Package)
    assert error.value.field.startswith(".".join(map(str, path)))

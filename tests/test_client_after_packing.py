"""The OMS client after packing: cargo companies, orders, set_invoice_number, the invoice, the
transition logs' users, and the Ship / Advanced Ship / Repack bodies exactly as the docs show
them (no Qt)."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from instore_app.api import BodyKind, OmsBadRequest, OmsClient, OmsNotFound, Package
from instore_app.api.models import LogUser, TransitionLog, adapter
from instore_app.api.order_models import Order
from instore_app.packing import Action, plan_command
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer, Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "api-docs"


def documented(name: str) -> Any:
    (path,) = FIXTURES.glob(f"oms-*__??-{name}.json")
    return json.loads(path.read_bytes())


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


@pytest.fixture(scope="module")
def oms():
    with SimulatorServer(Store(seed=5)) as server:
        yield server


def packed_ids(store: Store) -> tuple[list[int], list[int]]:
    ids = store.package_ids(DEFAULT_STOCK_LOCATION_ID, "500")
    with_shipment = [p for p in ids if store.package_json(p, "x")["shipment"] is not None]
    return with_shipment, [p for p in ids if p not in with_shipment]


def capture(answer: httpx.Response | None = None) -> tuple[list[httpx.Request], httpx.MockTransport]:
    """The requests sent, and a transport that answers each with `answer` (by default 204)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer if answer is not None else httpx.Response(204)

    return sent, httpx.MockTransport(handler)


# -- against the simulator -----------------------------------------------------------------


def test_cargo_companies_orders_and_invoice_from_the_simulator(oms):
    async def scenario() -> None:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            companies = await client.cargo_companies()
            assert companies.problem is None and len(companies) >= 3
            assert {c.name for c in companies} >= {"Yurtiçi Kargo", "Aras Kargo", "MNG Kargo"}
            assert all(c.is_active for c in companies)
            _, without = packed_ids(oms.store)
            package = await client.get_package(without[0])
            order = await client.get_order(package.order_id)
            assert (order.id, order.number) == (package.order_id, package.order_number)
            assert order.cargo_company in {c.id for c in companies}
            assert order.tracking_number == package.tracking_number
            assert order.total_amount == sum(item.order_item.net_amount for item in package.packageitem_set)
            assert order.is_pay_on_delivery and order.amount_to_collect == order.total_amount
            invoice = await client.create_invoice(package.id)
            assert invoice.package_number == package.number and invoice.invoiceitem_set

    run(scenario())


def test_set_invoice_number_against_the_simulator_and_an_unknown_package(oms):
    async def scenario() -> None:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            package_id = oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[1]
            await client.set_invoice_number(package_id, "  ABC2026000000043 ")
            assert (await client.get_package(package_id)).invoice_number == "ABC2026000000043"
            with pytest.raises(OmsNotFound):
                await client.set_invoice_number(1, "ABC2026000000043")
            with pytest.raises(OmsBadRequest):
                await client._layer.send("POST", f"/api/v1/oms/packages/{package_id}/set_invoice_number/",
                                         kind=BodyKind.OTHER, json={"invoice_number": ""})

    run(scenario())
    received = oms.store.invoice_numbers_received(oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[1])
    assert received == ["ABC2026000000043", ""]  # trimmed by the client; the blank one refused (400)


def test_transition_logs_name_the_users(oms):
    async def scenario() -> list[TransitionLog]:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            with_shipment, _ = packed_ids(oms.store)
            return list(await client.transition_logs(with_shipment[0]))

    logs = run(scenario())
    assert logs and all(isinstance(log.user, LogUser) for log in logs)
    assert {log.username for log in logs} <= {"ayse", "mehmet", "zeynep"}
    assert logs[0].user_name in {"Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir"}


# -- bodies, exactly as documented ------------------------------------------------------------


def test_set_invoice_number_sends_the_documented_body():
    sent, transport = capture()

    async def scenario() -> None:
        async with OmsClient("https://oms.example.com", "token", transport=transport) as client:
            await client.set_invoice_number(6636, documented("package-set-invoice-number-request")["invoice_number"])
            with pytest.raises(ValueError):
                await client.set_invoice_number(6636, "   ")

    run(scenario())
    (request,) = sent  # the empty number was never sent
    assert request.method == "POST" and request.url.path == "/api/v1/oms/packages/6636/set_invoice_number/"
    assert json.loads(request.content) == documented("package-set-invoice-number-request")


def _send(package: Package, action: Action, **kwargs: Any) -> dict[str, Any]:
    sent, transport = capture(httpx.Response(200, json={"package_id": package.id}))
    planned = plan_command(package, action, **kwargs)

    async def scenario() -> None:
        async with OmsClient("https://oms.example.com", "token", transport=transport) as client:
            await client.run_command(package.id, planned.command, planned.input_parameters)

    run(scenario())
    (request,) = sent
    assert request.url.path == f"/api/v1/oms/packages/{package.id}/command/"
    body: dict[str, Any] = json.loads(request.content)
    return body


def _package(oms: SimulatorServer, package_id: int) -> Package:
    result: Package = adapter(Package).validate_python(oms.store.package_json(package_id, oms.url))
    return result


def test_ship_and_advanced_ship_send_the_documented_bodies(oms):
    with_shipment, without = packed_ids(oms.store)
    package = _package(oms, with_shipment[0])
    ship = _send(package, Action.SHIP)
    doc = documented("ship-command-request")
    assert set(ship["input_parameters"]) == set(doc["input_parameters"]) == {"package_items"}
    assert ship == {
        "transition": next(c.id for c in package.commands if c.command == "SHIP_PACKAGE"),
        "input_parameters": {"package_items": [item.id for item in package.packageitem_set]},
    }
    advanced_package = _package(oms, without[0])
    advanced = _send(advanced_package, Action.ADVANCED_SHIP, tracking_number=" 123456789012 ", cargo_company_id=744)
    doc = documented("advanced-ship-command-request")
    assert set(advanced["input_parameters"]) == set(doc["input_parameters"]) == {"tracking_number", "cargo_company"}
    assert advanced["input_parameters"] == {"tracking_number": "123456789012", "cargo_company": 744}
    assert isinstance(advanced["input_parameters"]["cargo_company"], int)  # the docs' table: an int id


def test_repack_sends_the_documented_empty_parameters(oms):
    package = _package(oms, oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "920")[0])
    body = _send(package, Action.REPACK)
    assert body["input_parameters"] == documented("pack-command-request")["input_parameters"] == {}


# -- the docs' examples -------------------------------------------------------------------------


def test_the_documented_orders_give_their_amounts():
    page = documented("order-list")
    orders = [adapter(Order).validate_python(row) for row in page["results"]]
    assert [o.total_amount for o in orders] == [Decimal("250.00"), Decimal("250.00")]
    assert all(o.amount_to_collect is None for o in orders)  # paid by credit card
    cod = adapter(Order).validate_python({**page["results"][0], "payment_type": "pay_on_delivery"})
    assert cod.is_pay_on_delivery and cod.amount_to_collect == Decimal("250.00") and cod.currency == "try"


@pytest.mark.parametrize(
    "user, name, username",
    [
        (None, None, None),
        (12, "#12", None),
        ("ayse", "ayse", "ayse"),
        ({"pk": 3, "username": "ayse", "first_name": "Ayşe", "last_name": "Yılmaz"}, "Ayşe Yılmaz", "ayse"),
        ({"id": 3, "email": "a@example.com"}, "a@example.com", None),
    ],
)
def test_a_transition_log_user_in_any_shape(user, name, username):
    row = {**documented("package-state-transition-log-detail"), "user": user}
    log = adapter(TransitionLog).validate_python(row)
    assert (log.user_name, log.username) == (name, username)

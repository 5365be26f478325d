"""The simulated OMS after packing: Ship, Advanced Ship and Repack with their documented
bodies and answers, cargo companies, orders, set_invoice_number, the package invoice,
transition logs with their user, the seeded packages waiting for the courier, the carriers'
labels, and faults on every new endpoint."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

import httpx
import pytest

from instore_app.simulator import DEFAULT_TOKEN, DEMO_USERNAME, FaultPlan, SimulatorServer, Store
from instore_app.simulator.endpoints import ENDPOINTS, endpoint_of

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)
OMS = "/api/v1/oms"
PACKAGES = f"{OMS}/packages/"
NOT_ALLOWED = {
    "error": {
        "non_field_errors": "Command definition is not allowed! Check source & destination states of command to be created",
        "error_code": "commands_100_1",
    },
    "status_code": 406,
}
SHIP_ANSWER_KEYS = {"package_id", "package_number", "package_stock_location_id", "package_stock_location_name", "is_same_location"}


@pytest.fixture(scope="module")
def server():
    with SimulatorServer(Store(seed=5, now=NOW)) as oms:
        yield oms


@pytest.fixture
def store(server):
    server.store = Store(seed=5, now=NOW)
    server.faults.plan = None
    server.faults.reset_stats()
    return server.store


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Token {DEFAULT_TOKEN}"}) as http:
        yield http


def detail(client, pid):
    return client.get(f"{PACKAGES}{pid}/").json()


def command_of(package, name):
    return next(c for c in package["commands"] if c["command"] == name)


def post_command(client, pid, command, params):
    return client.post(f"{PACKAGES}{pid}/command/", json={"transition": command["id"], "input_parameters": params})


def packed(store, *, with_shipment: bool) -> list[int]:
    return [
        pid for pid in store.package_ids(1, "500")
        if (store.package_json(pid, "http://x")["shipment"] is not None) == with_shipment
    ]


# -- seeds -------------------------------------------------------------------------------------


def test_packages_waiting_for_the_courier_are_seeded_after_the_others(store):
    with_shipment, without = packed(store, with_shipment=True), packed(store, with_shipment=False)
    assert len(with_shipment) == 10 and len(without) == 4
    assert all(pid >= 900001 for pid in without) and all(pid < 900001 for pid in with_shipment)
    assert store.package_ids(1)[-4:] == without  # last in the list: earlier seeds keep their place
    carriers = Counter(store.package_json(pid, "x")["shipment"]["cargo_company"]["name"] for pid in with_shipment)
    assert len(carriers) >= 3
    for pid in without:
        package = store.package_json(pid, "x")
        assert [c["command"] for c in package["commands"]] == ["ADVANCED_SHIP_PACKAGE"]
    named = [store.package_json(pid, "x")["tracking_number"] for pid in without]
    assert sum(number is not None for number in named) == 2
    payments = {store.package_json(pid, "x")["payment_type"] for pid in without}
    assert "pay_on_delivery" in payments


def test_the_same_seed_gives_the_same_packages_waiting(store):
    again = Store(seed=5, now=NOW)
    assert [store.package_json(p, "x") for p in store.package_ids(1, "500")] == [
        again.package_json(p, "x") for p in again.package_ids(1, "500")
    ]


def test_carrier_labels_hold_the_tracking_number(client, store):
    labels = client.get("/_simulator/carrier-labels").json()
    assert len(labels) == 4 and sum(label["known_to_the_oms"] for label in labels) == 2
    for label in labels:
        assert label["tracking_number"].isdigit() and len(label["tracking_number"]) == 12
        page = client.get(f"/_simulator/carrier-labels/{label['package_id']}")
        assert page.status_code == 200 and label["tracking_number"] in page.text
    assert client.get("/_simulator/carrier-labels/1").status_code == 404


# -- Ship ----------------------------------------------------------------------------------------


def test_ship_needs_package_items_and_answers_the_documented_body(client, store):
    pid = packed(store, with_shipment=True)[0]
    package = detail(client, pid)
    ship = command_of(package, "SHIP_PACKAGE")
    assert ship["is_packageitem_parameter_required"] is True
    assert post_command(client, pid, ship, {}).status_code == 400
    assert post_command(client, pid, ship, {"package_items": [1]}).status_code == 400
    items = [item["id"] for item in package["packageitem_set"]]
    answer = post_command(client, pid, ship, {"package_items": items})
    assert answer.status_code == 200 and set(answer.json()) == SHIP_ANSWER_KEYS
    assert answer.json()["package_id"] == pid and answer.json()["package_number"] == package["number"]
    after = detail(client, pid)
    assert after["state"]["enum_value"] == "600" and after["shipment"]["state"] == 2
    again = post_command(client, pid, ship, {"package_items": items})
    assert (again.status_code, again.json()) == (406, NOT_ALLOWED)


def test_ship_is_not_offered_without_a_shipment_and_advanced_ship_not_with_one(client, store):
    with_shipment, without = packed(store, with_shipment=True)[0], packed(store, with_shipment=False)[0]
    ship = command_of(detail(client, with_shipment), "SHIP_PACKAGE")
    advanced = command_of(detail(client, without), "ADVANCED_SHIP_PACKAGE")
    assert post_command(client, without, ship, {"package_items": [1]}).json() == NOT_ALLOWED
    refused = post_command(client, with_shipment, advanced, {"tracking_number": "1", "cargo_company": 728})
    assert refused.status_code == 406 and store.package_state(with_shipment) == "500"


# -- Advanced Ship -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, field",
    [
        ({}, "tracking_number"),
        ({"cargo_company": 728}, "tracking_number"),
        ({"tracking_number": 5, "cargo_company": 728}, "tracking_number"),
        ({"tracking_number": "123456789012"}, "cargo_company"),
        ({"tracking_number": "123456789012", "cargo_company": 1}, "cargo_company"),
        ({"tracking_number": "123456789012", "cargo_company": "nope"}, "cargo_company"),
    ],
)
def test_advanced_ship_validates_tracking_number_and_cargo_company(client, store, params, field):
    pid = packed(store, with_shipment=False)[0]
    command = command_of(detail(client, pid), "ADVANCED_SHIP_PACKAGE")
    response = post_command(client, pid, command, params)
    assert response.status_code == 400 and list(response.json()["error"]) == [field]
    assert store.package_state(pid) == "500"


@pytest.mark.parametrize("company", [744, "744", "surat"])
def test_advanced_ship_ships_with_the_given_carrier_and_number(client, store, company):
    pid = packed(store, with_shipment=False)[0]
    command = command_of(detail(client, pid), "ADVANCED_SHIP_PACKAGE")
    response = post_command(client, pid, command, {"tracking_number": "987654321098", "cargo_company": company})
    assert response.status_code == 200 and set(response.json()) == SHIP_ANSWER_KEYS
    after = detail(client, pid)
    assert after["state"]["enum_value"] == "600" and after["tracking_number"] == "987654321098"
    assert after["shipment"]["cargo_company"]["name"] == "Sürat Kargo"
    assert after["shipment"]["awb_number"] == "987654321098" and after["shipping_label"] is None


# -- Repack ----------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["920", "950"])
def test_repack_answers_200_and_the_package_waits_again(client, store, state):
    pid = store.package_ids(1, state)[0]
    repack = command_of(detail(client, pid), "REPACK_PACKAGE")
    response = post_command(client, pid, repack, {})
    assert response.status_code == 200 and set(response.json()) == SHIP_ANSWER_KEYS
    assert store.package_state(pid) == "100"
    assert post_command(client, pid, repack, {}).status_code == 406


# -- transition logs name the user -----------------------------------------------------------


def test_transition_logs_name_who_moved_the_package(client, store):
    pid = packed(store, with_shipment=True)[0]
    seeded = client.get(f"{PACKAGES}{pid}/transition_logs/").json()["results"]
    assert [log["new_state"]["enum_value"] for log in seeded] == ["500", "400", "200"]
    packer = {log["user"]["username"] for log in seeded}
    assert len(packer) == 1 and packer <= {"ayse", "mehmet", "zeynep"}
    items = [item["id"] for item in detail(client, pid)["packageitem_set"]]
    post_command(client, pid, command_of(detail(client, pid), "SHIP_PACKAGE"), {"package_items": items})
    newest = client.get(f"{PACKAGES}{pid}/transition_logs/").json()["results"][0]
    assert newest["user"]["username"] == DEMO_USERNAME and newest["attributes"] == {"package_items": items}
    other = store.package_ids(1, "100")[0]
    start = command_of(detail(client, other), "PKG_STATE_TRANSITION")
    store.apply_command(other, transition=start["id"], input_parameters={}, user="mehmet")
    (log,) = store.transition_logs(other)
    assert log["user"] == {"id": 12, "username": "mehmet", "first_name": "Mehmet", "last_name": "Kaya",
                           "email": "mehmet@akinon-demo.com.tr"}
    store.apply_command(other, slug=command_of(detail(client, other), "REFUSE_PACKAGE")["slug"],
                        input_parameters={"denial_reason": 34})
    assert store.transition_logs(other)[0]["user"] is None  # the OMS itself (as in the docs)


# -- cargo companies ------------------------------------------------------------------------


def test_cargo_companies_are_turkish_carriers_in_the_documented_shape(client, store):
    page = client.get(f"{OMS}/cargo-company/").json()
    assert page["count"] == len(page["results"]) >= 3 and page["next"] is None
    names = {c["name"] for c in page["results"]}
    assert {"Yurtiçi Kargo", "Aras Kargo", "MNG Kargo", "Sürat Kargo"} <= names
    shipment_company = detail(client, packed(store, with_shipment=True)[0])["shipment"]["cargo_company"]
    assert set(page["results"][0]) == set(shipment_company)
    assert shipment_company in page["results"]
    two = client.get(f"{OMS}/cargo-company/", params={"limit": 2}).json()
    assert len(two["results"]) == 2 and two["next"] is not None
    assert httpx.get(f"{client.base_url}{OMS}/cargo-company/").status_code == 401


# -- orders ------------------------------------------------------------------------------


def test_order_detail_is_built_from_its_packages(client, store):
    pid = packed(store, with_shipment=False)[0]
    package = detail(client, pid)
    order = client.get(f"{OMS}/orders/{package['order_id']}/").json()
    assert order["id"] == package["order_id"] and order["number"] == package["order_number"]
    assert order["payment_type"] == package["payment_type"] and order["delivery_type"] == package["delivery_type"]
    assert [i["id"] for i in order["orderitem_set"]] == [i["order_item"]["id"] for i in package["packageitem_set"]]
    assert order["cargo_company"] is not None and order["tracking_number"] == package["tracking_number"]
    assert order["channel"]["configuration"] == {} and order["customer"]["pk"] == package["shipping_address"]["customer"]["pk"]
    assert order["gift_box_note"] == package["order_gift_box_note"] and order["notes"] == package["order_notes"]
    assert client.get(f"{OMS}/orders/1/").status_code == 404


def test_a_split_order_lists_the_items_of_both_packages(client, store):
    numbers = Counter(p["order_number"] for p in client.get(f"{PACKAGES}short/", params={"limit": 1000}).json()["results"])
    split = next(n for n, count in numbers.items() if count > 1)
    rows = client.get(f"{PACKAGES}short/", params={"order_number": split}).json()["results"]
    order = client.get(f"{OMS}/orders/{rows[0]['order_id']}/").json()
    assert len(order["orderitem_set"]) == sum(row["packageitem_count"] for row in rows)


def test_pay_on_delivery_packages_carry_the_amount_to_collect(client, store):
    cod = [pid for pid in store.package_ids(1, "500") if detail(client, pid)["payment_type"] == "pay_on_delivery"]
    assert cod
    for pid in cod:
        package = detail(client, pid)
        if package["shipment"] is not None:
            total = sum(float(i["order_item"]["net_amount"]) for i in package["packageitem_set"])
            assert float(package["shipment"]["pay_on_delivery_amount"]) == pytest.approx(total)


# -- the invoice number and the invoice ------------------------------------------------------


def test_set_invoice_number_answers_204_and_the_package_shows_it(client, store):
    pid = store.package_ids(1, "200")[0]
    path = f"{PACKAGES}{pid}/set_invoice_number/"
    response = client.post(path, json={"invoice_number": "GIB2026000000123"})
    assert (response.status_code, response.content) == (204, b"")
    assert detail(client, pid)["invoice_number"] == "GIB2026000000123"
    assert client.post(path, json={"invoice_number": "GIB2026000000123"}).status_code == 204  # same again: fine
    for body, status in (({}, 400), ({"invoice_number": ""}, 400), ({"invoice_number": 5}, 400), ([1], 400)):
        assert client.post(path, json=body).status_code == status
    assert client.post(f"{PACKAGES}1/set_invoice_number/", json={"invoice_number": "x"}).status_code == 404
    assert store.invoice_numbers_received(pid)[:2] == ["GIB2026000000123", "GIB2026000000123"]


def test_package_invoice_is_made_once(client, store):
    pid = packed(store, with_shipment=True)[0]
    first = client.post(f"{PACKAGES}{pid}/invoice/")
    assert first.status_code == 201
    invoice = first.json()
    assert invoice["package_number"] == detail(client, pid)["number"] and invoice["invoice_type"] == "purchased"
    assert len(invoice["invoiceitem_set"]) == len(detail(client, pid)["packageitem_set"])
    again = client.post(f"{PACKAGES}{pid}/invoice/")
    assert again.status_code == 200 and again.json() == invoice
    assert client.post(f"{PACKAGES}1/invoice/").status_code == 404


# -- faults on every new endpoint ------------------------------------------------------------


NEW = {
    "cargo_companies": ("GET", f"{OMS}/cargo-company/"),
    "order": ("GET", f"{OMS}/orders/7001/"),
    "set_invoice_number": ("POST", f"{PACKAGES}10001/set_invoice_number/"),
    "invoice": ("POST", f"{PACKAGES}10001/invoice/"),
}


@pytest.mark.parametrize("endpoint", sorted(NEW))
def test_every_new_endpoint_is_in_the_route_table_and_can_fail(client, store, server, endpoint):
    method, path = NEW[endpoint]
    assert endpoint in ENDPOINTS and endpoint_of(method, path) == endpoint
    server.faults.plan = FaultPlan(rates={"502": 1.0}, endpoints=(endpoint,))
    body = {"invoice_number": "F-1"} if endpoint == "set_invoice_number" else None
    response = client.request(method, path, json=body)
    assert response.status_code == 502
    assert server.stats()["faults"]["502"] == {endpoint: 1}
    assert store.received_writes == []  # a faulted write never ran
    server.faults.plan = None
    assert client.request(method, path, json=body).status_code < 300


def test_a_lost_invoice_number_is_saved_though_its_answer_is_lost(client, store, server):
    pid = store.package_ids(1, "200")[0]
    server.faults.plan = FaultPlan(rates={"lost": 1.0}, endpoints=("set_invoice_number",))
    response = client.post(f"{PACKAGES}{pid}/set_invoice_number/", json={"invoice_number": "F-77"})
    assert response.status_code == 502
    server.faults.plan = None
    assert detail(client, pid)["invoice_number"] == "F-77"


def test_a_dropped_ship_command_never_runs(client, store, server):
    pid = packed(store, with_shipment=True)[0]
    package = detail(client, pid)
    server.faults.plan = FaultPlan(rates={"close": 1.0}, endpoints=("command",))
    with pytest.raises(httpx.HTTPError):
        post_command(client, pid, command_of(package, "SHIP_PACKAGE"), {"package_items": [i["id"] for i in package["packageitem_set"]]})
    server.faults.plan = None
    assert store.package_state(pid) == "500" and store.command_count(pid) == 0

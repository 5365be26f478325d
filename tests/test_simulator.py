"""The OMS simulator over real loopback HTTP: auth, lists, commands, labels, images."""

from __future__ import annotations

import base64
import dataclasses
import io
import random
import re
import socket
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import httpx
import pytest
from PIL import Image

from instore_app.simulator import DEFAULT_TOKEN, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer, Store, seed

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
PACKAGES = "/api/v1/oms/packages/"
SHORT = "/api/v1/oms/packages/short/"
NOT_ALLOWED = {
    "error": {
        "non_field_errors": "Command definition is not allowed! Check source & destination states of command to be created",
        "error_code": "commands_100_1",
    },
    "status_code": 406,
}

# Key sets of the documented shapes (api-docs/oms-package-services.txt).
PACKAGE_KEYS = {
    "packageitem_set", "order_number", "date_placed", "city", "channel_name", "payment_type", "state",
    "number", "tracking_number", "id", "shipping_address", "target_packing_date", "order_id",
    "stock_location", "commands", "shipment", "shipping_label", "order_gift_box_note",
    "order_has_gift_box", "order_retail_store_id", "invoice_number", "remote_id",
    "is_click_and_collect", "delivery_range", "shipment_date", "order_notes", "created_date",
    "modified_date", "extra_information", "channel_omnitron_id", "delivery_type",
    "omnitron_order_id", "id_encrypted",
}
SHORT_KEYS = {
    "packageitem_count", "order_number", "date_placed", "channel_name", "state", "number", "id",
    "target_packing_date", "order_id", "stock_location", "is_click_and_collect", "delivery_type",
    "order_has_gift_box",
}
STATE_KEYS = {"id", "created_date", "modified_date", "translations", "name", "config", "enum_class",
              "enum_value", "content_type"}
ITEM_KEYS = {"id", "state", "discrepancy_reason", "order_item", "transfer_order", "denial_reason",
             "created_date", "modified_date", "selected_barcode", "serial_no", "unit_weight", "package"}
ORDER_ITEM_KEYS = {
    "id", "state", "product", "created_date", "modified_date", "omnitron_id", "net_amount", "price",
    "price_currency", "retail_price", "tax_rate", "tax_amount", "discount_amount",
    "without_net_amount", "installment_interest_amount", "attributes", "attributes_kwargs", "image",
    "price_list", "stock_list", "extra_field", "parent_omnitron_id", "order",
}
PRODUCT_KEYS = {"id", "productimage_set", "created_date", "modified_date", "omnitron_id", "name",
                "base_code", "sku", "barcode", "attributes", "attributes_kwargs", "extra_attributes",
                "remote_modified_date"}
ADDRESS_KEYS = {
    "id", "city", "country", "township", "district", "customer", "address_type", "created_date",
    "modified_date", "omnitron_id", "mapping", "title", "is_active", "line", "postcode", "notes",
    "email", "phone_number", "first_name", "last_name", "company_name", "tax_office", "tax_no",
    "e_bill_taxpayer",
}
LOCATION_KEYS = {
    "id", "stock_location_type", "address", "engine", "tags", "created_date", "modified_date",
    "omnitron_id", "name", "is_fulfillment_center", "is_pickup_location", "is_delivery_location",
    "is_return_available", "is_fast_delivery_available", "is_active", "priority", "conf",
    "daytime_phone", "evening_phone", "fax_number", "email", "target_packing_interval",
    "target_transfer_interval", "erp_code", "use_as_shipper_location",
}
COMMAND_KEYS = {"id", "is_packageitem_parameter_required", "configuration", "translations", "command",
                "label", "slug", "ui_visibility", "source_state", "destination_state"}
SHIPMENT_KEYS = {"id", "cargo_company", "created_date", "modified_date", "awb_number",
                 "pay_on_delivery_amount", "update_date_time", "estimated_delivery_date",
                 "query_number", "state", "package", "invoice"}
LOG_KEYS = {"id", "old_state", "new_state", "user", "attributes", "created_date", "object_id",
            "content_type"}


@pytest.fixture(scope="module")
def server():
    with SimulatorServer(Store(seed=11, now=NOW)) as running:
        yield running


@pytest.fixture
def store(server) -> Store:
    """A fresh store per test, served by the module's server."""
    server.store = Store(seed=11, now=NOW)
    return server.store


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Token {DEFAULT_TOKEN}"}) as http:
        yield http


def _detail(client: httpx.Client, pid: int) -> dict:
    response = client.get(f"{PACKAGES}{pid}/")
    assert response.status_code == 200
    return response.json()


def _command(package: dict, name: str) -> dict:
    return next(c for c in package["commands"] if c["command"] == name)


def _post(client: httpx.Client, pid: int, **body) -> httpx.Response:
    return client.post(f"{PACKAGES}{pid}/command/", json=body)


def _parameters(package: dict, command: dict, store: Store) -> dict:
    """Valid input_parameters for ``command`` on ``package``."""
    if command["command"] == "DETECTED_OUT_OF_STOCK_ITEM":
        return {"package_items": [package["packageitem_set"][0]["id"]]}
    if command["command"] == "REFUSE_PACKAGE":
        return {"denial_reason": 34}
    if command["command"] == "SHIP_PACKAGE":
        return {"package_items": [item["id"] for item in package["packageitem_set"]]}
    if command["command"] == "ADVANCED_SHIP_PACKAGE":
        return {"tracking_number": "123456789012", "cargo_company": 728}
    return {}


# -- server and auth --------------------------------------------------------------------


def test_server_url_is_loopback_and_stop_closes_the_port():
    with SimulatorServer(Store(seed=1, now=NOW)) as oms:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", oms.url)
        port = oms.port
        assert httpx.get(f"{oms.url}/media/products/301.png").status_code == 200
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_requests_without_the_token_get_401(server, store):
    missing = httpx.get(server.url + PACKAGES)
    assert missing.status_code == 401
    assert missing.json() == {"detail": "Authentication credentials were not provided."}
    wrong = httpx.get(server.url + PACKAGES, headers={"Authorization": "Token nope"})
    assert wrong.status_code == 401
    assert wrong.json() == {"detail": "Invalid token."}
    bearer = httpx.get(server.url + SHORT, headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"})
    assert bearer.status_code == 401
    pid = store.package_ids(1, "100")[0]
    assert httpx.post(f"{server.url}{PACKAGES}{pid}/command/", json={"transition": 138}).status_code == 401
    assert store.package_state(pid) == "100"
    assert store.received_commands == []


def test_login_returns_the_token(server):
    ok = httpx.post(server.url + "/api/v1/auth/login/", json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD})
    assert ok.status_code == 200 and ok.json() == {"key": DEFAULT_TOKEN}
    bad = httpx.post(server.url + "/api/v1/auth/login/", json={"username": "demo", "password": "wrong"})
    assert bad.status_code == 400
    assert bad.json() == {"non_field_errors": ["Unable to log in with provided credentials."]}
    missing = httpx.post(server.url + "/api/v1/auth/login/", json={"username": "demo"})
    assert missing.status_code == 400 and missing.json() == {"password": ["This field is required."]}
    form = httpx.post(server.url + "/api/v1/auth/login/", data={"username": "demo", "password": "demo"})
    assert form.json() == {"key": DEFAULT_TOKEN}


def test_custom_token_is_the_only_one_accepted():
    with SimulatorServer(Store(seed=1, now=NOW), token="secret-1") as oms:
        assert httpx.get(oms.url + SHORT, headers={"Authorization": "Token secret-1"}).status_code == 200
        assert httpx.get(oms.url + SHORT, headers={"Authorization": f"Token {DEFAULT_TOKEN}"}).status_code == 401
        login = httpx.post(oms.url + "/api/v1/auth/login/", json={"username": "demo", "password": "demo"})
        assert login.json() == {"key": "secret-1"}


# -- lists -------------------------------------------------------------------------------


def test_pagination_follows_next_links_through_every_package(client, store):
    expected = store.package_ids(1)
    first = client.get(SHORT, params={"stock_location": 1, "limit": 10}).json()
    assert first["count"] == len(expected) and first["previous"] is None
    assert len(first["results"]) == 10
    seen, page, pages = [], first, 1
    while True:
        seen += [p["id"] for p in page["results"]]
        if page["next"] is None:
            break
        assert "stock_location=1" in page["next"] and "limit=10" in page["next"]
        page = client.get(page["next"]).json()
        pages += 1
        assert page["previous"] is not None
    assert seen == expected
    assert pages == -(-len(expected) // 10)


def test_previous_link_of_page_two_drops_the_page_parameter(client, server, store):
    second = client.get(SHORT, params={"limit": 5, "page": 2}).json()
    assert second["previous"] == f"{server.url}{SHORT}?limit=5"
    assert second["next"] == f"{server.url}{SHORT}?limit=5&page=3"


def test_invalid_or_past_the_end_page_is_404(client, store):
    count = len(store.package_ids())
    for page in (count + 1, 0, "abc"):
        response = client.get(SHORT, params={"limit": 1, "page": page})
        assert response.status_code == 404
        assert response.json() == {"detail": "Invalid page."}
    assert client.get(SHORT, params={"limit": 1, "page": count}).json()["next"] is None


def test_limit_defaults_to_20_and_is_capped_at_1000(client, store):
    assert len(client.get(SHORT).json()["results"]) == 20
    store.add_packages(1000)
    response = client.get(SHORT, params={"limit": 5000}).json()
    assert len(response["results"]) == 1000 and response["count"] > 1000


def test_filter_by_stock_location_and_state(client, store):
    waiting = client.get(SHORT, params={"stock_location": 1, "state__enum_value": "100", "limit": 100}).json()
    assert waiting["count"] == 25
    assert {p["state"]["enum_value"] for p in waiting["results"]} == {"100"}
    assert {p["stock_location"]["id"] for p in waiting["results"]} == {1}
    several = client.get(SHORT, params={"stock_location": 1, "state__enum_value": "100,200,400", "limit": 100})
    assert several.json()["count"] == 55
    other = client.get(PACKAGES, params={"stock_location": 3, "limit": 100}).json()
    assert other["count"] == len(store.package_ids(3))
    assert {p["stock_location"]["name"] for p in other["results"]} == {"Ankara Kızılay Mağaza"}
    assert client.get(SHORT, params={"stock_location": "x"}).status_code == 400


def test_filter_by_number_and_order_number(client, store):
    packages = client.get(SHORT, params={"limit": 1000}).json()["results"]
    split = next(p for p in packages if p["number"].endswith("P2"))
    by_order = client.get(SHORT, params={"order_number": split["order_number"]}).json()
    assert sorted(p["number"][-2:] for p in by_order["results"]) == ["P1", "P2"]
    by_number = client.get(PACKAGES, params={"number": split["number"]}).json()
    assert [p["id"] for p in by_number["results"]] == [split["id"]]
    assert client.get(SHORT, params={"number": "nope"}).json() == {
        "count": 0, "next": None, "previous": None, "results": []
    }


def test_short_and_detailed_shapes_match_the_docs(client, server, store):
    pid = store.package_ids(1, "500")[0]
    short = next(p for p in client.get(SHORT, params={"limit": 1000}).json()["results"] if p["id"] == pid)
    assert set(short) == SHORT_KEYS
    assert set(short["stock_location"]) == {"id", "name", "erp_code", "address"}
    assert set(short["stock_location"]["address"]) == {"line", "city"}
    assert set(short["stock_location"]["address"]["city"]) == {"id", "name"}

    package = _detail(client, pid)
    listed = next(p for p in client.get(PACKAGES, params={"limit": 1000}).json()["results"] if p["id"] == pid)
    assert listed == package
    assert set(package) == PACKAGE_KEYS
    assert short["packageitem_count"] == len(package["packageitem_set"])
    assert set(package["state"]) == STATE_KEYS
    assert package["state"]["enum_value"] == "500" and package["state"]["enum_class"] == "PackageStatus"
    assert package["state"]["translations"] == {"en-us": {"name": "Packed"}, "tr-tr": {"name": "Paketlendi"}}
    assert set(package["shipping_address"]) == ADDRESS_KEYS
    assert set(package["stock_location"]) == LOCATION_KEYS
    assert set(package["shipment"]) == SHIPMENT_KEYS
    assert set(package["shipping_label"]) == {"id", "is_file", "preview_url", "uuid", "full_path_url"}
    assert package["shipping_label"]["full_path_url"] == server.url + package["shipping_label"]["preview_url"]
    for command in package["commands"]:
        assert set(command) == COMMAND_KEYS and command["translations"] is None
    item = package["packageitem_set"][0]
    assert set(item) == ITEM_KEYS and item["package"] == pid
    assert item["state"]["enum_class"] == "PackageItemStatus" and isinstance(item["state"]["enum_value"], str)
    assert set(item["order_item"]) == ORDER_ITEM_KEYS
    product = item["order_item"]["product"]
    assert set(product) == PRODUCT_KEYS
    assert set(product["attributes"]) == {"renk", "beden"}
    assert product["attributes_kwargs"]["renk"]["value"] == product["attributes"]["renk"]


def test_unknown_package_is_404(client, store):
    assert client.get(f"{PACKAGES}999999/").status_code == 404
    assert client.get(f"{PACKAGES}999999/").json() == {"detail": "Not found."}
    assert client.get(f"{PACKAGES}abc/").json() == {"detail": "Not found."}
    assert client.get(f"{PACKAGES}999999/transition_logs/").status_code == 404
    assert _post(client, 999999, transition=138).status_code == 404


def test_denial_reasons_and_stock_locations(client, store):
    reasons = client.get("/api/v1/oms/package-denial-reason/").json()
    assert reasons["count"] == len(reasons["results"]) >= 5
    titles = {r["title"] for r in reasons["results"]}
    assert {"Ürün Eksik", "Hatalı Ürün", "Ürün Hasarlı", "Müşteri İptali"} <= titles
    assert all(set(r) == {"id", "title", "remote_id", "priority", "is_active"} for r in reasons["results"])
    assert [r["is_active"] for r in reasons["results"]].count(False) == 1
    priorities = [r["priority"] for r in reasons["results"]]
    assert priorities == sorted(priorities) and len(set(priorities)) > 1
    locations = client.get("/api/v1/oms/stocklocations/list-simple/").json()
    assert locations["count"] == 4 and locations["next"] is None
    assert locations["results"][0] == {
        "id": 1, "name": "Kadıköy Mağaza", "erp_code": "KDK01", "stock_location_type": "store", "is_active": True
    }


# -- the state machine ---------------------------------------------------------------------


def test_walk_from_waiting_to_shipped(client, store):
    pid = store.package_ids(1, "100")[0]
    package = _detail(client, pid)
    waiting_commands = {c["command"] for c in package["commands"]}
    assert waiting_commands == {
        "PKG_STATE_TRANSITION", "PREPARE_PACKAGE_COMMAND", "COMPLETE_PACKAGING",
        "COMPLETE_PACKAGING_WITHOUT_SHIPMENT", "CHANNEL_BASED_COMPLETE_PACKAGING",
        "DETECTED_OUT_OF_STOCK_ITEM", "REFUSE_PACKAGE",
    }
    start = _command(package, "PKG_STATE_TRANSITION")
    assert start["ui_visibility"] == ["instore", "oms_web", "third_party"]
    assert _post(client, pid, transition=start["id"], input_parameters={}).status_code == 204

    preparing = _detail(client, pid)
    assert preparing["state"]["enum_value"] == "200" and preparing["state"]["id"] == start["destination_state"]
    assert {i["state"]["enum_value"] for i in preparing["packageitem_set"]} == {"250"}
    assert preparing["modified_date"] > package["modified_date"]
    ready_cmd = _command(preparing, "PKG_STATE_TRANSITION")
    assert ready_cmd["id"] != start["id"]
    assert _post(client, pid, slug=ready_cmd["slug"], input_parameters={}).status_code == 204

    ready = _detail(client, pid)
    assert ready["state"]["enum_value"] == "400"
    assert "PKG_STATE_TRANSITION" not in {c["command"] for c in ready["commands"]}
    pack = _command(ready, "COMPLETE_PACKAGING")
    assert _post(client, pid, transition=pack["id"], slug=pack["slug"], input_parameters={}).status_code == 204

    packed = _detail(client, pid)
    assert packed["state"]["enum_value"] == "500"
    assert {i["state"]["enum_value"] for i in packed["packageitem_set"]} == {"500"}
    assert packed["shipment"]["cargo_company"]["name"].endswith("Kargo")
    assert packed["tracking_number"] == packed["shipment"]["awb_number"]
    assert packed["shipment_date"] is not None
    assert packed["shipping_label"]["preview_url"] == f"/api/v1/oms/shipping-label/{packed['shipping_label']['id']}/preview/"
    assert [c["command"] for c in packed["commands"]] == ["SHIP_PACKAGE"]

    items = [item["id"] for item in packed["packageitem_set"]]
    ship = _post(client, pid, transition=packed["commands"][0]["id"], input_parameters={"package_items": items})
    assert ship.status_code == 200  # with the Ship command's documented answer
    assert ship.json() == {
        "package_id": pid, "package_number": packed["number"], "package_stock_location_id": 1,
        "package_stock_location_name": "Kadıköy Mağaza", "is_same_location": True,
    }
    shipped = _detail(client, pid)
    assert shipped["state"]["enum_value"] == "600" and shipped["commands"] == []


@pytest.mark.parametrize("state", ["100", "200", "400", "500", "920", "950"])
def test_every_listed_command_reaches_its_destination_state(client, store, state):
    pids = store.package_ids(1, state)
    commands = _detail(client, pids[0])["commands"]
    assert commands, f"packages in {state} offer commands"
    assert len(pids) >= len(commands)
    for pid, command in zip(pids, commands):
        package = _detail(client, pid)
        response = _post(client, pid, transition=command["id"], input_parameters=_parameters(package, command, store))
        assert response.status_code in (200, 204), response.text
        after = _detail(client, pid)
        assert after["state"]["id"] == command["destination_state"]
        assert after["commands"] != package["commands"]


def test_disallowed_and_unknown_commands_are_406(client, store):
    pid = store.package_ids(1, "100")[0]
    ship = next(c for c in _detail(client, store.package_ids(1, "500")[0])["commands"])
    for body in ({"transition": ship["id"]}, {"slug": ship["slug"]}, {"transition": 424242},
                 {"slug": "package__nope__waiting__packed"}):
        response = _post(client, pid, input_parameters={}, **body)
        assert response.status_code == 406
        assert response.json() == NOT_ALLOWED
    assert store.package_state(pid) == "100"
    assert store.transition_logs(pid) == []


def test_transition_and_slug_naming_different_commands_is_a_mismatch(client, store):
    pid = store.package_ids(1, "100")[0]
    package = _detail(client, pid)
    start, pack = _command(package, "PKG_STATE_TRANSITION"), _command(package, "COMPLETE_PACKAGING")
    response = _post(client, pid, transition=start["id"], slug=pack["slug"], input_parameters={})
    assert response.status_code == 406
    assert response.json() == {
        "error": {"non_field_errors": "Command id and slug mismatch", "error_code": "commands_100_5"},
        "status_code": 406,
    }
    assert store.package_state(pid) == "100"


def test_missing_transition_and_slug_or_bad_body_is_400(client, store):
    pid = store.package_ids(1, "100")[0]
    response = _post(client, pid, input_parameters={})
    assert response.status_code == 400
    assert response.json() == {"error": {"non_field_errors": "transition or slug required"}, "status_code": 400}
    bad_json = client.post(f"{PACKAGES}{pid}/command/", content=b"{not json", headers={"Content-Type": "application/json"})
    assert bad_json.status_code == 400 and bad_json.json()["status_code"] == 400
    assert _post(client, pid, transition="abc").status_code == 400
    assert _post(client, pid, transition=138, input_parameters=[1]).status_code == 400
    assert client.post(f"{PACKAGES}{pid}/command/", json=[138]).status_code == 400
    assert store.package_state(pid) == "100"
    assert [r.status_code for r in store.received_commands] == [400] * 5


def test_out_of_stock_validates_items_then_marks_them(client, store):
    pid = next(p for p in store.package_ids(1, "200") if len(_detail(client, p)["packageitem_set"]) > 1)
    package = _detail(client, pid)
    command = _command(package, "DETECTED_OUT_OF_STOCK_ITEM")
    assert command["is_packageitem_parameter_required"] is True
    foreign = _detail(client, store.package_ids(1, "100")[0])["packageitem_set"][0]["id"]
    for params in ({}, {"package_items": []}, {"package_items": [foreign]}, {"package_items": "x"}):
        response = _post(client, pid, transition=command["id"], input_parameters=params)
        assert response.status_code == 400
        assert set(response.json()) == {"error", "status_code"}
        assert list(response.json()["error"]) == ["package_items"]
        assert isinstance(response.json()["error"]["package_items"], str)
    missing_item = package["packageitem_set"][0]["id"]
    response = _post(client, pid, transition=command["id"], input_parameters={"package_items": [missing_item]})
    assert response.status_code == 200
    assert response.json() == {
        "package__id": pid,
        "package__number": package["number"],
        "package__stock_location__id": 1,
        "package__stock_location__name": "Kadıköy Mağaza",
        "is_same_location": True,
    }
    after = _detail(client, pid)
    assert after["state"]["enum_value"] == "920"
    states = {i["id"]: i["state"]["enum_value"] for i in after["packageitem_set"]}
    assert states.pop(missing_item) == "920"
    assert set(states.values()) == {"250"}
    repack = _command(after, "REPACK_PACKAGE")
    assert [c["command"] for c in after["commands"]] == ["REPACK_PACKAGE"]
    assert _post(client, pid, slug=repack["slug"], input_parameters={}).status_code == 200
    again = _detail(client, pid)
    assert again["state"]["enum_value"] == "100"
    assert {i["state"]["enum_value"] for i in again["packageitem_set"]} == {"100"}


def test_refuse_needs_an_active_denial_reason(client, store):
    pid = store.package_ids(1, "400")[0]
    refuse = _command(_detail(client, pid), "REFUSE_PACKAGE")
    for params in ({}, {"denial_reason": 80}, {"denial_reason": 12345}, {"denial_reason": "x"}):
        response = _post(client, pid, transition=refuse["id"], input_parameters=params)
        assert response.status_code == 400
        assert list(response.json()["error"]) == ["denial_reason"]
        assert response.json()["status_code"] == 400
    assert _post(client, pid, transition=refuse["id"], input_parameters={"denial_reason": 67}).status_code == 204
    after = _detail(client, pid)
    assert after["state"]["enum_value"] == "950"
    assert after["state"]["translations"]["tr-tr"]["name"] == "Yeniden Planlanmalı"
    assert {i["denial_reason"] for i in after["packageitem_set"]} == {67}


def test_pack_without_shipment_creates_no_label(client, store):
    pid = store.package_ids(1, "200")[0]
    command = _command(_detail(client, pid), "COMPLETE_PACKAGING_WITHOUT_SHIPMENT")
    assert _post(client, pid, transition=command["id"], input_parameters={}).status_code == 204
    after = _detail(client, pid)
    assert after["state"]["enum_value"] == "500"
    assert (after["shipment"], after["shipping_label"], after["tracking_number"]) == (None, None, None)


def test_transition_logs_list_applied_commands_newest_first(client, store):
    pid = store.package_ids(1, "100")[0]
    start = _command(_detail(client, pid), "PKG_STATE_TRANSITION")
    _post(client, pid, transition=start["id"])
    _post(client, pid, transition=start["id"])  # 406 now: no log
    refuse = _command(_detail(client, pid), "REFUSE_PACKAGE")
    _post(client, pid, transition=refuse["id"], input_parameters={"denial_reason": 34})
    logs = client.get(f"{PACKAGES}{pid}/transition_logs/").json()
    assert logs["count"] == 2 and logs["next"] is None and logs["previous"] is None
    newest, oldest = logs["results"]
    assert set(newest) == LOG_KEYS
    assert (oldest["old_state"]["enum_value"], oldest["new_state"]["enum_value"]) == ("100", "200")
    assert (newest["old_state"]["enum_value"], newest["new_state"]["enum_value"]) == ("200", "950")
    assert newest["new_state"] == {"id": 52, "name": "Needs Rescheduling", "enum_value": "950",
                                   "enum_class": "PackageStatus"}
    assert newest["object_id"] == pid and newest["id"] > oldest["id"]
    assert newest["created_date"] >= oldest["created_date"]
    one_per_page = client.get(f"{PACKAGES}{pid}/transition_logs/", params={"limit": 1}).json()
    assert one_per_page["results"] == [newest] and one_per_page["next"] is not None


def test_received_commands_record_every_request(client, store):
    pid = store.package_ids(1, "100")[0]
    start = _command(_detail(client, pid), "PKG_STATE_TRANSITION")
    _post(client, pid, transition=start["id"], input_parameters={})
    _post(client, pid, transition=start["id"], input_parameters={})
    _post(client, pid, input_parameters={})
    store.apply_command(pid, slug="package__complete_packaging__preparing__packed")
    records = store.received_commands
    assert [(r.status_code, r.source) for r in records] == [(204, "http"), (406, "http"), (400, "http"), (204, "direct")]
    assert records[0].transition == start["id"] and records[0].input_parameters == {}
    assert records[3].slug == "package__complete_packaging__preparing__packed"
    assert store.command_count(pid) == 4
    assert store.command_count(pid, "PKG_STATE_TRANSITION") == 2
    assert store.command_count(pid, "PKG_STATE_TRANSITION", applied_only=True) == 1
    assert store.command_count(pid, "COMPLETE_PACKAGING") == 1
    assert store.command_count(pid + 1) == 0


def test_another_station_acting_first_makes_our_command_406(client, store):
    pid = store.package_ids(1, "400")[0]
    pack = _command(_detail(client, pid), "COMPLETE_PACKAGING")
    assert store.apply_command(pid, transition=pack["id"]).status_code == 204  # the other station
    response = _post(client, pid, transition=pack["id"], input_parameters={})
    assert response.status_code == 406 and response.json() == NOT_ALLOWED
    assert store.command_count(pid, "COMPLETE_PACKAGING", applied_only=True) == 1


def test_concurrent_pack_requests_apply_once(server, store):
    pid = store.package_ids(1, "400")[0]
    pack = next(t for t in store.package_json(pid, server.url)["commands"] if t["command"] == "COMPLETE_PACKAGING")
    headers = {"Authorization": f"Token {DEFAULT_TOKEN}"}

    def send(_):
        return httpx.post(f"{server.url}{PACKAGES}{pid}/command/", json={"transition": pack["id"]}, headers=headers).status_code

    with ThreadPoolExecutor(6) as pool:
        codes = sorted(pool.map(send, range(6)))
    assert codes == [204] + [406] * 5
    assert store.command_count(pid, "COMPLETE_PACKAGING", applied_only=True) == 1


# -- labels and images ---------------------------------------------------------------------


def _pack(client: httpx.Client, pid: int) -> dict:
    pack = _command(_detail(client, pid), "COMPLETE_PACKAGING")
    assert _post(client, pid, transition=pack["id"], input_parameters={}).status_code == 204
    return _detail(client, pid)


def test_html_label_embeds_a_png_barcode_and_no_external_resources(client, server, store):
    pid = next(p for p in store.package_ids(1, "400") if p % 5)
    package = _pack(client, pid)
    label = package["shipping_label"]
    assert label["is_file"] is False
    response = client.get(label["full_path_url"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = response.text
    match = re.search(r'<img [^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert match, "the tracking barcode is an inline PNG"
    png = base64.b64decode(match.group(1))
    assert png.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(png)).width > 100
    address = package["shipping_address"]
    for text in (package["tracking_number"], package["number"], package["order_number"],
                 f"{address['first_name']} {address['last_name']}", address["line"],
                 package["shipment"]["cargo_company"]["name"], "Kadıköy Mağaza"):
        assert text in page
    assert "<script" not in page.lower()
    assert not re.search(r"(src|href)=\"(?!data:)", page)
    assert "http://" not in page and "https://" not in page
    assert httpx.get(label["full_path_url"]).status_code == 401


def test_pdf_label_for_file_labels(client, store):
    pid = next(p for p in store.package_ids(1, "400") + store.package_ids(1, "200") if p % 5 == 0)
    label = _pack(client, pid)["shipping_label"]
    assert label["is_file"] is True
    response = client.get(label["preview_url"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert response.content.count(b"/Type /Page") - response.content.count(b"/Type /Pages") == 1


def test_unknown_label_is_404(client, store):
    assert client.get("/api/v1/oms/shipping-label/1/preview/").status_code == 404


def test_product_images_are_served_without_a_token(client, server, store):
    package = _detail(client, store.package_ids(1, "100")[0])
    image = package["packageitem_set"][0]["order_item"]["product"]["productimage_set"][0]
    assert image["url"].startswith(server.url + "/media/products/") and image["url"].endswith(".jpg")
    first, second = httpx.get(image["url"]), httpx.get(image["url"])
    assert first.status_code == 200 and first.headers["content-type"] == "image/jpeg"
    assert first.content == second.content
    picture = Image.open(io.BytesIO(first.content))
    assert picture.format == "JPEG" and picture.size[0] == picture.size[1] >= 300
    assert 2_000 < len(first.content) < 40_000  # a photo, kept small
    tile = httpx.get(image["url"].removesuffix(".jpg") + ".png")  # the letter tile is still there
    assert tile.status_code == 200 and Image.open(io.BytesIO(tile.content)).format == "PNG"
    assert httpx.get(server.url + "/media/products/99999.png").status_code == 404
    assert httpx.get(server.url + "/media/products/99999.jpg").status_code == 404


def test_every_seeded_model_has_a_photo_in_its_own_colour():
    """One drawing per model, dyed per product: the two colours of a model differ, and every
    model of the seed has one (scripts/make_product_photos.py draws them)."""
    from instore_app.simulator import photos
    from instore_app.simulator.seed import _MODELS

    products = seed._products(random.Random(7))
    assert {p.base_code for p in products} == {f"AKN-{n:03d}" for n in range(1, len(_MODELS) + 1)}
    assert all(photos.has_photo(p.base_code) for p in products)
    shipped = sum(path.stat().st_size for path in photos.PHOTOS_DIR.iterdir())
    assert shipped < 400_000, f"resources/products holds {shipped} bytes: keep the drawings small"
    by_colour = {}
    for product in products:
        picture = Image.open(io.BytesIO(photos.product_photo(product))).convert("RGB")
        by_colour.setdefault(product.base_code, {})[product.colour] = picture.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    two_colours = [means for means in by_colour.values() if len(means) == 2]
    assert two_colours and all(len(set(means.values())) == 2 for means in two_colours)
    assert photos.product_photo(dataclasses.replace(products[0], base_code="XYZ-1")) is None

"""The simulated Seller Center (/api/i2/) over real loopback HTTP: data, auth, paging, the
status rules of every write, the labels, the request log and the shared fault injection."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
import pytest

from instore_app.api.models import Page, adapter
from instore_app.api.seller_center.models import CargoLabel, SellerCenterPackage, SellerCenterPackageItem
from instore_app.simulator import SELLER_CENTER_API_KEY, FaultPlan, SellerCenterStore, SimulatorServer, seller_center_site
from instore_app.simulator.faults import endpoint_of
from instore_app.simulator.seller_center_seed import DOCS_PACKAGE, DOCS_SHIPPING_METHOD, LABEL_FORMS, SHIPPING_METHODS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "api-docs"
KEY = SELLER_CENTER_API_KEY
PACKAGES = "/api/i2/packages/"


@pytest.fixture(scope="module")
def server():
    with SimulatorServer() as running:
        yield running


@pytest.fixture
def site(server):
    site = seller_center_site(server.app)
    site.store = SellerCenterStore(seed=4)
    site.auth_scheme = site.next_base_url = site.label_base_url = None
    server.faults.plan = None
    yield site
    server.faults.plan = None


@pytest.fixture
def http(server):
    with httpx.Client(base_url=server.url, headers={"Authorization": KEY}) as client:
        yield client


def fixture_keys(name: str) -> set[str]:
    data = json.loads(next(FIXTURES.glob(f"seller-center-packages__??-{name}.json")).read_bytes())
    return set(data["results"][0] if "results" in data else data)


def numbers(http, **params) -> list[str]:
    page = http.get(PACKAGES, params={"limit": 1000, **params}).json()
    return [row["number"] for row in page["results"]]


# -- data and shapes ------------------------------------------------------------------------


def test_seeded_packages_in_every_documented_status_with_turkish_data(http, site):
    rows = http.get(PACKAGES, params={"limit": 1000}).json()["results"]
    assert {row["status"] for row in rows} == {2, 3, 4, 5, 6}
    assert len([row for row in rows if row["status"] == 2]) >= 20
    page = adapter(Page[SellerCenterPackage]).validate_python({"count": len(rows), "results": rows})
    cities = {p.shipping_address.city for p in page.results}
    assert cities <= {"İstanbul", "Ankara"} and "İstanbul" in cities
    assert any("ı" in p.shipping_address.full_name or "ş" in p.shipping_address.full_name for p in page.results)
    assert all(p.currency == "TRY" and p.shipping_method.endswith(("Standart", "Teslimat")) for p in page.results)
    assert set(rows[0]) == fixture_keys("pkg101-get-packages")


def test_the_documentations_package_and_shipping_method_exist(http, site):
    (row,) = http.get(PACKAGES, params={"number": DOCS_PACKAGE}).json()["results"]
    assert row["status"] == 2
    items = http.get(f"{PACKAGES}{DOCS_PACKAGE}/items/").json()["results"]
    assert (items[0]["number"], items[0]["product"]) == (f"{DOCS_PACKAGE}-1", "AKN-TSHRT-RD")
    assert set(items[0]) == fixture_keys("pkg102-get-package-items")
    adapter(Page[SellerCenterPackageItem]).validate_python({"count": 2, "results": items})
    assert DOCS_SHIPPING_METHOD in {m.id for m in SHIPPING_METHODS}


def test_same_seed_same_data():
    a, b = SellerCenterStore(seed=9), SellerCenterStore(seed=9)
    assert a.numbers() == b.numbers() and a.list_packages(status=None, number=None, offset=0, limit=5)[1][0][
        "shipping_address"] == b.list_packages(status=None, number=None, offset=0, limit=5)[1][0]["shipping_address"]
    assert SellerCenterStore(seed=10).numbers() != a.numbers()


# -- auth -----------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [KEY, f"Token {KEY}", f"Bearer {KEY}", f"Api-Key {KEY}"])
def test_the_key_alone_or_after_a_known_prefix_is_accepted(server, site, header):
    assert httpx.get(f"{server.url}{PACKAGES}", headers={"Authorization": header}).status_code == 200


@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, "Authentication credentials were not provided."),
        ({"Authorization": "wrong"}, "Invalid API key."),
        ({"Authorization": f"Basic {KEY}"}, "Invalid API key prefix."),
    ],
)
def test_missing_or_wrong_key_is_401(server, site, headers, detail):
    response = httpx.get(f"{server.url}{PACKAGES}", headers=headers)
    assert (response.status_code, response.json()) == (401, {"detail": detail})
    assert site.store.requests[-1].status_code == 401


def test_a_required_prefix_is_the_only_one_accepted(server, site):
    site.auth_scheme = "Bearer"
    get = lambda header: httpx.get(f"{server.url}{PACKAGES}", headers={"Authorization": header}).status_code  # noqa: E731
    assert (get(KEY), get(f"Token {KEY}"), get(f"Bearer {KEY}")) == (401, 401, 200)


# -- paging -----------------------------------------------------------------------------------


def test_next_links_are_absolute_and_walk_every_package(server, http, site):
    page = http.get(PACKAGES, params={"status": 2}).json()
    assert len(page["results"]) == 10  # the documented default limit
    assert page["next"].startswith(f"{server.url}{PACKAGES}?") and page["previous"] is None
    seen = [row["number"] for row in page["results"]]
    while page["next"]:
        page = http.get(page["next"]).json()
        seen += [row["number"] for row in page["results"]]
    assert seen == site.store.numbers(status=2) and page["count"] == len(seen)


def test_next_base_url_names_another_host_like_the_docs(http, site):
    site.next_base_url = "https://seller-center.akinon.com"
    page = http.get(PACKAGES, params={"limit": 5}).json()
    assert page["next"].startswith("https://seller-center.akinon.com/api/i2/packages/?")


def test_filters_and_bad_query_values(http, site):
    assert numbers(http, status=4) == site.store.numbers(status=4) != []
    assert http.get(PACKAGES, params={"status": 9}).status_code == 400
    assert http.get(PACKAGES, params={"page": 99}).json() == {"detail": "Invalid page."}
    assert numbers(http, number="nope") == []
    assert http.get(f"{PACKAGES}nope/items/").status_code == 404


# -- writes and their rules ------------------------------------------------------------------


def test_status_walk_2_3_4_5_and_refused_jumps(http, site):
    number = DOCS_PACKAGE
    assert http.put(f"{PACKAGES}{number}/", json={"status": 4}).status_code == 400
    packed = http.put(f"{PACKAGES}{number}/", json={"status": 3})
    assert packed.status_code == 200 and packed.json()["status"] == 3
    assert packed.json()["tracking_number"]  # the cargo label carries one from now on
    assert http.put(f"{PACKAGES}{number}/", json={"status": 2}).status_code == 400
    body = {"status": 4, "tracking_number": "TRK1", "shipping_company": "Aras Kargo", "shipment_date": "2025-05-22T11:19:08Z"}
    shipped = http.put(f"{PACKAGES}{number}/", json=body).json()
    assert (shipped["status"], shipped["tracking_number"], shipped["shipping_company"]["name"]) == (4, "TRK1", "Aras Kargo")
    assert shipped["shipment_date"] == "2025-05-22T11:19:08.000Z"
    assert http.put(f"{PACKAGES}{number}/", json={"status": 5}).json()["status"] == 5
    assert site.store.write_count(number, "update") == 5
    assert site.store.write_count(number, "update", applied_only=True) == 3


@pytest.mark.parametrize(
    "body", [[], {"status": "3"}, {"status": 9}, {"shipment_date": "tomorrow"}, {"tracking_number": 5}]
)
def test_invalid_update_bodies_are_400(http, site, body):
    response = http.put(f"{PACKAGES}{DOCS_PACKAGE}/", json=body)
    assert response.status_code == 400 and response.json()
    assert site.store.package(DOCS_PACKAGE).status == 2


def test_reject_removes_items_and_a_fully_rejected_package_leaves_preparing(http, site):
    number = DOCS_PACKAGE
    response = http.post(f"{PACKAGES}{number}/reject/", json={"items": [f"{number}-1"], "reason": "Unsupplied"})
    assert (response.status_code, response.content) == (204, b"")
    assert [i["number"] for i in http.get(f"{PACKAGES}{number}/items/").json()["results"]] == [f"{number}-2"]
    assert site.store.package(number).rejected[0][1] == "Unsupplied"
    http.post(f"{PACKAGES}{number}/reject/", json={"items": [f"{number}-2"], "reason": "Ürün hasarlı"})
    assert site.store.package(number).status == 7 and number not in numbers(http, status=2)


@pytest.mark.parametrize(
    "body",
    [{"items": ["2595053219311870-1"]}, {"items": [], "reason": "x"}, {"items": ["nope"], "reason": "x"}, {"reason": "x"}],
)
def test_invalid_rejects_are_400(http, site, body):
    assert http.post(f"{PACKAGES}{DOCS_PACKAGE}/reject/", json=body).status_code == 400
    assert len(site.store.package(DOCS_PACKAGE).items) == 2


def test_reject_needs_preparing(http, site):
    number = site.store.numbers(status=4)[0]
    item = site.store.package(number).items[0].number
    response = http.post(f"{PACKAGES}{number}/reject/", json={"items": [item], "reason": "x"})
    assert response.status_code == 400 and "cannot be rejected" in response.text


def test_split_makes_a_new_package_of_the_same_order(http, site):
    number = DOCS_PACKAGE
    before = set(site.store.numbers())
    body = [{"items": [f"{number}-1"], "shipping_method": DOCS_SHIPPING_METHOD}]
    assert http.post(f"{PACKAGES}{number}/split/", json=body).status_code == 204
    (new,) = set(site.store.numbers()) - before
    row = http.get(PACKAGES, params={"number": new}).json()["results"][0]
    assert (row["status"], row["order_number"], row["shipping_method"]) == (2, "2594887831811953", "Aras Kargo - Standart")
    assert [i["number"] for i in http.get(f"{PACKAGES}{new}/items/").json()["results"]] == [f"{number}-1"]
    assert [i.number for i in site.store.package(number).items] == [f"{number}-2"]


@pytest.mark.parametrize(
    "body",
    [
        {"items": ["2595053219311870-1"]},
        [{"items": ["2595053219311870-1", "2595053219311870-2"]}],
        [{"items": ["2595053219311870-1"]}, {"items": ["2595053219311870-1"]}],
        [{"items": ["2595053219311870-1"], "shipping_method": "not-a-uuid"}],
        [{"items": ["2595053219311870-1"], "shipping_method": "00000000-0000-4000-8000-000000000000"}],
    ],
)
def test_invalid_splits_are_400(http, site, body):
    assert http.post(f"{PACKAGES}{DOCS_PACKAGE}/split/", json=body).status_code == 400
    assert len(site.store.numbers()) == 40


def test_release_a_reservation_once(http, site):
    path = f"{PACKAGES}{DOCS_PACKAGE}/reservations/{DOCS_PACKAGE}-1"
    assert http.delete(path).status_code == 204
    assert site.store.package(DOCS_PACKAGE).items[0].has_reservation is False
    assert http.delete(path).status_code == 400
    assert http.delete(f"{PACKAGES}{DOCS_PACKAGE}/reservations/nope").status_code == 404
    assert [r.status_code for r in site.store.writes(DOCS_PACKAGE, "release")] == [204, 400, 404]


def test_change_shipping_method(http, site):
    path = f"{PACKAGES}{DOCS_PACKAGE}/change-shipping-method/"
    assert http.post(path, json={"shipping_method": DOCS_SHIPPING_METHOD}).status_code == 204
    row = http.get(PACKAGES, params={"number": DOCS_PACKAGE}).json()["results"][0]
    assert row["shipping_company"] == {"name": "Aras Kargo", "slug": "aras"}
    for bad in ({}, {"shipping_method": "x"}, {"shipping_method": "00000000-0000-4000-8000-000000000000"}):
        assert http.post(path, json=bad).status_code == 400


def test_broken_json_is_400_and_recorded(http, site):
    response = http.post(f"{PACKAGES}{DOCS_PACKAGE}/reject/", content=b"{", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["detail"].startswith("JSON parse error")
    (write,) = site.store.writes()
    assert (write.body, write.action, write.applied) == (b"{", "reject", False)


# -- labels ----------------------------------------------------------------------------------


def test_label_only_from_ready_to_ship_on(http, site):
    response = http.get(f"{PACKAGES}{DOCS_PACKAGE}/label/")
    assert response.status_code == 400 and "ready to ship" in response.text
    assert http.get(f"{PACKAGES}nope/label/").status_code == 404


@pytest.mark.parametrize("form", LABEL_FORMS)
def test_labels_in_each_form(server, http, site, form):
    number = site.store.numbers(status=3, label_form=form)[0]
    data = CargoLabel.model_validate_json(http.get(f"{PACKAGES}{number}/label/").content).data
    if form == "pdf":
        assert base64.b64decode(data).startswith(b"%PDF-")
    elif form == "png":
        assert base64.b64decode(data).startswith(b"\x89PNG\r\n\x1a\n")
    elif form == "zpl":
        assert data.startswith("^XA\n^CI28") and data.rstrip().endswith("^XZ")
        assert site.store.package(number).tracking_number in data and "Anadolu Tekstil" in data
    else:
        assert data == f"{server.url}/media/seller-center/labels/{number}.pdf"
        served = httpx.get(data)  # no key needed (and none sent)
        assert served.headers["content-type"] == "application/pdf" and served.content.startswith(b"%PDF-")
        assert site.store.requests[-1].sent_authorization is False


def test_every_form_is_in_every_active_status(site):
    for status in (2, 3, 4):
        assert {site.store.package(n).label_form for n in site.store.numbers(status=status)} == set(LABEL_FORMS)


# -- faults ------------------------------------------------------------------------------------


def test_fault_middleware_names_the_seller_center_endpoints():
    assert endpoint_of("GET", PACKAGES) == "list"
    assert endpoint_of("GET", f"{PACKAGES}1/items/") == "detail"
    assert endpoint_of("GET", f"{PACKAGES}1/label/") == endpoint_of("GET", "/media/seller-center/labels/1.pdf") == "label"
    for method, path in [("PUT", "1/"), ("POST", "1/reject/"), ("POST", "1/split/"),
                         ("POST", "1/change-shipping-method/"), ("DELETE", "1/reservations/1-1")]:
        assert endpoint_of(method, f"{PACKAGES}{path}") == "command"
    assert endpoint_of("GET", f"{PACKAGES}1/") is None


def test_a_faulted_write_never_reaches_the_store(server, http, site):
    server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("command",))
    assert http.put(f"{PACKAGES}{DOCS_PACKAGE}/", json={"status": 3}).status_code == 500
    assert site.store.writes() == [] and site.store.package(DOCS_PACKAGE).status == 2
    assert server.faults.stats()["faults"]["500"] == {"command": 1}


def test_a_lost_write_is_applied_and_recorded(server, http, site):
    server.faults.plan = FaultPlan(rates={"lost": 1.0}, endpoints=("command",))
    assert http.put(f"{PACKAGES}{DOCS_PACKAGE}/", json={"status": 3}).status_code == 502
    assert site.store.write_count(DOCS_PACKAGE, applied_only=True) == 1
    assert site.store.package(DOCS_PACKAGE).status == 3


def test_the_oms_is_still_served_beside_it(server, http):
    from instore_app.simulator import DEFAULT_TOKEN

    response = httpx.get(f"{server.url}/api/v1/oms/packages/", headers={"Authorization": f"Token {DEFAULT_TOKEN}"})
    assert response.status_code == 200 and response.json()["count"] > 0
    assert httpx.get(f"{server.url}/api/v1/oms/packages/", headers={"Authorization": KEY}).status_code == 401

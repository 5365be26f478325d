"""Every request the Seller Center documentation shows is sent exactly as it shows it, and
every documented answer is read by the client.

The examples are the fixtures of tests/fixtures/api-docs/ (scripts/extract_doc_examples.py).
The documentation's ``Content-Length`` values (358, 58, 91, 54) are those of the compact JSON
of its examples, so "exactly" is checked on the bytes: the body the client sends is the
example's compact JSON, keys in the documented order, with the documented length; and the
same bytes are accepted by the simulator, which applies them to its copy of the
documentation's package.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from instore_app.api.seller_center import (
    PackageStatus,
    SellerCenterClient,
    SellerCenterRefused,
    SellerCenterResponseError,
    SplitPackage,
    UpdatePackage,
)
from instore_app.simulator import SellerCenterStore, SimulatorServer, seller_center_site

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "api-docs"
DOCS = ROOT.parent / "shared" / "api-docs" / "seller-center-packages.txt"
KEY = "YOUR_API_KEY"  # as the documentation writes it
NUMBER = "2595053219311870"  # the documentation's package (the simulator has it too)
ITEM = "2595053219311870-1"


def example(name: str) -> bytes:
    (path,) = FIXTURES.glob(f"seller-center-packages__??-{name}.json")
    return path.read_bytes()


def compact(raw: bytes) -> bytes:
    return json.dumps(json.loads(raw), ensure_ascii=False, separators=(",", ":")).encode()


def documented_update() -> UpdatePackage:
    return UpdatePackage.model_validate_json(example("pkg103-update-package-request"))


async def send_pkg103(sc: SellerCenterClient) -> Any:
    return await sc.update_package(NUMBER, documented_update())


async def send_pkg105(sc: SellerCenterClient) -> Any:
    return await sc.change_shipping_method(NUMBER, "847b006e-000a-432e-b500-e3f49fa9ddcc")


async def send_pkg106(sc: SellerCenterClient) -> Any:
    return await sc.split(NUMBER, [SplitPackage(items=[ITEM], shipping_method="847b006e-000a-432e-b500-e3f49fa9ddcc")])


async def send_pkg107(sc: SellerCenterClient) -> Any:
    return await sc.reject(NUMBER, [ITEM], "Unsupplied")


async def send_pkg108(sc: SellerCenterClient) -> Any:
    return await sc.release_reservation(NUMBER, ITEM)


# (send, method, documented path, documented example of the body, documented Content-Length)
WRITES = {
    "PKG103": (send_pkg103, "PUT", f"/api/i2/packages/{NUMBER}/", "pkg103-update-package-request", 358),
    "PKG105": (send_pkg105, "POST", f"/api/i2/packages/{NUMBER}/change-shipping-method/",
               "pkg105-change-shipping-method-request", 58),
    "PKG106": (send_pkg106, "POST", f"/api/i2/packages/{NUMBER}/split/", "pkg106-split-package-request", 91),
    "PKG107": (send_pkg107, "POST", f"/api/i2/packages/{NUMBER}/reject/", "pkg107-reject-package-request", 54),
    "PKG108": (send_pkg108, "DELETE", f"/api/i2/packages/{NUMBER}/reservations/{ITEM}", None, None),
}


def recording(answer: httpx.Response) -> tuple[SellerCenterClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer

    return SellerCenterClient("https://sandbox.akinon.com", KEY, http_transport=httpx.MockTransport(handler)), seen


@pytest.mark.skipif(not DOCS.is_file(), reason=f"the API docs are not at {DOCS}")
def test_the_documented_lengths_are_the_docs():
    text = DOCS.read_text(encoding="utf-8")
    for code, (_send, method, path, _example, length) in WRITES.items():
        pattern = re.escape(f"{method} {path.replace(ITEM, '{item-number}').replace(NUMBER, '{number}')} HTTP/1.1")
        block = re.search(pattern + r"(.*?)\n\n", text, re.DOTALL)
        assert block, f"{code}: {method} {path} is not in the docs"
        documented = re.search(r"Content-Length: (\d+)", block.group(1))
        assert (int(documented.group(1)) if documented else None) == length, code


@pytest.mark.parametrize("code", WRITES)
@pytest.mark.asyncio
async def test_every_documented_write_is_sent_exactly_as_documented(code):
    send, method, path, name, length = WRITES[code]
    answer = httpx.Response(200, content=example("pkg103-update-package-response")) if method == "PUT" \
        else httpx.Response(204)
    sc, seen = recording(answer)
    async with sc:
        await send(sc)
    (request,) = seen
    assert (request.method, request.url.path, request.url.query) == (method, path, b"")
    assert request.headers["authorization"] == KEY  # "Authorization: YOUR_API_KEY"
    if name is None:
        assert request.content == b"" and "content-type" not in request.headers
        return
    assert request.content == compact(example(name))
    assert int(request.headers["content-length"]) == len(request.content) == length
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize("code", WRITES)
@pytest.mark.asyncio
async def test_the_simulator_takes_each_documented_write(code):
    send, method, path, name, _length = WRITES[code]
    with SimulatorServer() as server:
        site = seller_center_site(server.app)
        site.store = SellerCenterStore(seed=2)
        async with SellerCenterClient(server.url, site.api_key) as sc:
            result = await send(sc)
        (write,) = site.store.writes()
    assert 200 <= result.status_code < 300 and write.applied
    assert (write.method, write.path) == (method, path)
    assert write.body == (compact(example(name)) if name else b"")
    if code == "PKG103":
        assert result.package.package_status is PackageStatus.READY_TO_SHIP
        assert result.package.invoice_number == "IN-3457623412"


def test_a_requested_update_keeps_the_documented_field_order():
    assert list(documented_update().to_json()) == list(json.loads(example("pkg103-update-package-request")))


@pytest.mark.asyncio
async def test_documented_reads_ask_what_the_docs_ask():
    one_page = {**json.loads(example("pkg102-get-package-items")), "next": None}
    sc, seen = recording(httpx.Response(200, json=one_page))
    async with sc:
        await sc.packages_page(status=2, number=NUMBER, page=1, limit=10)
        await sc.package_items(NUMBER)
        with pytest.raises(SellerCenterResponseError):
            await sc.get_label(NUMBER)  # the items example is no label: parsed, refused in words
    assert [(r.method, r.url.path) for r in seen] == [
        ("GET", "/api/i2/packages/"), ("GET", f"/api/i2/packages/{NUMBER}/items/"),
        ("GET", f"/api/i2/packages/{NUMBER}/label/")]
    assert dict(seen[0].url.params) == {"status": "2", "number": NUMBER, "page": "1", "limit": "10"}
    assert all(r.headers["authorization"] == KEY for r in seen)


@pytest.mark.asyncio
async def test_every_documented_answer_is_read_by_the_client():
    answers = {
        "/api/i2/packages/": example("pkg101-get-packages"),
        f"/api/i2/packages/{NUMBER}/items/": example("pkg102-get-package-items"),
        f"/api/i2/packages/{NUMBER}/label/": example("pkg104-get-cargo-label"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            return httpx.Response(200, content=example("pkg103-update-package-response"))
        return httpx.Response(200, content=answers[request.url.path], headers={"Content-Type": "application/json"})

    base = "https://seller-center.akinon.com"  # the host the docs' next links name
    async with SellerCenterClient(base, KEY, http_transport=httpx.MockTransport(handler)) as sc:
        page = await sc.packages_page()
        (package,) = page.results
        assert (package.number, package.package_status) == (NUMBER, PackageStatus.PREPARING)
        assert package.date_placed == datetime.fromisoformat("2025-05-22T11:19:08.218+00:00")
        # The docs' next ("/api/i2/resource?page=2") is a placeholder for another path: not followed.
        with pytest.raises(SellerCenterRefused):
            await sc.list_packages()
        with pytest.raises(SellerCenterRefused):
            await sc.package_items(NUMBER)
        updated = await sc.update_package(NUMBER, UpdatePackage(status=PackageStatus.READY_TO_SHIP))
        assert updated.package == package
        # The label example's "text" is no label: read, then refused in words.
        with pytest.raises(SellerCenterResponseError) as error:
            await sc.get_label(NUMBER)
        assert error.value.message == "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL."


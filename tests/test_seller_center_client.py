"""The Seller Center client: against the simulator's /api/i2/ over real loopback HTTP (every
action, with the simulator's request log proving exactly one write per action), and against
an injected transport for what the simulator doesn't do (overlapping pages, loops, redirects)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import httpx
import pytest

from instore_app.api.client import RetryPolicy
from instore_app.api.errors import OmsBadRequest, OmsError, OmsNotFound, OmsServerError, OmsUnauthorized
from instore_app.api.seller_center import (
    ImageLabel,
    PackageStatus,
    PdfLabel,
    SellerCenterBadRequest,
    SellerCenterClient,
    SellerCenterConnectionError,
    SellerCenterNotFound,
    SellerCenterNotSent,
    SellerCenterRefused,
    SellerCenterResponseError,
    SellerCenterServerError,
    SellerCenterUnauthorized,
    SplitPackage,
    UrlLabel,
    ZplLabel,
)
from instore_app.simulator import SELLER_CENTER_API_KEY, FaultPlan, SellerCenterStore, SimulatorServer, seller_center_site
from instore_app.simulator.seller_center_seed import DOCS_PACKAGE, DOCS_SHIPPING_METHOD

KEY = SELLER_CENTER_API_KEY
FAST_RETRY = RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002)
ITEM1, ITEM2 = f"{DOCS_PACKAGE}-1", f"{DOCS_PACKAGE}-2"


@pytest.fixture(scope="module")
def server():
    with SimulatorServer() as running:
        yield running


@pytest.fixture
def site(server):
    site = seller_center_site(server.app)
    site.store = SellerCenterStore(seed=5)
    site.auth_scheme = site.next_base_url = site.label_base_url = None
    server.faults.plan = None
    server.faults.reset_stats()
    yield site
    server.faults.plan = None


def client(server, **options) -> SellerCenterClient:
    options.setdefault("retry", FAST_RETRY)
    return SellerCenterClient(server.url, options.pop("key", KEY), **options)


def only_write(site, number):
    """The one write the simulator received for `number` (fails if there are more or none)."""
    writes = site.store.writes(number)
    assert len(writes) == 1, [(w.method, w.path, w.status_code) for w in writes]
    return writes[0]


# -- reads over loopback ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_lists_every_preparing_package_across_pages_via_next(server, site):
    async with client(server, page_size=4) as sc:
        rows = await sc.list_packages()
    assert [row.number for row in rows] == site.store.numbers(status=2)
    assert all(row.package_status is PackageStatus.PREPARING for row in rows)
    pages = [r for r in site.store.requests if r.action == "list"]
    assert len(pages) == -(-len(rows) // 4) > 5
    assert [r.query for r in pages[:2]] == ["status=2&limit=4", "status=2&limit=4&page=2"]  # the server's own next


@pytest.mark.asyncio
async def test_any_status_and_by_number(server, site):
    async with client(server) as sc:
        everything = await sc.list_packages(status=None)
        shipped = await sc.list_packages(status=PackageStatus.SHIPPED)
        package = await sc.get_package(DOCS_PACKAGE)
        with pytest.raises(SellerCenterNotFound) as missing:
            await sc.get_package("0000")
    assert len(everything) == len(site.store.numbers())
    assert [p.number for p in shipped] == site.store.numbers(status=4)
    assert (package.number, package.order_number, package.currency) == (DOCS_PACKAGE, "2594887831811953", "TRY")
    assert missing.value.message == "The Seller Center has no package 0000."


@pytest.mark.asyncio
async def test_items_carry_the_product_code(server, site):
    async with client(server) as sc:
        items = await sc.package_items(DOCS_PACKAGE)
    assert [(i.number, i.product, i.has_reservation) for i in items] == [
        (ITEM1, "AKN-TSHRT-RD", True), (ITEM2, "AKN-JEAN-LCV-M", True)]


@pytest.mark.parametrize(("form", "kind"), [("pdf", PdfLabel), ("png", ImageLabel), ("zpl", ZplLabel), ("url", UrlLabel)])
@pytest.mark.asyncio
async def test_label_in_each_form(server, site, form, kind):
    number = site.store.numbers(status=3, label_form=form)[0]
    async with client(server) as sc:
        label = await sc.get_label(number)
        document = await sc.get_label_document(number)
    assert type(label) is kind
    if isinstance(label, PdfLabel):
        assert label.content.startswith(b"%PDF-") and label.source_url is None and document == label
    elif isinstance(label, ImageLabel):
        assert (label.media_type, label.content[:4]) == ("image/png", b"\x89PNG")
    elif isinstance(label, ZplLabel):
        assert label.text.startswith("^XA") and site.store.package(number).tracking_number in label.text
    else:
        assert label.url == f"{server.url}/media/seller-center/labels/{number}.pdf"
        assert isinstance(document, PdfLabel) and document.source_url == label.url
        assert document.content.startswith(b"%PDF-")


@pytest.mark.asyncio
async def test_a_label_on_another_origin_is_fetched_without_the_key(server, site):
    # Another origin: the same simulator's Seller Center data served on 127.0.0.2 (every
    # 127/8 address is loopback on Linux; "localhost" may not resolve on a bare system).
    with SimulatorServer(host="127.0.0.2") as other:
        other_site = seller_center_site(other.app)
        other_site.store = site.store
        site.label_base_url = other.url
        number = site.store.numbers(status=3, label_form="url")[0]
        async with client(server) as sc:
            document = await sc.get_label_document(number)
    assert isinstance(document, PdfLabel) and document.source_url.startswith("http://127.0.0.2:")
    label_call, file_call = site.store.requests[-2:]
    assert (label_call.action, label_call.sent_authorization) == ("label", True)
    assert (file_call.action, file_call.sent_authorization) == ("label_file", False)


@pytest.mark.asyncio
async def test_a_next_link_to_another_origin_is_refused_and_never_requested(server, site):
    site.next_base_url = "http://localhost:1"  # what a misconfigured gateway might name
    async with client(server, page_size=5) as sc:
        with pytest.raises(SellerCenterRefused) as refused:
            await sc.list_packages()
    assert "http://localhost:1/api/i2/packages/" in refused.value.message and "not followed" in refused.value.message
    assert len([r for r in site.store.requests if r.action == "list"]) == 1


# -- writes over loopback: exactly one each ---------------------------------------------------------


@pytest.mark.asyncio
async def test_pack_sets_ready_to_ship_once(server, site):
    async with client(server) as sc:
        result = await sc.pack(DOCS_PACKAGE, invoice_number="IN-1")
    assert result.status_code == 200 and result.package.package_status is PackageStatus.READY_TO_SHIP
    write = only_write(site, DOCS_PACKAGE)
    assert (write.method, write.path, write.body) == ("PUT", f"/api/i2/packages/{DOCS_PACKAGE}/",
                                                      b'{"status":3,"invoice_number":"IN-1"}')
    assert site.store.package(DOCS_PACKAGE).status == 3


@pytest.mark.asyncio
async def test_reject_some_items_once(server, site):
    async with client(server) as sc:
        result = await sc.reject(DOCS_PACKAGE, [ITEM1], "Ürün eksik")
        items = await sc.package_items(DOCS_PACKAGE)
    assert result.status_code == 204 and [i.number for i in items] == [ITEM2]
    write = only_write(site, DOCS_PACKAGE)
    assert json.loads(write.body) == {"items": [ITEM1], "reason": "Ürün eksik"}
    assert write.body == f'{{"items":["{ITEM1}"],"reason":"Ürün eksik"}}'.encode()


@pytest.mark.asyncio
async def test_split_once_into_a_new_package(server, site):
    before = set(site.store.numbers(status=2))
    async with client(server) as sc:
        await sc.split(DOCS_PACKAGE, [SplitPackage(items=[ITEM2])])
        after = await sc.list_packages()
        (new,) = {p.number for p in after} - before
        moved = await sc.package_items(new)
    assert [i.number for i in moved] == [ITEM2]
    assert json.loads(only_write(site, DOCS_PACKAGE).body) == [{"items": [ITEM2]}]


@pytest.mark.asyncio
async def test_release_a_reservation_once_at_the_documented_path(server, site):
    async with client(server) as sc:
        result = await sc.release_reservation(DOCS_PACKAGE, ITEM1)
        items = await sc.package_items(DOCS_PACKAGE)
    assert result.status_code == 204 and [i.has_reservation for i in items] == [False, True]
    write = only_write(site, DOCS_PACKAGE)
    assert (write.method, write.path, write.body) == ("DELETE", f"/api/i2/packages/{DOCS_PACKAGE}/reservations/{ITEM1}", b"")


@pytest.mark.asyncio
async def test_change_the_shipping_method_once(server, site):
    async with client(server) as sc:
        await sc.change_shipping_method(DOCS_PACKAGE, DOCS_SHIPPING_METHOD)
        package = await sc.get_package(DOCS_PACKAGE)
    assert package.shipping_method == "Aras Kargo - Standart" and package.shipping_company.slug == "aras"
    assert only_write(site, DOCS_PACKAGE).body == b'{"shipping_method":"847b006e-000a-432e-b500-e3f49fa9ddcc"}'


@pytest.mark.asyncio
async def test_hand_over_once_with_tracking_company_and_date(server, site):
    number = site.store.numbers(status=3)[0]
    when = datetime(2025, 5, 22, 14, 19, 8, 218000, tzinfo=timezone.utc)
    async with client(server) as sc:
        result = await sc.hand_over(number, tracking_number="YK123", shipping_company="Yurtiçi Kargo", shipment_date=when)
    assert result.package.package_status is PackageStatus.SHIPPED and result.package.tracking_number == "YK123"
    assert json.loads(only_write(site, number).body) == {
        "status": 4, "tracking_number": "YK123", "shipping_company": "Yurtiçi Kargo",
        "shipment_date": "2025-05-22T14:19:08Z"}


# -- errors ------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_wrong_key_is_401_in_words(server, site):
    async with client(server, key="wrong") as sc:
        with pytest.raises(SellerCenterUnauthorized) as error:
            await sc.list_packages()
    assert isinstance(error.value, OmsUnauthorized) and error.value.status_code == 401
    assert error.value.message.startswith("The Seller Center did not accept the API key.")


@pytest.mark.asyncio
async def test_the_prefix_setting_reaches_a_strict_gateway(server, site):
    site.auth_scheme = "Bearer"
    async with client(server) as bare, client(server, auth_scheme="Bearer") as bearer:
        with pytest.raises(SellerCenterUnauthorized):
            await bare.list_packages()
        assert len(await bearer.list_packages()) > 0


@pytest.mark.asyncio
async def test_unknown_package_is_404(server, site):
    async with client(server) as sc:
        with pytest.raises(SellerCenterNotFound) as error:
            await sc.package_items("0000")
    assert isinstance(error.value, OmsNotFound) and error.value.path == "/api/i2/packages/0000/items/"


@pytest.mark.asyncio
async def test_a_refused_write_is_400_with_the_servers_words(server, site):
    number = site.store.numbers(status=4)[0]
    async with client(server) as sc:
        with pytest.raises(SellerCenterBadRequest) as error:
            await sc.reject(number, [site.store.package(number).items[0].number], "x")
    assert isinstance(error.value, OmsBadRequest) and "cannot be rejected" in error.value.message
    assert len(site.store.writes(number)) == 1


@pytest.mark.asyncio
async def test_500_on_a_write_is_not_retried(server, site):
    server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("command",))
    async with client(server) as sc:
        with pytest.raises(SellerCenterServerError) as error:
            await sc.pack(DOCS_PACKAGE)
    assert isinstance(error.value, OmsServerError) and "(HTTP 500)" in error.value.message
    assert server.faults.stats()["requests"] == {"command": 1}
    assert site.store.writes() == []


@pytest.mark.asyncio
async def test_500_on_a_read_is_retried_then_raised(server, site):
    server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("detail",))
    async with client(server) as sc:
        with pytest.raises(SellerCenterServerError):
            await sc.package_items(DOCS_PACKAGE)
    assert server.faults.stats()["requests"] == {"detail": 1 + FAST_RETRY.max_retries}


@pytest.mark.asyncio
async def test_a_lost_answer_is_an_error_but_the_write_was_applied_once(server, site):
    server.faults.plan = FaultPlan(rates={"lost": 1.0}, endpoints=("command",), lost_mode="close")
    async with client(server) as sc:
        with pytest.raises(SellerCenterConnectionError) as error:
            await sc.pack(DOCS_PACKAGE)
        server.faults.plan = None
        package = await sc.get_package(DOCS_PACKAGE)
    assert not isinstance(error.value, SellerCenterNotSent)
    assert only_write(site, DOCS_PACKAGE).applied and package.package_status is PackageStatus.READY_TO_SHIP


@pytest.mark.asyncio
async def test_a_cut_answer_to_a_write_says_the_outcome_is_unknown(server, site):
    server.faults.plan = FaultPlan(rates={"malformed": 1.0}, endpoints=("command",))
    async with client(server) as sc:
        with pytest.raises(SellerCenterResponseError) as error:
            await sc.reject(DOCS_PACKAGE, [ITEM1], "x")
    assert error.value.message == (
        "The Seller Center's answer could not be read: it is not known whether the change was made.")
    assert site.store.writes() == []


@pytest.mark.asyncio
async def test_no_server_is_not_sent():
    async with SellerCenterClient("http://127.0.0.1:9", KEY, retry=RetryPolicy(max_retries=0)) as sc:
        with pytest.raises(SellerCenterNotSent) as error:
            await sc.pack(DOCS_PACKAGE)
    assert isinstance(error.value, OmsError) and "cannot be reached" in error.value.message


# -- against an injected transport ---------------------------------------------------------------------


def mock(handler) -> SellerCenterClient:
    return SellerCenterClient("https://sc.test", KEY, http_transport=httpx.MockTransport(handler), retry=FAST_RETRY)


def page(rows, next_url=None):
    return httpx.Response(200, json={"count": len(rows), "next": next_url, "previous": None, "results": rows})


@pytest.mark.asyncio
async def test_overlapping_pages_are_deduplicated_and_filters_reapplied():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.params.get("page") == "2":
            return page([{"number": "B", "status": 2}, {"number": "C", "status": 3}])
        return page([{"number": "A", "status": 2}, {"number": "B", "status": 2}], "https://sc.test/api/i2/packages/?page=2")

    async with mock(handler) as sc:
        rows = await sc.list_packages()
    assert [row.number for row in rows] == ["A", "B"]
    assert [r.headers["authorization"] for r in seen] == [KEY, KEY]


@pytest.mark.asyncio
async def test_a_next_loop_stops_and_endless_pages_are_refused():
    def loop(request: httpx.Request) -> httpx.Response:
        return page([{"number": "A"}], "https://sc.test/api/i2/packages/?status=2&limit=100")

    def endless(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("page", "1"))
        return page([{"number": str(n)}], f"https://sc.test/api/i2/packages/?page={n + 1}")

    async with mock(loop) as sc:
        assert [row.number for row in await sc.list_packages(status=None)] == ["A"]
    async with mock(endless) as sc:
        sc.max_pages = 5
        with pytest.raises(SellerCenterResponseError) as error:
            await sc.list_packages(status=None)
    assert error.value.message == "The Seller Center's list has more than 5 pages; the list was not loaded."


@pytest.mark.asyncio
async def test_the_key_never_goes_to_another_origin():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "cdn.test":
            return httpx.Response(200, content=b"%PDF-1.4 label", headers={"Content-Type": "application/pdf"})
        if request.url.path.endswith("/label/"):
            return httpx.Response(200, json={"data": "https://cdn.test/l/1.pdf"})
        return page([{"number": "A"}], "https://evil.test/api/i2/packages/?page=2")

    async with mock(handler) as sc:
        document = await sc.get_label_document("A")
        with pytest.raises(SellerCenterRefused):
            await sc.list_packages(status=None)
    assert document == PdfLabel(b"%PDF-1.4 label", "https://cdn.test/l/1.pdf")
    assert [(r.url.host, "authorization" in r.headers) for r in seen] == [
        ("sc.test", True), ("cdn.test", False), ("sc.test", True)]


@pytest.mark.asyncio
async def test_an_http_label_on_another_host_is_not_fetched():
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "sc.test"
        return httpx.Response(200, json={"data": "http://cdn.test/l/1.pdf?signature=s3cr3t"})

    async with mock(handler) as sc:
        assert await sc.get_label("A") == UrlLabel("http://cdn.test/l/1.pdf?signature=s3cr3t")
        with pytest.raises(SellerCenterRefused) as error:
            await sc.get_label_document("A")
    assert error.value.message == (
        "The label is at http://cdn.test/l/1.pdf, an unencrypted address on another host; it was not fetched.")


@pytest.mark.asyncio
async def test_label_redirects_are_followed_under_the_same_rules():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/l/1":
            return httpx.Response(302, headers={"Location": "https://cdn.test/s3/1.png"})
        return httpx.Response(200, content=b"\x89PNG\r\n\x1a\nrest")

    async with mock(handler) as sc:
        label = await sc.fetch_label_url("https://sc.test/l/1")
    assert isinstance(label, ImageLabel) and label.source_url == "https://cdn.test/s3/1.png"
    assert [("authorization" in r.headers) for r in seen] == [True, False]


@pytest.mark.asyncio
async def test_an_api_redirect_is_not_followed():
    async with mock(lambda request: httpx.Response(301, headers={"Location": "https://else.test/"})) as sc:
        with pytest.raises(SellerCenterResponseError) as error:
            await sc.package_items("A")
    assert "redirected the request to https://else.test/" in error.value.message


@pytest.mark.asyncio
async def test_an_oversized_answer_is_refused():
    body = b'{"data": "' + b"A" * (1024 * 1024) + b'"}'
    async with mock(lambda request: httpx.Response(200, content=body)) as sc:
        sc.max_response_bytes = 1024 * 1024
        with pytest.raises(SellerCenterResponseError) as error:
            await sc.get_label("A")
    assert error.value.message == "The Seller Center's answer is too large (more than 1 MB)."


@pytest.mark.asyncio
async def test_a_web_page_instead_of_data():
    async with mock(lambda request: httpx.Response(200, text="<html>login</html>", headers={"Content-Type": "text/html"})) as sc:
        with pytest.raises(SellerCenterResponseError) as error:
            await sc.list_packages()
    assert error.value.message.startswith("The Seller Center answered with a web page instead of data.")


def test_bad_addresses_and_keys_are_refused_in_words():
    with pytest.raises(ValueError, match="not encrypted"):
        SellerCenterClient("http://seller.example.com", KEY)
    with pytest.raises(ValueError, match="not a web address"):
        SellerCenterClient("seller.example.com", KEY)
    for key in ("a\nb", "a b", "anahtarş"):
        with pytest.raises(ValueError, match="spaces, line breaks or letters beyond ASCII"):
            SellerCenterClient("https://seller.example.com", key)
    with pytest.raises(ValueError, match="spaces"):
        SellerCenterClient("https://seller.example.com", KEY, auth_scheme="To ken")

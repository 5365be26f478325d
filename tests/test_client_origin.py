"""The token goes only to the OMS's own origin: one test per URL the client follows (next
links, label URLs, image URLs), against a second loopback host that records what it gets."""

from __future__ import annotations

import httpx
import pytest

from instore_app.api import OmsClient, Origin, OriginAuth, ShippingLabel, origin_of, token_header
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, FaultPlan, SimulatorServer, Store
from instore_app.simulator.models import DenialReason

from .hostile_helpers import FOREIGN_REASON, PDF, PNG, Recorder

SECRET = "s3cr3t-token-4f1c9e7a"
OPEN = ("100", "200", "400")


def many_reasons(store: Store, n: int = 30) -> Store:
    """More denial reasons than one page of the simulator's (20) holds."""
    store.denial_reasons.update({500 + i: DenialReason(500 + i, f"Reason {i}", None, 10 + i, True) for i in range(n)})
    return store


@pytest.fixture
def elsewhere():
    with Recorder() as recorder:
        yield recorder


# -- next links ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_next_link_to_another_host_is_not_followed_and_the_token_stays_home(elsewhere, caplog):
    store = many_reasons(Store(seed=7))
    plan = FaultPlan(rates={"next_offsite": 1.0}, endpoints=("denial_reasons",), offsite_origin=elsewhere.url)
    with SimulatorServer(store, token=SECRET, faults=plan) as oms:
        async with OmsClient(oms.url, SECRET) as client:
            reasons = await client.denial_reasons()
    assert elsewhere.requests == []  # not even without the token: the link is refused
    assert len(reasons) == 20 and FOREIGN_REASON["id"] not in {r.id for r in reasons}
    assert not reasons.complete
    assert reasons.problem.startswith(f"The OMS pointed the rest of the list at another address ({elsewhere.url})")
    assert f"next link to {elsewhere.url} refused" in caplog.text
    assert SECRET not in caplog.text


@pytest.mark.asyncio
async def test_a_package_list_whose_next_goes_elsewhere_keeps_its_first_page(elsewhere):
    plan = FaultPlan(rates={"next_offsite": 1.0}, endpoints=("list",), offsite_origin=elsewhere.url)
    with SimulatorServer(Store(seed=7), token=SECRET, faults=plan) as oms:
        async with OmsClient(oms.url, SECRET) as client:
            rows = await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=("100",), limit=3)
    assert elsewhere.requests == []
    assert len(rows) == 3 and not rows.complete and "another address" in rows.problem


@pytest.mark.asyncio
async def test_next_links_on_the_oms_itself_are_followed_with_the_token():
    store = many_reasons(Store(seed=7))
    with SimulatorServer(store, token=SECRET) as oms:
        async with OmsClient(oms.url, SECRET) as client:
            reasons = await client.denial_reasons()
    assert len(reasons) == len(store.denial_reasons) and reasons.complete


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "next_url",
    [
        "http://oms.test/api/v1/oms/package-denial-reason/?page=2",  # https to http
        "https://oms.test:8443/api/v1/oms/package-denial-reason/?page=2",  # another port
        "https://evil.test/api/v1/oms/package-denial-reason/?page=2",  # another host
        "//evil.test/api/v1/oms/package-denial-reason/?page=2",  # scheme-relative
    ],
)
async def test_next_links_to_any_other_origin_are_refused(next_url):
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("Authorization")))
        page = {"count": 2, "next": next_url, "previous": None, "results": [{"id": 1, "title": "Ürün Eksik"}]}
        return httpx.Response(200, json=page)

    async with OmsClient("https://oms.test", SECRET, transport=httpx.MockTransport(handler)) as client:
        reasons = await client.denial_reasons()
    assert seen == [("https://oms.test/api/v1/oms/package-denial-reason/", f"Token {SECRET}")]
    assert [r.id for r in reasons] == [1] and "another address" in reasons.problem


@pytest.mark.asyncio
async def test_relative_next_links_resolve_on_the_oms():
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.url} {request.headers.get('Authorization')}")
        page = int(request.url.params.get("page", "1"))
        body = {"count": 2, "next": "?page=2" if page == 1 else None, "previous": None, "results": [{"id": page}]}
        return httpx.Response(200, json=body)

    async with OmsClient("https://oms.test", SECRET, transport=httpx.MockTransport(handler)) as client:
        reasons = await client.stock_locations()
    assert [r.id for r in reasons] == [1, 2] and reasons.complete
    assert seen == [
        f"https://oms.test/api/v1/oms/stocklocations/list-simple/ Token {SECRET}",
        f"https://oms.test/api/v1/oms/stocklocations/list-simple/?page=2 Token {SECRET}",
    ]


# -- labels and images -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_label_on_another_host_is_fetched_without_the_token(elsewhere):
    with SimulatorServer(Store(seed=7), token=SECRET) as oms:
        async with OmsClient(oms.url, SECRET) as client:
            document = await client.fetch_label(ShippingLabel(id=1, preview_url=f"{elsewhere.url}/labels/1.pdf"))
            packed = oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "500")[0]
            own = (await client.get_package(packed)).shipping_label
            assert (await client.fetch_label(own)).content  # the OMS's own label needs (and gets) the token
    assert document.content == PDF and document.kind == "pdf"
    assert elsewhere.requests == [("/labels/1.pdf", None)]


@pytest.mark.asyncio
async def test_a_product_image_is_fetched_without_the_token(elsewhere):
    with SimulatorServer(Store(seed=7), token=SECRET) as oms:
        async with OmsClient(oms.url, SECRET) as client:
            assert await client.fetch_image(f"{elsewhere.url}/media/p.png") == PNG
    assert elsewhere.requests == [("/media/p.png", None)]


@pytest.mark.asyncio
async def test_every_url_the_client_follows_carries_the_token_only_on_the_oms_origin():
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        origin = f"{request.url.scheme}://{request.url.host}:{request.url.port or ''}"
        seen.append((origin, request.headers.get("Authorization")))
        if request.url.path.endswith(".png"):
            return httpx.Response(200, content=PNG, headers={"Content-Type": "image/png"})
        return httpx.Response(200, content=PDF, headers={"Content-Type": "application/pdf"})

    async with OmsClient("https://oms.test", SECRET, transport=httpx.MockTransport(handler)) as client:
        for url in (
            "/api/v1/oms/shipping-label/1/preview/",
            "https://oms.test:443/l/2.pdf",
            "https://oms.test:8443/l/3.pdf",
            "https://labels.carrier.test/l/4.pdf",
            "https://OMS.TEST./l/5.pdf",
        ):
            await client.fetch_label(ShippingLabel(id=1, preview_url=url))
        await client.fetch_image("https://oms.test/media/p.png")  # images never carry it
        await client.fetch_image("https://cdn.test/p.png")
    assert seen == [
        ("https://oms.test:", f"Token {SECRET}"),
        ("https://oms.test:", f"Token {SECRET}"),
        ("https://oms.test:8443", None),
        ("https://labels.carrier.test:", None),
        ("https://oms.test.:", None),  # the same host in DNS, but not the same origin: strict
        ("https://oms.test:", None),
        ("https://cdn.test:", None),
    ]


# -- the layer itself ---------------------------------------------------------------------------


def test_origins_fill_in_default_ports_and_ignore_case():
    assert origin_of("https://OMS.test/a") == Origin("https", "oms.test", 443) == origin_of("https://oms.test:443/b")
    assert origin_of("http://oms.test") != origin_of("https://oms.test")
    assert origin_of("http://[::1]:8765/x") == Origin("http", "::1", 8765)
    assert str(origin_of("http://127.0.0.2:9/x")) == "http://127.0.0.2:9"
    assert origin_of("https://oms.test:notaport/").port == -1


def test_origin_auth_strips_a_stray_authorization_header_off_origin():
    auth = OriginAuth("https://oms.test", token_header(lambda: SECRET))
    home = next(auth.auth_flow(httpx.Request("GET", "https://oms.test/x")))
    assert home.headers["Authorization"] == f"Token {SECRET}"
    foreign = httpx.Request("GET", "https://cdn.test/x", headers={"Authorization": f"Token {SECRET}"})
    assert "Authorization" not in next(auth.auth_flow(foreign)).headers
    anonymous = httpx.Request("GET", "https://oms.test/login", extensions={"instore.anonymous": True})
    assert "Authorization" not in next(auth.auth_flow(anonymous)).headers


def test_a_second_backend_can_use_the_api_key_itself_or_a_configured_scheme():
    assert token_header(lambda: "key-123", scheme="")() == "key-123"
    assert token_header(lambda: "key-123", scheme="Bearer")() == "Bearer key-123"
    assert token_header(lambda: None)() is None
    auth = OriginAuth("https://seller.example.com", token_header(lambda: "key-123", scheme=""))
    request = next(auth.auth_flow(httpx.Request("GET", "https://seller.example.com/api/i2/packages/")))
    assert request.headers["Authorization"] == "key-123"


@pytest.mark.asyncio
async def test_login_is_sent_without_the_old_token():
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Authorization"))
        return httpx.Response(200, json={"key": "new-token"})

    async with OmsClient("https://oms.test", "stale", transport=httpx.MockTransport(handler)) as client:
        assert await client.login("demo", "demo") == "new-token"
    assert seen == [None]

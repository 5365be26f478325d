"""The OMS client: against the simulator over real loopback HTTP, and against an
injected transport for the answers the simulator doesn't give (5xx, 429, broken bodies)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from instore_app.api import (
    OmsBadRequest,
    OmsClient,
    OmsCommandNotAllowed,
    OmsConnectionError,
    OmsNotFound,
    OmsRateLimited,
    OmsResponseError,
    OmsServerError,
    OmsTimeout,
    OmsUnauthorized,
    RetryPolicy,
    ShippingLabel,
    check_base_url,
)
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer, Store

OPEN = ("100", "200", "400")
FAST_RETRY = RetryPolicy(max_retries=3, base_delay=0.001, max_delay=0.002, max_retry_after=0.05)


@pytest.fixture(scope="module")
def oms():
    with SimulatorServer(Store(seed=7)) as server:
        yield server


@pytest.fixture
def fresh_oms():
    with SimulatorServer(Store(seed=7)) as server:
        yield server


def next_link(request: httpx.Request, page: int, count: int, limit: int) -> str | None:
    """A DRF-style next link: the same query with the next page number."""
    return str(request.url.copy_set_param("page", page + 1)) if page * limit < count else None


def command(package, name):
    return next(c for c in package.commands if c.command == name)


# -- over loopback -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_lists_every_open_package_at_the_store_across_pages(oms):
    expected = {pid for state in OPEN for pid in oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)}
    async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
        rows = await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=OPEN, limit=7)
    assert {row.id for row in rows} == expected
    assert len(rows) == len(expected) > 20
    assert all(row.state.enum_value in OPEN and row.stock_location.id == DEFAULT_STOCK_LOCATION_ID for row in rows)


@pytest.mark.asyncio
async def test_list_filters_client_side_when_the_server_ignores_filters():
    """A server that ignores stock_location/state filters still yields the right list."""
    store = Store(seed=7)

    async def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        limit = int(request.url.params.get("limit", "20"))
        count, rows = store.list_packages(offset=(page - 1) * limit, limit=limit, short=True, base_url="http://oms.test")
        body = {"count": count, "next": next_link(request, page, count, limit), "previous": None, "results": rows}
        return httpx.Response(200, json=body)

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        rows = await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=("100",), limit=50)
    assert {row.id for row in rows} == set(store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100"))


@pytest.mark.asyncio
async def test_detail_has_items_commands_and_turkish_text(oms):
    package_id = oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[0]
    async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
        package = await client.get_package(package_id)
    assert package.id == package_id and package.state.enum_value == "100"
    assert package.state.display_name("tr") == "Bekliyor"
    assert package.packageitem_set and all(item.product.sku for item in package.packageitem_set)
    assert {"COMPLETE_PACKAGING", "REFUSE_PACKAGE", "PKG_STATE_TRANSITION"} <= {c.command for c in package.commands}


@pytest.mark.asyncio
async def test_wrong_token_is_unauthorized_and_login_gets_a_token(oms):
    async with OmsClient(oms.url, "not-the-token") as client:
        with pytest.raises(OmsUnauthorized) as caught:
            await client.denial_reasons()
        assert caught.value.status_code == 401
        token = await client.login(DEMO_USERNAME, DEMO_PASSWORD)
        assert token == DEFAULT_TOKEN
        assert len(await client.denial_reasons()) >= 3
        with pytest.raises(OmsBadRequest):
            await client.login(DEMO_USERNAME, "wrong")


@pytest.mark.asyncio
async def test_unknown_package_is_not_found(oms):
    async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
        with pytest.raises(OmsNotFound):
            await client.get_package(999_999)


@pytest.mark.asyncio
async def test_pack_then_label_then_406_for_a_second_pack(fresh_oms):
    package_id = fresh_oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
    async with OmsClient(fresh_oms.url, DEFAULT_TOKEN) as client:
        package = await client.get_package(package_id)
        pack = command(package, "COMPLETE_PACKAGING")
        result = await client.run_command(package_id, pack)
        assert result.status_code in (200, 204)
        packed = await client.get_package(package_id)
        assert packed.state.enum_value == "500" and packed.shipping_label is not None
        label = await client.fetch_label(packed.shipping_label)
        assert label.kind in ("html", "pdf") and len(label.content) > 500
        with pytest.raises(OmsCommandNotAllowed) as caught:
            await client.run_command(package_id, pack)
    assert caught.value.error_code == "commands_100_1"
    assert "not allowed" in caught.value.message
    assert fresh_oms.store.command_count(package_id, "COMPLETE_PACKAGING") == 2


@pytest.mark.asyncio
async def test_out_of_stock_answers_200_with_a_body(fresh_oms):
    package_id = fresh_oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[0]
    async with OmsClient(fresh_oms.url, DEFAULT_TOKEN) as client:
        package = await client.get_package(package_id)
        ids = [item.id for item in package.packageitem_set]
        result = await client.run_command(package_id, command(package, "DETECTED_OUT_OF_STOCK_ITEM"), {"package_items": ids})
    assert result.status_code == 200 and result.body["package__id"] == package_id
    assert fresh_oms.store.package_state(package_id) == "920"


@pytest.mark.asyncio
async def test_transition_logs_and_stock_locations(fresh_oms):
    package_id = fresh_oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[0]
    async with OmsClient(fresh_oms.url, DEFAULT_TOKEN) as client:
        package = await client.get_package(package_id)
        await client.run_command(package_id, command(package, "PKG_STATE_TRANSITION"))
        logs = await client.transition_logs(package_id)
        locations = await client.stock_locations()
    assert logs[0].old_state.enum_value == "100" and logs[0].new_state.enum_value == "200"
    assert DEFAULT_STOCK_LOCATION_ID in {location.id for location in locations}


# -- answers the simulator does not give -----------------------------------------------------


def scripted(*responses):
    """A transport answering with `responses` in turn (an Exception is raised instead)."""
    calls: list[httpx.Request] = []
    queue = list(responses)

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), calls


DENIALS = {"count": 1, "next": None, "previous": None, "results": [{"id": 1, "title": "Ürün Eksik", "priority": 1, "is_active": True}]}


@pytest.mark.asyncio
async def test_reads_retry_5xx_and_connection_errors_then_succeed():
    transport, calls = scripted(
        httpx.Response(502, text="bad gateway"),
        httpx.ConnectError("refused"),
        httpx.Response(503),
        httpx.Response(200, json=DENIALS),
    )
    async with OmsClient("https://oms.test", "t", transport=transport, retry=FAST_RETRY) as client:
        reasons = await client.denial_reasons()
    assert [r.title for r in reasons] == ["Ürün Eksik"] and len(calls) == 4


@pytest.mark.asyncio
async def test_reads_give_up_after_the_retry_budget():
    transport, calls = scripted(httpx.Response(500))
    async with OmsClient("https://oms.test", "t", transport=transport, retry=FAST_RETRY) as client:
        with pytest.raises(OmsServerError) as caught:
            await client.denial_reasons()
    assert len(calls) == 1 + FAST_RETRY.max_retries
    assert "internal error" in caught.value.message


@pytest.mark.asyncio
async def test_429_honours_a_short_retry_after_and_gives_up_on_a_long_one():
    transport, calls = scripted(httpx.Response(429, headers={"Retry-After": "0.01"}), httpx.Response(200, json=DENIALS))
    async with OmsClient("https://oms.test", "t", transport=transport, retry=FAST_RETRY) as client:
        assert len(await client.denial_reasons()) == 1
    assert len(calls) == 2
    transport, calls = scripted(httpx.Response(429, headers={"Retry-After": "120"}))
    async with OmsClient("https://oms.test", "t", transport=transport, retry=FAST_RETRY) as client:
        with pytest.raises(OmsRateLimited) as caught:
            await client.denial_reasons()
    assert caught.value.retry_after == 120 and len(calls) == 1


@pytest.mark.asyncio
async def test_commands_are_never_retried_by_the_client():
    transport, calls = scripted(httpx.Response(502))
    package = {"id": 5, "number": "5P1", "state": {"id": 33, "enum_value": "100"}, "commands": []}
    from instore_app.api import Command

    pack = Command(id=3, command="COMPLETE_PACKAGING", slug="s")
    async with OmsClient("https://oms.test", "t", transport=transport, retry=FAST_RETRY) as client:
        with pytest.raises(OmsServerError):
            await client.run_command(package["id"], pack)
    assert len(calls) == 1
    assert json.loads(calls[0].content) == {"transition": 3, "input_parameters": {}}


@pytest.mark.asyncio
async def test_timeouts_become_oms_timeout():
    transport, _ = scripted(httpx.ReadTimeout("slow"))
    async with OmsClient("https://oms.test", "t", transport=transport, retry=RetryPolicy(max_retries=0)) as client:
        with pytest.raises(OmsTimeout):
            await client.get_package(1)
    assert issubclass(OmsTimeout, OmsConnectionError)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response, words",
    [
        (httpx.Response(200, content=b'{"id": 1, "number": '), "broken JSON"),
        (httpx.Response(200, content=b"<html><body>Login</body></html>", headers={"Content-Type": "text/html"}), "web page"),
        (httpx.Response(200, json={"id": "abc", "number": "1P1", "state": {"id": 1}}), "field “id”"),
        (httpx.Response(200, json={"id": 1, "state": {"id": 1}}), "field “number”"),
    ],
)
async def test_malformed_answers_become_response_errors_naming_the_problem(response, words):
    transport, _ = scripted(response)
    async with OmsClient("https://oms.test", "t", transport=transport) as client:
        with pytest.raises(OmsResponseError) as caught:
            await client.get_package(1)
    assert words in caught.value.message


@pytest.mark.asyncio
async def test_empty_and_unusable_labels_are_refused():
    transport, _ = scripted(httpx.Response(200, content=b""))
    async with OmsClient("https://oms.test", "t", transport=transport) as client:
        with pytest.raises(OmsResponseError, match="empty"):
            await client.fetch_label(ShippingLabel(id=1, preview_url="/l/1/"))
        with pytest.raises(OmsResponseError, match="no usable label"):
            await client.fetch_label(ShippingLabel(id=1, preview_url=None, full_path_url="{domain_url}/l/1/"))
        with pytest.raises(OmsResponseError, match="unencrypted"):
            await client.fetch_label(ShippingLabel(id=1, preview_url="http://elsewhere.test/l/1/"))


@pytest.mark.asyncio
async def test_a_server_that_is_down_is_a_connection_error():
    async with OmsClient("http://127.0.0.1:9", "t", retry=RetryPolicy(max_retries=0)) as client:
        with pytest.raises(OmsConnectionError) as caught:
            await client.get_package(1)
    assert "cannot be reached" in caught.value.message


def test_base_url_rules():
    assert check_base_url(" https://acme-oms.akinon.net/ ") == "https://acme-oms.akinon.net"
    assert check_base_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_base_url("http://localhost:8765/") == "http://localhost:8765"
    with pytest.raises(ValueError, match="not encrypted"):
        check_base_url("http://oms.example.com")
    assert check_base_url("http://oms.example.com", insecure=True) == "http://oms.example.com"
    with pytest.raises(ValueError, match="not a web address"):
        check_base_url("oms.example.com")


@pytest.mark.asyncio
async def test_many_pages_are_fetched_with_bounded_concurrency():
    """Pages 2, 3... go two at a time. Each request is held until a second one is in flight
    (or no other can come), then for a few turns of the loop (no clock) in which a third
    would arrive if the bound let it: the peak is exactly the bound."""
    in_flight = started = peak = 0
    store = Store(seed=7)
    count, _ = store.list_packages(offset=0, limit=1, short=True, base_url="http://oms.test")
    pages = -(-count // 3)
    assert pages >= 4  # enough pages after the first for two at a time to show
    changed = asyncio.Condition()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, started, peak
        page = int(request.url.params["page"])
        limit = int(request.url.params["limit"])
        async with changed:
            in_flight += 1
            started += 1
            peak = max(peak, in_flight)
            changed.notify_all()
            # page 1 comes alone (it tells how many there are); the last may have no partner
            await changed.wait_for(lambda: page == 1 or in_flight >= 2 or started >= pages)
        for _ in range(20):
            await asyncio.sleep(0)
        in_flight -= 1
        total, rows = store.list_packages(offset=(page - 1) * limit, limit=limit, short=True, base_url="http://oms.test")
        body = {"count": total, "next": next_link(request, page, total, limit), "previous": None, "results": rows}
        return httpx.Response(200, json=body)

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler), max_concurrency=2) as client:
        rows = await client.list_packages(stock_location=None, states=("100",), limit=3)
    assert (peak, started) == (2, pages)
    assert {r.id for r in rows} == {pid for pid in store.package_ids(None, "100")}

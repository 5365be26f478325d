"""Lists from a server that lies: counts of 10^12, counts too low or too high, next links
that loop, pages that never end. The list ends, keeps what it read, and says so."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from instore_app.api import OmsClient, OmsServerError, RetryPolicy
from instore_app.api.pagination import MAX_PAGES
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, FaultPlan, SimulatorServer, Store

from .test_client_origin import many_reasons

ROOT = Path(__file__).resolve().parents[1]
OPEN = ("100", "200", "400")
FAST_RETRY = RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002)


def expected_ids(store: Store, states=OPEN) -> set[int]:
    return {pid for state in states for pid in store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)}


# -- count = 10^12 ----------------------------------------------------------------------------

_TRILLION = textwrap.dedent(
    """
    import asyncio, json, resource, tracemalloc
    # A hard ceiling, so a client that believes the count fails here with MemoryError
    # instead of taking the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
    from instore_app.api import OmsClient
    from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, FaultPlan, SimulatorServer, Store

    OPEN = ("100", "200", "400")
    plan = FaultPlan(rates={"lying_count": 1.0}, endpoints=("list",), count_factor=0, count_offset=10**12)
    store = Store(seed=7)
    expected = sorted(p for s in OPEN for p in store.package_ids(DEFAULT_STOCK_LOCATION_ID, s))
    pages = sum(max(1, -(-len(store.package_ids(DEFAULT_STOCK_LOCATION_ID, s)) // 7)) for s in OPEN)

    async def main():
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            tracemalloc.start()
            rows = await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=OPEN, limit=7)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return sorted(r.id for r in rows), peak, rows.problem

    with SimulatorServer(store, faults=plan) as oms:
        ids, peak, problem = asyncio.run(main())
        requests = oms.faults.stats()["requests"]["list"]
    print(json.dumps({"ids": ids, "expected": expected, "peak": peak, "problem": problem, "requests": requests, "pages": pages}))
    """
)


def test_a_count_of_a_trillion_ends_with_every_package_and_bounded_memory():
    result = subprocess.run(
        [sys.executable, "-c", _TRILLION], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ids"] == report["expected"] and len(report["ids"]) > 20
    assert report["problem"] is None  # every page the server really has was read
    assert report["peak"] < 30 * 1024 * 1024
    # Each state: its real pages, and at most a window (4) of pages fetched past the end.
    assert report["pages"] <= report["requests"] <= report["pages"] + len(OPEN) * 4


@pytest.mark.asyncio
async def test_a_server_whose_pages_never_end_is_cut_off_at_the_page_cap():
    in_flight = peak = requests = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak, requests
        requests += 1
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        page = int(request.url.params["page"])
        rows = [_short(page * 1000 + n) for n in range(10)]
        body = {"count": 10**12, "next": str(request.url.copy_set_param("page", page + 1)), "results": rows}
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(handler)
    async with OmsClient("https://oms.test", "t", transport=transport, max_concurrency=3) as client:
        rows = await client.list_packages(stock_location=None, states=("100",), limit=10)
    assert len(rows) == MAX_PAGES * 10 and requests == MAX_PAGES
    assert peak <= 3
    assert rows.problem == f"The OMS's list is longer than {MAX_PAGES} pages; only those were read."


def _short(package_id: int, state: str = "100") -> dict:
    return {"id": package_id, "number": f"{package_id}P1", "state": {"id": 1, "enum_value": state}}


# -- counts that lie ----------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"count_factor": 0.4}, id="more-packages-than-count"),
        pytest.param({"count_offset": 51}, id="fewer-packages-than-count"),
    ],
)
async def test_a_lying_count_loses_nothing_and_is_logged(options, caplog):
    store = Store(seed=7, extra_packages=120)
    plan = FaultPlan(rates={"lying_count": 1.0}, endpoints=("list",), **options)
    with SimulatorServer(store, faults=plan) as oms:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            rows = await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=OPEN, limit=10)
    assert {row.id for row in rows} == expected_ids(store)
    assert len(rows) == len(expected_ids(store)) and rows.complete
    assert "the OMS said there are" in caplog.text


@pytest.mark.asyncio
async def test_a_404_past_the_end_ends_a_next_walk_with_what_was_read(caplog):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page") == "2":
            return httpx.Response(404, json={"detail": "Invalid page."})
        page = {"count": 201, "next": "/elsewhere/?page=2", "results": [{"id": 1}, {"id": 2}]}
        return httpx.Response(200, json=page)

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        locations = await client.stock_locations()
    assert [location.id for location in locations] == [1, 2]
    assert "answered 404; the list ends there" in caplog.text


@pytest.mark.asyncio
async def test_a_failing_page_inside_the_list_fails_the_list():
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        if page == 2:
            return httpx.Response(500)
        rows = [_short(page * 10 + n) for n in range(5)]
        return httpx.Response(200, json={"count": 15, "next": str(request.url.copy_set_param("page", page + 1)), "results": rows})

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler), retry=FAST_RETRY) as client:
        with pytest.raises(OmsServerError):
            await client.list_packages(stock_location=None, states=("100",), limit=5)


@pytest.mark.asyncio
async def test_rows_repeated_across_pages_are_listed_once():
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        rows = [{"id": n} for n in range(page * 3 - 2, page * 3 + 3)]  # each page overlaps the next
        following = f"/api/v1/oms/package-denial-reason/?page={page + 1}" if page < 3 else None
        return httpx.Response(200, json={"count": 9, "next": following, "results": rows})

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        reasons = await client.denial_reasons()
    assert [reason.id for reason in reasons] == list(range(1, 12))


# -- next links that loop -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_next_link_to_the_same_page_ends_at_once():
    store = many_reasons(Store(seed=7))
    plan = FaultPlan(rates={"self_next": 1.0}, endpoints=("denial_reasons", "list"))
    with SimulatorServer(store, faults=plan) as oms:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            reasons = await client.denial_reasons()
            rows = await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=("100",), limit=4)
        requests = oms.faults.stats()["requests"]
    assert requests == {"denial_reasons": 1, "list": 1}
    assert len(reasons) == 20 == len({reason.id for reason in reasons})
    assert reasons.problem == "The OMS's list repeats a page; it was read once, so the list may be incomplete."
    assert len(rows) == 4 and not rows.complete


@pytest.mark.asyncio
async def test_a_longer_loop_of_next_links_ends_when_it_comes_back():
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        following = f"/api/v1/oms/package-denial-reason/?page={page % 3 + 1}"  # 1 -> 2 -> 3 -> 1
        return httpx.Response(200, json={"count": 3, "next": following, "results": [{"id": page}]})

    calls = []
    transport = httpx.MockTransport(lambda request: calls.append(request) or handler(request))
    async with OmsClient("https://oms.test", "t", transport=transport) as client:
        reasons = await client.denial_reasons()
    assert [reason.id for reason in reasons] == [1, 2, 3] and len(calls) == 4
    # page 1 was first read without ?page=1, then linked back to as ?page=1: read once more, then stopped
    assert "repeats a page" in reasons.problem

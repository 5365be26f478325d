"""The Seller Center station without Qt, against the simulator's /api/i2/ over loopback HTTP:
the list and details, each write under the re-send rule (lost answers, failures, a package
changed by someone else), the out-of-stock choices, labels in every form, the handover's
pieces and a restart's reconciling. The simulator's request log counts the writes."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from instore_app.api import LabelDocument, RetryPolicy
from instore_app.api.seller_center import SellerCenterClient
from instore_app.journal import CommandOutcome, Journal
from instore_app.operations import CommandNotApplied, NotPossible, PackageChanged, SettlePolicy
from instore_app.packing import Action
from instore_app.seller_center import SellerCenterStation, effects
from instore_app.seller_center.mapping import package_id
from instore_app.seller_center.reasons import SPLIT_CHOICE
from instore_app.simulator import SELLER_CENTER_API_KEY, FaultPlan, SellerCenterStore, SimulatorServer, seller_center_site
from instore_app.simulator.seller_center_seed import PREPARING, READY_TO_SHIP, SHIPPED

FAST_SETTLE = SettlePolicy(seconds=0.6, first_delay=0.05, max_delay=0.1)
REASONS = ("Unsupplied", "Damaged product")


@pytest.fixture(scope="module")
def server():
    # On every loopback address (not just 127.0.0.1): a label on "another host" is then
    # 127.0.0.2, which needs no name resolution (a bare container may not resolve localhost).
    with SimulatorServer(host="0.0.0.0") as running:
        yield running


@pytest.fixture
def store(server) -> SellerCenterStore:
    site = seller_center_site(server.app)
    site.store = SellerCenterStore(seed=11)
    site.label_base_url = None
    server.faults.plan = None
    yield site.store
    server.faults.plan = None


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


def station_for(server, journal: Journal | None = None) -> SellerCenterStation:
    client = SellerCenterClient(server.url, SELLER_CENTER_API_KEY, retry=RetryPolicy(max_retries=4, base_delay=0.01, max_delay=0.02))
    return SellerCenterStation(client, reasons=REASONS, journal=journal, settle=FAST_SETTLE, seller_name="Anadolu Tekstil")


def bodies(store: SellerCenterStore, number: str, *, applied_only: bool = False) -> list[tuple[str, Any]]:
    return [(w.action, json.loads(w.body)) for w in store.writes(number) if w.applied or not applied_only]


def with_items(store: SellerCenterStore, count: int) -> str:
    return next(n for n in store.numbers(status=PREPARING) if len(store.package(n).items) >= count)


def test_the_list_holds_the_preparing_packages_and_a_detail_its_items(server, store, tmp_path):
    async def scenario() -> None:
        station = station_for(server)
        listed = await station.refresh()
        assert {p.number for p in listed} == set(store.numbers(status=PREPARING))
        assert all(p.id == int(p.number) and p.state.id == PREPARING for p in listed)
        number = with_items(store, 2)
        package = await station.load_package(package_id(number))
        assert [i.product.sku for i in package.packageitem_set] == [i.product for i in store.package(number).items]
        assert package.stock_location.name == "Anadolu Tekstil"  # the seller is the store
        assert station.is_open(package) and not station.needs_claim(package)
        assert await station.claim(package) is package
        assert station.package_id_for_number(number) == package.id
        ahead = station.prefetch_candidates()
        assert await station.prefetch_details() == len(ahead) and all(pid in station.details for pid in ahead)
        assert store.writes() == []  # reading writes nothing
        await station.client.aclose()

    run(scenario)


def test_a_pack_whose_answer_is_lost_is_settled_by_reading_never_sent_twice(server, store, tmp_path):
    async def scenario() -> None:
        journal = Journal(tmp_path / "journal.sqlite3")
        station = station_for(server, journal)
        number = with_items(store, 1)
        package = await station.load_package(package_id(number))
        server.faults.plan = FaultPlan(rates={"lost": 1.0}, endpoints=("command",))
        fresh = await station.pack(package)
        server.faults.plan = None
        assert fresh.state.id == READY_TO_SHIP
        assert bodies(store, number) == [("update", {"status": 3})]
        [record] = journal.commands(package.id)
        assert (record.command, record.outcome) == (effects.READY_TO_SHIP, CommandOutcome.APPLIED)
        assert record.input_parameters["body"] == {"status": 3} and record.input_parameters["number"] == number
        assert journal.open_packages() == []  # closed as packed
        await station.client.aclose()
        journal.close()

    run(scenario)


def test_a_failed_pack_is_not_applied_after_the_settle_period_and_may_be_sent_again(server, store):
    async def scenario() -> None:
        station = station_for(server)
        number = with_items(store, 1)
        package = await station.load_package(package_id(number))
        server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("command",))
        with pytest.raises(CommandNotApplied) as error:
            await station.pack(package)
        assert error.value.sent and store.package(number).status == PREPARING
        server.faults.plan = None
        await station.pack(package)
        assert bodies(store, number, applied_only=True) == [("update", {"status": 3})]
        await station.client.aclose()

    run(scenario)


def test_a_package_packed_elsewhere_is_changed_not_an_error(server, store):
    async def scenario() -> None:
        station = station_for(server)
        number = with_items(store, 1)
        package = await station.load_package(package_id(number))
        with store.lock:
            store.package(number).status = READY_TO_SHIP  # another station packed it meanwhile
        with pytest.raises(PackageChanged) as error:
            await station.refuse(package, 1)
        assert error.value.package.state.id == READY_TO_SHIP
        assert "no longer “Preparing”: it is now “Ready to Ship”" in error.value.message
        assert bodies(store, number, applied_only=True) == []
        await station.client.aclose()

    run(scenario)


def test_out_of_stock_splits_or_rejects_the_missing_items_then_packs_the_rest(server, store):
    async def scenario() -> None:
        station = station_for(server)
        assert [(c.id, c.kind) for c in station.out_of_stock_choices()] == [(0, "split"), (1, "reject"), (2, "reject")]
        split, rejected = [n for n in store.numbers(status=PREPARING) if len(store.package(n).items) >= 2][:2]
        package = await station.load_package(package_id(split))
        missing = [package.packageitem_set[-1].id]
        fresh = await station.pack_rest(package, missing, SPLIT_CHOICE)
        assert fresh.state.id == READY_TO_SHIP and len(fresh.packageitem_set) == len(package.packageitem_set) - 1
        assert [a for a, _ in bodies(store, split)] == ["split", "update"]
        package = await station.load_package(package_id(rejected))
        last = package.packageitem_set[-1]
        await station.pack_rest(package, [last.id], 2)
        numbers = [store.package(rejected).rejected[0][0].number]
        assert bodies(store, rejected) == [("reject", {"items": numbers, "reason": "Damaged product"}), ("update", {"status": 3})]
        # every item missing: that is a refusal (and nothing is left to ship now)
        whole = with_items(store, 1)
        package = await station.load_package(package_id(whole))
        with pytest.raises(NotPossible, match="Every item is missing"):
            await station.pack_rest(package, [i.id for i in package.packageitem_set], SPLIT_CHOICE)
        refused = await station.pack_rest(package, [i.id for i in package.packageitem_set], 1)
        assert refused.packageitem_set == [] and not station.is_open(refused)
        assert [a for a, _ in bodies(store, whole)] == ["reject"]
        await station.client.aclose()

    run(scenario)


def test_asking_again_after_the_missing_items_went_sends_only_the_pack(server, store):
    """The reject applied but the pack did not get through: the packer asks again, and the
    package is read first, so the reject is not sent a second time."""

    async def scenario() -> None:
        station = station_for(server)
        number = with_items(store, 2)
        stale = await station.load_package(package_id(number))
        missing = stale.packageitem_set[-1]
        await station.client.reject(number, [store.package(number).items[-1].number], "Unsupplied")
        fresh = await station.pack_rest(stale, [missing.id], 1)
        assert fresh.state.id == READY_TO_SHIP
        assert [a for a, _ in bodies(store, number)] == ["reject", "update"]  # the one reject is the earlier one
        # the same when the bench already holds the package as read after the reject
        other = next(n for n in store.numbers(status=PREPARING) if len(store.package(n).items) >= 2)
        held = await station.load_package(package_id(other))
        missing = held.packageitem_set[-1]
        await station.client.reject(other, [store.package(other).items[-1].number], "Unsupplied")
        after = await station.load_package(package_id(other))
        assert missing.id not in {i.id for i in after.packageitem_set}
        await station.pack_rest(after, [missing.id], 1)
        assert [a for a, _ in bodies(store, other)] == ["reject", "update"]
        await station.client.aclose()

    run(scenario)


@pytest.mark.parametrize("form, kind", [("pdf", "pdf"), ("png", "image"), ("url", "pdf"), ("zpl", "zpl")])
def test_every_label_form_becomes_a_label_document(server, store, form, kind):
    async def scenario() -> None:
        station = station_for(server)
        number = with_items(store, 1)
        store.set_label_form(number, form)
        package = await station.pack(await station.load_package(package_id(number)))
        document = await station.fetch_label(package)
        assert isinstance(document, LabelDocument) and document.kind == kind
        if form == "zpl":
            assert document.content.startswith(b"^XA") and b"^XZ" in document.content
        await station.client.aclose()

    run(scenario)


def test_a_label_address_on_another_host_is_fetched_without_the_api_key(server, store):
    async def scenario() -> None:
        site = seller_center_site(server.app)
        site.label_base_url = server.url.replace("127.0.0.1", "127.0.0.2")  # another origin, on this PC
        station = station_for(server)
        number = with_items(store, 1)
        store.set_label_form(number, "url")
        package = await station.pack(await station.load_package(package_id(number)))
        document = await station.fetch_label(package)
        assert document is not None and document.kind == "pdf" and document.url.startswith(site.label_base_url)
        [fetched] = [r for r in store.requests if r.action == "label_file"]
        assert not fetched.sent_authorization
        assert all(r.sent_authorization for r in store.requests if r.action != "label_file")
        await station.client.aclose()

    run(scenario)


def test_the_handover_lists_ready_to_ship_packages_and_ship_sends_status_four(server, store):
    async def scenario() -> None:
        station = station_for(server)
        station.clock = lambda: datetime(2025, 5, 22, 11, 19, 8, tzinfo=timezone.utc)
        candidates = await station.handover_candidates()
        assert {c.number for c in candidates.candidates} == set(store.numbers(status=READY_TO_SHIP))
        candidate = candidates.candidates[0]
        assert candidate.action is Action.SHIP and candidate.tracking_number
        assert candidate.cargo_company_id in candidates.companies
        assert [c.name for c in await station.cargo_companies()] == sorted(c.name for c in candidates.companies.values())
        shipped = await station.ship(candidate.package)
        assert shipped.state.id == SHIPPED
        company = candidates.companies[candidate.cargo_company_id].name
        assert bodies(store, candidate.number) == [("update", {
            "status": 4, "tracking_number": candidate.tracking_number, "shipping_company": company,
            "shipment_date": "2025-05-22T11:19:08Z",
        })]
        with pytest.raises(NotPossible):
            await station.ship(shipped)  # shipped already: nothing is sent
        assert len(store.writes(candidate.number)) == 1
        await station.client.aclose()

    run(scenario)


def test_after_a_restart_an_unfinished_pack_is_checked_and_closed(server, store, tmp_path):
    async def scenario() -> None:
        journal = Journal(tmp_path / "journal.sqlite3")
        number = with_items(store, 1)
        pid = package_id(number)
        station = station_for(server, journal)
        package = await station.load_package(pid)
        station.confirmed(package, package.packageitem_set[0].id, store.package(number).items[0].product)
        planned = station._plan_pack(package)
        journal.command_started(pid, planned.name, None, planned.parameters)  # the app died here
        with store.lock:
            store.package(number).status = READY_TO_SHIP  # ... after the PUT had arrived
        await station.client.aclose()
        again = station_for(server, journal)  # the next start
        [result] = await again.reconcile_unfinished()
        assert (result.package_number, result.action, result.took_effect) == (number, Action.PACK, True)
        assert journal.unresolved_commands() == [] and journal.open_packages() == []
        await again.client.aclose()
        journal.close()

    run(scenario)


def test_the_seller_center_station_has_every_member_of_the_backend_protocol(server):
    """The bench talks to the Backend protocol only: the Seller Center station offers all of it,
    the take-over members too (the Seller Center names no holder: nobody else holds a package)."""
    import inspect

    from instore_app.operations.backend import Backend

    station = station_for(server)
    names = set(getattr(Backend, "__annotations__", {})) | {
        name for name, _ in inspect.getmembers(Backend, inspect.isfunction) if not name.startswith("_")
    }
    missing = sorted(name for name in names if not hasattr(station, name))
    assert not missing
    assert station.holders == {} and station.held_by_another(1) is None
    assert asyncio.run(station.load_holders()) == {}

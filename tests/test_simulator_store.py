"""The OMS simulator's data and state machine, without HTTP."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections import Counter
from datetime import datetime, timezone

import pytest

from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, Store
from instore_app.simulator.__main__ import parse_args
from instore_app.simulator.seed import ean13_check_digit
from instore_app.simulator.states import TRANSITIONS, TRANSITIONS_BY_ID, TRANSITIONS_BY_SLUG

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
BASE = "http://oms.test"


@pytest.fixture
def store() -> Store:
    return Store(seed=7, now=NOW)


def _all_json(store: Store) -> list[dict]:
    return store.list_packages(base_url=BASE)[1]


def _parse(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


# -- seed ----------------------------------------------------------------------------


def test_same_seed_gives_identical_json_and_other_seeds_differ():
    first, second = Store(seed=3, now=NOW), Store(seed=3, now=NOW)
    assert _all_json(first) == _all_json(second)
    assert first.list_packages(base_url=BASE, short=True) == second.list_packages(base_url=BASE, short=True)
    assert first.denial_reasons_json() == second.denial_reasons_json()
    assert _all_json(first) != _all_json(Store(seed=4, now=NOW))


def test_default_location_has_the_seeded_mix_of_states(store):
    states = Counter(store.package_state(pid) for pid in store.package_ids(DEFAULT_STOCK_LOCATION_ID))
    assert sum(states.values()) >= 70
    assert states["100"] == 25 and states["200"] == 15 and states["400"] == 15
    assert states["500"] == 10 + 4 and states["800"] == 8  # 4 of them packed without shipment
    for location_id in (2, 3, 4):
        assert 8 <= len(store.package_ids(location_id)) <= 15


def test_stock_locations_are_the_turkish_stores_and_the_warehouse(store):
    locations = {loc["id"]: loc for loc in store.stock_locations_json()}
    assert locations[1]["name"] == "Kadıköy Mağaza"
    assert locations[2]["name"] == "Nişantaşı Mağaza"
    assert locations[3]["name"] == "Ankara Kızılay Mağaza"
    assert locations[4] == {
        "id": 4,
        "name": "Gebze Merkez Depo",
        "erp_code": "GBZ04",
        "stock_location_type": "warehouse",
        "is_active": True,
    }
    assert {locations[i]["stock_location_type"] for i in (1, 2, 3)} == {"store"}


def test_products_have_valid_ean13_barcodes_or_only_a_sku(store):
    products = list(store.products.values())
    assert len(products) == 40
    barcodes = [p.barcode for p in products if p.barcode is not None]
    assert len(products) - len(barcodes) == 8  # one in five has no barcode
    assert len(set(barcodes)) == len(barcodes)
    for code in barcodes:
        assert re.fullmatch(r"869\d{10}", code)
        assert code[-1] == ean13_check_digit(code[:12])
    assert all(re.fullmatch(r"AKN-\d{4}", p.sku) for p in products)
    assert len({p.sku for p in products}) == 40
    assert any(p.name == "Pamuklu Basic Tişört" for p in products)


def test_ean13_check_digit_matches_known_codes():
    assert ean13_check_digit("400638133393") == "1"
    assert ean13_check_digit("869000000000") == "5"


def test_packages_look_like_real_turkish_orders(store):
    packages = _all_json(store)
    assert all(re.fullmatch(r"\d{16}P\d+", p["number"]) for p in packages)
    assert all(p["number"].startswith(p["order_number"]) for p in packages)
    assert all(1 <= len(p["packageitem_set"]) <= 6 for p in packages)
    assert {p["channel_name"] for p in packages} <= {"Web Sitesi", "Mobil Uygulama", "Çağrı Merkezi"}
    gifts = [p for p in packages if p["order_has_gift_box"]]
    assert gifts and all(p["order_gift_box_note"] for p in gifts)
    assert all(p["order_gift_box_note"] is None for p in packages if not p["order_has_gift_box"])
    assert any(p["order_notes"] for p in packages)
    assert any(p["is_click_and_collect"] for p in packages)
    assert any(p["shipping_address"]["city"]["name"] == "İstanbul" for p in packages)
    # some orders hold the same product twice: two items, one unit each
    assert any(
        len({i["order_item"]["product"]["id"] for i in p["packageitem_set"]}) < len(p["packageitem_set"])
        for p in packages
    )
    # a few orders are split over two stores
    orders = Counter(p["order_number"] for p in packages)
    assert any(count > 1 for count in orders.values())


def test_dates_are_relative_to_now(store):
    active = [p for p in _all_json(store) if p["state"]["enum_value"] in ("100", "200", "400")]
    targets = [_parse(p["target_packing_date"]) for p in active]
    assert any(t < NOW for t in targets), "some packages are overdue"
    assert any(NOW < t < NOW.replace(hour=23, minute=59) for t in targets), "some are due today"
    assert any((t - NOW).days >= 1 for t in targets), "some are due in a few days"
    for package in _all_json(store):
        assert _parse(package["date_placed"]) < NOW
        assert _parse(package["date_placed"]) <= _parse(package["created_date"]) <= NOW


def test_packed_and_delivered_packages_carry_shipment_and_label(store):
    for pid in store.package_ids(1, "500") + store.package_ids(1, "800"):
        package = store.package_json(pid, BASE)
        if package["commands"] and package["commands"][0]["command"] == "ADVANCED_SHIP_PACKAGE":
            assert package["shipment"] is None and package["shipping_label"] is None
            continue  # packed without shipment: waits for Advanced Ship
        assert package["shipment"]["awb_number"] == package["tracking_number"]
        assert package["shipping_label"]["full_path_url"] == BASE + package["shipping_label"]["preview_url"]
    waiting = store.package_json(store.package_ids(1, "100")[0], BASE)
    assert waiting["shipment"] is None and waiting["shipping_label"] is None
    assert waiting["tracking_number"] is None


def test_list_is_ordered_by_target_date_then_id(store):
    packages = _all_json(store)
    keys = [(p["target_packing_date"], p["id"]) for p in packages]
    assert keys == sorted(keys)


def test_add_packages_and_extra_packages_grow_the_default_location():
    store = Store(seed=5, now=NOW, extra_packages=30)
    assert len(store.package_ids(1)) == 77 + 4 + 30
    new_ids = store.add_packages(20)
    assert len(new_ids) == 20 and len(store.package_ids(1)) == 131
    assert {store.package_state(pid) for pid in new_ids} <= {"100", "200", "400"}


def test_transition_ids_and_slugs_are_unique():
    assert len(TRANSITIONS_BY_ID) == len(TRANSITIONS)
    assert len(TRANSITIONS_BY_SLUG) == len(TRANSITIONS)
    slug = TRANSITIONS_BY_ID[3].slug
    assert slug == "package__complete_packaging__waiting__packed"


# -- commands applied directly (another station) -----------------------------------------


def _command_id(store: Store, pid: int, name: str) -> int:
    package = store.package_json(pid, BASE)
    return next(c["id"] for c in package["commands"] if c["command"] == name)


def test_apply_command_moves_state_and_records_request(store):
    pid = store.package_ids(1, "100")[0]
    result = store.apply_command(pid, transition=_command_id(store, pid, "PKG_STATE_TRANSITION"))
    assert result.status_code == 204 and result.body is None
    assert store.package_state(pid) == "200"
    again = store.apply_command(pid, transition=TRANSITIONS_BY_ID[138].id)  # Waiting -> Preparing again
    assert again.status_code == 406
    assert again.body["error"]["error_code"] == "commands_100_1"
    assert [r.status_code for r in store.received_commands] == [204, 406]
    assert store.received_commands[0].source == "direct"
    assert store.command_count(pid) == 2
    assert store.command_count(pid, "PKG_STATE_TRANSITION") == 2
    assert store.command_count(pid, "PKG_STATE_TRANSITION", applied_only=True) == 1
    assert store.command_count(pid, "COMPLETE_PACKAGING") == 0


def test_unknown_package_is_a_404_and_still_recorded(store):
    result = store.apply_command(999_999, slug="package__complete_packaging__waiting__packed")
    assert (result.status_code, result.body) == (404, {"detail": "Not found."})
    assert store.received_commands[-1].package_id == 999_999


def test_commands_from_many_threads_apply_exactly_once(store):
    pid = store.package_ids(1, "400")[0]
    pack = _command_id(store, pid, "COMPLETE_PACKAGING")
    results = []
    barrier = threading.Barrier(8)

    def pack_it():
        barrier.wait()
        results.append(store.apply_command(pid, transition=pack).status_code)

    threads = [threading.Thread(target=pack_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [204] + [406] * 7
    assert store.command_count(pid, "COMPLETE_PACKAGING", applied_only=True) == 1
    assert len(store.transition_logs(pid)) == 1


def test_received_commands_keep_a_copy_of_the_parameters(store):
    pid = store.package_ids(1, "200")[0]
    item = store.package_json(pid, BASE)["packageitem_set"][0]["id"]
    params = {"package_items": [item]}
    store.apply_command(pid, transition=_command_id(store, pid, "DETECTED_OUT_OF_STOCK_ITEM"), input_parameters=params)
    params["package_items"].append(1)
    assert store.received_commands[-1].input_parameters == {"package_items": [item]}
    assert store.transition_logs(pid)[0]["attributes"] == {"package_items": [item]}


# -- boundaries -------------------------------------------------------------------------


def test_simulator_never_imports_qt():
    code = (
        "import sys, instore_app.simulator, instore_app.simulator.__main__, instore_app.simulator.render;"
        "from instore_app.simulator import SimulatorServer, Store;"
        "server = SimulatorServer(Store(seed=1)).start();"
        "import httpx; httpx.get(server.url + '/media/products/301.png');"
        "server.stop();"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))];"
        "assert not qt, qt"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_command_line_defaults():
    args = parse_args([])
    assert (args.host, args.port, args.seed, args.extra_packages) == ("127.0.0.1", 8765, 1, 0)
    args = parse_args(["--port", "0", "--token", "T", "--seed", "9", "--extra-packages", "500"])
    assert (args.port, args.token, args.seed, args.extra_packages) == (0, "T", 9, 500)


def test_the_demo_seed_has_one_preparing_package_held_by_another_packer():
    """Store(held_elsewhere=1), as the demo runs it: the earliest Preparing package's log to
    Preparing names "ayse"; the other Preparing packages name nobody; without it, none does."""
    from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, Store

    def into_preparing_users(store: Store) -> dict[int, list]:
        return {
            package_id: [
                (log["user"] or {}).get("username")
                for log in store.transition_logs(package_id) or []
                if log["new_state"]["enum_value"] == "200"
            ]
            for package_id in store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")
        }

    for seed in (1, 5):
        held = {pid: users for pid, users in into_preparing_users(Store(seed, held_elsewhere=1)).items() if any(users)}
        assert list(held.values()) == [["ayse"]], seed
    assert not any(any(users) for users in into_preparing_users(Store()).values())

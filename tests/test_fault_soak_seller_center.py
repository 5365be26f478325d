"""Fault soak on the Seller Center backend: a scripted packer packs 60 packages through the real
window against the simulator's /api/i2/, which fails 20% of the requests in every way it can
(5xx, 429, hung requests, dropped connections, broken JSON, and writes applied whose answer
is lost).

The packer acts as a person would (scans with scanner timing; when the bench turns red, tries
again). Most packages are packed; some are refused; some have an item missing, which is
rejected ("reject the missing items") or split off ("ship the rest now") before the rest is
packed. At the end every package is where the script meant it, the Seller Center received
each write once (never twice, whatever was lost), and every confirmed scan is in the journal.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter

import httpx
import pytest
from PySide6.QtCore import Qt

from instore_app.api import RetryPolicy
from instore_app.api.seller_center import SellerCenterClient
from instore_app.journal import Journal
from instore_app.operations import SettlePolicy
from instore_app.scanner.testing import press_key, type_scan
from instore_app.seller_center.mapping import package_id
from instore_app.simulator import SELLER_CENTER_API_KEY, FaultPlan, SellerCenterStore, SimulatorServer, seller_center_site
from instore_app.simulator.faults import KINDS
from instore_app.simulator.seller_center_seed import PREPARING, READY_TO_SHIP, REJECTED
from instore_app.ui.bench import Level
from instore_app.ui.main_window import BenchOptions

from .test_fault_soak import LogCounter
from .window_helpers import running_window, until

PACKAGES = 60
FAULT_RATE = 0.2
MAX_TRIES = 25
KEYS = {1: (Qt.Key.Key_1, "1"), 2: (Qt.Key.Key_2, "2")}


def intention(index: int, items: int) -> str:
    """What the script does with the index-th package: most are packed."""
    if index % 10 == 7:
        return "refuse"
    if index % 10 in (3, 9) and items > 1:
        return "split" if index % 10 == 3 else "reject_missing"
    return "pack"


#: The writes each intention makes, in order: each must reach the Seller Center exactly once.
EXPECTED_WRITES = {
    "pack": ["update"],
    "refuse": ["reject"],
    "split": ["split", "update"],
    "reject_missing": ["reject", "update"],
}
EXPECTED_STATUS = {"pack": READY_TO_SHIP, "refuse": REJECTED, "split": READY_TO_SHIP, "reject_missing": READY_TO_SHIP}


@pytest.mark.slow
@pytest.mark.asyncio
async def test_sixty_packages_through_twenty_percent_faults_on_the_seller_center(qtbot, tmp_path, report_figure):
    store = SellerCenterStore(seed=21, extra_packages=PACKAGES)
    targets = store.numbers(status=PREPARING)[:PACKAGES]
    assert len(targets) == PACKAGES
    products = {n: [item.product for item in store.package(n).items] for n in targets}
    plan = FaultPlan.uniform(FAULT_RATE, KINDS, hang_seconds=2.0, retry_after=0, seed=5)
    logs = LogCounter()
    app_log = logging.getLogger("instore_app")
    level = app_log.level
    app_log.setLevel(logging.INFO)
    app_log.addHandler(logs)
    journal = Journal(tmp_path / "journal.sqlite3")
    tries: Counter[str] = Counter()
    with SimulatorServer(faults=None) as server:
        seller_center_site(server.app).store = store
        client = SellerCenterClient(
            server.url,
            SELLER_CENTER_API_KEY,
            timeout=httpx.Timeout(connect=2.0, read=0.6, write=2.0, pool=2.0),
            retry=RetryPolicy(max_retries=6, base_delay=0.005, max_delay=0.05, max_retry_after=1.0),
        )
        # The simulator never applies a write after its answer: a short settle period is true to it.
        async with running_window(
            qtbot, server, backend="seller-center", client=client, journal=journal, options=BenchOptions(sound=False),
            settle=SettlePolicy(seconds=1.5, first_delay=0.05, max_delay=0.3),
        ) as window:
            window.refresh_timer.stop()
            server.faults.plan = plan
            bench = window.bench

            async def settle(done) -> bool:  # type: ignore[no-untyped-def]
                """Wait until `done()`, or a red banner (the packer sees it and tries again)."""
                try:
                    await until(lambda: done() or bench.banner.level is Level.ERROR, timeout=60)
                except AssertionError:
                    raise AssertionError(f"stuck: banner {bench.banner.level} {bench.banner.text()!r}") from None
                return bool(done())

            async def refresh_list() -> None:
                for _ in range(MAX_TRIES):
                    window.refresh()
                    await until(lambda: not window.tasks.running("refresh"), timeout=60)
                    if not window.offline:
                        return

            async def open_package(number: str) -> None:
                pid = package_id(number)
                for _ in range(MAX_TRIES):
                    field = bench.scan_field if window.stack.currentWidget() is bench else window.filter_edit
                    type_scan(field, number)
                    if await settle(lambda: bench.session is not None and bench.session.package_id == pid):
                        return
                    tries["open"] += 1
                    if pid not in {p.id for p in window.station.packages}:
                        await refresh_list()
                raise AssertionError(f"package {number} never opened")

            async def act(key: Qt.Key, action: str, pid: int, answer=None) -> None:  # type: ignore[no-untyped-def]
                done = {"yes": False}
                seen: list[str] = []
                window.action_done.connect(lambda p, a: done.__setitem__("yes", True) if (p, a) == (pid, action) else None)
                for _ in range(MAX_TRIES):
                    if done["yes"]:
                        return
                    press_key(bench.scan_field, key)
                    if answer is not None:
                        await until(
                            lambda: (window._dialog is not None and window._dialog.isVisible())
                            or (bench.banner.level is Level.ERROR and not window.controller.busy)
                            or done["yes"],
                            timeout=60,
                        )
                        if window._dialog is not None and window._dialog.isVisible():
                            answer(window._dialog)
                            # a digit is a printable key: the scanner filter hands it on a moment later
                            await until(lambda: window._dialog is None, timeout=60)
                            if action == "refuse":  # refuse asks once, naming the reason: say yes
                                await until(
                                    lambda: (window.controller.current is not None and window.controller.current.question is not None)
                                    or bench.banner.level is Level.ERROR,
                                    timeout=60,
                                )
                                if window.controller.current is not None and window.controller.current.question is not None:
                                    press_key(bench.scan_field, Qt.Key.Key_Return)
                    if await settle(lambda: done["yes"]):
                        return
                    tries[action] += 1
                    seen.append(bench.banner.text())
                raise AssertionError(f"{action} of package {pid} never succeeded: {seen[-MAX_TRIES:]}")

            def choose(choice: int):  # type: ignore[no-untyped-def]
                def answer(dialog) -> None:  # type: ignore[no-untyped-def]
                    press_key(dialog.list, Qt.Key.Key_Return)  # the unscanned item is ticked: next
                    key, text = KEYS[choice]
                    press_key(dialog.choice_list, key, text=text)  # 1: ship the rest now, 2: reject (Unsupplied)

                return answer

            for index, number in enumerate(targets):
                what = intention(index, len(products[number]))
                pid = package_id(number)
                await open_package(number)
                if what == "pack":
                    packed = {"yes": False}
                    window.action_done.connect(lambda p, a, pid=pid, packed=packed: packed.__setitem__("yes", True) if (p, a) == (pid, "pack") else None)
                    for code in products[number][len(bench.session.confirmed_item_ids):]:
                        type_scan(bench.scan_field, code)
                    assert bench.session.is_complete
                    if not await settle(lambda packed=packed: packed["yes"]):
                        tries["pack"] += 1
                        await act(Qt.Key.Key_F9, "pack", pid)
                elif what == "refuse":
                    await act(Qt.Key.Key_F7, "refuse", pid, answer=lambda d: press_key(d.list, Qt.Key.Key_1, text="1"))
                else:
                    for code in products[number][len(bench.session.confirmed_item_ids):-1]:
                        type_scan(bench.scan_field, code)  # all but the last, which is missing
                    await act(Qt.Key.Key_F6, "pack", pid, answer=choose(1 if what == "split" else 2))
            server.faults.plan = None
            stats = server.stats()
        app_log.removeHandler(logs)
        app_log.setLevel(level)
        await client.aclose()

    # Every package is where the script meant it; each write reached the Seller Center once.
    wrong, duplicates = {}, {}
    for index, number in enumerate(targets):
        what = intention(index, len(products[number]))
        if store.package(number).status != EXPECTED_STATUS[what]:
            wrong[number] = (what, store.package(number).status, [(w.action, w.status_code) for w in store.writes(number)])
        received = [w.action for w in store.writes(number)]
        if received != EXPECTED_WRITES[what] or not all(w.applied for w in store.writes(number)):
            duplicates[number] = (what, [(w.action, w.status_code, json.loads(w.body)) for w in store.writes(number)])
    assert not wrong, f"packages not in the intended status: {wrong}"
    assert not duplicates, f"writes not received exactly once: {duplicates}"
    # No confirmed scan was lost: every scan is in the journal, and every package closed.
    confirmed = dict(journal._conn.execute(
        "SELECT package_id, COUNT(*) FROM scans WHERE kind = 'confirm' GROUP BY package_id"
    ).fetchall())
    for index, number in enumerate(targets):
        what = intention(index, len(products[number]))
        scanned = {"pack": len(products[number]), "refuse": 0}.get(what, len(products[number]) - 1)
        assert confirmed.get(package_id(number), 0) == scanned, number
    assert journal.open_packages() == []
    journal.close()
    faults = stats["faults_by_kind"]
    counts = Counter(intention(i, len(products[n])) for i, n in enumerate(targets))
    report_figure(
        f"Seller Center fault soak: {PACKAGES} packages ({dict(counts)}); {sum(stats['requests'].values())} requests, "
        f"{stats['faults_total']} faults injected ({', '.join(f'{kind} {faults.get(kind, 0)}' for kind in KINDS)}); "
        f"read retries {logs.counts['read retries']}, reconciliations {logs.counts['reconciliations']}, "
        f"packer retries {sum(tries.values())} ({dict(tries)}); duplicate writes 0; lost scans 0"
    )
    await asyncio.sleep(0)

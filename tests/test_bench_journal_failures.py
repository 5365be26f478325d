"""The journal fails under the bench: the disk fills up, the file turns read-only, the file is
deleted while the station runs. Through the real window with scanner-speed key events and real
journal files. While the journal can't be written, a scan does not count and the bench says so
in red (and a strip at the top stays); when the journal works again the strip clears; after a
restart every confirmation the bench showed is there, and none that it refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from instore_app.bench import Level
from instore_app.journal import Journal
from instore_app.scanner.testing import type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, SimulatorServer, Store
from instore_app.ui.main_window import BenchOptions

from .journal_helpers import SQLITE_FULL, SQLITE_READONLY, disk  # noqa: F401  (disk is a fixture)
from .window_helpers import running_window, until


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=5)) as oms:
        yield oms


def detail(server, package_id: int) -> dict:
    return server.store.package_json(package_id, server.url)


def code_of(item: dict) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


def a_package(server) -> int:
    return next(
        pid
        for pid in server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "400")
        if len(detail(server, pid)["packageitem_set"]) >= 3
    )


async def open_it(window, server, package_id: int) -> None:
    type_scan(window.filter_edit, detail(server, package_id)["number"])
    await until(lambda: window.bench.session is not None and window.bench.session.package_id == package_id)


async def scan_through_a_failure(window, server, package_id: int, break_it, mend_it) -> list[int]:
    """Scan item 0, break the journal, scan item 1 (refused), mend it, scan item 1 again.
    Returns the item ids the bench showed as confirmed."""
    window.controller.journal_retry_seconds = 0.05
    items = detail(server, package_id)["packageitem_set"]
    bench = window.bench
    type_scan(bench.scan_field, code_of(items[0]))
    assert bench.session.is_confirmed(items[0]["id"])

    break_it()
    type_scan(bench.scan_field, code_of(items[1]))
    assert not bench.session.is_confirmed(items[1]["id"]), "a scan not on disk must not count"
    assert bench.banner.level is Level.ERROR and "did NOT count" in bench.banner.text()
    assert window.journal_banner.isVisible() and "not being saved" in window.journal_banner.text()
    assert bench.progress_label.text().startswith("1 /")

    mend_it()
    await until(lambda: not window.journal_banner.isVisible())  # cleared only by a real write
    type_scan(bench.scan_field, code_of(items[1]))
    assert bench.session.is_confirmed(items[1]["id"])
    return list(bench.session.confirmed_item_ids)


@pytest.mark.asyncio
async def test_a_full_disk_refuses_scans_loudly_and_loses_nothing(qtbot, server, tmp_path, disk):  # noqa: F811
    path = tmp_path / "journal.sqlite3"
    package_id = a_package(server)
    journal = Journal(path)
    async with running_window(qtbot, server, journal=journal, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_it(window, server, package_id)
        shown = await scan_through_a_failure(
            window, server, package_id, lambda: disk.fail(SQLITE_FULL), disk.heal
        )
    journal.close()
    with Journal(path) as restarted:  # the next start
        assert restarted.confirmed_items(package_id) == shown


@pytest.mark.asyncio
async def test_a_read_only_journal_refuses_scans_loudly_and_loses_nothing(qtbot, server, tmp_path, disk):  # noqa: F811
    path = tmp_path / "journal.sqlite3"
    package_id = a_package(server)
    journal = Journal(path)
    immutable = shutil.which("chattr") is not None and subprocess.run(["id", "-u"], capture_output=True, text=True).stdout.strip() == "0"

    def make_read_only() -> None:
        if immutable and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
            return
        disk.fail(SQLITE_READONLY)  # not root (or no chattr): the disk says read-only

    def writable_again() -> None:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        disk.heal()

    try:
        async with running_window(
            qtbot, server, journal=journal, options=BenchOptions(auto_pack=False, sound=False)
        ) as window:
            await open_it(window, server, package_id)
            shown = await scan_through_a_failure(window, server, package_id, make_read_only, writable_again)
    finally:
        writable_again()
    journal.close()
    with Journal(path) as restarted:
        assert restarted.confirmed_items(package_id) == shown


@pytest.mark.asyncio
async def test_a_deleted_journal_is_recreated_with_every_confirmation(qtbot, server, tmp_path):
    folder = tmp_path / "data"
    path = folder / "journal.sqlite3"
    package_id = a_package(server)
    journal = Journal(path)

    def delete() -> None:
        shutil.rmtree(folder)  # the file, its -wal and -shm, and the folder

    async with running_window(qtbot, server, journal=journal, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_it(window, server, package_id)
        shown = await scan_through_a_failure(window, server, package_id, delete, lambda: None)
        assert path.exists()
    journal.close()
    with Journal(path) as restarted:
        assert restarted.confirmed_items(package_id) == shown
        assert Path(path).stat().st_size > 0

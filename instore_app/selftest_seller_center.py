"""``instore-app --self-test --backend seller-center``: the self-test's package, packed through
the Seller Center (the simulator's ``/api/i2/``) instead of the OMS.

The same real pieces as :mod:`.selftest` (composed by :func:`~instore_app.composition.compose`
with ``backend=seller-center``): the list of Preparing packages, opening one by scanning its
number, scanning each item's product code, Ready to Ship (the simulator must have received
exactly one ``PUT {"status": 3}`` and nothing else written), the PDF label on screen, the
journal's record of the write, the packing slip. Nothing of the user's is touched.
"""

from __future__ import annotations

import json
from contextlib import AsyncExitStack

from .selftest import SelfTestFailure, _check, _expect, _Steps, _until

__all__ = ["pack_one_seller_center_package"]

PREPARING, READY_TO_SHIP = 2, 3


async def pack_one_seller_center_package(steps: _Steps, stack: AsyncExitStack) -> None:
    from PySide6.QtWidgets import QApplication

    from .api import RetryPolicy
    from .api.seller_center import SellerCenterClient
    from .composition import compose
    from .journal import CommandOutcome, Journal
    from .labels import packing_slip_html
    from .seller_center.effects import READY_TO_SHIP as PACK_WRITE
    from .settings import Settings
    from .simulator import SELLER_CENTER_API_KEY, SellerCenterStore, SimulatorServer, seller_center_site
    from .ui.bench import Level

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise SelfTestFailure("no QApplication")

    steps.begin("simulator")
    server = SimulatorServer().start()
    stack.callback(server.stop)
    site = seller_center_site(server.app)
    site.store = SellerCenterStore(seed=1)
    store = site.store
    steps.ok(f"Seller Center simulator at {server.url}/api/i2/")

    steps.begin("window")
    client = SellerCenterClient(
        server.url, SELLER_CENTER_API_KEY, retry=RetryPolicy(max_retries=1, base_delay=0.05, max_delay=0.1)
    )
    stack.push_async_callback(client.aclose)
    journal = Journal(":memory:")
    stack.callback(journal.close)
    settings = Settings(
        {"backend": "seller-center", "seller_center_url": server.url, "token": SELLER_CENTER_API_KEY, "sound": False}
    )
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    stack.callback(app.setQuitOnLastWindowClosed, quit_on_close)
    composed = compose(settings, app=app, client=client, journal=journal, title_suffix="self-test (Seller Center simulator)")
    window, station = composed.window, composed.station
    window.images.disk = None
    stack.callback(window.deleteLater)
    stack.push_async_callback(composed.aclose)
    refreshed = _expect(window.list_refreshed)
    stack.callback(refreshed.cancel)
    composed.start()
    await refreshed
    preparing = store.numbers(status=PREPARING)
    _check(station.packages, "the list is empty")
    _check(len(station.packages) == len(preparing), f"the list has {len(station.packages)} packages, the simulator {len(preparing)} Preparing")
    steps.ok(f"{window.model.rowCount()} Preparing packages listed ({station.backend_name})")

    steps.begin("open")
    # A package with a PDF label (shown through QtPdf) and the most items (up to 4).
    candidates = store.numbers(status=PREPARING, label_form="pdf")
    _check(candidates, "the simulator has no Preparing package with a PDF label")
    number = max(candidates, key=lambda n: min(len(store.package(n).items), 4))  # type: ignore[union-attr]
    package_id = station.package_id_for_number(number)
    _check(package_id is not None, f"package {number} is not on the list")
    opened = _expect(window.package_opened, lambda pid: pid == package_id)
    stack.callback(opened.cancel)
    store.clear_requests()
    window.handle_scan(number)
    await opened
    await _until(lambda: window.bench.session is not None, f"reading package {number}")
    session = window.bench.session
    if session is None or session.package_id != package_id:
        raise SelfTestFailure("the bench did not open the scanned package")
    steps.ok(f"scanned {number}: open on the bench, no claim needed")

    steps.begin("scan items")
    items = session.required_items
    _check(items, f"package {number} has no items to pack")
    label = _expect(window.label_shown, lambda pid: pid == package_id)
    stack.callback(label.cancel)
    for item in items:
        code = item.product.sku
        _check(code, f"item {item.id} has no product code to scan")
        window.handle_scan(code)
        _check(window.bench.banner.level is not Level.ERROR, f"scanning {code} was refused: {window.bench.banner.text()}")
    done, total = session.progress
    _check(done == total, f"{done} of {total} items confirmed after scanning each once")
    steps.ok(f"{total} item(s) confirmed by product code")

    steps.begin("pack and label")
    await label
    found = store.package(number)
    _check(found is not None and found.status == READY_TO_SHIP, f"the simulator says package {number} is not Ready to Ship")
    writes = [(w.method, w.action, json.loads(w.body)) for w in store.writes(number)]
    _check(writes == [("PUT", "update", {"status": READY_TO_SHIP})], f"the Seller Center received {writes}")
    view = window.bench.label_view
    _check(view.has_content, f"no label on screen ({view.message or 'nothing shown'})")
    window.repaint()
    steps.ok(f"status Ready to Ship ({READY_TO_SHIP}), one write; PDF label shown, {view.page_count} page(s)")

    steps.begin("journal")
    outcomes = [(r.command, r.outcome) for r in journal.commands(package_id)]
    _check((PACK_WRITE, CommandOutcome.APPLIED) in outcomes, f"the journal does not record the write as applied: {outcomes}")
    steps.ok(f"{len(outcomes)} write(s) recorded (in memory), Ready to Ship as applied")

    steps.begin("packing slip")
    packed = station.details.get(package_id) or await station.load_package(package_id)
    html = packing_slip_html(packed, None)
    _check("data:image/png;base64," in html and items[0].product.sku in html, "the packing slip has no barcode or product code")
    steps.ok(f"Code128 barcode, the product codes, {len(html)} characters of HTML")

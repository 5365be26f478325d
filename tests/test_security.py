"""The token stays secret: never in the log file or any file the app writes, never on the
command line, never sent to a host other than the OMS; unencrypted addresses are refused."""

from __future__ import annotations

import logging
import ssl
from pathlib import Path

import httpx
import pytest

from instore_app.api import OmsClient, ShippingLabel
from instore_app.settings import ConfigError, for_run, resolve
from instore_app.settings.cli import build_parser, flag_values
from instore_app.journal import Journal
from instore_app.logs import setup_logging
from instore_app.scanner.testing import type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer, Store

from .window_helpers import next_emission, running_window, until

SECRET = "s3cr3t-token-4f1c9e7a"


def files_containing(root: Path, needle: str) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            try:
                if needle.encode() in path.read_bytes():
                    found.append(path)
            except OSError:
                pass
    return found


@pytest.mark.asyncio
async def test_the_token_is_in_no_file_after_a_whole_session(qtbot, isolated_home):
    root = logging.getLogger()
    before = list(root.handlers)
    log_file = setup_logging(logging.DEBUG)
    assert log_file is not None
    journal = Journal()  # the default place, in the user's data folder
    try:
        with SimulatorServer(Store(seed=9), token=SECRET) as server:
            package_id = server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "400")[0]
            package = server.store.package_json(package_id, server.url)
            # Start with a stale token: the app asks to sign in again and gets SECRET by login.
            async with running_window(qtbot, server, token="stale", wait_for_list=False, journal=journal) as window:
                await until(lambda: window._signin is not None)
                refreshed = next_emission(window.list_refreshed)
                window._signin.username.setText(DEMO_USERNAME)
                window._signin.password.setText(DEMO_PASSWORD)
                window._signin._submit()
                await refreshed
                opened = next_emission(window.package_opened)
                type_scan(window.filter_edit, package["number"])
                await opened
                label = next_emission(window.label_shown)
                for item in package["packageitem_set"]:
                    product = item["order_item"]["product"]
                    type_scan(window.bench.scan_field, product["barcode"] or product["sku"])
                await label
        for handler in root.handlers:
            handler.flush()
        assert "COMPLETE_PACKAGING" in log_file.read_text(encoding="utf-8")  # the log did record the session
        assert files_containing(isolated_home, SECRET) == []
        assert files_containing(isolated_home, DEMO_PASSWORD + "\n") == []
    finally:
        journal.close()
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


@pytest.mark.asyncio
async def test_the_token_goes_only_to_the_oms_host():
    seen: dict[str, str | None] = {}

    async def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.host] = request.headers.get("Authorization")
        if request.url.path.endswith(".png"):
            return httpx.Response(200, content=b"\x89PNG\r\n\x1a\n image", headers={"Content-Type": "image/png"})
        return httpx.Response(200, content=b"%PDF-1.4 label", headers={"Content-Type": "application/pdf"})

    async with OmsClient("https://oms.test", SECRET, transport=httpx.MockTransport(handler)) as client:
        await client.fetch_label(ShippingLabel(id=1, preview_url="/api/v1/oms/shipping-label/1/preview/"))
        await client.fetch_label(ShippingLabel(id=2, preview_url="https://labels.carrier.test/l/2.pdf"))
        await client.fetch_image("https://cdn.test/p.png")
    assert seen == {"oms.test": f"Token {SECRET}", "labels.carrier.test": None, "cdn.test": None}


def test_the_token_is_never_taken_from_the_command_line(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--token", SECRET])
    assert "unrecognized arguments" in capsys.readouterr().err
    assert "--token" not in build_parser().format_help()


@pytest.mark.parametrize(
    "url, insecure, allowed",
    [
        ("https://acme-oms.akinon.net", False, True),
        ("http://127.0.0.1:8765", False, True),
        ("http://localhost:8765", False, True),
        ("http://acme-oms.akinon.net", False, False),
        ("http://acme-oms.akinon.net", True, True),
    ],
)
def test_unencrypted_addresses_need_insecure_unless_on_this_pc(url, insecure, allowed):
    args = build_parser().parse_args(["--oms-url", url, "--stock-location", "1"] + (["--insecure"] if insecure else []))
    settings = resolve(flags=flag_values(args), environ={"INSTORE_TOKEN": SECRET})
    if allowed:
        assert for_run(settings).oms_url == url
    else:
        with pytest.raises(ConfigError, match="not encrypted"):
            for_run(settings)


def test_tls_verification_cannot_be_switched_off():
    client = OmsClient("https://oms.test", SECRET)
    context = client._http._transport._pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname

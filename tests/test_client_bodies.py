"""Answers that are too large, compressed bombs, contents that lie about their type,
redirects, untrusted certificates and wild ids: each ends in a typed error in words."""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import ssl
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest

from instore_app.api import (
    Command,
    LabelDocument,
    OmsCertificateError,
    OmsClient,
    OmsHTTPError,
    OmsNotSent,
    OmsRedirected,
    OmsResponseError,
    OmsServerError,
    OmsTooLarge,
    RetryPolicy,
    ShippingLabel,
)
from instore_app.api.bodies import MB, BodyLimits
from instore_app.api.documents import sniff
from instore_app.api.httplayer import build_tls_context
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, FaultPlan, SimulatorServer, Store

from .hostile_helpers import PDF, PNG, TlsServer, memory_peak, self_signed_certificate

RETRYING = RetryPolicy(max_retries=3, base_delay=0.001, max_delay=0.002)
LIMITS = BodyLimits()


async def chunks(total: int, size: int = MB, counter: list[int] | None = None) -> AsyncIterator[bytes]:
    """`total` bytes of a PDF-looking body, made as they are read (never all in memory)."""
    sent = 0
    while sent < total:
        piece = (PDF if sent == 0 else b"") + b"\0" * (min(size, total - sent) - (len(PDF) if sent == 0 else 0))
        sent += len(piece)
        if counter is not None:
            counter[0] += 1
        yield piece


def streamed(body: bytes, size: int = 4096) -> AsyncIterator[bytes]:
    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(body), size):
            yield body[start : start + size]

    return pieces()


def _oms_with_bomb(endpoint: str, size: int) -> SimulatorServer:
    plan = FaultPlan(rates={"gzip_bomb": 1.0}, endpoints=(endpoint,), bomb_bytes=size)
    return SimulatorServer(Store(seed=7), faults=plan)


# -- size limits ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_gzip_bomb_label_stops_at_the_label_limit():
    with _oms_with_bomb("label", 256 * MB) as oms:
        package_id = oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "500")[0]
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            label = (await client.get_package(package_id)).shipping_label
            with memory_peak() as peak, pytest.raises(OmsTooLarge) as raised:
                await client.fetch_label(label)
    assert raised.value.message == "The label is larger than 20 MB; it was not fetched."
    assert raised.value.what == "label" and raised.value.limit == LIMITS.label
    assert peak[0] < LIMITS.label + 8 * MB


@pytest.mark.asyncio
async def test_a_gzip_bomb_list_page_stops_at_the_list_page_limit():
    with _oms_with_bomb("list", 256 * MB) as oms:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            with memory_peak() as peak, pytest.raises(OmsTooLarge) as raised:
                await client.list_packages(stock_location=DEFAULT_STOCK_LOCATION_ID, states=("100",))
    assert raised.value.message == "A page of a list from the OMS is larger than 8 MB; it was not read."
    assert peak[0] < LIMITS.list_page + 8 * MB


@pytest.mark.asyncio
async def test_a_50_mb_label_is_refused_without_holding_50_mb():
    sent = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/pdf"}, content=chunks(50 * MB, counter=sent))

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        with memory_peak() as peak, pytest.raises(OmsTooLarge, match="larger than 20 MB"):
            await client.fetch_label(ShippingLabel(id=1, preview_url="/l/1.pdf"))
    assert peak[0] < LIMITS.label + 6 * MB
    assert sent[0] <= 22  # it stopped reading at the limit: the other ~28 MB were never made


@pytest.mark.asyncio
async def test_a_declared_length_over_the_limit_is_refused_before_reading():
    sent = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "image/png", "Content-Length": str(50 * MB)}
        return httpx.Response(200, headers=headers, content=chunks(50 * MB, counter=sent))

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(OmsTooLarge, match="The product image is larger than 5 MB"):
            await client.fetch_image("https://cdn.test/p.png")
    assert sent[0] == 0


@pytest.mark.asyncio
async def test_a_huge_error_page_still_gives_the_typed_error():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, headers={"Content-Encoding": "gzip"}, content=streamed(_gzip_of_zeros(64 * MB)))

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler), retry=RetryPolicy(0)) as client:
        with memory_peak() as peak, pytest.raises(OmsServerError):
            await client.get_package(1)
    assert peak[0] < 4 * MB


def _gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * MB
    return b"".join(compressor.compress(block) for _ in range(size // MB)) + compressor.flush()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "encoding, encode",
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
        ("identity", lambda data: data),
    ],
)
async def test_compressed_answers_are_read(encoding, encode):
    body = json.dumps({"count": 1, "next": None, "results": [{"id": 7, "title": "Ürün Eksik"}]}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Accept-Encoding"] == "gzip, deflate"
        return httpx.Response(200, headers={"Content-Encoding": encoding}, content=streamed(encode(body), 7))

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        assert [reason.id for reason in await client.denial_reasons()] == [7]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "encoding, body, words",
    [
        ("br", b"\x0b\x02\x80hi\x03", "compressed in a way the app cannot read (br)"),
        ("gzip", gzip.compress(b"{}")[:-12] + b"garbage!" * 3, "compressed, but damaged"),
    ],
)
async def test_unreadable_compression_is_a_response_error_in_words(encoding, body, words):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": encoding}, content=streamed(body))

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(OmsResponseError, match=re.escape(words)):
            await client.get_package(1)


# -- contents that lie about their type ---------------------------------------------------------


@pytest.mark.asyncio
async def test_a_png_label_served_as_html_is_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PNG, headers={"Content-Type": "text/html; charset=utf-8"})

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(OmsResponseError) as raised:
            await client.fetch_label(ShippingLabel(id=1, preview_url="/l/1/"))
    assert raised.value.message == (
        "The label does not match its type: the OMS says text/html, but it is a PNG image. It was not shown."
    )
    # And a document built from such bytes is never taken for HTML.
    assert LabelDocument(PNG, "text/html", "u").kind == "image"


@pytest.mark.asyncio
@pytest.mark.parametrize("is_file", [True, False])
async def test_a_label_with_the_wrong_content_type_from_the_simulator_is_refused(is_file):
    with SimulatorServer(Store(seed=7)) as oms:
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            for package_id in oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "500"):
                label = (await client.get_package(package_id)).shipping_label
                if label.is_file == is_file:
                    break
            document = await client.fetch_label(label)
            oms.faults.plan = FaultPlan(rates={"wrong_content_type": 1.0}, endpoints=("label", "image"))
            with pytest.raises(OmsResponseError, match="does not match its type"):
                await client.fetch_label(label)
            with pytest.raises(OmsResponseError, match="product image does not match its type"):
                await client.fetch_image(f"{oms.url}/media/products/301.png")
    assert document.kind == ("pdf" if is_file else "html")


@pytest.mark.asyncio
async def test_a_label_of_an_unknown_kind_is_refused_and_a_generic_type_lets_the_bytes_decide():
    answers = iter([(b"PK\x03\x04zip", "application/zip"), (PDF, "application/octet-stream"), (PNG, "")])

    def handler(request: httpx.Request) -> httpx.Response:
        content, content_type = next(answers)
        return httpx.Response(200, content=content, headers={"Content-Type": content_type} if content_type else {})

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler)) as client:
        label = ShippingLabel(id=1, preview_url="/l/1/")
        with pytest.raises(OmsResponseError, match="which the app cannot show"):
            await client.fetch_label(label)
        assert (await client.fetch_label(label)).kind == "pdf"
        assert (await client.fetch_label(label)).kind == "image"


@pytest.mark.parametrize(
    "content, kind",
    [
        (PDF, "pdf"),
        (b"\n\n%PDF-1.7", "pdf"),
        (PNG, "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "webp"),
        (b"<!doctype html><p>x</p>", "html"),
        (b"\xef\xbb\xbf  <p>Kad\xc4\xb1k\xc3\xb6y</p>", "html"),
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", "svg"),
        (b"Just text\n", "text"),
        (b"\x00\x01garbage", "unknown"),
        (b"", "unknown"),
    ],
)
def test_sniffing_by_magic_bytes(content, kind):
    assert sniff(content) == kind


# -- redirects -------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_redirect_on_a_read_is_an_error_and_not_retried():
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(302, headers={"Location": "https://sso.test/login?next=/x&token=abc#frag"})

    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(handler), retry=RETRYING) as client:
        with pytest.raises(OmsRedirected) as raised:
            await client.get_package(1)
    assert len(calls) == 1
    error = raised.value
    assert error.status_code == 302 and error.location == "https://sso.test/login"
    assert not isinstance(error, OmsServerError) and isinstance(error, OmsHTTPError)
    assert "token=abc" not in error.message and "redirect (HTTP 302) to https://sso.test/login" in error.message


@pytest.mark.asyncio
async def test_a_302_to_a_command_is_an_error_and_the_command_did_not_run():
    with SimulatorServer(Store(seed=7)) as oms:
        package_id = oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        async with OmsClient(oms.url, DEFAULT_TOKEN) as client:
            package = await client.get_package(package_id)
            pack = next(c for c in package.commands if c.command == "COMPLETE_PACKAGING")
            oms.faults.plan = FaultPlan(rates={"redirect": 1.0}, endpoints=("command",))
            with pytest.raises(OmsRedirected) as raised:
                await client.run_command(package_id, pack)
        assert oms.store.command_count(package_id) == 0 and oms.store.package_state(package_id) == "200"
    assert raised.value.location == "/accounts/login/"


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [301, 303, 304, 307, 308])
async def test_every_3xx_is_an_error(status):
    transport = httpx.MockTransport(lambda request: httpx.Response(status, headers={"Location": "/elsewhere/"}))
    async with OmsClient("https://oms.test", "t", transport=transport) as client:
        with pytest.raises(OmsRedirected):
            await client.run_command(1, Command(id=3, command="COMPLETE_PACKAGING"))


# -- certificates ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_self_signed_certificate_says_it_is_not_trusted_and_what_to_do(tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    with TlsServer(cert, key) as server:
        async with OmsClient(server.url, "t", retry=RETRYING) as client:
            with pytest.raises(OmsCertificateError) as raised:
                await client.get_package(1)
        handshakes = server.handshakes
    error = raised.value
    assert isinstance(error, OmsNotSent)
    assert error.message == (
        "The OMS's security certificate is not trusted (self-signed certificate). "
        "Install the store's CA certificate in this PC's system certificates, or ask IT."
    )
    assert "cannot be reached" not in error.message
    assert handshakes == 1  # not retried: it would not verify a moment later either


@pytest.mark.asyncio
async def test_the_advice_works_a_certificate_in_the_system_store_is_trusted(tmp_path, monkeypatch):
    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # what installing it in the system amounts to
    context = build_tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with TlsServer(cert, key) as server:
        async with httpx.AsyncClient(verify=context) as http:
            response = await http.get(server.url + "/api/v1/oms/stocklocations/list-simple/")
    assert response.status_code == 200


# -- ids --------------------------------------------------------------------------------------------


def _package(item_id: int, package_id: int = 5) -> dict:
    product = {"id": 301, "name": "Tişört", "sku": "SKU1"}
    item = {"id": item_id, "order_item": {"id": 11, "product": product}}
    return {"id": package_id, "number": "5P1", "state": {"id": 33, "enum_value": "200"}, "packageitem_set": [item]}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body, field",
    [
        (_package(2**64), "packageitem_set.0.id"),
        (_package(0), "packageitem_set.0.id"),
        (_package(-3), "packageitem_set.0.id"),
        (_package(1, package_id=2**63), "id"),
    ],
)
async def test_an_id_out_of_range_is_a_response_error_naming_the_field(body, field):
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    async with OmsClient("https://oms.test", "t", transport=transport) as client:
        with pytest.raises(OmsResponseError) as raised:
            await client.get_package(5)
    assert raised.value.field == field and f"field “{field}”" in raised.value.message


@pytest.mark.asyncio
async def test_the_largest_sqlite_integer_is_a_valid_id():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=_package(2**63 - 1)))
    async with OmsClient("https://oms.test", "t", transport=transport) as client:
        package = await client.get_package(5)
    assert package.packageitem_set[0].id == 2**63 - 1


# -- a command applied after the client's timeout (for the caller's re-send rule) -----------------


@pytest.mark.asyncio
async def test_a_late_command_times_out_at_the_client_and_is_applied_afterwards():
    from instore_app.api import OmsTimeout

    with SimulatorServer(Store(seed=7)) as oms:
        package_id = oms.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        timeout = httpx.Timeout(5.0, read=0.3)
        async with OmsClient(oms.url, DEFAULT_TOKEN, timeout=timeout) as client:
            package = await client.get_package(package_id)
            pack = next(c for c in package.commands if c.command == "COMPLETE_PACKAGING")
            oms.faults.plan = FaultPlan(rates={"late": 1.0}, endpoints=("command",), late_seconds=1.0)
            with pytest.raises(OmsTimeout):
                await client.run_command(package_id, pack)
            assert await asyncio.to_thread(oms.faults.wait_late_applied, 1, 30)
            assert (await client.get_package(package_id)).state.enum_value == "500"
        assert oms.store.command_count(package_id, "COMPLETE_PACKAGING") == 1

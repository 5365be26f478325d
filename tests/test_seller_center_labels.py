"""Sniffing PKG104's ``data``: base64 PDF or image, a web address, or ZPL; anything else in words."""

from __future__ import annotations

import asyncio
import base64

import httpx
import pytest

from instore_app.api.seller_center import (
    HtmlLabel,
    ImageLabel,
    PdfLabel,
    SellerCenterResponseError,
    UrlLabel,
    ZplLabel,
    sniff_label,
)
from instore_app.api.seller_center.labels import document_from_response
from instore_app.api.seller_center.transport import HttpxTransport

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
ZPL = "^XA\n^FO40,40^A0N,50,50^FDYurtiçi Kargo^FS\n^XZ\n"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b64(PDF), PdfLabel(PDF)),
        ("\n".join(b64(PDF)[i : i + 76] for i in range(0, len(b64(PDF)), 76)), PdfLabel(PDF)),  # MIME line breaks
        (f"data:application/pdf;base64,{b64(PDF)}", PdfLabel(PDF)),
        (b64(PNG), ImageLabel(PNG, "image/png")),
        (b64(b"\xff\xd8\xff\xe0JFIF"), ImageLabel(b"\xff\xd8\xff\xe0JFIF", "image/jpeg")),
        (b64(b"GIF89a...."), ImageLabel(b"GIF89a....", "image/gif")),
        (b64(b"RIFF\x00\x00\x00\x00WEBPVP8 "), ImageLabel(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp")),
        (base64.urlsafe_b64encode(b"\xff\xd8\xff\xfe>>").decode().rstrip("="), ImageLabel(b"\xff\xd8\xff\xfe>>", "image/jpeg")),
        ("https://kargo.example.com/label/1.pdf", UrlLabel("https://kargo.example.com/label/1.pdf")),
        ("  http://kargo.example.com/l?id=1  ", UrlLabel("http://kargo.example.com/l?id=1")),
        (ZPL, ZplLabel(ZPL.strip())),
        ("~DGR:LOGO.GRF,4,1,FF\n^XA^XGR:LOGO.GRF^FS^XZ", ZplLabel("~DGR:LOGO.GRF,4,1,FF\n^XA^XGR:LOGO.GRF^FS^XZ")),
        (b64(ZPL.encode()), ZplLabel(ZPL)),
    ],
)
def test_each_form_is_recognised(data, expected):
    label = sniff_label(data)
    assert label == expected
    assert label.kind == {"PdfLabel": "pdf", "ImageLabel": "image", "UrlLabel": "url", "ZplLabel": "zpl"}[
        type(label).__name__]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "The Seller Center sent an empty label."),
        ("   ", "The Seller Center sent an empty label."),
        ("text", "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL."),  # the docs'
        (b64(b"just some bytes"), "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL."),
        ("ftp://kargo.example.com/1.pdf", "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL."),
        ("Etiket hazır değil", "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL."),
    ],
)
def test_what_is_no_label_is_said_in_words(data, message):
    with pytest.raises(SellerCenterResponseError) as error:
        sniff_label(data)
    assert (error.value.message, error.value.field) == (message, "data")


def test_a_huge_label_is_refused():
    with pytest.raises(SellerCenterResponseError, match="too large to show"):
        sniff_label("A" * (28 * 1024 * 1024))


@pytest.mark.parametrize(
    ("content", "content_type", "kind"),
    [
        (PDF, "application/octet-stream", "pdf"),
        (PNG, "", "image"),
        (ZPL.encode(), "text/plain", "zpl"),
        (b"<!doctype html><p>Etiket</p>", "text/html; charset=utf-8", "html"),
    ],
)
def test_a_fetched_label_by_its_bytes(content, content_type, kind):
    label = document_from_response(content, content_type, "https://cdn.test/1")
    assert label.kind == kind and label.source_url == "https://cdn.test/1"
    if isinstance(label, HtmlLabel):
        assert label.content == content


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The label at https://cdn.test/1 is empty."),
        (b"\x00\x01binary", "The label at https://cdn.test/1 is not a PDF, an image or a web page (application/zip)."),
    ],
)
def test_a_fetched_label_that_is_not_one(content, message):
    with pytest.raises(SellerCenterResponseError) as error:
        document_from_response(content, "application/zip", "https://cdn.test/1")
    assert error.value.message == message


def test_the_transport_cuts_a_streamed_body_without_content_length():
    async def chunks():
        for _ in range(64):
            yield b"x" * 1024

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks())  # streamed: no Content-Length

    async def run() -> None:
        transport = HttpxTransport(transport=httpx.MockTransport(handler))
        try:
            small = await transport.send("GET", "https://sc.test/", headers={}, max_bytes=64 * 1024)
            assert len(small.content) == 64 * 1024 and small.status_code == 200
            with pytest.raises(SellerCenterResponseError, match="too large"):
                await transport.send("GET", "https://sc.test/", headers={}, max_bytes=64 * 1024 - 1)
        finally:
            await transport.aclose()

    asyncio.run(run())


# -- every message is listed for the UI's translation table ------------------------------------


def _produced_messages() -> list[str]:
    from instore_app.api.seller_center import errors, models, wire
    from instore_app.api.seller_center.client import UNKNOWN_OUTCOME
    from instore_app.api.seller_center.transport import RawResponse, too_large

    messages = [errors.error_for_status(status, None).message for status in (400, 401, 403, 404, 429, 500, 503, 418)]
    messages += [errors.NOT_REACHED, errors.TIMED_OUT, too_large(2 * 1024 * 1024).message, UNKNOWN_OUTCOME]
    for content in (b"<html></html>", b"{", b"{}"):
        with pytest.raises(SellerCenterResponseError) as error:
            wire.parse(RawResponse(200, content), models.CargoLabel)
        messages.append(error.value.message)
    for data in ("", "text", "A" * (28 * 1024 * 1024)):
        with pytest.raises(SellerCenterResponseError) as error:
            sniff_label(data)
        messages.append(error.value.message)
    for content in (b"", b"\x00"):
        with pytest.raises(SellerCenterResponseError) as error:
            document_from_response(content, "", "https://cdn.test/1")
        messages.append(error.value.message)
    for url in ("ftp://x", "http://seller.example.com"):
        with pytest.raises(ValueError) as value_error:
            wire.check_base_url(url)
        messages.append(str(value_error.value))
    with pytest.raises(ValueError) as value_error:
        wire.authorization_value("a b")
    messages.append(str(value_error.value))
    return messages


def _matches(sentence: str, pattern: str) -> bool:
    import re

    regex = "".join(re.escape(part) if i % 2 == 0 else ".+?" for i, part in enumerate(re.split(r"%(\d)", pattern)))
    return re.fullmatch(regex, sentence, re.DOTALL) is not None


def test_every_sentence_the_client_produces_is_listed():
    import re

    from instore_app.api.seller_center import MESSAGES

    unlisted = [
        sentence
        for message in _produced_messages()
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", message)
        if not any(_matches(sentence, pattern) for pattern in MESSAGES)
    ]
    assert not unlisted, "add these sentences to seller_center.errors.MESSAGES: " + repr(unlisted)

"""Labels: safe HTML rendering, PDFs and images on screen, printing to PDF, the packing slip."""

from __future__ import annotations

import base64
import http.server
import io
import itertools
import json
import logging
import threading
import urllib.request
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from instore_app.api.client import LabelDocument
from instore_app.api.models import Package
from instore_app.labels import (
    LabelError,
    LabelPrintSettings,
    LabelView,
    SafeTextDocument,
    ask_and_print,
    code128_png,
    load_label,
    make_printer,
    packing_slip_html,
    print_label,
)

FIXTURES = Path(__file__).parent / "fixtures" / "api-docs"
MM_TO_PT = 72 / 25.4


# -- helpers ---------------------------------------------------------------------------------


def dark_pixels(image: QImage, rect: QRectF | None = None) -> int:
    """How many pixels of `image` (inside `rect`) are dark (lightness below 100)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    area = (rect or QRectF(image.rect())).toRect().intersected(image.rect())
    data = memoryview(image.constBits()).cast("B")
    line = image.bytesPerLine()
    return sum(
        1
        for y in range(area.top(), area.bottom() + 1)
        for value in data[y * line + area.left() : y * line + area.right() + 1]
        if value < 100
    )


def render_document(document: QTextDocument, width: float = 378) -> QImage:
    document.setTextWidth(width)
    image = QImage(document.size().toSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def png_bytes(width: int = 200, height: int = 80, colour: int = 0) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def label_png() -> bytes:
    """A 100x150 mm label at 203 dpi: white with a black block and a few bars."""
    image = Image.new("L", (800, 1200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, 700, 400), fill=0)
    for x in range(100, 700, 12):
        draw.rectangle((x, 600, x + 5, 900), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def pillow_pdf(pages: int = 1) -> bytes:
    images = []
    for index in range(pages):
        image = Image.new("RGB", (283, 425), "white")
        ImageDraw.Draw(image).rectangle((40, 40 + 20 * index, 240, 200), fill="black")
        images.append(image)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def open_pdf(path: Path) -> tuple[QPdfDocument, QBuffer]:
    """A loaded QPdfDocument and the buffer it reads from (keep both)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(path.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document, buffer


def rendered_page(document: QPdfDocument, page: int = 0) -> QImage:
    size = document.pagePointSize(page).toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def fixture_package(**update) -> Package:
    data = json.loads((FIXTURES / "oms-package-services__04-package-detail.json").read_text())
    return Package.model_validate(data).model_copy(update=update)


class RecordingServer:
    """A real HTTP server on 127.0.0.1 that records every request path it receives."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        paths = self.paths

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                paths.append(self.path)
                body = png_bytes(50, 50)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server():
    recording = RecordingServer()
    yield recording
    recording.close()


# -- safe HTML -------------------------------------------------------------------------------


def test_html_with_a_data_png_barcode_renders_dark_bars(qapp):
    png = code128_png("PKG-000123")
    document = SafeTextDocument(f'<p>Label</p><img src="{data_uri(png)}" width="300" height="60">')
    image = render_document(document)
    assert dark_pixels(image) > 3000
    assert dark_pixels(image) < image.width() * image.height() / 2  # bars, not one black block


def test_external_and_local_resources_are_not_loaded(qapp, server, tmp_path, caplog):
    black = tmp_path / "black.png"
    black.write_bytes(png_bytes(200, 200))
    (tmp_path / "style.css").write_text("p { color: red }")
    html = f"""
        <link rel="stylesheet" href="{server.url}/style.css">
        <img src="{server.url}/x.png?token=secret" width="200" height="200">
        <img src="http://127.0.0.1:1/x.png" width="200" height="200">
        <img src="file:///etc/passwd">
        <img src="{QUrl.fromLocalFile(str(black)).toString()}" width="200" height="200">
        <img src="black.png" width="200" height="200">
        <div style="background-image: url({server.url}/bg.png)">text</div>
    """
    caplog.set_level(logging.WARNING, logger="instore_app.labels")
    document = SafeTextDocument()
    base = QUrl.fromLocalFile(f"{tmp_path}/").toString()  # so "black.png" would resolve to the file
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentUrl, base)
    document.setHtml(html)
    image = render_document(document)
    render_document(document)  # a second paint asks again: still logged once

    image_type = QTextDocument.ResourceType.ImageResource.value
    for url in (f"{server.url}/x.png", "http://127.0.0.1:1/x.png", "file:///etc/passwd", "black.png"):
        assert document.loadResource(image_type, QUrl(url)) is None
    assert document.loadResource(image_type, QUrl.fromLocalFile(str(black))) is None
    # Five 200x200 black images would be 200,000 dark pixels; blocked ones draw a small icon.
    assert dark_pixels(image) < 5000
    assert server.paths == []

    blocked = [r.getMessage() for r in caplog.records if "not loaded" in r.getMessage()]
    assert len(blocked) == len(set(blocked)) == len(document.refused_urls) >= 6
    assert f"{server.url}/x.png" in document.refused_urls
    assert any(f"{server.url}/x.png" in message for message in blocked)
    assert not any("secret" in message for message in blocked)
    # The server did work: a plain request reaches it.
    with urllib.request.urlopen(f"{server.url}/ping") as response:
        assert response.status == 200
    assert server.paths == ["/ping"]


def test_label_view_shows_html_without_fetching(qtbot, server):
    view = LabelView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    html = f'<h1>Cargo</h1><img src="{data_uri(png_bytes())}"><img src="{server.url}/remote.png">'
    assert view.show_label(LabelDocument(html.encode(), "text/html; charset=utf-8", "https://oms/label"))
    assert view.has_content
    assert dark_pixels(view.grab().toImage()) > 2000
    assert server.paths == []


def test_data_uri_of_other_types_and_broken_base64_are_refused(qapp):
    document = SafeTextDocument()
    image_type = QTextDocument.ResourceType.ImageResource.value
    good = document.loadResource(image_type, QUrl(data_uri(png_bytes(10, 10))))
    assert isinstance(good, QImage) and good.width() == 10
    refused = ("data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,!!!", "data:image/svg+xml,<svg/>")
    for uri in refused:
        assert document.loadResource(image_type, QUrl(uri)) is None


def test_html_charset_comes_from_the_content_type_or_a_meta_tag(qtbot):
    view = LabelView()
    qtbot.addWidget(view)
    turkish = "<p>Kadıköy Şube</p>"
    for content_type, body in (
        ("text/html; charset=windows-1254", turkish.encode("cp1254")),
        ("text/html", ('<meta charset="iso-8859-9">' + turkish).encode("iso-8859-9")),
        ("text/html", turkish.encode("utf-8")),
    ):
        document = load_label(LabelDocument(body, content_type, "u"))
        assert "Kadıköy Şube" in document.toPlainText()
        assert view.show_label(LabelDocument(body, content_type, "u"))


# -- PDF and images on screen ----------------------------------------------------------------


def test_label_view_shows_a_pillow_pdf(qtbot):
    view = LabelView()
    qtbot.addWidget(view)
    view.resize(300, 450)
    assert view.show_label(LabelDocument(pillow_pdf(), "application/pdf", "https://oms/l.pdf"))
    assert view.has_content and view.page_count == 1 and view.caption == ""
    assert dark_pixels(view.grab().toImage()) > 5000


def test_label_view_says_page_1_of_n_for_a_multi_page_pdf(qtbot):
    view = LabelView()
    qtbot.addWidget(view)
    view.resize(300, 450)
    assert view.show_label(LabelDocument(pillow_pdf(pages=3), "application/pdf", "u"))
    assert view.page_count == 3
    assert view.caption == "page 1 of 3"
    assert dark_pixels(view.grab().toImage()) > 5000


def test_label_view_renders_the_pdf_again_for_a_larger_widget(qtbot):
    view = LabelView()
    qtbot.addWidget(view)
    view.resize(300, 450)
    view.show_label(LabelDocument(pillow_pdf(), "application/pdf", "u"))
    small = dark_pixels(view.grab().toImage())
    view.resize(600, 900)
    large = dark_pixels(view.grab().toImage())
    assert 3.5 < large / small < 4.5  # twice the size each way: four times the black area


def test_label_view_shows_a_qprinter_pdf_and_an_image(qtbot, tmp_path):
    path = tmp_path / "label.pdf"
    print_label(LabelDocument(label_png(), "image/png", "u"), make_printer(LabelPrintSettings(), path))
    view = LabelView()
    qtbot.addWidget(view)
    view.resize(300, 450)
    assert view.show_label(LabelDocument(path.read_bytes(), "application/pdf", "u"))
    assert dark_pixels(view.grab().toImage()) > 5000
    assert view.show_label(LabelDocument(label_png(), "image/png", "u"))
    assert view.has_content
    assert dark_pixels(view.grab().toImage()) > 5000


def test_label_view_shows_the_packing_slip_document(qtbot):
    view = LabelView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.show_document(packing_slip_html(fixture_package()))
    assert view.has_content
    dark = dark_pixels(view.grab().toImage())
    view.show_document(SafeTextDocument("<p>slip</p>"))
    assert view.has_content
    assert dark > dark_pixels(view.grab().toImage()) > 0


def huge_png(width: int = 20000, height: int = 20000) -> bytes:
    """A valid 1-bit PNG of width x height (all black), a few hundred kB compressed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([1, 0, 0, 0, 0])
    raw = (b"\x00" + bytes((width + 7) // 8)) * height
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (b"", "application/pdf", "empty"),
        (b"%PDF-1.7 this is not really a pdf", "application/pdf", "damaged"),
        (b"\x00\x01garbage", "application/pdf", "damaged"),
        (b"\x00\x01garbage", "image/png", "not a PNG"),
        (b"\x00\x01garbage", "application/octet-stream", "not supported"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", "not a PNG"),
        (huge_png(), "image/png", "too large"),
    ],
)
def test_bad_content_becomes_a_message_not_an_exception(qtbot, content, content_type, reason):
    view = LabelView()
    qtbot.addWidget(view)
    view.show_document("<p>previous</p>")
    assert view.show_label(LabelDocument(content, content_type, "u")) is False
    assert not view.has_content
    assert view.message.startswith("The label could not be shown: ")
    assert reason in view.message
    view.grab()  # paints the message without raising


def test_clear_shows_the_message(qtbot):
    view = LabelView()
    qtbot.addWidget(view)
    view.show_label(LabelDocument(label_png(), "image/png", "u"))
    view.clear("No label yet")
    assert not view.has_content and view.message == "No label yet" and view.page_count == 0


# -- printing --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["image", "html", "pdf", "text_document"])
def test_print_label_to_a_100x150_mm_pdf(qapp, tmp_path, kind):
    sources = {
        "image": lambda: LabelDocument(label_png(), "image/png", "u"),
        "html": lambda: LabelDocument(
            f'<h1>Cargo</h1><img src="{data_uri(label_png())}" width="300" height="450">'.encode(),
            "text/html",
            "u",
        ),
        "pdf": lambda: LabelDocument(pillow_pdf(), "application/pdf", "u"),
        "text_document": lambda: SafeTextDocument(packing_slip_html(fixture_package())),
    }
    path = tmp_path / "out.pdf"
    print_label(sources[kind](), make_printer(LabelPrintSettings(), path))
    document, _buffer = open_pdf(path)
    assert document.pageCount() == 1
    size = document.pagePointSize(0)
    assert abs(size.width() - 100 * MM_TO_PT) < 1
    assert abs(size.height() - 150 * MM_TO_PT) < 1
    assert dark_pixels(rendered_page(document)) > 1000


def test_a_pdf_label_prints_one_page_per_pdf_page(qapp, tmp_path):
    path = tmp_path / "out.pdf"
    printer = make_printer(LabelPrintSettings(), path)
    print_label(LabelDocument(pillow_pdf(pages=3), "application/pdf", "u"), printer)
    document, _buffer = open_pdf(path)
    assert document.pageCount() == 3
    assert all(dark_pixels(rendered_page(document, page)) > 1000 for page in range(3))


def test_a_long_slip_prints_over_several_pages(qapp, tmp_path):
    package = fixture_package()
    package = package.model_copy(update={"packageitem_set": package.packageitem_set * 40})
    path = tmp_path / "out.pdf"
    print_label(SafeTextDocument(packing_slip_html(package)), make_printer(LabelPrintSettings(), path))
    document, _buffer = open_pdf(path)
    assert document.pageCount() > 1
    assert all(dark_pixels(rendered_page(document, page)) > 500 for page in range(document.pageCount()))


def test_other_label_stock_sizes_the_page(qapp, tmp_path):
    path = tmp_path / "out.pdf"
    settings = LabelPrintSettings(width_mm=102, height_mm=76)
    print_label(LabelDocument(label_png(), "image/png", "u"), make_printer(settings, path))
    document, _buffer = open_pdf(path)
    size = document.pagePointSize(0)
    assert abs(size.width() - 102 * MM_TO_PT) < 1 and abs(size.height() - 76 * MM_TO_PT) < 1


@pytest.mark.parametrize(
    "doc",
    [
        LabelDocument(b"", "application/pdf", "u"),
        LabelDocument(b"%PDF-garbage", "application/pdf", "u"),
        LabelDocument(b"\x00garbage", "application/zip", "u"),
    ],
)
def test_print_label_raises_label_error_for_bad_content(qapp, tmp_path, doc):
    path = tmp_path / "out.pdf"
    with pytest.raises(LabelError) as raised:
        print_label(doc, make_printer(LabelPrintSettings(), path))
    assert str(raised.value)
    assert not path.exists()


def test_print_label_refuses_an_unusable_pdf_output(qapp, tmp_path):
    printer = make_printer(LabelPrintSettings(), tmp_path)  # a folder, not a file
    with pytest.raises(LabelError, match="cannot be written"):
        print_label(LabelDocument(label_png(), "image/png", "u"), printer)


def test_make_printer_sets_the_label_page(qapp, tmp_path):
    printer = make_printer(LabelPrintSettings(width_mm=100, height_mm=150), tmp_path / "x.pdf")
    layout = printer.pageLayout()
    size = layout.pageSize().size(layout.pageSize().Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (100, 150)
    assert layout.orientation() == layout.Orientation.Portrait
    assert layout.margins().isNull()
    assert printer.outputFormat() == QPrinter.OutputFormat.PdfFormat


def test_ask_and_print_opens_a_non_modal_dialog_that_prints_when_accepted(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "asked.pdf"
    printed = []
    doc = LabelDocument(label_png(), "image/png", "u")
    ask_and_print(parent, doc, LabelPrintSettings(), pdf_path=path, on_printed=lambda: printed.append(True))
    dialog = parent.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()  # returned without blocking
    dialog.accept()
    assert printed == [True]
    document, _buffer = open_pdf(path)
    assert document.pageCount() == 1
    assert abs(document.pagePointSize(0).height() - 150 * MM_TO_PT) < 1
    assert dark_pixels(rendered_page(document)) > 1000


# -- packing slip ----------------------------------------------------------------------------


def test_packing_slip_contains_the_package_order_items_and_address(qapp):
    package = fixture_package(
        order_has_gift_box=True, order_gift_box_note="Happy birthday", order_notes="Ring twice"
    )
    html = packing_slip_html(package, store_name="Kadıköy")
    assert package.number in html and package.order_number in html
    for item in package.packageitem_set:
        assert item.product.name in html and item.product.sku in html
    address = package.shipping_address
    assert address.full_name in html
    assert all(line in html for line in address.lines())
    assert address.phone_number in html
    assert "Happy birthday" in html and "Ring twice" in html and "Kadıköy" in html
    assert html.count(package.number) == 1  # the number is printed once, the barcode has no text


def test_packing_slip_lists_one_row_per_unit(qapp):
    package = fixture_package()
    package = package.model_copy(update={"packageitem_set": package.packageitem_set * 3})
    html = packing_slip_html(package)
    assert html.count(package.packageitem_set[0].product.sku) == 3


def test_packing_slip_escapes_oms_text(qapp, server):
    hostile = f'<script>alert(1)</script><img src="{server.url}/track.png">'
    package = fixture_package(number="PKG<b>1</b>&2", order_notes=hostile, order_gift_box_note=hostile)
    address = package.shipping_address.model_copy(update={"first_name": hostile, "line": hostile})
    package = package.model_copy(update={"shipping_address": address})
    html = packing_slip_html(package)
    assert "<script>" not in html and f'<img src="{server.url}' not in html
    assert "&lt;script&gt;" in html and "PKG&lt;b&gt;1&lt;/b&gt;&amp;2" in html
    document = SafeTextDocument(html)
    render_document(document)
    assert "<script>alert(1)</script>" in document.toPlainText()
    assert server.paths == []


def test_code128_png_is_a_wide_barcode_with_dark_bars(qapp):
    image = QImage.fromData(code128_png("1690624566214332P5"))
    assert not image.isNull()
    assert image.width() > image.height()
    middle = image.height() // 2
    row = [image.pixelColor(x, middle).lightness() < 100 for x in range(image.width())]
    transitions = sum(1 for a, b in itertools.pairwise(row) if a != b)
    assert sum(row) > image.width() // 4 and transitions > 40


@pytest.mark.parametrize("number", ["PKG-2024-000123", "1690624566214332P5", "A1", "0000000000"])
def test_code128_bars_are_whole_modules_of_three_pixels(qapp, number):
    image = Image.open(io.BytesIO(code128_png(number)))
    row = [image.getpixel((x, image.height // 2)) < 128 for x in range(image.width)]
    runs, length = [], 1
    for previous, current in itertools.pairwise(row):
        if current == previous:
            length += 1
        else:
            runs.append(length)
            length = 1
    bars_and_spaces = runs[1:]  # after the leading quiet zone (the trailing one is not in runs)
    assert bars_and_spaces and all(run % 3 == 0 for run in bars_and_spaces)
    assert min(bars_and_spaces) == 3


def test_code128_refuses_what_it_cannot_encode(qapp):
    with pytest.raises(LabelError):
        code128_png("")
    with pytest.raises(LabelError):
        code128_png("Kadıköy ☃")

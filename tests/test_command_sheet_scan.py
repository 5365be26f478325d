"""The printed command sheet read back by a real barcode decoder (zxing-cpp, as a scanner would
read it): the sheet made from the OMS's denial reasons is rendered page by page as a printer
would, and every barcode on it decodes to the action it is printed for -- every bench command
once, every active reason once (ZZCMDRSN<id>), nothing else.

The reasons come from the simulator over HTTP, the way ``--command-sheet`` and the app read them.
"""

from __future__ import annotations

import asyncio

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from instore_app.api import OmsClient
from instore_app.labels.command_sheet import CELLS_PER_PAGE, SHEET_ORDER, command_sheet_pdf, sheet_cells
from instore_app.packing import active_denial_reasons
from instore_app.packing.command_codes import command_for, reason_for
from instore_app.simulator import DEFAULT_TOKEN, SimulatorServer, Store

from .test_labels import open_pdf

RENDER_DPI = 200  # what the ENGINEERING notes checked with pdftoppm -r 200


def reasons_from_the_oms() -> list[tuple[int, str]]:
    async def read() -> list[tuple[int, str]]:
        with SimulatorServer(Store(seed=5)) as server:
            async with OmsClient(server.url, DEFAULT_TOKEN) as client:
                return [(r.id, r.title) for r in active_denial_reasons(await client.denial_reasons())]

    return asyncio.run(read())


def page_as_pil(document: QPdfDocument, page: int) -> Image.Image:
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    return Image.frombuffer("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine(), 1).copy()


@pytest.fixture(scope="module")
def printed(tmp_path_factory, qapp):
    reasons = reasons_from_the_oms()
    path = tmp_path_factory.mktemp("sheet") / "command-sheet.pdf"
    command_sheet_pdf(path, reasons=reasons)
    document, buffer = open_pdf(path)
    pages = [page_as_pil(document, n) for n in range(document.pageCount())]
    return reasons, pages, document, buffer


def decoded(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    assert all(b.format == zxingcpp.BarcodeFormat.Code128 for b in found)
    return [b.text for b in found]


def test_the_oms_reasons_are_the_simulators_active_ones_in_dialog_order(printed):
    reasons, _, _, _ = printed
    assert len(reasons) == 5 and all(title for _, title in reasons)
    assert reasons[0] == (34, "Ürün Eksik")  # priority 1 first; the inactive one (80) is left out
    assert 80 not in {reason_id for reason_id, _ in reasons}


def test_every_command_barcode_on_page_one_scans_back_to_its_command(printed):
    _, pages, _, _ = printed
    texts = decoded(pages[0])
    assert sorted(texts) == sorted(c.code for c in SHEET_ORDER), texts  # each once, nothing else
    assert {command_for(t) for t in texts} == set(SHEET_ORDER)  # (the counter's are on its page)


def test_every_reason_barcode_scans_back_to_its_reason(printed):
    reasons, pages, document, _ = printed
    reason_pages = -(-len(reasons) // CELLS_PER_PAGE)
    assert len(pages) == 1 + reason_pages + 1  # the bench's, the reasons', the counter's
    texts = [t for page in pages[1 : 1 + reason_pages] for t in decoded(page)]
    assert sorted(reason_for(t) for t in texts) == sorted(reason_id for reason_id, _ in reasons), texts
    assert all(command_for(t) is None for t in texts)  # a reason code is no other command
    # Each reason's title and the keys that choose it in the refuse dialog are printed by it.
    text = document.getAllText(1).text()
    for number, (reason_id, title) in enumerate(reasons, start=1):
        assert title in text and f"ZZCMDRSN{reason_id}" in text and f"F7 {number}" in text


def test_the_third_reason_on_the_sheet_is_the_dialogs_third(printed):
    """The hands-free test scans "the 3rd reason on the sheet": it is the dialog's number 3."""
    reasons, _, _, _ = printed
    third = sheet_cells(reasons)[1][2]
    assert third.code == f"ZZCMDRSN{reasons[2][0]}" and third.label == reasons[2][1] and third.key == "F7 3"


def test_command_sheet_flag_reads_the_reasons_from_the_oms_and_says_when_it_cannot(qapp):
    """``--command-sheet`` with --demo reads the simulator's reasons; with no OMS set up it
    says, in words, that the sheet has no reasons (and still writes the commands)."""
    from instore_app.app import _sheet_reasons
    from instore_app.settings import Settings

    reasons, problem = _sheet_reasons(Settings({"demo": True}))
    assert problem is None and [r for r, _ in reasons] == [34, 67, 71, 72, 75]
    reasons, problem = _sheet_reasons(Settings({"oms_url": "", "token": ""}))
    assert reasons == [] and problem is not None and "No OMS is set up" in problem

"""The bench on a real screen: nothing cut off at 1024 x 768, everything larger at 1920 x 1080.

The bench is painted in the main window (its toolbar, figures strip and status bar take their
share, as at a station) with a package the way the controller hands it over (a Work), and
what is painted is checked against the text: every line of every product name fits its
width as laid out (``QFontMetrics.elidedText`` leaves it whole), every row is as tall as its
wrapped name, and the item to scan next is shown large with its size and colour.
"""

from __future__ import annotations

import pytest
import pytest_asyncio
from PySide6.QtGui import QFontMetrics
from PySide6.QtCore import Qt

from instore_app.api import OmsClient
from instore_app.bench import Level, Note, Phase, Work
from instore_app.operations import Station
from instore_app.packing import PackingSession
from instore_app.packing.command_codes import BenchCommand
from instore_app.ui.bench_items import Wrapped, fit_text, wrapped
from instore_app.ui.bench_look import scale_for
from instore_app.ui.bench_model import BenchColumn
from instore_app.ui.main_window import BenchOptions, MainWindow

from .packing_factories import item, package, product
from .window_helpers import until

LONG_NAME = "Organik Pamuklu Oversize Kapüşonlu Sweatshirt Kışlık Yumuşak"  # 60 characters
TYPICAL = [
    ("Keten Gömlek", "XS", "Kahverengi"),
    ("Keten Gömlek", "L", "Kahverengi"),
    ("Örgü Balıkçı Yaka Kazak", "M", "Gri Melanj"),
    ("Deri Sneaker", "40", "Beyaz"),
    ("Kanvas Sırt Çantası", "Standart", "Lacivert"),
    ("Spor Çorap 3'lü Paket", "Standart", "Siyah"),
]


def work_of(names: list[tuple[str, str, str]]) -> Work:
    items = []
    for number, (name, size, colour) in enumerate(names):
        data = product(300 + number, f"AKN-{1001 + number}", f"86912865707{number:02d}", name)
        data["attributes"] = {"beden": size, "renk": colour}
        items.append(item(100 + number, data))
    pkg = package(items=items)
    return Work(pkg.id, pkg.number, package=pkg, session=PackingSession(pkg), phase=Phase.SCANNING)


@pytest_asyncio.fixture
async def window(qtbot):
    client = OmsClient("http://127.0.0.1:9", "token")
    window = MainWindow(Station(client, 1), options=BenchOptions(sound=False))
    qtbot.addWidget(window)
    window.stack.setCurrentWidget(window.bench)
    window.show()
    yield window
    window.close()
    await client.aclose()


async def show(window, size: tuple[int, int], work: Work) -> None:
    window.resize(*size)
    window.bench.show_work(work, Note("scan_items", Level.INFO, (str(len(work.session.items)),)), frozenset(BenchCommand))
    await until(lambda: window.bench.look.scale == scale_for(window.bench.width(), window.bench.height()))
    window.bench.items.doItemsLayout()
    window.repaint()


def assert_whole(layout: Wrapped, text: str, width: int, font) -> None:
    """Every character of `text` is laid out, on lines no wider than `width`, none elided."""
    metrics = QFontMetrics(font)
    lines = [layout.layout.lineAt(n) for n in range(layout.lines)]
    assert sum(line.textLength() for line in lines) == len(text), f"{text!r} is not laid out whole"
    for line in lines:
        part = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
        assert line.naturalTextWidth() <= width, f"a line of {text!r} is wider than its {width} px"
        assert metrics.elidedText(part, Qt.TextElideMode.ElideRight, width) == part, f"“{part}” would be elided"


@pytest.mark.asyncio
async def test_at_1024x768_no_product_name_is_elided_and_the_sixth_item_needs_no_scrolling(qtbot, window):
    names = [TYPICAL[0], (LONG_NAME, "XL", "Ekru"), *TYPICAL[2:]]
    assert len(LONG_NAME) == 60
    await show(window, (1024, 768), work_of(names))
    view, delegate = window.bench.items, window.bench.items.delegate
    model = window.bench.model
    assert model.rowCount() == 6
    for row in range(6):
        index = model.index(row, BenchColumn.NAME)
        rect = view.visualRect(index)
        layout = delegate.row_layout(index, rect.width())
        assert rect.height() >= layout.height, "the row is shorter than its wrapped name"
        name = index.data()
        assert_whole(wrapped(delegate.name_font, name, layout.name.width()), name, layout.name.width(), delegate.name_font)
        assert fit_text(delegate.name_font, name, layout.name.width()).height() <= layout.name.height()
    long_row = delegate.row_layout(model.index(1, BenchColumn.NAME), view.visualRect(model.index(1, BenchColumn.NAME)).width())
    assert wrapped(delegate.name_font, LONG_NAME, long_row.name.width()).lines >= 2, "the long name wraps"
    sixth = view.visualRect(model.index(5, BenchColumn.NAME))
    assert sixth.bottom() <= view.viewport().height(), "the 6th item is out of sight at 1024 x 768"


@pytest.mark.asyncio
async def test_the_item_to_scan_next_is_shown_large_with_size_and_colour(qtbot, window):
    work = work_of([(LONG_NAME, "XL", "Ekru"), *TYPICAL[1:]])
    await show(window, (1024, 768), work)
    card = window.bench.card
    assert window.bench.left.currentWidget() is card
    assert card.name == LONG_NAME and card.variant == "XL\u00a0· Ekru"
    layout = card.card_layout()
    for rect, font, text in ((layout.name, layout.name_font, card.name), (layout.variant, layout.variant_font, card.variant)):
        assert_whole(wrapped(font, text, rect.width()), text, rect.width(), font)
        assert rect.bottom() < card.height(), f"“{text}” runs off the card"
    assert layout.name_font.pixelSize() > window.bench.items.delegate.name_font.pixelSize()
    assert layout.photo.width() >= 150, "the photo is shown large"

    work.session.confirm(100)  # the next one comes up, and the list marks it
    window.bench.show_scan(work, Note("confirmed", Level.OK, (LONG_NAME, "XL · Ekru", "")), 100, frozenset(BenchCommand))
    assert card.name == "Keten Gömlek" and card.variant == "L\u00a0· Kahverengi"
    assert window.bench.items.delegate.current_item_id == 101


@pytest.mark.asyncio
async def test_the_item_font_scales_with_the_window(qtbot, window):
    work = work_of(TYPICAL)
    await show(window, (1024, 768), work)
    small = window.bench.items.delegate.name_font.pixelSize(), window.bench.banner.font().pixelSize()
    small_card = window.bench.card.card_layout().name_font.pixelSize()
    await show(window, (1920, 1080), work)
    large = window.bench.items.delegate.name_font.pixelSize(), window.bench.banner.font().pixelSize()
    assert large[0] >= 24, f"the item text is {large[0]} px at 1920 x 1080"
    assert large[0] > small[0] and large[1] > small[1]
    assert window.bench.card.card_layout().name_font.pixelSize() > small_card
    index = window.bench.model.index(0, BenchColumn.NAME)
    assert QFontMetrics(window.bench.items.delegate.name_font).height() >= 24
    assert window.bench.items.visualRect(index).height() > 56, "rows grow with the text"


"""The bench's items, drawn to be read from a step away: the list and the item to scan next.

:class:`ItemsView` lists one row per unit (the model's name column, painted by
:class:`ItemDelegate`): a photo, the name *wrapped* (never cut off with "…", rows are as
tall as their name needs), size · colour in bold and the row's status. :class:`CurrentItemCard`
shows the item to scan next large: its photo, name, size and colour. Both lay text out with
:func:`fit_text`, which tests also use to prove nothing is elided.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..api.models import PackageItem
from .bench_look import BenchLook
from .bench_model import BenchColumn, BenchItemsModel
from .images import letter_tile

__all__ = ["CurrentItemCard", "ItemDelegate", "ItemsView", "Wrapped", "fit_text", "variant_text", "wrapped"]

Index = QModelIndex | QPersistentModelIndex
ImageFor = Callable[[str, int, float], QPixmap | None]
#: Centred and wrapped (the "all confirmed" text).
CENTRE = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value
CURRENT_BG = QColor("#e3f2fd")
CURRENT_BAR = QColor("#1565c0")
GREY = QColor("#616161")
#: Laid-out texts kept for painting (a repaint lays nothing out again).
LAYOUTS = 600


class Wrapped:
    """`text` laid out `width` pixels wide in `font`: wrapped at word boundaries, and inside a
    word only when one word is wider than the line. Nothing is ever cut off."""

    def __init__(self, font: QFont, text: str, width: int, *, right: bool = False, centre: bool = False) -> None:
        self.layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(
            Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        )
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        height, widest = 0.0, 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, height))
            height += line.height()
            widest = max(widest, line.naturalTextWidth())
        self.layout.endLayout()
        self.lines = self.layout.lineCount()
        self.size = QSize(math.ceil(widest), math.ceil(height))

    def draw(self, painter: QPainter, top_left: QPoint) -> None:
        self.layout.draw(painter, QPointF(top_left))


_layouts: OrderedDict[tuple[str, str, int, bool, bool], Wrapped] = OrderedDict()


def wrapped(font: QFont, text: str, width: int, *, right: bool = False, centre: bool = False) -> Wrapped:
    """The (cached) layout of `text` in `font` at `width`."""
    key = (font.key(), text, width, right, centre)
    layout = _layouts.get(key)
    if layout is None:
        layout = _layouts[key] = Wrapped(font, text, width, right=right, centre=centre)
        while len(_layouts) > LAYOUTS:
            _layouts.popitem(last=False)
    else:
        _layouts.move_to_end(key)
    return layout


def fit_text(font: QFont, text: str, width: int) -> QRect:
    """The rectangle `text` takes wrapped at `width` pixels in `font` (from 0, 0)."""
    return QRect(QPoint(0, 0), wrapped(font, text, width).size)


def draw_text(painter: QPainter, rect: QRect, text: str, *, right: bool = False) -> None:
    """`text` wrapped in `rect` (as wide as rect, in the painter's font and pen)."""
    wrapped(painter.font(), text, rect.width(), right=right).draw(painter, rect.topLeft())


def variant_text(size: str | None, colour: str | None) -> str:
    """ "M · Lacivert": what tells two variants of one product apart (the dot stays with the
    size when the line wraps)."""
    return "\u00a0· ".join(part for part in (size, colour) if part)


@dataclass(frozen=True)
class RowLayout:
    """Where the parts of one row go (relative to the row's top left)."""

    thumb: QRect
    name: QRect
    variant: QRect
    status: QRect
    height: int


class ItemDelegate(QStyledItemDelegate):
    """Paints a row of the items list; its size hint is the height the wrapped name needs."""

    def __init__(self, view: QListView, model: BenchItemsModel, image_for: ImageFor) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.image_for = image_for
        self.look = BenchLook()
        self.current_item_id: int | None = None  # the item to scan next: marked in blue
        #: Row layouts by (row, width): a scan changes one row, and the view asks every row's
        #: size again (rows are not of one size), so only changed rows are laid out again.
        self._layouts: dict[tuple[int, int], RowLayout] = {}
        self.set_look(self.look)

    def watch(self, model: BenchItemsModel) -> None:
        """Forget every layout when the rows change (changed data: see rows_changed)."""
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            signal.connect(self.forget)

    def forget(self, *_args: object) -> None:
        self._layouts.clear()

    def rows_changed(self, top: int, bottom: int) -> bool:
        """Lay rows `top`..`bottom` out again; True if one of them changed height."""
        resized = False
        for key in [key for key in self._layouts if top <= key[0] <= bottom]:
            old = self._layouts.pop(key)
            index = self.model.index(key[0], BenchColumn.NAME)
            resized = resized or self.row_layout(index, key[1]).height != old.height
        return resized

    def set_look(self, look: BenchLook) -> None:
        self.look = look
        self._layouts.clear()
        base = self.view.font()
        self.name_font = look.font(base, look.item_px)
        self.variant_font = look.font(base, look.detail_px, bold=True)
        self.status_font = look.font(base, look.detail_px, bold=True)

    def row_width(self) -> int:
        return max(120, self.view.viewport().width() - 2 * self.view.spacing())

    def row_layout(self, index: Index, width: int) -> RowLayout:
        key = (index.row(), width)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = self._lay_out(index, width)
        return layout

    def _lay_out(self, index: Index, width: int) -> RowLayout:
        look, pad = self.look, self.look.pad
        row = self.model.row_view(index.row())
        thumb = look.thumb
        text_left = pad + thumb + pad + look.px(2)
        text_width = max(40, width - text_left - pad)
        name = fit_text(self.name_font, row.name, text_width)
        variant = fit_text(self.variant_font, variant_text(row.size, row.colour), text_width)
        status = fit_text(self.status_font, row.status, text_width)
        top = pad
        name_rect = QRect(text_left, top, text_width, name.height())
        line_top = name_rect.bottom() + 1 + look.px(3)
        if variant.width() + pad * 2 + status.width() <= text_width:  # both on one line
            line_height = max(variant.height(), status.height())
            variant_rect = QRect(text_left, line_top, text_width - status.width() - pad * 2, line_height)
            status_rect = QRect(text_left + text_width - status.width(), line_top, status.width(), line_height)
            bottom = line_top + line_height
        else:
            variant_rect = QRect(text_left, line_top, text_width, variant.height())
            status_rect = QRect(text_left, variant_rect.bottom() + 1, text_width, status.height())
            bottom = status_rect.bottom() + 1
        height = max(bottom, top + thumb) + pad
        thumb_rect = QRect(pad + look.px(2), (height - thumb) // 2, thumb, thumb)
        return RowLayout(thumb_rect, name_rect, variant_rect, status_rect, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.row_width()
        return QSize(width, self.row_layout(index, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        layout = self.row_layout(index, rect.width())
        view = self.model.row_view(index.row())
        palette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.topLeft())
        row = QRect(0, 0, rect.width(), rect.height())
        is_current = view.item_id == self.current_item_id
        if view.background is not None:
            painter.fillRect(row, view.background)
        elif is_current:
            painter.fillRect(row, CURRENT_BG)
        if is_current:
            painter.fillRect(QRect(0, 0, self.look.px(5), row.height()), CURRENT_BAR)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(row.bottomLeft(), row.bottomRight())
        self._paint_thumb(painter, view.image_url, view.name, layout.thumb)
        painter.setPen(view.foreground.color() if view.foreground is not None else palette.color(QPalette.ColorRole.Text))
        painter.setFont(self.name_font)
        draw_text(painter, layout.name, view.name)
        painter.setFont(self.variant_font)
        draw_text(painter, layout.variant, variant_text(view.size, view.colour))
        painter.setFont(self.status_font)
        draw_text(painter, layout.status, view.status, right=True)
        painter.restore()

    def _paint_thumb(self, painter: QPainter, url: str | None, name: str, rect: QRect) -> None:
        ratio = self.view.devicePixelRatioF()
        pixmap = self.image_for(url, rect.width(), ratio) if url else None
        if pixmap is None:
            pixmap = tile_pixmap(name, rect.width(), ratio)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = pixmap.deviceIndependentSize().toSize().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(rect.x() + (rect.width() - size.width()) // 2, rect.y() + (rect.height() - size.height()) // 2, size.width(), size.height())
        painter.drawPixmap(target, pixmap)
        painter.restore()


_tiles: OrderedDict[tuple[str, int, float], QPixmap] = OrderedDict()


def tile_pixmap(name: str, side: int, ratio: float) -> QPixmap:
    """The letter tile of `name`, side x side logical pixels, drawn once and kept."""
    key = (name, side, ratio)
    pixmap = _tiles.get(key)
    if pixmap is None:
        pixmap = QPixmap(max(1, round(side * ratio)), max(1, round(side * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        letter_tile(painter, QRectF(0, 0, side, side), name)
        painter.end()
        _tiles[key] = pixmap
        while len(_tiles) > 200:
            _tiles.popitem(last=False)
    return pixmap


class ItemsView(QListView):
    """One row per unit; rows as tall as their wrapped name; no selection, no focus."""

    def __init__(self, model: BenchItemsModel, image_for: ImageFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setModelColumn(BenchColumn.NAME)
        self.delegate = ItemDelegate(self, model, image_for)
        self.delegate.watch(model)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def set_look(self, look: BenchLook) -> None:
        self.delegate.set_look(look)
        self.scheduleDelayedItemsLayout()

    def dataChanged(self, top: Index, bottom: Index, roles: object = ()) -> None:  # type: ignore[override]
        """A row changed: repaint it, and lay the list out again only if its height changed.

        (QListView lays every row out again for any change when rows differ in size: 50 size
        hints for each scan.)"""
        if self.delegate.rows_changed(top.row(), bottom.row()):
            self.scheduleDelayedItemsLayout()
        QAbstractItemView.dataChanged(self, top, bottom, list(roles) if roles else [])  # type: ignore[arg-type]

    def set_current(self, item_id: int | None, row: int | None) -> None:
        """Mark the item to scan next and keep it in sight."""
        previous = self.delegate.current_item_id
        if item_id != previous:
            self.delegate.current_item_id = item_id
            model = self.model()
            for row_id in (previous, item_id):  # repaint those two rows, not the whole list
                r = model.row_of_item(row_id) if row_id is not None else None  # type: ignore[attr-defined]
                if r is not None:
                    self.update(model.index(r, BenchColumn.NAME))
        if row is not None:
            index = self.model().index(row, BenchColumn.NAME)
            if not self.viewport().rect().contains(self.visualRect(index)):
                # Out of sight: bring it to the middle, so the next scans need no scrolling
                # (scrolling a row at a time repaints the whole list at every scan).
                self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width only


@dataclass(frozen=True)
class CardLayout:
    photo: QRect
    heading: QRect
    name: QRect
    variant: QRect
    details: QRect
    name_font: QFont
    variant_font: QFont


class CurrentItemCard(QWidget):
    """The item to scan next, large: photo, name, size · colour, SKU and barcode, count."""

    def __init__(self, image_for: ImageFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_for = image_for
        self.look = BenchLook()
        self.item: PackageItem | None = None
        self.heading = ""
        self.details = ""
        self.done_text = ""  # shown instead of an item ("All items confirmed")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def show_item(self, item: PackageItem | None, heading: str, details: str) -> None:
        self.item, self.heading, self.details, self.done_text = item, heading, details, ""
        self.update()

    def show_done(self, text: str) -> None:
        self.item, self.done_text = None, text
        self.update()

    def set_look(self, look: BenchLook) -> None:
        self.look = look
        self.update()

    def image_arrived(self, url: str) -> None:
        if self.item is not None and self.item.product.image_url == url:
            self.update()

    @property
    def name(self) -> str:
        return (self.item.product.name or self.item.product.sku) if self.item is not None else ""

    @property
    def variant(self) -> str:
        product = self.item.product if self.item is not None else None
        return variant_text(product.size, product.colour) if product is not None else ""

    def card_layout(self) -> CardLayout:
        """Photo and text for the widget's size: photo beside the text on a wide card, above it
        on a narrow one; fonts (then the photo) shrink, never below 60 %, before any text could
        be cut off."""
        look, pad = self.look, self.look.pad * 2
        width, height = self.width(), self.height()
        wide = width >= height * 1.3
        for shrink in (1.0, 0.9, 0.8, 0.7, 0.6):
            name_font = look.font(self.font(), round(look.card_name_px * shrink), bold=True)
            variant_font = look.font(self.font(), round(look.card_variant_px * shrink), bold=True)
            small = look.font(self.font(), look.small_px)
            if wide:
                side = max(40, min(height - 2 * pad, int(width * 0.45)))
                photo = QRect(pad, (height - side) // 2, side, side)
                left = photo.right() + 1 + pad
            else:
                side = max(40, min(width - 2 * pad, int(height * (0.56 if shrink >= 0.8 else 0.42))))
                photo = QRect((width - side) // 2, pad, side, side)
                left = pad
            text_width = max(40, width - left - pad)
            blocks = [fit_text(small, self.heading, text_width), fit_text(name_font, self.name, text_width),
                      fit_text(variant_font, self.variant, text_width), fit_text(small, self.details, text_width)]
            text_height = sum(b.height() for b in blocks) + 3 * look.px(6)
            room = height - 2 * pad if wide else height - photo.bottom() - 1 - 2 * pad
            if text_height <= room or shrink == 0.6:
                break
        top = (height - text_height) // 2 if wide else photo.bottom() + 1 + pad
        rects = []
        for block in blocks:
            rects.append(QRect(left, top, text_width, block.height()))
            top += block.height() + look.px(6)
        return CardLayout(photo, rects[0], rects[1], rects[2], rects[3], name_font, variant_font)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.item is None:
            if self.done_text:
                painter.setPen(QColor("#2e7d32"))
                painter.setFont(self.look.font(self.font(), self.look.card_variant_px, bold=True))
                painter.drawText(self.rect().adjusted(12, 12, -12, -12), CENTRE, self.done_text)
            painter.end()
            return
        layout = self.card_layout()
        url = self.item.product.image_url
        pixmap = self.image_for(url, layout.photo.width(), self.devicePixelRatioF()) if url else None
        if pixmap is None:
            painter.drawPixmap(layout.photo, tile_pixmap(self.name, layout.photo.width(), self.devicePixelRatioF()))
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            size = pixmap.deviceIndependentSize().toSize().scaled(layout.photo.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(layout.photo.center().x() - size.width() // 2, layout.photo.center().y() - size.height() // 2, size.width(), size.height())
            painter.drawPixmap(target, pixmap)
        small = self.look.font(self.font(), self.look.small_px)
        palette = self.palette()
        painter.setFont(small)
        painter.setPen(GREY)
        draw_text(painter, layout.heading, self.heading)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(layout.name_font)
        draw_text(painter, layout.name, self.name)
        painter.setPen(CURRENT_BAR)
        painter.setFont(layout.variant_font)
        draw_text(painter, layout.variant, self.variant)
        painter.setPen(GREY)
        painter.setFont(small)
        draw_text(painter, layout.details, self.details)
        painter.end()

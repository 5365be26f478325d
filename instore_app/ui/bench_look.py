"""How big the bench draws things: every size follows the bench's own size.

The bench is designed at 1024 x 700 logical pixels (a 1024 x 768 screen less the window's
bars); :func:`scale_for` gives the factor for the bench's present size (the smaller of the
width and height ratios, so nothing outgrows the other direction), and :class:`BenchLook`
holds the pixel sizes at that factor. At 1920 x 1080 the factor is about 1.45: the item
names in the list are 25 px, the name of the item to scan next 43 px.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont

__all__ = ["DESIGN_HEIGHT", "DESIGN_WIDTH", "BenchLook", "scale_for"]

DESIGN_WIDTH = 1024
DESIGN_HEIGHT = 700
MIN_SCALE = 0.7
MAX_SCALE = 3.0
STEP = 0.05  # the factor moves in steps: a window being dragged does not relayout every pixel


def scale_for(width: int, height: int) -> float:
    """The factor for a bench `width` x `height` pixels, in steps of STEP."""
    if width <= 0 or height <= 0:
        return 1.0
    raw = min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)
    return round(max(MIN_SCALE, min(MAX_SCALE, raw)) / STEP) * STEP


@dataclass(frozen=True)
class BenchLook:
    """Pixel sizes at one scale (fonts in pixels, so screens of any DPI look alike)."""

    scale: float = 1.0

    def px(self, base: float) -> int:
        return max(1, round(base * self.scale))

    # fonts, in pixels
    @property
    def banner_px(self) -> int:
        return self.px(26)

    @property
    def print_line_px(self) -> int:
        return self.px(17)

    @property
    def number_px(self) -> int:
        return self.px(22)

    @property
    def facts_px(self) -> int:
        return self.px(14)

    @property
    def progress_px(self) -> int:
        return self.px(44)

    @property
    def notes_px(self) -> int:
        return self.px(17)

    @property
    def item_px(self) -> int:
        """A product's name in the list (24 px and more at 1080p)."""
        return self.px(17)

    @property
    def detail_px(self) -> int:
        """Size, colour and status in the list."""
        return self.px(15)

    @property
    def card_name_px(self) -> int:
        """The name of the item to scan next."""
        return self.px(30)

    @property
    def card_variant_px(self) -> int:
        """Its size and colour: what tells two variants apart."""
        return self.px(34)

    @property
    def small_px(self) -> int:
        return self.px(14)

    @property
    def control_px(self) -> int:
        """The scan field and the buttons."""
        return self.px(14)

    # geometry
    @property
    def thumb(self) -> int:
        return self.px(48)

    @property
    def pad(self) -> int:
        return self.px(6)

    @property
    def button_height(self) -> int:
        return self.px(50)

    @property
    def field_height(self) -> int:
        return self.px(36)

    def font(self, base: QFont, pixels: int, *, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPixelSize(pixels)
        font.setBold(bold)
        return font

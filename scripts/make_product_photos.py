#!/usr/bin/env python3
"""Draw the simulator's product photos into ``resources/products/``, once, with Pillow.

Every model the simulator sells (``instore_app.simulator.seed._MODELS``: a T-shirt, jeans, a
coat, sneakers...) gets a studio-style drawing of its garment: a silhouette with its seams,
buttons and pockets, lit from the upper left. Two files per model, named by its base code
(``AKN-001`` is the first model):

* ``AKN-001.jpg``      -- the garment's shading in grey (200 is the garment's own colour,
                          brighter is lit, darker is shade, seams and folds)
* ``AKN-001-mask.png`` -- where the garment is (white), anti-aliased

The simulator (``instore_app.simulator.photos``) dyes the shading in each product's colour
(SİYAH, LACİVERT, BEJ...) and puts it on a grey studio backdrop with a soft shadow: one drawing
per model serves both colours of it, and the whole folder stays about 200 KB.

    .venv/bin/python scripts/make_product_photos.py            # writes resources/products/
    .venv/bin/python scripts/make_product_photos.py --out DIR  # somewhere else

The output is deterministic for the pinned Pillow, so the files are kept in the repository and
this script only needs running again when a drawing changes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from instore_app.simulator.seed import _MODELS  # noqa: E402 - after the path is set

DEFAULT_OUT = ROOT / "resources" / "products"
SIZE = 400  # pixels of the shipped images
CANVAS = SIZE * 2  # drawn at twice the size, then reduced: smooth edges
BASE = 200  # the shading value that means "the garment's own colour"
SEAM = 150
Point = tuple[float, float]


class Drawing:
    """A garment drawn in a 0..100 square: its mask and its shading."""

    def __init__(self) -> None:
        self.mask = Image.new("L", (CANVAS, CANVAS), 0)
        self.shade = Image.new("L", (CANVAS, CANVAS), BASE)
        self._mask = ImageDraw.Draw(self.mask)
        self._shade = ImageDraw.Draw(self.shade)

    @staticmethod
    def _px(points: Sequence[Point]) -> list[Point]:
        return [(x * CANVAS / 100, y * CANVAS / 100) for x, y in points]

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> list[Point]:
        return self._px([(x0, y0), (x1, y1)])

    def shape(self, points: Sequence[Point], tone: int = BASE) -> None:
        self._mask.polygon(self._px(points), fill=255)
        self._shade.polygon(self._px(points), fill=tone)

    def ellipse(self, box: tuple[float, float, float, float], tone: int = BASE) -> None:
        self._mask.ellipse(self._box(*box), fill=255)
        self._shade.ellipse(self._box(*box), fill=tone)

    def rounded(self, box: tuple[float, float, float, float], radius: float, tone: int = BASE) -> None:
        r = radius * CANVAS / 100
        self._mask.rounded_rectangle(self._box(*box), r, fill=255)
        self._shade.rounded_rectangle(self._box(*box), r, fill=tone)

    def cut(self, points: Sequence[Point]) -> None:
        """Take `points` out of the garment (the backdrop shows through)."""
        self._mask.polygon(self._px(points), fill=0)

    def tone(self, points: Sequence[Point], tone: int) -> None:
        """Shade a part of the garment (inside of a collar, a pocket...)."""
        self._shade.polygon(self._px(points), fill=tone)

    def tone_ellipse(self, box: tuple[float, float, float, float], tone: int) -> None:
        self._shade.ellipse(self._box(*box), fill=tone)

    def line(self, points: Sequence[Point], tone: int = SEAM, width: float = 0.6) -> None:
        self._shade.line(self._px(points), fill=tone, width=max(1, round(width * CANVAS / 100)), joint="curve")

    def button(self, x: float, y: float, r: float = 1.3) -> None:
        self.tone_ellipse((x - r, y - r, x + r, y + r), 120)
        self.tone_ellipse((x - r / 2.5, y - r / 2, x + r / 4, y), 170)

    def finish(self) -> tuple[Image.Image, Image.Image]:
        """Light from the upper left, a darker rim, then reduced to SIZE: (shading, mask)."""
        light = Image.linear_gradient("L").rotate(45, resample=Image.Resampling.BILINEAR, expand=False)
        light = light.resize((CANVAS, CANVAS)).point(lambda v: 255 - v * 70 // 255)  # 255 .. 185
        shade = ImageChops.multiply(self.shade, light.point(lambda v: min(255, v * 255 // 225)))
        rim = ImageChops.subtract(self.mask, self.mask.filter(ImageFilter.MinFilter(9)))
        shade = ImageChops.subtract(shade, rim.point(lambda v: v * 60 // 255))
        shade = shade.filter(ImageFilter.GaussianBlur(1.2))
        size = (SIZE, SIZE)
        return shade.resize(size, Image.Resampling.LANCZOS), self.mask.resize(size, Image.Resampling.LANCZOS)


# -- the garments --------------------------------------------------------------------------


def tshirt(d: Drawing, *, polo: bool = False) -> None:
    d.shape([(32, 16), (42, 13), (58, 13), (68, 16), (88, 30), (80, 42), (71, 36), (71, 88),
             (29, 88), (29, 36), (20, 42), (12, 30)])
    if polo:
        d.shape([(40, 13), (50, 22), (60, 13), (62, 17), (50, 27), (38, 17)], tone=185)
        d.line([(50, 22), (50, 38)])
        for y in (27, 33):
            d.button(50, y, 1.0)
    else:
        d.tone_ellipse((41, 10, 59, 20), 120)
        d.line([(41, 15), (50, 21), (59, 15)], width=1.2)
    d.line([(29, 36), (32, 18)], tone=175)
    d.line([(71, 36), (68, 18)], tone=175)
    d.line([(29, 84), (71, 84)], tone=175)


def shirt(d: Drawing) -> None:
    d.shape([(33, 15), (42, 12), (58, 12), (67, 15), (80, 28), (88, 78), (80, 80), (71, 42),
             (71, 88), (29, 88), (29, 42), (20, 80), (12, 78), (20, 28)])
    d.shape([(40, 11), (50, 19), (60, 11), (63, 16), (52, 24), (48, 24), (37, 16)], tone=190)
    d.line([(50, 21), (50, 88)])
    for y in (28, 38, 48, 58, 68, 78):
        d.button(51.5, y, 0.9)
    d.rounded((33, 30, 43, 40), 1, tone=190)
    d.line([(33, 31), (43, 31)])
    d.line([(15, 73), (22, 74)], width=0.8)
    d.line([(78, 74), (85, 73)], width=0.8)


def hoodie(d: Drawing) -> None:
    d.ellipse((34, 4, 66, 30), tone=175)
    d.shape([(30, 18), (70, 18), (84, 30), (92, 80), (82, 82), (73, 45), (73, 90), (27, 90),
             (27, 45), (18, 82), (8, 80), (16, 30)])
    d.tone_ellipse((40, 12, 60, 26), 110)
    d.line([(45, 24), (44, 40)], tone=235, width=0.8)
    d.line([(55, 24), (56, 40)], tone=235, width=0.8)
    d.shape([(36, 60), (64, 60), (68, 78), (32, 78)], tone=188)
    d.line([(36, 60), (32, 78)], width=0.8)
    d.line([(64, 60), (68, 78)], width=0.8)
    d.line([(27, 84), (73, 84)], tone=170, width=0.8)


def sweater(d: Drawing) -> None:
    d.rounded((38, 6, 62, 20), 3, tone=185)
    for x in range(40, 62, 3):
        d.line([(x, 7), (x, 19)], tone=170, width=0.5)
    d.shape([(30, 17), (70, 17), (84, 30), (90, 82), (81, 84), (72, 44), (72, 88), (28, 88),
             (28, 44), (19, 84), (10, 82), (16, 30)])
    for x in range(30, 72, 4):
        d.line([(x, 82), (x, 88)], tone=170, width=0.5)
    for y in range(26, 80, 6):
        d.line([(40, y), (44, y + 3), (48, y)], tone=185, width=0.5)
        d.line([(52, y), (56, y + 3), (60, y)], tone=185, width=0.5)


def cardigan(d: Drawing) -> None:
    d.shape([(32, 14), (44, 12), (50, 50), (56, 12), (68, 14), (84, 28), (90, 82), (81, 84),
             (72, 42), (72, 90), (28, 90), (28, 42), (19, 84), (10, 82), (16, 28)])
    d.line([(44, 12), (50, 50), (50, 90)])
    for y in (55, 64, 73, 82):
        d.button(51.8, y, 1.0)
    d.rounded((33, 62, 44, 74), 1, tone=188)
    d.rounded((56, 62, 67, 74), 1, tone=188)
    for x in range(28, 72, 3):
        d.line([(x, 85), (x, 90)], tone=175, width=0.4)


def coat(d: Drawing) -> None:
    d.shape([(32, 10), (44, 8), (56, 8), (68, 10), (82, 22), (88, 80), (80, 82), (73, 36),
             (76, 95), (24, 95), (27, 36), (20, 82), (12, 80), (18, 22)])
    d.shape([(44, 8), (40, 30), (50, 44), (42, 22)], tone=180)
    d.shape([(56, 8), (60, 30), (50, 44), (58, 22)], tone=180)
    d.line([(50, 44), (50, 95)])
    for y in (50, 62, 74):
        d.button(44, y, 1.4)
        d.button(56, y, 1.4)
    d.line([(31, 70), (38, 68)], width=0.8)
    d.line([(62, 68), (69, 70)], width=0.8)


def puffer(d: Drawing) -> None:
    d.rounded((36, 6, 64, 18), 4, tone=190)
    d.shape([(30, 14), (70, 14), (84, 26), (90, 80), (80, 82), (73, 40), (74, 88), (26, 88),
             (27, 40), (20, 82), (10, 80), (16, 26)])
    for y in range(24, 88, 10):
        d.line([(27, y), (73, y)], tone=140, width=0.9)
        d.tone([(27, y + 1), (73, y + 1), (73, y + 4), (27, y + 4)], 222)
    for y in range(34, 82, 10):
        d.line([(14, y - 4), (24, y - 2)], tone=150, width=0.7)
        d.line([(76, y - 2), (86, y - 4)], tone=150, width=0.7)
    d.line([(50, 8), (50, 88)], tone=120, width=0.9)


def denim_jacket(d: Drawing) -> None:
    d.shape([(32, 14), (42, 12), (58, 12), (68, 14), (82, 26), (88, 76), (80, 78), (72, 40),
             (72, 78), (28, 78), (28, 40), (20, 78), (12, 76), (18, 26)])
    d.shape([(41, 11), (50, 20), (59, 11), (62, 16), (50, 24), (38, 16)], tone=185)
    d.line([(50, 22), (50, 78)])
    for y in (28, 38, 48, 58, 68):
        d.button(52, y, 1.0)
    for x0 in (32, 56):
        d.rounded((x0, 30, x0 + 12, 42), 1, tone=190)
        d.line([(x0, 33), (x0 + 12, 33)])
        d.button(x0 + 6, 35, 0.8)
    d.line([(28, 70), (72, 70)])
    d.tone([(28, 70), (72, 70), (72, 78), (28, 78)], 190)


def trousers(d: Drawing, *, jeans: bool = False) -> None:
    d.shape([(30, 8), (70, 8), (74, 94), (56, 94), (50, 30), (44, 94), (26, 94)])
    d.tone([(30, 8), (70, 8), (70.4, 13), (29.6, 13)], 185)
    d.line([(30, 13), (70, 13)])
    d.line([(50, 13), (50, 30)], tone=SEAM, width=0.8)
    d.line([(50, 27), (55, 13)], tone=SEAM, width=0.6)
    d.button(50, 10.5, 1.0)
    tone = 160 if jeans else 175
    d.line([(31, 14), (38, 22), (40, 14)], tone=tone)
    d.line([(69, 14), (62, 22), (60, 14)], tone=tone)
    for x in (36, 43, 57, 64):
        d.tone([(x, 8), (x + 1.5, 8), (x + 1.5, 14), (x, 14)], 170)
    d.line([(35, 40), (35, 90)], tone=188, width=0.5)
    d.line([(65, 40), (65, 90)], tone=188, width=0.5)
    if jeans:
        d.line([(26, 91), (44, 91)], tone=170)
        d.line([(56, 91), (74, 91)], tone=170)


def dress(d: Drawing) -> None:
    d.shape([(38, 8), (44, 8), (50, 16), (56, 8), (62, 8), (64, 20), (61, 38), (78, 92), (22, 92),
             (39, 38), (36, 20)])
    d.shape([(36, 12), (38, 8), (36, 20), (29, 24)], tone=185)
    d.shape([(64, 12), (62, 8), (64, 20), (71, 24)], tone=185)
    d.tone([(39, 36), (61, 36), (61.3, 40), (38.7, 40)], 175)
    for x in (30, 40, 50, 60, 70):
        d.line([(50 + (x - 50) * 0.25, 42), (x, 92)], tone=178, width=0.5)
    d.line([(22, 90), (78, 90)], tone=175, width=0.6)


def skirt(d: Drawing) -> None:
    d.shape([(34, 14), (66, 14), (80, 88), (20, 88)])
    d.tone([(34, 14), (66, 14), (66.6, 20), (33.4, 20)], 185)
    d.line([(34, 20), (66, 20)])
    for i in range(1, 10):
        top = 34 + i * 32 / 10
        bottom = 20 + i * 60 / 10
        d.line([(top, 21), (bottom, 88)], tone=165, width=0.6)
        d.tone([(top + 0.5, 21), (top + 1.6, 21), (bottom + 3, 88), (bottom + 1, 88)], 215)
    d.button(63, 17, 1.0)


def sneaker(d: Drawing) -> None:
    d.shape([(8, 66), (9, 50), (12, 42), (22, 40), (34, 43), (42, 35), (50, 33), (57, 37), (70, 45),
             (84, 51), (92, 57), (94, 64), (94, 68), (8, 68)])
    d.tone_ellipse((13, 37, 38, 46), 105)
    d.rounded((6, 64, 96, 74), 3, tone=238)
    d.line([(6, 68.5), (96, 68.5)], tone=195, width=0.5)
    for i in range(5):
        x = 43 + i * 3.6
        d.line([(x, 37 + i * 1.4), (x + 4, 34 + i * 1.6)], tone=238, width=0.9)
    d.line([(14, 58), (36, 52), (60, 55), (82, 60)], tone=168, width=0.8)
    d.line([(78, 50), (84, 58), (86, 64)], tone=168, width=0.7)
    d.line([(12, 46), (20, 62)], tone=175, width=0.6)


def boot(d: Drawing) -> None:
    d.shape([(22, 12), (50, 12), (52, 44), (80, 56), (90, 66), (90, 74), (18, 74), (20, 40)])
    d.rounded((16, 72, 92, 82), 2, tone=120)
    d.rounded((16, 72, 30, 82), 1, tone=110)
    d.line([(22, 16), (50, 16)], tone=175)
    for i in range(5):
        y = 20 + i * 5
        d.tone_ellipse((47, y, 49, y + 2), 120)
    d.line([(48, 21), (52, 42)], tone=170)
    d.line([(24, 60), (60, 60), (86, 68)], tone=175, width=0.7)


def loafer(d: Drawing) -> None:
    d.shape([(10, 64), (12, 50), (34, 46), (50, 40), (70, 42), (86, 52), (92, 62), (92, 70),
             (10, 70)])
    d.rounded((8, 68, 94, 76), 2, tone=120)
    d.tone_ellipse((48, 38, 74, 50), 150)
    d.line([(50, 46), (72, 46)], tone=230, width=1.4)
    d.line([(34, 46), (50, 52), (66, 50), (86, 56)], tone=170, width=0.7)


def belt(d: Drawing) -> None:
    d.rounded((6, 42, 80, 56), 2)
    d.line([(8, 44.5), (78, 44.5)], tone=165, width=0.4)
    d.line([(8, 53.5), (78, 53.5)], tone=165, width=0.4)
    for x in range(20, 70, 7):
        d.tone_ellipse((x, 47.6, x + 2.8, 50.4), 90)
    d.rounded((76, 38, 94, 60), 3, tone=250)
    d.cut([(80, 42), (90, 42), (90, 56), (80, 56)])
    d.line([(80, 49), (90, 49)], tone=250, width=1.2)


def backpack(d: Drawing) -> None:
    d.rounded((44, 4, 56, 14), 4, tone=170)
    d.cut([(47, 7), (53, 7), (53, 14), (47, 14)])
    d.rounded((24, 12, 76, 92), 14)
    d.rounded((30, 50, 70, 86), 6, tone=188)
    d.line([(30, 58), (70, 58)], tone=140, width=0.9)
    d.rounded((33, 22, 67, 40), 4, tone=192)
    d.line([(33, 26), (67, 26)], tone=140, width=0.8)
    d.rounded((46, 54, 54, 62), 1, tone=235)


def scarf(d: Drawing) -> None:
    d.shape([(24, 10), (54, 10), (58, 70), (42, 74), (34, 30)])
    d.shape([(42, 34), (76, 30), (80, 84), (62, 88)], tone=185)
    for x in range(26, 54, 5):
        d.line([(x, 12), (x + 10 * (x - 24) / 30, 70)], tone=178, width=0.5)
    for i in range(9):
        x = 62 + i * 2.1
        d.shape([(x, 86 - i * 0.45), (x + 1.2, 86 - i * 0.45), (x + 1.4, 95), (x + 0.2, 95)], tone=190)


def socks(d: Drawing) -> None:
    for dx, tone in ((0, 205), (22, 195), (44, 185)):
        d.shape([(12 + dx, 10), (30 + dx, 10), (30 + dx, 62), (26 + dx, 80), (16 + dx, 86),
                 (6 + dx, 82), (8 + dx, 72), (12 + dx, 62)], tone=tone)
        d.tone([(12 + dx, 10), (30 + dx, 10), (30 + dx, 18), (12 + dx, 18)], tone - 25)
        for x in range(13, 30, 3):
            d.line([(x + dx, 11), (x + dx, 17)], tone=tone - 45, width=0.4)
        d.tone_ellipse((5 + dx, 72, 18 + dx, 86), tone - 30)
        d.line([(12 + dx, 28), (30 + dx, 28)], tone=tone - 50, width=1.0)


#: Model name -> its drawing (every model of the seed must have one).
DRAWINGS: dict[str, Callable[[Drawing], None]] = {
    "Pamuklu Basic Tişört": tshirt,
    "Slim Fit Kot Pantolon": lambda d: trousers(d, jeans=True),
    "Oversize Kapüşonlu Sweatshirt": hoodie,
    "Keten Gömlek": shirt,
    "Örgü Balıkçı Yaka Kazak": sweater,
    "Kaşe Kaban": coat,
    "Polo Yaka Tişört": lambda d: tshirt(d, polo=True),
    "Chino Pantolon": trousers,
    "Kot Ceket": denim_jacket,
    "Midi Boy Elbise": dress,
    "Pileli Midi Etek": skirt,
    "Triko Hırka": cardigan,
    "Şişme Mont": puffer,
    "Deri Sneaker": sneaker,
    "Süet Bot": boot,
    "Günlük Loafer Ayakkabı": loafer,
    "Deri Kemer": belt,
    "Kanvas Sırt Çantası": backpack,
    "Yün Atkı": scarf,
    "Spor Çorap 3'lü Paket": socks,
}


def base_code(model_no: int) -> str:
    """The seed's base code of model `model_no` (1-based), as in seed._products."""
    return f"AKN-{model_no:03d}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"folder to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for model_no, (name, *_rest) in enumerate(_MODELS, start=1):
        draw = DRAWINGS.get(name)
        if draw is None:
            raise SystemExit(f"no drawing for the model {name!r}: add one to DRAWINGS")
        drawing = Drawing()
        draw(drawing)
        shade, mask = drawing.finish()
        code = base_code(model_no)
        shade_path, mask_path = args.out / f"{code}.jpg", args.out / f"{code}-mask.png"
        shade.save(shade_path, "JPEG", quality=88, optimize=True)
        mask.save(mask_path, "PNG", optimize=True)
        total += shade_path.stat().st_size + mask_path.stat().st_size
    print(f"wrote {2 * len(_MODELS)} files, {total // 1024} KB, to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Draw the packing station's application icon into ``resources/icons/``.

The icon is a cardboard parcel on a blue tile, with a barcode label on its side and a green
check badge: "a parcel, scanned and done". It is written as SVG here (the source of truth),
then rendered with QtSvg, offscreen, into PNGs; Pillow packs the PNGs into a Windows ICO.

    .venv/bin/python scripts/make_icons.py            # writes resources/icons/
    .venv/bin/python scripts/make_icons.py --out DIR  # somewhere else

Files written:

* ``instore-app.svg``            -- the full design (also what a Linux desktop can use)
* ``instore-app-<N>.png``        -- N = 16, 32, 48, 64, 128, 256; 16 and 32 come from a simpler
                                    drawing (three thick bars, a bigger check) that stays
                                    readable at that size, 48 and 64 have fewer, wider bars
* ``instore-app.ico``            -- every PNG above in one Windows icon (PyInstaller's exe icon)

The output is deterministic for a given Qt and Pillow (the ones pinned in
requirements/lock.txt), so the files are kept in the repository and this script only needs
running again when the design changes.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "icons"
NAME = "instore-app"
SIZES = (16, 32, 48, 64, 128, 256)
#: Sizes up to this are drawn from the simplest design; up to MEDIUM with a coarser barcode.
SMALL = 32
MEDIUM = 64

TILE = "#1e5aa8"
LID = "#c47f32"
FRONT = "#e3a253"
TAPE = "#f4d9a0"
LABEL = "#ffffff"
INK = "#1b1b1b"
CHECK_BG = "#2e9e4f"

# Bar and gap widths of the barcode on the label, in units (a made-up but Code128-looking run).
_BARS = (2, 1, 1, 2, 3, 1, 1, 1, 2, 2, 1, 3, 2, 1, 1, 2, 3, 1, 2, 1, 1, 1, 2, 2, 3, 1, 1, 2, 2, 1)


def _barcode(x0: float, y0: float, width: float, height: float, unit: float, bars: tuple[int, ...]) -> str:
    """<rect>s for alternating bars and gaps, starting with a bar, stopping inside `width`."""
    rects = []
    x = x0
    for i, units in enumerate(bars):
        w = units * unit
        if x + w > x0 + width:
            break
        if i % 2 == 0:
            rects.append(f'<rect x="{x:g}" y="{y0:g}" width="{w:g}" height="{height:g}"/>')
        x += w
    return "".join(rects)


def icon_svg(small: bool = False, medium: bool = False) -> str:
    """The icon as an SVG document on a 256 x 256 canvas; `small` for 16/32 px renderings,
    `medium` for 48/64 px (bars at least a pixel wide)."""
    if small:
        bars = _barcode(62, 136, 74, 44, 10, (2, 1, 1, 1, 2, 1, 1))
        badge = (
            f'<circle cx="186" cy="182" r="58" fill="{CHECK_BG}" stroke="{TILE}" stroke-width="10"/>'
            '<path d="M156 184 L178 206 L216 160" fill="none" stroke="#fff" stroke-width="22" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )
        tape = f'<rect x="112" y="58" width="32" height="46" fill="{TAPE}"/>'
    else:
        bars = _barcode(68, 138, 80, 42, 5.4, _BARS[:13]) if medium else _barcode(68, 138, 80, 42, 2.2, _BARS)
        badge = (
            f'<circle cx="190" cy="186" r="46" fill="{CHECK_BG}" stroke="{TILE}" stroke-width="8"/>'
            '<path d="M168 188 L184 204 L212 172" fill="none" stroke="#fff" stroke-width="13" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )
        tape = f'<rect x="116" y="60" width="24" height="44" fill="{TAPE}"/>'
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        "<title>Instore Packing Station</title>\n"
        f'<rect x="8" y="8" width="240" height="240" rx="48" fill="{TILE}"/>\n'
        # the box: front face, then the lid over it, then the tape across the lid
        f'<rect x="44" y="96" width="168" height="124" rx="8" fill="{FRONT}"/>\n'
        f'<rect x="34" y="58" width="188" height="46" rx="8" fill="{LID}"/>\n'
        f"{tape}\n"
        # the shipping label with its barcode
        f'<rect x="56" y="126" width="{100 if not small else 88}" height="66" rx="6" fill="{LABEL}"/>\n'
        f'<g fill="{INK}">{bars}</g>\n'
        f"{badge}\n"
        "</svg>\n"
    )


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render_png(svg: str, size: int) -> bytes:
    """`svg` rendered at `size` x `size` px, as PNG bytes (RGBA, straight alpha)."""
    from PIL import Image
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("the icon's SVG is not valid")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    pil = Image.frombytes("RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine())
    out = io.BytesIO()
    pil.save(out, format="PNG", optimize=True)
    return out.getvalue()


def make_icons(out: Path) -> list[Path]:
    """Write the SVG, the PNGs and the ICO into `out`; return the paths written."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    written = []
    svg_path = out / f"{NAME}.svg"
    svg_path.write_text(icon_svg(), encoding="utf-8")
    written.append(svg_path)
    images = []
    for size in SIZES:
        png = render_png(icon_svg(small=size <= SMALL, medium=SMALL < size <= MEDIUM), size)
        path = out / f"{NAME}-{size}.png"
        path.write_bytes(png)
        written.append(path)
        images.append(Image.open(io.BytesIO(png)))
    ico_path = out / f"{NAME}.ico"
    largest = images[-1]
    largest.save(
        ico_path,
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=images[:-1],  # each size from its own rendering, not scaled down
    )
    written.append(ico_path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in make_icons(args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Images and documents the simulator serves: shipping labels and product photos.

Labels are 100 x 150 mm: an HTML page with the tracking number as an embedded
Code128 PNG (python-barcode's ImageWriter), or a one-page PDF drawn with
Pillow at 203 dpi (a thermal printer's resolution). Pillow and python-barcode
are imported on first use so starting the simulator stays fast.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
import io
import os
from datetime import timedelta, timezone
from functools import lru_cache

from .models import LabelData, Product

LABEL_DPI = 203
TURKEY = timezone(timedelta(hours=3), "TRT")  # labels show local time (UTC+3, no DST)
LABEL_SIZE_MM = (100, 150)
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"),
              "/Library/Fonts", "C:/Windows/Fonts")
_FONT_FILES = {
    False: ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "LiberationSans-Regular.ttf", "arial.ttf"),
    True: ("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf"),
}


@lru_cache(maxsize=None)
def font_path(bold: bool = False) -> str | None:
    """A TTF font with Turkish glyphs (DejaVu Sans first), or None if none is found."""
    for directory in _FONT_DIRS:
        if not os.path.isdir(directory):
            continue
        found = {}
        for root, _dirs, files in os.walk(directory):
            for name in files:
                found.setdefault(name, os.path.join(root, name))
        for name in _FONT_FILES[bold]:
            if name in found:
                return found[name]
    return None


@lru_cache(maxsize=64)
def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    path = font_path(bold)
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _mm(mm: float) -> int:
    return round(mm * LABEL_DPI / 25.4)


def barcode_image(code: str, height_mm: float = 22.0):
    """A Code128 barcode as a Pillow image, three printer dots per module, no text."""
    from barcode import Code128
    from barcode.writer import ImageWriter

    module = 3 * 25.4 / LABEL_DPI  # whole dots, so every bar prints crisply
    return Code128(code, writer=ImageWriter(dpi=LABEL_DPI)).render(
        {"module_width": module, "module_height": height_mm, "quiet_zone": 10 * module,
         "write_text": False}
    )


def _sections(data: LabelData) -> list[tuple[str, list[str]]]:
    """The label's text blocks: (heading, lines); the first line is emphasised."""
    return [
        ("GÖNDEREN", [data.sender_name, *data.sender_lines, f"Tel: {data.sender_phone}"]),
        ("ALICI", [data.recipient_name, *data.recipient_lines, f"Tel: {data.recipient_phone}"]),
    ]


def _facts(data: LabelData) -> list[tuple[str, str]]:
    return [
        ("Paket No", data.package_number),
        ("Sipariş No", data.order_number),
        ("Ürün Adedi", str(data.item_count)),
        ("Tarih", data.packed_at.astimezone(TURKEY).strftime("%d.%m.%Y %H:%M")),
    ]


def _flags(data: LabelData) -> list[str]:
    flags = []
    if data.pay_on_delivery:
        flags.append("KAPIDA ÖDEME")
    if data.gift_box:
        flags.append("HEDİYE PAKETİ")
    return flags


# Plain blocks and tables, so the page lays out the same in a browser and in
# Qt's rich-text engine (QTextDocument), which knows no flexbox.
_LABEL_CSS = """
@page { size: 100mm 150mm; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #000; }
.label { width: 100mm; height: 150mm; box-sizing: border-box; padding: 4mm; border: 1px solid #000; }
p { margin-top: 0; margin-bottom: 0; font-size: 8.5pt; }
.carrier { font-size: 16pt; font-weight: bold; }
.flag { font-size: 8pt; font-weight: bold; }
.h { font-size: 7pt; font-weight: bold; margin-top: 6px; }
.main { font-size: 11pt; font-weight: bold; }
.recipient { font-size: 13pt; }
.code { font-size: 12pt; font-weight: bold; }
.small { font-size: 8pt; }
td { font-size: 8.5pt; padding: 1px 8px 1px 0; }
td.key { font-weight: bold; }
"""


def _img_tag(code: str, alt: str, height_mm: float) -> str:
    """An <img> with the barcode PNG inline, sized in CSS pixels (96 per inch)."""
    buffer = io.BytesIO()
    bars = barcode_image(code, height_mm)
    bars.save(buffer, "PNG")
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    width, height = (round(n * 96 / LABEL_DPI) for n in bars.size)
    return (
        f'<img alt="{html.escape(alt)}" width="{width}" height="{height}" '
        f'src="data:image/png;base64,{png}">'
    )


@lru_cache(maxsize=256)
def label_html(data: LabelData) -> str:
    """A self-contained 100 x 150 mm label page: no scripts, no external URLs."""
    e = html.escape
    # An empty cell would swallow the <hr> after the table in Qt's rich text (printed as a
    # stray "_" in the corner): a label without flags gets a non-breaking space there.
    flags = " ".join(f"[{e(flag)}]" for flag in _flags(data)) or "&nbsp;"
    blocks = []
    for heading, (main, *rest) in _sections(data):
        main_class = "main recipient" if heading == "ALICI" else "main"
        blocks.append(f'<p class="h">{e(heading)}</p><p class="{main_class}">{e(main)}</p>')
        blocks.extend(f"<p>{e(line)}</p>" for line in rest)
    facts = "".join(
        f'<tr><td class="key">{e(key)}</td><td>{e(value)}</td></tr>' for key, value in _facts(data)
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="tr"><head><meta charset="utf-8">'
        f"<title>Kargo Etiketi {e(data.tracking_number)}</title>"
        f"<style>{_LABEL_CSS}</style></head><body>"
        '<div class="label">'
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td class="carrier">{e(data.cargo_company)}</td>'
        f'<td class="flag" align="right">{flags}</td></tr></table>'
        "<hr>"
        f"{''.join(blocks)}"
        "<hr>"
        f'<p align="center">{_img_tag(data.tracking_number, "Takip No", 22)}</p>'
        f'<p align="center" class="code">{e(data.tracking_number)}</p>'
        "<hr>"
        f'<table cellspacing="0" cellpadding="0">{facts}</table>'
        f'<p align="center" style="margin-top: 8px">{_img_tag(data.package_number, "Paket No", 9)}</p>'
        f'<p align="center" class="small">{e(data.package_number)}</p>'
        "</div></body></html>\n"
    )


@lru_cache(maxsize=64)
def label_pdf(data: LabelData) -> bytes:
    """The same label as a one-page PDF (Pillow image saved at 203 dpi)."""
    buffer = io.BytesIO()
    label_image(data).save(buffer, "PDF", resolution=LABEL_DPI)
    return buffer.getvalue()


def label_image(data: LabelData):
    """The label drawn as a 203 dpi Pillow image (what the PDF holds)."""
    from PIL import Image, ImageDraw

    width, height = _mm(LABEL_SIZE_MM[0]), _mm(LABEL_SIZE_MM[1])
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    margin = _mm(4)
    draw.rectangle((2, 2, width - 3, height - 3), outline="black", width=3)
    y = margin
    draw.text((margin, y), data.cargo_company, font=_font(_mm(5.5), bold=True), fill="black")
    flag_x = width - margin
    for flag in reversed(_flags(data)):
        font = _font(_mm(2.8), bold=True)
        left, top, right, bottom = draw.textbbox((0, 0), flag, font=font)
        flag_x -= right - left + _mm(3)
        draw.rectangle((flag_x, y, flag_x + right - left + _mm(2), y + _mm(5)), outline="black", width=2)
        draw.text((flag_x + _mm(1), y + _mm(1)), flag, font=font, fill="black")
    y += _mm(9)
    draw.line((margin, y, width - margin, y), fill="black", width=4)
    y += _mm(2.5)
    for heading, (main, *rest) in _sections(data):
        draw.text((margin, y), heading, font=_font(_mm(2.6), bold=True), fill="black")
        y += _mm(3.6)
        main_size = 4.6 if heading == "ALICI" else 3.9
        draw.text((margin, y), main, font=_font(_mm(main_size), bold=True), fill="black")
        y += _mm(main_size + 1.4)
        for line in rest:
            draw.text((margin, y), line, font=_font(_mm(3.1)), fill="black")
            y += _mm(4.1)
        y += _mm(2)
    draw.line((margin, y, width - margin, y), fill="black", width=3)
    y += _mm(3)
    bars = barcode_image(data.tracking_number)
    image.paste(bars, ((width - bars.width) // 2, y))
    y += bars.height + _mm(1)
    code_font = _font(_mm(4.2), bold=True)
    left, _top, right, _bottom = draw.textbbox((0, 0), data.tracking_number, font=code_font)
    draw.text(((width - (right - left)) // 2, y), data.tracking_number, font=code_font, fill="black")
    y += _mm(7)
    draw.line((margin, y, width - margin, y), fill="black", width=3)
    y += _mm(3)
    for key, value in _facts(data):
        draw.text((margin, y), key, font=_font(_mm(3.1), bold=True), fill="black")
        draw.text((margin + _mm(26), y), value, font=_font(_mm(3.1)), fill="black")
        y += _mm(4.4)
    bars = barcode_image(data.package_number, 9)
    y += _mm(2)
    image.paste(bars, ((width - bars.width) // 2, y))
    y += bars.height + _mm(0.5)
    small = _font(_mm(2.8))
    left, _top, right, _bottom = draw.textbbox((0, 0), data.package_number, font=small)
    draw.text(((width - (right - left)) // 2, y), data.package_number, font=small, fill="black")
    return image


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


@lru_cache(maxsize=None)
def product_png(product: Product, size: int = 160) -> bytes:
    """A coloured square with the product's initials; the colour follows its id."""
    from PIL import Image, ImageDraw

    hue = int(hashlib.sha256(str(product.id).encode()).hexdigest()[:4], 16) / 0xFFFF
    red, green, blue = colorsys.hsv_to_rgb(hue, 0.55, 0.78)
    image = Image.new("RGB", (size, size), (int(red * 255), int(green * 255), int(blue * 255)))
    draw = ImageDraw.Draw(image)
    draw.text((size / 2, size / 2), _initials(product.name), font=_font(size * 3 // 8, bold=True),
              fill="white", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()

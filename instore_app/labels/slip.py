"""The app's own packing slip, for packages the OMS gives no shipping label for.

The slip is HTML for a 100 x 150 mm label (laid out 378 CSS pixels wide, see
:func:`~instore_app.labels.loading.css_width`), shown with LabelView and printed with
print_label like any label. Every text that comes from the OMS is escaped.
"""

from __future__ import annotations

import base64
import io
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from ..api.models import Address, Package, PackageItem
from .content import LabelError
from .loading import css_width

#: Barcode geometry: 0.3 mm modules drawn at 254 dpi are exactly 3 pixels wide each.
BARCODE_DPI = 254
MODULE_MM = 0.3
BAR_HEIGHT_MM = 12.0
#: Code128 asks for ten modules of white on each side. The extra half pixel keeps every bar
#: edge off an exact pixel boundary, where float rounding would make some bars 2 or 4 px wide.
QUIET_ZONE_MM = 10 * MODULE_MM + 0.5 * 25.4 / BARCODE_DPI
#: The barcode is never drawn wider than this on the slip.
MAX_BARCODE_MM = 90.0


def code128_png(text: str, *, bar_height_mm: float = BAR_HEIGHT_MM) -> bytes:
    """`text` as a Code128 barcode PNG (bars only: the slip prints the number once, as text)."""
    if not text:
        raise LabelError("there is no number to put in a barcode.")
    # Imported here: python-barcode and Pillow cost ~0.1 s, and most packages have a label.
    import barcode
    from barcode.errors import BarcodeError
    from barcode.writer import ImageWriter

    writer = ImageWriter(format="PNG", mode="L", dpi=BARCODE_DPI)
    options = {
        "module_width": MODULE_MM,
        "module_height": bar_height_mm,
        "quiet_zone": QUIET_ZONE_MM,
        "write_text": False,
        "background": "white",
        "foreground": "black",
    }
    try:
        code = barcode.get("code128", text, writer=writer)
        buffer = io.BytesIO()
        code.write(buffer, options=options)
    except (BarcodeError, KeyError, ValueError) as error:
        raise LabelError(f"“{text}” cannot be written as a Code128 barcode ({error}).") from error
    return buffer.getvalue()


def packing_slip_html(package: Package, store_name: str | None = None) -> str:
    """The packing slip of `package` as HTML: barcode, order, customer, address, items."""
    parts = [
        '<html><body style="font-family: sans-serif; font-size: 9pt;">',
        _header(package, store_name),
        _addressee(package.shipping_address),
        _items(package.packageitem_set),
        _notes(package),
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part)


# -- sections --------------------------------------------------------------------------------


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackingSlip", text)


def _header(package: Package, store_name: str | None) -> str:
    lines = []
    if store_name:
        lines.append(f'<p style="font-size: 8pt;">{escape(store_name)} · {escape(_tr("Packing slip"))}</p>')
    lines.append(_barcode_img(package.number))
    lines.append(
        f'<p align="center" style="font-size: 14pt; font-weight: bold; margin-top: 2px;">'
        f"{escape(package.number)}</p>"
    )
    facts = [(_tr("Order"), package.order_number), (_tr("Date"), _date(package.date_placed))]
    rows = "".join(
        f'<tr><td style="padding-right: 8px;">{escape(name)}</td><td><b>{escape(value)}</b></td></tr>'
        for name, value in facts
        if value
    )
    if rows:
        lines.append(f"<table>{rows}</table>")
    return "\n".join(lines)


def _barcode_img(number: str) -> str:
    """The package number as an embedded Code128 image, sized in mm on the label."""
    try:
        png = code128_png(number)
    except LabelError:
        return ""  # the number is still printed as text below
    width_px = _png_width(png)
    height_px = _png_height(png)
    width_mm = min(width_px / BARCODE_DPI * 25.4, MAX_BARCODE_MM)
    scale = css_width(width_mm) / width_px
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return (
        f'<p align="center" style="margin: 0;"><img src="{uri}" '
        f'width="{round(width_px * scale)}" height="{round(height_px * scale)}"></p>'
    )


def _png_width(png: bytes) -> int:
    return int.from_bytes(png[16:20], "big")  # IHDR: width, then height, big-endian


def _png_height(png: bytes) -> int:
    return int.from_bytes(png[20:24], "big")


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def _addressee(address: Address | None) -> str:
    if address is None:
        return ""
    lines = [f"<b>{escape(address.full_name)}</b>"] if address.full_name else []
    if address.company_name:
        lines.append(escape(address.company_name))
    lines += [escape(line) for line in address.lines()]
    phone = address.phone_number or (address.customer.phone_number if address.customer else None)
    if phone:
        lines.append(f"{escape(_tr('Phone'))}: {escape(phone)}")
    if address.notes:
        lines.append(f"<i>{escape(address.notes)}</i>")
    body = "<br>".join(lines)
    title = escape(_tr("Ship to"))
    return f'<h4 style="margin-bottom: 2px;">{title}</h4><p style="margin-top: 0;">{body}</p>'


def _items(items: list[PackageItem]) -> str:
    """One row per unit: a package item is one unit in the OMS."""
    if not items:
        return ""
    rows = []
    for number, item in enumerate(items, start=1):
        product = item.product
        variant = " / ".join(x for x in (product.size, product.colour) if x)
        details = " · ".join(escape(x) for x in (product.sku, variant) if x)
        rows.append(
            f'<tr><td valign="top" width="18">{number}.</td>'
            f"<td>{escape(product.name or product.sku)}"
            f'<br><span style="font-size: 8pt;">{details}</span></td></tr>'
        )
    title = escape(_tr("Items ({count})").format(count=len(items)))
    return (
        f'<h4 style="margin-bottom: 2px;">{title}</h4>'
        f'<table width="100%" cellspacing="0" cellpadding="1">{"".join(rows)}</table>'
    )


def _notes(package: Package) -> str:
    lines = []
    if package.order_has_gift_box or package.order_gift_box_note:
        gift = f"<b>{escape(_tr('Gift box'))}</b>"
        if package.order_gift_box_note:
            gift += f": {escape(package.order_gift_box_note)}"
        lines.append(f"<p>{gift}</p>")
    if package.order_notes:
        lines.append(f"<p><b>{escape(_tr('Order notes'))}</b>: {escape(package.order_notes)}</p>")
    return "\n".join(lines)

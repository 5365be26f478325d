"""The simulated Seller Center's cargo labels, in each form PKG104's ``data`` may take.

``pdf`` and ``png`` are the OMS simulator's 100 x 150 mm label (:mod:`.render`) as base64;
``url`` is an address where the same PDF is served; ``zpl`` is ZPL II text for a 203 dpi
Zebra printer (UTF-8, ``^CI28``). The form is chosen per package (``ScPackage.label_form``).
"""

from __future__ import annotations

import base64
import io
import zlib
from functools import lru_cache

from . import render
from .models import LabelData
from .seller_center_seed import SELLER_LINES, SELLER_NAME, SELLER_PHONE, ScPackage

LABEL_PATH = "/media/seller-center/labels/{number}.pdf"


def label_data(package: ScPackage) -> LabelData:
    """What the label shows, in the OMS simulator's label layout."""
    address = package.shipping_address
    return LabelData(
        label_id=zlib.crc32(package.number.encode()) % 10**6,
        is_file=True,
        cargo_company=package.company_name,
        tracking_number=package.tracking_number or package.number,
        package_number=package.number,
        order_number=package.order_number,
        item_count=len(package.items),
        packed_at=package.updated_at,
        sender_name=SELLER_NAME,
        sender_lines=SELLER_LINES,
        sender_phone=SELLER_PHONE,
        recipient_name=f"{address.first_name} {address.last_name}",
        recipient_lines=(address.line, address.district, f"{address.postcode} {address.township} / {address.city}"),
        recipient_phone=address.phone_number,
        gift_box=package.has_gift_box,
    )


def label_pdf(package: ScPackage) -> bytes:
    return render.label_pdf(label_data(package))


@lru_cache(maxsize=64)
def _png(data: LabelData) -> bytes:
    buffer = io.BytesIO()
    render.label_image(data).save(buffer, "PNG", dpi=(render.LABEL_DPI, render.LABEL_DPI))
    return buffer.getvalue()


def label_png(package: ScPackage) -> bytes:
    return _png(label_data(package))


def _field(text: str) -> str:
    """Text safe inside a ZPL ``^FD...^FS`` field (the command characters removed)."""
    return text.replace("^", " ").replace("~", " ")


def label_zpl(package: ScPackage) -> str:
    """The label as ZPL II: 812 x 1218 dots (100 x 150 mm at 203 dpi)."""
    data = label_data(package)
    lines = ["^XA", "^CI28", "^PW812", "^LL1218", f"^FO40,40^A0N,52,52^FD{_field(data.cargo_company)}^FS",
             "^FO40,110^GB732,4,4^FS", "^FO40,135^A0N,26,26^FDGÖNDEREN^FS",
             f"^FO40,168^A0N,34,34^FD{_field(data.sender_name)}^FS"]
    y = 210
    for line in data.sender_lines:
        lines.append(f"^FO40,{y}^A0N,28,28^FD{_field(line)}^FS")
        y += 34
    lines += [f"^FO40,{y + 20}^A0N,26,26^FDALICI^FS", f"^FO40,{y + 55}^A0N,44,44^FD{_field(data.recipient_name)}^FS"]
    y += 110
    for line in (*data.recipient_lines, f"Tel: {data.recipient_phone}"):
        lines.append(f"^FO40,{y}^A0N,30,30^FD{_field(line)}^FS")
        y += 38
    lines += [
        f"^FO40,{y + 10}^GB732,3,3^FS",
        f"^FO90,{y + 40}^BY3^BCN,170,Y,N,N^FD{_field(data.tracking_number)}^FS",
        f"^FO40,{y + 290}^A0N,28,28^FDPaket No: {_field(data.package_number)}^FS",
        f"^FO40,{y + 330}^A0N,28,28^FDSipariş No: {_field(data.order_number)}^FS",
        f"^FO40,{y + 370}^A0N,28,28^FDÜrün adedi: {data.item_count}^FS",
        "^XZ",
    ]
    if data.gift_box:
        lines.insert(-1, f"^FO560,{y + 370}^A0N,28,28^FDHEDİYE PAKETİ^FS")
    return "\n".join(lines) + "\n"


def label_text(package: ScPackage, url_base: str) -> str:
    """PKG104's ``data`` for `package`, in its label form; `url_base` is where ``url`` labels live."""
    form = package.label_form
    if form == "pdf":
        return base64.b64encode(label_pdf(package)).decode("ascii")
    if form == "png":
        return base64.b64encode(label_png(package)).decode("ascii")
    if form == "url":
        return url_base.rstrip("/") + LABEL_PATH.format(number=package.number)
    if form == "zpl":
        return label_zpl(package)
    raise ValueError(f"unknown label form {form!r}")

"""The courier manifest on paper: what the driver and the packer sign.

One HTML document (:func:`manifest_html`) for every output, so the paper, the PDF kept in the
user data folder and a reprint are the same:

* the carrier, the store, the station, the date and time, the packer;
* every parcel handed over: package number, tracking number, item count, a Code128 of the
  package number, and a word when its ship command has not reached the OMS yet;
* the total (parcels and items);
* the packed parcels this courier could have taken and did not;
* signature lines for the packer and the courier.

:func:`print_manifest` prints it through the label path (``labels.print_label``: laid out at
the printer's page width, split over pages when long) with no dialog;
:func:`manifest_pdf` writes it as an A4 PDF (the copy kept for 7 days, and the reprint).
Every text from the OMS is escaped.
"""

from __future__ import annotations

import base64
import os
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ..handover import Manifest, OmsStatus
from .content import LabelError
from .loading import css_width
from .printing import make_printer, print_label
from .stock import LabelPrintSettings
from .slip import BARCODE_DPI, code128_png

__all__ = ["A4_SETTINGS", "manifest_document", "manifest_html", "manifest_pdf", "print_manifest"]

#: The kept copy's page: A4 portrait, as a label stock of 210 x 297 mm.
A4_SETTINGS = LabelPrintSettings(width_mm=210.0, height_mm=297.0, dpi=300)
#: The bars under each parcel: short, so a row stays one line high on A4.
BAR_HEIGHT_MM = 7.0
#: White around the text, in CSS pixels of the page's width (about 5 mm on A4).
MARGIN_PX = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("Manifest", text)


def _when(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%d.%m.%Y %H:%M")


def _barcode(number: str) -> str:
    """The package number as an embedded Code128 image, at its true size in mm."""
    try:
        png = code128_png(number, bar_height_mm=BAR_HEIGHT_MM)
    except LabelError:
        return ""  # the number is printed as text beside it
    width_px = int.from_bytes(png[16:20], "big")
    height_px = int.from_bytes(png[20:24], "big")
    scale = css_width(width_px / BARCODE_DPI * 25.4) / width_px
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return f'<img src="{uri}" width="{round(width_px * scale)}" height="{round(height_px * scale)}">'


def _status(status: OmsStatus) -> str:
    if status is OmsStatus.WAITING:
        return _tr("not in the OMS yet: sent when it can be reached")
    if status is OmsStatus.PROBLEM:
        return _tr("the OMS refused it: check it in the OMS")
    return ""


#: Pages narrower than this (label stock) get the manifest one parcel under another.
NARROW_MM = 150.0


def manifest_html(manifest: Manifest, *, narrow: bool = False) -> str:
    """The manifest as HTML (in the UI's language). `narrow`: for label stock (each parcel
    a block, the signatures one under another) instead of A4's table."""
    e = escape
    title = _tr("Courier manifest — %1").replace("%1", manifest.carrier_name)
    store = manifest.store_name or _tr("Stock location %1").replace("%1", str(manifest.stock_location_id))
    facts = [
        (_tr("Carrier"), manifest.carrier_name),
        (_tr("Store"), store),
        (_tr("Station"), manifest.station or ""),
        (_tr("Date and time"), _when(manifest.finished_at)),
        (_tr("Packer"), manifest.packer or ""),
        (_tr("Handover no."), str(manifest.handover_id)),
    ]
    margin = MARGIN_PX // 2 if narrow else MARGIN_PX
    parts = [
        '<html><body style="font-family: sans-serif; font-size: 10pt;">',
        # a margin of our own: the page is printed edge to edge (labels have no margins)
        f'<div style="margin-left: {margin}px; margin-right: {margin}px;">',
        f'<p style="font-size: 15pt; font-weight: bold; margin-top: {margin}px; margin-bottom: 4px;">{e(title)}</p>',
        '<table cellspacing="0" cellpadding="2">',
        *(f'<tr><td style="padding-right: 12px;">{e(name)}</td><td><b>{e(value)}</b></td></tr>' for name, value in facts),
        "</table>",
        f'<h3 style="margin-bottom: 2px;">{e(_tr("Handed over (%1)").replace("%1", str(manifest.total)))}</h3>',
        _parcel_blocks(manifest) if narrow else _parcel_table(manifest),
    ]
    total = (
        _tr("Total: %1 parcels, %2 items")
        .replace("%1", str(manifest.total))
        .replace("%2", str(manifest.total_items))
    )
    parts.append(f'<p style="font-size: 13pt;"><b>{e(total)}</b></p>')
    if manifest.waiting:
        waiting = _tr("%1 of them not in the OMS yet when this was printed: the station sends them when it can.")
        parts.append(f"<p><i>{e(waiting.replace('%1', str(manifest.waiting)))}</i></p>")
    left_title = _tr("Packed, not handed over (%1)").replace("%1", str(len(manifest.left)))
    parts.append(f'<h3 style="margin-bottom: 2px;">{e(left_title)}</h3>')
    if manifest.left:
        parts.append('<table cellspacing="0" cellpadding="2">')
        for parcel in manifest.left:
            items = _tr("%1 items").replace("%1", str(parcel.item_count))
            tracking = f"<br>{e(parcel.tracking_number or '—')} · {e(items)}" if narrow else ""
            columns = "" if narrow else (
                f"<td style=\"padding-left: 12px;\">{e(parcel.tracking_number or '—')}</td>"
                f"<td style=\"padding-left: 12px;\">{e(items)}</td>"
            )
            parts.append(f"<tr><td><b>{e(parcel.package_number)}</b>{tracking}</td>{columns}</tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(_tr('None: every packed parcel for this carrier left with the courier.'))}</p>")
    parts += [_signatures(manifest, narrow), "</div></body></html>"]
    return "\n".join(parts)


def _parcel_table(manifest: Manifest) -> str:
    e = escape
    rows = [
        '<table width="100%" cellspacing="0" cellpadding="3" border="1" style="border-collapse: collapse;">',
        "<tr>"
        + "".join(f'<th align="left">{e(h)}</th>' for h in ("#", _tr("Package"), _tr("Tracking number"), _tr("Items"), ""))
        + "</tr>",
    ]
    for index, parcel in enumerate(manifest.parcels, start=1):
        status = _status(parcel.oms_status)
        note = f'<br><span style="font-size: 8pt;"><i>{e(status)}</i></span>' if status else ""
        rows.append(
            f'<tr><td valign="middle">{index}</td><td valign="middle"><b>{e(parcel.package_number)}</b>{note}</td>'
            f'<td valign="middle">{e(parcel.tracking_number or "—")}</td>'
            f'<td valign="middle" align="right">{parcel.item_count}</td>'
            f'<td valign="middle" align="center">{_barcode(parcel.package_number)}</td></tr>'
        )
    rows.append("</table>")
    return "\n".join(rows)


def _parcel_blocks(manifest: Manifest) -> str:
    e = escape
    blocks = []
    for index, parcel in enumerate(manifest.parcels, start=1):
        status = _status(parcel.oms_status)
        items = _tr("%1 items").replace("%1", str(parcel.item_count))
        facts = f"{e(_tr('Tracking number'))}: {e(parcel.tracking_number or '—')} · {e(items)}"
        note = f'<br><i style="font-size: 8pt;">{e(status)}</i>' if status else ""
        blocks.append(
            f'<p style="margin-top: 6px; margin-bottom: 0;"><b>{index}. {e(parcel.package_number)}</b><br>{facts}{note}</p>'
            f'<p style="margin-top: 2px; margin-bottom: 0;">{_barcode(parcel.package_number)}</p>'
        )
    return "\n".join(blocks)


def _signatures(manifest: Manifest, narrow: bool) -> str:
    e = escape
    line = "_" * (22 if narrow else 34)
    packer = _tr("Packer: %1").replace("%1", manifest.packer or "")
    courier = _tr("Courier (name)")
    signature = e(_tr("Signature"))
    received = e(_tr("The courier received the parcels listed above, %1 in all.").replace("%1", str(manifest.total)))
    if narrow:
        cells = (
            f"<p>{e(packer)}<br><br>{signature}: {line}</p>"
            f"<p>{e(courier)}:<br><br>{line}<br><br>{signature}: {line}</p>"
        )
    else:
        cells = (
            '<table width="100%" cellspacing="0" cellpadding="6"><tr>'
            f'<td width="50%">{e(packer)}<br><br>{signature}: {line}</td>'
            f'<td width="50%">{e(courier)}: {line}<br><br>{signature}: {line}</td>'
            "</tr></table>"
        )
    return f'<p style="margin-top: 18px;"></p>{cells}<p style="font-size: 8pt;">{received}</p>'


def manifest_document(manifest: Manifest, *, narrow: bool = False) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(manifest_html(manifest, narrow=narrow))
    return document


def print_manifest(manifest: Manifest, printer: QPrinter) -> None:
    """Print the manifest on `printer` (no dialog), laid out for its page's width;
    LabelError when it cannot be printed."""
    printer.setDocName(_tr("Courier manifest — %1").replace("%1", manifest.carrier_name))
    width_mm = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()
    print_label(manifest_document(manifest, narrow=width_mm < NARROW_MM), printer)


def manifest_pdf(manifest: Manifest, path: str | os.PathLike[str]) -> Path:
    """Write the manifest as an A4 PDF at `path` (its folder is made); LabelError on failure."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LabelError(f"The folder “{target.parent}” cannot be made: {exc.strerror or exc}.") from exc
    print_manifest(manifest, make_printer(A4_SETTINGS, target))
    if not target.is_file():
        raise LabelError(f"The PDF file “{target}” was not written.")
    return target

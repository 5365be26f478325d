#!/usr/bin/env python3
"""Write a courier manifest from a real handover in the demo data: ``docs/manifest.png``.

    .venv/bin/python scripts/render_manifest.py              # docs/manifest.png (and .pdf with --pdf)
    .venv/bin/python scripts/render_manifest.py --out DIR

The handover runs as at the counter, against the simulator on loopback: Aras Kargo's courier,
four parcels (by package number, by the carrier's barcode, one packed without a tracking
number and its carrier label), another carrier's parcel refused, and the OMS stopped before
the last parcel, so the manifest shows one parcel "not in the OMS yet". The PNG is the A4 PDF
page rendered by QtPdf at 100 dpi. Runs without a display (offscreen); nothing of the user's is
touched (a temporary journal).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG_DPI = 100
ARAS, MNG = 731, 735


async def handover(journal_path: Path):  # type: ignore[no-untyped-def]
    from instore_app.api import OmsClient, RetryPolicy
    from instore_app.handover import HandoverOutbox, HandoverSession
    from instore_app.journal import Journal
    from instore_app.operations import Station
    from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer, Store

    store = Store()
    server = SimulatorServer(store).start()
    client = OmsClient(server.url, DEFAULT_TOKEN, retry=RetryPolicy(max_retries=0))
    journal = Journal(journal_path)
    station = Station(client, DEFAULT_STOCK_LOCATION_ID, journal=journal)
    outbox = HandoverOutbox(station, journal, retry_seconds=0.2)
    session = HandoverSession(station, outbox, store_name="Kadıköy Mağaza", station_name="Tezgah 1", packer="Ayşe Yılmaz")
    try:
        candidates = list((await session.load()).candidates)
        own = sorted((c for c in candidates if c.cargo_company_id == ARAS and c.action.value == "ship"), key=lambda c: c.number)
        named = next(c for c in candidates if c.cargo_company_id == ARAS and c.action.value == "advanced_ship")
        unnamed = sorted((c for c in candidates if c.cargo_company_id is None), key=lambda c: c.number)[0]
        wrong = next(c for c in candidates if c.cargo_company_id == MNG)
        label = next(lbl for lbl in store.carrier_labels() if lbl["package_id"] == unnamed.package_id)
        notes = [session.choose_carrier(ARAS).note]
        for code in (own[0].number, own[1].tracking_number, wrong.number, unnamed.number, label["tracking_number"]):
            notes.append((await session.scan(code)).note)
        await outbox.wait_empty()
        server.stop()  # the OMS goes away before the last parcel
        notes.append((await session.scan(named.tracking_number)).note)
        manifest = (await session.scan("ZZCMDDONE")).manifest
        for note in notes:
            print(f"  {note.code} {' · '.join(note.params)}")
        return manifest
    finally:
        await outbox.close()
        await client.aclose()
        journal.close()
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (default: docs/)")
    parser.add_argument("--pdf", action="store_true", help="keep the PDF beside the PNG")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QByteArray, QBuffer, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from instore_app.labels.manifest import manifest_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    with tempfile.TemporaryDirectory() as folder:
        manifest = asyncio.run(handover(Path(folder) / "journal.sqlite3"))
        pdf = manifest_pdf(manifest, (args.out if args.pdf else Path(folder)) / "manifest.pdf")
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf.read_bytes()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        points = document.pagePointSize(0)
        size = QSize(round(points.width() * PNG_DPI / 72), round(points.height() * PNG_DPI / 72))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, document.render(0, size))
        painter.end()
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / "manifest.png"
        if not image.save(str(target)):
            print(f"{target} could not be written", file=sys.stderr)
            return 1
    print(f"manifest of {manifest.total} parcels ({manifest.waiting} not in the OMS yet) written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

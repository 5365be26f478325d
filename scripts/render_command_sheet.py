#!/usr/bin/env python3
"""Write the command sheet to ``docs/command-sheet.pdf`` and its picture ``docs/command-sheet.png``.

    .venv/bin/python scripts/render_command_sheet.py              # A4, English
    .venv/bin/python scripts/render_command_sheet.py --out DIR    # somewhere else
    .venv/bin/python scripts/render_command_sheet.py --letter     # US Letter
    .venv/bin/python scripts/render_command_sheet.py --no-reasons # commands only

With the demo's denial reasons (the simulator's active ones, as ``--command-sheet --demo`` reads
them) the PDF has a second page of refuse reasons, pictured in ``docs/command-sheet-reasons.png``.

The PNG is page 1 of the PDF rendered by QtPdf at 120 dpi: the sheet's 1/60-inch bar modules
are exactly 2 pixels there, so the picture shows the bars as the printer will. Runs without a
display (offscreen).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG_DPI = 120


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (default: docs/)")
    parser.add_argument("--letter", action="store_true", help="US Letter instead of A4")
    parser.add_argument("--no-reasons", action="store_true", help="without the demo's refuse reasons page")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from instore_app.labels.command_sheet import command_sheet_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    args.out.mkdir(parents=True, exist_ok=True)
    pdf_path = args.out / "command-sheet.pdf"
    page = QPageSize.PageSizeId.Letter if args.letter else QPageSize.PageSizeId.A4
    reasons: list[tuple[int, str]] = []
    if not args.no_reasons:
        from instore_app.simulator.seed import DENIAL_REASONS

        active = sorted((r for r in DENIAL_REASONS if r.is_active), key=lambda r: (r.priority, r.title.casefold(), r.id))
        reasons = [(r.id, r.title) for r in active]
    command_sheet_pdf(pdf_path, page_size=page, reasons=reasons)

    document = QPdfDocument()
    document.load(str(pdf_path))
    pages = 1 + (1 if reasons else 0)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != pages:
        print(f"error: {pdf_path} did not come out as a {pages}-page PDF", file=sys.stderr)
        return 1
    print(f"{pdf_path} ({pdf_path.stat().st_size:,} bytes, {pages} pages)")
    for number, name in enumerate(["command-sheet.png", "command-sheet-reasons.png"][:pages]):
        png_path = args.out / name
        points = document.pagePointSize(number)
        size = QSize(round(points.width() * PNG_DPI / 72), round(points.height() * PNG_DPI / 72))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, document.render(number, size))
        painter.end()
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        if not image.save(str(png_path)):
            print(f"error: {png_path} could not be written", file=sys.stderr)
            return 1
        print(f"{png_path} ({size.width()} x {size.height()} px, {png_path.stat().st_size:,} bytes)")
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

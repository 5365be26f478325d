"""The label stock and printer a station prints on: plain data, without Qt's print support.

Kept apart from :mod:`.printing` so that the bench (which holds these settings from the
start) does not load QtPrintSupport before the first label is printed.
"""

from __future__ import annotations

from dataclasses import dataclass

#: White around HTML labels and the packing slip, in mm: Qt's rich text ignores a label's own
#: CSS padding, and thermal printers clip the outer millimetre or two.
LABEL_MARGIN_MM = 4.0


@dataclass(frozen=True)
class LabelPrintSettings:
    """The label printer and its stock. `dpi` is a hint (QPrinter may keep the driver's)."""

    printer_name: str = ""  # "" = the system's default printer
    width_mm: float = 100.0
    height_mm: float = 150.0
    dpi: int = 203
    margin_mm: float = LABEL_MARGIN_MM  # around HTML labels and the packing slip
    pdf_folder: str = ""  # where labels are saved when there is no printer ("": see output.py)

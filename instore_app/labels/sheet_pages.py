"""What the command sheet's pages hold (see :mod:`.command_sheet`, which draws them): the
bench's commands, then the counter's (the courier handover and one code per carrier)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..handover.codes import HandoverCommand, carrier_code
from ..packing.command_codes import BenchCommand, reason_code

__all__ = [
    "HANDOVER_ORDER",
    "LABELS_FOR_TRANSLATION",
    "SHEET_ORDER",
    "Cell",
    "Reason",
    "SheetCarrier",
    "default_labels",
    "sheet_labels",
    "sheet_pages",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommandSheet", text)


#: The bench's page, row by row, two to a row: the most used first.
SHEET_ORDER: tuple[BenchCommand, ...] = (
    BenchCommand.PACK,
    BenchCommand.ACKNOWLEDGE,
    BenchCommand.UNDO,
    BenchCommand.RESET,
    BenchCommand.OUT_OF_STOCK,
    BenchCommand.REFUSE,
    BenchCommand.REPRINT_LABEL,
    BenchCommand.NEXT_PACKAGE,
    BenchCommand.TODAY,
    BenchCommand.REPACK,
    BenchCommand.CLOSE,
)
#: The counter's page starts with these, then the carriers.
HANDOVER_ORDER: tuple[BenchCommand | HandoverCommand, ...] = (
    BenchCommand.HANDOVER,
    HandoverCommand.FINISH,
    BenchCommand.ACKNOWLEDGE,
    BenchCommand.CLOSE,
)


#: A denial reason as the sheet prints it: its id in the OMS and its title.
Reason = tuple[int, str]


@dataclass(frozen=True)
class SheetCarrier:
    """A carrier on the counter's page: its cargo company id, name, and number key (if any)."""

    id: int
    name: str
    key: int | None = None


@dataclass(frozen=True)
class Cell:
    """One barcode on the sheet: the name, the key it stands for, the code."""

    label: str
    key: str
    code: str

# The commands' English names (BenchCommand.label; the packing layer has no Qt), marked here so
# scripts/update_translations.py extracts them in context "BenchCommand".
# tests/test_command_sheet.py checks this list against BenchCommand.
LABELS_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("BenchCommand", "Pack"),
    QT_TRANSLATE_NOOP("BenchCommand", "Out of stock"),
    QT_TRANSLATE_NOOP("BenchCommand", "Refuse"),
    QT_TRANSLATE_NOOP("BenchCommand", "Undo last scan"),
    QT_TRANSLATE_NOOP("BenchCommand", "Start over"),
    QT_TRANSLATE_NOOP("BenchCommand", "Next package"),
    QT_TRANSLATE_NOOP("BenchCommand", "Print label"),
    QT_TRANSLATE_NOOP("BenchCommand", "Close"),
    QT_TRANSLATE_NOOP("BenchCommand", "OK (acknowledge)"),
    QT_TRANSLATE_NOOP("BenchCommand", "Packed today"),
    QT_TRANSLATE_NOOP("BenchCommand", "Courier handover"),
    QT_TRANSLATE_NOOP("BenchCommand", "Repack"),
)
HANDOVER_LABELS_FOR_TRANSLATION = (QT_TRANSLATE_NOOP("BenchCommand", "Finish handover"),)


def default_labels() -> dict[BenchCommand, str]:
    """Every command's name, translated in context "BenchCommand" (English without one)."""
    return {command: QCoreApplication.translate("BenchCommand", command.label) for command in BenchCommand}


def sheet_pages(
    labels: Mapping[BenchCommand, str],
    carriers: Sequence[SheetCarrier] | None,
    per_page: int,
    reasons: Sequence[Reason] = (),
) -> list[tuple[str, str, list[Cell]]]:
    """(title, hint, cells) of every page: the bench's, the denial reasons' (in the order
    given: the refuse dialog's numbers), then the counter's (`per_page` cells a page)."""
    bench = [Cell(labels[c], c.key, c.code) for c in SHEET_ORDER]
    refuse = [
        Cell(title, f"{BenchCommand.REFUSE.key} {number}", reason_code(reason_id))
        for number, (reason_id, title) in enumerate(reasons, start=1)
    ]
    counter = [
        Cell(labels[c] if isinstance(c, BenchCommand) else QCoreApplication.translate("BenchCommand", c.label), c.key, c.code)
        for c in HANDOVER_ORDER
    ]
    counter += [Cell(c.name, str(c.key) if c.key is not None else "", carrier_code(c.id)) for c in carriers or ()]
    pages = [(_tr("Packing station — command barcodes"), _tr(
        "Scan a barcode instead of pressing its key. Print this page at actual size (100 %), not “fit to page”."
    ), bench)]
    reasons_hint = _tr(
        "On the bench, scan a reason to refuse the open package with it, then scan OK to confirm. "
        "Print this page at actual size (100 %), not “fit to page”."
    )
    for start in range(0, len(refuse), per_page):
        pages.append((_tr("Refuse reasons — command barcodes"), reasons_hint, refuse[start : start + per_page]))
    if carriers:
        hint = _tr("At the counter: scan Courier handover, then the courier's carrier, then each parcel as it leaves; "
                   "Finish handover prints the manifest. Carrier codes are for this OMS only.")
    else:
        hint = _tr("At the counter: Courier handover, then the carrier, then each parcel; Finish handover prints the "
                   "manifest. Print this sheet from the handover view (F11) to get the carriers' codes.")
    for start in range(0, len(counter), per_page):
        pages.append((_tr("Packing station — courier handover"), hint, counter[start:start + per_page]))
    return pages


def sheet_labels(language_labels: Mapping[BenchCommand, str] | None) -> dict[BenchCommand, str]:
    labels = default_labels()
    labels.update(language_labels or {})
    return labels

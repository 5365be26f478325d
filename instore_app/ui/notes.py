"""The words for the bench controller's notes, by code, in the UI's language.

The controller (:mod:`instore_app.bench`, no Qt) says *what* to tell the packer as a
:class:`~instore_app.bench.Note`: a code and its parameters. This table has the English text
of every code (``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts it, context ``Notes``);
:func:`note_text` translates it and puts the parameters in place of %1, %2...
``tests/test_notes.py`` fails when the controller can say a code this table lacks, or when a
code has no Turkish text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ..bench import Note
from ..packing.command_codes import BenchCommand
from .noop import QT_TRANSLATE_NOOP
from .oms_messages import translate_message

__all__ = ["CONTEXT", "NOTE_TEXTS", "capitalised_sentences", "command_texts", "note_text"]

CONTEXT = "Notes"

NOTE_TEXTS: dict[str, str] = {
    # what to do next
    "opening": QT_TRANSLATE_NOOP("Notes", "Opening package %1… Scan the items now: they count as soon as it is read."),
    "scans_waiting": QT_TRANSLATE_NOOP("Notes", "Reading package %1… %2 scans kept: they count as soon as it is read."),
    "scan_items": QT_TRANSLATE_NOOP("Notes", "Scan the items: %1 to go"),
    "all_confirmed_pack": QT_TRANSLATE_NOOP("Notes", "All items confirmed: press %1 to pack"),
    "all_confirmed_cannot_pack": QT_TRANSLATE_NOOP(
        "Notes", "All items confirmed, but the OMS does not offer packing for this package now. Close it (Esc)."
    ),
    "nothing_to_pack": QT_TRANSLATE_NOOP("Notes", "This package has nothing to pack here. Refuse it or close it (Esc)."),
    "unavailable": QT_TRANSLATE_NOOP(
        "Notes", "Package %1 could not be read. Scan its number again (%2 scans are kept for it), or press Esc."
    ),
    "changed": QT_TRANSLATE_NOOP("Notes", "This package is “%1” now: nothing to do here. Scan the next package."),
    # scans
    "confirmed": QT_TRANSLATE_NOOP("Notes", "✔ %1"),
    "over_scan": QT_TRANSLATE_NOOP("Notes", "✖ Too many: all %1 of “%2” are already confirmed. Put this one back."),
    "other_package": QT_TRANSLATE_NOOP("Notes", "✖ Wrong package: this item belongs to package %1."),
    "not_to_be_packed": QT_TRANSLATE_NOOP("Notes", "✖ “%1” is not to be packed (it is %2)."),
    "unknown_code": QT_TRANSLATE_NOOP("Notes", "✖ Unknown code “%1”: not an item of this package."),
    "not_a_package": QT_TRANSLATE_NOOP("Notes", "“%1” is not a package number waiting at this store. Scan the package's label."),
    "unknown_command_code": QT_TRANSLATE_NOOP(
        "Notes", "“%1” is a command barcode this version does not know. Print a new command sheet."
    ),
    "scan_not_saved": QT_TRANSLATE_NOOP(
        "Notes", "✖ This scan did NOT count: scans are not being saved on this PC (%1). Scan it again when this banner is gone."
    ),
    "package_finished": QT_TRANSLATE_NOOP("Notes", "This package is finished. Scan the next package number, or press %1."),
    "package_being_finished": QT_TRANSLATE_NOOP(
        "Notes", "This package is being finished. Scan the next package number, or press %1."
    ),
    "undone": QT_TRANSLATE_NOOP("Notes", "Undone: “%1”. Scan it again when it is in the box."),
    "nothing_to_undo": QT_TRANSLATE_NOOP("Notes", "Nothing to undo."),
    "started_over": QT_TRANSLATE_NOOP("Notes", "Started over: %1 scans forgotten. Scan the items again."),
    "confirmations_dropped": QT_TRANSLATE_NOOP(
        "Notes", "The OMS changed this package: %1 confirmed items are no longer to be packed."
    ),
    # commands
    "open_a_package_first": QT_TRANSLATE_NOOP("Notes", "Open a package first: scan its number."),
    "not_possible_now": QT_TRANSLATE_NOOP("Notes", "“%1” is not possible now."),
    "answer_the_question": QT_TRANSLATE_NOOP("Notes", "Answer the question first: Enter (or OK) for yes, Esc (or Close) for no."),
    "answer_the_dialog": QT_TRANSLATE_NOOP(
        "Notes", "That scan was not used: finish the open question first (OK to confirm, Close to cancel)."
    ),
    "no_other_package": QT_TRANSLATE_NOOP("Notes", "No other package is waiting."),
    "loading_reasons": QT_TRANSLATE_NOOP("Notes", "Loading the denial reasons…"),
    "no_denial_reasons": QT_TRANSLATE_NOOP("Notes", "The OMS has no active denial reasons; the package cannot be refused here."),
    "packing": QT_TRANSLATE_NOOP("Notes", "Packing %1…"),
    "waits_for_oms": QT_TRANSLATE_NOOP(
        "Notes",
        "“%2” for %1 goes to the OMS as soon as it confirms the package is being prepared… You may scan the next package.",
    ),
    "checking": QT_TRANSLATE_NOOP(
        "Notes",
        "%2 Checking whether the OMS did it for %1 (up to %3 s): nothing is sent twice. You may scan the next package.",
    ),
    "reporting_out_of_stock": QT_TRANSLATE_NOOP("Notes", "Reporting out of stock for %1…"),
    "refusing": QT_TRANSLATE_NOOP("Notes", "Refusing %1…"),
    "packed": QT_TRANSLATE_NOOP("Notes", "Packed ✔  Put the label on the box. Scan the next package."),
    "refused": QT_TRANSLATE_NOOP("Notes", "Refused ✔  (%2)  The package goes back for re-planning."),
    "reported_out_of_stock": QT_TRANSLATE_NOOP("Notes", "Reported out of stock ✔  The OMS re-plans the items."),
    "changed_elsewhere": QT_TRANSLATE_NOOP(
        "Notes", "Another station or the OMS changed this package: it is “%1” now. Nothing to do here: scan the next package."
    ),
    "taken_by_another_station": QT_TRANSLATE_NOOP(
        "Notes",
        "Another station took this package first (it is “%1” now). Your scans are kept. Close it (Esc), or go on if it is yours.",
    ),
    "oms_error": QT_TRANSLATE_NOOP("Notes", "%1"),
    "not_sent_journal": QT_TRANSLATE_NOOP(
        "Notes", "Nothing was sent to the OMS: the command could not be saved on this PC first (%1). Try again when this banner is gone."
    ),
    "unexpected": QT_TRANSLATE_NOOP(
        "Notes", "Something went wrong (%1). The details are in the log file; the app keeps working."
    ),
    # questions (Enter: yes, Esc: no)
    "question_resend": QT_TRANSLATE_NOOP(
        "Notes",
        "It is not known whether the OMS did “%2” for %1. Check the package in the OMS. Send it again anyway? Enter or OK: send · Esc or Close: no.",
    ),
    "question_reset": QT_TRANSLATE_NOOP("Notes", "Start over on %1 and forget every scan? Enter or OK: yes · Esc or Close: no."),
    "question_take_over": QT_TRANSLATE_NOOP(
        "Notes", "%2 is preparing %1 at another station. Take it over? Enter or OK: take it over · Esc or Close: leave it."
    ),
    "question_refuse": QT_TRANSLATE_NOOP("Notes", "Refuse %1: “%2”? Enter or OK: refuse · Esc or Close: no."),
    "question_out_of_stock": QT_TRANSLATE_NOOP(
        "Notes", "Report %2 items of %1 out of stock (%3)? Enter or OK: report · Esc or Close: no."
    ),
    "unknown_reason_code": QT_TRANSLATE_NOOP(
        "Notes", "The OMS has no active denial reason %1: print a new command sheet."
    ),
    # labels and printing
    "label_failed": QT_TRANSLATE_NOOP("Notes", "The label could not be read. %1 Press %2 to read it again."),
    "reading_label": QT_TRANSLATE_NOOP("Notes", "Reading the label of %1…"),
    "print_failed": QT_TRANSLATE_NOOP("Notes", "The label was not printed: %1"),
    # packages that are not on the bench
    "background_packed": QT_TRANSLATE_NOOP("Notes", "%1 is packed; its label is in Packed today (F12)."),
    "background_refused": QT_TRANSLATE_NOOP("Notes", "%1 is refused."),
    "background_out_of_stock": QT_TRANSLATE_NOOP("Notes", "%1 is reported out of stock."),
    "background_failed": QT_TRANSLATE_NOOP("Notes", "✖ %1 was NOT finished: %2 Scan its number to deal with it."),
    "background_label_failed": QT_TRANSLATE_NOOP(
        "Notes", "✖ The label of %1 could not be read: %2 Open it from Packed today (F12) and press F10."
    ),
    # the invoice number step (setting invoice_number_step)
    "scan_invoice": QT_TRANSLATE_NOOP("Notes", "All items confirmed. Now scan the barcode on the invoice of %1."),
    "saving_invoice": QT_TRANSLATE_NOOP("Notes", "Saving invoice number %1 for %2… The package is packed right after."),
    "invoice_being_saved": QT_TRANSLATE_NOOP(
        "Notes", "✖ Invoice number %1 is being saved: wait a moment, that scan was not used."
    ),
    "invoice_not_valid": QT_TRANSLATE_NOOP("Notes", "✖ “%1” is not an invoice number (%2). Scan the barcode on the invoice."),
    "invoice_is_package_number": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is the package's number, not the invoice's. Scan the barcode on the invoice."
    ),
    "invoice_is_tracking_number": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is the carrier's tracking number, not the invoice's. Scan the barcode on the invoice."
    ),
    "invoice_is_item": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is the barcode of “%2”, an item of this package, not the invoice. Scan the barcode on the invoice."
    ),
    "invoice_is_item_code": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is a product's barcode, not the invoice's. Scan the barcode on the invoice."
    ),
    "invoice_not_saved": QT_TRANSLATE_NOOP(
        "Notes", "✖ The invoice number was not saved, so the package is NOT packed: %1 Scan the invoice again."
    ),
    # repack (the "needs attention" list)
    "question_repack": QT_TRANSLATE_NOOP(
        "Notes", "Repack %1 (it is “%2”)? It goes back to the waiting list to be packed again. Enter: yes, Esc: no."
    ),
    "repacking": QT_TRANSLATE_NOOP("Notes", "Sending %1 back to the waiting list…"),
    "repacked": QT_TRANSLATE_NOOP("Notes", "%1 is repacked ✔  It is back in the waiting list."),
    # the courier handover (instore_app/handover, instore_app/bench/handover_mode.py)
    "handover_open": QT_TRANSLATE_NOOP("Notes", "Courier handover: choose the carrier, then scan each parcel as it leaves."),
    "handover_choose_carrier": QT_TRANSLATE_NOOP(
        "Notes", "✖ Choose the courier's carrier first (its number key or its barcode), then scan “%1” again."
    ),
    "handover_carrier_chosen": QT_TRANSLATE_NOOP("Notes", "%1: %2 parcels may go with this courier. Scan each parcel as it leaves."),
    "handover_unknown_carrier": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is not a carrier of this OMS. Print a new sheet of carrier codes."
    ),
    "handover_finish_first": QT_TRANSLATE_NOOP(
        "Notes", "✖ %2 parcels were handed to %1: finish that handover first (F9), then choose the next carrier."
    ),
    "handover_handed_over": QT_TRANSLATE_NOOP("Notes", "✔ %1 handed over (%3 so far)"),
    "handover_handed_over_offline": QT_TRANSLATE_NOOP(
        "Notes", "✔ %1 handed over. The OMS cannot be reached: it is told as soon as it can (%3 waiting)."
    ),
    "handover_wrong_carrier": QT_TRANSLATE_NOOP(
        "Notes", "✖ WRONG CARRIER: %1 goes with %2, not with %3. Keep it here."
    ),
    "handover_not_packed": QT_TRANSLATE_NOOP("Notes", "✖ NOT PACKED: %1 is “%2”. It cannot leave yet: keep it here."),
    "handover_already_handed_over": QT_TRANSLATE_NOOP("Notes", "✖ %1 was already handed to %2 in this handover."),
    "handover_handed_over_before": QT_TRANSLATE_NOOP("Notes", "✖ %1 was already handed to %2 on %3."),
    "handover_unknown_parcel": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is not a packed parcel of this store. Keep it here and check it in the OMS."
    ),
    "handover_unknown_command": QT_TRANSLATE_NOOP("Notes", "✖ “%1” does nothing at the courier handover."),
    "handover_list_not_read": QT_TRANSLATE_NOOP(
        "Notes", "✖ The parcels waiting for the courier have not been read from the OMS yet: wait, or press F11 to read them."
    ),
    "handover_list_failed": QT_TRANSLATE_NOOP(
        "Notes", "✖ The parcels waiting for the courier could not be read: %1 Press F11 to try again."
    ),
    "handover_scan_tracking": QT_TRANSLATE_NOOP(
        "Notes", "%1 has no tracking number yet: scan the barcode on its carrier label (Esc: not now)."
    ),
    "handover_tracking_is_a_parcel": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is the number of parcel %2, not a carrier's tracking number. Scan the carrier label."
    ),
    "handover_not_a_tracking_number": QT_TRANSLATE_NOOP(
        "Notes", "✖ “%1” is not a tracking number. Scan the barcode on the carrier label of %2."
    ),
    "handover_nothing_asked": QT_TRANSLATE_NOOP("Notes", "Nothing is being asked."),
    "handover_tracking_cancelled": QT_TRANSLATE_NOOP("Notes", "%1 stays here: it was not handed over."),
    "handover_cannot_ship": QT_TRANSLATE_NOOP("Notes", "✖ %1 cannot be handed over: %2"),
    "handover_journal_failed": QT_TRANSLATE_NOOP(
        "Notes", "✖ %1 was NOT handed over: it could not be saved on this PC (%2). Keep it here and try again."
    ),
    "handover_nothing_to_finish": QT_TRANSLATE_NOOP("Notes", "✖ Nothing was handed over yet: there is no manifest to print."),
    "handover_finished": QT_TRANSLATE_NOOP("Notes", "✔ Handover to %1 finished: %2 parcels. Printing the manifest…"),
    "handover_manifest_printed": QT_TRANSLATE_NOOP(
        "Notes", "✔ Manifest printed: %1, %2 parcels. The courier and you sign it. Next courier: choose the carrier."
    ),
    "handover_manifest_not_printed": QT_TRANSLATE_NOOP(
        "Notes", "✖ The manifest was not printed: %1 It is kept: press %2 to print it again."
    ),
    "handover_no_manifest": QT_TRANSLATE_NOOP("Notes", "✖ No manifest is kept from the last 7 days."),
    "handover_waiting": QT_TRANSLATE_NOOP("Notes", "%1 waiting to reach the OMS"),
    "handover_not_here": QT_TRANSLATE_NOOP("Notes", "✖ “%1” is not possible at the courier handover. Esc: back to the list."),
    "handover_no_such_key": QT_TRANSLATE_NOOP("Notes", "✖ No carrier has the key %1."),
    "handover_no_journal": QT_TRANSLATE_NOOP(
        "Notes", "✖ The courier handover needs the journal on this PC, and it could not be opened. See the red banner."
    ),
    "handover_unexpected": QT_TRANSLATE_NOOP(
        "Notes", "✖ Something went wrong at the handover. The details are in the log file: scan that parcel again."
    ),
}

#: Codes whose parameters are messages from the Qt-free layers (translated sentence by sentence).
_MESSAGE_PARAMS = frozenset(
    {"oms_error", "checking", "not_sent_journal", "scan_not_saved", "label_failed", "print_failed", "background_failed",
     "background_label_failed", "invoice_not_valid", "invoice_not_saved", "handover_cannot_ship", "handover_journal_failed",
     "handover_list_failed"}
)


def note_text(note: Note) -> str:
    """The note in the UI's language."""
    template = NOTE_TEXTS.get(note.code)
    if template is None:
        return note.code
    text = QCoreApplication.translate(CONTEXT, template)
    params = note.params
    if note.code == "confirmed":  # (name, "size · colour", "1 / 2")
        name, details, count = (*params, "", "", "")[:3]
        params = (name + (f" — {details}" if details else "") + (f"   ({count})" if count else ""),)
    elif note.code in _MESSAGE_PARAMS:
        params = tuple(translate_message(p) for p in params)
    for index in range(len(params), 0, -1):  # %10 before %1
        text = text.replace(f"%{index}", params[index - 1])
    return capitalised_sentences(text)


# A small letter at the start of the text or of a sentence (after . ! ? and a space). A
# parameter from the labels layer ("the PDF is empty.") can land there.
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([^\W\d_])")


def capitalised_sentences(text: str) -> str:
    """`text` with every sentence starting with a capital letter, in the UI's language (the
    default QLocale: Turkish "i" becomes "İ")."""
    locale = QLocale()

    def upper(match: re.Match[str]) -> str:
        letter = match.group(2)
        return match.group(1) + (locale.toUpper(letter) if letter.islower() else letter)

    return _SENTENCE_START.sub(upper, text)


def command_texts() -> dict[BenchCommand, str]:
    """The bench's words for its commands, on its buttons and the window's keys, in the UI's
    language (the bench's own context: the window names them before it builds the bench)."""
    return {
        BenchCommand.UNDO: QCoreApplication.translate("PackingBench", "Undo last"),
        BenchCommand.RESET: QCoreApplication.translate("PackingBench", "Start over"),
        BenchCommand.OUT_OF_STOCK: QCoreApplication.translate("PackingBench", "Out of stock…"),
        BenchCommand.REFUSE: QCoreApplication.translate("PackingBench", "Refuse…"),
        BenchCommand.PACK: QCoreApplication.translate("PackingBench", "Pack"),
        BenchCommand.REPRINT_LABEL: QCoreApplication.translate("PackingBench", "Print label"),
        BenchCommand.TODAY: QCoreApplication.translate("PackingBench", "Packed today"),
        BenchCommand.NEXT_PACKAGE: QCoreApplication.translate("PackingBench", "Next package"),
        BenchCommand.CLOSE: QCoreApplication.translate("PackingBench", "Close"),
    }

"""Translating the English messages of the layers without Qt (API client, packing logic,
operations, settings) when they reach the screen.

Those layers must not import Qt, so they can't call ``tr()``: they raise errors whose
``message`` is plain English. Every fixed sentence they produce is listed here with
``QT_TRANSLATE_NOOP("OmsMessages", ...)``, so ``pyside6-lupdate`` extracts it into
``translations/*.ts`` (context ``OmsMessages``), and :func:`translate_message` translates a
whole message sentence by sentence when it is shown::

    label.setText(translate_message(error.message))

A sentence with runtime data in it is listed as a pattern with ``%1``, ``%2``...: the packing
logic's "Packing is not possible while the package is “Packed”." matches "Packing is not
possible while the package is “%1”.", and the translation gets "Packed" back in place of ``%1``
(itself translated when it is a known sentence). Sentences nobody listed stay as they are, so
an OMS's own error text (400/403/404/406 bodies) passes through unchanged.

When a layer gains a message, add its sentences below (the fixed part of each), then run
``scripts/update_translations.py`` and translate them.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

from .noop import QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "MESSAGES", "split_sentences", "translate_message"]

CONTEXT = "OmsMessages"

#: Every sentence the layers without Qt produce (and a few of the UI's own composed messages).
MESSAGES: tuple[str, ...] = (
    # instore_app/api/errors.py: the default message of each HTTP error status
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS rejected the request."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS did not accept the sign-in token."),
    QT_TRANSLATE_NOOP("OmsMessages", "Sign in again."),
    QT_TRANSLATE_NOOP("OmsMessages", "This user is not allowed to do that in the OMS."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS does not know this package any more."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS does not allow this command in the package's current state."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS is busy (too many requests)."),
    QT_TRANSLATE_NOOP("OmsMessages", "Try again in a moment."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS had an internal error (HTTP %1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS answered HTTP %1."),
    # instore_app/api/client.py: connections, answers, labels, images, the OMS address
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS cannot be reached."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the network connection and the OMS address."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS did not answer in time."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the network and try again."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's answer to the command could not be read."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS gave this package no usable label address."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label is on an unencrypted address on another host; not fetched."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS sent an empty label."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label is too large to show (%1 MB)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The product image address is not a web address."),
    QT_TRANSLATE_NOOP("OmsMessages", "The product image is too large."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS answered with a web page instead of data."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the OMS address."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS sent data that could not be read (broken JSON)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS sent data in an unexpected shape (field “%1”: %2)."),
    QT_TRANSLATE_NOOP("OmsMessages", "“%1” is not a web address (expected https://your-oms.example.com)."),
    QT_TRANSLATE_NOOP("OmsMessages", "“%1” is not encrypted (http://)."),
    QT_TRANSLATE_NOOP("OmsMessages", "Use https://, or pass --insecure if you really mean it."),
    # instore_app/api/ (httplayer.py, bodies.py, documents.py, pagination.py): a hostile or broken server
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's security certificate is not trusted (%1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "Install the store's CA certificate in this PC's system certificates, or ask IT."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's security certificate has expired."),
    QT_TRANSLATE_NOOP("OmsMessages", "Ask IT to renew it."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's security certificate is for another address."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the OMS address, or ask IT."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS answered with a redirect (HTTP %1) to %2 instead of an answer."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS answered with a redirect (HTTP %1) instead of an answer."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label is larger than %1 MB; it was not fetched."),
    QT_TRANSLATE_NOOP("OmsMessages", "The product image is larger than %1 MB; it was not fetched."),
    QT_TRANSLATE_NOOP("OmsMessages", "A page of a list from the OMS is larger than %1 MB; it was not read."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's answer about the package is larger than %1 MB; it was not read."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's answer is larger than %1 MB; it was not read."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's answer is compressed in a way the app cannot read (%1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's answer is compressed, but damaged; it could not be unpacked."),
    QT_TRANSLATE_NOOP("OmsMessages", "The %1 is %2 (%3), which the app cannot show."),
    QT_TRANSLATE_NOOP("OmsMessages", "The %1 does not match its type: the OMS says %2, but it is %3."),
    QT_TRANSLATE_NOOP("OmsMessages", "It was not shown."),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "The OMS pointed the rest of the list at another address (%1); it was not followed, so the list may be incomplete.",
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's list repeats a page; it was read once, so the list may be incomplete."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS's list is longer than %1 pages; only those were read."),
    # instore_app/operations/ (resend.py, station.py): the re-send rule's words, and the journal
    QT_TRANSLATE_NOOP("OmsMessages", "Nothing was sent; try again when it is back."),
    QT_TRANSLATE_NOOP("OmsMessages", "A command for this package is still on its way; wait for its answer."),
    QT_TRANSLATE_NOOP("OmsMessages", "It is still not known whether the OMS applied %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS applied %1, but the package could not be read again: %2"),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS did not apply it (checked for %1 s); you may try again."),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "The package could not be read again, so it is not known whether the OMS applied it; "
        "the next try checks first and never sends it twice.",
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The package changed in a way that does not tell whether the OMS applied it."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS did not accept the command for this package (it is “%1”)."),
    QT_TRANSLATE_NOOP("OmsMessages", "This package is no longer %1: it is now “%2”."),
    QT_TRANSLATE_NOOP("OmsMessages", "Another station or the OMS changed it."),
    QT_TRANSLATE_NOOP("OmsMessages", "Scans are no longer saved on this PC: %1"),
    # instore_app/api/seller_center/errors.py (its MESSAGES): the Seller Center client's sentences
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center rejected the request."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center did not accept the API key."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the API key and its prefix in the settings."),
    QT_TRANSLATE_NOOP("OmsMessages", "This API key is not allowed to do that in the Seller Center."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center does not know this package."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center is busy (too many requests)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center had an internal error (HTTP %1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center answered HTTP %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center cannot be reached."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the network connection and the Seller Center address."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center did not answer in time."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center answered with a web page instead of data."),
    QT_TRANSLATE_NOOP("OmsMessages", "Check the Seller Center address."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center sent data that could not be read (broken JSON)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center sent data in an unexpected shape (field “%1”: %2)."),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The Seller Center's answer could not be read: it is not known whether the change was made."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center redirected the request to %1; redirects are not followed."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center's answer is too large (more than %1 MB)."),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The Seller Center pointed to the next page on another address (%1); it was not followed."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center's list has more than %1 pages; the list was not loaded."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center has no package %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center sent an empty label."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label is at %1, an unencrypted address on another host; it was not fetched."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label at %1 is empty."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label at %1 is not a PDF, an image or a web page (%2)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The label address redirects too many times."),
    QT_TRANSLATE_NOOP("OmsMessages", "“%1” is not a web address (expected https://seller-center.example.com)."),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The API key (or its prefix) is empty or has spaces, line breaks or letters beyond ASCII."
    ),
    # instore_app/seller_center/ and the re-send rule on it: the Seller Center station's sentences
    QT_TRANSLATE_NOOP("OmsMessages", "It is still not known whether the Seller Center applied %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center applied %1, but the package could not be read again: %2"),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center did not apply it (checked for %1 s); you may try again."),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "The package could not be read again, so it is not known whether the Seller Center applied it; "
        "the next try checks first and never sends it twice.",
    ),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The package changed in a way that does not tell whether the Seller Center applied it."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center did not accept the change for this package (it is “%1”)."),
    QT_TRANSLATE_NOOP("OmsMessages", "This package is no longer “%1”: it is now “%2”."),
    QT_TRANSLATE_NOOP("OmsMessages", "Another station or the Seller Center changed it."),
    QT_TRANSLATE_NOOP("OmsMessages", "These items are not in package %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "These items are not in package %1 any more."),
    QT_TRANSLATE_NOOP("OmsMessages", "That choice is not offered for the missing items."),
    QT_TRANSLATE_NOOP("OmsMessages", "Every item is missing: nothing is left to ship now."),
    QT_TRANSLATE_NOOP("OmsMessages", "Reject the package instead."),
    QT_TRANSLATE_NOOP("OmsMessages", "There is no reject reason %1: the settings list %2."),
    QT_TRANSLATE_NOOP("OmsMessages", "The package cannot be handed over without the carrier's tracking number."),
    QT_TRANSLATE_NOOP("OmsMessages", "The package cannot be handed over without its shipping company."),
    QT_TRANSLATE_NOOP("OmsMessages", "%1 packages could not be read: %2"),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The Seller Center is not signed in with a user name and password: paste the API key instead."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center gives no product photos."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS offers no choice for missing items: report them out of stock."),
    # instore_app/labels/zpl.py and loading.py: ZPL labels (Seller Center)
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "This label is ZPL, commands for a thermal label printer (Zebra): it cannot be shown on screen.",
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "Print (F10) sends it unchanged to the label printer chosen in Settings."),
    # instore_app/packing/ and operations/after_packing.py: handover, repack, the invoice number
    QT_TRANSLATE_NOOP("OmsMessages", "The package cannot be handed to the courier while it is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "The package cannot be repacked while it is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "This is not an invoice number (%1)."),
    # instore_app/api/after_packing.py check_invoice_number: why a scan is not an invoice number
    QT_TRANSLATE_NOOP("OmsMessages", "the invoice number is empty"),
    QT_TRANSLATE_NOOP("OmsMessages", "the invoice number is longer than %1 characters"),
    QT_TRANSLATE_NOOP("OmsMessages", "the invoice number holds control characters"),
    QT_TRANSLATE_NOOP("OmsMessages", "The invoice number was not sent; scan it again when the OMS is back."),
    QT_TRANSLATE_NOOP("OmsMessages", "It is not known whether the invoice number was saved; scanning it again is safe."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS did not confirm the invoice number; scanning it again is safe."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS no longer offers to ship it: it is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS has no such package (%1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS made the invoice but sent nothing back."),
    # instore_app/packing/commands.py: an action the package's state does not offer
    QT_TRANSLATE_NOOP("OmsMessages", "Preparing cannot be started while the package is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "Packing is not possible while the package is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "Items cannot be reported out of stock while the package is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "The package cannot be refused while it is “%1”."),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS offers %1 instead of %2; check the pack command setting."),
    QT_TRANSLATE_NOOP("OmsMessages", "reporting out of stock needs the package items that are missing"),
    QT_TRANSLATE_NOOP("OmsMessages", "refusing a package needs a denial reason id"),
    QT_TRANSLATE_NOOP("OmsMessages", "no package items given"),
    # instore_app/settings (ConfigError, SettingProblem): a value refused, wherever it came from
    QT_TRANSLATE_NOOP("OmsMessages", "%1 must be %2, not “%3”."),
    QT_TRANSLATE_NOOP("OmsMessages", "The setting %1 in the settings file"),
    QT_TRANSLATE_NOOP("OmsMessages", "Until it is changed in the settings, the default (%1) is used."),
    QT_TRANSLATE_NOOP("OmsMessages", "text"),
    QT_TRANSLATE_NOOP("OmsMessages", "on or off (true/false, yes/no, 1/0)"),
    QT_TRANSLATE_NOOP("OmsMessages", "a whole number from %1 to %2"),
    QT_TRANSLATE_NOOP("OmsMessages", "one of %1"),
    QT_TRANSLATE_NOOP("OmsMessages", "one of %1, or empty"),
    QT_TRANSLATE_NOOP("OmsMessages", "package state numbers separated by commas, e.g. 100,200,400"),
    QT_TRANSLATE_NOOP("OmsMessages", "a stock location id (a whole number, 0 or more)"),
    QT_TRANSLATE_NOOP("OmsMessages", "one word without spaces, or empty"),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "a size in millimetres like 100x150 (width %1 to %2, height %3 to %4)"
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The settings file could not be backed up before its upgrade (%1); it was left as it was."),
    # instore_app/settings/run.py: what a run needs
    QT_TRANSLATE_NOOP("OmsMessages", "The app needs to know which OMS to use."),
    QT_TRANSLATE_NOOP("OmsMessages", "Not set: %1."),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "Set them in the environment (the token only there), or start with --demo to try the app."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The OMS address is not usable: %1"),
    QT_TRANSLATE_NOOP("OmsMessages", "The app needs to know which Seller Center to use."),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "Set them in the environment (the API key only there), or start with --demo to try the app."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The Seller Center address is not usable: %1"),
    QT_TRANSLATE_NOOP("OmsMessages", "The API key is not usable: %1"),
    QT_TRANSLATE_NOOP("OmsMessages", "--demo runs against the built-in simulator; leave out %1."),
    # instore_app/ui/tasks.py and app.py: an unexpected error; the journal at start-up
    QT_TRANSLATE_NOOP("OmsMessages", "Something went wrong (%1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "The details are in the log file; the app keeps working."),
    QT_TRANSLATE_NOOP("OmsMessages", "Scans are not saved on this PC: %1"),
    # instore_app/journal/journal.py (JournalError, shown in the banner)
    QT_TRANSLATE_NOOP("OmsMessages", "The journal is closed."),
    QT_TRANSLATE_NOOP("OmsMessages", "The journal at %1 could not be written or read: %2."),
    QT_TRANSLATE_NOOP("OmsMessages", "The journal at %1 cannot be opened: %2."),
    QT_TRANSLATE_NOOP("OmsMessages", "The journal at %1 is damaged (%2)."),
    # instore_app/scanner/serial.py (SerialScanner.error, shown in the banner)
    QT_TRANSLATE_NOOP("OmsMessages", "No serial scanner port is set."),
    QT_TRANSLATE_NOOP("OmsMessages", "The scanner on %1 could not be opened: %2."),
    QT_TRANSLATE_NOOP("OmsMessages", "The scanner on %1 was disconnected: plug it in again."),
    QT_TRANSLATE_NOOP("OmsMessages", "The scanner on %1 stopped working: %2."),
    # instore_app/labels (LabelError: why a label can't be shown or printed)
    QT_TRANSLATE_NOOP("OmsMessages", "the OMS sent an empty label."),
    QT_TRANSLATE_NOOP("OmsMessages", "its format is not supported (%1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "the image is empty."),
    QT_TRANSLATE_NOOP("OmsMessages", "the image is not a PNG, JPEG or GIF."),
    QT_TRANSLATE_NOOP("OmsMessages", "the image is too large (%1 x %2 pixels)."),
    QT_TRANSLATE_NOOP("OmsMessages", "the image could not be decoded (%1)."),
    QT_TRANSLATE_NOOP("OmsMessages", "the PDF is empty."),
    QT_TRANSLATE_NOOP("OmsMessages", "the PDF is protected by a password."),
    QT_TRANSLATE_NOOP("OmsMessages", "the PDF is damaged or not a PDF."),
    QT_TRANSLATE_NOOP("OmsMessages", "the PDF has no pages."),
    QT_TRANSLATE_NOOP("OmsMessages", "the HTML label is empty."),
    QT_TRANSLATE_NOOP("OmsMessages", "printing could not start on %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "no printer is set up, and no PDF file was chosen."),
    QT_TRANSLATE_NOOP("OmsMessages", "the PDF file “%1” cannot be written."),
    QT_TRANSLATE_NOOP("OmsMessages", "the PDF file “%1”"),
    QT_TRANSLATE_NOOP("OmsMessages", "the printer “%1”"),
    QT_TRANSLATE_NOOP("OmsMessages", "there is no number to put in a barcode."),
    QT_TRANSLATE_NOOP("OmsMessages", "“%1” cannot be written as a Code128 barcode (%2)."),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "The command barcodes do not fit a column %1 mm wide; print the sheet on A4 or Letter paper, portrait.",
    ),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The PDF file “%1” cannot be written: its folder does not exist or is read-only."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The PDF page size could not be set."),
    QT_TRANSLATE_NOOP("OmsMessages", "Cannot print the command sheet to %1."),
    QT_TRANSLATE_NOOP("OmsMessages", "A new page of the command sheet could not be started."),
    QT_TRANSLATE_NOOP(
        "OmsMessages", "The page is too short for the command sheet; print it on A4 or Letter paper, portrait."
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The barcode for %1 could not be drawn."),
    QT_TRANSLATE_NOOP("OmsMessages", "A new page of the command sheet could not be started."),
    # instore_app/labels/manifest.py (the courier manifest's PDF)
    QT_TRANSLATE_NOOP("OmsMessages", "The folder “%1” cannot be made: %2."),
    QT_TRANSLATE_NOOP("OmsMessages", "The PDF file “%1” was not written."),
    # instore_app/settings/tokens.py, store.py (the token's keyring, the settings file)
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "No system keyring was found: the token is kept until the app closes and asked for again next time.",
    ),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "The system keyring did not accept the token (it may be locked): the token is kept until the app "
        "closes and asked for again next time.",
    ),
    # ... followed by what keeps the token (settings.KEEP_IT), one sentence per platform
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "To keep it, install and unlock a Secret Service keyring, such as GNOME Keyring (the gnome-keyring "
        "package) or KeePassXC with its Secret Service integration turned on, then start the app again.",
    ),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "To keep it, check that this Windows user can use the Windows Credential Manager (built into "
        "Windows), then start the app again.",
    ),
    QT_TRANSLATE_NOOP(
        "OmsMessages",
        "To keep it, unlock the login keychain in Keychain Access (built into macOS), then start the app again.",
    ),
    QT_TRANSLATE_NOOP("OmsMessages", "The settings could not be saved: %1 is not writable."),
    QT_TRANSLATE_NOOP("OmsMessages", "The settings file %1 is damaged; it was not overwritten."),
)

_PLACEHOLDER = re.compile(r"%([1-9])")
#: Where one sentence ends and the next begins: after . ! ? or …, before a capital letter, a
#: quote, a bracket or an option ("--…"); or at a line break. "e.g. 100" is not a boundary.
_BOUNDARY = re.compile(r"(?<=[.!?…])[ \t]+(?=[A-Z“\"'(\[«]|--)|[ \t]*\n\s*")


def _pattern(source: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(source)  # literal, digit, literal, digit, ...
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<p{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(regex + r"\Z", re.DOTALL)


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The sentences with placeholders, longest literal text first (the most specific wins);
    compiled when the first message is shown, not while the app starts (~70 patterns)."""
    return tuple(
        (source, _pattern(source))
        for source in sorted(
            (m for m in MESSAGES if _PLACEHOLDER.search(m)),
            key=lambda m: -len(_PLACEHOLDER.sub("", m)),
        )
    )


_FIXED = frozenset(m for m in MESSAGES if not _PLACEHOLDER.search(m))


def split_sentences(text: str) -> list[tuple[str, str]]:
    """`text` as (sentence, the separator after it); joining them gives `text` back."""
    pieces: list[tuple[str, str]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.start() == start:  # a separator at the start, or two in a row
            continue
        pieces.append((text[start : match.start()], match.group()))
        start = match.end()
    pieces.append((text[start:], ""))
    return pieces


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _sentence(sentence: str, depth: int) -> str | None:
    """The translation of one known sentence, or None when nothing listed matches it
    (`depth` bounds the recursion into placeholder values)."""
    if sentence in _FIXED:
        return _translate(sentence)
    for source, pattern in _patterns():
        match = pattern.match(sentence)
        if match is None:
            continue
        values = {
            name[1:]: (_whole(value, depth + 1) if depth < 3 else value)
            for name, value in match.groupdict().items()
        }
        return _filled(_translate(source), values)
    return None


def _filled(template: str, values: dict[str, str]) -> str:
    """`template` with each %N replaced by its value (kept as it is when it has none)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group()), template)


def _whole(text: str, depth: int) -> str:
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    whole = _sentence(stripped, depth)
    if whole is not None:
        return lead + whole + trail
    pieces = split_sentences(stripped)
    if len(pieces) == 1:
        return text
    out = []
    for sentence, separator in pieces:
        translated = _sentence(sentence, depth) if sentence else None
        out.append((translated if translated is not None else sentence) + separator)
    return lead + "".join(out) + trail


def translate_message(text: str) -> str:
    """`text` (an English message from the layers without Qt) in the UI's language.

    The whole message is looked up first; failing that each sentence (split at ". " before
    a capital letter, and at line breaks) is translated on its own. Unknown sentences are kept
    as they are, so an OMS's own words come through unchanged. Without a translator
    installed the text comes back as it was.
    """
    if not text:
        return text
    # Line by line: a line break always ends a sentence, and a pattern must not match across
    # lines (two refused settings, one per line, are two messages).
    return "\n".join(_whole(line, 0) for line in text.split("\n"))

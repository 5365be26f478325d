"""ZPL labels: what the station does with a label it cannot draw.

Some Seller Center cargo integrations send the label as ZPL, the command language of Zebra
(and compatible) thermal label printers. Nothing here can draw ZPL on screen, and Qt cannot
print it: a ZPL label is sent unchanged, as a raw print job, to the label printer the packer
chose (``--printer NAME`` or Settings), through CUPS's ``lp -o raw`` (Linux and macOS). It is
never sent to the system's default printer unasked (ZPL on an office printer prints pages of
code), nor to a printer this PC does not have. Where that is not possible, the packer is told
why, in words, and to print the label from the Seller Center instead.

No Qt here but the printer list (QPrinterInfo, through :mod:`.output`).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable

from ..api.documents import ZPL_MEDIA_TYPE, LabelDocument
from .content import LabelError

log = logging.getLogger(__name__)

__all__ = ["RAW_PRINT_TIMEOUT", "ZPL_NOT_SHOWN", "is_zpl", "send_raw"]

#: How long ``lp`` may take to spool the job (it returns once the job is queued).
RAW_PRINT_TIMEOUT = 15.0

#: What the bench shows in place of a ZPL label (the UI translates it).
ZPL_NOT_SHOWN = (
    "This label is ZPL, commands for a thermal label printer (Zebra): it cannot be shown on screen. "
    "Print (F10) sends it unchanged to the label printer chosen in Settings."
)


def is_zpl(document: object) -> bool:
    """True for a label carried as ZPL (see :data:`~instore_app.api.documents.ZPL_MEDIA_TYPE`)."""
    return isinstance(document, LabelDocument) and document.kind == "zpl"


def send_raw(
    document: LabelDocument,
    printer: str,
    *,
    title: str,
    printers: Callable[[], list[str]],
    lp: str | None = None,
) -> None:
    """Send the ZPL `document` unchanged to `printer` (a CUPS queue); LabelError, in words,
    when no printer was chosen, it is not on this PC, there is no ``lp`` or it refused the job.
    `printers`: the queues this PC has; `lp`: the command (default: ``lp`` on the PATH)."""
    if document.content_type.split(";")[0].strip().lower() != ZPL_MEDIA_TYPE:
        raise LabelError("this label is not ZPL.")
    if not printer:
        raise LabelError(
            "this label is ZPL, for a thermal label printer, and no label printer is chosen. ZPL is sent only "
            "to a printer chosen in Settings (Ctrl+,) or with --printer NAME. It was not printed."
        )
    if printer not in printers():
        raise LabelError(f"the label printer “{printer}” is not found on this PC; the ZPL label was not printed.")
    command = lp or shutil.which("lp")
    if command is None:
        raise LabelError(
            "this label is ZPL, which is sent to the printer as it is with the lp command of CUPS, and this PC "
            "has none. Print the label from the Seller Center."
        )
    try:
        result = subprocess.run(
            [command, "-d", printer, "-o", "raw", "-t", title, "--", "-"],
            input=document.content,
            capture_output=True,
            timeout=RAW_PRINT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LabelError(f"the ZPL label could not be sent to “{printer}” ({type(exc).__name__}).") from exc
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LabelError(
            f"the printer “{printer}” did not take the ZPL label ({reason[-1] if reason else f'lp ended with {result.returncode}'})."
        )
    log.info("ZPL label %s sent raw to %r", title, printer)

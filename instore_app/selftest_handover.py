"""``--self-test``, after the pack: hand the packed package to the courier and write the manifest.

Through the window's own pieces (the handover mode the bench controller routes scans to, the
handover page, the outbox, the manifest printed with no dialog): open the handover, choose the
package's carrier, scan its number, wait for its ship command to reach the simulator, finish,
and read the manifest's PDF back. Nothing is printed on paper and nothing is kept in the
user's folders: the "printer" and the kept copy are PDFs in a temporary folder.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .simulator import SimulatorServer
    from .ui.main_window import MainWindow

__all__ = ["hand_over_one_package"]

SHIP_COMMANDS = ("SHIP_PACKAGE", "ADVANCED_SHIP_PACKAGE")


class Steps(Protocol):
    def begin(self, name: str) -> None: ...

    def ok(self, detail: str) -> None: ...


async def hand_over_one_package(
    steps: Steps,
    stack: AsyncExitStack,
    window: MainWindow,
    server: SimulatorServer,
    package_id: int,
    *,
    check: Callable[[object, str], None],
    until: Callable[..., Any],
    expect: Callable[..., Any],
) -> None:
    from PySide6.QtCore import QByteArray, QBuffer, QIODevice
    from PySide6.QtPdf import QPdfDocument

    from .handover.archive import ManifestArchive
    from .labels import LabelPrintSettings, make_printer

    folder = Path(tempfile.mkdtemp(prefix="instore-self-test-"))
    stack.callback(_remove, folder)
    mode, screen = window.controller.handover, window.after_packing.screen
    check(mode is not None and mode.session is not None and screen is not None, "the courier handover is not set up")
    assert mode is not None and mode.session is not None and screen is not None
    printed = folder / "printed.pdf"
    screen.printer_factory = lambda: make_printer(LabelPrintSettings(), printed)
    screen.archive = ManifestArchive(folder / "manifests")

    steps.begin("handover")
    window.handle_scan("ZZCMDHANDOVER")
    check(window.stack.currentWidget() is window.after_packing.handover_view, "the handover page did not open")
    await until(lambda: mode.session.candidates is not None and not mode.loading, "reading the parcels waiting")
    candidates = mode.session.candidates
    assert candidates is not None
    candidate = next((c for c in candidates.candidates if c.package_id == package_id), None)
    check(candidate is not None, f"the packed package is not among the {len(candidates.candidates)} waiting for the courier")
    assert candidate is not None
    carrier = candidate.cargo_company_id or next(iter(candidates.companies))
    window.handle_scan(f"ZZCARGO{carrier}")
    await until(lambda: mode.carrier is not None, "choosing the carrier")
    window.handle_scan(candidate.tracking_number or candidate.number)
    await until(lambda: len(mode.handed_over()) == 1 or (mode.note is not None and mode.note.is_error), "the scan")
    check(len(mode.handed_over()) == 1, f"the parcel was not handed over ({mode.note.code if mode.note else '?'})")
    await until(lambda: mode.waiting_count == 0, "the ship command reaching the OMS")
    sent = sum(server.store.command_count(package_id, name) for name in SHIP_COMMANDS)
    check(sent == 1, f"the OMS received {sent} ship commands for {candidate.number}")
    state = server.store.package_state(package_id)
    steps.ok(f"{candidate.number} handed to {mode.carrier.name if mode.carrier else '?'}; "
             f"one {candidate.action.value} command reached the OMS (state {state})")

    steps.begin("manifest")
    done = expect(screen.manifest_printed)
    window.handle_scan("ZZCMDDONE")
    _handover_id, problem = await done
    check(problem is None, f"the manifest was not printed: {problem}")
    kept = screen.archive.kept()
    check(printed.is_file() and kept, "no manifest PDF was written")
    buffer = QBuffer()
    buffer.setData(QByteArray(kept[0].read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    check(candidate.number in text, f"the manifest does not list {candidate.number}")
    mode.close()
    steps.ok(f"{document.pageCount()} page(s), lists {candidate.number}; printed to a PDF, kept copy {kept[0].name}")


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)

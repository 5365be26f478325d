"""A packed package's label through a real print spooler: CUPS with a cups-pdf queue.

The queue ``Label100x150`` is created as a station would have it (``lpadmin ... cups-pdf``), and
the window runs with the options ``--auto-print --printer Label100x150`` give. Packing a package
by scans alone must make cups-pdf write one 100 x 150 mm page (283 x 425 pt) that carries the
package number. CUPS and cups-pdf are installed with apt where that can be done (root, or
passwordless sudo: CI runs as root on a fresh Debian 12) by ``scripts/ensure-system-deps.sh
cups``; elsewhere the test is skipped and says why.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from instore_app.labels import LabelPrintSettings
from instore_app.simulator import SimulatorServer, Store
from instore_app.ui.main_window import BenchOptions

from .test_bench import code_of, detail, find_package, open_by_scan
from .window_helpers import next_emission, running_window, until

ROOT = Path(__file__).resolve().parents[1]
QUEUE = "Label100x150"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def _run(*command: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def _as_root(*command: str) -> tuple[str, ...]:
    return command if os.geteuid() == 0 else ("sudo", "-n", *command)


def _output_folder() -> Path:
    """Where cups-pdf writes this user's jobs: the ``Out`` line of its configuration."""
    home = pwd.getpwuid(os.getuid()).pw_dir  # cups-pdf looks the job's user up, not $HOME
    user = pwd.getpwuid(os.getuid()).pw_name
    out = "${HOME}/PDF"
    for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
        if re.match(r"\s*Out\s", line):
            out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", home).replace("${USER}", user))


@pytest.fixture(scope="module")
def cups_queue() -> Path:
    """The queue, ready; the folder its PDFs land in. Skips where CUPS can't be had."""
    if not shutil.which("apt-get") and not shutil.which("lpadmin"):
        pytest.skip("CUPS is not installed and there is no apt-get to install it (not Debian/Ubuntu)")
    installed = _run("bash", str(ROOT / "scripts" / "ensure-system-deps.sh"), "cups", timeout=900)
    if installed.returncode != 0:
        pytest.skip("CUPS and cups-pdf cannot be installed here: " + (installed.stderr or installed.stdout).strip())
    missing = [tool for tool in ("lpadmin", "lpstat", "cupsd", "pdfinfo", "pdftotext") if not shutil.which(tool)]
    if missing or not CUPS_PDF_CONF.is_file():
        pytest.skip(f"CUPS or cups-pdf is incomplete here (missing: {', '.join(missing) or CUPS_PDF_CONF})")
    if _run("lpstat", "-r").stdout.strip() != "scheduler is running":
        started = _run(*_as_root("cupsd"))
        if started.returncode != 0:
            pytest.skip(f"the CUPS scheduler cannot be started: {started.stderr.strip()}")
        for _ in range(50):
            if _run("lpstat", "-r").stdout.strip() == "scheduler is running":
                break
            subprocess.run(["sleep", "0.1"], check=False)
    # pdftocairo: CUPS's PDF-to-PostScript step then keeps the text as text (with Ghostscript,
    # cups-pdf's PDF has Type 3 glyphs that no tool can read back), so the number can be checked.
    created = _run(
        *_as_root("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD, "-o", "pdftops-renderer-default=pdftocairo")
    )
    if created.returncode != 0:
        pytest.skip(f"the print queue {QUEUE} cannot be created: {created.stderr.strip()}")
    return _output_folder()


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=5)) as oms:
        yield oms


@pytest.mark.slow
@pytest.mark.asyncio
async def test_auto_print_to_a_cups_queue_prints_one_100x150_page_with_the_package_number(qtbot, server, cups_queue):
    package_id = find_package(server, "100,400", lambda p: p["id"] % 5 and 1 <= len(p["packageitem_set"]) <= 4)
    number = detail(server, package_id)["number"]  # its label is HTML (every fifth is a PDF)
    # cups-pdf names the file after the job (the same name on a reprint): new or rewritten ones.
    before = {p: p.stat().st_mtime_ns for p in cups_queue.glob("*.pdf")} if cups_queue.is_dir() else {}
    options = BenchOptions(sound=False, auto_print=True, print_settings=LabelPrintSettings(printer_name=QUEUE))
    async with running_window(qtbot, server, options=options) as window:
        await open_by_scan(window, server, package_id)
        shown = next_emission(window.label_shown, where=lambda pid: pid == package_id)
        from instore_app.scanner.testing import type_scan

        for item in detail(server, package_id)["packageitem_set"]:
            type_scan(window.bench.scan_field, code_of(item))
        await shown
        printed = window.controller.work(package_id)
        await until(lambda: printed is not None and printed.print_note is None and not window.bench.print_line.isVisibleTo(window.bench))

        def new_pdfs() -> list[Path]:
            if not cups_queue.is_dir():
                return []
            return [p for p in cups_queue.glob(f"*{number}*.pdf") if before.get(p) != p.stat().st_mtime_ns]

        try:
            await until(lambda: bool(new_pdfs()), timeout=120)
        except AssertionError:
            jobs = _run("lpstat", "-W", "all", "-o", QUEUE).stdout
            raise AssertionError(f"cups-pdf wrote no PDF for {number} in {cups_queue}; jobs: {jobs}") from None
        assert "Packed ✔" in window.bench.banner.text()
    (pdf,) = new_pdfs()
    await until(lambda: _run("pdfinfo", str(pdf)).returncode == 0, timeout=30)  # written whole
    info = _run("pdfinfo", str(pdf)).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    assert size and abs(float(size[1]) - 283.46) < 1.5 and abs(float(size[2]) - 425.2) < 1.5, info
    assert number in _run("pdftotext", str(pdf), "-").stdout

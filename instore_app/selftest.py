"""``instore-app --self-test``: pack one package end to end against the embedded simulator.

It runs the app's real pieces -- the OMS client, the :class:`~instore_app.operations.Station`,
the :class:`~instore_app.ui.main_window.MainWindow` with the scanner filter, label rendering --
against the embedded OMS simulator on loopback, then checks what the OMS received. It is meant
for a freshly built bundle (``scripts/build-bundle.sh`` runs it from ``dist/``) and for a
support person at a station: a module, plugin or data file the bundle forgot shows up here as
one failed step, named.

Steps, one printed line each: the data files (sounds, icon, Turkish translation when one is
compiled), the Qt modules loaded at run time, the keyring's backends, the simulator, the list, opening a Waiting
package by scanning its number, scanning each item, the pack (the simulator must say Packed,
"500") and the label on screen, the journal's record of the commands, the packing slip; then
the courier handover of that package (one ship command must reach the simulator) and its
manifest, printed to a PDF and read back (:mod:`.selftest_handover`).
Then ``self-test passed`` (exit status 0); otherwise ``self-test FAILED`` with what failed
(exit status 1). The whole run is limited to :data:`TIMEOUT_SECONDS`.

Nothing of the user's is touched: the journal is in memory, the OMS is the simulator (with its
own throw-away data), product photos are not cached on disk, sounds are off and nothing is
printed on paper. ``--self-test`` works
offscreen (``QT_QPA_PLATFORM=offscreen``); on a desktop the window shows for a second or two.
A windowed Windows build has no console to print to: there the lines go to
``%TEMP%\\instore-app-self-test.txt`` (and the exit status says passed or not).

:func:`self_test` is the async core (for a caller already on a qasync loop, such as a test);
:func:`run_self_test` starts the QApplication and the qasync loop and returns the exit status.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import re
import sys
import tempfile
import time
import traceback
import wave
from contextlib import AsyncExitStack
from pathlib import Path
from collections.abc import Callable
from typing import Any

from . import __version__
from .resources import DATA_LAYOUT, DATA_ROOT, app_icon_files, resource_path, translations_dir

log = logging.getLogger(__name__)

__all__ = ["TIMEOUT_SECONDS", "SelfTestFailure", "run_self_test", "self_test"]

#: The whole self-test must finish within this many seconds.
TIMEOUT_SECONDS = 60.0
#: Qt modules the app imports only when needed (so PyInstaller's import scan may miss them).
RUNTIME_QT_MODULES = ("PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtPrintSupport", "PySide6.QtSerialPort")
#: A compiled Turkish translation: "tr.qm", "instore_app_tr.qm", "app.tr_TR.qm"...
TURKISH_QM = re.compile(r"(^|[_.-])tr([_.-][A-Za-z]{2})?$", re.IGNORECASE)
WAITING, PREPARING, PACKED = "100", "200", "500"


class SelfTestFailure(Exception):
    """A step found something wrong; the message says what."""


class _Steps:
    """Prints one line per step, with its time; remembers the step under way."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.current = "starting"
        self._started = time.perf_counter()

    def begin(self, name: str) -> None:
        self.current = name
        self._started = time.perf_counter()

    def ok(self, detail: str) -> None:
        elapsed = time.perf_counter() - self._started
        self.out(f"[ok] {self.current}: {detail} ({elapsed:.2f} s)")

    def fail(self, detail: str) -> None:
        self.out(f"[FAILED] {self.current}: {detail}")


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


async def self_test(
    *, out: Callable[[str], None] = print, timeout: float = TIMEOUT_SECONDS, backend: str = "oms"
) -> bool:
    """Run every step on the running (qasync) loop; True when all passed. `backend`: "oms",
    or "seller-center" (the package is packed through the simulator's Seller Center API, see
    :mod:`.selftest_seller_center`).

    Needs a QApplication and a qasync loop (``run_self_test`` makes both). Prints through `out`.
    """
    steps = _Steps(out)
    started = time.perf_counter()
    out(f"instore-app {__version__} self-test (Python {sys.version.split()[0]}, data: {DATA_LAYOUT} at {DATA_ROOT},"
        f" backend: {backend})")
    limit = asyncio.timeout(timeout)
    try:
        async with limit:
            await _run(steps, backend)
    except TimeoutError as exc:
        if not limit.expired():  # a step's own timeout, not ours
            steps.fail(f"{type(exc).__name__}: {exc or 'timed out'}")
        else:
            steps.fail(f"did not finish within {timeout:g} s")
    except (SelfTestFailure, FileNotFoundError) as exc:  # resource_path's message names the file
        steps.fail(str(exc))
    except Exception as exc:  # anything else is a failure of the step too, with its traceback
        steps.fail(f"{type(exc).__name__}: {exc}")
        out("".join(traceback.format_exception(exc)).rstrip())
    else:
        out(f"self-test passed in {time.perf_counter() - started:.1f} s")
        return True
    out("self-test FAILED")
    return False


async def _run(steps: _Steps, backend: str = "oms") -> None:
    steps.begin("sounds")
    steps.ok(_check_sounds())
    steps.begin("icon")
    steps.ok(_check_icon())
    steps.begin("translations")
    steps.ok(_check_translations())
    steps.begin("Qt modules")
    steps.ok(_check_qt_modules())
    steps.begin("keyring")
    steps.ok(_check_keyring())
    async with AsyncExitStack() as stack:
        if backend == "seller-center":
            from .selftest_seller_center import pack_one_seller_center_package

            await pack_one_seller_center_package(steps, stack)
        else:
            await _pack_one_package(steps, stack)


# -- data files and modules ---------------------------------------------------------------


def _check_sounds() -> str:
    from .ui.feedback import SOUND_FILES

    described = []
    for file in SOUND_FILES.values():
        path = resource_path("sounds", file)
        try:
            with wave.open(str(path), "rb") as wav:
                frames, rate = wav.getnframes(), wav.getframerate()
        except (wave.Error, EOFError) as exc:
            raise SelfTestFailure(f"{path} is not a WAV file ({exc})") from exc
        _check(frames > 0, f"{path} holds no sound")
        described.append(f"{file} {frames / rate * 1000:.0f} ms")
    return ", ".join(described)


def _check_icon() -> str:
    from PySide6.QtGui import QIcon, QImage

    icon = QIcon()
    for size, path in app_icon_files():
        image = QImage(str(path))
        _check(not image.isNull(), f"{path} cannot be read as an image")
        _check(image.width() == size and image.height() == size, f"{path} is {image.width()}x{image.height()}, not {size}x{size}")
        icon.addFile(str(path))
    _check(not icon.isNull(), "the application icon is empty")
    ico = resource_path("icons", "instore-app.ico")
    _check(ico.read_bytes()[:4] == b"\x00\x00\x01\x00", f"{ico} is not a Windows icon")
    return f"{len(app_icon_files())} PNG sizes and the .ico in {ico.parent}"


def _check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = translations_dir()
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    turkish = [path for path in compiled if TURKISH_QM.search(path.stem)]
    if turkish:
        translator = QTranslator()
        _check(translator.load(str(turkish[0])), f"{turkish[0]} cannot be loaded as a translation")
        # An empty catalogue loads fine: the Turkish UI is then English (translations unfinished).
        words = "but it has no finished translation yet" if translator.isEmpty() else "with its translations"
        # Qt's own catalogue (standard buttons, print dialog) goes with the app's.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_turkish = QTranslator()
        _check(qt_turkish.load("qtbase_tr", qt_folder), f"Qt's own Turkish translation (qtbase_tr.qm) is not in {qt_folder}")
        return f"{turkish[0].name} loads {words}; Qt's qtbase_tr.qm too, from {qt_folder}"
    _check(not compiled, f"no Turkish .qm among {', '.join(p.name for p in compiled)} in {folder}")
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if sources:
        return f"none compiled yet in {folder} ({len(sources)} .ts; pyside6-lrelease makes the .qm): English only"
    return f"none in {folder}: English only"


def _check_qt_modules() -> str:
    for name in RUNTIME_QT_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise SelfTestFailure(f"{name} cannot be imported ({exc})") from exc
    from .ui.feedback import SoundPlayer

    player = SoundPlayer(enabled=False, preload=False)
    try:
        sound = "sound can play" if player.load() else f"no sound here ({player.unavailable_reason}), which is allowed"
    finally:
        player.deleteLater()
    return f"{', '.join(n.split('.')[1] for n in RUNTIME_QT_MODULES)} import; {sound}"


#: The keyring backend (an entry point of keyring's own) that holds the token on each system.
NATIVE_KEYRING = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


def _check_keyring() -> str:
    """The token's keyring: its backends are found (entry points, which a bundle can lose) and
    the system's own imports. No secret is read or written."""
    from importlib import metadata

    try:
        import keyring
    except ImportError as exc:
        raise SelfTestFailure(f"keyring cannot be imported ({exc})") from exc
    found = {ep.name: ep for ep in metadata.entry_points(group="keyring.backends")}
    native = NATIVE_KEYRING.get(sys.platform)
    if native is not None:
        _check(native in found, f"keyring's {native} backend is not registered (found: {', '.join(sorted(found)) or 'none'})")
        try:
            found[native].load()
        except Exception as exc:  # ImportError of a dependency (secretstorage, jeepney, pywin32-ctypes...)
            raise SelfTestFailure(f"keyring's {native} backend cannot be loaded ({type(exc).__name__}: {exc})") from exc
    backend = keyring.get_keyring()
    return f"{len(found)} backends registered; this machine's: {type(backend).__module__}.{type(backend).__name__}"


# -- one package, end to end ----------------------------------------------------------------


def _expect(signal: Any, where: Callable[..., bool] | None = None) -> asyncio.Future[tuple[Any, ...]]:
    """Listen for `signal` from now on (connected at once, before the action that emits it):
    a future with the arguments of its next emission for which `where(*args)` holds."""
    from PySide6.QtCore import QObject

    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def slot(*args: Any) -> None:
        if not future.done() and (where is None or where(*args)):
            future.set_result(args)

    connection = signal.connect(slot)
    # not signal.disconnect(slot): see tests/test_architecture.py
    future.add_done_callback(lambda _f: QObject.disconnect(connection))
    return future


async def _until(condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    """Let the loop run until `condition()` holds; SelfTestFailure naming `what` if it doesn't."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise SelfTestFailure(f"{what} did not happen within {timeout:g} s")
        await asyncio.sleep(0.01)


def _scan_code(item: Any) -> str:
    """What a packer scans for an item: its barcode, else its selected barcode, else its SKU."""
    product = item.order_item.product
    return product.barcode or item.selected_barcode or product.sku


async def _pack_one_package(steps: _Steps, stack: AsyncExitStack) -> None:
    from PySide6.QtWidgets import QApplication

    from .api import LabelDocument, OmsClient, RetryPolicy
    from .composition import compose
    from .journal import CommandOutcome, Journal
    from .labels import packing_slip_html
    from .settings import Settings
    from .simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer
    from .ui.bench import Level

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise SelfTestFailure("no QApplication")

    steps.begin("simulator")
    server = SimulatorServer().start()  # its own data, on a free loopback port
    stack.callback(server.stop)
    steps.ok(f"OMS simulator at {server.url}")

    steps.begin("window")
    client = OmsClient(server.url, DEFAULT_TOKEN, retry=RetryPolicy(max_retries=1, base_delay=0.05, max_delay=0.1))
    stack.push_async_callback(client.aclose)
    journal = Journal(":memory:")  # never the user's journal
    stack.callback(journal.close)
    # The defaults but sound (off) and the OMS: never the user's saved settings.
    settings = Settings(
        {"oms_url": server.url, "stock_location_id": DEFAULT_STOCK_LOCATION_ID, "token": DEFAULT_TOKEN, "sound": False}
    )
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # closing our window must not end a caller's loop
    stack.callback(app.setQuitOnLastWindowClosed, quit_on_close)
    composed = compose(settings, app=app, client=client, journal=journal, title_suffix="self-test (OMS simulator)")
    window, station = composed.window, composed.station
    window.images.disk = None  # the simulator's photos are not kept in the user's cache
    stack.callback(window.deleteLater)  # after aclose (the stack unwinds in reverse)
    stack.push_async_callback(composed.aclose)
    refreshed = _expect(window.list_refreshed)
    stack.callback(refreshed.cancel)
    composed.start()
    await refreshed
    waiting = [p for p in station.packages if p.state.enum_value == WAITING]
    _check(waiting, f"the list has {len(station.packages)} packages but none is Waiting")
    steps.ok(f"{window.model.rowCount()} packages listed, {len(waiting)} Waiting")

    steps.begin("open")
    # The simulator makes a PDF label for one package in five (id divisible by 5): prefer one,
    # so the label step shows a PDF through QtPdf (the packing slip step covers HTML), and one
    # with several items.
    package = max(waiting, key=lambda p: (p.id % 5 == 0, min(p.packageitem_count, 4), -waiting.index(p)))
    opened = _expect(window.package_opened, lambda pid: pid == package.id)
    stack.callback(opened.cancel)
    window.handle_scan(package.number)
    await opened
    await _until(lambda: window.bench.session is not None, f"reading package {package.number}")
    session = window.bench.session
    _check(session is not None and session.package_id == package.id, "the bench did not open the scanned package")
    await _until(lambda: server.store.package_state(package.id) != WAITING, "moving the package to Preparing")
    state = server.store.package_state(package.id)
    _check(state == PREPARING, f"the simulator says package {package.number} is in state {state}, not Preparing ({PREPARING})")
    steps.ok(f"scanned {package.number}: open on the bench, OMS state Preparing ({PREPARING})")

    steps.begin("scan items")
    items = session.required_items
    _check(items, f"package {package.number} has no items to pack")
    label = _expect(window.label_shown, lambda pid: pid == package.id)
    stack.callback(label.cancel)
    for item in items:
        code = _scan_code(item)
        _check(code, f"item {item.id} has no barcode or SKU to scan")
        window.handle_scan(code)
        _check(
            window.bench.banner.level is not Level.ERROR,
            f"scanning {code} was refused: {window.bench.banner.text()}",
        )
    done, total = session.progress
    _check(done == total, f"{done} of {total} items confirmed after scanning each once")
    steps.ok(f"{total} item(s) confirmed by barcode or SKU")

    steps.begin("pack and label")
    await label
    state = server.store.package_state(package.id)
    _check(state == PACKED, f"the simulator says package {package.number} is in state {state}, not Packed ({PACKED})")
    sent = [c.command for c in server.store.received_commands if c.package_id == package.id]
    _check(sent == ["PKG_STATE_TRANSITION", "COMPLETE_PACKAGING"], f"the OMS received {sent}")
    view = window.bench.label_view
    _check(view.has_content, f"no label on screen ({view.message or 'nothing shown'})")
    packed = await client.get_package(package.id)
    _check(packed.shipping_label is not None, f"the OMS made no shipping label for {package.number}")
    document = await client.fetch_label(packed.shipping_label)
    _check(isinstance(document, LabelDocument) and document.kind in ("pdf", "html"), "the label cannot be fetched again")
    is_file = server.store.package_json(package.id, server.url)["shipping_label"]["is_file"]
    _check(document.kind == ("pdf" if is_file else "html"), f"the label is {document.kind}, but is_file is {is_file}")
    window.repaint()  # paints the label (a PDF page through QtPdf)
    steps.ok(f"OMS state Packed ({PACKED}); {document.kind.upper()} label shown, {view.page_count} page(s)")

    steps.begin("journal")
    records = journal.commands(package.id)
    outcomes = [(r.command, r.outcome) for r in records]
    _check(
        ("COMPLETE_PACKAGING", CommandOutcome.APPLIED) in outcomes,
        f"the journal does not record the pack as applied: {outcomes}",
    )
    steps.ok(f"{len(records)} commands recorded (in memory), the pack as applied")

    steps.begin("packing slip")
    html = packing_slip_html(packed, packed.stock_location.name if packed.stock_location else None)
    _check("data:image/png;base64," in html, "the packing slip has no barcode image")
    steps.ok(f"Code128 barcode and {len(html)} characters of HTML")

    from .selftest_handover import hand_over_one_package

    await hand_over_one_package(steps, stack, window, server, package.id, check=_check, until=_until, expect=_expect)


# -- the command-line entry point ---------------------------------------------------------------


def run_self_test(argv: list[str] | None = None, *, backend: str = "oms") -> int:
    """Run the self-test on a new qasync loop; 0 when it passed, 1 otherwise.

    Creates the QApplication if there is none (``QT_QPA_PLATFORM=offscreen`` works).
    """
    import qasync
    from PySide6.QtWidgets import QApplication

    if not logging.getLogger().handlers:  # the app's own log file is not ours to write
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # QtMultimedia lists every optional library it could not find (pipewire, VA-API): machine
    # noise, not a result. Set before the QApplication, added to the user's own rules.
    os.environ["QT_LOGGING_RULES"] = ";".join(
        filter(None, [os.environ.get("QT_LOGGING_RULES"), "qt.multimedia.symbolsresolver.warning=false"])
    )
    app = QApplication.instance() or QApplication(list(argv) if argv else sys.argv[:1])
    app.setApplicationName("instore-app")
    app.setApplicationDisplayName("Packing station")
    app.setApplicationVersion(__version__)

    # A windowed Windows build has no console (sys.stdout is None): the lines go to a file.
    report = None if sys.stdout is not None else Path(tempfile.gettempdir()) / "instore-app-self-test.txt"
    if report is not None:
        report.write_text("", encoding="utf-8")

    def out(line: str) -> None:
        if report is None:
            print(line, flush=True)
        else:
            with report.open("a", encoding="utf-8") as file:
                file.write(line + "\n")

    try:
        passed = qasync.run(self_test(out=out, backend=backend))
    except Exception as exc:  # the loop itself broke: still one clear line and exit 1
        out(f"[FAILED] self-test could not run: {type(exc).__name__}: {exc}")
        out("self-test FAILED")
        return 1
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(run_self_test())

"""``instore-app --self-test``: the real pieces pack a package against the simulator.

The async core runs here on the test's qasync loop; the command-line wrapper (its own
QApplication and qasync loop, as in the bundle) runs in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from instore_app import selftest
from instore_app.selftest import self_test

ROOT = Path(__file__).resolve().parents[1]
STEPS = (
    "sounds",
    "icon",
    "translations",
    "Qt modules",
    "keyring",
    "simulator",
    "window",
    "open",
    "scan items",
    "pack and label",
    "journal",
    "packing slip",
    "handover",
    "manifest",
)


@pytest.mark.slow
@pytest.mark.asyncio
async def test_the_self_test_packs_a_package_and_passes(qtbot):
    lines: list[str] = []
    assert await self_test(out=lines.append), "\n".join(lines)
    assert lines[-1].startswith("self-test passed")
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"[ok] {step}" for step in STEPS]
    pack = next(line for line in lines if line.startswith("[ok] pack and label"))
    assert "Packed (500)" in pack and "label shown" in pack
    handover = next(line for line in lines if line.startswith("[ok] handover"))
    assert "one ship command reached the OMS" in handover
    assert "lists" in next(line for line in lines if line.startswith("[ok] manifest"))


@pytest.mark.slow
@pytest.mark.asyncio
async def test_the_self_test_on_the_seller_center_packs_a_package_and_passes(qtbot):
    """--self-test --backend seller-center: the same steps against the simulator's /api/i2/."""
    lines: list[str] = []
    assert await self_test(out=lines.append, backend="seller-center"), "\n".join(lines)
    assert lines[-1].startswith("self-test passed")
    assert "backend: seller-center" in lines[0]
    pack = next(line for line in lines if line.startswith("[ok] pack and label"))
    assert any(line.startswith("[ok] scan items") and "by product code" in line for line in lines)
    assert "[FAILED]" not in "\n".join(lines), pack


@pytest.mark.asyncio
async def test_a_failing_step_is_named_and_the_result_is_false(monkeypatch):
    def missing(*parts: str) -> Path:
        raise FileNotFoundError(f"resource {'/'.join(parts)!r} is missing: no /nowhere")

    monkeypatch.setattr(selftest, "resource_path", missing)
    lines: list[str] = []
    assert not await self_test(out=lines.append)
    assert lines[-2].startswith("[FAILED] sounds: resource 'sounds/ok.wav' is missing: no /nowhere")
    assert lines[-1] == "self-test FAILED"
    assert not any(line.startswith("[ok] simulator") for line in lines)


@pytest.mark.asyncio
async def test_the_overall_timeout_fails_it_and_cleans_up(qtbot, monkeypatch):
    """The simulator holds the package list (it never answers while the client waits), so the
    window step waits for its list until the overall limit ends the run, however fast or slow
    the machine: the step is named, the window, client and simulator are closed, and the loop
    goes on. (The steps before it take well under a second; the limit leaves room for a slow one.)"""
    from PySide6.QtWidgets import QApplication

    from instore_app import simulator

    servers: list[simulator.SimulatorServer] = []

    class ListHeld(simulator.SimulatorServer):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            held = simulator.FaultPlan(rates={"timeout": 1.0}, endpoints=("list",), hang_seconds=600)
            super().__init__(*args, faults=held, **kwargs)
            servers.append(self)

    monkeypatch.setattr(simulator, "SimulatorServer", ListHeld)
    app = QApplication.instance()
    quit_on_close = app.quitOnLastWindowClosed()
    lines: list[str] = []
    assert not await self_test(out=lines.append, timeout=3)
    assert lines[-2] == "[FAILED] window: did not finish within 3 s", "\n".join(lines)
    assert lines[-1] == "self-test FAILED"
    [server] = servers
    assert server.faults.stats()["faults"]["timeout"]["list"] >= 1  # the list was asked for, and held
    assert app.quitOnLastWindowClosed() == quit_on_close
    assert not any(w.isVisible() for w in app.topLevelWidgets() if "self-test (OMS simulator)" in w.windowTitle())
    with pytest.raises(httpx.ConnectError):  # the simulator is stopped
        httpx.get(server.url, timeout=2)


@pytest.mark.slow
def test_the_command_line_wrapper_exits_0_with_one_line_per_step(tmp_path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        **{var: str(home / sub) for var, sub in (
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_CACHE_HOME", ".cache"),
        )},
    }
    result = subprocess.run(
        [sys.executable, "-m", "instore_app.selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout.splitlines()
    assert out[-1].startswith("self-test passed")
    assert sum(line.startswith("[ok] ") for line in out) == len(STEPS)
    # Nothing of the user's: no journal, no log file, nothing of the app's in their home.
    assert not list(home.rglob("*instore-app*")), sorted(home.rglob("*"))


def test_instore_app_self_test_runs_it_before_anything_else(monkeypatch):
    from instore_app import app

    calls = []
    monkeypatch.setattr(selftest, "run_self_test", lambda *, backend: calls.append(backend) or 7)
    monkeypatch.setattr(app, "setup_logging", lambda: pytest.fail("a self-test must not open the user's log"))
    assert app.main(["--self-test"]) == 7
    assert app.main(["--self-test", "--backend", "seller-center"]) == 7
    assert calls == ["oms", "seller-center"]


def test_without_a_console_the_lines_go_to_a_file(monkeypatch, tmp_path, qapp):
    """A windowed Windows build has sys.stdout None: the report is written to %TEMP%."""

    async def fake(*, out, backend):  # the wrapper's part only: its loop, its output, its exit status
        out("[ok] one: fine")
        out("self-test passed in 0.0 s")
        return True

    monkeypatch.setattr(selftest, "self_test", fake)
    monkeypatch.setattr(selftest.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run_self_test() == 0
    report = tmp_path / "instore-app-self-test.txt"
    assert report.read_text(encoding="utf-8") == "[ok] one: fine\nself-test passed in 0.0 s\n"

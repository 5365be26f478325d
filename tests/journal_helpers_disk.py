"""Real failing disks for the journal's tests: a tiny filesystem, an immutable file, and a
ledger of which confirmations were reported as written."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from instore_app.journal import Journal, JournalError


@dataclass
class Ledger:
    """What the bench was told: confirmations written (shown as confirmed) and failed."""

    written: dict[int, list[int]] = field(default_factory=dict)
    failed: list[tuple[int, int]] = field(default_factory=list)

    def confirm(self, journal: Journal, package_id: int, item_id: int) -> bool:
        try:
            journal.record_confirmation(package_id, f"P{package_id}", item_id, f"869{item_id:010d}")
        except JournalError:
            self.failed.append((package_id, item_id))
            return False
        self.written.setdefault(package_id, []).append(item_id)
        return True

    def assert_restored_in(self, journal: Journal) -> None:
        """Every confirmation reported as written is there; none that failed is."""
        for package_id, items in self.written.items():
            assert journal.confirmed_items(package_id) == items, package_id
        for package_id, item_id in self.failed:
            assert item_id not in journal.confirmed_items(package_id)
        expected = {p for p, items in self.written.items() if items}
        assert {p.package_id for p in journal.open_packages()} == expected


def fill(folder: Path) -> Path:
    """Fill the filesystem of `folder` to the last byte; returns the filler file."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as f:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError as exc:
                if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                    raise
    return filler


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted for the test (root only; skipped with the reason otherwise)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a tiny filesystem needs root to mount (the injected disk-full test runs anyway)")
    mount = shutil.which("mount")
    umount = shutil.which("umount")
    if not mount or not umount:
        pytest.skip("no mount/umount command on this machine")
    point = tmp_path / "tiny"
    point.mkdir()
    result = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(point)],
        capture_output=True, text=True, timeout=30,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip() or result.returncode}")
    try:
        yield point
    finally:
        subprocess.run([umount, "-l", str(point)], capture_output=True, timeout=30)


def chattr(flag: str, path: Path) -> None:
    subprocess.run(["chattr", flag, str(path)], check=True, capture_output=True, timeout=30)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[list[Path]]:
    """Paths appended to the list are made writable again at the end (chattr -i)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("chattr +i needs root (as a user, the chmod variant of this test runs)")
    if not shutil.which("chattr"):
        pytest.skip("no chattr on this machine")
    probe = tmp_path / "probe"
    probe.write_text("x")
    try:
        chattr("+i", probe)
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"this filesystem does not take chattr +i: {exc.stderr.strip()}")
    chattr("-i", probe)
    paths: list[Path] = []
    try:
        yield paths
    finally:
        for path in paths:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, timeout=30)

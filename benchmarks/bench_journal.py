"""Writing the journal in the scan path: one `record_confirmation` (an INSERT committed to
disk) on a file in a temporary folder, WAL mode, synchronous=FULL (what the app uses: the
commit is fsync'ed before "confirmed"), and synchronous=NORMAL for comparison. Prints the
median and p99 in ms. The whole scan-to-feedback budget is 16 ms p99."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import summary

from instore_app.journal import Journal

WRITES = 1_000
ITEMS_PER_PACKAGE = 5  # packages are closed ("packed") every few items, as at a bench


def write_samples(path: Path, synchronous: str) -> list[float]:
    samples = []
    with Journal(path, synchronous=synchronous) as journal:
        for i in range(WRITES):
            package_id = 500_000 + i // ITEMS_PER_PACKAGE
            started = time.perf_counter()
            journal.record_confirmation(package_id, f"2236607691411584P{package_id}", 9_000_000 + i, f"869{i:010d}")
            samples.append((time.perf_counter() - started) * 1000)
            if i % ITEMS_PER_PACKAGE == ITEMS_PER_PACKAGE - 1:
                journal.close_package(package_id, "packed")
    return samples


def replay_samples(path: Path) -> list[float]:
    """Reopening a package: `confirmed_items` on a journal holding the writes above."""
    samples = []
    with Journal(path) as journal:
        for i in range(ITEMS_PER_PACKAGE):
            journal.record_confirmation(1, "P1", 10 + i)
        for _ in range(WRITES):
            started = time.perf_counter()
            journal.confirmed_items(1)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-journal-") as folder:
        for synchronous in ("FULL", "NORMAL"):
            path = Path(folder) / f"journal-{synchronous.lower()}.sqlite3"
            median, p99 = summary(write_samples(path, synchronous))
            print(f"journal write (WAL, synchronous={synchronous}): median {median:.2f} ms, p99 {p99:.2f} ms ({WRITES} writes)")
        median, p99 = summary(replay_samples(Path(folder) / "journal-full.sqlite3"))
        print(f"journal replay of a package ({ITEMS_PER_PACKAGE} items): median {median:.3f} ms, p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()

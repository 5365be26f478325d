"""The scans log: replaying a package's open entries into its confirmed items."""

from __future__ import annotations

from collections.abc import Iterable

from .records import OpenPackage, parse

__all__ = ["open_packages_from", "replay"]

#: One scan entry as the replay needs it: (kind, item_id); kind is confirm, undo or reset.
Entry = tuple[str, int | None]

#: One open entry for :func:`open_packages_from`: (package_id, kind, item_id, number, at).
OpenRow = tuple[int, str, int | None, str | None, str]


def replay(entries: Iterable[Entry]) -> list[int]:
    """Confirmed item ids in confirmation order after replaying the entries in order: a
    confirm adds the item (once: an item is one unit), an undo removes it, a reset clears
    them all."""
    confirmed: dict[int, None] = {}
    for kind, item_id in entries:
        if kind == "confirm" and item_id is not None:
            confirmed.setdefault(item_id, None)
        elif kind == "undo" and item_id is not None:
            confirmed.pop(item_id, None)
        elif kind == "reset":
            confirmed.clear()
    return list(confirmed)


def open_packages_from(rows: Iterable[OpenRow]) -> list[OpenPackage]:
    """Packages whose open entries (in insertion order) still confirm something, latest
    activity first."""
    entries: dict[int, list[Entry]] = {}
    numbers: dict[int, str] = {}
    last: dict[int, str] = {}
    for package_id, kind, item_id, number, at in rows:
        entries.setdefault(package_id, []).append((kind, item_id))
        if number is not None:
            numbers[package_id] = number
        last[package_id] = max(at, last.get(package_id, at))
    found = [
        OpenPackage(package_id, numbers.get(package_id), count, parse(last[package_id]))
        for package_id, package_entries in entries.items()
        if (count := len(replay(package_entries)))
    ]
    found.sort(key=lambda p: p.last_at, reverse=True)
    return found

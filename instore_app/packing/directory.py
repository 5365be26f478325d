"""The packages a station knows about, to explain scans that are not for the open package."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol, runtime_checkable

from instore_app.api.models import Package, PackageShort

from .barcodes import package_number_key
from .items import is_packable, item_keys

__all__ = ["KnownPackages", "PackageDirectory", "PackageRef"]


class PackageRef(NamedTuple):
    id: int
    number: str


@runtime_checkable
class PackageDirectory(Protocol):
    """What a PackingSession asks about packages other than its own."""

    def package_by_number(self, code: str) -> tuple[int, str] | None:
        """(id, number) of the package whose number is `code` (compared case-insensitively,
        after cleaning), or None."""
        ...

    def packages_with_code(self, key: str) -> Sequence[tuple[int, str]]:
        """(id, number) of the packages with a packable item matching `key`, a normalize()
        result (not re-normalised: normalize is not idempotent on every odd input)."""
        ...


class KnownPackages:
    """An in-memory PackageDirectory with dict lookups.

    Feed it list rows (:class:`PackageShort`: numbers only) and package details
    (:class:`Package`: numbers and item codes) as they arrive; a detail replaces what was
    known of that package's items, a row keeps it. :meth:`replace` is for a refreshed list:
    packages missing from it are forgotten, item codes of the ones still there are kept.
    Only packable items are indexed (see ``NOT_PACKABLE_ITEM_STATES``).
    """

    def __init__(self, packages: Iterable[PackageShort | Package] = ()) -> None:
        self._numbers: dict[int, str] = {}  # package id -> number
        self._by_number: dict[str, int] = {}  # package_number_key -> package id
        self._by_code: dict[str, dict[int, None]] = {}  # normalize key -> ids, insertion order
        self._codes_of: dict[int, tuple[str, ...]] = {}  # package id -> its item keys
        self.update(packages)

    # --- feeding -----------------------------------------------------------------------------

    def add(self, package: PackageShort | Package) -> None:
        """Add or refresh one package (a detail also replaces its item codes)."""
        old = self._numbers.get(package.id)
        if old is not None and old != package.number:
            self._forget_number(package.id, old)
        self._numbers[package.id] = package.number
        self._by_number[package_number_key(package.number)] = package.id
        if isinstance(package, Package):
            self._forget_codes(package.id)
            keys: dict[str, None] = {}
            for item in package.packageitem_set:
                if is_packable(item):
                    keys.update(dict.fromkeys(item_keys(item)))
            self._codes_of[package.id] = tuple(keys)
            for key in keys:
                self._by_code.setdefault(key, {})[package.id] = None

    def update(self, packages: Iterable[PackageShort | Package]) -> None:
        """Add or refresh several packages (e.g. one more page of the list)."""
        for package in packages:
            self.add(package)

    def replace(self, packages: Iterable[PackageShort | Package]) -> None:
        """The list was refreshed: keep exactly `packages` (their known item codes too)."""
        packages = list(packages)
        keep = {package.id for package in packages}
        for package_id in [pid for pid in self._numbers if pid not in keep]:
            self.remove(package_id)
        self.update(packages)

    def remove(self, package_id: int) -> bool:
        """Forget a package; False when it was not known."""
        number = self._numbers.pop(package_id, None)
        if number is None:
            return False
        self._forget_number(package_id, number)
        self._forget_codes(package_id)
        return True

    def clear(self) -> None:
        self._numbers.clear()
        self._by_number.clear()
        self._by_code.clear()
        self._codes_of.clear()

    def _forget_number(self, package_id: int, number: str) -> None:
        key = package_number_key(number)
        if self._by_number.get(key) == package_id:
            del self._by_number[key]

    def _forget_codes(self, package_id: int) -> None:
        for key in self._codes_of.pop(package_id, ()):
            ids = self._by_code.get(key)
            if ids is not None:
                ids.pop(package_id, None)
                if not ids:
                    del self._by_code[key]

    # --- PackageDirectory ----------------------------------------------------------------------

    def package_by_number(self, code: str) -> PackageRef | None:
        package_id = self._by_number.get(package_number_key(code))
        if package_id is None:
            return None
        return PackageRef(package_id, self._numbers[package_id])

    def packages_with_code(self, key: str) -> list[PackageRef]:
        ids = self._by_code.get(key)
        if not ids:
            return []
        return [PackageRef(package_id, self._numbers[package_id]) for package_id in ids]

    # --- questions -----------------------------------------------------------------------------

    def number_of(self, package_id: int) -> str | None:
        return self._numbers.get(package_id)

    def has_details(self, package_id: int) -> bool:
        """True once a Package detail (item codes) was added for `package_id`."""
        return package_id in self._codes_of

    def __contains__(self, package_id: object) -> bool:
        return package_id in self._numbers

    def __len__(self) -> int:
        return len(self._numbers)

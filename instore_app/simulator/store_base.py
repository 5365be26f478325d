"""What every part of :class:`~.store.Store` shares: the data's attributes, the id counters,
and reading an int from a request value the way Django REST framework does.

:class:`Store` is made of parts (:mod:`.store_queries`, :mod:`.store_commands`,
:mod:`.store_effects`, :mod:`.store_seeding`, :mod:`.store_log`, and
:mod:`.after_packing_store`); each part inherits :class:`StoreData` for the attributes
:meth:`Store.__init__ <.store.Store.__init__>` makes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .models import DenialReason, Package, Product, StockLocation
from .seed import SeedFactory

__all__ = ["StoreData", "as_int"]


def as_int(value: Any) -> int | None:
    """An int from an int or a digit string (as DRF's IntegerField), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


@dataclass
class Counters:
    """The next id of each kind of record the store makes."""

    shipment: int = 3001
    label: int = 2901
    log: int = 863001

    def next(self, name: str) -> int:
        value: int = getattr(self, name)
        setattr(self, name, value + 1)
        return value


class StoreData:
    """The store's data, as :meth:`.store.Store.__init__` makes it (annotations only)."""

    lock: threading.RLock
    seed: int
    now: datetime
    _clock: Callable[[], datetime]
    _factory: SeedFactory
    stock_locations: dict[int, StockLocation]
    products: dict[int, Product]
    denial_reasons: dict[int, DenialReason]
    _packages: dict[int, Package]
    _ordered: list[Package]
    _labels: dict[int, Package]
    _counters: Counters
    _held: frozenset[int]

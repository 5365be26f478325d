"""The simulated OMS's state: packages, the command state machine, a request log.

Pure Python and thread-safe: every public method takes ``self.lock``, so the
HTTP server (its own thread) and a test (acting as another station through
:meth:`Store.apply_command`) can both change packages. Methods that return
JSON build fresh dicts under the lock.

:class:`Store` is made of parts, one job each:

- :mod:`.store_queries`: reading packages, their logs, reference data, label data;
- :mod:`.store_commands`: the command endpoint's rules and answers;
- :mod:`.store_effects`: what an applied command does to a package;
- :mod:`.store_seeding`: taking seeded packages to their states;
- :mod:`.store_log`: the log of command requests received (for tests and stats);
- :mod:`.after_packing_store`: cargo companies, Advanced Ship, the invoice, orders;
- :mod:`.store_base`: the data's attributes the parts share.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timezone

from .handover_seed import handover_packages
from .seed import SeedFactory
from .store_base import Counters
from .store_commands import NOT_FOUND, CommandResult, CommandRules
from .store_log import ReceivedCommand
from .store_queries import PackageQueries
from .store_seeding import Seeding

__all__ = ["NOT_FOUND", "CommandResult", "ReceivedCommand", "Store"]


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


class Store(Seeding, CommandRules, PackageQueries):
    """The simulated OMS data and its command state machine.

    ``seed`` makes the data deterministic; ``now`` anchors its dates (default:
    the current time); ``clock`` stamps commands (default: the current time);
    ``extra_packages`` adds that many packages at the default stock location;
    ``held_elsewhere`` names that many seeded Preparing packages at the default store (the
    first ones by pack-by date) as taken by another packer: their transition log to Preparing names
    :data:`~.staff.HOLDER_USERNAME` ("ayse"), so a station signed in as anyone else sees them
    held (the demo has one).
    """

    def __init__(
        self,
        seed: int = 1,
        *,
        now: datetime | None = None,
        extra_packages: int = 0,
        clock: Callable[[], datetime] | None = None,
        held_elsewhere: int = 0,
    ) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.now = _utc(now) if now else datetime.now(timezone.utc)
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._factory = SeedFactory(seed, self.now)
        self.stock_locations = self._factory.stock_locations
        self.products = {p.id: p for p in self._factory.products}
        self.denial_reasons = self._factory.denial_reasons
        self._packages = {}
        self._ordered = []
        self._labels = {}
        self._counters = Counters()
        self.received_commands = []
        self._held = frozenset()
        self._after_packing_init()
        seeded = self._factory.seed_packages()
        self._held = self._held_ids(seeded, held_elsewhere)
        self._add(seeded)
        self._add(handover_packages(self._factory))  # after the others: they stay as they were
        if extra_packages:
            self.add_packages(extra_packages)

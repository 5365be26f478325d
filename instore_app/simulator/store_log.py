"""The store's log of command requests, whatever their outcome: what tests and
``GET /_simulator/stats`` read (how often a station sent a command, and what it did).

Part of :class:`~.store.Store`; :meth:`.store_commands.CommandRules.apply_command` records
every request it answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .store_base import StoreData

__all__ = ["CommandLog", "ReceivedCommand"]


@dataclass(frozen=True)
class ReceivedCommand:
    """One command request as received, whatever its outcome."""

    package_id: int
    transition: Any
    slug: Any
    input_parameters: Any
    status_code: int
    command: str | None  # the command the request resolved to, if any
    source: str  # "http" or "direct"
    received_at: datetime

    @property
    def applied(self) -> bool:
        return self.status_code in (200, 204)


class CommandLog(StoreData):
    """The command requests received, and their counts (a part of Store)."""

    received_commands: list[ReceivedCommand]

    def record_rejected_command(self, package_id: int, status_code: int, *, source: str = "http") -> None:
        """Record a command request rejected before it could be read (e.g. bad JSON)."""
        with self.lock:
            self.received_commands.append(
                ReceivedCommand(package_id, None, None, None, status_code, None, source, self._clock())
            )

    def command_count(
        self, package_id: int, command_name: str | None = None, *, applied_only: bool = False
    ) -> int:
        """How many command requests were received for a package.

        ``command_name`` counts only requests that resolved to that command
        (e.g. "COMPLETE_PACKAGING"); ``applied_only`` counts only successes.
        """
        with self.lock:
            return sum(
                1
                for r in self.received_commands
                if r.package_id == package_id
                and (command_name is None or r.command == command_name)
                and (not applied_only or r.applied)
            )

    def command_stats(self) -> dict[str, dict[str, Any]]:
        """Commands received per package (keys are package ids as strings, for JSON).

        ``{"<id>": {"received": n, "applied": n, "by_command": {name: {"received": n,
        "applied": n}}}}``; requests that named no known command count under ``"?"``.
        """
        with self.lock:
            stats: dict[str, dict[str, Any]] = {}
            for r in self.received_commands:
                entry = stats.setdefault(str(r.package_id), {"received": 0, "applied": 0, "by_command": {}})
                named = entry["by_command"].setdefault(r.command or "?", {"received": 0, "applied": 0})
                for counts in (entry, named):
                    counts["received"] += 1
                    counts["applied"] += r.applied
            return stats

    def clear_received_commands(self) -> None:
        """Forget the command requests received so far (the packages keep their state)."""
        with self.lock:
            self.received_commands.clear()

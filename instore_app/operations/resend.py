"""The one rule for sending a command and deciding, after a failure, whether it took effect.

Nothing else in the app sends a command to the OMS; nothing else decides whether one may be
sent again. The rule, branch by branch (each has its own test in ``tests/test_resend_rule.py``):

* **One command per package in flight.** A second :meth:`CommandSender.execute` for a package
  whose command is still on its way (or still being checked) raises :class:`CommandInFlight`;
  nothing is sent.
* **2xx**: applied. The package is read again and returned. If that read fails, the command
  still counts as applied (:class:`CommandAppliedNotReread` carries the package as it was).
* **406**: the package changed under us; not applied. It is read again and
  :class:`PackageChanged` carries it.
* **No connection could be made** (``OmsNotSent``): nothing reached the OMS; not applied.
  :class:`CommandNotApplied` with ``sent=False``.
* **Any other 4xx** (400, 401, 403, 404, 429): the OMS refused it; not applied. The error is
  raised as it is.
* **Everything else means the outcome is unknown**: a timeout, a dropped connection, a 5xx, a
  3xx (redirects are never followed), an unreadable answer. The package is re-read with
  backoff for a settle period (:class:`SettlePolicy`, 60 s by default: an OMS may apply a
  command long after the client gave up waiting). As soon as a read shows the command took
  effect, it is applied. Only when the settle period is over and the package still offers the
  same command unchanged is it "not applied" (:class:`CommandNotApplied`, ``sent=True``): then,
  and only then, may the packer send it again. When the reads cannot tell (the package moved to
  a state the command does not explain) or the OMS could not be read at all,
  :class:`CommandOutcomeUnknown` is raised and the package is remembered as unknown.
* **After an unknown outcome**, the next :meth:`CommandSender.execute` for that package reads it
  first: if the earlier command took effect, that is the answer and nothing is sent; if it
  certainly did not, the new command is planned from the fresh package and sent; if it still
  cannot be told, :class:`CommandOutcomeUnknown` asks the packer (``packer_decides``), and the
  command is sent only when the caller passes ``packer_confirmed=True``. The app never sends on
  its own.

Every command is journalled before it is sent, and its record ends as applied, not applied or
unknown; an unknown record is resolved (applied / not applied) when a later read tells.

No Qt here; the API calls and the journal are injected, so the rule can be unit-tested and
reused by another backend.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ..api import OmsCommandNotAllowed, OmsError, OmsHTTPError, OmsNotSent

log = logging.getLogger(__name__)

__all__ = [
    "CommandAppliedNotReread",
    "CommandInFlight",
    "CommandJournal",
    "CommandNotApplied",
    "CommandOutcomeUnknown",
    "CommandSender",
    "Outcome",
    "PackageChanged",
    "SettlePolicy",
]

P = TypeVar("P")  # a package as the backend reads it
C = TypeVar("C")  # a planned command


class Outcome:
    """How a command's journal record ends (the journal's CommandOutcome values)."""

    APPLIED = "applied"
    NOT_APPLIED = "not_applied"
    UNKNOWN = "unknown"


class CommandInFlight(OmsError):
    """A command for this package is still on its way or being checked: nothing was sent."""

    code = "command_in_flight"

    def __init__(self) -> None:
        super().__init__("A command for this package is still on its way; wait for its answer.")


class PackageChanged(OmsError):
    """406: the package changed under us; ``package`` is as the OMS has it now."""

    code = "package_changed"

    def __init__(self, message: str, package: Any) -> None:
        super().__init__(message)
        self.package = package


class CommandNotApplied(OmsError):
    """The command certainly did not take effect: it may be sent again.
    ``sent`` is False when it never reached the OMS."""

    code = "command_not_applied"

    def __init__(self, message: str, *, sent: bool, package: Any = None) -> None:
        super().__init__(message)
        self.sent = sent
        self.package = package


class CommandOutcomeUnknown(OmsError):
    """Whether the command took effect is not known. ``package`` is the package as last read
    (None when it could not be read). ``packer_decides`` is True when the package was read but
    does not tell: only the packer may decide to send it again."""

    code = "command_outcome_unknown"

    def __init__(self, message: str, *, package: Any = None, packer_decides: bool) -> None:
        super().__init__(message)
        self.package = package
        self.packer_decides = packer_decides


class CommandAppliedNotReread(OmsError):
    """The command was applied, but the package could not be read again afterwards."""

    code = "command_applied_not_reread"

    def __init__(self, message: str, package: Any) -> None:
        super().__init__(message)
        self.package = package


@dataclass(frozen=True)
class SettlePolicy:
    """How long, and how often, a package is re-read after a command's outcome is unknown."""

    seconds: float = 60.0
    first_delay: float = 0.5
    max_delay: float = 8.0


class CommandJournal(Protocol):
    """Where commands are recorded (the station's journal, or nothing)."""

    def started(self, package_id: int, name: str, transition_id: int | None, parameters: dict[str, Any]) -> int | None: ...
    def finished(self, record: int | None, outcome: str, status: int | None, message: str | None) -> None: ...


@dataclass
class _Unknown(Generic[P, C]):
    """A command whose outcome is unknown: the package as it was before, the command, and its
    journal record."""

    before: P
    planned: C
    record: int | None


class CommandSender(Generic[P, C]):
    """Sends commands for one backend under the rule in this module's docstring.

    `read(package_id)` reads a package (reads may retry on their own); `send(package_id,
    planned)` sends a command once and returns the HTTP status; `took_effect(before, after,
    planned)` says True / False / None; `replan(fresh, planned)` plans the same action again
    from a fresh package (it may raise when the action is no longer possible); `describe`
    gives (name, transition id, parameters) for the journal; `package_id(planned)`. `api`:
    what the messages call the API the commands go to ("OMS", "Seller Center").
    """

    def __init__(
        self,
        *,
        read: Callable[[int], Awaitable[P]],
        send: Callable[[int, C], Awaitable[int]],
        took_effect: Callable[[P, P, C], bool | None],
        replan: Callable[[P, C], C],
        describe: Callable[[C], tuple[str, int | None, dict[str, Any]]],
        same_action: Callable[[C, C], bool],
        changed_message: Callable[[P, P], str],
        journal: CommandJournal | None = None,
        settle: SettlePolicy = SettlePolicy(),
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        api: str = "OMS",
    ) -> None:
        self._read = read
        self._send = send
        self._took_effect = took_effect
        self._replan = replan
        self._describe = describe
        self._same_action = same_action
        self._changed_message = changed_message
        self.journal = journal
        self.settle = settle
        self._clock = clock
        self._sleep = sleep
        #: What the messages call the API ("OMS", "Seller Center").
        self.api = api
        self._in_flight: set[int] = set()
        self._unknown: dict[int, _Unknown[P, C]] = {}
        #: Called with (package id, the error's message) when an outcome is unknown and the
        #: package is being re-read (the screen says "checking…").
        self.on_checking: Callable[[int, str], None] | None = None

    def in_flight(self, package_id: int) -> bool:
        return package_id in self._in_flight

    def outcome_unknown(self, package_id: int) -> bool:
        """True while the last command for the package has an unknown outcome."""
        return package_id in self._unknown

    async def execute(self, package_id: int, before: P, planned: C, *, packer_confirmed: bool = False) -> P:
        """Send `planned` for the package read as `before`; the package as read afterwards."""
        if package_id in self._in_flight:
            raise CommandInFlight()
        self._in_flight.add(package_id)
        try:
            prior = self._unknown.get(package_id)
            if prior is not None:
                settled = await self._settle_prior(package_id, prior, planned, packer_confirmed)
                if settled is not None:
                    done, before, planned = settled
                    if done:
                        return before
            return await self._send_once(package_id, before, planned)
        finally:
            self._in_flight.discard(package_id)

    # -- an earlier unknown outcome ------------------------------------------------------------

    async def _settle_prior(
        self, package_id: int, prior: _Unknown[P, C], planned: C, packer_confirmed: bool
    ) -> tuple[bool, P, C] | None:
        """Resolve the earlier unknown command first. (True, fresh, planned) when the asked-for
        action is already done; (False, fresh, replanned) to send; None to send as asked."""
        if packer_confirmed:
            self._finish(prior.record, Outcome.NOT_APPLIED, None, "the packer chose to send it again")
            del self._unknown[package_id]
            return None
        fresh = await self._read(package_id)  # an OmsError leaves it unknown, for the next try
        took = self._took_effect(prior.before, fresh, prior.planned)
        name = self._describe(prior.planned)[0]
        if took is None:
            raise CommandOutcomeUnknown(
                f"It is still not known whether the {self.api} applied {name}.", package=fresh, packer_decides=True
            )
        del self._unknown[package_id]
        if took:
            log.info("%s on package %s had already taken effect", name, package_id)
            self._finish(prior.record, Outcome.APPLIED, None, "a later read showed it had taken effect")
            if self._same_action(prior.planned, planned):
                return True, fresh, planned
        else:
            self._finish(prior.record, Outcome.NOT_APPLIED, None, "a later read showed it had not taken effect")
        return False, fresh, self._replan(fresh, planned)

    # -- sending ------------------------------------------------------------------------------

    async def _send_once(self, package_id: int, before: P, planned: C) -> P:
        name, transition, parameters = self._describe(planned)
        record = self._start(package_id, name, transition, parameters)
        sent_at = self._clock()
        try:
            status = await self._send(package_id, planned)
        except OmsCommandNotAllowed as exc:
            self._finish(record, Outcome.NOT_APPLIED, exc.status_code, exc.message)
            fresh = await self._read(package_id)
            raise PackageChanged(self._changed_message(before, fresh), fresh) from exc
        except OmsNotSent as exc:
            self._finish(record, Outcome.NOT_APPLIED, None, exc.message)
            raise CommandNotApplied(f"{exc.message} Nothing was sent; try again when it is back.", sent=False) from exc
        except OmsHTTPError as exc:
            if 400 <= exc.status_code < 500:
                self._finish(record, Outcome.NOT_APPLIED, exc.status_code, exc.message)
                raise
            return await self._settle(package_id, before, planned, record, sent_at, exc)
        except OmsError as exc:
            return await self._settle(package_id, before, planned, record, sent_at, exc)
        except BaseException as exc:  # cancelled, or a bug: whether it was sent is not known
            self._finish(record, Outcome.UNKNOWN, None, f"interrupted ({type(exc).__name__})")
            self._unknown[package_id] = _Unknown(before, planned, record)
            raise
        self._finish(record, Outcome.APPLIED, status, None)
        log.info("command %s on package %s applied (HTTP %s)", name, package_id, status)
        try:
            return await self._read(package_id)
        except OmsError as exc:
            raise CommandAppliedNotReread(
                f"The {self.api} applied {name}, but the package could not be read again: {exc.message}", before
            ) from exc

    async def _settle(
        self, package_id: int, before: P, planned: C, record: int | None, sent_at: float, error: OmsError
    ) -> P:
        """The outcome is unknown: re-read with backoff until it tells or the settle period ends."""
        name = self._describe(planned)[0]
        status = getattr(error, "status_code", None)
        log.warning("%s on package %s: outcome unknown (%s); re-reading", name, package_id, error.message)
        if self.on_checking is not None:
            self.on_checking(package_id, error.message)
        deadline = sent_at + self.settle.seconds
        delay = self.settle.first_delay
        fresh: P | None = None
        took: bool | None = None
        while True:
            try:
                fresh = await self._read(package_id)
            except OmsError as read_error:
                log.info("re-reading package %s failed: %s", package_id, read_error.message)
                fresh, took = None, None
            else:
                took = self._took_effect(before, fresh, planned)
                if took:
                    log.info("%s on package %s failed with %s; reconciled: took effect", name, package_id, error.message)
                    self._finish(record, Outcome.APPLIED, status, f"applied despite: {error.message}")
                    return fresh
            remaining = deadline - self._clock()
            if remaining <= 0:
                break
            await self._sleep(min(delay, remaining))
            delay = min(delay * 2, self.settle.max_delay)
        if fresh is not None and took is False:
            log.info("%s on package %s: reconciled, not applied", name, package_id)
            self._finish(record, Outcome.NOT_APPLIED, status, error.message)
            raise CommandNotApplied(
                f"{error.message} The {self.api} did not apply it (checked for {self.settle.seconds:g} s); you may try again.",
                sent=True,
                package=fresh,
            ) from error
        self._finish(record, Outcome.UNKNOWN, status, error.message)
        self._unknown[package_id] = _Unknown(before, planned, record)
        if fresh is None:
            raise CommandOutcomeUnknown(
                f"{error.message} The package could not be read again, so it is not known whether the {self.api} "
                "applied it; the next try checks first and never sends it twice.",
                packer_decides=False,
            ) from error
        raise CommandOutcomeUnknown(
            f"{error.message} The package changed in a way that does not tell whether the {self.api} applied it.",
            package=fresh,
            packer_decides=True,
        ) from error

    # -- the journal --------------------------------------------------------------------------

    def _start(self, package_id: int, name: str, transition: int | None, parameters: dict[str, Any]) -> int | None:
        return None if self.journal is None else self.journal.started(package_id, name, transition, parameters)

    def _finish(self, record: int | None, outcome: str, status: int | None, message: str | None) -> None:
        if self.journal is not None:
            self.journal.finished(record, outcome, status, message)

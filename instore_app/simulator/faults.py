"""Fault injection: make the simulated OMS misbehave the way a real one does.

A :class:`FaultPlan` says which faults to inject, how often and on which
endpoints; a :class:`FaultInjector` holds the plan (replaceable at run time,
from any thread), draws the decisions from seeded ``random.Random`` objects
and counts what it did; :class:`FaultMiddleware` is the ASGI layer that turns
a decision into real HTTP behaviour. What each kind does on the wire:

``latency``
    Not a probability: every request on the selected endpoints waits
    ``latency_ms`` (fixed, or drawn uniformly from a ``(min, max)`` range)
    before it is handled. Combines with the kinds below.
``500``
    ``500 Internal Server Error``, Django's HTML error page; nothing is run.
``502`` / ``503``
    ``502 Bad Gateway`` / ``503 Service Unavailable`` with a proxy's HTML page
    (``<html><body><h1>502 Bad Gateway</h1></body></html>``); nothing is run.
``429``
    ``429 Too Many Requests``, ``Retry-After: <retry_after>`` and DRF's body
    ``{"detail": "Request was throttled. Expected available in 1 second."}``.
``timeout``
    No answer: the request is held for ``hang_seconds`` (the client's read
    timeout should be shorter), then answered ``504 Gateway Time-out`` (HTML)
    if the client is still there. The hold ends early when the client hangs up
    or the server stops. Nothing is run.
``close``
    The connection drops mid-response: status line, headers (with the full
    ``Content-Length``) and the first half of the body are sent, then the
    socket is closed; clients see a protocol/read error, never a response.
    Reads send half of their real answer; the write endpoints (command,
    set_invoice_number, invoice: ``WRITE_ENDPOINTS``) send half of a placeholder
    JSON body and do not run the write.
``malformed``
    The real answer with its body cut in half (``Content-Length`` matching
    the cut body, content type unchanged: broken JSON for the API, a
    truncated page/image for labels and images). On a write endpoint: a
    ``200`` with a cut JSON placeholder, and the command is not run.
``lost``
    Write endpoints only (on other endpoints its share of the draw means "no
    fault"): the command IS run against the store (applied when valid, and
    recorded like any other), then its answer is lost, per ``lost_mode``:
    ``"502"`` (default) answers a proxy's 502 page, ``"close"`` drops the
    connection mid-response as ``close`` does, ``"timeout"`` holds the
    request as ``timeout`` does. The client must re-read the package to know.

A hostile (or broken) server, :data:`HOSTILE_KINDS` (carried out in :mod:`.hostile`):

``next_offsite``
    Paged endpoints: a page's ``next`` (when it has one) points at another
    origin, ``offsite_origin`` (default ``http://127.0.0.2:{port}``, the
    simulator's own port on another loopback address), same path and query.
``lying_count``
    Paged endpoints: ``count`` becomes ``count * count_factor + count_offset``
    (at least 0); ``next`` links and past-the-end 404s still follow the truth.
``self_next``
    Paged endpoints: ``next`` is the URL of the page itself, on every page.
``gzip_bomb``
    Reads: the real answer, padded with spaces to ``bomb_bytes`` (default
    1.5 GB) and gzip-compressed (``Content-Encoding: gzip``, ~1000:1). It is
    generated as it is sent, from one precompressed block: the server never
    holds more than a few MB of it.
``wrong_content_type``
    Labels and images: the real bytes with ``Content-Type: <content_type>``
    (default ``text/html; charset=utf-8``; ``image/png`` when the real type
    is that already).
``redirect``
    Any endpoint: ``302 Found`` to ``redirect_location`` (``{path}`` is the
    request's path); nothing is run.
``late``
    Write endpoints only: the request is held for ``late_seconds`` whether
    or not the client waits, THEN the command is applied and answered (its
    real 200/204) if the client is still there. Models an OMS that applies a
    command after the client's timeout. :meth:`FaultInjector.wait_late_applied`
    lets a test wait for the apply.

Every kind but ``lost`` and ``late`` (and ``latency``) happens before the request
reaches the OMS's logic or changes only its answer, so a faulted command changes
nothing and is not recorded by the store.

Decisions: each endpoint has its own ``random.Random`` seeded from
``(seed, endpoint)``; each request on a selected endpoint draws one number and
the kinds' probabilities are stacked in :data:`ALL_KINDS` order (the classic
:data:`KINDS` first, so their draws are what they always were). So the same seed
and the same requests per endpoint give the same faults, whatever the
interleaving between endpoints. Replacing the plan restarts the sequences.
"""

from __future__ import annotations

import math
import random
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .endpoints import ENDPOINTS, WRITE_ENDPOINTS, endpoint_of, parse_latency

__all__ = [
    "ALL_KINDS",
    "ENDPOINTS",
    "HOSTILE_KINDS",
    "KINDS",
    "LOST_MODES",
    "Decision",
    "FaultInjector",
    "FaultPlan",
    "endpoint_of",
    "parse_latency",
]

#: The classic kinds (what ``--fault-rate`` spreads over by default).
KINDS = ("500", "502", "503", "429", "timeout", "close", "malformed", "lost")
#: A server that lies: links, counts, sizes, types, redirects, late commands.
HOSTILE_KINDS = ("next_offsite", "lying_count", "self_next", "gzip_bomb", "wrong_content_type", "redirect", "late")
ALL_KINDS = KINDS + HOSTILE_KINDS

LOST_MODES = ("502", "close", "timeout")
PAGED_ENDPOINTS = ("list", "transition_logs", "denial_reasons", "stock_locations", "cargo_companies")
READ_ENDPOINTS = (
    "list", "detail", "transition_logs", "denial_reasons", "stock_locations", "label", "image",
    "cargo_companies", "order",
)
#: Kinds that only some endpoints can have; elsewhere their share of the draw means "no fault".
APPLIES_TO: dict[str, tuple[str, ...]] = {
    "lost": WRITE_ENDPOINTS,
    "late": WRITE_ENDPOINTS,
    "next_offsite": PAGED_ENDPOINTS,
    "lying_count": PAGED_ENDPOINTS,
    "self_next": PAGED_ENDPOINTS,
    "gzip_bomb": READ_ENDPOINTS,
    "wrong_content_type": ("label", "image"),
}


@dataclass(frozen=True)
class FaultPlan:
    """What to inject. Validated (ValueError) and normalised on construction.

    ``rates``: probability per request for each kind (sum at most 1).
    ``endpoints``: names from :data:`ENDPOINTS`, or ``("all",)``.
    ``latency_ms``: delay before every selected request (see :func:`parse_latency`).
    ``retry_after``: seconds in the 429's ``Retry-After``.
    ``hang_seconds``: how long ``timeout`` (and ``lost_mode="timeout"``) hold a request.
    ``lost_mode``: how a ``lost`` command's answer is lost: "502", "close" or "timeout".
    ``seed``: seeds the decisions.

    Options of the hostile kinds (see the module's documentation): ``count_factor``,
    ``count_offset``, ``offsite_origin``, ``bomb_bytes``, ``content_type``,
    ``redirect_location``, ``late_seconds``.
    """

    rates: Mapping[str, float] = field(default_factory=dict)
    endpoints: tuple[str, ...] = ("all",)
    latency_ms: tuple[float, float] = (0.0, 0.0)
    retry_after: int = 1
    hang_seconds: float = 30.0
    lost_mode: str = "502"
    seed: int = 0
    count_factor: float = 1.0
    count_offset: int = 0
    offsite_origin: str = "http://127.0.0.2:{port}"
    bomb_bytes: int = 1_500_000_000
    content_type: str = "text/html; charset=utf-8"
    redirect_location: str = "/accounts/login/?next={path}"
    late_seconds: float = 30.0

    def __post_init__(self) -> None:
        if not isinstance(self.rates, Mapping):
            raise ValueError("rates: expected an object {kind: probability}")
        rates = {}
        for kind, rate in self.rates.items():
            if kind not in ALL_KINDS:
                raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(ALL_KINDS)}")
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
                raise ValueError(f"rate of {kind!r} must be a number from 0 to 1, got {rate!r}")
            if rate:
                rates[kind] = float(rate)
        if sum(rates.values()) > 1 + 1e-9:
            raise ValueError(f"fault rates add up to {sum(rates.values()):g}, more than 1")
        endpoints = (self.endpoints,) if isinstance(self.endpoints, str) else tuple(self.endpoints)
        for name in endpoints:
            if name != "all" and name not in ENDPOINTS:
                raise ValueError(f"unknown endpoint {name!r}; known: all, {', '.join(ENDPOINTS)}")
        if not endpoints:
            raise ValueError("endpoints: name at least one endpoint, or 'all'")
        endpoints = ("all",) if "all" in endpoints else tuple(sorted(set(endpoints), key=ENDPOINTS.index))
        if isinstance(self.retry_after, bool) or not isinstance(self.retry_after, int) or self.retry_after < 0:
            raise ValueError(f"retry_after must be a whole number of seconds >= 0, got {self.retry_after!r}")
        hang = self.hang_seconds
        if isinstance(hang, bool) or not isinstance(hang, (int, float)) or hang < 0:
            raise ValueError(f"hang_seconds must be a number >= 0, got {hang!r}")
        if self.lost_mode not in LOST_MODES:
            raise ValueError(f"lost_mode must be one of {', '.join(LOST_MODES)}, got {self.lost_mode!r}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise ValueError(f"seed must be an integer, got {self.seed!r}")
        self._check_hostile_options()
        object.__setattr__(self, "rates", rates)
        object.__setattr__(self, "endpoints", endpoints)
        object.__setattr__(self, "latency_ms", parse_latency(self.latency_ms))
        object.__setattr__(self, "hang_seconds", float(hang))
        object.__setattr__(self, "late_seconds", float(self.late_seconds))

    def _check_hostile_options(self) -> None:
        factor = self.count_factor
        if isinstance(factor, bool) or not isinstance(factor, (int, float)) or not math.isfinite(factor) or factor < 0:
            raise ValueError(f"count_factor must be a number >= 0, got {factor!r}")
        if isinstance(self.count_offset, bool) or not isinstance(self.count_offset, int):
            raise ValueError(f"count_offset must be an integer, got {self.count_offset!r}")
        origin = self.offsite_origin
        if not isinstance(origin, str) or not re.fullmatch(r"https?://[^/?#\s]+", origin):
            raise ValueError(f"offsite_origin must be like http://127.0.0.2:{{port}}, got {origin!r}")
        size = self.bomb_bytes
        if isinstance(size, bool) or not isinstance(size, int) or not 0 < size <= 2**40:
            raise ValueError(f"bomb_bytes must be a whole number of bytes from 1 to 2**40, got {size!r}")
        if not isinstance(self.content_type, str) or not self.content_type.strip():
            raise ValueError(f"content_type must be a content type, got {self.content_type!r}")
        if not isinstance(self.redirect_location, str) or not self.redirect_location.strip():
            raise ValueError(f"redirect_location must be an address, got {self.redirect_location!r}")
        late = self.late_seconds
        if isinstance(late, bool) or not isinstance(late, (int, float)) or late < 0:
            raise ValueError(f"late_seconds must be a number >= 0, got {late!r}")

    @classmethod
    def uniform(cls, rate: float, kinds: Iterable[str] = KINDS, **options: Any) -> FaultPlan:
        """``rate`` split evenly over ``kinds`` (the CLI's ``--fault-rate``)."""
        kinds = list(dict.fromkeys(kinds))
        if not kinds and rate:
            raise ValueError("a fault rate needs at least one fault kind")
        return cls(rates={kind: rate / len(kinds) for kind in kinds}, **options)

    @classmethod
    def from_json(cls, data: Any) -> FaultPlan:
        """A plan from :meth:`to_json`'s shape; ``{"rate": 0.2, "kinds": [...]}``
        may stand for ``rates`` (split evenly). Missing fields take their defaults."""
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        data = dict(data)
        unknown = set(data) - {f for f in cls.__dataclass_fields__} - {"rate", "kinds"}
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
        if "rate" in data or "kinds" in data:
            if "rates" in data:
                raise ValueError("give either rates or rate/kinds, not both")
            rate, kinds = data.pop("rate", 0), data.pop("kinds", KINDS)
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
                raise ValueError(f"rate must be a number from 0 to 1, got {rate!r}")
            if isinstance(kinds, str) or not isinstance(kinds, list):
                raise ValueError("kinds: expected a list of fault kinds")
            return cls.uniform(rate, kinds, **data)
        return cls(**data)

    def to_json(self) -> dict[str, Any]:
        """The plan as JSON; the hostile kinds' options appear only when not at their defaults."""
        data: dict[str, Any] = {
            "rates": dict(self.rates),
            "endpoints": list(self.endpoints),
            "latency_ms": list(self.latency_ms),
            "retry_after": self.retry_after,
            "hang_seconds": self.hang_seconds,
            "lost_mode": self.lost_mode,
            "seed": self.seed,
        }
        defaults = FaultPlan()
        for name in HOSTILE_OPTIONS:
            value = getattr(self, name)
            if value != getattr(defaults, name):
                data[name] = value
        return data

    def selects(self, endpoint: str) -> bool:
        return self.endpoints == ("all",) or endpoint in self.endpoints

    @property
    def active(self) -> bool:
        return bool(self.rates) or self.latency_ms[1] > 0

    def describe(self) -> str:
        """One line for humans, e.g. the CLI's start-up banner."""
        if not self.active:
            return "no faults"
        parts = []
        if self.rates:
            total = sum(self.rates.values())
            kinds = ", ".join(f"{kind} {rate:.1%}" for kind, rate in self.rates.items())
            parts.append(f"faults {total:.0%} ({kinds})")
        low, high = self.latency_ms
        if high:
            parts.append(f"latency {low:g} ms" if low == high else f"latency {low:g}-{high:g} ms")
        parts.append(f"on {', '.join(self.endpoints)}")
        if "429" in self.rates:
            parts.append(f"Retry-After {self.retry_after}s")
        if "timeout" in self.rates or ("lost" in self.rates and self.lost_mode == "timeout"):
            parts.append(f"hang {self.hang_seconds:g}s")
        if "lost" in self.rates:
            parts.append(f"lost answers as {self.lost_mode}")
        if "lying_count" in self.rates:
            parts.append(f"count x{self.count_factor:g} {self.count_offset:+d}")
        if "next_offsite" in self.rates:
            parts.append(f"next links to {self.offsite_origin}")
        if "gzip_bomb" in self.rates:
            parts.append(f"gzip bombs of {self.bomb_bytes:,} bytes")
        if "wrong_content_type" in self.rates:
            parts.append(f"labels and images as {self.content_type}")
        if "redirect" in self.rates:
            parts.append(f"redirects to {self.redirect_location}")
        if "late" in self.rates:
            parts.append(f"commands applied after {self.late_seconds:g}s")
        parts.append(f"seed {self.seed}")
        return "; ".join(parts)


HOSTILE_OPTIONS = (
    "count_factor",
    "count_offset",
    "offsite_origin",
    "bomb_bytes",
    "content_type",
    "redirect_location",
    "late_seconds",
)


@dataclass(frozen=True)
class Decision:
    """What to do with one request: wait ``latency`` seconds, then ``kind`` (None: answer normally)."""

    kind: str | None
    latency: float
    plan: FaultPlan


class FaultInjector:
    """The current plan, seeded decisions and counts; safe to use from any thread."""

    def __init__(self, plan: FaultPlan | None = None) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._plan = plan or FaultPlan()
        self._rngs: dict[str, random.Random] = {}
        self._requests: Counter[str] = Counter()
        self._faults: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self._late = threading.Condition()
        self._late_applied = 0

    @property
    def plan(self) -> FaultPlan:
        return self._plan

    @plan.setter
    def plan(self, plan: FaultPlan | None) -> None:
        self.set_plan(plan)

    def set_plan(self, plan: FaultPlan | None) -> None:
        """Use ``plan`` (None: no faults) from the next request on; restarts the random sequences."""
        with self._lock:
            self._plan = plan or FaultPlan()
            self._rngs.clear()

    def decide(self, endpoint: str) -> Decision | None:
        """Count a request on ``endpoint`` and decide its fate (None: not selected)."""
        with self._lock:
            self._requests[endpoint] += 1
            plan = self._plan
            if not plan.selects(endpoint):
                return None
            rng = self._rngs.get(endpoint)
            if rng is None:
                rng = self._rngs[endpoint] = random.Random(f"{plan.seed}:{endpoint}")
            draw, kind, stacked = rng.random(), None, 0.0
            for name in ALL_KINDS:
                stacked += plan.rates.get(name, 0.0)
                if draw < stacked:
                    kind = name if endpoint in APPLIES_TO.get(name, (endpoint,)) else None
                    break
            low, high = plan.latency_ms
            latency_ms = rng.uniform(low, high) if high > low else low
            if latency_ms > 0:
                self._faults["latency"][endpoint] += 1
            if kind is not None:
                self._faults[kind][endpoint] += 1
            return Decision(kind, latency_ms / 1000, plan)

    def stats(self) -> dict[str, Any]:
        """A snapshot: ``{"requests": {endpoint: n}, "faults": {kind: {endpoint: n}},
        "faults_by_kind": {kind: n}, "faults_by_endpoint": {endpoint: n}, "faults_total": n}``.

        ``faults`` includes ``"latency"`` (requests delayed); the by-kind,
        by-endpoint and total counts leave latency out (it is not an error).
        """
        with self._lock:
            faults = {kind: dict(by_endpoint) for kind, by_endpoint in self._faults.items()}
            requests = dict(self._requests)
        errors = {kind: by_endpoint for kind, by_endpoint in faults.items() if kind != "latency"}
        by_endpoint: Counter[str] = Counter()
        for counts in errors.values():
            by_endpoint.update(counts)
        return {
            "requests": requests,
            "faults": faults,
            "faults_by_kind": {kind: sum(counts.values()) for kind, counts in errors.items()},
            "faults_by_endpoint": dict(by_endpoint),
            "faults_total": sum(by_endpoint.values()),
        }

    def reset_stats(self) -> None:
        with self._lock:
            self._requests.clear()
            self._faults.clear()
        with self._late:
            self._late_applied = 0

    # ``late`` commands: the wire layer reports each apply; tests wait for them.
    def late_command_applied(self) -> None:
        with self._late:
            self._late_applied += 1
            self._late.notify_all()

    @property
    def late_applied(self) -> int:
        """How many ``late`` commands have been run against the store (applied when valid), since reset_stats."""
        with self._late:
            return self._late_applied

    def wait_late_applied(self, count: int = 1, timeout: float = 60.0) -> bool:
        """Block until `count` ``late`` commands have been run; False if `timeout` passed first."""
        with self._late:
            return self._late.wait_for(lambda: self._late_applied >= count, timeout)

    # The server tells held requests to let go when it stops.
    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def server_starting(self) -> None:
        self._stopping.clear()

    def server_stopping(self) -> None:
        self._stopping.set()

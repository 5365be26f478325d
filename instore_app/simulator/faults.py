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
    Reads send half of their real answer; the command endpoint sends half of
    a placeholder JSON body and does not run the command.
``malformed``
    The real answer with its body cut in half (``Content-Length`` matching
    the cut body, content type unchanged: broken JSON for the API, a
    truncated page/image for labels and images). On the command endpoint: a
    ``200`` with a cut JSON placeholder, and the command is not run.
``lost``
    Command endpoint only (on other endpoints its share of the draw means "no
    fault"): the command IS run against the store (applied when valid, and
    recorded like any other), then its answer is lost, per ``lost_mode``:
    ``"502"`` (default) answers a proxy's 502 page, ``"close"`` drops the
    connection mid-response as ``close`` does, ``"timeout"`` holds the
    request as ``timeout`` does. The client must re-read the package to know.

Every kind but ``lost`` (and ``latency``) happens before the request reaches
the OMS, so a faulted command changes nothing and is not recorded by the store.

Decisions: each endpoint has its own ``random.Random`` seeded from
``(seed, endpoint)``; each request on a selected endpoint draws one number and
the kinds' probabilities are stacked in :data:`KINDS` order. So the same seed
and the same requests per endpoint give the same faults, whatever the
interleaving between endpoints. Replacing the plan restarts the sequences.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("500", "502", "503", "429", "timeout", "close", "malformed", "lost")
ENDPOINTS = (
    "login",
    "list",
    "detail",
    "command",
    "transition_logs",
    "denial_reasons",
    "stock_locations",
    "label",
    "image",
)
LOST_MODES = ("502", "close", "timeout")

_OMS = "/api/v1/oms"
_ROUTES = [
    ("POST", re.compile(r"/api/v1/auth/login/"), "login"),
    ("GET", re.compile(rf"{_OMS}/packages/(short/)?"), "list"),
    ("GET", re.compile(rf"{_OMS}/packages/\d+/"), "detail"),
    ("POST", re.compile(rf"{_OMS}/packages/\d+/command/"), "command"),
    ("GET", re.compile(rf"{_OMS}/packages/\d+/transition_logs/"), "transition_logs"),
    ("GET", re.compile(rf"{_OMS}/package-denial-reason/"), "denial_reasons"),
    ("GET", re.compile(rf"{_OMS}/stocklocations/list-simple/"), "stock_locations"),
    ("GET", re.compile(rf"{_OMS}/shipping-label/\d+/preview/"), "label"),
    ("GET", re.compile(r"/media/products/\d+\.png"), "image"),
    # The Seller Center (/api/i2/): reads as list/detail/label, every write as a command.
    ("GET", re.compile(r"/api/i2/packages/"), "list"),
    ("GET", re.compile(r"/api/i2/packages/[^/]+/items/"), "detail"),
    ("GET", re.compile(r"/api/i2/packages/[^/]+/label/|/media/seller-center/labels/[^/]+"), "label"),
    ("PUT", re.compile(r"/api/i2/packages/[^/]+/"), "command"),
    ("POST", re.compile(r"/api/i2/packages/[^/]+/(reject|split|change-shipping-method)/"), "command"),
    ("DELETE", re.compile(r"/api/i2/packages/[^/]+/reservations/[^/]+"), "command"),
]


def endpoint_of(method: str, path: str) -> str | None:
    """The endpoint name of a request, or None (admin, unknown path or method)."""
    for route_method, pattern, name in _ROUTES:
        if method == route_method and pattern.fullmatch(path):
            return name
    return None


def parse_latency(value: Any) -> tuple[float, float]:
    """``50``, ``"50"``, ``"20-200"``, ``[20, 200]`` -> ``(min_ms, max_ms)``."""
    if isinstance(value, str):
        low, sep, high = value.strip().partition("-")
        try:
            parts = [float(low), float(high)] if sep else [float(low)]
        except ValueError:
            raise ValueError(f"latency_ms: expected N or MIN-MAX milliseconds, got {value!r}") from None
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        parts = [float(value)]
    elif isinstance(value, (list, tuple)) and len(value) in (1, 2):
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            raise ValueError(f"latency_ms: expected numbers, got {value!r}")
        parts = [float(v) for v in value]
    else:
        raise ValueError(f"latency_ms: expected N, MIN-MAX or [MIN, MAX], got {value!r}")
    low, high = parts[0], parts[-1]
    if not 0 <= low <= high:
        raise ValueError(f"latency_ms: need 0 <= min <= max, got {value!r}")
    return low, high


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
    """

    rates: Mapping[str, float] = field(default_factory=dict)
    endpoints: tuple[str, ...] = ("all",)
    latency_ms: tuple[float, float] = (0.0, 0.0)
    retry_after: int = 1
    hang_seconds: float = 30.0
    lost_mode: str = "502"
    seed: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.rates, Mapping):
            raise ValueError("rates: expected an object {kind: probability}")
        rates = {}
        for kind, rate in self.rates.items():
            if kind not in KINDS:
                raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(KINDS)}")
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
        object.__setattr__(self, "rates", rates)
        object.__setattr__(self, "endpoints", endpoints)
        object.__setattr__(self, "latency_ms", parse_latency(self.latency_ms))
        object.__setattr__(self, "hang_seconds", float(hang))

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

    def to_json(self) -> dict:
        return {
            "rates": dict(self.rates),
            "endpoints": list(self.endpoints),
            "latency_ms": list(self.latency_ms),
            "retry_after": self.retry_after,
            "hang_seconds": self.hang_seconds,
            "lost_mode": self.lost_mode,
            "seed": self.seed,
        }

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
        parts.append(f"seed {self.seed}")
        return "; ".join(parts)


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
            for name in KINDS:
                stacked += plan.rates.get(name, 0.0)
                if draw < stacked:
                    kind = name if name != "lost" or endpoint == "command" else None
                    break
            low, high = plan.latency_ms
            latency_ms = rng.uniform(low, high) if high > low else low
            if latency_ms > 0:
                self._faults["latency"][endpoint] += 1
            if kind is not None:
                self._faults[kind][endpoint] += 1
            return Decision(kind, latency_ms / 1000, plan)

    def stats(self) -> dict:
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

    # The server tells held requests to let go when it stops.
    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def server_starting(self) -> None:
        self._stopping.clear()

    def server_stopping(self) -> None:
        self._stopping.set()


# -- on the wire ---------------------------------------------------------------------

Scope = dict
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]

_HTML = b"text/html; charset=utf-8"
_JSON = b"application/json"
_PAGES = {
    500: b'<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n'
    b"<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n",
    502: b"<html><body><h1>502 Bad Gateway</h1></body></html>\n",
    503: b"<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n"
    b"</body></html>\n",
    504: b"<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n</body></html>\n",
}
# What a cut-off command answer starts as (the real answer is usually an empty 204).
_PLACEHOLDER = json.dumps({"detail": "The command was received and is being processed."}).encode()


class InjectedDisconnect(Exception):
    """Raised to make uvicorn drop the connection mid-response (it closes the socket)."""


class _QuietInjectedDisconnects(logging.Filter):
    """Keep uvicorn from logging a traceback for each connection we drop on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDisconnect))


_quiet = _QuietInjectedDisconnects()


async def _respond(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _drain(receive: Receive) -> bool:
    """Read the request body; False if the client went away."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return False
        if not message.get("more_body", False):
            return True


async def _wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _capture(app: Callable, scope: Scope, receive: Receive) -> tuple[int, list, bytes]:
    """Run ``app`` for the request and return its answer instead of sending it."""
    start: dict = {}
    chunks: list[bytes] = []

    async def collect(message: dict) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, collect)
    return start.get("status", 500), list(start.get("headers", [])), b"".join(chunks)


class FaultMiddleware:
    """ASGI middleware that carries out a :class:`FaultInjector`'s decisions.

    Requests that no endpoint name matches (admin routes, unknown paths) pass untouched.
    """

    def __init__(self, app: Callable, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector
        logging.getLogger("uvicorn.error").addFilter(_quiet)  # a set: adding twice is harmless

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = endpoint_of(scope.get("method", ""), scope.get("path", "")) if scope["type"] == "http" else None
        decision = self.injector.decide(endpoint) if endpoint else None
        if decision is None:
            return await self.app(scope, receive, send)
        if decision.latency:
            await asyncio.sleep(decision.latency)
        kind, plan = decision.kind, decision.plan
        if kind is None:
            return await self.app(scope, receive, send)
        if kind == "lost":
            await _capture(self.app, scope, receive)  # the command runs; its answer goes nowhere
            kind = plan.lost_mode
            status, headers, body = 200, [(b"content-type", _JSON)], _PLACEHOLDER
        elif kind in ("close", "malformed"):
            if endpoint == "command":  # never run the command for these
                await _drain(receive)
                status, headers, body = 200, [(b"content-type", _JSON)], _PLACEHOLDER
            else:
                status, headers, body = await _capture(self.app, scope, receive)
        elif not await _drain(receive):
            return
        if kind in ("500", "502", "503"):
            await _respond(send, int(kind), [(b"content-type", _HTML)], _PAGES[int(kind)])
        elif kind == "429":
            wait = plan.retry_after
            detail = f"Request was throttled. Expected available in {wait} second{'' if wait == 1 else 's'}."
            headers = [(b"content-type", _JSON), (b"retry-after", str(wait).encode())]
            await _respond(send, 429, headers, json.dumps({"detail": detail}).encode())
        elif kind == "timeout":
            if await self._hang(receive, plan.hang_seconds):
                await _respond(send, 504, [(b"content-type", _HTML)], _PAGES[504])
        elif kind == "malformed":
            await _respond(send, status, headers, body[: len(body) // 2])
        elif kind == "close":
            await self._drop(send, status, headers, body)

    async def _hang(self, receive: Receive, seconds: float) -> bool:
        """Hold the request; True if the client is still waiting at the end."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        gone = asyncio.ensure_future(_wait_disconnect(receive))
        try:
            while not gone.done() and not self.injector.stopping:
                left = deadline - loop.time()
                if left <= 0:
                    break
                await asyncio.wait({gone}, timeout=min(0.05, left))
            return not gone.done()
        finally:
            gone.cancel()

    @staticmethod
    async def _drop(send: Send, status: int, headers: list, body: bytes) -> None:
        """Send the status, headers and half the body, then drop the connection."""
        if status in (204, 304) or not body:
            status, headers, body = 200, [(b"content-type", _JSON)], _PLACEHOLDER
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise InjectedDisconnect(f"fault injection: connection dropped after {len(body) // 2} bytes")

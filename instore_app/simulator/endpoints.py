"""The simulator's endpoint names (what fault plans select) and the latency option's parser."""

from __future__ import annotations

import re
from typing import Any

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
    "cargo_companies",
    "order",
    "set_invoice_number",
    "invoice",
)
#: Endpoints that write: a fault there never runs the write unless it is "lost" or "late".
WRITE_ENDPOINTS = ("command", "set_invoice_number", "invoice")

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
    ("GET", re.compile(r"/media/products/\d+\.(png|jpg)"), "image"),
    ("GET", re.compile(rf"{_OMS}/cargo-company/"), "cargo_companies"),
    ("GET", re.compile(rf"{_OMS}/orders/\d+/"), "order"),
    ("POST", re.compile(rf"{_OMS}/packages/\d+/set_invoice_number/"), "set_invoice_number"),
    ("POST", re.compile(rf"{_OMS}/packages/\d+/invoice/"), "invoice"),
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
        first, sep, second = value.strip().partition("-")
        try:
            parts = [float(first), float(second)] if sep else [float(first)]
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
    shortest, longest = parts[0], parts[-1]
    if not 0 <= shortest <= longest:
        raise ValueError(f"latency_ms: need 0 <= min <= max, got {value!r}")
    return shortest, longest


__all__ = ["ENDPOINTS", "WRITE_ENDPOINTS", "endpoint_of", "parse_latency"]

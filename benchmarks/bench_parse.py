"""Parsing a page of 100 detailed packages: bytes to pydantic models, against bare
json.loads of the same bytes. Prints median and p99 in ms and the ratio (goal: within 3x)."""

from __future__ import annotations

import json
import time

from _common import summary

from instore_app.api import Package, Page
from instore_app.api.models import adapter
from instore_app.simulator import Store

ROUNDS = 200


def page_bytes() -> bytes:
    store = Store(seed=1, extra_packages=120)
    count, rows = store.list_packages(base_url="https://oms.example.com", limit=100)
    return json.dumps({"count": count, "next": None, "previous": None, "results": rows}).encode()


def timed(fn, data: bytes) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn(data)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    data = page_bytes()
    validator = adapter(Page[Package])
    parsed = validator.validate_json(data)
    assert len(parsed.results) == 100
    # Interleave so both see the same machine load.
    models, plain = [], []
    for _ in range(5):
        models += timed(validator.validate_json, data)
        plain += timed(json.loads, data)
    m_median, m_p99 = summary(models)
    j_median, j_p99 = summary(plain)
    print(
        f"parse a page of 100 detailed packages ({len(data) // 1024} KiB): "
        f"models median {m_median:.2f} ms, p99 {m_p99:.2f} ms; "
        f"json.loads median {j_median:.2f} ms, p99 {j_p99:.2f} ms; ratio {m_median / j_median:.2f}x"
    )


if __name__ == "__main__":
    main()

"""Helpers shared by the benchmark scripts: statistics and synthetic packages."""

from __future__ import annotations

import os
import statistics
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from instore_app.api import PackageShort


def summary(samples_ms: list[float]) -> tuple[float, float]:
    """Median and 99th percentile of `samples_ms`."""
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99


def synthetic_packages(count: int) -> list[PackageShort]:
    """`count` list rows shaped like GET /api/v1/oms/packages/short/ results."""
    base = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    states = [("100", "Waiting", "Bekliyor"), ("200", "Preparing", "Hazırlanıyor"), ("400", "Ready for Packaging", "Paketlemeye Hazır")]
    rows = []
    for i in range(count):
        value, en, tr = states[i % 3]
        order_number = f"{2236607691411584 + i * 7919}"
        rows.append(
            PackageShort.model_validate(
                {
                    "id": 100000 + i,
                    "number": f"{order_number}P{1 + i % 3}",
                    "order_number": order_number,
                    "date_placed": (base - timedelta(hours=i % 96)).isoformat(),
                    "target_packing_date": (base + timedelta(minutes=(i * 37) % 7200 - 1440)).isoformat(),
                    "channel_name": "Web Sitesi" if i % 2 else "Mobil Uygulama",
                    "state": {
                        "id": 33 + i % 3,
                        "name": en,
                        "enum_class": "PackageStatus",
                        "enum_value": value,
                        "translations": {"en-us": {"name": en}, "tr-tr": {"name": tr}},
                    },
                    "stock_location": {"id": 1, "name": "Kadıköy Mağaza"},
                    "packageitem_count": 1 + i % 6,
                    "is_click_and_collect": i % 11 == 0,
                    "order_has_gift_box": i % 7 == 0,
                }
            )
        )
    return rows

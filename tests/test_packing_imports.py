"""instore_app.packing's API is exported (that importing it loads no Qt: tests/test_architecture.py)."""

from __future__ import annotations

import instore_app.packing as packing


def test_public_api_is_exported():
    for name in packing.__all__:
        assert getattr(packing, name) is not None, name
    for name in ("PackingSession", "KnownPackages", "plan_command", "normalize", "clean_scan"):
        assert name in packing.__all__

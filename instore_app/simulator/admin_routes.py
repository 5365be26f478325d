"""The simulator's own control routes, ``/_simulator/...`` (token required, never faulted):
the fault plan (shown and replaced), the fault and request counts, and their reset.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .faults import FaultInjector, FaultPlan
from .rest import authenticated, json_response, store_of
from .store import Store

__all__ = ["fault_plan", "reset_stats", "simulator_stats", "stats"]


def _faults(request: Request) -> FaultInjector:
    faults: FaultInjector = request.app.state.faults
    return faults


def simulator_stats(store: Store, faults: FaultInjector) -> dict[str, Any]:
    """Fault and request counts (see FaultInjector.stats) plus ``commands`` per package."""
    return {**faults.stats(), "commands": store.command_stats()}


@authenticated
async def fault_plan(request: Request) -> Response:
    """GET /_simulator/faults: the plan; PUT: replace it (400 with a message if invalid)."""
    if request.method == "PUT":
        try:
            plan = FaultPlan.from_json(json.loads(await request.body() or b"null"))
        except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
            return json_response({"detail": f"Invalid fault plan: {exc}"}, 400)
        _faults(request).set_plan(plan)
    return json_response(_faults(request).plan.to_json())


@authenticated
async def stats(request: Request) -> Response:
    """GET /_simulator/stats."""
    return json_response(simulator_stats(store_of(request), _faults(request)))


@authenticated
async def reset_stats(request: Request) -> Response:
    """POST /_simulator/reset-stats: zero the fault/request counts and forget received commands."""
    _faults(request).reset_stats()
    store_of(request).clear_received_commands()
    return Response(status_code=204)

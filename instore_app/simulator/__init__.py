"""An embedded Akinon OMS simulator: a real HTTP server on loopback.

Used by the app's demo mode and by the tests. It never imports Qt::

    with SimulatorServer(Store(seed=1)) as oms:
        httpx.get(f"{oms.url}/api/v1/oms/packages/", headers={"Authorization": f"Token {oms.token}"})

It can also misbehave on purpose (see :mod:`.faults`)::

    SimulatorServer(faults=FaultPlan.uniform(0.2, ["502", "timeout", "lost"], hang_seconds=5, seed=3))
"""

from .faults import KINDS as FAULT_KINDS
from .faults import FaultInjector, FaultPlan
from .seed import DEFAULT_STOCK_LOCATION_ID
from .server import DEFAULT_TOKEN, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer, create_app
from .store import CommandResult, ReceivedCommand, Store

__all__ = [
    "DEFAULT_STOCK_LOCATION_ID",
    "DEFAULT_TOKEN",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "FAULT_KINDS",
    "CommandResult",
    "FaultInjector",
    "FaultPlan",
    "ReceivedCommand",
    "SimulatorServer",
    "Store",
    "create_app",
]

"""An embedded Akinon OMS simulator: a real HTTP server on loopback.

Used by the app's demo mode and by the tests. It never imports Qt::

    with SimulatorServer(Store(seed=1)) as oms:
        httpx.get(f"{oms.url}/api/v1/oms/packages/", headers={"Authorization": f"Token {oms.token}"})
"""

from .seed import DEFAULT_STOCK_LOCATION_ID
from .server import DEFAULT_TOKEN, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer, create_app
from .store import CommandResult, ReceivedCommand, Store

__all__ = [
    "DEFAULT_STOCK_LOCATION_ID",
    "DEFAULT_TOKEN",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "CommandResult",
    "ReceivedCommand",
    "SimulatorServer",
    "Store",
    "create_app",
]

"""An embedded Akinon OMS simulator: a real HTTP server on loopback.

Used by the app's demo mode and by the tests. It never imports Qt::

    with SimulatorServer(Store(seed=1)) as oms:
        httpx.get(f"{oms.url}/api/v1/oms/packages/", headers={"Authorization": f"Token {oms.token}"})

The same server also serves the Seller Center API (``/api/i2/``, see
:mod:`.seller_center_server`): ``seller_center_site(server.app).store`` is its data.

It can also misbehave on purpose (see :mod:`.faults`)::

    SimulatorServer(faults=FaultPlan.uniform(0.2, ["502", "timeout", "lost"], hang_seconds=5, seed=3))
"""

from .faults import KINDS as FAULT_KINDS
from .faults import FaultInjector, FaultPlan
from .seed import DEFAULT_STOCK_LOCATION_ID
from .seller_center_server import DEFAULT_API_KEY as SELLER_CENTER_API_KEY
from .seller_center_server import SellerCenterSite, seller_center_site
from .seller_center_store import SellerCenterStore
from .server import DEFAULT_TOKEN, DEMO_PASSWORD, SimulatorServer, create_app
from .staff import DEMO_USERNAME
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
    "SELLER_CENTER_API_KEY",
    "SellerCenterSite",
    "SellerCenterStore",
    "SimulatorServer",
    "Store",
    "create_app",
    "seller_center_site",
]

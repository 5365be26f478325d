"""The station for Akinon Seller Center, the marketplace sellers' API (no Qt here).

* :mod:`.station`: :class:`SellerCenterStation`, the :class:`~instore_app.operations.backend.
  Backend` over :class:`~instore_app.api.seller_center.SellerCenterClient`;
* :mod:`.mapping`: Seller Center packages and items as the app's packages (ids, states);
* :mod:`.effects`: the writes as planned commands, and whether one took effect;
* :mod:`.reasons`: the reject reasons and the out-of-stock choices;
* :mod:`.handover`: handing packages to the courier (status 4);
* :mod:`.access`: what the window needs of the Seller Center besides the station.
"""

from .access import SellerCenterAccess
from .station import SellerCenterStateChanged, SellerCenterStation

__all__ = ["SellerCenterAccess", "SellerCenterStateChanged", "SellerCenterStation"]

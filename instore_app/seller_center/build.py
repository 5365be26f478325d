"""The Seller Center station built from the settings (no Qt): what composition.py calls for
``--backend seller-center``."""

from __future__ import annotations

from ..api import RetryPolicy
from ..api.seller_center import SellerCenterClient
from ..journal import Journal
from ..operations.resend import SettlePolicy
from ..settings.table import Settings  # the package would bring the settings file (QtCore)
from .access import SellerCenterAccess
from .station import SellerCenterStation

__all__ = ["build_seller_center_station"]


def build_seller_center_station(
    settings: Settings,
    *,
    client: SellerCenterClient | None = None,
    journal: Journal | None = None,
    retry: RetryPolicy | None = None,
    settle: SettlePolicy | None = None,
) -> tuple[SellerCenterStation, SellerCenterClient, SellerCenterAccess]:
    """The client (unless given: then it stays the caller's), the station and the window's access."""
    if client is None:
        client = SellerCenterClient(
            settings.seller_center_url,
            settings.token or None,
            auth_scheme=settings.seller_center_auth_scheme,
            insecure=settings.insecure,
            retry=retry or RetryPolicy(),
            language=settings.language or None,
        )
    station = SellerCenterStation(
        client,
        reasons=settings.seller_center_reasons,
        seller_name=settings.stock_location_name,
        language=settings.language or "en",
        journal=journal,
        settle=settle or SettlePolicy(),
    )
    return station, client, SellerCenterAccess(client, settings.seller_center_auth_scheme)

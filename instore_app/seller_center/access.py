"""What the main window needs of the Seller Center besides the station (no Qt here).

The window is given an "OMS access" (:class:`~instore_app.ui.services.OmsAccess`): the
address it names in the title and the About box, signing in again after a 401, and product
photos. For the Seller Center: its address; signing in again is pasting the API key (there
is no user name and password); there are no product photos.
"""

from __future__ import annotations

from ..api import OmsError
from ..api.seller_center import SellerCenterClient

__all__ = ["NO_PASSWORD_SIGN_IN", "NO_PHOTOS", "SellerCenterAccess"]

NO_PASSWORD_SIGN_IN = "The Seller Center is not signed in with a user name and password: paste the API key instead."
NO_PHOTOS = "The Seller Center gives no product photos."


class SellerCenterAccess:
    """The window's access to the Seller Center (the API key is set with its scheme prefix)."""

    def __init__(self, client: SellerCenterClient, auth_scheme: str = "") -> None:
        self.client = client
        self.auth_scheme = auth_scheme

    @property
    def base_url(self) -> str:
        return self.client.base_url

    async def login(self, username: str, password: str) -> str:
        raise OmsError(NO_PASSWORD_SIGN_IN)

    def set_token(self, token: str | None) -> None:
        """Use this API key from now on (None: none)."""
        self.client.set_api_key(token, self.auth_scheme)

    async def fetch_image(self, url: str) -> bytes:
        raise OmsError(NO_PHOTOS)

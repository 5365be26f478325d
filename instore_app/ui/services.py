"""What the windows are given to work with, instead of building it or reaching for it.

* :class:`OmsAccess`: what the main window needs of the OMS besides the station -- its
  address (title, About, signing in again), signing in, and product images. ``OmsClient``
  is one; the composition passes it in.
* :class:`SetupAccess`: what the Settings dialog needs -- the settings file, the token store
  the app is using (so the dialog sees the token the app has, even with no keyring), and a
  factory for the short-lived clients that sign in and list the stores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..api import OmsClient
from ..settings import SettingsStore, TokenStore

__all__ = ["ClientFactory", "OmsAccess", "SetupAccess", "default_client_factory"]

#: ``factory(url, insecure)`` -> a new OmsClient without a token (its user closes it).
ClientFactory = Callable[[str, bool], OmsClient]


class OmsAccess(Protocol):
    @property
    def base_url(self) -> str: ...

    async def login(self, username: str, password: str) -> str: ...

    def set_token(self, token: str | None) -> None: ...

    async def fetch_image(self, url: str) -> bytes: ...


def default_client_factory(url: str, insecure: bool) -> OmsClient:
    """The setup dialog's clients: the OMS at `url`, no token yet."""
    return OmsClient(url, insecure=insecure)


@dataclass(frozen=True)
class SetupAccess:
    """What the Settings dialog edits: the settings file, the token store, and how it makes a
    client to sign in with."""

    store: SettingsStore
    tokens: TokenStore
    client_factory: ClientFactory = default_client_factory

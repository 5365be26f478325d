"""What a run needs of its settings before the station starts: which OMS (or Seller Center),
which store, the token or API key (from the environment, else the keyring), and the language
actually shown.

No Qt here.
"""

from __future__ import annotations

import locale
import logging
import os
from typing import Any, Protocol

from ..api.client import check_base_url
from .setting import ConfigError, Setting, Source
from .table import Settings

log = logging.getLogger(__name__)

__all__ = [
    "CONNECTION",
    "SELLER_CENTER",
    "backend_url",
    "setup_incomplete",
    "TokenLookup",
    "connection_given",
    "effective_language",
    "for_demo",
    "for_run",
    "not_yet_used",
    "with_kept_token",
]

#: The settings that say which OMS (or Seller Center), which store and who.
CONNECTION: tuple[Setting[Any], ...] = (
    Settings.oms_url, Settings.stock_location_id, Settings.token, Settings.seller_center_url,
)
SELLER_CENTER = "seller-center"


def backend_url(settings: Settings) -> str:
    """The address of the API this run packs through: the OMS's, or the Seller Center's."""
    return settings.seller_center_url if settings.backend == SELLER_CENTER else settings.oms_url


def setup_incomplete(settings: Settings) -> bool:
    """The backend's address, the store (OMS only: the Seller Center's store is the seller) or
    the token (the Seller Center's API key) is missing."""
    if settings.backend == SELLER_CENTER:
        return not settings.seller_center_url.strip() or not settings.token
    return not settings.oms_url.strip() or settings.stock_location_id == 0 or not settings.token


class TokenLookup(Protocol):
    def get(self, oms_url: str) -> str | None: ...


def connection_given(settings: Settings) -> bool:
    """Whether this run was told which OMS, store or token (by a flag or the environment):
    then what is missing is an error to fix there, not a reason to open the setup dialog."""
    return any(settings.given(setting) for setting in CONNECTION)


def with_kept_token(settings: Settings, tokens: TokenLookup) -> Settings:
    """The token kept for this OMS (or this Seller Center's API key: the keyring) when the
    environment gave none."""
    if settings.token or not backend_url(settings).strip():
        return settings
    from ..api.seller_center.wire import check_base_url as check_seller_center_url

    check = check_seller_center_url if settings.backend == SELLER_CENTER else check_base_url
    try:
        url = check(backend_url(settings), insecure=settings.insecure)
    except ValueError:
        return settings  # for_run() says what is wrong with the address
    token = tokens.get(url)
    return settings.replace(Source.SAVED, token=token) if token else settings


def for_run(settings: Settings) -> Settings:
    """`settings` with the OMS address normalised; ConfigError, in words, when the OMS, the
    store or the token is missing or unusable (for the Seller Center: its address and API key)."""
    if settings.backend == SELLER_CENTER:
        return _for_seller_center(settings)
    names = {Settings.oms_url: "INSTORE_OMS_URL", Settings.stock_location_id: "INSTORE_STOCK_LOCATION", Settings.token: "INSTORE_TOKEN"}
    missing = [
        names[setting]
        for setting, unset in (
            (Settings.oms_url, not settings.oms_url.strip()),
            (Settings.stock_location_id, settings.stock_location_id == 0),
            (Settings.token, not settings.token.strip()),
        )
        if unset
    ]
    if missing:
        raise ConfigError(
            "The app needs to know which OMS to use. Not set: "
            + ", ".join(missing)
            + ".\nSet them in the environment (the token only there), or start with --demo to try the app.",
            code="connection_missing",
            params={"missing": ", ".join(missing)},
        )
    try:
        url = check_base_url(settings.oms_url, insecure=settings.insecure)
    except ValueError as exc:
        raise ConfigError(f"The OMS address is not usable: {exc}", code="oms_url", params={"reason": str(exc)}) from exc
    return settings.replace(oms_url=url, token=settings.token.strip())


def _for_seller_center(settings: Settings) -> Settings:
    from ..api.seller_center.wire import authorization_value
    from ..api.seller_center.wire import check_base_url as check_seller_center_url

    missing = [
        name
        for name, unset in (
            ("INSTORE_SELLER_CENTER_URL", not settings.seller_center_url.strip()),
            ("INSTORE_TOKEN", not settings.token.strip()),
        )
        if unset
    ]
    if missing:
        raise ConfigError(
            "The app needs to know which Seller Center to use. Not set: "
            + ", ".join(missing)
            + ".\nSet them in the environment (the API key only there), or start with --demo to try the app.",
            code="seller_center_missing",
            params={"missing": ", ".join(missing)},
        )
    try:
        url = check_seller_center_url(settings.seller_center_url, insecure=settings.insecure)
    except ValueError as exc:
        raise ConfigError(
            f"The Seller Center address is not usable: {exc}", code="seller_center_url", params={"reason": str(exc)}
        ) from exc
    try:
        authorization_value(settings.token, settings.seller_center_auth_scheme)
    except ValueError as exc:
        raise ConfigError(f"The API key is not usable: {exc}", code="api_key", params={"reason": str(exc)}) from exc
    return settings.replace(seller_center_url=url, token=settings.token.strip())


def for_demo(settings: Settings, url: str, stock_location_id: int, token: str, username: str = "") -> Settings:
    """The demo's settings: the simulator's address, store and token in place of any other
    (given by --demo, a flag: above the environment and the file). ConfigError when a flag
    names another OMS or store as well."""
    clashing = [
        s.flag
        for s in (Settings.oms_url, Settings.stock_location_id, Settings.seller_center_url)
        if settings.source(s) is Source.FLAG
    ]
    if clashing:
        raise ConfigError(
            f"--demo runs against the built-in simulator; leave out {' and '.join(str(f) for f in clashing)}.",
            code="demo_clash",
            params={"flags": " and ".join(str(f) for f in clashing)},
        )
    for setting in CONNECTION:
        if settings.given(setting):
            log.info("demo: %s from the environment is not used; the simulator is", setting.env)
    if settings.backend == SELLER_CENTER:  # the simulator's /api/i2/, its API key as it documents it
        return settings.replace(
            Source.FLAG, seller_center_url=url, token=token, seller_center_auth_scheme="", username=username
        )
    return settings.replace(Source.FLAG, oms_url=url, stock_location_id=stock_location_id, token=token, username=username)


def not_yet_used(settings: Settings) -> list[str]:
    """Settings this version declares and keeps, but does not act on yet, when they are on:
    said at start-up rather than ignored in silence. (None today: the invoice number step,
    the last one, is the bench's own now -- instore_app/bench/invoice_step.py.)"""
    return []


def effective_language(stored: str, system: str | None = None) -> str:
    """"tr" or "en": the stored choice, or for "" the system's language (Turkish or else English)."""
    if stored in ("tr", "en"):
        return stored
    if system is None:
        system = ""
        for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
            if os.environ.get(var):
                system = os.environ[var]
                break
        else:
            try:
                system = locale.getlocale()[0] or ""
            except ValueError:
                system = ""
    return "tr" if system.lower().startswith(("tr", "turkish")) else "en"

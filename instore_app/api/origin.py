"""Credentials by origin: a request carries the credential only to its backend's own origin.

An origin is (scheme, host, port), as browsers and httpx's redirect handling define it. One
:class:`OriginAuth` is installed on a backend's ``httpx.AsyncClient``; it sees every request
the client sends (list pages, ``next`` links, labels, images) and adds the ``Authorization``
header only when the request's origin equals the backend's. Any other request leaves without
one, even if a caller put one there by mistake.

The header's value comes from a small callable, so one layer serves every backend:

* the OMS: ``token_header(lambda: token)`` gives ``Token <key>``;
* Seller Center: ``token_header(lambda: api_key, scheme="")`` gives the key itself, or
  ``scheme="Bearer"`` when a store's gateway wants a prefix.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import NamedTuple
from urllib.parse import urlsplit

import httpx

log = logging.getLogger(__name__)

#: A request extension that asks :class:`OriginAuth` not to add the credential (login, images).
ANONYMOUS = "instore.anonymous"

_DEFAULT_PORTS = {"http": 80, "https": 443}

#: Returns the whole ``Authorization`` value, or None when there is no credential yet.
HeaderValue = Callable[[], str | None]


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int | None

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = _DEFAULT_PORTS.get(self.scheme)
        port = "" if self.port is None or self.port == default else f":{self.port}"
        return f"{self.scheme}://{host}{port}"


def origin_of(url: str | httpx.URL) -> Origin:
    """The origin of `url`; the port is filled in from the scheme when the URL has none.

    A URL whose port is not a number gets the port -1, which equals no real origin.
    """
    if isinstance(url, httpx.URL):
        scheme, host, port = url.scheme, url.host, url.port
    else:
        parts = urlsplit(url)
        scheme, host = parts.scheme, parts.hostname or ""
        try:
            port = parts.port
        except ValueError:
            port = -1
    scheme = scheme.lower()
    return Origin(scheme, host.lower(), port if port is not None else _DEFAULT_PORTS.get(scheme))


def token_header(credential: Callable[[], str | None], scheme: str = "Token") -> HeaderValue:
    """``Authorization`` values ``"<scheme> <credential>"`` (just the credential if `scheme` is "")."""
    prefix = f"{scheme.strip()} " if scheme.strip() else ""

    def value() -> str | None:
        key = credential()
        return f"{prefix}{key}" if key else None

    return value


class OriginAuth(httpx.Auth):
    """Adds ``Authorization`` to requests for `home`'s origin only; strips it everywhere else."""

    def __init__(self, home: str, header: HeaderValue) -> None:
        self.home = origin_of(home)
        self._header = header

    def is_home(self, url: str | httpx.URL) -> bool:
        return origin_of(url) == self.home

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.pop("Authorization", None)
        if self.is_home(request.url) and not request.extensions.get(ANONYMOUS):
            value = self._header()
            if value:
                request.headers["Authorization"] = value
        elif not self.is_home(request.url):
            log.debug("request to %s goes without credentials (not %s)", origin_of(request.url), self.home)
        yield request


__all__ = ["ANONYMOUS", "HeaderValue", "Origin", "OriginAuth", "origin_of", "token_header"]

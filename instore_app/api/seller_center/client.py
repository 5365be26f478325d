"""Async client for Akinon's Seller Center package API (``/api/i2/packages/``); no Qt.

Endpoints PKG101 to PKG108 of the Seller Center "Packages" documentation. Every request
goes through one :class:`~.transport.Transport` (see there); this module decides what is
sent where:

* ``Authorization`` carries the API key as the docs show it (``Authorization: KEY``), after
  an optional scheme prefix (``auth_scheme="Token"`` gives ``Token KEY``), and only to the
  Seller Center's own origin (scheme, host and port of ``base_url``).
* Reads (GET) are retried like the OMS client's (:class:`~instore_app.api.client.RetryPolicy`:
  connection errors, timeouts, 429 and 5xx). Writes (PUT, POST, DELETE) are never retried:
  whether a failed write may be sent again is decided by the caller after re-reading the
  package.
* Lists follow ``next`` (absolute URLs in the docs) only on the same origin and path, at
  most ``max_pages`` pages, never the same page twice; rows are deduplicated by ``number``.
* Request bodies are the documented JSON, compact (the docs' ``Content-Length`` values are
  those of the compact form), keys in the documented order.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, TypeVar
from urllib.parse import quote, urlencode, urljoin, urlsplit
from uuid import UUID

import httpx

from ..client import DEFAULT_TIMEOUT, RetryPolicy, is_loopback_url
from ..models import Page
from .errors import (
    SellerCenterError,
    SellerCenterNotFound,
    SellerCenterRefused,
    SellerCenterResponseError,
    error_for_status,
)
from .labels import (
    LabelDocument,
    SellerCenterLabel,
    UrlLabel,
    document_from_response,
    shown_address,
    sniff_label,
)
from .models import (
    CargoLabel,
    ChangeShippingMethod,
    PackageStatus,
    RejectPackage,
    SellerCenterPackage,
    SellerCenterPackageItem,
    SplitPackage,
    UpdatePackage,
    split_body,
)
from .transport import MAX_RESPONSE_BYTES, HttpxTransport, RawResponse, Transport
from .wire import (
    UNKNOWN_OUTCOME,
    authorization_value,
    check_base_url,
    is_json,
    json_body,
    json_or_none,
    origin,
    parse,
)

log = logging.getLogger(__name__)

PACKAGES = "/api/i2/packages/"
DEFAULT_PAGE_SIZE = 100
DEFAULT_MAX_PAGES = 200
MAX_LABEL_REDIRECTS = 5

R = TypeVar("R", SellerCenterPackage, SellerCenterPackageItem)


@dataclass(frozen=True)
class WriteResult:
    """A write the Seller Center accepted: its status and, for PUT, the package it answered."""

    status_code: int
    package: SellerCenterPackage | None = None


def _utc_seconds(value: datetime) -> datetime:
    """An aware UTC time without microseconds (a naive time is taken as local time)."""
    return value.astimezone(timezone.utc).replace(microsecond=0)


def _path_part(value: str) -> str:
    if not value:
        raise ValueError("a package or item number is empty")
    return quote(value, safe="")


class SellerCenterClient:
    """The Seller Center API. Use as ``async with SellerCenterClient(url, key) as sc: ...``."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        *,
        auth_scheme: str = "",
        transport: Transport | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),
        insecure: bool = False,
        language: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        self.base_url = check_base_url(base_url, insecure=insecure)
        self._origin = origin(self.base_url)
        self._authorization: str | None = None
        self.set_api_key(api_key, auth_scheme)
        self.retry = retry
        self.language = language
        self.page_size = page_size
        self.max_pages = max_pages
        self.max_response_bytes = max_response_bytes
        self._transport: Transport = transport or HttpxTransport(transport=http_transport, timeout=timeout)

    async def __aenter__(self) -> SellerCenterClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._transport.aclose()

    @property
    def has_api_key(self) -> bool:
        return self._authorization is not None

    def set_api_key(self, api_key: str | None, auth_scheme: str = "") -> None:
        """Use `api_key` (None: send no Authorization) with `auth_scheme` before it."""
        self._authorization = authorization_value(api_key, auth_scheme) if api_key else None

    def is_same_origin(self, url: str) -> bool:
        return origin(url) == self._origin

    # -- plumbing -----------------------------------------------------------------------------

    def _url(self, path: str, params: dict[str, Any] | None = None) -> str:
        query = {k: v for k, v in (params or {}).items() if v is not None}
        return self.base_url + path + (f"?{urlencode(query)}" if query else "")

    def _headers(self, url: str, *, accept: str, body: bool) -> dict[str, str]:
        headers = {"Accept": accept}
        if body:
            headers["Content-Type"] = "application/json"
        if self.language:
            headers["Accept-Language"] = self.language
        # The key goes to the Seller Center's own origin and nowhere else.
        if self._authorization is not None and self.is_same_origin(url):
            headers["Authorization"] = self._authorization
        return headers

    async def _send(
        self,
        method: str,
        url: str,
        *,
        content: bytes | None = None,
        accept: str = "application/json",
        redirects_ok: bool = False,
    ) -> RawResponse:
        """One request; an error status becomes its typed error. Logs method, path, status, time."""
        path = urlsplit(url).path or url
        headers = self._headers(url, accept=accept, body=content is not None)
        started = time.perf_counter()
        try:
            response = await self._transport.send(
                method, url, headers=headers, content=content, max_bytes=self.max_response_bytes
            )
        except SellerCenterError as exc:
            log.warning("%s %s failed after %.0f ms: %s", method, path, (time.perf_counter() - started) * 1000,
                        type(exc).__name__)
            raise
        status = response.status_code
        log.info("%s %s -> %s in %.0f ms", method, path, status, (time.perf_counter() - started) * 1000)
        if 300 <= status < 400 and not (redirects_ok and response.header("location")):
            where = response.header("location") or "another address"
            raise SellerCenterResponseError(
                f"The Seller Center redirected the request to {where}; redirects are not followed."
            )
        if status >= 400:
            raise error_for_status(
                status, json_or_none(response.content), method=method, path=path,
                retry_after=response.header("retry-after") or None,
            )
        return response

    async def _get(self, url: str, **options: Any) -> RawResponse:
        """A GET with the retry policy."""
        attempt = 0
        while True:
            try:
                return await self._send("GET", url, **options)
            except SellerCenterError as error:
                attempt += 1
                delay = self.retry.delay(attempt, error)
                if delay is None:
                    raise
                log.info("retrying GET %s in %.2f s (%s)", urlsplit(url).path, delay, type(error).__name__)
                await asyncio.sleep(delay)

    async def _write(self, method: str, path: str, body: Any = None) -> RawResponse:
        """A PUT/POST/DELETE with `body` as JSON. Never retried."""
        content = json_body(body) if body is not None else None
        return await self._send(method, self.base_url + path, content=content)

    async def _all_pages(self, url: str, shape: type[Page[R]]) -> list[R]:
        """Every row of a list, following ``next``; rows deduplicated by ``number`` (last wins)."""
        rows: dict[str, R] = {}
        visited: set[str] = set()
        path = urlsplit(url).path
        next_url: str | None = url
        while next_url is not None:
            if next_url in visited:
                log.warning("%s: the next page is one already read; stopping after %d pages", path, len(visited))
                break
            if len(visited) >= self.max_pages:
                raise SellerCenterResponseError(
                    f"The Seller Center's list has more than {self.max_pages} pages; the list was not loaded."
                )
            visited.add(next_url)
            page = parse(await self._get(next_url), shape)
            for row in page.results:
                rows[row.number] = row
            next_url = self._next_url(page.next, next_url, path)
        return list(rows.values())

    def _next_url(self, link: str | None, current: str, path: str) -> str | None:
        if not link:
            return None
        url = urljoin(current, link)
        if not self.is_same_origin(url) or urlsplit(url).path != path:
            parts = urlsplit(url)
            where = f"{parts.scheme}://{parts.netloc}{parts.path}"
            log.warning("%s: refused a next link to %s", path, where)
            raise SellerCenterRefused(
                f"The Seller Center pointed to the next page on another address ({where}); it was not followed."
            )
        return url

    # -- reads ------------------------------------------------------------------------------

    async def packages_page(
        self, *, status: int | None = None, number: str | None = None, page: int = 1, limit: int | None = None
    ) -> Page[SellerCenterPackage]:
        """One page of PKG101 ``GET /api/i2/packages/``."""
        params = {"status": None if status is None else int(status), "number": number, "page": page,
                  "limit": limit or self.page_size}
        result: Page[SellerCenterPackage] = parse(await self._get(self._url(PACKAGES, params)),
                                                  Page[SellerCenterPackage])
        return result

    async def list_packages(
        self, *, status: int | None = PackageStatus.PREPARING, number: str | None = None, limit: int | None = None
    ) -> list[SellerCenterPackage]:
        """Every package with `status` (None: any) and `number`, all pages (PKG101).

        The filters are applied again here, so a server that ignores them still gives the
        right list.
        """
        params = {"status": None if status is None else int(status), "number": number, "limit": limit or self.page_size}
        rows = await self._all_pages(self._url(PACKAGES, params), Page[SellerCenterPackage])
        return [
            row for row in rows
            if (status is None or row.status == int(status)) and (number is None or row.number == number)
        ]

    async def get_package(self, number: str) -> SellerCenterPackage:
        """The package `number` (PKG101 filtered by number); SellerCenterNotFound if none."""
        for package in await self.list_packages(status=None, number=number):
            return package
        raise SellerCenterNotFound(
            f"The Seller Center has no package {number}.", status_code=404, method="GET", path=PACKAGES
        )

    async def package_items(self, number: str) -> list[SellerCenterPackageItem]:
        """Every item of package `number`, all pages (PKG102)."""
        url = self._url(f"{PACKAGES}{_path_part(number)}/items/", {"limit": self.page_size})
        return await self._all_pages(url, Page[SellerCenterPackageItem])

    async def get_label(self, number: str) -> SellerCenterLabel:
        """The cargo label of package `number` (PKG104), sniffed; a URL is not fetched."""
        response = await self._get(self._url(f"{PACKAGES}{_path_part(number)}/label/"))
        label: CargoLabel = parse(response, CargoLabel)
        return sniff_label(label.data)

    async def get_label_document(self, number: str) -> SellerCenterLabel:
        """:meth:`get_label`, with a label address fetched (:meth:`fetch_label_url`)."""
        label = await self.get_label(number)
        return await self.fetch_label_url(label.url) if isinstance(label, UrlLabel) else label

    async def fetch_label_url(self, url: str) -> LabelDocument:
        """The label behind a label address (PDF, image, HTML or ZPL).

        The API key goes only to the Seller Center's own origin; another host is fetched
        without it, and only over https (or on this computer). Redirects are followed (up
        to 5) under the same rules at every step.
        """
        for _ in range(MAX_LABEL_REDIRECTS + 1):
            if not self.is_same_origin(url) and urlsplit(url).scheme.lower() != "https" and not is_loopback_url(url):
                log.warning("label address %s refused: http on another host", shown_address(url))
                raise SellerCenterRefused(
                    f"The label is at {shown_address(url)}, an unencrypted address on another host; "
                    "it was not fetched."
                )
            response = await self._get(url, accept="*/*", redirects_ok=True)
            if 300 <= response.status_code < 400:
                url = urljoin(url, response.header("location"))
                continue
            return document_from_response(response.content, response.header("content-type"), url)
        raise SellerCenterResponseError("The label address redirects too many times.")

    # -- writes (never retried) ----------------------------------------------------------------

    async def update_package(self, number: str, update: UpdatePackage) -> WriteResult:
        """PKG103 ``PUT /api/i2/packages/{number}/`` with the fields set in `update`."""
        response = await self._write("PUT", f"{PACKAGES}{_path_part(number)}/", update.to_json())
        if not response.content.strip():
            return WriteResult(response.status_code)
        try:
            package: SellerCenterPackage = parse(response, SellerCenterPackage)
        except SellerCenterResponseError as exc:
            raise SellerCenterResponseError(UNKNOWN_OUTCOME, field=exc.field) from exc
        return WriteResult(response.status_code, package)

    async def pack(
        self,
        number: str,
        *,
        waybill_number: str | None = None,
        invoice_number: str | None = None,
        invoice_date: datetime | None = None,
        invoice_url: str | None = None,
    ) -> WriteResult:
        """Ready to Ship: PUT with ``status: 3`` and the fields known at packing time."""
        return await self.update_package(number, UpdatePackage(
            status=PackageStatus.READY_TO_SHIP,
            waybill_number=waybill_number,
            invoice_date=_utc_seconds(invoice_date) if invoice_date else None,
            invoice_number=invoice_number,
            invoice_url=invoice_url,
        ))

    async def hand_over(
        self,
        number: str,
        *,
        tracking_number: str,
        shipping_company: str,
        shipment_date: datetime,
        tracking_url: str | None = None,
        waybill_number: str | None = None,
    ) -> WriteResult:
        """Shipped: PUT with ``status: 4``, the tracking number, shipping company and shipment date."""
        return await self.update_package(number, UpdatePackage(
            status=PackageStatus.SHIPPED,
            waybill_number=waybill_number,
            tracking_number=tracking_number,
            tracking_url=tracking_url,
            shipping_company=shipping_company,
            shipment_date=_utc_seconds(shipment_date),
        ))

    async def reject(self, number: str, items: Sequence[str], reason: str) -> WriteResult:
        """PKG107 ``POST /reject/``: reject `items` (item numbers) with the free-text `reason`."""
        body = RejectPackage(items=list(items), reason=reason).to_json()
        return _no_content(await self._write("POST", f"{PACKAGES}{_path_part(number)}/reject/", body))

    async def split(self, number: str, splits: Sequence[SplitPackage]) -> WriteResult:
        """PKG106 ``POST /split/``: one new package per entry, with its items (and shipping method)."""
        body = split_body(list(splits))
        return _no_content(await self._write("POST", f"{PACKAGES}{_path_part(number)}/split/", body))

    async def release_reservation(self, number: str, item_number: str) -> WriteResult:
        """PKG108 ``DELETE /api/i2/packages/{number}/reservations/{item-number}`` (no trailing slash)."""
        path = f"{PACKAGES}{_path_part(number)}/reservations/{_path_part(item_number)}"
        return _no_content(await self._write("DELETE", path))

    async def change_shipping_method(self, number: str, shipping_method: UUID | str) -> WriteResult:
        """PKG105 ``POST /change-shipping-method/`` with the shipping method's UUID."""
        body = ChangeShippingMethod(shipping_method=UUID(str(shipping_method))).to_json()
        return _no_content(await self._write("POST", f"{PACKAGES}{_path_part(number)}/change-shipping-method/", body))


def _no_content(response: RawResponse) -> WriteResult:
    """A write documented as 204: an empty or JSON body is fine; anything else is unknown."""
    if response.content.strip() and not is_json(response.content):
        raise SellerCenterResponseError(UNKNOWN_OUTCOME)
    return WriteResult(response.status_code)



__all__ = ["DEFAULT_MAX_PAGES", "DEFAULT_PAGE_SIZE", "SellerCenterClient", "WriteResult"]

"""Async client for the Akinon OMS REST API (no Qt here).

One :class:`~.httplayer.HttpLayer` (one ``httpx.AsyncClient``) per :class:`OmsClient`. The
layer's rules hold for every request: the token goes only to the OMS's own origin, TLS is
verified, redirects are errors, bodies are read up to a limit per kind. Reads (GET) are
retried on connection errors, timeouts, 429 and 5xx with capped exponential backoff and
jitter; commands (POST) are never retried here: whether a failed command may be sent again
is decided by the caller after re-reading the package.

Lists are walked with :mod:`.pagination`: they come back as a :class:`~.pagination.Listing`,
a list whose ``problem`` says in words when the OMS's list could not be read to its end.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Coroutine, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import httpx
from pydantic import ValidationError

from .after_packing import AfterPackingEndpoints
from .bodies import BodyKind, BodyLimits
from .documents import LabelDocument, check_image, check_label
from .errors import OmsResponseError
from .httplayer import (
    DEFAULT_TIMEOUT,
    HttpLayer,
    Reply,
    RetryPolicy,
    build_tls_context,
    is_transient,
    json_or_none,
    needs_tls,
    tls_context,
    tls_trust_loaded,
    warm_up_tls,
)
from .models import (
    Command,
    DenialReason,
    LoginResponse,
    Package,
    PackageShort,
    Page,
    ShippingLabel,
    StockLocation,
    TransitionLog,
    adapter,
)
from .origin import origin_of, token_header
from .pagination import MAX_PAGES, Listing, dedupe, walk_next, walk_numbered

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Labels larger than this are refused rather than rendered (decoded bytes).
MAX_LABEL_BYTES = BodyLimits().label
MAX_IMAGE_BYTES = BodyLimits().image


@dataclass(frozen=True)
class CommandResult:
    """What the OMS answered a command: the HTTP status and the JSON body, if any."""

    status_code: int
    body: dict[str, Any] | None


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str, *, insecure: bool = False) -> str:
    """Normalise the OMS address; refuse what is not a usable, safe URL (ValueError)."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"“{url}” is not a web address (expected https://your-oms.example.com).")
    if parts.scheme == "http" and not (insecure or is_loopback_url(url)):
        raise ValueError(
            f"“{url}” is not encrypted (http://). Use https://, or pass --insecure if you really mean it."
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _same_page_but(url: str, expected: str, page: int) -> bool:
    """Whether `url` is `expected` (same origin, path and query) with ``page=<page>``."""
    got, want = urlsplit(url), urlsplit(expected)
    if origin_of(url) != origin_of(expected) or got.path != want.path:
        return False
    params = sorted((k, v) for k, v in parse_qsl(got.query, keep_blank_values=True) if k != "page")
    wanted = sorted((k, v) for k, v in parse_qsl(want.query, keep_blank_values=True) if k != "page")
    return params == wanted and dict(parse_qsl(got.query)).get("page") == str(page)


class OmsClient(AfterPackingEndpoints):
    """The OMS API. Use as ``async with OmsClient(url, token) as oms: ...``.

    ``limits`` are the body size limits per kind; ``max_pages`` caps every list walk. What
    follows packing (cargo companies, orders, the invoice number, the invoice) is in
    :mod:`.after_packing`.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),
        max_concurrency: int = 4,
        insecure: bool = False,
        limits: BodyLimits = BodyLimits(),
        max_pages: int = MAX_PAGES,
    ) -> None:
        self.base_url = check_base_url(base_url, insecure=insecure)
        self._token = token
        self.max_concurrency = max_concurrency
        self.max_pages = max_pages
        self._layer = HttpLayer(
            self.base_url,
            token_header(lambda: self._token, "Token"),
            transport=transport,
            timeout=timeout,
            retry=retry,
            limits=limits,
        )

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._layer.http

    @property
    def retry(self) -> RetryPolicy:
        return self._layer.retry

    @property
    def limits(self) -> BodyLimits:
        return self._layer.limits

    async def __aenter__(self) -> OmsClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._layer.aclose()

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def set_token(self, token: str | None) -> None:
        self._token = token

    def _api_url(self, path: str) -> str:
        """The absolute URL of an API `path` ("/api/..."), under the OMS address's own path
        if it has one (as httpx's base_url merges it)."""
        return self.base_url + path

    async def _get_model(self, url: str, shape: Any, kind: BodyKind, *, params: dict[str, Any] | None = None) -> Any:
        return parse(await self._layer.get(url, kind=kind, params=params), shape)

    # -- endpoints -----------------------------------------------------------------

    async def login(self, username: str, password: str) -> str:
        """POST /api/v1/auth/login/ (sent without the old token); keeps and returns the new one."""
        reply = await self._layer.send(
            "POST",
            "/api/v1/auth/login/",
            kind=BodyKind.OTHER,
            json={"username": username, "password": password},
            anonymous=True,
        )
        token: str = parse(reply, LoginResponse).key
        self._token = token
        return token

    async def packages_page(
        self,
        *,
        page: int = 1,
        limit: int = 100,
        stock_location: int | None = None,
        state: str | None = None,
    ) -> Page[PackageShort]:
        """One page of GET /api/v1/oms/packages/short/."""
        params = self._list_params(page, limit, stock_location, state)
        page_shape = Page[PackageShort]
        result: Page[PackageShort] = await self._get_model(
            "/api/v1/oms/packages/short/", page_shape, BodyKind.LIST_PAGE, params=params
        )
        return result

    @staticmethod
    def _list_params(page: int, limit: int, stock_location: int | None, state: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"page": page, "limit": limit}
        if stock_location is not None:
            params["stock_location"] = stock_location
        if state is not None:
            params["state__enum_value"] = state
        return params

    async def list_packages(
        self,
        *,
        stock_location: int | None,
        states: Iterable[str],
        limit: int = 100,
    ) -> Listing[PackageShort]:
        """Every package at `stock_location` in one of `states`: a :class:`Listing`.

        One paged query per state. When the first page's ``next`` is this same query with
        ``page=2``, the server honours page numbers and the rest is fetched by number, at
        most ``max_concurrency`` pages in flight in all (see :func:`walk_numbered`);
        otherwise ``next`` is followed (:func:`walk_next`). The filters are applied again
        here because the OMS's filter names are not documented: a server that ignores them
        still gives the right list. ``problem`` is set when a state's list stopped early.
        """
        wanted = tuple(states)
        semaphore = asyncio.Semaphore(self.max_concurrency)
        path = "/api/v1/oms/packages/short/"

        async def fetch(state: str, page: int) -> Page[PackageShort]:
            async with semaphore:
                return await self.packages_page(page=page, limit=limit, stock_location=stock_location, state=state)

        async def fetch_url(url: str) -> Page[PackageShort]:
            async with semaphore:
                result: Page[PackageShort] = await self._get_model(url, Page[PackageShort], BodyKind.LIST_PAGE)
                return result

        async def all_pages(state: str) -> Listing[PackageShort]:
            what = f"packages in state {state}"
            first = await fetch(state, 1)
            query = urlencode(self._list_params(1, limit, stock_location, state))
            first_url = f"{self._api_url(path)}?{query}"
            if first.next and _same_page_but(urljoin(first_url, first.next), first_url, 2):
                return await walk_numbered(
                    first,
                    lambda number: fetch(state, number),
                    what=what,
                    window=self.max_concurrency,
                    max_pages=self.max_pages,
                )
            return await walk_next(first_url, fetch_url, home=self.base_url, what=what, max_pages=self.max_pages, first=first)

        per_state = await _gather_or_cancel([all_pages(state) for state in wanted])
        rows: list[PackageShort] = []
        for listing in per_state:
            for package in listing:
                if package.state.enum_value not in wanted:
                    continue
                if stock_location is not None and package.stock_location is not None:
                    if package.stock_location.id != stock_location:
                        continue
                rows.append(package)
        problems = [listing.problem for listing in per_state if listing.problem]
        return Listing(dedupe(rows), problem=problems[0] if problems else None)

    async def get_package(self, package_id: int) -> Package:
        """GET /api/v1/oms/packages/{id}/."""
        package: Package = await self._get_model(f"/api/v1/oms/packages/{package_id}/", Package, BodyKind.DETAIL)
        return package

    async def run_command(
        self,
        package_id: int,
        command: Command,
        input_parameters: dict[str, Any] | None = None,
    ) -> CommandResult:
        """POST /api/v1/oms/packages/{id}/command/ with the command's transition id. Never retried.

        Any answer but a 2xx raises (a 3xx is :class:`~.errors.OmsRedirected`).
        """
        body = {"transition": command.id, "input_parameters": input_parameters or {}}
        log.info("command %s (transition %s) on package %s", command.command, command.id, package_id)
        reply = await self._layer.send(
            "POST", f"/api/v1/oms/packages/{package_id}/command/", kind=BodyKind.OTHER, json=body
        )
        if not reply.content.strip():
            return CommandResult(reply.status_code, None)
        result = json_or_none(reply.content)
        if not isinstance(result, dict):
            # A success status with an unreadable body: whether it applied is not known.
            raise OmsResponseError("The OMS's answer to the command could not be read.")
        return CommandResult(reply.status_code, result)

    async def denial_reasons(self) -> Listing[DenialReason]:
        """Every denial reason (GET /api/v1/oms/package-denial-reason/, all pages)."""
        return await self._all("/api/v1/oms/package-denial-reason/", DenialReason, "denial reasons")

    async def stock_locations(self) -> Listing[StockLocation]:
        """GET /api/v1/oms/stocklocations/list-simple/ (a page or a plain list)."""
        return await self._all("/api/v1/oms/stocklocations/list-simple/", StockLocation, "stock locations")

    async def transition_logs(self, package_id: int) -> Listing[TransitionLog]:
        """GET /api/v1/oms/packages/{id}/transition_logs/ (all pages)."""
        path = f"/api/v1/oms/packages/{package_id}/transition_logs/"
        return await self._all(path, TransitionLog, f"transition logs of package {package_id}")

    async def fetch_label(self, label: ShippingLabel) -> LabelDocument:
        """The label document behind ``label.preview_url`` (bytes and content type).

        The token goes only to the OMS itself: a label served from another host is
        fetched without it, and only over https (or from this PC). The bytes must be a PDF,
        an image or HTML/text, and agree with the content type the server gives.
        """
        raw = label.preview_url or label.full_path_url or ""
        if not raw or "{" in raw:
            raise OmsResponseError("The OMS gave this package no usable label address.", field="shipping_label")
        url = urljoin(self.base_url + "/", raw)
        if not self._layer.is_home(url) and urlsplit(url).scheme != "https" and not is_loopback_url(url):
            raise OmsResponseError("The label is on an unencrypted address on another host; not fetched.")
        reply = await self._layer.get(url, kind=BodyKind.LABEL)
        if not reply.content:
            raise OmsResponseError("The OMS sent an empty label.", field="shipping_label")
        content_type = reply.headers.get("Content-Type", "")
        check_label(reply.content, content_type)
        return LabelDocument(reply.content, content_type, url)

    async def fetch_image(self, url: str) -> bytes:
        """A product image (PNG, JPEG, GIF or WEBP). Never sent with the token: images live on CDNs."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise OmsResponseError("The product image address is not a web address.")
        reply = await self._layer.get(url, kind=BodyKind.IMAGE, anonymous=True)
        check_image(reply.content, reply.headers.get("Content-Type", ""))
        return reply.content

    async def _all(self, path: str, item: type[T], what: str) -> Listing[T]:
        """Every item of a paginated endpoint, following `next` (or a bare JSON list)."""
        shape = Page[item] | list[item]  # type: ignore[valid-type]

        async def fetch(url: str) -> Page[T] | list[T]:
            result: Page[T] | list[T] = await self._get_model(url, shape, BodyKind.LIST_PAGE)
            return result

        return await walk_next(self._api_url(path), fetch, home=self.base_url, what=what, max_pages=self.max_pages)


async def _gather_or_cancel(coroutines: list[Coroutine[Any, Any, T]]) -> list[T]:
    """All results in order; on the first failure the others are cancelled (and stop reading)."""
    tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def parse(response: Reply | httpx.Response, shape: Any) -> Any:
    """Validate the response body (bytes) as `shape`; wrong data becomes OmsResponseError."""
    content_type = response.headers.get("Content-Type", "")
    if "html" in content_type or response.content.lstrip()[:1] == b"<":
        raise OmsResponseError("The OMS answered with a web page instead of data. Check the OMS address.")
    try:
        return adapter(shape).validate_json(response.content)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            raise OmsResponseError("The OMS sent data that could not be read (broken JSON).") from exc
        field = ".".join(str(part) for part in first["loc"])
        raise OmsResponseError(
            f"The OMS sent data in an unexpected shape (field “{field}”: {first['msg']}).", field=field
        ) from exc


__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_IMAGE_BYTES",
    "MAX_LABEL_BYTES",
    "BodyLimits",
    "CommandResult",
    "LabelDocument",
    "Listing",
    "OmsClient",
    "RetryPolicy",
    "build_tls_context",
    "check_base_url",
    "is_loopback_url",
    "is_transient",
    "parse",
    "needs_tls",
    "tls_context",
    "tls_trust_loaded",
    "warm_up_tls",
]

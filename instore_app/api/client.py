"""Async client for the Akinon OMS REST API (no Qt here).

One ``httpx.AsyncClient`` per :class:`OmsClient`. Reads (GET) are retried on
connection errors, timeouts, 429 and 5xx with capped exponential backoff and jitter;
commands (POST) are never retried here: whether a failed command may be sent again is
decided by the caller after re-reading the package.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import math
import random
import ssl
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Iterable, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx
from pydantic import ValidationError

from .errors import (
    OmsConnectionError,
    OmsError,
    OmsNotSent,
    OmsRateLimited,
    OmsResponseError,
    OmsServerError,
    OmsTimeout,
    error_for_status,
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

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=10.0, pool=5.0)
#: Labels larger than this are refused rather than rendered.
MAX_LABEL_BYTES = 20 * 1024 * 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024


_tls: Future[ssl.SSLContext] | None = None
_tls_lock = threading.Lock()


def warm_up_tls() -> None:
    """Start building the TLS context in a background thread.

    Loading the CA bundle takes ~0.1 s, mostly in OpenSSL without the GIL, so the app
    calls this first thing and the work overlaps with importing Qt.
    """
    global _tls
    with _tls_lock:
        if _tls is not None:
            return
        _tls = Future()

    def build(future: Future[ssl.SSLContext]) -> None:
        try:
            import certifi

            future.set_result(ssl.create_default_context(cafile=certifi.where()))
        except BaseException as exc:  # handed to whoever asks for the context
            future.set_exception(exc)

    threading.Thread(target=build, args=(_tls,), name="tls-context", daemon=True).start()


def tls_context() -> ssl.SSLContext:
    """The verifying TLS context every client uses (certificates and host names checked)."""
    warm_up_tls()
    assert _tls is not None
    return _tls.result()


@dataclass(frozen=True)
class RetryPolicy:
    """How reads are retried. ``max_retries`` counts the tries after the first."""

    max_retries: int = 3
    base_delay: float = 0.4
    max_delay: float = 8.0
    #: A Retry-After longer than this is not waited for: the error goes to the caller.
    max_retry_after: float = 30.0

    def delay(self, attempt: int, error: OmsError) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based), or None to give up."""
        if attempt > self.max_retries or not is_transient(error):
            return None
        if isinstance(error, OmsRateLimited) and error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_retry_after else None
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return backoff * (0.5 + random.random() / 2)


def is_transient(error: OmsError) -> bool:
    """Errors worth trying again: the same request may well succeed a moment later."""
    return isinstance(error, (OmsConnectionError, OmsRateLimited, OmsServerError))


@dataclass(frozen=True)
class CommandResult:
    status_code: int
    body: dict[str, Any] | None


@dataclass(frozen=True)
class LabelDocument:
    content: bytes
    content_type: str
    url: str

    @property
    def kind(self) -> str:
        """"pdf", "html", "image" or "unknown", from the content type and the first bytes."""
        ctype = self.content_type.split(";")[0].strip().lower()
        if ctype == "application/pdf" or self.content.startswith(b"%PDF"):
            return "pdf"
        if ctype.startswith("image/"):
            return "image"
        if ctype in ("text/html", "application/xhtml+xml") or self.content.lstrip()[:1] == b"<":
            return "html"
        return "unknown"


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


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class OmsClient:
    """The OMS API. Use as ``async with OmsClient(url, token) as oms: ...``."""

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
    ) -> None:
        self.base_url = check_base_url(base_url, insecure=insecure)
        self._token = token
        self.retry = retry
        self.max_concurrency = max_concurrency
        # TLS verification is always on: there is no switch for it.
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            verify=tls_context(),
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": "instore-packing-station"},
        )

    async def __aenter__(self) -> OmsClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def set_token(self, token: str | None) -> None:
        self._token = token

    # -- plumbing -----------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self._token}"} if self._token else {}

    async def _send(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        auth: bool = True,
    ) -> httpx.Response:
        """One request; errors come back as OmsError. Logs method, path, status, duration."""
        headers = self._auth_headers() if auth else {}
        path = urlsplit(url).path or url
        started = time.perf_counter()
        try:
            response = await self._http.request(method, url, params=params, json=json, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            log.warning("%s %s: no connection (%s)", method, path, type(exc).__name__)
            raise OmsNotSent(
                "The OMS cannot be reached. Check the network connection and the OMS address."
            ) from exc
        except httpx.TimeoutException as exc:
            log.warning("%s %s timed out after %.0f ms", method, path, (time.perf_counter() - started) * 1000)
            raise OmsTimeout("The OMS did not answer in time. Check the network and try again.") from exc
        except httpx.HTTPError as exc:
            log.warning("%s %s failed: %s", method, path, type(exc).__name__)
            raise OmsConnectionError(
                "The OMS cannot be reached. Check the network connection and the OMS address."
            ) from exc
        elapsed = (time.perf_counter() - started) * 1000
        log.info("%s %s -> %s in %.0f ms", method, path, response.status_code, elapsed)
        if response.status_code >= 400:
            raise error_for_status(
                response.status_code,
                _json_or_none(response),
                method=method,
                path=path,
                retry_after=response.headers.get("Retry-After"),
            )
        return response

    async def _get(self, url: str, *, params: dict[str, Any] | None = None, auth: bool = True) -> httpx.Response:
        """A GET with the retry policy."""
        attempt = 0
        while True:
            try:
                return await self._send("GET", url, params=params, auth=auth)
            except OmsError as error:
                attempt += 1
                delay = self.retry.delay(attempt, error)
                if delay is None:
                    raise
                log.info("retrying GET %s in %.2f s (%s)", urlsplit(url).path, delay, type(error).__name__)
                await asyncio.sleep(delay)

    async def _get_model(self, url: str, shape: Any, *, params: dict[str, Any] | None = None) -> Any:
        response = await self._get(url, params=params)
        return parse(response, shape)

    # -- endpoints -----------------------------------------------------------------

    async def login(self, username: str, password: str) -> str:
        """POST /api/v1/auth/login/; keeps and returns the token."""
        response = await self._send(
            "POST", "/api/v1/auth/login/", json={"username": username, "password": password}, auth=False
        )
        self._token = parse(response, LoginResponse).key
        return self._token

    async def packages_page(
        self,
        *,
        page: int = 1,
        limit: int = 100,
        stock_location: int | None = None,
        state: str | None = None,
    ) -> Page[PackageShort]:
        """One page of GET /api/v1/oms/packages/short/."""
        params: dict[str, Any] = {"page": page, "limit": limit}
        if stock_location is not None:
            params["stock_location"] = stock_location
        if state is not None:
            params["state__enum_value"] = state
        return await self._get_model("/api/v1/oms/packages/short/", Page[PackageShort], params=params)

    async def list_packages(
        self,
        *,
        stock_location: int | None,
        states: Iterable[str],
        limit: int = 100,
    ) -> list[PackageShort]:
        """Every package at `stock_location` in one of `states`, all pages.

        One paged query per state; after the first page, the rest are fetched
        ``max_concurrency`` at a time. The filters are applied again here because the
        OMS's filter names are not documented: a server that ignores them still gives
        the right list.
        """
        wanted = tuple(states)
        semaphore = asyncio.Semaphore(self.max_concurrency)

        async def fetch(state: str, page: int) -> Page[PackageShort]:
            async with semaphore:
                return await self.packages_page(page=page, limit=limit, stock_location=stock_location, state=state)

        async def all_pages(state: str) -> list[PackageShort]:
            first = await fetch(state, 1)
            rows = list(first.results)
            if first.next and first.results:
                pages = math.ceil(first.count / len(first.results))
                rest = await asyncio.gather(*(fetch(state, n) for n in range(2, pages + 1)))
                for page in rest:
                    rows.extend(page.results)
            return rows

        per_state = await asyncio.gather(*(all_pages(state) for state in wanted))
        seen: dict[int, PackageShort] = {}
        for rows in per_state:
            for package in rows:
                if package.state.enum_value not in wanted:
                    continue
                if stock_location is not None and package.stock_location is not None:
                    if package.stock_location.id != stock_location:
                        continue
                seen[package.id] = package
        return list(seen.values())

    async def get_package(self, package_id: int) -> Package:
        """GET /api/v1/oms/packages/{id}/."""
        return await self._get_model(f"/api/v1/oms/packages/{package_id}/", Package)

    async def run_command(
        self,
        package_id: int,
        command: Command,
        input_parameters: dict[str, Any] | None = None,
    ) -> CommandResult:
        """POST /api/v1/oms/packages/{id}/command/ with the command's transition id. Never retried."""
        body = {"transition": command.id, "input_parameters": input_parameters or {}}
        log.info("command %s (transition %s) on package %s", command.command, command.id, package_id)
        response = await self._send("POST", f"/api/v1/oms/packages/{package_id}/command/", json=body)
        if not response.content.strip():
            return CommandResult(response.status_code, None)
        result = _json_or_none(response)
        if not isinstance(result, dict):
            # A success status with an unreadable body: whether it applied is not known.
            raise OmsResponseError("The OMS's answer to the command could not be read.")
        return CommandResult(response.status_code, result)

    async def denial_reasons(self) -> list[DenialReason]:
        """Every denial reason (GET /api/v1/oms/package-denial-reason/, all pages)."""
        return await self._all("/api/v1/oms/package-denial-reason/", DenialReason)

    async def stock_locations(self) -> list[StockLocation]:
        """GET /api/v1/oms/stocklocations/list-simple/ (a page or a plain list)."""
        return await self._all("/api/v1/oms/stocklocations/list-simple/", StockLocation)

    async def transition_logs(self, package_id: int) -> list[TransitionLog]:
        """GET /api/v1/oms/packages/{id}/transition_logs/ (all pages)."""
        return await self._all(f"/api/v1/oms/packages/{package_id}/transition_logs/", TransitionLog)

    async def fetch_label(self, label: ShippingLabel) -> LabelDocument:
        """The label document behind ``label.preview_url`` (bytes and content type).

        The token goes only to the OMS itself: a label served from another host is
        fetched without it, and only over https.
        """
        raw = label.preview_url or label.full_path_url or ""
        if not raw or "{" in raw:
            raise OmsResponseError("The OMS gave this package no usable label address.", field="shipping_label")
        url = urljoin(self.base_url + "/", raw)
        same_origin = _origin(url) == _origin(self.base_url)
        if not same_origin and urlsplit(url).scheme != "https" and not is_loopback_url(url):
            raise OmsResponseError("The label is on an unencrypted address on another host; not fetched.")
        response = await self._get(url, auth=same_origin)
        content = response.content
        if not content:
            raise OmsResponseError("The OMS sent an empty label.", field="shipping_label")
        if len(content) > MAX_LABEL_BYTES:
            raise OmsResponseError(
                f"The label is too large to show ({len(content) // 1024 // 1024} MB).", field="shipping_label"
            )
        return LabelDocument(content, response.headers.get("Content-Type", ""), url)

    async def fetch_image(self, url: str) -> bytes:
        """A product image. Never sent with the token: images live on CDNs."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise OmsResponseError("The product image address is not a web address.")
        response = await self._get(url, auth=False)
        if len(response.content) > MAX_IMAGE_BYTES:
            raise OmsResponseError("The product image is too large.")
        return response.content

    async def _all(self, url: str, item: type[T]) -> list[T]:
        """Every item of a paginated endpoint, following `next` (or a bare JSON list)."""
        items: list[T] = []
        next_url: str | None = url
        pages = 0
        while next_url and pages < 1000:
            response = await self._get(next_url)
            data = parse(response, Page[item] | list[item])  # type: ignore[valid-type]
            if isinstance(data, list):
                return data
            items.extend(data.results)
            next_url = data.next
            pages += 1
        return items


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def parse(response: httpx.Response, shape: Any) -> Any:
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
    "tls_context",
    "warm_up_tls",
    "CommandResult",
    "LabelDocument",
    "OmsClient",
    "RetryPolicy",
    "check_base_url",
    "is_loopback_url",
    "is_transient",
    "parse",
]

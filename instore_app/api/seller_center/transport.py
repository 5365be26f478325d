"""The one seam between the Seller Center client and HTTP: send a request, get bytes back.

:class:`SellerCenterClient` builds every request itself (method, absolute URL, headers,
body bytes) and decides which headers a URL may get; a :class:`Transport` only carries it.
So the client can later be put onto the app's shared, origin-checked, size-bounded HTTP
layer by writing one adapter with this :meth:`Transport.send`. :class:`HttpxTransport` is
the stand-alone implementation: its own ``httpx.AsyncClient`` with TLS verification on,
no redirects followed, and the body read as a stream and cut off at ``max_bytes``.

A transport raises only the connection errors of :mod:`.errors`
(:class:`SellerCenterNotSent`, :class:`SellerCenterTimeout`,
:class:`SellerCenterConnectionError`) and :class:`SellerCenterResponseError` for a body over
the limit; every HTTP status, error or not, comes back as a :class:`RawResponse`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from ..client import DEFAULT_TIMEOUT, needs_tls, tls_context, tls_trust_loaded
from .errors import (
    NOT_REACHED,
    TIMED_OUT,
    SellerCenterConnectionError,
    SellerCenterNotSent,
    SellerCenterResponseError,
    SellerCenterTimeout,
)

log = logging.getLogger(__name__)

#: Default bound of a response body (a label PDF or image, base64 in JSON, is the largest).
MAX_RESPONSE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class RawResponse:
    """One HTTP answer: status, headers (names in lower case) and the whole body."""

    status_code: int
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    url: str = ""

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


class Transport(Protocol):
    """Carries one request; never retries, never follows redirects, never adds headers."""

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        content: bytes | None = None,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> RawResponse: ...

    async def aclose(self) -> None: ...


def too_large(max_bytes: int) -> SellerCenterResponseError:
    megabytes = max(1, max_bytes // (1024 * 1024))
    return SellerCenterResponseError(f"The Seller Center's answer is too large (more than {megabytes} MB).")


class HttpxTransport:
    """:class:`Transport` over one ``httpx.AsyncClient`` (inject ``transport`` in tests)."""

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        user_agent: str = "instore-packing-station",
    ) -> None:
        # TLS verification is always on: there is no switch for it.
        self._http = httpx.AsyncClient(
            transport=transport,
            timeout=timeout,
            verify=tls_context(),
            follow_redirects=False,
            headers={"User-Agent": user_agent},
        )

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        content: bytes | None = None,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> RawResponse:
        request = self._http.build_request(method, url, headers=dict(headers), content=content)
        if needs_tls(url):
            await tls_trust_loaded()  # the first https request waits for the CA certificates
        try:
            response = await self._http.send(request, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise SellerCenterNotSent(NOT_REACHED) from exc
        except httpx.TimeoutException as exc:
            raise SellerCenterTimeout(TIMED_OUT) from exc
        except httpx.HTTPError as exc:
            raise SellerCenterConnectionError(NOT_REACHED) from exc
        try:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise too_large(max_bytes)
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise too_large(max_bytes)
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise SellerCenterTimeout(TIMED_OUT) from exc
        except httpx.HTTPError as exc:
            raise SellerCenterConnectionError(NOT_REACHED) from exc
        finally:
            await response.aclose()
        return RawResponse(
            status_code=response.status_code,
            content=b"".join(chunks),
            headers={name.lower(): value for name, value in response.headers.items()},
            url=str(response.url),
        )

    async def aclose(self) -> None:
        await self._http.aclose()


__all__ = ["MAX_RESPONSE_BYTES", "HttpxTransport", "RawResponse", "Transport"]

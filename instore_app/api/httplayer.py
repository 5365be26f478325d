"""One origin-checked, size-bounded HTTP layer for a backend (the OMS; Seller Center next).

:class:`HttpLayer` owns the ``httpx.AsyncClient`` and holds the rules every request obeys:

* the credential goes only to the backend's own origin (:class:`~.origin.OriginAuth`);
* TLS is always verified, against the system's certificates and certifi's; a certificate
  that does not verify is :class:`~.errors.OmsCertificateError`, in words;
* redirects are never followed, and every answer that is not 2xx is an error
  (3xx: :class:`~.errors.OmsRedirected`);
* bodies are streamed and read up to a limit per kind (:mod:`.bodies`);
* reads are retried on connection errors, timeouts, 429 and 5xx (:class:`RetryPolicy`);
  nothing else is, and commands never are.
"""

from __future__ import annotations

import asyncio
import json as jsonlib
import logging
import random
import ssl
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from .bodies import ACCEPT_ENCODING, BodyKind, BodyLimits, read_bounded
from .errors import (
    OmsCertificateError,
    OmsConnectionError,
    OmsError,
    OmsNotSent,
    OmsRateLimited,
    OmsServerError,
    OmsTimeout,
    error_for_status,
)
from .origin import ANONYMOUS, HeaderValue, OriginAuth

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=10.0, pool=5.0)

_context: ssl.SSLContext | None = None
_trust: Future[None] | None = None
_tls_lock = threading.Lock()


def certifi_bundle() -> str | None:
    """The path of certifi's CA bundle, or None (logged) when it can't be found."""
    try:
        import certifi

        return certifi.where()
    except (ImportError, OSError) as exc:  # the system's certificates still apply
        log.warning("certifi's CA certificates could not be found (%s)", exc)
        return None


def load_trust(context: ssl.SSLContext, bundle: str | None) -> None:
    """Load the CA certificates `context` trusts: the system's, and certifi's `bundle`.

    The system's store is where IT installs a store's own CA (``update-ca-certificates`` on
    Debian, the certificate store on Windows; OpenSSL's ``SSL_CERT_FILE`` also works). A store
    that can't be read is logged; the certificates it would have given are then not trusted
    (an https request fails with a certificate error in words, never goes out unverified).
    """
    try:
        context.load_default_certs()
    except (ssl.SSLError, OSError) as exc:
        log.warning("the system's CA certificates could not be loaded (%s)", exc)
    if bundle is None:
        return
    try:
        context.load_verify_locations(cafile=bundle)
    except (OSError, ssl.SSLError) as exc:  # the system's certificates still apply
        log.warning("certifi's CA certificates could not be loaded (%s)", exc)


def build_tls_context() -> ssl.SSLContext:
    """A new verifying context (certificates and host names checked) with its trust loaded."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    load_trust(context, certifi_bundle())
    return context


def warm_up_tls() -> Future[None]:
    """Start loading the CA certificates of :func:`tls_context` in a background thread (once).

    Loading them takes ~0.1 s, mostly in OpenSSL without the GIL; an https backend's first
    request waits for it (:func:`tls_trust_loaded`), a plain-http one never does. certifi is
    found here, on the calling thread: imported on two threads at once, its package (and
    importlib.resources under it) could be seen half-initialised, and its bundle was then
    left out.
    """
    global _trust
    context = tls_context()
    with _tls_lock:
        if _trust is not None:
            return _trust
        trust = _trust = Future()
    bundle = certifi_bundle()

    def load() -> None:
        try:
            load_trust(context, bundle)
        finally:
            trust.set_result(None)

    threading.Thread(target=load, name="tls-trust", daemon=True).start()
    return trust


def tls_context() -> ssl.SSLContext:
    """The verifying TLS context every client uses (certificates and host names checked).

    It is made at once and its CA certificates are loaded apart (:func:`warm_up_tls`): until
    :func:`tls_trust_loaded` returns it trusts no certificate at all, so it fails closed."""
    global _context
    with _tls_lock:
        if _context is None:
            _context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED, host names checked
        return _context


async def tls_trust_loaded() -> None:
    """Returns once :func:`tls_context` trusts the system's and certifi's CA certificates."""
    trust = warm_up_tls()
    if not trust.done():
        await asyncio.wrap_future(trust)


def needs_tls(url: str) -> bool:
    """Whether a request to the absolute `url` uses TLS (an https address)."""
    return urlsplit(url).scheme == "https"


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
        backoff = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return backoff * (0.5 + random.random() / 2)


def is_transient(error: OmsError) -> bool:
    """Errors worth trying again: the same request may well succeed a moment later.

    A certificate that does not verify will not verify a moment later either.
    """
    if isinstance(error, OmsCertificateError):
        return False
    return isinstance(error, (OmsConnectionError, OmsRateLimited, OmsServerError))


@dataclass(frozen=True)
class Reply:
    """A 2xx answer, read to the end within its limit."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    url: str


_CERT_EXPIRED = 10
_HOSTNAME_MISMATCH = 62


def certificate_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification error behind an httpx/httpcore exception, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def certificate_error(failure: ssl.SSLCertVerificationError) -> OmsCertificateError:
    reason = str(getattr(failure, "verify_message", "") or failure.reason or "not verified")
    code = getattr(failure, "verify_code", None)
    if code == _CERT_EXPIRED:
        message = "The OMS's security certificate has expired. Ask IT to renew it."
    elif code == _HOSTNAME_MISMATCH:
        message = (
            "The OMS's security certificate is for another address. "
            "Check the OMS address, or ask IT."
        )
    else:
        message = (
            f"The OMS's security certificate is not trusted ({reason}). "
            "Install the store's CA certificate in this PC's system certificates, or ask IT."
        )
    return OmsCertificateError(message, reason=reason)


def json_or_none(content: bytes) -> Any:
    try:
        return jsonlib.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def _path(url: str) -> str:
    """What the log shows of a URL: its path only (never a query, which may carry anything)."""
    return urlsplit(url).path or url


class HttpLayer:
    """The HTTP client of one backend at `base_url`; `header` makes its Authorization value."""

    def __init__(
        self,
        base_url: str,
        header: HeaderValue,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),
        limits: BodyLimits = BodyLimits(),
        user_agent: str = "instore-packing-station",
    ) -> None:
        self.base_url = base_url
        self.auth = OriginAuth(base_url, header)
        self.retry = retry
        self.limits = limits
        # TLS verification is always on: there is no switch for it.
        self.http = httpx.AsyncClient(
            base_url=base_url,
            transport=transport,
            timeout=timeout,
            verify=tls_context(),
            follow_redirects=False,
            auth=self.auth,
            headers={"Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING, "User-Agent": user_agent},
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    def is_home(self, url: str) -> bool:
        """Whether `url` (absolute) is on the backend's own origin."""
        return self.auth.is_home(url)

    async def send(
        self,
        method: str,
        url: str,
        *,
        kind: BodyKind,
        params: dict[str, Any] | None = None,
        json: Any = None,
        anonymous: bool = False,
    ) -> Reply:
        """One request, its body read within the limit of `kind`; every failure is an OmsError."""
        path = _path(url)
        if needs_tls(str(self.http.base_url.join(url))):
            await tls_trust_loaded()  # the first https request waits for the CA certificates
        started = time.perf_counter()
        extensions = {ANONYMOUS: True} if anonymous else None
        try:
            async with self.http.stream(method, url, params=params, json=json, extensions=extensions) as response:
                status, headers = response.status_code, response.headers
                if 200 <= status < 300:
                    content = await read_bounded(response, self.limits.of(kind), kind)
                else:
                    content = await self._error_body(response)
                final_url = str(response.url)
        except OmsError as exc:
            log.warning("%s %s: %s", method, path, exc.message)
            raise
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            failure = certificate_failure(exc)
            if failure is not None:
                log.warning("%s %s: the certificate did not verify (%s)", method, path, failure.verify_message)
                raise certificate_error(failure) from exc
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
        log.info("%s %s -> %s in %.0f ms (%d bytes)", method, path, status, elapsed, len(content))
        if not 200 <= status < 300:
            raise error_for_status(
                status,
                json_or_none(content),
                method=method,
                path=path,
                retry_after=headers.get("Retry-After"),
                location=headers.get("Location"),
            )
        return Reply(status, headers, content, final_url)

    async def _error_body(self, response: httpx.Response) -> bytes:
        """An error answer's body for its message; empty when too large or unreadable."""
        try:
            return await read_bounded(response, self.limits.error, BodyKind.OTHER)
        except OmsError as exc:
            log.info("error answer %s: body not read (%s)", response.status_code, exc.message)
            return b""

    async def get(
        self,
        url: str,
        *,
        kind: BodyKind,
        params: dict[str, Any] | None = None,
        anonymous: bool = False,
    ) -> Reply:
        """A GET with the retry policy."""
        attempt = 0
        while True:
            try:
                return await self.send("GET", url, kind=kind, params=params, anonymous=anonymous)
            except OmsError as error:
                attempt += 1
                delay = self.retry.delay(attempt, error)
                if delay is None:
                    raise
                log.info("retrying GET %s in %.2f s (%s)", _path(url), delay, type(error).__name__)
                await asyncio.sleep(delay)


__all__ = [
    "DEFAULT_TIMEOUT",
    "HttpLayer",
    "Reply",
    "RetryPolicy",
    "build_tls_context",
    "certifi_bundle",
    "certificate_failure",
    "is_transient",
    "json_or_none",
    "load_trust",
    "needs_tls",
    "tls_context",
    "tls_trust_loaded",
    "warm_up_tls",
]

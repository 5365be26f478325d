"""One exception hierarchy for everything that can go wrong talking to the OMS.

Every error carries a ``message`` in plain words, fit to show a store employee.
The UI catches :class:`OmsError` and never sees httpx or pydantic exceptions.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


class OmsError(Exception):
    """Base of every OMS failure."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class OmsConnectionError(OmsError):
    """The OMS could not be reached, or the connection broke."""


class OmsNotSent(OmsConnectionError):
    """No connection could be made: the request certainly never reached the OMS."""


class OmsTimeout(OmsConnectionError):
    """The OMS did not answer in time."""


class OmsCertificateError(OmsNotSent):
    """The OMS's TLS certificate did not verify (self-signed, expired, wrong host...).

    Nothing was sent: the connection ended in the TLS handshake, before the request.
    ``reason`` is OpenSSL's short reason ("self-signed certificate", "Hostname mismatch"...).
    """

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class OmsResponseError(OmsError):
    """The OMS answered with something that is not what the API documents."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class OmsTooLarge(OmsResponseError):
    """An answer was larger than the limit for its kind; it was not read to the end.

    ``what`` names the kind ("label", "product image", "list page"...), ``limit`` is in bytes.
    """

    def __init__(self, message: str, *, what: str, limit: int, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.what = what
        self.limit = limit


class OmsHTTPError(OmsError):
    """The OMS answered with an error status."""

    status_code: int = 0

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        error_code: str | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.error_code = error_code
        self.method = method
        self.path = path


class OmsRedirected(OmsHTTPError):
    """3xx: the OMS redirected instead of answering (the client never follows redirects).

    ``location`` is where it pointed, without its query string, fragment or user info (so no
    credential that a server might put there ends up in a message or a log). For a command
    the outcome is unknown: the caller re-reads the package.
    """

    def __init__(self, message: str, *, location: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.location = location


class OmsBadRequest(OmsHTTPError):
    """400: the OMS rejected the request's content."""


class OmsUnauthorized(OmsHTTPError):
    """401: the token is missing, wrong or expired."""


class OmsForbidden(OmsHTTPError):
    """403: this user may not do that."""


class OmsNotFound(OmsHTTPError):
    """404: no such package (or other object)."""


class OmsCommandNotAllowed(OmsHTTPError):
    """406: the package's state no longer allows the command (or id and slug mismatch)."""


class OmsRateLimited(OmsHTTPError):
    """429: too many requests; ``retry_after`` is in seconds when the OMS said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after: float | None = retry_after


class OmsServerError(OmsHTTPError):
    """5xx: the OMS failed."""


_BY_STATUS: dict[int, type[OmsHTTPError]] = {
    400: OmsBadRequest,
    401: OmsUnauthorized,
    403: OmsForbidden,
    404: OmsNotFound,
    406: OmsCommandNotAllowed,
    429: OmsRateLimited,
}

_DEFAULT_MESSAGES: dict[int, str] = {
    400: "The OMS rejected the request.",
    401: "The OMS did not accept the sign-in token. Sign in again.",
    403: "This user is not allowed to do that in the OMS.",
    404: "The OMS does not know this package any more.",
    406: "The OMS does not allow this command in the package's current state.",
    429: "The OMS is busy (too many requests). Try again in a moment.",
}


def _flatten(value: Any) -> str:
    """Error texts from the nested shapes DRF and the OMS use ({"error": {...}}, lists...)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " ".join(filter(None, (_flatten(v) for v in value)))
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if key in ("error_code", "status_code"):
                continue
            text = _flatten(item)
            if text:
                parts.append(text if key in ("non_field_errors", "detail", "error") else f"{key}: {text}")
        return " ".join(parts)
    return str(value)


def safe_location(value: str | None) -> str:
    """A Location header fit for a message: scheme, host, port and path only."""
    if not value:
        return ""
    try:
        parts = urlsplit(value.strip())
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(an unreadable address)"
    if ":" in host:
        host = f"[{host}]"
    origin = f"{parts.scheme}://{host}{port}" if parts.scheme and host else ""
    return origin + (parts.path or ("/" if origin else ""))


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (only the delta-seconds form is honoured)."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def error_for_status(
    status_code: int,
    body: Any,
    *,
    method: str = "",
    path: str = "",
    retry_after: str | None = None,
    location: str | None = None,
) -> OmsHTTPError:
    """The typed error for an error answer; the message comes from the body when it has one."""
    error_code = None
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict):
            code = inner.get("error_code")
            error_code = str(code) if code is not None else None
    detail = _flatten(body) if isinstance(body, (dict, list)) else ""
    if 300 <= status_code < 400:
        where = safe_location(location)
        message = (
            f"The OMS answered with a redirect (HTTP {status_code}) to {where} instead of an answer."
            if where
            else f"The OMS answered with a redirect (HTTP {status_code}) instead of an answer."
        )
        return OmsRedirected(
            f"{message} Check the OMS address.",
            location=where,
            status_code=status_code,
            body=body,
            error_code=error_code,
            method=method,
            path=path,
        )
    if status_code >= 500:
        cls: type[OmsHTTPError] = OmsServerError
        message = f"The OMS had an internal error (HTTP {status_code}). Try again in a moment."
    else:
        cls = _BY_STATUS.get(status_code, OmsHTTPError)
        message = detail or _DEFAULT_MESSAGES.get(status_code, f"The OMS answered HTTP {status_code}.")
    kwargs: dict[str, Any] = dict(
        status_code=status_code, body=body, error_code=error_code, method=method, path=path
    )
    if cls is OmsRateLimited:
        return OmsRateLimited(message, retry_after=parse_retry_after(retry_after), **kwargs)
    return cls(message, **kwargs)

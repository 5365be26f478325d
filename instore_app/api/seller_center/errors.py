"""The Seller Center's errors: the OMS hierarchy, with words that name the Seller Center.

Every class here subclasses both :class:`SellerCenterError` and the matching class of
:mod:`instore_app.api.errors`, so code written for the OMS client keeps working unchanged
(``except OmsNotSent``, ``except OmsServerError``, :func:`~instore_app.api.client.is_transient`
and :class:`~instore_app.api.client.RetryPolicy` all see them), while code that wants to
know which API failed can catch :class:`SellerCenterError`. Every ``message`` is plain
English fit to show a packer; :data:`MESSAGES` lists each fixed sentence (``%1`` for runtime
data) for the UI's translation table.
"""

from __future__ import annotations

from typing import Any

from ..errors import (
    OmsBadRequest,
    OmsConnectionError,
    OmsError,
    OmsForbidden,
    OmsHTTPError,
    OmsNotFound,
    OmsNotSent,
    OmsRateLimited,
    OmsResponseError,
    OmsServerError,
    OmsTimeout,
    OmsUnauthorized,
    _flatten,
    parse_retry_after,
)


class SellerCenterError(OmsError):
    """Base of every Seller Center failure (also an :class:`OmsError`)."""


class SellerCenterConnectionError(SellerCenterError, OmsConnectionError):
    """The Seller Center could not be reached, or the connection broke."""


class SellerCenterNotSent(SellerCenterConnectionError, OmsNotSent):
    """No connection could be made: the request certainly never reached the Seller Center."""


class SellerCenterTimeout(SellerCenterConnectionError, OmsTimeout):
    """The Seller Center did not answer in time."""


class SellerCenterResponseError(SellerCenterError, OmsResponseError):
    """The Seller Center answered with something the API does not document."""


class SellerCenterRefused(SellerCenterError):
    """The client refused to do something unsafe (follow a link elsewhere, fetch over http).

    Nothing was sent for the refused step.
    """


class SellerCenterHTTPError(SellerCenterError, OmsHTTPError):
    """The Seller Center answered with an error status."""


class SellerCenterBadRequest(SellerCenterHTTPError, OmsBadRequest):
    """400: missing fields, invalid data or an action the package's status does not allow."""


class SellerCenterUnauthorized(SellerCenterHTTPError, OmsUnauthorized):
    """401: the API key is missing or wrong (or the gateway wants another scheme prefix)."""


class SellerCenterForbidden(SellerCenterHTTPError, OmsForbidden):
    """403: this API key may not do that."""


class SellerCenterNotFound(SellerCenterHTTPError, OmsNotFound):
    """404: no such package (or package item)."""


class SellerCenterRateLimited(SellerCenterHTTPError, OmsRateLimited):
    """429: too many requests; ``retry_after`` is in seconds when the server said."""


class SellerCenterServerError(SellerCenterHTTPError, OmsServerError):
    """5xx: the Seller Center failed."""


_BY_STATUS: dict[int, type[SellerCenterHTTPError]] = {
    400: SellerCenterBadRequest,
    401: SellerCenterUnauthorized,
    403: SellerCenterForbidden,
    404: SellerCenterNotFound,
    429: SellerCenterRateLimited,
}

_DEFAULT_MESSAGES: dict[int, str] = {
    400: "The Seller Center rejected the request.",
    401: "The Seller Center did not accept the API key. Check the API key and its prefix in the settings.",
    403: "This API key is not allowed to do that in the Seller Center.",
    404: "The Seller Center does not know this package.",
    429: "The Seller Center is busy (too many requests). Try again in a moment.",
}

NOT_REACHED = "The Seller Center cannot be reached. Check the network connection and the Seller Center address."
TIMED_OUT = "The Seller Center did not answer in time. Check the network and try again."

#: Every fixed sentence of this package's messages, for the UI's translation table.
MESSAGES: tuple[str, ...] = (
    "The Seller Center rejected the request.",
    "The Seller Center did not accept the API key.",
    "Check the API key and its prefix in the settings.",
    "This API key is not allowed to do that in the Seller Center.",
    "The Seller Center does not know this package.",
    "The Seller Center is busy (too many requests).",
    "Try again in a moment.",
    "The Seller Center had an internal error (HTTP %1).",
    "The Seller Center answered HTTP %1.",
    "The Seller Center cannot be reached.",
    "Check the network connection and the Seller Center address.",
    "The Seller Center did not answer in time.",
    "Check the network and try again.",
    "The Seller Center answered with a web page instead of data.",
    "Check the Seller Center address.",
    "The Seller Center sent data that could not be read (broken JSON).",
    "The Seller Center sent data in an unexpected shape (field “%1”: %2).",
    "The Seller Center's answer could not be read: it is not known whether the change was made.",
    "The Seller Center redirected the request to %1; redirects are not followed.",
    "The Seller Center's answer is too large (more than %1 MB).",
    "The Seller Center pointed to the next page on another address (%1); it was not followed.",
    "The Seller Center's list has more than %1 pages; the list was not loaded.",
    "The Seller Center has no package %1.",
    "The Seller Center sent an empty label.",
    "The label is too large to show (%1 MB).",
    "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL.",
    "The label is at %1, an unencrypted address on another host; it was not fetched.",
    "The label at %1 is empty.",
    "The label at %1 is not a PDF, an image or a web page (%2).",
    "The label address redirects too many times.",
    # ValueError of the settings (wire.check_base_url, wire.authorization_value)
    "“%1” is not a web address (expected https://seller-center.example.com).",
    "“%1” is not encrypted (http://).",
    "Use https://, or pass --insecure if you really mean it.",
    "The API key (or its prefix) is empty or has spaces, line breaks or letters beyond ASCII.",
)


def error_for_status(
    status_code: int,
    body: Any,
    *,
    method: str = "",
    path: str = "",
    retry_after: str | None = None,
) -> SellerCenterHTTPError:
    """The typed error for an error answer; the message comes from the body when it has one."""
    detail = _flatten(body) if isinstance(body, (dict, list)) else ""
    if status_code >= 500:
        cls: type[SellerCenterHTTPError] = SellerCenterServerError
        message = f"The Seller Center had an internal error (HTTP {status_code}). Try again in a moment."
    else:
        cls = _BY_STATUS.get(status_code, SellerCenterHTTPError)
        default = _DEFAULT_MESSAGES.get(status_code, f"The Seller Center answered HTTP {status_code}.")
        # A 401's body ("Invalid token.") says less than our sentence about the key and its prefix.
        message = default if status_code == 401 or not detail else detail
    error_code = None
    if isinstance(body, dict):
        code = body.get("error_code", body.get("code"))
        error_code = str(code) if isinstance(code, (str, int)) and not isinstance(code, bool) else None
    kwargs: dict[str, Any] = dict(status_code=status_code, body=body, error_code=error_code, method=method, path=path)
    if cls is SellerCenterRateLimited:
        return SellerCenterRateLimited(message, retry_after=parse_retry_after(retry_after), **kwargs)
    return cls(message, **kwargs)


__all__ = [
    "MESSAGES",
    "SellerCenterBadRequest",
    "SellerCenterConnectionError",
    "SellerCenterError",
    "SellerCenterForbidden",
    "SellerCenterHTTPError",
    "SellerCenterNotFound",
    "SellerCenterNotSent",
    "SellerCenterRateLimited",
    "SellerCenterRefused",
    "SellerCenterResponseError",
    "SellerCenterServerError",
    "SellerCenterTimeout",
    "SellerCenterUnauthorized",
    "error_for_status",
]

"""What goes on the wire to the Seller Center: its address, the Authorization value, JSON
bodies as bytes, and answers read into models (every failure in words)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from ..client import is_loopback_url
from ..models import adapter
from .errors import SellerCenterResponseError
from .transport import RawResponse

UNKNOWN_OUTCOME = "The Seller Center's answer could not be read: it is not known whether the change was made."


def check_base_url(url: str, *, insecure: bool = False) -> str:
    """Normalise the Seller Center address; ValueError (in words) for an unusable one."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"“{url}” is not a web address (expected https://seller-center.example.com).")
    if parts.scheme == "http" and not (insecure or is_loopback_url(url)):
        raise ValueError(
            f"“{url}” is not encrypted (http://). Use https://, or pass --insecure if you really mean it."
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the default port filled in: what "same origin" compares."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(scheme)


def authorization_value(api_key: str, auth_scheme: str = "") -> str:
    """``KEY`` or ``<scheme> KEY``; ValueError for a key that cannot go in a header."""
    key, scheme = api_key.strip(), auth_scheme.strip()
    if not key or not all(c.isascii() and c.isprintable() and not c.isspace() for c in key + scheme):
        raise ValueError("The API key (or its prefix) is empty or has spaces, line breaks or letters beyond ASCII.")
    return f"{scheme} {key}" if scheme else key


def json_body(body: Any) -> bytes:
    """The bytes sent for a JSON body: compact, UTF-8, keys in the given order."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def is_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def parse(response: RawResponse, shape: Any) -> Any:
    """Validate the body as `shape`; wrong data becomes SellerCenterResponseError (in words)."""
    if "html" in response.header("content-type") or response.content.lstrip()[:1] == b"<":
        raise SellerCenterResponseError(
            "The Seller Center answered with a web page instead of data. Check the Seller Center address."
        )
    try:
        return adapter(shape).validate_json(response.content)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            raise SellerCenterResponseError("The Seller Center sent data that could not be read (broken JSON).") from exc
        field = ".".join(str(part) for part in first["loc"])
        raise SellerCenterResponseError(
            f"The Seller Center sent data in an unexpected shape (field “{field}”: {first['msg']}).", field=field
        ) from exc


__all__ = ["UNKNOWN_OUTCOME", "authorization_value", "check_base_url", "is_json", "json_body", "json_or_none",
           "origin", "parse"]

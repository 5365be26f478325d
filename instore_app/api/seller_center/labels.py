"""What a Seller Center cargo label is: the ``data`` text of PKG104, sniffed.

``GET /api/i2/packages/{number}/label/`` answers ``{"data": "..."}`` and the documentation
says nothing more, because the text depends on the cargo integration behind the seller:

* base64 of a PDF (``JVBERi0``...) -> :class:`PdfLabel`: show it and print it;
* base64 of a PNG, JPEG, GIF or WebP image -> :class:`ImageLabel`: show it and print it;
* a web address (``https://...``) -> :class:`UrlLabel`; the client can fetch it
  (:meth:`SellerCenterClient.fetch_label_url`), which gives a PDF, image or HTML label;
* ZPL, the language of Zebra thermal printers (``^XA ... ^XZ``, as text or base64)
  -> :class:`ZplLabel`: it cannot be drawn on screen; it can be sent as is to a ZPL
  printer's raw queue.

A ``data: URI`` (``data:application/pdf;base64,...``) is read as its base64 part. Anything
else is a :class:`~.errors.SellerCenterResponseError` with a message in words.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import ClassVar, Literal
from urllib.parse import urlsplit

from .errors import SellerCenterResponseError

LabelKind = Literal["pdf", "image", "html", "url", "zpl"]

#: Labels larger than this (decoded) are refused rather than shown.
MAX_LABEL_BYTES = 20 * 1024 * 1024

_DATA_URI = re.compile(r"data:(?P<type>[\w.+-]+/[\w.+-]+)?(?:;[\w-]+=[\w.-]+)*;base64,", re.IGNORECASE)
_WHITESPACE = re.compile(rb"\s+")


@dataclass(frozen=True)
class PdfLabel:
    """A PDF document; ``source_url`` is where it was fetched from (None: inline base64)."""

    content: bytes
    source_url: str | None = None
    kind: ClassVar[LabelKind] = "pdf"


@dataclass(frozen=True)
class ImageLabel:
    """An image (``media_type`` like ``image/png``), shown and printed as it is."""

    content: bytes
    media_type: str
    source_url: str | None = None
    kind: ClassVar[LabelKind] = "image"


@dataclass(frozen=True)
class HtmlLabel:
    """An HTML page: only from a fetched label address (never inline)."""

    content: bytes
    source_url: str
    kind: ClassVar[LabelKind] = "html"


@dataclass(frozen=True)
class UrlLabel:
    """A label address, not fetched yet (or not fetchable: tell the packer where it is)."""

    url: str
    kind: ClassVar[LabelKind] = "url"


@dataclass(frozen=True)
class ZplLabel:
    """ZPL commands for a thermal printer; cannot be drawn, can be sent raw to a ZPL printer."""

    text: str
    source_url: str | None = None
    kind: ClassVar[LabelKind] = "zpl"


#: A label fetched from an address (what :meth:`fetch_label_url` returns).
LabelDocument = PdfLabel | ImageLabel | HtmlLabel | ZplLabel
#: Any sniffed label.
SellerCenterLabel = PdfLabel | ImageLabel | HtmlLabel | UrlLabel | ZplLabel


def shown_address(url: str) -> str:
    """`url` without its query and fragment, for messages and logs (signed links hide keys there)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def image_type(content: bytes) -> str | None:
    """The media type of an image from its first bytes, or None."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


def is_pdf(content: bytes) -> bool:
    # PDF readers accept up to 1 KB of junk before the header; so do we.
    return b"%PDF-" in content[:1024]


def is_zpl(text: str) -> bool:
    """ZPL starts a label with ``^XA`` (after optional ``~`` commands such as ``~DG``)."""
    stripped = text.lstrip().upper()
    return stripped.startswith("^XA") or (stripped.startswith("~") and "^XA" in stripped)


def is_web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in text)


def _decode_base64(text: str) -> bytes | None:
    raw = _WHITESPACE.sub(b"", text.encode("ascii", "replace"))
    raw += b"=" * (-len(raw) % 4)
    for altchars in (None, b"-_"):
        try:
            return base64.b64decode(raw, altchars=altchars, validate=True)
        except (binascii.Error, ValueError):
            continue
    return None


def _from_bytes(content: bytes, source_url: str | None) -> PdfLabel | ImageLabel | ZplLabel | None:
    if is_pdf(content):
        return PdfLabel(content, source_url)
    media_type = image_type(content)
    if media_type is not None:
        return ImageLabel(content, media_type, source_url)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return ZplLabel(text, source_url) if is_zpl(text) else None


def sniff_label(data: str) -> PdfLabel | ImageLabel | UrlLabel | ZplLabel:
    """The label that PKG104's ``data`` text holds; SellerCenterResponseError if none."""
    text = data.strip()
    if not text:
        raise SellerCenterResponseError("The Seller Center sent an empty label.", field="data")
    if len(text) > MAX_LABEL_BYTES * 4 // 3 + 1024:
        raise SellerCenterResponseError(
            f"The label is too large to show ({len(text) * 3 // 4 // 1024 // 1024} MB).", field="data"
        )
    if is_zpl(text):
        return ZplLabel(text)
    if is_web_address(text):
        return UrlLabel(text)
    uri = _DATA_URI.match(text)
    decoded = _decode_base64(text[uri.end() :] if uri else text)
    label = _from_bytes(decoded, None) if decoded else None
    if label is None:
        raise SellerCenterResponseError(
            "The Seller Center sent a label that is not a PDF, an image, a web address or ZPL.", field="data"
        )
    return label


def document_from_response(content: bytes, content_type: str, url: str) -> LabelDocument:
    """The label a label address served (PDF, image, HTML or ZPL), by its bytes first."""
    if not content.strip():
        raise SellerCenterResponseError(f"The label at {shown_address(url)} is empty.")
    if len(content) > MAX_LABEL_BYTES:
        raise SellerCenterResponseError(f"The label is too large to show ({len(content) // 1024 // 1024} MB).")
    label = _from_bytes(content, url)
    if label is not None:
        return label
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml") or content.lstrip()[:1] == b"<":
        return HtmlLabel(content, url)
    raise SellerCenterResponseError(
        f"The label at {shown_address(url)} is not a PDF, an image or a web page ({ctype or 'no content type'})."
    )


__all__ = [
    "MAX_LABEL_BYTES",
    "HtmlLabel",
    "ImageLabel",
    "LabelDocument",
    "LabelKind",
    "PdfLabel",
    "SellerCenterLabel",
    "UrlLabel",
    "ZplLabel",
    "document_from_response",
    "image_type",
    "is_pdf",
    "is_web_address",
    "is_zpl",
    "shown_address",
    "sniff_label",
]

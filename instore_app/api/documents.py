"""What a label or an image really is: sniffed from its first bytes, checked against its type.

A ``Content-Type`` is what the server says; the magic bytes are what was sent. A label or
image whose bytes and type disagree (a PNG served as ``text/html``) is refused, and
:attr:`LabelDocument.kind` comes from the bytes, so nothing is ever shown as HTML that is not
text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import OmsResponseError

#: The media type a ZPL label (Zebra printer commands, from the Seller Center) is carried
#: under: its ``kind`` is "zpl", which cannot be drawn on screen (see instore_app/labels).
ZPL_MEDIA_TYPE = "application/x-zpl"

#: Sniffed kinds of images.
IMAGE_KINDS = frozenset({"png", "jpeg", "gif", "webp"})
#: Names for messages.
_NAMES = {
    "pdf": "a PDF",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "webp": "a WEBP image",
    "html": "a web page",
    "text": "text",
    "svg": "an SVG drawing",
    "unknown": "data of an unknown kind",
}
# Declared media types and the sniffed kinds that agree with each.
_DECLARED = {
    "application/pdf": {"pdf"},
    "application/x-pdf": {"pdf"},
    "image/png": {"png"},
    "image/jpeg": {"jpeg"},
    "image/jpg": {"jpeg"},
    "image/pjpeg": {"jpeg"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
    "text/html": {"html", "text"},
    "application/xhtml+xml": {"html"},
    "text/plain": {"text", "html"},
}
#: Types that say nothing about the content: the bytes decide.
_GENERIC = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/force-download"})
_DECLARED_TEXT = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_TEXT_CONTROLS = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def media_type(content_type: str) -> str:
    """``"text/html; charset=utf-8"`` -> ``"text/html"``."""
    return content_type.split(";")[0].strip().lower()


def sniff(content: bytes) -> str:
    """"pdf", "png", "jpeg", "gif", "webp", "html", "svg", "text" or "unknown", from the bytes."""
    head = content[:1024]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if b"%PDF-" in head:  # readers accept junk before the header within the first KB
        return "pdf"
    if not head or any(byte in _TEXT_CONTROLS for byte in head):
        return "unknown"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text[:1] == b"<":
        lowered = text[:256].lower()
        if lowered.startswith(b"<svg") or (lowered.startswith(b"<?xml") and b"<svg" in head.lower()):
            return "svg"
        return "html"
    return "text"


def check_content(content: bytes, content_type: str, accepted: frozenset[str], what: str) -> str:
    """The sniffed kind of `content`, if it is one of `accepted` and agrees with `content_type`.

    Otherwise an :class:`OmsResponseError` saying what it is and what it claimed to be.
    """
    kind = sniff(content)
    declared = media_type(content_type)
    if kind not in accepted:
        raise OmsResponseError(
            f"The {what} is {_NAMES[kind]} ({declared or 'no content type'}), which the app cannot show."
        )
    if declared not in _GENERIC and kind not in _DECLARED.get(declared, set()):
        raise OmsResponseError(
            f"The {what} does not match its type: the OMS says {declared}, but it is {_NAMES[kind]}. It was not shown."
        )
    return kind


LABEL_KINDS = frozenset({"pdf", "png", "jpeg", "gif", "webp", "html", "text"})


def check_label(content: bytes, content_type: str) -> str:
    return check_content(content, content_type, LABEL_KINDS, "label")


def check_image(content: bytes, content_type: str) -> str:
    return check_content(content, content_type, IMAGE_KINDS, "product image")


@dataclass(frozen=True)
class LabelDocument:
    """A shipping label or packing slip as the backend returned it: its bytes, their media
    type, and the address it came from."""

    content: bytes
    content_type: str
    url: str

    @property
    def kind(self) -> str:
        """"pdf", "html", "image", "zpl" or "unknown", from the bytes ("zpl": carried as
        :data:`ZPL_MEDIA_TYPE`, printer commands that are never shown as text or HTML).

        Bytes that are none of those fall back to a PDF or image content type, so that the
        label layer can say why they cannot be shown ("damaged", "not a PNG"); never to HTML.
        """
        if media_type(self.content_type) == ZPL_MEDIA_TYPE:
            return "zpl"
        sniffed = sniff(self.content)
        if sniffed == "pdf":
            return "pdf"
        if sniffed in IMAGE_KINDS:
            return "image"
        declared = media_type(self.content_type)
        if sniffed == "html" or (sniffed == "text" and (declared in _DECLARED_TEXT or declared in _GENERIC)):
            return "html"
        if sniffed in ("unknown", "svg"):
            if declared in ("application/pdf", "application/x-pdf"):
                return "pdf"
            if declared.startswith("image/"):
                return "image"
        return "unknown"


__all__ = [
    "IMAGE_KINDS",
    "LABEL_KINDS",
    "LabelDocument",
    "ZPL_MEDIA_TYPE",
    "check_content",
    "check_image",
    "check_label",
    "media_type",
    "sniff",
]

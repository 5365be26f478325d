"""Bounded bodies: read an answer as it streams in and stop at a limit per kind.

The limit counts decoded bytes (after gzip or deflate), so a small compressed body that
unpacks to gigabytes ("a gzip bomb") is stopped at the limit too. The decoding is done here,
from the raw stream, in pieces of at most :data:`PIECE` bytes: httpx's own decoders unpack a
whole network read at once, which for a bomb is up to ~1000 times the read size.

Only the encodings the client asks for (``Accept-Encoding: gzip, deflate``) are read; an
answer in another encoding (br, zstd...) is refused in words.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncGenerator, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import cast

import httpx

from .errors import OmsResponseError, OmsTooLarge

#: What the client sends as Accept-Encoding: exactly what :func:`read_bounded` can decode.
ACCEPT_ENCODING = "gzip, deflate"
#: The largest piece one decoding step produces.
PIECE = 64 * 1024
MB = 1024 * 1024


class BodyKind(Enum):
    """What an answer is, for its size limit."""

    LIST_PAGE = "list page"
    DETAIL = "detail"
    LABEL = "label"
    IMAGE = "image"
    OTHER = "other"


@dataclass(frozen=True)
class BodyLimits:
    """The most decoded bytes read for each kind of answer.

    Each limit holds per answer: reads in flight at once (up to the client's
    ``max_concurrency``) may each hold up to their limit.
    """

    list_page: int = 8 * MB
    detail: int = 8 * MB
    label: int = 20 * MB
    image: int = 5 * MB
    other: int = 1 * MB
    #: Error answers (non-2xx) are read this far for their message, and no further.
    error: int = 64 * 1024

    def of(self, kind: BodyKind) -> int:
        return {
            BodyKind.LIST_PAGE: self.list_page,
            BodyKind.DETAIL: self.detail,
            BodyKind.LABEL: self.label,
            BodyKind.IMAGE: self.image,
            BodyKind.OTHER: self.other,
        }[kind]


# What a too-large answer is called in its message (one fixed sentence per kind, so that the
# UI can translate each; %1 is the limit in MB).
_TOO_LARGE = {
    BodyKind.LIST_PAGE: "A page of a list from the OMS is larger than {mb} MB; it was not read.",
    BodyKind.DETAIL: "The OMS's answer about the package is larger than {mb} MB; it was not read.",
    BodyKind.LABEL: "The label is larger than {mb} MB; it was not fetched.",
    BodyKind.IMAGE: "The product image is larger than {mb} MB; it was not fetched.",
    BodyKind.OTHER: "The OMS's answer is larger than {mb} MB; it was not read.",
}


def too_large(kind: BodyKind, limit: int) -> OmsTooLarge:
    mb = f"{limit / MB:g}" if limit >= MB else f"{limit / MB:.2f}"
    return OmsTooLarge(_TOO_LARGE[kind].format(mb=mb), what=kind.value, limit=limit)


class _Inflater:
    """One gzip or deflate stage; yields pieces of at most PIECE bytes."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        # deflate is meant to be zlib-wrapped, but some servers send raw deflate: decided
        # from the first bytes, as httpx and browsers do.
        self._raw_deflate: bool | None = None if encoding == "deflate" else False
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16) if encoding != "deflate" else None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            wrapped = len(data) >= 2 and (data[0] & 0x0F) == 8 and ((data[0] << 8) | data[1]) % 31 == 0
            self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        while data:
            piece = self._z.decompress(data, PIECE)
            data = self._z.unconsumed_tail
            if piece:
                yield piece
            if self._z.eof:
                return  # bytes after the end of the stream are ignored, as httpx does

    def finish(self) -> Iterator[bytes]:
        if self._z is not None:
            rest = self._z.flush()
            if rest:
                yield rest


def _stages(response: httpx.Response) -> list[_Inflater]:
    """The decoders for the answer's Content-Encoding, outermost last (as it was applied)."""
    raw = response.headers.get("Content-Encoding", "")
    names = [name.strip().lower() for name in raw.split(",") if name.strip()]
    stages = []
    for name in names:
        if name in ("identity", ""):
            continue
        if name in ("gzip", "x-gzip", "deflate"):
            stages.append(_Inflater("deflate" if name == "deflate" else "gzip"))
            continue
        raise OmsResponseError(f"The OMS's answer is compressed in a way the app cannot read ({name}).")
    return list(reversed(stages))


def _through(stages: list[_Inflater], chunk: bytes, start: int = 0) -> Iterator[bytes]:
    if start == len(stages):
        if chunk:
            yield chunk
        return
    for piece in stages[start].feed(chunk):
        yield from _through(stages, piece, start + 1)


def _finish(stages: list[_Inflater], start: int = 0) -> Iterator[bytes]:
    for index in range(start, len(stages)):
        for piece in stages[index].finish():
            yield from _through(stages, piece, index + 1)


async def decoded(response: httpx.Response) -> AsyncGenerator[bytes, None]:
    """The answer's decoded bytes, in pieces of at most PIECE bytes per decoding stage."""
    if response.is_stream_consumed:
        # Built in memory (httpx reads and decodes a Response made from bytes, as a
        # MockTransport's are): nothing streams; hand it on in pieces.
        content = response.content
        for start in range(0, len(content), PIECE):
            yield content[start : start + PIECE]
        return
    stages = _stages(response)
    try:
        raw = cast(AsyncGenerator[bytes, None], response.aiter_raw())  # httpx says AsyncIterator
        try:
            async for chunk in raw:
                for piece in _through(stages, chunk):
                    yield piece
        finally:
            await raw.aclose()
        for piece in _finish(stages):
            yield piece
    except zlib.error as exc:
        raise OmsResponseError("The OMS's answer is compressed, but damaged; it could not be unpacked.") from exc


async def read_bounded(response: httpx.Response, limit: int, kind: BodyKind) -> bytes:
    """The decoded body, or :class:`OmsTooLarge` as soon as more than `limit` bytes arrive."""
    declared = response.headers.get("Content-Length", "")
    encoded = response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
    if declared.isdigit() and not encoded and int(declared) > limit:
        raise too_large(kind, limit)
    body = bytearray()
    pieces = decoded(response)
    try:
        async for piece in pieces:
            if len(body) + len(piece) > limit:
                raise too_large(kind, limit)
            body += piece
    except BaseException:
        # Close the response first: the stream's generators then close without awaiting
        # anything (qasync installs no async-generator finalizer to await it for them).
        await response.aclose()
        raise
    finally:
        await pieces.aclose()
    return bytes(body)


__all__ = ["ACCEPT_ENCODING", "BodyKind", "BodyLimits", "MB", "decoded", "read_bounded", "too_large"]

"""The hostile kinds of fault on the wire: a server that lies about its lists and contents.

What each kind does is described in :mod:`.faults`; this module does it. Answers are
rewritten from the real one (captured from the app), so a lie changes only what it says:
``next_offsite`` and ``self_next`` rewrite ``next``, ``lying_count`` rewrites ``count``,
``wrong_content_type`` the ``Content-Type``; ``gzip_bomb`` pads the real answer and sends
it compressed; ``redirect`` answers 302 without running anything; ``late`` holds a command,
then runs it.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import struct
import threading
import zlib
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from .asgi import HTML, App, Message, Receive, Scope, Send, capture, drain, header, read_body, respond, wait_disconnect, without
from .faults import FaultInjector, FaultPlan

log = logging.getLogger(__name__)

#: The bomb's padding is sent as copies of one precompressed block of this many spaces.
BLOCK = 1 << 20
#: Blocks per ASGI message (about 66 KB of compressed bytes).
BLOCKS_PER_SEND = 64
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # deflate, no name, no mtime, max compression


async def carry_out(
    kind: str, plan: FaultPlan, app: App, injector: FaultInjector, scope: Scope, receive: Receive, send: Send
) -> None:
    if kind == "redirect":
        await _redirect(plan, scope, receive, send)
    elif kind == "late":
        await _late(plan, app, injector, scope, receive, send)
    else:
        status, headers, body = await capture(app, scope, receive)
        if status != 200:  # errors pass as they are: the lie is about real answers
            await respond(send, status, headers, body)
        elif kind == "gzip_bomb":
            await _send_bomb(plan, headers, body, send)
        elif kind == "wrong_content_type":
            await respond(send, status, _swap_type(headers, plan.content_type), body)
        else:
            await respond(send, status, headers, _rewrite_page(kind, plan, scope, body))


# -- lists -------------------------------------------------------------------------------


def _rewrite_page(kind: str, plan: FaultPlan, scope: Scope, body: bytes) -> bytes:
    try:
        page = json.loads(body)
    except ValueError:
        return body
    if not isinstance(page, dict) or "results" not in page:
        return body  # a bare list (or not a page): nothing to lie about
    if kind == "lying_count" and isinstance(page.get("count"), int):
        factor = plan.count_factor
        scaled = page["count"] * factor if isinstance(factor, int) else round(page["count"] * factor)
        page["count"] = max(0, int(scaled) + plan.count_offset)
    elif kind == "self_next":
        page["next"] = str(Request(scope).url)
    elif kind == "next_offsite" and page.get("next"):
        real = urlsplit(page["next"])
        port = scope.get("server", ("", 0))[1]
        origin = plan.offsite_origin.format(port=port)
        page["next"] = origin + real.path + (f"?{real.query}" if real.query else "")
    return json.dumps(page).encode()


# -- types, redirects ------------------------------------------------------------------


def _media(value: bytes | str | None) -> str:
    text = value.decode("latin-1") if isinstance(value, bytes) else (value or "")
    return text.split(";")[0].strip().lower()


def _swap_type(headers: list[tuple[bytes, bytes]], content_type: str) -> list[tuple[bytes, bytes]]:
    if _media(header(headers, b"content-type")) == _media(content_type):
        content_type = "image/png" if _media(content_type) != "image/png" else "text/html; charset=utf-8"
    return [*without(headers, b"content-type"), (b"content-type", content_type.encode("latin-1"))]


async def _redirect(plan: FaultPlan, scope: Scope, receive: Receive, send: Send) -> None:
    if not await drain(receive):
        return
    location = plan.redirect_location.format(path=quote(scope.get("path", "/")))
    body = f'<html><body>Found. Redirecting to <a href="{location}">{location}</a></body></html>\n'.encode()
    await respond(send, 302, [(b"content-type", HTML), (b"location", location.encode("latin-1"))], body)


# -- late commands ------------------------------------------------------------------------


async def _late(plan: FaultPlan, app: App, injector: FaultInjector, scope: Scope, receive: Receive, send: Send) -> None:
    """Hold the command `late_seconds` (the client may give up meanwhile), then apply it."""
    body = await read_body(receive)
    if body is None:
        return  # gone before the command was even sent: nothing to apply
    gone = asyncio.ensure_future(wait_disconnect(receive))
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + plan.late_seconds
        while not injector.stopping and (left := deadline - loop.time()) > 0:
            await asyncio.sleep(min(0.05, left))
        if injector.stopping:
            return  # the server is going away: the command is not applied
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.shield(gone)
            return {"type": "http.disconnect"}

        if gone.done():
            await capture(app, scope, replay)  # applied; nobody is left to answer
            injector.late_command_applied()
            log.info("late command applied after %.1f s; the client had gone", plan.late_seconds)
        else:

            async def answer(message: Message) -> None:
                if message["type"] == "http.response.start":  # applied: count it before the client knows
                    injector.late_command_applied()
                await send(message)

            await app(scope, replay, answer)
            log.info("late command applied and answered after %.1f s", plan.late_seconds)
    finally:
        gone.cancel()


# -- gzip bombs ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _block() -> bytes:
    """BLOCK spaces, raw-deflated and full-flushed: the same bytes wherever it stands in a stream."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(b" " * BLOCK) + compressor.flush(zlib.Z_FULL_FLUSH)


_crcs: dict[tuple[int, int, int], int] = {}
_crc_lock = threading.Lock()


def _crc(prefix: bytes, total: int) -> int:
    """CRC-32 of `prefix` padded with spaces to `total` bytes (cached: ~0.5 s per GB)."""
    key = (zlib.crc32(prefix), len(prefix), total)
    with _crc_lock:
        if key in _crcs:
            return _crcs[key]
    blocks, rest = divmod(total - len(prefix), BLOCK)
    spaces = b" " * BLOCK
    crc = zlib.crc32(prefix)
    for _ in range(blocks):
        crc = zlib.crc32(spaces, crc)
    crc = zlib.crc32(spaces[:rest], crc)
    with _crc_lock:
        _crcs[key] = crc
    return crc


def gzip_bomb(prefix: bytes, total: int, crc: int) -> tuple[int, Iterator[bytes]]:
    """A gzip stream of `prefix` padded with spaces to `total` bytes: (its length, its pieces).

    The pieces are generated as they are taken; `crc` is :func:`_crc` of the same arguments.
    """
    total = max(total, len(prefix))
    blocks, rest = divmod(total - len(prefix), BLOCK)
    start = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = _GZIP_HEADER + start.compress(prefix) + start.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    tail = end.compress(b" " * rest) + end.flush(zlib.Z_FINISH) + struct.pack("<II", crc, total & 0xFFFFFFFF)
    block = _block()
    length = len(head) + blocks * len(block) + len(tail)

    def pieces() -> Iterator[bytes]:
        yield head
        full, part = divmod(blocks, BLOCKS_PER_SEND)
        group = block * BLOCKS_PER_SEND
        for _ in range(full):
            yield group
        if part:
            yield block * part
        yield tail

    return length, pieces()


async def _send_bomb(plan: FaultPlan, headers: list[tuple[bytes, bytes]], body: bytes, send: Send) -> None:
    total = max(plan.bomb_bytes, len(body))
    crc = await run_in_threadpool(_crc, body, total)
    length, pieces = gzip_bomb(body, total, crc)
    headers = [
        *without(headers, b"content-length", b"content-encoding"),
        (b"content-encoding", b"gzip"),
        (b"content-length", str(length).encode()),
    ]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    for piece in pieces:
        await send({"type": "http.response.body", "body": piece, "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


__all__ = ["BLOCK", "carry_out", "gzip_bomb"]

"""Small ASGI pieces the fault layers share: answering, reading and capturing requests."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
Headers = list[tuple[bytes, bytes]]

HTML = b"text/html; charset=utf-8"
JSON = b"application/json"
PAGES = {
    500: b'<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n'
    b"<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n",
    502: b"<html><body><h1>502 Bad Gateway</h1></body></html>\n",
    503: b"<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n"
    b"</body></html>\n",
    504: b"<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n</body></html>\n",
}
# What a cut-off command answer starts as (the real answer is usually an empty 204).
PLACEHOLDER = json.dumps({"detail": "The command was received and is being processed."}).encode()


class InjectedDisconnect(Exception):
    """Raised to make uvicorn drop the connection mid-response (it closes the socket)."""


class _QuietInjectedDisconnects(logging.Filter):
    """Keep uvicorn from logging a traceback for each connection we drop on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDisconnect))


quiet = _QuietInjectedDisconnects()


async def respond(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def drain(receive: Receive) -> bool:
    """Read the request body; False if the client went away."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return False
        if not message.get("more_body", False):
            return True


async def wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def capture(app: App, scope: Scope, receive: Receive) -> tuple[int, Headers, bytes]:
    """Run ``app`` for the request and return its answer instead of sending it."""
    start: Message = {}
    chunks: list[bytes] = []

    async def collect(message: Message) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, collect)
    return start.get("status", 500), list(start.get("headers", [])), b"".join(chunks)




def header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    """The value of header `name` (lower case) in an ASGI header list, or None."""
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def without(headers: list[tuple[bytes, bytes]], *names: bytes) -> list[tuple[bytes, bytes]]:
    """`headers` without the ones named (lower case)."""
    return [(key, value) for key, value in headers if key.lower() not in names]


async def read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None if the client went away first."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)

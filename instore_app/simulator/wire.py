"""The fault layer on the wire: an ASGI middleware that carries out a FaultInjector's decisions.

What each kind does is described in :mod:`.faults` (the classic kinds, done here) and
:mod:`.hostile` (a server that lies about its lists and contents).
"""

from __future__ import annotations

import asyncio
import json
import logging

from . import hostile
from .asgi import (
    HTML,
    JSON,
    PAGES,
    PLACEHOLDER,
    App,
    Headers,
    InjectedDisconnect,
    Receive,
    Scope,
    Send,
    capture,
    drain,
    respond,
    wait_disconnect,
    quiet,
)
from .endpoints import WRITE_ENDPOINTS
from .faults import HOSTILE_KINDS, FaultInjector, endpoint_of


class FaultMiddleware:
    """ASGI middleware that carries out a :class:`FaultInjector`'s decisions.

    Requests that no endpoint name matches (admin routes, unknown paths) pass untouched.
    """

    def __init__(self, app: App, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector
        logging.getLogger("uvicorn.error").addFilter(quiet)  # a set: adding twice is harmless

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = endpoint_of(scope.get("method", ""), scope.get("path", "")) if scope["type"] == "http" else None
        decision = self.injector.decide(endpoint) if endpoint else None
        if decision is None:
            return await self.app(scope, receive, send)
        if decision.latency:
            await asyncio.sleep(decision.latency)
        kind, plan = decision.kind, decision.plan
        if kind is None:
            return await self.app(scope, receive, send)
        if kind in HOSTILE_KINDS:
            return await hostile.carry_out(kind, plan, self.app, self.injector, scope, receive, send)
        if kind == "lost":
            await capture(self.app, scope, receive)  # the command runs; its answer goes nowhere
            kind = plan.lost_mode
            status, headers, body = 200, [(b"content-type", JSON)], PLACEHOLDER
        elif kind in ("close", "malformed"):
            if endpoint in WRITE_ENDPOINTS:  # never run the write for these
                await drain(receive)
                status, headers, body = 200, [(b"content-type", JSON)], PLACEHOLDER
            else:
                status, headers, body = await capture(self.app, scope, receive)
        elif not await drain(receive):
            return
        if kind in ("500", "502", "503"):
            await respond(send, int(kind), [(b"content-type", HTML)], PAGES[int(kind)])
        elif kind == "429":
            wait = plan.retry_after
            detail = f"Request was throttled. Expected available in {wait} second{'' if wait == 1 else 's'}."
            headers = [(b"content-type", JSON), (b"retry-after", str(wait).encode())]
            await respond(send, 429, headers, json.dumps({"detail": detail}).encode())
        elif kind == "timeout":
            if await self._hang(receive, plan.hang_seconds):
                await respond(send, 504, [(b"content-type", HTML)], PAGES[504])
        elif kind == "malformed":
            await respond(send, status, headers, body[: len(body) // 2])
        elif kind == "close":
            await self._drop(send, status, headers, body)

    async def _hang(self, receive: Receive, seconds: float) -> bool:
        """Hold the request; True if the client is still waiting at the end."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        gone = asyncio.ensure_future(wait_disconnect(receive))
        try:
            while not gone.done() and not self.injector.stopping:
                left = deadline - loop.time()
                if left <= 0:
                    break
                await asyncio.wait({gone}, timeout=min(0.05, left))
            return not gone.done()
        finally:
            gone.cancel()

    @staticmethod
    async def _drop(send: Send, status: int, headers: Headers, body: bytes) -> None:
        """Send the status, headers and half the body, then drop the connection."""
        if status in (204, 304) or not body:
            status, headers, body = 200, [(b"content-type", JSON)], PLACEHOLDER
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise InjectedDisconnect(f"fault injection: connection dropped after {len(body) // 2} bytes")

"""How the simulated OMS answers, the way Django REST framework does: JSON bodies, the
``Authorization: Token <token>`` check, page/limit pagination with next/previous links,
and DRF's 404/405 bodies.

Every route module (:mod:`.package_routes`, :mod:`.reference_routes`, :mod:`.media_routes`,
:mod:`.admin_routes`, :mod:`.after_packing_server`) answers through these.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .store import Store

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "Endpoint",
    "InvalidPage",
    "authenticated",
    "base_url",
    "http_error",
    "json_response",
    "page_and_limit",
    "page_answer",
    "page_of",
    "paginated",
    "store_of",
]

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000

Endpoint = Callable[[Request], Awaitable[Response]]


def json_response(body: object, status_code: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status_code)


def store_of(request: Request) -> Store:
    """The store the app serves now (``app.state.store`` may be swapped at run time)."""
    store: Store = request.app.state.store
    return store


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def authenticated(endpoint: Endpoint) -> Endpoint:
    """Reject requests without the right ``Authorization: Token ...`` header (401)."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        header = request.headers.get("authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "token":
            detail = "Authentication credentials were not provided."
        elif key.strip() != request.app.state.token:
            detail = "Invalid token."
        else:
            return await endpoint(request)
        return JSONResponse({"detail": detail}, status_code=401, headers={"WWW-Authenticate": "Token"})

    return wrapper


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's HTTP errors (no route, wrong method) with DRF's bodies."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        return json_response({"detail": f'Method "{request.method}" not allowed.'}, 405)
    return json_response({"detail": "Not found."} if exc.status_code == 404 else {"detail": exc.detail}, exc.status_code)


# -- pagination ----------------------------------------------------------------


class InvalidPage(Exception):
    """A page number that is not a positive integer, or past the end: DRF answers 404."""


def page_and_limit(request: Request) -> tuple[int, int]:
    """``page`` (1-based) and ``limit`` (default 20, at most 1000) from the query."""
    raw_limit = request.query_params.get("limit", "")
    limit = int(raw_limit) if raw_limit.isdigit() and int(raw_limit) > 0 else DEFAULT_LIMIT
    raw_page = request.query_params.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise InvalidPage
    return int(raw_page), min(limit, MAX_LIMIT)


def page_answer(request: Request, page: int, limit: int, count: int, results: list[Any]) -> JSONResponse:
    """A DRF-style page; next/previous keep the other query parameters."""
    if page > 1 and (page - 1) * limit >= count:
        raise InvalidPage
    url = request.url
    next_url = str(url.include_query_params(page=page + 1)) if page * limit < count else None
    if page == 1:
        previous = None
    elif page == 2:
        previous = str(url.remove_query_params("page"))
    else:
        previous = str(url.include_query_params(page=page - 1))
    return json_response({"count": count, "next": next_url, "previous": previous, "results": results})


def paginated(endpoint: Callable[[Request, int, int], Awaitable[Response]]) -> Endpoint:
    """Parse page/limit for ``endpoint``; an invalid or past-the-end page is a 404."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        try:
            page, limit = page_and_limit(request)
            return await endpoint(request, page, limit)
        except InvalidPage:
            return json_response({"detail": "Invalid page."}, 404)

    return wrapper


def page_of(request: Request, page: int, limit: int, items: list[Any]) -> JSONResponse:
    """One page of a whole list."""
    start = (page - 1) * limit
    return page_answer(request, page, limit, len(items), items[start : start + limit])

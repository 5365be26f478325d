"""The simulated Seller Center's HTTP face: ``/api/i2/packages/...`` in the simulator's app.

:func:`seller_center_routes` gives the routes :func:`.server.create_app` adds, so the same
:class:`~.server.SimulatorServer` process serves the OMS and the Seller Center, behind the
same :class:`~.faults.FaultMiddleware` (its route table names the Seller Center's endpoints
like the OMS's: ``list``, ``detail`` for items, ``label`` and ``command`` for every write).
:func:`seller_center_site` finds the :class:`SellerCenterSite` of an app, whose ``store``
may be swapped and whose options may be changed at run time::

    with SimulatorServer() as server:
        site = seller_center_site(server.app)
        site.store = SellerCenterStore(seed=3)
        httpx.get(f"{server.url}/api/i2/packages/", headers={"Authorization": site.api_key})

Authorization: the API key itself, as the documentation shows it (``Authorization: KEY``);
``auth_scheme=None`` (default) also accepts it after ``Token``, ``Bearer`` or ``Api-Key``,
and a given ``auth_scheme`` (``""`` for none) accepts only that one. ``next`` links are
absolute (on ``next_base_url`` when set, to mimic a server that names another host) and
``url`` labels point at ``label_base_url`` (default: the address the request came to).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from . import seller_center_labels as labels
from .seller_center_store import NOT_FOUND, ReceivedRequest, SellerCenterStore, WriteAnswer

DEFAULT_API_KEY = "sc-demo-7d41c0a9e5b24f6a8c3e1b9d0f2a6c58"
ACCEPTED_SCHEMES = ("", "Token", "Bearer", "Api-Key")
DEFAULT_LIMIT = 10  # the documentation's default
MAX_LIMIT = 1000

Handler = Callable[[Request, SellerCenterStore, bytes], Awaitable[Response]]


def _json(body: Any, status_code: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status_code)


def _answer(answer: WriteAnswer) -> Response:
    if answer.body is None:
        return Response(status_code=answer.status_code)
    return _json(answer.body, answer.status_code)


def _body(raw: bytes) -> Any:
    """The JSON body; ValueError with DRF's message when it is not JSON."""
    try:
        return json.loads(raw) if raw.strip() else {}
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"JSON parse error - {exc}") from None


def _page_and_limit(request: Request) -> tuple[int, int] | None:
    raw_limit = request.query_params.get("limit", "")
    limit = int(raw_limit) if raw_limit.isdigit() and int(raw_limit) > 0 else DEFAULT_LIMIT
    raw_page = request.query_params.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        return None
    return int(raw_page), min(limit, MAX_LIMIT)


class SellerCenterSite:
    """The Seller Center API over a :class:`SellerCenterStore`, with its options."""

    def __init__(
        self,
        store: SellerCenterStore | None = None,
        *,
        api_key: str = DEFAULT_API_KEY,
        auth_scheme: str | None = None,
        next_base_url: str | None = None,
        label_base_url: str | None = None,
    ) -> None:
        self.store = store if store is not None else SellerCenterStore()
        self.api_key = api_key
        self.auth_scheme = auth_scheme
        self.next_base_url = next_base_url
        self.label_base_url = label_base_url

    def routes(self) -> list[BaseRoute]:
        packages = "/packages/{number}"
        api: list[BaseRoute] = [
            Route("/packages/", self._endpoint("list", self._list), methods=["GET"]),
            Route(f"{packages}/", self._endpoint("update", self._update), methods=["PUT"]),
            Route(f"{packages}/items/", self._endpoint("items", self._items), methods=["GET"]),
            Route(f"{packages}/label/", self._endpoint("label", self._label), methods=["GET"]),
            Route(f"{packages}/reject/", self._endpoint("reject", self._reject), methods=["POST"]),
            Route(f"{packages}/split/", self._endpoint("split", self._split), methods=["POST"]),
            Route(f"{packages}/change-shipping-method/", self._endpoint("change_shipping_method", self._change),
                  methods=["POST"]),
            Route(f"{packages}/reservations/{{item}}", self._endpoint("release", self._release), methods=["DELETE"]),
        ]
        label_file = self._endpoint("label_file", self._label_file, auth=False)
        return [_SiteMount("/api/i2", routes=api, site=self), Route(labels.LABEL_PATH, label_file, methods=["GET"])]

    # -- plumbing ------------------------------------------------------------------------------

    def _auth_problem(self, request: Request) -> str | None:
        header = request.headers.get("authorization", "").strip()
        if not header:
            return "Authentication credentials were not provided."
        scheme, _, key = header.rpartition(" ")
        if key != self.api_key:
            return "Invalid API key."
        allowed = ACCEPTED_SCHEMES if self.auth_scheme is None else (self.auth_scheme.strip(),)
        if scheme.strip().lower() not in {s.lower() for s in allowed}:
            return "Invalid API key prefix."
        return None

    def _endpoint(self, action: str, handler: Handler, *, auth: bool = True) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            store = self.store
            raw = await request.body()
            problem = self._auth_problem(request) if auth else None
            if problem is not None:
                response: Response = _json({"detail": problem}, 401)
            else:
                try:
                    response = await handler(request, store, raw)
                except ValueError as exc:
                    response = _json({"detail": str(exc)}, 400)
            store.record(ReceivedRequest(
                method=request.method,
                path=request.url.path,
                query=request.url.query,
                action=action,
                number=request.path_params.get("number"),
                body=raw,
                content_length=request.headers.get("content-length"),
                sent_authorization="authorization" in request.headers,
                status_code=response.status_code,
                received_at=datetime.now(timezone.utc),
            ))
            return response

        return endpoint

    def _page(self, request: Request, page: int, limit: int, count: int, results: list[Any]) -> Response:
        if page > 1 and (page - 1) * limit >= count:
            return _json({"detail": "Invalid page."}, 404)
        url = request.url
        if self.next_base_url:
            base = urlsplit(self.next_base_url)
            url = url.replace(scheme=base.scheme, netloc=base.netloc)
        next_url = str(url.include_query_params(page=page + 1)) if page * limit < count else None
        previous = None
        if page == 2:
            previous = str(url.remove_query_params("page"))
        elif page > 2:
            previous = str(url.include_query_params(page=page - 1))
        return _json({"count": count, "next": next_url, "previous": previous, "results": results})

    # -- reads -----------------------------------------------------------------------------------

    async def _list(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        paging = _page_and_limit(request)
        if paging is None:
            return _json({"detail": "Invalid page."}, 404)
        page, limit = paging
        raw_status = request.query_params.get("status") or None
        if raw_status is not None and not (raw_status.isdigit() and 2 <= int(raw_status) <= 6):
            return _json({"status": [f"Select a valid choice. {raw_status} is not one of the available choices."]}, 400)
        status = int(raw_status) if raw_status else None
        count, rows = store.list_packages(
            status=status, number=request.query_params.get("number") or None, offset=(page - 1) * limit, limit=limit
        )
        return self._page(request, page, limit, count, rows)

    async def _items(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        items = store.items_json(request.path_params["number"])
        if items is None:
            return _json(dict(NOT_FOUND), 404)
        paging = _page_and_limit(request)
        if paging is None:
            return _json({"detail": "Invalid page."}, 404)
        page, limit = paging
        return self._page(request, page, limit, len(items), items[(page - 1) * limit : page * limit])

    async def _label(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        status, found = store.label_package(request.path_params["number"])
        if isinstance(found, dict):
            return _json(found, status)
        url_base = self.label_base_url or str(request.base_url)
        return _json({"data": await run_in_threadpool(labels.label_text, found, url_base)})

    async def _label_file(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        _status, found = store.label_package(request.path_params["number"])
        if isinstance(found, dict) or found.label_form != "url":
            return _json(dict(NOT_FOUND), 404)
        pdf = await run_in_threadpool(labels.label_pdf, found)
        return Response(pdf, media_type="application/pdf")

    # -- writes ----------------------------------------------------------------------------------

    async def _update(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        return _answer(store.update(request.path_params["number"], _body(raw)))

    async def _reject(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        return _answer(store.reject(request.path_params["number"], _body(raw)))

    async def _split(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        return _answer(store.split(request.path_params["number"], _body(raw)))

    async def _change(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        return _answer(store.change_shipping_method(request.path_params["number"], _body(raw)))

    async def _release(self, request: Request, store: SellerCenterStore, raw: bytes) -> Response:
        return _answer(store.release_reservation(request.path_params["number"], request.path_params["item"]))


class _SiteMount(Mount):
    """The ``/api/i2`` mount; remembers its site so :func:`seller_center_site` can find it."""

    def __init__(self, path: str, *, routes: list[BaseRoute], site: SellerCenterSite) -> None:
        super().__init__(path, routes=routes)
        self.site = site


def seller_center_routes(site: SellerCenterSite | None = None) -> list[BaseRoute]:
    """The Seller Center's routes for the simulator's app (a new default site if none)."""
    return (site or SellerCenterSite()).routes()


def seller_center_site(app: Starlette) -> SellerCenterSite:
    """The Seller Center site served by `app` (LookupError if it serves none)."""
    for route in app.routes:
        if isinstance(route, _SiteMount):
            return route.site
    raise LookupError("this app serves no Seller Center")

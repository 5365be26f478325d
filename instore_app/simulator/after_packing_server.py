"""HTTP routes of what follows packing: cargo companies, orders, the invoice number and the
invoice; and (admin, never faulted) the carriers' own labels for the demo.

Answered like the rest of the simulated OMS (DRF-style errors, token required); the data and
rules are :class:`~.after_packing_store.AfterPackingData`'s.
"""

from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from . import render
from .rest import authenticated as _authenticated
from .rest import base_url as _base_url
from .rest import json_response as _json
from .rest import page_of as _page_of
from .rest import paginated as _paginated
from .rest import store_of as _store

__all__ = ["after_packing_routes"]

_OMS = "/api/v1/oms"


def after_packing_routes() -> list[Route]:
    """The routes of what happens after packing (answered as every route is: `rest`)."""
    @_authenticated
    @_paginated
    async def cargo_companies(request: Request, page: int, limit: int) -> Response:
        return _page_of(request, page, limit, _store(request).cargo_companies_json())

    @_authenticated
    async def order_detail(request: Request) -> Response:
        body = _store(request).order_json(request.path_params["id"], _base_url(request))
        return _json(body) if body is not None else _json({"detail": "Not found."}, 404)

    @_authenticated
    async def set_invoice_number(request: Request) -> Response:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw.strip() else {}
        except (ValueError, UnicodeDecodeError) as exc:
            return _json({"detail": f"JSON parse error - {exc}"}, 400)
        status, answer = _store(request).set_invoice_number(request.path_params["id"], body)
        return Response(status_code=status) if answer is None else _json(answer, status)

    @_authenticated
    async def package_invoice(request: Request) -> Response:
        await request.body()  # sent without a body
        status, answer = _store(request).create_invoice(request.path_params["id"])
        return _json(answer, status)

    @_authenticated
    async def carrier_labels(request: Request) -> Response:
        return JSONResponse(_store(request).carrier_labels())

    @_authenticated
    async def carrier_label(request: Request) -> Response:
        data = _store(request).carrier_label_data(request.path_params["id"])
        if data is None:
            return _json({"detail": "Not found."}, 404)
        return HTMLResponse(await run_in_threadpool(render.label_html, data))

    return [
        Route(f"{_OMS}/cargo-company/", cargo_companies, methods=["GET"]),
        Route(f"{_OMS}/orders/{{id:int}}/", order_detail, methods=["GET"]),
        Route(f"{_OMS}/packages/{{id:int}}/set_invoice_number/", set_invoice_number, methods=["POST"]),
        Route(f"{_OMS}/packages/{{id:int}}/invoice/", package_invoice, methods=["POST"]),
        Route("/_simulator/carrier-labels", carrier_labels, methods=["GET"]),
        Route("/_simulator/carrier-labels/{id:int}", carrier_label, methods=["GET"]),
    ]

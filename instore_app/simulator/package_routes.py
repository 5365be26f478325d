"""The OMS's package routes: the package lists (long and short, filtered and paged), one
package, its transition logs, and the command endpoint that runs a transition.

The data and rules are :class:`~.store.Store`'s; :func:`.server.create_app` maps the paths.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .rest import Endpoint, authenticated, base_url, json_response, page_answer, page_of, paginated, store_of
from .store import NOT_FOUND

__all__ = ["package_command", "package_detail", "package_list", "transition_logs"]


def _filters(request: Request) -> dict[str, Any]:
    """Package list filters from the query; raises ValueError with a DRF-style body."""
    params = request.query_params
    filters: dict[str, Any] = {}
    stock_location = params.get("stock_location")
    if stock_location:
        if not stock_location.isdigit():
            raise ValueError({"stock_location": ["Enter a number."]})
        filters["stock_location"] = int(stock_location)
    states = [
        value.strip()
        for key in ("state__enum_value", "state__enum_value__in")
        for raw in params.getlist(key)
        for value in raw.split(",")
        if value.strip()
    ]
    if states:
        filters["states"] = states
    for key in ("number", "order_number"):
        if params.get(key):
            filters[key] = params[key]
    return filters


def package_list(short: bool) -> Endpoint:
    @authenticated
    @paginated
    async def endpoint(request: Request, page: int, limit: int) -> Response:
        try:
            filters = _filters(request)
        except ValueError as exc:
            return json_response(exc.args[0], 400)
        count, results = store_of(request).list_packages(
            base_url=base_url(request), short=short, offset=(page - 1) * limit, limit=limit, **filters
        )
        return page_answer(request, page, limit, count, results)

    return endpoint


@authenticated
async def package_detail(request: Request) -> Response:
    body = store_of(request).package_json(request.path_params["id"], base_url(request))
    return json_response(body) if body is not None else json_response(NOT_FOUND, 404)


@authenticated
@paginated
async def transition_logs(request: Request, page: int, limit: int) -> Response:
    logs = store_of(request).transition_logs(request.path_params["id"])
    if logs is None:
        return json_response(NOT_FOUND, 404)
    return page_of(request, page, limit, logs)


@authenticated
async def package_command(request: Request) -> Response:
    """POST /api/v1/oms/packages/{id}/command/: run a transition (see Store.apply_command)."""
    store, package_id = store_of(request), request.path_params["id"]
    raw = await request.body()
    try:
        body = json.loads(raw) if raw.strip() else {}
    except (ValueError, UnicodeDecodeError) as exc:
        store.record_rejected_command(package_id, 400, source="http")
        return json_response({"error": {"non_field_errors": f"JSON parse error - {exc}"}, "status_code": 400}, 400)
    if not isinstance(body, dict):
        store.record_rejected_command(package_id, 400, source="http")
        message = f"Invalid data. Expected a dictionary, but got {type(body).__name__}."
        return json_response({"error": {"non_field_errors": message}, "status_code": 400}, 400)
    result = store.apply_command(
        package_id,
        transition=body.get("transition"),
        slug=body.get("slug"),
        input_parameters=body.get("input_parameters"),
        source="http",
        user=request.app.state.user,  # who the token belongs to
    )
    if result.body is None:
        return Response(status_code=result.status_code)
    return json_response(result.body, result.status_code)

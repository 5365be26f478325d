"""Sign-in and the reference lists a station loads: the login that gives the token, the
package denial reasons and the stock locations.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from .rest import authenticated, json_response, page_of, paginated, store_of
from .staff import DEMO_USERNAME

__all__ = ["DEMO_PASSWORD", "denial_reasons", "login", "stock_locations"]

DEMO_PASSWORD = "demo"


async def login(request: Request) -> Response:
    """POST /api/v1/auth/login/: demo credentials give the server's token."""
    raw = await request.body()
    try:
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            data = dict(parse_qsl(raw.decode("utf-8")))
        else:
            data = json.loads(raw or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        return json_response({"detail": f"JSON parse error - {exc}"}, 400)
    if not isinstance(data, dict):
        return json_response({"non_field_errors": ["Invalid data. Expected a dictionary."]}, 400)
    missing = {field: ["This field is required."] for field in ("username", "password") if not data.get(field)}
    if missing:
        return json_response(missing, 400)
    if data["username"] != DEMO_USERNAME or data["password"] != DEMO_PASSWORD:
        return json_response({"non_field_errors": ["Unable to log in with provided credentials."]}, 400)
    return json_response({"key": request.app.state.token})


@authenticated
@paginated
async def denial_reasons(request: Request, page: int, limit: int) -> Response:
    return page_of(request, page, limit, store_of(request).denial_reasons_json())


@authenticated
@paginated
async def stock_locations(request: Request, page: int, limit: int) -> Response:
    return page_of(request, page, limit, store_of(request).stock_locations_json())

"""Documents and images: the shipping label's preview (HTML, or a PDF for labels that are
files) and the product images (the letter tile PNG and the photo JPEG).

Rendering runs in the thread pool (:mod:`.render`, :mod:`.photos`); product images need no
token, as a CDN's would not.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from . import photos, render
from .rest import authenticated, json_response, store_of
from .store import NOT_FOUND

__all__ = ["product_image", "product_photo", "shipping_label_preview"]


@authenticated
async def shipping_label_preview(request: Request) -> Response:
    """The label as HTML, or as a PDF for labels whose ``is_file`` is true."""
    data = store_of(request).label_data(request.path_params["id"])
    if data is None:
        return json_response(NOT_FOUND, 404)
    if data.is_file:
        pdf = await run_in_threadpool(render.label_pdf, data)
        disposition = f'inline; filename="label-{data.label_id}.pdf"'
        return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": disposition})
    return HTMLResponse(await run_in_threadpool(render.label_html, data))


async def product_image(request: Request) -> Response:
    """The product's letter tile (PNG)."""
    product = store_of(request).product(request.path_params["product_id"])
    if product is None:
        return json_response(NOT_FOUND, 404)
    png = await run_in_threadpool(render.product_png, product)
    return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=86400"})


async def product_photo(request: Request) -> Response:
    """The product's photo (JPEG): its model's drawing in its colour; 404 without a drawing."""
    product = store_of(request).product(request.path_params["product_id"])
    jpeg = None if product is None else await run_in_threadpool(photos.product_photo, product)
    if jpeg is None:
        return json_response(NOT_FOUND, 404)
    return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": "max-age=86400"})

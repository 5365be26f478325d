"""The OMS endpoints that follow packing: cargo companies, orders, the invoice number and the
package invoice. Part of :class:`~.client.OmsClient` (mixed in), over its one
:class:`~.httplayer.HttpLayer`: origin-checked, bounded, reads retried, writes never.

* ``GET /api/v1/oms/cargo-company/`` (all pages, or a bare list): the carriers. Their ``id``
  is what Advanced Ship sends as ``cargo_company``. The docs document the endpoint only by
  name (Advanced Ship's page); a row is read in the shape the docs show for
  ``shipment.cargo_company``.
* ``GET /api/v1/oms/orders/{id}/``: the order (payment type, notes, gift box, delivery type,
  the carrier it came with).
* ``POST /api/v1/oms/packages/{id}/set_invoice_number/`` ``{"invoice_number": ...}``: 204.
  Not a command: not journalled, never retried here (see ``Station.set_invoice_number`` for
  what a failure means).
* ``POST /api/v1/oms/packages/{id}/invoice/`` (no body): 201 with the invoice.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from .bodies import BodyKind
from .errors import OmsResponseError
from .httplayer import HttpLayer
from .models import CargoCompany
from .order_models import Invoice, Order
from .pagination import Listing

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = ["AfterPackingEndpoints", "check_invoice_number"]

#: The longest invoice number sent (e-Arşiv/e-Fatura numbers are 16 characters).
MAX_INVOICE_NUMBER = 64


def check_invoice_number(number: str) -> str:
    """The number as sent (spaces trimmed); ValueError for one that is empty, too long, or
    holds control characters."""
    if not isinstance(number, str):
        raise ValueError("an invoice number is text")
    cleaned = number.strip()
    if not cleaned:
        raise ValueError("the invoice number is empty")
    if len(cleaned) > MAX_INVOICE_NUMBER:
        raise ValueError(f"the invoice number is longer than {MAX_INVOICE_NUMBER} characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in cleaned):
        raise ValueError("the invoice number holds control characters")
    return cleaned


class AfterPackingEndpoints:
    """Mixed into OmsClient, which provides the layer and the read helpers."""

    _layer: HttpLayer

    async def _get_model(  # provided by OmsClient
        self, url: str, shape: Any, kind: BodyKind, *, params: dict[str, Any] | None = None
    ) -> Any:
        raise NotImplementedError

    async def _all(self, path: str, item: type[T], what: str) -> Listing[T]:  # provided by OmsClient
        raise NotImplementedError

    async def cargo_companies(self) -> Listing[CargoCompany]:
        """Every cargo company (GET /api/v1/oms/cargo-company/, all pages)."""
        return await self._all("/api/v1/oms/cargo-company/", CargoCompany, "cargo companies")

    async def get_order(self, order_id: int) -> Order:
        """GET /api/v1/oms/orders/{id}/."""
        order: Order = await self._get_model(f"/api/v1/oms/orders/{int(order_id)}/", Order, BodyKind.DETAIL)
        return order

    async def set_invoice_number(self, package_id: int, number: str) -> None:
        """POST /api/v1/oms/packages/{id}/set_invoice_number/ ``{"invoice_number": number}``.
        Sent once (never retried here); any answer but a 2xx raises."""
        cleaned = check_invoice_number(number)
        log.info("set_invoice_number on package %s", package_id)
        await self._layer.send(
            "POST",
            f"/api/v1/oms/packages/{int(package_id)}/set_invoice_number/",
            kind=BodyKind.OTHER,
            json={"invoice_number": cleaned},
        )

    async def create_invoice(self, package_id: int) -> Invoice:
        """POST /api/v1/oms/packages/{id}/invoice/ (no body): the package's invoice (201).
        Sent once (never retried here)."""
        from .client import parse  # the one parser of answers (client imports this module)

        log.info("invoice of package %s", package_id)
        reply = await self._layer.send(
            "POST", f"/api/v1/oms/packages/{int(package_id)}/invoice/", kind=BodyKind.DETAIL
        )
        if not reply.content.strip():
            raise OmsResponseError("The OMS made the invoice but sent nothing back.", field="invoice")
        invoice: Invoice = parse(reply, Invoice)
        return invoice

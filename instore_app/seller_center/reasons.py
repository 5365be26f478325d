"""The reasons a Seller Center station rejects items with, and the out-of-stock choices (no Qt).

The reasons are the setting ``seller_center_reasons`` (a list of texts; the first default is
"Unsupplied", the documentation's example). The text is what the Seller Center receives as
``reason``, exactly as configured; the bench shows the defaults in Turkish on a Turkish
screen (:data:`TURKISH`), and any other reason as it is written.

They reach the bench as :class:`~instore_app.api.models.DenialReason` items (what the refuse
dialog lists), numbered from 1 in the configured order, and as the out-of-stock dialog's
:class:`~instore_app.operations.backend.OutOfStockChoice` list: "ship the rest now" (split the
missing items into a new package) first, then "reject the missing items" with each reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..api.models import DenialReason
from ..operations.backend import OutOfStockChoice

__all__ = ["SPLIT_CHOICE", "TURKISH", "choices", "denial_reasons", "reason_text", "shown_reason"]

#: The id of the "ship the rest now" choice (reasons are numbered from 1).
SPLIT_CHOICE = 0

#: The Turkish of the default reasons (settings/table.py declares them), for the screen only.
TURKISH: dict[str, str] = {
    "Unsupplied": "Tedarik edilemedi",
    "Damaged product": "Hasarlı ürün",
    "Defective product": "Kusurlu ürün",
    "Wrong stock count": "Stok sayımı hatalı",
    "Price error": "Fiyat hatası",
}


def _cleaned(reasons: Iterable[str]) -> list[str]:
    """The reasons without blanks and repeats, in order."""
    return list(dict.fromkeys(text.strip() for text in reasons if text.strip()))


def shown_reason(text: str, language: str) -> str:
    """How the bench names a reason (a default one in Turkish on a Turkish screen)."""
    if language.lower().startswith("tr"):
        return TURKISH.get(text, text)
    return text


def denial_reasons(reasons: Iterable[str], language: str) -> list[DenialReason]:
    """The reasons as the refuse dialog lists them: id 1, 2, ... in the configured order."""
    return [
        DenialReason(id=index, title=shown_reason(text, language), remote_id=text, priority=index)
        for index, text in enumerate(_cleaned(reasons), start=1)
    ]


def reason_text(reasons: Iterable[str], reason_id: int) -> str:
    """The text sent for reason `reason_id` (1-based); ValueError when there is no such reason."""
    listed = _cleaned(reasons)
    if isinstance(reason_id, bool) or not isinstance(reason_id, int) or not 1 <= reason_id <= len(listed):
        raise ValueError(f"There is no reject reason {reason_id}: the settings list {len(listed)}.")
    return listed[reason_id - 1]


def choices(reasons: Iterable[str], language: str) -> tuple[OutOfStockChoice, ...]:
    """The out-of-stock dialog's choices: ship the rest now (split), then reject with each reason."""
    listed = [OutOfStockChoice(SPLIT_CHOICE, "split")]
    listed += [
        OutOfStockChoice(reason.id, "reject", reason.remote_id, reason.title) for reason in denial_reasons(reasons, language)
    ]
    return tuple(listed)

"""State and transition definitions of the simulated OMS.

The ids are arbitrary, as on a real OMS installation: the app must read them
from the data (``state.id``, ``commands[].id``/``slug``), never hard-code
them. ``enum_value`` strings follow Akinon's enums.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PACKAGE_STATUS = "PackageStatus"
PACKAGE_ITEM_STATUS = "PackageItemStatus"
ORDER_STATUS = "OrderStatus"

#: ``content_type`` ids the OMS reports for each enum class (and for logs).
CONTENT_TYPES = {ORDER_STATUS: 20, PACKAGE_STATUS: 25, PACKAGE_ITEM_STATUS: 26}

# Every state row was "created" when the OMS was installed.
_STATE_CREATED = "2021-06-30T14:43:26.865903Z"
_STATE_MODIFIED = "2023-02-14T10:38:27.758634Z"


@dataclass(frozen=True)
class Status:
    """One row of the OMS state table (a package, item or order state)."""

    id: int
    enum_class: str
    enum_value: str
    name_en: str
    name_tr: str
    slug: str = ""

    def as_json(self) -> dict[str, Any]:
        """The full state object embedded in packages and items."""
        return {
            "id": self.id,
            "created_date": _STATE_CREATED,
            "modified_date": _STATE_MODIFIED,
            "translations": {
                "en-us": {"name": self.name_en},
                "tr-tr": {"name": self.name_tr},
            },
            "name": self.name_en,
            "config": {},
            "enum_class": self.enum_class,
            "enum_value": self.enum_value,
            "content_type": CONTENT_TYPES[self.enum_class],
        }

    def as_log_json(self) -> dict[str, Any]:
        """The short state object used in transition logs."""
        return {
            "id": self.id,
            "name": self.name_en,
            "enum_value": self.enum_value,
            "enum_class": self.enum_class,
        }


def _pkg(id_: int, value: str, en: str, tr: str, slug: str) -> Status:
    return Status(id_, PACKAGE_STATUS, value, en, tr, slug)


def _item(id_: int, value: str, en: str, tr: str) -> Status:
    return Status(id_, PACKAGE_ITEM_STATUS, value, en, tr)


def _order(id_: int, value: str, en: str, tr: str) -> Status:
    return Status(id_, ORDER_STATUS, value, en, tr)


# Package states.
WAITING = _pkg(33, "100", "Waiting", "Bekliyor", "waiting")
PREPARING = _pkg(34, "200", "Preparing", "Hazırlanıyor", "preparing")
READY_FOR_PACKAGING = _pkg(
    36, "400", "Ready for Packaging", "Paketlemeye Hazır", "ready-for-packaging"
)
PACKED = _pkg(37, "500", "Packed", "Paketlendi", "packed")
SHIPPED = _pkg(39, "600", "Shipped", "Kargoya Verildi", "shipped")
DELIVERED = _pkg(47, "800", "Delivered", "Teslim Edildi", "delivered")
PACKAGING_CANCELED = _pkg(
    44, "900", "Packaging Canceled", "İptal Edildi", "packaging-canceled"
)
OUT_OF_STOCK = _pkg(46, "920", "Out of Stock", "Stokta Yok", "out-of-stock")
NEEDS_RESCHEDULING = _pkg(
    52, "950", "Needs Rescheduling", "Yeniden Planlanmalı", "needs-rescheduling"
)

PACKAGE_STATES = (
    WAITING,
    PREPARING,
    READY_FOR_PACKAGING,
    PACKED,
    SHIPPED,
    DELIVERED,
    PACKAGING_CANCELED,
    OUT_OF_STOCK,
    NEEDS_RESCHEDULING,
)
PACKAGE_STATES_BY_VALUE = {s.enum_value: s for s in PACKAGE_STATES}

# Package item states.
ITEM_WAITING = _item(55, "100", "Waiting", "Bekliyor")
ITEM_PREPARING = _item(241, "250", "Preparing", "Hazırlanıyor")
ITEM_PACKED = _item(58, "500", "Packed", "Paketlendi")
ITEM_CANCELLED = _item(56, "600", "Cancelled", "İptal Edilmiş")
ITEM_DELIVERED = _item(70, "900", "Delivered", "Teslim Edildi")
ITEM_OUT_OF_STOCK = _item(61, "920", "Out of Stock", "Stokta Yok")

# Order item states (shown inside ``order_item``).
ORDER_CANCELLED = _order(20, "100", "Cancelled", "İptal Edildi")
ORDER_APPROVED = _order(22, "400", "Approved", "Onaylanmış")
ORDER_PREPARING = _order(28, "450", "Preparing", "Hazırlanıyor")
ORDER_SHIPPED = _order(29, "500", "Shipped", "Kargoya Verildi")
ORDER_DELIVERED = _order(31, "550", "Delivered", "Teslim Edildi")

# Command names.
PKG_STATE_TRANSITION = "PKG_STATE_TRANSITION"
PREPARE_PACKAGE_COMMAND = "PREPARE_PACKAGE_COMMAND"
COMPLETE_PACKAGING = "COMPLETE_PACKAGING"
COMPLETE_PACKAGING_WITHOUT_SHIPMENT = "COMPLETE_PACKAGING_WITHOUT_SHIPMENT"
CHANNEL_BASED_COMPLETE_PACKAGING = "CHANNEL_BASED_COMPLETE_PACKAGING"
DETECTED_OUT_OF_STOCK_ITEM = "DETECTED_OUT_OF_STOCK_ITEM"
REFUSE_PACKAGE = "REFUSE_PACKAGE"
SHIP_PACKAGE = "SHIP_PACKAGE"
#: "Package Advanced Shipment Command": the docs name the command's page, not its name.
ADVANCED_SHIP_PACKAGE = "ADVANCED_SHIP_PACKAGE"
REPACK_PACKAGE = "REPACK_PACKAGE"

PACK_COMMANDS = (
    COMPLETE_PACKAGING,
    COMPLETE_PACKAGING_WITHOUT_SHIPMENT,
    CHANNEL_BASED_COMPLETE_PACKAGING,
)

_EVERYWHERE = ("oms_web", "third_party", "instore")
_INSTORE_FIRST = ("instore", "oms_web", "third_party")
_OMS_WEB = ("oms_web",)


@dataclass(frozen=True)
class Transition:
    """A command allowed from ``source`` that moves a package to ``destination``."""

    id: int
    command: str
    label: str
    source: Status
    destination: Status
    ui_visibility: tuple[str, ...]
    is_packageitem_parameter_required: bool = False

    @property
    def slug(self) -> str:
        return f"package__{self.command.lower()}__{self.source.slug}__{self.destination.slug}"

    def as_json(self) -> dict[str, Any]:
        """The object listed under a package's ``commands``."""
        return {
            "id": self.id,
            "is_packageitem_parameter_required": self.is_packageitem_parameter_required,
            "configuration": {},
            "translations": None,
            "command": self.command,
            "label": self.label,
            "slug": self.slug,
            "ui_visibility": list(self.ui_visibility),
            "source_state": self.source.id,
            "destination_state": self.destination.id,
        }


def _pack_and_problem_transitions(source: Status, ids: tuple[int, int, int, int, int]) -> list[Transition]:
    """The three pack commands plus out-of-stock and refuse, from ``source``."""
    pack, without_shipment, channel_based, out_of_stock, refuse = ids
    return [
        Transition(pack, COMPLETE_PACKAGING, "Paketle", source, PACKED, _EVERYWHERE),
        Transition(
            without_shipment,
            COMPLETE_PACKAGING_WITHOUT_SHIPMENT,
            "Kargosuz Paketle",
            source,
            PACKED,
            _EVERYWHERE,
        ),
        Transition(
            channel_based,
            CHANNEL_BASED_COMPLETE_PACKAGING,
            "Kanal Bazlı Paketle",
            source,
            PACKED,
            _EVERYWHERE,
        ),
        Transition(
            out_of_stock,
            DETECTED_OUT_OF_STOCK_ITEM,
            "Stokta Yok İşaretle",
            source,
            OUT_OF_STOCK,
            _OMS_WEB,
            is_packageitem_parameter_required=True,
        ),
        Transition(refuse, REFUSE_PACKAGE, "Paketi Reddet", source, NEEDS_RESCHEDULING, _OMS_WEB),
    ]


TRANSITIONS: tuple[Transition, ...] = (
    Transition(138, PKG_STATE_TRANSITION, "Hazırlamaya Başla", WAITING, PREPARING, _INSTORE_FIRST),
    Transition(199, PREPARE_PACKAGE_COMMAND, "Hazırlığa Al", WAITING, PREPARING, _OMS_WEB),
    *_pack_and_problem_transitions(WAITING, (3, 232, 331, 430, 166)),
    Transition(
        139, PKG_STATE_TRANSITION, "Paketlemeye Hazır", PREPARING, READY_FOR_PACKAGING, _INSTORE_FIRST
    ),
    *_pack_and_problem_transitions(PREPARING, (4, 233, 332, 431, 167)),
    *_pack_and_problem_transitions(READY_FOR_PACKAGING, (5, 234, 333, 432, 168)),
    Transition(
        501, SHIP_PACKAGE, "Kargoya Ver", PACKED, SHIPPED, ("oms_web", "third_party"),
        is_packageitem_parameter_required=True,
    ),
    Transition(502, ADVANCED_SHIP_PACKAGE, "Kargo Bilgisiyle Kargoya Ver", PACKED, SHIPPED, _EVERYWHERE),
    Transition(610, REPACK_PACKAGE, "Yeniden Paketle", OUT_OF_STOCK, WAITING, _OMS_WEB),
    Transition(611, REPACK_PACKAGE, "Yeniden Paketle", NEEDS_RESCHEDULING, WAITING, _OMS_WEB),
)

TRANSITIONS_BY_ID = {t.id: t for t in TRANSITIONS}
TRANSITIONS_BY_SLUG = {t.slug: t for t in TRANSITIONS}


_TRANSITIONS_FROM = {
    state: tuple(t for t in TRANSITIONS if t.source == state) for state in PACKAGE_STATES
}


def transitions_from(state: Status) -> tuple[Transition, ...]:
    """The transitions allowed from ``state``, in display order."""
    return _TRANSITIONS_FROM.get(state, ())


def transitions_for(state: Status, *, has_shipment: bool) -> tuple[Transition, ...]:
    """What a package in ``state`` offers: a Packed package with a shipment (packed with the
    OMS's cargo integration) is shipped with SHIP_PACKAGE; one packed without a shipment needs
    ADVANCED_SHIP_PACKAGE (the tracking number and the cargo company come with it)."""
    unavailable = ADVANCED_SHIP_PACKAGE if has_shipment else SHIP_PACKAGE
    return tuple(t for t in transitions_from(state) if t.command != unavailable)


"""The manifest of a courier handover: a plain data object the UI prints (no Qt here).

It shows the carrier, the store, the station, the date and time and the packer; every parcel
handed over (package number, tracking number, item count, and whether its ship command has
reached the OMS); the total; and the packed parcels this courier could have taken but did
not. It is kept in the journal as JSON (:meth:`Manifest.to_json`) for :data:`KEEP_DAYS` days
and can be rebuilt from it for a reprint (:meth:`Manifest.from_json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..journal import HANDOVER_KEEP_DAYS as KEEP_DAYS
from ..journal import HandoverRecord, ParcelRecord, ParcelStatus

__all__ = ["KEEP_DAYS", "LeftParcel", "Manifest", "ManifestParcel", "OmsStatus", "manifest_from_record"]


class OmsStatus(StrEnum):
    """Where a handed-over parcel's ship command stands."""

    SENT = "sent"  # the OMS has it
    WAITING = "waiting"  # journalled; it is sent when the OMS can be reached
    PROBLEM = "problem"  # the OMS refused it: check the package in the OMS (it left all the same)


_STATUS = {ParcelStatus.SHIPPED: OmsStatus.SENT, ParcelStatus.PENDING: OmsStatus.WAITING,
           ParcelStatus.FAILED: OmsStatus.PROBLEM}


@dataclass(frozen=True)
class ManifestParcel:
    package_id: int
    package_number: str
    tracking_number: str | None
    item_count: int
    oms_status: OmsStatus = OmsStatus.SENT
    message: str | None = None


@dataclass(frozen=True)
class LeftParcel:
    """A packed parcel this courier could have taken, not handed over."""

    package_id: int
    package_number: str
    tracking_number: str | None
    item_count: int


@dataclass(frozen=True)
class Manifest:
    handover_id: int
    carrier_id: int
    carrier_name: str
    stock_location_id: int
    store_name: str | None
    station: str | None
    packer: str | None
    started_at: datetime
    finished_at: datetime
    parcels: tuple[ManifestParcel, ...]
    left: tuple[LeftParcel, ...] = ()

    @property
    def total(self) -> int:
        """How many parcels the courier took (the count the driver signs for)."""
        return len(self.parcels)

    @property
    def total_items(self) -> int:
        return sum(parcel.item_count for parcel in self.parcels)

    @property
    def waiting(self) -> int:
        """How many of the parcels' ship commands have not reached the OMS yet."""
        return sum(parcel.oms_status is OmsStatus.WAITING for parcel in self.parcels)

    def to_json(self) -> dict[str, Any]:
        return {
            "handover_id": self.handover_id,
            "carrier_id": self.carrier_id,
            "carrier_name": self.carrier_name,
            "stock_location_id": self.stock_location_id,
            "store_name": self.store_name,
            "station": self.station,
            "packer": self.packer,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "parcels": [
                {"package_id": p.package_id, "package_number": p.package_number,
                 "tracking_number": p.tracking_number, "item_count": p.item_count,
                 "oms_status": p.oms_status.value, "message": p.message}
                for p in self.parcels
            ],
            "left": [
                {"package_id": p.package_id, "package_number": p.package_number,
                 "tracking_number": p.tracking_number, "item_count": p.item_count}
                for p in self.left
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            handover_id=int(data["handover_id"]),
            carrier_id=int(data["carrier_id"]),
            carrier_name=str(data["carrier_name"]),
            stock_location_id=int(data["stock_location_id"]),
            store_name=data.get("store_name"),
            station=data.get("station"),
            packer=data.get("packer"),
            started_at=datetime.fromisoformat(data["started_at"]),
            finished_at=datetime.fromisoformat(data["finished_at"]),
            parcels=tuple(
                ManifestParcel(int(p["package_id"]), str(p["package_number"]), p.get("tracking_number"),
                               int(p["item_count"]), OmsStatus(p.get("oms_status", "sent")), p.get("message"))
                for p in data.get("parcels", ())
            ),
            left=tuple(
                LeftParcel(int(p["package_id"]), str(p["package_number"]), p.get("tracking_number"), int(p["item_count"]))
                for p in data.get("left", ())
            ),
        )

    def with_statuses(self, parcels: tuple[ParcelRecord, ...]) -> Manifest:
        """The same manifest with each parcel's OMS status as the journal has it now (a
        reprint shows what has reached the OMS since)."""
        now = {p.package_id: p for p in parcels}
        updated = tuple(
            ManifestParcel(p.package_id, p.package_number, p.tracking_number, p.item_count,
                           _STATUS[now[p.package_id].status], now[p.package_id].message)
            if p.package_id in now else p
            for p in self.parcels
        )
        return Manifest(self.handover_id, self.carrier_id, self.carrier_name, self.stock_location_id,
                        self.store_name, self.station, self.packer, self.started_at, self.finished_at,
                        updated, self.left)


def parcel_of(record: ParcelRecord) -> ManifestParcel:
    return ManifestParcel(record.package_id, record.package_number, record.tracking_number,
                          record.item_count, _STATUS[record.status], record.message)


def manifest_from_record(record: HandoverRecord) -> Manifest | None:
    """The manifest of a finished handover kept in the journal, with its parcels' OMS status
    as it is now; None for a handover not finished."""
    if record.manifest is None:
        return None
    return Manifest.from_json(record.manifest).with_statuses(record.parcels)

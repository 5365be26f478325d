"""The simulated OMS's users: who moved a package, as its transition logs say.

The API token of the simulator belongs to the demo user (``DEMO_USERNAME``): every command
sent over HTTP is logged with that user. Seeded packages were packed by store staff
("ayse", "mehmet", "zeynep"), and a test acting as another station names its user in
:meth:`Store.apply_command`.

The docs' transition log example has ``"user": null`` and does not show a user's shape; the
simulator sends a small object (id, username, names, email). A client must read ``null``, an
id or such an object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DEMO_USERNAME", "HOLDER_USERNAME", "SEED_PACKERS", "STAFF", "StaffUser", "seed_packer", "user_json"]

DEMO_USERNAME = "demo"
#: Who holds the demo's Preparing package taken at another station (``Store(held_elsewhere=1)``).
HOLDER_USERNAME = "ayse"


@dataclass(frozen=True)
class StaffUser:
    id: int
    username: str
    first_name: str
    last_name: str

    @property
    def email(self) -> str:
        return f"{self.username}@akinon-demo.com.tr"


STAFF: dict[str, StaffUser] = {
    user.username: user
    for user in (
        StaffUser(7, DEMO_USERNAME, "Demo", "Kullanıcı"),
        StaffUser(11, "ayse", "Ayşe", "Yılmaz"),
        StaffUser(12, "mehmet", "Mehmet", "Kaya"),
        StaffUser(13, "zeynep", "Zeynep", "Demir"),
    )
}

#: Who packed the seeded packages (chosen by package id, so seeds stay deterministic).
SEED_PACKERS = ("ayse", "mehmet", "zeynep")


def seed_packer(package_id: int) -> str:
    return SEED_PACKERS[package_id % len(SEED_PACKERS)]


def user_json(username: str | None) -> dict[str, Any] | None:
    """The ``user`` of a transition log: None, or the user as an object."""
    if username is None:
        return None
    user = STAFF.get(username)
    if user is None:
        return {"id": None, "username": username, "first_name": "", "last_name": "", "email": ""}
    return {
        "id": user.id,
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
    }

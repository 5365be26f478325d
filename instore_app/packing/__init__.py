"""Packing logic: scans, confirmations and the choice of OMS command. Pure Python, no Qt.

* :mod:`.barcodes`: cleaning scans and the key they are compared by.
* :mod:`.session`: :class:`PackingSession`, the confirmations of one open package.
* :mod:`.outcomes`: what one scan did (Confirmed, AlreadyComplete, OtherPackage, ...).
* :mod:`.directory`: :class:`KnownPackages`, the other packages a station knows about.
* :mod:`.commands`: :func:`plan_command` (pack, out of stock, refuse, ship, advanced ship,
  repack); :mod:`.effects`: :func:`command_took_effect` and :func:`record_took_effect`.
* :mod:`.command_codes`: the command barcodes.
"""

from .barcodes import clean_scan, is_valid_gtin, normalize, package_number_key
from .commands import (
    ADVANCED_SHIP_COMMAND,
    AFTER_PACKING_ACTIONS,
    SHIP_ACTIONS,
    DENIAL_REASON_PARAMETER,
    PACK_COMMANDS,
    PACKAGE_ITEMS_PARAMETER,
    Action,
    CommandUnavailable,
    PlannedCommand,
    active_denial_reasons,
    command_took_effect,
    find_command,
    offered_actions,
    plan_command,
    ship_action,
    shippable_item_ids,
    should_start_preparing,
)
from .directory import KnownPackages, PackageDirectory, PackageRef
from .items import NOT_PACKABLE_ITEM_STATES, is_packable, item_keys
from .outcomes import (
    AlreadyComplete,
    Confirmed,
    NotToBePacked,
    OtherPackage,
    PackageNumberScanned,
    ScanOutcome,
    UnknownCode,
)
from .session import ItemStatus, PackingSession

__all__ = [
    "ADVANCED_SHIP_COMMAND",
    "AFTER_PACKING_ACTIONS",
    "SHIP_ACTIONS",
    "DENIAL_REASON_PARAMETER",
    "NOT_PACKABLE_ITEM_STATES",
    "PACKAGE_ITEMS_PARAMETER",
    "PACK_COMMANDS",
    "Action",
    "AlreadyComplete",
    "CommandUnavailable",
    "Confirmed",
    "ItemStatus",
    "KnownPackages",
    "NotToBePacked",
    "OtherPackage",
    "PackageDirectory",
    "PackageNumberScanned",
    "PackageRef",
    "PackingSession",
    "PlannedCommand",
    "ScanOutcome",
    "UnknownCode",
    "active_denial_reasons",
    "clean_scan",
    "command_took_effect",
    "find_command",
    "is_packable",
    "is_valid_gtin",
    "item_keys",
    "normalize",
    "offered_actions",
    "package_number_key",
    "plan_command",
    "ship_action",
    "shippable_item_ids",
    "should_start_preparing",
]

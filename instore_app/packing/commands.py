"""Which OMS command to send for an operator's action, chosen from the package's own
``commands`` (transition ids differ per OMS installation, so none is hard-coded here).

Whether a command took effect (for reconciling) is :mod:`.effects`' job; its functions are
re-exported here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from instore_app.api.models import WAITING, Command, DenialReason, Package

from .items import is_packable

__all__ = [
    "ACTION_COMMANDS",
    "ADVANCED_SHIP_COMMAND",
    "AFTER_PACKING_ACTIONS",
    "CARGO_COMPANY_PARAMETER",
    "DENIAL_REASON_PARAMETER",
    "SHIP_ACTIONS",
    "TRACKING_NUMBER_PARAMETER",
    "INSTORE",
    "PACKAGE_ITEMS_PARAMETER",
    "PACK_COMMANDS",
    "Action",
    "CommandUnavailable",
    "action_of_command",
    "record_took_effect",
    "replan_kwargs",
    "PlannedCommand",
    "active_denial_reasons",
    "command_took_effect",
    "find_command",
    "offered_actions",
    "plan_command",
    "ship_action",
    "shippable_item_ids",
    "should_start_preparing",
]

#: The ui_visibility value of commands meant for store apps.
INSTORE = "instore"

#: The commands that pack a package; the settings pick one (default "COMPLETE_PACKAGING").
PACK_COMMANDS = (
    "COMPLETE_PACKAGING",
    "COMPLETE_PACKAGING_WITHOUT_SHIPMENT",
    "CHANNEL_BASED_COMPLETE_PACKAGING",
)

#: Input parameter listing package item ids (documented for DETECTED_OUT_OF_STOCK_ITEM).
PACKAGE_ITEMS_PARAMETER = "package_items"

#: Input parameter of REFUSE_PACKAGE carrying the chosen package denial reason id. The docs
#: ("Package Refuse with Denial Reason Command") don't spell the parameter out; this is our
#: reading of the name, matching PackageItem.denial_reason. Change it here if the OMS differs.
DENIAL_REASON_PARAMETER = "denial_reason"

#: Advanced Ship's input parameters, as documented: the carrier's tracking number, and the
#: id of a company from GET /api/v1/oms/cargo-company/ (the docs' table says an int).
TRACKING_NUMBER_PARAMETER = "tracking_number"
CARGO_COMPANY_PARAMETER = "cargo_company"

#: The command name of Advanced Ship ("Package Advanced Shipment Command"). The docs give the
#: command's page and body but not its name; this is our reading (the simulator uses it).
#: Change it here if the OMS names it otherwise.
ADVANCED_SHIP_COMMAND = "ADVANCED_SHIP_PACKAGE"


class Action(Enum):
    """What the operator asks for."""

    START_PREPARING = "start_preparing"
    PACK = "pack"
    OUT_OF_STOCK = "out_of_stock"
    REFUSE = "refuse"
    SHIP = "ship"  # handed to the courier, the OMS made the shipment at packing
    ADVANCED_SHIP = "advanced_ship"  # handed to the courier, with tracking number and carrier
    REPACK = "repack"  # Out of Stock / Needs Rescheduling back to Waiting


#: The command name of each action (PACK: the configured one of PACK_COMMANDS).
ACTION_COMMANDS: dict[Action, str] = {
    Action.START_PREPARING: "PKG_STATE_TRANSITION",
    Action.PACK: "COMPLETE_PACKAGING",
    Action.OUT_OF_STOCK: "DETECTED_OUT_OF_STOCK_ITEM",
    Action.REFUSE: "REFUSE_PACKAGE",
    Action.SHIP: "SHIP_PACKAGE",
    Action.ADVANCED_SHIP: ADVANCED_SHIP_COMMAND,
    Action.REPACK: "REPACK_PACKAGE",
}

#: The actions that hand a package to the courier.
SHIP_ACTIONS = frozenset({Action.SHIP, Action.ADVANCED_SHIP})
#: Actions on a package whose packing is over (they do not close journal entries).
AFTER_PACKING_ACTIONS = frozenset({Action.SHIP, Action.ADVANCED_SHIP, Action.REPACK})

_NOT_POSSIBLE = {
    Action.START_PREPARING: "Preparing cannot be started while the package is “{state}”.",
    Action.PACK: "Packing is not possible while the package is “{state}”.",
    Action.OUT_OF_STOCK: (
        "Items cannot be reported out of stock while the package is “{state}”."
    ),
    Action.REFUSE: "The package cannot be refused while it is “{state}”.",
    Action.SHIP: "The package cannot be handed to the courier while it is “{state}”.",
    Action.ADVANCED_SHIP: "The package cannot be handed to the courier while it is “{state}”.",
    Action.REPACK: "The package cannot be repacked while it is “{state}”.",
}


class CommandUnavailable(Exception):
    """The package's commands do not offer `action` in its current state.

    ``str(error)`` is a plain-words English sentence naming the state; the attributes let a
    translated UI say the same: `action`, `state_name`, `state_value` (enum_value),
    `command_name` (what was looked for) and `alternatives` (other pack commands offered,
    when the configured one is not).
    """

    def __init__(
        self,
        action: Action,
        state_name: str,
        state_value: str = "",
        command_name: str = "",
        alternatives: Sequence[str] = (),
    ) -> None:
        self.action = action
        self.state_name = state_name
        self.state_value = state_value
        self.command_name = command_name
        self.alternatives = tuple(alternatives)
        message = _NOT_POSSIBLE[action].format(state=state_name)
        if self.alternatives:
            message += (
                f" The OMS offers {', '.join(self.alternatives)} instead of {command_name};"
                " check the pack command setting."
            )
        super().__init__(message)


@dataclass(frozen=True)
class PlannedCommand:
    """A command to POST to /packages/{package_id}/command/ with `input_parameters`."""

    action: Action
    command: Command
    input_parameters: dict[str, Any] = field(default_factory=dict)
    package_id: int | None = None


def _source_state(package: Package, command: Command) -> int:
    return command.source_state if command.source_state is not None else package.state.id


def find_command(package: Package, name: str) -> Command | None:
    """The command called `name` the package offers from its current state: those whose
    source_state is the package's state id (or None); "instore" ones preferred, then the
    others; ties broken by the lowest id. None when there is none."""
    state_id = package.state.id
    candidates = [
        command
        for command in package.commands
        if command.command == name and command.source_state in (None, state_id)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (INSTORE not in c.ui_visibility, c.id))


def should_start_preparing(package: Package) -> bool:
    """True when the package is Waiting and offers PKG_STATE_TRANSITION (opening it should
    move it to Preparing). PKG_STATE_TRANSITION from any other state is not ours to send."""
    return (
        package.state.enum_value == WAITING
        and find_command(package, ACTION_COMMANDS[Action.START_PREPARING]) is not None
    )


def _command_name(action: Action, pack_command: str) -> str:
    if action is Action.PACK:
        if pack_command not in PACK_COMMANDS:
            raise ValueError(f"{pack_command!r} is not one of {', '.join(PACK_COMMANDS)}")
        return pack_command
    return ACTION_COMMANDS[action]


def offered_actions(
    package: Package, *, pack_command: str = "COMPLETE_PACKAGING"
) -> frozenset[Action]:
    """The actions plan_command would accept for `package` now (for enabling buttons)."""
    offered: set[Action] = set()
    for action in Action:
        if action is Action.START_PREPARING:
            if should_start_preparing(package):
                offered.add(action)
        elif find_command(package, _command_name(action, pack_command)) is not None:
            offered.add(action)
    return frozenset(offered)


def _checked_item_ids(package: Package, package_item_ids: Iterable[int]) -> list[int]:
    known = {item.id for item in package.packageitem_set}
    ids = list(dict.fromkeys(package_item_ids))  # repeats dropped, order kept
    if not ids:
        raise ValueError("no package items given")
    unknown = [item_id for item_id in ids if item_id not in known]
    if unknown:
        raise ValueError(f"package {package.id} has no items {unknown}")
    return ids


def plan_command(
    package: Package,
    action: Action,
    *,
    pack_command: str = "COMPLETE_PACKAGING",
    package_item_ids: Iterable[int] | None = None,
    denial_reason_id: int | None = None,
    tracking_number: str | None = None,
    cargo_company_id: int | None = None,
) -> PlannedCommand:
    """The command to send for `action` on `package`, with its input parameters.

    * START_PREPARING: PKG_STATE_TRANSITION, only while the package is Waiting ("100").
    * PACK: exactly `pack_command` (one of PACK_COMMANDS); another pack command being offered
      does not count (it is named in the error instead).
    * OUT_OF_STOCK: DETECTED_OUT_OF_STOCK_ITEM with ``{"package_items": ids}``; the ids must
      be non-empty and all items of the package (ValueError otherwise).
    * REFUSE: REFUSE_PACKAGE with ``{DENIAL_REASON_PARAMETER: denial_reason_id}`` (required).
    * SHIP: SHIP_PACKAGE with ``{"package_items": ids}``: every item to ship
      (:func:`shippable_item_ids`) unless `package_item_ids` are given; never empty.
    * ADVANCED_SHIP: ADVANCED_SHIP_COMMAND with ``{"tracking_number": tracking_number,
      "cargo_company": cargo_company_id}`` (both required; the number is sent trimmed).
    * REPACK: REPACK_PACKAGE with ``{}``.

    For the other actions, given `package_item_ids` are checked and sent as package_items;
    when the chosen command says ``is_packageitem_parameter_required`` and none are given,
    the ids of the packable items are sent.

    Raises CommandUnavailable when the package's commands don't offer the action now.
    """
    if not isinstance(action, Action):
        raise TypeError(f"not an Action: {action!r}")
    name = _command_name(action, pack_command)
    item_ids = None if package_item_ids is None else _checked_item_ids(package, package_item_ids)
    parameters: dict[str, Any] = {}
    if action is Action.OUT_OF_STOCK and item_ids is None:
        raise ValueError("reporting out of stock needs the package items that are missing")
    if action is Action.REFUSE:
        if isinstance(denial_reason_id, bool) or not isinstance(denial_reason_id, int):
            raise ValueError("refusing a package needs a denial reason id")
        parameters[DENIAL_REASON_PARAMETER] = denial_reason_id
    if action is Action.ADVANCED_SHIP:
        parameters.update(_advanced_ship_parameters(tracking_number, cargo_company_id))
    if action is Action.SHIP and item_ids is None:
        item_ids = shippable_item_ids(package)
        if not item_ids:
            raise ValueError(f"package {package.id} has no items to ship")

    command = find_command(package, name)
    if action is Action.START_PREPARING and package.state.enum_value != WAITING:
        command = None
    if command is None:
        alternatives: list[str] = []
        if action is Action.PACK:
            alternatives = [
                other
                for other in PACK_COMMANDS
                if other != name and find_command(package, other) is not None
            ]
        raise CommandUnavailable(
            action,
            package.state.display_name("en"),
            package.state.enum_value,
            name,
            alternatives,
        )

    if item_ids is None and command.is_packageitem_parameter_required:
        item_ids = shippable_item_ids(package)
    if item_ids is not None:
        parameters[PACKAGE_ITEMS_PARAMETER] = item_ids
    return PlannedCommand(action, command, parameters, package.id)


def active_denial_reasons(reasons: Iterable[DenialReason]) -> list[DenialReason]:
    """The active reasons, by priority (ascending), then title (case-insensitive), then id."""
    return sorted(
        (reason for reason in reasons if reason.is_active),
        key=lambda r: (r.priority, r.title.casefold(), r.id),
    )


def shippable_item_ids(package: Package) -> list[int]:
    """The ids of the package's items that go with it: every item but the cancelled,
    delivered and out-of-stock ones (:func:`~.items.is_packable`), in the package's order."""
    return [item.id for item in package.packageitem_set if is_packable(item)]


def ship_action(package: Package) -> Action | None:
    """The command that hands `package` to the courier, from its own ``commands``: SHIP when
    it offers SHIP_PACKAGE (the OMS made its shipment when it was packed), ADVANCED_SHIP when
    it offers Advanced Ship instead (packed without shipment), None when it offers neither."""
    for action in (Action.SHIP, Action.ADVANCED_SHIP):
        if find_command(package, ACTION_COMMANDS[action]) is not None:
            return action
    return None


def _advanced_ship_parameters(tracking_number: str | None, cargo_company_id: int | None) -> dict[str, Any]:
    if not isinstance(tracking_number, str) or not tracking_number.strip():
        raise ValueError("Advanced Ship needs the carrier's tracking number")
    if isinstance(cargo_company_id, bool) or not isinstance(cargo_company_id, int) or cargo_company_id < 1:
        raise ValueError("Advanced Ship needs the cargo company's id")
    return {TRACKING_NUMBER_PARAMETER: tracking_number.strip(), CARGO_COMPANY_PARAMETER: cargo_company_id}


from .effects import (  # noqa: E402  (they use the vocabulary above)
    action_of_command,
    command_took_effect,
    record_took_effect,
    replan_kwargs,
)

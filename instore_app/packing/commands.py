"""Which OMS command to send for an operator's action, chosen from the package's own
``commands`` (transition ids differ per OMS installation, so none is hard-coded here)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from instore_app.api.models import (
    DELIVERED,
    PACKED,
    PREPARING,
    WAITING,
    Command,
    DenialReason,
    Package,
)

from .items import is_packable

__all__ = [
    "ACTION_COMMANDS",
    "DENIAL_REASON_PARAMETER",
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


class Action(Enum):
    """What the operator asks for."""

    START_PREPARING = "start_preparing"
    PACK = "pack"
    OUT_OF_STOCK = "out_of_stock"
    REFUSE = "refuse"


#: The command name of each action (PACK: the configured one of PACK_COMMANDS).
ACTION_COMMANDS: dict[Action, str] = {
    Action.START_PREPARING: "PKG_STATE_TRANSITION",
    Action.PACK: "COMPLETE_PACKAGING",
    Action.OUT_OF_STOCK: "DETECTED_OUT_OF_STOCK_ITEM",
    Action.REFUSE: "REFUSE_PACKAGE",
}

_NOT_POSSIBLE = {
    Action.START_PREPARING: "Preparing cannot be started while the package is “{state}”.",
    Action.PACK: "Packing is not possible while the package is “{state}”.",
    Action.OUT_OF_STOCK: (
        "Items cannot be reported out of stock while the package is “{state}”."
    ),
    Action.REFUSE: "The package cannot be refused while it is “{state}”.",
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
    offered = set()
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
) -> PlannedCommand:
    """The command to send for `action` on `package`, with its input parameters.

    * START_PREPARING: PKG_STATE_TRANSITION, only while the package is Waiting ("100").
    * PACK: exactly `pack_command` (one of PACK_COMMANDS); another pack command being offered
      does not count (it is named in the error instead).
    * OUT_OF_STOCK: DETECTED_OUT_OF_STOCK_ITEM with ``{"package_items": ids}``; the ids must
      be non-empty and all items of the package (ValueError otherwise).
    * REFUSE: REFUSE_PACKAGE with ``{DENIAL_REASON_PARAMETER: denial_reason_id}`` (required).

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
        item_ids = [item.id for item in package.packageitem_set if is_packable(item)]
    if item_ids is not None:
        parameters[PACKAGE_ITEMS_PARAMETER] = item_ids
    return PlannedCommand(action, command, parameters, package.id)


def active_denial_reasons(reasons: Iterable[DenialReason]) -> list[DenialReason]:
    """The active reasons, by priority (ascending), then title (case-insensitive), then id."""
    return sorted(
        (reason for reason in reasons if reason.is_active),
        key=lambda r: (r.priority, r.title.casefold(), r.id),
    )


#: Package states (enum_value) that only packing leads into from an open state.
_PACKED_STATES = frozenset({PACKED, DELIVERED})


def _denial_reason_id(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("id", value.get("pk"))
    return value


def command_took_effect(before: Package, after: Package, planned: PlannedCommand) -> bool | None:
    """Did `planned` apply? For reconciling after a failure whose outcome is unknown (timeout,
    dropped connection, 5xx), from the package read before sending and read again after.

    The rule, in order (S = the command's source state, or ``before``'s state when the
    command has none; D = its destination state):

    1. ``after``'s state is D (and D is not S): True.
    2. ``after`` is still in S: False when ``after`` still offers the same command (same
       transition id) and the command does not lead back to S (D != S), so sending it again
       is safe; otherwise None.
    3. ``after`` is in another state. True when the change is one only this action explains:
       PACK and the state is Packed ("500") or Delivered ("800"); START_PREPARING and the
       state is Preparing ("200"); OUT_OF_STOCK and every reported item has left the package
       or is no longer packable (NOT_PACKABLE_ITEM_STATES); REFUSE and an item now carries
       the denial reason sent. (If another station did the same thing, the effect is there
       all the same: don't send it again.)
    4. Anything else: None (unknown; ask the operator, never re-send blindly).

    ValueError when `before` and `after` are different packages.
    """
    if before.id != after.id:
        raise ValueError(f"package {after.id} is not package {before.id}")
    command = planned.command
    source = _source_state(before, command)
    destination = command.destination_state
    state = after.state
    if destination is not None and destination != source and state.id == destination:
        return True
    if state.id == source:
        if destination != source and any(offered.id == command.id for offered in after.commands):
            return False
        return None

    if _effect_visible(planned.action, after, planned.input_parameters):
        return True
    return None


def action_of_command(name: str) -> Action | None:
    """The action a command name stands for (any of PACK_COMMANDS is PACK), or None."""
    if name in PACK_COMMANDS:
        return Action.PACK
    for action, command in ACTION_COMMANDS.items():
        if command == name:
            return action
    return None


def _effect_visible(action: Action, after: Package, parameters: dict[str, Any]) -> bool:
    """The change in `after` that only `action` explains (rule 3 of command_took_effect)."""
    state = after.state.enum_value
    if action is Action.PACK:
        return state in _PACKED_STATES
    if action is Action.START_PREPARING:
        return state == PREPARING
    if action is Action.OUT_OF_STOCK:
        reported = parameters.get(PACKAGE_ITEMS_PARAMETER) or []
        items = {item.id: item for item in after.packageitem_set}
        return bool(reported) and all(
            item_id not in items or not is_packable(items[item_id]) for item_id in reported
        )
    reason = parameters.get(DENIAL_REASON_PARAMETER)
    return reason is not None and any(
        _denial_reason_id(item.denial_reason) == reason for item in after.packageitem_set
    )


def record_took_effect(
    command_name: str, transition_id: int | None, parameters: dict[str, Any], after: Package
) -> bool | None:
    """Did a journalled command apply, judged from the package read now (no "before" package:
    the app stopped while the command was on its way)? True when `after` shows the change only
    that command explains; False when `after` still offers the same transition (so it can still
    be sent, and was not applied); None otherwise."""
    action = action_of_command(command_name)
    if action is None:
        return None
    if _effect_visible(action, after, parameters):
        return True
    if transition_id is not None and any(
        command.id == transition_id and command.source_state in (None, after.state.id)
        for command in after.commands
    ):
        return False
    return None


def replan_kwargs(planned: PlannedCommand, pack_command: str) -> dict[str, object]:
    """The plan_command keyword arguments that plan `planned`'s action again."""
    params = planned.input_parameters
    if planned.action is Action.PACK:
        return {"pack_command": planned.command.command or pack_command}
    if planned.action is Action.OUT_OF_STOCK:
        return {"package_item_ids": params.get(PACKAGE_ITEMS_PARAMETER, [])}
    if planned.action is Action.REFUSE:
        return {"denial_reason_id": params.get(DENIAL_REASON_PARAMETER)}
    return {}

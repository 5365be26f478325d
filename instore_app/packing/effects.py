"""Did a command take effect? Judged from the package read again (reconciling after a
failure whose outcome is unknown, or after a restart). Pure functions, no Qt."""

from __future__ import annotations

from typing import Any

from instore_app.api.models import DELIVERED, PACKED, PREPARING, SHIPPED, WAITING, Package

from .commands import (
    ACTION_COMMANDS,
    CARGO_COMPANY_PARAMETER,
    DENIAL_REASON_PARAMETER,
    PACK_COMMANDS,
    PACKAGE_ITEMS_PARAMETER,
    SHIP_ACTIONS,
    TRACKING_NUMBER_PARAMETER,
    Action,
    PlannedCommand,
    _source_state,
)
from .items import is_packable

__all__ = ["action_of_command", "command_took_effect", "record_took_effect", "replan_kwargs"]

#: Package states (enum_value) that only packing leads into from an open state.
_PACKED_STATES = frozenset({PACKED, DELIVERED})
#: Package states (enum_value) that only shipping leads into from Packed.
_SHIPPED_STATES = frozenset({SHIPPED, DELIVERED})


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
       the denial reason sent; SHIP and ADVANCED_SHIP and the state is Shipped ("600") or
       Delivered ("800"); REPACK and the state is Waiting ("100"). (If another station did
       the same thing, the effect is there all the same: don't send it again.)
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
    if action in SHIP_ACTIONS:
        return state in _SHIPPED_STATES
    if action is Action.REPACK:
        return state == WAITING
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
    if planned.action is Action.ADVANCED_SHIP:
        return {
            "tracking_number": params.get(TRACKING_NUMBER_PARAMETER),
            "cargo_company_id": params.get(CARGO_COMPANY_PARAMETER),
        }
    return {}  # SHIP: every item to ship, read again from the fresh package; REPACK: {}

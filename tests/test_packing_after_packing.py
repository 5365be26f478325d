"""Ship, Advanced Ship and Repack in the packing logic: which command, which body, and the
rules that tell after a failure whether they took effect (instore_app.packing)."""

from __future__ import annotations

import pytest

from instore_app.packing import Action, CommandUnavailable, plan_command, ship_action, shippable_item_ids
from instore_app.packing.commands import AFTER_PACKING_ACTIONS, SHIP_ACTIONS, action_of_command, replan_kwargs
from instore_app.packing.effects import command_took_effect, record_took_effect

from .packing_factories import command, item, package, product, state_dict

SHIRT = product(1, "AKN-1001", "4006381333931", "T-Shirt")
PACKED_ID, SHIPPED_ID, WAITING_ID, OOS_ID, RESCHEDULE_ID = 40, 39, 35, 51, 52
ITEMS = [item(11, SHIRT, state="100"), item(12, SHIRT, state="100"), item(13, SHIRT, state="600")]
SHIP = command(501, "SHIP_PACKAGE", PACKED_ID, SHIPPED_ID, visibility=["oms_web"], items_required=True)
ADVANCED = command(502, "ADVANCED_SHIP_PACKAGE", PACKED_ID, SHIPPED_ID)
REPACK = command(610, "REPACK_PACKAGE", OOS_ID, WAITING_ID, visibility=["oms_web"])


def packed(commands, items=ITEMS):
    return package(1, "P-0001", state="500", items=items, commands=commands)


def shipped(commands=(), state_id=SHIPPED_ID, value="600"):
    data = {"id": state_id, "name": "Shipped", "enum_class": "PackageStatus", "enum_value": value}
    return package(1, "P-0001", state=data, items=ITEMS, commands=commands)


def out_of_stock(commands=(REPACK,)):
    return package(1, "P-0001", state="920", items=ITEMS, commands=commands)


def test_ship_sends_every_item_to_ship():
    planned = plan_command(packed([SHIP]), Action.SHIP)
    assert planned.command.id == 501
    assert planned.input_parameters == {"package_items": [11, 12]}  # the cancelled one stays out
    assert shippable_item_ids(packed([SHIP])) == [11, 12]
    assert plan_command(packed([SHIP]), Action.SHIP, package_item_ids=[12]).input_parameters == {"package_items": [12]}


def test_ship_without_items_to_ship_is_refused():
    with pytest.raises(ValueError, match="no items to ship"):
        plan_command(packed([SHIP], items=[item(13, SHIRT, state="600")]), Action.SHIP)


def test_advanced_ship_sends_tracking_number_and_cargo_company_id():
    planned = plan_command(packed([ADVANCED]), Action.ADVANCED_SHIP, tracking_number=" 123 ", cargo_company_id=728)
    assert planned.command.id == 502
    assert planned.input_parameters == {"tracking_number": "123", "cargo_company": 728}


@pytest.mark.parametrize(
    "tracking, company",
    [(None, 728), ("", 728), ("  ", 728), ("123", None), ("123", True), ("123", 0), ("123", "728")],
)
def test_advanced_ship_needs_both(tracking, company):
    with pytest.raises(ValueError):
        plan_command(packed([ADVANCED]), Action.ADVANCED_SHIP, tracking_number=tracking, cargo_company_id=company)


def test_repack_sends_nothing_but_the_command():
    planned = plan_command(out_of_stock(), Action.REPACK)
    assert (planned.command.id, planned.input_parameters) == (610, {})


def test_commands_not_offered_are_refused_with_the_state():
    with pytest.raises(CommandUnavailable) as error:
        plan_command(packed([ADVANCED]), Action.SHIP)
    assert error.value.action is Action.SHIP and error.value.state_name == "Packed"
    assert "courier" in str(error.value)
    with pytest.raises(CommandUnavailable, match="repacked"):
        plan_command(packed([SHIP]), Action.REPACK)


def test_ship_action_is_read_from_the_package_commands():
    assert ship_action(packed([SHIP])) is Action.SHIP
    assert ship_action(packed([ADVANCED])) is Action.ADVANCED_SHIP
    assert ship_action(packed([SHIP, ADVANCED])) is Action.SHIP
    assert ship_action(packed([])) is None
    other_state = command(501, "SHIP_PACKAGE", 99, SHIPPED_ID)
    assert ship_action(packed([other_state])) is None  # offered from another state: not now


def test_action_sets():
    assert {Action.SHIP, Action.ADVANCED_SHIP} == SHIP_ACTIONS
    assert SHIP_ACTIONS | {Action.REPACK} == AFTER_PACKING_ACTIONS
    assert action_of_command("SHIP_PACKAGE") is Action.SHIP
    assert action_of_command("ADVANCED_SHIP_PACKAGE") is Action.ADVANCED_SHIP
    assert action_of_command("REPACK_PACKAGE") is Action.REPACK


# -- took effect? --------------------------------------------------------------------------


@pytest.mark.parametrize("action, commands", [(Action.SHIP, [SHIP]), (Action.ADVANCED_SHIP, [ADVANCED])])
def test_ship_took_effect_when_shipped_or_delivered(action, commands):
    before = packed(commands)
    kwargs = {"tracking_number": "1", "cargo_company_id": 5} if action is Action.ADVANCED_SHIP else {}
    planned = plan_command(before, action, **kwargs)
    assert command_took_effect(before, shipped(), planned) is True
    assert command_took_effect(before, shipped(state_id=77), planned) is True  # Shipped by enum value
    assert command_took_effect(before, shipped(state_id=47, value="800"), planned) is True
    assert command_took_effect(before, packed(commands), planned) is False  # still offered: safe to send
    assert command_took_effect(before, packed([]), planned) is None
    cancelled = package(1, "P-0001", state=state_dict("900"), items=ITEMS)
    assert command_took_effect(before, cancelled, planned) is None


def test_repack_took_effect_when_waiting_again():
    before = out_of_stock()
    planned = plan_command(before, Action.REPACK)
    waiting = package(1, "P-0001", state=state_dict("100", id=99), items=ITEMS)
    assert command_took_effect(before, waiting, planned) is True
    assert command_took_effect(before, out_of_stock(), planned) is False
    preparing = package(1, "P-0001", state=state_dict("200"), items=ITEMS)
    assert command_took_effect(before, preparing, planned) is None


def test_a_journalled_ship_command_is_judged_from_the_package_now():
    params = {"package_items": [11, 12]}
    assert record_took_effect("SHIP_PACKAGE", 501, params, shipped()) is True
    assert record_took_effect("SHIP_PACKAGE", 501, params, packed([SHIP])) is False
    assert record_took_effect("SHIP_PACKAGE", 501, params, packed([ADVANCED])) is None
    assert record_took_effect("ADVANCED_SHIP_PACKAGE", None, {}, shipped()) is True
    assert record_took_effect("REPACK_PACKAGE", 610, {}, out_of_stock()) is False


def test_replanning_keeps_what_the_action_needs():
    advanced = plan_command(packed([ADVANCED]), Action.ADVANCED_SHIP, tracking_number="9", cargo_company_id=7)
    assert replan_kwargs(advanced, "COMPLETE_PACKAGING") == {"tracking_number": "9", "cargo_company_id": 7}
    assert replan_kwargs(plan_command(packed([SHIP]), Action.SHIP), "COMPLETE_PACKAGING") == {}
    assert replan_kwargs(plan_command(out_of_stock(), Action.REPACK), "COMPLETE_PACKAGING") == {}

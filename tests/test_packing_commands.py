"""Choosing the OMS command for an action (instore_app.packing.commands)."""

from __future__ import annotations

import pytest
from .packing_factories import command, item, package, product, state_dict

from instore_app.api.models import DenialReason
from instore_app.packing import (
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
    should_start_preparing,
)

SHIRT = product(1, "AKN-1001", "4006381333931", "T-Shirt")
ITEMS = [item(11, SHIRT), item(12, SHIRT), item(13, SHIRT, state="600")]
WAITING, PREPARING, PACKED_ID, NEEDS_REPLAN, OOS = 35, 34, 40, 53, 51

# The command list of the documentation's Waiting package (state id 35).
DOC_COMMANDS = [
    command(166, "REFUSE_PACKAGE", WAITING, NEEDS_REPLAN, visibility=["oms_web"]),
    command(199, "PREPARE_PACKAGE_COMMAND", WAITING, PREPARING, visibility=["oms_web"]),
    command(138, "PKG_STATE_TRANSITION", WAITING, PREPARING),
    command(
        430, "DETECTED_OUT_OF_STOCK_ITEM", WAITING, OOS, visibility=["oms_web"], items_required=True
    ),
    command(232, "COMPLETE_PACKAGING_WITHOUT_SHIPMENT", WAITING, PACKED_ID),
    command(3, "COMPLETE_PACKAGING", WAITING, PACKED_ID),
    command(331, "CHANNEL_BASED_COMPLETE_PACKAGING", WAITING, PACKED_ID),
]


def waiting(commands=DOC_COMMANDS, items=ITEMS):
    return package(1, "P-0001", state="100", items=items, commands=commands)


def preparing(commands, items=ITEMS):
    return package(1, "P-0001", state="200", items=items, commands=commands)


# --- selection -------------------------------------------------------------------------------


def test_pack_uses_complete_packaging_by_default():
    planned = plan_command(waiting(), Action.PACK)
    assert planned == PlannedCommand(Action.PACK, planned.command, {}, 1)
    assert (planned.command.id, planned.command.command) == (3, "COMPLETE_PACKAGING")


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [("COMPLETE_PACKAGING_WITHOUT_SHIPMENT", 232), ("CHANNEL_BASED_COMPLETE_PACKAGING", 331)],
)
def test_pack_uses_the_configured_pack_command(name, expected_id):
    assert plan_command(waiting(), Action.PACK, pack_command=name).command.id == expected_id


def test_pack_command_must_be_a_pack_command():
    assert "PKG_STATE_TRANSITION" not in PACK_COMMANDS
    with pytest.raises(ValueError):
        plan_command(waiting(), Action.PACK, pack_command="PKG_STATE_TRANSITION")


def test_pack_preference_is_strict_and_names_the_alternatives():
    pkg = waiting([command(331, "CHANNEL_BASED_COMPLETE_PACKAGING", WAITING, PACKED_ID)])
    with pytest.raises(CommandUnavailable) as caught:
        plan_command(pkg, Action.PACK)
    error = caught.value
    assert error.action is Action.PACK
    assert error.command_name == "COMPLETE_PACKAGING"
    assert error.alternatives == ("CHANNEL_BASED_COMPLETE_PACKAGING",)
    assert str(error).startswith("Packing is not possible while the package is “Waiting”.")
    assert "CHANNEL_BASED_COMPLETE_PACKAGING" in str(error)


def test_instore_commands_are_preferred_over_lower_ids():
    pkg = preparing(
        [
            command(5, "COMPLETE_PACKAGING", PREPARING, PACKED_ID, visibility=["oms_web"]),
            command(9, "COMPLETE_PACKAGING", PREPARING, PACKED_ID, visibility=["instore"]),
        ]
    )
    assert plan_command(pkg, Action.PACK).command.id == 9


def test_ties_go_to_the_lowest_id():
    pkg = preparing(
        [
            command(12, "COMPLETE_PACKAGING", PREPARING, PACKED_ID, visibility=["instore"]),
            command(7, "COMPLETE_PACKAGING", PREPARING, PACKED_ID, visibility=["instore"]),
            command(2, "COMPLETE_PACKAGING", PREPARING, PACKED_ID, visibility=["oms_web"]),
        ]
    )
    assert plan_command(pkg, Action.PACK).command.id == 7


def test_falls_back_to_commands_not_marked_instore():
    planned = plan_command(waiting(), Action.REFUSE, denial_reason_id=34)
    assert planned.command.id == 166
    assert planned.command.ui_visibility == ["oms_web"]


def test_commands_from_another_source_state_are_ignored():
    pkg = preparing([command(3, "COMPLETE_PACKAGING", WAITING, PACKED_ID)])
    assert find_command(pkg, "COMPLETE_PACKAGING") is None
    with pytest.raises(CommandUnavailable):
        plan_command(pkg, Action.PACK)


def test_command_without_source_state_is_accepted():
    pkg = preparing([command(3, "COMPLETE_PACKAGING", None, PACKED_ID)])
    assert plan_command(pkg, Action.PACK).command.id == 3


def test_no_ids_are_hard_coded():
    pkg = preparing([command(98765, "COMPLETE_PACKAGING", PREPARING, 777)])
    assert plan_command(pkg, Action.PACK).command.id == 98765


# --- unavailable --------------------------------------------------------------------------------


def test_unavailable_message_names_the_state():
    packed = package(1, "P-0001", state="500", items=ITEMS, commands=[])
    with pytest.raises(CommandUnavailable) as caught:
        plan_command(packed, Action.PACK)
    assert str(caught.value) == "Packing is not possible while the package is “Packed”."
    assert (caught.value.state_name, caught.value.state_value) == ("Packed", "500")
    assert caught.value.alternatives == ()


def test_unavailable_message_uses_the_english_state_name():
    state = state_dict(
        "200",
        name="Hazırlanıyor",
        translations={"en-us": {"name": "Preparing"}, "tr-tr": {"name": "Hazırlanıyor"}},
    )
    pkg = package(1, "P-0001", state=state, commands=[])
    with pytest.raises(CommandUnavailable, match="while it is “Preparing”"):
        plan_command(pkg, Action.REFUSE, denial_reason_id=1)


@pytest.mark.parametrize(
    ("action", "kwargs", "sentence"),
    [
        (
            Action.START_PREPARING,
            {},
            "Preparing cannot be started while the package is “Packed”.",
        ),
        (
            Action.OUT_OF_STOCK,
            {"package_item_ids": [11]},
            "Items cannot be reported out of stock while the package is “Packed”.",
        ),
        (
            Action.REFUSE,
            {"denial_reason_id": 1},
            "The package cannot be refused while it is “Packed”.",
        ),
    ],
)
def test_every_action_has_a_plain_message(action, kwargs, sentence):
    packed = package(1, "P-0001", state="500", items=ITEMS, commands=[])
    with pytest.raises(CommandUnavailable) as caught:
        plan_command(packed, action, **kwargs)
    assert str(caught.value) == sentence


# --- start preparing -----------------------------------------------------------------------------


def test_start_preparing_from_waiting():
    pkg = waiting()
    assert should_start_preparing(pkg)
    planned = plan_command(pkg, Action.START_PREPARING)
    assert (planned.command.id, planned.command.command) == (138, "PKG_STATE_TRANSITION")
    assert planned.input_parameters == {}


def test_state_transition_from_another_state_is_not_start_preparing():
    pkg = preparing([command(140, "PKG_STATE_TRANSITION", PREPARING, 36)])
    assert find_command(pkg, "PKG_STATE_TRANSITION") is not None
    assert not should_start_preparing(pkg)
    with pytest.raises(CommandUnavailable, match="Preparing cannot be started"):
        plan_command(pkg, Action.START_PREPARING)


def test_waiting_without_state_transition():
    pkg = waiting([command(3, "COMPLETE_PACKAGING", WAITING, PACKED_ID)])
    assert not should_start_preparing(pkg)
    with pytest.raises(CommandUnavailable):
        plan_command(pkg, Action.START_PREPARING)


def test_offered_actions():
    assert offered_actions(waiting()) == {Action.START_PREPARING, Action.PACK, Action.OUT_OF_STOCK, Action.REFUSE}
    pkg = preparing([command(3, "COMPLETE_PACKAGING", PREPARING, PACKED_ID),
                     command(140, "PKG_STATE_TRANSITION", PREPARING, 36)])  # fmt: skip
    assert offered_actions(pkg) == {Action.PACK}
    assert offered_actions(pkg, pack_command="CHANNEL_BASED_COMPLETE_PACKAGING") == frozenset()


# --- input parameters --------------------------------------------------------------------------


def test_out_of_stock_sends_the_package_items():
    planned = plan_command(waiting(), Action.OUT_OF_STOCK, package_item_ids=[12, 11, 12])
    assert planned.command.command == "DETECTED_OUT_OF_STOCK_ITEM"
    assert planned.input_parameters == {PACKAGE_ITEMS_PARAMETER: [12, 11]}
    assert PACKAGE_ITEMS_PARAMETER == "package_items"


@pytest.mark.parametrize("ids", [None, [], [11, 999]])
def test_out_of_stock_needs_items_of_the_package(ids):
    with pytest.raises(ValueError):
        plan_command(waiting(), Action.OUT_OF_STOCK, package_item_ids=ids)


def test_refuse_sends_the_denial_reason():
    planned = plan_command(waiting(), Action.REFUSE, denial_reason_id=34)
    assert planned.command.command == "REFUSE_PACKAGE"
    assert planned.input_parameters == {DENIAL_REASON_PARAMETER: 34}
    assert DENIAL_REASON_PARAMETER == "denial_reason"


@pytest.mark.parametrize("reason", [None, True, "34"])
def test_refuse_needs_a_denial_reason_id(reason):
    with pytest.raises(ValueError):
        plan_command(waiting(), Action.REFUSE, denial_reason_id=reason)


def test_pack_command_that_requires_items_gets_the_packable_ones():
    pkg = preparing([command(3, "COMPLETE_PACKAGING", PREPARING, PACKED_ID, items_required=True)])
    assert plan_command(pkg, Action.PACK).input_parameters == {PACKAGE_ITEMS_PARAMETER: [11, 12]}
    given = plan_command(pkg, Action.PACK, package_item_ids=[11])
    assert given.input_parameters == {PACKAGE_ITEMS_PARAMETER: [11]}


def test_action_must_be_an_action():
    with pytest.raises(TypeError):
        plan_command(waiting(), "pack")


# --- denial reasons -------------------------------------------------------------------------------


def test_active_denial_reasons_order():
    reasons = [
        DenialReason(id=34, title="Urun Eksik", priority=1),
        DenialReason(id=67, title="hatalı ürün", priority=1),
        DenialReason(id=1, title="Test", priority=1, is_active=False),
        DenialReason(id=5, title="Zarar görmüş", priority=0),
        DenialReason(id=2, title="urun eksik", priority=1),
    ]
    assert [r.id for r in active_denial_reasons(reasons)] == [5, 67, 2, 34]
    assert active_denial_reasons([]) == []


# --- reconciliation -----------------------------------------------------------------------------


def _after(state="100", commands=DOC_COMMANDS, items=ITEMS, state_id=None):
    data = state_dict(state)
    if state_id is not None:
        data["id"] = state_id
    return package(1, "P-0001", state=data, items=items, commands=commands)


def test_took_effect_when_destination_reached():
    before = waiting()
    planned = plan_command(before, Action.PACK)
    assert command_took_effect(before, _after("500", commands=[]), planned) is True


def test_did_not_take_effect_when_still_in_source_and_still_offered():
    before = waiting()
    planned = plan_command(before, Action.PACK)
    assert command_took_effect(before, _after("100"), planned) is False


def test_unknown_when_still_in_source_but_command_gone():
    before = waiting()
    planned = plan_command(before, Action.PACK)
    assert command_took_effect(before, _after("100", commands=[]), planned) is None


def test_pack_explained_by_a_packed_or_later_state():
    before = waiting()
    planned = plan_command(before, Action.PACK)
    # Another state id than the command's destination, but Packed/Delivered by enum value.
    assert command_took_effect(before, _after("500", commands=[], state_id=41), planned) is True
    assert command_took_effect(before, _after("800", commands=[]), planned) is True


def test_unexplained_state_change_is_unknown():
    before = waiting()
    planned = plan_command(before, Action.PACK)
    assert command_took_effect(before, _after("900", commands=[]), planned) is None
    start = plan_command(before, Action.START_PREPARING)
    assert command_took_effect(before, _after("500", commands=[]), start) is None


def test_start_preparing_explained_by_preparing():
    before = waiting()
    planned = plan_command(before, Action.START_PREPARING)
    assert command_took_effect(before, _after("200", commands=[]), planned) is True
    assert command_took_effect(before, _after("200", state_id=99, commands=[]), planned) is True


def test_out_of_stock_explained_by_the_items():
    before = waiting()
    planned = plan_command(before, Action.OUT_OF_STOCK, package_item_ids=[12])
    moved = [item(11, SHIRT), item(13, SHIRT, state="600")]  # item 12 left the package
    assert command_took_effect(before, _after("200", items=moved, commands=[]), planned) is True
    marked = [item(11, SHIRT), item(12, SHIRT, state="920"), item(13, SHIRT, state="600")]
    assert command_took_effect(before, _after("200", items=marked, commands=[]), planned) is True
    assert command_took_effect(before, _after("200", items=ITEMS, commands=[]), planned) is None
    # Item 12 only moved on to Preparing (someone started the package): not our doing.
    started = [
        item(11, SHIRT, state="250"),
        item(12, SHIRT, state="250"),
        item(13, SHIRT, state="600"),
    ]
    assert command_took_effect(before, _after("200", items=started, commands=[]), planned) is None
    assert command_took_effect(before, _after("920", commands=[]), planned) is True  # id 51


@pytest.mark.parametrize("reason", [34, {"id": 34, "title": "Urun Eksik"}])
def test_refuse_explained_by_the_denial_reason(reason):
    before = waiting()
    planned = plan_command(before, Action.REFUSE, denial_reason_id=34)
    refused = [item(11, SHIRT, denial_reason=reason), item(12, SHIRT), item(13, SHIRT, state="600")]
    assert command_took_effect(before, _after("900", items=refused, commands=[]), planned) is True
    other = [item(11, SHIRT, denial_reason=35), item(12, SHIRT), item(13, SHIRT, state="600")]
    assert command_took_effect(before, _after("900", items=other, commands=[]), planned) is None


def test_source_state_none_uses_the_state_before():
    before = preparing([command(3, "COMPLETE_PACKAGING", None, PACKED_ID)])
    planned = plan_command(before, Action.PACK)
    still = preparing([command(3, "COMPLETE_PACKAGING", None, PACKED_ID)])
    assert command_took_effect(before, still, planned) is False
    assert command_took_effect(before, _after("500", commands=[]), planned) is True


def test_self_transition_is_never_proof():
    before = preparing([command(3, "COMPLETE_PACKAGING", PREPARING, PREPARING)])
    planned = plan_command(before, Action.PACK)
    assert command_took_effect(before, preparing([]), planned) is None
    offered_again = preparing([command(3, "COMPLETE_PACKAGING", PREPARING, PREPARING)])
    assert command_took_effect(before, offered_again, planned) is None


def test_took_effect_refuses_different_packages():
    before = waiting()
    planned = plan_command(before, Action.PACK)
    with pytest.raises(ValueError):
        command_took_effect(before, package(2, "P-0002", state="500"), planned)

"""PackingSession and KnownPackages (instore_app.packing.session, .directory)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from .packing_factories import item, package, product

from instore_app.packing import (
    NOT_PACKABLE_ITEM_STATES,
    AlreadyComplete,
    Confirmed,
    ItemStatus,
    KnownPackages,
    NotToBePacked,
    OtherPackage,
    PackageDirectory,
    PackageNumberScanned,
    PackageRef,
    PackingSession,
    UnknownCode,
    is_packable,
)

EAN_SHIRT = "4006381333931"
UPC_CAP = "012345678905"
GS = "\x1d"

SHIRT = product(1, "AKN-1001", EAN_SHIRT, "T-Shirt")
CAP = product(2, "AKN-2002", None, "Cap")  # no barcode: scanned by SKU
MUG = product(3, "AKN-3003", None, "Mug")
SOCKS = product(4, "AKN-4004", "0" + UPC_CAP, "Socks")  # EAN-13 of a UPC-A


def two_shirts_and_a_cap(**kwargs):
    return package(
        1,
        "P-0001",
        items=[item(11, SHIRT), item(12, SHIRT), item(13, CAP)],
        **kwargs,
    )


# --- matching ------------------------------------------------------------------------------


def test_scan_by_product_barcode_confirms_one_unit():
    session = PackingSession(two_shirts_and_a_cap())
    outcome = session.scan(EAN_SHIRT)
    assert outcome == Confirmed(
        item_id=11,
        product_name="T-Shirt",
        sku="AKN-1001",
        confirmed_for_product=1,
        total_for_product=2,
        confirmed=1,
        total=3,
        complete=False,
    )
    assert session.confirmed_item_ids == (11,)
    assert session.is_confirmed(11) and not session.is_confirmed(12)


def test_item_without_barcode_is_matched_by_sku_case_insensitively():
    session = PackingSession(two_shirts_and_a_cap())
    outcome = session.scan("akn-2002\r\n")
    assert isinstance(outcome, Confirmed)
    assert (outcome.item_id, outcome.product_name) == (13, "Cap")


def test_sku_matches_even_when_the_product_has_a_barcode():
    session = PackingSession(two_shirts_and_a_cap())
    assert session.scan("AKN-1001").item_id == 11


def test_selected_barcode_of_the_item_matches():
    pkg = package(items=[item(21, MUG, selected_barcode="5901234123457")])
    session = PackingSession(pkg)
    outcome = session.scan("]E05901234123457")
    assert isinstance(outcome, Confirmed) and outcome.item_id == 21


def test_upc_a_scan_matches_ean13_barcode():
    session = PackingSession(package(items=[item(31, SOCKS)]))
    outcome = session.scan(UPC_CAP)
    assert isinstance(outcome, Confirmed) and outcome.complete


def test_gs1_datamatrix_scan_matches_product_barcode():
    session = PackingSession(two_shirts_and_a_cap())
    outcome = session.scan(f"]d201{'0' + EAN_SHIRT}21SERIAL{GS}10LOT")
    assert isinstance(outcome, Confirmed) and outcome.item_id == 11


def test_same_product_twice_needs_two_scans_and_a_third_is_over_scan():
    session = PackingSession(two_shirts_and_a_cap())
    first = session.scan(EAN_SHIRT)
    second = session.scan(EAN_SHIRT)
    assert (first.item_id, first.confirmed_for_product, first.total_for_product) == (11, 1, 2)
    assert (second.item_id, second.confirmed_for_product, second.total_for_product) == (12, 2, 2)
    third = session.scan(EAN_SHIRT)
    assert third == AlreadyComplete(product_name="T-Shirt", total_for_product=2)
    assert session.progress == (2, 3)
    assert session.confirmed_item_ids == (11, 12)


def test_last_unit_completes_the_package():
    session = PackingSession(two_shirts_and_a_cap())
    session.scan(EAN_SHIRT)
    session.scan("AKN-2002")
    assert not session.is_complete and not session.ready_to_pack
    last = session.scan(EAN_SHIRT)
    assert last.complete and (last.confirmed, last.total) == (3, 3)
    assert session.is_complete and session.ready_to_pack
    assert session.missing_items() == []


def test_missing_items_and_per_product_counts():
    session = PackingSession(two_shirts_and_a_cap())
    session.scan("AKN-2002")
    session.scan(EAN_SHIRT)
    assert [i.id for i in session.missing_items()] == [12]
    assert session.confirmed_count_for(12) == 1
    assert session.total_count_for(12) == 2
    assert session.confirmed_count_for(session.items[2]) == 1
    assert session.item_status(12) is ItemStatus.MISSING
    assert session.item_status(13) is ItemStatus.CONFIRMED
    with pytest.raises(KeyError):
        session.item_status(999)


def test_unknown_code_is_reported_cleaned():
    session = PackingSession(two_shirts_and_a_cap())
    assert session.scan(" NOPE-1\r\n") == UnknownCode("NOPE-1")
    assert session.progress == (0, 3)


@pytest.mark.parametrize("raw", ["", "\r\n", "\x1d\t ", "]C1"])
def test_empty_or_garbage_is_unknown(raw):
    session = PackingSession(two_shirts_and_a_cap())
    outcome = session.scan(raw)
    assert isinstance(outcome, UnknownCode)
    assert session.progress == (0, 3)


# --- package numbers and other packages ----------------------------------------------------------


def test_own_package_number_without_directory():
    session = PackingSession(two_shirts_and_a_cap())
    assert session.scan("p-0001\r\n") == PackageNumberScanned(1, "P-0001")
    assert session.scan("]C0P-0001") == PackageNumberScanned(1, "P-0001")


def test_other_package_number_via_directory():
    other = package(2, "P-0002", items=[item(41, MUG)])
    directory = KnownPackages([two_shirts_and_a_cap().to_short(), other.to_short()])
    session = PackingSession(two_shirts_and_a_cap())
    assert session.scan("p-0002", directory) == PackageNumberScanned(2, "P-0002")


def test_package_number_is_checked_before_items():
    # A (silly) package number equal to an item SKU of the open package.
    odd = package(5, "AKN-1001")
    session = PackingSession(two_shirts_and_a_cap())
    assert session.scan("AKN-1001", KnownPackages([odd])) == PackageNumberScanned(5, "AKN-1001")
    assert session.progress == (0, 3)


def test_code_of_another_package():
    this = two_shirts_and_a_cap()
    other = package(2, "P-0002", items=[item(41, MUG)])
    directory = KnownPackages([this, other])
    session = PackingSession(this)
    assert session.scan("akn-3003", directory) == OtherPackage("akn-3003", 2, "P-0002")
    assert session.progress == (0, 3)


def test_own_items_win_over_other_packages_with_the_same_product():
    this = two_shirts_and_a_cap()
    other = package(2, "P-0002", items=[item(42, SHIRT)])
    session = PackingSession(this)
    outcome = session.scan(EAN_SHIRT, KnownPackages([this, other]))
    assert isinstance(outcome, Confirmed)


def test_over_scan_is_not_reported_as_other_package():
    this = package(1, "P-0001", items=[item(11, SHIRT)])
    other = package(2, "P-0002", items=[item(42, SHIRT)])
    session = PackingSession(this)
    directory = KnownPackages([this, other])
    session.scan(EAN_SHIRT, directory)
    assert session.scan(EAN_SHIRT, directory) == AlreadyComplete("T-Shirt", 1)


def test_own_package_in_directory_is_not_other_package():
    this = package(1, "P-0001", items=[item(11, SHIRT, state="600")])
    session = PackingSession(this)
    # Only a cancelled unit of this product here, and the directory knows package 1 only.
    outcome = session.scan("AKN-9", KnownPackages([this]))
    assert outcome == UnknownCode("AKN-9")


def test_session_accepts_any_package_directory():
    class Directory:
        def package_by_number(self, code):
            return (7, "N-7") if code == "N-7" else None

        def packages_with_code(self, key):
            return [(1, "P-0001"), (8, "N-8")] if key == "akn-3003" else []

    directory = Directory()
    assert isinstance(directory, PackageDirectory)
    session = PackingSession(two_shirts_and_a_cap())
    assert session.scan("N-7", directory) == PackageNumberScanned(7, "N-7")
    assert session.scan("AKN-3003", directory) == OtherPackage("AKN-3003", 8, "N-8")


# --- items that are not packed -------------------------------------------------------------------


def test_not_packable_states_constant():
    assert frozenset({"600", "900", "920"}) == NOT_PACKABLE_ITEM_STATES


@pytest.mark.parametrize("state", ["600", "900", "920"])
def test_not_packable_items_are_not_required(state):
    pkg = package(items=[item(11, SHIRT), item(12, SHIRT, state=state), item(13, CAP)])
    session = PackingSession(pkg)
    assert not is_packable(pkg.packageitem_set[1])
    assert [i.id for i in session.required_items] == [11, 13]
    assert session.progress == (0, 2)
    assert session.total_count_for(11) == 1
    assert session.item_status(12) is ItemStatus.NOT_REQUIRED
    first = session.scan(EAN_SHIRT)
    assert first.item_id == 11 and first.total_for_product == 1
    assert session.scan(EAN_SHIRT) == AlreadyComplete("T-Shirt", 1)
    session.scan("AKN-2002")
    assert session.is_complete


@pytest.mark.parametrize("state", [None, "100", "250"])
def test_packable_item_states(state):
    session = PackingSession(package(items=[item(11, SHIRT, state=state)]))
    assert session.required_items and session.is_required(11)


def test_scanning_a_unit_that_is_not_packed():
    pkg = package(items=[item(11, SHIRT), item(12, MUG, state="600")])
    session = PackingSession(pkg)
    assert session.scan("AKN-3003") == NotToBePacked("AKN-3003", 12, "Mug", "Cancelled")
    assert session.progress == (0, 1)


def test_package_without_packable_items_is_never_complete():
    pkg = package(items=[item(11, SHIRT, state="600"), item(12, CAP, state="920")])
    session = PackingSession(pkg)
    assert session.is_empty
    assert session.progress == (0, 0)
    assert not session.is_complete and not session.ready_to_pack
    assert session.missing_items() == []
    assert isinstance(session.scan(EAN_SHIRT), NotToBePacked)
    assert not session.is_complete
    no_items = PackingSession(package(items=[]))
    assert no_items.is_empty and not no_items.is_complete


# --- corrections ---------------------------------------------------------------------------------


def test_undo_last():
    session = PackingSession(two_shirts_and_a_cap())
    assert session.undo_last() is None
    session.scan(EAN_SHIRT)
    session.scan("AKN-2002")
    assert session.undo_last() == 13
    assert session.confirmed_item_ids == (11,)
    assert session.confirmed_count_for(13) == 0
    assert session.undo_last() == 11
    assert session.progress == (0, 3)
    assert session.undo_last() is None
    # The undone unit can be scanned again.
    assert session.scan(EAN_SHIRT).item_id == 11


def test_undo_after_over_scan_takes_back_the_last_confirmation():
    session = PackingSession(package(items=[item(11, SHIRT)]))
    session.scan(EAN_SHIRT)
    session.scan(EAN_SHIRT)  # AlreadyComplete changes nothing
    assert session.undo_last() == 11
    assert session.undo_last() is None


def test_unconfirm_one_row():
    session = PackingSession(two_shirts_and_a_cap())
    for code in (EAN_SHIRT, "AKN-2002", EAN_SHIRT):
        session.scan(code)
    assert session.unconfirm(11) is True
    assert session.unconfirm(11) is False
    assert session.confirmed_item_ids == (13, 12)
    assert session.confirmed_count_for(12) == 1
    assert session.scan(EAN_SHIRT).item_id == 11


def test_manual_confirm():
    session = PackingSession(package(items=[item(11, SHIRT), item(12, MUG, state="600")]))
    confirmed = session.confirm(11)
    assert confirmed.item_id == 11 and confirmed.complete
    with pytest.raises(ValueError):
        session.confirm(11)
    with pytest.raises(ValueError):
        session.confirm(12)
    with pytest.raises(ValueError):
        session.confirm(999)


def test_reset():
    session = PackingSession(two_shirts_and_a_cap())
    session.scan(EAN_SHIRT)
    session.scan("AKN-2002")
    session.reset()
    assert session.confirmed_item_ids == ()
    assert session.progress == (0, 3)
    assert session.confirmed_count_for(11) == 0
    assert session.scan(EAN_SHIRT).confirmed_for_product == 1


def test_restore_from_journal():
    pkg = package(
        items=[item(11, SHIRT), item(12, SHIRT), item(13, CAP), item(14, MUG, state="600")]
    )
    session = PackingSession(pkg)
    session.scan("AKN-2002")
    restored = session.restore([12, 999, 14, 12, 11])
    assert restored == (12, 11)
    assert session.confirmed_item_ids == (12, 11)  # replaces what was there, order kept
    assert session.confirmed_count_for(11) == 2
    assert session.scan(EAN_SHIRT) == AlreadyComplete("T-Shirt", 2)
    assert session.undo_last() == 11


def test_update_package_keeps_confirmations_of_items_still_packable():
    session = PackingSession(two_shirts_and_a_cap())
    for code in (EAN_SHIRT, "AKN-2002", EAN_SHIRT):
        session.scan(code)
    reloaded = package(
        1,
        "P-0001",
        state="200",
        items=[item(11, SHIRT), item(12, SHIRT, state="600"), item(15, MUG)],  # 13 gone
    )
    dropped = session.update_package(reloaded)
    assert dropped == (13, 12)
    assert session.package is reloaded
    assert session.confirmed_item_ids == (11,)
    assert session.progress == (1, 2)
    assert [i.id for i in session.missing_items()] == [15]
    assert session.scan("AKN-2002") == UnknownCode("AKN-2002")
    assert session.scan("AKN-3003").complete


def test_update_package_with_another_package_is_refused():
    session = PackingSession(two_shirts_and_a_cap())
    with pytest.raises(ValueError):
        session.update_package(package(2, "P-0002"))


# --- KnownPackages -----------------------------------------------------------------------------


def test_known_packages_numbers_and_codes():
    detail = package(2, "P-0002", items=[item(41, MUG), item(42, CAP, state="600")])
    known = KnownPackages([package(1, "P-0001").to_short(), detail])
    assert len(known) == 2 and 2 in known and 3 not in known
    assert known.package_by_number(" p-0002\r") == PackageRef(2, "P-0002")
    assert known.package_by_number("]C0P-0001") == (1, "P-0001")
    assert known.package_by_number("P-0003") is None
    assert known.packages_with_code("akn-3003") == [PackageRef(2, "P-0002")]
    assert known.packages_with_code("akn-2002") == []  # cancelled items are not indexed
    assert known.has_details(2) and not known.has_details(1)


def test_known_packages_detail_replaces_codes_and_short_keeps_them():
    known = KnownPackages([package(2, "P-0002", items=[item(41, MUG)])])
    known.add(package(2, "P-0002", items=[item(43, CAP)]))
    assert known.packages_with_code("akn-3003") == []
    assert known.packages_with_code("akn-2002") == [(2, "P-0002")]
    known.add(package(2, "P-0002").to_short())  # a list row: codes stay
    assert known.packages_with_code("akn-2002") == [(2, "P-0002")]


def test_known_packages_number_change():
    known = KnownPackages([package(2, "P-0002").to_short()])
    known.add(package(2, "P-0002-B").to_short())
    assert known.package_by_number("P-0002") is None
    assert known.package_by_number("p-0002-b") == (2, "P-0002-B")


def test_known_packages_replace_and_remove():
    known = KnownPackages(
        [
            package(1, "P-0001", items=[item(11, SHIRT)]),
            package(2, "P-0002", items=[item(21, SHIRT)]),
            package(3, "P-0003", items=[item(31, MUG)]),
        ]
    )
    gtin = "0" + EAN_SHIRT
    assert known.packages_with_code(gtin) == [(1, "P-0001"), (2, "P-0002")]
    known.replace([package(2, "P-0002").to_short(), package(4, "P-0004").to_short()])
    assert len(known) == 2
    assert known.packages_with_code(gtin) == [(2, "P-0002")]  # detail of 2 kept
    assert known.package_by_number("P-0001") is None
    assert known.packages_with_code("akn-3003") == []
    assert known.remove(2) is True
    assert known.remove(2) is False
    assert known.packages_with_code(gtin) == []
    assert known.number_of(4) == "P-0004" and known.number_of(2) is None
    known.clear()
    assert len(known) == 0


# --- properties ----------------------------------------------------------------------------------

CODES = [
    EAN_SHIRT, UPC_CAP, "AKN-1001", "akn-2002", "AKN-3003", "P-0001", "P-0002", "]E0" + EAN_SHIRT
]  # fmt: skip


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=60), st.sampled_from(CODES), st.just("\x1d\r\n")),
        max_size=15,
    ),
    st.lists(st.booleans(), max_size=15),
)
def test_scan_never_raises_and_keeps_invariants(codes, undos):
    this = package(
        1,
        "P-0001",
        items=[item(11, SHIRT), item(12, SHIRT), item(13, CAP), item(14, MUG, state="600")],
    )
    directory = KnownPackages([this, package(2, "P-0002", items=[item(41, MUG)])])
    session = PackingSession(this)
    outcome_types = (
        Confirmed, AlreadyComplete, NotToBePacked, OtherPackage, UnknownCode, PackageNumberScanned
    )  # fmt: skip
    for index, code in enumerate(codes):
        before = session.progress[0]
        outcome = session.scan(code, directory if index % 2 else None)
        assert isinstance(outcome, outcome_types)
        assert session.progress[0] == before + (1 if isinstance(outcome, Confirmed) else 0)
        if index < len(undos) and undos[index]:
            session.undo_last()
        confirmed, total = session.progress
        assert total == 3 and 0 <= confirmed <= total
        assert len(set(session.confirmed_item_ids)) == confirmed
        assert set(session.confirmed_item_ids) <= {11, 12, 13}
        assert session.confirmed_count_for(11) == len({11, 12} & set(session.confirmed_item_ids))
        assert session.is_complete == (confirmed == 3)


@settings(max_examples=100, deadline=None, database=None)
@given(st.permutations([EAN_SHIRT, "]E0" + EAN_SHIRT, "akn-2002", "AKN-3003", UPC_CAP]))
def test_every_unit_scanned_once_in_any_order_completes(codes):
    pkg = package(
        items=[item(11, SHIRT), item(12, SHIRT), item(13, CAP), item(14, MUG), item(15, SOCKS)]
    )
    session = PackingSession(pkg)
    outcomes = [session.scan(code) for code in codes]
    assert all(isinstance(o, Confirmed) for o in outcomes)
    assert [o.complete for o in outcomes] == [False] * 4 + [True]
    assert session.is_complete and sorted(session.confirmed_item_ids) == [11, 12, 13, 14, 15]

"""The package list model: order, filter, overdue marking, and Qt's model contract."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _common import synthetic_packages

from instore_app.api import PackageShort
from instore_app.ui.package_list_model import OVERDUE_COLOUR, Column, PackageListModel

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def row(pid: int, number: str, target: datetime | None, **extra) -> PackageShort:
    return PackageShort.model_validate(
        {
            "id": pid,
            "number": number,
            "order_number": number.split("P")[0],
            "target_packing_date": target.isoformat() if target else None,
            "state": {
                "id": 35,
                "name": "Waiting",
                "enum_value": "100",
                "translations": {"en-us": {"name": "Waiting"}, "tr-tr": {"name": "Bekliyor"}},
            },
            "packageitem_count": 2,
            **extra,
        }
    )


def test_model_contract_holds_while_filtering(qtmodeltester, qapp):
    model = PackageListModel()
    model.set_packages(synthetic_packages(300), now=NOW)
    qtmodeltester.check(model, force_py=True)
    model.set_filter("P2")
    qtmodeltester.check(model, force_py=True)


def test_sorted_by_target_packing_date_with_undated_last(qapp):
    model = PackageListModel()
    model.set_packages(
        [
            row(1, "111P1", NOW + timedelta(days=1)),
            row(2, "222P1", None),
            row(3, "333P1", NOW - timedelta(hours=3)),
        ],
        now=NOW,
    )
    assert [model.package_at(r).id for r in range(model.rowCount())] == [3, 1, 2]


def test_filter_matches_package_or_order_number_case_insensitively(qapp):
    model = PackageListModel()
    model.set_packages([row(1, "2236607691411584P1", NOW), row(2, "9990001112223334P2", NOW)], now=NOW)
    model.set_filter("411584p")
    assert model.rowCount() == 1 and model.package_at(0).id == 1
    model.set_filter("999000111")
    assert model.rowCount() == 1 and model.package_at(0).id == 2
    model.set_filter("nothing like this")
    assert model.rowCount() == 0 and model.package_at(0) is None
    model.set_filter("")
    assert model.rowCount() == 2 and model.total_count == 2


def test_refresh_keeps_the_filter(qapp):
    model = PackageListModel()
    model.set_filter("P2")
    model.set_packages([row(1, "111P1", NOW), row(2, "222P2", NOW)], now=NOW)
    assert [model.package_at(r).number for r in range(model.rowCount())] == ["222P2"]


def test_overdue_target_is_red_and_bold(qapp):
    model = PackageListModel()
    model.set_packages([row(1, "111P1", NOW - timedelta(minutes=1)), row(2, "222P1", NOW + timedelta(hours=1))], now=NOW)
    late = model.index(0, Column.TARGET)
    on_time = model.index(1, Column.TARGET)
    assert model.data(late, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert model.data(late, Qt.ItemDataRole.FontRole).bold()
    assert "Overdue" in model.data(late, Qt.ItemDataRole.ToolTipRole)
    assert model.data(on_time, Qt.ItemDataRole.ForegroundRole) is None


def test_cells_show_localised_state_and_markers(qapp):
    model = PackageListModel(language="tr")
    model.set_packages(
        [row(1, "111P1", NOW, order_has_gift_box=True, is_click_and_collect=True, channel_name="Web Sitesi")], now=NOW
    )
    cell = lambda column: model.data(model.index(0, column))  # noqa: E731
    assert cell(Column.STATE) == "Bekliyor"
    assert cell(Column.CHANNEL) == "Web Sitesi"
    assert cell(Column.MARKERS) == "Gift box, Click & collect"
    assert cell(Column.ITEMS) == "2"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 1


def test_ten_thousand_packages_filter_to_the_right_rows(qapp):
    packages = synthetic_packages(10_000)
    model = PackageListModel()
    model.set_packages(packages, now=NOW)
    needle = packages[4321].number
    model.set_filter(needle)
    assert [model.package_at(r).number for r in range(model.rowCount())] == [needle]


def test_an_unknown_item_count_is_left_blank(qapp):
    """The Seller Center's list gives no items: until a package's items are read, its count is
    not known, and the list says nothing rather than "0"."""
    model = PackageListModel()
    model.set_packages([row(1, "111P1", NOW, packageitem_count=0), row(2, "222P1", NOW)], now=NOW)
    counts = {model.data(model.index(r, Column.NUMBER)): model.data(model.index(r, Column.ITEMS)) for r in range(2)}
    assert counts == {"111P1": "", "222P1": "2"}

"""Today's figures at this station, in one slim row: packed, items, errors, median time.

The figures come from the station's local journal (:meth:`Journal.figures`), so they are this
PC's, for the computer's local day. The strip never raises: with no journal, or one that
fails, it shows dashes and says why in its tooltip.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..journal import Figures, Journal, JournalError

__all__ = ["FiguresStrip", "format_duration"]

log = logging.getLogger(__name__)

DASH = "—"


def format_duration(seconds: float | None) -> str:
    """``"1:05"`` for 65 s (m:ss, minutes not capped at 59: ``"75:00"``); "—" for None."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return DASH
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


class FiguresStrip(QWidget):
    """"Today at this station": packages packed, items scanned, errors, median time per
    package. Feed it with :meth:`update_figures` or :meth:`refresh_from`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresStrip")
        self.figures: Figures | None = None
        self._source: Callable[[], Journal | None] = lambda: None
        self._timer: QTimer | None = None
        #: Debounces :meth:`refresh_soon`: a burst of scans costs one read of the journal.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.refresh)

        self.title_label = QLabel(self.tr("Today at this station"))
        self.title_label.setStyleSheet("color: #555555; font-weight: bold;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)

        def figure(caption: str, tooltip: str) -> tuple[QLabel, QLabel]:
            separator = QFrame()
            separator.setFrameShape(QFrame.Shape.VLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            name = QLabel(caption)
            value = QLabel(DASH)
            value.setStyleSheet("font-weight: bold;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            for widget in (name, value):
                widget.setToolTip(tooltip)
            layout.addSpacing(6)
            layout.addWidget(separator)
            layout.addSpacing(6)
            layout.addWidget(name)
            layout.addWidget(value)
            return name, value

        self.packed_caption, self.packed_value = figure(
            self.tr("Packed"), self.tr("Packages packed at this station today")
        )
        self.items_caption, self.items_value = figure(
            self.tr("Items scanned"), self.tr("Items confirmed by a scan today (undone ones included)")
        )
        self.errors_caption, self.errors_value = figure(
            self.tr("Wrong scans"), self.tr("Scans that turned the screen red today")
        )
        self.median_caption, self.median_value = figure(
            self.tr("Usual time per package"),
            self.tr("How long a package usually takes today, from opening it to packing it: half of them took less (minutes:seconds)"),
        )
        layout.addStretch(1)
        self.setToolTip(self.tr("From this PC's journal, since midnight"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- data ------------------------------------------------------------------------------

    def update_figures(self, figures: Figures | None) -> None:
        """Show `figures` (None: dashes)."""
        self.figures = figures
        if figures is None:
            for value in self._values():
                value.setText(DASH)
            self.errors_value.setStyleSheet("font-weight: bold;")
            return
        locale = self.locale()
        self.packed_value.setText(locale.toString(figures.packages_packed))
        self.items_value.setText(locale.toString(figures.items_scanned))
        self.errors_value.setText(locale.toString(figures.errors))
        self.errors_value.setStyleSheet(
            "font-weight: bold; color: #b00020;" if figures.errors else "font-weight: bold;"
        )
        self.median_value.setText(format_duration(figures.median_seconds_per_package))

    def refresh_from(self, journal: Journal | None) -> Figures | None:
        """Read today's figures from `journal` and show them; dashes (and the reason in the
        tooltip) when there is no journal or it cannot be read. Returns what it showed."""
        if journal is None:
            self.update_figures(None)
            self.setToolTip(self.tr("Scans are not saved on this PC, so there are no figures."))
            return None
        try:
            figures = journal.figures()
        except JournalError as exc:
            log.warning("figures unavailable: %s", exc)
            self.update_figures(None)
            self.setToolTip(self.tr("The figures cannot be read: %1").replace("%1", str(exc)))
            return None
        self.setToolTip(self.tr("From this PC's journal, since midnight"))
        self.update_figures(figures)
        return figures

    def watch(self, journal: Journal | Callable[[], Journal | None] | None, interval_ms: int = 60_000) -> None:
        """Refresh now and every `interval_ms` (so the day rolls over at midnight by itself).

        `journal`: the journal, or a function returning the current one (``lambda:
        station.journal``: the station drops a journal that failed). It must belong to this
        (the main) thread."""
        self._source = journal if callable(journal) else (lambda: journal)
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.timeout.connect(self.refresh)
        self._timer.setInterval(interval_ms)
        self._timer.start()
        self.refresh()

    def refresh(self) -> Figures | None:
        """Refresh from the journal given to :meth:`watch` (call it after a pack, a scan...)."""
        return self.refresh_from(self._source())

    def refresh_soon(self, delay_ms: int = 500) -> None:
        """:meth:`refresh` once, `delay_ms` after the last call: connect it to every scan
        without slowing the scan's feedback. (Reading the figures is not free: ~16 ms for a
        day of 300 packages and 3,000 scans, as much as the whole scan-to-feedback budget.)"""
        self._soon.start(delay_ms)

    def texts(self) -> dict[str, str]:
        """The shown values by name ("packed", "items", "errors", "median"), for tests."""
        return {
            "packed": self.packed_value.text(),
            "items": self.items_value.text(),
            "errors": self.errors_value.text(),
            "median": self.median_value.text(),
        }

    def _values(self) -> tuple[QLabel, ...]:
        return (self.packed_value, self.items_value, self.errors_value, self.median_value)

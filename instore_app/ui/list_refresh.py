"""Reading the waiting list from the OMS for the main window: on demand (F5), every N seconds,
and sooner while the OMS can't be reached.

A failed refresh shows in the window's banner, which the next good one clears (a wrong scan's
red stays until it is dealt with). While the OMS is unreachable the window is offline: a banner
says since when, scanning into the open package still works, and the list is retried every
:data:`OFFLINE_RETRY_SECONDS` until it answers again.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from ..api import OmsConnectionError, OmsServerError, PackageShort
from ..operations import Station
from .list_page import ListPage
from .oms_messages import translate_message
from .tasks import TaskRunner
from .window_banner import Banner

log = logging.getLogger(__name__)

__all__ = ["OFFLINE_RETRY_SECONDS", "ListRefresh"]

#: While the OMS can't be reached, the list is retried this often (so the banner clears soon).
OFFLINE_RETRY_SECONDS = 5


def _tr(text: str) -> str:
    """The refresh's words: translated in the window's context, where they were written first."""
    return QCoreApplication.translate("MainWindow", text)


class ListRefresh(QObject):
    """Refreshes `page` from `station` (task "refresh"); `refreshed` after each list is shown.

    The window hands it the refresh task's ends (:meth:`failed`, :meth:`succeeded`)."""

    refreshed = Signal()

    def __init__(
        self,
        station: Station,
        tasks: TaskRunner,
        page: ListPage,
        banner: Banner,
        status_bar: QStatusBar,
        *,
        refresh_seconds: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.tasks = tasks
        self.page = page
        self.banner = banner
        self.status_bar = status_bar
        self.refresh_seconds = refresh_seconds
        self.offline = False
        self._banner_says_refresh = False  # the banner shows a failed refresh (it clears itself)
        self.timer = QTimer(self)
        self.timer.setInterval(int(refresh_seconds * 1000))
        self.timer.timeout.connect(self.refresh)
        self.refreshed_label = QLabel()
        status_bar.addPermanentWidget(self.refreshed_label)

    def start(self) -> None:
        """First load, then refresh every N seconds."""
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        if self.tasks.running("refresh"):
            return
        self.status_bar.showMessage(_tr("Refreshing…"))
        self.tasks.start("refresh", self.station.refresh(), self._apply)

    def _apply(self, packages: list[PackageShort]) -> None:
        self.page.show_packages(packages)
        self.refreshed_label.setText(_tr("Updated %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        self.status_bar.clearMessage()
        problem = getattr(packages, "problem", None)  # the OMS's list stopped early (Listing)
        if problem:
            self.banner.show_message(translate_message(problem))
            self._banner_says_refresh = True
        self.refreshed.emit()

    def banner_taken(self) -> None:
        """The banner now says something else (a wrong scan, another task's problem): the next
        good refresh leaves it."""
        self._banner_says_refresh = False

    # -- the refresh task's ends --------------------------------------------------------------

    def failed(self, message: str, error: object) -> None:
        if isinstance(error, (OmsConnectionError, OmsServerError)):
            self._go_offline(message)
        else:
            self.banner.show_message(message)
        self._banner_says_refresh = True

    def succeeded(self) -> None:
        if self._banner_says_refresh:  # a wrong scan's red stays until it is dealt with
            self.banner.clear_message()
            self._banner_says_refresh = False
        if self.offline:
            self.offline = False
            self.timer.setInterval(int(self.refresh_seconds * 1000))
            log.info("the OMS can be reached again")

    def _go_offline(self, message: str) -> None:
        """A persistent banner while the OMS can't be reached; it clears by itself."""
        self.offline = True
        last = self.station.last_refresh
        when = (
            _tr("Last updated at %1.").replace("%1", last.astimezone().strftime("%H:%M"))
            if last
            else _tr("The list has not been loaded yet.")
        )
        self.banner.show_message(
            "\n".join(
                (
                    _tr("Offline: %1").replace("%1", message),
                    when + " " + _tr("Scanning into the open package still works; packing waits until you try again."),
                )
            )
        )
        self.timer.setInterval(OFFLINE_RETRY_SECONDS * 1000)

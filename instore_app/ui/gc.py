"""Python's cyclic garbage collector, run on the Qt main thread only.

Left to itself, the collector runs in whatever thread happens to allocate: in demo
mode that can be the simulator's server thread, and a Qt object freed there makes Qt
warn ("Timers cannot be stopped from another thread") or crash. So automatic
collection is switched off and the same thresholds are checked from a main-thread
timer (the approach Anki takes for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

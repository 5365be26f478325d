"""Running coroutines from the UI on the qasync loop, with errors turned into words."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..api import OmsError
from .oms_messages import translate_message

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """The message a store employee sees for `error`, in the UI's language."""
    if isinstance(error, OmsError):
        return translate_message(error.message)
    return QCoreApplication.translate(
        "Errors", "Something went wrong (%1). The details are in the log file; the app keeps working."
    ).replace("%1", type(error).__name__)


class TaskRunner(QObject):
    """Starts coroutines as tasks; at most one per key (a new one cancels the old).

    A task's OmsError or unexpected exception is logged and reported through
    ``failed`` (never raised into Qt); ``succeeded`` fires for every task that ends well.
    """

    failed = Signal(str, str, object)  # key, message, the exception
    succeeded = Signal(str)  # key

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[str, asyncio.Task[Any]] = {}

    def start(
        self,
        key: str,
        coro: Coroutine[Any, Any, Any],
        on_result: Callable[[Any], None] | None = None,
    ) -> asyncio.Task[Any]:
        previous = self._tasks.get(key)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(coro)
        self._tasks[key] = task
        task.add_done_callback(lambda t: self._finished(key, t, on_result))
        return task

    def running(self, key: str) -> bool:
        task = self._tasks.get(key)
        return task is not None and not task.done()

    def running_any(self, keys: tuple[str, ...]) -> bool:
        return any(self.running(key) for key in keys)

    def cancel(self, key: str) -> None:
        task = self._tasks.get(key)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel()

    def _finished(self, key: str, task: asyncio.Task[Any], on_result: Callable[[Any], None] | None) -> None:
        if self._tasks.get(key) is task:
            del self._tasks[key]
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            try:
                if on_result is not None:
                    on_result(task.result())
            except Exception as exc:  # a bug in a result handler must not kill the window
                log.exception("handling the result of %s failed", key)
                self.failed.emit(key, describe(exc), exc)
                return
            self.succeeded.emit(key)
            return
        if isinstance(error, OmsError):
            log.warning("%s failed: %s", key, error.message)
        else:
            log.error("%s failed unexpectedly", key, exc_info=error)
        self.failed.emit(key, describe(error), error)

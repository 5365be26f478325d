"""Walking a paginated list without trusting the server: by ``next``, or by page number.

What a server says about its list (``count``, ``next``) may be wrong, by accident or not.
The rules here:

* :func:`walk_next` follows ``next`` links, resolved against the page they came from, to
  the end, with a hard page cap and a set of visited URLs (a ``next`` that points back at a
  page already read ends the walk at once). A ``next`` to another origin (including https
  to http) is never followed: the walk stops, logs a warning and keeps what was read.
* :func:`walk_numbered` fetches pages by number, a few at a time, for servers whose ``next``
  shows they honour ``page=N``. ``count`` only says how far ahead to fetch: past it, a page
  is fetched only once the page before it said there is more. A 404 or an empty page past
  the end ends the walk instead of failing it; at most ``window`` pages are in flight (a
  ``count`` of 10^12 builds no more coroutines than that).
* Rows are deduplicated by id, and a total that disagrees with ``count`` is logged.

Both return a :class:`Listing`: a plain list of what was read, with ``complete`` False and
a ``problem`` in words when the walk stopped before the server's last page. Callers that
only need a list use it as one; a caller that can show a warning shows ``problem``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Generic, TypeVar
from urllib.parse import urljoin

from .errors import OmsError, OmsNotFound
from .models import Page
from .origin import origin_of

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The most pages one walk reads: 20,000 packages at the client's 100 a page, twice the
#: 10,000 a station is built to hold; a server claiming more is cut off here, with a message.
MAX_PAGES = 200


class Listing(list[T], Generic[T]):
    """The rows of a list; ``complete`` is False (and ``problem`` says why) when it stopped early."""

    def __init__(self, rows: Iterable[T] = (), *, problem: str | None = None, count: int | None = None) -> None:
        super().__init__(rows)
        self.problem = problem
        #: What the server said the total was (its first page's ``count``), if it said.
        self.reported_count = count

    @property
    def complete(self) -> bool:
        return self.problem is None


def dedupe(rows: Iterable[T]) -> list[T]:
    """`rows` without repeats of an id (the first one is kept); rows without an id all stay."""
    seen: set[Any] = set()
    kept: list[T] = []
    for row in rows:
        key = getattr(row, "id", None)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(row)
    return kept


def check_count(rows: int, count: int | None, what: str) -> None:
    if count is not None and rows != count:
        log.warning("%s: the OMS said there are %d, but %d were listed", what, count, rows)


OFFSITE = "The OMS pointed the rest of the list at another address ({origin}); it was not followed, so the list may be incomplete."
REPEATED = "The OMS's list repeats a page; it was read once, so the list may be incomplete."
TOO_LONG = "The OMS's list is longer than {pages} pages; only those were read."


async def walk_next(
    first_url: str,
    fetch: Callable[[str], Awaitable[Page[T] | list[T]]],
    *,
    home: str,
    what: str,
    max_pages: int = MAX_PAGES,
    first: Page[T] | None = None,
) -> Listing[T]:
    """Every row of the list at `first_url` (absolute, on `home`'s origin), following ``next``.

    `fetch` reads one page (a Page, or a bare list for servers that do not paginate).
    `first` is the page at `first_url` when the caller has read it already.
    """
    rows: list[T] = []
    visited: set[str] = set()
    url: str | None = first_url
    count: int | None = None
    problem: str | None = None
    home_origin = origin_of(home)
    while url is not None:
        if url in visited:
            log.warning("%s: next link %s repeats a page already read; stopped", what, url.split("?")[0])
            problem = REPEATED
            break
        if len(visited) >= max_pages:
            log.warning("%s: stopped after %d pages", what, max_pages)
            problem = TOO_LONG.format(pages=max_pages)
            break
        visited.add(url)
        if first is not None and url == first_url:
            data: Page[T] | list[T] = first
        else:
            try:
                data = await fetch(url)
            except OmsNotFound:
                if len(visited) == 1:
                    raise
                log.warning("%s: next link %s answered 404; the list ends there", what, url.split("?")[0])
                break
        if isinstance(data, list):
            rows.extend(data)
            break
        if count is None:
            count = data.count
        rows.extend(data.results)
        if not data.next:
            break
        following = urljoin(url, data.next)
        if origin_of(following) != home_origin:
            log.warning(
                "%s: next link to %s refused (not the OMS at %s); the token is not sent there",
                what,
                origin_of(following),
                home_origin,
            )
            problem = OFFSITE.format(origin=origin_of(following))
            break
        url = following
    kept = dedupe(rows)
    if len(kept) != len(rows):
        log.warning("%s: %d rows repeated across pages were dropped", what, len(rows) - len(kept))
    if problem is None:
        check_count(len(kept), count, what)
    return Listing(kept, problem=problem, count=count)


async def walk_numbered(
    first: Page[T],
    fetch: Callable[[int], Awaitable[Page[T]]],
    *,
    what: str,
    window: int = 4,
    max_pages: int = MAX_PAGES,
) -> Listing[T]:
    """Every row of a list whose page 1 is `first`, fetching pages 2, 3... by number.

    At most `window` fetches are in flight. An error on a page that turns out to be past
    the end is ignored (logged); an error on a page within the list is raised.
    """
    pages: dict[int, list[T]] = {1: list(first.results)}
    more: dict[int, bool] = {1: bool(first.next)}
    failed: dict[int, OmsError] = {}
    end: int | None = None if first.next and first.results else 1  # the last page with rows
    expected = -(-first.count // len(first.results)) if first.results and first.count > 0 else 1
    in_flight: dict[asyncio.Task[Page[T]], int] = {}
    cancelled: list[asyncio.Task[Page[T]]] = []
    upcoming = 2
    problem: str | None = None

    def barrier() -> int:
        """No page past this one is started: the end, or a page that failed."""
        limits = [max_pages, *failed]
        if end is not None:
            limits.append(end)
        return min(limits)

    try:
        while True:
            while len(in_flight) < window and upcoming <= barrier() and (end is None):
                if upcoming > expected and not more.get(upcoming - 1, False):
                    break  # past what count promised: only once the page before says there is more
                in_flight[asyncio.ensure_future(fetch(upcoming))] = upcoming
                upcoming += 1
            if not in_flight:
                break
            done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                number = in_flight.pop(task)
                try:
                    page = task.result()
                except OmsNotFound:
                    end = number - 1 if end is None else min(end, number - 1)
                    continue
                except OmsError as exc:
                    failed[number] = exc
                    continue
                pages[number] = list(page.results)
                more[number] = bool(page.next)
                if not page.results:
                    end = number - 1 if end is None else min(end, number - 1)
                elif not page.next:
                    end = number if end is None else min(end, number)
            for task, number in list(in_flight.items()):
                if number > barrier():  # past the end, or past a page that failed: not needed
                    task.cancel()
                    cancelled.append(task)
                    del in_flight[task]
    finally:
        for task in in_flight:
            task.cancel()
        leftovers = [*in_flight, *cancelled]
        if leftovers:
            await asyncio.gather(*leftovers, return_exceptions=True)
    if end is None:
        if failed:
            raise failed[min(failed)]
        log.warning("%s: stopped after %d pages", what, max_pages)
        problem = TOO_LONG.format(pages=max_pages)
        end = max(pages)
    errors = sorted(number for number in failed if number <= end)
    if errors:
        raise failed[errors[0]]
    for number in failed:
        log.info("%s: page %d failed past the end of the list (%s)", what, number, failed[number].message)
    rows = [row for number in range(1, end + 1) for row in pages.get(number, [])]
    kept = dedupe(rows)
    if len(kept) != len(rows):
        log.warning("%s: %d rows repeated across pages were dropped", what, len(rows) - len(kept))
    check_count(len(kept), first.count, what)
    return Listing(kept, problem=problem, count=first.count)


__all__ = ["MAX_PAGES", "Listing", "check_count", "dedupe", "walk_next", "walk_numbered"]

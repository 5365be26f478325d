"""The bench's handover mode without Qt: while the handover is open, the bench controller hands
it every scan and key; the handover's codes open it from anywhere; the keys mean what the
handover view says (F9 finish, F10 print again, Esc back, number keys choose the carrier)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from instore_app.bench import BenchController, ListNote, Scanned, ShowToday, Sound, Switched
from instore_app.bench.handover_mode import HandoverChanged, HandoverMode, HandoverShown, PrintManifest
from instore_app.packing.command_codes import BenchCommand
from instore_app.simulator import SimulatorServer, Store

from .handover_helpers import HandoverCounter, by_carrier

ARAS = 731


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


class Counter:
    """A counter (tests/handover_helpers.py) with the bench controller and its handover mode."""

    def __init__(self, server: SimulatorServer, path: Any) -> None:
        self.counter = HandoverCounter(server, path)
        self.bench_events: list[Any] = []
        self.events: list[Any] = []
        self.controller = BenchController(self.counter.station, listener=self.bench_events.append)
        self.mode = HandoverMode(self.controller, self.counter.session)
        self.mode.listener = self.events.append
        self.controller.handover = self.mode

    async def until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
            await asyncio.sleep(0.005)

    async def loaded(self) -> None:
        await self.until(lambda: self.mode.session.candidates is not None and not self.mode.loading)

    async def close(self) -> None:
        await self.controller.aclose()
        await self.mode.aclose()
        await self.counter.close()


def scenario_with(tmp_path: Any, body: Callable[[Counter], Awaitable[None]]) -> None:
    async def scenario() -> None:
        with SimulatorServer(Store(seed=5)) as server:
            counter = Counter(server, tmp_path / "journal.sqlite3")
            try:
                await body(counter)
            finally:
                await counter.close()

    run(scenario)


def test_the_handover_key_opens_it_and_then_every_scan_goes_to_it(tmp_path):
    async def body(c: Counter) -> None:
        await c.counter.station.refresh()
        c.controller.command(BenchCommand.HANDOVER)
        assert c.mode.active and HandoverShown(True) in c.events
        await c.loaded()
        first = by_carrier(list(c.mode.session.candidates.candidates), ARAS)[0]
        c.controller.scan(f"ZZCARGO{ARAS}")
        c.controller.scan(first.number)  # a package number: the handover's, not the bench's
        await c.until(lambda: len(c.mode.handed_over()) == 1)
        assert c.controller.current_id is None  # nothing opened on the bench
        assert not [e for e in c.bench_events if isinstance(e, (Scanned, ListNote))]
        assert Sound("ok") in c.bench_events and isinstance(c.events[-1], HandoverChanged)

        c.controller.command(BenchCommand.PACK)  # F9 is Finish handover here
        await c.until(lambda: any(isinstance(e, PrintManifest) for e in c.events))
        printed = next(e for e in c.events if isinstance(e, PrintManifest))
        assert printed.manifest.total == 1 and not printed.reprint
        c.mode.manifest_printed(printed.manifest, None)
        assert c.mode.note.code == "handover_manifest_printed"

        c.controller.command(BenchCommand.REPRINT_LABEL)  # F10: the last manifest again
        assert isinstance(c.events[-1], PrintManifest) and c.events[-1].reprint

        c.controller.command(BenchCommand.CLOSE)  # Esc: back
        assert not c.mode.active and c.events[-1] == HandoverShown(False)
        c.controller.scan(first.number)  # the bench's again: it opens the package there
        assert c.controller.current_id == first.package_id and any(isinstance(e, Switched) for e in c.bench_events)

    scenario_with(tmp_path, body)


def test_number_keys_choose_the_carrier_and_other_bench_keys_are_refused_in_words(tmp_path):
    async def body(c: Counter) -> None:
        c.controller.command(BenchCommand.HANDOVER)
        await c.loaded()
        choices = c.mode.carriers()
        assert [ch.key for ch in choices] == list(range(1, len(choices) + 1))
        assert [ch.company.name for ch in choices] == sorted(ch.company.name for ch in choices)
        c.mode.choose(2)
        assert c.mode.carrier == choices[1].company
        c.mode.choose(9)
        assert c.mode.note.code == "handover_no_such_key" and Sound("error") in c.bench_events
        c.controller.command(BenchCommand.UNDO)
        assert c.mode.note.code == "handover_not_here" and c.mode.note.params == ("Undo last scan",)
        c.controller.command(BenchCommand.ACKNOWLEDGE)  # Enter clears the red
        assert c.mode.note is None
        c.controller.command(BenchCommand.TODAY)  # F12: leaves the handover and does what it does
        assert not c.mode.active and any(isinstance(e, ShowToday) for e in c.bench_events)

    scenario_with(tmp_path, body)


def test_the_finish_code_opens_the_handover_from_the_list_and_says_when_there_is_nothing(tmp_path):
    async def body(c: Counter) -> None:
        c.controller.scan("zzcmddone")
        assert c.mode.active
        await c.until(lambda: c.mode.note is not None)
        assert c.mode.note.code == "handover_nothing_to_finish"
        c.controller.scan("ZZCMDHANDOVER")  # while open: the list is read again
        await c.loaded()
        assert c.mode.active

    scenario_with(tmp_path, body)


def test_without_a_journal_the_handover_says_why_it_cannot_open(tmp_path):
    async def body(c: Counter) -> None:
        controller = BenchController(c.counter.station)
        mode = HandoverMode(controller, None)
        events: list[Any] = []
        mode.listener = events.append
        controller.handover = mode
        controller.command(BenchCommand.HANDOVER)
        assert mode.active and mode.note.code == "handover_no_journal" and HandoverShown(True) in events
        assert mode.carriers() == [] and mode.waiting_count == 0

    scenario_with(tmp_path, body)

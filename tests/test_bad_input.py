"""Bad input never crashes the app: mutated OMS answers either parse or raise our
OmsResponseError, and the bench takes any scanner noise without raising."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from instore_app.api import OmsResponseError, Package, PackageShort, Page
from instore_app.api.client import parse
from instore_app.api.models import DenialReason, TransitionLog
from instore_app.packing import PackingSession
from instore_app.api import OmsClient
from instore_app.bench import BenchController, Phase, Work
from instore_app.operations import Station
from instore_app.ui.bench import PackingBench

from .packing_factories import item, package, product

FIXTURES = Path(__file__).parent / "fixtures" / "api-docs"
#: The answers the app reads, with the shape it reads them as.
READ = {
    "oms-package-services__01-package-list.json": Page[Package],
    "oms-package-services__02-package-short-list.json": Page[PackageShort],
    "oms-package-services__04-package-detail.json": Package,
    "oms-package-services__05-package-short-detail.json": Package,
    "oms-package-services__06-package-state-transition-log-list.json": Page[TransitionLog],
    "oms-package-denial-reasons__01-package-denial-reason-list.json": Page[DenialReason],
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a node of a JSON document."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _mutate(document: Any, path: tuple, action: str, replacement: Any) -> Any:
    if not path:
        return replacement
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete" and isinstance(parent, dict):
        del parent[last]
    else:
        parent[last] = replacement
    return document


def _answer(body: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": content_type})


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(READ)),
    pick=st.integers(min_value=0),
    action=st.sampled_from(["replace", "delete"]),
    replacement=json_values,
)
def test_mutated_documented_answers_parse_or_raise_our_error(name, pick, action, replacement):
    document = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    paths = _paths(document)
    mutated = _mutate(document, paths[pick % len(paths)], action, replacement)
    try:
        parse(_answer(json.dumps(mutated).encode()), READ[name])
    except OmsResponseError as error:
        assert error.message  # words, never a bare pydantic error


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=300), content_type=st.sampled_from(["application/json", "text/html", ""]))
def test_any_bytes_parse_or_raise_our_error(body, content_type):
    for shape in (Package, Page[PackageShort]):
        try:
            parse(_answer(body, content_type), shape)
        except OmsResponseError:
            pass


def test_truncated_and_html_answers_are_named():
    raw = (FIXTURES / "oms-package-services__04-package-detail.json").read_bytes()
    with pytest.raises(OmsResponseError, match="broken JSON"):
        parse(_answer(raw[: len(raw) // 2]), Package)
    with pytest.raises(OmsResponseError, match="web page"):
        parse(_answer(b"<!DOCTYPE html><h1>502 Bad Gateway</h1>", "text/html"), Package)


scanner_noise = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=200),  # 200-character bursts
    st.text(alphabet="\x00\x1d\r\n\t\x1b]C1E0d2()01 ", max_size=40),  # control characters, AIM/GS1 debris
    st.sampled_from(["869000000001", "8690000000017\x1d", "]E0869000000001", "şİğüÖÇ", "AKN_1001", "çöşiğü-1001"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=scanner_noise)
def test_the_bench_takes_any_scanner_noise(qtbot, code):
    """Any noise into the bench controller ends in a note, and the bench paints it."""
    pack = package(items=[item(1, product(1, "AKN-1000", "8690000000017")), item(2, product(2, "AKN-1001"))])
    events = []
    controller = BenchController(Station(OmsClient("http://127.0.0.1:9", "t"), 1), auto_pack=False, listener=events.append)
    work = Work(pack.id, pack.number, package=pack, session=PackingSession(pack), phase=Phase.SCANNING)
    controller.works[pack.id] = work
    controller.current_id = pack.id
    controller.scan(code)
    assert events, "a scan is always answered"
    bench = PackingBench()
    qtbot.addWidget(bench)
    bench.show_work(work, controller.banner(work), controller.available())
    assert bench.banner.text()

"""The simulator as a hostile server (next_offsite, lying_count, self_next, gzip_bomb,
wrong_content_type, redirect, late), over real loopback HTTP with httpx."""

from __future__ import annotations

import gzip
import threading
import tracemalloc
import zlib
from datetime import datetime, timezone

import httpx
import pytest

from instore_app.simulator import DEFAULT_TOKEN, FaultInjector, FaultPlan, SimulatorServer, Store
from instore_app.simulator.__main__ import fault_plan, parse_args
from instore_app.simulator.faults import ALL_KINDS, HOSTILE_KINDS, KINDS
from instore_app.simulator.hostile import gzip_bomb

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
PACKAGES = "/api/v1/oms/packages/"
REASONS = "/api/v1/oms/package-denial-reason/"
AUTH = {"Authorization": f"Token {DEFAULT_TOKEN}"}


@pytest.fixture(scope="module")
def server():
    with SimulatorServer(Store(seed=5, now=NOW)) as running:
        yield running


@pytest.fixture
def store(server) -> Store:
    server.store = Store(seed=5, now=NOW)
    server.faults.plan = None
    server.faults.reset_stats()
    return server.store


@pytest.fixture
def client(server, store):
    with httpx.Client(base_url=server.url, headers=AUTH, timeout=httpx.Timeout(10.0)) as http:
        yield http


def _plan(server: SimulatorServer, kind: str, endpoint: str = "all", **options) -> None:
    server.faults.plan = FaultPlan(rates={kind: 1.0}, endpoints=(endpoint,), **options)


def _label_path(client: httpx.Client, store: Store, is_file: bool | None = None) -> str:
    for pid in store.package_ids(state="500"):
        label = client.get(f"{PACKAGES}{pid}/").json()["shipping_label"]
        if is_file is None or label["is_file"] == is_file:
            return label["preview_url"]
    raise AssertionError("no packed package with such a label")


# -- lists ---------------------------------------------------------------------------------


def test_next_offsite_points_next_at_another_origin_with_the_same_path(server, client, store):
    _plan(server, "next_offsite", "denial_reasons")
    page = client.get(REASONS, params={"limit": 1}).json()
    assert page["next"] == f"http://127.0.0.2:{server.port}{REASONS}?limit=1&page=2"
    _plan(server, "next_offsite", "denial_reasons", offsite_origin="https://evil.test")
    assert client.get(REASONS, params={"limit": 1}).json()["next"].startswith("https://evil.test/api/")
    last = client.get(REASONS, params={"limit": 1000}).json()
    assert last["next"] is None  # only a page that has a next gets another one


def test_lying_count_changes_count_but_not_the_pages(server, client, store):
    real = client.get(REASONS, params={"limit": 2}).json()
    _plan(server, "lying_count", "denial_reasons", count_factor=3, count_offset=10**12)
    lied = client.get(REASONS, params={"limit": 2}).json()
    assert lied["count"] == real["count"] * 3 + 10**12
    assert lied["results"] == real["results"] and lied["next"] == real["next"]
    past_the_end = real["count"] // 2 + 2
    assert client.get(REASONS, params={"limit": 2, "page": past_the_end}).status_code == 404
    _plan(server, "lying_count", "denial_reasons", count_factor=0.5, count_offset=-1)
    assert client.get(REASONS, params={"limit": 2}).json()["count"] == max(0, round(real["count"] * 0.5) - 1)


def test_self_next_points_at_the_page_itself_even_on_the_last_page(server, client, store):
    _plan(server, "self_next", "denial_reasons")
    for params in ({"limit": 1}, {"limit": 1000}):
        response = client.get(REASONS, params=params)
        assert response.json()["next"] == str(response.request.url)


def test_list_lies_only_on_paged_endpoints(server, client, store):
    for kind in ("next_offsite", "lying_count", "self_next"):
        _plan(server, kind)
        detail = client.get(f"{PACKAGES}{store.package_ids()[0]}/").json()
        assert "count" not in detail and "next" not in detail
    assert server.faults.stats()["faults_by_endpoint"] == {}


# -- bodies and types ------------------------------------------------------------------------


def test_gzip_bomb_is_valid_gzip_of_the_real_answer_padded_to_the_size(server, client, store):
    pid = store.package_ids()[0]
    real = client.get(f"{PACKAGES}{pid}/").content
    _plan(server, "gzip_bomb", "detail", bomb_bytes=3 * 1024 * 1024 + 17)
    with client.stream("GET", f"{PACKAGES}{pid}/") as response:
        assert response.headers["content-encoding"] == "gzip"
        assert response.headers["content-type"] == "application/json"
        raw = response.read_raw() if hasattr(response, "read_raw") else b"".join(response.iter_raw())
    assert len(raw) == int(response.headers["content-length"]) < 10_000
    body = gzip.decompress(raw)  # checks the CRC and the length in the trailer too
    assert len(body) == 3 * 1024 * 1024 + 17
    assert body.startswith(real) and body[len(real):].strip() == b""


def test_a_gzip_bomb_of_1_5_gb_is_sent_without_being_held():
    """Over the wire, the simulator sends ~1.5 MB for 1.5 GB; its memory stays small."""
    with SimulatorServer(Store(seed=5, now=NOW)) as server:
        _plan(server, "gzip_bomb", "denial_reasons")  # the default size, 1.5 GB
        tracemalloc.start()
        try:
            with httpx.Client(base_url=server.url, headers=AUTH, timeout=60) as http, http.stream("GET", REASONS) as response:
                inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
                decoded = raw = 0
                for chunk in response.iter_raw():
                    raw += len(chunk)
                    while chunk:
                        decoded += len(inflater.decompress(chunk, 1 << 20))
                        chunk = inflater.unconsumed_tail
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert decoded == 1_500_000_000 and inflater.eof
    assert raw < 2_000_000
    assert peak < 40 * 1024 * 1024


def test_gzip_bomb_generator_pieces_add_up():
    prefix = b'{"ok": true}'
    total = 5 * 1024 * 1024 + 3
    crc = zlib.crc32(prefix + b" " * (total - len(prefix)))
    length, pieces = gzip_bomb(prefix, total, crc)
    data = b"".join(pieces)
    assert len(data) == length
    assert gzip.decompress(data) == prefix + b" " * (total - len(prefix))


def test_wrong_content_type_serves_the_real_bytes_with_another_type(server, client, store):
    pdf_path = _label_path(client, store, is_file=True)
    html_path = _label_path(client, store, is_file=False)
    pdf = client.get(pdf_path).content
    _plan(server, "wrong_content_type", "label")
    response = client.get(pdf_path)
    assert response.content == pdf and response.content.startswith(b"%PDF")
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert client.get(html_path).headers["content-type"] == "image/png"  # HTML is text/html already
    _plan(server, "wrong_content_type", "image", content_type="application/pdf")
    image = client.get("/media/products/301.png")
    assert image.content.startswith(b"\x89PNG") and image.headers["content-type"] == "application/pdf"


# -- commands ----------------------------------------------------------------------------------


def _waiting(client: httpx.Client, store: Store) -> tuple[int, dict]:
    pid = store.package_ids(state="100")[0]
    package = client.get(f"{PACKAGES}{pid}/").json()
    start = next(c for c in package["commands"] if c["command"] == "PKG_STATE_TRANSITION")
    return pid, {"transition": start["id"], "input_parameters": {}}


def test_redirect_answers_302_and_runs_nothing(server, client, store):
    pid, body = _waiting(client, store)
    _plan(server, "redirect", "command")
    response = client.post(f"{PACKAGES}{pid}/command/", json=body)
    assert response.status_code == 302
    assert response.headers["location"] == f"/accounts/login/?next={PACKAGES}{pid}/command/"
    assert store.package_state(pid) == "100" and store.command_count(pid) == 0
    _plan(server, "redirect", "detail", redirect_location="https://sso.test/login")
    assert client.get(f"{PACKAGES}{pid}/").headers["location"] == "https://sso.test/login"


def test_late_applies_the_command_after_the_client_gave_up(server, client, store):
    pid, body = _waiting(client, store)
    _plan(server, "late", "command", late_seconds=1.0)
    with pytest.raises(httpx.ReadTimeout):
        client.post(f"{PACKAGES}{pid}/command/", json=body, timeout=httpx.Timeout(5.0, read=0.3))
    assert server.faults.wait_late_applied(1, timeout=30)
    assert store.package_state(pid) == "200"
    assert store.command_count(pid, "PKG_STATE_TRANSITION", applied_only=True) == 1


def test_late_answers_the_real_204_to_a_client_that_waits(server, client, store):
    pid, body = _waiting(client, store)
    _plan(server, "late", "command", late_seconds=0.3)
    response = client.post(f"{PACKAGES}{pid}/command/", json=body)
    assert response.status_code == 204
    assert store.package_state(pid) == "200" and server.faults.late_applied == 1


def test_late_is_only_for_commands(server, client, store):
    _plan(server, "late")
    assert client.get(f"{PACKAGES}{store.package_ids()[0]}/").status_code == 200
    assert server.faults.stats()["faults_total"] == 0


def test_stopping_the_server_lets_a_late_command_go_unapplied():
    oms = SimulatorServer(Store(seed=5, now=NOW)).start()
    http = httpx.Client(base_url=oms.url, headers=AUTH)
    pid, body = _waiting(http, oms.store)
    _plan(oms, "late", "command", late_seconds=60)
    outcome: list[object] = []

    def post() -> None:
        try:
            outcome.append(http.post(f"{PACKAGES}{pid}/command/", json=body, timeout=30).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=post)
    thread.start()
    while oms.faults.stats()["faults_total"] == 0 and thread.is_alive():
        thread.join(0.01)
    oms.stop()
    thread.join(30)
    http.close()
    assert not thread.is_alive() and outcome
    assert oms.store.package_state(pid) == "100"


# -- plans and the command line ------------------------------------------------------------------


def test_hostile_kinds_come_after_the_classic_ones_so_classic_draws_stay():
    assert ALL_KINDS == KINDS + HOSTILE_KINDS
    classic = FaultInjector(FaultPlan(rates={"500": 0.3, "lost": 0.2}, seed=8))
    mixed = FaultInjector(FaultPlan(rates={"500": 0.3, "lost": 0.2, "self_next": 0.3, "late": 0.2}, seed=8))
    for _ in range(200):
        before, after = classic.decide("command").kind, mixed.decide("command").kind
        assert after == before or (before is None and after == "late")


def test_plan_json_keeps_hostile_options_and_omits_their_defaults():
    plain = FaultPlan(rates={"502": 0.5})
    assert set(plain.to_json()) == {"rates", "endpoints", "latency_ms", "retry_after", "hang_seconds", "lost_mode", "seed"}
    plan = FaultPlan(rates={"lying_count": 0.5, "late": 0.5}, count_offset=10**12, late_seconds=26, bomb_bytes=10)
    assert plan.to_json()["count_offset"] == 10**12 and plan.to_json()["late_seconds"] == 26.0
    assert FaultPlan.from_json(plan.to_json()) == plan
    assert "count x1 +1000000000000" in plan.describe() and "after 26s" in plan.describe()


@pytest.mark.parametrize(
    "options",
    [
        {"count_factor": -1},
        {"count_offset": 1.5},
        {"offsite_origin": "127.0.0.2"},
        {"bomb_bytes": 0},
        {"content_type": ""},
        {"late_seconds": -1},
        {"rates": {"bomb": 1.0}},
    ],
)
def test_bad_hostile_options_are_refused(options):
    with pytest.raises(ValueError):
        FaultPlan(**options)


def test_admin_puts_a_hostile_plan(server, client, store):
    response = client.put("/_simulator/faults", json={"rates": {"self_next": 1.0}, "endpoints": ["denial_reasons"]})
    assert response.status_code == 200 and response.json()["rates"] == {"self_next": 1.0}
    page = client.get(REASONS, params={"limit": 1})
    assert page.json()["next"] == str(page.request.url)


def test_cli_flags_for_a_hostile_server():
    args = parse_args([
        "--fault-rate", "1", "--faults", "lying_count,gzip_bomb", "--fault-endpoints", "list,label",
        "--count-factor", "0.4", "--count-offset", "51", "--bomb-bytes", "1.5G",
        "--offsite-origin", "http://127.0.0.3:9000", "--wrong-content-type", "image/gif",
        "--redirect-location", "/login/", "--late-seconds", "26",
    ])
    plan = fault_plan(args)
    assert plan.rates == {"lying_count": 0.5, "gzip_bomb": 0.5}
    assert plan.endpoints == ("list", "label")
    assert (plan.count_factor, plan.count_offset, plan.bomb_bytes) == (0.4, 51, 1_500_000_000)
    assert (plan.offsite_origin, plan.content_type) == ("http://127.0.0.3:9000", "image/gif")
    assert (plan.redirect_location, plan.late_seconds) == ("/login/", 26.0)
    assert fault_plan(parse_args(["--fault-rate", "0.2"])).rates == {kind: 0.025 for kind in KINDS}
    with pytest.raises(SystemExit):
        parse_args(["--bomb-bytes", "huge"])

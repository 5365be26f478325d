"""The simulator as a fault injector, over real loopback HTTP with httpx."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone

import httpx
import pytest

from instore_app.simulator import DEFAULT_TOKEN, FaultInjector, FaultPlan, SimulatorServer, Store
from instore_app.simulator.__main__ import fault_plan, parse_args
from instore_app.simulator.faults import KINDS, endpoint_of

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
PACKAGES = "/api/v1/oms/packages/"
AUTH = {"Authorization": f"Token {DEFAULT_TOKEN}"}
TRANSPORT_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError)


@pytest.fixture(scope="module")
def server():
    with SimulatorServer(Store(seed=5, now=NOW)) as running:
        yield running


@pytest.fixture
def store(server) -> Store:
    """A fresh store, no faults and zeroed counts for every test."""
    server.store = Store(seed=5, now=NOW)
    server.faults.plan = None
    server.faults.reset_stats()
    return server.store


@pytest.fixture
def client(server, store):
    timeout = httpx.Timeout(5.0, read=0.5)
    with httpx.Client(base_url=server.url, headers=AUTH, timeout=timeout) as http:
        yield http


def _plan(server: SimulatorServer, kind: str, endpoint: str = "all", **options) -> None:
    server.faults.plan = FaultPlan(rates={kind: 1.0}, endpoints=(endpoint,), **options)


def _waiting(client: httpx.Client, store: Store) -> tuple[int, dict]:
    """A Waiting package and a body that moves it on (read before any fault is set)."""
    pid = store.package_ids(state="100")[0]
    package = client.get(f"{PACKAGES}{pid}/").json()
    start = next(c for c in package["commands"] if c["command"] == "PKG_STATE_TRANSITION")
    return pid, {"transition": start["id"], "input_parameters": {}}


# -- each kind on the wire ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_server_errors_answer_their_status_with_an_html_page(server, client, kind):
    _plan(server, kind, "list")
    response = client.get(PACKAGES)
    assert response.status_code == int(kind)
    assert response.headers["content-type"].startswith("text/html")
    if kind == "502":
        assert "<h1>502 Bad Gateway</h1>" in response.text
    assert client.get(f"{PACKAGES}{server.store.package_ids()[0]}/").status_code == 200  # detail untouched


@pytest.mark.parametrize(("retry_after", "detail"), [(1, "1 second."), (3, "3 seconds.")])
def test_429_says_when_to_retry(server, client, retry_after, detail):
    _plan(server, "429", "list", retry_after=retry_after)
    response = client.get(PACKAGES)
    assert response.status_code == 429
    assert response.headers["retry-after"] == str(retry_after)
    assert response.json() == {"detail": f"Request was throttled. Expected available in {detail}"}


def test_timeout_holds_the_request_past_the_read_timeout(server, client):
    _plan(server, "timeout", "list", hang_seconds=2)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.get(PACKAGES)
    assert time.monotonic() - started >= 0.5
    server.faults.plan = None
    assert client.get(PACKAGES).status_code == 200


def test_a_timeout_that_outlasts_hang_seconds_becomes_a_504(server, client):
    _plan(server, "timeout", "list", hang_seconds=0.1)
    response = client.get(PACKAGES)
    assert response.status_code == 504 and "Gateway Time-out" in response.text


def test_stopping_the_server_lets_held_requests_go():
    oms = SimulatorServer(Store(seed=5, now=NOW), faults=FaultPlan(rates={"timeout": 1.0}, hang_seconds=30)).start()
    outcome: list[object] = []

    def request() -> None:
        try:
            outcome.append(httpx.get(oms.url + PACKAGES, headers=AUTH, timeout=10).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=request)
    thread.start()
    deadline = time.monotonic() + 5
    while oms.faults.stats()["faults_total"] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    oms.stop()
    assert time.monotonic() - started < 1.5
    thread.join(5)
    assert not thread.is_alive() and outcome


@pytest.mark.parametrize("endpoint", ["list", "detail", "label"])
def test_close_drops_the_connection_mid_response(server, client, store, endpoint):
    pid = store.package_ids(state="500")[0]
    label = client.get(f"{PACKAGES}{pid}/").json()["shipping_label"]["preview_url"]
    path = {"list": PACKAGES, "detail": f"{PACKAGES}{pid}/", "label": label}
    _plan(server, "close", endpoint)
    with pytest.raises(httpx.TransportError) as raised:
        client.get(path[endpoint])
    assert isinstance(raised.value, TRANSPORT_ERRORS)
    server.faults.plan = None
    assert client.get(path[endpoint]).status_code == 200


def test_malformed_is_a_200_whose_json_does_not_parse(server, client, store):
    _plan(server, "malformed", "detail")
    response = client.get(f"{PACKAGES}{store.package_ids()[0]}/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content.startswith(b'{"')
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


# -- the command endpoint -----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["500", "502", "503", "429", "timeout", "close", "malformed"])
def test_other_faults_on_the_command_endpoint_change_nothing(server, client, store, kind):
    pid, body = _waiting(client, store)
    _plan(server, kind, "command", hang_seconds=2)
    try:
        response = client.post(f"{PACKAGES}{pid}/command/", json=body)
        assert response.status_code != 204
    except httpx.TransportError:
        pass
    assert store.package_state(pid) == "100"
    assert store.command_count(pid) == 0
    server.faults.plan = None
    assert client.post(f"{PACKAGES}{pid}/command/", json=body).status_code == 204
    assert store.package_state(pid) == "200"


@pytest.mark.parametrize(
    ("mode", "error"),
    [("502", None), ("close", httpx.TransportError), ("timeout", httpx.ReadTimeout)],
)
def test_a_lost_command_is_applied_but_its_answer_never_arrives(server, client, store, mode, error):
    pid, body = _waiting(client, store)
    _plan(server, "lost", "command", lost_mode=mode, hang_seconds=2)
    if error is None:
        response = client.post(f"{PACKAGES}{pid}/command/", json=body)
        assert response.status_code == 502 and "Bad Gateway" in response.text
    else:
        with pytest.raises(error):
            client.post(f"{PACKAGES}{pid}/command/", json=body)
    assert store.package_state(pid) == "200"
    assert store.command_count(pid) == 1
    assert store.command_count(pid, "PKG_STATE_TRANSITION", applied_only=True) == 1
    # The app's way out: re-read the package (reads are not faulted here).
    assert client.get(f"{PACKAGES}{pid}/").json()["state"]["enum_value"] == "200"
    commands = server.stats()["commands"][str(pid)]
    assert commands == {
        "received": 1,
        "applied": 1,
        "by_command": {"PKG_STATE_TRANSITION": {"received": 1, "applied": 1}},
    }


def test_lost_only_applies_to_commands(server, client, store):
    server.faults.plan = FaultPlan(rates={"lost": 1.0})
    assert client.get(PACKAGES).status_code == 200
    assert client.get(f"{PACKAGES}{store.package_ids()[0]}/").status_code == 200
    assert server.faults.stats()["faults_total"] == 0


# -- latency, selection, determinism, rates ------------------------------------------------


def test_latency_delays_every_request_on_the_selected_endpoints(server, client, store):
    pid = store.package_ids()[0]
    server.faults.plan = FaultPlan(latency_ms=150, endpoints=("detail",))
    started = time.monotonic()
    assert client.get(f"{PACKAGES}{pid}/").status_code == 200
    assert time.monotonic() - started >= 0.15
    server.faults.plan = FaultPlan(latency_ms="100-120", endpoints=("detail",))
    for _ in range(2):
        started = time.monotonic()
        assert client.get(f"{PACKAGES}{pid}/").status_code == 200
        assert time.monotonic() - started >= 0.1
    assert server.faults.stats()["faults"] == {"latency": {"detail": 3}}


def test_faults_on_the_command_endpoint_leave_reads_alone(server, client, store):
    pid, body = _waiting(client, store)
    server.faults.reset_stats()
    server.faults.plan = FaultPlan(rates={"502": 1.0}, endpoints=("command",))
    for path in (PACKAGES, f"{PACKAGES}short/", f"{PACKAGES}{pid}/", f"{PACKAGES}{pid}/transition_logs/"):
        assert client.get(path).status_code == 200
    assert client.post(f"{PACKAGES}{pid}/command/", json=body).status_code == 502
    stats = server.faults.stats()
    assert stats["requests"] == {"list": 2, "detail": 1, "transition_logs": 1, "command": 1}
    assert stats["faults"] == {"502": {"command": 1}}


def test_same_seed_same_faults_whatever_other_endpoints_do(server, client, store):
    pid = store.package_ids()[0]
    plan = FaultPlan(rates={"500": 0.25, "502": 0.25}, seed=42)

    def statuses(interleave: bool) -> list[int]:
        server.faults.plan = plan  # restarts the random sequences
        codes = []
        for _ in range(40):
            codes.append(client.get(PACKAGES, params={"limit": 1}).status_code)
            if interleave:
                client.get(f"{PACKAGES}{pid}/")
        return codes

    first = statuses(interleave=False)
    assert set(first) == {200, 500, 502}
    assert statuses(interleave=True) == first
    server.faults.plan = FaultPlan(rates={"500": 0.25, "502": 0.25}, seed=43)
    assert [client.get(PACKAGES, params={"limit": 1}).status_code for _ in range(40)] != first


def test_a_rate_of_a_fifth_injects_about_a_fifth(server, client):
    server.faults.plan = FaultPlan.uniform(0.2, ["500", "503"], endpoints=("list",), seed=9)
    codes = [client.get(PACKAGES, params={"limit": 1}).status_code for _ in range(500)]
    faulted = sum(code != 200 for code in codes)
    assert 50 <= faulted <= 150
    stats = server.faults.stats()
    assert stats["faults_total"] == faulted and stats["requests"] == {"list": 500}
    assert stats["faults_by_kind"] == {"500": codes.count(500), "503": codes.count(503)}
    # The same seed decides the same way without HTTP too.
    injector = FaultInjector(server.faults.plan)
    again = [injector.decide("list").kind for _ in range(500)]
    assert [(kind and int(kind)) or 200 for kind in again] == codes


def test_plans_can_be_changed_from_another_thread_while_serving(server, client):
    stop = threading.Event()

    def flip() -> None:
        while not stop.is_set():
            server.faults.plan = FaultPlan(rates={"502": 1.0})
            server.faults.plan = None

    thread = threading.Thread(target=flip)
    thread.start()
    try:
        assert {client.get(PACKAGES, params={"limit": 1}).status_code for _ in range(50)} <= {200, 502}
    finally:
        stop.set()
        thread.join()


# -- admin endpoints ---------------------------------------------------------------------


def test_admin_get_and_put_the_plan(server, client):
    assert client.get("/_simulator/faults").json()["rates"] == {}
    response = client.put(
        "/_simulator/faults",
        json={"rate": 0.2, "kinds": ["502", "lost"], "endpoints": ["command"], "latency_ms": "5-10", "seed": 4},
    )
    assert response.status_code == 200
    expected = {
        "rates": {"502": 0.1, "lost": 0.1},
        "endpoints": ["command"],
        "latency_ms": [5.0, 10.0],
        "retry_after": 1,
        "hang_seconds": 30.0,
        "lost_mode": "502",
        "seed": 4,
    }
    assert response.json() == expected
    assert client.get("/_simulator/faults").json() == expected
    assert server.faults.plan == FaultPlan.from_json(expected)
    assert client.put("/_simulator/faults", json={"rates": {"503": 1.0}}).json()["rates"] == {"503": 1.0}
    assert client.get("/_simulator/stats").status_code == 200  # admin routes are never faulted
    assert client.get(PACKAGES).status_code == 503


@pytest.mark.parametrize(
    "body",
    [
        {"rates": {"418": 0.5}},
        {"rates": {"502": 0.7, "503": 0.7}},
        {"rates": {"502": "often"}},
        {"endpoints": ["orders"]},
        {"latency_ms": "slow"},
        {"lost_mode": "vanish"},
        {"hang_seconds": -1},
        {"colour": "red"},
        [1, 2],
    ],
)
def test_admin_rejects_a_bad_plan_with_400(server, client, body):
    server.faults.plan = FaultPlan(rates={"500": 0.1})
    response = client.put("/_simulator/faults", json=body)
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Invalid fault plan: ")
    assert server.faults.plan == FaultPlan(rates={"500": 0.1})


def test_admin_rejects_a_body_that_is_not_json(client):
    response = client.put("/_simulator/faults", content=b"{nope")
    assert response.status_code == 400


def test_admin_endpoints_need_the_token(server, store):
    for method, path in [("GET", "faults"), ("PUT", "faults"), ("GET", "stats"), ("POST", "reset-stats")]:
        response = httpx.request(method, f"{server.url}/_simulator/{path}", json={})
        assert response.status_code == 401, (method, path)
    wrong = httpx.get(f"{server.url}/_simulator/stats", headers={"Authorization": "Token nope"})
    assert wrong.status_code == 401


def test_admin_stats_and_reset(server, client, store):
    pid, body = _waiting(client, store)
    _plan(server, "lost", "command")
    assert client.post(f"{PACKAGES}{pid}/command/", json=body).status_code == 502
    server.faults.plan = None
    assert client.post(f"{PACKAGES}{pid}/command/", json=body).status_code == 406  # already applied
    stats = client.get("/_simulator/stats").json()
    assert stats["requests"] == {"detail": 1, "command": 2}
    assert stats["faults"] == {"lost": {"command": 1}}
    assert stats["faults_by_kind"] == {"lost": 1} and stats["faults_by_endpoint"] == {"command": 1}
    assert stats["faults_total"] == 1
    assert stats["commands"] == {
        str(pid): {
            "received": 2,
            "applied": 1,
            "by_command": {"PKG_STATE_TRANSITION": {"received": 2, "applied": 1}},
        }
    }
    assert client.post("/_simulator/reset-stats").status_code == 204
    assert client.get("/_simulator/stats").json() == {
        "requests": {},
        "faults": {},
        "faults_by_kind": {},
        "faults_by_endpoint": {},
        "faults_total": 0,
        "commands": {},
    }
    assert store.package_state(pid) == "200"


# -- plans, endpoints and the command line ---------------------------------------------------


def test_endpoint_names():
    assert endpoint_of("POST", "/api/v1/auth/login/") == "login"
    assert endpoint_of("GET", PACKAGES) == endpoint_of("GET", f"{PACKAGES}short/") == "list"
    assert endpoint_of("GET", f"{PACKAGES}12/") == "detail"
    assert endpoint_of("POST", f"{PACKAGES}12/command/") == "command"
    assert endpoint_of("GET", f"{PACKAGES}12/transition_logs/") == "transition_logs"
    assert endpoint_of("GET", "/api/v1/oms/package-denial-reason/") == "denial_reasons"
    assert endpoint_of("GET", "/api/v1/oms/stocklocations/list-simple/") == "stock_locations"
    assert endpoint_of("GET", "/api/v1/oms/shipping-label/7/preview/") == "label"
    assert endpoint_of("GET", "/media/products/301.png") == "image"
    assert endpoint_of("GET", "/_simulator/stats") is None
    assert endpoint_of("GET", f"{PACKAGES}12/command/") is None


def test_plan_json_round_trip_and_uniform_split():
    plan = FaultPlan.uniform(0.2, KINDS, endpoints=("list", "command"), latency_ms=(20, 200), seed=3)
    assert plan.rates == {kind: pytest.approx(0.025) for kind in KINDS}
    assert FaultPlan.from_json(plan.to_json()) == plan
    assert FaultPlan(endpoints=("all", "list")).endpoints == ("all",)
    assert not FaultPlan().active and FaultPlan(latency_ms=5).active
    assert "seed 3" in plan.describe() and FaultPlan().describe() == "no faults"


def test_cli_flags_make_a_plan():
    args = parse_args([
        "--fault-rate", "0.2",
        "--faults", "500,502,503,429,timeout,close,malformed,lost",
        "--fault-endpoints", "command,list",
        "--latency-ms", "20-200",
        "--retry-after", "2",
        "--hang-seconds", "5",
        "--lost-mode", "close",
        "--fault-seed", "7",
    ])
    plan = fault_plan(args)
    assert plan == FaultPlan(
        rates={kind: 0.025 for kind in KINDS},
        endpoints=("list", "command"),
        latency_ms=(20, 200),
        retry_after=2,
        hang_seconds=5,
        lost_mode="close",
        seed=7,
    )
    assert fault_plan(parse_args(["--latency-ms", "50"])) == FaultPlan(latency_ms=50)
    assert fault_plan(parse_args(["--fault-rate", "0.1", "--faults", "502"])).rates == {"502": 0.1}
    assert fault_plan(parse_args([])) is None


@pytest.mark.parametrize(
    "argv",
    [["--faults", "500,teapot"], ["--fault-endpoints", "orders"], ["--latency-ms", "200-20"], ["--fault-rate", "2"]],
)
def test_cli_rejects_bad_fault_flags(argv, capsys):
    with pytest.raises(SystemExit):
        parse_args(argv)

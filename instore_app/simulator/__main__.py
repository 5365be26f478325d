"""Run the OMS simulator on its own: ``python -m instore_app.simulator --port 8765``.

With faults, e.g. for a soak test::

    python -m instore_app.simulator --fault-rate 0.2 --faults 502,429,timeout,close,lost \\
        --fault-endpoints command,list --latency-ms 20-200 --hang-seconds 10 --fault-seed 7

As a hostile server, e.g. a list that claims 10^12 packages, or a pack applied after 26 s::

    python -m instore_app.simulator --fault-rate 1 --faults lying_count --count-offset 1000000000000
    python -m instore_app.simulator --fault-rate 1 --faults late --fault-endpoints command --late-seconds 26
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from .faults import ALL_KINDS, ENDPOINTS, KINDS, LOST_MODES, FaultPlan, parse_latency
from .seed import DEFAULT_STOCK_LOCATION_ID
from .server import DEFAULT_TOKEN, DEMO_PASSWORD, SimulatorServer
from .staff import DEMO_USERNAME
from .store import Store


def _names(known: tuple[str, ...], allow_all: bool = False) -> Callable[[str], list[str]]:
    """An argparse type: a comma-separated list of ``known`` names."""

    def parse(value: str) -> list[str]:
        names = [name.strip() for name in value.split(",") if name.strip()]
        allowed = (*known, "all") if allow_all else known
        bad = [name for name in names if name not in allowed]
        if bad or not names:
            raise argparse.ArgumentTypeError(f"expected names from {', '.join(allowed)}; got {value!r}")
        return names

    return parse


def _latency(value: str) -> tuple[float, float]:
    try:
        return parse_latency(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        rate = -1.0
    if not 0 <= rate <= 1:
        raise argparse.ArgumentTypeError(f"expected a probability from 0 to 1, got {value!r}")
    return rate


_UNITS = {None: 1, "k": 1000, "m": 1000**2, "g": 1000**3, "ki": 1024, "mi": 1024**2, "gi": 1024**3}


def _size(value: str) -> int:
    """``1500000000``, ``1.5G``, ``200MB``, ``64MiB`` -> bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]i?)?b?\s*", value.lower())
    size = int(float(match[1]) * _UNITS[match[2]]) if match else 0
    if size <= 0:
        raise argparse.ArgumentTypeError(f"expected a size like 1500000000, 1.5G or 200M, got {value!r}")
    return size


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m instore_app.simulator", description="Run the Akinon OMS simulator."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8765, help="port, 0 for any free one (default: %(default)s)")
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the API token to accept and hand out at login")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated data (default: %(default)s)")
    parser.add_argument(
        "--extra-packages",
        type=int,
        default=0,
        metavar="N",
        help=f"add N more packages at stock location {DEFAULT_STOCK_LOCATION_ID} (scale tests)",
    )
    faults = parser.add_argument_group("fault injection (see instore_app/simulator/faults.py)")
    faults.add_argument(
        "--fault-rate", type=_rate, default=0.0, metavar="P",
        help="probability that a request gets a fault, split evenly over --faults (default: %(default)s)",
    )
    faults.add_argument(
        "--faults", type=_names(ALL_KINDS), default=list(KINDS), metavar="KINDS",
        help=f"comma-separated fault kinds (default: all of {','.join(KINDS)}); "
        f"also, for a hostile server: {','.join(k for k in ALL_KINDS if k not in KINDS)}",
    )
    faults.add_argument(
        "--fault-endpoints", type=_names(ENDPOINTS, allow_all=True), default=["all"], metavar="NAMES",
        help=f"comma-separated endpoints to fault, or all (default); from {','.join(ENDPOINTS)}",
    )
    faults.add_argument(
        "--latency-ms", type=_latency, default=(0.0, 0.0), metavar="MS",
        help="delay every request on the fault endpoints: N or MIN-MAX milliseconds",
    )
    faults.add_argument("--retry-after", type=int, default=1, metavar="S", help="429's Retry-After (default: 1)")
    faults.add_argument(
        "--hang-seconds", type=float, default=30.0, metavar="S",
        help="how long a 'timeout' holds a request (default: %(default)s)",
    )
    faults.add_argument(
        "--lost-mode", choices=LOST_MODES, default="502",
        help="how a 'lost' command's answer is lost, after the command is applied (default: %(default)s)",
    )
    faults.add_argument("--fault-seed", type=int, default=0, metavar="N", help="seed of the fault decisions")
    hostile = parser.add_argument_group("a hostile server (options of the kinds named)")
    hostile.add_argument("--count-factor", type=float, default=1.0, metavar="F", help="lying_count: count times F")
    hostile.add_argument("--count-offset", type=int, default=0, metavar="N", help="lying_count: then plus N")
    hostile.add_argument(
        "--offsite-origin", default="http://127.0.0.2:{port}", metavar="URL",
        help="next_offsite: where next links point ({port} is this server's port; default: %(default)s)",
    )
    hostile.add_argument(
        "--bomb-bytes", type=_size, default=1_500_000_000, metavar="SIZE",
        help="gzip_bomb: decompressed size, e.g. 1.5G (default: 1.5G)",
    )
    hostile.add_argument(
        "--wrong-content-type", default="text/html; charset=utf-8", metavar="TYPE",
        help="wrong_content_type: the type labels and images are served with (default: %(default)s)",
    )
    hostile.add_argument(
        "--redirect-location", default="/accounts/login/?next={path}", metavar="URL",
        help="redirect: the 302's Location ({path} is the request's; default: %(default)s)",
    )
    hostile.add_argument(
        "--late-seconds", type=float, default=30.0, metavar="S",
        help="late: how long a command is held before it is applied (default: %(default)s)",
    )
    return parser.parse_args(argv)


def fault_plan(args: argparse.Namespace) -> FaultPlan | None:
    """The fault plan the arguments ask for, or None for no faults and no latency."""
    plan = FaultPlan.uniform(
        args.fault_rate,
        args.faults,
        endpoints=tuple(args.fault_endpoints),
        latency_ms=args.latency_ms,
        retry_after=args.retry_after,
        hang_seconds=args.hang_seconds,
        lost_mode=args.lost_mode,
        seed=args.fault_seed,
        count_factor=args.count_factor,
        count_offset=args.count_offset,
        offsite_origin=args.offsite_origin,
        bomb_bytes=args.bomb_bytes,
        content_type=args.wrong_content_type,
        redirect_location=args.redirect_location,
        late_seconds=args.late_seconds,
    )
    return plan if plan.active else None


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        plan = fault_plan(args)
    except ValueError as exc:
        raise SystemExit(f"error: {exc}") from None
    store = Store(seed=args.seed, extra_packages=args.extra_packages)
    server = SimulatorServer(store, host=args.host, port=args.port, token=args.token, faults=plan).start()
    print(f"OMS simulator running at {server.url}", flush=True)
    print(f"Token: {server.token}", flush=True)
    print(f"Login: {DEMO_USERNAME} / {DEMO_PASSWORD}; stock location {DEFAULT_STOCK_LOCATION_ID}", flush=True)
    print(f"Faults: {server.faults.plan.describe()}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    try:
        while server.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()

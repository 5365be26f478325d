"""Run the OMS simulator on its own: ``python -m instore_app.simulator --port 8765``."""

from __future__ import annotations

import argparse
import time

from .seed import DEFAULT_STOCK_LOCATION_ID
from .server import DEFAULT_TOKEN, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer
from .store import Store


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
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    store = Store(seed=args.seed, extra_packages=args.extra_packages)
    server = SimulatorServer(store, host=args.host, port=args.port, token=args.token).start()
    print(f"OMS simulator running at {server.url}", flush=True)
    print(f"Token: {server.token}", flush=True)
    print(f"Login: {DEMO_USERNAME} / {DEMO_PASSWORD}; stock location {DEFAULT_STOCK_LOCATION_ID}", flush=True)
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

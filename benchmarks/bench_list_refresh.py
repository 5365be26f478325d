"""A list of 10,000 waiting packages from the simulator over loopback: how long a refresh
takes, how many requests it and the read-ahead of details make, and the memory they use.

The station lists every page (``/packages/short/``, 100 a page, a few pages at a time) and
then reads ahead only the details of the next packages to pack (PREFETCH_WINDOW, by pack-by
date); other details are read when a package is opened. Prints the median and p99 of the
refresh time, the requests per refresh and for the read-ahead, and the Python memory peak
(tracemalloc) and the process's resident memory.
"""

from __future__ import annotations

import asyncio
import resource
import socket
import subprocess
import sys
import time
import tracemalloc

import httpx

from _common import summary

from instore_app.api import OmsClient
from instore_app.operations import Station
from instore_app.operations.station import PREFETCH_WINDOW
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN

PACKAGES = 10_000
ROUNDS = 5


def requests(url: str) -> int:
    stats = httpx.get(f"{url}/_simulator/stats", headers={"Authorization": f"Token {DEFAULT_TOKEN}"}).json()
    return sum(stats["requests"].values())


async def measure(url: str) -> None:
    async with OmsClient(url, DEFAULT_TOKEN) as client:
        station = Station(client, DEFAULT_STOCK_LOCATION_ID)
        samples, per_refresh, listed = [], [], 0
        tracemalloc.start()
        for _ in range(ROUNDS):
            before = requests(url)
            started = time.perf_counter()
            packages = await station.refresh()
            samples.append((time.perf_counter() - started) * 1000)
            per_refresh.append(requests(url) - before)
            listed = len(packages)
        _, list_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        before = requests(url)
        read = await station.prefetch_details()
        prefetch_requests = requests(url) - before
        _, prefetch_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    median, p99 = summary(samples)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"list refresh, {listed} packages: median {median:.0f} ms, p99 {p99:.0f} ms ({ROUNDS} refreshes)")
    print(f"requests per refresh: {max(per_refresh)}; read-ahead of details: {read} read, {prefetch_requests} requests"
          f" (window {PREFETCH_WINDOW})")
    print(f"memory: Python peak {list_peak / 2**20:.0f} MB while listing, {prefetch_peak / 2**20:.0f} MB reading ahead;"
          f" the station's max RSS {rss_mb:.0f} MB")


def main() -> None:
    """The simulator runs in its own process, as an OMS would."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    simulator = subprocess.Popen(
        [sys.executable, "-m", "instore_app.simulator", "--port", str(port), "--extra-packages", str(PACKAGES)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                requests(url)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        asyncio.run(measure(url))
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)


if __name__ == "__main__":
    main()

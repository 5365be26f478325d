"""Product photos: the bounded disk cache, fetching through the client, the bench showing them."""

from __future__ import annotations

import logging
import os

import pytest
from PySide6.QtGui import QColor, QImage

from instore_app.api import OmsClient, RetryPolicy
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer, Store
from instore_app.ui.image_store import DiskImageStore, default_folder
from instore_app.ui.images import ImageCache, decode, initials

from .window_helpers import next_emission, running_window, until


def touch(path, seconds: int) -> None:
    os.utime(path, (seconds, seconds))


# -- the disk cache --------------------------------------------------------------------------------


def test_photos_are_kept_by_a_hash_of_their_address(tmp_path):
    store = DiskImageStore(tmp_path)
    url = "https://cdn.test/p/301.jpg?signature=secret"
    assert store.get(url) is None
    assert store.put(url, b"jpeg bytes")
    assert store.get(url) == b"jpeg bytes"
    (name,) = [p.name for p in tmp_path.iterdir()]
    assert "secret" not in name and "cdn" not in name and name.endswith(".img")


def test_the_least_recently_used_go_first_when_a_bound_is_passed(tmp_path):
    store = DiskImageStore(tmp_path, max_files=3, max_bytes=10_000)
    for n in range(3):
        store.put(f"u{n}", b"x" * 100)
        touch(store.path_for(f"u{n}"), 1_000 + n)
    store.get("u0")  # read: now the most recently used
    store.put("u3", b"x" * 100)
    assert [store.get(f"u{n}") is not None for n in range(4)] == [True, False, True, True]

    store = DiskImageStore(tmp_path / "bytes", max_files=100, max_bytes=250)
    for n in range(3):
        store.put(f"b{n}", b"y" * 100)
        touch(store.path_for(f"b{n}"), 2_000 + n)
    store.prune()
    assert [store.get(f"b{n}") is not None for n in range(3)] == [False, True, True]
    assert not store.put("huge", b"z" * 251)  # larger than the whole cache: not kept


def test_a_cache_folder_that_cannot_be_written_is_logged_once_and_changes_nothing(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    store = DiskImageStore(blocker / "images")
    with caplog.at_level(logging.WARNING):
        assert not store.put("u", b"data") and not store.put("v", b"data")
        assert store.get("u") is None
    assert sum("cannot write the cache" in r.getMessage() for r in caplog.records) == 1


def test_the_default_folder_is_in_the_users_cache(tmp_path):
    folder = default_folder()
    assert folder.name == "product-images" and folder.parent.name == "instore-app"
    assert str(folder).startswith(os.environ["XDG_CACHE_HOME"])


def test_images_are_decoded_small_and_non_images_refused(qapp, tmp_path):
    big = QImage(2000, 1000, QImage.Format.Format_RGB32)
    big.fill(QColor("navy"))
    path = tmp_path / "big.jpg"
    assert big.save(str(path), "JPEG")
    image = decode(path.read_bytes())
    assert image is not None and max(image.width(), image.height()) == 720
    assert decode(b"<html>not an image</html>") is None
    assert initials("Keten Gömlek") == "KG" and initials("") == "?"


# -- fetching through the client -------------------------------------------------------------------


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=5)) as oms:
        yield oms


def photo_url(server) -> str:
    package_id = server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[0]
    product = server.store.package_json(package_id, server.url)["packageitem_set"][0]["order_item"]["product"]
    return product["productimage_set"][0]["url"]


@pytest.mark.asyncio
async def test_a_photo_is_fetched_once_kept_on_disk_and_read_from_there_next_time(qapp, server, tmp_path):
    url = photo_url(server)
    disk = DiskImageStore(tmp_path)
    client = OmsClient(server.url, DEFAULT_TOKEN, retry=RetryPolicy(max_retries=0))
    cache = ImageCache(client.fetch_image, disk=disk)
    try:
        arrived = next_emission(cache.loaded, where=lambda u: u == url)
        assert cache.pixmap(url, 120) is None  # not yet: it is being fetched
        await arrived
        pixmap = cache.pixmap(url, 120)
        assert pixmap is not None and max(pixmap.width(), pixmap.height()) == 120
        assert disk.get(url) is not None
    finally:
        await client.aclose()

    offline = OmsClient("http://127.0.0.1:9", DEFAULT_TOKEN, retry=RetryPolicy(max_retries=0))
    try:
        again = ImageCache(offline.fetch_image, disk=DiskImageStore(tmp_path))
        pixmap = again.pixmap(url, 64, 2.0)  # from the disk at once, no network
        assert pixmap is not None and max(pixmap.width(), pixmap.height()) == 128 and pixmap.devicePixelRatio() == 2.0
    finally:
        await offline.aclose()


@pytest.mark.asyncio
async def test_a_missing_photo_is_remembered_and_not_fetched_again(qapp, server, tmp_path):
    client = OmsClient(server.url, DEFAULT_TOKEN, retry=RetryPolicy(max_retries=0))
    cache = ImageCache(client.fetch_image, disk=DiskImageStore(tmp_path))
    url = server.url + "/media/products/99999.jpg"
    try:
        assert cache.pixmap(url) is None
        await until(lambda: cache.has_failed(url))
        assert server.faults.stats()["requests"].get("image") == 1
        assert cache.pixmap(url) is None and cache.pixmap(url, 200) is None
        assert not cache._fetching, "no second fetch started"
    finally:
        await client.aclose()


@pytest.mark.asyncio
async def test_the_bench_shows_the_photo_of_the_item_to_scan_next(qtbot, server):
    package_id = server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[0]
    async with running_window(qtbot, server) as window:
        opened = next_emission(window.package_opened, where=lambda pid: pid == package_id)
        window.open_package(package_id)
        await opened
        await until(lambda: window.bench.session is not None)
        card = window.bench.card
        await until(lambda: card.item is not None)
        url = card.item.product.image_url
        assert url and url.endswith(".jpg")
        await until(lambda: window.images.pixmap(url, card.card_layout().photo.width()) is not None)
        photo = card.card_layout().photo
        image = card.grab().toImage()
        centre = image.pixelColor(photo.center())
        edge = image.pixelColor(photo.left() + 3, photo.top() + 3)
        assert edge.lightness() > 200, "the photo's studio backdrop, not a letter tile"
        assert centre != edge

"""The CA certificates are loaded only for TLS, and no https request goes out before they are.

Loading the system's and certifi's certificates takes ~0.1 s. A station whose OMS is on plain
http (a local OMS, the simulator) never uses them for its own requests, so its start does not
pay for them; an https request (the OMS's, a product image's on a CDN) waits for them first.
Until they are loaded the shared context trusts no certificate at all: it fails closed.
"""

from __future__ import annotations

import ssl
import subprocess
import sys

import httpx
import pytest

from instore_app.api import OmsClient, OmsResponseError
from instore_app.api import httplayer

from .hostile_helpers import TlsServer, self_signed_certificate


@pytest.fixture
def fresh_trust(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process as it starts: no context made, no certificates loading."""
    monkeypatch.setattr(httplayer, "_context", None)
    monkeypatch.setattr(httplayer, "_trust", None)


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=[], headers={"Content-Type": "application/json"})


@pytest.mark.asyncio
async def test_a_plain_http_oms_never_loads_the_certificates(fresh_trust: None) -> None:
    async with OmsClient("http://127.0.0.1:9", "t", transport=httpx.MockTransport(_ok)) as client:
        assert await client.denial_reasons() == []
    assert httplayer._trust is None  # nothing was started in the background either
    context = httplayer.tls_context()
    assert context.cert_store_stats()["x509_ca"] == 0
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


@pytest.mark.asyncio
async def test_an_https_request_waits_for_the_certificates(fresh_trust: None) -> None:
    async with OmsClient("https://oms.test", "t", transport=httpx.MockTransport(_ok)) as client:
        assert await client.denial_reasons() == []
    assert httplayer._trust is not None and httplayer._trust.done()
    assert httplayer.tls_context().cert_store_stats()["x509_ca"] > 0  # certifi's, at least


@pytest.mark.asyncio
async def test_an_image_on_an_https_cdn_waits_for_the_certificates_too(fresh_trust: None) -> None:
    async with OmsClient("http://127.0.0.1:9", "t", transport=httpx.MockTransport(_ok)) as client:
        assert httplayer._trust is None
        with pytest.raises(OmsResponseError):  # the mock's JSON is no image; what matters is the wait
            await client.fetch_image("https://cdn.example/p.png")
    assert httplayer._trust is not None and httplayer._trust.done()


def test_the_context_trusts_nothing_until_loaded_so_a_handshake_before_fails_closed(fresh_trust: None) -> None:
    context = httplayer.tls_context()
    assert context.cert_store_stats()["x509_ca"] == 0
    httplayer.warm_up_tls().result(timeout=30)
    assert httplayer.tls_context() is context
    assert context.cert_store_stats()["x509_ca"] > 0


@pytest.mark.asyncio
async def test_a_store_ca_in_the_system_store_is_trusted_after_loading(
    fresh_trust: None, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # what installing it in the system amounts to
    with TlsServer(cert, key) as server:
        async with OmsClient(server.url, "t") as client:
            assert await client.denial_reasons() == []  # verified against the loaded system CA
        assert server.handshakes >= 1


def test_certifi_is_found_on_the_calling_thread_before_the_loading_thread_starts() -> None:
    """Imported on two threads at once, certifi (and importlib.resources under it) could be seen
    half-initialised and its bundle left out; the loading thread only reads files."""
    child = """
import sys, threading
import instore_app.api.httplayer as httplayer
assert "certifi" not in sys.modules
seen = []
start = threading.Thread.start
def spy(self):
    seen.append("certifi" in sys.modules)
    start(self)
threading.Thread.start = spy
httplayer.warm_up_tls().result(timeout=30)
print("certifi imported before the thread:", seen)
print("CAs:", httplayer.tls_context().cert_store_stats()["x509_ca"])
"""
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "certifi imported before the thread: [True]"
    assert int(lines[1].removeprefix("CAs: ")) > 0

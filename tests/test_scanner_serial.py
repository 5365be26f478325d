"""Serial scanners: a real QSerialPort on a Linux pseudo-terminal, and the line splitting."""

from __future__ import annotations

import os
import sys

import pytest

from instore_app.scanner import SerialScanner, split_lines
from instore_app.scanner.serial import MAX_LINE_BYTES, available_ports

needs_pty = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals: Linux")


@pytest.fixture
def pty():
    """(master fd, slave path): write to the master, the scanner reads the slave."""
    master, slave = os.openpty()
    path = os.ttyname(slave)
    yield master, path
    for fd in (master, slave):
        try:
            os.close(fd)
        except OSError:
            pass


@pytest.fixture
def scanner(qtbot, pty):
    s = SerialScanner(pty[1], 9600)
    s.scans = []
    s.errors = []
    s.scanned.connect(s.scans.append)
    s.error.connect(s.errors.append)
    yield s
    s.close()


# -- split_lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "lines", "rest"),
    [
        (b"", [], b""),
        (b"8690000000017", [], b"8690000000017"),
        (b"8690000000017\r", ["8690000000017"], b""),
        (b"8690000000017\n", ["8690000000017"], b""),
        (b"8690000000017\r\n", ["8690000000017"], b""),
        (b"A\r\nB\rC\nD", ["A", "B", "C"], b"D"),
        (b"\r\n\r\n  \n", [], b""),  # empty and blank lines are not scans
        (b"  ABC 12 \t\r\n", ["ABC 12"], b""),
        (b"\x02]C1010869\x1d10LOT\x03\r\n", ["]C1010869\x1d10LOT"], b""),  # STX/ETX framing off, GS kept
        ("İşğ-ÇÖÜ\n".encode(), ["İşğ-ÇÖÜ"], b""),
        (b"AB\xffC\n", ["AB\ufffdC"], b""),  # bad UTF-8 replaced, not an exception
    ],
)
def test_split_lines(data, lines, rest):
    assert split_lines(data) == (lines, rest)


def test_split_lines_across_reads_including_a_split_crlf_and_utf8():
    chunks = [b"869000", b"0000017\r", b"\n40063813", "33931İ\r\nş".encode()[:-1], "ş".encode()[-1:] + b"\n"]
    rest = b""
    out = []
    for chunk in chunks:
        lines, rest = split_lines(rest + chunk)
        out += lines
    assert out == ["8690000000017", "40063813" + "33931İ", "ş"]
    assert rest == b""


def test_feed_drops_a_runaway_line(qtbot):
    s = SerialScanner("unused")
    scans = []
    s.scanned.connect(scans.append)
    s.feed(b"x" * (MAX_LINE_BYTES + 1))
    s.feed(b"123\n")
    assert scans == ["123"]


# -- a real port -----------------------------------------------------------------------


@needs_pty
def test_lines_written_to_the_port_are_scans(qtbot, pty, scanner):
    master, path = pty
    assert scanner.open()
    assert scanner.is_open
    assert (scanner.port_name, scanner.baud_rate) == (path, 9600)
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
        os.write(master, b"8690000000017\r\n")
    assert blocker.args == ["8690000000017"]
    os.write(master, "4006381333931\rİŞ-42\n".encode())
    qtbot.waitUntil(lambda: len(scanner.scans) == 3, timeout=5000)
    assert scanner.scans == ["8690000000017", "4006381333931", "İŞ-42"]
    assert scanner.errors == []


@needs_pty
def test_a_line_split_over_two_writes_is_one_scan(qtbot, pty, scanner):
    master, _ = pty
    assert scanner.open()
    os.write(master, b"869000")
    qtbot.waitUntil(lambda: scanner._buffer == b"869000", timeout=5000)  # read alone, held back
    assert scanner.scans == []
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
        os.write(master, b"0000017\n")
    assert blocker.args == ["8690000000017"]
    assert scanner.scans == ["8690000000017"]


@needs_pty
def test_close_stops_reading(qtbot, pty, scanner):
    """After close(), the port is free (a port is open in one place at a time) and what the
    scanner sends goes to whoever opens it next, not to the closed scanner."""
    master, path = pty
    assert scanner.open()
    scanner.close()
    assert not scanner.is_open
    after = SerialScanner(path, 9600)
    try:
        assert after.open()
        with qtbot.waitSignal(after.scanned, timeout=5000) as blocker:
            os.write(master, b"123456\n")
        assert blocker.args == ["123456"]
    finally:
        after.close()
    assert scanner.scans == []


def test_missing_port_is_an_error_in_plain_words(qtbot):
    s = SerialScanner("/dev/ttyUSB-does-not-exist")
    with qtbot.waitSignal(s.error, timeout=1000) as blocker:
        assert s.open() is False
    message = blocker.args[0]
    assert message.startswith("The scanner on /dev/ttyUSB-does-not-exist could not be opened: ")
    assert "not found" in message
    assert not s.is_open


@needs_pty
def test_port_in_use_is_an_error_in_plain_words(qtbot, pty, scanner):
    assert scanner.open()
    other = SerialScanner(pty[1])
    errors = []
    other.error.connect(errors.append)
    assert other.open() is False
    assert errors == [f"The scanner on {pty[1]} could not be opened: it is in use by another program."]


def test_no_port_set_is_an_error(qtbot):
    s = SerialScanner()
    errors = []
    s.error.connect(errors.append)
    assert s.open() is False
    assert errors == ["No serial scanner port is set."]


def test_available_ports_is_a_list_of_names():
    ports = available_ports()
    assert isinstance(ports, list)
    assert all(isinstance(p, str) and p for p in ports)
    assert SerialScanner.available_ports() == ports


@needs_pty
def test_unplugged_scanner_is_reported_and_reopened_when_back(qtbot):
    master, slave = os.openpty()
    path = os.ttyname(slave)
    s = SerialScanner(path)
    s.reconnect_interval_ms = 20
    errors = []
    s.error.connect(errors.append)
    try:
        assert s.open()
        with qtbot.waitSignal(s.error, timeout=5000):
            os.close(master)  # the far end goes away: the port reports an I/O error
            os.close(slave)
        assert errors == [f"The scanner on {path} was disconnected: plug it in again."]
        assert not s.is_open
        # It comes back (here: a new pseudo-terminal under whatever name it gets).
        master, slave = os.openpty()
        s.port_name = os.ttyname(slave)
        with qtbot.waitSignal(s.reconnected, timeout=5000):
            pass
        assert s.is_open
        with qtbot.waitSignal(s.scanned, timeout=5000) as blocker:
            os.write(master, b"4006381333931\n")
        assert blocker.args == ["4006381333931"]
        assert len(errors) == 1  # failed retries while unplugged are quiet
    finally:
        s.close()
        for fd in (master, slave):
            try:
                os.close(fd)
            except OSError:
                pass

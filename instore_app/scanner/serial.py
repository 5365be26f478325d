"""Serial barcode scanners (RS-232, or USB in "virtual COM port" / CDC-ACM mode).

Such a scanner sends each code as a line of bytes ending in CR, LF or CR LF. No keyboard is
involved, so nothing can land in a text field::

    serial = SerialScanner("/dev/ttyACM0", 9600, parent=window)
    serial.scanned.connect(window.handle_scan)
    serial.error.connect(window.banner.show_message)   # plain words for the person at the station
    serial.open()

On Linux the port is ``/dev/ttyACM0`` or ``/dev/ttyUSB0`` (the user must be in the ``dialout``
group); on Windows ``COM3``. :func:`available_ports` lists what the system sees.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

log = logging.getLogger(__name__)

__all__ = ["SerialScanner", "available_ports", "split_lines", "MAX_LINE_BYTES"]

#: A "line" longer than this without CR/LF is noise (wrong baud rate, not a scanner): dropped.
MAX_LINE_BYTES = 4096

_STRIP = "".join(chr(c) for c in range(0x21)) + "\x7f"  # spaces and C0 controls (STX/ETX framing)


def split_lines(buffer: bytes) -> tuple[list[str], bytes]:
    """Split received bytes into complete lines and the unfinished rest.

    Lines end with CR, LF or CR LF. Each complete line is decoded as UTF-8 (bad bytes become
    U+FFFD), stripped of spaces and control characters at both ends, and kept if not empty.
    ``rest`` is what followed the last line end: keep it and put the next bytes after it.
    """
    normalised = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    *complete, rest = normalised.split(b"\n")
    # A CR LF split across two reads ends a line at the CR, then an empty line: dropped.
    lines = [line.decode("utf-8", errors="replace").strip(_STRIP) for line in complete]
    return [line for line in lines if line], rest


def available_ports() -> list[str]:
    """Names of the serial ports the system sees (``ttyACM0``, ``COM3``...), sorted."""
    return sorted(info.portName() for info in QSerialPortInfo.availablePorts())


_OPEN_ERRORS = {
    QSerialPort.SerialPortError.DeviceNotFoundError: "it was not found (is it plugged in?)",
    QSerialPort.SerialPortError.OpenError: "it is already open",
    QSerialPort.SerialPortError.UnsupportedOperationError: "the port does not support this",
}


class SerialScanner(QObject):
    """One serial scanner: ``scanned(code)`` per line it sends, ``error(message)`` in plain words.

    ``SerialScanner(port_name="", baud_rate=9600, parent=None)``. The port opens 8N1, no flow
    control, read-only. When the scanner is unplugged, :attr:`error` says so and the port is
    tried again every :attr:`reconnect_interval_ms` (quietly) until it is back
    (:attr:`reconnected`) or :meth:`close` is called.
    """

    #: One scan: the line's text, decoded and stripped.
    scanned = Signal(str)
    #: Something went wrong, in words for the person at the station.
    error = Signal(str)
    #: The scanner was unplugged and is back (open again).
    reconnected = Signal()

    #: How often an unplugged scanner's port is tried again.
    reconnect_interval_ms = 2000

    def __init__(self, port_name: str = "", baud_rate: int = 9600, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._port_name = port_name
        self._baud_rate = int(baud_rate)
        self._buffer = b""
        self._port: QSerialPort | None = None
        self._connections: list = []
        self._reconnect = QTimer(self)
        self._reconnect.timeout.connect(self._try_reconnect)

    # -- settings ------------------------------------------------------------------------

    @property
    def port_name(self) -> str:
        return self._port_name

    @port_name.setter
    def port_name(self, value: str) -> None:
        self._port_name = value

    @property
    def baud_rate(self) -> int:
        return self._baud_rate

    @baud_rate.setter
    def baud_rate(self, value: int) -> None:
        self._baud_rate = int(value)
        if self._port is not None:
            self._port.setBaudRate(self._baud_rate)

    @property
    def is_open(self) -> bool:
        return self._port is not None and self._port.isOpen()

    available_ports = staticmethod(available_ports)

    # -- open / close --------------------------------------------------------------------

    def open(self) -> bool:
        """Open the port; on failure emit :attr:`error` and return False."""
        self.close()
        if not self._port_name:
            self._fail("No serial scanner port is set.")
            return False
        return self._open_port(report=True)

    def _open_port(self, *, report: bool) -> bool:
        port = QSerialPort(self)
        port.setPortName(self._port_name)
        port.setBaudRate(self._baud_rate)
        port.setDataBits(QSerialPort.DataBits.Data8)
        port.setParity(QSerialPort.Parity.NoParity)
        port.setStopBits(QSerialPort.StopBits.OneStop)
        port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
        if not port.open(QSerialPort.OpenModeFlag.ReadOnly):
            reason = self._open_reason(port)
            port.deleteLater()
            if report:
                self._fail(f"The scanner on {self._port_name} could not be opened: {reason}.")
            return False
        self._connections = [
            port.readyRead.connect(self._on_ready_read),
            port.errorOccurred.connect(self._on_error),
        ]
        self._port = port
        self._buffer = b""
        log.info("serial scanner open on %s at %d baud", self._port_name, self._baud_rate)
        return True

    def close(self) -> None:
        """Close the port (and stop trying to reopen an unplugged one)."""
        self._reconnect.stop()
        self._release_port()

    def _release_port(self) -> None:
        port, self._port = self._port, None
        self._buffer = b""
        if port is None:
            return
        # QObject.disconnect(connection): PySide6 6.12.0's SignalInstance.disconnect() has a
        # refcount bug (see tests/test_architecture.py).
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        if port.isOpen():
            port.close()
        port.deleteLater()

    # -- reading -------------------------------------------------------------------------

    def _on_ready_read(self) -> None:
        port = self._port
        if port is None:
            return
        self.feed(bytes(port.readAll().data()))

    def feed(self, data: bytes) -> None:
        """Handle received bytes (what the port delivers; tests may call it directly)."""
        lines, self._buffer = split_lines(self._buffer + data)
        if len(self._buffer) > MAX_LINE_BYTES:
            log.warning("serial scanner on %s: %d bytes without a line end dropped (wrong baud rate?)",
                        self._port_name, len(self._buffer))
            self._buffer = b""
        for line in lines:
            self.scanned.emit(line)

    def _on_error(self, err: QSerialPort.SerialPortError) -> None:
        if err == QSerialPort.SerialPortError.NoError or self._port is None:
            return
        detail = self._port.errorString()
        if err == QSerialPort.SerialPortError.ResourceError:
            message = f"The scanner on {self._port_name} was disconnected: plug it in again."
            self._release_port()
            self._reconnect.start(self.reconnect_interval_ms)
        elif err == QSerialPort.SerialPortError.TimeoutError:
            return
        else:
            message = f"The scanner on {self._port_name} stopped working: {detail}."
        self._fail(message, detail)

    def _try_reconnect(self) -> None:
        if self._open_port(report=False):
            self._reconnect.stop()
            self.reconnected.emit()

    # -- errors --------------------------------------------------------------------------

    def _open_reason(self, port: QSerialPort) -> str:
        err = port.error()
        detail = port.errorString()
        if err == QSerialPort.SerialPortError.PermissionError:
            if "lock" in detail.lower():
                return "it is in use by another program"
            if sys.platform.startswith("linux"):
                return "permission denied (the user must be in the 'dialout' group)"
            return "permission denied, or it is in use by another program"
        return _OPEN_ERRORS.get(err, detail.lower() or "unknown error")

    def _fail(self, message: str, detail: str = "") -> None:
        log.warning("%s%s", message, f" ({detail})" if detail else "")
        self.error.emit(message)

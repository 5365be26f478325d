"""Scanner input: one ``scanned(str)`` signal per barcode, whatever the scanner.

* :class:`WedgeScanFilter` -- USB scanners that type like a keyboard ("keyboard wedge"): an
  application event filter that tells a scan from typing by timing and keeps scans out of
  text fields.
* :class:`SerialScanner` -- scanners on a serial port (RS-232 or USB virtual COM port).
* :mod:`instore_app.scanner.testing` -- type the way a scanner (or a person) types, in tests.

The serial names are imported on first use: they load QtSerialPort, which a station without
a serial scanner (most of them) never needs.
"""

from typing import TYPE_CHECKING, Any

from .wedge import WedgeScanFilter

if TYPE_CHECKING:
    from .serial import SerialScanner, available_ports, split_lines

_SERIAL = ("SerialScanner", "available_ports", "split_lines")

__all__ = ["WedgeScanFilter", "SerialScanner", "available_ports", "split_lines"]


def __getattr__(name: str) -> Any:
    """The serial scanner's names, imported (with QtSerialPort) on first use."""
    if name not in _SERIAL:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import serial

    value = getattr(serial, name)
    globals()[name] = value
    return value

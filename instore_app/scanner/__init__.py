"""Scanner input: one ``scanned(str)`` signal per barcode, whatever the scanner.

* :class:`WedgeScanFilter` -- USB scanners that type like a keyboard ("keyboard wedge"): an
  application event filter that tells a scan from typing by timing and keeps scans out of
  text fields.
* :class:`SerialScanner` -- scanners on a serial port (RS-232 or USB virtual COM port).
* :mod:`instore_app.scanner.testing` -- type the way a scanner (or a person) types, in tests.
"""

from .serial import SerialScanner, available_ports, split_lines
from .wedge import WedgeScanFilter

__all__ = ["WedgeScanFilter", "SerialScanner", "available_ports", "split_lines"]

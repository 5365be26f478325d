"""The setup dialog's form: its boxes and fields, laid out, and nothing else.

A field that edits a setting is an attribute whose name the setting declares as its
``widget`` (``Settings.refresh_seconds.widget == "refresh_spin"``);
:mod:`~instore_app.ui.setting_fields` loads and reads those, with the ranges the table
gives. Adding a setting to the dialog is adding its widget here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..packing.commands import PACK_COMMANDS
from ..scanner.serial import available_ports
from ..settings import LabelSize

__all__ = ["BAUD_RATES", "ERROR_STYLE", "NOTE_STYLE", "OK_STYLE", "WARNING_STYLE", "LabelSizeField", "SetupForm"]

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
ERROR_STYLE = "color: #c62828; font-weight: bold;"
OK_STYLE = "color: #2e7d32; font-weight: bold;"
NOTE_STYLE = "color: #555555;"
WARNING_STYLE = "color: #8a4b00; font-weight: bold;"  # dark amber: something to act on, not an error


def _tr(text: str) -> str:
    """The dialog's words: translated in the dialog's context, wherever the code now lives."""
    return QCoreApplication.translate("SetupDialog", text)


def label(text: str = "", style: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        widget.setStyleSheet(style)
    return widget


class LabelSizeField(QWidget):
    """Width × height in millimetres: ``value()`` / ``setValue()`` a LabelSize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.width_spin = self._spin()
        self.height_spin = self._spin()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.width_spin)
        row.addWidget(QLabel("×"))
        row.addWidget(self.height_spin)
        row.addStretch(1)

    def _spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(0)
        spin.setSuffix(_tr(" mm"))
        return spin

    def set_ranges(self, width: tuple[float, float], height: tuple[float, float]) -> None:
        self.width_spin.setRange(*width)
        self.height_spin.setRange(*height)

    def value(self) -> LabelSize:
        return LabelSize(float(self.width_spin.value()), float(self.height_spin.value()))

    def setValue(self, value: LabelSize) -> None:
        self.width_spin.setValue(value.width_mm)
        self.height_spin.setValue(value.height_mm)


class SetupForm(QWidget):
    """The boxes of the setup dialog, in two columns, in a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: list[QGroupBox] = []
        intro = label(
            _tr(
                "Connect this packing station to your OMS: enter its address, sign in, and choose this "
                "store. The other settings can stay as they are."
            )
        )
        intro.setStyleSheet("font-size: 16px;")
        left = QVBoxLayout()
        for box in (self._oms_box(), self._sign_in_box(), self._store_box()):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (self._printer_box(), self._packing_box(), self._scanner_box(), self._screen_box()):
            right.addWidget(box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(intro)
        content_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_fonts(self, font: QFont) -> None:
        """Bold group titles; the fields inside keep `font` (larger, regular)."""
        title, regular = QFont(font), QFont(font)
        title.setBold(True)
        regular.setBold(False)  # set explicitly, or the children would inherit the title's bold
        for box in self._boxes:
            box.setFont(title)
            for child in box.findChildren(QWidget):
                child.setFont(regular)

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        self._boxes.append(box)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return box, form

    # -- the boxes -----------------------------------------------------------------------------

    def _oms_box(self) -> QGroupBox:
        box, oms = self._form(_tr("1. OMS"))
        self.backend_box = box
        self.backend_combo = QComboBox()  # which API: the fields below follow it (setup_seller_center.py)
        self.backend_combo.addItem(_tr("Akinon OMS"), "oms")
        self.backend_combo.addItem(_tr("Seller Center (marketplace seller)"), "seller-center")
        self.seller_center_url_edit = QLineEdit()
        self.seller_center_url_edit.setPlaceholderText("https://seller-center.akinon.com")
        self.seller_center_url_edit.setClearButtonEnabled(True)
        self.seller_center_scheme_edit = QLineEdit()
        self.seller_center_scheme_edit.setPlaceholderText(_tr("none: the key alone, as the Seller Center documents it"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://your-oms.akinon.net")
        self.url_edit.setClearButtonEnabled(True)
        self.url_error = label(style=ERROR_STYLE)
        self.url_error.hide()
        self.insecure_check = QCheckBox(_tr("Allow an unencrypted (http://) address"))
        self.insecure_check.setToolTip(
            _tr("Only for a test OMS on your own network: the token would be sent without encryption.")
        )
        oms.addRow(_tr("Packs through:"), self.backend_combo)
        oms.addRow(_tr("Address:"), self.url_edit)
        oms.addRow(_tr("Address:"), self.seller_center_url_edit)
        oms.addRow(_tr("Word before the key:"), self.seller_center_scheme_edit)
        oms.addRow("", self.url_error)
        oms.addRow("", self.insecure_check)
        return box

    def _sign_in_box(self) -> QGroupBox:
        box, sign = self._form(_tr("2. Sign in"))
        self.sign_in_box = box
        self.username_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(_tr("Or paste an API token instead"))
        self.sign_in_button = QPushButton(_tr("Sign in"))
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_status = label()
        # Without a keyring: the token is not kept after the app closes, and what to install.
        self.keyring_note = label(style=WARNING_STYLE)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.hide()
        sign.addRow(_tr("User name:"), self.username_edit)
        sign.addRow(_tr("Password:"), self.password_edit)
        sign.addRow(_tr("Token:"), self.token_edit)
        sign.addRow("", self.sign_in_button)
        sign.addRow("", self.sign_in_status)
        sign.addRow("", self.keyring_note)
        return box

    def _store_box(self) -> QGroupBox:
        box, store = self._form(_tr("3. This store"))
        self.store_box = box
        self.seller_name_edit = QLineEdit()  # Seller Center: the seller is the store (its name on the slip)
        self.seller_name_edit.setPlaceholderText(_tr("the seller's name, printed on the packing slip"))
        self.seller_note = label(
            _tr("The Seller Center has no stock location: the seller is the store."), NOTE_STYLE
        )
        self.location_combo = QComboBox()
        self.location_combo.setEditable(True)
        self.location_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.location_combo.lineEdit()
        if typed is not None:  # an editable combo has one
            typed.setPlaceholderText(_tr("Sign in first, then type to find the store"))
        self.location_combo.setMinimumContentsLength(24)
        completer = QCompleter(self.location_combo.model(), self.location_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.location_combo.setCompleter(completer)
        self.location_status = label()
        store.addRow(_tr("Stock location:"), self.location_combo)
        store.addRow("", self.location_status)
        store.addRow(_tr("Seller:"), self.seller_name_edit)
        store.addRow("", self.seller_note)
        return box

    def _printer_box(self) -> QGroupBox:
        box, printing = self._form(_tr("Label printer"))
        self.printer_combo = QComboBox()
        self.label_size_field = LabelSizeField()
        self.label_width, self.label_height = self.label_size_field.width_spin, self.label_size_field.height_spin
        self.auto_print_check = QCheckBox(_tr("Print the label as soon as it arrives"))
        printing.addRow(_tr("Printer:"), self.printer_combo)
        printing.addRow(_tr("Label size:"), self.label_size_field)
        printing.addRow("", self.auto_print_check)
        return box

    def _packing_box(self) -> QGroupBox:
        box, pack = self._form(_tr("Packing"))
        self.auto_pack_check = QCheckBox(_tr("Pack as soon as the last item is scanned (otherwise F9)"))
        self.invoice_number_check = QCheckBox(_tr("Ask for the invoice number before packing"))
        self.pack_command_combo = QComboBox()
        names = {
            "COMPLETE_PACKAGING": _tr("Complete packaging"),
            "COMPLETE_PACKAGING_WITHOUT_SHIPMENT": _tr("Complete packaging without shipment"),
            "CHANNEL_BASED_COMPLETE_PACKAGING": _tr("Channel-based complete packaging"),
        }
        for command in PACK_COMMANDS:
            self.pack_command_combo.addItem(names.get(command, command), command)
            self.pack_command_combo.setItemData(self.pack_command_combo.count() - 1, command, Qt.ItemDataRole.ToolTipRole)
        self.refresh_spin = QSpinBox()
        self.refresh_spin.setSuffix(_tr(" s"))
        pack.addRow("", self.auto_pack_check)
        pack.addRow("", self.invoice_number_check)
        pack.addRow(_tr("Pack command:"), self.pack_command_combo)
        pack.addRow(_tr("Reload the list every:"), self.refresh_spin)
        return box

    def _scanner_box(self) -> QGroupBox:
        box, scan = self._form(_tr("Scanner"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setSuffix(_tr(" ms"))
        interval_hint = label(_tr("Bluetooth scanners often need 80-120 ms."), NOTE_STYLE, wrap=False)
        self.serial_combo = QComboBox()
        self.baud_combo = QComboBox()
        for rate in BAUD_RATES:
            self.baud_combo.addItem(str(rate), rate)
        scan.addRow(_tr("Key interval:"), self.interval_spin)
        scan.addRow("", interval_hint)
        scan.addRow(_tr("Serial port:"), self.serial_combo)
        scan.addRow(_tr("Baud rate:"), self.baud_combo)
        return box

    def _screen_box(self) -> QGroupBox:
        box, screen = self._form(_tr("Screen and sound"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(_tr("System"), "")
        self.language_combo.addItem("Türkçe", "tr")
        self.language_combo.addItem("English", "en")
        language_note = label(_tr("A new language applies after the app is restarted."), NOTE_STYLE, wrap=False)
        self.sound_check = QCheckBox(_tr("Beep on scans"))
        screen.addRow(_tr("Language:"), self.language_combo)
        screen.addRow("", language_note)
        screen.addRow("", self.sound_check)
        return box

    # -- lists that depend on this PC ----------------------------------------------------------

    def fill_printers(self, chosen: str) -> None:
        self.printer_combo.clear()
        self.printer_combo.addItem(_tr("System default"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_combo.addItem(name, name)
        if chosen and self.printer_combo.findData(chosen) < 0:
            self.printer_combo.addItem(_tr("%1 (not found)").replace("%1", chosen), chosen)

    def fill_serial_ports(self, chosen: str) -> None:
        self.serial_combo.clear()
        self.serial_combo.addItem(_tr("None (USB keyboard scanner)"), "")
        for name in available_ports():
            self.serial_combo.addItem(name, name)
        if chosen and self.serial_combo.findData(chosen) < 0:
            self.serial_combo.addItem(_tr("%1 (not connected)").replace("%1", chosen), chosen)

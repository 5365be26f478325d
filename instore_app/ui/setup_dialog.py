"""First-run setup, and the settings later: which OMS, who signs in, which store, and how
this station's printer, scanner and packing behave.

Opened non-modally (``dialog.open()``); the network work (signing in, loading the stock
locations) runs as tasks on the qasync loop and shows its result in words when done. On
Save the settings are written (:class:`~instore_app.settings.Settings`), the token is kept
(:class:`~instore_app.settings.TokenStore`: the system keyring, or memory only), and
``saved(values)`` is emitted with :meth:`Settings.values`. The password is never kept.

Enter moves to the next field (in the password or token field it signs in; on a button it
presses it), Esc cancels.
"""

from __future__ import annotations

import logging
from typing import Any, Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
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

from ..api import OmsClient, OmsUnauthorized, StockLocation
from ..api.client import check_base_url
from ..packing.commands import PACK_COMMANDS
from ..scanner.serial import available_ports
from ..settings import (
    AUTO_PACK,
    AUTO_PRINT,
    INSECURE,
    LABEL_HEIGHT_MM,
    LABEL_WIDTH_MM,
    LANGUAGE,
    OMS_URL,
    PACK_COMMAND,
    PRINTER,
    REFRESH_SECONDS,
    SCAN_INTERVAL_MS,
    SERIAL_BAUD,
    SERIAL_PORT,
    SOUND,
    STOCK_LOCATION_ID,
    STOCK_LOCATION_NAME,
    USERNAME,
    Settings,
    SettingsError,
    TokenStore,
)
from .oms_messages import translate_message
from .tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["ClientFactory", "SetupDialog", "fold"]

# ``factory(url, insecure)`` -> a new OmsClient without a token (the dialog closes it).
ClientFactory = Callable[[str, bool], OmsClient]

ROLE_VALUE = Qt.ItemDataRole.UserRole
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
ERROR_STYLE = "color: #c62828; font-weight: bold;"
OK_STYLE = "color: #2e7d32; font-weight: bold;"
NOTE_STYLE = "color: #555555;"
WARNING_STYLE = "color: #8a4b00; font-weight: bold;"  # dark amber: something to act on, not an error


def _default_client(url: str, insecure: bool) -> OmsClient:
    return OmsClient(url, insecure=insecure)


def fold(text: str) -> str:
    """Text for matching what was typed: case and the Turkish dotted/dotless i ignored."""
    return text.casefold().replace("i̇", "i").replace("ı", "i")


class SetupDialog(QDialog):
    """The setup and settings dialog.

    ``SetupDialog(settings, token_store, client_factory=None, parent=None)``: fields start from
    `settings` (and the token kept for its OMS, if any, which also loads the stock
    locations). Signals: ``saved(dict)`` after a successful Save (then the dialog closes);
    ``signed_in()`` / ``sign_in_failed(message)``; ``locations_loaded(count)`` /
    ``locations_failed(message)``.
    """

    saved = Signal(object)  # Settings.values()
    signed_in = Signal()
    sign_in_failed = Signal(str)
    locations_loaded = Signal(int)
    locations_failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        token_store: TokenStore,
        client_factory: ClientFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.token_store = token_store
        self.client_factory: ClientFactory = client_factory or _default_client
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._task_failed)
        # The token for `_token_url` (from signing in, a pasted token, or the keyring).
        self._token: str | None = None
        self._token_url = ""

        self.setWindowTitle(self.tr("Packing station settings"))
        self.setObjectName("SetupDialog")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self._build()
        self._load(settings.values())

    # -- building --------------------------------------------------------------------------------

    def _label(self, text: str = "", style: str = "", *, wrap: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(wrap)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        return label

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        self._boxes.append(box)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return box, form

    def _build(self) -> None:
        self._boxes: list[QGroupBox] = []
        intro = self._label(
            self.tr(
                "Connect this packing station to your OMS: enter its address, sign in, and choose this "
                "store. The other settings can stay as they are."
            )
        )
        intro.setStyleSheet("font-size: 16px;")

        # OMS
        oms_box, oms = self._form(self.tr("1. OMS"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://your-oms.akinon.net")
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.textEdited.connect(self._url_edited)
        self.url_edit.editingFinished.connect(self._url_finished)
        self.url_error = self._label(style=ERROR_STYLE)
        self.url_error.hide()
        self.insecure_check = QCheckBox(self.tr("Allow an unencrypted (http://) address"))
        self.insecure_check.setToolTip(
            self.tr("Only for a test OMS on your own network: the token would be sent without encryption.")
        )
        self.insecure_check.toggled.connect(self._insecure_toggled)
        oms.addRow(self.tr("Address:"), self.url_edit)
        oms.addRow("", self.url_error)
        oms.addRow("", self.insecure_check)

        # Sign in
        sign_box, sign = self._form(self.tr("2. Sign in"))
        self.username_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("or paste an API token instead"))
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_status = self._label()
        # Without a keyring: the token is not kept after the app closes, and what to install.
        self.keyring_note = self._label(style=WARNING_STYLE)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.hide()
        sign.addRow(self.tr("User name:"), self.username_edit)
        sign.addRow(self.tr("Password:"), self.password_edit)
        sign.addRow(self.tr("Token:"), self.token_edit)
        sign.addRow("", self.sign_in_button)
        sign.addRow("", self.sign_in_status)
        sign.addRow("", self.keyring_note)

        # Store
        store_box, store = self._form(self.tr("3. This store"))
        self.location_combo = QComboBox()
        self.location_combo.setEditable(True)
        self.location_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.location_combo.lineEdit().setPlaceholderText(self.tr("sign in first, then type to find the store"))
        self.location_combo.setMinimumContentsLength(24)
        completer = QCompleter(self.location_combo.model(), self.location_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.location_combo.setCompleter(completer)
        self.location_combo.lineEdit().editingFinished.connect(self._resolve_typed_location)
        self.location_status = self._label()
        store.addRow(self.tr("Stock location:"), self.location_combo)
        store.addRow("", self.location_status)

        # Printer
        print_box, printing = self._form(self.tr("Label printer"))
        self.printer_combo = QComboBox()
        self.label_width = self._mm_spin(20, 300)
        self.label_height = self._mm_spin(20, 400)
        size = QHBoxLayout()
        size.addWidget(self.label_width)
        size.addWidget(QLabel("×"))
        size.addWidget(self.label_height)
        size.addStretch(1)
        self.auto_print_check = QCheckBox(self.tr("Print the label as soon as it arrives"))
        printing.addRow(self.tr("Printer:"), self.printer_combo)
        printing.addRow(self.tr("Label size:"), size)
        printing.addRow("", self.auto_print_check)

        # Packing
        pack_box, pack = self._form(self.tr("Packing"))
        self.auto_pack_check = QCheckBox(self.tr("Pack as soon as the last item is scanned (otherwise F9)"))
        self.pack_command_combo = QComboBox()
        names = {
            "COMPLETE_PACKAGING": self.tr("Complete packaging"),
            "COMPLETE_PACKAGING_WITHOUT_SHIPMENT": self.tr("Complete packaging without shipment"),
            "CHANNEL_BASED_COMPLETE_PACKAGING": self.tr("Channel-based complete packaging"),
        }
        for command in PACK_COMMANDS:
            self.pack_command_combo.addItem(names.get(command, command), command)
            self.pack_command_combo.setItemData(
                self.pack_command_combo.count() - 1, command, Qt.ItemDataRole.ToolTipRole
            )
        self.refresh_spin = QSpinBox()
        self.refresh_spin.setRange(5, 3600)
        self.refresh_spin.setSuffix(self.tr(" s"))
        pack.addRow("", self.auto_pack_check)
        pack.addRow(self.tr("Pack command:"), self.pack_command_combo)
        pack.addRow(self.tr("Reload the list every:"), self.refresh_spin)

        # Scanner
        scan_box, scan = self._form(self.tr("Scanner"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(5, 1000)
        self.interval_spin.setSuffix(self.tr(" ms"))
        interval_hint = self._label(self.tr("Bluetooth scanners often need 80-120 ms."), NOTE_STYLE, wrap=False)
        self.serial_combo = QComboBox()
        self.baud_combo = QComboBox()
        for rate in BAUD_RATES:
            self.baud_combo.addItem(str(rate), rate)
        scan.addRow(self.tr("Key interval:"), self.interval_spin)
        scan.addRow("", interval_hint)
        scan.addRow(self.tr("Serial port:"), self.serial_combo)
        scan.addRow(self.tr("Baud rate:"), self.baud_combo)

        # Screen and sound
        screen_box, screen = self._form(self.tr("Screen and sound"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System"), "")
        self.language_combo.addItem("Türkçe", "tr")
        self.language_combo.addItem("English", "en")
        language_note = self._label(self.tr("A new language applies after the app is restarted."), NOTE_STYLE, wrap=False)
        self.sound_check = QCheckBox(self.tr("Beep on scans"))
        screen.addRow(self.tr("Language:"), self.language_combo)
        screen.addRow("", language_note)
        screen.addRow("", self.sound_check)

        # Buttons
        self.save_status = self._label(style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setMinimumSize(120, 40)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        for box in (oms_box, sign_box, store_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (print_box, pack_box, scan_box, screen_box):
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
        # Bold group titles; the fields inside keep the dialog's (larger, regular) font.
        title, regular = QFont(self.font()), QFont(self.font())
        title.setBold(True)
        regular.setBold(False)  # set explicitly, or the children would inherit the title's bold
        for box in self._boxes:
            box.setFont(title)
            for child in box.findChildren(QWidget):
                child.setFont(regular)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.save_status)
        layout.addWidget(self.buttons)
        self.resize(1180, 760)

        # Enter moves on (the focused widget sees the key first; see eventFilter).
        self._enter_actions: dict[QObject, Callable[[], None]] = {}
        moving: list[QWidget] = [
            self.url_edit, self.insecure_check, self.username_edit, self.location_combo,
            self.printer_combo, self.label_width, self.label_height, self.auto_print_check,
            self.auto_pack_check, self.pack_command_combo, self.refresh_spin, self.interval_spin,
            self.serial_combo, self.baud_combo, self.language_combo, self.sound_check,
        ]
        for widget in moving:
            self._on_enter(widget, self._next)
        self._on_enter(self.password_edit, self.sign_in)
        self._on_enter(self.token_edit, self.sign_in)
        self._on_enter(self.location_combo, self._location_entered)
        self._on_enter(self.location_combo.lineEdit(), self._location_entered)
        self._on_enter(self.sign_in_button, self.sign_in)
        self._on_enter(self.save_button, self.save)
        self._on_enter(self.cancel_button, self.reject)
        self.url_edit.setFocus()

    def _mm_spin(self, low: int, high: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setSuffix(self.tr(" mm"))
        return spin

    def _on_enter(self, widget: QObject, action: Callable[[], None]) -> None:
        self._enter_actions[widget] = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                action = self._enter_actions.get(watched)
                if action is not None:
                    action()
                    return True
        return super().eventFilter(watched, event)

    def _next(self) -> None:
        self.focusNextChild()

    # -- filling in ------------------------------------------------------------------------------

    def _load(self, values: dict[str, Any]) -> None:
        url = values[OMS_URL.key]
        self.url_edit.setText(url)
        self.insecure_check.setChecked(values[INSECURE.key])
        self.username_edit.setText(values[USERNAME.key])
        self._fill_printers(values[PRINTER.key])
        self.label_width.setValue(values[LABEL_WIDTH_MM.key])
        self.label_height.setValue(values[LABEL_HEIGHT_MM.key])
        self.auto_print_check.setChecked(values[AUTO_PRINT.key])
        self.auto_pack_check.setChecked(values[AUTO_PACK.key])
        self.pack_command_combo.setCurrentIndex(max(0, self.pack_command_combo.findData(values[PACK_COMMAND.key])))
        self.refresh_spin.setValue(values[REFRESH_SECONDS.key])
        self.interval_spin.setValue(values[SCAN_INTERVAL_MS.key])
        self._fill_serial_ports(values[SERIAL_PORT.key])
        baud = values[SERIAL_BAUD.key]
        if self.baud_combo.findData(baud) < 0:
            self.baud_combo.addItem(str(baud), baud)
        self.baud_combo.setCurrentIndex(self.baud_combo.findData(baud))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(values[LANGUAGE.key])))
        self.sound_check.setChecked(values[SOUND.key])

        location_id = values[STOCK_LOCATION_ID.key]
        if location_id > 0:  # known without the OMS, so Save works offline too
            name = values[STOCK_LOCATION_NAME.key] or self.tr("Stock location %1").replace("%1", str(location_id))
            self.location_combo.addItem(name, location_id)
            self.location_combo.setCurrentIndex(0)
        self._update_keyring_note()
        if url:
            try:
                normalised = check_base_url(url, insecure=values[INSECURE.key])
            except ValueError:
                return
            token = self.token_store.get(normalised)
            if token:
                self._token, self._token_url = token, normalised
                self._show_sign_in(self.tr("Signed in (with the saved token)."), ok=True)
                self.load_locations()

    def _fill_printers(self, chosen: str) -> None:
        self.printer_combo.clear()
        self.printer_combo.addItem(self.tr("System default"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_combo.addItem(name, name)
        if chosen and self.printer_combo.findData(chosen) < 0:
            self.printer_combo.addItem(self.tr("%1 (not found)").replace("%1", chosen), chosen)
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(chosen)))

    def _fill_serial_ports(self, chosen: str) -> None:
        self.serial_combo.clear()
        self.serial_combo.addItem(self.tr("None (USB keyboard scanner)"), "")
        for name in available_ports():
            self.serial_combo.addItem(name, name)
        if chosen and self.serial_combo.findData(chosen) < 0:
            self.serial_combo.addItem(self.tr("%1 (not connected)").replace("%1", chosen), chosen)
        self.serial_combo.setCurrentIndex(max(0, self.serial_combo.findData(chosen)))

    def _update_keyring_note(self) -> None:
        reason = self.token_store.reason
        self.keyring_note.setText(translate_message(reason))
        self.keyring_note.setVisible(bool(reason))

    # -- the address -------------------------------------------------------------------------------

    def check_url(self) -> str | None:
        """The normalised OMS address, or None with the problem shown next to the field."""
        try:
            url = check_base_url(self.url_edit.text(), insecure=self.insecure_check.isChecked())
        except ValueError as exc:
            text = self.url_edit.text().strip()
            parts = urlsplit(text)
            log.info("OMS address refused: %s", exc)
            if not text:
                message = self.tr("Enter the OMS address, e.g. https://your-oms.akinon.net")
            elif parts.scheme.lower() == "http" and parts.hostname:
                message = self.tr(
                    "This address is not encrypted (http://). Use https://, or tick “Allow an unencrypted "
                    "address” if this is a test OMS on your own network."
                )
            else:
                message = self.tr("“%1” is not a web address (expected https://your-oms.akinon.net).").replace(
                    "%1", text
                )
            self.url_error.setText(message)
            self.url_error.show()
            return None
        self.url_error.clear()
        self.url_error.hide()
        return url

    def _url_finished(self) -> None:
        if self.url_edit.text().strip():  # leaving it empty is not a mistake yet
            self.check_url()

    def _url_edited(self) -> None:
        self.url_error.hide()
        self._forget_sign_in_if_moved()

    def _insecure_toggled(self) -> None:
        if self.url_edit.text().strip():
            self.check_url()
        self._forget_sign_in_if_moved()

    def _forget_sign_in_if_moved(self) -> None:
        """A token belongs to one OMS: another address needs signing in again."""
        if self._token is None:
            return
        try:
            url = check_base_url(self.url_edit.text(), insecure=self.insecure_check.isChecked())
        except ValueError:
            url = ""
        if url != self._token_url:
            self.tasks.cancel_all()
            self.sign_in_button.setEnabled(True)
            self._token, self._token_url = None, ""
            self._show_sign_in("", ok=True)
            self.location_status.clear()

    # -- signing in --------------------------------------------------------------------------------

    def sign_in(self) -> None:
        """Sign in with the user name and password, or check the pasted token (in the background)."""
        url = self.check_url()
        if url is None:
            self.url_edit.setFocus()
            return
        pasted = self.token_edit.text().strip()
        insecure = self.insecure_check.isChecked()
        if pasted:
            self._show_sign_in(self.tr("Checking the token…"), ok=True)
            self.sign_in_button.setEnabled(False)
            self.tasks.start(
                "signin",
                self._fetch_locations(url, insecure, pasted),
                lambda locations: self._signed_in(url, pasted, locations),
            )
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._show_sign_in(self.tr("Enter a user name and password, or paste a token."), ok=False)
            (self.password_edit if username else self.username_edit).setFocus()
            return
        self._show_sign_in(self.tr("Signing in…"), ok=True)
        self.sign_in_button.setEnabled(False)
        self.tasks.start(
            "signin", self._login(url, insecure, username, password), lambda token: self._signed_in(url, token)
        )

    async def _login(self, url: str, insecure: bool, username: str, password: str) -> str:
        client = self.client_factory(url, insecure)
        try:
            return await client.login(username, password)
        finally:
            await client.aclose()

    def _signed_in(self, url: str, token: str, locations: list[StockLocation] | None = None) -> None:
        """Signed in: keep the token (in this dialog until Save), then the stock locations."""
        self.sign_in_button.setEnabled(True)
        self._token, self._token_url = token, url
        self.password_edit.clear()  # the password is never kept
        self.token_edit.clear()
        self._show_sign_in(self.tr("Signed in."), ok=True)
        self.signed_in.emit()
        if locations is None:
            self.load_locations()
        else:  # checking a pasted token loaded them already
            self._show_locations(url, locations)
        self.location_combo.setFocus()

    def _show_sign_in(self, text: str, *, ok: bool) -> None:
        self.sign_in_status.setText(text)
        self.sign_in_status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    # -- stock locations ---------------------------------------------------------------------------

    def load_locations(self) -> None:
        """Load the OMS's stock locations into the combo (with the current token)."""
        if self._token is None:
            return
        url, token, insecure = self._token_url, self._token, self.insecure_check.isChecked()
        self.location_status.setText(self.tr("Loading the stock locations…"))
        self.location_status.setStyleSheet("")
        self.tasks.start("locations", self._fetch_locations(url, insecure, token), lambda found: self._show_locations(url, found))

    async def _fetch_locations(self, url: str, insecure: bool, token: str) -> list[StockLocation]:
        client = self.client_factory(url, insecure)
        client.set_token(token)
        try:
            return await client.stock_locations()
        finally:
            await client.aclose()

    def _show_locations(self, url: str, locations: list[StockLocation]) -> None:
        chosen = self.selected_location()
        chosen_id = chosen[0] if chosen else self.settings.get(STOCK_LOCATION_ID)
        self.location_combo.clear()
        for location in sorted(locations, key=lambda loc: fold(loc.name)):
            text = location.name or self.tr("Stock location %1").replace("%1", str(location.id))
            if location.erp_code:
                text = f"{text} ({location.erp_code})"
            if location.is_active is False:
                text = self.tr("%1 – inactive").replace("%1", text)
            self.location_combo.addItem(text, location.id)
        index = self.location_combo.findData(chosen_id) if chosen_id else -1
        self.location_combo.setCurrentIndex(index)
        if index < 0:
            self.location_combo.setEditText("")
        if locations:
            self.location_status.setText(self.tr("Type a few letters of the store's name, then choose it."))
            self.location_status.setStyleSheet(NOTE_STYLE)
        else:
            self.location_status.setText(self.tr("This OMS user sees no stock locations."))
            self.location_status.setStyleSheet(ERROR_STYLE)
        self.locations_loaded.emit(len(locations))

    def selected_location(self) -> tuple[int, str] | None:
        """(id, name) of the chosen stock location, or None if none is chosen."""
        index = self.location_combo.currentIndex()
        if index < 0 or self.location_combo.currentText() != self.location_combo.itemText(index):
            index = self.location_combo.findText(self.location_combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        location_id = self.location_combo.itemData(index)
        if not isinstance(location_id, int) or location_id <= 0:
            return None
        return location_id, self.location_combo.itemText(index)

    def select_location(self, location_id: int) -> bool:
        index = self.location_combo.findData(location_id)
        if index >= 0:
            self.location_combo.setCurrentIndex(index)
        return index >= 0

    def _resolve_typed_location(self) -> None:
        """What was typed names one location only: choose it."""
        typed = fold(self.location_combo.currentText().strip())
        if not typed or self.selected_location() is not None:
            return
        matches = [i for i in range(self.location_combo.count()) if typed in fold(self.location_combo.itemText(i))]
        if len(matches) == 1:
            self.location_combo.setCurrentIndex(matches[0])

    def _location_entered(self) -> None:
        self._resolve_typed_location()
        if self.selected_location() is not None:
            self.focusNextChild()

    # -- failures -----------------------------------------------------------------------------------

    def _task_failed(self, key: str, message: str, error: object) -> None:
        message = translate_message(message)  # the API layer's English, in the UI's language
        if key == "signin":
            self.sign_in_button.setEnabled(True)
            retry = self.password_edit
            if self.token_edit.text().strip():
                retry = self.token_edit
                if isinstance(error, OmsUnauthorized):
                    message = self.tr("The OMS did not accept this token.")
            self._show_sign_in(message, ok=False)
            self.sign_in_failed.emit(message)
            retry.selectAll()
            retry.setFocus()
        elif key == "locations":
            if isinstance(error, OmsUnauthorized):  # the saved token is no longer good
                self._token, self._token_url = None, ""
                self._show_sign_in(self.tr("The saved sign-in is no longer accepted. Sign in again."), ok=False)
            self.location_status.setText(
                self.tr("The stock locations could not be loaded: %1").replace("%1", message)
            )
            self.location_status.setStyleSheet(ERROR_STYLE)
            self.locations_failed.emit(message)

    # -- saving ---------------------------------------------------------------------------------------

    def form_values(self) -> dict[str, Any] | None:
        """The settings as the form has them, or None with the first problem shown."""
        self.save_status.clear()
        url = self.check_url()
        if url is None:
            self.save_status.setText(self.tr("Check the OMS address."))
            self.url_edit.setFocus()
            return None
        if self._token is None or self._token_url != url:
            self.save_status.setText(self.tr("Sign in first (or paste a token)."))
            self.username_edit.setFocus()
            return None
        self._resolve_typed_location()
        location = self.selected_location()
        if location is None:
            self.save_status.setText(self.tr("Choose this store's stock location."))
            self.location_combo.setFocus()
            return None
        values = self.settings.values()
        values.update(
            {
                OMS_URL.key: url,
                INSECURE.key: self.insecure_check.isChecked(),
                USERNAME.key: self.username_edit.text().strip(),
                STOCK_LOCATION_ID.key: location[0],
                STOCK_LOCATION_NAME.key: location[1],
                PRINTER.key: self.printer_combo.currentData() or "",
                LABEL_WIDTH_MM.key: float(self.label_width.value()),
                LABEL_HEIGHT_MM.key: float(self.label_height.value()),
                AUTO_PRINT.key: self.auto_print_check.isChecked(),
                AUTO_PACK.key: self.auto_pack_check.isChecked(),
                PACK_COMMAND.key: self.pack_command_combo.currentData(),
                REFRESH_SECONDS.key: self.refresh_spin.value(),
                SCAN_INTERVAL_MS.key: self.interval_spin.value(),
                SERIAL_PORT.key: self.serial_combo.currentData() or "",
                SERIAL_BAUD.key: int(self.baud_combo.currentData()),
                LANGUAGE.key: self.language_combo.currentData() or "",
                SOUND.key: self.sound_check.isChecked(),
            }
        )
        return values

    def save(self) -> bool:
        """Check the form, write the settings and keep the token; emits ``saved`` and closes."""
        values = self.form_values()
        if values is None or self._token is None:
            return False
        previous_url = self.settings.get(OMS_URL)
        try:
            self.settings.update(values)
            self.settings.sync()
        except (SettingsError, ValueError, TypeError) as exc:
            log.error("settings not saved: %s", exc)
            self.save_status.setText(translate_message(str(exc)))
            return False
        self.token_store.set(values[OMS_URL.key], self._token)
        if previous_url and previous_url.rstrip("/") != values[OMS_URL.key]:
            self.token_store.delete(previous_url)  # the old OMS's token is of no use now
        self._update_keyring_note()
        log.info("settings saved to %s", self.settings.file_name)
        saved = self.settings.values()
        self.saved.emit(saved)
        self.accept()
        return True

    def done(self, result: int) -> None:
        """Closing (Save, Cancel, Esc): stop what is still running."""
        self.tasks.cancel_all()
        super().done(result)

    @property
    def token(self) -> str | None:
        """The token signed in with (for the app to start with, whatever the keyring did)."""
        return self._token

"""Where the OMS token is kept: the system keyring, or, where there is none, memory only.

:class:`TokenStore` keeps it in the system keyring (Secret Service / KWallet on Linux,
Credential Manager on Windows, Keychain on macOS), or, where there is none, in memory until
the app closes. It never writes the token to a file of its own. Then
:attr:`TokenStore.reason` says so, and what to install or unlock to keep it (the Secret
Service on Linux: GNOME Keyring or KeePassXC; Windows and macOS have theirs built in).

No Qt here.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

__all__ = [
    "KEEP_IT",
    "KEYRING_FAILED",
    "KEYRING_SERVICE",
    "NOT_ACCEPTED",
    "NOT_KEPT",
    "NO_KEYRING",
    "TokenStore",
    "keyring_advice",
]

#: The keyring "service" the token is filed under; the "username" is the OMS address.
KEYRING_SERVICE = "instore-app"

#: The first sentence of :attr:`TokenStore.reason` when there is no usable keyring.
NOT_KEPT = "No system keyring was found: the token is kept until the app closes and asked for again next time."
#: The first sentence when the keyring refused the token.
NOT_ACCEPTED = (
    "The system keyring did not accept the token (it may be locked): the token is kept until the app "
    "closes and asked for again next time."
)
#: The second sentence: what keeps the token on this kind of computer (``sys.platform``;
#: anything but Windows and macOS is told about the Secret Service, as Linux is).
KEEP_IT = {
    "linux": (
        "To keep it, install and unlock a Secret Service keyring, such as GNOME Keyring (the gnome-keyring "
        "package) or KeePassXC with its Secret Service integration turned on, then start the app again."
    ),
    "win32": (
        "To keep it, check that this Windows user can use the Windows Credential Manager (built into "
        "Windows), then start the app again."
    ),
    "darwin": "To keep it, unlock the login keychain in Keychain Access (built into macOS), then start the app again.",
}


def keyring_advice(platform: str | None = None) -> str:
    """What to install or unlock so that the token is kept across restarts, on `platform`
    (default: this one's ``sys.platform``)."""
    platform = sys.platform if platform is None else platform
    return KEEP_IT.get(platform, KEEP_IT["linux"])


#: ``TokenStore.reason`` on this computer: why the token is not kept, and what would keep it.
NO_KEYRING = f"{NOT_KEPT} {keyring_advice()}"
KEYRING_FAILED = f"{NOT_ACCEPTED} {keyring_advice()}"


class TokenStore:
    """The OMS token per OMS address, in the system keyring, or in memory only.

    ``persistent`` says whether a token set now will still be there after a restart;
    when it is False, ``reason`` says why in plain words. The keyring is looked up on first
    use (``backend`` injects one; default ``keyring.get_keyring()``). Backends of priority
    below 1 (keyring's "fail" and "null" backends, keyrings.alt's plaintext and encrypted
    files) are not used: the token is never written to a file by us or through them.
    """

    def __init__(self, backend: Any = None, *, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._given = backend
        self._backend: Any = None
        self._resolved = False
        self._reason = ""
        self._memory: dict[str, str] = {}

    # -- which keyring -------------------------------------------------------------------------

    def _keyring(self) -> Any:
        """The usable backend, or None (then ``_reason`` says why)."""
        if self._resolved:
            return self._backend
        self._resolved = True
        try:
            import keyring
            from keyring.backends import chainer, fail

            backend = self._given if self._given is not None else keyring.get_keyring()
            if isinstance(backend, chainer.ChainerBackend):
                # Use the best chained keyring itself: the chainer would fall through to
                # lower ones (a plaintext file) when the first cannot store.
                chained = list(backend.backends)
                backend = max(chained, key=_priority) if chained else fail.Keyring()  # type: ignore[no-untyped-call]
            if isinstance(backend, fail.Keyring) or _priority(backend) < 1:
                log.info("no usable system keyring (%s): the token is kept in memory only", type(backend).__name__)
                self._reason = NO_KEYRING
                return None
        except Exception as exc:  # keyring.errors.KeyringError, a broken backend, a D-Bus error...
            log.warning("no system keyring (%s): the token is kept in memory only", type(exc).__name__)
            self._reason = NO_KEYRING
            return None
        log.info("the token is kept in the system keyring (%s)", type(backend).__name__)
        self._backend = backend
        return backend

    def _give_up(self, doing: str, exc: BaseException) -> None:
        log.warning("the system keyring failed to %s (%s): the token is kept in memory only", doing, type(exc).__name__)
        self._backend = None
        self._reason = KEYRING_FAILED

    @property
    def persistent(self) -> bool:
        """True when a token set now is kept across restarts (in the system keyring)."""
        return self._keyring() is not None

    @property
    def reason(self) -> str:
        """Why the token is not kept across restarts ("" when it is)."""
        self._keyring()
        return self._reason

    # -- the token -----------------------------------------------------------------------------

    @staticmethod
    def _account(oms_url: str) -> str:
        return oms_url.strip().rstrip("/")

    def get(self, oms_url: str) -> str | None:
        """The token for this OMS, or None."""
        account = self._account(oms_url)
        if account in self._memory:
            return self._memory[account]
        backend = self._keyring()
        if backend is None:
            return None
        try:
            token = backend.get_password(self.service, account)
        except Exception as exc:
            self._give_up("read the token", exc)
            return None
        if token:
            self._memory[account] = token
        return token or None

    def set(self, oms_url: str, token: str) -> None:
        """Keep `token` for this OMS (in the keyring when there is one, always for this session)."""
        if not token:
            raise ValueError("an empty token cannot be kept")
        account = self._account(oms_url)
        self._memory[account] = token
        backend = self._keyring()
        if backend is None:
            return
        try:
            backend.set_password(self.service, account, token)
        except Exception as exc:
            self._give_up("keep the token", exc)

    def delete(self, oms_url: str) -> None:
        """Forget the token for this OMS (here and in the keyring)."""
        account = self._account(oms_url)
        self._memory.pop(account, None)
        backend = self._keyring()
        if backend is None:
            return
        try:
            from keyring.errors import PasswordDeleteError

            backend.delete_password(self.service, account)
        except PasswordDeleteError:
            pass  # there was none
        except Exception as exc:
            log.warning("the system keyring failed to delete a token (%s)", type(exc).__name__)


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # some backends raise when asked on a system without them
        return 0.0

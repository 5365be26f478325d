"""Sounds for the person at the packing station: a good scan, a wrong one, a package complete.

:class:`SoundPlayer` plays ``resources/sounds/{ok,error,complete}.wav`` (made by
``scripts/make_sounds.py``) with one ``QSoundEffect`` per sound, loaded once, for low latency.

"No audio" is normal (a station without speakers, a test machine, a missing ``libpulse0``):
the player then logs one INFO line, ``sound unavailable: <why>``, reports
:attr:`SoundPlayer.available` False, and every ``play_*`` call quietly does nothing. It never
raises and never prints a warning per sound.

Loading (importing QtMultimedia, finding the audio output, decoding three short WAVs) happens
on the first turn of the event loop after construction while the player is enabled, or on the
first ``play_*`` call, whichever comes first; :meth:`SoundPlayer.load` does it at once.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from ..resources import resource_path

log = logging.getLogger(__name__)

__all__ = ["SoundPlayer", "SOUND_FILES"]

#: Sound name -> file in ``resources/sounds/``.
SOUND_FILES = {"ok": "ok.wav", "error": "error.wav", "complete": "complete.wav"}


def _import_multimedia() -> ModuleType:
    # A function (and importlib, which honours sys.modules) so tests can make it fail.
    return importlib.import_module("PySide6.QtMultimedia")


class SoundPlayer(QObject):
    """``SoundPlayer(parent=None, *, enabled=True, volume=1.0, preload=True)``."""

    #: A sound started playing ("ok", "error" or "complete").
    played = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        enabled: bool = True,
        volume: float = 1.0,
        preload: bool = True,
    ) -> None:
        super().__init__(parent)
        self._enabled = bool(enabled)
        self._volume = min(1.0, max(0.0, float(volume)))
        self._loaded = False
        self._available = True
        self._unavailable_reason = ""
        self._effects: dict[str, Any] = {}  # name -> QSoundEffect
        if preload:
            QTimer.singleShot(0, self, self._preload)

    # -- properties ----------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """When False, ``play_*`` do nothing (the station's "sound off" setting)."""
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._enabled = bool(value)
        if not self._enabled:
            self.stop()

    @property
    def available(self) -> bool:
        """Whether this machine can play the sounds (loads them first if not yet done)."""
        self.load()
        return self._available

    @property
    def unavailable_reason(self) -> str:
        """Why sound is unavailable, in words ("" while it is available)."""
        return self._unavailable_reason

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = min(1.0, max(0.0, float(value)))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    # -- playing -------------------------------------------------------------------------

    def play_ok(self) -> bool:
        """A good scan. Returns whether a sound started."""
        return self._play("ok")

    def play_error(self) -> bool:
        """A wrong scan, a refused command: loud and low."""
        return self._play("error")

    def play_complete(self) -> bool:
        """Every item of the package confirmed."""
        return self._play("complete")

    def stop(self) -> None:
        for effect in self._effects.values():
            if effect.isPlaying():
                effect.stop()

    def _play(self, name: str) -> bool:
        if not self._enabled or not self.load():
            return False
        effect = self._effects.get(name)
        if effect is None:
            return False
        for other in self._effects.values():  # the newest feedback wins
            if other.isPlaying():
                other.stop()
        effect.play()
        self.played.emit(name)
        return True

    # -- loading -------------------------------------------------------------------------

    def _preload(self) -> None:
        if self._enabled:
            self.load()

    def load(self) -> bool:
        """Load the sounds now if not done yet; returns :attr:`available`. Safe to call again."""
        if self._loaded:
            return self._available
        self._loaded = True
        try:
            multimedia = _import_multimedia()
        except ImportError as exc:  # e.g. libpulse.so.0 missing
            self._give_up(f"Qt Multimedia could not be loaded ({exc})")
            return False
        if not self._has_audio_output(multimedia):
            # Without a device every QSoundEffect would only fail, with a Qt warning each.
            self._give_up("no audio output device")
            return False
        try:
            paths = {name: resource_path("sounds", file) for name, file in SOUND_FILES.items()}
        except FileNotFoundError as exc:
            self._give_up(str(exc))
            return False
        for name, path in paths.items():
            self._effects[name] = self._make_effect(multimedia, name, QUrl.fromLocalFile(str(path)))
        return self._available

    def _has_audio_output(self, multimedia: ModuleType) -> bool:
        return not multimedia.QMediaDevices.defaultAudioOutput().isNull()

    def _make_effect(self, multimedia: ModuleType, name: str, url: QUrl) -> Any:
        effect = multimedia.QSoundEffect(self)
        effect.setVolume(self._volume)
        effect.statusChanged.connect(lambda: self._on_status(name))
        effect.setSource(url)
        return effect

    def _on_status(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None:
            return
        if effect.status() == type(effect).Status.Error:
            self._give_up(f"the audio system cannot play {SOUND_FILES[name]}")

    def _give_up(self, reason: str) -> None:
        """Stop trying, for good; one log line."""
        if not self._available:
            return
        self._available = False
        self._unavailable_reason = reason
        log.info("sound unavailable: %s", reason)
        effects, self._effects = self._effects, {}
        for effect in effects.values():
            effect.deleteLater()

"""Feedback sounds: the WAV files, resource lookup, and a SoundPlayer that survives "no audio"."""

from __future__ import annotations

import importlib.util
import itertools
import logging
import math
import struct
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from instore_app.resources import RESOURCES_DIR, resource_path
from instore_app.ui.feedback import SOUND_FILES, SoundPlayer

ROOT = Path(__file__).resolve().parent.parent

# A machine without a sound server says so once, when QtMultimedia first looks for devices.
no_audio_noise = pytest.mark.qt_log_ignore("PulseAudioService", "QSoundEffect", "pipewire")


def read_wav(path: Path) -> tuple[wave._wave_params, list[float]]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        frames = w.readframes(w.getnframes())
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    return params, [s / 32768 for s in samples]


def rms(xs: list[float]) -> float:
    return math.sqrt(sum(x * x for x in xs) / len(xs))


def pitch_hz(xs: list[float], rate: int = 44100) -> float:
    """Rough fundamental of a pure tone, from upward zero crossings."""
    ups = sum(1 for a, b in itertools.pairwise(xs) if a < 0 <= b)
    return ups / (len(xs) / rate)


def level(xs: list[float], freq: float, rate: int = 44100) -> float:
    """Amplitude of one frequency in the signal (Goertzel)."""
    coeff = 2 * math.cos(2 * math.pi * freq / rate)
    s1 = s2 = 0.0
    for x in xs:
        s1, s2 = x + coeff * s1 - s2, s1
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - coeff * s1 * s2)) / len(xs)


# -- the WAV files -----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "seconds"), [("ok", 0.080), ("error", 0.400), ("complete", 0.450)])
def test_wav_files_are_valid(name, seconds):
    path = resource_path("sounds", SOUND_FILES[name])
    params, samples = read_wav(path)
    assert (params.framerate, params.nchannels, params.sampwidth) == (44100, 1, 2)
    assert params.nframes / params.framerate == pytest.approx(seconds, abs=0.001)
    assert max(abs(s) for s in samples) < 0.999  # loud but never clipped
    assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.01  # faded in and out: no click
    assert path.stat().st_size < 64 * 1024


def test_sounds_say_what_they_mean():
    _, ok = read_wav(resource_path("sounds", "ok.wav"))
    _, error = read_wav(resource_path("sounds", "error.wav"))
    _, complete = read_wav(resource_path("sounds", "complete.wav"))
    assert pitch_hz(ok) == pytest.approx(1500, rel=0.05)  # short bright beep
    assert rms(error) > 1.5 * rms(ok)  # the error is clearly louder...
    low = min(level(error, 180), level(error, 220))
    assert low > 5 * max(level(error, f) for f in (1000, 1500, 2000))  # ...and low: 180 + 220 Hz
    thirds = [complete[i * len(complete) // 3 : (i + 1) * len(complete) // 3] for i in range(3)]
    p1, p2, p3 = (pitch_hz(t) for t in thirds)
    assert p1 < p2 < p3  # a rising chime


def test_make_sounds_reproduces_the_files_in_the_repo(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "scripts" / "make_sounds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path)]) == 0
    for file in SOUND_FILES.values():
        assert (tmp_path / file).read_bytes() == resource_path("sounds", file).read_bytes(), file


# -- resources ---------------------------------------------------------------------------


def test_resource_path_finds_the_top_level_folder():
    assert RESOURCES_DIR == ROOT / "resources"
    assert resource_path("sounds", "ok.wav") == ROOT / "resources" / "sounds" / "ok.wav"


def test_resource_path_says_what_is_missing():
    with pytest.raises(FileNotFoundError, match=r"resource 'sounds/nope\.wav' is missing: no .*nope\.wav"):
        resource_path("sounds", "nope.wav")
    with pytest.raises(ValueError):
        resource_path()


# -- SoundPlayer on this machine -----------------------------------------------------------


@no_audio_noise
def test_player_on_this_machine_never_raises(qtbot, caplog, qtlog):
    caplog.set_level(logging.INFO, logger="instore_app.ui.feedback")
    player = SoundPlayer()
    available = player.available  # loads
    loaded_messages = len(qtlog.records)
    results = [f() for _ in range(5) for f in (player.play_ok, player.play_error, player.play_complete)]

    def played_out() -> bool:  # every sound loaded (or failed, and sound given up), none playing
        return all(
            e.status() in (type(e).Status.Ready, type(e).Status.Error) and not e.isPlaying()
            for e in player._effects.values()
        )

    # Without a device nothing was started (no effect exists); with one, wait until it's over.
    qtbot.waitUntil(played_out, timeout=20000)
    assert len(qtlog.records) == loaded_messages  # playing prints no Qt warnings, ever
    if not player.available:  # a test machine: no sound server
        assert not any(results)
        assert player.unavailable_reason
        lines = [r.getMessage() for r in caplog.records if "sound unavailable" in r.getMessage()]
        assert lines == [f"sound unavailable: {player.unavailable_reason}"]
        assert all(r.levelno == logging.INFO for r in caplog.records if "sound unavailable" in r.getMessage())
    else:  # a machine with speakers
        assert available and all(results)


def test_player_without_qtmultimedia_is_a_quiet_no_op(qtbot, caplog, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails (no libpulse0)
    caplog.set_level(logging.INFO, logger="instore_app.ui.feedback")
    player = SoundPlayer(preload=False)
    assert player.play_ok() is False
    assert player.play_error() is False
    assert player.play_complete() is False
    assert player.available is False
    assert "Qt Multimedia could not be loaded" in player.unavailable_reason
    lines = [r for r in caplog.records if "sound unavailable" in r.getMessage()]
    assert len(lines) == 1 and lines[0].levelno == logging.INFO


# -- SoundPlayer logic, with stand-in effects --------------------------------------------


class FakeEffect:
    class Status:
        Error = "error"

    def __init__(self, name: str) -> None:
        self.name = name
        self.plays = 0
        self.stops = 0
        self.playing = False
        self.volume = None
        self._status = "ready"

    def play(self) -> None:
        self.plays += 1
        self.playing = True

    def stop(self) -> None:
        self.stops += 1
        self.playing = False

    def isPlaying(self) -> bool:
        return self.playing

    def setVolume(self, v: float) -> None:
        self.volume = v

    def status(self):
        return self._status

    def deleteLater(self) -> None:
        pass


class FakeAudioPlayer(SoundPlayer):
    """A SoundPlayer on a machine that has an audio device, with effects we can inspect."""

    loads = 0

    def load(self) -> bool:
        if not self._loaded:
            self.loads += 1
        return super().load()

    def _has_audio_output(self, multimedia) -> bool:
        return True

    def _make_effect(self, multimedia, name, url):
        assert url.toLocalFile().endswith(SOUND_FILES[name])
        effect = FakeEffect(name)
        effect.setVolume(self.volume)
        return effect


def test_disabled_player_plays_nothing(qtbot):
    player = FakeAudioPlayer(enabled=False)
    played = []
    player.played.connect(played.append)
    assert [player.play_ok(), player.play_error(), player.play_complete()] == [False] * 3
    assert played == []
    assert all(e.plays == 0 for e in player._effects.values())
    player.enabled = True
    assert player.play_ok() is True
    assert played == ["ok"]
    assert player._effects["ok"].plays == 1


def test_each_sound_plays_its_file_and_the_newest_wins(qtbot):
    player = FakeAudioPlayer(volume=0.5)
    played = []
    player.played.connect(played.append)
    assert player.play_ok() and player.play_complete() and player.play_error()
    assert played == ["ok", "complete", "error"]
    effects = player._effects
    assert [effects[n].plays for n in ("ok", "complete", "error")] == [1, 1, 1]
    assert effects["ok"].stops == 1 and effects["complete"].stops == 1  # cut short by the next
    assert all(e.volume == 0.5 for e in effects.values())
    player.enabled = False  # turning sound off silences what is playing
    assert not effects["error"].playing


def test_an_effect_in_error_stops_all_sound_for_good(qtbot, caplog):
    caplog.set_level(logging.INFO, logger="instore_app.ui.feedback")
    player = FakeAudioPlayer()
    assert player.available
    ok = player._effects["ok"]
    ok._status = FakeEffect.Status.Error
    player._on_status("ok")
    player._on_status("ok")
    assert player.available is False
    assert player.play_ok() is False and player.play_error() is False
    assert ok.plays == 0
    lines = [r.getMessage() for r in caplog.records if "sound unavailable" in r.getMessage()]
    assert lines == ["sound unavailable: the audio system cannot play ok.wav"]


def test_loads_once_on_the_first_loop_turn_only_when_enabled(qtbot):
    on = FakeAudioPlayer()
    off = FakeAudioPlayer(enabled=False)
    turned = []
    QTimer.singleShot(0, off, lambda: turned.append(True))  # queued after both players' own
    assert (on.loads, off.loads) == (0, 0)  # construction is cheap
    qtbot.waitUntil(lambda: bool(turned))
    assert (on.loads, off.loads) == (1, 0)  # both had their turn: only the enabled one loaded
    on.play_ok()
    on.play_ok()
    assert on.loads == 1

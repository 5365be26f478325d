#!/usr/bin/env python3
"""Synthesise the packing station's feedback sounds into ``resources/sounds/``.

Only the standard library (``wave``, ``math``, ``struct``): 44.1 kHz, 16-bit, mono WAV files
with a short linear fade in and out on every tone so nothing clicks.

    python scripts/make_sounds.py            # writes resources/sounds/{ok,error,complete}.wav
    python scripts/make_sounds.py --out DIR  # somewhere else

The output is deterministic (same bytes every run), so the WAVs are kept in the repository and
this script only needs running again when a sound is changed.

* ``ok.wav``       -- one short bright beep: 80 ms sine at 1500 Hz (a good scan).
* ``error.wav``    -- a loud, low, rough two-tone buzz: 400 ms of 220 Hz + 180 Hz square-ish
                      waves mixed and saturated, in two 190 ms bursts (a wrong item: must not
                      be missed; about twice as loud as ``ok.wav``).
* ``complete.wav`` -- a rising three-note chime, C6 E6 G6, 150 ms each (package complete).
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from pathlib import Path

RATE = 44_100
FADE_S = 0.005  # 5 ms linear fade in/out per tone

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "sounds"


def _envelope(i: int, n: int, fade: int) -> float:
    if fade <= 0:
        return 1.0
    return min(1.0, i / fade, (n - 1 - i) / fade)


def sine(freq: float, seconds: float, amp: float = 0.6) -> list[float]:
    n = round(RATE * seconds)
    fade = round(RATE * FADE_S)
    return [amp * _envelope(i, n, fade) * math.sin(2 * math.pi * freq * i / RATE) for i in range(n)]


def squareish(freq: float, i: int) -> float:
    """A square wave rounded off by its first odd harmonics (1, 3, 5, 7): buzzy, not piercing."""
    t = 2 * math.pi * freq * i / RATE
    return (4 / math.pi) * sum(math.sin(k * t) / k for k in (1, 3, 5, 7))


def buzz(freqs: tuple[float, ...], seconds: float, amp: float = 0.9) -> list[float]:
    n = round(RATE * seconds)
    fade = round(RATE * FADE_S)
    # Saturate the mix like a cheap buzzer (tanh): nearly square, so loud for its peak.
    raw = [math.tanh(2.5 * sum(squareish(f, i) for f in freqs) / len(freqs)) for i in range(n)]
    peak = max(abs(v) for v in raw) or 1.0  # normalise: loud, but never clipped
    return [amp * _envelope(i, n, fade) * v / peak for i, v in enumerate(raw)]


def silence(seconds: float) -> list[float]:
    return [0.0] * round(RATE * seconds)


def ok_sound() -> list[float]:
    # Moderate: a station hears it hundreds of times a day; the error must stand out.
    return sine(1500, 0.080, amp=0.45)


def error_sound() -> list[float]:
    # 190 ms buzz + 20 ms gap + 190 ms buzz = 400 ms: two pulses read as "wrong!" more clearly.
    return buzz((220, 180), 0.190) + silence(0.020) + buzz((220, 180), 0.190)


def complete_sound() -> list[float]:
    notes = (1046.50, 1318.51, 1567.98)  # C6, E6, G6
    return [s for f in notes for s in sine(f, 0.150, amp=0.5)]


SOUNDS = {"ok.wav": ok_sound, "error.wav": error_sound, "complete.wav": complete_sound}


def write_wav(path: Path, samples: list[float]) -> None:
    frames = b"".join(
        struct.pack("<h", max(-32767, min(32767, round(s * 32767)))) for s in samples
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    for name, make in SOUNDS.items():
        samples = make()
        write_wav(args.out / name, samples)
        print(f"{args.out / name}: {len(samples) / RATE * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

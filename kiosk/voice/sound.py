"""WAV sound the kiosk makes and changes itself: the board's chime, and any clip at the
technician's volume.

The chime is made here (never downloaded): two soft tones, as public address systems ring
before a call. Volume is applied by scaling the samples of 16-bit clips, so it is the same
on every player.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from array import array

RATE = 22_050
TONES = ((784.0, 0.35), (587.3, 0.55))
"""G5 then D5, seconds each: the ding-dong of public address systems."""


def chime_wav() -> bytes:
    """The chime as 16-bit mono WAV: each tone with a soft attack and a long decay."""
    frames = bytearray()
    for frequency, seconds in TONES:
        count = int(RATE * seconds)
        for index in range(count):
            t = index / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t / seconds)
            sample = 0.45 * envelope * math.sin(2 * math.pi * frequency * t)
            frames += struct.pack("<h", int(sample * 32767))
    return _wav(bytes(frames), channels=1, rate=RATE)


def _wav(frames: bytes, *, channels: int, rate: int) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(channels)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(frames)
    return out.getvalue()


def at_volume(data: bytes, volume: int) -> bytes:
    """A 16-bit PCM WAV with its samples scaled to ``volume`` percent (0-100); any other
    WAV comes back unchanged, and so does one at 100 %."""
    if volume >= 100:
        return data
    try:
        with wave.open(io.BytesIO(data), "rb") as file:
            if file.getsampwidth() != 2:
                return data
            channels, rate = file.getnchannels(), file.getframerate()
            samples = array("h", file.readframes(file.getnframes()))
    except (wave.Error, EOFError, ValueError):
        return data
    if sys.byteorder == "big":
        samples.byteswap()
    factor = max(0, volume) / 100
    scaled = array("h", (int(sample * factor) for sample in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    return _wav(scaled.tobytes(), channels=channels, rate=rate)


def duration_s(data: bytes) -> float:
    """How long a WAV plays, in seconds (0 when it is not a WAV this module can read)."""
    try:
        with wave.open(io.BytesIO(data), "rb") as file:
            return file.getnframes() / file.getframerate()
    except (wave.Error, EOFError, ValueError, ZeroDivisionError):
        return 0.0

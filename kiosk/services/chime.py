"""The calling board's chime: two soft tones before a number is shown, so heads turn.

The sound is made here (a WAV written once), never downloaded, and played by the operating
system's own player without waiting: ``winsound`` on Windows, else the first of PipeWire's
``pw-play``, PulseAudio's ``paplay`` and ALSA's ``aplay`` found. A PC with none stays silent
(logged once); the board works the same.
"""

from __future__ import annotations

import io
import logging
import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

log = logging.getLogger(__name__)

RATE = 22_050
TONES = ((784.0, 0.35), (587.3, 0.55))
"""G5 then D5, seconds each: the ding-dong of public address systems."""
PLAYERS = ("pw-play", "paplay", "aplay")


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
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(bytes(frames))
    return out.getvalue()


class Chime:
    """Plays the chime without blocking; the WAV is written once into ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "chime.wav"
        self.player = next((found for name in PLAYERS if (found := shutil.which(name))), None)
        self._warned = False

    def play(self) -> bool:
        """Start the chime; False when this PC has no way to play it."""
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(chime_wav())
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(self.path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        if self.player is None:
            if not self._warned:
                log.warning("no sound player (pw-play, paplay, aplay): the board chimes silently")
                self._warned = True
            return False
        subprocess.Popen(
            [self.player, str(self.path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return True

"""Playing a WAV file with what the PC has, until it ends or is cut short.

The technician may name the program (``[voice] player``, e.g. ``aplay -D hdmi:0 {wav}`` for
a board's TV); otherwise ``winsound`` on Windows, else the first of PipeWire's ``pw-play``,
PulseAudio's ``paplay`` and ALSA's ``aplay`` found. A PC with none plays nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.voice.engines import WAV_PLACEHOLDER
from kiosk.voice.sound import duration_s

SYSTEM_PLAYERS = (("pw-play", WAV_PLACEHOLDER), ("paplay", WAV_PLACEHOLDER))
ALSA_PLAYER = ("aplay", "-q", WAV_PLACEHOLDER)
POLL_S = 0.05
LONGEST_CLIP_S = 120.0
"""A player still running this long after its clip should have ended is stopped."""
WINSOUND = "winsound"


@dataclass(frozen=True)
class Player:
    """A program that plays the WAV file in place of ``{wav}`` (``winsound``: Windows' own)."""

    command: tuple[str, ...]

    @property
    def name(self) -> str:
        """The program, for diag."""
        return self.command[0]

    def play(self, wav: Path, cut: threading.Event) -> bool:
        """Play ``wav`` to its end (True), or stop when ``cut`` is set or the player fails
        (False). Blocks: call it from the voice's own thread."""
        if self.command == (WINSOUND,):
            return _play_with_winsound(wav, cut)
        argv = [part.replace(WAV_PLACEHOLDER, str(wav)) for part in self.command]
        try:
            process = subprocess.Popen(
                argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
            )
        except OSError:
            return False
        give_up = time.monotonic() + duration_s(wav.read_bytes()) + LONGEST_CLIP_S
        while process.poll() is None:
            if cut.wait(POLL_S) or time.monotonic() > give_up:
                process.kill()
                process.wait()
                return False
        return process.returncode == 0


def _play_with_winsound(wav: Path, cut: threading.Event) -> bool:
    if sys.platform != "win32":
        return False
    import winsound

    winsound.PlaySound(str(wav), winsound.SND_FILENAME | winsound.SND_ASYNC)
    if cut.wait(duration_s(wav.read_bytes())):
        winsound.PlaySound(None, 0)  # stops the sound playing now
        return False
    return True


def find_player(command: list[str]) -> Player | None:
    """``command`` when given, else this PC's own player (None: it has none)."""
    if command:
        return Player(tuple(command))
    if sys.platform == "win32":
        return Player((WINSOUND,))
    for candidate in (*SYSTEM_PLAYERS, ALSA_PLAYER):
        if found := shutil.which(candidate[0]):
            return Player((found, *candidate[1:]))
    return None

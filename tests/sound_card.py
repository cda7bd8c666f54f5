"""A sound card for tests: a player program that "plays" a WAV by waiting a tenth of its
length, and logs what it played as one JSON line once it ends (start, end, seconds, loudest sample,
digest), so a test can tell what was heard, in what order, and whether two sounds overlapped.

    python tests/sound_card.py LOG WAV
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import wave
from array import array
from pathlib import Path

SPEED = 10


def main(log: Path, wav: Path) -> int:
    start = time.time()
    now_playing(log).touch()
    data = wav.read_bytes()
    with wave.open(str(wav), "rb") as sound:
        seconds = sound.getnframes() / sound.getframerate()
        samples = array("h", sound.readframes(sound.getnframes()))
    time.sleep(seconds / SPEED)
    entry = {
        "start": start,
        "end": time.time(),
        "seconds": round(seconds, 3),
        "peak": max((abs(sample) for sample in samples), default=0),
        "sha": hashlib.sha256(data).hexdigest()[:16],
    }
    with log.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")
    return 0


def command(log: Path) -> list[str]:
    """The card's command line, for ``[voice] player``, logging to ``log``."""
    return [sys.executable, str(Path(__file__).resolve()), str(log), "{wav}"]


def now_playing(log: Path) -> Path:
    """A file the card makes when it starts playing (and leaves)."""
    return log.with_suffix(".playing")


def played(log: Path) -> list[dict[str, float | str]]:
    """What the card has played so far, oldest first."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))

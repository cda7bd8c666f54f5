"""A speech engine for tests that needs no voice installed: reads the text on its standard
input and writes a WAV of one tone, 0.1 s per word, so each text has its own length.

    python tests/tone_voice.py WAV
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from pathlib import Path

RATE = 8000
COMMAND = (sys.executable, str(Path(__file__).resolve()), "{wav}")
"""The engine's command line, for ``[voice] command``."""


def main(path: str) -> int:
    words = sys.stdin.buffer.read().decode("utf-8").split()
    if not words:
        print("tone voice: nothing to say", file=sys.stderr)
        return 1
    count = int(RATE * 0.1 * len(words))
    samples = array("h", (int(12000 * math.sin(i / 6)) for i in range(count)))
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

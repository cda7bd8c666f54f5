"""Text-to-speech engines behind one interface: text in, a WAV file out, offline.

espeak-ng is the fallback every Linux kiosk can install (Debian's ``espeak-ng``, with
Northern, Central and Southern Vietnamese voices). A better voice is any program that reads
text on its standard input and writes a WAV file, such as a Piper voice (see the deploy
guide). An engine renders; it never plays.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.config import VoiceSection

RENDER_TIMEOUT_S = 30.0
WAV_PLACEHOLDER = "{wav}"
ESPEAK_VOICES = {"vi": "vi", "en": "en"}


class VoiceError(Exception):
    """An engine could not render a text (one line: which engine, and why)."""


class Engine(Protocol):
    """Renders text in a language to a WAV file."""

    @property
    def name(self) -> str:
        """What the technician sees in diag: the engine and its program."""
        ...

    def voice(self, language: str) -> str | None:
        """The voice used for ``language`` (None: this engine cannot speak it)."""
        ...

    def render(self, text: str, language: str, wav: Path) -> None:
        """Write ``text`` spoken in ``language`` to ``wav``; VoiceError if it cannot."""
        ...


def _run(command: list[str], text: str, wav: Path, engine: str) -> None:
    """Run a rendering program with ``text`` on its standard input; it must write ``wav``."""
    try:
        done = subprocess.run(
            command,
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=RENDER_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise VoiceError(f"{engine}: {exc}") from None
    if done.returncode != 0 or not wav.is_file() or wav.stat().st_size <= 44:
        problem = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [
            f"exit status {done.returncode}, no sound written"
        ]
        raise VoiceError(f"{engine}: {problem[0]}")


@dataclass(frozen=True)
class EspeakEngine:
    """espeak-ng at ``program``, Vietnamese in ``vietnamese_voice``, ``rate_wpm`` fast."""

    program: str
    vietnamese_voice: str = "vi"
    rate_wpm: int = 140

    @property
    def name(self) -> str:
        return f"espeak-ng ({self.program})"

    def voice(self, language: str) -> str | None:
        return self.vietnamese_voice if language == "vi" else ESPEAK_VOICES.get(language)

    def render(self, text: str, language: str, wav: Path) -> None:
        voice = self.voice(language)
        if voice is None:
            raise VoiceError(f"espeak-ng: no voice for language {language!r}")
        command = [self.program, "-v", voice, "-s", str(self.rate_wpm), "-b", "1"]
        _run([*command, "-w", str(wav), "--stdin"], text, wav, "espeak-ng")


@dataclass(frozen=True)
class CommandEngine:
    """A program per language reading text on stdin and writing ``{wav}``; languages it has
    no program for go to ``fallback``."""

    commands: dict[str, tuple[str, ...]]
    fallback: EspeakEngine | None = None

    @property
    def name(self) -> str:
        programs = sorted({Path(command[0]).name for command in self.commands.values()})
        also = f" + {self.fallback.name}" if self.fallback else ""
        return f"command ({', '.join(programs)}){also}"

    def voice(self, language: str) -> str | None:
        if command := self.commands.get(language):
            return next((Path(part).name for part in command if part.endswith(".onnx")), None) or (
                Path(command[0]).name
            )
        return self.fallback.voice(language) if self.fallback else None

    def render(self, text: str, language: str, wav: Path) -> None:
        command = self.commands.get(language)
        if command is None:
            if self.fallback is None:
                raise VoiceError(f"command: no program for language {language!r}")
            self.fallback.render(text, language, wav)
            return
        argv = [part.replace(WAV_PLACEHOLDER, str(wav)) for part in command]
        _run(argv, text, wav, Path(command[0]).name)


def find_engine(settings: VoiceSection) -> Engine | None:
    """The engine the settings ask for, if this PC has it (None: the kiosk stays silent)."""
    espeak_program = shutil.which("espeak-ng")
    espeak = (
        EspeakEngine(espeak_program, settings.espeak_voice, settings.rate_wpm)
        if espeak_program
        else None
    )
    commands = {
        language: tuple(command)
        for language, command in (("vi", settings.command), ("en", settings.command_en))
        if command
    }
    if settings.engine == "command" or (settings.engine == "auto" and commands):
        return CommandEngine(commands, espeak)
    return espeak

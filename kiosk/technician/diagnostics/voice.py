"""The voice check: which engine and voice speak, which program plays, and a test rendering."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from kiosk.config import VoiceSection
from kiosk.technician.diagnostics.checks import CheckResult, Level
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase
from kiosk.voice.engines import VoiceError
from kiosk.voice.sound import duration_s
from kiosk.voice.speaker import Speaker

SAMPLE = "Mời số a hai mươi ba đến quầy số ba."


def check_voice(settings: VoiceSection, timezone: str) -> CheckResult:
    """Find the engine and player the settings ask for; render a Vietnamese call with the
    engine (nothing is played)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-voice-") as folder:
        speaker = Speaker(settings, Path(folder), timezone)
        report = speaker.report()
        details: dict[str, Any] = {
            "engine": report.engine,
            "voices": report.voices,
            "player": report.player,
            "guidance": report.guidance,
            "calls": report.calls,
            "volume": report.volume,
            "quiet_hours": report.quiet_hours,
        }

        def result(level: Level, phrase: Phrase) -> CheckResult:
            return CheckResult("voice", level, phrase, details)

        if settings.guidance == "off" and settings.calls == "off":
            return result("ok", Phrase(QT_TRANSLATE_NOOP("Technician", "voice off")))
        if speaker.engine is None:
            return result(
                "warn",
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Technician",
                        "no speech engine: install espeak-ng, or set voice.command (a Piper "
                        "voice); calls only chime",
                    )
                ),
            )
        wav = Path(folder) / "sample.wav"
        started = time.perf_counter()
        try:
            speaker.engine.render(SAMPLE, "vi", wav)
        except VoiceError as exc:
            return result(
                "fail",
                Phrase(QT_TRANSLATE_NOOP("Technician", "the speech engine failed: %1"), str(exc)),
            )
        details["render_ms"] = round((time.perf_counter() - started) * 1000)
        details["sample_s"] = round(duration_s(wav.read_bytes()), 2)
        if speaker.player is None:
            return result(
                "warn",
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Technician",
                        "%1 speaks Vietnamese, but no sound player was found: install "
                        "pipewire, pulseaudio-utils or alsa-utils, or set voice.player",
                    ),
                    report.engine,
                ),
            )
        return result(
            "ok",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "%1, Vietnamese voice %2, played by %3; a call renders in %4 ms"
                ),
                report.engine,
                report.voices.get("vi") or "?",
                report.player,
                details["render_ms"],
            ),
        )

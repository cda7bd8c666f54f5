"""The kiosk's voice: calls queued behind a chime and never overlapping, guidance that gives
way when the citizen moves on, the technician's volume and quiet hours, clips rendered once,
and a kiosk that stays quiet, never broken, when the engine, the player or the disk fails.

The engines and the player are real programs: espeak-ng where installed, a tone voice that
needs nothing installed, and a sound card that logs what it plays (``tests/sound_card.py``).
"""

from __future__ import annotations

import io
import itertools
import logging
import os
import shutil
import sys
import time
import wave
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import ConfigError, VoiceSection, config_from_data
from kiosk.technician.diagnostics.voice import SAMPLE, check_voice
from kiosk.voice.calls import call_sentence
from kiosk.voice.engines import CommandEngine, EspeakEngine, VoiceError, find_engine
from kiosk.voice.player import Player
from kiosk.voice.sound import at_volume, chime_wav, duration_s
from kiosk.voice.speaker import Speaker
from tests import tone_voice
from tests.sound_card import command as card_command
from tests.sound_card import now_playing, played

TONE_ENGINE = CommandEngine({"vi": tone_voice.COMMAND, "en": tone_voice.COMMAND})
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
MORNING = datetime(2026, 12, 7, 9, 30, tzinfo=ZONE)
WAIT_S = 20.0
CHIME_SECONDS = round(duration_s(chime_wav()), 3)


def sound_card(log: Path) -> Player:
    return Player(tuple(card_command(log)))


@pytest.fixture
def make_speaker(tmp_path: Path) -> Any:
    made: list[Speaker] = []

    def make(
        *,
        engine: Any = None,
        now: Callable[[], datetime] = lambda: MORNING,
        **settings: Any,
    ) -> Speaker:
        speaker = Speaker(
            VoiceSection(**settings),
            tmp_path / "voice",
            "Asia/Ho_Chi_Minh",
            engine=CommandEngine({"vi": tone_voice.COMMAND, "en": tone_voice.COMMAND})
            if engine is None
            else engine,
            player=sound_card(tmp_path / "card.log"),
            now=now,
        )
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.close()


def heard(tmp_path: Path) -> list[float]:
    """The lengths of the sounds played, in order (0.1 s per word; the chime is its own)."""
    return [float(entry["seconds"]) for entry in played(tmp_path / "card.log")]


def test_calls_come_after_a_chime_in_order_and_never_overlap(
    make_speaker: Any, tmp_path: Path
) -> None:
    speaker = make_speaker()
    for sentence in ("một", "một hai", "một hai ba"):
        speaker.call(sentence)
    assert speaker.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [CHIME_SECONDS, 0.1, CHIME_SECONDS, 0.2, CHIME_SECONDS, 0.3]
    entries = played(tmp_path / "card.log")
    for before, after in itertools.pairwise(entries):
        assert float(before["end"]) <= float(after["start"])
    assert [outcome for outcome, _ in speaker.history] == ["played"] * 3


def test_new_guidance_replaces_guidance_not_yet_heard_but_never_a_call(
    make_speaker: Any, tmp_path: Path
) -> None:
    speaker = make_speaker()
    speaker.call("một hai ba bốn")
    speaker.guide("a b c d e f g h", "vi")  # a screen the citizen leaves at once
    speaker.guide("a", "vi")  # the screen they stay on
    assert speaker.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [CHIME_SECONDS, 0.4, 0.1]
    spoken = [(outcome, utterance.text) for outcome, utterance in speaker.history]
    assert spoken == [("played", "một hai ba bốn"), ("played", "a")]


def test_guidance_playing_is_cut_when_the_citizen_moves_on(
    make_speaker: Any, tmp_path: Path
) -> None:
    speaker = make_speaker()
    speaker.guide(" ".join(["chữ"] * 300), "vi")  # 30 s of sound: 3 s on the test card
    assert wait_for(lambda: now_playing(tmp_path / "card.log").exists())
    speaker.silence()
    assert speaker.wait_until_quiet(WAIT_S)
    assert speaker.history[-1][0] == "cut"
    assert heard(tmp_path) == []  # stopped before its end: the card never finished it


def wait_for(condition: Callable[[], bool], timeout: float = WAIT_S) -> bool:
    """Wait for a condition another process brings about (it sends no signal)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.mark.parametrize(
    ("guidance", "on_entry", "when_asked"),
    [("entry", True, True), ("button", False, True), ("off", False, False)],
)
def test_the_guidance_setting(
    make_speaker: Any, tmp_path: Path, guidance: str, on_entry: bool, when_asked: bool
) -> None:
    speaker = make_speaker(guidance=guidance)
    assert speaker.guide("a", "vi") is on_entry
    assert speaker.wait_until_quiet(WAIT_S)
    assert speaker.guide("a b", "vi", asked=True) is when_asked
    assert speaker.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [0.1] * on_entry + [0.2] * when_asked


@pytest.mark.parametrize(("calls", "sounds"), [("voice", 2), ("chime", 1), ("off", 0)])
def test_the_calls_setting(make_speaker: Any, tmp_path: Path, calls: str, sounds: int) -> None:
    speaker = make_speaker(calls=calls)
    speaker.call("một hai")
    assert speaker.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [CHIME_SECONDS, 0.2][:sounds]


@pytest.mark.parametrize(
    ("hour", "quiet_from_h", "quiet_until_h", "spoken"),
    [
        (22, 21, 6, False),
        (5, 21, 6, False),
        (6, 21, 6, True),
        (20, 21, 6, True),
        (12, 12, 13, False),
        (13, 12, 13, True),
        (3, 0, 0, True),  # equal hours: never quiet
    ],
)
def test_nothing_is_spoken_in_the_quiet_hours(
    make_speaker: Any,
    tmp_path: Path,
    hour: int,
    quiet_from_h: int,
    quiet_until_h: int,
    spoken: bool,
) -> None:
    speaker = make_speaker(
        now=lambda: MORNING.replace(hour=hour),
        quiet_from_h=quiet_from_h,
        quiet_until_h=quiet_until_h,
    )
    speaker.call("một")
    assert speaker.wait_until_quiet(WAIT_S)
    assert bool(heard(tmp_path)) is spoken
    assert speaker.history[-1][0] == ("played" if spoken else "quiet")


def test_the_volume_scales_what_is_played(make_speaker: Any, tmp_path: Path) -> None:
    speaker = make_speaker(volume=100)
    speaker.guide("a", "vi")
    assert speaker.wait_until_quiet(WAIT_S)
    quiet = make_speaker(volume=25)
    quiet.guide("a", "vi")
    assert quiet.wait_until_quiet(WAIT_S)
    loud, soft = (int(entry["peak"]) for entry in played(tmp_path / "card.log"))
    assert loud > 10_000
    assert soft == pytest.approx(loud / 4, abs=2)


def test_each_text_is_rendered_once_and_can_be_prepared_ahead(
    make_speaker: Any, tmp_path: Path
) -> None:
    speaker = make_speaker()
    speaker.prepare([("Chạm vào lĩnh vực", "vi"), ("Touch a field", "en")])
    assert speaker.wait_until_quiet(WAIT_S)
    clips = sorted((tmp_path / "voice" / "clips").glob("*.wav"))
    assert len(clips) == 2 and heard(tmp_path) == []
    stamps = {clip: clip.stat().st_mtime_ns for clip in clips}
    speaker.guide("Chạm vào lĩnh vực", "vi")
    assert speaker.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [0.4]
    assert {clip: clip.stat().st_mtime_ns for clip in clips} == stamps  # not rendered again


def test_a_failing_engine_is_logged_once_and_the_voice_goes_on(
    make_speaker: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = CommandEngine({"vi": tone_voice.COMMAND})  # nothing for English
    speaker = make_speaker(engine=engine)
    with caplog.at_level(logging.WARNING, "kiosk.voice"):
        speaker.guide("hello", "en")
        assert speaker.wait_until_quiet(WAIT_S)
        speaker.guide("hello again", "en")
        assert speaker.wait_until_quiet(WAIT_S)
        speaker.guide("xin chào", "vi")
        assert speaker.wait_until_quiet(WAIT_S)
    assert [outcome for outcome, _ in speaker.history] == ["failed", "failed", "played"]
    assert [r.getMessage() for r in caplog.records] == [
        "voice: command: no program for language 'en'"
    ]
    # an empty text makes the tone voice fail: its own words reach the log
    with pytest.raises(VoiceError, match="tone voice: nothing to say"):
        engine.render(" ", "vi", tmp_path / "empty.wav")


def test_without_an_engine_a_call_still_chimes(make_speaker: Any, tmp_path: Path) -> None:
    speaker = Speaker(
        VoiceSection(),
        tmp_path / "voice",
        "Asia/Ho_Chi_Minh",
        engine=None,
        player=sound_card(tmp_path / "card.log"),
        now=lambda: MORNING,
    )
    speaker.call("một")
    assert speaker.wait_until_quiet(WAIT_S)
    speaker.close()
    assert heard(tmp_path) == [CHIME_SECONDS]
    assert speaker.history[-1][0] == "failed"
    assert speaker.report().engine.startswith("none")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_disk_silences_the_voice_without_harm(
    make_speaker: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "voice"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user writes anywhere (root): a read-only folder does not bind")
        speaker = make_speaker()
        with caplog.at_level(logging.WARNING, "kiosk.voice"):
            speaker.call("một")
            assert speaker.wait_until_quiet(WAIT_S)
        assert speaker.history[-1][0] == "failed"
        assert "cannot keep clips" in caplog.text
    finally:
        folder.chmod(0o700)


def test_a_full_disk_silences_the_voice_without_harm(
    make_speaker: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "voice").write_bytes(b"")  # a file where the folder should be
    speaker = make_speaker()
    with caplog.at_level(logging.WARNING, "kiosk.voice"):
        speaker.call("một")
        assert speaker.wait_until_quiet(WAIT_S)
        speaker.call("hai")
        assert speaker.wait_until_quiet(WAIT_S)
    assert [outcome for outcome, _ in speaker.history] == ["failed", "failed"]
    assert caplog.text.count("cannot keep clips") == 1


@given(st.binary(max_size=400), st.integers(0, 100))
def test_volume_never_louder_and_never_longer(frames: bytes, volume: int) -> None:
    frames = frames[: len(frames) // 2 * 2]
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(8000)
        file.writeframes(frames)
    scaled = at_volume(out.getvalue(), volume)
    with wave.open(io.BytesIO(scaled), "rb") as file:
        after = file.readframes(file.getnframes())
    assert len(after) == len(frames)
    for index in range(0, len(frames), 2):
        old = int.from_bytes(frames[index : index + 2], "little", signed=True)
        new = int.from_bytes(after[index : index + 2], "little", signed=True)
        assert abs(new) <= abs(old)
        assert abs(new - old * volume / 100) <= 1


@given(st.binary(max_size=200))
def test_anything_that_is_not_a_wav_is_played_as_it_is(data: bytes) -> None:
    assert at_volume(data, 50) == data or data.startswith(b"RIFF")


ESPEAK = shutil.which("espeak-ng")


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (.ci/run installs it)")
def test_espeak_ng_speaks_a_vietnamese_call(tmp_path: Path) -> None:
    engine = find_engine(VoiceSection())
    assert isinstance(engine, EspeakEngine) and engine.voice("vi") == "vi"
    wav = tmp_path / "call.wav"
    engine.render(call_sentence("A023", 3), "vi", wav)
    seconds = duration_s(wav.read_bytes())
    assert 1.5 < seconds < 8  # "Mời số a hai mươi ba đến quầy số ba": about 3 s
    with wave.open(str(wav), "rb") as sound:
        frames = sound.readframes(sound.getnframes())
    assert max(frames) > 0  # not silence


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (.ci/run installs it)")
def test_a_command_engine_falls_back_to_espeak_ng_for_english(tmp_path: Path) -> None:
    engine = find_engine(VoiceSection(command=list(tone_voice.COMMAND)))
    assert isinstance(engine, CommandEngine)
    assert engine.voice("vi") == Path(sys.executable).name
    assert engine.voice("en") == "en"
    engine.render("Please take a number", "en", tmp_path / "en.wav")
    assert duration_s((tmp_path / "en.wav").read_bytes()) > 0.8  # espeak-ng, not the tone


@pytest.mark.parametrize(
    ("voice", "message"),
    [
        ({"engine": "command"}, 'required for engine = "command"'),
        ({"command": ["piper", "--model", "vi.onnx"]}, 'one of them "{wav}"'),
        ({"player": ["aplay"]}, 'one of them "{wav}"'),
        ({"volume": 150}, "from 0 to 100, got 150"),
        ({"guidance": "always"}, "entry"),
    ],
)
def test_voice_settings_are_checked_at_start(voice: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match="voice") as refused:
        config_from_data({"voice": voice}, Path("kiosk.toml"), {})
    assert message in str(refused.value)


def test_call_sentences_read_the_number_and_the_counter_in_words() -> None:
    assert call_sentence("A023", 3) == "Mời số a hai mươi ba đến quầy số ba."
    assert call_sentence("B105", 12) == "Mời số bê một trăm linh năm đến quầy số mười hai."
    assert call_sentence("B105", 12, language="en") == "Number B 1 0 5, please go to counter 12."
    with pytest.raises(ValueError, match="no call sentence in language 'km'"):
        call_sentence("B105", 12, language="km")


def test_a_call_said_again_in_english_waits_for_nothing_and_a_chime_only_board_says_neither(
    make_speaker: Any, tmp_path: Path
) -> None:
    speaker = make_speaker()
    speaker.call("một hai", again=[("one two three", "en")])
    speaker.guide("a", "vi")
    assert speaker.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [CHIME_SECONDS, 0.2, 0.3, 0.1]
    chime_only = make_speaker(calls="chime")
    chime_only.call("một hai", again=[("one two three", "en")])
    assert chime_only.wait_until_quiet(WAIT_S)
    assert heard(tmp_path) == [CHIME_SECONDS, 0.2, 0.3, 0.1, CHIME_SECONDS]


@pytest.mark.parametrize("languages", [["en", "en"], ["km"]])
def test_a_call_is_said_again_only_in_a_language_it_has_a_sentence_for(
    languages: list[str],
) -> None:
    with pytest.raises(ConfigError, match="call_again_in"):
        config_from_data({"voice": {"call_again_in": languages}}, Path("kiosk.toml"), {})


def test_diag_names_the_engine_and_player_and_times_a_rendering(tmp_path: Path) -> None:
    settings = VoiceSection(command=list(tone_voice.COMMAND), player=card_command(tmp_path / "l"))
    result = check_voice(settings, "Asia/Ho_Chi_Minh")
    assert result.level == "ok", result.summary
    assert result.summary.startswith("command (python")
    assert result.details["player"] == sys.executable
    assert result.details["render_ms"] >= 0 and result.details["sample_s"] == pytest.approx(
        len(SAMPLE.split()) * 0.1
    )
    assert not (tmp_path / "l").exists()  # diag plays nothing


@pytest.mark.parametrize(
    ("settings", "level", "words"),
    [
        ({"guidance": "off", "calls": "off"}, "ok", "voice off"),
        ({"command": ["/nonexistent/piper", "{wav}"]}, "fail", "the speech engine failed"),
        ({"engine": "espeak-ng"}, "warn", "no speech engine"),
    ],
)
def test_diag_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    settings: dict[str, Any],
    level: str,
    words: str,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PC with no espeak-ng and no player
    result = check_voice(VoiceSection(**settings), "Asia/Ho_Chi_Minh")
    assert (result.level, words in result.summary) == (level, True), result.summary


def test_diag_warns_of_a_voice_without_a_player(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = check_voice(VoiceSection(command=list(tone_voice.COMMAND)), "Asia/Ho_Chi_Minh")
    assert result.level == "warn" and "no sound player" in result.summary

"""The kiosk's voice: speaks guidance and calls on its own thread, one at a time.

Callers never wait. A screen's guidance replaces any guidance still waiting or playing (the
citizen has moved on); a call is queued behind the others and never cut, so calls do not
overlap. Each text is rendered once by the engine into a clip kept on disk (guidance and
recent calls are ready before they are needed: see :meth:`Speaker.prepare`) and played at
the technician's volume, after the chime for a call. Nothing is spoken in the quiet hours.

What is spoken comes from the screens' fixed texts and the queue (numbers and counters): a
citizen's name, ID card number or any other personal data is never given to the voice.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from kiosk.config import VoiceSection
from kiosk.voice.engines import Engine, VoiceError, find_engine
from kiosk.voice.player import Player, find_player
from kiosk.voice.sound import at_volume, chime_wav

log = logging.getLogger(__name__)

MAX_CLIPS = 2000
"""Clips kept on disk; the oldest go first (guidance is rendered again in a few ms)."""
HISTORY = 50
LANGUAGES = ("vi", "en")

Outcome = Literal["played", "cut", "quiet", "silent", "failed"]


@dataclass(frozen=True)
class Utterance:
    """A text to speak in a language: a screen's ``guide``, a board's ``call`` (after the
    chime), or a call said again in another language (``recall``, straight after it)."""

    text: str
    language: str
    kind: Literal["guide", "call", "recall"]


@dataclass(frozen=True)
class VoiceReport:
    """What ``kiosk diag`` says of the voice."""

    engine: str
    voices: dict[str, str | None]
    player: str
    guidance: str
    calls: str
    volume: int
    quiet_hours: str


class Speaker:
    """Speaks on a thread of its own; see the module's description."""

    def __init__(
        self,
        settings: VoiceSection,
        folder: Path,
        timezone: str,
        *,
        engine: Engine | Literal["find"] | None = "find",
        player: Player | Literal["find"] | None = "find",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.settings = settings
        self.engine = find_engine(settings) if engine == "find" else engine
        self.player = find_player(settings.player) if player == "find" else player
        self.clips = folder / "clips"
        self.zone = ZoneInfo(timezone)
        self._now = now or (lambda: datetime.now(self.zone))
        self.history: deque[tuple[Outcome, Utterance]] = deque(maxlen=HISTORY)
        self._queue: deque[Utterance] = deque()
        self._to_prepare: deque[Utterance] = deque()
        self._playing: Utterance | None = None
        self._busy = False
        self._cut = threading.Event()
        self._changed = threading.Condition()
        self._closed = False
        self._warned: set[str] = set()
        self._thread: threading.Thread | None = None

    def follow_clock(self, now: Callable[[], datetime]) -> None:
        """Tell the hour (quiet hours) by ``now`` instead of this machine's clock."""
        self._now = now

    # -- what callers ask (never blocks) ----------------------------------------------------

    def offers_guidance(self, language: str) -> bool:
        """Whether a citizen can hear guidance in ``language`` here: an engine with a voice
        for it, a player, and guidance on."""
        return (
            self.engine is not None
            and self.player is not None
            and self.settings.guidance != "off"
            and self.engine.voice(language) is not None
        )

    def guide(self, text: str, language: str, *, asked: bool = False) -> bool:
        """Speak a screen's guidance (``asked``: the citizen tapped "Nghe hướng dẫn"; else
        the screen just opened), cutting any guidance before it; False when the settings
        keep it silent."""
        wanted = self.settings.guidance == "entry" or (asked and self.settings.guidance != "off")
        with self._changed:
            self._drop_guidance()
            if wanted and text:
                self._queue.append(Utterance(text, language, "guide"))
                self._start()
            self._changed.notify_all()
        return wanted

    def call(
        self, text: str, language: str = "vi", *, again: Sequence[tuple[str, str]] = ()
    ) -> None:
        """Announce a call: the chime, then ``text``, then each ``(text, language)`` of
        ``again`` (the same call in other languages), after every call before it; the chime
        alone when the settings say so."""
        if self.settings.calls == "off":
            return
        with self._changed:
            self._queue.append(Utterance(text, language, "call"))
            if self.settings.calls == "voice":
                self._queue.extend(Utterance(said, lang, "recall") for said, lang in again)
            self._start()
            self._changed.notify_all()

    def silence(self) -> None:
        """Stop guidance now, and forget guidance not yet spoken (calls go on)."""
        with self._changed:
            self._drop_guidance()
            self._changed.notify_all()

    def prepare(self, texts: Iterable[tuple[str, str]]) -> None:
        """Render ``(text, language)`` clips ahead, while nothing is being said."""
        if self.engine is None:
            return
        with self._changed:
            self._to_prepare.extend(Utterance(text, language, "guide") for text, language in texts)
            self._start()
            self._changed.notify_all()

    def wait_until_quiet(self, timeout: float) -> bool:
        """Wait until nothing is waiting, preparing or playing; False on timeout."""
        with self._changed:
            return self._changed.wait_for(
                lambda: not (self._queue or self._to_prepare or self._busy), timeout
            )

    def close(self) -> None:
        """Stop speaking and end the thread."""
        with self._changed:
            self._closed = True
            self._queue.clear()
            self._to_prepare.clear()
            self._cut.set()
            self._changed.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def report(self) -> VoiceReport:
        """The engine, voices, player and settings in use."""
        settings = self.settings
        engine = self.engine
        return VoiceReport(
            engine=engine.name if engine else "none (install espeak-ng, or set [voice] command)",
            voices={language: engine.voice(language) if engine else None for language in LANGUAGES},
            player=self.player.name if self.player else "none (no sound player found)",
            guidance=settings.guidance,
            calls=settings.calls,
            volume=settings.volume,
            quiet_hours=(
                f"{settings.quiet_from_h:02d}:00–{settings.quiet_until_h:02d}:00"
                if settings.quiet_from_h != settings.quiet_until_h
                else "none"
            ),
        )

    def quiet_now(self) -> bool:
        """Whether the office's clock is in the quiet hours."""
        start, end = self.settings.quiet_from_h, self.settings.quiet_until_h
        hour = self._now().astimezone(self.zone).hour
        if start == end:
            return False
        return start <= hour < end if start < end else hour >= start or hour < end

    # -- the voice's thread -----------------------------------------------------------------

    def _drop_guidance(self) -> None:
        kept = [utterance for utterance in self._queue if utterance.kind != "guide"]
        self._queue = deque(kept)
        if self._playing is not None and self._playing.kind == "guide":
            self._cut.set()

    def _start(self) -> None:
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._speak_all, name="voice", daemon=True)
            self._thread.start()

    def _speak_all(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(
                    lambda: self._closed or bool(self._queue or self._to_prepare)
                )
                if self._closed:
                    return
                preparing = not self._queue
                utterance = (self._to_prepare if preparing else self._queue).popleft()
                self._playing = None if preparing else utterance
                self._busy = True
                self._cut.clear()
            try:
                if preparing:
                    self._clip(utterance)
                else:
                    self.history.append((self._speak(utterance), utterance))
            except OSError as exc:  # a full or read-only disk: no clips, no voice
                self._warn_once("disk", f"voice: cannot keep clips in {self.clips}: {exc}")
                if not preparing:
                    self.history.append(("failed", utterance))
            except Exception:  # the voice must never take the kiosk down
                log.exception("voice: could not speak")
            finally:
                with self._changed:
                    self._playing = None
                    self._busy = False
                    self._changed.notify_all()

    def _speak(self, utterance: Utterance) -> Outcome:
        if self.quiet_now():
            return "quiet"
        if self.player is None:
            self._warn_once("player", "voice: no sound player (pw-play, paplay, aplay): silent")
            return "silent"
        clips: list[Path | None] = [self._chime()] if utterance.kind == "call" else []
        if utterance.kind == "guide" or self.settings.calls == "voice":
            clips.append(self._clip(utterance))
        for clip in clips:
            if clip is None:
                return "failed"
            if not self._play(self.player, clip):
                return "cut" if self._cut.is_set() else "failed"
        return "played"

    def _play(self, player: Player, clip: Path) -> bool:
        loud = clip.with_name("now-playing.wav")
        _write_atomically(loud, at_volume(clip.read_bytes(), self.settings.volume))
        return player.play(loud, self._cut)

    def _chime(self) -> Path:
        path = self.clips / "chime.wav"
        if not path.exists():
            _write_atomically(path, chime_wav())
        return path

    def _clip(self, utterance: Utterance) -> Path | None:
        """The rendered clip of ``utterance`` (rendered now if not kept yet)."""
        if self.engine is None:
            self._warn_once("engine", "voice: no speech engine (espeak-ng, [voice] command)")
            return None
        voice = self.engine.voice(utterance.language)
        key = "\n".join(
            (self.engine.name, str(voice), utterance.language, str(self.settings.rate_wpm))
        )
        digest = hashlib.sha256(f"{key}\n{utterance.text}".encode()).hexdigest()[:32]
        path = self.clips / f"{digest}.wav"
        if path.exists():
            return path
        self.clips.mkdir(parents=True, exist_ok=True)
        fresh = path.with_suffix(".rendering.wav")
        try:
            self.engine.render(utterance.text, utterance.language, fresh)
        except VoiceError as exc:
            self._warn_once(str(exc), f"voice: {exc}")
            fresh.unlink(missing_ok=True)
            return None
        os.replace(fresh, path)
        _prune(self.clips)
        return path

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_suffix(".new")
    fresh.write_bytes(data)
    os.replace(fresh, path)


def _prune(folder: Path) -> None:
    clips = list(folder.glob("*.wav"))
    if len(clips) > MAX_CLIPS:
        clips.sort(key=lambda clip: clip.stat().st_mtime)
        for clip in clips[: len(clips) - MAX_CLIPS]:
            clip.unlink(missing_ok=True)

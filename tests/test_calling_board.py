"""The calling board follows the province's queue live: it shows and announces each new call
once (a chime, then the call in words), and keeps the last queue it saw, marked offline, when
the network drops."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.config import Config, VoiceSection
from kiosk.domain.model import QueueCall
from kiosk.services.board import BoardFeed
from kiosk.sync.api import ProvinceApi
from kiosk.voice.calls import call_sentence
from kiosk.voice.sound import chime_wav, duration_s
from screens.app import board_window
from screens.board import BoardWindow
from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator
from tests import sound_card, tone_voice
from tests.kiosk_command import kiosk
from tests.sound_card import played

WAIT_MS = 10_000


@pytest.fixture
def feed(province: ProvinceSimulator) -> Iterator[BoardFeed]:
    api = ProvinceApi(province.url, DEFAULT_TOKEN, kiosk_id="BOARD-1", timeout_s=2, deadline_s=2)
    yield BoardFeed(api)
    api.close()


def waiting_ticket(province: ProvinceSimulator, field_id: str = "ho-tich") -> str:
    _, ticket = province.store.issue_ticket(field_id, False, "K1", province.url)
    province.store.record_print(ticket["id"], True, "")
    return str(ticket["number"])


def test_each_call_is_announced_once_and_a_recall_again(
    province: ProvinceSimulator, feed: BoardFeed
) -> None:
    before = waiting_ticket(province)
    province.store.call_next("q1")  # called before the board started: not announced
    first = feed.poll()
    assert first.online and first.announce == ()
    assert first.state is not None and first.state.counters[0].serving is not None
    assert first.state.counters[0].serving.number == before
    number = waiting_ticket(province)
    province.store.call_next("q2")
    called = feed.poll()
    assert [(c.number, c.counter_number) for c in called.announce] == [(number, 2)]
    assert feed.poll().announce == ()  # said once
    province.store.recall("q2")
    recalled = feed.poll()
    assert [(c.number, c.calls) for c in recalled.announce] == [(number, 2)]


def test_offline_the_board_keeps_the_last_queue_and_says_since_when(
    province: ProvinceSimulator, feed: BoardFeed
) -> None:
    number = waiting_ticket(province)
    province.store.call_next("q1")
    live = feed.poll()
    province.stop()
    offline = feed.poll()
    assert not offline.online and offline.problem
    assert offline.state == live.state and offline.seen_at == live.seen_at
    assert offline.state is not None and offline.state.counters[0].serving is not None
    assert offline.state.counters[0].serving.number == number


def test_the_catalogue_gives_the_board_its_office_counters_and_notices(
    feed: BoardFeed,
) -> None:
    catalogue = feed.catalogue()
    assert catalogue is not None
    assert catalogue.office.name.startswith("Trung tâm Phục vụ hành chính công")
    assert len(catalogue.counters) == 6 and catalogue.announcements


def test_the_board_window_shows_flashes_and_announces_a_call(
    qtbot: QtBot, province: ProvinceSimulator, feed: BoardFeed, tmp_path: Path
) -> None:
    announced: list[QueueCall] = []
    board = BoardWindow(feed, announced.append, "Asia/Ho_Chi_Minh")
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    board.start()
    qtbot.waitUntil(lambda: board.view.online and bool(board.office.whole_text()), timeout=WAIT_MS)
    assert len(board.tiles) == 6
    assert board.office.whole_text().startswith("Trung tâm Phục vụ hành chính công")
    assert board.width() == 1920  # a long name or notice never widens it
    number = waiting_ticket(province)
    province.store.call_next("q1")
    qtbot.waitUntil(lambda: board.tiles["q1"].number.text() == number, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(announced), timeout=WAIT_MS)
    assert [(call.number, call.counter_number) for call in announced] == [(number, 1)]
    assert board.tiles["q1"].property("flash") is True
    assert board.tiles["q2"].property("flash") is False
    assert f"{number}  →  Quầy 1" in board.recent.text()
    board.grab().save(str(tmp_path / "board.png"))
    province.stop()
    qtbot.waitUntil(board.offline.isVisible, timeout=WAIT_MS)
    assert "Mất kết nối" in board.offline.text()
    assert board.tiles["q1"].number.text() == number  # the last state stays


def speaking_board(
    qtbot: QtBot, province: ProvinceSimulator, tmp_path: Path, **voice: Any
) -> tuple[BoardWindow, Path, ProvinceApi]:
    """A board on the simulator, online, speaking with the tone voice (in both languages) on
    the logging sound card; the board, the card's log, and the board's API (to close)."""
    log = tmp_path / "card.log"
    settings = VoiceSection(
        command=list(tone_voice.COMMAND),
        command_en=list(tone_voice.COMMAND),
        player=sound_card.command(log),
        quiet_from_h=0,
        quiet_until_h=0,
        **voice,
    )
    api = ProvinceApi(province.url, DEFAULT_TOKEN, kiosk_id="BOARD-2", timeout_s=2, deadline_s=2)
    board = board_window(api, Config(voice=settings), tmp_path)
    qtbot.addWidget(board)
    board.start()
    qtbot.waitUntil(lambda: board.view.online, timeout=WAIT_MS)
    return board, log, api


def test_the_board_speaks_each_call_after_a_chime_one_after_another(
    qtbot: QtBot, province: ProvinceSimulator, tmp_path: Path
) -> None:
    _board, log, api = speaking_board(qtbot, province, tmp_path)
    numbers = [waiting_ticket(province), waiting_ticket(province)]
    province.store.call_next("q1")
    province.store.call_next("q2")
    qtbot.waitUntil(lambda: len(played(log)) == 4, timeout=WAIT_MS)
    chime = round(duration_s(chime_wav()), 3)
    words = [
        len(call_sentence(number, counter).split())
        for number, counter in zip(numbers, (1, 2), strict=True)
    ]
    assert [entry["seconds"] for entry in played(log)] == [
        chime,
        round(words[0] * 0.1, 3),
        chime,
        round(words[1] * 0.1, 3),
    ]
    api.close()


def test_an_office_may_have_each_call_said_again_in_english_after_one_chime(
    qtbot: QtBot, province: ProvinceSimulator, tmp_path: Path
) -> None:
    _board, log, api = speaking_board(qtbot, province, tmp_path, call_again_in=["en"])
    number = waiting_ticket(province)
    province.store.call_next("q1")
    qtbot.waitUntil(lambda: len(played(log)) == 3, timeout=WAIT_MS)
    english = call_sentence(number, 1, language="en")
    assert english == f"Number {' '.join(number)}, please go to counter 1."
    assert [entry["seconds"] for entry in played(log)] == [
        round(duration_s(chime_wav()), 3),
        round(len(call_sentence(number, 1).split()) * 0.1, 3),
        round(len(english.split()) * 0.1, 3),  # straight after, with no second chime
    ]
    api.close()


def test_the_chime_is_a_short_soft_wav() -> None:
    with wave.open(io.BytesIO(chime_wav())) as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    assert 0.5 < seconds < 1.5
    peak = max(
        abs(int.from_bytes(frames[i : i + 2], "little", signed=True))
        for i in range(0, len(frames), 2)
    )
    assert 0.2 * 32767 < peak < 0.6 * 32767  # audible, never clipping


def test_kiosk_board_needs_a_province_to_follow(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "board", "--windowed")
    assert result.returncode == 2
    assert "api.base_url" in result.stderr and "Traceback" not in result.stderr

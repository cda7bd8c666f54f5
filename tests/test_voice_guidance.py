"""Spoken guidance on the kiosk's screens: each journey screen says what it is for when it
opens and when "Listen" is tapped, outcomes are said ("Your number is …", the number in
Vietnamese words), Home says nothing until asked, and no citizen's personal data is ever
given to the voice, whatever they scan or type.

The kiosk speaks through the tone voice and the logging sound card set by ``make_config``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.voice.numbers import queue_number_words
from screens.check_in import CheckInScreen
from screens.dossier_status import DossierStatusScreen
from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.navigator import Screen
from screens.payment import PaymentScreen
from screens.procedures import ProceduresScreen
from screens.rating import RatingScreen
from screens.routes import Route
from screens.submission import SubmissionScreen
from screens.technician import TECHNICIAN_SCREENS
from screens.ticket_fields import TicketFieldsScreen
from screens.ticket_print import TicketPrintScreen
from tests.sound_card import played
from tests.test_submission import CARD, fill_the_rest, open_form, send
from tests.touch import open_journey, tap, wait_for_wipes

WAIT_MS = 20_000
JOURNEYS: list[tuple[str, type[Screen]]] = [
    ("check_in", CheckInScreen),
    ("procedures", ProceduresScreen),
    ("dossier_status", DossierStatusScreen),
    ("submission", SubmissionScreen),
    ("payment", PaymentScreen),
    ("rating", RatingScreen),
]


@pytest.fixture
def config_settings() -> dict[str, str]:
    return {"KIOSK_KIOSK_RESULT_SCREEN_S": "30", "KIOSK_VOICE_GUIDANCE": "entry"}


def spoken(window: MainWindow) -> list[str]:
    """What the kiosk has said so far (played to its end), oldest first."""
    voice = window.context.voice
    assert voice.wait_until_quiet(WAIT_MS / 1000)
    return [utterance.text for outcome, utterance in voice.history if outcome == "played"]


def seconds_of(text: str) -> float:
    """How long the tone voice speaks ``text``: 0.1 s a word."""
    return round(len(text.split()) * 0.1, 3)


def test_home_is_silent_until_listen_is_tapped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.navigator.home()
    assert spoken(window) == []
    assert window.listen_button.isVisible()
    tap(qtbot, window.listen_button)
    home_guide = window.navigator.current.spoken_guide()
    assert spoken(window) == [home_guide]
    assert "lấy số thứ tự" in home_guide
    assert [entry["seconds"] for entry in played(tmp_path / "sound.log")] == [
        seconds_of(home_guide)
    ]


@pytest.mark.parametrize(("journey", "screen_type"), JOURNEYS)
def test_every_journey_screen_says_what_it_is_for_when_it_opens(
    qtbot: QtBot, window: MainWindow, journey: str, screen_type: type[Screen]
) -> None:
    screen = open_journey(qtbot, window, journey, screen_type)
    guide = screen.spoken_guide()
    assert len(guide.split()) >= 5
    assert spoken(window)[-1] == guide
    tap(qtbot, window.listen_button)  # again, when asked
    assert spoken(window)[-2:] == [guide, guide]


def test_guidance_is_in_the_citizens_language(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window.language_button)  # English
    screen = open_journey(qtbot, window, "procedures", ProceduresScreen)
    english = screen.spoken_guide()
    assert spoken(window)[-1] == english
    tap(qtbot, window.language_button)  # back to Vietnamese
    tap(qtbot, window.listen_button)
    vietnamese = screen.spoken_guide()
    assert english.startswith("Type the name")
    assert vietnamese != english and "thủ tục" in vietnamese
    history = window.context.voice.history
    assert spoken(window)[-2:] == [english, vietnamese]
    assert [utterance.language for _, utterance in list(history)[-2:]] == ["en", "vi"]


def test_the_ticket_outcome_says_the_number_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.home()
    home = window.navigator.current
    assert isinstance(home, HomeScreen)
    tap(qtbot, home.ticket_tile)
    fields = window.navigator.current
    assert isinstance(fields, TicketFieldsScreen)
    assert spoken(window)[-1] == fields.spoken_guide()
    screen = window.navigator.screen(Route.TICKET_PRINT)
    assert isinstance(screen, TicketPrintScreen)
    with qtbot.waitSignal(screen.finished, timeout=WAIT_MS):
        tap(qtbot, fields.tiles["ho-tich"])
    assert screen.state == "issued"
    assert screen.outcome is not None and screen.outcome.ticket is not None
    number = screen.outcome.ticket.number
    said = spoken(window)[-1]
    assert queue_number_words(number) in said
    assert said.startswith("Số của bạn là")


def test_nothing_a_citizen_scans_or_types_is_ever_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    fill_the_rest(qtbot, screen)
    for _ in range(3):
        tap(qtbot, window.listen_button)
    send(qtbot, screen)
    tap(qtbot, window.listen_button)
    said = " ".join(spoken(window))
    assert said  # each step spoke
    for personal in ("Nguyễn", "Nhung", "048190001234", "0905", "Trần Phú", "1990", "15/08"):
        assert personal not in said
    assert screen.outcome is not None and screen.outcome.receipt is not None
    assert screen.outcome.receipt.dossier_code not in said


def test_leaving_for_home_cuts_the_guidance_short(qtbot: QtBot, window: MainWindow) -> None:
    open_journey(qtbot, window, "procedures", ProceduresScreen)
    window.navigator.home()
    voice = window.context.voice
    assert voice.wait_until_quiet(WAIT_MS / 1000)
    assert window.navigator.current_name == Route.HOME
    outcomes = [outcome for outcome, _ in voice.history]
    assert outcomes in (["cut"], [])  # cut while playing, or dropped before it began


def test_a_screen_wiped_after_the_citizen_left_it_says_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = open_journey(qtbot, window, "payment", PaymentScreen)
    assert spoken(window) == [screen.spoken_guide()]
    window.navigator.home()
    wait_for_wipes(qtbot, window)  # its wipe goes back to its first step, whose guide …
    assert spoken(window) == [screen.spoken_guide()]  # … is not said over Home


def test_every_screens_guidance_is_rendered_ahead_without_a_sound(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitCallback(timeout=WAIT_MS) as built:
        window.build_citizen_screens_in_background(finished=built)
    voice = window.context.voice
    assert voice.wait_until_quiet(WAIT_MS / 1000)
    guides = {
        window.navigator.screen(name).spoken_guide()
        for name in window.navigator.names()
        if name not in TECHNICIAN_SCREENS
    } - {""}
    assert len(guides) >= 9
    clips = list((window.context.paths.data_dir / "voice" / "clips").glob("*.wav"))
    assert len(clips) == len(guides)
    assert played(tmp_path / "sound.log") == []

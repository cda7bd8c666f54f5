"""Khmer, a third language in another script: off unless a kiosk names it, drafts marked
unfinished until a native speaker reviews them, Vietnamese wherever a text has no Khmer,
shaped on screen (Qt) and on raster paper (Raqm). ``test_every_screen_fits`` walks every
journey in Khmer."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import ImageOps
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from kiosk.domain.model import Procedure
from kiosk.languages import DEFAULT_OFFERED, KHMER, language_info
from kiosk.paths import I18N_DIR
from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.raster_text import is_khmer, render_line, text_width
from printers.samples import SAMPLE_OFFICE, sample_ticket
from printers.wrapping import KHMER_COENG, ZERO_WIDTH_SPACE, wrap_words
from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.paper_words import paper_words
from screens.routes import Route
from simulators.virtual_printer import VirtualPrinter
from tests.test_print_layouts import rasters
from tests.test_ticket_journey import take_ticket
from tests.touch import tap

KM_TS = I18N_DIR / "kiosk_km.ts"
CITIZEN_CONTEXTS = {
    "AnnouncementsScreen",
    "CheckInScreen",
    "DossierStatusScreen",
    "HomeScreen",
    "MainWindow",
    "OnScreenKeyboard",
    "Paper",
    "PaymentScreen",
    "Printer",
    "ProcedureDetailScreen",
    "ProceduresScreen",
    "RatingScreen",
    "SearchBox",
    "SlipPrinting",
    "SubmissionScreen",
    "TicketFieldsScreen",
    "TicketPrintScreen",
}
"""What a citizen reads or takes away: every text of these has a Khmer draft."""
PLACEHOLDERS = re.compile(r"%n|%\d")
WELCOME = "សូម​ស្វាគមន៍!"
OFFERING_KHMER = {"KIOSK_KIOSK_LANGUAGE": "km", "KIOSK_KIOSK_LANGUAGES": '["km", "vi", "en"]'}


def test_khmer_is_there_but_offered_only_where_a_kiosk_names_it() -> None:
    assert language_info("km") is KHMER and KHMER.native_name == "ភាសាខ្មែរ"
    assert "km" not in DEFAULT_OFFERED


def test_every_khmer_text_awaits_review_and_every_citizen_text_has_a_draft() -> None:
    drafts = missing = 0
    wrong: list[str] = []
    for context in ET.parse(KM_TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") == "unfinished"
            source = message.findtext("source", "")
            forms = translation.findall("numerusform")
            text = "".join(f.text or "" for f in forms) if forms else translation.text or ""
            if name not in CITIZEN_CONTEXTS:
                continue
            if not text.strip():
                missing += 1
                continue
            drafts += 1
            if sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(source)):
                wrong.append(f"{name}: {source}")
            if not any(is_khmer(char) for char in text) and text != source:
                wrong.append(f"{name}: {source} (no Khmer in {text!r})")
    assert missing == 0 and wrong == []
    assert drafts >= 300


def test_the_catalogue_names_things_in_khmer_where_it_can_else_in_vietnamese() -> None:
    named = Procedure.model_validate(
        {"id": "p", "code": "1", "field_id": "f", "name": "Đăng ký khai sinh", "name_km": "ក"}
    )
    assert named.display_name("km") == "ក" and named.display_name("en") == "Đăng ký khai sinh"
    unnamed = Procedure(id="p", code="1", field_id="f", name="Đăng ký khai sinh")
    assert unnamed.display_name("km") == "Đăng ký khai sinh"
    with pytest.raises(ValueError, match="name_km: expected text of at most 300"):
        Procedure.model_validate(
            {"id": "p", "code": "1", "field_id": "f", "name": "Đ", "name_km": "ក" * 301}
        )
    ignored = Procedure.model_validate(
        {"id": "p", "code": "1", "field_id": "f", "name": "Đ", "name_xx": "?", "extra": 1}
    )
    assert ignored.model_extra == {}  # only the languages the kiosk has are kept


def test_a_khmer_kiosk_speaks_khmer_and_vietnamese_where_khmer_has_no_text(
    qtbot: QtBot, window_with, printer: VirtualPrinter
) -> None:
    window: MainWindow = window_with(**OFFERING_KHMER)
    home = window.navigator.screen(Route.HOME)
    assert isinstance(home, HomeScreen)
    assert window.context.language.language == "km"
    assert home.greeting.text() == WELCOME
    assert window.language_button.text() == "Tiếng Việt"  # the next language, by its name
    assert not window.listen_button.isVisible()  # no voice speaks Khmer here: no dead button
    tap(qtbot, window.language_button)
    assert window.context.language.language == "vi" and window.listen_button.isVisible()
    window.context.language.set_language("km")
    vietnamese = QTranslator()
    assert vietnamese.load(str(I18N_DIR / "kiosk_vi.qm"))
    technician = ("AboutPage", "About")  # no Khmer draft: shown in Vietnamese
    assert QCoreApplication.translate(*technician) == vietnamese.translate(*technician) != ""
    screen = take_ticket(qtbot, window)
    assert screen.state == "issued" and screen.outcome is not None
    ticket = screen.outcome.ticket
    catalogue = window.context.catalogue
    assert ticket is not None and catalogue is not None
    field = catalogue.field(ticket.field_id)
    assert field is not None and is_khmer(field.display_name("km")[0])  # the catalogue's name_km
    assert field.display_name("km") in screen.details.text()
    job = printer.wait_for_jobs(1)[0].data
    assert ticket.number.encode() in job  # the number stays native text
    assert len(rasters(job)) >= 3  # the Khmer lines, as images


def test_khmer_is_shaped_on_screen_in_its_own_font(qtbot: QtBot, window_with) -> None:
    window: MainWindow = window_with(**OFFERING_KHMER)
    home = window.navigator.screen(Route.HOME)
    assert isinstance(home, HomeScreen)
    label = home.greeting
    assert label.text() == WELCOME
    word = "ស្វាគមន៍"
    layout = QTextLayout(word, label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    khmer_runs = [run for run in runs if run.rawFont().familyName() == KHMER.font]
    assert khmer_runs, [run.rawFont().familyName() for run in runs]
    glyphs = sum(len(run.glyphIndexes()) for run in khmer_runs)
    assert glyphs < len(word)  # the subscript វ and the signs join their letters
    assert 0 not in {index for run in khmer_runs for index in run.glyphIndexes()}  # no tofu


def test_khmer_is_shaped_on_raster_paper() -> None:
    # a subscript consonant goes under its letter: no wider, and lower
    assert text_width("ក្ក", 24, False) == text_width("ក", 24, False)
    assert text_width("ស្វា", 24, False) < text_width("សវា", 24, False)

    def lowest_ink(text: str) -> int:
        ink = ImageOps.invert(render_line(text, 24).convert("L")).getbbox()
        assert ink is not None
        return ink[3]

    assert lowest_ink("ក្ក") > lowest_ink("ក") + 3
    # Latin letters and digits in a Khmer line are drawn in the Latin font, not as boxes
    assert text_width("លេខ A017", 24, True) == text_width("លេខ ", 24, True) + text_width(
        "A017", 24, True
    )


def test_a_khmer_ticket_prints_its_words_as_raster_with_the_number_native(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / "kiosk_km.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        words = paper_words("km")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert any(is_khmer(char) for char in words.queue_number)
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, JobSettings("TM-T20II", 80), words)
    assert b"A017" in job and len(rasters(job)) >= 4


KHMER_CLUSTERS = st.sampled_from(["ក", "ក្ក", "ស្វា", "មែ", "ន៍", "ញ្ជ", "ចាំ"])


@given(st.lists(st.lists(KHMER_CLUSTERS, min_size=1, max_size=5), min_size=1, max_size=8))
def test_khmer_wraps_between_words_and_never_inside_a_cluster(words: list[list[str]]) -> None:
    text = ZERO_WIDTH_SPACE.join("".join(word) for word in words)
    lines = wrap_words(text, 6)
    assert "".join(lines).replace(ZERO_WIDTH_SPACE, "") == text.replace(ZERO_WIDTH_SPACE, "")
    for line in lines:
        assert line and not re.match(r"[\u17b6-\u17d3]", line)  # no line opens with a sign
        assert not line.endswith(KHMER_COENG)

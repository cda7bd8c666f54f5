"""The pseudo-locale: every screen text 40 % longer and accented, and every state of every
journey still fits every panel, so a language with longer words does not break a screen
before a translator has even started."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from tests.screen_geometry import layout_problems
from tools.journey_walk import PANELS, Looks, Panel, Walk, walk_every_journey
from tools.pseudo_locale import GROWTH, KEPT, pseudo, write_pseudo_qm


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="abcdefghij klmnoABC.,:", min_size=1, max_size=12),
            st.sampled_from(["%1", "%2", "%n", "<b>", "</b>", "&amp;", "\n"]),
        ),
        max_size=12,
    )
)
def test_pseudo_text_is_longer_and_keeps_placeholders_markup_and_breaks(parts: list[str]) -> None:
    text = "".join(parts)
    result = pseudo(text)
    assert len(result) >= len(text) * GROWTH
    assert KEPT.findall(result) == KEPT.findall(text)
    assert result.startswith("[") and result.endswith("]")


def test_pseudo_text_has_no_plain_ascii_letter_it_could_accent() -> None:
    assert not re.search(r"[aeiouAEIOU]", pseudo("Please take your ticket from the printer slot"))


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.mark.parametrize("panel", PANELS, ids=[panel.name for panel in PANELS])
def test_every_state_of_every_journey_fits_in_the_pseudo_locale(
    qapp, pseudo_qm: Path, panel: Panel
) -> None:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    problems: list[str] = []
    states: list[str] = []

    def check(walk: Walk, name: str, _looks: Looks) -> None:
        QCoreApplication.installTranslator(translator)  # over Vietnamese: asked first
        try:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            walk.settle()
            assert "[" in walk.window.back_button.text() + walk.window.listen_button.text()
            problems.extend(f"{name}: {problem}" for problem in layout_problems(walk.window))
        finally:
            QCoreApplication.removeTranslator(translator)
            walk.settle()
        states.append(name)

    walk_every_journey(panel, check, lambda _name, _job: None)
    assert len(states) >= 47
    assert problems == []

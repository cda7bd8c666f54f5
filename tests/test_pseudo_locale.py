"""The pseudo-locale: every screen text 40 % longer and accented, and every state of every
journey still fits every panel, so a language with longer words does not break a screen
before a translator has even started."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screens.main_window import MainWindow
from tests.screen_geometry import problems_in_translation
from tools.journey_walk import PANELS, Panel
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
    def translated(window: MainWindow) -> bool:
        return "[" in window.back_button.text() + window.listen_button.text()

    assert problems_in_translation(panel, pseudo_qm, translated) == []

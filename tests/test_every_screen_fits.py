"""Every state of every journey, on every panel size kiosks come in, fits its window: nothing
beyond the edges, nothing on top of something else, no text cut off, the keyboard whole and
below its field. Each state is checked in Vietnamese and in English, in the standard look and
in high contrast; in the pseudo-locale (every text 40 % longer and accented, so a language
with longer words does not break a screen before a translator has even started); and in
Khmer, another script, on the tallest and the smallest panel.

The walk is the one the screenshots are taken with (``tools.journey_walk``): the real
simulators, the real window, taps and scans as a citizen makes them. It is walked once per
panel and look, and every language is checked at each state: a walk costs more than a check.
The high-contrast look is walked on the panels where text is tightest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.paths import I18N_DIR
from printers.raster_text import is_khmer
from screens.main_window import MainWindow
from tests.screen_geometry import Translation, layout_problems, problems_in_translation
from tools.journey_walk import PANELS, Looks, Panel, Walk, walk_every_journey
from tools.pseudo_locale import write_pseudo_qm

KHMER_PANELS = ("1080x1920", "1280x800")
"""Khmer is checked on the tallest and on the smallest panel."""


def _pseudo_shows(window: MainWindow) -> bool:
    return "[" in window.back_button.text() + window.listen_button.text()


def _khmer_shows(window: MainWindow) -> bool:
    return is_khmer(window.back_button.text()[-1])


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


HIGH_CONTRAST_PANELS = ("1080x1920-rotated", "1920x1080-15in", "1366x768", "1280x800")
"""The high-contrast look (thicker borders) is walked on the panels where text is tightest:
each other panel has the same pixels, or more, and type no larger (its pixels are no
smaller: ``screens.panel.type_scale``) than one of these."""

WALKS = [(panel, False) for panel in PANELS] + [
    (panel, True) for panel in PANELS if panel.name in HIGH_CONTRAST_PANELS
]


@pytest.mark.parametrize(
    ("panel", "high_contrast"),
    WALKS,
    ids=[f"{panel.name}-{'high-contrast' if high else 'standard'}" for panel, high in WALKS],
)
def test_every_state_of_every_journey_fits(
    qapp, pseudo_qm: Path, panel: Panel, high_contrast: bool
) -> None:
    translations = []  # in the standard look: switching looks restyles every widget
    if not high_contrast:
        translations.append(Translation.load("pseudo", pseudo_qm, _pseudo_shows))
        if panel.name in KHMER_PANELS:
            translations.append(Translation.load("km", I18N_DIR / "kiosk_km.qm", _khmer_shows))
    problems: list[str] = []
    states: list[str] = []

    def check(walk: Walk, name: str, _looks: Looks) -> None:
        context = walk.window.context
        context.display.set(high_contrast=high_contrast)
        for translation in translations:
            problems.extend(problems_in_translation(walk, name, translation))
        for language in ("vi", "en"):
            context.language.set_language(language)
            walk.settle()
            assert (walk.window.width(), walk.window.height()) == panel.size, name
            problems.extend(f"{name} ({language}): {p}" for p in layout_problems(walk.window))
        context.language.set_language("vi")
        states.append(name)

    walk_every_journey(panel, check, lambda _name, _job: None)
    assert len(states) >= 47  # the walk reached every journey's end
    assert problems == []

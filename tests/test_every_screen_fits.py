"""Every state of every journey, on every panel size kiosks come in, in Vietnamese and in
English, in the standard look and in high contrast, fits its window: nothing beyond the edges,
nothing on top of something else, no text cut off, the keyboard whole and below its field.

The walk is the one the screenshots are taken with (``tools.journey_walk``): the real
simulators, the real window, taps and scans as a citizen makes them.
"""

from __future__ import annotations

import pytest

from tests.screen_geometry import layout_problems
from tools.journey_walk import PANELS, Looks, Panel, Walk, walk_every_journey


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
@pytest.mark.parametrize("panel", PANELS, ids=[panel.name for panel in PANELS])
def test_every_state_of_every_journey_fits(qapp, panel: Panel, high_contrast: bool) -> None:
    problems: list[str] = []
    states: list[str] = []

    def check(walk: Walk, name: str, _looks: Looks) -> None:
        context = walk.window.context
        context.display.set(high_contrast=high_contrast)
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

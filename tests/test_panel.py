"""The panel's density from what its display reports, and keys sized from it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from screens.panel import (
    KEY_MAX_PX,
    KEY_MIN_PX,
    KEYBOARD_EXTRA_PX,
    KEYBOARD_ROWS,
    KEYBOARD_SHARE,
    key_height_px,
    pixels_per_mm,
    type_scale,
)

sides_px = st.integers(min_value=480, max_value=3840)
sides_mm = st.floats(min_value=50, max_value=1500)


def test_a_21_inch_full_hd_panel_has_four_pixels_to_the_millimetre() -> None:
    density = pixels_per_mm((1920, 1080), (476, 268))
    assert density is not None and 4.0 <= density <= 4.1


@given(sides_px, sides_px, sides_mm, sides_mm)
def test_a_panel_turned_upright_has_the_density_it_had(
    width: int, height: int, width_mm: float, height_mm: float
) -> None:
    assert pixels_per_mm((width, height), (width_mm, height_mm)) == pixels_per_mm(
        (height, width), (width_mm, height_mm)
    )


def test_missing_or_implausible_reports_are_not_believed() -> None:
    assert pixels_per_mm((1920, 1080), (0, 0)) is None  # no EDID
    assert pixels_per_mm((1920, 1080), (80, 45)) is None  # 24 px/mm: a 3.6-inch kiosk? no
    assert pixels_per_mm((1920, 1080), (1600, 900)) is None  # a 72-inch TV's report
    assert pixels_per_mm((1920, 1080), (476, 476)) is None  # not the shape of the pixels


@given(st.integers(min_value=600, max_value=4000), st.none() | st.floats(1.5, 16))
def test_keys_stay_legible_and_the_keyboard_within_its_share(
    window_height: int, density: float | None
) -> None:
    key = key_height_px(window_height, density)
    assert KEY_MIN_PX <= key <= KEY_MAX_PX
    board = KEYBOARD_ROWS * key + KEYBOARD_EXTRA_PX
    assert board <= window_height * KEYBOARD_SHARE or key == KEY_MIN_PX


def test_type_grows_only_where_pixels_are_small() -> None:
    assert type_scale(None) == 1.0  # the panel did not say
    assert type_scale(pixels_per_mm((1920, 1080), (476, 268))) == 1.0  # as designed
    assert type_scale(pixels_per_mm((1080, 1920), (403, 716))) == 1.0  # a 32-inch: big already
    small = type_scale(pixels_per_mm((1920, 1080), (344, 194)))  # 15.6-inch full HD
    assert 1.2 <= small <= 1.3
    assert type_scale(pixels_per_mm((3840, 2160), (344, 194))) == 1.3  # never past the cap

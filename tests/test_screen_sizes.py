"""Layout choices at the sizes kiosks come in: the Home/Back bar in one row where it fits and
in two on a narrow portrait panel, the priority choice first, forms in columns where they
fit, keys and type sized for the panel. (Every state of every journey is checked to fit in
tests/test_every_screen_fits.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from screens.main_window import MainWindow
from screens.onscreen_keyboard import OnScreenKeyboard
from screens.routes import Route


def test_the_bar_takes_two_rows_only_where_one_does_not_fit(qtbot, window: MainWindow) -> None:
    window.navigator.go(Route.PROCEDURES)  # Back and Home show
    window.resize(1920, 1080)
    qtbot.wait(10)
    assert window.bar_layout.direction() == QBoxLayout.Direction.LeftToRight
    window.resize(1080, 1920)
    back, language = window.back_button, window.language_button
    # the aids' row under Back and Home, once the layouts have taken the new size (one
    # event loop pass a level)
    qtbot.waitUntil(
        lambda: (
            back.mapTo(window, back.rect().bottomLeft()).y()
            < language.mapTo(window, language.rect().topLeft()).y()
        )
    )
    assert window.bar_layout.direction() == QBoxLayout.Direction.TopToBottom


def test_the_priority_choice_comes_before_the_fields(qtbot, window: MainWindow) -> None:
    window.navigator.go(Route.TICKET_FIELDS)
    window.resize(1920, 1080)
    qtbot.wait(10)
    screen = window.navigator.current
    priority = screen.priority  # type: ignore[attr-defined]
    first_field = next(iter(screen.tiles.values()))  # type: ignore[attr-defined]
    assert priority.mapTo(window, priority.rect().bottomLeft()).y() < (
        first_field.mapTo(window, first_field.rect().topLeft()).y()
    )


def shown_keyboard(window: MainWindow) -> OnScreenKeyboard:
    """The on-screen keyboard showing in ``window`` (there is one)."""
    (keyboard,) = [k for k in window.findChildren(OnScreenKeyboard) if k.isVisible()]
    return keyboard


def _key_height(qtbot, window: MainWindow, size: tuple[int, int], mm: tuple[float, float]) -> int:
    window.navigator.go(Route.DOSSIER_STATUS)  # the keyboard shows with the code field
    window.set_panel_mm(mm)
    window.resize(*size)
    keyboard = shown_keyboard(window)
    key = keyboard.button("1")
    # a new key height travels up the layouts, one event loop pass a level
    qtbot.waitUntil(lambda: key.height() == key.sizeHint().height())
    return key.height()


def test_keys_are_as_tall_on_the_glass_whatever_the_panel(qtbot, window: MainWindow) -> None:
    # a 21.5-inch panel standing upright (it reports its landscape size) and lying down: the
    # same density, the same keys; a 32-inch standing kiosk has larger pixels: fewer of them
    upright = _key_height(qtbot, window, (1080, 1920), (476, 268))
    lying = _key_height(qtbot, window, (1920, 1080), (476, 268))
    large = _key_height(qtbot, window, (1080, 1920), (403, 716))
    assert upright == lying
    assert 16 <= upright / (1920 / 476) <= 20  # millimetres on the glass
    assert large < upright


def test_on_a_short_screen_the_keyboard_leaves_room_for_the_field(
    qtbot, window: MainWindow
) -> None:
    key = _key_height(qtbot, window, (1366, 768), (344, 194))
    keyboard = shown_keyboard(window)
    assert window.height() == 768, window.minimumSizeHint()
    assert keyboard.height() <= 0.36 * 768
    assert key >= 52  # still a fingertip: 13 mm on a 15.6-inch panel


def test_a_form_takes_two_columns_on_a_landscape_panel_and_one_upright(
    qtbot, window: MainWindow
) -> None:
    from tests.test_submission import open_form

    screen = open_form(qtbot, window)
    name, number = screen.applicant_inputs[0], screen.applicant_inputs[1]
    pledge = next(i for i in screen.inputs if i.tick is not None)
    for size, side_by_side in (((1920, 1080), True), ((1080, 1920), False)):
        window.resize(*size)
        qtbot.wait(10)
        assert (name.geometry().top() == number.geometry().top()) is side_by_side, size
        assert (name.geometry().right() < number.geometry().left()) is side_by_side, size
        assert pledge.width() >= screen.fields_area.viewport().width() - 32  # whole width


def test_a_panel_with_small_pixels_gets_larger_type(qtbot, window: MainWindow, qapp) -> None:
    window.set_panel_mm((476, 268))  # 21.5-inch full HD: the type as designed
    window.resize(1920, 1080)
    qtbot.wait(10)
    designed = window.back_button.fontInfo().pixelSize()
    window.set_panel_mm((344, 194))  # 15.6-inch full HD: each pixel 28 % smaller
    qtbot.wait(10)
    assert window.back_button.fontInfo().pixelSize() >= 1.2 * designed
    window.set_panel_mm((476, 268))
    qtbot.wait(10)
    assert window.back_button.fontInfo().pixelSize() == designed

"""The pictograms: every one a screen asks for is bundled and draws in the colour asked, as
sharp on a high-density panel; on screen they take the look's colours (standard and high
contrast) with the contrast text has; a missing one degrades to none; Home's tiles place
theirs at every screen size; the icons and their licence ship in the wheel and the build."""

from __future__ import annotations

import ast
import fnmatch
import logging
import tomllib
from collections import Counter
from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from kiosk.domain.model import DossierState
from screens import announcements, dossier_status, home, rating, ticket_print
from screens.app import setup_application
from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.pictograms import (
    FIELD_PICTOGRAMS,
    ICONS_DIR,
    Pictogram,
    field_pictogram,
    pictogram,
)
from screens.routes import Route
from screens.widgets import TileButton
from tests.contrast import contrast, drawn
from tools.journey_walk import settle_layouts

ROOT = Path(__file__).resolve().parent.parent
SIZES = [(1080, 1920), (1920, 1080), (1366, 768), (1280, 800), (1280, 1024)]
UNKNOWN_CODE = "000.00.17.H17-261120-9999"


def asked_for() -> set[str]:
    """Every pictogram a screen may show."""
    names = {home.TICKET_PICTOGRAM, *home.JOURNEY_PICTOGRAMS.values()}
    for table in (
        dossier_status.MESSAGE_PICTOGRAMS,
        dossier_status.DOSSIER_PICTOGRAMS,
        ticket_print.PICTOGRAMS,
        rating.PICTOGRAMS,
        announcements.PICTOGRAMS,
    ):
        names |= {name for name, _tone in table.values()}
    return names | set(FIELD_PICTOGRAMS.values()) | {field_pictogram("a-field-of-tomorrow")}


def opaque_colours(image: QImage) -> Counter[str]:
    """The colours of the fully opaque pixels (stroke centres, not anti-aliased edges)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    counts: Counter[str] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                counts[colour.name()] += 1
    return counts


def only(colours: Counter[str], wanted: str) -> bool:
    """Whether every opaque pixel is ``wanted`` (give or take a rounding: strokes that cross
    are blended twice)."""
    target = QColor(wanted)
    return colours.most_common(1)[0][0] == target.name() and all(
        max(
            abs(QColor(name).red() - target.red()),
            abs(QColor(name).green() - target.green()),
            abs(QColor(name).blue() - target.blue()),
        )
        <= 2
        for name in colours
    )


@pytest.mark.parametrize("name", sorted(asked_for()))
def test_every_pictogram_a_screen_asks_for_is_bundled_and_draws_in_the_colour_asked(
    qapp, name: str
) -> None:
    assert (ICONS_DIR / f"{name}.svg").is_file()
    for size in (48, 96):
        image = pictogram(name, size, QColor("#0B4F9C"))
        assert (image.width(), image.height()) == (size, size)
        colours = opaque_colours(image)
        assert colours.total() > size  # strokes, not a speck
        assert only(colours, "#0B4F9C")


def test_every_dossier_state_has_a_pictogram() -> None:
    assert set(dossier_status.DOSSIER_PICTOGRAMS) == set(get_args(DossierState))


def test_every_bundled_icon_is_tintable_and_listed_with_the_icon_it_comes_from() -> None:
    bundled = {path.stem for path in ICONS_DIR.glob("*.svg")}
    readme = (ICONS_DIR / "README.md").read_text(encoding="utf-8")
    listed = {
        line.split("`")[1].removesuffix(".svg")
        for line in readme.splitlines()
        if line.startswith("| `")
    }
    assert listed == bundled
    assert asked_for() <= bundled
    for name in bundled:
        source = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")
        assert 'stroke="currentColor"' in source, name
        assert "#" not in source, name  # no colour of its own: the look gives it one


def test_tinting_changes_the_drawn_colour(qapp) -> None:
    red = opaque_colours(pictogram("done", 64, QColor("#FF0000")))
    blue = opaque_colours(pictogram("done", 64, QColor("#0000FF")))
    assert only(red, "#FF0000") and only(blue, "#0000FF")
    assert red.total() == blue.total()  # the same strokes


def test_a_high_density_panel_gets_a_sharper_image_of_the_same_size(qapp) -> None:
    image = pictogram("ticket", 64, QColor("#000000"), device_pixel_ratio=2.0)
    assert (image.width(), image.height()) == (128, 128)
    assert image.devicePixelRatio() == 2.0  # still 64 logical pixels on screen
    assert image.deviceIndependentSize().width() == 64


def test_a_missing_icon_degrades_to_none_with_a_warning(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="screens.pictograms"):
        assert pictogram("no-such-icon", 64, QColor("#000000")).isNull()
    assert "'no-such-icon' is missing" in caplog.text
    tile = TileButton("journeyTile")
    qtbot.addWidget(tile)
    tile.set_texts("Title", "A line")
    tile.set_pictogram("no-such-icon-either")
    tile.resize(400, 300)
    tile.show()
    assert not tile.grab().isNull()  # drawn, without its pictogram
    alone = Pictogram("statePictogram")
    qtbot.addWidget(alone)
    alone.set_state("no-such-icon-either", "bad")
    assert not alone.grab().isNull()


def test_a_tile_without_a_pictogram_shows_none(qtbot) -> None:
    tile = TileButton("fieldTile")
    qtbot.addWidget(tile)
    tile.set_texts("Title", "A line")
    tile.resize(400, 300)
    tile.show()
    assert tile.pictogram() is None


@pytest.mark.parametrize("line_gives_way", [True, False])
def test_a_low_tile_lets_its_line_give_way_to_the_title_only_where_made_to(
    qtbot, qapp, line_gives_way: bool
) -> None:
    setup_application(qapp)  # the kiosk's fonts and stylesheet
    room = QWidget()  # a grid's cell on a low panel: the tile gets what it is given
    qtbot.addWidget(room)
    tile = TileButton("journeyTile", room, line_gives_way=line_gives_way)
    line = "A line long enough to take two or three lines in a narrow tile"
    tile.set_texts("A title long enough for two lines", line)
    tile.set_pictogram("ticket")
    tile.setGeometry(0, 0, 300, 110)
    room.resize(300, 400)
    room.show()
    settle_layouts()
    assert tile.subtitle.isVisible() is not line_gives_way
    assert tile.accessibleDescription() == line  # still said aloud, still described
    tile.setGeometry(0, 0, 300, 400)
    settle_layouts()
    assert tile.subtitle.isVisible()  # room again: the line is back


def contrast_problems(pictograms: list[Pictogram | None], minimum: float) -> list[str]:
    """The pictograms shown drawn with less contrast than ``minimum`` on their background
    (each must be shown, and drawn in the colour the look gives it)."""
    problems = []
    for item in pictograms:
        assert item is not None and item.isVisible()
        background, mark = drawn(item)
        assert mark.name() == item.colour().name(), item.name()
        if contrast(background, mark) < minimum:
            problems.append(f"{item.name()}: {mark.name()} on {background.name()}")
    return problems


@pytest.mark.parametrize("look", ["standard", "high contrast"])
def test_pictograms_take_the_look_s_colours_with_the_contrast_text_has(
    qtbot, window: MainWindow, look: str
) -> None:
    minimum = 7.0 if look == "high contrast" else 4.5
    window.context.display.set(high_contrast=look == "high contrast")
    window.navigator.home()
    settle_layouts()
    home_screen = window.navigator.current
    assert isinstance(home_screen, HomeScreen)
    tiles = [home_screen.ticket_tile, *home_screen.journey_tiles.values()]
    problems = contrast_problems([tile.pictogram() for tile in tiles], minimum)
    screen = window.navigator.screen(Route.DOSSIER_STATUS)
    assert isinstance(screen, dossier_status.DossierStatusScreen)
    window.navigator.go(Route.DOSSIER_STATUS)
    with qtbot.waitSignal(screen.looked_up, timeout=10_000):
        screen.look_up(UNKNOWN_CODE)
    settle_layouts()
    assert screen.message_pictogram.name() == "not-found"
    problems += contrast_problems([screen.message_pictogram], minimum)
    window.context.display.reset()
    assert problems == []


def test_the_high_contrast_look_recolours_the_pictograms(qtbot, window: MainWindow) -> None:
    window.navigator.home()
    home_screen = window.navigator.current
    assert isinstance(home_screen, HomeScreen)
    tile = home_screen.journey_tiles[Route.DOSSIER_STATUS]
    picture = tile.pictogram()
    assert picture is not None
    standard = picture.colour().name()
    window.context.display.set(high_contrast=True)
    assert (standard, picture.colour().name()) == ("#0b4f9c", "#ffff00")
    window.context.display.reset()
    assert picture.colour().name() == standard


def placed(home_screen: HomeScreen) -> dict[str, tuple[QRect, int]]:
    """Where each tile's pictogram is, in the window, and how large."""
    window = home_screen.window()
    found = {}
    for tile in [home_screen.ticket_tile, *home_screen.journey_tiles.values()]:
        picture = tile.pictogram()
        assert picture is not None, tile.title.text()
        found[tile.title.text()] = (
            QRect(picture.mapTo(window, QPoint(0, 0)), picture.size()),
            picture.width(),
        )
    return found


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_home_tiles_show_their_pictograms_level_beside_or_above_their_words(
    qtbot, window: MainWindow, width: int, height: int
) -> None:
    window.navigator.home()
    window.resize(width, height)
    settle_layouts()
    home_screen = window.navigator.current
    assert isinstance(home_screen, HomeScreen)
    tiles = [home_screen.ticket_tile, *home_screen.journey_tiles.values()]
    for tile in tiles:
        picture = tile.pictogram()
        assert picture is not None and picture.isVisible()
        side = picture.width()
        assert 36 <= side <= 96 and side % 12 == 0, tile.title.text()
        box = QRect(picture.mapTo(tile, QPoint(0, 0)), picture.size())
        assert tile.rect().contains(box)
        for label in (tile.title, tile.subtitle):
            words = QRect(label.mapTo(tile, QPoint(0, 0)), label.size())
            assert not box.intersects(words), tile.title.text()
    journeys = list(home_screen.journey_tiles.values())
    columns = home.JOURNEY_COLUMNS
    for row in range(0, len(journeys), columns):
        tops = {
            tile.pictogram().mapTo(window, QPoint(0, 0)).y()  # type: ignore[union-attr]
            for tile in journeys[row : row + columns]
        }
        # level (a tile whose words fill it may sit a few pixels higher to keep them whole)
        assert max(tops) - min(tops) <= 4, f"row {row // columns}: {sorted(tops)}"
    sides = {tile.pictogram().width() for tile in journeys}  # type: ignore[union-attr]
    assert len(sides) == 1  # one size for the journeys


def settled_placement(qtbot, home_screen: HomeScreen) -> dict[str, tuple[QRect, int]]:
    """Where Home's pictograms are once three readings in a row agree (a loaded machine may
    take more than one pass of the event loop to lay a resized window out)."""
    readings: list[dict[str, tuple[QRect, int]]] = []

    def settled() -> bool:
        readings.append(placed(home_screen))
        return len(readings) > 2 and readings[-1] == readings[-2] == readings[-3]

    qtbot.waitUntil(settled, timeout=5_000)
    return readings[-1]


def test_home_places_its_pictograms_the_same_whatever_sizes_came_before(
    qtbot, window: MainWindow
) -> None:
    window.navigator.home()
    home_screen = window.navigator.current
    assert isinstance(home_screen, HomeScreen)
    first: dict[tuple[int, int], dict[str, tuple[QRect, int]]] = {}
    for _round in range(2):
        for size in SIZES:
            window.resize(*size)
            now = settled_placement(qtbot, home_screen)
            assert first.setdefault(size, now) == now, size


def test_a_notice_s_pictogram_gives_way_to_its_words_on_a_short_screen(
    qtbot, window: MainWindow
) -> None:
    window.navigator.go(Route.ANNOUNCEMENTS)
    screen = window.navigator.current
    assert isinstance(screen, announcements.AnnouncementsScreen)
    window.resize(1080, 1920)
    settle_layouts()
    assert screen.pictogram.isVisible()
    assert screen.pictogram.name() == "fraud-warning"  # fraud warnings come first
    window.resize(1366, 768)
    settle_layouts()
    assert screen.pictogram.isHidden()  # the long warning needs the room
    window.resize(1080, 1920)
    settle_layouts()
    assert screen.pictogram.isVisible()


def test_the_ticket_and_rating_outcomes_carry_their_pictograms(qtbot, window: MainWindow) -> None:
    window.navigator.go(Route.TICKET_FIELDS)
    fields = window.navigator.current
    printing = window.navigator.screen(Route.TICKET_PRINT)
    assert isinstance(printing, ticket_print.TicketPrintScreen)
    with qtbot.waitSignal(printing.finished, timeout=10_000):
        next(iter(fields.tiles.values())).click()  # type: ignore[attr-defined]
    assert printing.pictogram.isVisible()
    assert printing.pictogram.name() == "ticket-printed"
    assert printing.pictogram.width() == 60  # style.qss: beside a heading
    window.navigator.go(Route.RATING)
    screen = window.navigator.current
    assert isinstance(screen, rating.RatingScreen)
    catalogue = window.context.catalogue
    assert catalogue is not None
    qtbot.mouseClick(screen.counter_buttons[catalogue.counters[0].id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.face_buttons[4], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.finished, timeout=10_000):
        qtbot.mouseClick(screen.skip_reason, Qt.MouseButton.LeftButton)
    assert screen.pictogram.isVisible() and screen.pictogram.name() == "thanks"
    assert screen.pictogram.width() == 96  # style.qss: above the words
    window.resize(1366, 768)  # a short window: smaller
    settle_layouts()
    assert screen.pictogram.width() == 72


def test_the_pictograms_and_their_licence_ship_in_the_wheel_and_the_build() -> None:
    licence = (ICONS_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    shipped = {
        f"assets/icons/{path.name}"
        for path in ICONS_DIR.iterdir()
        if path.suffix in (".svg", "") and path.is_file()
    }
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["kiosk"]
    for name in shipped:  # the wheel: the kiosk package's data
        assert any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns), name
    spec = ast.parse((ROOT / "kiosk.spec").read_text(encoding="utf-8"))
    (data_files,) = (
        node.value
        for node in spec.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "DATA_FILES" for t in node.targets)
    )
    built = eval(  # the build: the spec's own list, as PyInstaller evaluates it
        compile(ast.Expression(data_files), "kiosk.spec", "eval"),
        {"ROOT": ROOT, "sorted": sorted},
    )
    assert {f"kiosk/{name}" for name in shipped} <= {source for source, _target in built}

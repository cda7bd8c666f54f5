"""The citizen screens share one on-screen keyboard: it shows in whichever screen types, types
into that screen's field in that screen's mode, its Done key acts on that screen only, and
the next citizen gets it typing Vietnamese again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from screens.dossier_status import DossierStatusScreen
from screens.main_window import MainWindow
from screens.onscreen_keyboard import OnScreenKeyboard
from screens.payment import PaymentScreen
from screens.procedures import ProceduresScreen
from screens.routes import Route
from tests.touch import open_journey, tap


def _built(qtbot: QtBot, window: MainWindow) -> None:
    finished: list[bool] = []
    window.build_citizen_screens_in_background(finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)


def test_every_citizen_screen_built_holds_one_keyboard_made_while_idle(
    qtbot: QtBot, window: MainWindow
) -> None:
    _built(qtbot, window)
    # made and styled while idle, before the first citizen types
    (made,) = window.findChildren(OnScreenKeyboard)
    assert not made.isVisible()
    assert made.button("done").testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
    window.navigator.go(Route.DOSSIER_STATUS)  # its keyboard shows with the code field
    keyboards = window.findChildren(OnScreenKeyboard)
    assert len(keyboards) == 1 and keyboards[0].isVisible()


def test_the_keyboard_types_into_the_screen_showing_it_in_that_screens_mode(
    qtbot: QtBot, window: MainWindow
) -> None:
    dossier = open_journey(qtbot, window, "dossier_status", DossierStatusScreen)
    tap(qtbot, dossier.keyboard.button("H"))  # the code keys: capitals, no Telex
    assert dossier.code.text() == "H"
    tap(qtbot, window.home_button)
    procedures = open_journey(qtbot, window, "procedures", ProceduresScreen)
    tap(qtbot, procedures.query)
    (keyboard,) = [k for k in window.findChildren(OnScreenKeyboard) if k.isVisible()]
    assert keyboard.mode == "text"
    for key in "dd":
        tap(qtbot, procedures.keyboard.button(key))
    assert procedures.query.text() == "đ"  # Telex, in the search box
    assert keyboard.editor is procedures.query and not dossier.keyboard.holds_keyboard()


def test_done_acts_on_the_screen_holding_the_keyboard_only(
    qtbot: QtBot, window: MainWindow
) -> None:
    dossier = open_journey(qtbot, window, "dossier_status", DossierStatusScreen)
    looked_up: list[bool] = []
    dossier.keyboard.submitted.connect(lambda: looked_up.append(True))
    tap(qtbot, window.home_button)
    payment = open_journey(qtbot, window, "payment", PaymentScreen)
    tap(qtbot, payment.search.query)
    assert payment.search.keyboard.isVisible()
    tap(qtbot, payment.search.keyboard.button("done"))
    assert not payment.search.keyboard.isVisible()  # the fees' keyboard went away
    assert looked_up == []  # and the dossier screen heard nothing


def test_the_next_citizen_types_vietnamese_again(qtbot: QtBot, window: MainWindow) -> None:
    procedures = open_journey(qtbot, window, "procedures", ProceduresScreen)
    tap(qtbot, procedures.query)
    tap(qtbot, procedures.keyboard.button("telex"))  # "ABC": plain letters for a name
    assert not procedures.keyboard.take().telex
    window.idle.timed_out.emit()
    procedures = open_journey(qtbot, window, "procedures", ProceduresScreen)
    tap(qtbot, procedures.query)
    for key in "dd":
        tap(qtbot, procedures.keyboard.button(key))
    assert procedures.query.text() == "đ"
    assert procedures.keyboard.button("telex").text() == "Tiếng Việt"

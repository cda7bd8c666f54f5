"""Looking up a procedure: typed on the on-screen keyboard without accents, browsed by field,
read in detail, and printed as a guide."""

from __future__ import annotations

from PySide6.QtCore import Qt

from screens.procedures import PAGE_ROWS, ProceduresScreen
from simulators.virtual_printer import VirtualPrinter
from tests.touch import open_journey, tap, wait_for_wipes


def open_procedures(qtbot, window) -> ProceduresScreen:
    screen = open_journey(qtbot, window, "procedures", ProceduresScreen)
    assert window.navigator.current_name == "procedures"
    return screen


def type_on_screen(qtbot, screen, text: str) -> None:
    """Touch the search box, then the on-screen keys spelling ``text``."""
    tap(qtbot, screen.query)
    assert screen.keyboard.isVisible()
    for char in text:
        tap(qtbot, screen.keyboard.button("space" if char == " " else char))


def test_typing_without_accents_on_the_keyboard_finds_the_procedure(qtbot, window) -> None:
    screen = open_procedures(qtbot, window)
    type_on_screen(qtbot, screen, "dang ky khai sinh")
    assert screen.query.text() == "dang ky khai sinh"  # no Telex keys typed: no accents
    assert screen.results[0].name == "Đăng ký khai sinh"
    assert screen.list.item(0).text().startswith("Đăng ký khai sinh")


def test_telex_typed_accents_find_the_same_procedure(qtbot, window) -> None:
    screen = open_procedures(qtbot, window)
    type_on_screen(qtbot, screen, "ddawng kys khai sinh")
    assert screen.query.text() == "đăng ký khai sinh"
    assert screen.results[0].name == "Đăng ký khai sinh"


def test_everyday_words_and_the_provinces_own_find_the_procedure(qtbot, window) -> None:
    screen = open_procedures(qtbot, window)
    type_on_screen(qtbot, screen, "lam so do")  # the kiosk's own list: sổ đỏ
    assert screen.results[0].id == "dat-dai-cap-gcn-lan-dau"
    screen.query.clear()
    type_on_screen(qtbot, screen, "dat tho cu")  # the demo office's search_synonyms
    assert screen.results[0].id == "dat-dai-chuyen-muc-dich"


def test_a_field_shows_only_its_procedures(qtbot, window) -> None:
    screen = open_procedures(qtbot, window)
    catalogue = window.context.catalogue
    field = catalogue.fields[1]
    tap(qtbot, screen.field_buttons[field.id])
    expected = [p.id for p in catalogue.procedures if p.field_id == field.id]
    assert [p.id for p in screen.results] == expected  # catalogue order
    assert screen.list.count() == len(expected)


def test_no_match_is_explained(qtbot, window) -> None:
    screen = open_procedures(qtbot, window)
    screen.query.setText("zzzz qqqq")
    assert screen.results == [] and screen.list.count() == 0
    assert "zzzz qqqq" in screen.summary.text()


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_the_detail_page_lists_documents_and_prints_the_guide(
    qtbot, window, printer: VirtualPrinter
) -> None:
    screen = open_procedures(qtbot, window)
    screen.query.setText("khai sinh")
    first = screen.list.visualItemRect(screen.list.item(0)).center()
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    detail = window.navigator.current
    assert window.navigator.current_name == "procedure_detail"
    procedure = detail.procedure
    text = detail.facts.text()
    assert all(document[:20] in text for document in procedure.documents)
    assert procedure.code in text

    with qtbot.waitSignal(detail.printing.finished, timeout=10_000) as printed:
        tap(qtbot, detail.print_button)
    assert printed.args == [True]
    assert len(printer.wait_for_jobs(1)) == 1


def test_wipe_forgets_the_search(qtbot, window) -> None:
    screen = open_procedures(qtbot, window)
    type_on_screen(qtbot, screen, "ho")
    window.navigator.home()
    wait_for_wipes(qtbot, window)
    assert screen.query.text() == "" and not screen.keyboard.isVisible()


def test_every_procedure_is_reachable_by_scrolling_and_the_count_is_the_whole(
    qtbot, window
) -> None:
    screen = open_procedures(qtbot, window)
    catalogue = window.context.catalogue
    total = len(catalogue.procedures)
    assert total > PAGE_ROWS  # the demo province has more than one page
    assert screen.list.count() == PAGE_ROWS
    assert screen.summary.text().startswith(f"{total} ")
    bar = screen.list.verticalScrollBar()
    for _ in range(total):  # a finger dragging the list to its end, again and again
        if screen.list.count() == total:
            break
        bar.setValue(bar.maximum())
    assert screen.list.count() == total
    last = screen.list.item(total - 1)
    assert screen.list.row_data(last) == screen.results[-1].id

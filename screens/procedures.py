"""Looking up a procedure (tra cứu thủ tục hành chính): browse by field or search as you type,
then a detail page with what to bring, the fee, the time it takes, where to go and the law;
the guide can be printed, and the citizen can go on to submit, pay or take a number.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.model import Procedure
from kiosk.domain.wording import fill, group_thousands
from printers.layouts.guide import build_guide_pages
from screens.context import ScreenContext
from screens.navigator import Screen
from screens.paper_words import paper_words
from screens.routes import Route
from screens.search_box import SearchBox
from screens.slips import SlipPrinting
from screens.widgets import TouchList, heading, plain_label, push_button, scroll_area

PAGE_ROWS = 40
"""Rows added at a time: the first page at once, the next when the list is scrolled near its
end (every match is reachable; a catalogue of thousands does not build thousands of rows)."""
FIELD_COLUMNS = 5


class ProceduresScreen(Screen):
    """Fields to browse, a search box with the on-screen keyboard, and the matching list."""

    #: emitted after the list has been filled for the current query and field
    results_shown = Signal()

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.field_id: str | None = None
        self.results: list[Procedure] = []
        self.title = heading("heading")
        self.search = SearchBox(context.shared_keyboard)
        self.search.text_changed.connect(self.refresh)
        self.search.keyboard_shown.connect(self._keyboard_shown)
        self.query, self.keyboard = self.search.query, self.search.keyboard

        self._field_host = QWidget()
        self._field_grid = QGridLayout(self._field_host)
        self._field_grid.setContentsMargins(0, 0, 0, 0)
        self._field_grid.setSpacing(12)
        self._field_group = QButtonGroup(self)
        self._field_group.setExclusive(True)
        self.field_buttons: dict[str | None, QPushButton] = {}

        self.list = TouchList()
        self.list.itemClicked.connect(self._open)
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.summary = plain_label()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self._field_host)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.keyboard)
        context.catalogue_changed.connect(self._rebuild_fields)
        context.display.changed.connect(self.refresh)  # rows fit the text size
        self._rebuild_fields()

    # -- navigation -------------------------------------------------------------------------

    def enter(self, **params: Any) -> None:
        if "field_id" in params:
            self._choose_field(params["field_id"])
        self.refresh()

    def wipe(self) -> None:
        self.search.clear()
        self._choose_field(None)
        self.list.scrollToTop()

    # -- searching --------------------------------------------------------------------------

    def _rebuild_fields(self) -> None:
        for button in self.field_buttons.values():
            self._field_group.removeButton(button)
            self._field_grid.removeWidget(button)
            button.deleteLater()
        self.field_buttons.clear()
        catalogue = self.context.catalogue
        ids: list[str | None] = [None, *(f.id for f in catalogue.fields)] if catalogue else []
        for index, field_id in enumerate(ids):
            button = QPushButton()
            button.setObjectName("fieldChip")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, f=field_id: self._choose_field(f))
            self._field_group.addButton(button)
            self._field_grid.addWidget(button, index // FIELD_COLUMNS, index % FIELD_COLUMNS)
            self.field_buttons[field_id] = button
        if self.field_id not in self.field_buttons:
            self.field_id = None
        if None in self.field_buttons:
            self.field_buttons[self.field_id].setChecked(True)
        self.show_state()
        self.refresh()

    def _choose_field(self, field_id: str | None) -> None:
        self.field_id = field_id if field_id in self.field_buttons else None
        button = self.field_buttons.get(self.field_id)
        if button is not None:
            button.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Fill the list for the query and the field chosen."""
        catalogue, index = self.context.catalogue, self.context.procedure_index
        if catalogue is None or index is None:
            self.results = []
        else:
            self.results = index.search(self.query.text(), field_id=self.field_id)
        self.list.show_rows(self._rows(self.results[:PAGE_ROWS]))
        self._update_summary()
        self.results_shown.emit()

    def _rows(self, procedures: list[Procedure]) -> list[tuple[str, str]]:
        """The list's rows for ``procedures``: each one's name, field and fee."""
        catalogue = self.context.catalogue
        language = self.context.language.language
        fields = {f.id: f for f in catalogue.fields} if catalogue else {}
        rows = []
        for procedure in procedures:
            field = fields.get(procedure.field_id)
            details = " · ".join(
                filter(
                    None, (field.display_name(language) if field else "", self._fee_text(procedure))
                )
            )
            rows.append((f"{procedure.display_name(language)}\n{details}", procedure.id))
        return rows

    def _add_page(self) -> None:
        """Add the next ``PAGE_ROWS`` matches to the list."""
        start = self.list.count()
        for text, data in self._rows(self.results[start : start + PAGE_ROWS]):
            self.list.add_row(text, data)

    def _scrolled(self, value: int) -> None:
        """Near the end of the rows so far: add the next page, if there is one."""
        bar = self.list.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() and self.list.count() < len(self.results):
            self._add_page()

    def _fee_text(self, procedure: Procedure) -> str:
        if procedure.fee_vnd > 0:
            return fill(self.tr("Fee: %1 VND"), group_thousands(procedure.fee_vnd))
        return self.tr("No fee") if not procedure.fee else ""

    def _update_summary(self) -> None:
        if self.context.catalogue is None:
            text = self.tr(
                "The list of procedures is not available yet. Please ask an officer "
                "at the front desk."
            )
        elif not self.results:
            text = fill(
                self.tr('No procedure matches "%1". Try fewer or other words, or choose a field.'),
                self.query.text(),
            )
        else:
            found = len(self.results)
            text = self.tr("%n procedure(s). Touch one to see what to bring.", "", found)
        self.summary.setText(text)

    def _open(self, item: QListWidgetItem) -> None:
        procedure_id = self.list.row_data(item)
        procedure = next((p for p in self.results if p.id == procedure_id), None)
        if procedure is not None and self.navigator is not None:
            self.search.show_keyboard(False)
            self.navigator.go(Route.PROCEDURE_DETAIL, procedure=procedure)

    def _keyboard_shown(self, visible: bool) -> None:
        """The keyboard takes the place of the field buttons (typing searches every field)."""
        for widget in (self._field_host, self.title):
            widget.setVisible(not visible)  # room for the keyboard; its Done key hides it
        if visible:
            self._choose_field(None)
        self.show_state()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Look up a procedure"))
        self.search.set_placeholder(self.tr("Type a few words, e.g. khai sinh"))
        super().retranslate()

    def spoken_guide(self) -> str:
        return self.tr(
            "Type the name of the procedure you need, or touch a field to see its procedures."
        )

    def show_state(self) -> None:
        catalogue = self.context.catalogue
        language = self.context.language.language
        for field_id, button in self.field_buttons.items():
            field = catalogue.field(field_id) if catalogue and field_id else None
            button.setText(field.display_name(language) if field else self.tr("All fields"))
        if self.context.catalogue is not None:
            self.refresh()


class ProcedureDetailScreen(Screen):
    """One procedure: what to bring, the fee, how long, where, the law; print, then act."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.procedure: Procedure | None = None
        self.title = heading("heading")
        self.facts = plain_label()
        self.facts.setObjectName("procedureFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.printing = SlipPrinting(context, self)
        self.print_button = push_button("actionButton", self._print_guide)
        self.ticket_button = push_button("secondaryButton", self._take_number)
        self.online_button = push_button("secondaryButton", lambda: self._go_on(Route.SUBMISSION))
        self.pay_button = push_button("secondaryButton", lambda: self._go_on(Route.PAYMENT))
        actions = QGridLayout()  # two by two: long Vietnamese labels fit
        actions.setSpacing(12)
        for index, button in enumerate(
            (self.print_button, self.online_button, self.pay_button, self.ticket_button)
        ):
            actions.addWidget(button, index // 2, index % 2)
        # the name scrolls with the facts: a long one never squeezes them out of sight
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(16)
        content_layout.addWidget(self.title)
        content_layout.addWidget(self.facts, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(scroll_area(content), stretch=1)
        layout.addLayout(actions)

    def enter(self, **params: Any) -> None:
        self.procedure = params.get("procedure", self.procedure)
        self.show_state()

    def wipe(self) -> None:
        self.procedure = None
        self.show_state()

    def _print_guide(self) -> None:
        catalogue = self.context.catalogue
        procedure = self.procedure
        if procedure is None or catalogue is None:
            return
        office = catalogue.office
        words = paper_words(self.context.language.language)
        self.printing.start(lambda settings: build_guide_pages(procedure, office, settings, words))

    def _take_number(self) -> None:
        if self.navigator is not None and self.procedure is not None:
            self.navigator.go(Route.TICKET_FIELDS)

    def _go_on(self, screen_name: Route) -> None:
        if self.navigator is not None and self.procedure is not None:
            self.navigator.go(screen_name, procedure=self.procedure)

    def _form_exists(self) -> bool:
        catalogue = self.context.catalogue
        return bool(
            catalogue
            and self.procedure
            and any(form.procedure_id == self.procedure.id for form in catalogue.forms)
        )

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print this guide"))
        self.online_button.setText(self.tr("Submit online here"))
        self.pay_button.setText(self.tr("Pay the fee"))
        self.ticket_button.setText(self.tr("Take a queue number"))
        super().retranslate()

    def spoken_guide(self) -> str:
        return self.tr(
            "This page says which papers to bring, the fee and how long the procedure takes. "
            "Touch Print this guide to take it with you."
        )

    def show_state(self) -> None:
        procedure = self.procedure
        language = self.context.language.language
        self.title.setText(procedure.display_name(language) if procedure else "")
        self.online_button.setVisible(self._form_exists() and _has_screen(self, Route.SUBMISSION))
        self.pay_button.setVisible(
            bool(procedure and procedure.fee_vnd > 0) and _has_screen(self, Route.PAYMENT)
        )
        if procedure is None:
            self.facts.setText("")
            return
        catalogue = self.context.catalogue
        field = catalogue.field(procedure.field_id) if catalogue else None
        sections = [
            (self.tr("Procedure code"), [procedure.code]),
            (self.tr("Field"), [field.display_name(language)] if field else []),
            (
                self.tr("Documents to bring"),
                [f"{number}. {document}" for number, document in enumerate(procedure.documents, 1)],
            ),
            (self.tr("Fee"), [procedure.fee] if procedure.fee else []),
            (
                self.tr("Processing time"),
                [procedure.processing_time] if procedure.processing_time else [],
            ),
            (self.tr("Where to submit"), [procedure.where] if procedure.where else []),
            (self.tr("Online service"), [procedure.online_level] if procedure.online_level else []),
            (self.tr("Legal basis"), [f"– {basis}" for basis in procedure.legal_basis]),
        ]
        self.facts.setText(
            "".join(
                f"<h3>{_escape(title)}</h3>" + "".join(f"<p>{_escape(line)}</p>" for line in lines)
                for title, lines in sections
                if lines
            )
        )


def _has_screen(screen: Screen, name: str) -> bool:
    return screen.navigator is not None and name in screen.navigator.names()


def _escape(text: str) -> str:
    """Province text shown as rich text, without letting it format anything."""
    return html.escape(text).replace("\n", "<br>")

"""Submitting an online service (nộp hồ sơ trực tuyến): choose the service, give consent to the
processing of personal data, fill in the province's form (scanning the citizen ID card fills
the fields the form marks for it, after the citizen confirms), review, submit.

Online, the receipt prints with the dossier code as barcode and QR; offline, the submission
waits in the outbox and the slip carries a local reference. Nothing the citizen entered
outlives the journey: every step's widgets are emptied by ``wipe``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.model import FormField, Procedure, ServiceForm
from kiosk.domain.wording import Language, fill, format_moment, group_thousands
from kiosk.input.scans import CitizenId, DossierCode
from kiosk.services.forms import (
    FieldProblem,
    RawValue,
    format_value,
    parse_value,
    prefill_from_citizen_id,
)
from kiosk.services.submissions import (
    APPLICANT_FIELDS,
    SubmissionInvalid,
    SubmissionOutcome,
    Submissions,
)
from printers.layouts.receipt import build_queued_receipt_job, build_receipt_job
from screens.context import ScreenContext
from screens.keyboard_slot import KeyboardSlot
from screens.navigator import Screen
from screens.paper_words import paper_words
from screens.routes import Route
from screens.slips import SlipPrinting
from screens.style_state import set_style_state
from screens.widgets import (
    TileButton,
    TouchList,
    heading,
    plain_label,
    push_button,
    scroll_area,
)

OPTION_COLUMNS = 2
FORM_COLUMNS_FROM_PX = 1200
"""A screen this wide lays the form's fields out in two columns (a landscape panel); a
narrower one (a portrait panel) in one."""
KEYBOARD_MODES = {
    "text": "text",
    "number": "numeric",
    "date": "numeric",
    "phone": "numeric",
    "cccd": "numeric",
}
STEPS = ("choose", "consent", "form", "review", "sending", "done")


class FieldInput(QFrame):
    """One field of the form: its label, help, the input, and what is wrong with it."""

    def __init__(self, field: FormField, language: Language) -> None:
        super().__init__()
        self.setObjectName("formField")
        self.field = field
        self.problem_found: FieldProblem | None = None
        self.label = plain_label()
        self.label.setObjectName("fieldLabel")
        self.label.setWordWrap(True)
        self.help = plain_label()
        self.help.setObjectName("fieldHelp")
        self.help.setWordWrap(True)
        self.problem = plain_label()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        self.edit: QLineEdit | None = None
        self.options: QButtonGroup | None = None
        self.tick: TileButton | None = None
        if field.type == "select":
            host = QWidget()
            grid = QGridLayout(host)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(12)
            self.options = QButtonGroup(self)
            self.options.setExclusive(True)
            for index, option in enumerate(field.options):
                button = TileButton("optionButton")  # long options wrap
                button.setCheckable(True)
                button.setProperty("value", option.value)
                self.options.addButton(button)
                grid.addWidget(button, index // OPTION_COLUMNS, index % OPTION_COLUMNS)
            layout.addWidget(host)
        elif field.type == "checkbox":
            self.tick = TileButton("tickBox")
            self.tick.setCheckable(True)
            self.tick.toggled.connect(self._show_tick)
            layout.addWidget(self.tick)
            self.label.hide()  # the tick box itself carries the label
            self._show_tick(False)
        else:
            self.edit = QLineEdit()
            self.edit.setObjectName("fieldInput")
            if field.max_length:
                self.edit.setMaxLength(field.max_length)
            layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        #: whether the field takes a form's whole width (a pledge, a choice of several)
        self.wide = self.tick is not None or len(field.options) > OPTION_COLUMNS
        self.relabel(language)

    def relabel(self, language: Language) -> None:
        """Set the province's label, help and options in ``language`` (Vietnamese when the
        province gave no translation)."""
        field = self.field
        self.label.setText(field.localised("label", language) + (" *" if field.required else ""))
        help_text = field.localised("help", language)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        if self.options is not None:
            labels = {o.value: o.localised("label", language) for o in field.options}
            for button in self.options.buttons():
                if isinstance(button, TileButton):
                    button.set_texts(labels.get(str(button.property("value")), ""), "")
        self._show_tick(self.tick.isChecked() if self.tick is not None else False)

    def reset(self) -> None:
        """Empty the input (for good: not undoable) and forget the problem shown with it."""
        if self.options is not None:
            self.options.setExclusive(False)  # an exclusive group keeps one button checked
            for button in self.options.buttons():
                button.setChecked(False)
            self.options.setExclusive(True)
        if self.tick is not None:
            self.tick.setChecked(False)
        if self.edit is not None:
            self.edit.setText("")  # setText also clears the undo history
        if self.problem_found is not None:
            self.show_problem(None, "")

    def _show_tick(self, ticked: bool) -> None:
        if self.tick is not None:
            self.tick.set_texts(("☑ " if ticked else "☐ ") + self.label.text(), "")

    @property
    def keyboard_mode(self) -> str:
        """The on-screen keyboard that suits this field."""
        return KEYBOARD_MODES.get(self.field.type, "text")

    def raw(self) -> RawValue:
        """What the citizen entered, as the core parses it."""
        if self.options is not None:
            checked = self.options.checkedButton()
            return str(checked.property("value")) if checked is not None else ""
        if self.tick is not None:
            return self.tick.isChecked()
        return self.edit.text() if self.edit is not None else ""

    def set_raw(self, text: str) -> None:
        """Fill the input with ``text`` (an option's value for a select)."""
        if self.options is not None:
            for button in self.options.buttons():
                button.setChecked(button.property("value") == text)
        elif self.edit is not None:
            self.edit.setText(text)

    def shown_value(self, no_answer: str, yes: str) -> str:
        """The entered value as the review page shows it."""
        value = parse_value(self.field, self.raw())
        if isinstance(value, FieldProblem) or value is None or value == "":
            return no_answer
        if self.options is not None:
            checked = self.options.checkedButton()
            return checked.title.text() if isinstance(checked, TileButton) else no_answer
        if isinstance(value, bool):
            return yes if value else no_answer
        return format_value(self.field, value)

    def show_problem(self, problem: FieldProblem | None, text: str) -> None:
        """Show what is wrong (None: nothing), worded as ``text``."""
        self.problem_found = problem
        self.problem.setText(text if problem is not None else "")
        self.problem.setVisible(problem is not None)
        edit = () if self.edit is None else (self.edit,)  # its border follows the frame's
        set_style_state(self, "invalid", problem is not None, *edit)


class SubmissionScreen(Screen):
    """The whole online-service journey, one step at a time; Back goes a step back."""

    wipe_on_leave = True

    #: emitted on the UI thread with the step, whenever it changes
    step_changed = Signal(str)

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.step = "choose"
        self.form: ServiceForm | None = None
        self.procedure: Procedure | None = None
        self.consent_at: datetime | None = None
        self.inputs: list[FieldInput] = []
        self.applicant_inputs: list[FieldInput] = []
        self.outcome: SubmissionOutcome | None = None
        self.pending_prefill: dict[FieldInput, str] = {}
        self.applicant_heading = plain_label()
        self.applicant_heading.setObjectName("sectionTitle")
        self.form_heading = plain_label()
        self.form_heading.setObjectName("sectionTitle")
        self.form_heading.setWordWrap(True)
        #: the inputs built so far, kept for the next citizen (emptied when put away): the
        #: applicant's, and each service's with the form they were built for
        self._built_applicant_inputs: list[FieldInput] = []
        self._built_form_inputs: dict[str, tuple[ServiceForm, list[FieldInput]]] = {}
        self._direct = False  # entered with a procedure: there is no service list to go back to
        self.title = heading("heading")
        self.pages = QStackedWidget()

        # choose
        self.services = TouchList()
        self.services.itemClicked.connect(self._service_chosen)
        self.choose_prompt = heading("prompt")
        self._add_page(self.choose_prompt, self.services)

        # consent
        self.consent_text = plain_label()
        self.consent_text.setObjectName("consentText")
        self.consent_text.setWordWrap(True)
        self.consent_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.consent_prompt = heading("prompt")
        self.agree = push_button("actionButton", self._agreed)
        self.disagree = push_button("secondaryButton", self._disagreed)
        self.consent_note = heading("message")
        self._add_page(
            self.consent_prompt,
            scroll_area(self.consent_text),
            self.consent_note,
            buttons=(self.disagree, self.agree),
        )

        # form
        self.scan_hint = heading("scanHint")
        self._fields_host = QWidget()
        self._fields = QGridLayout(self._fields_host)
        self._fields.setContentsMargins(0, 0, 16, 0)
        self._fields.setHorizontalSpacing(32)
        self._fields.setVerticalSpacing(8)
        self._form_items: list[QWidget] = []  # headings and inputs, in reading order
        self._form_columns = 0
        self.fields_area = scroll_area(self._fields_host)
        self.form_message = heading("statusLine")
        self.form_message.hide()  # only once Continue found a problem
        self.continue_button = push_button("actionButton", self._check_form)
        self.keyboard = KeyboardSlot(context.shared_keyboard)
        self.keyboard.submitted.connect(self._next_input)
        self.keyboard.hide()
        self.prefill_box = QFrame()
        self.prefill_box.setObjectName("prefillBox")
        self.prefill_text = plain_label()
        self.prefill_text.setObjectName("prefillText")
        self.prefill_text.setWordWrap(True)
        self.prefill_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.prefill_yes = push_button("actionButton", self._apply_prefill)
        self.prefill_no = push_button("secondaryButton", self._drop_prefill)
        prefill_layout = QVBoxLayout(self.prefill_box)
        prefill_layout.addWidget(scroll_area(self.prefill_text), stretch=1)  # a long card
        prefill_buttons = QHBoxLayout()
        prefill_buttons.addStretch(1)
        prefill_buttons.addWidget(self.prefill_no)
        prefill_buttons.addWidget(self.prefill_yes)
        prefill_layout.addLayout(prefill_buttons)
        self.prefill_box.hide()
        self._add_page(
            self.scan_hint,
            self.prefill_box,
            self.fields_area,
            self.form_message,
            buttons=(self.continue_button,),
            bottom=self.keyboard,
        )

        # review
        self.review_text = plain_label()
        self.review_text.setObjectName("reviewText")
        self.review_text.setWordWrap(True)
        self.review_text.setTextFormat(Qt.TextFormat.RichText)
        self.review_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.review_prompt = heading("prompt")
        self.edit_button = push_button("secondaryButton", lambda: self._set_step("form"))
        self.submit_button = push_button("actionButton", self._submit)
        self._add_page(
            self.review_prompt,
            scroll_area(self.review_text),
            buttons=(self.edit_button, self.submit_button),
        )

        # sending
        self.sending_text = heading("message")
        self._add_page(self.sending_text)

        # done
        self.result_title = heading("heading")
        self.result_code = heading("dossierCode")
        self.result_text = heading("message")
        self.printing = SlipPrinting(context, self)
        self.reprint_button = push_button("secondaryButton", self._print_receipt)
        self.pay_button = push_button("secondaryButton", self._pay)
        self.finish_button = push_button("actionButton", self._finish)
        self._add_page(
            self.result_title,
            self.result_code,
            self.result_text,
            buttons=(self.reprint_button, self.pay_button, self.finish_button),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, stretch=1)
        context.catalogue_changed.connect(self._fill_services)
        context.display.changed.connect(self._fill_services)
        self._fill_services()
        self.retranslate()

    def _add_page(
        self, *widgets: QWidget, buttons: Sequence[QPushButton] = (), bottom: QWidget | None = None
    ) -> None:
        """One step's page: ``widgets`` in order (lists and scroll areas, and boxes holding
        one, take the room left), a centred row of ``buttons``, then ``bottom``."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in widgets:
            scrolls = isinstance(widget, QAbstractScrollArea) or bool(
                widget.findChild(QAbstractScrollArea)
            )
            layout.addWidget(widget, stretch=1 if scrolls else 0)
        if buttons:
            row = QHBoxLayout()
            row.setSpacing(16)
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        if bottom is not None:
            layout.addWidget(bottom)
        self.pages.addWidget(page)

    # -- navigation -------------------------------------------------------------------------

    def enter(self, **params: Any) -> None:
        self.wipe()
        procedure = params.get("procedure")
        form = self._form_of(procedure) if isinstance(procedure, Procedure) else None
        self._direct = form is not None
        if form is not None:
            self._start(form)

    def wipe(self) -> None:
        self.forget_pending()  # an answer still on its way belongs to no one now
        self.form, self.procedure, self.consent_at, self.outcome = None, None, None, None
        self.pending_prefill = {}
        self._clear_inputs()
        self.review_text.clear()
        self.keyboard.detach()
        self._show_prefill(False)
        self._show_keyboard(False)
        self.form_message.hide()
        self._set_step("choose")

    def go_back(self) -> bool:
        """Back goes to the previous step of the journey while there is one."""
        previous = {"consent": "choose", "form": "consent", "review": "form"}.get(self.step)
        if previous is None or (previous == "choose" and self._direct):
            return False
        self._set_step(previous)
        return True

    def wants_navigation(self) -> bool:
        return self.step != "sending"

    def handle_scan(self, scan: object) -> bool:
        """An ID card fills the fields marked for it (after confirmation); other codes are
        explained without leaving the form."""
        if isinstance(scan, CitizenId):
            if self.step != "form":
                self.notice.emit(
                    self.tr(
                        "Your ID card was read. Scan it again once the form "
                        "is on screen to fill in your details."
                    )
                )
                return True
            self._offer_prefill(scan)
            return True
        if isinstance(scan, DossierCode) and self.step in ("form", "review"):
            self.notice.emit(
                self.tr("To look up a dossier, first finish or leave this application.")
            )
            return True
        return False

    # -- steps ------------------------------------------------------------------------------

    def _forms(self) -> list[tuple[ServiceForm, Procedure]]:
        catalogue = self.context.catalogue
        if catalogue is None:
            return []
        procedures = {p.id: p for p in catalogue.procedures}
        return [
            (form, procedures[form.procedure_id])
            for form in catalogue.forms
            if form.procedure_id in procedures
        ]

    def _form_of(self, procedure: Procedure) -> ServiceForm | None:
        return next((form for form, p in self._forms() if p.id == procedure.id), None)

    def _fill_services(self) -> None:
        language = self.context.language.language
        self.services.show_rows(
            [
                (
                    f"{procedure.display_name(language)}\n{form.localised('title', language)}",
                    form.id,
                )
                for form, procedure in self._forms()
            ]
        )

    def _service_chosen(self, item: QListWidgetItem) -> None:
        form_id = self.services.row_data(item)
        form = next((form for form, _p in self._forms() if form.id == form_id), None)
        if form is not None:
            self._start(form)

    def _start(self, form: ServiceForm) -> None:
        self.form = form
        self.procedure = next((p for f, p in self._forms() if f.id == form.id), None)
        self._take_inputs()
        self.form_message.hide()
        self._set_step("consent")

    def _agreed(self) -> None:
        self.consent_at = datetime.now(UTC)
        self._set_step("form")

    def _disagreed(self) -> None:
        self.consent_at = None
        self.consent_note.setText(
            self.tr(
                "Without your consent the application cannot be sent online. You can take a "
                "queue number and submit it at a counter instead."
            )
        )
        self.consent_note.show()

    def _clear_inputs(self) -> None:
        """Put the form away: every input emptied, out of the layout and hidden (kept for
        the next citizen who chooses the same service)."""
        for widget in self._form_items:
            self._fields.removeWidget(widget)
            widget.hide()
        for field_input in (*self.applicant_inputs, *self.inputs):
            field_input.reset()
        self.applicant_inputs, self.inputs = [], []
        self._form_items, self._form_columns = [], 0

    def _take_inputs(self) -> None:
        """Lay out the inputs of the chosen service: built the first time it is chosen
        (again if the province changed its form), then kept and emptied after each use."""
        self._clear_inputs()
        form = self.form
        if form is None:
            return
        offered = {offered.id for offered, _procedure in self._forms()}
        for form_id in [known for known in self._built_form_inputs if known not in offered]:
            self._drop_inputs(form_id)  # the province no longer offers the service
        built = self._built_form_inputs.get(form.id)
        if built is None or built[0] != form:
            self._drop_inputs(form.id)
            built = self._built_form_inputs[form.id] = (form, self._new_inputs(form.fields))
        if not self._built_applicant_inputs:
            self._built_applicant_inputs = self._new_inputs(APPLICANT_FIELDS)
        self.applicant_inputs, self.inputs = list(self._built_applicant_inputs), list(built[1])
        self._form_items = [
            self.applicant_heading,
            *self.applicant_inputs,
            self.form_heading,
            *self.inputs,
        ]
        self._arrange_fields()  # into the layout first: shown before, one would be a window
        for widget in self._form_items:
            widget.show()

    def _new_inputs(self, fields: Sequence[FormField]) -> list[FieldInput]:
        inputs = [FieldInput(field, self.context.language.language) for field in fields]
        for field_input in inputs:
            if field_input.edit is not None:
                field_input.edit.installEventFilter(self)
        return inputs

    def _drop_inputs(self, form_id: str) -> None:
        _form, inputs = self._built_form_inputs.pop(form_id, (None, []))
        for field_input in inputs:
            field_input.deleteLater()

    def _arrange_fields(self) -> None:
        """Lay the form out in the columns the screen's width allows: side by side in reading
        order, a heading, a choice of several options or a pledge across the whole width."""
        columns = 2 if self.width() >= FORM_COLUMNS_FROM_PX else 1
        if columns == self._form_columns or not self._form_items:
            return
        self._form_columns = columns
        for widget in self._form_items:
            self._fields.removeWidget(widget)
        row = column = 0
        for widget in self._form_items:
            wide = not isinstance(widget, FieldInput) or widget.wide
            if wide and column:
                row, column = row + 1, 0
            span = columns if wide else 1
            self._fields.addWidget(widget, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
            column = 0 if wide else column + 1
            if column in (0, columns):
                row, column = row + 1, 0
        for index in range(2):
            self._fields.setColumnStretch(index, 1 if index < columns else 0)
        for index in range(self._fields.rowCount()):
            self._fields.setRowStretch(index, 0)
        self._fields.setRowStretch(row + 1, 1)  # the fields at the top, room below

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_fields()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A touched text input gets the on-screen keyboard that suits it."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            field_input = next(
                (i for i in (*self.applicant_inputs, *self.inputs) if i.edit is watched), None
            )
            if field_input is not None and field_input.edit is not None:
                self.keyboard.attach(field_input.edit, field_input.keyboard_mode)  # type: ignore[arg-type]
                self._show_keyboard(True)
                self.fields_area.ensureWidgetVisible(field_input)
        return False

    def _next_input(self) -> None:
        """The keyboard's Done key: on to the next text input, or put the keyboard away."""
        edits = [i.edit for i in (*self.applicant_inputs, *self.inputs) if i.edit is not None]
        current = self.keyboard.editor
        if current in edits and edits.index(current) + 1 < len(edits):
            edits[edits.index(current) + 1].setFocus()
        else:
            self.keyboard.detach()
            self._show_keyboard(False)

    def _show_keyboard(self, visible: bool) -> None:
        """The keyboard takes the room of the title, the hint and Continue (its Done key
        moves on; Continue is back once it is put away)."""
        self.keyboard.setVisible(visible)
        for widget in (self.title, self.scan_hint, self.continue_button):
            widget.setVisible(not visible)

    def _check_form(self) -> None:
        """Show each field's problem; on to the review when there are none."""
        first_bad: FieldInput | None = None
        for field_input in (*self.applicant_inputs, *self.inputs):
            result = parse_value(field_input.field, field_input.raw())
            problem = result if isinstance(result, FieldProblem) else None
            field_input.show_problem(problem, self.problem_text(problem) if problem else "")
            if problem is not None and first_bad is None:
                first_bad = field_input
        if first_bad is not None:
            self.form_message.setText(
                self.tr("Please correct the fields whose message is shown under them.")
            )
            self.form_message.show()
            self.fields_area.ensureWidgetVisible(first_bad)
            return
        self.form_message.hide()
        self.keyboard.detach()
        self._show_keyboard(False)
        self._set_step("review")

    def _submit(self) -> None:
        form, consent_at = self.form, self.consent_at
        if form is None or consent_at is None:
            self._set_step("consent")
            return
        values = {i.field.id: i.raw() for i in self.inputs}
        applicant = {i.field.id: i.raw() for i in self.applicant_inputs}
        self._set_step("sending")
        self.forget_pending()
        submissions = self.context.core.submissions
        self.run(
            lambda: _submit(submissions, form, values, applicant, consent_at),
            self._submitted,
            lambda _failure: self._submitted(None),
        )

    def _submitted(self, result: SubmissionOutcome | SubmissionInvalid | None) -> None:
        if isinstance(result, SubmissionInvalid):  # the form changed meanwhile: show why
            self._set_step("form")
            self._check_form()
            return
        self.outcome = result
        self._set_step("done")
        if result is not None:
            self._print_receipt()

    def _print_receipt(self) -> None:
        outcome, procedure, catalogue = self.outcome, self.procedure, self.context.catalogue
        if outcome is None or procedure is None or catalogue is None:
            return
        office = catalogue.office
        full_name = next((i for i in self.applicant_inputs if i.field.id == "full_name"), None)
        name = str(full_name.raw()) if full_name is not None else ""  # printed masked
        receipt = outcome.receipt
        words = paper_words(self.context.language.language)
        if receipt is not None:
            self.printing.start(
                lambda settings: build_receipt_job(
                    receipt, procedure, office, settings, applicant_name=name, words=words
                )
            )
        else:
            self.printing.start(
                lambda settings: build_queued_receipt_job(
                    procedure,
                    outcome.local_reference,
                    outcome.submitted_at,
                    office,
                    settings,
                    applicant_name=name,
                    words=words,
                )
            )

    def _pay(self) -> None:
        outcome, procedure = self.outcome, self.procedure
        if self.navigator is not None and procedure is not None:
            code = outcome.receipt.dossier_code if outcome and outcome.receipt else None
            self.navigator.go(Route.PAYMENT, procedure=procedure, dossier_code=code)

    def _finish(self) -> None:
        if self.navigator is not None:
            self.navigator.home()

    # -- the ID card --------------------------------------------------------------------------

    def _offer_prefill(self, card: CitizenId) -> None:
        if self.form is None:
            return
        offered = {
            **prefill_from_citizen_id(APPLICANT_FIELDS, card),
            **prefill_from_citizen_id(self.form, card),
        }
        self.pending_prefill = {
            field_input: offered[field_input.field.id]
            for field_input in (*self.applicant_inputs, *self.inputs)
            if field_input.field.id in offered
        }
        if not self.pending_prefill:
            self.notice.emit(self.tr("This form has no fields that an ID card can fill in."))
            return
        self._word_prefill()
        self._show_prefill(True)

    def _show_prefill(self, asking: bool) -> None:
        """Ask whether to fill in from the card, in the form's place (one question at a
        time, and room for the card's whole list), or go back to the form."""
        if asking:
            self._show_keyboard(False)
            self.form_message.hide()
        self.prefill_box.setVisible(asking)
        for widget in (self.scan_hint, self.fields_area, self.continue_button):
            widget.setVisible(not asking)

    def _word_prefill(self) -> None:
        """The confirmation's list of fields the card would fill, in the current language."""
        language = self.context.language.language
        lines = []
        for field_input, text in self.pending_prefill.items():
            field = field_input.field
            label = field.localised("label", language)
            shown = text
            if field.type == "select":
                shown = next(
                    (o.localised("label", language) for o in field.options if o.value == text),
                    text,
                )
            lines.append(f"• {label}: {shown}")
        self.prefill_text.setText(
            self.tr("Fill in these fields from the ID card that was scanned?")
            + "\n"
            + "\n".join(lines)
        )

    def _apply_prefill(self) -> None:
        for field_input, text in self.pending_prefill.items():
            field_input.set_raw(text)
            field_input.show_problem(None, "")
        self._drop_prefill()

    def _drop_prefill(self) -> None:
        self.pending_prefill = {}
        self.prefill_text.clear()
        self._show_prefill(False)

    # -- texts ------------------------------------------------------------------------------

    def problem_text(self, problem: FieldProblem) -> str:
        """What is wrong with a field, for the citizen."""

        def number(value: float | None) -> str:
            return group_thousands(value) if value is not None else ""

        return {
            "required": self.tr("Please fill in this field."),
            "too_long": fill(self.tr("Too long: at most %1 characters."), str(problem.limit)),
            "not_a_number": self.tr("Please enter a number, using digits only."),
            "not_whole": self.tr("Please enter a whole number."),
            "out_of_range": fill(
                self.tr("Please enter a number from %1 to %2."),
                number(problem.low),
                number(problem.high),
            ),
            "bad_date": self.tr(
                "Please enter a date as day/month/year, e.g. 05/09/2020 or 05092020."
            ),
            "future_date": self.tr("This date cannot be in the future."),
            "unknown_option": self.tr("Please choose one of the options."),
            "must_accept": self.tr("Please tick this box to continue."),
            "bad_phone": self.tr(
                "Please enter a Vietnamese phone number of 10 digits, e.g. 0905123456."
            ),
            "bad_cccd": self.tr("Please enter the 12-digit number on your citizen ID card."),
        }.get(problem.kind, self.tr("Please check this field."))

    def _set_step(self, step: str) -> None:
        self.step = step
        self.pages.setCurrentIndex(STEPS.index(step))
        self.show_state()
        self.navigation_changed.emit()
        self.step_changed.emit(step)
        self.spoken.emit(self.spoken_guide())

    def _fill_review(self, form_title: str) -> None:
        no_answer, yes = self.tr("(not filled in)"), self.tr("Yes")
        rows = []
        for title, inputs in (
            (self.tr("Who is applying"), self.applicant_inputs),
            (form_title, self.inputs),
        ):
            rows.append(f"<h3>{html.escape(title)}</h3>")
            for field_input in inputs:
                label = field_input.label.text().removesuffix(" *")
                value = field_input.shown_value(no_answer, yes)
                rows.append(f"<p><b>{html.escape(label)}</b><br>{html.escape(value)}</p>")
        self.review_text.setText("".join(rows))

    def retranslate(self) -> None:
        self.choose_prompt.setText(self.tr("Choose the service you want to apply for."))
        self.consent_prompt.setText(self.tr("Your consent to the processing of personal data"))
        self.agree.setText(self.tr("I agree"))
        self.disagree.setText(self.tr("I do not agree"))
        self.scan_hint.setText(
            self.tr("Have your citizen ID card? Scan its QR code to fill in your details.")
        )
        self.continue_button.setText(self.tr("Continue"))
        self.prefill_yes.setText(self.tr("Fill in"))
        self.prefill_no.setText(self.tr("Do not fill in"))
        self.review_prompt.setText(self.tr("Please check your application before sending."))
        self.edit_button.setText(self.tr("Change something"))
        self.submit_button.setText(self.tr("Send the application"))
        self.sending_text.setText(self.tr("Sending your application, please wait…"))
        self.reprint_button.setText(self.tr("Print the receipt again"))
        self.pay_button.setText(self.tr("Pay the fee now"))
        self.finish_button.setText(self.tr("Finish"))
        super().retranslate()

    def spoken_guide(self) -> str:
        return {
            "choose": self.tr("Touch the procedure you want to apply for online."),
            "consent": self.tr(
                "Please read how your information will be used, then touch I agree to go on."
            ),
            "form": self.tr(
                "Hold the QR code of your citizen ID card under the scanner to fill in your "
                "details, then fill in the rest and touch Continue."
            ),
            "review": self.tr("Check your application, then touch Send the application."),
            "done": self.tr("Please take your receipt from the printer slot and keep it."),
        }.get(self.step, "")

    def show_state(self) -> None:
        step = self.step
        language = self.context.language.language
        form = self.form
        form_title = form.localised("title", language) if form else ""
        self.title.setText(
            self.tr("Submit an application online") if step == "choose" else form_title
        )
        if step == "choose":
            self._fill_services()
        consent = form.localised("consent_text", language) if form else ""
        self.consent_text.setText(consent)
        if step != "consent":
            self.consent_note.clear()
            self.consent_note.hide()
        for field_input in (*self.applicant_inputs, *self.inputs):
            field_input.relabel(language)
            problem = field_input.problem_found
            if problem is not None:
                field_input.show_problem(problem, self.problem_text(problem))
        if step == "review":  # after the relabelling: the review repeats the labels
            self._fill_review(form_title)
        self.applicant_heading.setText(self.tr("Who is applying"))
        self.form_heading.setText(form_title)
        if self.pending_prefill:
            self._word_prefill()
        if self.form_message.isVisible():
            self.form_message.setText(
                self.tr("Please correct the fields whose message is shown under them.")
            )
        self._show_result()

    def _show_result(self) -> None:
        outcome = self.outcome
        state = outcome.state if outcome is not None else "failed"
        self.result_title.setText(
            {
                "received": self.tr("Your application has been received"),
                "queued": self.tr("Your application is saved on the kiosk"),
                "refused": self.tr("Your application could not be accepted online"),
                "failed": self.tr("Sorry, your application could not be saved"),
            }[state]
        )
        self.result_code.setText(
            outcome.receipt.dossier_code
            if outcome and outcome.receipt
            else outcome.local_reference
            if outcome
            else ""
        )
        self.result_text.setText(
            {
                "received": self.tr(
                    "Your dossier code is above and on the receipt that is "
                    "printing. Use it to follow your application on this kiosk."
                ),
                "queued": self.tr(
                    "The kiosk cannot reach the service system now; it will send "
                    "your application by itself as soon as it can. Keep the slip "
                    "with this reference; you will get a dossier code when it "
                    "arrives."
                ),
                "refused": self.tr(
                    "Please take the slip with this reference to a counter; an "
                    "officer will help you."
                ),
                "failed": self.tr(
                    "Nothing was sent. Please ask an officer at the front desk for help."
                ),
            }[state]
            + self._due_line()
        )
        self.reprint_button.setVisible(outcome is not None)
        self.pay_button.setVisible(
            state == "received" and self.procedure is not None and self.procedure.fee_vnd > 0
        )

    def _due_line(self) -> str:
        """When the result is due, on a line of its own, if the province said."""
        receipt = self.outcome.receipt if self.outcome else None
        if receipt is None or receipt.due_at is None:
            return ""
        when = format_moment(receipt.due_at, self.context.config.office.timezone)
        return "\n" + fill(self.tr("Result due: %1"), when)


def _submit(
    submissions: Submissions,
    form: ServiceForm,
    values: dict[str, RawValue],
    applicant: dict[str, RawValue],
    consent_at: datetime,
) -> SubmissionOutcome | SubmissionInvalid:
    """Submit; problems with the input come back as the exception, not raised."""
    try:
        return submissions.submit(form, values, applicant, consent_at=consent_at)
    except SubmissionInvalid as invalid:
        return invalid

"""Looking up a dossier (tra cứu hồ sơ): the code typed or scanned, then where it stands.

Online, the status comes from the province and is remembered; offline, the last status seen
on this kiosk is shown with its time and a clear note that it may be out of date. A status
slip can be printed. The code is checked by the same parser as a scanned one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.model import DossierEvent, DossierState
from kiosk.domain.wording import fill, format_moment
from kiosk.input.scans import DossierCode, LocalReceipt, classify
from kiosk.services.dossiers import DossierLookup, DossierUnavailable
from kiosk.services.submissions import SubmissionOutcome
from printers.layouts.status_slip import build_status_slip_job
from screens.background import JobFailed
from screens.context import ScreenContext
from screens.keyboard_slot import KeyboardSlot
from screens.navigator import Screen
from screens.paper_words import paper_words
from screens.pictograms import Pictogram
from screens.slips import SlipPrinting
from screens.style_state import set_style_state
from screens.widgets import (
    WrappingLabel,
    code_entry,
    heading,
    plain_label,
    push_button,
    scroll_area,
)

MAX_CODE_LENGTH = 40
EXAMPLE_CODE = "000.00.17.H17-261116-0002"
#: the pictogram beside the message of each state that has one, and its tone (style.qss)
MESSAGE_PICTOGRAMS = {
    "unknown": ("not-found", "bad"),
    "invalid": ("error", "bad"),
    "unavailable": ("offline", "warn"),
    "waiting": ("waiting", ""),
    "refused": ("refused", "bad"),
    "not_here": ("not-found", "bad"),
}
#: the pictogram beside a found dossier's state, in the colour of the state's words
DOSSIER_PICTOGRAMS: dict[DossierState, tuple[str, str]] = {
    "received": ("received", ""),
    "processing": ("waiting", ""),
    "additional_info_required": ("more-documents", "bad"),
    "ready": ("done", "good"),
    "returned": ("done", "good"),
    "rejected": ("refused", "bad"),
    "withdrawn": ("withdrawn", ""),
}


class DossierStatusScreen(Screen):
    """Code entry, then the dossier's status and history (or why there is none)."""

    wipe_on_leave = True

    #: emitted on the UI thread when a lookup has ended (with the state it left)
    looked_up = Signal(str)

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        # entry, looking, found, unknown, unavailable, invalid; for a receipt printed offline:
        # waiting (not yet sent), refused, not_here (no application of this kiosk has it)
        self.state = "entry"
        self.receipt: SubmissionOutcome | None = None
        self.result: DossierLookup | None = None
        self.title = heading("heading")
        self.prompt = heading("prompt")
        self.code, self.search, entry_row = code_entry(MAX_CODE_LENGTH, self.look_up_typed)
        self.message = heading("message")
        # a message with its pictogram reads as a notice: the pictogram, then the words
        self.message_pictogram = Pictogram("inlinePictogram")
        message_row = QHBoxLayout()
        message_row.setSpacing(16)
        message_row.addWidget(self.message_pictogram)
        message_row.addWidget(self.message, stretch=1)

        self.state_label = WrappingLabel()  # beside the pictogram, both centred
        self.state_label.setObjectName("dossierState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_pictogram = Pictogram("inlinePictogram")
        state_row = QHBoxLayout()  # the state and its pictogram centred together
        state_row.setSpacing(16)
        state_row.addStretch(1)
        state_row.addWidget(self.state_pictogram)
        state_row.addWidget(self.state_label)
        state_row.addStretch(1)
        self.summary = heading("ticketDetails")
        self.freshness = heading("statusLine")
        self.history_title = plain_label()
        self.history_title.setObjectName("sectionTitle")
        self._history_host = QWidget()
        self._history = QVBoxLayout(self._history_host)
        self._history.setContentsMargins(0, 0, 0, 0)
        self._history.setSpacing(12)
        self._history.addStretch(1)
        self._steps: list[tuple[QLabel, DossierEvent]] = []
        # under the state, the details and the history scroll together: a short screen shows
        # what fits and scrolls the rest, never cuts a line
        self._history.insertWidget(0, self.history_title)
        self._history.insertWidget(0, self.freshness)
        self._history.insertWidget(0, self.summary)
        self.result_box = QFrame()
        self.result_box.setObjectName("resultBox")
        result_layout = QVBoxLayout(self.result_box)
        result_layout.setSpacing(12)
        result_layout.addLayout(state_row)
        result_layout.addWidget(scroll_area(self._history_host), stretch=1)

        self.printing = SlipPrinting(context, self)
        self.print_button = push_button("actionButton", self._print_slip)
        self.another = push_button("secondaryButton", self._start_over)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addStretch(1)
        actions.addWidget(self.another)
        actions.addWidget(self.print_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 12, 48, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addLayout(entry_row)
        layout.addLayout(message_row)
        layout.addWidget(self.result_box, stretch=1)
        layout.addLayout(actions)
        self.keyboard = KeyboardSlot(context.shared_keyboard, self.code, "code")
        self.keyboard.submitted.connect(self.look_up_typed)
        layout.addWidget(self.keyboard)
        self.printing.finished.connect(lambda _printed: self.show_state())
        self.retranslate()

    # -- navigation -------------------------------------------------------------------------

    def enter(self, **params: Any) -> None:
        code, reference = params.get("code"), params.get("local_reference")
        if code:
            self.look_up(str(code))
        elif reference:
            self.look_up_receipt(str(reference))
        else:
            self._start_over()

    def wipe(self) -> None:
        self.forget_pending()  # a lookup still on its way belongs to no one now
        self.code.setText("")  # not clear(): that could be undone
        self.result = None
        self.receipt = None
        self.state = "entry"
        self._fill_history()
        self.show_state()

    def handle_scan(self, scan: object) -> bool:
        """A scanned receipt's dossier code is looked up at once."""
        if isinstance(scan, DossierCode):
            self.look_up(scan.code)
            return True
        if isinstance(scan, LocalReceipt):
            self.look_up_receipt(scan.reference)
            return True
        return False

    # -- looking up -------------------------------------------------------------------------

    def look_up_typed(self) -> None:
        """Check the typed code and look it up; a malformed one is explained, not sent."""
        text = "".join(self.code.text().split()).upper()
        if not text:
            self._set_state("entry")
            self.code.setFocus()
            return
        scan = classify(text)
        if isinstance(scan, LocalReceipt):
            self.look_up_receipt(scan.reference)
        elif isinstance(scan, DossierCode):
            self.look_up(scan.code)
        else:
            self._set_state("invalid")

    def look_up(self, code: str) -> None:
        """Ask for the status of ``code`` off the UI thread."""
        self.code.setText(code)
        self._set_state("looking")
        self.forget_pending()
        core = self.context.core
        self.run(lambda: core.dossier_status(code), self._done, self._crashed)

    def look_up_receipt(self, reference: str) -> None:
        """What became of the application a receipt printed offline names: once the
        province has it, its dossier's status; before, that it waits on this kiosk."""
        self.code.setText(reference)
        self._set_state("looking")
        self.forget_pending()
        submissions = self.context.core.submissions
        self.run(lambda: submissions.outcome_of(reference), self._receipt_found, self._crashed)

    def _receipt_found(self, outcome: SubmissionOutcome | None) -> None:
        self.receipt = outcome
        if outcome is not None and outcome.receipt is not None:
            self.look_up(outcome.receipt.dossier_code)
            return
        state = "not_here" if outcome is None else outcome.state
        self._set_state({"queued": "waiting"}.get(state, state))
        self.looked_up.emit(self.state)

    def _crashed(self, failure: JobFailed) -> None:
        self._done(DossierUnavailable(str(failure)))

    def _done(self, result: DossierLookup | DossierUnavailable | None) -> None:
        self.result = result if isinstance(result, DossierLookup) else None
        self._fill_history()
        self._set_state(
            "found"
            if self.result is not None
            else "unavailable"
            if isinstance(result, DossierUnavailable)
            else "unknown"
        )
        self.looked_up.emit(self.state)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.show_state()
        self.navigation_changed.emit()
        if spoken := self.spoken_guide():
            self.spoken.emit(spoken)

    def _start_over(self) -> None:
        self.wipe()
        self.code.setFocus()

    def _print_slip(self) -> None:
        result = self.result
        catalogue = self.context.catalogue
        if result is None or catalogue is None:
            return
        office = catalogue.office
        printed_at = datetime.now(UTC)
        words = paper_words(self.context.language.language)
        self.printing.start(
            lambda settings: build_status_slip_job(
                result.status,
                office,
                settings,
                live=result.live,
                seen_at=result.seen_at,
                printed_at=printed_at,
                words=words,
            )
        )

    # -- texts ------------------------------------------------------------------------------

    def state_name(self, state: DossierState) -> str:
        """How a dossier state reads on screen, in the current language."""
        return {
            "received": self.tr("Received"),
            "processing": self.tr("Being processed"),
            "additional_info_required": self.tr("More documents needed"),
            "ready": self.tr("Result ready for collection"),
            "returned": self.tr("Result handed over"),
            "rejected": self.tr("Not accepted"),
            "withdrawn": self.tr("Withdrawn"),
        }[state]

    def _when(self, moment: datetime) -> str:
        return format_moment(moment, self.context.config.office.timezone)

    def _fill_history(self) -> None:
        for step, _event in self._steps:
            self._history.removeWidget(step)
            step.deleteLater()
        self._steps.clear()
        if self.result is None:
            return
        events = sorted(self.result.status.history, key=lambda e: e.at, reverse=True)
        first = self._history.indexOf(self.history_title) + 1  # under the details
        for index, event in enumerate(events, start=first):
            step = plain_label()
            step.setObjectName("historyStep")
            step.setWordWrap(True)
            self._history.insertWidget(index, step)
            self._steps.append((step, event))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Look up a dossier"))
        self.prompt.setText(
            self.tr(
                'Scan the barcode on your receipt, or type the dossier code and touch "Look up".'
            )
        )
        self.code.setPlaceholderText(fill(self.tr("Example: %1"), EXAMPLE_CODE))
        self.search.setText(self.tr("Look up"))
        self.print_button.setText(self.tr("Print status slip"))
        self.another.setText(self.tr("Look up another dossier"))
        self.history_title.setText(self.tr("History"))
        super().retranslate()

    def spoken_guide(self) -> str:
        if self.state == "entry":
            return self.tr(
                "Hold the barcode on your receipt under the scanner, or type the dossier code "
                "printed on it."
            )
        if self.state == "looking":
            return ""
        if self.state in ("found", "not_here"):
            return self.tr(
                "The screen shows where your dossier stands. Ask an officer at the front desk "
                "if you need help."
            )
        return self.tr(
            "This dossier could not be shown. Please check the code and try again, or ask an "
            "officer at the front desk."
        )

    def show_state(self) -> None:
        self.prompt.setVisible(self.state == "entry")
        state = self.state
        messages = {
            "entry": "",
            "looking": fill(self.tr("Looking up dossier %1…"), self.code.text()),
            "unknown": fill(
                self.tr(
                    "No dossier with code %1 was found. Please check the code on "
                    "your receipt; if it is right, ask an officer at the front "
                    "desk."
                ),
                self.code.text(),
            ),
            "invalid": fill(
                self.tr(
                    "This is not a dossier code. A dossier code looks like %1: "
                    "you find it under the barcode on your receipt."
                ),
                EXAMPLE_CODE,
            ),
            "unavailable": fill(
                self.tr(
                    "The kiosk cannot reach the service system now and has no "
                    "earlier status of dossier %1. Please try again later, or "
                    "ask an officer at the front desk."
                ),
                self.code.text(),
            ),
            "found": "",
            "waiting": fill(
                self.tr(
                    "Your application %1 is saved on this kiosk and will be sent to the service "
                    "system as soon as it can be reached. Scan your receipt again later to see "
                    "its dossier code and status."
                ),
                self.code.text(),
            ),
            "refused": fill(
                self.tr(
                    "Your application %1 could not be accepted online. Please take your receipt "
                    "to an officer at the front desk."
                ),
                self.code.text(),
            ),
            "not_here": fill(
                self.tr(
                    "No application with the reference %1 was made on this kiosk. Please ask an "
                    "officer at the front desk."
                ),
                self.code.text(),
            ),
        }
        self.message.setText(messages[state])
        self.message.setVisible(bool(self.message.text()))
        self.message_pictogram.set_state(*MESSAGE_PICTOGRAMS.get(state, ("", "")))
        self.message.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if self.message_pictogram.name()
            else Qt.AlignmentFlag.AlignCenter
        )
        found = state == "found" and self.result is not None
        self.result_box.setVisible(found)
        typing = state in ("entry", "invalid", "unknown", "unavailable")  # the code to mend
        self.keyboard.setVisible(typing)
        self.print_button.setVisible(found)
        self.print_button.setEnabled(not self.printing.busy)
        self.another.setVisible(not typing and state != "looking")  # the field is there
        self.search.setEnabled(state != "looking")
        if not found or self.result is None:
            return
        status = self.result.status
        language = self.context.language.language
        catalogue = self.context.catalogue
        procedure = (
            next((p for p in catalogue.procedures if p.id == status.procedure_id), None)
            if catalogue
            else None
        )
        procedure_name = procedure.display_name(language) if procedure else (status.procedure_name)
        self.state_label.setText(self.state_name(status.status))
        self.state_pictogram.set_state(*DOSSIER_PICTOGRAMS[status.status])
        set_style_state(self.state_label, "state", status.status)
        lines = [
            procedure_name,
            fill(self.tr("Received: %1"), self._when(status.received_at)),
        ]
        if status.due_at is not None:
            lines.append(fill(self.tr("Result due: %1"), self._when(status.due_at)))
        self.summary.setText("\n".join(lines))
        self.freshness.setText(
            ""
            if self.result.live
            else fill(
                self.tr(
                    "The kiosk cannot reach the service system now. This is the last status seen "
                    "here, at %1; it may have changed since."
                ),
                self._when(self.result.seen_at),
            )
        )
        self.freshness.setVisible(bool(self.freshness.text()))
        self.history_title.setVisible(bool(status.history))
        for step, event in self._steps:
            text = f"{self._when(event.at)} — {self.state_name(event.status)}"
            step.setText(f"{text}\n{event.note}" if event.note else text)

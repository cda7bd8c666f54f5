"""Paying a fee (thanh toán phí, lệ phí) by VietQR: choose the procedure, confirm the amount,
then scan the code on screen (or on the printed slip) with a bank app. The kiosk asks the
province every few seconds and shows when the money has arrived.

The payment is queued through the outbox before the code is shown, so the province learns
its reference even when the network is down; only the confirmation needs the network.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.model import Payment, Procedure
from kiosk.domain.wording import fill, format_vnd
from kiosk.services.payments import PaymentIntent, PaymentRefused, Payments
from printers.layouts.payment_slip import build_payment_slip_job
from screens.context import ScreenContext
from screens.navigator import Screen
from screens.paper_words import paper_words
from screens.search_box import SearchBox
from screens.slips import SlipPrinting
from screens.widgets import QrCode, TouchList, heading, plain_label, push_button, scroll_area

POLL_MS = 5000
#: how long after the code is shown the kiosk keeps it up without a touch (the citizen is
#: in their bank app); after that the idle timeout applies again
PAY_WINDOW_S = 300


class PaymentScreen(Screen):
    """choose → confirm → pay (QR, polled) → paid; a refusal is explained."""

    wipe_on_leave = True

    #: emitted on the UI thread with the new step, whenever the step changes
    step_changed = Signal(str)

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.step = "choose"  # choose, confirm, starting, pay, paid, expired, refused
        self.procedure: Procedure | None = None
        self.intent: PaymentIntent | None = None
        self.payment: Payment | None = None
        self.refusal = ""
        self.dossier_code: str | None = None
        self._polling = False
        self._reprint_asked = False  # the print button, waiting for the latest status
        self.title = heading("heading")
        self.prompt = heading("prompt")
        # 28 fees in the sample catalogue: find one by typing
        self.search = SearchBox(context.shared_keyboard)
        self.search.text_changed.connect(self._fill_list)
        self.search.keyboard_shown.connect(lambda _shown: self.show_state())
        self.summary = plain_label()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.list = TouchList()
        self.list.itemClicked.connect(self._chosen)
        self.fees: list[Procedure] = []  # the fees the list shows, best match first
        self.amount = heading("amount")
        self.paid_badge = heading("paidBadge")  # the money arrived: the whole screen says so
        self.paid_badge.hide()
        # never shorter than its text: the pay details above give way (they scroll)
        self.paid_badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.qr = QrCode()
        self.details = heading("ticketDetails")
        self.message = heading("message")
        self.printing = SlipPrinting(context, self)
        self.confirm_button = push_button("actionButton", self._start)
        self.print_button = push_button("secondaryButton", self._reprint)
        self.done_button = push_button("secondaryButton", self._finish)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addStretch(1)
        for button in (self.print_button, self.done_button, self.confirm_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.pay_panel = QWidget()  # the code and what to do with it; hidden while choosing
        pay_row = QHBoxLayout(self.pay_panel)
        pay_row.setContentsMargins(0, 0, 0, 0)
        pay_row.setSpacing(32)
        pay_row.addWidget(self.qr, stretch=2)
        pay_text = QWidget()  # scrolls when large text makes it taller than the code
        pay_text_layout = QVBoxLayout(pay_text)
        pay_text_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.amount, self.details, self.message):
            pay_text_layout.addWidget(label)
        pay_text_layout.addStretch(1)
        pay_row.addWidget(scroll_area(pay_text), stretch=3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.pay_panel, stretch=1)
        layout.addWidget(self.paid_badge, stretch=1)
        layout.addLayout(actions)
        layout.addWidget(self.search.keyboard)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._ask_status)
        context.catalogue_changed.connect(self._fill_list)
        context.display.changed.connect(self._fill_list)
        self._fill_list()

    # -- navigation -------------------------------------------------------------------------

    def enter(self, **params: Any) -> None:
        procedure = params.get("procedure")
        self._reset()
        if isinstance(procedure, Procedure):
            self.procedure = procedure
            code = params.get("dossier_code")
            self.dossier_code = code if isinstance(code, str) else None
            self._set_step("confirm")
        else:
            self._set_step("choose")

    def leave(self) -> None:
        self._poll.stop()

    def wipe(self) -> None:
        self._reset()
        self.search.clear()
        self._set_step("choose")

    def wants_navigation(self) -> bool:
        return self.step != "starting"

    def _reset(self) -> None:
        self._poll.stop()
        self.forget_pending()  # answers still on their way belong to no one now
        self._polling = self._reprint_asked = False
        self.procedure, self.intent, self.payment, self.refusal = None, None, None, ""
        self.dossier_code = None
        self.qr.set_content("")

    # -- steps ------------------------------------------------------------------------------

    def _fill_list(self) -> None:
        """Every procedure with a fee that matches what has been typed, and how many."""
        index = self.context.procedure_index
        language = self.context.language.language
        matches = index.search(self.search.text()) if index is not None else []
        self.fees = [procedure for procedure in matches if procedure.fee_vnd > 0]
        self.list.show_rows(
            [
                (
                    f"{procedure.display_name(language)}\n{format_vnd(procedure.fee_vnd)}",
                    procedure.id,
                )
                for procedure in self.fees
            ]
        )
        if index is None:
            summary = self.tr("The list of fees is not available yet. Please pay at the counter.")
        elif not self.fees:
            summary = fill(
                self.tr('No fee matches "%1". Try fewer or other words.'), self.search.text()
            )
        else:
            summary = self.tr("%n fee(s). Touch the one you want to pay.", "", len(self.fees))
        self.summary.setText(summary)

    def _chosen(self, item: QListWidgetItem) -> None:
        procedure_id = self.list.row_data(item)
        self.procedure = next((p for p in self.fees if p.id == procedure_id), None)
        if self.procedure is not None:
            self.search.show_keyboard(False)
            self._set_step("confirm")

    def _start(self) -> None:
        procedure = self.procedure
        if procedure is None:
            return
        self._set_step("starting")
        payments = self.context.core.payments
        dossier_code = self.dossier_code
        self.run(
            lambda: _start_payment(payments, procedure, dossier_code),
            self._started,
            lambda _failure: self._started("kiosk_error"),
        )

    def _started(self, result: PaymentIntent | PaymentRefused | str) -> None:
        """The payment started, or was refused (a reason code, or the refusal)."""
        if not isinstance(result, PaymentIntent):
            self.refusal = result.reason if isinstance(result, PaymentRefused) else result
            self._set_step("refused")
            return
        self.intent = result
        self.payment = Payment(
            reference=result.reference,
            amount_vnd=result.amount_vnd,
            status="pending",
            updated_at=result.created_at,
        )
        self.qr.set_content(result.qr_payload)
        self._set_step("pay")
        self._print_slip()
        self._poll.start()

    def _ask_status(self) -> None:
        intent = self.intent
        if intent is None or self._polling:
            return
        if (datetime.now(UTC) - intent.created_at).total_seconds() < PAY_WINDOW_S:
            self.activity.emit()  # paying in a bank app is not walking away
        self._polling = True
        payments = self.context.core.payments
        self.run(
            lambda: payments.payment_status(intent.reference),
            self._status,
            lambda _failure: self._status(None),
        )

    def _status(self, payment: Payment | None) -> None:
        self._polling = False
        if payment is not None and self.step == "pay":
            self.payment = payment
            if payment.status == "paid":
                self._poll.stop()
                self._set_step("paid")
            elif payment.status in ("expired", "cancelled"):
                self._poll.stop()
                self._set_step("expired")
        if self._reprint_asked:  # as the province has it now (or as last seen, offline)
            self._reprint_asked = False
            self._print_slip()

    def _reprint(self) -> None:
        """Print the slip again; while paying, once the province has said how the payment
        stands now: money that arrived a moment ago gets the paid slip, not a second code."""
        if self.step != "pay":
            self._print_slip()
            return
        self._reprint_asked = True
        self._ask_status()  # or the answer already on its way prints it

    def _print_slip(self) -> None:
        """The slip of the payment as last seen: with its code only while it is pending; once
        paid it says so (no code to pay twice), once expired or cancelled that it is void."""
        intent, payment, catalogue = self.intent, self.payment, self.context.catalogue
        procedure = self.procedure
        if intent is None or payment is None or catalogue is None or procedure is None:
            return
        office = catalogue.office
        payable = intent.qr_payload if payment.status == "pending" else None
        words = paper_words(self.context.language.language)
        self.printing.start(
            lambda settings: build_payment_slip_job(
                payment, procedure, payable, office, settings, words
            )
        )

    def _finish(self) -> None:
        if self.navigator is not None:
            self.navigator.home()

    def _set_step(self, step: str) -> None:
        self.step = step
        self.show_state()
        self.navigation_changed.emit()
        self.spoken.emit(self.spoken_guide())
        self.step_changed.emit(step)

    # -- texts ------------------------------------------------------------------------------

    def refusal_text(self, reason: str) -> str:
        """Why no payment could be started, for the citizen."""
        return {
            "no_fee": self.tr("This procedure has no fee to pay."),
            "no_account": self.tr(
                "Paying fees is not available at this kiosk yet. Please pay at the counter."
            ),
        }.get(reason, self.tr("This payment cannot be made here. Please pay at the counter."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pay a fee"))
        self.search.set_placeholder(self.tr("Type a few words, e.g. khai sinh"))
        self.confirm_button.setText(self.tr("Show payment code"))
        self.print_button.setText(self.tr("Print the slip again"))
        self.done_button.setText(self.tr("Finish"))
        super().retranslate()

    def spoken_guide(self) -> str:
        return {
            "choose": self.tr(
                "To pay a fee, hold the barcode on your receipt under the scanner, or type its "
                "dossier code."
            ),
            "confirm": self.tr("Check the fee, then touch Show payment code."),
            "pay": self.tr(
                "Open your bank's app, scan the QR code on the screen and confirm the payment."
            ),
            "paid": self.tr("Your payment has been received. Thank you."),
            "expired": self.tr("The time to pay has run out. You can start the payment again."),
            "refused": self.tr(
                "This fee cannot be paid here. Please ask an officer at the front desk."
            ),
        }.get(self.step, "")

    def show_state(self) -> None:
        step = self.step
        language = self.context.language.language
        procedure = self.procedure
        name = procedure.display_name(language) if procedure else ""
        self.prompt.setText(
            {
                "choose": self.tr("Choose the procedure whose fee you want to pay."),
                "confirm": name,
                "starting": name,
                "pay": name,
                "paid": name,
                "expired": name,
                "refused": name,
            }[step]
        )
        intent = self.intent
        amount = intent.amount_vnd if intent else (procedure.fee_vnd if procedure else 0)
        self.amount.setText(
            fill(self.tr("Amount: %1"), format_vnd(amount))
            if step not in ("choose", "refused") and amount
            else ""
        )
        details = ""
        if step == "confirm" and procedure is not None:
            details = procedure.fee
        elif intent is not None and step in ("pay", "paid", "expired"):
            account = intent.account
            details = "\n".join(
                filter(
                    None,
                    (
                        fill(self.tr("Payment reference: %1"), intent.reference),
                        fill(self.tr("Bank transaction: %1"), self.payment.bank_reference)
                        if step == "paid" and self.payment and self.payment.bank_reference
                        else "",
                        fill(self.tr("Account: %1"), account.account_name),
                        account.bank_name,
                    ),
                )
            )
        self.details.setText(details)
        self.message.setText(
            {
                "confirm": self.tr(
                    'Touch "Show payment code", then scan it with your bank '
                    "app. Do not change the amount or the content."
                ),
                "starting": self.tr("Preparing your payment code…"),
                "pay": self.tr(
                    'Open your bank app, choose "Scan QR" and scan this code. A slip '
                    "with the same code is printing. This screen shows when the money "
                    "has arrived."
                ),
                "paid": self.tr("✓ Payment received. Thank you! Keep the slip as your record."),
                "expired": self.tr(
                    "This payment code is no longer valid. Please ask an officer at the front desk."
                ),
                "refused": self.refusal_text(self.refusal),
            }.get(step, "")
        )
        self.paid_badge.setText(
            fill(self.tr("✓ PAID\n%1"), format_vnd(amount)) if step == "paid" else ""
        )
        self.paid_badge.setVisible(step == "paid")
        choosing = step == "choose"
        typing = choosing and self.search.keyboard.isVisibleTo(self)
        for widget in (self.search, self.summary, self.list):
            widget.setVisible(choosing)
        self.pay_panel.setVisible(not choosing)  # the list has the room
        for widget in (self.title, self.prompt):
            widget.setVisible(not typing)  # room for the keyboard
        self.qr.setVisible(step == "pay" and intent is not None)  # paid: nothing to scan
        self.confirm_button.setVisible(step == "confirm")
        self.print_button.setVisible(step in ("pay", "paid"))
        self.done_button.setVisible(step in ("pay", "paid", "expired", "refused"))
        for label in (self.amount, self.details, self.message):
            label.setVisible(bool(label.text()))
        self.prompt.setVisible(bool(self.prompt.text()) and not typing)
        if choosing:
            self._fill_list()


def _start_payment(
    payments: Payments, procedure: Procedure, dossier_code: str | None
) -> PaymentIntent | PaymentRefused:
    """Start a payment of the procedure's fee; a refusal is returned, not raised."""
    try:
        return payments.start_payment(procedure, procedure.fee_vnd, dossier_code)
    except PaymentRefused as refusal:
        return refusal

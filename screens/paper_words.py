"""The printed documents' words in the citizen's language, from the Qt translations.

The layouts know no Qt (``kiosk/domain/paper_words.py`` holds their Vietnamese defaults);
the screens hand them these, made on the UI thread before a slip is laid out off it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.paper_words import PaperWords
from kiosk.domain.wording import Language, WaitUnits


def wait_units() -> WaitUnits:
    """How the current language words an estimated wait (on screen and on paper alike)."""
    translate = QCoreApplication.translate
    return WaitUnits(
        minutes=translate("Paper", "%1 min"),
        hours=translate("Paper", "%1 h"),
        hours_and_half=translate("Paper", "%1 h 30 min"),
    )


def paper_words(language: Language) -> PaperWords:
    """Every printed word in ``language``, the language whose translator is installed."""
    translate = QCoreApplication.translate
    return PaperWords(
        language=language,
        wait=wait_units(),
        dossier_states={
            "received": translate("Paper", "Received"),
            "processing": translate("Paper", "Being processed"),
            "additional_info_required": translate("Paper", "More documents needed"),
            "ready": translate("Paper", "Result ready"),
            "returned": translate("Paper", "Result handed over"),
            "rejected": translate("Paper", "Not accepted"),
            "withdrawn": translate("Paper", "Withdrawn"),
        },
        payment_states={
            "pending": translate("Paper", "Awaiting payment"),
            "paid": translate("Paper", "Paid"),
            "expired": translate("Paper", "Payment expired"),
            "cancelled": translate("Paper", "Cancelled"),
        },
        hotline=translate("Paper", "Hotline: %1"),
        queue_number=translate("Paper", "QUEUE NUMBER"),
        priority=translate("Paper", "PRIORITY"),
        go_to_counter=translate("Paper", "Please go to %1"),
        appointment=translate("Paper", "Appointment %1 · %2"),
        people_ahead=translate("Paper", "Ahead of you: %1"),
        people_ahead_wait=translate("Paper", "Ahead of you: %1, about %2 wait"),
        scan_to_follow=translate("Paper", "Scan to follow the calls"),
        issued_offline=translate("Paper", "Number issued while offline"),
        issued_at=translate("Paper", "Issued at"),
        status_title=translate("Paper", "DOSSIER STATUS"),
        dossier_code=translate("Paper", "Dossier code"),
        status_line=translate("Paper", "Status: %1", "where a dossier stands, on its status slip"),
        status_offline=translate("Paper", "The kiosk is offline: this is the last status it knew"),
        updated_at=translate("Paper", "Updated at"),
        received_at=translate("Paper", "Received at"),
        due_at=translate("Paper", "Result due"),
        history=translate("Paper", "History"),
        printed_at=translate("Paper", "Printed at"),
        receipt_title=translate("Paper", "ONLINE APPLICATION RECEIPT"),
        queued_receipt_title=translate("Paper", "RECEIPT: APPLICATION WAITING TO BE SENT"),
        scan_to_look_up=translate("Paper", "Scan to look up the dossier's status"),
        state_line=translate("Paper", "Status: %1", "of a receipt or payment"),
        queued_explanation=translate(
            "Paper",
            "The application is saved on the kiosk and will be sent by itself when the "
            "network is back. The dossier code is given when the office receives it.",
        ),
        local_reference=translate("Paper", "Reference"),
        keep_receipt=translate(
            "Paper", "Keep this slip and show it to an officer if you need help"
        ),
        made_at=translate("Paper", "Made at"),
        applicant=translate("Paper", "Applicant: %1"),
        fee_line=translate("Paper", "Fees: %1"),
        no_fee=translate("Paper", "No fee"),
        processing_time_line=translate("Paper", "Processing time: %1"),
        payment_title=translate("Paper", "FEE PAYMENT SLIP"),
        amount=translate("Paper", "Amount"),
        amount_line=translate("Paper", "Amount: %1"),
        payment_reference=translate("Paper", "Payment reference"),
        payment_reference_line=translate("Paper", "Payment reference: %1"),
        bank_reference=translate("Paper", "Bank transaction: %1"),
        account=translate("Paper", "Account: %1"),
        scan_to_pay=translate("Paper", "Scan the code with a banking app to pay the fee"),
        paid=translate("Paper", "PAID"),
        paid_at=translate("Paper", "Paid at"),
        paid_thanks=translate(
            "Paper", "Payment received. Thank you! Please keep this slip as proof."
        ),
        no_longer_valid=translate(
            "Paper",
            "This payment code is no longer valid. Please ask an officer at the front desk.",
        ),
        guide_title=translate("Paper", "ADMINISTRATIVE PROCEDURE GUIDE"),
        procedure_code=translate("Paper", "Procedure code: %1"),
        documents=translate("Paper", "Documents to bring"),
        fee=translate("Paper", "Fees"),
        processing_time=translate("Paper", "Processing time"),
        where=translate("Paper", "Where to apply"),
        legal_basis=translate("Paper", "Legal basis"),
        continued=translate("Paper", "%1 (continued)"),
        page=translate("Paper", "Page %1/%2"),
    )

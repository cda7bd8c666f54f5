"""Valid outbox payloads built from a catalogue: for tests, the crash harness and benchmarks.

(A simulator of the kiosk's side of the contract: it builds the kiosk's own payload types.)"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kiosk.domain.model import Catalogue, FormField
from kiosk.domain.payloads import RatingPayload, SubmissionPayload

NAMES = ("Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Hoàng Yến", "Phạm Đức Thắng", "Võ Thị Ánh")


def _value(field: FormField, index: int) -> Any:
    if field.type == "number":
        return field.min if field.min is not None else 1
    if field.type == "date":
        return "2026-01-15"
    if field.type == "select":
        return field.options[0].value
    if field.type == "checkbox":
        return True
    if field.type == "phone":
        return f"0905{index % 1_000_000:06d}"
    if field.type == "cccd":
        return f"048095{index % 1_000_000:06d}"
    text = NAMES[index % len(NAMES)]
    return text[: field.max_length] if field.max_length else text


def submission(catalogue: Catalogue, index: int) -> SubmissionPayload:
    """A complete submission of the catalogue's ``index % len(forms)``-th form."""
    form = catalogue.forms[index % len(catalogue.forms)]
    now = datetime.now(UTC).isoformat()
    return SubmissionPayload.model_validate(
        {
            "procedure_id": form.procedure_id,
            "form_id": form.id,
            "submitted_at": now,
            "consent": {"given": True, "version": form.consent_version, "at": now},
            "applicant": {
                "full_name": NAMES[index % len(NAMES)],
                "id_number": f"048095{index % 1_000_000:06d}",
                "phone": None,
            },
            "data": {field.id: _value(field, index) for field in form.fields},
        }
    )


def rating(catalogue: Catalogue, score: int, index: int = 0, **changes: Any) -> RatingPayload:
    """A rating of one of the catalogue's counters (``changes``: fields set otherwise)."""
    counter = catalogue.counters[index % len(catalogue.counters)]
    return RatingPayload.model_validate(
        {
            "counter_id": counter.id,
            "score": score,
            "reason": "",
            "ticket_number": None,
            "rated_at": datetime.now(UTC).isoformat(),
            **changes,
        }
    )

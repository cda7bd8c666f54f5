"""What the outbox delivers: one typed payload per kind of item (a discriminated union).

Each payload is what the province receives for its item, field for field (the kiosk id is
added by the API client). Payloads are kept in ``outbox.db`` as JSON without their ``kind``
(the item's own column) and read back through :func:`read_payload`; one that does not
validate never heals, so the sync engine makes it a dead letter for a technician. Times stay
the strings they were queued as, so a payload sent again after a restart or an upgrade is
byte for byte the one sent first (the province compares retries with the first request).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from kiosk.domain.codes import TICKET_NUMBER
from kiosk.domain.model import Identifier

Reason = Annotated[str, Field(max_length=500)]
Moment = Annotated[str, Field(min_length=10, max_length=40)]
TicketNumber = Annotated[str, Field(pattern=TICKET_NUMBER)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def body(self, **exclude: bool) -> dict[str, Any]:
        """The request body: the payload as queued, without its kind (and ``exclude``)."""
        return self.model_dump(
            mode="json",
            exclude_unset=True,
            exclude={"kind", *(name for name, out in exclude.items() if out)},
        )


class PrintResultPayload(_Payload):
    """Whether a ticket the province issued reached paper."""

    kind: Literal["print_result"] = "print_result"
    ticket_id: Annotated[str, Field(min_length=1, max_length=64)]
    printed: bool
    reason: Reason


class OfflineTicketPayload(_Payload):
    """A ticket this kiosk issued from a leased block while the province was unreachable."""

    kind: Literal["offline_ticket"] = "offline_ticket"
    block_id: Annotated[str, Field(max_length=64)]  # never refused here: a print is recorded
    ticket_id: Identifier
    number: TicketNumber
    field_id: Identifier
    priority: bool
    issued_at: Moment
    printed: bool
    reason: Reason
    appointment_code: Annotated[str, Field(pattern=r"^LH[0-9A-Z]{6}$")] | None = None
    """The booking the ticket checked in, if any."""


class TicketVoidPayload(_Payload):
    """A number the province may have issued whose answer never arrived: replay the request
    under its key and report that number as not printed."""

    kind: Literal["ticket_void"] = "ticket_void"
    ticket_key: Annotated[str, Field(min_length=8, max_length=64)]
    field_id: Identifier
    priority: bool
    reason: Reason


class Consent(_Payload):
    """The applicant's consent to personal-data processing (Decree 13/2023/NĐ-CP)."""

    given: Literal[True]
    version: Annotated[str, Field(min_length=1, max_length=40)]
    at: Moment


class Applicant(_Payload):
    """Who submits."""

    full_name: Annotated[str, Field(min_length=1, max_length=100)]
    id_number: Annotated[str, Field(pattern=r"^[0-9]{12}$")]
    phone: Annotated[str, Field(max_length=12)] | None


class SubmissionPayload(_Payload):
    """An online-service submission with the applicant's consent."""

    kind: Literal["submission"] = "submission"
    procedure_id: Identifier
    form_id: Identifier
    local_reference: Annotated[str, Field(max_length=80)] | None = None
    submitted_at: Moment
    consent: Consent
    applicant: Applicant
    data: dict[str, str | bool | int | float | None]


class RatingPayload(_Payload):
    """A citizen's rating of a counter."""

    kind: Literal["rating"] = "rating"
    counter_id: Identifier
    score: Annotated[int, Field(ge=1, le=4)]
    reason: Reason
    ticket_number: TicketNumber | None
    rated_at: Moment


class PaymentPayload(_Payload):
    """A fee payment the citizen is about to make by VietQR."""

    kind: Literal["payment"] = "payment"
    reference: Annotated[str, Field(pattern=r"^[A-Z0-9]{6,25}$")]
    procedure_id: Identifier
    amount_vnd: Annotated[int, Field(ge=1, le=1_000_000_000_000)]
    dossier_code: Annotated[str, Field(max_length=64)] | None


OutboxPayload = Annotated[
    PrintResultPayload
    | OfflineTicketPayload
    | TicketVoidPayload
    | SubmissionPayload
    | RatingPayload
    | PaymentPayload,
    Field(discriminator="kind"),
]
ItemKind = Literal[
    "print_result", "offline_ticket", "ticket_void", "submission", "rating", "payment"
]
_PAYLOADS: TypeAdapter[OutboxPayload] = TypeAdapter(OutboxPayload)


def read_payload(kind: str, stored: str) -> OutboxPayload:
    """The typed payload of an item of ``kind`` as ``outbox.db`` keeps it; ValueError (a
    pydantic ValidationError) when it is not a valid payload of that kind."""
    data = json.loads(stored)
    if not isinstance(data, dict):
        raise ValueError(f"the stored payload is {type(data).__name__}, not an object")
    return _PAYLOADS.validate_python({**data, "kind": kind})


def stored_form(payload: OutboxPayload) -> str:
    """``payload`` as ``outbox.db`` keeps it (JSON without its kind)."""
    return json.dumps(payload.body(), ensure_ascii=False)

"""Online submissions (nộp hồ sơ trực tuyến): checked, queued, delivered exactly once.

:meth:`Submissions.submit` checks the form and the applicant (``kiosk.services.forms``), writes the
submission to the outbox in one transaction under a local reference the citizen can read
(``<kiosk id>.<epoch>-YYMMDD-NNNN``: numbered per kiosk, epoch and office day; the epoch
makes it unique for the kiosk's whole life, see ``kiosk.stores.outbox``), wakes the sync engine and
waits a few seconds for the province's answer. Online, the answer is the receipt with the
dossier code. Otherwise the submission stays queued: the sync engine delivers it whenever
the province can be reached, with the same idempotency key however often it must try, and
the citizen takes a slip with the local reference, which the province also receives.

The payload records the applicant's consent to personal-data processing (Decree
13/2023/NĐ-CP): that it was given, the version of the consent text shown (the form's
``consent_version``) and when. Once the province has the submission, the applicant's details
and the form data are erased from ``outbox.db`` (see ``kiosk.stores.outbox``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from kiosk.domain.model import FormField, ServiceForm, SubmissionReceipt
from kiosk.domain.payloads import SubmissionPayload
from kiosk.services.forms import FieldProblem, RawValue, validate_form
from kiosk.stores.outbox import Outbox, OutboxItem
from kiosk.sync.engine import SyncEngine

DEFAULT_WAIT_S = 8.0
"""How long :meth:`Submissions.submit` waits for the province before calling it queued."""

APPLICANT_FIELDS: tuple[FormField, ...] = (
    FormField(
        id="full_name",
        label="Họ, chữ đệm và tên người nộp hồ sơ",
        label_en="Applicant's full name",
        type="text",
        required=True,
        max_length=100,
        prefill="full_name",
    ),
    FormField(
        id="id_number",
        label="Số định danh cá nhân của người nộp hồ sơ",
        label_en="Applicant's personal ID number",
        type="cccd",
        required=True,
        prefill="id_number",
    ),
    FormField(
        id="phone",
        label="Số điện thoại của người nộp hồ sơ",
        label_en="Applicant's phone number",
        type="phone",
    ),
)
"""Who submits: the API's ``applicant``, checked and prefilled like a form's fields."""


class SubmissionInvalid(ValueError):
    """The form or the applicant has problems (by field id; see ``kiosk.services.forms``)."""

    def __init__(
        self, problems: dict[str, FieldProblem], applicant_problems: dict[str, FieldProblem]
    ) -> None:
        super().__init__(
            f"form fields {sorted(problems)}, applicant fields {sorted(applicant_problems)}"
        )
        self.problems = problems
        self.applicant_problems = applicant_problems


@dataclass(frozen=True)
class SubmissionOutcome:
    """What became of a submission while the citizen waited.

    ``receipt``: the province's, with the dossier code, once it received the submission.
    ``refused``: the province refused it for good (a dead letter for a technician): the
    citizen should take it to a counter.
    """

    key: str
    local_reference: str
    submitted_at: datetime
    receipt: SubmissionReceipt | None = None
    refused: bool = False

    @property
    def state(self) -> Literal["received", "queued", "refused"]:
        """received (a dossier code to print), queued (a local reference) or refused."""
        if self.receipt is not None:
            return "received"
        return "refused" if self.refused else "queued"


class Submissions:
    """Queues citizens' submissions and waits briefly for the province's receipt."""

    def __init__(
        self,
        outbox: Outbox,
        sync: SyncEngine,
        *,
        kiosk_id: str,
        zone: ZoneInfo,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._outbox = outbox
        self._sync = sync
        self._kiosk_id = kiosk_id
        self._zone = zone
        self._clock = clock

    def submit(
        self,
        form: ServiceForm,
        raw_values: Mapping[str, RawValue],
        raw_applicant: Mapping[str, RawValue],
        *,
        consent_at: datetime,
        timeout_s: float = DEFAULT_WAIT_S,
    ) -> SubmissionOutcome:
        """Queue a submission of ``form`` and wait up to ``timeout_s`` for the province.

        ``raw_values`` and ``raw_applicant`` (by field id of the form and of
        ``APPLICANT_FIELDS``) are what the citizen entered; ``consent_at`` (aware) is when
        they accepted the form's consent text. Raises SubmissionInvalid when anything is
        wrong with them; then nothing is queued. Blocking: call it off the UI thread.
        """
        if consent_at.utcoffset() is None:
            raise ValueError("consent_at must be an aware datetime")
        now = self._clock().astimezone(UTC)
        today = now.astimezone(self._zone).date()
        data, problems = validate_form(form, raw_values, today=today)
        applicant, applicant_problems = validate_form(APPLICANT_FIELDS, raw_applicant, today=today)
        if problems or applicant_problems:
            raise SubmissionInvalid(problems, applicant_problems)

        def payload(reference: str) -> SubmissionPayload:
            return SubmissionPayload.model_validate(
                {
                    "procedure_id": form.procedure_id,
                    "form_id": form.id,
                    "local_reference": reference,
                    "submitted_at": now.isoformat(),
                    "consent": {
                        "given": True,
                        "version": form.consent_version,
                        "at": consent_at.astimezone(UTC).isoformat(),
                    },
                    "applicant": applicant,
                    "data": data,
                }
            )

        queued = self._outbox.enqueue_numbered(
            "submission", lambda epoch: f"{self._kiosk_id[:60]}.{epoch}-{today:%y%m%d}-", payload
        )
        reference = str(queued.reference)
        self._sync.wake()
        item = self._outbox.wait_for_outcome(queued.key, timeout_s)
        return replace(_outcome(item, reference), submitted_at=now)

    def outcome_of(self, reference: str) -> SubmissionOutcome | None:
        """What became of the submission a receipt printed offline names by its local
        reference (None: no submission of this kiosk has it)."""
        item = self._outbox.item_by_reference(reference)
        return _outcome(item, reference) if item and item.kind == "submission" else None


def _outcome(item: OutboxItem, reference: str) -> SubmissionOutcome:
    """What became of a queued submission, as its outbox item tells it."""
    receipt = _receipt(item.response) if item.state == "delivered" else None
    refused = item.state in ("dead", "discarded")
    return SubmissionOutcome(item.key, reference, item.created_at, receipt, refused=refused)


def _receipt(response: str | None) -> SubmissionReceipt | None:
    """The province's receipt as the outbox kept it; None when its answer was unreadable
    (the province has the submission, but there is no dossier code to print)."""
    try:
        return SubmissionReceipt.model_validate_json(response or "")
    except ValidationError:
        return None

"""Domain types shared by the core, the printers and the screens.

They are also the typed models that every provincial API response is validated into, so a
malformed response is rejected before anything else sees it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal, get_args

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from kiosk.domain.appointments import Appointment, CheckInRule
from kiosk.domain.codes import TICKET_NUMBER
from kiosk.domain.opening_hours import OpeningHours
from kiosk.domain.wording import Language
from kiosk.languages import LANGUAGES, language_info

ShortText = Annotated[str, Field(min_length=1, max_length=300)]
Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,64}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


CATALOGUE_SUFFIXES = frozenset(
    language.catalogue_suffix for language in LANGUAGES if language.catalogue_suffix
)
"""The languages the catalogue may name things in, besides Vietnamese (``name_en``)."""
TRANSLATION_MAX_LENGTH = 8000
"""The longest translation kept when its field sets no limit of its own."""


class Localised(_Model):
    """Catalogue texts in Vietnamese, each with its translations beside it as
    ``<field>_<language>``: ``name_en`` (declared), ``name_km`` (any language of
    ``kiosk.languages``, kept as it comes, within the field's own length). Any other field
    the province adds is ignored."""

    model_config = ConfigDict(extra="allow", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _translations_only(cls, data: object) -> object:
        if not isinstance(data, dict):
            return data
        fields = cls.model_fields
        kept = {}
        for key, value in data.items():
            base, _, suffix = str(key).rpartition("_")
            if key in fields:
                kept[key] = value
            elif suffix in CATALOGUE_SUFFIXES and base in fields and f"{base}_en" in fields:
                limit = next(
                    (
                        rule.max_length
                        for rule in fields[base].metadata
                        if isinstance(getattr(rule, "max_length", None), int)
                    ),
                    TRANSLATION_MAX_LENGTH,
                )
                if not isinstance(value, str) or len(value) > limit:
                    raise ValueError(f"{key}: expected text of at most {limit} characters")
                kept[key] = value
        return kept

    def localised(self, field: str, language: Language) -> str:
        """The text of ``field`` in ``language`` where the catalogue has it, else in
        Vietnamese."""
        suffix = language_info(language).catalogue_suffix
        translated = getattr(self, f"{field}_{suffix}", None) if suffix else None
        return translated or str(getattr(self, field))


class Bilingual(Localised):
    """Something with a Vietnamese name, and names in other languages."""

    name: ShortText
    name_en: ShortText | None = None

    def display_name(self, language: Language) -> str:
        """The name in the kiosk's current language (Vietnamese when no translation)."""
        return self.localised("name", language)


class PaymentAccount(_Model):
    """The province's bank account that collects fees: what a VietQR code pays into."""

    bank_bin: Annotated[str, Field(pattern=r"^[0-9]{6}$")]
    account: Annotated[str, Field(pattern=r"^[A-Za-z0-9]{1,19}$")]
    account_name: ShortText
    bank_name: Annotated[str, Field(max_length=100)] = ""


TicketFact = Literal["counter", "people_ahead", "tracking_qr", "issued_at"]
"""A line of the queue ticket an office may leave out (the number and field always show)."""
PNG_SIGNATURE_BASE64 = "iVBORw0KGgo"
"""How every base64-encoded PNG file starts."""
MAX_LOGO_BASE64 = 96_000
"""A logo for a 58–80 mm ticket needs far less; anything larger is not a logo."""


def _a_png_or_nothing(value: object) -> str | None:
    """The logo if it looks like a base64 PNG; otherwise none (the ticket prints without it
    rather than the whole catalogue being refused)."""
    if (
        isinstance(value, str)
        and value.startswith(PNG_SIGNATURE_BASE64)
        and len(value) <= MAX_LOGO_BASE64
    ):
        return value
    return None


def _known_facts(value: object) -> tuple[str, ...]:
    """The facts to hide that the kiosk knows (a newer province's others are ignored)."""
    known = get_args(TicketFact)
    items = value if isinstance(value, (list, tuple)) else ()
    return tuple(item for item in items if item in known)


def _lines(value: object) -> object:
    """At most three non-empty lines (more is the province's mistake: the rest is dropped)."""
    if not isinstance(value, (list, tuple)):
        return value
    return tuple(line[:300] for line in value if isinstance(line, str) and line.strip())[:3]


def _hours_or_none(value: object) -> OpeningHours | None:
    """The opening hours if they read as such; otherwise none (numbers are given at any
    time, and the province still refuses outside its hours) rather than the whole office or
    field being refused."""
    if value is None or isinstance(value, OpeningHours):
        return value
    try:
        return OpeningHours.model_validate(value)
    except ValidationError:
        return None


Hours = Annotated[OpeningHours | None, BeforeValidator(_hours_or_none)]
WEB_ADDRESS = re.compile(r"https?://\S{1,300}")


def _web_address_or_none(value: object) -> str | None:
    """An http(s) address as given; anything else is none (not shown) rather than the
    whole office refused."""
    return value if isinstance(value, str) and WEB_ADDRESS.fullmatch(value) else None


def _rule_or_default(value: object) -> object:
    """The office's check-in rule if it reads as one; otherwise the default windows."""
    try:
        return CheckInRule.model_validate(value or {})
    except ValidationError:
        return CheckInRule()


class TicketStyle(_Model):
    """How an office's queue tickets look around the number, as the province sets it.

    ``header_lines`` print above the office's name (e.g. the people's committee), the logo
    (a base64 PNG, printed dithered in black and white) above them, ``footer_lines`` at the
    end; ``hide`` leaves out facts the office does not want on paper. Without any of it the
    ticket is the kiosk's own: the office's name and every fact, nothing more (each line of
    raster text costs about a kilobyte, and half a second at 19200 baud).
    """

    header_lines: Annotated[tuple[ShortText, ...], BeforeValidator(_lines)] = ()
    footer_lines: Annotated[tuple[ShortText, ...], BeforeValidator(_lines)] = ()
    logo_png: Annotated[str | None, BeforeValidator(_a_png_or_nothing)] = None
    hide: Annotated[tuple[TicketFact, ...], BeforeValidator(_known_facts)] = ()

    def shows(self, fact: TicketFact) -> bool:
        """Whether ``fact`` goes on the ticket."""
        return fact not in self.hide


class Office(Bilingual):
    """The one-stop office (Trung tâm Phục vụ hành chính công) where the kiosk stands.

    ``payment_account``: where citizens pay fees by VietQR; None when the office takes no
    payments at the kiosk.
    """

    id: Identifier
    province: ShortText
    address: ShortText
    hotline: Annotated[str, Field(max_length=40)] = ""
    timezone: ShortText = "Asia/Ho_Chi_Minh"
    opening_hours: Annotated[str, Field(max_length=300)] = ""
    opening_hours_en: Annotated[str, Field(max_length=300)] = ""
    payment_account: PaymentAccount | None = None
    ticket: TicketStyle = TicketStyle()
    hours: Hours = None
    search_synonyms: Annotated[dict[ShortText, ShortText], Field(max_length=2000)] = {}
    """Words citizens search with, and the catalogue's words they mean ("sổ đỏ": "giấy
    chứng nhận quyền sử dụng đất"): added to the kiosk's own (``kiosk.input.search_words``),
    over them where they say the same words."""
    """When the office gives queue numbers; None: at any time."""
    check_in: Annotated[CheckInRule, BeforeValidator(_rule_or_default)] = CheckInRule()
    """How early and how late a booking may be checked in at the kiosk."""
    booking_url: Annotated[str | None, BeforeValidator(_web_address_or_none)] = None
    """Where citizens book an appointment online (offered as a QR code when a field's
    numbers for the day are all given)."""


class Counter(Bilingual):
    """A service counter (quầy) where officials call tickets."""

    id: Identifier
    number: Annotated[int, Field(ge=1, le=999)]
    field_ids: tuple[Identifier, ...] = ()


class ServiceField(Bilingual):
    """A field of administrative procedures (lĩnh vực); each has its own ticket queue."""

    id: Identifier
    queue_prefix: Annotated[str, Field(pattern=r"^[A-Z]$")]
    description: Annotated[str, Field(max_length=300)] = ""
    description_en: Annotated[str, Field(max_length=300)] = ""
    hours: Hours = None
    """The field's own weekly hours, if they differ from the office's (its closed days too)."""

    def display_description(self, language: Language) -> str:
        """The one-line description in the current language."""
        return self.localised("description", language)


class Procedure(Bilingual):
    """An administrative procedure (thủ tục hành chính)."""

    id: Identifier
    code: Annotated[str, Field(max_length=40)]
    field_id: Identifier
    online_level: Annotated[str, Field(max_length=40)] = ""
    processing_time: Annotated[str, Field(max_length=1000)] = ""
    fee: Annotated[str, Field(max_length=1000)] = ""
    fee_vnd: Annotated[int, Field(ge=0)] = 0
    documents: tuple[Annotated[str, Field(max_length=1000)], ...] = ()
    legal_basis: tuple[Annotated[str, Field(max_length=1000)], ...] = ()
    where: Annotated[str, Field(max_length=1000)] = ""


class Announcement(Localised):
    """A notice from the province shown while the kiosk is idle."""

    id: Identifier
    kind: Literal["notice", "fraud_warning", "schedule"]
    title: ShortText
    body: Annotated[str, Field(max_length=4000)]
    title_en: Annotated[str, Field(max_length=300)] = ""
    body_en: Annotated[str, Field(max_length=4000)] = ""
    valid_from: date | None = None
    valid_to: date | None = None

    def shown_on(self, day: date) -> bool:
        """Whether the notice is valid on the office day ``day`` (both ends included)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class FormOption(Localised):
    """One choice of a select field."""

    value: Annotated[str, Field(min_length=1, max_length=100)]
    label: ShortText
    label_en: Annotated[str, Field(max_length=300)] = ""


PrefillSource = Literal["id_number", "full_name", "birth_date", "gender", "address"]
"""What a form field may take from the applicant's citizen ID card (CCCD) QR."""


class FormField(Localised):
    """One input of an online-service form, as the province defines it.

    ``prefill`` names the ID card datum the field is filled with when the applicant scans
    their card (after they confirm). The province sets it only on fields that describe the
    applicant themself, never on another person's (a child's name on a birth form).
    """

    id: Identifier
    label: ShortText
    label_en: Annotated[str, Field(max_length=300)] = ""
    type: Literal["text", "number", "date", "select", "checkbox", "phone", "cccd"]
    required: bool = False
    max_length: Annotated[int, Field(ge=1, le=4000)] | None = None
    min: float | None = None
    max: float | None = None
    options: tuple[FormOption, ...] = ()
    help: Annotated[str, Field(max_length=1000)] = ""
    help_en: Annotated[str, Field(max_length=1000)] = ""
    prefill: PrefillSource | None = None


class ServiceForm(Localised):
    """The form of an online service (dịch vụ công trực tuyến) for one procedure."""

    id: Identifier
    procedure_id: Identifier
    title: ShortText
    title_en: Annotated[str, Field(max_length=300)] = ""
    consent_version: Annotated[str, Field(min_length=1, max_length=40)]
    consent_text: Annotated[str, Field(min_length=1, max_length=8000)]
    consent_text_en: Annotated[str, Field(max_length=8000)] = ""
    fields: tuple[FormField, ...]


class Catalogue(_Model):
    """Everything the kiosk shows that the province defines."""

    office: Office
    counters: tuple[Counter, ...]
    fields: tuple[ServiceField, ...]
    procedures: tuple[Procedure, ...] = ()
    announcements: tuple[Announcement, ...] = ()
    forms: tuple[ServiceForm, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    """Bookings the province has published (today's and the next days')."""

    def field(self, field_id: str) -> ServiceField | None:
        """The field with this id, if the catalogue has it."""
        return next((f for f in self.fields if f.id == field_id), None)

    def ticket_hours(self, field_id: str) -> OpeningHours | None:
        """When the field gives numbers: its own hours (with the office's closed days) or
        the office's; None: at any time."""
        field = self.field(field_id)
        office = self.office.hours
        if field is not None and field.hours is not None:
            return field.hours.with_closed_days(office.closed_days) if office else field.hours
        return office

    def appointment(self, code: str) -> Appointment | None:
        """The booking with this (normalised) code, if the catalogue has it."""
        return next((a for a in self.appointments if a.id == code), None)


class QueueCall(_Model):
    """A ticket a counter called: what a calling board shows and says."""

    number: Annotated[str, Field(pattern=TICKET_NUMBER)]
    counter_number: Annotated[int, Field(ge=0, le=999)]
    field_id: Identifier
    called_at: AwareDatetime
    calls: Annotated[int, Field(ge=1, le=1000)] = 1
    """1 for the first call, more each time the counter calls it again."""


class CounterServing(_Model):
    """A counter and the ticket it serves now, if any."""

    id: Identifier
    number: Annotated[int, Field(ge=1, le=999)]
    name: ShortText
    serving: QueueCall | None = None


class QueueState(_Model):
    """Today's queue as the province sees it, for a calling board."""

    server_time: AwareDatetime
    counters: tuple[CounterServing, ...]
    recent_calls: tuple[QueueCall, ...] = ()
    waiting: dict[str, Annotated[int, Field(ge=0)]] = {}


class BookedSlot(_Model):
    """The booking a ticket was checked in for: its code and its time."""

    code: Annotated[str, Field(pattern=r"^LH[0-9A-Z]{6}$")]
    starts_at: AwareDatetime


class IssuedTicket(_Model):
    """A queue number for one citizen: issued by the province, or offline from a leased block.

    Offline tickets have no queue length or tracking link until the province hears of them.
    """

    id: Identifier
    number: Annotated[str, Field(pattern=TICKET_NUMBER)]
    field_id: Identifier
    field_name: ShortText
    counter: Counter
    issued_at: AwareDatetime
    people_ahead: Annotated[int, Field(ge=0, le=100_000)] | None
    track_url: Annotated[str, Field(pattern=r"^https?://\S{1,300}$")] | None
    estimated_wait_min: Annotated[int, Field(ge=0, le=100_000)] | None = None
    """About how long the people ahead take, as the province estimates it."""
    priority: bool = False
    offline: bool = False
    appointment: BookedSlot | None = None
    """The booking this ticket checked in, if any."""

    def local_time(self, timezone: str) -> datetime:
        """The issue time in the office's time zone."""
        from zoneinfo import ZoneInfo

        return self.issued_at.astimezone(ZoneInfo(timezone))


class TicketBlock(_Model):
    """Sequence numbers of one field's queue on one day, leased to this kiosk for offline use."""

    id: Identifier
    field_id: Identifier
    queue_prefix: Annotated[str, Field(pattern=r"^[A-Z]$")]
    day: date
    first: Annotated[int, Field(ge=1, le=9999)]
    last: Annotated[int, Field(ge=1, le=9999)]
    kiosk_id: Identifier


DossierState = Literal[
    "received",
    "processing",
    "additional_info_required",
    "ready",
    "returned",
    "rejected",
    "withdrawn",
]


class DossierEvent(_Model):
    """One step in a dossier's history."""

    at: AwareDatetime
    status: DossierState
    note: Annotated[str, Field(max_length=2000)] = ""


class DossierStatus(_Model):
    """Where a citizen's dossier (hồ sơ) stands, as the province last said."""

    code: Annotated[str, Field(min_length=1, max_length=64)]
    procedure_id: Identifier
    procedure_name: ShortText
    status: DossierState
    received_at: AwareDatetime
    due_at: AwareDatetime | None = None
    updated_at: AwareDatetime
    history: tuple[DossierEvent, ...] = ()


class SubmissionReceipt(_Model):
    """The province's acknowledgement of an online submission."""

    dossier_code: Annotated[str, Field(min_length=1, max_length=64)]
    procedure_id: Identifier
    status: DossierState
    received_at: AwareDatetime
    due_at: AwareDatetime | None = None
    """When the result is due, if the province says (older provinces do not)."""


PaymentStatus = Literal["pending", "paid", "expired", "cancelled"]


class Payment(_Model):
    """A fee payment and whether the province has seen the money arrive."""

    reference: Annotated[str, Field(pattern=r"^[A-Z0-9]{6,25}$")]
    amount_vnd: Annotated[int, Field(gt=0)]
    status: PaymentStatus
    paid_at: AwareDatetime | None = None
    updated_at: AwareDatetime
    bank_reference: Annotated[str, Field(max_length=40)] = ""
    """The bank's own reference of the transfer, once paid (for the citizen's records)."""

"""Fee payments by VietQR (thanh toán phí, lệ phí).

:meth:`Payments.start_payment` gives the citizen a payment reference, the dynamic VietQR code
that pays the exact amount into the province's collection account (``Office.
payment_account``) with the reference as the transfer's purpose, and queues the payment for
the province in the same step, so the province learns the reference even when it cannot be
reached now. :meth:`Payments.payment_status` asks the province whether the money arrived.

A reference is 6–25 capital letters and digits: the kiosk's code, the outbox's epoch (three
characters drawn at random when the kiosk process first numbers something: see
``kiosk.stores.outbox``), the office day YYMMDD and the sequence of that series (``KIOSK1`` ``K7Q``
``261120`` ``0001``), so no reference is ever given twice, even after a lost outbox. The
kiosk's code is its id when that is 1–12 capital letters and digits; otherwise the first 7
letters and digits of the id and 5 characters of a hash of it, so different ids keep
different codes.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from kiosk.domain.model import Catalogue, Payment, PaymentAccount, Procedure
from kiosk.domain.payloads import PaymentPayload
from kiosk.input.scans import DOSSIER_CODE
from kiosk.input.vietqr import build_payload
from kiosk.stores.outbox import Outbox
from kiosk.sync.api import ApiError, ProvinceApi
from kiosk.sync.engine import SyncEngine

log = logging.getLogger(__name__)

MAX_AMOUNT_VND = 1_000_000_000_000
"""The most the API takes for one payment."""

RefusalReason = Literal["no_fee", "no_account", "bad_amount", "bad_dossier_code"]


class PaymentRefused(ValueError):
    """No payment can be started: ``reason`` says why.

    - no_fee: the procedure costs nothing;
    - no_account: the office has no collection account (or no catalogue arrived yet);
    - bad_amount: not a whole number of đồng from 1 to ``MAX_AMOUNT_VND``;
    - bad_dossier_code: not a dossier code.
    """

    def __init__(self, reason: RefusalReason) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PaymentIntent:
    """A fee payment about to be made: what the screen shows and the slip prints."""

    key: str
    reference: str
    procedure_id: str
    procedure_name: str
    amount_vnd: int
    dossier_code: str | None
    account: PaymentAccount
    qr_payload: str
    created_at: datetime


class Payments:
    """Starts fee payments and asks the province about them."""

    def __init__(
        self,
        api: ProvinceApi,
        outbox: Outbox,
        sync: SyncEngine,
        catalogue: Callable[[], Catalogue | None],
        *,
        kiosk_id: str,
        zone: ZoneInfo,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._api = api
        self._outbox = outbox
        self._sync = sync
        self._catalogue = catalogue
        self._code = kiosk_code(kiosk_id)
        self._zone = zone
        self._clock = clock

    def start_payment(
        self, procedure: Procedure, amount_vnd: int, dossier_code: str | None = None
    ) -> PaymentIntent:
        """Start paying ``amount_vnd`` for ``procedure`` (and its dossier, if one was opened).

        Queues the payment for the province and returns the reference and VietQR code;
        raises PaymentRefused when no payment can be made. Local: does not wait.
        """
        if procedure.fee_vnd <= 0:
            raise PaymentRefused("no_fee")
        catalogue = self._catalogue()
        account = catalogue.office.payment_account if catalogue else None
        if account is None:
            raise PaymentRefused("no_account")
        if (
            isinstance(amount_vnd, bool)
            or not isinstance(amount_vnd, int)
            or not 1 <= amount_vnd <= MAX_AMOUNT_VND
        ):
            raise PaymentRefused("bad_amount")
        if dossier_code is not None and not DOSSIER_CODE.fullmatch(dossier_code):
            raise PaymentRefused("bad_dossier_code")
        now = self._clock().astimezone(UTC)

        def payload(reference: str) -> PaymentPayload:
            return PaymentPayload(
                reference=reference,
                procedure_id=procedure.id,
                amount_vnd=amount_vnd,
                dossier_code=dossier_code,
            )

        day = now.astimezone(self._zone)
        item = self._outbox.enqueue_numbered(
            "payment", lambda epoch: f"{self._code}{epoch}{day:%y%m%d}", payload
        )
        self._sync.wake()
        reference = str(item.reference)
        qr_payload = build_payload(
            bank_bin=account.bank_bin,
            account=account.account,
            amount_vnd=amount_vnd,
            reference=reference,
        )
        return PaymentIntent(
            item.key,
            reference,
            procedure.id,
            procedure.name,
            amount_vnd,
            dossier_code,
            account,
            qr_payload,
            now,
        )

    def payment_status(self, reference: str) -> Payment | None:
        """The payment as the province knows it now; None when it cannot say (offline, or
        it has not yet heard of the payment). Blocking (network): call off the UI thread."""
        try:
            return self._api.payment(reference)
        except ApiError as exc:
            log.info("payment %s: no status from the province: %s", reference, exc)
            return None


def kiosk_code(kiosk_id: str) -> str:
    """The kiosk's part of its payment references (1–12 capital letters and digits)."""
    if re.fullmatch(r"[A-Z0-9]{1,12}", kiosk_id):
        return kiosk_id
    letters = re.sub(r"[^A-Z0-9]", "", kiosk_id.upper())[:7]
    digest = base64.b32encode(hashlib.sha256(kiosk_id.encode()).digest()).decode()
    return letters + digest[:5]

"""Fee payments against the real simulator: references, VietQR codes, status from the bank."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.core import KioskCore
from kiosk.domain.codes import EPOCH_ALPHABET, EPOCH_LENGTH
from kiosk.domain.model import Catalogue, Procedure
from kiosk.domain.paper_words import VIETNAMESE
from kiosk.input.vietqr import parse_payload
from kiosk.services.payments import PaymentRefused, Payments, kiosk_code
from printers.job import JobSettings
from printers.layouts.payment_slip import build_payment_slip_job
from printers.vietnamese import decode_cp1258
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from tests.contract import contract

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
DOSSIER = "000.00.17.H17-261120-0001"


def synced(core: KioskCore) -> Catalogue:
    assert core.sync.run_cycle() is None
    catalogue = core.catalogue()
    assert catalogue is not None
    return catalogue


def procedure(catalogue: Catalogue, procedure_id: str) -> Procedure:
    return next(p for p in catalogue.procedures if p.id == procedure_id)


def test_a_payment_gets_a_reference_and_a_vietqr_code_for_the_exact_amount(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    catalogue = synced(core)
    extract = procedure(catalogue, "ho-tich-trich-luc")
    intent = core.payments.start_payment(extract, 2 * extract.fee_vnd, DOSSIER)
    stamp = f"{datetime.now(ZONE):%y%m%d}"
    epoch = f"[{EPOCH_ALPHABET}]{{{EPOCH_LENGTH}}}"
    assert re.fullmatch(f"{kiosk_code(core.config.kiosk.id)}{epoch}{stamp}0001", intent.reference)
    assert re.fullmatch(r"[A-Z0-9]{6,25}", intent.reference)
    account = catalogue.office.payment_account
    assert account is not None and intent.account == account
    info = parse_payload(intent.qr_payload)
    assert (info.bank_bin, info.account) == (account.bank_bin, account.account)
    assert info.amount_vnd == 16_000 and info.purpose == intent.reference and info.dynamic
    assert (intent.procedure_name, intent.dossier_code) == (extract.name, DOSSIER)

    item = core.outbox.item(intent.key)
    assert item is not None
    body = {**item.data.body(), "kiosk_id": core.config.kiosk.id}  # as the API client sends it
    assert contract().schema_errors("/components/schemas/PaymentRequest", body) == []
    assert core.sync.push() == 1  # the province learns the reference
    (stored,) = province.store.payments()
    assert (stored["reference"], stored["amount_vnd"], stored["dossier_code"]) == (
        intent.reference,
        16_000,
        DOSSIER,
    )
    assert stored["idempotency_key"] == intent.key


def test_references_are_unique_per_kiosk_and_day(core: KioskCore) -> None:
    catalogue = synced(core)
    fee = procedure(catalogue, "chung-thuc-ban-sao")
    references = [core.payments.start_payment(fee, fee.fee_vnd).reference for _ in range(12)]
    assert len(set(references)) == 12
    assert [int(reference[-4:]) for reference in references] == list(range(1, 13))
    assert core.sync.push() == 12  # and the province takes every one


def test_the_sequence_starts_again_each_office_day(core: KioskCore) -> None:
    catalogue = synced(core)
    fee = procedure(catalogue, "chung-thuc-ban-sao")
    evening = datetime(2026, 11, 20, 16, 59, tzinfo=UTC)  # 23:59 in Đà Nẵng
    moments = iter([evening, evening, evening + timedelta(minutes=2)])
    payments = Payments(
        core.api,
        core.outbox,
        core.sync,
        core.catalogue,
        kiosk_id="K1",
        zone=ZONE,
        clock=lambda: next(moments),
    )
    references = [payments.start_payment(fee, 2000).reference for _ in range(3)]
    epoch = references[0][2 : 2 + EPOCH_LENGTH]  # one process: one epoch
    assert references == [f"K1{epoch}2611200001", f"K1{epoch}2611200002", f"K1{epoch}2611210001"]


def test_the_status_follows_what_the_bank_reports(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    catalogue = synced(core)
    intent = core.payments.start_payment(procedure(catalogue, "cu-tru-tam-tru"), 15_000)
    assert core.payments.payment_status(intent.reference) is None  # not yet delivered
    core.sync.push()
    pending = core.payments.payment_status(intent.reference)
    assert pending is not None and pending.status == "pending" and pending.paid_at is None
    province.store.set_payment_status(intent.reference, "paid")
    paid = core.payments.payment_status(intent.reference)
    assert paid is not None and paid.status == "paid" and paid.paid_at is not None
    assert paid.amount_vnd == 15_000


@pytest.mark.parametrize("status", ["paid", "expired", "cancelled"])
def test_the_slip_of_a_payment_the_province_has_settled_carries_no_code(
    core: KioskCore, province: ProvinceSimulator, status: str
) -> None:
    catalogue = synced(core)
    fee = procedure(catalogue, "cu-tru-tam-tru")
    intent = core.payments.start_payment(fee, 15_000)
    core.sync.push()
    province.store.set_payment_status(intent.reference, status)
    settled = core.payments.payment_status(intent.reference)
    assert settled is not None and settled.status == status
    settings = JobSettings("TM-T20II", 80, "cp1258")
    job = build_payment_slip_job(settled, fee, intent.qr_payload, catalogue.office, settings)
    assert b"\x1d(k" not in job and intent.qr_payload.encode() not in job
    text = " ".join(decode_cp1258(job).split())
    assert intent.reference in text and "15.000 đ" in text
    if status == "paid":
        assert settled.paid_at is not None
        assert (
            VIETNAMESE.paid in text
            and f"Thanh toán lúc {settled.paid_at.astimezone(ZONE):%H:%M}" in text
        )
    else:
        assert VIETNAMESE.no_longer_valid in text and VIETNAMESE.paid not in text


def test_offline_a_payment_starts_and_the_province_hears_of_it_later(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    catalogue = synced(core)
    province.faults.settings = FaultSettings(drop_rate=1.0)
    intent = core.payments.start_payment(procedure(catalogue, "cu-tru-tam-tru"), 15_000)
    assert core.payments.payment_status(intent.reference) is None
    assert core.sync.run_cycle() is not None and province.store.payments() == []
    province.faults.settings = FaultSettings()
    assert core.sync.run_cycle() is None
    assert [p["reference"] for p in province.store.payments()] == [intent.reference]


def test_payments_that_cannot_be_made_are_refused_with_the_reason(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    catalogue = synced(core)
    paid_for = procedure(catalogue, "ho-tich-trich-luc")
    free = procedure(catalogue, "ho-tich-khai-sinh")
    cases: list[tuple[Procedure, object, str | None, str]] = [
        (free, 8000, None, "no_fee"),
        (paid_for, 0, None, "bad_amount"),
        (paid_for, -8000, None, "bad_amount"),
        (paid_for, 8000.0, None, "bad_amount"),
        (paid_for, True, None, "bad_amount"),
        (paid_for, 10**12 + 1, None, "bad_amount"),
        (paid_for, 8000, "HS-1", "bad_dossier_code"),
    ]
    for proc, amount, code, reason in cases:
        with pytest.raises(PaymentRefused) as refused:
            core.payments.start_payment(proc, amount, code)  # type: ignore[arg-type]
        assert refused.value.reason == reason
    office = catalogue.office.model_dump(mode="json", exclude={"payment_account"})
    province.store.upsert_entity("office", office["id"], office)
    assert core.sync.pull() is True
    with pytest.raises(PaymentRefused) as refused:
        core.payments.start_payment(paid_for, 8000)
    assert refused.value.reason == "no_account"
    assert core.outbox.items() == []


def test_before_the_first_sync_there_is_no_account_to_pay_into(core: KioskCore) -> None:
    fee = Procedure(id="p", code="1", field_id="f", name="Phí", fee_vnd=1000)
    with pytest.raises(PaymentRefused, match="no_account"):
        core.payments.start_payment(fee, 1000)


@pytest.mark.parametrize(
    ("kiosk_id", "code"),
    [
        ("KIOSK1", "KIOSK1"),
        ("HC01", "HC01"),
        ("K", "K"),
    ],
)
def test_a_short_capital_kiosk_id_is_its_own_code(kiosk_id: str, code: str) -> None:
    assert kiosk_code(kiosk_id) == code


def test_other_kiosk_ids_get_distinct_codes_of_at_most_12_characters() -> None:
    ids = [
        "KIOSK-DEMO-01",
        "KIOSK-DEMO-02",
        "kiosk1",
        "KIOSK1-",
        "HAICHAU.KIOSK.0001",
        "HAICHAU.KIOSK.0002",
        "---",
        "ABCDEFGHIJKLM",
    ]
    codes = [kiosk_code(kiosk_id) for kiosk_id in ids]
    assert len(set(codes)) == len(ids)
    assert all(re.fullmatch(r"[A-Z0-9]{1,12}", code) for code in codes)
    assert codes[0].startswith("KIOSKDE") and codes[6] != ""

"""Online submissions against the real simulator: received or queued, delivered once, erased."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from kiosk.core import KioskCore
from kiosk.domain.codes import EPOCH_ALPHABET, EPOCH_LENGTH
from kiosk.domain.model import Catalogue, ServiceForm
from kiosk.domain.payloads import RatingPayload, SubmissionPayload
from kiosk.input.scans import CitizenId, classify
from kiosk.services.forms import FieldProblem, RawValue, prefill_from_citizen_id
from kiosk.services.submissions import APPLICANT_FIELDS, SubmissionInvalid
from kiosk.sync.engine import SyncEngine
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from tests.contract import contract

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
NAME = "Hồ Thị Bích Ngọc"
ID_NUMBER = "048186999777"
RAW: dict[str, RawValue] = {
    "ho_ten": NAME.upper(),
    "ngay_sinh": "14/5/1986",
    "gioi_tinh": "nu",
    "so_dinh_danh": ID_NUMBER,
    "noi_cu_tru": "45 Trần Phú, phường Hải Châu, thành phố Đà Nẵng",
    "tinh_trang_hon_nhan": "chua-ket-hon",
    "muc_dich": "Để đăng ký kết hôn",
    "so_ban": "2",
    "dien_thoai": "0905 123 456",
    "cam_doan": True,
}
APPLICANT: dict[str, RawValue] = {
    "full_name": NAME,
    "id_number": ID_NUMBER,
    "phone": "+84 905 123 456",
}


def synced(core: KioskCore) -> Catalogue:
    assert core.sync.run_cycle() is None
    catalogue = core.catalogue()
    assert catalogue is not None
    return catalogue


def marital_form(catalogue: Catalogue) -> ServiceForm:
    return next(f for f in catalogue.forms if f.id == "to-khai-xac-nhan-tinh-trang-hon-nhan")


def submit(core: KioskCore, form: ServiceForm, timeout_s: float = 0.0, **raw: Any) -> Any:
    return core.submissions.submit(
        form, {**RAW, **raw}, APPLICANT, consent_at=datetime.now(UTC), timeout_s=timeout_s
    )


def today_stamp() -> str:
    return f"{datetime.now(ZONE):%y%m%d}"


def test_online_a_submission_comes_back_with_its_dossier_code(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    core.sync.start()
    consent_at = datetime.now(UTC)
    outcome = core.submissions.submit(form, RAW, APPLICANT, consent_at=consent_at, timeout_s=30)
    assert outcome.state == "received" and outcome.receipt is not None
    assert re.fullmatch(
        rf"000\.00\.17\.H17-{today_stamp()}-[0-9]{{4}}", outcome.receipt.dossier_code
    )
    assert re.fullmatch(
        rf"{core.config.kiosk.id}\.[{EPOCH_ALPHABET}]{{{EPOCH_LENGTH}}}-"
        rf"{today_stamp()}-0001",
        outcome.local_reference,
    )
    (received,) = province.store.submissions()
    assert received["dossier_code"] == outcome.receipt.dossier_code
    assert received["local_reference"] == outcome.local_reference
    assert received["kiosk_id"] == core.config.kiosk.id
    assert received["consent"] == {
        "given": True,
        "version": form.consent_version,
        "at": consent_at.isoformat(),
    }
    assert received["applicant"] == {
        "full_name": NAME,
        "id_number": ID_NUMBER,
        "phone": "0905123456",
    }
    assert received["data"]["ngay_sinh"] == "1986-05-14" and received["data"]["so_ban"] == 2


def test_what_is_queued_is_the_contract_s_submission(core: KioskCore) -> None:
    form = marital_form(synced(core))
    item = core.outbox.item(submit(core, form).key)
    assert item is not None
    body = {**item.data.body(), "kiosk_id": core.config.kiosk.id}  # as the API client sends it
    assert contract().schema_errors("/components/schemas/Submission", body) == []


def test_offline_it_is_queued_under_a_local_reference_and_delivered_once_later(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    province.faults.settings = FaultSettings(drop_rate=1.0)
    first, second = submit(core, form), submit(core, form)
    assert (first.state, second.state) == ("queued", "queued")
    assert first.receipt is None
    assert [first.local_reference[-4:], second.local_reference[-4:]] == ["0001", "0002"]
    assert core.sync.run_cycle() is not None  # the province cannot be reached
    assert province.store.submissions() == []
    waiting = core.outbox.item(first.key)
    assert waiting is not None and waiting.state == "pending" and waiting.attempts == 1

    province.faults.settings = FaultSettings()
    assert core.sync.run_cycle() is None
    assert core.sync.run_cycle() is None  # nothing is sent twice
    received = province.store.submissions()
    assert [row["idempotency_key"] for row in received] == [first.key, second.key]
    assert [row["local_reference"] for row in received] == [
        first.local_reference,
        second.local_reference,
    ]
    delivered = core.outbox.item(first.key)
    assert delivered is not None and delivered.state == "delivered"
    assert json.loads(delivered.response or "")["dossier_code"] == received[0]["dossier_code"]
    assert delivered.reference == first.local_reference


def test_the_wait_ends_as_soon_as_the_province_fails_to_answer(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    core.sync.start()
    province.faults.settings = FaultSettings(server_error_rate=1.0)
    started = time.monotonic()
    outcome = submit(core, form, timeout_s=60)
    assert outcome.state == "queued" and time.monotonic() - started < 30
    assert province.store.submissions() == []


def test_an_unreadable_receipt_leaves_the_local_reference_and_keeps_the_submission(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    core.sync.start()
    province.faults.settings = FaultSettings(invalid_json_rate=1.0)
    outcome = submit(core, form, timeout_s=30)
    assert outcome.state == "queued" and outcome.receipt is None
    (received,) = province.store.submissions()  # the province has it all the same
    assert received["local_reference"] == outcome.local_reference
    kept = core.outbox.item(outcome.key)  # but the kiosk never heard it: nothing erased
    assert kept is not None and kept.state == "pending" and "applicant" in kept.payload
    core.sync.stop()
    province.faults.settings = FaultSettings()
    assert SyncEngine(core.api, core.outbox, core.cache, zone=ZONE).run_cycle() is None
    delivered = core.outbox.item(outcome.key)
    assert delivered is not None and delivered.state == "delivered" and delivered.payload == "{}"
    assert len(province.store.submissions()) == 1


def test_a_resend_after_a_crash_between_send_and_answer_is_not_a_duplicate(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    outcome = submit(core, form)
    item = core.outbox.item(outcome.key)
    assert item is not None
    submission = item.data
    assert isinstance(submission, SubmissionPayload)
    # the province received it, but the kiosk died before it wrote the answer down
    answer = core.api.submit(item.key, submission)
    assert core.outbox.depth().pending == 1
    assert core.sync.push() == 1
    (received,) = province.store.submissions()
    assert received["dossier_code"] == answer.dossier_code
    delivered = core.outbox.item(outcome.key)
    assert delivered is not None
    assert json.loads(delivered.response or "")["dossier_code"] == answer.dossier_code


def test_a_submission_the_province_refuses_waits_for_a_technician(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    changed = form.model_dump(mode="json")
    changed["fields"].append({**changed["fields"][0], "id": "ho_ten_cu", "required": True})
    province.store.upsert_entity("form", form.id, changed)  # the province's form changed
    core.sync.start()
    outcome = submit(core, form, timeout_s=30)
    assert outcome.state == "refused"
    dead = core.outbox.item(outcome.key)
    assert dead is not None and dead.state == "dead" and "ho_ten_cu" in (dead.last_error or "")
    kept = dead.data
    assert isinstance(kept, SubmissionPayload) and kept.applicant.id_number == ID_NUMBER


def test_invalid_input_is_refused_field_by_field_and_nothing_is_queued(core: KioskCore) -> None:
    form = marital_form(synced(core))
    with pytest.raises(SubmissionInvalid) as refused:
        core.submissions.submit(
            form,
            {**RAW, "so_ban": "6", "dien_thoai": "123"},
            {"full_name": "", "id_number": "12345"},
            consent_at=datetime.now(UTC),
            timeout_s=0,
        )
    assert refused.value.problems == {
        "so_ban": FieldProblem("out_of_range", low=1, high=5),
        "dien_thoai": FieldProblem("bad_phone"),
    }
    assert refused.value.applicant_problems == {
        "full_name": FieldProblem("required"),
        "id_number": FieldProblem("bad_cccd"),
    }
    with pytest.raises(ValueError, match="aware"):
        core.submissions.submit(form, RAW, APPLICANT, consent_at=datetime.now(), timeout_s=0)
    assert all(item.kind != "submission" for item in core.outbox.items())


def test_the_applicant_comes_from_the_id_card_like_form_fields() -> None:
    card = classify("048186999777|Hồ Thị Bích Ngọc|14051986|Nữ|Hải Châu, Đà Nẵng|10032021")
    assert isinstance(card, CitizenId)
    assert prefill_from_citizen_id(APPLICANT_FIELDS, card) == {
        "full_name": NAME,
        "id_number": ID_NUMBER,
    }


def outbox_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_personal_data_leaves_the_disk_once_delivered(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    form = marital_form(synced(core))
    province.faults.settings = FaultSettings(drop_rate=1.0)
    outcome = submit(core, form)
    path = core.paths.outbox_db
    before = outbox_bytes(path)
    assert NAME.encode() in before and ID_NUMBER.encode() in before

    province.faults.settings = FaultSettings()
    assert core.sync.run_cycle() is None
    after = outbox_bytes(path)
    for secret in (NAME, NAME.upper(), ID_NUMBER, "0905123456"):
        assert secret.encode() not in after, secret
    kept = core.outbox.item(outcome.key)
    assert kept is not None and kept.payload == "{}" and kept.kind == "submission"
    assert kept.reference == outcome.local_reference
    assert json.loads(kept.response or "")["procedure_id"] == form.procedure_id
    with core.outbox.engine.connect() as connection:
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_a_failure_after_a_delivered_submission_does_not_hide_its_receipt(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    """The province takes the submission, then the next item of the same batch cannot be
    sent: whoever waits for the submission sees it delivered, not a failed attempt."""
    import threading

    from kiosk.sync.api import ApiError, RatingReceipt
    from kiosk.sync.engine import CycleFailed

    catalogue = synced(core)
    queued = submit(core, marital_form(catalogue))  # timeout 0: it stays queued for now
    core.ratings.rate(catalogue.counters[0].id, 3)  # behind it in the outbox

    def rate_fails(key: str, rating: RatingPayload) -> RatingReceipt:
        """A fault the simulator cannot aim at one item."""
        raise ApiError("network", "connection reset")

    core.api.rate = rate_fails  # type: ignore[method-assign]
    failures: list[BaseException] = []

    def push() -> None:
        try:
            core.sync.push()
        except CycleFailed as failure:
            failures.append(failure)

    pusher = threading.Thread(target=push)
    pusher.start()
    item = core.outbox.wait_for_outcome(queued.key, timeout_s=10.0)
    pusher.join(10)
    assert item.state == "delivered"
    assert len(failures) == 1  # the rating's turn failed, and stays pending
    assert [i.kind for i in core.outbox.items("pending")] == ["rating"]

"""The province API contract (docs/api/openapi.yaml) against the real simulator, over raw HTTP.

Every answer the simulator gives in these tests is checked against the contract at teardown
(:class:`tests.contract.ContractRecorder`); the tests here add what a schema cannot say:
which statuses each operation really reaches, idempotency, unique queue numbers across
leased blocks and online issuance, sessions, and that no junk request makes the server fail.
"""

from __future__ import annotations

import copy
import re
import string
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from simulators.faults import FaultSettings
from simulators.province_api import DEFAULT_TOKEN, ROUTES, Exchange, ProvinceSimulator
from tests.contract import Contract, ContractRecorder, contract, pointer_escape
from tests.province_clock import START, Clock

KIOSK = "KIOSK-TEST-01"
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = date(2026, 11, 20)
AUTO = "auto"
OPERATIONS = sorted(contract().operations())
POSTS = [op for op in OPERATIONS if op[0] == "POST"]
IDEMPOTENT = [op for op in POSTS if op[1] not in ("/api/v1/auth/session", "/api/v1/heartbeat")]


@dataclass
class Sim:
    """A simulator on a hand-moved clock, recording its answers for the contract check."""

    simulator: ProvinceSimulator
    recorder: ContractRecorder
    clock: Clock

    @property
    def url(self) -> str:
        return self.simulator.url

    @property
    def store(self) -> Any:
        return self.simulator.store

    def faults(self, **values: Any) -> None:
        self.simulator.faults.settings = FaultSettings(**values)


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[Sim]:
    recorder = ContractRecorder()
    clock = Clock()
    simulator = ProvinceSimulator(
        tmp_path / "province.db", clock=clock, on_exchange=recorder
    ).start()
    yield Sim(simulator, recorder, clock)
    simulator.stop()
    recorder.assert_conforms()


class Api:
    """Raw HTTP calls with a session, a fresh Idempotency-Key per call unless told."""

    def __init__(self, url: str, kiosk_id: str = KIOSK) -> None:
        self.http = httpx.Client(base_url=url, timeout=10)
        self.kiosk_id = kiosk_id
        self.token = self.login()

    def login(self, device_token: str = DEFAULT_TOKEN) -> str:
        answer = self.http.post(
            "/api/v1/auth/session",
            json={"kiosk_id": self.kiosk_id},
            headers={"Authorization": f"Bearer {device_token}"},
        )
        assert answer.status_code == 200, answer.text
        return str(answer.json()["access_token"])

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        key: str | None = AUTO,
        token: str | None = AUTO,
        raw: bytes | None = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        headers = {}
        if token is not None:
            headers["Authorization"] = f"Bearer {self.token if token == AUTO else token}"
        if key is not None and method == "POST":
            headers["Idempotency-Key"] = str(uuid.uuid4()) if key == AUTO else key
        if raw is not None:
            return self.http.request(method, path, content=raw, headers=headers, params=params)
        if method == "GET":
            return self.http.get(path, headers=headers, params=params)
        return self.http.post(path, json=body, headers=headers)

    def post(self, path: str, body: Any, **options: Any) -> httpx.Response:
        return self.call("POST", path, body, **options)

    def get(self, path: str, **options: Any) -> httpx.Response:
        return self.call("GET", path, **options)


def stamp(moment: datetime | None = None) -> str:
    return (moment or START).astimezone(ZONE).isoformat()


# -- valid requests, one per operation ------------------------------------------------------


def issue(api: Api, field_id: str = "ho-tich", **options: Any) -> httpx.Response:
    return api.post(
        "/api/v1/tickets",
        {"field_id": field_id, "priority": False, "kiosk_id": api.kiosk_id},
        **options,
    )


def lease(
    api: Api, field_id: str = "ho-tich", day: date = TODAY, size: int = 20, **options: Any
) -> httpx.Response:
    return api.post(
        "/api/v1/ticket-blocks",
        {"field_id": field_id, "day": day.isoformat(), "size": size, "kiosk_id": api.kiosk_id},
        **options,
    )


def book(api: Api, starts_at: datetime, field_id: str = "ho-tich") -> str:
    """Book ``field_id`` at ``starts_at`` through the simulator's booking control; the code."""
    answer = api.http.post(
        "/sim/appointments", json={"field_id": field_id, "starts_at": stamp(starts_at)}
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def offline_report(
    number: str, field_id: str = "ho-tich", kiosk_id: str = KIOSK
) -> dict[str, object]:
    return {
        "number": number,
        "field_id": field_id,
        "priority": False,
        "issued_at": stamp(),
        "printed": True,
        "reason": "",
        "kiosk_id": kiosk_id,
    }


BIRTH_DATA = {
    "ho_ten_tre": "NGUYỄN THỊ MAI ANH",
    "ngay_sinh": "2026-11-12",
    "gioi_tinh": "nu",
    "dan_toc": "Kinh",
    "quoc_tich": "Việt Nam",
    "noi_sinh": "Bệnh viện Phụ sản – Nhi Đà Nẵng, phường Hải Châu, thành phố Đà Nẵng",
    "so_giay_chung_sinh": "125/2026",
    "ho_ten_me": "TRẦN THỊ HOA",
    "so_dinh_danh_me": "048196001234",
    "quan_he": "me",
    "so_ban_sao": 2,
    "dien_thoai": "0905123456",
    "cam_doan": True,
}


def submission(**changes: Any) -> dict[str, Any]:
    body = {
        "procedure_id": "ho-tich-khai-sinh",
        "form_id": "to-khai-khai-sinh",
        "kiosk_id": KIOSK,
        "submitted_at": stamp(),
        "consent": {"given": True, "version": "ND13-2026.1", "at": stamp()},
        "applicant": {
            "full_name": "Trần Thị Hoa",
            "id_number": "048196001234",
            "phone": "0905123456",
        },
        "data": dict(BIRTH_DATA),
    }
    body.update(changes)
    return body


def payment(reference: str | None = None, **changes: Any) -> dict[str, Any]:
    body = {
        "reference": reference or f"HC{uuid.uuid4().hex[:10].upper()}",
        "procedure_id": "ho-tich-trich-luc",
        "amount_vnd": 16000,
        "dossier_code": "000.00.17.H17-261120-0001",
        "kiosk_id": KIOSK,
    }
    body.update(changes)
    return body


def rating(**changes: Any) -> dict[str, Any]:
    body = {
        "counter_id": "q1",
        "score": 4,
        "reason": "Cán bộ hướng dẫn tận tình",
        "ticket_number": "A001",
        "rated_at": stamp(),
        "kiosk_id": KIOSK,
    }
    body.update(changes)
    return body


def heartbeat(**changes: Any) -> dict[str, Any]:
    body = {
        "kiosk_id": KIOSK,
        "version": "0.4.0",
        "sent_at": stamp(),
        "outbox": {"pending": 2, "dead": 0, "oldest_pending_at": stamp()},
        "last_pull_at": stamp(),
        "last_push_at": None,
        "catalogue_cursor": "12",
        "printer": {"state": "ok", "detail": ""},
    }
    body.update(changes)
    return body


def valid_request(api: Api, method: str, template: str) -> tuple[str, dict[str, Any] | None]:
    """A request to the operation that succeeds (creating what it needs first)."""
    if template == "/api/v1/tickets/{ticket_id}/print-result":
        ticket = issue(api).json()
        return f"/api/v1/tickets/{ticket['id']}/print-result", {"printed": True, "reason": ""}
    if template == "/api/v1/ticket-blocks/{block_id}/tickets":
        block = lease(api, size=1).json()
        return (
            f"/api/v1/ticket-blocks/{block['id']}/tickets",
            offline_report(f"A{block['first']:03d}"),
        )
    if template == "/api/v1/payments/{reference}":
        created = api.post("/api/v1/payments", payment()).json()
        return f"/api/v1/payments/{created['reference']}", None
    if template == "/api/v1/appointments/check-in":
        return template, {"code": book(api, START + timedelta(minutes=10)), "kiosk_id": KIOSK}
    simple: dict[str, tuple[str, dict[str, Any] | None]] = {
        "/api/v1/health": ("/api/v1/health", None),
        "/api/v1/auth/session": ("/api/v1/auth/session", {"kiosk_id": KIOSK}),
        "/api/v1/catalogue/changes": ("/api/v1/catalogue/changes", None),
        "/api/v1/tickets": (
            "/api/v1/tickets",
            {"field_id": "ho-tich", "priority": True, "kiosk_id": KIOSK},
        ),
        "/api/v1/ticket-blocks": (
            "/api/v1/ticket-blocks",
            {"field_id": "chung-thuc", "day": TODAY.isoformat(), "size": 5, "kiosk_id": KIOSK},
        ),
        "/api/v1/dossiers/{code}": ("/api/v1/dossiers/000.00.17.H17-261117-0005", None),
        "/api/v1/submissions": ("/api/v1/submissions", submission()),
        "/api/v1/payments": ("/api/v1/payments", payment()),
        "/api/v1/ratings": ("/api/v1/ratings", rating()),
        "/api/v1/heartbeat": ("/api/v1/heartbeat", heartbeat()),
        "/api/v1/queue": ("/api/v1/queue", None),
    }
    return simple[template]


def call_valid(api: Api, method: str, template: str, **options: Any) -> httpx.Response:
    path, body = valid_request(api, method, template)
    if template == "/api/v1/auth/session":
        options.setdefault("token", DEFAULT_TOKEN)
    return api.call(method, path, body, **options)


# -- the contract document itself -----------------------------------------------------------


def test_spec_documents_exactly_the_simulator_routes() -> None:
    served = {
        (route.method, route.template) for route in ROUTES if route.template.startswith("/api/v1/")
    }
    assert contract().operations() == served


def test_spec_is_openapi_31_with_complete_operations() -> None:
    spec = contract().spec
    assert spec["openapi"] == "3.1.0"
    ids = [contract().operation(m, t)["operationId"] for m, t in OPERATIONS]
    assert len(ids) == len(set(ids))
    for method, template in OPERATIONS:
        operation = contract().operation(method, template)
        statuses = contract().documented_statuses(method, template)
        assert {401, 429, 503} <= statuses, (method, template)  # injected faults reach all
        declared = {contract().resolve(p, "")[0]["name"] for p in operation.get("parameters", [])}
        assert set(re.findall(r"\{(\w+)\}", template)) <= declared, template
        if method == "POST":
            assert {400, 413, 422} <= statuses, template
            assert operation["requestBody"]["required"] is True
            keyed = "Idempotency-Key" in declared
            assert keyed == ((method, template) in IDEMPOTENT), template
        public = operation.get("security") == []
        assert public == (template == "/api/v1/health"), template
    assert contract().operation("POST", "/api/v1/auth/session")["security"] == [{"deviceToken": []}]
    assert spec["security"] == [{"session": []}]


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{pointer_escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def test_spec_schemas_references_and_examples_are_valid() -> None:
    checker = contract()
    for name, schema in checker.spec["components"]["schemas"].items():
        Draft202012Validator.check_schema(schema)
        for index, example in enumerate(schema.get("examples", [])):
            errors = checker.schema_errors(f"/components/schemas/{name}", example)
            assert not errors, (name, index, errors)
    examples = 0
    for pointer, node in _walk(checker.spec):
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("$ref"), str):
            checker.resolve(node, pointer)  # every reference resolves
        if pointer.endswith("/application~1json") and "example" in node:
            examples += 1
            errors = checker.schema_errors(f"{pointer}/schema", node["example"])
            assert not errors, (pointer, errors)
    assert examples >= 30


def test_seed_catalogue_fits_the_entity_schemas(sim: Sim) -> None:
    checker = contract()
    names = {
        "office": "Office",
        "counter": "Counter",
        "field": "ServiceField",
        "procedure": "Procedure",
        "form": "Form",
        "announcement": "Announcement",
        "appointment": "Appointment",
    }
    entities = sim.store.catalogue_entities()
    assert {kind for kind, _ in entities} == set(names)
    for (kind, entity_id), data in entities.items():
        errors = checker.schema_errors(f"/components/schemas/{names[kind]}", data)
        assert not errors, (kind, entity_id, errors)
    procedures = {i: d for (k, i), d in entities.items() if k == "procedure"}
    forms = [d for (k, _), d in entities.items() if k == "form"]
    assert len(forms) >= 3
    for form in forms:
        assert procedures[form["procedure_id"]]["online_level"] == "toàn trình"
        assert "13/2023/NĐ-CP" in form["consent_text"]
    for dossier in sim.store.dossiers():
        assert not checker.schema_errors("/components/schemas/Dossier", dossier)
        assert dossier["history"][-1]["status"] == dossier["status"]
    assert len({d["status"] for d in sim.store.dossiers()}) >= 5


# -- the validator cannot pass silently -----------------------------------------------------


def _exchange(
    method: str,
    path: str,
    status: int,
    body: bytes,
    *,
    headers: dict[str, str] | None = None,
    fault: Any = None,
) -> Exchange:
    return Exchange(
        method,
        path,
        "",
        status,
        headers or {"Content-Type": "application/json; charset=utf-8"},
        body,
        fault,
    )


def test_validator_reports_what_breaks_the_contract(sim: Sim) -> None:
    checker = Contract()
    api = Api(sim.url)
    ticket = issue(api).json()
    assert (
        checker.check(
            _exchange("POST", "/api/v1/tickets", 201, httpx.Response(200, json=ticket).content)
        )
        == []
    )
    wrong = [
        _exchange("GET", "/api/v1/health", 200, b'{"status": "fine"}'),
        _exchange("GET", "/api/v1/health", 418, b'{"error": "teapot"}'),
        _exchange("GET", "/api/v1/health", 429, b'{"error": "slow down"}'),  # no Retry-After
        _exchange("GET", "/api/v1/nowhere", 200, b"{}"),
        _exchange("GET", "/api/v1/health", 200, b"<html>", headers={"Content-Type": "text/html"}),
        _exchange(
            "POST",
            "/api/v1/tickets",
            201,
            httpx.Response(200, json={**ticket, "colour": "red"}).content,
        ),
        _exchange(
            "POST",
            "/api/v1/tickets",
            201,
            httpx.Response(200, json={**ticket, "issued_at": "2026-11-20 08:30"}).content,
        ),
        _exchange("POST", "/api/v1/tickets", 422, b'{"message": "no error field"}'),
        _exchange(
            "GET",
            "/api/v1/catalogue/changes",
            200,
            httpx.Response(
                200,
                json={
                    "cursor": "2",
                    "has_more": False,
                    "changes": [
                        {"seq": 2, "kind": "form", "id": "f", "op": "upsert", "data": {"id": "f"}}
                    ],
                },
            ).content,
        ),  # a form without its fields
    ]
    for exchange in wrong:
        assert checker.check(exchange), exchange
    assert "colour" in " ".join(checker.check(wrong[5]))
    spoiled = _exchange("GET", "/api/v1/health", 200, b'{"inj', fault="truncate")
    assert checker.check(spoiled) == []


def test_recorder_fails_the_test_with_a_readable_list() -> None:
    recorder = ContractRecorder()
    recorder(_exchange("GET", "/api/v1/health", 200, b'{"status": "fine"}'))
    expected = r"(?s)1 simulator answer.*at \$\.status: .ok. was expected"
    with pytest.raises(pytest.fail.Exception, match=expected):
        recorder.assert_conforms()


# -- every documented status is reachable ---------------------------------------------------


def _specific_errors(sim: Sim, api: Api, method: str, template: str) -> None:
    """The statuses particular to one operation (besides success, faults, 400, 401, 413)."""
    if template == "/api/v1/auth/session":
        assert api.post(template, {"kiosk_id": ""}, token=DEFAULT_TOKEN).status_code == 422
        assert api.post(template, {"kiosk_id": KIOSK}, token="stolen").status_code == 401
    elif template == "/api/v1/catalogue/changes":
        assert api.get(template, params={"cursor": "abc"}).status_code == 400
        assert api.get(template, params={"cursor": "999999"}).status_code == 410
    elif template == "/api/v1/tickets":
        sim.store.upsert_entity(
            "field", "tiep-dan", {"id": "tiep-dan", "name": "Tiếp công dân", "queue_prefix": "K"}
        )
        assert issue(api, "tiep-dan").status_code == 409  # no counter serves it
        assert issue(api, "khong-co").status_code == 422
    elif template == "/api/v1/tickets/{ticket_id}/print-result":
        path = f"/api/v1/tickets/{uuid.uuid4()}/print-result"
        assert api.post(path, {"printed": True, "reason": ""}).status_code == 404
        assert api.post(path, {"printed": "yes", "reason": ""}).status_code == 422
    elif template == "/api/v1/ticket-blocks":
        assert lease(api, size=201).status_code == 422
        statuses = [lease(api, "xay-dung", size=200).status_code for _ in range(48)]
        assert statuses == [201] * 47 + [409]  # 501–9900 leased; 200 more do not fit
    elif template == "/api/v1/ticket-blocks/{block_id}/tickets":
        block = lease(api, size=2).json()
        path = f"/api/v1/ticket-blocks/{block['id']}/tickets"
        number = f"A{block['first']:03d}"
        assert api.post(path, offline_report(number)).status_code == 201
        assert api.post(path, offline_report(number)).status_code == 409
        assert api.post(path, offline_report("A999")).status_code == 422
        assert (
            api.post(
                f"/api/v1/ticket-blocks/{uuid.uuid4()}/tickets", offline_report(number)
            ).status_code
            == 404
        )
    elif template == "/api/v1/appointments/check-in":
        assert api.post(template, {"code": "LH000000", "kiosk_id": KIOSK}).status_code == 404
        later = book(api, START + timedelta(hours=3))
        assert api.post(template, {"code": later, "kiosk_id": KIOSK}).status_code == 409
        both = {"code": later, "citizen_id": "048190001234", "kiosk_id": KIOSK}
        assert api.post(template, both).status_code == 422
    elif template == "/api/v1/dossiers/{code}":
        assert api.get("/api/v1/dossiers/000.00.17.H17-261120-0099").status_code == 404
        assert api.get("/api/v1/dossiers/not-a-code").status_code == 400
    elif template == "/api/v1/submissions":
        assert api.post(template, submission(form_id="khong-co")).status_code == 422
    elif template == "/api/v1/payments":
        body = payment()
        assert api.post(template, body).status_code == 201
        assert api.post(template, body).status_code == 409
        assert api.post(template, payment(amount_vnd=0)).status_code == 422
    elif template == "/api/v1/payments/{reference}":
        assert api.get("/api/v1/payments/NOSUCHREF1").status_code == 404
        assert api.get("/api/v1/payments/bad-ref").status_code == 400
    elif template == "/api/v1/ratings":
        assert api.post(template, rating(score=5)).status_code == 422
    elif template == "/api/v1/heartbeat":
        assert api.post(template, heartbeat(outbox={"pending": -1})).status_code == 422


@pytest.mark.parametrize(
    ("method", "template"), OPERATIONS, ids=[f"{m} {t}" for m, t in OPERATIONS]
)
def test_every_documented_status_is_reachable(sim: Sim, method: str, template: str) -> None:
    api = Api(sim.url)
    token = DEFAULT_TOKEN if template == "/api/v1/auth/session" else AUTO
    assert call_valid(api, method, template).status_code in (200, 201)
    for fault, status in (
        ({"throttle_rate": 1.0, "retry_after_s": 3}, 429),
        ({"server_error_rate": 1.0}, 503),
        ({"unauthorized": True}, 401),
    ):
        path, body = valid_request(api, method, template)
        sim.faults(**fault)
        answer = api.call(method, path, body, token=token)
        sim.faults()
        assert answer.status_code == status
        if status == 429:
            assert answer.headers["Retry-After"] == "3"
    if template not in ("/api/v1/health", "/api/v1/auth/session"):
        assert call_valid(api, method, template, token=None).status_code == 401
    if method == "POST":
        path, _ = valid_request(api, method, template)
        assert api.call(method, path, raw=b"{not json", token=token).status_code == 400
        assert api.call(method, path, raw=b" " * 70_000, token=token).status_code == 413
    _specific_errors(sim, api, method, template)
    seen = {status for m, t, status in sim.recorder.observed() if (m, t) == (method, template)}
    assert seen == contract().documented_statuses(method, template)


# -- idempotency ------------------------------------------------------------------------------


def _other_payload(body: dict[str, Any]) -> dict[str, Any]:
    """The same request with one valid field changed."""
    other = copy.deepcopy(body)
    if "priority" in other:
        other["priority"] = not other["priority"]
    elif "printed" in other:
        other["printed"] = not other["printed"]
    elif "score" in other:
        other["score"] = 3
    elif "size" in other:
        other["size"] += 1
    elif "amount_vnd" in other:
        other["amount_vnd"] += 1000
    else:
        other["kiosk_id"] = "KIOSK-OTHER"
    return other


@pytest.mark.parametrize(("method", "template"), IDEMPOTENT, ids=[t for _, t in IDEMPOTENT])
def test_idempotent_posts_replay_and_refuse_another_payload(
    sim: Sim, method: str, template: str
) -> None:
    api = Api(sim.url)
    path, body = valid_request(api, method, template)
    assert body is not None
    key = str(uuid.uuid4())
    before = (
        len(sim.store.tickets()),
        len(sim.store.blocks()),
        len(sim.store.submissions()),
        len(sim.store.payments()),
        len(sim.store.ratings()),
    )
    first = api.post(path, body, key=key)
    again = api.post(path, copy.deepcopy(body), key=key)
    assert first.status_code in (200, 201)
    assert (again.status_code, again.json()) == (first.status_code, first.json())
    after = (
        len(sim.store.tickets()),
        len(sim.store.blocks()),
        len(sim.store.submissions()),
        len(sim.store.payments()),
        len(sim.store.ratings()),
    )
    assert sum(after) - sum(before) <= 1  # the replay created nothing
    refused = api.post(path, _other_payload(body), key=key)
    assert refused.status_code == 422
    assert "different payload" in refused.json()["error"]
    other_path, other_body = (
        ("/api/v1/payments", payment())
        if template == "/api/v1/ratings"
        else ("/api/v1/ratings", rating())
    )
    assert api.post(other_path, other_body, key=key).status_code == 422  # another endpoint
    for bad_key in (None, "short", "x" * 65, "has space!"):
        assert api.post(path, body, key=bad_key).status_code == 400


def test_keys_are_kept_across_a_restart(tmp_path: Path) -> None:
    first = ProvinceSimulator(tmp_path / "p.db").start()
    try:
        api = Api(first.url)
        key = str(uuid.uuid4())
        ticket = issue(api, key=key).json()
    finally:
        first.stop()
    second = ProvinceSimulator(tmp_path / "p.db").start()
    try:
        api = Api(second.url)
        assert issue(api, key=key).json() == ticket
        assert issue(api).json()["number"] == "A002"
    finally:
        second.stop()


# -- queue numbers: online and leased blocks never meet ----------------------------------------


def test_blocks_and_online_tickets_never_share_a_number(sim: Sim) -> None:
    api = Api(sim.url)
    other = Api(sim.url, "KIOSK-TEST-02")
    online = [issue(api).json()["number"] for _ in range(3)]
    block_a = lease(api, size=10).json()
    online += [issue(other).json()["number"] for _ in range(2)]
    block_b = lease(other, size=5).json()
    online += [issue(api).json()["number"] for _ in range(2)]
    assert online == ["A001", "A002", "A003", "A004", "A005", "A006", "A007"]
    assert (block_a["first"], block_a["last"]) == (501, 510)  # the offline range
    assert (block_b["first"], block_b["last"]) == (511, 515)
    leased = {f"A{n:03d}" for b in (block_a, block_b) for n in range(b["first"], b["last"] + 1)}
    assert not leased & set(online)
    for number in ("A501", "A510", "A511"):
        block = block_a if number <= "A510" else block_b
        answer = api.post(f"/api/v1/ticket-blocks/{block['id']}/tickets", offline_report(number))
        assert answer.status_code == 201
    numbers = [t["number"] for t in sim.store.tickets()]
    assert len(numbers) == len(set(numbers)) == 10
    assert issue(api).json()["number"] == "A008"
    assert block_a["queue_prefix"] == "A" and block_a["day"] == TODAY.isoformat()


def test_concurrent_kiosks_never_get_the_same_number(sim: Sim) -> None:
    def kiosk(index: int) -> list[str]:
        api = Api(sim.url, f"KIOSK-{index}")
        numbers = []
        for _ in range(2):
            numbers += [issue(api).json()["number"] for _ in range(5)]
            block = lease(api, size=3).json()
            numbers += [f"A{n:03d}" for n in range(block["first"], block["last"] + 1)]
        return numbers

    with ThreadPoolExecutor(4) as pool:
        numbers = [n for kiosk_numbers in pool.map(kiosk, range(4)) for n in kiosk_numbers]
    assert len(numbers) == len(set(numbers)) == 4 * 16
    assert sorted(numbers) == (
        [f"A{n:03d}" for n in range(1, 41)] + [f"A{n:03d}" for n in range(501, 525)]
    )


def test_blocks_for_another_day_do_not_touch_today(sim: Sim) -> None:
    api = Api(sim.url)
    tomorrow = lease(api, day=TODAY + timedelta(days=1), size=50).json()
    assert (tomorrow["first"], tomorrow["last"]) == (501, 550)
    assert issue(api).json()["number"] == "A001"
    assert issue(api).json()["number"] == "A002"
    sim.clock.now = START + timedelta(days=1)
    api.token = api.login()  # the session has expired overnight
    assert issue(api).json()["number"] == "A001"  # a new day, and the block is elsewhere


@pytest.mark.parametrize(("offset", "status"), [(-1, 422), (0, 201), (7, 201), (8, 422)])
def test_block_day_is_today_to_seven_days_ahead(sim: Sim, offset: int, status: int) -> None:
    answer = lease(Api(sim.url), day=TODAY + timedelta(days=offset))
    assert answer.status_code == status
    if status == 422:
        assert "day" in answer.json()["error"]


def test_block_day_follows_the_office_time_zone(sim: Sim) -> None:
    sim.clock.now = datetime(2026, 11, 20, 17, 30, tzinfo=UTC)  # 00:30 on the 21st in Hà Nội
    api = Api(sim.url)
    assert lease(api, day=date(2026, 11, 20)).status_code == 422
    assert lease(api, day=date(2026, 11, 21)).status_code == 201


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"field_id": "khong-co"}, "unknown field_id"),
        ({"size": 0}, "size"),
        ({"size": True}, "size"),
        ({"day": "20/11/2026"}, "day"),
        ({"day": "2026-02-30"}, "day"),
        ({"kiosk_id": ""}, "kiosk_id"),
        ({"extra": 1}, "extra"),
    ],
)
def test_bad_block_requests_are_refused_with_the_reason(
    sim: Sim, body: dict[str, Any], message: str
) -> None:
    request = {"field_id": "ho-tich", "day": TODAY.isoformat(), "size": 5, "kiosk_id": KIOSK}
    answer = Api(sim.url).post("/api/v1/ticket-blocks", {**request, **body})
    assert answer.status_code == 422 and message in answer.json()["error"]


def test_offline_ticket_reports(sim: Sim) -> None:
    api = Api(sim.url)
    block = lease(api, size=3).json()
    path = f"/api/v1/ticket-blocks/{block['id']}/tickets"
    key = str(uuid.uuid4())
    report = {**offline_report("A501"), "printed": False, "reason": "Hết giấy"}
    first = api.post(path, report, key=key)
    assert first.status_code == 201
    assert first.json()["number"] == "A501" and first.json()["status"] == "print_failed"
    assert api.post(path, report, key=key).json() == first.json()  # a retry
    duplicate = api.post(path, report)
    assert duplicate.status_code == 409 and "already reported" in duplicate.json()["error"]
    for number in ("A504", "B502", "A0502", "a502"):
        answer = api.post(path, offline_report(number))
        assert answer.status_code == 422, number
    mismatch = api.post(path, offline_report("A502", field_id="chung-thuc"))
    assert mismatch.status_code == 422 and "field" in mismatch.json()["error"]
    (stored,) = [t for t in sim.store.tickets() if t["origin"] == "offline"]
    assert stored["number"] == "A501" and stored["block_id"] == block["id"]
    assert stored["status"] == "print_failed" and stored["print_reason"] == "Hết giấy"
    assert stored["day"] == TODAY.isoformat()


# -- dossiers and submissions -----------------------------------------------------------------


def test_submission_opens_a_dossier(sim: Sim) -> None:
    api = Api(sim.url)
    key = str(uuid.uuid4())
    answer = api.post("/api/v1/submissions", submission(), key=key)
    assert answer.status_code == 201, answer.text
    receipt = answer.json()
    assert receipt["dossier_code"] == "000.00.17.H17-261120-0002"  # 0001 is seeded
    assert receipt["status"] == "received"
    dossier = api.get(f"/api/v1/dossiers/{receipt['dossier_code']}").json()
    assert dossier["procedure_id"] == "ho-tich-khai-sinh"
    assert dossier["procedure_name"] == "Đăng ký khai sinh"
    assert dossier["status"] == "received" and [h["status"] for h in dossier["history"]] == [
        "received"
    ]
    assert datetime.fromisoformat(dossier["due_at"]) > datetime.fromisoformat(
        dossier["received_at"]
    )
    assert receipt["due_at"] == dossier["due_at"]  # the receipt says when, too
    (stored,) = sim.store.submissions()
    assert stored["idempotency_key"] == key
    assert stored["dossier_code"] == receipt["dossier_code"]
    assert stored["data"]["ho_ten_tre"] == "NGUYỄN THỊ MAI ANH"
    assert stored["consent"]["version"] == "ND13-2026.1"
    second = api.post("/api/v1/submissions", submission()).json()
    assert second["dossier_code"] == "000.00.17.H17-261120-0003"


def test_seeded_dossiers_are_found(sim: Sim) -> None:
    api = Api(sim.url)
    for seeded in sim.store.dossiers():
        answer = api.get(f"/api/v1/dossiers/{seeded['code']}")
        assert answer.status_code == 200 and answer.json() == seeded


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"procedure_id": "khong-co"}, "unknown procedure_id"),
        ({"form_id": "khong-co"}, "unknown form_id"),
        ({"procedure_id": "ho-tich-trich-luc"}, "is not the form of"),
        (
            {
                "consent": {
                    "given": False,
                    "version": "ND13-2026.1",
                    "at": "2026-11-20T08:30:00+07:00",
                }
            },
            "consent.given must be true",
        ),
        ({"consent": {"given": True, "version": "ND13-2026.1"}}, "consent.at: required"),
        (
            {"applicant": {"full_name": "Hoa", "id_number": "12345", "phone": None}},
            "applicant.id_number",
        ),
        (
            {"data": {k: v for k, v in BIRTH_DATA.items() if k != "noi_sinh"}},
            "missing required form field 'noi_sinh'",
        ),
        ({"data": {**BIRTH_DATA, "cam_doan": False}}, "missing required form field 'cam_doan'"),
        ({"data": {**BIRTH_DATA, "gioi_tinh": "khac"}}, "'gioi_tinh': must be one of"),
        ({"data": {**BIRTH_DATA, "so_ban_sao": 11}}, "'so_ban_sao': must be between"),
        ({"data": {**BIRTH_DATA, "so_ban_sao": "2"}}, "'so_ban_sao': must be a number"),
        ({"data": {**BIRTH_DATA, "ngay_sinh": "12/11/2026"}}, "'ngay_sinh': must be a date"),
        ({"data": {**BIRTH_DATA, "so_dinh_danh_me": "04819600123"}}, "'so_dinh_danh_me'"),
        ({"data": {**BIRTH_DATA, "dien_thoai": "12345"}}, "'dien_thoai'"),
        ({"data": {**BIRTH_DATA, "ho_ten_tre": "A" * 101}}, "longer than 100"),
        ({"data": {**BIRTH_DATA, "mau_sac": "đỏ"}}, "mau_sac"),
        ({"data": {**BIRTH_DATA, "ho_ten_tre": ["x"]}}, "data.ho_ten_tre"),
        ({"submitted_at": "2026-11-20T08:30:00"}, "submitted_at"),
    ],
)
def test_bad_submissions_are_refused_with_the_reason(
    sim: Sim, changes: dict[str, Any], message: str
) -> None:
    answer = Api(sim.url).post("/api/v1/submissions", submission(**changes))
    assert answer.status_code == 422
    assert message in answer.json()["error"]
    assert sim.store.submissions() == []


def test_optional_form_fields_may_be_left_out(sim: Sim) -> None:
    data = {k: v for k, v in BIRTH_DATA.items() if k != "so_giay_chung_sinh"}
    data["ho_ten_cha"] = None
    answer = Api(sim.url).post("/api/v1/submissions", submission(data=data))
    assert answer.status_code == 201, answer.text


# -- payments, ratings, heartbeats --------------------------------------------------------


def test_payment_is_pending_until_the_bank_reports(sim: Sim) -> None:
    api = Api(sim.url)
    created = api.post("/api/v1/payments", payment("HC2611200001"))
    assert created.status_code == 201
    assert created.json()["status"] == "pending" and created.json()["paid_at"] is None
    assert created.json()["bank_reference"] == ""
    assert api.get("/api/v1/payments/HC2611200001").json() == created.json()
    sim.clock.now += timedelta(minutes=2)
    reported = httpx.post(f"{sim.url}/sim/payments/HC2611200001", json={"status": "paid"})
    assert reported.status_code == 200
    paid = api.get("/api/v1/payments/HC2611200001").json()
    assert paid["status"] == "paid" and paid["paid_at"] == paid["updated_at"]
    assert datetime.fromisoformat(paid["paid_at"]) == START + timedelta(minutes=2)
    assert re.fullmatch(r"FT[0-9]{14}", paid["bank_reference"])  # the bank's own reference
    cancelled = sim.store.set_payment_status("HC2611200001", "cancelled")
    assert cancelled["paid_at"] is None and cancelled["bank_reference"] == ""
    assert (
        httpx.post(f"{sim.url}/sim/payments/HC2611200001", json={"status": "lost"}).status_code
        == 422
    )
    assert (
        httpx.post(f"{sim.url}/sim/payments/NOSUCHREF1", json={"status": "paid"}).status_code == 404
    )
    (stored,) = sim.store.payments()
    assert stored["procedure_id"] == "ho-tich-trich-luc" and stored["idempotency_key"]


@pytest.mark.parametrize(
    "changes",
    [
        {"reference": "hc123456"},
        {"reference": "HC1"},
        {"amount_vnd": 1.5},
        {"amount_vnd": -5},
        {"procedure_id": "khong-co"},
        {"dossier_code": "HS-1"},
    ],
)
def test_bad_payments_are_refused(sim: Sim, changes: dict[str, Any]) -> None:
    assert Api(sim.url).post("/api/v1/payments", payment(**changes)).status_code == 422


def test_ratings_are_kept_with_their_key(sim: Sim) -> None:
    api = Api(sim.url)
    key = str(uuid.uuid4())
    answer = api.post("/api/v1/ratings", rating(ticket_number=None, reason=""), key=key)
    assert answer.status_code == 201
    (stored,) = sim.store.ratings()
    assert stored["idempotency_key"] == key and stored["id"] == answer.json()["id"]
    assert stored["score"] == 4 and stored["ticket_number"] is None
    for changes in ({"counter_id": "q9"}, {"score": 0}, {"score": 4.0}, {"reason": "x" * 501}):
        refused = api.post("/api/v1/ratings", rating(**changes))
        assert refused.status_code == 422, changes
        assert refused.json()["error"]


def test_heartbeat_keeps_the_latest_per_kiosk(sim: Sim) -> None:
    api, other = Api(sim.url), Api(sim.url, "KIOSK-TEST-02")
    for pending in (3, 1):
        answer = api.post(
            "/api/v1/heartbeat",
            heartbeat(outbox={"pending": pending, "dead": 0, "oldest_pending_at": None}),
            key=None,
        )
        assert answer.status_code == 200
        assert answer.json()["next_heartbeat_s"] > 0
    other.post("/api/v1/heartbeat", heartbeat(kiosk_id="KIOSK-TEST-02"))
    beats = sim.store.heartbeats()
    assert set(beats) == {KIOSK, "KIOSK-TEST-02"}
    assert beats[KIOSK]["outbox"]["pending"] == 1
    assert beats[KIOSK]["received_at"]


# -- catalogue changes --------------------------------------------------------------------------


def pull(api: Api, cursor: str = "", limit: int = 200) -> tuple[str, list[dict[str, Any]]]:
    changes: list[dict[str, Any]] = []
    while True:
        page = api.get("/api/v1/catalogue/changes", params={"cursor": cursor, "limit": limit})
        assert page.status_code == 200, page.text
        body = page.json()
        changes += body["changes"]
        cursor = body["cursor"]
        if not body["has_more"]:
            return cursor, changes


def apply(state: dict[tuple[str, str], Any], changes: list[dict[str, Any]]) -> None:
    for change in changes:
        if change["op"] == "delete":
            state.pop((change["kind"], change["id"]), None)
        else:
            state[(change["kind"], change["id"])] = change["data"]


def test_pulling_changes_rebuilds_the_catalogue(sim: Sim) -> None:
    api = Api(sim.url)
    cursor, changes = pull(api, limit=7)
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert cursor == sim.store.latest_cursor() == str(seqs[-1])
    state: dict[tuple[str, str], Any] = {}
    apply(state, changes)
    assert state == sim.store.catalogue_entities()
    assert ("office", "dn-hai-chau") in state
    assert sum(kind == "form" for kind, _ in state) == 3

    notice = {
        "id": "lich-nghi-tet",
        "kind": "schedule",
        "title": "Lịch nghỉ Tết",
        "body": "Trung tâm nghỉ Tết Nguyên đán từ ngày 04/02/2027 đến hết ngày 10/02/2027.",
    }
    assert (
        httpx.post(
            f"{sim.url}/sim/catalogue",
            json={"kind": "announcement", "id": "lich-nghi-tet", "op": "upsert", "data": notice},
        ).status_code
        == 200
    )
    sim.store.delete_entity("procedure", "dat-dai-hoa-giai")
    renamed = {**state[("field", "ho-tich")], "name": "Hộ tịch – Quốc tịch"}
    sim.store.upsert_entity("field", "ho-tich", renamed)
    cursor, news = pull(api, cursor)
    assert [(c["kind"], c["id"], c["op"]) for c in news] == [
        ("announcement", "lich-nghi-tet", "upsert"),
        ("procedure", "dat-dai-hoa-giai", "delete"),
        ("field", "ho-tich", "upsert"),
    ]
    assert news[1]["data"] is None
    apply(state, news)
    assert state == sim.store.catalogue_entities()
    assert cursor == sim.store.latest_cursor()
    # the field keeps its place in the catalogue document after its update
    assert sim.store.catalogue["fields"][0]["name"] == "Hộ tịch – Quốc tịch"
    empty = api.get("/api/v1/catalogue/changes", params={"cursor": cursor}).json()
    assert empty == {"cursor": cursor, "has_more": False, "changes": []}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"cursor": "-1"}, 400),
        ({"cursor": "01"}, 400),
        ({"cursor": "1e3"}, 400),
        ({"limit": "0"}, 400),
        ({"limit": "501"}, 400),
        ({"limit": "ten"}, 400),
        ({"since": "1"}, 400),
        ({"cursor": "99999999"}, 410),
        ({"limit": "500"}, 200),
        ({"cursor": ""}, 200),
        ({"cursor": "0", "limit": "1"}, 200),
    ],
)
def test_change_cursor_and_limit_are_checked(sim: Sim, params: dict[str, str], status: int) -> None:
    answer = Api(sim.url).get("/api/v1/catalogue/changes", params=params)
    assert answer.status_code == status, answer.text


def test_sim_catalogue_control_refuses_bad_changes(sim: Sim) -> None:
    for body, status in (
        ({"kind": "planet", "id": "x", "op": "upsert", "data": {"id": "x"}}, 422),
        ({"kind": "field", "id": "x", "op": "upsert", "data": {"id": "y"}}, 422),
        ({"kind": "field", "id": "x", "op": "delete"}, 404),
        ({"kind": "field", "id": "x", "op": "replace", "data": {"id": "x"}}, 422),
    ):
        assert httpx.post(f"{sim.url}/sim/catalogue", json=body).status_code == status, body


# -- sessions ------------------------------------------------------------------------------------


def test_session_expiry_fault_revokes_the_token_and_a_new_session_works(sim: Sim) -> None:
    api = Api(sim.url)
    switched = httpx.post(f"{sim.url}/sim/faults", json={"session_expiry_rate": 1.0})
    assert switched.status_code == 200 and switched.json()["session_expiry_rate"] == 1.0
    assert api.get("/api/v1/health").status_code == 200  # needs no session
    expired = api.get("/api/v1/dossiers/000.00.17.H17-261120-0001")
    assert expired.status_code == 401 and expired.json() == {"error": "session expired"}
    fresh = api.login()  # never applied to /auth/session
    sim.faults()
    assert api.get("/api/v1/dossiers/000.00.17.H17-261120-0001").status_code == 401  # revoked
    assert api.get("/api/v1/dossiers/000.00.17.H17-261120-0001", token=fresh).status_code == 200


def test_session_lives_its_ttl(sim: Sim) -> None:
    api = Api(sim.url)
    session = api.http.post(
        "/api/v1/auth/session",
        json={"kiosk_id": KIOSK},
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
    ).json()
    assert session["token_type"] == "Bearer" and session["expires_in"] == 3600
    sim.clock.now += timedelta(seconds=3599)
    assert api.get("/api/v1/payments/NOSUCHREF1").status_code == 404
    sim.clock.now += timedelta(seconds=2)
    late = api.get("/api/v1/payments/NOSUCHREF1")
    assert late.status_code == 401 and "expired" in late.json()["error"]


def test_all_sessions_can_be_expired_at_once(sim: Sim) -> None:
    first, second = Api(sim.url), Api(sim.url, "KIOSK-TEST-02")
    answer = httpx.post(f"{sim.url}/sim/sessions/expire")
    assert answer.status_code == 200 and answer.json()["revoked"] == 2
    for api in (first, second):
        assert api.get("/api/v1/catalogue/changes").status_code == 401
    assert sim.store.expire_sessions() == 0


def test_tokens_are_not_interchangeable(sim: Sim) -> None:
    api = Api(sim.url)
    assert (
        api.post("/api/v1/auth/session", {"kiosk_id": KIOSK}, token=api.token).status_code == 401
    )  # an access token opens no session
    assert api.get("/api/v1/catalogue/changes", token=DEFAULT_TOKEN).status_code == 401
    assert api.get("/api/v1/catalogue/changes", token=None).status_code == 401


# -- junk never breaks the server --------------------------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def mutations(body: dict[str, Any]) -> st.SearchStrategy[Any]:
    """The valid body with one field (possibly nested) replaced, removed or added."""
    paths = [(key,) for key in body] + [
        (key, inner) for key, value in body.items() if isinstance(value, dict) for inner in value
    ]

    def mutate(choice: tuple[tuple[str, ...], str, Any]) -> dict[str, Any]:
        path, action, value = choice
        mutated = copy.deepcopy(body)
        target = mutated
        for part in path[:-1]:
            target = target[part]
        if action == "remove":
            target.pop(path[-1], None)
        elif action == "add":
            target[f"{path[-1]}_x"] = value
        else:
            target[path[-1]] = value
        return mutated

    return st.tuples(
        st.sampled_from(paths), st.sampled_from(["replace", "remove", "add"]), JSON
    ).map(mutate)


@pytest.mark.parametrize(("method", "template"), POSTS, ids=[t for _, t in POSTS])
def test_junk_requests_never_make_the_server_fail(sim: Sim, method: str, template: str) -> None:
    api = Api(sim.url)
    path, body = valid_request(api, method, template)
    assert body is not None
    documented = contract().documented_statuses(method, template)
    token = DEFAULT_TOKEN if template == "/api/v1/auth/session" else AUTO
    keys = st.one_of(
        st.just(AUTO),
        st.none(),
        st.text(st.sampled_from(string.ascii_letters + string.digits + "-_!~"), max_size=70),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(junk=st.one_of(mutations(body), JSON, st.binary(max_size=120)), key=keys)
    def send(junk: Any, key: str | None) -> None:
        if isinstance(junk, bytes):
            answer = api.call(method, path, raw=junk, key=key, token=token)
        else:
            answer = api.call(method, path, junk, key=key, token=token)
        assert answer.status_code in documented, answer.text
        if answer.status_code >= 400:
            assert answer.json()["error"]

    send()


def test_junk_queries_and_path_segments_never_make_the_server_fail(sim: Sim) -> None:
    api = Api(sim.url)

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        query=st.dictionaries(
            st.sampled_from(["cursor", "limit", "x"]),
            st.text(string.printable, max_size=12),
            max_size=3,
        ),
        segment=st.text(
            string.ascii_letters + string.digits + ".-_%~", min_size=1, max_size=40
        ).filter(lambda s: s not in (".", "..")),
    )  # dot segments
    # are resolved by the client, not sent
    def send(query: dict[str, str], segment: str) -> None:
        answers = [
            api.get("/api/v1/catalogue/changes", params=query),
            api.get(f"/api/v1/dossiers/{segment}"),
            api.get(f"/api/v1/payments/{segment}"),
            api.post(f"/api/v1/tickets/{segment}/print-result", {"printed": True, "reason": ""}),
            api.post(f"/api/v1/ticket-blocks/{segment}/tickets", offline_report("A001")),
        ]
        for answer in answers:
            assert answer.status_code in (200, 400, 404, 410, 422), answer.text

    send()

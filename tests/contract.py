"""The API contract (``docs/api/openapi.yaml``) as a checker of the simulator's answers.

:class:`Contract` matches a request to its operation (method + path template) and checks an
answer against it: the status code must be documented, the body must validate against the
response's JSON Schema (2020-12, ``#/components/...`` references resolved through a
``referencing`` registry), and required headers (``Retry-After`` on 429) must be present.
:class:`ContractRecorder` is an ``on_exchange`` hook for :class:`ProvinceSimulator` that keeps
every exchange and reports the mismatches at the end of a test.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from simulators.faults import BODY_FAULTS
from simulators.province_api import Exchange

SPEC_PATH = Path(__file__).resolve().parent.parent / "docs" / "api" / "openapi.yaml"
SPEC_URI = "urn:kiosk-dvc:openapi"
# Routes kept for the pre-session kiosk client only; deliberately not in the contract.
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)

FORMATS = FormatChecker(formats=())


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not TIMESTAMP.fullmatch(value):
        raise ValueError(f"{value!r} is not RFC 3339 with an offset")
    datetime.fromisoformat(value)
    return True


@FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if isinstance(value, str):
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError(f"{value!r} is not YYYY-MM-DD")
        date.fromisoformat(value)
    return True


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc)


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The OpenAPI document as parsed YAML (cached)."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(spec, dict), f"{path} is not a YAML mapping"
    return spec


def pointer_escape(part: str) -> str:
    """One JSON Pointer segment."""
    return part.replace("~", "~0").replace("/", "~1")


class Contract:
    """Operations, responses and schemas of one OpenAPI 3.1 document."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else load_spec()
        resource = DRAFT202012.create_resource(self.spec)
        self.registry: Registry = Registry().with_resource(SPEC_URI, resource)
        self._routes: list[tuple[str, str, re.Pattern[str]]] = []
        for template, item in self.spec.get("paths", {}).items():
            regex = re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template))
            for method in item:
                if method in METHODS:
                    self._routes.append((method.upper(), template, re.compile(regex)))
        # literal paths before templated ones, so /a/b wins over /a/{x}
        self._routes.sort(key=lambda route: route[1].count("{"))
        self._validators: dict[str, Draft202012Validator] = {}

    def operations(self) -> set[tuple[str, str]]:
        """Every documented (METHOD, path template)."""
        return {(method, template) for method, template, _ in self._routes}

    def find(self, method: str, path: str) -> str | None:
        """The path template of the operation serving ``method path``, or None."""
        for route_method, template, pattern in self._routes:
            if route_method == method and pattern.fullmatch(path):
                return template
        return None

    def operation(self, method: str, template: str) -> dict[str, Any]:
        """The operation object."""
        operation: dict[str, Any] = self.spec["paths"][template][method.lower()]
        return operation

    def documented_statuses(self, method: str, template: str) -> set[int]:
        """The status codes an operation documents."""
        return {int(code) for code in self.operation(method, template)["responses"]}

    def resolve(self, node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
        """Follow a local ``$ref`` (if any): the object and its JSON Pointer."""
        while "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/"), f"only local references are supported: {ref}"
            pointer = ref[1:]
            node = self.spec
            for part in pointer.split("/")[1:]:
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def response(
        self, method: str, template: str, status: int
    ) -> tuple[dict[str, Any], str] | None:
        """The response object (and its pointer) documented for a status, or None."""
        responses = self.operation(method, template)["responses"]
        if str(status) not in responses:
            return None
        pointer = f"/paths/{pointer_escape(template)}/{method.lower()}/responses/{status}"
        return self.resolve(responses[str(status)], pointer)

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        """A validator for the schema at a pointer of the document (cached)."""
        if schema_pointer not in self._validators:
            self._validators[schema_pointer] = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{schema_pointer}"},
                registry=self.registry,
                format_checker=FORMATS,
            )
        return self._validators[schema_pointer]

    def schema_errors(self, schema_pointer: str, instance: Any) -> list[str]:
        """Readable JSON Schema errors of ``instance`` (empty when it validates)."""
        errors = sorted(
            self.validator(schema_pointer).iter_errors(instance),
            key=lambda e: list(map(str, e.absolute_path)),
        )
        return [f"at {error.json_path}: {_short(error.message)}" for error in errors]

    def check(self, exchange: Exchange) -> list[str]:
        """What is wrong with one answer of the API (empty when it fits the contract)."""
        method, path, status = exchange.method, exchange.path, exchange.status
        if not path.startswith("/api/v1/"):
            return []
        if exchange.fault in BODY_FAULTS:
            return []  # the answer was spoiled on purpose
        where = f"{method} {path} → {status}"
        template = self.find(method, path)
        if template is None:
            return [f"{method} {path}: no such operation in openapi.yaml"]
        found = self.response(method, template, status)
        if found is None:
            documented = sorted(self.documented_statuses(method, template))
            return [
                f"{where}: status {status} is not documented for {method} {template} "
                f"(documented: {', '.join(map(str, documented))}); body "
                f"{exchange.body[:200]!r}"
            ]
        response, pointer = found
        problems: list[str] = []
        headers = {name.lower(): value for name, value in exchange.headers.items()}
        for name, header in response.get("headers", {}).items():
            header, _ = self.resolve(header, "")
            value = headers.get(name.lower())
            if value is None:
                if header.get("required"):
                    problems.append(f"{where}: required header {name} is missing")
            elif header.get("schema", {}).get("type") == "integer" and not value.isdigit():
                problems.append(f"{where}: header {name}: {value!r} is not an integer")
        content = response.get("content", {})
        if "application/json" not in content:
            return problems
        content_type = headers.get("content-type", "")
        if not content_type.startswith("application/json"):
            problems.append(f"{where}: Content-Type {content_type!r} is not application/json")
        try:
            body = json.loads(exchange.body)
        except ValueError as exc:
            return [*problems, f"{where}: body is not JSON ({exc}): {exchange.body[:200]!r}"]
        schema_pointer = f"{pointer}/content/application~1json/schema"
        problems += [f"{where}: {error}" for error in self.schema_errors(schema_pointer, body)]
        return problems

    def check_all(self, exchanges: Iterable[Exchange]) -> list[str]:
        """Every mismatch of several answers, in order."""
        return [problem for exchange in exchanges for problem in self.check(exchange)]


def _short(message: str, limit: int = 300) -> str:
    return message if len(message) <= limit else message[:limit] + "…"


@functools.cache
def contract() -> Contract:
    """The project's contract (cached)."""
    return Contract()


class ContractRecorder:
    """An ``on_exchange`` hook: keeps every exchange and checks them against the contract."""

    def __init__(self, checker: Contract | None = None) -> None:
        self.contract = checker or contract()
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()

    def __call__(self, exchange: Exchange) -> None:
        with self._lock:
            self.exchanges.append(exchange)

    def observed(self) -> set[tuple[str, str, int]]:
        """(METHOD, path template, status) of every documented-route answer seen."""
        with self._lock:
            exchanges = list(self.exchanges)
        seen = set()
        for exchange in exchanges:
            template = self.contract.find(exchange.method, exchange.path)
            if template is not None and exchange.fault not in BODY_FAULTS:
                seen.add((exchange.method, template, exchange.status))
        return seen

    def mismatches(self) -> list[str]:
        """Every answer that does not fit the contract."""
        with self._lock:
            exchanges = list(self.exchanges)
        return self.contract.check_all(exchanges)

    def assert_conforms(self) -> None:
        """Fail the running test with a readable list when any answer broke the contract."""
        problems = self.mismatches()
        if problems:
            shown = "\n".join(f"  - {problem}" for problem in problems[:40])
            more = f"\n  … and {len(problems) - 40} more" if len(problems) > 40 else ""
            pytest.fail(
                f"{len(problems)} simulator answer(s) do not match "
                f"docs/api/openapi.yaml:\n{shown}{more}",
                pytrace=False,
            )

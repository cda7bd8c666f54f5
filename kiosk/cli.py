"""The ``kiosk`` command: ``kiosk demo`` (simulated province and printer), ``kiosk run``, and
the technician's shell commands (``sync``, ``reprint``, ``print-test``, ``diag``, ``set-pin``).

This is the one place that wires the core, the printers, the screens and (for the demo
only, imported lazily) the simulators together.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from kiosk import __version__
from kiosk.config import (
    ENV_PREFIX,
    Config,
    ConfigError,
    config_file_path,
    load_config,
)
from kiosk.logs import setup_logging
from kiosk.paths import ASSETS_DIR, KioskPaths, resolve_paths
from kiosk.stores.instance_lock import AlreadyRunning, held
from kiosk.stores.problems import SchemaTooNew, StoreUnusable

if TYPE_CHECKING:
    from kiosk.core import KioskCore
    from kiosk.sync.api import ProvinceApi
    from kiosk.technician.diagnostics.checks import Check, CheckResult
    from kiosk.voice.speaker import Speaker
    from printers.printer import EscposPrinter
    from printers.uri import PrinterAddress

log = logging.getLogger(__name__)

EXIT_CONFIG = 2
EXIT_STORES = 3  # another kiosk holds the data, or it comes from a newer version
EXIT_PRINTER = 1
VIRTUAL_STANDIN = "tcp://127.0.0.1:9"  # the discard port: never a printer


class DemoUnavailable(Exception):
    """``kiosk demo`` in a build without the simulators."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Ki-ốt dịch vụ công")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--config", type=Path, help="path of kiosk.toml (else $KIOSK_CONFIG)")
    parser.add_argument(
        "--self-test", action="store_true", help="the same as the self-test command"
    )
    commands = parser.add_subparsers(dest="command")
    for name, text in (
        ("demo", "run the kiosk against the simulated province and a virtual printer"),
        ("run", "run the kiosk with the configured province API and devices"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--windowed", action="store_true", help="a normal window instead of full screen"
        )
        command.add_argument(
            "--board", action="store_true", help="a calling board window beside the kiosk's"
        )
        command.add_argument(
            "--exit-after-paint",
            action="store_true",
            help="quit once the home screen has painted (for benchmarks)",
        )
    text = (
        "the calling board: a full-screen display of the numbers the counters call, "
        "following the province (a second screen, or a PC in the waiting room)"
    )
    command = commands.add_parser("board", help=text, description=text)
    command.add_argument(
        "--windowed", action="store_true", help="a normal window instead of full screen"
    )
    text = "sync with the province now, without a display: deliver the outbox, pull changes"
    command = commands.add_parser("sync", help=text, description=text)
    command.add_argument(
        "--until-drained",
        action="store_true",
        help="retry (with backoff) until the outbox is empty",
    )
    command.add_argument(
        "--max-seconds", type=float, default=600.0, help="give up after this long (default 600)"
    )
    text = "reprint a ticket that got a number today but did not print; without KEY, list them"
    command = commands.add_parser("reprint", help=text, description=text)
    command.add_argument("key", nargs="?", help="the ticket's key, as listed")
    text = (
        "print the technician test page (each Vietnamese text mode, ruler, width, codes, "
        "status); on a terminal, then ask which text mode reads right and save it"
    )
    commands.add_parser("print-test", help=text, description=text)
    text = (
        "save printer.text_mode in the config file: a mode's name or its number on the "
        "test page (the kiosk uses it from its next start)"
    )
    command = commands.add_parser("set-text-mode", help=text, description=text)
    command.add_argument("mode", help="e.g. raster, cp1258, tcvn3, or 2")
    text = (
        "check config, printer, scanner, network, sync, storage, clock and version; "
        "exit 0 all ok, 1 warnings, 2 failures"
    )
    command = commands.add_parser("diag", help=text, description=text)
    command.add_argument("-v", "--verbose", action="store_true", help="show each check's details")
    command.add_argument("--json", action="store_true", help="one JSON document for machines")
    text = (
        "start offscreen, open the stores, render every screen once and build a ticket "
        "job; exit 0 when all of it works (the installer's smoke test)"
    )
    commands.add_parser("self-test", help=text, description=text)
    text = (
        "set the technician PIN (6-12 digits): its salted scrypt hash is written to the "
        "config file as technician.pin_hash"
    )
    command = commands.add_parser("set-pin", help=text, description=text)
    command.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from the first line of stdin (for install scripts)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.self_test:
        args.command = "self-test"
    elif args.command is None:
        parser.error("a command is required (see --help)")
    if args.command == "set-pin":  # also mends a config whose pin_hash is broken
        return _run_set_pin(_config_file(args.config), from_stdin=args.pin_stdin)
    try:
        config = load_config(args.config)
        if args.command in ("run", "sync", "board"):
            _require_api(config)
        if args.command in ("run", "reprint", "print-test", "self-test"):
            _require_real_printer(config)
        if args.command in ("run", "demo"):  # the model and text mode: with the core, after
            printer_address(config)  # Home's first paint (python-escpos is not needed for it)
        elif args.command not in ("diag", "set-text-mode", "board"):  # diag reports; set- mends
            build_printer(config)  # a bad URI, model or text mode stops here
        paths = resolve_paths(config.paths.data_dir, config.paths.log_dir)
    except OSError as exc:  # a data or log directory under a file, or not writable
        print(
            f"kiosk: cannot use the data or log directory: {exc.strerror or exc}: "
            f"{exc.filename or ''} (paths.data_dir, paths.log_dir)",
            file=sys.stderr,
        )
        return EXIT_STORES
    except ConfigError as exc:
        if args.command == "diag":
            return _print_diag(
                None, _unloadable_config(exc), verbose=args.verbose, as_json=args.json
            )
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    log_file = setup_logging(
        paths.log_dir, config.logging.level, config.logging.max_bytes, config.logging.backups
    )
    log.info("kiosk %s starting (%s), log %s", __version__, args.command, log_file)
    try:
        if args.command == "sync":
            return _run_sync(config, args.until_drained, args.max_seconds)
        if args.command == "reprint":
            return _run_reprint(config, args.key)
        if args.command == "board":
            return _run_board(config, paths, windowed=args.windowed)
        if args.command == "print-test":
            return _run_print_test(config, _config_file(args.config))
        if args.command == "set-text-mode":
            return _run_set_text_mode(config, _config_file(args.config), paths, args.mode)
        if args.command == "self-test":
            return _run_self_test(config)
        if args.command == "diag":
            return _run_diag(
                config, paths, _config_file(args.config), verbose=args.verbose, as_json=args.json
            )
        with ExitStack() as stack:
            if args.command == "demo":
                config = _start_demo_peers(config, paths, stack)
            return _run_gui(
                config,
                _config_file(args.config),
                windowed=args.windowed,
                exit_after_paint=args.exit_after_paint,
                demo=args.command == "demo",
                board=args.board,
            )
    except DemoUnavailable as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except (AlreadyRunning, SchemaTooNew, StoreUnusable) as exc:
        log.error("not starting: %s", exc)
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_STORES


def _run_sync(config: Config, until_drained: bool, max_seconds: float) -> int:
    """Run sync cycles in the foreground; exit 0 once a cycle succeeded with nothing pending."""
    import time

    core = build_kiosk_core(config, owns_desk=False)
    deadline = time.monotonic() + max_seconds
    print("sync: started", flush=True)
    try:
        while True:
            failure = core.sync.run_cycle()
            status = core.sync.status
            print(
                f"sync: {'ok' if failure is None else f'failed ({failure})'}; "
                f"pending {status.pending}, dead letters {status.dead}",
                flush=True,
            )
            if failure is None and (status.pending == 0 or not until_drained):
                for item in core.outbox.items("dead"):
                    print(
                        f"sync: dead letter {item.kind} {item.key} (queued "
                        f"{item.created_at:%Y-%m-%d %H:%M} UTC): {item.last_error}",
                        flush=True,
                    )
                return 0
            delay = core.sync.cycle_delay(failure)
            if not until_drained or time.monotonic() + delay > deadline:
                return 1
            time.sleep(delay)
    finally:
        core.close()


def _require_api(config: Config) -> None:
    if not config.api.base_url:
        raise ConfigError(
            "config error: api.base_url: required for kiosk run and kiosk sync "
            "(the province's API address, e.g. https://dvc.example.gov.vn)"
        )


def _run_reprint(config: Config, key: str | None) -> int:
    """List today's failed tickets, or reprint one of them (exit 1 if it did not print)."""
    core = build_kiosk_core(config, owns_desk=False)
    try:
        failed = core.desk.reprintable()
        if key is None:
            print(f"reprint: {len(failed)} failed ticket(s) today", flush=True)
            for record in failed:
                print(
                    f"  {record.key}  {record.number}  {record.updated_at:%H:%M} UTC  "
                    f"{record.failure}",
                    flush=True,
                )
            return 0
        catalogue = core.catalogue()
        if catalogue is None:
            print("reprint: the catalogue (office details) is not cached yet", file=sys.stderr)
            return EXIT_PRINTER
        outcome = core.desk.reprint(key, catalogue.office)
        print(
            f"reprint: {outcome.kind}{': ' + outcome.detail if outcome.detail else ''}", flush=True
        )
        if outcome.kind == "issued":
            core.sync.run_cycle()  # tell the province now if it can be reached
        return 0 if outcome.kind == "issued" else EXIT_PRINTER
    finally:
        core.close()


def _run_print_test(config: Config, config_file: Path) -> int:
    """Print the technician test page with the printer's status on it; on a terminal, ask
    which text mode reads right and save the answer."""
    from kiosk.services.tickets import PrintError
    from printers.layouts.test_page import build_test_page_job

    printer = build_printer(config)
    status = printer.check()
    print(f"print-test: printer {status.state} ({status.detail})", flush=True)
    job = build_test_page_job(
        printer.settings.job, status, kiosk_id=config.kiosk.id, version=__version__
    )
    try:
        after = printer.print_job(job)
    except PrintError as exc:
        print(f"print-test: not printed: {exc}", file=sys.stderr)
        return EXIT_PRINTER
    print(f"print-test: printed {len(job)} bytes; printer {after.state}", flush=True)
    if not sys.stdin.isatty():
        return 0
    answer = input(
        "Which text mode reads right on the page? Its number "
        f"(Enter keeps {config.printer.text_mode}): "
    ).strip()
    if not answer:
        return 0
    paths = resolve_paths(config.paths.data_dir, config.paths.log_dir)
    return _run_set_text_mode(config, config_file, paths, answer, command="print-test")


def _run_set_text_mode(
    config: Config, config_file: Path, paths: KioskPaths, mode: str, *, command: str = ""
) -> int:
    """Save ``mode`` (a name, or its number on the test page) as ``printer.text_mode``."""
    from kiosk.technician.audit import open_audit_log
    from kiosk.technician.config_edit import ConfigEditRefused, audit_fields, change_config_key
    from printers.job import printer_settings_problem
    from printers.layouts.test_page import test_page_modes

    command = command or "set-text-mode"
    section = config.printer
    modes = test_page_modes(section.profile)
    if mode.isdigit() and 1 <= int(mode) <= len(modes):
        mode = modes[int(mode) - 1]
    if mode not in modes:
        numbered = ", ".join(f"{number} {name}" for number, name in enumerate(modes, start=1))
        print(
            f"kiosk {command}: the {section.profile} prints {numbered}; not {mode!r}; "
            "nothing changed",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    try:
        change = change_config_key(
            config_file, "printer.text_mode", mode, os.environ, check=printer_settings_problem
        )
    except ConfigEditRefused as exc:
        print(f"kiosk {command}: {exc}; nothing changed", file=sys.stderr)
        return EXIT_CONFIG
    open_audit_log(config, paths).record(
        "config_change", **audit_fields(change), via=f"kiosk {command}"
    )
    print(
        f"kiosk {command}: printer.text_mode {change.old} -> {change.new}, saved in "
        f"{change.file}; the kiosk uses it from its next start",
        flush=True,
    )
    return 0


def _run_set_pin(config_file: Path, *, from_stdin: bool) -> int:
    """Ask for a new technician PIN (twice, unseen) and write its hash into the config."""
    import getpass

    from kiosk.technician.audit import open_audit_log
    from kiosk.technician.config_edit import write_pin_hash
    from kiosk.technician.pin import hash_pin, pin_problem

    if from_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New technician PIN (6-12 digits): ")
        if not pin_problem(pin) and getpass.getpass("The same PIN again: ") != pin:
            print("kiosk set-pin: the two PINs differ; nothing changed", file=sys.stderr)
            return EXIT_CONFIG
    if problem := pin_problem(pin):
        print(f"kiosk set-pin: {problem}; nothing changed", file=sys.stderr)
        return EXIT_CONFIG
    try:
        write_pin_hash(config_file, hash_pin(pin))
    except (OSError, ValueError) as exc:
        print(f"kiosk set-pin: {exc}; nothing changed", file=sys.stderr)
        return EXIT_CONFIG
    print(f"kiosk set-pin: technician PIN set in {config_file}", flush=True)
    override = f"{ENV_PREFIX}TECHNICIAN_PIN_HASH"
    if override in os.environ:
        print(f"kiosk set-pin: warning: {override} is set and overrides the file", file=sys.stderr)
    try:
        config = load_config(config_file)
    except ConfigError as exc:
        print(
            f"kiosk set-pin: the PIN is set, but the kiosk will not start: {exc}", file=sys.stderr
        )
        return EXIT_CONFIG
    paths = resolve_paths(config.paths.data_dir, config.paths.log_dir)
    open_audit_log(config, paths).record("pin_set", via="kiosk set-pin")
    return 0


def _run_diag(
    config: Config, paths: KioskPaths, config_file: Path, *, verbose: bool, as_json: bool
) -> int:
    """Run every diagnostic check at once and print the report; exit 0, 1 or 2.

    Beside a running kiosk: no instance lock, the stores are only read, and the printer is
    taken (through ``printer.lock``) for one status query.
    """
    from kiosk.sync.api import ProvinceApi
    from kiosk.technician.diagnostics.checks import run_checks

    api = ProvinceApi.from_config(config.api, config.kiosk.id)
    try:
        results = run_checks(_diag_checks(config, paths, config_file, api))
    finally:
        api.close()
    for result in results:
        if result.level != "ok":
            log.info("diag: %s %s: %s", result.level, result.name, result.summary)
    return _print_diag(config.kiosk.id, results, verbose=verbose, as_json=as_json)


def _diag_checks(
    config: Config, paths: KioskPaths, config_file: Path, api: ProvinceApi
) -> list[Check]:
    """The checks of ``kiosk diag``, each with its time limit."""
    from kiosk.technician.audit import open_audit_log
    from kiosk.technician.diagnostics.checks import Check
    from kiosk.technician.diagnostics.config import check_config
    from kiosk.technician.diagnostics.devices import check_scanner
    from kiosk.technician.diagnostics.network import check_api
    from kiosk.technician.diagnostics.storage import check_storage
    from kiosk.technician.diagnostics.system import check_clock, check_version
    from kiosk.technician.diagnostics.voice import check_voice

    api_wait_s = config.api.timeout_s
    return [
        Check(
            "config",
            lambda: check_config(
                config, config_file, os.environ, open_audit_log(config, paths).verify()
            ),
            5,
        ),
        Check("printer", lambda: _diag_printer(config), config.printer.timeout_s + 2),
        Check("scanner", lambda: check_scanner(config.scanner), 3),
        Check("voice", lambda: check_voice(config.voice, config.office.timezone), 35),
        Check("network", lambda: check_api(api, config.api), 2 * api_wait_s + 2),
        Check("sync", lambda: _diag_sync(config, paths, api), 10),
        Check("storage", lambda: check_storage(paths), 15),
        Check("clock", lambda: check_clock(config.office, config.api), api_wait_s + 2),
        Check("version", check_version, 2),
    ]


def _diag_printer(config: Config) -> CheckResult:
    """The printer check, or why the printer settings cannot even make a printer."""
    from kiosk.technician.diagnostics.checks import CheckResult
    from kiosk.technician.diagnostics.devices import check_printer

    try:
        printer = build_printer(config)
    except ConfigError as exc:
        return CheckResult("printer", "fail", str(exc), {"uri": config.printer.uri})
    return check_printer(printer, config.printer)


def _diag_sync(config: Config, paths: KioskPaths, api: ProvinceApi) -> CheckResult:
    """The sync check over the stores, opened only when that changes nothing on disk."""
    from zoneinfo import ZoneInfo

    from kiosk.stores.cache import Cache
    from kiosk.stores.high_water import FILE_NAME as HIGH_WATER_FILE
    from kiosk.stores.outbox import Outbox
    from kiosk.sync.engine import SyncEngine
    from kiosk.technician.diagnostics.checks import CheckResult
    from kiosk.technician.diagnostics.storage import inspect_stores
    from kiosk.technician.diagnostics.sync import check_sync

    stores = inspect_stores(paths)
    if unread := [store for store in stores if not store.opens_unchanged]:
        return CheckResult(
            "sync",
            "fail" if any(s.level == "fail" for s in unread) else "warn",
            "not read: " + "; ".join(store.summary for store in unread),
            {"not_read": [store.name for store in unread]},
        )
    outbox = Outbox(paths.outbox_db, mirror=paths.log_dir / HIGH_WATER_FILE)
    cache = Cache(paths.cache_db)
    try:
        return check_sync(
            SyncEngine(
                api, outbox, cache, zone=ZoneInfo(config.office.timezone), settings=config.sync
            )
        )
    finally:
        outbox.close()
        cache.close()


def _unloadable_config(error: ConfigError) -> list[CheckResult]:
    """The report when the config cannot be loaded: that, and the version."""
    from kiosk.technician.diagnostics.checks import CheckResult
    from kiosk.technician.diagnostics.system import check_version

    return [CheckResult("config", "fail", str(error)), check_version()]


def _config_file(explicit: Path | None) -> Path:
    """The config file ``load_config`` read (or would have read)."""
    return config_file_path(explicit, os.environ)


DIAG_MARKS = {"ok": "ok", "warn": "WARN", "fail": "FAIL"}


def _print_diag(
    kiosk_id: str | None, results: list[CheckResult], *, verbose: bool, as_json: bool
) -> int:
    """Print the diagnostic report (readable or JSON); return the exit code of its level."""
    from kiosk.technician.diagnostics.checks import EXIT_CODES, flat_details, report

    document = report(kiosk_id, results)
    level = document["level"]
    if as_json:
        print(json.dumps(document, ensure_ascii=False, indent=2, default=str), flush=True)
        return EXIT_CODES[level]
    print(
        f"kiosk diag: {kiosk_id or '(no config)'}, kiosk {document['version']}, {document['time']}"
    )
    width = max(len(result.name) for result in results)
    for result in results:
        print(f"  {DIAG_MARKS[result.level]:<4}  {result.name:<{width}}  {result.summary}")
        if verbose:
            for key, value in flat_details(result.details):
                print(f"  {'':<4}  {'':<{width}}    {key}: {value}")
    counts = {name: sum(result.level == name for result in results) for name in DIAG_MARKS}
    print(
        f"result: {DIAG_MARKS[level]} ({counts['fail']} failed, {counts['warn']} warnings, "
        f"{counts['ok']} ok)",
        flush=True,
    )
    return EXIT_CODES[level]


def _require_real_printer(config: Config) -> None:
    if config.printer.uri == "virtual":
        raise ConfigError(
            "config error: printer.uri: 'virtual' is only for kiosk demo; "
            "expected e.g. serial:///dev/ttyUSB0?baudrate=115200, "
            "usb://04b8:0202 or tcp://HOST:9100"
        )


def printer_address(config: Config) -> PrinterAddress:
    """Where the configured printer is; raise ConfigError when its URI is wrong."""
    from printers.uri import BadPrinterUri, parse_printer_uri

    uri = config.printer.uri
    try:  # "virtual" stands for the demo's printer; outside the demo nothing prints to it
        return parse_printer_uri(uri if uri != "virtual" else VIRTUAL_STANDIN)
    except BadPrinterUri as exc:
        raise ConfigError(f"config error: printer.uri: {exc}") from exc


def build_printer(config: Config) -> EscposPrinter:
    """The configured printer; raise ConfigError when its URI, model or text mode is wrong."""
    from printers.job import JobSettings, UnknownProfile, UnsupportedTextMode
    from printers.printer import EscposPrinter, PrinterSettings

    section = config.printer
    address = printer_address(config)
    try:
        job = JobSettings(section.profile, section.paper_width_mm, section.text_mode)
    except UnknownProfile as exc:
        raise ConfigError(f"config error: printer.profile: {exc}") from exc
    except UnsupportedTextMode as exc:
        raise ConfigError(f"config error: printer.text_mode: {exc}") from exc
    lock_file = resolve_paths(config.paths.data_dir, config.paths.log_dir).data_dir / "printer.lock"
    return EscposPrinter(
        PrinterSettings(
            address,
            job,
            timeout_s=section.timeout_s,
            status_timeout_s=section.status_timeout_s,
            check_status=section.check_status,
        ),
        shared_lock=lambda timeout_s: held(lock_file, timeout_s),
    )


def _start_demo_peers(config: Config, paths: KioskPaths, stack: ExitStack) -> Config:
    """Start the province simulator (and the virtual printer unless a real one is set)."""
    try:
        from simulators.province_api import ProvinceSimulator
        from simulators.virtual_printer import VirtualPrinter
    except ImportError as exc:  # the installed build leaves the simulators out
        raise DemoUnavailable(
            "the demo is not part of this build; configure the province and start `kiosk run`"
        ) from exc

    paths.demo_dir.mkdir(parents=True, exist_ok=True)
    province = ProvinceSimulator(paths.demo_dir / "province.db").start()
    stack.callback(province.stop)
    updates: dict[str, object] = {
        "api": msgspec.structs.replace(
            config.api, base_url=province.url, device_token="demo-device-token"
        )
    }
    if config.printer.uri == "virtual":
        width = 384 if config.printer.paper_width_mm == 58 else 576
        printer = VirtualPrinter(
            paths.demo_dir / "printed",
            paper_width_dots=width,
            font_path=ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf",
        ).start()
        stack.callback(printer.stop)
        updates["printer"] = msgspec.structs.replace(config.printer, uri=printer.uri)
        print(f"kiosk demo: printed tickets go to {printer.out_dir}", flush=True)
    print(f"kiosk demo: province simulator at {province.url}", flush=True)
    print(
        f"kiosk demo: call tickets at the counters: {province.url}/sim/counters "
        "(a ticket's QR opens its phone page)",
        flush=True,
    )
    return msgspec.structs.replace(config, **updates)


def build_kiosk_core(
    config: Config,
    *,
    owns_desk: bool = True,
    config_file: Path | None = None,
    voice: Speaker | None = None,
) -> KioskCore:
    """The core with the configured printer: the one wiring of the kiosk's parts
    (``voice``: the window's, already speaking; else the core makes its own)."""
    from kiosk.core import build_core

    paths = resolve_paths(config.paths.data_dir, config.paths.log_dir)
    core = build_core(config, paths, build_printer(config), owns_desk=owns_desk, voice=voice)
    core.config_file = config_file
    return core


def _run_self_test(config: Config) -> int:
    """Exercise the kiosk without a display and without taking the running kiosk's place."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from screens.app import self_test

    core = build_kiosk_core(config, owns_desk=False)
    try:
        problems = self_test(core)
        depth = core.outbox.depth()  # after an upgrade: nothing lost on the way
        print(
            f"self-test: outbox {depth.pending} waiting, {depth.dead} for a technician", flush=True
        )
    finally:
        core.close()
    for problem in problems:
        print(f"self-test: FAIL {problem}", flush=True)
    print(f"self-test: {'ok' if not problems else f'{len(problems)} problem(s)'}", flush=True)
    return 0 if not problems else 1


def _run_board(config: Config, paths: KioskPaths, *, windowed: bool) -> int:
    """The calling board, following the configured province until it is closed."""
    from kiosk.sync.api import ProvinceApi

    api = ProvinceApi.from_config(config.api, config.kiosk.id)
    try:
        from screens.app import run_board

        return run_board(api, config, paths.data_dir, windowed=windowed)
    finally:
        api.close()


def _run_gui(
    config: Config,
    config_file: Path,
    *,
    windowed: bool,
    exit_after_paint: bool,
    demo: bool,
    board: bool = False,
) -> int:
    """The kiosk's window: Home paints first, then the core starts (stores, printer, API)."""
    # Qt before the core: Home paints with the config alone; SQLAlchemy, httpx and
    # python-escpos are imported after that first paint
    from screens.app import StartFailed, run_gui

    paths = resolve_paths(config.paths.data_dir, config.paths.log_dir)

    def start_core(voice: Speaker) -> KioskCore:
        try:
            return build_kiosk_core(config, config_file=config_file, voice=voice)
        except StoreUnusable as exc:
            log.error("out of service: %s", exc)
            print(f"kiosk: out of service: {exc}", file=sys.stderr)
            if exit_after_paint:
                raise StartFailed(EXIT_STORES) from exc
            raise
        except ConfigError as exc:
            print(f"kiosk: {exc}", file=sys.stderr)
            raise StartFailed(EXIT_CONFIG) from exc
        except (AlreadyRunning, SchemaTooNew) as exc:
            log.error("not starting: %s", exc)
            print(f"kiosk: {exc}", file=sys.stderr)
            raise StartFailed(EXIT_STORES) from exc

    return run_gui(
        config,
        paths,
        start_core,
        windowed=windowed,
        exit_after_paint=exit_after_paint,
        quit_shortcut=demo,
        board=board,
    )

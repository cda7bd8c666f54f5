"""Changing the config file: ``kiosk set-pin`` and the technician's Config page.

The config file is edited with tomlkit, so every other line, comment and the order stay as
they were. The keys a technician may change on the touchscreen are ``EDITABLE_KEYS``; a change
is validated like at start (:func:`change_config_key`) and written for the next start
(Restart kiosk exits with ``RESTART_EXIT_CODE``).
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect
import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Comment, Table, Whitespace

from kiosk.config import SECRET_KEYS, Config, ConfigError, config_from_data, key_type
from kiosk.files import replace_file
from kiosk.languages import CODES
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase, Text

log = logging.getLogger(__name__)


def write_pin_hash(config_file: Path, encoded: str) -> None:
    """Set ``technician.pin_hash`` in ``config_file`` (see :func:`write_config_value`)."""
    write_config_value(config_file, "technician", "pin_hash", encoded)


def write_config_value(
    config_file: Path, section: str, key: str, value: str | int | float | bool
) -> None:
    """Set ``section.key`` to ``value`` in ``config_file`` (created if missing); every other
    line and comment stays as it was, a new key goes after its table's last key. The new text
    is read back with tomllib and must hold exactly the old values plus this one, else nothing
    is written (ValueError, saying how to do it by hand); it replaces the file atomically
    (OSError when it cannot)."""
    data = config_file.read_bytes() if config_file.exists() else b""
    try:
        text = data.decode("utf-8")
        before = tomllib.loads(text)
        document = tomlkit.parse(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{config_file} is not valid TOML: {exc}") from None
    table = before.get(section, {})
    by_hand = ValueError(
        f"cannot set {section}.{key} in {config_file} safely; set it by hand "
        f"under [{section}]: {key} = {tomlkit.item(value).as_string()}"
    )
    if section not in document:
        if text.strip() and not text.endswith("\n"):
            document.add(tomlkit.nl())
        document.add(section, tomlkit.table())
    target = document[section]
    if not isinstance(table, dict) or not isinstance(target, Table):
        raise by_hand  # a value, or an inline table: edited by hand only
    try:
        _set_before_trailing_comments(target, key, value)
        updated = tomlkit.dumps(document)
        after = tomllib.loads(updated)
    except (TOMLKitError, tomllib.TOMLDecodeError, ValueError):
        raise by_hand from None
    if after != {**before, section: {**table, key: value}}:
        raise by_hand
    config_file.parent.mkdir(parents=True, exist_ok=True)
    replace_file(config_file, updated.encode("utf-8"), private=True)


def _set_before_trailing_comments(table: Table, key: str, value: object) -> None:
    """Set ``key`` in ``table``; a new key goes after the last key, before the blank lines
    and comments that lead to the next table."""
    if key in table:
        table[key] = value  # tomlkit keeps the comment at the end of the line
        return
    body = table.value.body
    trailing: list[Whitespace | Comment] = []
    while body and body[-1][0] is None and isinstance(last := body[-1][1], Whitespace | Comment):
        trailing.insert(0, last)
        body.pop()
    table.add(key, value)
    for item in trailing:
        table.add(item)


RESTART_EXIT_CODE = 75
"""The exit code of Restart kiosk (EX_TEMPFAIL). Quit kiosk exits 0, so a service with
``Restart=on-failure`` stays stopped; this code is not 0, so the service manager starts the
kiosk again (with systemd: ``Restart=on-failure``, or ``RestartForceExitStatus=75``)."""


@dataclass(frozen=True)
class EditableKey:
    """A config key the Config page may change: one of its allowed values (``step`` 0) or a
    whole number changed ``step`` at a time within the bounds of its config model. ``help``
    is an English template without values (marked for translation)."""

    section: str
    key: str
    help: str
    step: int = 0
    options: tuple[str, ...] = ()
    """The values offered, for a key whose config model takes any of a registry's (a
    language's code)."""

    @property
    def name(self) -> str:
        """``section.key``."""
        return f"{self.section}.{self.key}"

    @property
    def env_name(self) -> str:
        """The environment variable that overrides the key."""
        return f"KIOSK_{self.section.upper()}_{self.key.upper()}"

    def choices(self) -> tuple[Any, ...]:
        """The values the config model allows (for a key that takes one of a few; none for
        a number)."""
        if self.options:
            return self.options
        kind = key_type(self.section, self.key)
        return kind.values if isinstance(kind, msgspec.inspect.LiteralType) else ()

    def bounds(self) -> tuple[int, int]:
        """The smallest and largest value the config model allows (for a number)."""
        kind = key_type(self.section, self.key)
        assert isinstance(kind, msgspec.inspect.IntType) and kind.ge is not None, self.name
        assert kind.le is not None, self.name
        return kind.ge, kind.le


EDITABLE_KEYS: tuple[EditableKey, ...] = (
    EditableKey(
        "kiosk",
        "language",
        QT_TRANSLATE_NOOP("Technician", "Language of the citizen screens at start."),
        options=CODES,
    ),
    EditableKey(
        "kiosk",
        "idle_timeout_s",
        QT_TRANSLATE_NOOP(
            "Technician",
            "Seconds without a touch before a citizen's screen is wiped and Home comes back.",
        ),
        step=10,
    ),
    EditableKey(
        "kiosk",
        "idle_warning_s",
        QT_TRANSLATE_NOOP(
            "Technician", "The last seconds of that wait, shown as a countdown a touch cancels."
        ),
        step=1,
    ),
    EditableKey(
        "kiosk",
        "attract_after_s",
        QT_TRANSLATE_NOOP(
            "Technician", "Seconds on an untouched Home before the announcements show (0: never)."
        ),
        step=10,
    ),
    EditableKey(
        "kiosk",
        "result_screen_s",
        QT_TRANSLATE_NOOP(
            "Technician", "Seconds a result (ticket printed, rating sent) stays on screen."
        ),
        step=1,
    ),
    EditableKey(
        "printer",
        "text_mode",
        QT_TRANSLATE_NOOP(
            "Technician",
            "How Vietnamese reaches paper: raster works on every "
            "printer; only the modes of this printer's profile are offered.",
        ),
    ),
    EditableKey(
        "printer",
        "paper_width_mm",
        QT_TRANSLATE_NOOP("Technician", "Width of the paper roll, in mm."),
    ),
    EditableKey(
        "scanner",
        "priority_age",
        QT_TRANSLATE_NOOP(
            "Technician", "A scanned ID card of someone this old or older offers a priority ticket."
        ),
        step=1,
    ),
    EditableKey(
        "voice",
        "guidance",
        QT_TRANSLATE_NOOP(
            "Technician",
            "Spoken guidance: when each screen opens (entry), only when Listen is touched "
            "(button), or never (off).",
        ),
    ),
    EditableKey(
        "voice",
        "calls",
        QT_TRANSLATE_NOOP(
            "Technician",
            "The calling board: a chime then the call spoken, the chime only, or silent.",
        ),
    ),
    EditableKey(
        "voice",
        "volume",
        QT_TRANSLATE_NOOP("Technician", "Loudness of the voice and the chime, in percent."),
        step=10,
    ),
    EditableKey(
        "voice",
        "quiet_from_h",
        QT_TRANSLATE_NOOP("Technician", "Hour from which nothing is spoken (the office's clock)."),
        step=1,
    ),
    EditableKey(
        "voice",
        "quiet_until_h",
        QT_TRANSLATE_NOOP(
            "Technician", "Hour until which nothing is spoken (equal hours: never quiet)."
        ),
        step=1,
    ),
    EditableKey(
        "voice",
        "reading",
        QT_TRANSLATE_NOOP(
            "Technician",
            "How numbers are read aloud: north (một trăm linh năm, nghìn) or south (lẻ, ngàn).",
        ),
    ),
    EditableKey(
        "logging",
        "level",
        QT_TRANSLATE_NOOP("Technician", "The lowest level written to the kiosk log."),
    ),
)


class ConfigEditRefused(ValueError):
    """Why a config change was not written (one line, for the technician; nothing was):
    ``reason``, which ``str()`` reads in English."""

    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class ConfigChange:
    """A config change written to ``file``: ``key`` went from ``old`` to ``new`` (the values
    the kiosk would have started with before and after)."""

    key: str
    old: Any
    new: Any
    file: Path


def audit_fields(change: ConfigChange) -> dict[str, Any]:
    """What the technician audit log records of a saved change (event ``config_change``)."""
    return {
        "key": change.key,
        "old": change.old,
        "new": change.new,
        "file": str(change.file),
        "result": "saved",
    }


def editable_key(name: str) -> EditableKey:
    """The editable key called ``section.key``; KeyError for any other key."""
    found = next((spec for spec in EDITABLE_KEYS if spec.name == name), None)
    if found is None:
        raise KeyError(name)
    return found


def config_on_next_start(config_file: Path, environ: Mapping[str, str]) -> Config:
    """The config the kiosk would start with now (the file as it is, the environment's
    overrides on top); raise ConfigError when it would not start."""
    try:
        return config_from_data(_file_data(config_file), config_file, environ)
    except ConfigEditRefused as exc:
        raise ConfigError(f"config error: {exc}") from None


def change_config_key(
    config_file: Path,
    name: str,
    value: Any,
    environ: Mapping[str, str],
    *,
    check: Callable[[Config], str] | None = None,
) -> ConfigChange:
    """Set the editable key ``name`` to ``value`` in ``config_file`` for the next start.

    The whole config as the kiosk would then start (file and environment) is validated by
    the config models, then by ``check`` (which returns a problem, or ""), before anything
    is written; the file is changed by :func:`write_config_value`. Raise ConfigEditRefused,
    with nothing written, when the value is invalid, the key is set by an environment
    variable (the file would not win), or the file cannot be written safely.
    """
    try:
        spec = editable_key(name)
    except KeyError:
        raise ConfigEditRefused(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "%1 cannot be changed here; edit %2 and restart the kiosk"
                ),
                name,
                str(config_file),
            )
        ) from None
    if spec.env_name in environ:
        raise ConfigEditRefused(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "%1 is set by the environment variable %2, which wins over the config file; "
                    "change or remove it where it is set (e.g. the service's Environment=), "
                    "then restart the kiosk",
                ),
                name,
                spec.env_name,
            )
        )
    if write_problem := _write_problem(config_file):
        raise ConfigEditRefused(_cannot_write(config_file, write_problem))
    data = _file_data(config_file)
    table = data.get(spec.section, {})
    if not isinstance(table, dict):
        raise ConfigEditRefused(
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "[%1] in %2 is not a table"),
                spec.section,
                str(config_file),
            )
        )
    try:
        old = getattr(getattr(config_from_data(data, config_file, environ), spec.section), spec.key)
    except ConfigError:
        old = table.get(spec.key)
    try:
        config = config_from_data(
            {**data, spec.section: {**table, spec.key: value}}, config_file, environ
        )
    except ConfigError as exc:
        raise ConfigEditRefused(str(exc).removeprefix("config error: ")) from None
    if check is not None and (problem := check(config)):
        raise ConfigEditRefused(problem)
    new = getattr(getattr(config, spec.section), spec.key)
    if spec.key not in table or table[spec.key] != new:
        try:
            write_config_value(config_file, spec.section, spec.key, new)
        except ValueError as exc:
            raise ConfigEditRefused(str(exc)) from None
        except OSError as exc:
            raise ConfigEditRefused(_cannot_write(config_file, str(exc.strerror or exc))) from None
    log.info("config: %s changed from %r to %r in %s", name, old, new, config_file)
    return ConfigChange(name, old, new, config_file)


def _file_data(config_file: Path) -> dict[str, Any]:
    """The config file's values ({} when it does not exist)."""
    try:
        return tomllib.loads(config_file.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigEditRefused(
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "cannot read %1: %2"), str(config_file), str(exc)
            )
        ) from None


def _cannot_write(config_file: Path, problem: Text) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("Technician", "cannot write %1: %2"), str(config_file), problem)


def _write_problem(config_file: Path) -> Text:
    """Why the kiosk's user cannot replace ``config_file`` ("" when it can)."""
    if config_file.exists():
        if not config_file.is_file():
            return Phrase(QT_TRANSLATE_NOOP("Technician", "it is not a file"))
        if not os.access(config_file, os.W_OK):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "the file is read-only for the kiosk's user")
            )
    directory = config_file.parent
    while not directory.exists() and directory != directory.parent:
        directory = directory.parent  # the file and its folders would be created
    if not directory.is_dir():
        return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 is not a folder"), str(directory))
    if not os.access(directory, os.W_OK | os.X_OK):
        # an atomic write puts the new file beside the old one, then renames it
        return Phrase(
            QT_TRANSLATE_NOOP("Technician", "the kiosk's user may not write in the folder %1"),
            str(directory),
        )
    return ""


def config_rows(config: Config, environ: Mapping[str, str]) -> list[tuple[str, Text, bool]]:
    """Every config key as ``(section.key, value shown, set by an environment variable)``;
    secrets show only whether they are set."""
    rows = []
    for section_name, section in msgspec.structs.asdict(config).items():
        for key, value in msgspec.structs.asdict(section).items():
            shown: Text
            if f"{section_name}.{key}" in SECRET_KEYS:
                shown = Phrase(
                    QT_TRANSLATE_NOOP("Technician", "(set, hidden)")
                    if value
                    else QT_TRANSLATE_NOOP("Technician", "(empty)")
                )
            elif value is None:
                shown = Phrase(QT_TRANSLATE_NOOP("Technician", "(platform default)"))
            else:
                shown = str(value)
            from_env = f"KIOSK_{section_name.upper()}_{key.upper()}" in environ
            rows.append((f"{section_name}.{key}", shown, from_env))
    return rows

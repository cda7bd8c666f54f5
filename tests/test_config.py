"""Config: TOML + environment overrides, validated with one clear line per problem."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import SECRET_KEYS, SECTIONS, ConfigError, config_from_data, load_config
from tests import kiosk_command


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_empty_file_gives_the_demo_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, ""), environ={})
    assert config.kiosk.language == "vi"
    assert config.office.timezone == "Asia/Ho_Chi_Minh"
    assert config.printer.uri == "virtual"
    assert config.api.base_url == ""


def test_file_values_are_used_and_env_overrides_them(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[printer]\npaper_width_mm = 58\nuri = "tcp://10.0.0.9:9100"\n'
        "[kiosk]\nidle_timeout_s = 45\n",
    )
    config = load_config(
        path,
        environ={
            "KIOSK_KIOSK_IDLE_TIMEOUT_S": "120",
            "KIOSK_API_BASE_URL": "https://dvc.example.gov.vn/",
        },
    )
    assert config.printer.paper_width_mm == 58
    assert config.printer.uri == "tcp://10.0.0.9:9100"
    assert config.kiosk.idle_timeout_s == 120
    assert config.api.base_url == "https://dvc.example.gov.vn"


def test_config_path_comes_from_kiosk_config_env(tmp_path: Path) -> None:
    path = write(tmp_path, '[kiosk]\nlanguage = "en"\n')
    assert load_config(environ={"KIOSK_CONFIG": str(path)}).kiosk.language == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[printer]\npaper_width_mm = 70\n",
            "printer.paper_width_mm: expected one of 58, 80, got 70",
        ),
        (
            "[kiosk]\nidle_timeout_s = 2\n",
            "kiosk.idle_timeout_s: expected a whole number from 10 to 3600, got 2",
        ),
        ('[office]\ntimezone = "Mars/Olympus"\n', "office.timezone: expected an IANA time zone"),
        ('[api]\nbase_url = "ftp://x"\n', "api.base_url: expected an http:// or https:// URL"),
        ('[printer]\nuri = "lpt1"\n', "printer.uri: expected serial:///dev/ttyUSB0"),
        ("[printer]\ncolour = 1\n", "printer.colour: unknown key"),
        ('[scanner]\nkind = "serial"\n', "scanner.port: required for a serial scanner"),
        (
            '[scanner]\nsuffix = "ETX"\n',
            "scanner.suffix: expected one of 'CR', 'CRLF', 'LF', 'TAB', got 'ETX'",
        ),
        ("[scanner]\nbaudrate = 9601\n", "scanner.baudrate: expected one of 1200, 2400"),
        ('[kiosk]\nlanguage = "fr"\n', "kiosk.language: expected one of vi, en"),
    ],
)
def test_invalid_file_value_names_key_expectation_and_file(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path, environ={})
    message = str(error.value)
    assert expected in message
    assert str(path) in message
    assert "\n" not in message


def test_invalid_env_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, ""), environ={"KIOSK_PRINTER_PAPER_WIDTH_MM": "72"})
    assert "printer.paper_width_mm" in str(error.value)
    assert "KIOSK_PRINTER_PAPER_WIDTH_MM" in str(error.value)
    assert "got 72" in str(error.value)


@pytest.mark.parametrize(
    ("section", "key", "value", "expected"),
    [
        ("kiosk", "fullscreen", "yes", "expected true or false, got 'yes'"),
        ("api", "timeout_s", 0, "expected a number above 0 and at most 120, got 0"),
        ("sync", "idle_s", math.nan, "expected a number from 1 to 3600, got nan"),
        ("scanner", "prefix", "123456789", "expected text of at most 8 characters"),
        ("kiosk", "id", "a b", "expected text matching ^[A-Za-z0-9._-]{1,64}$, got 'a b'"),
        ("voice", "player", [""], "expected a list, each item text that is not empty"),
        ("voice", "call_again_in", ["km"], "expected a list, each item one of 'en', got ['km']"),
        ("paths", "data_dir", 3, "expected a path, got 3"),
        ("kiosk", "languages", ["vi", "vi"], "expected a list of different codes among vi, en"),
        ("api", "device_token", 12345, "expected text (the value is not shown)"),
    ],
)
def test_each_kind_of_key_says_what_it_expects(
    section: str, key: str, value: object, expected: str
) -> None:
    with pytest.raises(ConfigError) as error:
        config_from_data({section: {key: value}}, Path("kiosk.toml"), {})
    assert str(error.value).startswith(f"config error: {section}.{key}: ")
    assert expected in str(error.value)
    assert str(error.value).endswith("(from kiosk.toml)")


def test_a_section_that_is_not_a_table_is_named() -> None:
    with pytest.raises(ConfigError) as error:
        config_from_data({"printer": "virtual"}, Path("kiosk.toml"), {})
    assert str(error.value) == (
        "config error: printer: expected a table of keys, got 'virtual' (from kiosk.toml)"
    )


TOML_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.dates()
    | st.datetimes()
    | st.times(),  # TOML's dates and times
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
"""What a TOML file (or a hand-edited one) can hold, and deeper: any value at any key."""
KEYS = [(section, key) for section, model in SECTIONS.items() for key in model.__struct_fields__]


@given(key=st.sampled_from(KEYS), value=TOML_VALUES)
def test_any_value_at_any_key_is_kept_or_refused_in_one_line_naming_the_key(
    key: tuple[str, str], value: object
) -> None:
    section, name = key
    try:
        config = config_from_data({section: {name: value}}, Path("kiosk.toml"), {})
    except ConfigError as error:
        message = str(error)
        assert message.startswith(f"config error: {section}.{name}: "), message
        assert "\n" not in message and message.endswith("(from kiosk.toml)")
        assert ("(the value is not shown)" in message) == (f"{section}.{name}" in SECRET_KEYS)
    else:  # kept as given: text may lose its surrounding spaces (a URL its last "/")
        kept = getattr(getattr(config, section), name)
        if isinstance(value, str):
            assert kept in (value, value.strip(), value.rstrip("/"), Path(value))
        else:
            assert kept == value and isinstance(kept, bool) == isinstance(value, bool)


@given(
    data=st.dictionaries(
        st.sampled_from(list(SECTIONS)) | st.text(max_size=8),
        TOML_VALUES | st.dictionaries(st.text(max_size=12), TOML_VALUES, max_size=3),
        max_size=3,
    )
)
def test_any_file_is_read_or_refused_in_one_line(data: dict[str, Any]) -> None:
    try:
        config_from_data(data, Path("kiosk.toml"), {})
    except ConfigError as error:
        assert str(error).startswith("config error: ") and "\n" not in str(error)


def test_env_variable_for_no_section_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="KIOSK_PRINTR_URI names no config key"):
        load_config(write(tmp_path, ""), environ={"KIOSK_PRINTR_URI": "tcp://x:1"})


def test_broken_toml_and_missing_file_are_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_config(write(tmp_path, "[kiosk\nid = 1"), environ={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nowhere.toml", environ={})


def run_kiosk(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The ``kiosk`` command with nothing of this process's environment but ``env``."""
    environ = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    return kiosk_command.run_kiosk(*args, env=environ)


def test_kiosk_stops_with_one_clear_line_on_invalid_config(tmp_path: Path) -> None:
    path = write(tmp_path, "[printer]\npaper_width_mm = 70\n")
    result = run_kiosk(tmp_path, "--config", str(path), "demo", env={})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kiosk: config error: printer.paper_width_mm")


def test_kiosk_run_requires_a_province_address(tmp_path: Path) -> None:
    result = run_kiosk(tmp_path, "run", env={"KIOSK_CONFIG": str(write(tmp_path, ""))})
    assert result.returncode == 2
    assert "api.base_url: required for kiosk run" in result.stderr


def test_unknown_printer_model_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path, '[printer]\nprofile = "TM-X999"\n')
    result = run_kiosk(tmp_path, "--config", str(path), "demo", env={})
    assert result.returncode == 2
    assert "printer.profile: unknown printer model 'TM-X999'" in result.stderr
    assert "TM-T20II" in result.stderr  # the expected form lists the known models


def test_logs_go_to_a_rotating_file(tmp_path: Path) -> None:
    import logging

    from kiosk.logs import setup_logging

    log_file = setup_logging(tmp_path, "INFO", max_bytes=10_000, backups=2)
    logger = logging.getLogger("kiosk.test")
    for index in range(400):
        logger.info("line %d %s", index, "x" * 60)
    assert log_file == tmp_path / "kiosk.log"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert all(p.stat().st_size <= 10_000 for p in tmp_path.iterdir())
    assert "line 399" in log_file.read_text(encoding="utf-8")
    for handler in [h for h in logging.getLogger().handlers if getattr(h, "_kiosk", False)]:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_the_config_template_explains_every_key_and_loads_as_it_is() -> None:
    """deploy/kiosk.toml.example: every key of every section is there (set or commented out,
    with its explanation above it), nothing else is, and the file is a valid config."""
    import re
    import tomllib

    from kiosk.config import SECTIONS

    template = kiosk_command.ROOT / "deploy" / "kiosk.toml.example"
    text = template.read_text(encoding="utf-8")
    section = ""
    mentioned: set[tuple[str, str]] = set()
    explained = False  # the lines since the last blank one hold an explanation
    for line in text.splitlines():
        if match := re.fullmatch(r"\[(\w+)\]", line):
            section, explained = match.group(1), False
        elif section and (match := re.fullmatch(r"#? ?(\w+) = .+", line)):
            mentioned.add((section, match.group(1)))
            assert explained, f"[{section}] {match.group(1)} has no explanation above it"
        elif line.startswith("#"):
            explained = True
        elif not line.strip():
            explained = False
    expected = {(name, key) for name, model in SECTIONS.items() for key in model.__struct_fields__}
    assert mentioned == expected
    assert set(tomllib.loads(text)) == set(SECTIONS)
    load_config(template, environ={})

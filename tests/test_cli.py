"""The ``kiosk`` command as an installer or a developer starts it."""

from __future__ import annotations

from pathlib import Path

from tests.kiosk_command import kiosk, kiosk_env, run_kiosk


def test_kiosk_demo_starts_paints_home_and_creates_its_stores(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nid = "KIOSK-TEST-01"\n', encoding="utf-8")
    result = kiosk(tmp_path, "demo", "--windowed", "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout.splitlines()
    assert "province simulator at http://127.0.0.1:" in result.stdout
    for name in ("cache.db", "outbox.db", "demo/province.db"):
        assert (tmp_path / "data" / name).is_file(), name
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "starting (demo)" in log
    assert "Traceback" not in log + result.stderr


def test_kiosk_version_and_help_work_without_a_display() -> None:
    result = run_kiosk("--help", timeout=30)
    assert result.returncode == 0
    assert "demo" in result.stdout and "run" in result.stdout


def test_self_test_renders_every_screen_and_exits_0(tmp_path) -> None:
    """The installer's smoke test: no display, no province, no printer needed."""
    config = tmp_path / "kiosk.toml"
    config.write_text('[printer]\nuri = "tcp://127.0.0.1:9"\n', encoding="utf-8")
    result = run_kiosk("self-test", env=kiosk_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("self-test: ok")
    assert (tmp_path / "data" / "outbox.db").exists()  # the stores were opened


def test_exit_after_paint_also_exits_in_full_screen(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "demo", "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout.splitlines()

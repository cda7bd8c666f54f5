"""Developer tools run through dev.py (never shipped in the kiosk build)."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The project's checkout (the tools work on its files)."""

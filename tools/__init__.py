"""Developer tools run through dev.py (never shipped in the kiosk build)."""

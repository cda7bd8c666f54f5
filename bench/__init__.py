"""Benchmarks: ``python3 dev.py bench`` runs them all and writes docs/benchmarks.md."""

"""The kiosk's SQLite stores: engines and migrations, the rebuildable catalogue cache, the
precious outbox with its high-water mark, and the one-kiosk-per-data-directory lock."""

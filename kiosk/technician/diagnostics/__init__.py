"""Diagnostic checks: is the printer ready, can the province be reached, what waits to sync.

Each check is a plain function over the kiosk's parts that returns a
:class:`~kiosk.technician.diagnostics.checks.CheckResult` (ok / warn / fail, a one-line message
for a technician, in English and translatable on screen (``kiosk.technician.phrases``), details
for machines), one module per thing checked. The technician screen,
``kiosk diag`` (``--json``) and the heartbeat use the same functions. Nothing here writes to
the stores: they are read through read-only SQLite connections.
"""

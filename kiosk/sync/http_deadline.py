"""An overall deadline for each HTTP call: connect, headers and the whole body.

httpx's timeouts apply to each read on its own: a body that drips a byte a second, or
headers sent forever, never trips them. Here every socket operation of a call gets at most
the time left before the call's deadline, so a call ends by its deadline whatever the other
side does. Name resolution and connecting run on a helper thread for the same reason
(``getaddrinfo`` cannot be given a timeout).

Use :func:`install` once on an ``httpx.Client`` and run each call inside :func:`deadline`.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import math
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

_deadline: ContextVar[float] = ContextVar("kiosk_http_deadline", default=math.inf)
_connector = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="http-connect")


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every network operation inside this block ends within ``seconds`` from now.

    Nested blocks keep the earlier of the two deadlines.
    """
    token = _deadline.set(min(_deadline.get(), time.monotonic() + seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """The timeout for one operation: the caller's, cut to what is left of the deadline."""
    due = _deadline.get()
    if due == math.inf:
        return timeout
    left = due - time.monotonic()
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.start_tls(
                ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
            )
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        wait = _left(timeout, httpcore.ConnectTimeout)
        future = _connector.submit(
            self._inner.connect_tcp, host, port, wait, local_address, socket_options
        )
        try:
            return _DeadlineStream(future.result(timeout=wait))
        except concurrent.futures.TimeoutError:
            # still resolving or connecting: whatever it gets later is closed unused
            future.add_done_callback(_close_unused)
            raise httpcore.ConnectTimeout(f"no connection to {host}:{port} in time") from None

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.connect_unix_socket(
                path, _left(timeout, httpcore.ConnectTimeout), socket_options
            )
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _close_unused(future: concurrent.futures.Future[httpcore.NetworkStream]) -> None:
    if not future.cancelled() and future.exception() is None:
        future.result().close()


def install(client: httpx.Client) -> None:
    """Make every connection of ``client`` (and of its proxy mounts) keep to :func:`deadline`.

    httpx has no public hook for this: the network backend of each transport's connection
    pool is wrapped (tested in ``tests/test_hostile_province.py``).
    """
    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        if transport is None:  # a host that bypasses the proxies: served by _transport
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            raise RuntimeError("this httpx version cannot be given call deadlines")
        if not isinstance(backend, _DeadlineBackend):
            pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]

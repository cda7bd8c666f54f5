"""A virtual ESC/POS network printer: a real TCP server on loopback.

Each connection is one job. The bytes are recorded (in memory and as ``job-NNNN.bin``) and a
PNG preview of the paper is written next to them. Status queries (``DLE EOT n``) are
answered as an online printer with paper would answer them.
"""

from __future__ import annotations

import logging
import socket
import socketserver
import threading
from dataclasses import dataclass
from pathlib import Path

from simulators.serving import LoggedErrors, ServerThread

log = logging.getLogger(__name__)

DLE_EOT = b"\x10\x04"
# Replies of an idle, online printer with paper: fixed bits 1 and 4 set, no error bits.
STATUS_REPLIES = {1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12}
IDLE_END_OF_JOB_S = 2.0


@dataclass(frozen=True)
class PrintedJob:
    """One job as the printer received it."""

    index: int
    data: bytes
    preview: Path | None


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(IDLE_END_OF_JOB_S)
        received = bytearray()
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            except OSError:
                break
            if not chunk:
                break
            self._answer_status(sock, bytes(received[-2:]) + chunk)
            received += chunk
        if received:
            self.server.printer.record(bytes(received))

    @staticmethod
    def _answer_status(sock: socket.socket, window: bytes) -> None:
        start = 0
        while (at := window.find(DLE_EOT, start)) != -1 and at + 2 < len(window):
            reply = STATUS_REPLIES.get(window[at + 2])
            if reply is not None and at + 2 >= 2:
                sock.sendall(bytes([reply]))
            start = at + 3


class _Server(LoggedErrors, socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    printer: VirtualPrinter


class VirtualPrinter:
    """Receives jobs over TCP, keeps them, and renders each to PNG."""

    def __init__(self, out_dir: Path | None = None, *, host: str = "127.0.0.1", port: int = 0,
                 paper_width_dots: int = 576, font_path: Path | None = None) -> None:
        self.out_dir = out_dir
        self.paper_width_dots = paper_width_dots
        self.font_path = font_path
        self.jobs: list[PrintedJob] = []
        self._issued = 0
        self._changed = threading.Condition()
        self._server = _Server((host, port), _Handler)
        self._server.printer = self
        self.host, self.port = self._server.server_address[:2]
        self._serving = ServerThread(self._server, "virtual-printer")

    @property
    def uri(self) -> str:
        """The printer URI the kiosk is configured with to reach this printer."""
        return f"tcp://{self.host}:{self.port}"

    def start(self) -> VirtualPrinter:
        """Start accepting jobs; returns self."""
        self._serving.start()
        return self

    def stop(self) -> None:
        """Stop accepting jobs and close the listening socket (the printer goes offline)."""
        self._serving.stop()

    def record(self, data: bytes) -> PrintedJob:
        """Keep one received job and write its files."""
        with self._changed:
            self._issued += 1
            index = self._issued
        preview = None
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            (self.out_dir / f"job-{index:04d}.bin").write_bytes(data)
            try:
                from simulators.escpos_preview import save_preview

                preview = save_preview(data, self.out_dir / f"job-{index:04d}.png",
                                       self.paper_width_dots, self.font_path)
            except Exception:  # a preview is a convenience; never lose the job over it
                log.exception("preview of job %d failed", index)
        job = PrintedJob(index, data, preview)
        with self._changed:
            self.jobs.append(job)
            self.jobs.sort(key=lambda j: j.index)
            self._changed.notify_all()
        log.info("virtual printer received job %d (%d bytes)", index, len(data))
        return job

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> list[PrintedJob]:
        """Block until at least ``count`` jobs arrived; return them (raise on timeout)."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise TimeoutError(f"{len(self.jobs)} of {count} jobs arrived in {timeout} s")
            return list(self.jobs)

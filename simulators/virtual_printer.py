"""A virtual ESC/POS printer for tests and demos: one printer, a TCP and a serial (pty) endpoint.

The TCP endpoint is a real server on loopback (a real printer listens on 9100); the optional
pty endpoint is a pseudo-terminal whose slave device the kiosk opens with pyserial, e.g.
``serial:///dev/pts/7?baudrate=115200``. Both feed the same printer:

- **Jobs.** Over TCP one connection is one job; over the pty a job ends right after a cut
  (``GS V``) has arrived in full. On both, a job also ends after an idle gap. Each job is
  kept in memory and, with an ``out_dir``, as ``job-NNNN.bin`` plus a PNG preview of the
  paper. A job begins with its first byte that is not a status query, so queries alone
  are no job.
- **Status.** ``DLE EOT n`` (n = 1-4) is answered as soon as its third byte is read, from the
  current fault (see :data:`STATUS_REPLIES`), as Epson printers do; ``GS r 1`` likewise,
  but only while nothing stops the printer (see :data:`IN_TURN_REPLIES`). The printer
  prints as the bytes arrive, so "read" and "processed" are the same moment here.
- **Faults**, switchable while running (:meth:`VirtualPrinter.set_fault`), now or after a
  number of bytes of a job: paper low or out, cover open, off-line, a stalled printer that
  stops reading, a mute one that never answers status.
- **Baud rate.** With ``baud`` set, each endpoint reads at most baud/10 bytes per second
  (8N1), like a serial line; a pty alone has no speed.

Run by hand with ``python -m simulators.virtual_printer --help``.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import select
import socket
import socketserver
import sys
import termios
import threading
import time
import tty
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from simulators.escpos_preview import DLE, ESC, FS, GS, command_length, save_preview
from simulators.serving import LoggedErrors, ServerThread

log = logging.getLogger(__name__)

Endpoint = Literal["tcp", "pty"]
Fault = Literal["paper_low", "paper_out", "cover_open", "offline", "stall", "mute"] | None

DLE_EOT = b"\x10\x04"
GS_R = b"\x1dr"
STATUS_REPLIES: dict[Fault, dict[int, int]] = {
    #              n=1 printer  n=2 off-line  n=3 error  n=4 roll paper
    None: {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12},
    "paper_low": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1E},
    "paper_out": {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72},
    "cover_open": {1: 0x1A, 2: 0x16, 3: 0x12, 4: 0x12},
    "offline": {1: 0x1A, 2: 0x52, 3: 0x52, 4: 0x12},
    "stall": {},
    "mute": {},
}
"""The byte answered to ``DLE EOT n``, per fault; an empty row answers nothing.

Epson bit definitions (bits 1 and 4 are always set, bits 0 and 7 always clear):
n=1 printer status: bit 3 off-line (bit 2, drawer connector pin 3, is left low).
n=2 off-line cause: bit 2 cover open, bit 5 printing stopped by paper end, bit 6 error.
n=3 error cause: bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable (head too hot).
n=4 roll paper sensors: bits 2 and 3 paper near end, bits 5 and 6 paper end.
"offline" is a printer off-line for another reason: an auto-recoverable error.
"""
IN_TURN_REPLIES: dict[Fault, int] = {None: 0x00, "paper_low": 0x03}
"""The byte answered to ``GS r 1`` (paper sensor status, bits 4 and 7 clear: bits 0-1 near
end, bits 2-3 paper end). It is not real-time: it is answered once the data before it has
been processed, so a printer stopped by a fault (or stalled, or mute) does not answer it."""
PAPER_STOPPING_FAULTS: frozenset[Fault] = frozenset({"paper_out", "cover_open", "offline"})
"""Faults during which a received job does not come out on paper."""
DEFAULT_BAUD = 115200
TCP_RECEIVE_BUFFER = 16384
"""SO_RCVBUF of the printer's connections: small like a printer's input buffer, so that a
stalled printer soon blocks its sender (Linux doubles the value for bookkeeping)."""
POLL_S = 0.05
"""How often an idle endpoint checks whether the printer was stopped."""
PACE_S = 0.01
"""With a baud rate, each read takes at most this much of the line's time."""
UNTHROTTLED_READ = 65536

_STATUS_ONLY = re.compile(rb"(?:\x10\x04[\x01-\x04]|\x1dr[\x01\x31]|\x1da\x00)*")
_COMMAND_START = re.compile(rb"[\x10\x1b\x1c\x1d]")


@dataclass(frozen=True)
class PrintedJob:
    """One job as the printer received it; times are ``time.monotonic()`` values."""

    index: int
    data: bytes
    preview: Path | None
    endpoint: Endpoint
    printed: bool
    """False when a fault kept (part of) it from coming out on paper."""
    first_byte_at: float
    last_byte_at: float


def _command_length(data: bytearray, pos: int) -> int | None:
    """Length of the ESC/POS command starting at pos, or None while it has not fully arrived."""
    prefix = data[pos]
    # the bytes that decide the length: DLE n fn; ESC/GS/FS n
    if (prefix == DLE and pos + 2 >= len(data)) or (
        prefix in (ESC, GS, FS) and pos + 1 >= len(data)
    ):
        return None
    length = command_length(data, pos)
    return length if pos + length <= len(data) else None


def _find_cut_end(data: bytearray, pos: int) -> tuple[int, bool]:
    """Walk whole commands from pos; return where the walk stopped and whether a cut ends there.

    Walking by command keeps bytes that only look like a cut (inside raster data, say) from
    ending the job.
    """
    while (match := _COMMAND_START.search(data, pos)) is not None:
        pos = match.start()
        length = _command_length(data, pos)
        if length is None:
            return pos, False
        is_cut = data[pos] == GS and data[pos + 1] == 0x56
        pos += length
        if is_cut:
            return pos, True
    return len(data), False


class _Link:
    """One byte stream into the printer: a TCP connection or the pty master."""

    def __init__(
        self,
        handle: socket.socket | int,
        receive: Callable[[int], bytes],
        send: Callable[[bytes], object],
        *,
        empty_means_gone: bool,
    ) -> None:
        self._handle = handle
        self._receive = receive
        self._send = send
        self._empty_means_gone = empty_means_gone  # a socket's b"" is the peer closing

    @classmethod
    def of_socket(cls, sock: socket.socket) -> _Link:
        """The link of one TCP connection."""
        return cls(
            sock,
            sock.recv,
            lambda data: sock.send(data, socket.MSG_DONTWAIT),
            empty_means_gone=True,
        )

    @classmethod
    def of_pty(cls, master: int) -> _Link:
        """The link of the pty's master side."""
        return cls(
            master,
            lambda size: os.read(master, size),
            lambda data: os.write(master, data),
            empty_means_gone=False,
        )

    def wait_readable(self, timeout: float) -> bool:
        """True when bytes can be read, waiting at most timeout seconds."""
        return bool(select.select([self._handle], [], [], timeout)[0])

    def read(self, size: int) -> bytes | None:
        """Up to size bytes (b"" if none yet), or None when the sender has gone."""
        try:
            data = self._receive(size)
        except BlockingIOError:
            return b""
        except OSError:
            return None
        return None if not data and self._empty_means_gone else data

    def reply(self, data: bytes) -> None:
        """Send without blocking; a reply nobody reads is dropped, as on a real line."""
        try:
            self._send(data)
        except OSError:
            log.debug("status reply %r not sent", data)


class _Pacer:
    """Holds reads to baud/10 bytes per second (8N1: 10 bits a byte) on an absolute schedule."""

    def __init__(self, baud: int | None) -> None:
        self.bytes_per_s = baud / 10 if baud else None
        self.read_size = (
            max(1, int(self.bytes_per_s * PACE_S)) if self.bytes_per_s else UNTHROTTLED_READ
        )
        self._line_free_at = 0.0

    def transfer(self, size: int, read_at: float) -> tuple[float, float]:
        """Wait out the line time of size bytes read at read_at; return its start and end."""
        if self.bytes_per_s is None:
            return read_at, read_at
        # A read a little late is the reader's scheduling, not a pause in the data: keep to the
        # schedule, or the rate drifts down by the reader's latency on every read.
        start = self._line_free_at if read_at - self._line_free_at <= PACE_S else read_at
        self._line_free_at = start + size / self.bytes_per_s
        if (delay := self._line_free_at - time.monotonic()) > 0:
            time.sleep(delay)
        return start, self._line_free_at


@dataclass
class _JobInProgress:
    first_byte_at: float
    last_byte_at: float
    data: bytearray = field(default_factory=bytearray)
    printed: bool = True
    walked_to: int = 0
    """How far the cut search has walked through data (pty only)."""


class _Receiver:
    """Reads one stream into jobs, answering status queries, under the printer's faults."""

    def __init__(self, printer: VirtualPrinter, endpoint: Endpoint, link: _Link) -> None:
        self.printer = printer
        self.endpoint = endpoint
        self.link = link
        self.pacer = _Pacer(printer.baud)
        self.tail = b""  # the stream's last two bytes: a DLE EOT may be split across reads
        self.job: _JobInProgress | None = None

    def run(self) -> None:
        """Receive until the sender goes or the printer stops; the job in progress is kept."""
        printer = self.printer
        try:
            while printer._wait_while_stalled():
                if not self.link.wait_readable(self._idle_wait()):
                    if self.job and time.monotonic() - self.job.last_byte_at >= printer.idle_end_s:
                        self._end_job()
                    continue
                length = len(self.job.data) if self.job else 0
                if not (size := printer._read_size(length, self.pacer.read_size)):
                    continue  # stalled while waiting for input
                chunk = self.link.read(size)
                if chunk is None:
                    break
                if chunk:
                    start, end = self.pacer.transfer(len(chunk), time.monotonic())
                    self._take(chunk, start, end)
        finally:
            self._end_job()

    def _idle_wait(self) -> float:
        if self.job is None:
            return POLL_S
        idle_left = self.job.last_byte_at + self.printer.idle_end_s - time.monotonic()
        return min(POLL_S, max(0.0, idle_left))

    def _take(self, chunk: bytes, start: float, end: float) -> None:
        window = self.tail + chunk
        self.tail = window[-2:]
        job = self.job or _JobInProgress(start, end)
        self.job = job
        with self.printer._changed:
            replies, in_turn = self.printer._status_replies(window)
            if replies:
                self.link.reply(replies)  # before the bytes count as received: tests wait on it
            if in_turn:
                self.printer._reply_when_printed(self.link, in_turn)
            job.data += chunk
            status_only = _STATUS_ONLY.match(job.data)
            assert status_only is not None  # it matches the empty string too
            if leading := status_only.end():  # a job begins after queries
                del job.data[:leading]
            offset = len(job.data) - len(chunk)  # where chunk begins in the job's data
            job.last_byte_at = end
            if self.printer._fault in PAPER_STOPPING_FAULTS:
                job.printed = False
            self.printer._count_received(self.endpoint, len(chunk), len(job.data))
        if self.endpoint == "pty":
            self._end_jobs_at_cuts(chunk, start, end, offset)
        if self.job and _STATUS_ONLY.fullmatch(self.job.data):
            self.job = None  # status queries alone are no job; one begins with another byte

    def _end_jobs_at_cuts(self, chunk: bytes, start: float, end: float, offset: int) -> None:
        """End the job right after each complete cut; bytes after it begin the next job.

        offset is where chunk begins in the job's data; a cut's time is interpolated in chunk.
        """
        while (job := self.job) is not None:
            job.walked_to, cut = _find_cut_end(job.data, job.walked_to)
            if not cut:
                return
            in_chunk = job.walked_to - offset
            cut_at = start + (end - start) * in_chunk / len(chunk)
            rest = job.data[job.walked_to :]
            del job.data[job.walked_to :]
            job.last_byte_at = cut_at
            self._end_job()
            if rest:
                self.job = _JobInProgress(cut_at, end, rest, job.printed)
            offset = -in_chunk

    def _end_job(self) -> None:
        job, self.job = self.job, None
        if job:
            self.printer._record(bytes(job.data), self.endpoint, job)


class _TcpHandler(socketserver.BaseRequestHandler):
    server: _TcpServer

    def handle(self) -> None:
        self.server.printer._receive("tcp", _Link.of_socket(self.request))


class _TcpServer(LoggedErrors, socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    printer: VirtualPrinter

    def server_bind(self) -> None:
        # Accepted connections inherit the listener's receive buffer.
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, TCP_RECEIVE_BUFFER)
        super().server_bind()


class VirtualPrinter:
    """An ESC/POS printer on loopback TCP and, with ``pty=True``, on a pseudo-terminal."""

    def __init__(
        self,
        out_dir: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        paper_width_dots: int = 576,
        font_path: Path | None = None,
        pty: bool = False,
        baud: int | None = None,
        idle_end_s: float = 0.3,
        answers_gs_r: bool = True,
        print_delay_s: float = 0.0,
    ) -> None:
        """``answers_gs_r=False`` makes a printer that implements only real-time status;
        ``print_delay_s`` is how long a job takes to come out after its last byte arrived
        (a printer printing from its buffer), which delays the reply to GS r."""
        if baud is not None and baud <= 0:
            raise ValueError("baud must be positive")
        if idle_end_s <= 0:
            raise ValueError("idle_end_s must be positive")
        self.out_dir = out_dir
        self.paper_width_dots = paper_width_dots
        self.font_path = font_path
        self.baud = baud
        self.idle_end_s = idle_end_s
        self.answers_gs_r = answers_gs_r
        self.print_delay_s = print_delay_s
        self.jobs: list[PrintedJob] = []
        self._issued = 0
        self._fault: Fault = None
        self._pending: tuple[Fault, int] | None = None
        self._received: dict[Endpoint, int] = {"tcp": 0, "pty": 0}
        self._changed = threading.Condition()
        self._receivers: set[threading.Thread] = set()
        self._timers: set[threading.Timer] = set()  # GS r replies waiting for print_delay_s
        self._started = self._stopped = False
        self._server = _TcpServer((host, port), _TcpHandler)
        self._server.printer = self
        host_name, self.port = self._server.server_address[:2]
        assert isinstance(host_name, str)  # an IPv4 server's address: text, not bytes
        self.host = host_name
        self._serving = ServerThread(self._server, "virtual-printer")
        self._pty_fds: tuple[int, int] | None = None
        self.pty_path: str | None = None
        """The pty's slave device, which the kiosk opens as a serial port (None without pty)."""
        if pty:
            master, slave = os.openpty()
            tty.setraw(slave, termios.TCSANOW)  # bytes pass unchanged: no CR/LF, echo, XON/XOFF
            os.set_blocking(master, False)
            self._pty_fds = (master, slave)  # holding the slave keeps the pty up between opens
            self.pty_path = os.ttyname(slave)

    @property
    def uri(self) -> str:
        """The printer URI the kiosk is configured with to reach the TCP endpoint."""
        return f"tcp://{self.host}:{self.port}"

    @property
    def serial_uri(self) -> str | None:
        """The printer URI of the pty endpoint (None without pty)."""
        if self.pty_path is None:
            return None
        return f"serial://{self.pty_path}?baudrate={self.baud or DEFAULT_BAUD}"

    @property
    def fault(self) -> Fault:
        """The fault in effect now (None: a healthy printer)."""
        with self._changed:
            return self._fault

    def start(self) -> VirtualPrinter:
        """Start both endpoints; returns self."""
        self._started = True
        self._serving.start()
        if self._pty_fds is not None:
            threading.Thread(
                target=self._receive,
                args=("pty", _Link.of_pty(self._pty_fds[0])),
                daemon=True,
                name="virtual-printer-pty",
            ).start()
        return self

    def stop(self) -> None:
        """Power off: refuse connections, drop open ones, close the pty (serial writes fail).

        A job in progress is kept as it was received so far.
        """
        with self._changed:
            if self._stopped:
                return
            self._stopped = True
            self._changed.notify_all()
            receivers = list(self._receivers)
            timers, self._timers = self._timers, set()
        for timer in timers:
            timer.cancel()
        if self._started:
            self._serving.stop()
        else:
            self._server.server_close()
        for receiver in receivers:
            receiver.join(timeout=5)
        if self._pty_fds is not None:
            for fd in self._pty_fds:
                os.close(fd)

    def set_fault(self, fault: Fault, *, after_bytes: int | None = None) -> None:
        """Switch to ``fault`` (None: healthy) now, or once a job has received ``after_bytes``.

        With ``after_bytes`` the switch happens exactly after that many bytes of the job in
        progress, or of the next job: the printer reads no further before switching.
        """
        if fault not in STATUS_REPLIES:
            raise ValueError(f"unknown printer fault {fault!r}")
        if after_bytes is not None and after_bytes < 1:
            raise ValueError("after_bytes must be at least 1")
        with self._changed:
            if after_bytes is None:
                self._fault, self._pending = fault, None
            else:
                self._pending = (fault, after_bytes)
            self._changed.notify_all()

    def received_bytes(self, endpoint: Endpoint | None = None) -> int:
        """Bytes read so far from one endpoint, or from both."""
        with self._changed:
            return self._received_bytes(endpoint)

    def wait_for_received(
        self, count: int, timeout: float = 10.0, endpoint: Endpoint | None = None
    ) -> int:
        """Block until at least ``count`` bytes were read; return the count (raise on timeout)."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._received_bytes(endpoint) >= count, timeout):
                raise TimeoutError(
                    f"{self._received_bytes(endpoint)} of {count} bytes read in {timeout} s"
                )
            return self._received_bytes(endpoint)

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> list[PrintedJob]:
        """Block until at least ``count`` jobs arrived; return them (raise on timeout)."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise TimeoutError(f"{len(self.jobs)} of {count} jobs arrived in {timeout} s")
            return list(self.jobs)

    # ------------------------------------------------------------- used by the receivers
    def _receive(self, endpoint: Endpoint, link: _Link) -> None:
        thread = threading.current_thread()
        with self._changed:
            if self._stopped:
                return
            self._receivers.add(thread)
        try:
            _Receiver(self, endpoint, link).run()
        finally:
            with self._changed:
                self._receivers.discard(thread)

    def _received_bytes(self, endpoint: Endpoint | None) -> int:
        return self._received[endpoint] if endpoint else sum(self._received.values())

    def _wait_while_stalled(self) -> bool:
        """Block while the printer is stalled; False once it is stopped."""
        with self._changed:
            self._changed.wait_for(lambda: self._fault != "stall" or self._stopped)
            return not self._stopped

    def _read_size(self, job_length: int, read_size: int) -> int:
        """read_size, cut short so that a pending fault starts at exactly its byte; 0 if stalled."""
        with self._changed:
            if self._fault == "stall":
                return 0
            if self._pending and self._pending[1] > job_length:
                return min(read_size, self._pending[1] - job_length)
            return read_size

    def _status_replies(self, window: bytes) -> tuple[bytes, int]:
        """The replies to the DLE EOT n in window that end in its last read, and how many
        GS r 1 it holds (call under lock)."""
        replies = STATUS_REPLIES[self._fault]
        answered = bytearray()
        start = 0
        while (at := window.find(DLE_EOT, start)) != -1 and at + 2 < len(window):
            if (reply := replies.get(window[at + 2])) is not None:
                answered.append(reply)
            start = at + 1
        in_turn = sum(
            1
            for at in range(len(window) - 2)
            if window[at : at + 2] == GS_R and window[at + 2] in (1, 49)
        )
        return bytes(answered), in_turn if self.answers_gs_r else 0

    def _reply_when_printed(self, link: _Link, count: int) -> None:
        """Answer GS r once the job before it is on paper: after ``print_delay_s``, and only
        if no fault stops the printer then (the reply reflects the paper at that moment)."""

        def answer() -> None:
            with self._changed:  # the fd of a stopped printer may belong to a new one now
                reply = None if self._stopped else IN_TURN_REPLIES.get(self._fault)
                if reply is not None:
                    link.reply(bytes([reply]) * count)

        if self.print_delay_s:
            timer = threading.Timer(self.print_delay_s, answer)
            timer.daemon = True
            with self._changed:
                self._timers = {t for t in self._timers if t.is_alive()} | {timer}
            timer.start()
        else:
            answer()

    def _count_received(self, endpoint: Endpoint, size: int, job_length: int) -> None:
        """Count bytes read and start a pending fault when due (call under lock)."""
        self._received[endpoint] += size
        if self._pending and job_length >= self._pending[1]:
            self._fault, self._pending = self._pending[0], None
            log.info("virtual printer fault now %s", self._fault)
        self._changed.notify_all()

    def _record(self, data: bytes, endpoint: Endpoint, received: _JobInProgress) -> None:
        """Keep one finished job and write its files (a preview only if it printed)."""
        with self._changed:
            self._issued += 1
            index = self._issued
        preview = None
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            (self.out_dir / f"job-{index:04d}.bin").write_bytes(data)
            if received.printed:
                try:
                    preview = save_preview(
                        data,
                        self.out_dir / f"job-{index:04d}.png",
                        self.paper_width_dots,
                        self.font_path,
                    )
                except Exception:  # a preview is a convenience; never lose the job over it
                    log.exception("preview of job %d failed", index)
        job = PrintedJob(
            index,
            data,
            preview,
            endpoint,
            received.printed,
            received.first_byte_at,
            received.last_byte_at,
        )
        with self._changed:
            self.jobs.append(job)
            self.jobs.sort(key=lambda j: j.index)
            self._changed.notify_all()
        log.info(
            "virtual printer received job %d (%d bytes over %s%s)",
            index,
            len(data),
            endpoint,
            "" if received.printed else ", not printed",
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run a virtual printer until Ctrl-C; typing a fault name and Enter switches to it."""
    parser = argparse.ArgumentParser(
        prog="python -m simulators.virtual_printer", description=main.__doc__
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100, help="TCP port (0: any free port)")
    parser.add_argument("--pty", action="store_true", help="also listen on a pseudo-terminal")
    parser.add_argument("--baud", type=int, help="read at most baud/10 bytes per second")
    parser.add_argument("--width", type=int, default=576, help="paper width in dots")
    parser.add_argument("--out", type=Path, help="write job-NNNN.bin and .png here")
    parser.add_argument("--font", type=Path, help="TrueType font for text in previews")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(message)s", force=True
    )  # an imported library may have configured logging
    printer = VirtualPrinter(
        args.out,
        host=args.host,
        port=args.port,
        paper_width_dots=args.width,
        font_path=args.font,
        pty=args.pty,
        baud=args.baud,
    ).start()
    print(f"listening on {printer.uri}", flush=True)
    if printer.serial_uri:
        print(f"listening on {printer.serial_uri}", flush=True)
    faults = {str(fault).lower(): fault for fault in STATUS_REPLIES}  # None -> "none"
    print(f"type a fault ({', '.join(faults)}) and Enter to switch; Ctrl-C to stop", flush=True)
    try:
        for line in sys.stdin:
            if (name := line.strip().lower()) in faults:
                printer.set_fault(faults[name])
                print(f"fault: {name}", flush=True)
            elif name:
                print(f"unknown fault {name!r}", flush=True)
        threading.Event().wait()  # stdin closed: keep serving
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

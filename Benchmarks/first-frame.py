#!/usr/bin/env python3
"""Time from exec to the end of a program's first frame on a pseudo-terminal, without tmux.

    first-frame.py [--runs N] [--size COLSxROWS] [--settle MS] [--dump FILE]
                   NAME MARKER [VAR=VALUE...] PROGRAM [ARG...] [-- NAME MARKER ...]...

Each program runs on a new pseudo-terminal of the given size, set by TIOCSWINSZ before exec
(LINES and COLUMNS are taken out of the environment, so the program asks the terminal, as in a
real one), as the session leader with the terminal as its controlling one, with the VAR=VALUE
settings added to this process's environment (no `env` in between: its exec would be timed
too). The clock starts in the child just before execve (it sends its CLOCK_MONOTONIC time
through a pipe) and stops when the output read so far completes MARKER, a regular expression
matched against the output with the terminal's escape sequences and control characters taken
out: the text of the frame's last row (gloss's status line, less's prompt). The program is then
killed (SIGKILL) and its terminal closed. With --settle MS the run also waits for MS ms of
quiet after the marker and reports the end of the last output before it, to check that nothing
of the frame comes later. The programs of one call run interleaved, run by run, so that the
load of the machine falls on all of them alike; the report gives each one's median, quartiles
and range in milliseconds. --dump writes the first program's output of the last run to FILE,
and when each read of it came to FILE.reads.
"""
import argparse
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()*+][0-~]|[=>78DEHMNOZc])|[\x00-\x08\x0e-\x1f]")


def first_frame(argv, environment, marker, columns, rows, settle_ms, dump):
    """Runs argv once with `environment` added to this process's; returns (ms to the marker,
    ms to the last output before the quiet or None)."""
    environment = {key: value for key, value in os.environ.items() if key not in ("LINES", "COLUMNS")} | environment
    clock_read, clock_write = os.pipe()
    pid, master = os.forkpty()
    if pid == 0:
        os.close(clock_read)
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.write(clock_write, struct.pack("q", time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
        os.close(clock_write)
        try:
            os.execve(argv[0], argv, environment)
        finally:
            os._exit(127)
    os.close(clock_write)
    started = struct.unpack("q", os.read(clock_read, 8))[0]
    os.close(clock_read)
    output = bytearray()
    reads = []
    marked = last = None
    deadline = time.clock_gettime_ns(time.CLOCK_MONOTONIC) + 10_000_000_000
    try:
        while True:
            now = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
            if marked is None:
                wait = (deadline - now) / 1e9
            else:
                wait = (last + settle_ms * 1_000_000 - now) / 1e9
            if wait <= 0:
                break
            readable, _, _ = select.select([master], [], [], wait)
            if not readable:
                break
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            last = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
            output += chunk
            reads.append(((last - started) / 1e6, len(output)))
            window = bytes(output[-(len(chunk) + 1024) :])
            if marked is None and marker.search(ESCAPES.sub(b"", window)):
                marked = last
                if not settle_ms:
                    break
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(master)
    if dump:
        with open(dump, "wb") as file:
            file.write(output)
        with open(dump + ".reads", "w") as file:
            file.write(f"exec at {started} ns (CLOCK_MONOTONIC)\n")
            file.writelines(f"{ms:.2f} ms: {size} bytes\n" for ms, size in reads)
    if marked is None:
        raise SystemExit(f"{argv[0]}: no {marker.pattern!r} within 10 s; wrote {len(output)} bytes")
    return (marked - started) / 1e6, ((last - started) / 1e6 if settle_ms else None)


def quartiles(values):
    """The first quartile, the median and the third quartile."""
    if len(values) < 4:
        middle = statistics.median(values)
        return min(values), middle, max(values)
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--size", default="200x60")
    parser.add_argument("--settle", type=float, default=0, help="ms of quiet after the marker")
    parser.add_argument("--dump", help="write the last run's output of the first program here")
    parser.add_argument("programs", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    columns, rows = (int(part) for part in options.size.split("x"))
    programs, words = [], options.programs
    while words:
        cut = words.index("--") if "--" in words else len(words)
        name, marker, *argv = words[:cut]
        settings = {}
        while argv and "=" in argv[0] and not argv[0].startswith("/"):
            key, value = argv.pop(0).split("=", 1)
            settings[key] = value
        programs.append((name, re.compile(marker.encode()), settings, argv))
        words = words[cut + 1 :]
    times = {name: [] for name, *_ in programs}
    quiet = {name: [] for name, *_ in programs}
    for run in range(options.runs):
        for index, (name, marker, settings, argv) in enumerate(programs):
            dump = options.dump if index == 0 and run == options.runs - 1 else None
            marked, settled = first_frame(argv, settings, marker, columns, rows, options.settle, dump)
            times[name].append(marked)
            if settled is not None:
                quiet[name].append(settled)
    for name, *_ in programs:
        q1, q2, q3 = quartiles(times[name])
        line = f"{name}: median {q2:.1f} ms, quartiles {q1:.1f}–{q3:.1f}, range {min(times[name]):.1f}–{max(times[name]):.1f} ({options.runs} runs)"
        if quiet[name]:
            line += f"; last output before {options.settle:g} ms of quiet: median {statistics.median(quiet[name]):.1f} ms"
        print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()

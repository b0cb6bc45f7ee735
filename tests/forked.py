"""`newsletter` in a real process of its own, forked from a server that has already imported it.

Tests that kill a send midway, run two schedule runs at once or serve pages need a real process: its own pid, its
own signals, its own database connections. A fresh interpreter costs about 0.4 s of CPU to start and import the
CLI; multiprocessing's forkserver (a clean, single-threaded interpreter started once per test worker with the
CLI's modules imported) forks one in milliseconds. The child gets exactly the arguments, environment and working
folder it is given, and stdin at end of file. Only the start-up checks (test_startup.py), which count imports,
need fresh interpreters.

    run(["--workspace", root, "send", "--yes"], env=env)      -> Finished(returncode, stdout, stderr)
    proc = start([...], env=env); os.kill(proc.pid, SIGKILL); proc.wait(timeout=60)
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing import reduction
from pathlib import Path

_CONTEXT = multiprocessing.get_context("forkserver")
# What the real-process tests' commands import: the CLI, sending (SMTP, SendGrid), the web app and its server.
_CONTEXT.set_forkserver_preload([
    "newsletter.cli", "newsletter.cli.send", "newsletter.cli.schedule", "newsletter.cli.serve",
    "newsletter.cli.preview", "newsletter.deliver.send", "newsletter.deliver.providers.smtp",
    "newsletter.deliver.providers.sendgrid", "newsletter.web.app", "newsletter.preview", "uvicorn", "psycopg"])


class _Fd:
    """A file descriptor handed to the child (duplicated into it through the forkserver's socket)."""

    def __init__(self, fd: int):
        self.fd = fd

    def __reduce__(self):
        return _detach, (reduction.DupFd(self.fd),)


def _detach(dup) -> int:
    return dup.detach()


def _child(argv: list[str], env: dict[str, str], cwd: str, stdout: int, stderr: int) -> None:
    """Runs in the forked process: the standard streams on the pipes, then the CLI as `python -m newsletter`."""
    null = os.open(os.devnull, os.O_RDONLY)
    for fd, target in ((null, 0), (stdout, 1), (stderr, 2)):
        os.dup2(fd, target)
        os.close(fd)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 (the process's own streams)
    sys.stdout = io.TextIOWrapper(open(1, "wb", closefd=False), encoding="utf-8", line_buffering=True)  # noqa: SIM115
    sys.stderr = io.TextIOWrapper(open(2, "wb", closefd=False), encoding="utf-8", line_buffering=True)  # noqa: SIM115
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.argv = ["newsletter", *argv]
    from newsletter.cli import main

    main()


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str


class Process:
    """The parts of subprocess.Popen the tests use: pid, poll, wait, communicate, send_signal, kill."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: str | Path):
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        self._process = _CONTEXT.Process(target=_child, args=([str(a) for a in argv], dict(env), str(cwd),
                                                              _Fd(out_w), _Fd(err_w)))
        try:
            self._process.start()
        finally:
            os.close(out_w)
            os.close(err_w)
        self.pid: int = self._process.pid  # type: ignore[assignment]
        self.stdout = open(out_r, encoding="utf-8", errors="replace")  # noqa: SIM115 (closed by communicate)
        self.stderr = open(err_r, encoding="utf-8", errors="replace")  # noqa: SIM115

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self._process.exitcode is None:
            raise subprocess.TimeoutExpired(["newsletter"], timeout or 0)
        return self._process.exitcode

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Everything the process writes until it ends (both pipes read at once, so neither fills up)."""
        texts: dict[str, str] = {}
        readers = [threading.Thread(target=lambda name=name, stream=stream: texts.__setitem__(name, stream.read()),
                                    daemon=True) for name, stream in (("out", self.stdout), ("err", self.stderr))]
        for reader in readers:
            reader.start()
        self.wait(timeout)
        for reader in readers:
            reader.join(timeout)
        self.stdout.close()
        self.stderr.close()
        return texts.get("out", ""), texts.get("err", "")

    def send_signal(self, sig: int) -> None:
        if self._process.exitcode is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def start(argv: list[str], env: dict[str, str] | None = None, cwd: str | Path | None = None) -> Process:
    return Process(argv, os.environ.copy() if env is None else env, cwd or os.getcwd())


def run(argv: list[str], env: dict[str, str] | None = None, cwd: str | Path | None = None,
        timeout: float = 60) -> Finished:
    process = start(argv, env, cwd)
    try:
        stdout, stderr = process.communicate(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
    return Finished(process.wait(), stdout, stderr)

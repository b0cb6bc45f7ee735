"""A send asked to stop (Ctrl-C, or SIGTERM from a service manager) first records what is under way.

While the delivery loop runs, SIGINT and SIGTERM only set a flag: the loop finishes the unit of work it is on,
lets the provider hand over the results of the messages its other connections had in flight, records them, and
only then raises KeyboardInterrupt. Raised at once, the interrupt left those messages delivered but unrecorded,
and `--resume` sent them again. A second signal acts at once (the handlers in place before are back), for a
server that takes long to answer. A signal the process was started to ignore (a background job) stays ignored.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_POLL = 0.1
"""Seconds between looks at the flag while waiting between retry rounds."""


class StopRequest:
    """Set by a signal while the delivery loop runs; the loop looks at it between units of work. A plain flag: a
    signal handler that took a lock (an Event's) could wait for ever on the lock its own thread held."""

    def __init__(self, announce: Callable[[], None] | None = None) -> None:
        self.requested = False
        self._announce = announce

    def announce(self) -> None:
        """Tell the caller the send is stopping (called by the loop, never by the handler: a handler must not
        print or take a lock)."""
        if self._announce is not None:
            self._announce()

    def sleep(self, seconds: float) -> None:
        """Wait between retry rounds, cut short by a stop request."""
        end = time.monotonic() + seconds
        while not self.requested and (left := end - time.monotonic()) > 0:
            time.sleep(min(left, _POLL))


@contextmanager
def stop_on_signals(announce: Callable[[], None] | None = None) -> Iterator[StopRequest]:
    """A StopRequest that SIGINT and SIGTERM set while the block runs (in the main thread: the only one that may
    handle signals; elsewhere the request is never set by a signal). `announce` is called once the loop sees it."""
    stop = StopRequest(announce)
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    before = {sig: signal.getsignal(sig) for sig in _SIGNALS}
    caught = [sig for sig, handler in before.items() if handler is not signal.SIG_IGN]

    def restore() -> None:
        for sig in caught:
            handler = before[sig]
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)

    def handler(signum: int, frame: object) -> None:
        restore()  # (first: a second signal acts at once)
        stop.requested = True

    for sig in caught:
        signal.signal(sig, handler)
    try:
        yield stop
    finally:
        restore()

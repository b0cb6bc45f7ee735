"""A send asked to stop (Ctrl-C, or SIGTERM from a service manager) first records what is under way.

While the delivery loop runs, SIGINT and SIGTERM only set a flag: the loop finishes the unit of work it is on,
lets the provider hand over the results of the messages its other connections had in flight, records them, and
only then raises KeyboardInterrupt. Raised at once, the interrupt left those messages delivered but unrecorded,
and `--resume` sent them again. A second signal acts at once (the handlers in place before are back), for a
server that takes long to answer.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopRequest:
    """Set by a signal while the delivery loop runs; the loop looks at it between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def request(self) -> None:
        self._event.set()

    def sleep(self, seconds: float) -> None:
        """Wait between retry rounds, cut short by a stop request."""
        self._event.wait(seconds)


@contextmanager
def stop_on_signals() -> Iterator[StopRequest]:
    """A StopRequest that SIGINT and SIGTERM set while the block runs (in the main thread: the only one that may
    handle signals; elsewhere the request is never set by a signal)."""
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    before = {sig: signal.getsignal(sig) for sig in _SIGNALS}

    def restore() -> None:
        for sig, handler in before.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)

    def handler(signum: int, frame: object) -> None:
        stop.request()
        restore()

    for sig in _SIGNALS:
        signal.signal(sig, handler)
    try:
        yield stop
    finally:
        restore()

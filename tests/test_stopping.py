"""The delivery loop's signal handling (newsletter/deliver/stopping.py); the send itself stopped by a real signal
is in test_send.py (`…records_what_was_under_way…`)."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from newsletter.deliver.stopping import stop_on_signals


def _signal_soon(sig: int, after: float = 0.2) -> threading.Timer:
    timer = threading.Timer(after, os.kill, (os.getpid(), sig))
    timer.start()
    return timer


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_cuts_the_retry_pause_short_and_a_second_one_acts_at_once(sig):
    before = signal.getsignal(sig)
    with stop_on_signals() as stop:
        _signal_soon(sig)
        started = time.monotonic()
        stop.sleep(20)
        assert stop.requested and time.monotonic() - started < 5
        assert signal.getsignal(sig) is before  # (the handler in place before is back: a second signal acts)
    assert signal.getsignal(sig) is before
    if sig == signal.SIGINT:
        with pytest.raises(KeyboardInterrupt), stop_on_signals():
            _signal_soon(sig, 0.05).join()
            os.kill(os.getpid(), sig)
            time.sleep(1)


def test_a_signal_the_process_ignores_stays_ignored():
    """A send started as a background job (SIGINT ignored) is not stopped by a stray SIGINT."""
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with stop_on_signals() as stop:
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.1)
            assert not stop.requested
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_send_leaves_the_handlers_as_it_found_them(sample, cli_in):
    from tests.conftest import import_people

    import_people(sample, [("ann@example.com", "Ann"), ("bob@example.com", "Bob")])
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    result = cli_in(sample, "send", "--yes")
    assert result.exit_code == 0, result.output
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before

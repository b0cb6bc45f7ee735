"""smtp: smtplib over STARTTLS, SSL or plain, with login and timeouts; a few connections in parallel, each
reused for many messages; refusals recorded per recipient (4xx transient, 5xx permanent).

The unit of work is one message: each result is handed to the caller, which records it in the ledger, before
that connection starts its next message, so a killed send resends at most the messages in flight. Each message is
also its own batch for the caller's `before` check, made just before it is queued: at most one message a connection
lies between that check and the sending, so someone who unsubscribes while the send runs is not mailed. A server
that cannot be reached stops the send with one line instead of failing every recipient in turn. A message whose
final dot went out and got no answer may have been accepted: it is recorded unanswered and the send stops (the
other connections' messages in flight recorded first), never retried on its own.
"""

from __future__ import annotations

import os
import queue
import smtplib
import ssl
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsletter.config import SmtpSettings
from newsletter.deliver.providers.base import BeforeBatch, Capabilities, Job, Options, Provider, Result
from newsletter.errors import ProviderError, redact

if TYPE_CHECKING:
    from newsletter.render.message import Recipient

CONNECT_ATTEMPTS = 3
"""Connection attempts (with a short pause between) before the server counts as unreachable."""
CONNECT_PAUSE = 0.5


class Unreachable(ProviderError):
    """No connection could be made (refused, no answer, no such host)."""


class SmtpProvider(Provider):
    name = "smtp"
    capabilities = Capabilities(max_batch=1)

    def __init__(self, settings: SmtpSettings, password: str = "", ssl_context: ssl.SSLContext | None = None):
        self.settings = settings
        self.password = password
        self._ssl_context = ssl_context
        self._work: queue.Queue = queue.Queue()
        self._results: queue.Queue = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self._connected_once = False
        self._alive = 0
        self._lock = threading.Lock()

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context, made when a connection first needs it: loading the system's certificates costs ~50 ms of
        CPU, and a plain connection to a local relay needs none."""
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    @classmethod
    def from_config(cls, config: Any, root: Path, options: Options) -> SmtpProvider:
        return cls(config.delivery.smtp, password=os.environ.get("NEWSLETTER_SMTP_PASSWORD", ""))

    def describe(self) -> str:
        s = self.settings
        return f"smtp ({s.host}:{s.port}, {s.security}, {s.connections} connections)"

    def _where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def _open(self) -> smtplib.SMTP:
        s = self.settings
        try:
            if s.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self.ssl_context)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    conn.starttls(context=self.ssl_context)
            if s.username:
                conn.ehlo_or_helo_if_needed()
                if not conn.has_extn("auth"):
                    conn.close()
                    raise ProviderError("smtp", f"{self._where()} does not offer login (AUTH) on this connection; "
                                        f"check [delivery.smtp] security")
                conn.login(s.username, self.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise ProviderError("smtp", f"login as '{s.username}' refused: {_text(exc.smtp_error)}",
                                exc.smtp_code) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise ProviderError("smtp", f"{self._where()} does not support {s.security}: {exc}") from exc
        _track_message_end(conn)
        return conn

    def connect(self) -> smtplib.SMTP:
        """A logged-in connection, or ProviderError after a few attempts: the server is unreachable."""
        last: Exception | None = None
        for attempt in range(CONNECT_ATTEMPTS):
            if attempt:
                time.sleep(CONNECT_PAUSE * attempt)
            try:
                conn = self._open()
            except ProviderError:
                raise
            except (OSError, smtplib.SMTPException) as exc:
                last = exc
                continue
            self._connected_once = True
            return conn
        text = str(last) or type(last).__name__
        timed_out = isinstance(last, TimeoutError) or "timed out" in text
        reason = f"no answer within {self.settings.timeout:g} s" if timed_out else text
        raise Unreachable("smtp", f"cannot connect to {self._where()}: {redact(reason)}; check [delivery.smtp] "
                            f"host and port")

    # -- the unit of work is one message ------------------------------------------------------------------------
    def deliver(self, job: Job, recipients: list[Recipient],
                before: BeforeBatch | None = None) -> Iterator[list[Result]]:
        """Keep every connection busy with one message, each checked by `before` only when a connection is free
        for it (queued ahead, a message would go to someone who left after the check)."""
        self._start_workers(job)
        waiting = iter(recipients)

        def queue_next() -> int:
            for recipient in waiting:
                if before is None or before([recipient]):
                    self._work.put(recipient)
                    return 1
            return 0

        under_way = sum(queue_next() for _ in range(self.settings.connections))
        while under_way:
            result, recorded = self._next_result()
            yield [result]
            if result.unanswered:  # the send stops here: no connection starts another message
                self._stop.set()
                recorded.set()
                count = 1
                for results in self._in_flight():
                    count += sum(r.unanswered for r in results)
                    yield results
                raise self.unanswered_stop(result.reason, count)
            # The caller has recorded the result (the ledger write happens before the generator resumes): only
            # now may that connection start its next message, so a crash never loses an accepted one.
            under_way += queue_next() - 1
            recorded.set()

    def send_batch(self, job: Job, batch: list[Recipient]) -> Iterator[list[Result]]:
        return self.deliver(job, batch)

    def _next_result(self) -> tuple[Result, threading.Event]:
        item = self._results.get()
        if isinstance(item, BaseException):
            raise self.classify(item) if isinstance(item, Exception) else item
        return item

    def drain(self) -> Iterator[list[Result]]:
        self._stop.set()
        return self._in_flight()

    def _in_flight(self) -> Iterator[list[Result]]:
        """Once stopping: the results of the messages the other connections were sending, for the caller to record
        (else a resume would send them again)."""
        for thread in self._threads:  # a message under way may wait on each of MAIL, RCPT, DATA and its end
            thread.join(4 * self.settings.timeout + 5)
        while True:
            try:
                item = self._results.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, tuple):
                yield [item[0]]

    def _start_workers(self, job: Job) -> None:
        if self._threads:
            return
        envelope_from = parseaddr(job.sender)[1]
        self._alive = self.settings.connections
        for _ in range(self.settings.connections):
            thread = threading.Thread(target=self._worker, args=(job, envelope_from), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _worker(self, job: Job, envelope_from: str) -> None:
        conn: smtplib.SMTP | None = None
        try:
            while not self._stop.is_set():
                try:
                    recipient = self._work.get(timeout=0.2)
                except queue.Empty:
                    continue
                if self._stop.is_set():  # stopped while this worker waited: the message is not started
                    self._work.put(recipient)
                    break
                if conn is None:
                    try:
                        conn = self.connect()
                    except Unreachable:
                        if self._retire():  # others still work (a server that limits connections): carry on
                            self._work.put(recipient)
                            return
                        raise
                result, keep = _send_one(conn, envelope_from, recipient, job)
                if not keep:
                    _quit(conn)
                    conn = None
                self._hand_over(result)
        except BaseException as exc:
            self._results.put(exc)
        finally:
            if conn is not None:
                _quit(conn)

    def _retire(self) -> bool:
        """This worker stops; True when other workers remain and at least one connection ever worked."""
        with self._lock:
            self._alive -= 1
            return self._alive > 0 and self._connected_once

    def _hand_over(self, result: Result) -> None:
        """Pass a result to the caller and wait until it is recorded."""
        recorded = threading.Event()
        self._results.put((result, recorded))
        while not recorded.wait(0.1):
            if self._stop.is_set():
                return

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=self.settings.timeout + 5)
        self._threads.clear()

    # -- one message on its own ---------------------------------------------------------------------------------
    def send_message(self, message: EmailMessage) -> None:
        conn = self.connect()
        try:
            conn.send_message(message, from_addr=parseaddr(str(message["From"]))[1])
        except smtplib.SMTPResponseException as exc:
            raise ProviderError("smtp", f"{message['To']}: {exc.smtp_code} {_text(exc.smtp_error)}",
                                exc.smtp_code) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ProviderError("smtp", f"cannot send to {message['To']}: {exc}") from exc
        finally:
            _quit(conn)


def _send_one(conn: smtplib.SMTP, envelope_from: str, recipient: Recipient, job: Job) -> tuple[Result, bool]:
    """(result, whether the connection can be reused)."""
    email = recipient.email
    conn.message_out = False  # type: ignore[attr-defined]  (set by _track_message_end)
    try:
        refused = conn.sendmail(envelope_from, [email], job.template.personalise(recipient))
    except smtplib.SMTPRecipientsRefused as exc:
        code, message = exc.recipients.get(email, (550, b"refused"))
        return _refusal(email, code, message), True
    except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
        return _refusal(email, exc.smtp_code, exc.smtp_error), True
    except smtplib.SMTPResponseException as exc:
        return _refusal(email, exc.smtp_code, exc.smtp_error), False
    except (smtplib.SMTPServerDisconnected, TimeoutError, OSError) as exc:
        if getattr(conn, "message_out", False):  # the whole message went out: the server may have taken it
            reason = f"no answer after the message went out ({exc or type(exc).__name__}): the server may have " \
                     f"accepted it"
            return Result(email, ok=False, unanswered=True, reason=reason), False
        reason = f"connection lost: {exc or type(exc).__name__}"
        return Result(email, ok=False, transient=True, reason=reason), False
    if email in refused:
        code, message = refused[email]
        return _refusal(email, code, message), True
    return Result(email, ok=True), True


def _track_message_end(conn: smtplib.SMTP) -> None:
    """Mark the connection once a message's final `CRLF.CRLF` has gone out (smtplib's DATA sends it in one call;
    no command ends so): a failure after it is not a failure to deliver but an unknown."""
    send = conn.send

    def tracked(data: bytes | str) -> None:
        send(data)
        if isinstance(data, bytes) and data.endswith(b"\r\n.\r\n"):
            conn.message_out = True  # type: ignore[attr-defined]

    conn.send = tracked  # type: ignore[method-assign]


def _text(message: bytes | str) -> str:
    return message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)


def _refusal(email: str, code: int, message: bytes | str) -> Result:
    reason = f"{code} {_text(message)}".strip()
    return Result(email, ok=False, transient=400 <= code < 500, reason=reason)


def _quit(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (smtplib.SMTPException, OSError):
        conn.close()

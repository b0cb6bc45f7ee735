"""smtp: smtplib over STARTTLS, SSL or plain, with login and timeouts; a few connections in parallel, each
reused for many messages; refusals recorded per recipient (4xx transient, 5xx permanent)."""

from __future__ import annotations

import queue
import smtplib
import ssl
import threading
from collections.abc import Iterator
from email.utils import parseaddr

from newsletter.config import SmtpSettings
from newsletter.deliver.providers.base import BeforeBatch, Job, Provider, Result
from newsletter.errors import ProviderError
from newsletter.render.message import Recipient

_DONE = object()


class SmtpProvider(Provider):
    name = "smtp"

    def __init__(self, settings: SmtpSettings, password: str = "", ssl_context: ssl.SSLContext | None = None):
        self.settings = settings
        self.password = password
        self.ssl_context = ssl_context or ssl.create_default_context()

    def describe(self) -> str:
        s = self.settings
        return f"smtp ({s.host}:{s.port}, {s.security}, {s.connections} connections)"

    def connect(self) -> smtplib.SMTP:
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
                    raise ProviderError("smtp", f"{s.host}:{s.port} does not offer login (AUTH) on this connection; "
                                        f"check delivery.smtp.security")
                conn.login(s.username, self.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise ProviderError("smtp", f"login as '{s.username}' refused: {_text(exc.smtp_error)}",
                                exc.smtp_code) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise ProviderError("smtp", f"{s.host}:{s.port} does not support {s.security}: {exc}") from exc
        return conn

    def deliver(self, job: Job, recipients: list[Recipient], before: BeforeBatch | None = None) -> Iterator[Result]:
        work: queue.Queue = queue.Queue()
        for recipient in recipients:
            work.put(recipient)
        results: queue.Queue = queue.Queue()
        workers = min(self.settings.connections, max(1, len(recipients)))
        stop = threading.Event()
        threads = [threading.Thread(target=self._worker, args=(job, work, results, stop), daemon=True)
                   for _ in range(workers)]
        for thread in threads:
            thread.start()
        finished = 0
        try:
            while finished < workers:
                item = results.get()
                if item is _DONE:
                    finished += 1
                elif isinstance(item, BaseException):
                    raise item
                else:
                    result, recorded = item
                    yield result
                    # The caller has recorded the result (the ledger write happens before the generator resumes):
                    # only now may that connection start its next message, so a crash never loses an accepted one.
                    recorded.set()
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=self.settings.timeout + 5)

    def _worker(self, job: Job, work: queue.Queue, results: queue.Queue, stop: threading.Event) -> None:
        envelope_from = parseaddr(job.sender)[1]
        conn: smtplib.SMTP | None = None
        try:
            while not stop.is_set():
                try:
                    recipient = work.get_nowait()
                except queue.Empty:
                    break
                if conn is None:
                    try:
                        conn = self.connect()
                    except ProviderError as exc:
                        results.put(exc)
                        return
                    except (OSError, smtplib.SMTPException) as exc:
                        failed = Result(recipient.email, ok=False, transient=True, reason=f"cannot connect: {exc}")
                        self._hand_over(results, failed, stop)
                        continue
                result, keep = self._send_one(conn, envelope_from, recipient, job)
                if not keep:
                    _quit(conn)
                    conn = None
                self._hand_over(results, result, stop)
        finally:
            if conn is not None:
                _quit(conn)
            results.put(_DONE)

    @staticmethod
    def _hand_over(results: queue.Queue, result: Result, stop: threading.Event) -> None:
        """Pass a result to the caller and wait until it is recorded."""
        recorded = threading.Event()
        results.put((result, recorded))
        while not recorded.wait(0.1):
            if stop.is_set():
                return

    @staticmethod
    def _send_one(conn: smtplib.SMTP, envelope_from: str, recipient: Recipient, job: Job) -> tuple[Result, bool]:
        """(result, whether the connection can be reused)."""
        email = recipient.email
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
            reason = f"connection lost: {exc or type(exc).__name__}"
            return Result(email, ok=False, transient=True, reason=reason), False
        if email in refused:
            code, message = refused[email]
            return _refusal(email, code, message), True
        return Result(email, ok=True), True


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

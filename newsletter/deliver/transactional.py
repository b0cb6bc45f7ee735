"""Single messages the tool sends on its own (sign-up confirmations), through the configured provider."""

from __future__ import annotations

import os
import re
import smtplib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from newsletter.errors import ProviderError
from newsletter.workspace import Workspace


class Mailer:
    """Sends one message via the workspace's provider: dry-run writes it to outbox/transactional/."""

    def __init__(self, ws: Workspace):
        self.ws = ws

    def message(self, to: str, subject: str, text: str, html: str) -> EmailMessage:
        n = self.ws.config.newsletter
        msg = EmailMessage()
        msg["From"] = n.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = make_msgid(domain=parseaddr(n.sender)[1].rpartition("@")[2] or None)
        if n.reply_to:
            msg["Reply-To"] = n.reply_to
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
        return msg

    def send(self, to: str, subject: str, text: str, html: str) -> None:
        msg = self.message(to, subject, text, html)
        provider = self.ws.config.delivery.provider
        if provider == "smtp":
            from newsletter.deliver.providers.smtp import SmtpProvider

            smtp = SmtpProvider(self.ws.config.delivery.smtp, os.environ.get("NEWSLETTER_SMTP_PASSWORD", ""))
            try:
                conn = smtp.connect()
                try:
                    conn.send_message(msg, from_addr=parseaddr(msg["From"])[1])
                finally:
                    conn.quit()
            except (OSError, smtplib.SMTPException) as exc:
                raise ProviderError("smtp", f"cannot send to {to}: {exc}") from exc
        elif provider == "sendgrid":
            from python_http_client.exceptions import HTTPError

            from newsletter.config import secret
            from newsletter.deliver.providers.sendgrid import SendgridProvider, address_object, error_messages

            settings = self.ws.config.delivery.sendgrid
            sg = SendgridProvider(settings, secret("SENDGRID_API_KEY", "the sendgrid provider"), settings.sandbox)
            body = {"personalizations": [{"to": [{"email": to}]}], "from": address_object(msg["From"]),
                    "subject": subject, "content": [{"type": "text/plain", "value": text},
                                                    {"type": "text/html", "value": html}]}
            try:
                sg.client.client.mail.send.post(request_body=body, timeout=settings.timeout)
            except HTTPError as exc:
                raise ProviderError("sendgrid", error_messages(exc.body), exc.status_code) from None
        else:
            folder = self.ws.outbox_dir / "transactional"
            folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
            (folder / f"{stamp}-{re.sub(r'[^A-Za-z0-9@._+-]', '_', to)}.eml").write_bytes(bytes(msg))

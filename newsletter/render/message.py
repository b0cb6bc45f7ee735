"""The MIME message, serialised once per issue and personalised per recipient by substitution.

Building an EmailMessage per recipient manages tens of messages a second for a large email; here the
multipart/alternative body is encoded once as quoted-printable with a soft line break before and after
every placeholder, so each placeholder sits on its own encoded line. A recipient's message is then the
static pieces joined with their own QP-encoded values: no placeholder can be split by a soft break, `=`
is escaped, lines stay under 76 octets, and nothing of MJML or premailer runs again. The placeholders are the
build's slots (`render.placeholders`): `%%first_name%%` in an article's text is static text like any other.
"""

from __future__ import annotations

import binascii
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import datetime
from email.policy import SMTP
from email.utils import format_datetime, formataddr, parseaddr

from newsletter.render.placeholders import FIRST_NAME, UNSUBSCRIBE_URL, Slots

CRLF = b"\r\n"
SOFT_BREAK = b"=\r\n"


@dataclass(frozen=True)
class Recipient:
    email: str
    first_name: str
    unsubscribe_url: str
    name: str = ""


def header(name: str, value: str) -> bytes:
    """One header line, RFC 2047-encoded and folded where needed; CR and LF never get through."""
    if not value.isprintable():  # CR and LF never get through (no header injection), nor any control character
        value = re.sub(r"[\r\n]+", " ", value)
        value = re.sub(r"[\x00-\x1f\x7f]", "", value)
    if value.isascii():  # left as written: URLs must not be encoded
        if len(value) > 900:  # long lists fold at their commas, keeping every line under 998 octets
            value = value.replace(", ", ",\r\n ")
        return f"{name}: {value}".encode("ascii") + CRLF
    # The header factory RFC 2047-encodes and folds (policy.fold alone leaves short non-ASCII values raw).
    return SMTP.header_factory(name, value).fold(policy=SMTP).encode("ascii")


def _qp(data: bytes) -> bytes:
    """Quoted-printable with CRLF line ends (soft breaks included)."""
    encoded = binascii.b2a_qp(data.replace(b"\r\n", b"\n"), quotetabs=False, istext=True, header=False)
    return encoded.replace(b"\n", CRLF)


def _qp_value(value: str) -> bytes:
    return _qp(value.encode("utf-8"))


def _body_pieces(text: str, slots: Slots) -> list[bytes | str]:
    """A part's body as encoded static bytes alternating with placeholder names (FIRST_NAME, UNSUBSCRIBE_URL),
    where the build's slots are: nothing else in the text is a placeholder."""
    names = {slots.first_name: FIRST_NAME, slots.unsubscribe_url: UNSUBSCRIBE_URL}
    pieces: list[bytes | str] = []
    for token in re.split("(" + "|".join(map(re.escape, names)) + ")", text):
        if token in names:
            pieces.append(names[token])
        elif token:
            encoded = _qp(token.encode("utf-8"))
            if not encoded.endswith(CRLF):
                encoded += SOFT_BREAK  # so the next piece starts a fresh encoded line
            pieces.append(encoded)
    return pieces


@dataclass
class MessageTemplate:
    """A message with per-recipient slots: headers before, body pieces after."""

    static_headers: bytes
    pieces: list[bytes | str]
    domain: str
    issue_key: str
    unsubscribe_mailto: str = ""

    def message_id(self, email: str) -> str:
        """Stable per issue and recipient, so a resumed send reuses it."""
        digest = hashlib.blake2b(f"{self.issue_key}|{email.lower()}".encode(), digest_size=10).hexdigest()
        return f"<{self.issue_key}.{digest}@{self.domain}>"

    def personalise(self, recipient: Recipient) -> bytes:
        """The recipient's complete message, ready for the wire."""
        return b"".join(self.parts(recipient))

    def size(self, recipient: Recipient) -> int:
        """The size of the recipient's message, personalised but not joined into one buffer (a dry run writes
        only its sample, and joining 50 KB a message is most of the cost)."""
        return sum(map(len, self.parts(recipient)))

    def parts(self, recipient: Recipient) -> list[bytes]:
        to = _mailbox(recipient.name, recipient.email)
        unsubscribe = f"<{recipient.unsubscribe_url}>"
        if self.unsubscribe_mailto:
            unsubscribe += f", <mailto:{self.unsubscribe_mailto}?subject=unsubscribe>"
        out = [header("To", to), header("Message-ID", self.message_id(recipient.email)),
               header("List-Unsubscribe", unsubscribe)]
        out.append(self.static_headers)
        html_name = _qp_value(html.escape(recipient.first_name)) + SOFT_BREAK
        text_name = _qp_value(recipient.first_name) + SOFT_BREAK
        url = _qp_value(recipient.unsubscribe_url) + SOFT_BREAK
        in_html = False
        for piece in self.pieces:
            if piece is _HTML_MARK:
                in_html = True
                continue
            if piece == FIRST_NAME:
                out.append(html_name if in_html else text_name)
            elif piece == UNSUBSCRIBE_URL:
                out.append(url)
            else:
                out.append(piece)  # type: ignore[arg-type]
        return out


_HTML_MARK = "\x00html\x00"


def make_template(*, subject: str, sender: str, reply_to: str, list_id: str, text: str, html_body: str,
                  sent_at: datetime, issue_key: str, slots: Slots, unsubscribe_mailto: str = "") -> MessageTemplate:
    domain = parseaddr(sender)[1].rpartition("@")[2] or "localhost"
    boundary = "=_nl_" + hashlib.blake2b(f"{issue_key}{sent_at}".encode(), digest_size=12).hexdigest()
    headers = [
        header("From", _address(sender)),
        *([header("Reply-To", _address(reply_to))] if reply_to else []),
        header("Subject", subject),
        header("Date", format_datetime(sent_at)),
        header("List-Id", list_id),
        header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        header("MIME-Version", "1.0"),
        header("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
        CRLF,
    ]
    part_head = 'Content-Type: text/{}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    pieces: list[bytes | str] = [f"--{boundary}\r\n{part_head.format('plain')}".encode()]
    pieces += _body_pieces(text, slots)
    pieces.append(f"\r\n--{boundary}\r\n{part_head.format('html')}".encode())
    pieces.append(_HTML_MARK)
    pieces += _body_pieces(html_body, slots)
    pieces.append(f"\r\n--{boundary}--\r\n".encode())
    return MessageTemplate(b"".join(headers), pieces, domain, issue_key, unsubscribe_mailto)


_SPECIALS = frozenset('()<>@,;:\\".[]\r\n')


def _mailbox(name: str, email: str) -> str:
    """`Name <email>`: the common case directly, anything needing quotes or encoding via the email package."""
    if not name:
        return email
    if name.isascii() and _SPECIALS.isdisjoint(name):
        return f"{name} <{email}>"
    return formataddr((name, email)) if name.isascii() else formataddr((name, email), charset="utf-8")


def _address(value: str) -> str:
    name, address = parseaddr(value)
    return formataddr((name, address)) if name.isascii() else formataddr((name, address), charset="utf-8")


def with_subject_prefix(template: MessageTemplate, prefix: str) -> MessageTemplate:
    """A copy whose Subject starts with `prefix` (for `send --to-test`)."""
    lines = template.static_headers.split(CRLF)
    start = next(i for i, line in enumerate(lines) if line.startswith(b"Subject:"))
    end = start + 1
    while end < len(lines) and lines[end][:1] in (b" ", b"\t"):
        end += 1
    from email.parser import BytesHeaderParser

    old = BytesHeaderParser(policy=SMTP).parsebytes(CRLF.join(lines[start:end]) + CRLF * 2)["Subject"]
    new = header("Subject", f"{prefix}{old}").rstrip(b"\r\n").split(CRLF)
    lines[start:end] = new
    return MessageTemplate(CRLF.join(lines), template.pieces, template.domain, template.issue_key,
                           template.unsubscribe_mailto)

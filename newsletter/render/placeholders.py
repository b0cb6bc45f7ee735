"""The per-recipient placeholders: what a theme writes, and what a build leaves in the message to be filled at send
time (a module of its own so a provider can name them without importing the renderer).

A theme writes `%%first_name%%` and `%%unsubscribe_url%%` in its template text. Article, issue and config text
must never become a placeholder, so the build does not leave those spellings in its output: only the template's
own text is turned into a slot (`theme.PlaceholderSlots` rewrites the template source, never a `{{ … }}` value),
and a slot is `%%first_name-NONCE%%`, NONCE a hash of the finished output. Untrusted text cannot spell it: it
would have to contain the hash of a document that contains itself. The nonce depends only on the output, so the
same sources give the same bytes (approvals and reused builds hold), and the slots are plain ASCII that MJML,
premailer and SendGrid's substitutions keep as they are.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

FIRST_NAME = "%%first_name%%"
UNSUBSCRIBE_URL = "%%unsubscribe_url%%"
PLACEHOLDERS = (FIRST_NAME, UNSUBSCRIBE_URL)
"""The spellings a theme writes."""
NAMES = ("first_name", "unsubscribe_url")
IN_TEMPLATE = re.compile(r"%%(first_name|unsubscribe_url)%%")
NONCE = re.compile(r"[0-9a-f]{24}")


@dataclass(frozen=True)
class Slots:
    """One build's placeholders: the theme's `%%first_name%%` and `%%unsubscribe_url%%` with the build's nonce."""

    nonce: str

    @classmethod
    def draft(cls) -> Slots:
        """Random slots for rendering; `settle` replaces them with the ones derived from the output."""
        return cls(secrets.token_hex(12))

    @property
    def first_name(self) -> str:
        return f"%%first_name-{self.nonce}%%"

    @property
    def unsubscribe_url(self) -> str:
        return f"%%unsubscribe_url-{self.nonce}%%"

    @property
    def first_name_html(self) -> str:
        """SendGrid substitutes one value into text and HTML alike: the HTML's first name has a slot of its own."""
        return f"%%first_name_html-{self.nonce}%%"

    def for_template(self) -> dict[str, str]:
        """The values `PlaceholderSlots` puts where the theme wrote a placeholder."""
        return {"first_name": self.first_name, "unsubscribe_url": self.unsubscribe_url}

    def fill(self, text: str, first_name: str, unsubscribe_url: str) -> str:
        """`text` with its slots filled (previews; a send fills them in `render.message`)."""
        return text.replace(self.first_name, first_name).replace(self.unsubscribe_url, unsubscribe_url)


def settle(draft: Slots, outputs: list[str]) -> tuple[Slots, list[str]]:
    """The build's final slots, a hash of the outputs rendered with the draft's (the draft's random nonce left
    out, so the same sources settle on the same slots), and the outputs carrying them."""
    digest = hashlib.blake2b(digest_size=12, person=b"nl-slots")
    for output in outputs:
        digest.update(output.replace(draft.nonce, "").encode("utf-8"))
        digest.update(b"\0")
    final = Slots(digest.hexdigest())
    return final, [output.replace(draft.nonce, final.nonce) for output in outputs]

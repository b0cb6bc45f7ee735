"""Blocks: the non-article parts of an issue (sponsor, quote, numbers, note), each placed after a section.

In the issue file a block is a `[[blocks]]` table with `kind`, `after` (a section's name, or "intro") and the
fields of its kind. `validate` checks one raw table and returns a Block or the message of its first problem;
the issue-file loader adds the file and line. Each kind has its own template in the theme: `block_KIND.mjml.j2`
for the email and `block_KIND.txt.j2` for the text part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsletter.errors import suggest
from newsletter.printable import control_character
from newsletter.urls import safe_image, safe_link

INTRO = "intro"


@dataclass(frozen=True)
class Kind:
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    """Fields that are URLs a reader follows (checked by safe_link)."""
    images: tuple[str, ...] = ()
    """Fields that are image URLs (checked by safe_image)."""


KINDS: dict[str, Kind] = {
    "sponsor": Kind(required=("title", "text", "url"), optional=("label", "image", "image_alt"), links=("url",),
                    images=("image",)),
    "quote": Kind(required=("text",), optional=("by",)),
    "numbers": Kind(required=("items",)),
    "note": Kind(required=("text",), optional=("title",)),
}
COMMON = ("kind", "after")
SPONSOR_LABEL = "Sponsored"


@dataclass
class Block:
    kind: str
    after: str
    fields: dict[str, object] = field(default_factory=dict)

    def get(self, name: str, default: object = "") -> object:
        return self.fields.get(name, default)

    def to_json(self) -> dict:
        return {"kind": self.kind, "after": self.after, **self.fields}


class BlockProblem(ValueError):
    """What is wrong with one block; `key` is the field at fault, for the line number."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


def validate(raw: object, sections: list[str]) -> Block:
    """A Block from one `[[blocks]]` table, or BlockProblem naming the first problem."""
    if not isinstance(raw, dict):
        raise BlockProblem("must be a table")
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        hint = suggest(kind, list(KINDS)) if isinstance(kind, str) else ""
        raise BlockProblem(f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}{hint}", "kind")
    spec = KINDS[kind]
    allowed = (*COMMON, *spec.required, *spec.optional)
    for key in raw:
        if key not in allowed:
            raise BlockProblem(f"{kind}: unknown key '{key}'{suggest(key, list(allowed))}", key)
    after = raw.get("after")
    names = {s.casefold(): s for s in sections}
    if not isinstance(after, str) or (after.casefold() != INTRO and after.casefold() not in names):
        choices = ", ".join(['"intro"', *(f'"{s}"' for s in sections)])
        raise BlockProblem(f"{kind}: 'after' must be \"intro\" or a section of this issue ({choices}), "
                           f"got {after!r}", "after")
    after = INTRO if after.casefold() == INTRO else names[after.casefold()]
    fields: dict[str, object] = {}
    for key in (*spec.required, *spec.optional):
        if key not in raw:
            if key in spec.required:
                raise BlockProblem(f"{kind}: missing '{key}'", key)
            continue
        fields[key] = _field(kind, key, raw[key], spec)
    if kind == "sponsor":
        fields.setdefault("label", SPONSOR_LABEL)
    return Block(kind, after, fields)


def _field(kind: str, key: str, value: object, spec: Kind) -> object:
    if key == "items":
        return _number_items(kind, value)
    if not isinstance(value, str) or not value.strip():
        raise BlockProblem(f"{kind}: '{key}' must be a non-empty string", key)
    value = value.strip()
    if (bad := control_character(value)) is not None:
        raise BlockProblem(f"{kind}: '{key}' holds a control character (U+{ord(bad):04X})", key)
    if key in spec.links and not safe_link(value):
        raise BlockProblem(f"{kind}: '{key}' must be an http(s) or mailto URL, got {value!r}", key)
    if key in spec.images and not safe_image(value):
        raise BlockProblem(f"{kind}: '{key}' must be an http(s) image URL, got {value!r}", key)
    return value


def _number_items(kind: str, value: object) -> list[dict[str, str]]:
    if not isinstance(value, list) or not value:
        raise BlockProblem(f"{kind}: 'items' must be a non-empty array like "
                           f"[{{ figure = \"42%\", caption = \"…\" }}]", "items")
    items = []
    for n, entry in enumerate(value, 1):
        if not isinstance(entry, dict) or set(entry) - {"figure", "caption"}:
            raise BlockProblem(f"{kind}: item {n} must be a table with 'figure' and 'caption'", "items")
        for key in ("figure", "caption"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise BlockProblem(f"{kind}: item {n}: missing '{key}'", "items")
        items.append({"figure": entry["figure"].strip(), "caption": entry["caption"].strip()})
    return items


def parse_numbers(values: list[str]) -> list[dict[str, str]]:
    """`FIGURE=CAPTION` strings from the CLI as number items."""
    items = []
    for value in values:
        figure, sep, caption = value.partition("=")
        if not sep or not figure.strip() or not caption.strip():
            raise BlockProblem(f"--item '{value}': expected FIGURE=CAPTION, e.g. '42%=of voters turned out'")
        items.append({"figure": figure.strip(), "caption": caption.strip()})
    return items


def placed(blocks: list[Block], after: str) -> list[Block]:
    """The blocks placed after a section (or the intro), in file order."""
    return [b for b in blocks if b.after.casefold() == after.casefold()]

"""The editor's Markdown (intro, note blocks) as sanitised HTML for the email and as plain text for the text part."""

from __future__ import annotations

from markupsafe import Markup

from newsletter.urls import safe_link

ALLOWED_TAGS = {"p", "a", "em", "strong", "ul", "ol", "li", "br", "blockquote", "code"}


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"linkify": False})


def markdown_html(text: str) -> Markup:
    """Markdown as HTML, cleaned by nh3: no scripts, handlers or styles; links only http(s)/mailto."""
    import nh3

    html = _parser().render(text or "")
    clean = nh3.clean(html, tags=ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                      url_schemes={"http", "https", "mailto"}, attribute_filter=_gated)
    return Markup(clean)


def _gated(tag: str, attribute: str, value: str) -> str | None:
    """A link's address through the one URL gate (nh3's scheme list lets relative and `//host` addresses by)."""
    from newsletter.urls import safe_link

    if tag == "a" and attribute == "href":
        return safe_link(value) or None
    return value


def _strip_html(fragment: str) -> str:
    import nh3

    from newsletter.article import strip_markup

    return strip_markup(nh3.clean(fragment, tags=set(), clean_content_tags={"script", "style"}))


def _inline(children) -> str:
    """An inline run as text: emphasis dropped, links as `text (url)`, raw HTML reduced to its text."""
    out: list[str] = []
    links: list[str | None] = []
    for token in children or []:
        if token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif token.type == "html_inline":
            out.append(_strip_html(token.content))
        elif token.type == "link_open":
            links.append(safe_link(token.attrGet("href")))
        elif token.type == "link_close":
            href = links.pop() if links else None
            if href and href != "".join(out).rsplit(" ", 1)[-1]:
                out.append(f" ({href})")
        elif token.type == "image":
            out.append(token.content)
    return " ".join("".join(out).split())


def markdown_text(text: str, width: int = 72) -> str:
    """Markdown as plain text: paragraphs wrapped, lists kept as `- ` / `1. ` lines, quotes with `> `."""
    from newsletter.render.theme import wrap

    blocks: list[tuple[str, bool]] = []  # (text, is a list item)
    lists: list[list] = []  # a stack of [ordered?, next number]
    quote = 0
    for token in _parser().parse(text or ""):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append([kind == "ordered_list_open", int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind in ("inline", "html_block", "fence", "code_block"):
            content = _inline(token.children) if kind == "inline" else " ".join(_strip_html(token.content).split())
            if not content:
                continue
            prefix = "> " * quote
            if lists and kind == "inline":
                ordered, number = lists[-1]
                bullet = f"{number}. " if ordered else "- "
                lists[-1][1] += 1
                indent = "  " * (len(lists) - 1)
                line = wrap(content, width - len(indent) - len(bullet))
                first, *rest = line.split("\n")
                pad = " " * len(bullet)
                item = "\n".join([indent + bullet + first, *(indent + pad + r for r in rest)])
                blocks.append((prefix + item.replace("\n", "\n" + prefix), True))
                continue
            blocks.append((prefix + wrap(content, width - len(prefix)).replace("\n", "\n" + prefix), False))
    # Paragraphs apart by a blank line; the items of a list on adjacent lines.
    out = ""
    for n, (block, is_item) in enumerate(blocks):
        if n:
            out += "\n" if is_item and blocks[n - 1][1] else "\n\n"
        out += block
    return out


"""HTML fragments (feed content, rendered Markdown) to plain-text paragraphs.

nh3 first strips everything that is not plain structure (scripts, styles, handlers, iframes); lxml then
walks the block elements. What reaches the pool is plain text, so nothing in an article can inject markup.
"""

from __future__ import annotations

import nh3
from lxml import html as lxml_html

from newsletter.article import tidy

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td"}
_KEEP = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "br", "div", "span",
         "a", "em", "strong", "b", "i", "figure", "figcaption", "dl", "dt", "dd", "table", "tr", "td", "th",
         "tbody", "thead", "section", "article", "code", "sup", "sub", "small", "q", "cite"}


def sanitise(fragment: str) -> str:
    return nh3.clean(fragment, tags=_KEEP, attributes={}, link_rel=None)


def html_paragraphs(fragment: str) -> list[str]:
    """Plain-text paragraphs of an HTML fragment: one per block element, lists as `• item`."""
    if not fragment or not fragment.strip():
        return []
    cleaned = sanitise(fragment)
    if "<" not in cleaned:  # plain text, perhaps with entities already decoded
        return [p for p in (tidy(x) for x in cleaned.split("\n\n")) if p]
    root = lxml_html.fragment_fromstring(cleaned, create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paragraphs: list[str] = []
    loose: list[str] = [root.text or ""]

    def flush() -> None:
        text = tidy("".join(loose))
        if text:
            paragraphs.append(text)
        loose.clear()

    def walk(element) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag in _BLOCKS and not any(d.tag in _BLOCKS for d in child.iterdescendants()
                                                if isinstance(d.tag, str)):
                flush()
                text = tidy(child.text_content())
                if text:
                    paragraphs.append(("• " + text) if child.tag == "li" else text)
            elif child.tag in _BLOCKS or child.tag in {"div", "ul", "ol", "section", "article", "figure",
                                                      "table", "tr", "tbody", "thead", "dl"}:
                flush()
                if child.text and child.text.strip():
                    loose.append(child.text)
                walk(child)
                flush()
            else:
                loose.append(child.text_content())
            if child.tail and child.tail.strip():
                loose.append(child.tail)

    walk(root)
    flush()
    return paragraphs


def html_to_text(fragment: str) -> str:
    return " ".join(html_paragraphs(fragment))

"""The article's section: the last step of a breadcrumb above the headline, else a lone label above it (not a
menu entry, not the site's own name, not a kicker); the site's names, learnt from the page, are never a section.
"""

from __future__ import annotations

import re

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import house
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import byline_author, persons
from newsletter.ingest.scraped.captions import labelled_credit
from newsletter.ingest.scraped.classify import paywall_badge
from newsletter.ingest.scraped.credits import line_credit, unlabelled
from newsletter.ingest.scraped.dates import looks_like_date
from newsletter.ingest.scraped.labels import FURNITURE, MENU, META, NEAR, PROSE, SHORT, Label
from newsletter.ingest.scraped.lines import Line, page_language
from newsletter.ingest.scraped.published import lone_date_label

SITE_SUFFIX = re.compile(r"^(?P<title>.+)\s+(?P<sep>[|\-–—:·•])\s+(?P<site>(?:[^|\-–—:·•]|(?<=\w)-(?=\w)){2,40})$")
"""`Headline | Site`, `Headline - Site`: the site's name after a separator."""


def find_section(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """The last breadcrumb step above the headline, else the lone label above it."""
    found = _find_section(lines, labels, headline)
    if found and (_WEB_ADDRESS.match(found) or _NO_SECTION.search(found)):
        return None  # (a reader view's first line, the site's address; a button, a badge, a widget's figure)
    return _past_parent(found, lines, headline) if found else found


# A web address alone, no section's name (`example.co.uk`, `www.example.fr`).
# (in lower case, as an address is written: `Booking.com` at a breadcrumb's end is a company's name, a section)
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,12}/?$")
# What no section's name is: a price, a temperature or a count in brackets (`blue $1.465`, `Landeck: -5°`, `Basket
# (0)`), a button opening on its verb (`Show Search`, `Submit a notice`, `Support the Stoop`, `Baixar agora`,
# `Télécharger l'app`, `Découvrir`), a paywall's badge (`Premium`, `Abo-Artikel`, `Exclusivo assinantes`).
_NO_SECTION = re.compile(
    r"[$€£¥°]|\(\d+\)|^(?:show|submit|support|join|download|buy|baixar|télécharger|découvrir|entdecken|descubre"
    r"|descubra|scopri|descobrir|ontdek|subscribe|abonnieren|premium|abo-artikel|abo\+|exklusiv|exclusive"
    r"|exclusivo|abonnés|assinantes)\b", re.I)


_PARENT_LABEL = re.compile(r"^(?P<parent>[^\W\d][\w&'’ -]{0,24}):\s+(?P<child>\S.*)$"
                           # (or the two steps joined by a slash: `Sport/Local Sport`)
                           r"|^(?P<parent2>[^\W\d][\w&'’ -]{0,24})/(?P<child2>[^\W\d][\w&'’ -]{0,30})$")


def _past_parent(section: str, lines: list[Line], headline: int) -> str:
    """`Regional: Südbaden`, `Sports: Hockey`, `Monde : Europe`, `Sport/Local Sport`: a two-step path set with a colon
    or a slash, whose first step the page's menu shows as an entry of its own above the headline; the section is the
    step after it (a label's own colon, `Opinion: Letters`, over no such menu entry, stays as written)."""
    if not (m := _PARENT_LABEL.match(section)) or len((m["child"] or m["child2"]).split()) > T.LABEL_MAX_WORDS:
        return section
    parent = (m["parent"] or m["parent2"]).strip().lower()
    child = (m["child"] or m["child2"]).strip()
    return child if any(line.text.lower() == parent for line in lines[:headline]) else section


# The emergency services' desk, named by the European emergency number as Dutch, Belgian and Nordic sites name it
# (`112` right over the headline).
_EMERGENCY_DESK = "112"


def _find_section(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    top = max(0, headline - T.SECTION_WINDOW)
    for i in range(top, min(len(lines), headline + T.SECTION_WINDOW)):
        if labels[i].kind == "section" and (m := F.SECTION_LABEL.match(lines[i].text)):
            return m["section"].strip()
    # A note about the page between the label and the headline (`This article has an audio version. Select the
    # listen button …`) stands outside the header: the label is read as if it stood right over the headline.
    while headline - 1 > top and _page_note(lines, labels, headline - 1):
        headline -= 1
    if headline > 0 and lines[headline - 1].text == _EMERGENCY_DESK:
        return _EMERGENCY_DESK  # (a number alone is a counter's elsewhere, no label)
    if found := _stacked_crumbs(lines, labels, headline, top) or _spaced_crumbs(lines, labels, headline, top) \
            or _crumb_block(lines, labels, headline, top) \
            or _named_submenu(lines, labels, headline, top) \
            or _breadcrumb_section(lines, labels, headline, top) \
            or _over_submenu(lines, labels, headline) or _picked_between_menus(lines, labels, headline) \
            or _titled_label(lines, labels, headline, top):
        return _as_written(found, lines, top, headline)
    if found := _path_under_headline(lines, labels, headline):
        return found
    label = _label_section(lines, labels, headline, top)
    return (label and _without_kicker(label)) or _label_under_headline(lines, labels, headline) \
        or _desk_over_byline(lines, labels, headline, top) or _labelled_below(lines, labels, headline)


def _labelled_below(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """A section named with its own label under the story (`Topic: Climate`, `Thema: Wintersport`, `Rubrique :
    Santé`) when nothing over the headline names one: the page says which section the story is filed in. A line of
    its own naming one section: a label over a list (`Emne: Cruise · Turisme`) names tags, and one cell of a row split
    at its bars (`Net assets $6.3 bil | Category: Large Value`) a fund's data."""
    return next((m["section"].strip() for i in range(headline + 1, len(lines))
                 if labels[i].kind == "section" and not lines[i].part and not (i + 1 < len(lines) and lines[i + 1].part)
                 and (m := F.SECTION_LABEL.match(lines[i].text)) and not _LISTED.search(m["section"])), None)


_LISTED = re.compile(r"[·,|•;/]")


# A section label with the kicker in capitals pasted beside it on its line (`Alto Vinalopó   AGUA`, `Oberland
# HOCHWASSER`): the label, mixed case, then words in capitals of four letters or more (not an acronym, `EU`, `NBA`).
_KICKER_BESIDE = re.compile(r"^(?P<label>(?=[^ ]*[a-zß-ÿ])[A-ZÀ-Þ][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)"
                            r"\s+(?P<kicker>[A-ZÀ-Þ]{4,}(?:\s+[A-ZÀ-Þ]{2,}){0,2})$")


def _without_kicker(label: str) -> str:
    m = _KICKER_BESIDE.match(label)
    return m["label"] if m and not m["label"].isupper() else label


def _entry_over_kicker(lines: list[Line], labels: list[Label], headline: int, crumbs: list[str]) -> str | None:
    """A row of the site's editions or desks (`Don Benito · Villanueva · Vegas Altas`) and, set apart over the
    headline, one of its entries in mixed case with a kicker in capitals under it (`Don Benito` / `REGADÍO` /
    headline): that entry is the story's section, whatever stands between the row and it (a ticker, a menu
    button). A path of two steps (`Baloncesto > Liga Endesa` over `BALONCESTO` / `LIGA ENDESA`) names its last."""
    at, kicker = headline - 2, lines[headline - 1]
    if at < 0 or labels[headline - 1].cls != SHORT or not kicker.text.isupper() or kicker.words > T.LABEL_MAX_WORDS:
        return None
    entry = lines[at]
    if labels[at].cls != SHORT or not entry.blank_before or entry.part or not entry.label or entry.text.isupper() \
            or len(crumbs) < T.EDITION_ROW_MIN_ENTRIES:
        return None
    return entry.text if entry.text.lower() in {c.lower() for c in crumbs} else None


# A news desk's section label (a region's or a beat's adjective and the word for news: `Local News`, `Noticias
# locales`, `Actualités régionales`, `Lokale Nachrichten`, `Notizie dal mondo`): over a byline, no outlet's name.
DESK_SECTION = re.compile(
    r"^(?:(?:local|regional|national|international|world|state|metro|city|business|breaking|latest) news"
    r"|(?:noticias|notícias|actualités|informations|notizie|nachrichten|nieuws) (?:locales|locais|régionales"
    r"|nationales|internationales|regionales|regionais|nacionales|internacionales|locali|regionali|nazionali"
    r"|dal mondo|del mundo|do mundo|du monde|aus der region|uit de regio|lokaal|regionaal)"
    r"|(?:lokale|regionale|lokales|regionales) (?:nachrichten|nieuws))$", re.I)


def _desk_over_byline(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """`Local News` / `By Jane Doe` / date / headline: a desk's section label over the byline, taken for the
    outlet's line that a byline may have over it (`Station North` / `By …`); it stays a header line."""
    return next((lines[i].text for i in range(top, headline) if labels[i] == Label(META, "role")
                 and labels[i + 1].kind == "byline" and DESK_SECTION.match(lines[i].text)), None)


def _path_under_headline(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """A path from the start page set under the headline and its standfirst, over the byline, four steps deep at
    least (`Accueil › Info › Régions › Hainaut`): its last step, over a label above the headline (then the kicker);
    no path is found above the headline."""
    for i in range(headline + 1, min(len(lines), headline + T.PATH_UNDER_HEADLINE_LINES + 1)):
        if labels[i].kind in ("byline", "date", "dateline"):
            break
        if labels[i].cls in (SHORT, MENU) and not lines[i].part and _ARROWS.search(lines[i].text) \
                and from_home(lines[i].text) and (crumbs := breadcrumb(lines[i].text)) \
                and len(_CRUMB_SEPARATORS.split(lines[i].text)) >= T.PATH_UNDER_HEADLINE_MIN_STEPS:
            return crumbs[-1]
    return None


def _label_under_headline(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """A section label some sites set under the headline, above the standfirst or byline (`Retail & Consumer`,
    `Política`, `Wirtschaft & Finanzen`), when nothing above the headline names one: a few capitalised names, no
    sentence; not a person (a bare byline), not a marker, a date, the site's name or a kicker phrase."""
    i = headline + 1
    if i + 1 >= len(lines) or labels[i].cls != SHORT or lines[i].part or not _label_shaped(lines[i]):
        return None
    text = lines[i].text
    names = [w for w in text.split() if w.lower() not in _NAME_JOINERS]
    if not all(w[:1].isupper() for w in names) or text.isupper() or F.is_ui(text) or looks_like_date(text) \
            or not_a_section(text) or persons(text) or _kicker_phrase(lines, i) \
            or _names_site(text, site_names(lines, headline), house.site_words(lines)):
        return None
    under = lines[i + 1]
    standfirst = labels[i + 1].cls in (PROSE, NEAR) and under.full_stop and under.words > T.KICKER_MAX_WORDS
    return text if standfirst or (labels[i + 1].cls == META and labels[i + 1].kind == "byline") else None


def _as_written(section: str, lines: list[Line], top: int, headline: int) -> str:
    """A section read in capitals (a kicker's `SPORT · LIGA ENDESA`) that a path above it writes in its own case
    (`Sport > Liga Endesa`): the section as the path writes it."""
    if not section.isupper():
        return section
    for i in range(top, headline):
        for step in _CRUMB_SEPARATORS.split(lines[i].text):
            if step.strip().lower() == section.lower() and not step.strip().isupper():
                return step.strip()
    return section


def _over_submenu(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """A section's page header over the story: its name, the one-line menu of its subsections, then a kicker in
    capitals right over the headline (`Economía` / `Mercados Vivienda Empresas …` / `CRISIS DEL AGUA` / headline):
    the name over the menu is the section, the kicker is not."""
    menu = lines[headline - 2] if headline >= 3 else None  # (read by its shape: stopword lists hold `Cine`, `Arte`)
    if menu is None or not (labels[headline - 2].cls == MENU or (
            menu.words >= T.MENU_MIN_WORDS and menu.capitalised >= T.MENU_MIN_CAPITALISED and not menu.sentence)) \
            or labels[headline - 1].cls != SHORT \
            or labels[headline - 3].cls != SHORT:
        return None
    kicker, name = lines[headline - 1].text, lines[headline - 3]
    if not kicker.isupper() or sum(c.isalpha() for c in kicker) < T.CAPS_LABEL_MIN_LETTERS or name.part \
            or not name.label or name.text.isupper() or F.is_ui(name.text) or looks_like_date(name.text) \
            or not_a_section(name.text) or _in_nav_list(lines, labels, headline - 3):
        return None
    return name.text if name.text.lower() not in site_names(lines, headline) else None


def _menu_shaped(line: Line, label: Label) -> bool:
    return label.cls == MENU or (line.words >= T.MENU_MIN_WORDS and line.capitalised >= T.MENU_MIN_CAPITALISED
                                 and not line.sentence)


def _picked_between_menus(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """A label between two one-line menus right over the headline, naming an entry of the menu above it (`Wien
    Tirol Oberösterreich …` / `Oberösterreich` / `Chronik Politik Sport …` / headline): the entry the reader is
    in, over its own subsections' menu, is the section."""
    if headline < 3:
        return None
    above, name, below = lines[headline - 3], lines[headline - 2], lines[headline - 1]
    if labels[headline - 2].cls != SHORT or not name.label or name.part \
            or not _menu_shaped(below, labels[headline - 1]) or not _menu_shaped(above, labels[headline - 3]) \
            or not_a_section(name.text) or F.is_ui(name.text):
        return None
    entries = f" {above.text} "
    return name.text if f" {name.text} " in entries and name.text.lower() not in site_names(lines, headline) \
        else None


def _titled_label(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """A lone label over the headline that the page's title line names as the story's section (`Headline |
    Farming | Site`): the section, even where it stands right under the menu."""
    from newsletter.ingest.scraped.fields import title_section  # fields.py builds on this module

    named = set()
    for line in lines[:headline]:
        if (m := SITE_SUFFIX.match(line.text)) and (found := title_section(m["title"], lines)) \
                and found[0].lower() == lines[headline].text.lower():
            named.add(found[1])
    return next((lines[i].text for i in range(headline - 1, top - 1, -1)
                 if lines[i].text in named and labels[i].cls in (SHORT, MENU) and not lines[i].part), None)


def _page_note(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A sentence about the page itself or its audio version (`Audio version available. Press play to hear this
    article …`): it names the page (`this article`, `cet article`, `dieser Beitrag`), an address or a meter."""
    return labels[i].cls in (PROSE, NEAR) and lines[i].words <= T.HEADER_NOTE_MAX_WORDS \
        and house.signals(lines[i].text, frozenset())[1]


# A breadcrumb's separator alone on its line (a path pasted one step a line: `Wirtschaft` / `›` / `Unternehmen`).
_LONE_SEPARATOR = re.compile(r"^(?:[›»>/|·•→‣⟩❱〉]|>>)$")


def _stacked_crumbs(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """A breadcrumb pasted one step a line, its last step right over the headline or over one kicker line: steps
    joined by separator lines (`Wirtschaft` / `›` / `Unternehmen` / `›` / `Hafenwirtschaft`), or a tight run that
    starts at the start page (`Accueil` / `Actualité` / `Politique`, `Home` / `News` / `Scotland`), set apart by
    blank lines. Its last step is the section (the same labels in the menu above are menu entries)."""
    for last in (headline - 1, headline - 2):
        if last <= top or not _step(lines, labels, last):
            continue
        k, steps = last, 1
        while k - 2 >= top and _LONE_SEPARATOR.match(lines[k - 1].text) and _step(lines, labels, k - 2):
            k, steps = k - 2, steps + 1
        if steps >= 2 and not _LONE_SEPARATOR.match(lines[k - 1].text):
            return lines[last].text if not not_a_section(lines[last].text) else None
        # (or over a kicker in capitals set apart between it and the headline: `Naslovnica` / `Putovanja` / `Jadran`
        # / `LASTOVO OŽIVIO I U STUDENOME`)
        if last != headline - 1 and not (lines[last + 1].text.isupper() and lines[last + 1].blank_before):
            continue
        if (first := _home_above(lines, labels, last, top, spaced=False)) is not None:
            # (a block of its own, blank lines around it: pasted tight, the line over the headline may be a kicker
            # under the path, `Startseite` / `Landkreis` / `Freising` / `Kommunalpolitik`)
            block = lines[first].blank_before and lines[last + 1].blank_before
            return lines[last].text if block and not not_a_section(lines[last].text) else None
    return None


def _home_above(lines: list[Line], labels: list[Label], last: int, bound: int, spaced: bool) -> int | None:
    """The start page's step (`Home`, `Accueil`) heading a path pasted one step a line up from line `last` (no line
    above `bound`), its steps set apart by blank lines or pasted tight as `spaced` says; None when there is none
    within T.STACKED_CRUMB_MAX_STEPS."""
    first = last
    while first - 1 >= bound and lines[first].blank_before == spaced and _step(lines, labels, first - 1) \
            and last - first < T.STACKED_CRUMB_MAX_STEPS:
        first -= 1
        if lines[first].text.lower() in _HOME:
            return first
    return None


def _spaced_crumbs(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """A breadcrumb pasted one step a line with blank lines between the steps, from its start page down to the line
    over the headline (`Accueil` / `Bretagne` / `Finistère` / `Concarneau`), under the menu: its last step is the
    section. One step between them is an entry of the menu above (`Finistère`: the path descends from it), or more
    when the headline names the last step (`Record de thon au port de Concarneau`); the last one is no entry above (a
    menu's last entries, `Home` / `News` / `Sport` over the headline, are no menu's entries above; a second menu,
    `Accueil` / `Finistère` / `Morbihan` / `Économie`, repeats several)."""
    last = headline - 1
    if last <= top or not lines[headline].blank_before or not _step(lines, labels, last) \
            or (first := _home_above(lines, labels, last, top + 1, spaced=True)) is None:
        return None
    above = {line.text.lower() for line in lines[:first]}
    text = lines[last].text
    shown = sum(lines[k].text.lower() in above for k in range(first + 1, last))
    named = re.search(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])", lines[headline].text) is not None
    return text if (shown == 1 or (shown and named)) and text.lower() not in above and not not_a_section(text) else None


def _crumb_block(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """A path pasted one step a line without its start page, as a block of its own over the headline, set apart by
    blank lines from the menu pasted tight above it, its first step one of that menu's entries (`Estados` / `Puebla`,
    `Régions` / `Lausanne`): the last step is the section, or the one above it when the last is a kicker."""
    if not lines[headline].blank_before or headline - 1 <= top:
        return None
    first = headline - 1
    while first > top and not lines[first].blank_before:
        first -= 1
    last = headline - 1
    if not 1 <= last - first < T.STACKED_CRUMB_MAX_STEPS or not lines[first].blank_before \
            or not all(_step(lines, labels, k) and not not_a_section(lines[k].text) for k in range(first, headline)):
        return None
    menu_end = first - 1  # the menu's last entry, tight under the one before it
    if menu_end <= top or lines[menu_end].blank_before or not lines[menu_end].label \
            or labels[menu_end].cls in (PROSE, NEAR) \
            or not any(line.text.lower() == lines[first].text.lower() for line in lines[:menu_end]):
        return None
    if lines[last].text.lower() in site_names(lines, headline):
        return None
    # A kicker as the last step (in capitals or a phrase; on German pages any label but a place under its edition,
    # `Region` / `Bremen`, a Dachzeile standing over every headline) leaves the step above it as the section.
    above, text = lines[last - 1].text, lines[last].text
    kicker = text.isupper() or _kicker_phrase(lines, last) or (
        page_language(lines) in _DACHZEILE_LANGUAGES and not _edition_over_place(above, text))
    return above if kicker else text


def _named_submenu(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """A section's own menu, one entry a line, as a block of its own right over the headline, headed by the
    section's name that its entries repeat (`Scotland` / `Scotland Politics` / `Scotland Business` / `Glasgow &
    Clyde`, `Deportes` / `Deportes Fútbol` / `Deportes Motor`): the name is the section, the last entry is not."""
    if not lines[headline].blank_before:
        return None
    first = headline - 1
    while first > top and not lines[first].blank_before:
        first -= 1
    block = range(first, headline)
    if not lines[first].blank_before or len(block) < T.SUBMENU_MIN_PREFIXED + 1 or not lines[first].label or any(
            labels[k].cls in (PROSE, NEAR) or lines[k].part or lines[k].sentence
            or lines[k].words > T.SUBMENU_ENTRY_MAX_WORDS for k in block):
        return None
    name = lines[first].text
    prefixed = sum(lines[k].text.lower().startswith(name.lower() + " ") for k in block[1:])
    return name if prefixed >= T.SUBMENU_MIN_PREFIXED and not not_a_section(name) and not F.is_ui(name) else None


def _step(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A breadcrumb step on a line of its own: a label's few words (the start page's may be taken for a control)."""
    return (labels[i].cls in (SHORT, MENU) or labels[i].kind == "control") and lines[i].label and not lines[i].part


def _no_path(lines: list[Line], labels: list[Label], headline: int, span: tuple[int, int], text: str,
             crumbs: list[str]) -> bool:
    """Steps read off lines[first..last] (`text`) that are no path: an account corner's buttons (`Log in | Create
    account`, `Log in / Register`), the live streams' links (`Radio X LIVE | X TV LIVE`, `LIVE Radio X | X TV`), the
    site's names over their credit (`XY Noticias | Canal XY` over `Foto: Canal XY`), or a kicker in capitals under the
    path whose last step it repeats, with the story's stage beside it (`Fútbol > Copa del Rey` / `COPA DEL REY |
    SEGUNDA RONDA`: the section is the path's)."""
    first, last = span
    if (last > first and all(F.is_ui(c) or not_a_section(c) for c in crumbs)) or _account_corner(text):
        return True
    if all(LIVE_LINK.match(c) for c in crumbs) or _LIVE_BAR.match(crumbs[0]):
        return True
    if last > first and _credited_outlet(lines, labels, headline, crumbs[-1]):
        return True
    path = breadcrumb(lines[first - 1].text) if first > 0 and text.isupper() else None
    return bool(path) and path[-1].lower() == crumbs[0].lower()  # type: ignore[index]


def _breadcrumb_section(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """The last step of the breadcrumb nearest above the headline."""
    for i in range(headline - 1, top - 1, -1):
        if step := menu_then_crumbs(lines[i]):
            return step
        if _spaced_menu(lines[i]):
            break  # a path stands under the site's menu; a pair of names above it is the masthead's line
        first, last = _compound(lines, i)
        # (the first step may be a control, `Home`; later ones are not: `Subscribe · Log in` is no breadcrumb)
        if lines[i].part or (labels[first].cls not in (SHORT, MENU) and labels[first].kind != "control"
                             and not _ARROWS.search(lines[i].text) and not from_home(lines[i].text)) \
                or not all(labels[k].cls in (SHORT, MENU) for k in range(first + 1, last + 1)):
            continue
        text = " › ".join(lines[k].text for k in range(first, last + 1))
        if last > first and re.search(r"\d", text):
            continue  # `Okonjo 23' · Haddow 61'`: scorers, not a path
        if _menu_row(lines, i):
            continue
        if _slashed_menu_item(lines, labels, i):
            continue
        crumbs = breadcrumb(text)
        if crumbs is None and len(_CRUMB_SEPARATORS.split(text)) > 1 and _generic(text) \
                and (label := _lone_label(lines, labels, last + 1, headline)):
            return label  # `Home › News` / `Carriacou`: a path of list pages only, and the label under it
        if crumbs:
            if _no_path(lines, labels, headline, (first, last), text, crumbs):
                continue
            # A breadcrumb ending in a list page (`Home > Ateneo > Notizie`) does not name the story's section:
            # a lone label between it and the headline does.
            if _generic(text) and (label := _lone_label(lines, labels, last + 1, headline)):
                return label
            # A menu line (`Dorset | Hampshire | … | Isle of Wight`) with one of its entries alone over the
            # headline: that entry is the story's section, the line is the menu it sits in.
            # (A path from the start page, `Home › Local › Metro`, is no menu: its last step stays the section;
            # unless it runs on longer than a path does, `Home | News | Sport | Culture | Jobs | Advertise`. Nor is a
            # line of steps joined by arrows, `UK news › Midlands › Industry`: a menu's entries are not.)
            label = _lone_label(lines, labels, last + 1, headline)
            arrows = first == last and _ARROWS.search(lines[i].text) is not None
            if label and label.lower() in {c.lower() for c in crumbs} and not arrows \
                    and (not from_home(text) or last - first + 1 > T.COMPOUND_CRUMB_MAX_STEPS):
                return label
            if not arrows and not from_home(text) and (entry := _entry_over_kicker(lines, labels, headline, crumbs)):
                return entry
            if label and _LABELLED_LIST.match(text):
                return label  # `Regio's: Friesland | Groningen | Waddeneilanden` / `Schiermonnikoog`: a menu led in
                # by its one-word label, the choices of the site; the story's own label stands under it
            if label and _row_over_label(lines, first, last, text):
                return label  # `Barbastro · Somontano · Cinca Medio · Ribagorza` / `Sanidad`: a row of the site's
                # editions under its masthead, and the story's own label set apart under it
            if last > first and len(crumbs) > 1 and _GENRE.match(crumbs[-1]):
                return crumbs[-2]  # `Wien · Analyse`: the story's genre beside its section on the label's line
            if last == first + 1 and len(crumbs) == 2 and crumbs[-1].isupper() and not crumbs[0].isupper():
                return crumbs[0]  # `Ancona | TRASPORTI`: a kicker in capitals beside the section's name
            return _list_page_last(text) or crumbs[-1]
    return None


def _list_page_last(text: str) -> str | None:
    """`Início / Sala de imprensa / Notícias`, `Home > Press office > News`: a path from the start page that ends in
    a list page, with no label of the story's own under it (that case is taken above), through the site's own area
    only (its press room, not a desk: `Home / Sport / News` is filed under `Sport`), is filed under that page, as
    the page names it: its last step, as written."""
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(text) if p.strip()]
    if len(parts) >= 3 and parts[0].lower() in _HOME and parts[-1].lower() in F.GENERIC_CRUMBS \
            and parts[-1].lower() not in _HOME and all(_OWN_AREA.match(p) for p in parts[1:-1]):
        return parts[-1]
    return None


# A site's own area in a path (its press room, its about pages), not a news desk, in en/de/fr/es/it/pt/nl: a list
# page under it names the story's section itself (`Início / Sala de imprensa / Notícias`).
_OWN_AREA = re.compile(
    r"(?:(?:press|media)(?:\s+(?:office|room|centre|center|area|releases|relations|hub))?|news\s?room|communications?"
    r"|about(?:\s+us)?|presse(?:stelle|bereich|raum|zentrum)?|medien(?:zentrum)?|über\s+uns"
    r"|espace\s+(?:presse|médias?)|salle\s+de\s+presse|qui\s+sommes-nous"
    r"|sala\s+de\s+(?:imprensa|prensa)|(?:centro|gabinete)\s+de\s+(?:imprensa|prensa|medios)|imprensa|prensa"
    r"|comunica(?:ção|ción|zione|ciones|ções)|quem\s+somos|quiénes\s+somos|institucional"
    r"|(?:sala|area|ufficio)\s+stampa|chi\s+siamo|pers(?:kamer|ruimte|centrum)?|over\s+ons)$", re.I)


# A list led in by its label, one word and a colon (`Regio's: Friesland | Groningen`, `Regionen: Tirol | Vorarlberg`,
# `Régions : Genève | Vaud`, `Regiones: Norte | Sur`): a menu of choices; `You are here: Home > News` is a path.
_LABELLED_LIST = re.compile(r"^[^\W\d_][\w'’.-]*\s?:\s")


# A story's genre, set beside the section on one line split at a dot or bar (`Wien · Analyse`, `Culture · Review`,
# `Économie · Décryptage`): a kicker, not a step of a path. (Opinion pages are a section of their own.)
_GENRE = re.compile(r"^(?:analysis|analyse|análisis|analisi|análise|analyse|commentary|comment|kommentar|commentaire"
                    r"|comentario|commento|comentário|interview|entretien|entrevista|intervista|reportage|reportaje"
                    r"|reportagem|review|kritik|critique|crítica|recensione|explainer|erklärt|décryptage|explicador"
                    r"|feature|essay|essai|ensayo|saggio|portrait|porträt|perfil|ritratto|hintergrund|background"
                    r"|fact check|faktencheck|factcheck|column|kolumne|glosse|chronique|columna|rubrica|coluna"
                    r"|investigation|enquête|investigación|inchiesta|investigação|recherche|crónica|crônica"
                    # the review of one show (`Arts plastiques · Exposition`, `Kunst · Ausstellung`, `Books · Review`)
                    r"|exposition|exhibition|ausstellung|exposición|exposição|mostra|tentoonstelling|rezension"
                    r"|reseña|resenha|recensie)$", re.I)
# The reporting genres a lone label over the headline may name instead of a section (`Enquête`, `Reportage`,
# `Inchiesta`): what the piece is, not where the site files it. (An `Explainer` or an `Analysis` page may be a
# section of its own; `Cronaca` is the Italian news section.)
_REPORT_GENRE = re.compile(r"^(?:reportage|reportaje|reportagem|reportasje|reportaż|enquête|investigation"
                           r"|investigación|investigação|inchiesta|recherche|onderzoek)$", re.I)


def _row_over_label(lines: list[Line], first: int, last: int, text: str) -> bool:
    """A row split at its dots or bars of more entries than a path from a list page has, not from the start page,
    with a lone label set apart by a blank line under it: a one-line menu (the site's editions or desks), not the
    story's path; the label under it is the story's. A row opening on a list page's step (`News · Schweiz ·
    Regional · Bern Freiburg Wallis`) is a path that narrows step by step, its label under it a kicker."""
    return last - first + 1 >= T.MENU_ROW_MIN_ENTRIES and not from_home(text) \
        and lines[first].text.lower() not in F.GENERIC_CRUMBS \
        and last + 1 < len(lines) and lines[last + 1].blank_before


def _spaced_menu(line: Line) -> bool:
    """A one-line menu whose entries are set apart by spaces only (`Home   National   Provinces   Sport …`)."""
    return not line.part and line.words >= T.MENU_MIN_WORDS and line.capitalised >= T.MENU_MIN_CAPITALISED \
        and not line.sentence and not _CRUMB_SEPARATORS.search(line.text) and not re.search(r"\d", line.text)


def _slashed_menu_item(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Business / Tech` among the entries of a menu set one a line (a lone label right above it and right under
    it): one entry naming two sections, not a path (a path is not set inside a menu, nor joined by a slash
    without its start page)."""
    parts = [p.strip() for p in re.split(r"\s+/\s+", lines[i].text)]
    if len(parts) != 2 or from_home(lines[i].text) or lines[i].part or not 0 < i < len(lines) - 1:
        return False
    if _EDITIONS.match(parts[0]):
        return False  # `Regions / North West`, `Lokales / Leipzig`: a path from the local pages to the place's
    if lines[i].blank_before and not lines[i - 1].blank_before:
        return False  # set apart by a blank line from a menu pasted tight: the page's own path (`Société / Éducation`)
    if not all(labels[k].cls in (SHORT, MENU) and lines[k].label and not lines[k].part
               and not breadcrumb(lines[k].text) for k in (i - 1, i + 1)):
        return False
    # (both entries of the menu above, each on its own line, `Features` … `Environment`: a path)
    shown = {line.text.lower() for line in lines[:i]}
    return not all(p.lower() in shown for p in parts)


def from_home(text: str) -> bool:
    """A path that starts at the start page (`Inicio > Bogotá`, `Home / News / Wales`) is a breadcrumb whatever
    the line was taken for (a link under a `More news` label over it)."""
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(unglued(text)) if p.strip()]
    return len(parts) >= 2 and parts[0].lower() in _HOME


def menu_then_crumbs(line: Line) -> str | None:
    """A one-line menu run together with the breadcrumb under it (`Markets Tech Media Business / Airlines`,
    `Home Politics Money … › Business › Airlines`): the last step, when every step after the menu is a label's
    few capitalised words. The menu is read by its shape, every word capitalised and no sentence: its share of
    stopwords tells little (jusText's lists hold `home`, `business`)."""
    if line.part or line.words < T.MENU_MIN_WORDS or line.sentence or line.capitalised < T.MENU_MIN_CAPITALISED:
        return None
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(line.text)]
    menu, steps = parts[0].split(), parts[1:]
    # (a dot after a name of capitalised words sets a fact beside it, `Pennine Counties League Premier Division ·
    # Mill Lane`: a match's competition and ground, no path)
    if not steps or len(menu) < T.MENU_MIN_WORDS - 1 or re.search(r"\s[·•]\s", line.text) \
            or not all(_menu_entry_word(w) for w in menu) \
            or not all(1 <= len(p.split()) <= T.MENU_TAIL_CRUMB_MAX_WORDS and p[:1].isupper() for p in steps):
        return None
    step = steps[-1]
    return step if step.lower() not in F.GENERIC_CRUMBS and not not_a_section(step) else None


def _menu_entry_word(word: str) -> bool:
    """A menu entry's word: capitalised or a figure, or a product name with a small prefix (`e-Edition`, `ePaper`,
    `iPlayer`, `e-Paper`): its capital comes right after it."""
    return word[:1].isupper() or word[:1].isdigit() or bool(re.match(r"^[a-z]{1,2}-?[A-Z]", word))


def _account_corner(text: str) -> bool:
    """`Log in / Register`, `Anmelden | Registrieren`: the account corner's buttons on one line, no label."""
    parts = _CRUMB_SEPARATORS.split(text)
    return len(parts) > 1 and all(F.is_ui(c) or not_a_section(c) for c in parts)


def _site_names_over(lines: list[Line], labels: list[Label], headline: int) -> set[str]:
    """The names the page gives its site above the headline (its masthead among them), with and without `The`."""
    sites = site_names(lines, headline)
    if masthead := _masthead(lines, labels, headline):
        sites.add(masthead)
    return sites | {_without_article(site) for site in sites}


def _label_section(lines: list[Line], labels: list[Label], headline: int, top: int) -> str | None:
    """The lone label above the headline (not a menu entry, not a kicker in capitals under it)."""
    sites = _site_names_over(lines, labels, headline)
    site_words = house.site_words(lines)
    seen_before = {lines[i].text.lower(): i for i in range(headline - 1, -1, -1)}  # (where each line is first shown)
    bios = [line.text for line in lines[headline:] if line.words >= T.CAPTION_MIN_WORDS and F.BIO.match(line.text)]
    if _repeated_over_kicker(lines, labels, headline - 2, headline, top, seen_before):
        return lines[headline - 2].text
    candidates: list[tuple[int, str]] = []
    apart = _labels_apart(lines, labels, headline)
    for i in range(headline - 1, top - 1, -1):
        line, label = lines[i], labels[i]
        if _figures(line.text):  # (figures without a word, no date: a market ticker's, a score board's or a
            # weather widget's row, not the header; the labels pasted tight under it are its box's)
            candidates = [(k, text) for k, text in candidates if not _in_figures_block(lines, i, k, headline)]
            break
        if label.cls == MENU or (label.cls in (PROSE, NEAR)) or _menu_row(lines, i) or _SITE_PAGE.match(line.text) \
                or label.kind in ("consent", "countdown") or _flag_over_stack(lines, i, headline):
            break  # (a consent dialog's button: what stands above the dialog is the page's top, its masthead and
            # tagline; a countdown closes the next event's box: what stands above it is the box's and the site's;
            # a breaking-news ticker: what stands above it is the page's menu)
        if not (label.cls == SHORT or _byline_over_byline(labels, i, headline) or _swept_with(labels, i, headline)
                or _list_page_step(lines, labels, i, headline)) \
                or not _label_shaped(line) \
                or F.is_ui(line.text) or _account_corner(line.text) or looks_like_date(line.text) \
                or not_a_section(line.text) \
                or _names_site(line.text, sites, site_words) or _about_itself(lines, i) \
                or _REPORT_GENRE.match(line.text) or (i + 1 < headline and _FOLLOW_OWNER.match(lines[i + 1].text)) \
                or _writers_outlet(line.text, bios) or _site_tagline(lines, i, sites, site_words, bios) \
                or _title_line_part(lines, i, headline):
            continue  # (a reporting genre alone names no section: _REPORT_GENRE)
        if _names_source(lines, labels, i, headline):
            break  # what stands above the source's logo is the portal's own header
        nav = i < apart and _in_nav_list(lines, labels, i)
        if not candidates and seen_before.get(line.text.lower(), i) < i - 1 and nav \
                and _label_run_ends(lines, labels, i, headline):
            return line.text  # a menu entry repeated after the menu, over the headline: the story's section
        if nav and not _under_tight_menu(lines, i) \
                and not _heads_story_block(lines, labels, i, headline):
            spaced = lines[i].blank_before and lines[i - 1].blank_before
            # (tight: a page that sets its blocks apart below the headline shows where they end, and a menu pasted
            # tight over the headline ends there: its last entry is an entry, `Politik`)
            tight = _badges_between(lines, labels, i, headline) and not (
                lines[i].blank_before or lines[i - 1].blank_before or lines[headline].blank_before) \
                and not _set_apart(lines, labels, headline)
            if not candidates and (spaced or tight) and _drop_generic(line.text) \
                    and not _SERVICE_ENTRY.match(line.text):
                # a paste with a blank line between all lines, or none at all, shows no menu edge: the label
                # nearest the headline (in a tight paste, right above it) is taken as its section label
                # (`Liège-Verviers` under `… Opinions / Immo`, `Lisboa` as the last entry of a tight menu)
                candidates.append((i, line.text))
            break  # the menu: no section label above the headline
        # a label the menu shows too is the section as the site names it (`Local News`, not `Local`)
        text = line.text if seen_before.get(line.text.lower(), i) < i or _news_label(lines, i, headline) \
            else _drop_generic(line.text)
        if text is None and not candidates and _menu_ends_in_list_page(lines, labels, i):
            break
        if text:
            candidates.append((i, text))
    return _choose(lines, labels, headline, candidates, seen_before) if candidates else None


# A menu's entry for one of the site's services, not a desk that files stories (`Videos`, `Podcasts`, `Meteo`,
# `Puzzels`, `Clasificados`, `Events`, `Radar`), in en/de/fr/es/it/pt/nl and the Nordic languages: the last entry of a
# menu with no edge over the headline names no section when it is one of these.
_SERVICE_ENTRY = re.compile(
    r"^(?:videos?|vídeos?|vidéos?|video's|podcasts?|pódcasts?|meteo|météo|weather(?: alerts?)?(?: \d+)?|wetter"
    r"|el tiempo|tempo|weer|väder|vær|vejret|radar|puzzles?|puzzels|crosswords?|games|jeux|rätsel|giochi|juegos"
    r"|passatempos|spelletjes|classifieds|clasificados|classificados|annunci|petites annonces|kleinanzeigen"
    r"|events|eventos|eventi|événements|evenementen|veranstaltungen|send us a tip|tips)$", re.I)


def _badges_between(lines: list[Line], labels: list[Label], i: int, headline: int) -> bool:
    """Line i stands right over the headline, or over the story's badges pasted tight between (`Industrie` / `Article
    réservé aux abonnés` / headline, `Umeå` / `PLUS` / headline); not over the menu's own links (`E-Paper`,
    `Contact Us`), which show that line i is an entry of the menu."""
    return all(not lines[k].blank_before and (paywall_badge(lines, labels, k) or _STORY_BADGE.match(lines[k].text))
               for k in range(i + 1, headline))


def _in_figures_block(lines: list[Line], figures: int, k: int, headline: int) -> bool:
    """`71°` / `Tulsa, OK` / `Wind: S 24 mph` / `Radar`, then a blank line: a label pasted tight under a row of
    figures (a weather widget's reading, a ticker's value), in a block that a blank line closes before the headline,
    is the box's own (its place, its link), not the story's section. The block must show a widget: a unit on the
    figures (°, %, mph, km/h) or more lines under them; a score alone over a label (`2:1` / `Sport`) names no box."""
    if any(lines[m].blank_before for m in range(figures + 1, k + 1)):
        return False
    close = next((m for m in range(k + 1, headline + 1) if lines[m].blank_before), None)
    return close is not None and (_WIDGET_UNIT.search(lines[figures].text) is not None or close - figures > 2)


# A widget reading's unit: a temperature, a change in per cent, a wind speed.
_WIDGET_UNIT = re.compile(r"°|%|\b(?:mph|km/h|kmh|knots?)\b", re.I)


def _menu_ends_in_list_page(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`… / Council and meetings / News` over the headline: a menu one entry a line, three entries or more, ending in
    its news list's entry; the entry above it is the menu's, not the story's section. A desk alone over the generic
    entry (`Sport` / `News`, `Lokales` / `Nachrichten`) is two lines, no menu: the story's label."""
    return i >= 2 and not lines[i].blank_before and not lines[i - 1].blank_before and labels[i - 1].cls == SHORT \
        and _label_shaped(lines[i - 2]) and not looks_like_date(lines[i - 2].text)


def _list_page_step(lines: list[Line], labels: list[Label], i: int, headline: int) -> bool:
    """A list page's label (`Latest news`, `Últimas noticias`, `Dernières actualités`, `Neueste Nachrichten`, taken
    for a most-read box's label) right over the headline, the last step of a path pasted one step a line from the
    start page (`Home` / `Your council` / `News and media` / `Latest news`): the page's own section."""
    if labels[i].kind != "tail" or i != headline - 1 or lines[i].blank_before:
        return False
    k = i - 1
    while k > 0 and not lines[k].blank_before and _step(lines, labels, k):
        k -= 1
    return k < i - 1 and lines[k].blank_before and lines[k].text.lower() in _HOME


# A breaking-news or live flag alone on its line.
_ALERT_FLAG = re.compile(r"^(?:" + F.ALERT_FLAGS + r")$", re.I)


def _flag_over_stack(lines: list[Line], i: int, headline: int) -> bool:
    """`BREAKING` over a stack of other stories' headlines, then the headline: the flag's ticker, set between the
    menu and the story; a label under the flag over the headline is read before it is reached."""
    between = range(i + 1, headline)
    return len(between) >= T.ALERT_STACK_MIN_LINES - 1 and _ALERT_FLAG.match(lines[i].text.strip(" :|·•!")) \
        is not None and all(lines[k].headline for k in between)


def _labels_apart(lines: list[Line], labels: list[Label], headline: int) -> int:
    """Where a block of one or two labels starts that runs tight into the headline, set apart by a blank line from
    a menu pasted tight, one entry a line (`… Meinung` / `E-Paper` / blank / `Unternehmen` / `INDUSTRIE` / headline):
    the page's own label and kicker, not more entries. The headline's index when there is none."""
    k = headline
    while k > 0 and headline - k < T.LABELS_APART_MAX and not lines[k].blank_before and labels[k - 1].cls == SHORT \
            and lines[k - 1].label:
        k -= 1
    tight_menu_above = k >= 2 and not lines[k - 1].blank_before and labels[k - 1].cls == SHORT
    return k if k < headline and lines[k].blank_before and tight_menu_above else headline


def _set_apart(lines: list[Line], labels: list[Label], headline: int) -> bool:
    """Most paragraphs under the headline stand after a blank line: the page pastes its blocks apart."""
    prose = [k for k in range(headline + 1, len(lines)) if labels[k].cls == PROSE]
    return 2 * sum(lines[k].blank_before for k in prose) > len(prose)

def _swept_with(labels: list[Label], i: int, headline: int) -> bool:
    """Line i was swept into a box together with the headline (a paste with no blank line from the account corner
    down to the headline: `Ingresá | Suscribite` / menu / `Sociedad` / `TEMPORAL` / headline): it is a header
    line as the headline is, not a box's."""
    return labels[i].kind == "box item" and labels[headline].kind == "box item" \
        and all(labels[k].kind == "box item" for k in range(i, headline))


def _choose(lines: list[Line], labels: list[Label], headline: int, candidates: list[tuple[int, str]],
            seen_before: dict[str, int]) -> str | None:
    """The section among the label candidates over the headline (nearest first), or None."""
    nearest_index, nearest = candidates[0]
    for i, text in candidates:
        if FOLLOW_BUTTON.match(lines[i + 1].text):
            return text  # `Douarnenez` / `+ Suivre`: the topic a reader can follow, over the kicker under it
    if nearest_index == headline - 1 and len(candidates) > 1 and _ANALYSIS_KICKER.match(nearest) \
            and _alone(lines, labels, candidates[1][0]):
        return candidates[1][1]  # (`News Analysis` over the headline: the piece's genre, the label above its section)
    if nearest_index == headline - 1 and _kicker_phrase(lines, nearest_index):
        # a phrase over the headline (`Sommer am Rhein`, `War in the Sahel`): the kicker; a label over it names
        # the section
        return candidates[1][1] if len(candidates) > 1 else None
    # (a label right above the headline that the menu shows as well, under another entry of it, is no kicker: the
    # page files the story under both, `Health` / `Investigations`, and the nearer names it more closely; in capitals,
    # `Atletismo` / `MUNDIAL EN PISTA CUBIERTA`, it is the kicker, as below; under a genre's desk, `Opinion` /
    # `Politics`, the desk is the section)
    repeated = not nearest.isupper() and seen_before.get(nearest.lower(), nearest_index) < nearest_index - 1 \
        and len(candidates) > 1 and not _GENRE_DESK.match(candidates[1][1]) \
        and seen_before.get(candidates[1][1].lower(), candidates[1][0]) < candidates[1][0]
    if nearest_index == headline - 1 and not _desk_label(nearest) and not repeated:
        # A kicker right above the headline; a label that is also a menu entry is the section.
        for k, (i, text) in enumerate(candidates[1:], start=1):
            if _heads_items(lines, i, nearest_index):
                continue
            if k == 1 and seen_before.get(lines[i].text.lower(), i) < i and (
                    _sub_desk(lines, i, nearest_index, nearest) or _menu_path(lines, i, nearest_index, seen_before)
                    or _JOINED_DESK.match(nearest)):
                return nearest
            if seen_before.get(lines[i].text.lower(), i) < i and not _desk_under_capitals(text, nearest):
                if k > 1 and candidates[k - 1][0] == i + 1 and not candidates[k - 1][1].isupper():
                    # `Regions` / `Morobe` / `LAE`: a path one step a line, its last step under the menu's entry,
                    # then the kicker; a last line the menu shows too above the path is the path's last step
                    # (`News` / `Wales News` / `Ceredigion`, the menu holding `Ceredigion`), no kicker
                    return nearest if seen_before.get(nearest.lower(), i) < i else candidates[k - 1][1]
                return nearest if _edition_over_place(text, nearest) else text
        if nearest.isupper() and seen_before.get(nearest.lower(), nearest_index) < nearest_index - 1:
            return nearest  # a label in capitals repeating a menu entry (`Transport` … `TRANSPORT`): the section
        # A kicker right under a lone label (`Kultur` / `Leipzig` / headline, `Politik` / `EXKLUSIV` / headline):
        # the label is the section. (Under the last of a run of labels, a breadcrumb one step a line, the label
        # over the headline is the page's own: `Home` / `Environment` / `Water quality` / `News story`.)
        # (the lead photo, its caption and credit, may stand between the label and the kicker: `Region` / caption /
        # credit / `Hochwasser` / headline)
        # (a label the menu shows too is no kicker, `Weather` over the headline under a weather alert's `Closings &
        # Delays` link: the section; where a kicker stands over every headline, it may be a menu's word, `Verkehr`)
        if len(candidates) > 1 and _photo_between(labels, candidates[1][0], headline - 1) \
                and (seen_before.get(nearest.lower(), nearest_index) >= nearest_index - 1
                     or page_language(lines) in _DACHZEILE_LANGUAGES) \
                and not candidates[1][1].isupper() and _label_over_kicker(lines, labels, candidates[1][0], nearest) \
                and not _edition_over_place(candidates[1][1], nearest) \
                and not _region_over_place(lines, candidates[1][0], nearest) and not _compass_region(nearest) \
                and not _place_in_headline(nearest, lines, headline) \
                and not _reporters_beat(lines, labels, headline, nearest):
            return candidates[1][1]
    return nearest


def _heads_items(lines: list[Line], i: int, nearest_index: int) -> bool:
    """`Verkeer` / `A2 Eindhoven richting Weert: 6 km file` / `N270 Helmond: wegwerkzaamheden tot 19:00` / blank: a
    label pasted tight over lines longer than labels (a traffic box, a ticker), its block closed by a blank line
    before the label over the headline: the box's heading, not the section, though the menu shows it too."""
    items = i + 1
    while items < nearest_index and not lines[items].blank_before:
        if _label_shaped(lines[items]):
            return False
        items += 1
    return items - i - 1 >= T.BOX_HEADING_MIN_ITEMS and items < nearest_index


def _sub_desk(lines: list[Line], parent: int, nearest_index: int, nearest: str) -> bool:
    """`Markets` / `Commodities` / headline, on a page pasted without blank lines: a menu entry, then one
    capitalised word or two tight under it (a desk of that section: `Arts & Culture` / `Visual Art`), over the
    headline: a path of two steps, whose last is the section; a kicker is a phrase, or in capitals (where nouns join
    into one word, a kicker may be one: `Binnenland` / `Aardbevingsdossier`). (Set apart as a block of its own,
    `Suisse` / `Lausanne` is a section over a kicker naming the place.)"""
    words = nearest.split()
    return parent == nearest_index - 1 and not lines[nearest_index].blank_before and not lines[parent].blank_before \
        and not lines[nearest_index + 1].blank_before and len(words) <= T.SUB_DESK_MAX_WORDS \
        and all(w[:1].isupper() for w in words) and not nearest.isupper() \
        and page_language(lines) not in _COMPOUNDING_LANGUAGES


# A desk's name of two nouns joined by an ampersand (`Transport & Logistics`, `Food & Drink`), under a menu's entry
# over the headline: the section's desk, the path's last step; a kicker is the story's phrase, not such a pair.
_JOINED_DESK = re.compile(r"^(?-i:[A-Z])[\w-]+ & (?-i:[A-Z])[\w-]+$")


def _menu_path(lines: list[Line], parent: int, nearest_index: int, seen_before: dict[str, int]) -> bool:
    """`Companies` / `Mining` / headline under a menu that lists both (`… Markets` / `Companies` / `Mining` / …): a
    path of two steps pasted one step a line, tight, each step an entry of the menu above; its last step is the
    section. A kicker is the story's phrase, not a second entry of the site's menu. The parent comes before the
    desk in the menu's order, and is no genre desk: `Opinion` / `Politics` is the opinion page's piece on politics
    (the menu lists `Politics` before `Opinion`), its section the genre desk."""
    desk = seen_before.get(lines[nearest_index].text.lower(), nearest_index)
    return parent == nearest_index - 1 and not lines[nearest_index].blank_before and desk < parent \
        and seen_before.get(lines[parent].text.lower(), parent) < desk and not _GENRE_DESK.match(lines[parent].text)


# The genre desks a site files its opinion and analysis under (`Opinion`, `Meinung`, `Analysis`, `Kommentar`): over
# a topic's label, the desk is the section, the topic what the piece is about.
# (an analysis in en/de/fr/es/it/pt)
_ANALYSIS_WORDS = r"analysis|analyse|análisis|analisi|análise"
_GENRE_DESK = re.compile(r"^(?:opinions?|meinung|meinungen|" + _ANALYSIS_WORDS + r"|analyses"
                         r"|comment|commentary|kommentar|kommentare|opinión|opinion|opinione|opinioni|opinião"
                         r"|mening|meningen|opinie|tribune|tribunes|debate|debatte|débat)$", re.I)


# A piece's genre over its headline, an analysis (`News Analysis`, `Analyse`, `Análisis`, `Décryptage`, `Explainer`):
# under a section's label above it, no section of its own.
_ANALYSIS_KICKER = re.compile(r"^(?:news analysis|" + _ANALYSIS_WORDS + r"|décryptage|explainer|hintergrund"
                              r"|achtergrond)$", re.I)


def _alone(lines: list[Line], labels: list[Label], i: int) -> bool:
    """No label right above or below line i (a button, an ad's marker, a date may stand there): no entry of a menu
    pasted a line each."""
    return all(not 0 <= k < len(lines) or labels[k].cls not in (SHORT, MENU) for k in (i - 1, i + 1))


# Languages that join nouns into one word, so that a one-word label may be a kicker's phrase (`Aardbevingsdossier`,
# `Hafenstreit`, `Strømkrisen`).
_COMPOUNDING_LANGUAGES = frozenset({"German", "Dutch", "Swedish", "Norwegian", "Norwegian_Bokmal", "Norwegian_Nynorsk",
                                    "Danish", "Afrikaans", "Finnish"})


# A desk's own page named with the word for news (`Stock Market News`, `Noticias de Economía`, `Nachrichten aus
# Bayern`, `Actualités régionales`): under a menu entry (`Markets`) it is the more specific step of a path, not
# a kicker (a kicker names the story's subject, never `news`).
_DESK_WORD = re.compile(r"^(?:news|noticias|notícias|nachrichten|actualités|infos|notizie|nieuws|nyheter|nyheder"
                        r"|wiadomości)$", re.I)


def _desk_label(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= T.LABEL_MAX_WORDS and bool(_DESK_WORD.match(words[0]) or _DESK_WORD.match(words[-1]))


# A topic page's follow button under its label (`+ Follow`, `Suivre`, `+ Folgen`, `Seguir`, `Segui`, `Volgen`).
FOLLOW_BUTTON = re.compile(r"^\+?\s*(?:follow|suivre|folgen|seguir|segui|seguire|volgen|følg|följ|obserwuj"
                            r"|sledovat)(?:\s+(?:this topic|ce sujet|dieses thema|este tema|questo tema"
                            r"|dit onderwerp))?$", re.I)
# A follow button naming a publication or a writer (`Follow publication`, `Seguir autor`, `Autor folgen`,
# `Suivre l'auteur`): the line over it names that publication or writer, not a section.
_FOLLOW_OWNER = re.compile(r"^\+?\s*(?:(?:follow|suivre|seguir|segui|volgen)\s+(?:(?:this|the|la|le|el|al|o|l['’])\s?)?"
                           r"(?:publication|publicación|publicação|pubblicazione|publicatie|author|writer|auteur"
                           r"|autrice|autor|autore|autora)"
                           r"|(?:publikation|autor|autorin|auteur|publicatie)\s+(?:folgen|volgen))$", re.I)


def _place_in_headline(nearest: str, lines: list[Line], headline: int) -> bool:
    """`Suisse` / `Genève` / `Genève aura ses nouveaux bains …`: a name of a word or two, written as a name, that
    the headline under it names: the place whose pages file the story (a sub-section of the label above), not a
    kicker, which adds to the headline rather than repeating it. (Where every noun is capitalised, a Dachzeile's
    topic word is written as a name too: there the shape tells nothing.)"""
    words = nearest.split()
    return len(words) <= 2 and not nearest.isupper() and all(w[:1].isupper() for w in words) \
        and re.search(r"(?<![\w-])" + re.escape(nearest) + r"(?![\w-])", lines[headline].text) is not None \
        and page_language(lines) not in _DACHZEILE_LANGUAGES


def _reporters_beat(lines: list[Line], labels: list[Label], headline: int, nearest: str) -> bool:
    """`Scotland` / `Highlands & Islands` / headline / `Jane Doe` / `Highlands and Islands reporter, XBC Scotland`:
    the label over the headline is the beat the byline's job line gives its reporter (a broadcaster's regional
    page under its nation's label): the story's own page, the section, not a kicker under it. (Where a kicker
    stands over every headline, a reporter's town may be the kicker too: there the shape tells nothing.)"""
    beat = [w for w in re.findall(r"[\w'’-]+", nearest.lower()) if w not in _NAME_JOINERS]
    if not beat or page_language(lines) in _DACHZEILE_LANGUAGES:
        return False
    for k in range(headline + 1, min(len(lines), headline + T.SECTION_WINDOW)):
        text = lines[k].text
        if labels[k].cls == META and labels[k].kind in ("byline", "role") and F.ROLE.search(text):
            words = [w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in _NAME_JOINERS]
            if any(words[j:j + len(beat)] == beat for j in range(len(words))):
                return True
    return False


def _desk_under_capitals(upper: str, nearest: str) -> bool:
    """Two labels over the headline, a menu entry in capitals over a name in Title Case (`KARNATAKA` / `Civic
    Issues`, `EUROPE` / `Energy Policy`): the broad entry (a region, an edition) over the story's desk, which is
    the section. A kicker under a label is in capitals or a phrase (`Politik` / `EXKLUSIV`, `Sommer am Rhein`)."""
    words = [w for w in nearest.split() if w.lower() not in _NAME_JOINERS]
    return upper.isupper() and not nearest.isupper() and bool(words) and all(w[:1].isupper() for w in words)


# The words that join a section's names (`Orkney & Shetland`, `Arts and Culture`, `Stadt und Land`): a label's
# few names are counted without them.
_NAME_JOINERS = frozenset({"&", "and", "und", "et", "y", "e", "i", "og", "och", "en"})


def _under_tight_menu(lines: list[Line], i: int) -> bool:
    """Labels set apart by blank lines under a menu pasted tight, one entry a line (`Osthessen` / `Südhessen` /
    blank / `Südhessen` / blank / `Wildtiere`): the page's own labels over the headline, not more entries."""
    return i >= 2 and lines[i].blank_before and lines[i - 1].blank_before and not lines[i - 2].blank_before


def _title_line_part(lines: list[Line], i: int, headline: int) -> bool:
    """A part of the page's title line (`Headline | by Name | Publication | Nov, 2026 | Platform`, split at its
    bars, the headline its first part): the site's, writer's or publication's name, or a date; a section label the
    page shows stands as a line of its own nearer the headline."""
    first = i
    while first > 0 and lines[first].part:
        first -= 1
    return first < i and lines[first].text == lines[headline].text


def _label_shaped(line: Line) -> bool:
    """A label's few words, no sentence: up to LABEL_MAX_WORDS names besides the words that join them."""
    return (not line.sentence or _DOTTED_ABBREVIATION.match(line.text) is not None) \
        and 1 <= sum(w.lower() not in _NAME_JOINERS for w in line.text.split()) <= T.LABEL_MAX_WORDS


# A name abbreviated with full stops (`U.S.`, `U.K.`, `EE.UU.`, `N.R.W.`): its last stop ends no sentence.
_DOTTED_ABBREVIATION = re.compile(r"^(?:[A-ZÀ-Þ]{1,2}\.){2,}$")


def _figures(text: str) -> bool:
    """`2,318.40`, `+12.70 (+0.55%)`: numbers and signs, no word and no date."""
    return bool(re.search(r"\d", text)) and not re.search(r"[^\W\d_]", text) and not looks_like_date(text)


# Languages whose news pages set a kicker (Dachzeile, Spitzmarke) over every headline: there the label right over
# the headline is the kicker even under a breadcrumb one step a line (`Startseite` / `Landkreis` / `Ort` / kicker
# / headline), and the step above it the section. (An English page's last step may be the page's own label:
# `Home` / `Environment` / `News story`.)
_DACHZEILE_LANGUAGES = frozenset({"German"})


def _photo_between(labels: list[Label], label: int, kicker: int) -> bool:
    """Nothing but a photo's caption and credit between the label and the kicker (or nothing at all)."""
    return label < kicker and all(labels[k].cls == META and labels[k].kind in ("caption", "credit")
                                  for k in range(label + 1, kicker))


def _label_over_kicker(lines: list[Line], labels: list[Label], at: int, nearest: str) -> bool:
    """The label at line `at`, over the kicker over the headline, names the section: when the kicker is in
    capitals, or nothing label-shaped stands above the label. (A label right under a date belongs to the
    masthead's row, `Sunday, March 21, 2027` / `Today's Paper`: a link of the masthead, not a section.)"""
    if at >= 1 and labels[at - 1].kind in ("date", "dateline"):
        return False
    return nearest.isupper() or page_language(lines) in _DACHZEILE_LANGUAGES \
        or not (at >= 1 and labels[at - 1].cls in (SHORT, FURNITURE) and lines[at - 1].label)


def _names_site(text: str, sites: set[str], site_words: frozenset[str]) -> bool:
    """The site's own name over the headline (its masthead): as a `| Site` line or the copyright line names it,
    with or without its article (`The Harbour Courier`), or made of the copyright line's distinctive words only
    (`Harbour Courier` for `© 2027 Harbour Courier Media Ltd`, its small words aside: `Corriere del Porto`; one
    such word alone may be a place's section)."""
    if text.lower() in sites or _without_article(text) in sites:
        return True
    name = _LEADING_ARTICLE.sub("", text.strip())
    words = {w.lower() for w in re.findall(r"\w[\w+-]*", name) if len(w) >= 3 and w[0].isupper()}
    return len(words) >= T.SITE_LABEL_MIN_WORDS and words <= site_words


# The start page in breadcrumbs (`Home`, `Accueil`, `Startseite`): never a section, not even alone.
_HOME = frozenset({"home", "index", "homepage", "front page", "portada", "inicio", "startseite", "accueil", "início",
                   "anasayfa", "etusivu", "αρχική", "főoldal", "forside", "startsida", "strona główna", "úvod",
                   "pagina principală", "inici", "hoofdpagina", "you are here", "estás en", "sie sind hier",
                   "vous êtes ici", "naslovnica", "početna", "domov", "hlavní stránka", "úvodní stránka", "acasă",
                   "prima pagină", "forsiden", "kezdőlap"})


# The small words inside a phrase (prepositions and articles; not `and`, which joins a section's two names:
# `Arts and culture`), in the languages of European news sites.
_PHRASE_WORDS = frozenset({"am", "im", "an", "in", "um", "auf", "vor", "nach", "mit", "für", "zum", "zur", "der", "die",
                           "das", "den", "dem", "des", "vom", "of", "on", "at", "for", "to", "the", "a", "with", "over",
                           "de", "du", "la", "le", "les", "en", "au", "aux", "pour", "sur", "sous", "del", "el", "los",
                           "por", "para", "con", "sin", "di", "da", "della", "il", "nel", "per", "su", "tra", "dos",
                           "do", "na", "no", "com", "sem", "van", "het", "op", "à", "ao", "dans", "bei",
                           "zu"})


# A series' name opens with its article (`The Water Wars`, `Die Wasserkriege des Südens`, `La Ruée vers l'eau`): a
# phrase like a kicker's, not a section's label.
_SERIES_ARTICLE = re.compile(r"^(?:the|le|la|les|el|los|las|il|lo|gli|der|die|das|het|os|as)\s", re.I)


def _kicker_phrase(lines: list[Line], i: int) -> bool:
    """A phrase of three or more words with a small word inside (`Sommer am Rhein`, `Guerre en Ukraine`, in capitals
    too: `CRISIS DEL AGUA`, `WAR IN THE SAHEL`), which
    no other line of the page repeats: the story's kicker (Dachzeile), not a section label. A place named so
    (`Zell am See`) is a section only the story names too, in its headline or body, or a breadcrumb shows."""
    text = lines[i].text
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper() or not (any(w.lower() in _PHRASE_WORDS for w in words[1:-1])
                                                            or _SERIES_ARTICLE.match(text)):
        return False
    needle = text.lower()
    return not any(k != i and needle in line.text.lower() for k, line in enumerate(lines))


def _news_label(lines: list[Line], i: int, headline: int) -> bool:
    """`News` alone right above the headline is the section the site files the story under (in a breadcrumb,
    `Home > News > World`, it is a list page)."""
    return i == headline - 1 and (lines[i].blank_before or i == 0) and lines[i].text.lower() in F.GENERIC_CRUMBS \
        and lines[i].text.lower() not in _HOME


# Arrows between steps make a breadcrumb whatever the line was taken for (a related link after `More`, an item of
# the box a `Watch` link opens); so does a spaced `>` (`Africa > Southern Africa`), which no sentence sets so.
_ARROWS = re.compile(r"\S\s*[›»→＞]\s*\S|[^\W\d]\s+>\s+[^\W\d]")


def site_names(lines: list[Line], end: int) -> set[str]:
    """The site's name as the page shows it (lower case): the ` | Site` end of a `Headline | Site` line above
    `end`, the `Site | ` start of a `Site | Headline` line (perhaps split in two parts), and the name on its
    copyright line."""
    found = {name.lower()} if (name := house.site_name(lines)) else set()
    for k, line in enumerate(lines[:end]):
        if line.words <= T.HEADLINE_MAX_WORDS + 6 and (m := SITE_SUFFIX.match(line.text)) \
                and len(m["site"].split()) <= T.SITE_MAX_WORDS and len(m["title"].split()) >= T.HEADLINE_MIN_WORDS:
            found.add(m["site"].strip().lower())
        elif end < len(lines) and k + 1 < end and lines[k + 1].part and line.words <= T.SITE_MAX_WORDS \
                and lines[k + 1].text.lower() == lines[end].text.lower():
            found.add(line.text.lower())  # `Site | Headline`, split into its parts
    return found


# A definite article before a name (`Le Réveil du Velay` is credited as `Réveil du Velay`), in the languages of
# European news sites.
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|l’|der|die|das|el|los|las|il|lo|gli|i|o|os|a|as|het|de|den|det)"
                              r"\s*(?<=['’\s])", re.I)


def _masthead(lines: list[Line], labels: list[Label], headline: int) -> str | None:
    """The page's first line (lower case) when it is the outlet's name, its masthead: a short label that a photo
    credit below the headline names as its outlet (`Photo Outlet/Jane Doe`, the article dropped). A first line
    that is the story's section (`Freiburg`) is at most part of a credit's name (`Bild: Stadt Freiburg`)."""
    first = next((i for i, line in enumerate(lines) if line.text), None)
    if first is None or first >= headline or labels[first].cls not in (SHORT, MENU) \
            or lines[first].words > T.SITE_MAX_WORDS or not lines[first].label:
        return None
    name = _without_article(lines[first].text)
    if len(name) < T.MASTHEAD_NAME_MIN_CHARS:
        return None
    return lines[first].text.lower() if _credited_outlet(lines, labels, headline, name) else None


def _credited_outlet(lines: list[Line], labels: list[Label], headline: int, name: str) -> bool:
    """A name a photo credit under the headline gives, whole, as its source (`Foto: Canal Quetzal`, `Photo
    Outlet/Jane Doe`): the outlet's own name; a section is at most part of a credit's name (`Bild: Stadt X`)."""
    name = _without_article(name)
    return any(labels[k].kind == "credit" and name in _credit_parts(lines[k].text)
               for k in range(headline + 1, min(len(lines), headline + T.MASTHEAD_CREDIT_WINDOW)))


def _credit_parts(text: str) -> set[str]:
    """The names a credit line joins with slashes, without its label (`Photo Outlet/Jane Doe` -> outlet, name)."""
    credit = unlabelled(text) or labelled_credit(text) or line_credit(text) or text
    return {_without_article(part) for part in credit.split("/")}


def _without_article(name: str) -> str:
    return _LEADING_ARTICLE.sub("", name.strip()).strip().lower()


def _compound(lines: list[Line], i: int) -> tuple[int, int]:
    """The first and last line of the compound line (`Home · Unternehmen · Industrie`) that line i begins."""
    last = i
    while last + 1 < len(lines) and lines[last + 1].part:
        last += 1
    return i, last


def _menu_row(lines: list[Line], i: int) -> bool:
    """Line i is an entry of a row split at `|`, `·` or `•` of more entries than a path has, not starting at the
    start page (`Valparaíso · Viña del Mar · Quilpué · … · Clasificados`): a one-line menu, whose last entry over
    the headline names no section."""
    first = i
    while first > 0 and lines[first].part:
        first -= 1
    first, last = _compound(lines, first)
    steps = last - first + 1
    return steps > T.COMPOUND_CRUMB_MAX_STEPS \
        and (steps > T.HOME_PATH_MAX_STEPS or not from_home(" › ".join(lines[k].text for k in range(first, last + 1))))


def _generic(text: str) -> bool:
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(text) if p.strip()]
    return parts[-1].lower() in F.GENERIC_CRUMBS


def _lone_label(lines: list[Line], labels: list[Label], start: int, headline: int) -> str | None:
    texts = [lines[k].text for k in range(start, headline) if labels[k].cls in (SHORT, MENU)]
    return texts[0] if len(texts) == 1 and lines[headline - 1].label else None


def _in_nav_list(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A label line with other label lines right above it is a menu entry, not the section label; unless a
    blank line sets it apart from a menu pasted tight, one entry a line (`TV` / blank / `Innenriks`). The parts
    of one compound line (`Atletismo · Mundial en pista cubierta`) are one entry. (An age notice or a subscriber
    badge tight under the label, `This article is more than 2 hours old`, `Article réservé aux abonnés`, is about
    the page: the blank line is looked for under it.)"""
    after = i + 1
    while after < len(lines) and (labels[after].kind == "age notice" or paywall_badge(lines, labels, after)):
        after += 1
    if lines[i].blank_before and i > 0 and not lines[i - 1].blank_before \
            and (after == len(lines) or lines[after].blank_before):
        return False
    run = 0
    for j in range(i - 1, -1, -1):
        # (the emergency desk's `112` is an entry too: `Sport` / `112` / `Uit & cultuur` / `Puzzels`)
        if run >= T.NAV_LIST_MIN_ITEMS - 1 or ((labels[j].cls != SHORT or not lines[j].label)
                                                and lines[j].text != _EMERGENCY_DESK):
            break
        run += not lines[j].part
    return run >= T.NAV_LIST_MIN_ITEMS - 1


# Labels above a headline that are not its section: subscription and marketing markers (`Premium`, `Abonnés`,
# `KVELDEN+`), live and breaking flags, consent and account buttons, in the languages of European news sites.
_PAID_MARKS = (
    r"premium|exclusive|exklusiv|exclusif|exclusivo|exclusiva|esclusivo|esclusiva|eksklusiv|exclusief"
    r"|subscriber(?:s| only| exclusive)?|subscribers only|members(?: only)?|abonnés|abonné|réservé aux abonnés"
    r"|pour les abonnés|abo|abonnement|nur für abonnenten|für abonnenten|solo para suscriptores|suscriptores"
    r"|exclusivo para assinantes|assinantes|só para assinantes|riservato agli abbonati|abbonati|per abbonati"
    r"|voor abonnees|abonnees|plus|pro|pur|gratis|free|kostenlos|gratuit")
# (the story's own badge, one of those marks alone or the site's paid tier, `KVELDEN+`, as on a story's line)
_STORY_BADGE = re.compile(r"^(?:" + _PAID_MARKS + r")$|^\S+\+$", re.I)
_NOT_SECTION = re.compile(
    r"^(?:" + _PAID_MARKS + "|" + F.ALERT_FLAGS + r"|sponsored"
    # a language switcher: another edition's language named in its own words (`Français`, `In English`, `Deutsch`)
    r"|(?:in |en |auf |em |in het |på )?(?:english|français|deutsch|español|castellano|italiano|português"
    r"|nederlands|svenska|norsk|dansk|suomi|polski|català|galego|euskara|cymraeg|gaeilge|čeština|română|magyar"
    r"|türkçe|ελληνικά|русский|українська)"
    r"|advertorial|anzeige|publicité|publicidad|publicidade|pubblicità|annonse|annons|reklame|advertentie"
    r"|ok|ok pour moi|got it|accept(?: all)?|reject(?: all)?|manage(?: settings| preferences| choices)?"
    r"|gérer(?: mes)? (?:préférences|choix|cookies)|paramétrer|personnaliser(?: mes choix)?|einstellungen"
    r"|weitere einstellungen|nur notwendige|configurar|preferencias|definições|impostazioni|instellingen"
    # the consent dialog's button taking only the cookies it needs, `cookies` left unsaid (`Solo necesarias`,
    # `Necessary only`, `Nur erforderliche`, `Uniquement les nécessaires`, `Solo essenziali`, `Alleen noodzakelijke`)
    r"|(?:only|just|solo|sólo|nur|uniquement|seulement|apenas|somente|alleen)\s+(?:(?:the|las|los|les|die|i|gli|os|as"
    r"|de)\s+)?(?:necessary|essential|required|necesarias|necesarios|esenciales|notwendigen?|erforderlichen?"
    r"|essenziellen?|nécessaires|essentiels|necessari[ei]?|essenziali|necessárias|necessários|essenciais"
    r"|noodzakelijke|noodzakelijk)|(?:necessary|essential|required) only"
    r"|godta(?: alle)?|administrer valg|acceptér(?: alle)?|acceptera(?: alla)?|hantera val|tilpas"
    r"|understood|i understand|entendido|entendi|compris|j'ai compris|verstanden|capito|ho capito|begrepen"
    r"|förstått|jag förstår|forstått|forstået|rozumiem|zgoda|rozumím|am înțeles|entès|d'acord|d'accord|akkoord"
    r"|agree|i agree|acepto|aceito|accetto|accepte|j'accepte|zustimmen|einverstanden|aceptar|aceitar|accetta"
    # sign-up buttons closing a menu's account corner (`Log in` / `Get started`)
    r"|get started|start now|sign up|join now|jetzt starten|registrieren|s'inscrire|commencer|regístrate|empezar"
    r"|comenzar|iscriviti|inizia|registe-se|começar|registreren|aan de slag"
    # an account corner's button to open an account, beside `Log in` (`Create account`, `Konto erstellen`)
    r"|create (?:an |a free |your |free )?account|register|open an account|konto (?:erstellen|anlegen)"
    r"|registrieren sie sich|créer (?:un|mon|votre) compte|crear (?:una |tu )?cuenta|crea (?:un )?account"
    r"|registrati|criar (?:uma )?conta|criar a sua conta|account aanmaken|registreer|maak een account aan"
    # the masthead's link to the print edition (`Today's Paper`, `Edición impresa`, `E-Paper`, `Journal du jour`)
    r"|today['’]s paper|today['’]s edition|print edition|e-?paper|e-?edition|digital edition|edición impresa"
    r"|edición digital|el periódico de hoy|kiosko|édition (?:papier|numérique|du jour)|journal du jour"
    r"|le journal papier|zeitung von heute|heutige ausgabe|digitale ausgabe|printausgabe|giornale di oggi"
    r"|edizione (?:cartacea|digitale|sfogliabile)|sfogliatore|edição impressa|edição digital|jornal de hoje"
    r"|krant van vandaag|digitale krant)$"
    r"|^(?:tilaajille|vain tilaajille|för prenumeranter|for abonnenter|dla prenumeratorów|pro předplatitele"
    r"|abonelere özel|előfizetőknek|μόνο για συνδρομητές|συνδρομητές|per als subscriptors|subscriptors"
    r"|pentru abonați|abonați)$"
    r"|^\S+\+$"  # `KVELDEN+`, `W+`, `Abo+`: the site's paid tier
    # the paid tier under the site's name or initials (`XZ Plus`, `Tagblatt Premium`): a brand, not a person
    r"|^(?:[\w.&'’-]{1,20}\s+){1,2}(?:plus|premium)$"
    # the site's own pages linked from its header (`Contacto`, `Kontakt`, `Contact us`, `Impressum`): no section
    r"|^(?:contact(?: us)?|contactez-nous|nous contacter|contacto|contáctenos|contáctanos|contacte|contatti"
    r"|contatto|contato|contacte-nos|fale conosco|kontakt|kontaktieren sie uns|impressum|mentions légales"
    r"|aviso legal|note legali|colofon)$"
    # the site's edition switch (`US Edition`, `International edition`, `Edición América`, `Édition Europe`): a
    # country's or a world region's edition of the whole site, not a section of it
    r"|^(?:(?:u\.?s\.?|uk|international|global|europe|asia|americas?|africa|middle east|india|australia|canada"
    r"|world|english) edition|(?:edición|édition|edizione|edição) (?:américa|america|europe|europa|internacional"
    r"|internationale|internazionale|international|mundo|monde|mondo))$",
    re.I)


# The site's pages about itself that close its menu (`About`, `Über uns`, `Archive`, `RSS`, a broadcaster's `TV Guide`
# and `Frequencies`), or the menu's overflow entry (`More`, `Mehr`): what stands above one is the menu, which names no
# section.
_SITE_PAGE = re.compile(
    r"^(?:about|about us|über uns|qui sommes-nous|à propos|quiénes somos|sobre nosotros|chi siamo|quem somos"
    r"|sobre nós|over ons|om oss|om os|archives?|archiv|archivo|archivio|arquivo|archief|arkiv|arkisto|rss"
    r"|rss feeds?|tv guide|tv-guide|radio guide|programme guide|program guide|fernsehprogramm|programme tv"
    r"|frequencies|frequenzen|fréquences|frecuencias|frequenze|frequências|frequenties"
    # (and the menu's overflow entry, `More`: the entries above it are the menu's)
    r"|more|more sections|mehr|weitere|más|altro|mais|meer|lisää|więcej|více|mer|flere)$", re.I)


# The local or regional pages as a whole (`Local`, `Regional`, `Lokales`, `Régions`), in the languages of European
# news sites: over a place's name (`Local` / `Barcelona` / headline) it is the parent, and the place, the local
# edition the story is filed under, is the section.
_EDITIONS = re.compile(
    r"^(?:local|local news|locales|regional|regionales|regions?|in the regions?|región|regiones|région"
    r"|régions|régional|en région|lokales|lokal|lokalnachrichten|regionen|aus der region|aus den regionen|locale"
    r"|cronaca locale|cronache locali|regioni|territorio|região|regiões|regionais|regio|regionaal|lokaal"
    r"|lokalt|lokalnytt|regionalt|lokalne|regiony|regionální|comarques|territori)$", re.I)


def _edition_over_place(upper: str, nearest: str) -> bool:
    """A local-pages label over a label of a name or two written as a name (not a kicker in capitals, not a
    phrase): `Local` / `Barcelona`, `Lokales` / `Leipzig`, `Régions` / `Haute-Savoie`."""
    words = nearest.split()
    return bool(_EDITIONS.match(upper)) and not nearest.isupper() and len(words) <= 2 \
        and all(w[:1].isupper() for w in words)


# A part of a state or country named by its points of the compass (`Norte e Noroeste`, `North West`, `Südost`,
# `Sud-Ouest`, `Este y Sur`), under the state's or region's label over the headline (`Paraná` / `Norte e Noroeste`):
# the narrower regional page the story is filed under, never a kicker (a kicker names the story's subject), in
# en/pt/es/fr/it/de/nl/sv.
_COMPASS_WORD = (r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west|norte|sul|sur"
                 r"|leste|este|oeste|centro|nordeste|noroeste|sudeste|sudoeste|suroeste|nord|sud|est|ouest|ovest"
                 r"|nordest|nordovest|sudovest|centre|süd|ost|mitte|nordost"
                 r"|nordwest|südost|südwest|noord|zuid|oost|midden|noordoost|noordwest|zuidoost|zuidwest|norr|söder"
                 r"|öst|väst|mellersta)")
_COMPASS_REGION = re.compile(rf"^{_COMPASS_WORD}(?:(?:\s*[,&/-]\s*|\s+(?:(?:and|e|y|et|und|en|och)\s+)?)"
                             rf"{_COMPASS_WORD})*$", re.I)


def _compass_region(nearest: str) -> bool:
    return not nearest.isupper() and bool(_COMPASS_REGION.match(nearest))


def _region_over_place(lines: list[Line], i: int, nearest: str) -> bool:
    """`Ostschweiz` / `Appenzell Innerrhoden` / headline under the regional menu (`Regional  Bern  Basel  Ostschweiz
    …`, `Regionales | Nord | Süd`): the label over the place is an entry of that menu, a region, and the place under
    it the narrower page the story is filed under."""
    words = nearest.split()
    if nearest.isupper() or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    entry = re.compile(r"(?:^|\s|[|·•])" + re.escape(lines[i].text) + r"(?:$|\s|[|·•])")
    for k in range(i - 1, max(-1, i - T.SECTION_WINDOW), -1):
        first = lines[k].text.split(maxsplit=1)
        if len(first) == 2 and _EDITIONS.match(first[0]) and entry.search(first[1]):
            return True
    return False


# An issue number (`Issue #212`, `Ausgabe 14`, `N° 3021`): a newsletter's or magazine's masthead, not a section.
# A magazine's issue named by its month or season and year (`The January 2027 Issue`, `Ausgabe Januar 2027`,
# `Numéro de janvier 2027`, `Winter 2026 issue`): the issue marker, not a section either.
_ISSUE_WORDS = r"(?:issue|ausgabe|heft|numéro|número|edición|edizione|edição|uitgave|editie|nummer)"
_ISSUE = re.compile(r"#\s*\d|^(?:issue|no\.?|nr\.?|n°|n\.|número|numéro|ausgabe|heft|edition|édition|edición"
                    r"|edizione|edição|nummer|numer|číslo|szám|sayı|τεύχος|vol\.?|volume)\s*\d+$"
                    r"|^(?:the\s+)?(?:[^\W\d_]+\s+){0,2}(?:19|20)\d\d\s+" + _ISSUE_WORDS + r"$"
                    r"|^" + _ISSUE_WORDS + r"\s+(?:[^\W\d_]+\s+){0,2}(?:19|20)\d\d$", re.I)


def _byline_over_byline(labels: list[Label], i: int, headline: int) -> bool:
    """A line above the headline taken for a byline (`Service Changes`: two capitalised words) while the
    byline stands under the headline: a label."""
    return labels[i].cls == META and labels[i].kind == "byline" and any(
        labels[k].cls == META and labels[k].kind == "byline"
        for k in range(headline + 1, min(len(labels), headline + T.SECTION_WINDOW)))


def _names_source(lines: list[Line], labels: list[Label], i: int, headline: int) -> bool:
    """A label over the headline that the byline under it repeats (`Northwire News` / headline / `Northwire News` /
    date): the logo of the source the story comes from (a wire agency, a partner outlet) that a portal sets over
    the story it republishes, not a section; the portal's menus and names above it are not the story's section
    either."""
    text = lines[i].text.lower()
    return any(labels[k].kind == "byline"  # (as written, or without its byline word: `By Northwire News`)
               and text in (lines[k].text.lower(), (byline_author(lines[k].text) or "").lower())
               for k in range(headline + 1, min(len(lines), headline + T.SECTION_WINDOW)))


def _heads_story_block(lines: list[Line], labels: list[Label], i: int, headline: int) -> bool:
    """`…` / `Analysis` / blank / `Health` / `Updated / 3 Mar 2027` / headline: a label set apart by a blank line
    from a menu pasted tight, opening the story's own tight block over the headline (perhaps with its date line
    between them), is the story's section label, not one more menu entry."""
    return 0 < i < headline and lines[i].blank_before and not lines[i - 1].blank_before \
        and headline - i <= T.LABEL_OVER_STAMP_MAX_GAP \
        and not any(lines[k].blank_before for k in range(i + 1, headline + 1)) \
        and all(labels[k].kind in ("date", "dateline") for k in range(i + 1, headline))


def _repeated_over_kicker(lines: list[Line], labels: list[Label], i: int, headline: int, top: int,
                          seen_before: dict[str, int]) -> bool:
    """Line i repeats a menu entry shown further up (perhaps the menu's last entry right above it) and one kicker
    stands between it and the headline."""
    return i > top and labels[i].cls == SHORT and seen_before.get(lines[i].text.lower(), i) < i \
        and _label_shaped(lines[i]) and not not_a_section(lines[i].text) and not lines[i].part \
        and _kicker_between(lines, labels, i, headline)


def _kicker_between(lines: list[Line], labels: list[Label], i: int, headline: int) -> bool:
    """One kicker between line i and the headline (`… Business` / `Today's Paper` / `Business` / `ROCK LOBSTER` /
    headline): a label of a few words in capitals that no line above shows (no menu entry), right over the
    headline, under a label not in capitals. With or without blank lines, the entry repeated over it is the
    section, the kicker the headline's own (a sub-desk under its parent, `Markets` / `Commodities`, is written as
    the parent is)."""
    k = headline - 1
    return i == k - 1 and labels[k].cls == SHORT and not lines[k].sentence and lines[k].words <= T.KICKER_MAX_WORDS \
        and lines[k].text.isupper() and not lines[i].text.isupper() \
        and not lines[k].part and all(line.text.lower() != lines[k].text.lower() for line in lines[:k])


def _label_run_ends(lines: list[Line], labels: list[Label], i: int, headline: int) -> bool:
    """Nothing but markers (`Premium`, `TILAAJILLE`) between line i and the headline, and perhaps a kicker right over
    it (`Schweiz` / `Abstimmung vom 14. Juni` / headline, under a menu pasted tight)."""
    kicker = i + 1 == headline - 1 and labels[i + 1].cls in (SHORT, META) and labels[i + 1].kind in ("", "date") \
        and not lines[i + 1].full_stop and lines[i + 1].words <= T.KICKER_MAX_WORDS
    return kicker or all(not_a_section(lines[k].text) or labels[k].cls == FURNITURE for k in range(i + 1, headline))


# A writer's bio naming the outlet that employs them (`… covers warehousing for X.`, `X's Midwest reporter`, `…
# schreibt für X`, `… journaliste pour X`, `… escribe para X`, `… corrispondente per X`, `… verslaggever bij X`).
_BIO_VERB = (r"(?:covers|writes|reports|edits|cubre|escribe|informa|schreibt|berichtet|couvre|écrit|scrive|segue"
             r"|escreve|cobre|schrijft|editor|editora|redakteur|redakteurin|rédacteur|rédactrice|redactor|redactora"
             r"|redattore|redattrice|redacteur|" + F.REPORTER_WORDS + r")")
_FOR_OUTLET = r"(?:for|at|with|para|en|für|bei|pour|chez|à|per|presso|voor|bij)"
_EMPLOYED_BY = re.compile(rf"\b{_BIO_VERB}\b[^.!?]{{0,80}}?\s{_FOR_OUTLET}\s+$", re.I)  # before the outlet's name
# What closes the outlet's name in such a bio: its end, a stop, or the writer's beat (`… schrijft voor X over wonen`,
# `… writes for X about housing`, `… escribe para X sobre vivienda`, `… schreibt für X über Verkehr`).
_OUTLET_END = re.compile(r"\s*(?:[.,;]|$)|\s+(?:about|on|over|sobre|über|sur|su|di|om|zu|de)\s", re.I)
_OWN_WRITER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}{_BIO_VERB}\b", re.I)  # after it: `X's Midwest reporter`


def _writers_outlet(text: str, bios: list[str]) -> bool:
    """A label that a writer's bio (`bios`: the page's lines shaped as one) names as their employer: the outlet's
    name (its masthead), not a section."""
    if len(text.split()) > T.SITE_MAX_WORDS or not text[:1].isupper():
        return False
    for bio in bios:
        at = bio.find(text)
        while at >= 0:
            before, after = bio[:at], bio[at + len(text):]
            if (_EMPLOYED_BY.search(before) and _OUTLET_END.match(after)) \
                    or (not before[-1:].isalnum() and _OWN_WRITER.match(after)):
                return True
            at = bio.find(text, at + 1)
    return False


def _site_tagline(lines: list[Line], i: int, sites: set[str], site_words: frozenset[str], bios: list[str]) -> bool:
    """The site's tagline beside its name on one line (`De Nijmeegse Koerier · weekblad voor Nijmegen en
    omstreken`, `The Harbour Ledger | news for the north shore`): a part opening in lower case after the part that
    is the site's name, the masthead's, not a section (a section beside the name is written as a name)."""
    return i >= 1 and lines[i].part and lines[i].text[:1].islower() and not lines[i - 1].part \
        and (_names_site(lines[i - 1].text, sites, site_words) or _writers_outlet(lines[i - 1].text, bios))


def _about_itself(lines: list[Line], i: int) -> bool:
    """A name the page describes itself by (`The Spectrum Memo is written by …`, `Le Fil est édité par …`): the
    masthead of the site or newsletter, not a section."""
    text = lines[i].text
    return len(text.split()) >= 2 and any(
        line.text.startswith(text + " ") and (m := F.BIO.match(line.text)) is not None and m["who"] == text
        for line in lines[i + 1:])


# The logo's link, as a copy gives its alternative text (`Site homepage`, `NWF Startseite`, `Zur Startseite`,
# `Volver a la portada`): the way home, never a section.
_LOGO_LINK = re.compile(
    r"^(?:(?:back to|go to|return to|zur|zurück zur|retour à l['’]|aller à l['’]|volver a la|ir a la|torna alla"
    r"|vai alla|voltar à|naar de|terug naar de)\s+)?(?:[^\W\d_][\w.&'’-]*\s+){0,3}"
    r"(?:homepage|home page|startseite|page d['’]accueil|accueil|portada|página de inicio|página inicial"
    r"|pagina iniziale|homepagina|forside|startsida|strona główna|etusivu|anasayfa|úvodní stránka)$", re.I)


# A live stream's link in a broadcaster's header (`Radio Okavango LIVE`, `Canal 5 EN VIVO`, `WDR 2 live`, `Radio
# Sud en direct`, `Live TV`, `En directo: Radio X`): a channel to tune in to, never a section or a breadcrumb step.
# A live flag opening a bar of the station's streams (`LIVE  Radio X | X TV`, `EN DIRECTO Canal 7 | Radio 7`): the
# flag stands for every entry; a path does not open with it.
_LIVE_BAR = re.compile(r"^(?:live|en vivo|en directo|en direct|ao vivo|em direto|in diretta|en directe|na żywo)\s+"
                       r"(?-i:[A-ZÀ-Þ])[\w.&'’+-]*(?:\s+[\w.&'’+-]+){0,3}$", re.I)
LIVE_LINK = re.compile(
    r"^(?:[\w.&'’+-]+\s+){1,4}(?:live|livestream|live-stream|en vivo|en directo|en direct|ao vivo|em direto"
    r"|in diretta|en directe|na żywo)$"
    r"|^(?:live|en vivo|en directo|en direct|ao vivo|in diretta)\s*(?::\s*)?(?:radio|tv|tele\w*|stream)\b.{0,30}$",
    re.I)

# A search box's placeholder over the headline (`Search OBS`, `Search news`, `Buscar en El Diario`, `Suche auf
# X`, `Rechercher sur le site`, `Cerca nel sito`): a control, never a section.
_SEARCH_BOX = re.compile(r"^(?:search|buscar|busca|suche|suchen|rechercher|recherche|cerca|cercare|pesquisar|pesquisa"
                         r"|zoeken|zoek)(?:\s+(?:in|en|on|sur|auf|su|em|op|nel|no|na|dans|the|le|la|el|die))*"
                         r"(?:\s+[\w.&'’+-]+){1,3}\s*(?:…|\.\.\.)?$", re.I)


# A link back to the list a post stands in, perhaps behind an arrow (`← Back to blog`, `Zurück zur Übersicht`,
# `Retour aux actualités`, `Volver al blog`, `Torna alle notizie`, `Voltar ao blog`, `Terug naar overzicht`, `‹ News`).
_BACK_LINK = re.compile(r"^[←‹<]+\s*\S"
                        r"|^(?:back to|return to|go back to|zurück zu[rm]?|zurück|retour (?:à|aux?)|revenir (?:à|aux?)"
                        r"|volver (?:a|al)|regresar (?:a|al)|torna (?:a|al|alla|alle|ai|agli)|voltar (?:a|ao|à|aos|às)"
                        r"|terug naar)\s+"
                        r"(?:(?:the|all|la|le|les|l['’]|el|los|las|die|der|den|il|lo|o|os|a|as|de|het)\s*)?"
                        r"[^\W\d_][\w'’ -]{0,30}$", re.I)


def not_a_section(text: str) -> bool:
    """A label over the headline that names no section: a marker, a button, an issue number, the logo's link, or
    figures without a word (a market ticker's `+12.70 (+0.55%)`)."""
    text = text.strip(" :|·•").lstrip("🔴⚫●◉▶►⚡🚨 ")  # (a live flag's red dot or siren before its word)
    if not re.search(r"[^\W\d_]", text):
        return True
    return bool(_NOT_SECTION.match(text) or _ISSUE.search(text) or (_LOGO_LINK.match(text) and " " in text)
                or LIVE_LINK.match(text) or _SEARCH_BOX.match(text) or _BACK_LINK.match(text)
                or _QUOTE_ITEM.search(text)) or _control_row(text) \
        or lone_date_label(text) is not None  # (`Published` / `9 February 2027`: a date's label over its date)


# A quote strip's item, one a line (`Dow futures +88`, `S&P futures +0.2%`, `DAX −0,4 %`): a name and its signed
# change, no section.
_QUOTE_ITEM = re.compile(r"\S\s+[+−–-]\d[\d.,]*\s?%?$")


def _control_row(text: str) -> bool:
    """An account corner's buttons pasted onto one line (`Sign up   Log in`, `Abonnieren Anmelden`, `Suscríbete
    Iniciar sesión`): two or more controls and nothing else, a label for no section."""
    words = text.lower().split()
    if not 2 <= len(words) <= 8:
        return False
    # ends[k]: the fewest controls that spell the first k words exactly (None: they cannot)
    ends: list[int | None] = [0] + [None] * len(words)
    for k in range(1, len(words) + 1):
        for j in range(max(0, k - 4), k):
            if ends[j] is not None and " ".join(words[j:k]) in F.UI_LABELS:
                ends[k] = min(ends[k] or 99, ends[j] + 1)
    return (ends[-1] or 0) >= 2


# The shared separators and a few more sites set between steps (`News :: Transport`, `Accueil ‣ Transports`,
# `Home >> News`, `Inicio \ Local`, `Start ⟩ Region`).
# (a bar between two words with no space at all, `News|Floods`, is a breadcrumb's too: pasted from a strip whose
# steps are set apart by padding, not by spaces; a sentence never joins words so)
_CRUMB_SEPARATORS = re.compile(F.BREADCRUMB_SEPARATORS.pattern + r"|\s+(?:::|>>|\\|‣|⟩|❱|〉|⟫|⇒)\s+|\s*[‣⟩❱]\s*"
                               r"|(?<=[^\W\d_])\|(?=[A-ZÀ-Þ])")


# A spaced `>` before a share (`Shares > 5% on Friday`): a comparison in a headline, not a path's step.
_COMPARISON = re.compile(r"\s>\s*[+−-]?\d[\d.,]*\s?(?:%|percent\b|per cent\b|prozent\b|por ciento\b|pour cent\b)", re.I)


# A temperature (`31°`, `19 °C`, `-2°F`): a weather strip's figure, never a step of a path.
_TEMPERATURE = re.compile(r"\d\s?°")


# The words leading a breadcrumb in to say where the reader is (`You are here:`, `Você está aqui:`, `Sie sind hier:`,
# `Vous êtes ici :`, `Estás en:`, `Sei qui:`, `U bent hier:`), in en/pt/de/fr/es/it/nl/sv/da/no: no step of the path.
_YOU_ARE_HERE = re.compile(r"^(?:you are here|você está aqui|está aqui|sie sind hier|vous êtes ici|estás en|está en"
                           r"|sei qui|ti trovi (?:in|qui)|u bent hier|je bent hier|du är här|du er her"
                           r"|当前位置|您的位置|您现在的位置|目前位置|現在位置|현재 위치)\s?[:：]\s*", re.I)


# A path from the start page pasted with its steps glued together (`Home/News/Local News`, `Inicio>Noticias>Rosario`,
# `Startseite>Tirol`): the start page's word set right against a slash or an arrow, then the step's word. A sentence
# never opens so (`Home/office rules`: no capital after the slash); a pair of names joined by a slash
# (`Lüneburg/Wendland`) does not start at the start page.
_HOME_WORDS = sorted((re.escape(h) for h in _HOME if " " not in h), key=len, reverse=True)
_GLUED_HOME = re.compile(r"^(?:" + "|".join(_HOME_WORDS) + r")[/>](?=(?-i:[A-ZÀ-Þ]))", re.I)
_GLUED_STEP = re.compile(r"(?<=[^\W\d_])[/>](?=[^\W\d_])")


def unglued(text: str) -> str:
    """`Home>News>Cities>Hyderabad` -> `Home › News › Cities › Hyderabad`; any other text as it is."""
    return _GLUED_STEP.sub(" › ", text) if _GLUED_HOME.match(text) else text


def you_are_here(text: str) -> str:
    """The text without a `You are here:` label opening it (`Sie sind hier: Aktuelles` -> `Aktuelles`)."""
    return _YOU_ARE_HERE.sub("", text)


def breadcrumb(text: str) -> list[str] | None:
    text = unglued(you_are_here(text))
    if ">" in text and _COMPARISON.search(text):
        return None
    if "«" in text and "»" in text[text.index("«"):]:
        return None  # `«Nous ne lâcherons rien», promet le maire`: a quotation in guillemets, not a path's steps
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(text) if p.strip()]
    if _TEMPERATURE.search(text):
        return None  # `Tue 31° / 19° Wed 29° / 20° Storm`: a forecast's highs and lows split at slashes, no path
    if len(parts) < 2 or any(len(p.split()) > T.LABEL_MAX_WORDS or _sentence_end(p) for p in parts):
        return None
    steps = [p for p in parts if p.lower() not in F.GENERIC_CRUMBS and not looks_like_date(p)
             and not re.search(r"\b(min|read|lectura|lesezeit)\b", p, re.I)]
    return steps or None


def trail_headline(title: str) -> str | None:
    """The headline a breadcrumb runs into on one line, the path's last step (`Home → Notizie → Il Climate Clock ha
    iniziato a scorrere`, `Startseite » Rezepte » Kuchen » Saftiger Zitronenkuchen vom Blech`, `You are here: Home /
    Baby / 20 clever small nursery ideas`): the path opens at the start page or with `You are here:`, takes two steps
    or more, and its last step is a headline's length where every other is a label's. None for any other title."""
    here = _YOU_ARE_HERE.match(title)
    path_text = title[here.end() if here else 0:]
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(path_text) if p.strip()]
    if len(parts) < 3 or not (here or parts[0].lower() in _HOME):
        return None
    *path, last = parts
    if any(len(step.split()) > T.LABEL_MAX_WORDS or _sentence_end(step) for step in path) \
            or len(last.split()) < T.HEADLINE_MIN_WORDS or looks_like_date(last) or breadcrumb(title) is not None:
        return None  # (a path of labels alone, `Home > Ratgeber > iPhone & iPad`, is the breadcrumb's own)
    # A path sets one mark between its steps: marks of two kinds are the headline's own (`Home › Verkeer › Utrecht →
    # Amsterdam: …`, `Home > Tech > A / B testing`); so is a list of words closed by a colon after its last one
    # (`Home / Work / Life: three readers on …`, `Accueil / asile / logement : …`).
    marks = {m.group().strip() for m in _CRUMB_SEPARATORS.finditer(path_text)}
    if len(marks) > 1 or re.match(r"^\S+\s?:", last):
        return None
    return last


def _sentence_end(step: str) -> bool:
    """A step that ends as a sentence does; a place's dotted initials do not (`Northern B.C.`, `Washington D.C.`)."""
    return step.endswith((".", "!", "?")) and not _DOTTED_ABBREVIATION.match(step.split()[-1])


def _drop_generic(text: str) -> str | None:
    """`News World` (a breadcrumb whose separators were lost) -> `World`; `Home` -> None."""
    words = text.split()
    if text.lower() in F.GENERIC_CRUMBS:
        return None
    head, slash, rest = text.partition("/")
    if slash and " " not in head and head.lower() in F.GENERIC_CRUMBS and rest[:1].isupper():
        return rest  # `Nyheter/Skellefteå`: a path whose steps lost their spaces, from the news list page; a
        # pair of names joined by a slash (`Lüneburg/Wendland`) is one section
    if len(words) >= 2 and words[0].lower() in F.GENERIC_CRUMBS and all(w[:1].isupper() for w in words):
        return " ".join(words[1:])
    if len(words) == 2 and words[1].lower() in _AREAS.get(words[0].lower(), ()) \
            and all(w[:1].isupper() and not w.isupper() for w in words):
        return words[1]  # `Business Markets`, `Sport Football`: a site area and its desk run together, no separator
    return text


# The desks filed under a site's top-level area (a sub-section's own word), in en/de/fr/es/it/nl/pt, by kind: a
# business desk, a region, a sport, an arts genre.
_MONEY_DESKS = frozenset({
    "markets", "companies", "economy", "finance", "energy", "property", "banking", "industry", "märkte", "unternehmen",
    "finanzen", "marchés", "entreprises", "mercados", "empresas", "finanzas", "mercati", "aziende", "imprese",
    "markten", "bedrijven"})
_REGION_DESKS = frozenset({
    "europe", "europa", "asia", "asien", "asie", "africa", "afrika", "afrique", "áfrica", "americas", "amerika",
    "amériques", "américa", "americhe", "américas", "oceania", "ozeanien", "océanie"})
_SPORT_DESKS = frozenset({
    "football", "fußball", "fussball", "foot", "fútbol", "calcio", "voetbal", "futebol", "cricket", "rugby",
    "tennis", "cycling", "radsport", "cyclisme", "ciclismo", "wielrennen", "golf", "basketball", "baloncesto"})
_ARTS_DESKS = frozenset({
    "film", "films", "cinema", "kino", "cinéma", "cine", "music", "musik", "musique", "música", "musica", "muziek",
    "books", "bücher", "livres", "libros", "libri", "boeken", "livros", "theatre", "theater", "théâtre", "teatro"})


def _area_desks(*areas: str, desks: frozenset[str]) -> dict[str, frozenset[str]]:
    return dict.fromkeys(areas, desks)


# A site's top-level area, the first step of a two-step label run together (`Business Markets`, `Welt Europa`), and
# the desks it files under it: only those. `World Cup`, `World News`, `Business Reporter`, `Politique municipale`
# are one label each, as written; so is `World` over a genre or a sport (`World Cinema`, `World Music`, `World
# Rugby`, `Mondo Calcio`: a page's or a brand's name, not the world desk's sub-section).
_AREAS = {
    **_area_desks("business", "economy", "wirtschaft", "économie", "economía", "economia", "economie",
                  desks=_MONEY_DESKS | _REGION_DESKS),
    **_area_desks("world", "welt", "monde", "mundo", "mondo", "wereld", "politics", "politik", "politique", "política",
                  "politica", "politiek", desks=_REGION_DESKS),
    **_area_desks("sport", "sports", "deportes", "desporto", "esporte", "esportes", desks=_SPORT_DESKS),
    **_area_desks("culture", "kultur", "cultura", "cultuur", desks=_ARTS_DESKS)}
